#!/usr/bin/python3
"""Checks the Japanese translation (po/ja.po) and that it is not stale.

- msgfmt --check (c-format, header, plural forms) accepts po/ja.po and its
  statistics count 0 fuzzy and 0 untranslated messages;
- a template extracted afresh from po/POTFILES.in, with the keywords of
  meson's i18n 'glib' preset, holds no msgid that ja.po lacks or leaves
  untranslated (msgcmp);
- po/LINGUAS names ja;
- the launcher made from the desktop file template carries Name[ja] and a
  Keywords[ja] list that ends with ";".
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap, skip_all  # noqa: E402

ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
PO = os.path.join(ROOT, "po", "ja.po")

# meson's i18n.gettext(preset: 'glib') (mesonbuild/modules/i18n.py), plus the
# -k_ and --package-name that meson's pot script adds.
GLIB_PRESET = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format", "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format", "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
]

tap = Tap()


def report(ok, description, details=""):
    tap.check(description, ok, details)


def missing_messages(template, msgcmp_errors):
    """The msgids msgcmp names by their line in the template."""
    with open(template, encoding="utf-8") as pot:
        lines = pot.read().splitlines()
    messages = []
    for number in re.findall(r"buntan\.pot:(\d+): this message is used but not defined",
                             msgcmp_errors):
        # msgcmp points at the msgstr: the msgid starts above it.
        start = int(number) - 1
        while start > 0 and not lines[start].startswith('msgid "'):
            start -= 1
        text = ""
        for line in lines[start:]:
            match = re.match(r'^(?:msgid )?"(.*)"$', line)
            if match is None:
                break
            text += match.group(1)
        messages.append(f"missing: {text}")
    return messages


def main():
    for tool in ("msgfmt", "xgettext", "msgcmp"):
        if shutil.which(tool) is None:
            skip_all(f"{tool} (gettext) is not installed")

    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)

    with open(os.path.join(ROOT, "po", "LINGUAS"), encoding="utf-8") as linguas:
        languages = [w for line in linguas for w in line.split("#")[0].split()]
    report("ja" in languages, "po/LINGUAS names ja", f"LINGUAS: {languages}")

    check = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, PO],
                           capture_output=True, text=True, env=env)
    report(check.returncode == 0, "msgfmt --check accepts po/ja.po", check.stderr)

    # "420 translated messages, 2 fuzzy translations, 1 untranslated message."
    numbers = {kind: int(n) for n, kind in
               re.findall(r"(\d+) (translated|fuzzy|untranslated)", check.stderr)}
    report(numbers.get("translated", 0) > 0, "ja.po translates messages",
           f"msgfmt says: {check.stderr}")
    report(numbers.get("fuzzy", 0) == 0, "ja.po has no fuzzy translation",
           f"msgfmt says: {check.stderr}")
    report(numbers.get("untranslated", 0) == 0, "ja.po has no untranslated message",
           f"msgfmt says: {check.stderr}")

    with tempfile.TemporaryDirectory() as scratch:
        template = os.path.join(scratch, "buntan.pot")
        extract = subprocess.run(
            ["xgettext", "--package-name=buntan", "-f", os.path.join(ROOT, "po", "POTFILES.in"),
             "-D", ROOT, "-o", template] + GLIB_PRESET,
            capture_output=True, text=True, env=env)
        report(extract.returncode == 0 and os.path.exists(template),
               "xgettext extracts a template from po/POTFILES.in", extract.stderr)
        if os.path.exists(template):
            # msgcmp fails for every msgid of the template that ja.po lacks,
            # and (without --use-untranslated) for every one it leaves empty.
            compare = subprocess.run(["msgcmp", PO, template], capture_output=True, text=True,
                                     env=env)
            report(compare.returncode == 0,
                   "ja.po translates every message of a freshly extracted template "
                   "(run `meson compile buntan-pot`, `msgmerge --update po/ja.po po/buntan.pot` "
                   "and translate the new messages)",
                   "\n".join(missing_messages(template, compare.stderr)) or compare.stderr)

        desktop = os.path.join(scratch, "buntan.desktop")
        merge = subprocess.run(
            ["msgfmt", "--desktop", "-d", os.path.join(ROOT, "po"), "--template",
             os.path.join(ROOT, "data", "io.github.buntan.Buntan.desktop.in"), "-o", desktop],
            capture_output=True, text=True, env=env)
        report(merge.returncode == 0, "msgfmt merges ja.po into the desktop file", merge.stderr)
        keys = {}
        if os.path.exists(desktop):
            with open(desktop, encoding="utf-8") as launcher:
                for line in launcher:
                    if "=" in line:
                        key, value = line.rstrip("\n").split("=", 1)
                        keys.setdefault(key, value)
        report(keys.get("Name[ja]") == "Buntan（分担）", "the launcher's Name[ja] is Buntan（分担）",
               f"Name[ja]={keys.get('Name[ja]')!r}")
        keywords = keys.get("Keywords[ja]", "")
        report(keywords.endswith(";") and "責任分担表" in keywords.split(";"),
               "Keywords[ja] lists 責任分担表 and ends with ';'", f"Keywords[ja]={keywords!r}")

    return tap.done()


if __name__ == "__main__":
    sys.exit(main())
