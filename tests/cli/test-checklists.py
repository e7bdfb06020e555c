#!/usr/bin/python3
# test-checklists.py — buntan-cli checklists, checklist-validate and checklist-import
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-checklists.py BUNTAN-CLI
#
# The expected items are read from the fixtures here with Python's own csv
# module and codecs, never taken from buntan-cli.
#
# How the CSV fixtures were made: a UTF-8 CSV was opened and saved by
# LibreOffice 7.4 (`soffice --headless --infilter="CSV:44,34,76,1"
# --convert-to 'csv:Text - txt - csv (StarCalc):44,34,60'`, 60 being
# MS_932 — the name "CP932" is not understood there and silently gives
# UTF-8) into checklist-own-cp932.csv; saved the same way with 76 (UTF-8),
# it has no byte order mark, so checklist-own-utf8-bom.csv is that file
# with a BOM and CR LF line ends added by Python, as Excel's "CSV UTF-8"
# writes them. The checklist-bad-* files were written by Python (the
# encoding one with the cp932 codec and a 0x80 byte).

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import buntan_tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATA = os.path.join(SOURCE_ROOT, 'tests', 'data')
CP932 = os.path.join(DATA, 'checklist-own-cp932.csv')
UTF8_BOM = os.path.join(DATA, 'checklist-own-utf8-bom.csv')
OWN_JSON = os.path.join(DATA, 'checklist-own.json')
BUNDLED = os.path.join(SOURCE_ROOT, 'data', 'templates', 'buntan-default.json')
# `checklists` lists every bundled checklist before the installed ones.
N_BUNDLED = len([name for name in os.listdir(os.path.join(SOURCE_ROOT, 'data', 'templates'))
                 if name.endswith('.json')])
SCHEMA = os.path.join(SOURCE_ROOT, 'data', 'buntan-template.schema.json')

# Each bad checklist and the place its one error line must name.
REFUSED = {
    'checklist-bad-duplicate-id.csv': 'line 4, column 1 (id)',
    'checklist-bad-missing-title.csv': 'line 3, column 6 (title)',
    'checklist-bad-part.csv': 'line 3, column 2 (part)',
    'checklist-bad-applies-to.csv': 'line 2, column 11 (applies_to)',
    'checklist-bad-quote.csv': 'line 2, column 6',
    'checklist-bad-column.csv': 'line 1, column 6',
    'checklist-bad-encoding.csv': re.compile(r'line 2, byte \d+: the file is neither UTF-8'),
    'checklist-bad-id.csv': 'line 3, column 1 (id)',
    'checklist-bad-part.json': 'item P2-A-1, part',
}

CLI = None


def csv_rows(path, encoding):
    """The rows as buntan-cli should read them: a line break in a field becomes LF."""
    with open(path, encoding=encoding, newline='') as f:
        return [{key: value.replace('\r\n', '\n') for key, value in row.items()}
                for row in csv.DictReader(f)]


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


class ChecklistTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='buntan-checklists-')
        self.env = dict(os.environ, XDG_DATA_HOME=os.path.join(self.tmp, 'data'))
        self.installed_dir = os.path.join(self.tmp, 'data', 'buntan', 'checklists')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_cli(self, *args):
        return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                              timeout=60, env=self.env)

    def assertExit(self, result, status):
        self.assertEqual(result.returncode, status,
                         f'stdout: {result.stdout}\nstderr: {result.stderr}')

    def installed(self):
        if not os.path.isdir(self.installed_dir):
            return []
        return sorted(os.listdir(self.installed_dir))

    def assert_schema(self, checklist):
        try:
            import jsonschema
        except ImportError:
            return  # test-data.py says so once; the values are still checked below
        errors = [e.message for e in
                  jsonschema.Draft202012Validator(load(SCHEMA)).iter_errors(checklist)]
        self.assertEqual(errors, [])

    def assert_items_match_csv(self, checklist, rows):
        self.assert_schema(checklist)
        items = checklist['items']
        self.assertEqual(len(items), len(rows))
        for item, row in zip(items, rows):
            if row['id']:
                self.assertEqual(item['id'], row['id'])
            self.assertEqual(item['part'], int(row['part']))
            self.assertEqual(item['section'], row['section'])
            self.assertEqual(item['number'], row['number'])
            self.assertEqual(item['title'], row['title'])
            self.assertEqual(item.get('content', ''), row['content'])
            self.assertEqual(item.get('references', []),
                             [r.strip() for r in row['references'].splitlines() if r.strip()])
            self.assertEqual(item.get('applies_to', []),
                             [k for k in re.split(r'[\s,]+', row['applies_to']) if k])
            self.assertEqual(item.get('official_ref', ''), row['official_ref'])

    def test_cp932_from_libreoffice(self):
        rows = csv_rows(CP932, 'cp932')
        # The fixture really is CP932 with the characters strict Shift_JIS lacks.
        with open(CP932, 'rb') as f:
            raw = f.read()
        self.assertIn('①'.encode('cp932'), raw)
        self.assertIn('㈱'.encode('cp932'), raw)
        self.assertRaises(UnicodeDecodeError, raw.decode, 'utf-8')

        result = self.run_cli('checklist-import', CP932, '--id', 'own', '--title', '自院の確認表')
        self.assertExit(result, 0)
        self.assertEqual(self.installed(), ['own@1.json'])
        checklist = load(os.path.join(self.installed_dir, 'own@1.json'))
        self.assertEqual(checklist['id'], 'own')
        self.assertEqual(checklist['template_version'], '1')
        self.assertEqual(checklist['title'], '自院の確認表')
        self.assert_items_match_csv(checklist, rows)
        # A row without an id gets one in its section; quoted newlines survive.
        self.assertEqual(checklist['items'][1]['id'], 'P1-A-2')
        self.assertEqual(checklist['items'][1]['title'], '㈱みどり保守との連絡窓口')
        self.assertIn('\n', checklist['items'][0]['content'])
        self.assertEqual([(s['part'], s['code'], s['title']) for s in checklist['sections']],
                         [(1, 'A', '院内の体制'), (2, 'A', '共通'), (2, 'B', '開発・導入')])

        # …and into a new project.
        project_path = os.path.join(self.tmp, 'own.buntan')
        result = self.run_cli('new', '--template', 'own', '-o', project_path)
        self.assertExit(result, 0)
        project = load(project_path)
        self.assertEqual(project['template'], {'id': 'own', 'version': '1'})
        by_id = {item['id']: item for item in project['items']}
        self.assertEqual(by_id['P1-A-1']['number'], '①')
        self.assertEqual(by_id['P1-A-1']['official_ref'], '①')
        self.assertEqual(by_id['P1-A-2']['title'], '㈱みどり保守との連絡窓口')
        self.assertEqual(by_id['P2-A-1']['applies_to'], ['maintenance', 'cloud'])

    def test_utf8_with_bom(self):
        with open(UTF8_BOM, 'rb') as f:
            self.assertTrue(f.read().startswith(b'\xef\xbb\xbf'))
        rows = csv_rows(UTF8_BOM, 'utf-8-sig')
        self.assertEqual(rows, csv_rows(CP932, 'cp932'))
        result = self.run_cli('checklist-import', UTF8_BOM, '--id', 'own-utf8')
        self.assertExit(result, 0)
        checklist = load(os.path.join(self.installed_dir, 'own-utf8@1.json'))
        # No BOM in the first column's name, so the ids were read.
        self.assertEqual(checklist['items'][0]['id'], 'P1-A-1')
        self.assertEqual(checklist['title'], 'checklist-own-utf8-bom')
        self.assert_items_match_csv(checklist, rows)

    def test_list(self):
        self.assertExit(self.run_cli('checklist-import', OWN_JSON), 0)
        self.assertExit(self.run_cli('checklist-import', OWN_JSON, '--version', '2027.01-1',
                                     '--title', '新しい版'), 0)
        result = self.run_cli('checklists')
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, '')
        bundled = load(BUNDLED)
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), N_BUNDLED + 2, result.stdout)
        default_line = [line for line in lines if line.split()[0] == bundled['id']]
        self.assertEqual(len(default_line), 1, result.stdout)
        self.assertEqual(default_line[0].split()[:2], [bundled['id'], bundled['template_version']])
        self.assertTrue(all('bundled' in line for line in lines[:N_BUNDLED]), result.stdout)
        lines = lines[N_BUNDLED:]
        self.assertEqual(lines[0].split()[:2], ['clinic-own', '2026.12-1'])
        self.assertIn('installed: ' + os.path.join(self.installed_dir, 'clinic-own@2026.12-1.json'),
                      lines[0])
        self.assertEqual(lines[1].split()[:2], ['clinic-own', '2027.01-1'])
        self.assertIn('新しい版 (2 items)', lines[1])
        # `new` takes the newest version.
        out = os.path.join(self.tmp, 'p.buntan')
        self.assertExit(self.run_cli('new', '-t', 'clinic-own', '-o', out), 0)
        self.assertEqual(load(out)['template'], {'id': 'clinic-own', 'version': '2027.01-1'})
        # `templates` still lists what is bundled, as before.
        result = self.run_cli('templates')
        self.assertExit(result, 0)
        self.assertEqual(len(result.stdout.splitlines()), N_BUNDLED)

    def test_broken_installed_file_is_named(self):
        os.makedirs(self.installed_dir)
        broken = os.path.join(self.installed_dir, 'broken@1.json')
        with open(broken, 'w') as f:
            f.write('{"format": "buntan-template"')
        result = self.run_cli('checklists')
        self.assertExit(result, 0)
        self.assertEqual(len(result.stdout.splitlines()), N_BUNDLED)
        self.assertIn(broken, result.stderr)

    def test_refusals(self):
        for name, place in REFUSED.items():
            with self.subTest(name=name):
                path = os.path.join(DATA, name)
                for command in (['checklist-validate', path],
                                ['checklist-import', path, '--id', 'bad']):
                    result = self.run_cli(*command)
                    self.assertExit(result, 1)
                    lines = result.stderr.splitlines()
                    self.assertEqual(len(lines), 1, result.stderr)
                    self.assertTrue(lines[0].startswith(path + ': '), lines[0])
                    if isinstance(place, str):
                        self.assertIn(place, lines[0])
                    else:
                        self.assertRegex(lines[0], place)
                self.assertEqual(self.installed(), [])

    def test_validate(self):
        good = [CP932, UTF8_BOM, OWN_JSON, BUNDLED]
        result = self.run_cli('checklist-validate', *good)
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, '')
        self.assertEqual(len(result.stdout.splitlines()), len(good))
        self.assertIn('4 items', result.stdout.splitlines()[0])
        result = self.run_cli('checklist-validate', CP932,
                              os.path.join(DATA, 'checklist-bad-part.csv'))
        self.assertExit(result, 1)
        self.assertIn('1 of 2 files', result.stdout)
        self.assertEqual(self.installed(), [])

    def test_import_keeps_what_is_installed(self):
        self.assertExit(self.run_cli('checklist-import', OWN_JSON), 0)
        path = os.path.join(self.installed_dir, 'clinic-own@2026.12-1.json')
        result = self.run_cli('checklist-import', OWN_JSON, '--title', '上書き')
        self.assertExit(result, 1)
        self.assertIn('installed already', result.stderr)
        self.assertEqual(load(path)['title'], load(OWN_JSON)['title'])
        self.assertExit(self.run_cli('checklist-import', OWN_JSON, '--title', '上書き', '--force'),
                        0)
        self.assertEqual(load(path)['title'], '上書き')

    def test_bundled_id_refused(self):
        result = self.run_cli('checklist-import', OWN_JSON, '--id', 'buntan-default')
        self.assertExit(result, 1)
        self.assertIn('buntan-default', result.stderr)
        self.assertEqual(self.installed(), [])

    def test_id_needed_for_a_csv_named_otherwise(self):
        named = os.path.join(self.tmp, '自院チェックリスト.csv')
        shutil.copy(CP932, named)
        result = self.run_cli('checklist-import', named)
        self.assertExit(result, 2)
        self.assertIn('--id', result.stderr)
        result = self.run_cli('checklist-import', named, '--id', 'bad id')
        self.assertExit(result, 1)
        self.assertIn('cannot be a checklist id', result.stderr)
        self.assertEqual(self.installed(), [])

    def test_empty_title_refused(self):
        result = self.run_cli('checklist-import', OWN_JSON, '--title', '')
        self.assertExit(result, 1)
        self.assertEqual(result.stderr, OWN_JSON + ': title: the checklist has no title\n')
        self.assertEqual(self.installed(), [])

    def test_csv_in_utf16_refused(self):
        path = os.path.join(self.tmp, 'utf16.csv')
        with open(CP932, encoding='cp932') as f:
            text = f.read()
        with open(path, 'w', encoding='utf-16') as f:
            f.write(text)
        result = self.run_cli('checklist-validate', path)
        self.assertExit(result, 1)
        self.assertIn(path + ': line 1, byte 1: the file is in UTF-16', result.stderr)


def main():
    global CLI
    if len(sys.argv) != 2:
        sys.exit(f'usage: {sys.argv[0]} BUNTAN-CLI')
    CLI = os.path.abspath(sys.argv[1])
    sys.exit(buntan_tap.run_cases(ChecklistTest))


if __name__ == '__main__':
    main()
