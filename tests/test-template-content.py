#!/usr/bin/python3
"""Checks the content of the bundled default checklist (issue 14).

- it matches data/buntan-template.schema.json (with python3-jsonschema, a
  validator we did not write);
- every item has its texts (title, 内容, risk, recommended practice,
  references) and the contract kinds it concerns (applies_to);
- item ids are stable across versions: every id of an earlier version
  (data/templates/previous/) is either still an item or listed as retired
  with a reason, a retired id is never reused, and new ids continue the
  numbering of their section;
- the topics the review found missing are there, and the phrases it
  replaced are gone.
"""

import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import buntan_tap  # noqa: E402

try:
    import jsonschema
except ImportError:
    buntan_tap.skip_all("python3-jsonschema is not installed")

SOURCE_ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
DATA = os.path.join(SOURCE_ROOT, "data")
CURRENT = os.path.join(DATA, "templates", "buntan-default.json")
PREVIOUS = sorted(glob.glob(os.path.join(DATA, "templates", "previous", "buntan-default-*.json")))

KINDS = {"development", "maintenance", "cloud", "other"}
TEXTS = ("title", "content", "risk", "recommended")

# (pattern, why) — the wording review of December 2026 (shared/DOMAIN.md).
BANNED = [
    (r"押し付け合", "colloquial: say what goes wrong (責任の所在が曖昧になる)"),
    (r"書き込", "formal text says 記載する / 明記する"),
    (r"(?<!取り)決め", "formal text says 取り決める / 定める"),
    (r"決まって", "formal text says 定まって"),
    (r"元の事業者", "the vendor who subcontracts is the 受託事業者"),
    (r"社会への説明", "関係機関への報告・公表"),
    (r"この表(?!示)", "name the 責任分担表"),
    (r"管理者アカウントの情報", "credentials are never handed over in documents"),
    (r"リモート保守", "one word: リモートメンテナンス"),
    (r"任命", "a safety manager is 設置 (put in place)"),
    (r"サポート終了（EOL）|EOL（サポート終了）", "EOL and EOS are two points in time"),
    (r"[A-Za-z]/クラウド", "SaaS・クラウド利用"),
]

# Topics the first template lacked, each with words its item must use.
MISSING_TOPICS = [
    ("the hospital's right to demand reports and audit", ["報告", "監査"]),
    ("where cloud and external storage keeps the data", ["保存場所", "クラウド"]),
    ("the format data can be taken out in, notice before a service ends",
     ["取り出せる形式", "通知", "サービス"]),
    ("limits on USB and external devices on the hospital side", ["USB", "外部記録媒体"]),
    ("stopping unneeded services during operation", ["稼働後", "不要なサービス"]),
]

tap = buntan_tap.Tap()
check = tap.check


