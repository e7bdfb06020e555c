#!/usr/bin/python3
"""Checks that every place which names the application agrees: the GApplication id the program
registers, the desktop file, the metainfo, the icons, the MIME type, the gschema (when there is
one) and the Flatpak manifest; and that the metainfo provides exactly the programs meson
installs. A mismatch here breaks the desktop silently (no icon in the dock, no window grouping,
a software centre entry that launches nothing).

Usage: test-desktop-ids.py DESKTOP-FILE METAINFO-FILE MIME-XML   (the built files)
"""

import json
import os
import re
import shlex
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from buntan_desktop import (APP_ID, BUILD_ROOT, SOURCE_ROOT, Tap,  # noqa: E402
                            installed_executables, read_desktop_entry, read_xml)

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

tap = Tap()
desktop_path, metainfo_path, mime_path = sys.argv[1:4]
entry = read_desktop_entry(desktop_path)
component = read_xml(metainfo_path)
with open(os.path.join(SOURCE_ROOT, "flatpak", f"{APP_ID}.json"), encoding="utf-8") as f:
    manifest = json.load(f)

with open(os.path.join(BUILD_ROOT, "config.h"), encoding="utf-8") as f:
    config_id = re.search(r'#define APPLICATION_ID "([^"]*)"', f.read())
tap.check("config.h gives the program the application id",
          config_id and config_id.group(1) == APP_ID, config_id and config_id.group(1))

tap.check("the desktop file is named after the application id",
          os.path.basename(desktop_path) == f"{APP_ID}.desktop", desktop_path)
tap.check("the desktop file's icon is the application id", entry.get("Icon") == APP_ID,
          entry.get("Icon"))
for icon in (os.path.join("scalable", "apps", f"{APP_ID}.svg"),
             os.path.join("symbolic", "apps", f"{APP_ID}-symbolic.svg")):
    tap.check(f"the icon {icon} exists",
              os.path.isfile(os.path.join(SOURCE_ROOT, "data", "icons", "hicolor", icon)))

tap.check("the metainfo is named after the application id",
          os.path.basename(metainfo_path) == f"{APP_ID}.metainfo.xml", metainfo_path)
tap.check("the metainfo's <id> is the application id",
          component.findtext("id") == APP_ID, component.findtext("id"))
launchables = [(e.get("type"), e.text) for e in component.findall("launchable")]
tap.check("the metainfo launches the desktop file",
          launchables == [("desktop-id", f"{APP_ID}.desktop")], launchables)

tap.check("the Flatpak manifest builds the application id", manifest.get("id") == APP_ID,
          manifest.get("id"))

# The programs: what the metainfo promises, what the desktop file and the Flatpak run, and what
# meson installs into bindir.
binaries = sorted(e.text for e in component.findall("provides/binary"))
installed = installed_executables()
tap.check("the metainfo provides exactly the programs meson installs",
          binaries == sorted(installed), f"metainfo: {binaries}\ninstalled: {sorted(installed)}")
exec_line = shlex.split(entry.get("Exec", ""))
tap.check("the desktop file runs the window program with the files it is given",
          exec_line == ["buntan", "%F"], exec_line)
tap.check("the Flatpak runs the window program", manifest.get("command") == "buntan",
          manifest.get("command"))

# The file type.
mime_types = [e.get("type") for e in read_xml(mime_path).findall(MIME_NS + "mime-type")]
desktop_types = [t for t in entry.get("MimeType", "").split(";") if t]
provided_types = [e.text for e in component.findall("provides/mediatype")]
tap.check("the desktop file opens the MIME type the application defines",
          desktop_types == mime_types == ["application/x-buntan"],
          f"desktop: {desktop_types}\nmime: {mime_types}")
tap.check("the metainfo provides that MIME type", provided_types == mime_types, provided_types)

# The settings schema belongs to the window work; check its id once it exists.
schema_path = os.path.join(SOURCE_ROOT, "data", f"{APP_ID}.gschema.xml")
if os.path.exists(schema_path):
    schema_ids = [(s.get("id"), s.get("path")) for s in read_xml(schema_path).findall("schema")]
    tap.check("the gschema's schema is the application id",
              (APP_ID, "/" + APP_ID.replace(".", "/") + "/") in schema_ids, schema_ids)
else:
    tap.skip("the gschema's schema is the application id", "data has no gschema yet")

sys.exit(tap.done())
