#!/usr/bin/python3
"""Checks the content of the bundled cyber-security checklist (issue 19).

- it matches data/buntan-template.schema.json (with python3-jsonschema, a
  validator we did not write) and is compiled into the resources;
- it says it is Buntan's summary, not the ministry's text;
- the hospital sheet is Part 1, with nobody named; the vendor sheet is
  Part 2, every item each vendor's own (owner "each");
- every item has its texts, references (titles, not quoted text) and the
  contract kinds it concerns where a vendor answers it;
- the topics of shared/DOMAIN.md ("The cyber-security checklist in
  outline") are all there, on the sheet they belong to;
- the wording rules of the December 2026 review hold here too.
"""

import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from buntan_tap import Tap, skip_all  # noqa: E402

try:
    import jsonschema
except ImportError:
    skip_all("python3-jsonschema is not installed")

SOURCE_ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
DATA = os.path.join(SOURCE_ROOT, "data")
KINDS = {"development", "maintenance", "cloud", "other"}
TEXTS = ("title", "content", "risk", "recommended")

# The same review rules as test-template-content.py's, for the texts they can occur in.
BANNED = [
    (r"書き込", "formal text says 記載する / 明記する"),
    (r"(?<!取り)決め", "formal text says 取り決める / 定める"),
    (r"決まって", "formal text says 定まって"),
    (r"リモート保守", "one word: リモートメンテナンス（保守）"),
    (r"任命", "a safety manager is 設置 (put in place)"),
    (r"[A-Za-z]/クラウド", "SaaS・クラウド利用"),
]

# (topic, sheet part, words one item of that part must use) — DOMAIN.md's outline.
TOPICS = [
    ("safety manager", 1, ["安全管理責任者", "設置"]),
    ("inventory of servers, PCs, network devices", 1, ["サーバ", "ネットワーク機器", "台帳"]),
    ("which devices are remotely maintained", 1, ["リモートメンテナンス（保守）", "機器"]),
    ("MDS/SDS from the vendors", 1, ["MDS/SDS"]),
    ("access rights by job and duty", 1, ["職種", "アクセス権限"]),
    ("unused and leavers' accounts removed", 1, ["退職", "アカウント"]),
    ("access logs kept", 1, ["アクセスログ"]),
    ("patches and firmware", 1, ["セキュリティパッチ", "ファームウェア"]),
    ("unneeded software and services stopped", 1, ["不要", "サービス", "停止"]),
    ("connections limited to known peers", 1, ["接続先", "限定"]),
    ("password length and no reuse", 1, ["パスワード", "長さ", "使い回し"]),
    ("two-factor authentication with a deadline", 1, ["二要素認証", "時期"]),
    ("limits on USB and other external media", 1, ["USB", "外部記録媒体"]),
    ("written operating rules", 1, ["運用管理規程"]),
    ("contact chart to vendors, the ministry and the police", 1,
     ["連絡体制図", "事業者", "厚生労働省", "警察"]),
    ("data needed to keep treating patients, backed up, restore checked", 1,
     ["診療", "バックアップ", "復旧"]),
    ("a BCP that assumes a cyber attack", 1, ["サイバー攻撃", "事業継続計画"]),
    ("the vendor's own devices inventoried", 2, ["台帳"]),
    ("remote maintenance reported by the vendor", 2, ["リモートメンテナンス（保守）"]),
    ("access rights set by the vendor", 2, ["アクセス権限"]),
    ("vendor accounts removed", 2, ["アカウント", "削除"]),
    ("vendor logs", 2, ["アクセスログ"]),
    ("vendor patches", 2, ["セキュリティパッチ"]),
    ("vendor stops unneeded services", 2, ["不要", "サービス"]),
    ("vendor limits connections", 2, ["接続先"]),
    ("vendor passwords", 2, ["パスワード"]),
    ("vendor two-factor authentication", 2, ["二要素認証"]),
    ("vendor external media", 2, ["外部記録媒体"]),
]