def load(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def all_texts(item):
    return [item.get(key, "") for key in TEXTS] + item.get("references", [])


schema = load(os.path.join(DATA, "buntan-template.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

current = load(CURRENT)
items = current["items"]
retired = current.get("retired", [])
by_id = {item["id"]: item for item in items}
retired_ids = [entry["id"] for entry in retired]

errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(current)]
check("the default checklist matches the template schema", not errors, "\n".join(errors[:5]))
check("the default checklist says it is Buntan's summary, not the official text",
      "Buntan" in current.get("notice", "") and "公式の確認表の文言ではありません" in current["notice"])

ids = [item["id"] for item in items]
duplicates = sorted({i for i in ids if ids.count(i) > 1})
check("item ids are unique", not duplicates, duplicates)
misnamed = [item["id"] for item in items
            if item["id"] != f"P{item['part']}-{item['section']}-{item['number']}"]
check("every id is P<part>-<section>-<number>", not misnamed, misnamed)

sections = {(section["part"], section["code"]) for section in current["sections"]}
orphans = [item["id"] for item in items if (item["part"], item["section"]) not in sections]
check("every item's section is listed", not orphans, orphans)

for key in TEXTS:
    empty = [item["id"] for item in items if not item.get(key, "").strip()]
    check(f"every item has a non-empty {key}", not empty, empty)
no_references = [item["id"] for item in items
                 if not item.get("references") or not all(r.strip() for r in item["references"])]
check("every item has references, none empty", not no_references, no_references)

no_kinds = [item["id"] for item in items if not item.get("applies_to")]
check("every item says which contract kinds it concerns (applies_to)", not no_kinds, no_kinds)
bad_kinds = [f"{item['id']}: {item.get('applies_to')}" for item in items
             if not set(item.get("applies_to", [])) <= KINDS
             or len(set(item.get("applies_to", []))) != len(item.get("applies_to", []))]
check("applies_to names only known kinds, each once", not bad_kinds, bad_kinds)
kinds_used = {kind for item in items for kind in item.get("applies_to", [])}
check("applies_to is reasoned per item, not one list everywhere",
      len({tuple(item.get("applies_to", [])) for item in items}) >= 4
      and {"development", "maintenance", "cloud"} <= kinds_used,
      sorted({tuple(item.get("applies_to", [])) for item in items}))
cloud_only = [item["id"] for item in items if item.get("applies_to") == ["cloud"]]
check("some item concerns cloud contracts alone", cloud_only)

for pattern, why in BANNED:
    found = re.compile(pattern)
    places = [f"{item['id']}: {text}"
              for item in items for text in all_texts(item) if found.search(text)]
    places += [f"{key}: {current[key][:60]}" for key in ("title", "notice")
               if found.search(current.get(key, ""))]
    check(f"no text says {pattern} ({why})", not places, "\n".join(places))

for topic, words in MISSING_TOPICS:
    matching = [item["id"] for item in items
                if all(word in "".join(all_texts(item)) for word in words)]
    check(f"an item covers {topic}", matching, words)

# Stable ids across versions.
check("an earlier version is kept in data/templates/previous", PREVIOUS, PREVIOUS)
for path in PREVIOUS:
    name = os.path.basename(path)
    old = load(path)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(old)]
    check(f"{name} matches the template schema", not errors, "\n".join(errors[:5]))
    check(f"{name} is named after its id and version",
          name == f"{old['id']}-{old['template_version']}.json", name)
    check(f"{name} is an earlier version of the default",
          old["id"] == current["id"] and old["template_version"] < current["template_version"],
          f"{old['template_version']} vs {current['template_version']}")
    lost = [item["id"] for item in old["items"]
            if item["id"] not in by_id and item["id"] not in retired_ids]
    check(f"every item of {name} is still an item or retired", not lost, lost)
    # A new id must not land on a number an earlier version used for another item.
    old_numbers = {}
    for item in old["items"] + old.get("retired", []):
        part, section, number = re.match(r"P(\d)-([A-Z]+)-(\d+)$", item["id"]).groups()
        old_numbers.setdefault((part, section), set()).add(int(number))
    old_ids = {item["id"] for item in old["items"]} | {e["id"] for e in old.get("retired", [])}
    out_of_turn = []
    for item in items:
        if item["id"] in old_ids:
            continue
        used = old_numbers.get((str(item["part"]), item["section"]), set())
        if used and int(item["number"]) <= max(used):
            out_of_turn.append(item["id"])
    check(f"new ids continue the numbering of {name}", not out_of_turn, out_of_turn)
    renamed = [f"{item['id']}: {by_id[item['id']]['section']} ≠ {item['section']}"
               for item in old["items"] if item["id"] in by_id
               and (by_id[item["id"]]["part"], by_id[item["id"]]["section"])
               != (item["part"], item["section"])]
    check(f"kept ids of {name} stay in their section", not renamed, renamed)
    stale_titles = [entry["id"] for entry in retired if "title" in entry
                    and entry["id"] in {i["id"] for i in old["items"]}
                    and entry["title"] != next(i["title"] for i in old["items"]
                                               if i["id"] == entry["id"])]
    check(f"retired entries keep the title {name} gave them", not stale_titles, stale_titles)

reused = [i for i in retired_ids if i in by_id]
check("no retired id is reused", not reused, reused)
check("retired ids are listed once", len(retired_ids) == len(set(retired_ids)), retired_ids)
unknown = [i for i in retired_ids
           if not any(i in {item["id"] for item in load(path)["items"]} for path in PREVIOUS)]
check("every retired id was an item of an earlier version", not unknown, unknown)
no_reason = [entry["id"] for entry in retired if len(entry.get("reason", "").strip()) < 20]
check("every retired item says why it went", not no_reason, no_reason)
check("P2-A-2 (the split written into the contract) and P2-C-5 (an availability SLA) are retired",
      {"P2-A-2", "P2-C-5"} <= set(retired_ids), retired_ids)

# The previous versions are bundled where buntan_template_lookup_version() finds them.
with open(os.path.join(DATA, "buntan-core.gresource.xml"), encoding="utf-8") as stream:
    resources = stream.read()
for path in PREVIOUS:
    name = os.path.basename(path)
    check(f"{name} is bundled as previous-templates/{name}",
          f'alias="previous-templates/{name}">templates/previous/{name}<' in resources)

sys.exit(tap.done())
