#!/usr/bin/python3
# test-cyber.py — a project from the bundled cyber-security checklist through buntan-cli
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cyber.py BUNTAN-CLI
#
# The project is made by `buntan-cli new`, the vendors and their answers are
# added with Python's json module as an edited file would have them, and the
# gaps `check` prints are compared with sentences written out here. The
# workbook is read back with openpyxl.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCHEMA = os.path.join(SOURCE_ROOT, 'data', 'buntan-project.schema.json')
CLI = None

VENDORS = [('v1', '株式会社電子カルテ'), ('v2', 'ネットワーク保守株式会社')]


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def save(path, project):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)


def vendor_party(party_id, name):
    return {'id': party_id, 'kind': 'vendor', 'name': name, 'short_name': '', 'service': '',
            'contact': '', 'emergency_contact': '', 'address': '', 'representative': '',
            'note': '',
            'contracts': [{'id': 'c1', 'kind': 'maintenance', 'title': '保守契約'}]}


class CyberTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='buntan-cyber-')
        self.env = dict(os.environ, XDG_DATA_HOME=os.path.join(self.tmp, 'data'))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_cli(self, *args):
        return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                              timeout=60, env=self.env)

    def assertExit(self, result, status):
        self.assertEqual(result.returncode, status,
                         f'exit {result.returncode}, expected {status}\n'
                         f'stdout: {result.stdout}\nstderr: {result.stderr}')

    def new_project(self):
        path = os.path.join(self.tmp, 'cyber.buntan')
        self.assertExit(self.run_cli('new', '--template', 'cyber-security', '-o', path), 0)
        return path

    def with_vendors(self, path):
        """Both vendors on every vendor-sheet item; every one answered はい."""
        project = load(path)
        project['parties'] += [vendor_party(party_id, name) for party_id, name in VENDORS]
        for item in project['items']:
            if item['part'] == 2:
                item['participants'] = [party_id for party_id, _ in VENDORS]
                item['checks'] = [{'party': party_id,
                                   'first_check': {'result': 'yes', 'date': '2026-12-01'}}
                                  for party_id, _ in VENDORS]
        save(path, project)
        return project

    def test_new_makes_vendor_sheet_items_each(self):
        path = self.new_project()
        project = load(path)
        template = load(os.path.join(SOURCE_ROOT, 'data', 'templates', 'buntan-cyber-2026.json'))
        self.assertEqual(project['template'],
                         {'id': 'cyber-security', 'version': template['template_version']})
        self.assertEqual([item['id'] for item in project['items']],
                         [item['id'] for item in template['items']])
        part2 = [item for item in project['items'] if item['part'] == 2]
        self.assertTrue(part2)
        self.assertEqual({item['owner'] for item in part2}, {'each'})
        self.assertFalse([item['id'] for item in project['items']
                          if item['part'] == 1 and item.get('owner')])
        try:
            import jsonschema
        except ImportError:
            return
        jsonschema.validate(project, load(SCHEMA))

    def test_check_every_answer_in(self):
        path = self.new_project()
        self.with_vendors(path)
        result = self.run_cli('check', path)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout,
                         'No gaps: every vendor has answered, and every “No” has a target date.\n')

    def test_check_names_the_two_gaps(self):
        path = self.new_project()
        project = self.with_vendors(path)
        items = {item['id']: item for item in project['items']}
        # v2 has not answered P2-A-3; v1 said いいえ to P2-A-11 with no target
        # date, v2 said いいえ with one; the hospital said いいえ to P1-B-11.
        items['P2-A-3']['checks'] = [items['P2-A-3']['checks'][0]]
        items['P2-A-11']['checks'][0]['first_check']['result'] = 'no'
        items['P2-A-11']['checks'][1]['first_check']['result'] = 'no'
        items['P2-A-11']['checks'][1]['target'] = '2027-03-31'
        items['P1-B-11']['first_check'] = {'result': 'no', 'date': '2026-12-01'}
        save(path, project)

        result = self.run_cli('check', path)
        self.assertExit(result, 3)
        title = {item_id: items[item_id]['title'] for item_id in items}
        self.assertEqual(result.stdout.splitlines(), [
            f"P1-B-11 {title['P1-B-11']}: answered “No”, but no target date is set",
            f"P2-A-3 {title['P2-A-3']}: ネットワーク保守株式会社 has not answered yet (Yes or No)",
            f"P2-A-11 {title['P2-A-11']}: 株式会社電子カルテ answered “No” but gave no target date",
        ])

        # The workbook says the same in Japanese.
        try:
            import openpyxl
        except ImportError:
            return
        out = os.path.join(self.tmp, 'cyber.xlsx')
        self.assertExit(self.run_cli('export', path, '-o', out), 0)
        workbook = openpyxl.load_workbook(out)
        texts = {str(cell.value) for sheet in workbook.worksheets
                 for row in sheet.iter_rows() for cell in row if cell.value is not None}
        for sentence in ('「いいえ」ですが、目標日が記入されていません。',
                         '事業者の回答（はい・いいえ）がまだありません。（ネットワーク保守株式会社）',
                         '事業者の回答が「いいえ」ですが、目標日が記入されていません。'
                         '（株式会社電子カルテ）'):
            self.assertTrue(any(sentence in text for text in texts), sentence)


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CyberTest)
    outcome = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if outcome.wasSuccessful() else 1)
