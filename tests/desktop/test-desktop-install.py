#!/usr/bin/python3
"""Installs the desktop integration files where meson would (read from meson's introspection)
into a private data directory, runs the same cache tools a package's triggers run, and asks GIO —
what Files (Nautilus) asks — what a double-clicked project is and what opens it:

- the installed paths are the ones the desktop, the software centre and shared-mime-info read;
- appstreamcli validate-tree accepts the installed tree (metainfo, desktop file, icon together);
- a *.buntan file, and a project saved without the extension, is application/x-buntan,
  a sub-class of application/json with its own icon; a *.json project stays application/json;
- the default application for application/x-buntan is Buntan's desktop file, and opening a
  project through it starts `buntan` with the project's path.

Usage: test-desktop-install.py
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from buntan_desktop import (APP_ID, SOURCE_ROOT, Tap, installed_executables,  # noqa: E402
                            installed_files)

SAMPLE = os.path.join(SOURCE_ROOT, "data", "examples", "sample.buntan")
SYSTEM_MIME = "/usr/share/mime/packages/freedesktop.org.xml"

tap = Tap()

expected = [
    f"share/applications/{APP_ID}.desktop",
    f"share/metainfo/{APP_ID}.metainfo.xml",
    f"share/mime/packages/{APP_ID}.xml",
    f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg",
    "share/icons/hicolor/scalable/mimetypes/application-x-buntan.svg",
]
sources = {dest: src for src, dest in installed_files().items()}
for dest in expected:
    tap.check(f"meson installs {dest}", dest in sources)

if not all(dest in sources for dest in expected):
    sys.exit(tap.done())  # failed above; the rest needs every file
tools = ["update-mime-database", "update-desktop-database", "gio", "appstreamcli"]
missing = [tool for tool in tools if not shutil.which(tool)]
missing += [path for path in [SYSTEM_MIME] if not os.path.exists(path)]
if missing:
    tap.skip("the installed tree works on a desktop", f"missing: {', '.join(missing)}")
    sys.exit(tap.done())


def run(*args, env=None):
    result = subprocess.run(args, capture_output=True, text=True, env=env)
    return result.returncode, (result.stdout + result.stderr).strip()


with tempfile.TemporaryDirectory() as root:
    prefix = os.path.join(root, "prefix")
    for dest in expected:
        os.makedirs(os.path.dirname(os.path.join(prefix, dest)), exist_ok=True)
        shutil.copy(sources[dest], os.path.join(prefix, dest))

    code, output = run("appstreamcli", "validate-tree", "--no-net", prefix)
    tap.check("appstreamcli validate-tree accepts the installed tree", code == 0, output)

    # Only this private tree: no other application may answer for the type, and the user's own
    # mimeapps.list must not decide the default. Without fsync the MIME database takes a tenth
    # of the time.
    data = os.path.join(prefix, "share")
    env = dict(os.environ, HOME=root, XDG_DATA_HOME=data, XDG_DATA_DIRS=data,
               XDG_CONFIG_HOME=os.path.join(root, "config"),
               XDG_CONFIG_DIRS=os.path.join(root, "config"), PKGSYSTEM_ENABLE_FSYNC="0")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)

    # application/json and its parents come from the system's own definitions.
    shutil.copy(SYSTEM_MIME, os.path.join(data, "mime", "packages"))
    code, output = run("update-mime-database", os.path.join(data, "mime"), env=env)
    tap.check("update-mime-database compiles the MIME definition", code == 0, output)
    code, output = run("update-desktop-database", os.path.join(data, "applications"), env=env)
    tap.check("update-desktop-database indexes the desktop file", code == 0, output)

    with open(os.path.join(data, "mime", "subclasses"), encoding="utf-8") as f:
        subclasses = f.read().splitlines()
    tap.check("the database knows application/x-buntan as a sub-class of application/json",
              "application/x-buntan application/json" in subclasses)
    with open(os.path.join(data, "mime", "icons"), encoding="utf-8") as f:
        icons = f.read().splitlines()
    tap.check("the database gives application/x-buntan its icon",
              "application/x-buntan:application-x-buntan" in icons)

    files = os.path.join(root, "files")
    os.makedirs(files)
    for name in ("Project.buntan", "Project without extension", "Project.json"):
        shutil.copy(SAMPLE, os.path.join(files, name))
    for name, expected_type in (("Project.buntan", "application/x-buntan"),
                                ("Project without extension", "application/x-buntan"),
                                ("Project.json", "application/json")):
        code, output = run("gio", "info", "-a", "standard::content-type",
                           os.path.join(files, name), env=env)
        tap.check(f"GIO sees “{name}” as {expected_type}",
                  f"standard::content-type: {expected_type}" in output, output)

    # GIO offers a desktop file only when its program is on PATH: use the one meson builds.
    window = installed_executables().get("buntan")
    if tap.check("meson builds the window program buntan",
                 window is not None and os.path.isfile(window),
                 f"installed programs: {installed_executables()}"):
        env_real = dict(env, PATH=os.path.dirname(window) + os.pathsep + env["PATH"])
        code, output = run("gio", "mime", "application/x-buntan", env=env_real)
        tap.check("Buntan is the default application for application/x-buntan",
                  f"Default application for “application/x-buntan”: {APP_ID}.desktop" in output,
                  output)

    # Open a project as a double click does, with a stand-in for buntan that writes down its
    # arguments (the real one would open a window). Inside a sandbox (the Flatpak build runs
    # these tests) GIO hands the file to the OpenURI portal instead, which needs a session bus.
    if os.path.exists("/.flatpak-info"):
        tap.skip("opening a project runs buntan with the project's path",
                 "GIO opens files through the portal inside a Flatpak sandbox")
        sys.exit(tap.done())
    stub_bin = os.path.join(root, "bin")
    os.makedirs(stub_bin)
    record = os.path.join(root, "arguments")
    stub = os.path.join(stub_bin, "buntan")
    with open(stub, "w", encoding="utf-8") as f:
        f.write("#!/bin/sh\n"
                f"printf '%s\\n' \"$@\" > '{record}.tmp' && mv '{record}.tmp' '{record}'\n")
    os.chmod(stub, 0o755)
    env_stub = dict(env, PATH=stub_bin + os.pathsep + env["PATH"])
    project = os.path.join(files, "Project.buntan")
    code, output = run("gio", "open", project, env=env_stub)
    deadline = time.monotonic() + 10
    while not os.path.exists(record) and time.monotonic() < deadline:
        time.sleep(0.05)
    arguments = ""
    if os.path.exists(record):
        with open(record, encoding="utf-8") as f:
            arguments = f.read().splitlines()
    tap.check("opening a project runs buntan with the project's path",
              code == 0 and arguments == [project], f"{output}\narguments: {arguments}")

sys.exit(tap.done())