def load(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def all_texts(item):
    return [item.get(key, "") for key in TEXTS] + item.get("references", [])


tap = Tap()
paths = glob.glob(os.path.join(DATA, "templates", "buntan-cyber-*.json"))
tap.check("one cyber-security checklist is bundled", len(paths) == 1, paths)
if len(paths) != 1:
    sys.exit(tap.done())
path = paths[0]
name = os.path.basename(path)
current = load(path)
items = current["items"]

schema = load(os.path.join(DATA, "buntan-template.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
errors = [f"{list(e.absolute_path)}: {e.message}"
          for e in jsonschema.Draft202012Validator(schema).iter_errors(current)]
tap.check(f"{name} matches the template schema", not errors, "\n".join(errors[:5]))
tap.check("its id is cyber-security, its version of the file name's year",
          current["id"] == "cyber-security"
          and current["template_version"].split(".")[0] == re.search(r"(\d{4})", name).group(1),
          f"{current['id']} {current['template_version']}")

with open(os.path.join(DATA, "buntan-core.gresource.xml"), encoding="utf-8") as stream:
    resources = stream.read()
tap.check("it is compiled into the resources as a bundled checklist",
          f"<file>templates/{name}</file>" in resources)

notice = current.get("notice", "")
tap.check("it says it is Buntan's own summary, not the official text",
          "Buntan" in notice and "要約" in notice and "文言ではなく" in notice
          and "Buntan" in current["title"], notice)
tap.check("it says how the sheets are answered: はい/いいえ, 確認日, 目標日",
          all(word in notice for word in ("「はい」", "「いいえ」", "確認日", "目標日")), notice)

ids = [item["id"] for item in items]
duplicates = sorted({i for i in ids if ids.count(i) > 1})
tap.check("item ids are unique", not duplicates, duplicates)
misnamed = [item["id"] for item in items
            if not item["id"].startswith(f"P{item['part']}-{item['section']}-")
            or item["id"].rsplit("-", 1)[1] != item["number"].rsplit("-", 1)[1]]
tap.check("every id is P<part>-<section>-<the number's last part>", not misnamed, misnamed)
sections = {(section["part"], section["code"]) for section in current["sections"]}
orphans = [item["id"] for item in items if (item["part"], item["section"]) not in sections]
tap.check("every item's section is listed", not orphans, orphans)

hospital = [item for item in items if item["part"] == 1]
vendor = [item for item in items if item["part"] == 2]
tap.check("the hospital sheet (Part 1) and the vendor sheet (Part 2) both have items",
          len(hospital) >= 15 and len(vendor) >= 10, f"{len(hospital)} and {len(vendor)}")
not_each = [item["id"] for item in vendor if item.get("owner") != "each"]
tap.check("every vendor-sheet item is each vendor's own (owner each)", not not_each, not_each)
owned = [item["id"] for item in hospital if "owner" in item]
tap.check("the hospital sheet names nobody yet", not owned, owned)

for key in TEXTS:
    empty = [item["id"] for item in items if not item.get(key, "").strip()]
    tap.check(f"every item has a non-empty {key}", not empty, empty)
bad_references = [item["id"] for item in items
                  if not item.get("references")
                  or not all(r.strip() and "。" not in r and len(r) <= 80
                             for r in item["references"])]
tap.check("every item has references, titles only (no sentences)", not bad_references,
          bad_references)
checklist_cited = [item["id"] for item in items
                   if not any("サイバーセキュリティ対策チェックリスト" in r for r in item["references"])]
tap.check("every item cites the ministry's checklist by its title", not checklist_cited,
          checklist_cited)
sheet_named = [item["id"] for item in items
               if not any(("医療機関確認用" if item["part"] == 1 else "事業者確認用") in r
                          for r in item["references"])]
tap.check("every item names the official sheet it summarises", not sheet_named, sheet_named)

bad_kinds = [f"{item['id']}: {item.get('applies_to')}" for item in items
             if "applies_to" not in item or not set(item["applies_to"]) <= KINDS
             or len(set(item["applies_to"])) != len(item["applies_to"])]
tap.check("every item has applies_to, of known kinds, each once", not bad_kinds, bad_kinds)
vendor_unscoped = [item["id"] for item in vendor if not item["applies_to"]]
tap.check("every vendor-sheet item says which contract kinds it concerns", not vendor_unscoped,
          vendor_unscoped)
tap.check("remote maintenance concerns maintenance contracts",
          all("maintenance" in item["applies_to"] and "development" not in item["applies_to"]
              for item in vendor if "リモートメンテナンス" in item["title"]))

for pattern, why in BANNED:
    found = re.compile(pattern)
    places = [f"{item['id']}: {text}"
              for item in items for text in all_texts(item) if found.search(text)]
    places += [f"{key}: {current[key][:60]}" for key in ("title", "notice")
               if found.search(current.get(key, ""))]
    tap.check(f"no text says {pattern} ({why})", not places, "\n".join(places))

for topic, part, words in TOPICS:
    matching = [item["id"] for item in items if item["part"] == part
                and all(word in "".join(all_texts(item)) for word in words)]
    sheet = "hospital" if part == 1 else "vendor"
    tap.check(f"the {sheet} sheet covers {topic}", matching, words)

sys.exit(tap.done())
