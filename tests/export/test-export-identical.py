#!/usr/bin/python3
# test-export-identical.py — the workbooks stay byte for byte what they were
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-identical.py FIXTURE-PROGRAM [--update]
# Exports the sample and the test projects (with and without Part 1) and
# compares the SHA-256 of every part of each workbook, its creation time
# normalised, with export-parts.sha256. The file was made by the export as it
# was before it was split into a layer per job (commit 1535dc6): a
# restructuring keeps every line of it. A change that means to change the
# workbook updates it with --update, and the commit says which parts changed
# and why. Output: TAP.

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

FIXTURE = sys.argv[1]
UPDATE = '--update' in sys.argv[2:]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
EXPECTED = os.path.join(SOURCE_ROOT, 'tests', 'export', 'export-parts.sha256')
PROJECTS = ['data/examples/sample.buntan'] + ['tests/data/%s.buntan' % name for name in (
    'cli-complete', 'cli-gaps', 'cli-rich', 'export-marks', 'filter-counts',
    'fuzz-ampersand-g', 'load-bom-crlf', 'load-nested-unknown', 'load-rich', 'load-valid',
    'matrix-gaps', 'meeting-valid')]
# A fixed export date on the cover; a project never saved is stamped "now".
EPOCH = '1780000000'
TIME = re.compile(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ')


def part_hashes(project, flags, directory):
    out = os.path.join(directory, 'out.xlsx')
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    subprocess.run([FIXTURE, os.path.join(SOURCE_ROOT, project), out] + flags,
                   env=env, check=True)
    hashes = {}
    with zipfile.ZipFile(out) as workbook:
        for name in sorted(workbook.namelist()):
            data = workbook.read(name)
            if name == 'docProps/core.xml':
                data = TIME.sub(b'TIME', data)
            hashes[name] = hashlib.sha256(data).hexdigest()
    return hashes


def read_expected():
    expected = {}
    with open(EXPECTED, encoding='utf-8') as lines:
        for line in lines:
            if line.strip() and not line.startswith('#'):
                digest, key = line.rstrip('\n').split('  ', 1)
                expected[key] = digest
    return expected


def main():
    cases = [(project, flags) for project in PROJECTS for flags in ([], ['--include-part1'])]
    actual = {}
    with tempfile.TemporaryDirectory() as directory:
        for project, flags in cases:
            for name, digest in part_hashes(project, flags, directory).items():
                actual['%s%s:%s' % (project, ''.join(' ' + f for f in flags), name)] = digest

    if UPDATE:
        with open(EXPECTED, 'w', encoding='utf-8') as out:
            out.write('# SHA-256 of every part of the exported workbooks: see test-export-identical.py\n')
            for key in sorted(actual):
                out.write('%s  %s\n' % (actual[key], key))
        buntan_tap.skip_all('updated %s' % EXPECTED)

    expected = read_expected()
    tap = buntan_tap.Tap()
    for project, flags in cases:
        prefix = '%s%s:' % (project, ''.join(' ' + f for f in flags))
        keys = sorted(k for k in set(actual) | set(expected) if k.startswith(prefix))
        changed = [k[len(prefix):] for k in keys if actual.get(k) != expected.get(k)]
        tap.check('%s: %d parts identical' % (prefix[:-1], len(keys)), keys and not changed,
                  'parts differ: %s' % (', '.join(changed) or 'no parts'))
    return tap.done()


if __name__ == '__main__':
    sys.exit(main())
