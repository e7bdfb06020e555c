#!/usr/bin/python3
"""buntan-cli follows the locale: Japanese under ja_JP.UTF-8, English under C.

Runs the built buntan-cli with BUNTAN_LOCALEDIR pointing at the .mo files meson
built in the build tree. The ja_JP.UTF-8 locale is compiled into a private
LOCPATH folder when the system lacks it.
Usage: test-cli-ja.py BUNTAN-CLI
"""

import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap, skip_all  # noqa: E402

ROOT = os.environ["BUNTAN_SOURCE_ROOT"]
BUILD = os.environ["BUNTAN_BUILD_ROOT"]
SAMPLE = os.path.join(ROOT, "data", "examples", "sample.buntan")
CLI = sys.argv[1]

tap = Tap()


def report(ok, description, details=""):
    tap.check(description, ok, details)


def locale_env(scratch, name):
    env = dict(os.environ, LC_ALL=name, LANG=name, BUNTAN_LOCALEDIR=os.path.join(BUILD, "po"))
    env.pop("LANGUAGE", None)
    if name.startswith("ja_JP"):
        probe = subprocess.run(["locale", "-a"], capture_output=True, text=True)
        if "ja_JP.utf8" not in probe.stdout.split() and "ja_JP.UTF-8" not in probe.stdout.split():
            made = subprocess.run(["localedef", "-i", "ja_JP", "-f", "UTF-8",
                                   os.path.join(scratch, "ja_JP.UTF-8")],
                                  capture_output=True, text=True)
            if made.returncode != 0:
                return None
            env["LOCPATH"] = scratch
    return env


def run(env, *args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def main():
    with tempfile.TemporaryDirectory() as scratch:
        ja = locale_env(scratch, "ja_JP.UTF-8")
        if ja is None:
            skip_all("ja_JP.UTF-8 is missing and localedef cannot make it")
        c = locale_env(scratch, "C.UTF-8")

        helped = run(ja, "--help")
        report(helped.returncode == 0 and "使い方:" in helped.stdout
               and "責任分担表を Excel ブックまたは PDF に書き出します" in helped.stdout
               and "Usage:" not in helped.stdout,
               "buntan-cli --help is in Japanese under ja_JP.UTF-8", helped.stdout + helped.stderr)

        checked = run(ja, "check", SAMPLE)
        lines = checked.stdout.splitlines()
        report(checked.returncode == 3 and len(lines) > 0
               and any("まだ主担当が決まっていません" in line for line in lines)
               and not any("nobody" in line for line in lines),
               "buntan-cli check prints its gaps in Japanese", checked.stdout + checked.stderr)

        english = run(c, "check", SAMPLE)
        report(english.returncode == 3 and len(english.stdout.splitlines()) == len(lines)
               and "nobody is responsible for it yet" in english.stdout,
               "the same gaps in English under C.UTF-8 (the locale decides)",
               english.stdout + english.stderr)

        info = run(ja, "info", SAMPLE)
        report(info.returncode == 0 and "状態別:" in info.stdout and "合意済:" in info.stdout
               and "（第1部:" in info.stdout,
               "buntan-cli info names statuses and parts in Japanese", info.stdout + info.stderr)

        broken = os.path.join(scratch, "broken.buntan")
        with open(broken, "w", encoding="utf-8") as out:
            out.write('{"format": "buntan-project", "version": 99}')
        refused = run(ja, "validate", broken)
        report(refused.returncode == 1 and "新しい Buntan" in refused.stderr
               and "99" in refused.stderr,
               "a file from a newer Buntan is refused in Japanese, with its version",
               refused.stdout + refused.stderr)

    return tap.done()


if __name__ == "__main__":
    sys.exit(main())
