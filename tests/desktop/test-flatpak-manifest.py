#!/usr/bin/python3
"""Checks the Flatpak manifest offline: what the issue asks of it, read as JSON, and then
flatpak-builder's own reading of it with G_DEBUG=fatal-warnings, so that a misspelt property
(which flatpak-builder only warns about) fails. No runtime can be downloaded here, so this is as
far as a build can be checked without the network.

Usage: test-flatpak-manifest.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from buntan_desktop import APP_ID, SOURCE_ROOT, Tap  # noqa: E402

MANIFEST = os.path.join(SOURCE_ROOT, "flatpak", f"{APP_ID}.json")

tap = Tap()
with open(MANIFEST, encoding="utf-8") as f:
    manifest = json.load(f)

tap.check("the manifest builds the application id", manifest.get("id") == APP_ID)
tap.check("it uses the GNOME runtime and SDK",
          manifest.get("runtime") == "org.gnome.Platform"
          and manifest.get("sdk") == "org.gnome.Sdk")
tap.check("it names a stable GNOME runtime branch",
          re.fullmatch(r"[4-9][0-9]", str(manifest.get("runtime-version", ""))),
          manifest.get("runtime-version"))
tap.check("it runs buntan", manifest.get("command") == "buntan")

finish_args = manifest.get("finish-args", [])
needed = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
tap.check("it can show a window", all(arg in finish_args for arg in needed), finish_args)
tap.check("it reaches files only through the portal (no --filesystem)",
          not [arg for arg in finish_args if arg.startswith("--filesystem")], finish_args)
tap.check("it does not ask for the network",
          "--share=network" not in finish_args, finish_args)

modules = {m.get("name"): m for m in manifest.get("modules", []) if isinstance(m, dict)}
lxw = modules.get("libxlsxwriter", {})
tap.check("libxlsxwriter is built with its own locale-independent number formatting",
          "-DUSE_DTOA_LIBRARY=ON" in lxw.get("config-opts", []), lxw.get("config-opts"))
tap.check("libxlsxwriter is built as a shared library",
          "-DBUILD_SHARED_LIBS=ON" in lxw.get("config-opts", []))


def pinned(source):
    if source.get("type") in ("archive", "file"):
        return bool(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")))
    if source.get("type") == "git":
        return bool(re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")))
    return False


tap.check("every libxlsxwriter source is pinned by sha256 or commit",
          lxw.get("sources") and all(pinned(s) for s in lxw["sources"]), lxw.get("sources"))

app = manifest.get("modules", [{}])[-1]
tap.check("Buntan is the last module and is built with meson",
          app.get("name") == "buntan" and app.get("buildsystem") == "meson")
tap.check("the Flatpak build runs Buntan's tests", app.get("run-tests") is True)
dirs = [s for s in app.get("sources", []) if s.get("type") == "dir"]
source_dir = ""
if dirs:
    source_dir = os.path.normpath(os.path.join(os.path.dirname(MANIFEST), dirs[0]["path"]))
tap.check("Buntan is built from this source tree",
          source_dir == os.path.normpath(SOURCE_ROOT), f"{source_dir} != {SOURCE_ROOT}")

if shutil.which("flatpak-builder"):
    # flatpak-builder makes a .flatpak-builder state directory in the working directory: keep it
    # out of the source tree.
    with tempfile.TemporaryDirectory() as cwd:
        env = dict(os.environ, G_DEBUG="fatal-warnings", HOME=cwd)
        result = subprocess.run(["flatpak-builder", "--show-manifest", MANIFEST], cwd=cwd,
                                env=env, capture_output=True, text=True)
    try:
        shown = json.loads(result.stdout)
    except ValueError:
        shown = {}
    tap.check("flatpak-builder --show-manifest reads it without a warning",
              result.returncode == 0 and shown.get("id") == APP_ID,
              f"exit {result.returncode}\n{result.stderr}")
else:
    tap.skip("flatpak-builder --show-manifest", "flatpak-builder is not installed")

sys.exit(tap.done())
