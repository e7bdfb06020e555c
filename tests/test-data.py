#!/usr/bin/python3
"""Checks the data Buntan ships and writes against its JSON Schemas, with a
validator we did not write (python3-jsonschema).

Usage: test-data.py [BUNTAN-CLI]
With the path of buntan-cli, also validates files the program itself saves.
"""

import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import buntan_tap  # noqa: E402

try:
    import jsonschema
except ImportError:
    # The Flatpak SDK has no jsonschema; Debian's python3-jsonschema is in setup-deps.
    buntan_tap.skip_all("python3-jsonschema is not installed")

SOURCE_ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
DATA = os.path.join(SOURCE_ROOT, "data")
FIXTURES = os.path.join(SOURCE_ROOT, "tests", "data")

tap = buntan_tap.Tap()
check = tap.check


def load(path):
    with open(path, encoding="utf-8-sig") as stream:
        return json.load(stream)


def validator(name):
    schema = load(os.path.join(DATA, name))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors_of(validate, document):
    return [f"{list(e.absolute_path)}: {e.message}" for e in validate.iter_errors(document)]


project_schema = validator("buntan-project.schema.json")
template_schema = validator("buntan-template.schema.json")

errors = errors_of(project_schema, load(os.path.join(DATA, "examples", "sample.buntan")))
check("sample.buntan matches the project schema", not errors, errors[:3])

errors = errors_of(template_schema, load(os.path.join(DATA, "templates", "buntan-default.json")))
check("buntan-default.json matches the template schema", not errors, errors[:3])

# Fixtures the program loads must match the schema too...
for name in ("load-valid.buntan", "load-rich.buntan", "load-bom-crlf.buntan", "matrix-gaps.buntan",
             "meeting-valid.buntan", "load-nested-unknown.buntan"):
    errors = errors_of(project_schema, load(os.path.join(FIXTURES, name)))
    check(f"{name} matches the project schema", not errors, errors[:3])

# ...and those it refuses for a reason a schema can express must not.
for name in ("load-bad-status", "load-bad-party-kind", "load-bad-contract", "load-bad-check-result",
             "load-missing-title", "load-missing-items", "load-part-three", "load-part-string",
             "load-version-string", "load-bad-renewal", "load-no-hospital", "load-two-hospitals",
             "load-joint-party-id", "load-wrong-format", "load-title-number",
             "load-bad-meeting-list", "load-bad-meeting-started", "load-bad-meeting-no-start",
             "load-bad-meeting-time", "load-bad-meeting-field", "load-bad-meeting-item",
             "load-bad-meeting-attendees", "load-bad-meeting-value", "load-bad-meeting-decisions",
             "warnings-each-party-id"):
    errors = errors_of(project_schema, load(os.path.join(FIXTURES, name + ".buntan")))
    check(f"{name}.buntan is refused by the schema too", errors)

# Files the program writes.
if len(sys.argv) > 1:
    cli = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        written = []
        new = os.path.join(tmp, "new.buntan")
        result = subprocess.run([cli, "new", "--title", "新規", "--organization", "病院", "-o", new],
                                capture_output=True, text=True)
        check("buntan-cli new succeeds", result.returncode == 0, result.stderr)
        written.append(new)
        for name in ("load-valid.buntan", "load-rich.buntan", "matrix-gaps.buntan",
                     "meeting-valid.buntan"):
            out = os.path.join(tmp, name)
            result = subprocess.run([cli, "normalize", os.path.join(FIXTURES, name), "-o", out],
                                    capture_output=True, text=True)
            check(f"buntan-cli normalize {name} succeeds", result.returncode == 0, result.stderr)
            written.append(out)
        out = os.path.join(tmp, "sample.buntan")
        result = subprocess.run([cli, "normalize", os.path.join(DATA, "examples", "sample.buntan"),
                                 "-o", out], capture_output=True, text=True)
        check("buntan-cli normalize sample.buntan succeeds", result.returncode == 0, result.stderr)
        written.append(out)
        for path in written:
            if os.path.exists(path):
                errors = errors_of(project_schema, load(path))
                check(f"saved {os.path.basename(path)} matches the project schema", not errors,
                      errors[:3])
            else:
                check(f"saved {os.path.basename(path)} exists", False)

sys.exit(tap.done())
