#!/usr/bin/python3
# test-checklist-listing.py — `buntan-cli templates` and `checklists` read alike
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-checklist-listing.py BUNTAN-CLI
#
# `templates` (the older command, kept for scripts) lists the bundled
# checklists; `checklists` the same ones in the same form, marked bundled,
# then the installed ones. The bundled files are read here with json, never
# taken from buntan-cli.

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATA = os.path.join(SOURCE_ROOT, 'tests', 'data')
TEMPLATES = os.path.join(SOURCE_ROOT, 'data', 'templates')

# "ID  VERSION  TITLE (N items)" and what follows, if anything.
LINE = re.compile(r'^(\S+)\s+(\S+)\s+(.*) \((\d+) items?\)(.*)$')


def fields(output):
    rows = []
    for line in output.splitlines():
        match = LINE.match(line)
        if match is None:
            raise AssertionError(f'not a listing line: {line!r}')
        rows.append(match.groups())
    return rows


def run(cli, env, *args):
    result = subprocess.run([cli, *args], env=env, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout, result.stderr


def main():
    cli = sys.argv[1]
    tap = Tap()
    home = tempfile.mkdtemp(prefix='buntan-listing-')
    env = dict(os.environ, XDG_DATA_HOME=home, LC_ALL='C.UTF-8')
    try:
        bundled = []
        for name in sorted(os.listdir(TEMPLATES)):
            if name.endswith('.json'):
                with open(os.path.join(TEMPLATES, name), encoding='utf-8') as f:
                    data = json.load(f)
                bundled.append((data['id'], data['template_version'], data['title'],
                                str(len(data['items']))))

        status, templates_out, err = run(cli, env, 'templates')
        tap.check('templates exits 0', status == 0, err)
        templates = fields(templates_out)
        tap.check('templates lists the bundled files',
                  sorted(row[:4] for row in templates) == sorted(bundled),
                  f'{templates}\n{bundled}')
        tap.check('templates marks nothing', all(row[4] == '' for row in templates), templates_out)

        status, out, err = run(cli, env, 'checklist-import', os.path.join(DATA, 'checklist-own.json'))
        tap.check('a checklist is installed', status == 0, err)

        status, checklists_out, err = run(cli, env, 'checklists')
        tap.check('checklists exits 0', status == 0, err)
        checklists = fields(checklists_out)
        tap.check('checklists: the bundled lines of templates, marked bundled, in the same order',
                  [row[:4] for row in checklists if row[4] == ' — bundled']
                  == [row[:4] for row in templates], checklists_out)
        installed = [row for row in checklists if row[4].startswith(' — installed: ')]
        tap.check('checklists adds the installed one',
                  len(installed) == 1 and installed[0][0] == 'clinic-own'
                  and installed[0][4].endswith('.json')
                  and installed[0][4][len(' — installed: '):].startswith(home),
                  checklists_out)
        tap.check('every line of checklists is bundled or installed',
                  len(checklists) == len(templates) + len(installed), checklists_out)

        status, after, err = run(cli, env, 'templates')
        tap.check('templates still lists the bundled ones only',
                  status == 0 and fields(after) == templates, after)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return tap.done()


if __name__ == '__main__':
    sys.exit(main())
