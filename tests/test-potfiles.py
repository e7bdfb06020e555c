#!/usr/bin/python3
"""Fails when a source or UI file with translatable strings is missing from
po/POTFILES.in, or when POTFILES.in names a file that does not exist."""

import os
import re
import sys

root = os.environ["BUNTAN_SOURCE_ROOT"]
listed = set()
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as potfiles:
    for line in potfiles:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

translatable = re.compile(r'(\b_\(|\bN_\(|\bC_\(|\bg_dngettext\s*\(|\bngettext\s*\(|translatable="yes")')
needed = set()
for folder in ("src", "ui", "data"):
    for directory, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if not name.endswith((".c", ".ui", ".in", ".xml")) or name.endswith(".gresource.xml"):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as source:
                text = source.read()
            if name.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")) or translatable.search(text):
                needed.add(relative)

failures = 0
count = 0
for path in sorted(needed):
    count += 1
    if path in listed:
        print(f"ok {count} - {path} is in POTFILES.in")
    else:
        failures += 1
        print(f"not ok {count} - {path} has translatable strings but is missing from po/POTFILES.in")
for path in sorted(listed):
    count += 1
    if os.path.exists(os.path.join(root, path)):
        print(f"ok {count} - {path} exists")
    else:
        failures += 1
        print(f"not ok {count} - po/POTFILES.in names {path}, which does not exist")
print(f"1..{count}")
sys.exit(1 if failures else 0)
