#!/usr/bin/python3
"""Fails when a source or UI file with translatable strings is missing from
po/POTFILES.in, or when POTFILES.in names a file that does not exist."""

import os
import re
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import buntan_tap  # noqa: E402

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

tap = buntan_tap.Tap()
for path in sorted(needed):
    tap.check(f"{path} is in POTFILES.in", path in listed,
              "it has translatable strings but is missing from po/POTFILES.in")
for path in sorted(listed):
    tap.check(f"{path} exists", os.path.exists(os.path.join(root, path)),
              f"po/POTFILES.in names {path}, which does not exist")
sys.exit(tap.done())
