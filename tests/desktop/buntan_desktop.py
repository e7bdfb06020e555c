"""What the desktop-integration tests share: TAP output, the application id, and what the
build says it installs (meson's introspection files, so the tests check the real install
rules, not a copy of them)."""

import configparser
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap  # noqa: E402,F401  (the desktop tests import it from here)

APP_ID = "io.github.buntan.Buntan"
SOURCE_ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
BUILD_ROOT = os.environ["BUNTAN_BUILD_ROOT"]


def read_desktop_entry(path):
    """The [Desktop Entry] group as a dict; keys keep their case and locale suffix."""
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return dict(parser["Desktop Entry"])


def read_xml(path):
    return ET.parse(path).getroot()


def _intro(name):
    with open(os.path.join(BUILD_ROOT, "meson-info", f"intro-{name}.json"), encoding="utf-8") as f:
        return json.load(f)


def _option(name):
    for option in _intro("buildoptions"):
        if option["name"] == name:
            return option["value"]
    raise KeyError(name)


def installed_files():
    """{file in the source or build tree: its installed path relative to the prefix}."""
    prefix = _option("prefix").rstrip("/") + "/"
    return {src: dest[len(prefix):] if dest.startswith(prefix) else dest
            for src, dest in _intro("installed").items()}


def bindir():
    return _option("bindir")


def installed_executables():
    """{name: built file} of every program installed into bindir."""
    programs = {}
    for src, dest in installed_files().items():
        if os.path.dirname(dest) == bindir():
            programs[os.path.basename(dest)] = src
    return programs


def linguas():
    """The languages po/LINGUAS lists (the translations the desktop file and metainfo merge)."""
    path = os.path.join(SOURCE_ROOT, "po", "LINGUAS")
    languages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            languages += line.split("#", 1)[0].split()
    return languages
