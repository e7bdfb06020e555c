#!/usr/bin/python3
"""Format 2's JSON Schema (data/buntan-project.schema.json), checked with a
validator we did not write (python3-jsonschema): every fixture Buntan opens
and the bundled sample match it, a document with every member format 2 has
matches it, and the refusals a schema can express are refused.

Usage: test-schema-v2.py BUNTAN-CLI
buntan-cli decides which fixtures open (`buntan-cli validate`).
"""

import copy
import glob
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import buntan_tap  # noqa: E402

try:
    import jsonschema
except ImportError:
    # Debian's python3-jsonschema is in build-aux/setup-deps.
    buntan_tap.skip_all("python3-jsonschema is not installed")

SOURCE_ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
DATA = os.path.join(SOURCE_ROOT, "data")
FIXTURES = os.path.join(SOURCE_ROOT, "tests", "data")
CLI = sys.argv[1]

tap = buntan_tap.Tap()
check = tap.check


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


with open(os.path.join(DATA, "buntan-project.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)


def errors_of(document):
    return [e.message for e in validator.iter_errors(document)]


def opens(path):
    return subprocess.run([CLI, "validate", path], capture_output=True).returncode == 0


# Every file Buntan opens matches the schema.
paths = sorted(glob.glob(os.path.join(FIXTURES, "*.buntan")))
paths.append(os.path.join(DATA, "examples", "sample.buntan"))
n_opened = 0
for path in paths:
    if not opens(path):
        continue
    n_opened += 1
    try:
        document = load(path)
    except ValueError:
        continue  # opens, but only through Buntan's own encoding repairs
    errors = errors_of(document)
    check(f"{os.path.basename(path)} opens and matches the schema", not errors, errors[:3])
check("the fixtures that open were found", n_opened >= 10, f"{n_opened} opened")

# Version 1 and version 2 are both described.
sample = load(os.path.join(DATA, "examples", "sample.buntan"))
check("the bundled sample is version 2", sample["version"] == 2)
check("a version 1 file needs no id", not errors_of(load(os.path.join(FIXTURES, "load-valid.buntan"))))

UUID = "2f6c1a52-8d3e-4b7a-9f0e-5c4d3b2a1908"
HASH = "0" * 63 + "a"
full = load(os.path.join(FIXTURES, "f2file-meetings.buntan"))
hospital, vendor_a, vendor_b = full["parties"]
hospital.update(short_name="当院", address="東京都", representative="院長 山田",
                safety_manager={"name": "佐藤", "title": "情報システム室長",
                                "appointed": "2026-04-01"})
vendor_a.update(short_name="A社", address="大阪府", representative="代表取締役 田中",
                contracts=[{"id": "c1", "kind": "development", "title": "導入契約",
                            "number": "2026-001", "signed": "2026-01-10", "start": "2026-02-01",
                            "end": "2027-01-31", "renewal": "2027-01-31",
                            "systems": ["電子カルテ"]},
                           {"id": "c2", "kind": "maintenance"}])
vendor_b.update(contracts=[{"id": "c1", "kind": "cloud"}])
item = full["items"][1]
item.update(owner="each", participants=["v1", "v2"], informed=["hospital"],
            applies_to=["maintenance", "cloud"], agreed_terms="ログを 1 年保存",
            official_ref="A-1", target="2027-03-31",
            checks=[{"party": "v1", "first_check": {"result": "no", "date": "2026-11-01"},
                     "target": "2027-03-31", "completed": "2027-02-01", "agreed": "2026-11-20"},
                    {"party": "v2", "first_check": {"result": "yes"}}])
full["meetings"][0]["decisions"].append(
    {"time": "2026-11-03T10:10:00+09:00", "item": "P2-A-1", "field": "first_check",
     "from": "unset", "to": "no", "source": "meeting-key", "party": "v1"})
full["versions"] = [
    {"number": 1, "agreed": "2026-12-01", "fingerprints": {"project": HASH, "v1": HASH},
     "note": "第1版", "snapshot": {"parties": [vendor_a], "items": [item]}},
    {"number": 2, "agreed": "2026-12-05", "fingerprints": {"project": HASH}, "snapshot": {},
     "withdrawn": {"date": "2026-12-06", "reason": "誤記"}}]
full["rounds"] = [{"number": 1, "started": "2027-01-10", "parties": ["v1"], "from_version": 1}]
full["questionnaires"] = [{"id": "q1", "party": "v1", "sent": "2027-01-11T10:00:00+09:00",
                           "fingerprint": HASH, "items": ["P2-A-1"], "received": "2027-01-20",
                           "file": "回答_A社.xlsx"}]
full["conflicts"] = [{"item": "P2-A-1", "field": "owner", "base": None, "ours": "v1",
                      "theirs": "v2"}]
# Next year's check: the project names last year's, each answer keeps last year's.
full["previous"] = {"id": UUID, "file": "サイバー確認_2025年度.buntan", "fingerprint": HASH}
item["previous"] = {"result": "no", "date": "2025-11-03", "target": "2026-03-31"}
item["checks"][0]["previous"] = {"result": "yes", "date": "2025-11-02",
                                 "completed": "2025-12-01"}
item["checks"][1]["previous"] = {}
errors = errors_of(full)
check("a file with every member of format 2 matches", not errors, errors[:3])


def refused(name, change):
    document = copy.deepcopy(full)
    change(document)
    check(f"refused: {name}", errors_of(document))


refused("a newer version", lambda d: d.update(version=3))
refused("version 2 without id", lambda d: d.pop("id"))
refused("an id that is no UUID", lambda d: d.update(id="A社-2026"))
refused("a source nobody writes",
        lambda d: d["meetings"][0]["decisions"][0].update(source="keyboard"))
refused("answers: without a file", lambda d: d["meetings"][0]["decisions"][0].update(source="answers:"))
refused("a decision's party on a field of the item itself",
        lambda d: d["meetings"][0]["decisions"][-1].update(field="status"))
refused("meeting parties as text", lambda d: d["meetings"][0].update(parties="v1"))
refused("an unknown contract kind", lambda d: d["parties"][1]["contracts"][0].update(kind="lease"))
refused("a contract without kind", lambda d: d["parties"][1]["contracts"][1].pop("kind"))
refused("applies_to with an unknown kind", lambda d: d["items"][1].update(applies_to=["rental"]))
refused("a check without party", lambda d: d["items"][1]["checks"][1].pop("party"))
refused("a check with a bad target", lambda d: d["items"][1]["checks"][0].update(target="来年"))
refused("a version without number", lambda d: d["versions"][0].pop("number"))
refused("a withdrawal without reason", lambda d: d["versions"][1]["withdrawn"].pop("reason"))
refused("a fingerprint that is no SHA-256",
        lambda d: d["versions"][0]["fingerprints"].update(v1="abc"))
refused("a round without start", lambda d: d["rounds"][0].pop("started"))
refused("a questionnaire without party", lambda d: d["questionnaires"][0].pop("party"))
refused("a conflict without field", lambda d: d["conflicts"][0].pop("field"))
refused("last year's project without id", lambda d: d["previous"].pop("id"))
refused("last year's project id that is no UUID", lambda d: d["previous"].update(id="2025"))
refused("last year's fingerprint that is no SHA-256",
        lambda d: d["previous"].update(fingerprint="abc"))
refused("last year's result unknown", lambda d: d["items"][1]["previous"].update(result="maybe"))
refused("last year's check date that is no date",
        lambda d: d["items"][1]["checks"][0]["previous"].update(date="昨年11月"))
refused("a member last year's answer never has",
        lambda d: d["items"][1]["checks"][0]["previous"].update(note="x"))

# A project next year's check wrote (buntan-cli new-year on nextyear-last.buntan)
# opens and matches, `previous` members and all.
next_year_path = os.path.join(FIXTURES, "nextyear-next.buntan")
next_year = load(next_year_path)
check("nextyear-next.buntan opens", opens(next_year_path))
check("nextyear-next.buntan names last year's project",
      next_year.get("previous", {}).get("file") == "nextyear-last.buntan")
check("nextyear-next.buntan keeps last year's answers",
      any("previous" in check_ for item_ in next_year["items"]
          for check_ in item_.get("checks", [])))
errors = errors_of(next_year)
check("nextyear-next.buntan matches the schema", not errors, errors[:3])

# Format 2's malformed fixtures that a schema can tell are refused by it too.
for name in ("f2file-bad-id", "f2file-missing-id", "f2file-id-number",
             "load-bad-meeting-source", "load-bad-meeting-source-empty",
             "load-bad-meeting-parties", "mig-bad-decision-party-field",
             "answers-bad-decision-terms-party"):
    path = os.path.join(FIXTURES, name + ".buntan")
    check(f"{name}.buntan does not open", not opens(path))
    check(f"{name}.buntan is refused by the schema too", errors_of(load(path)))

sys.exit(tap.done())
