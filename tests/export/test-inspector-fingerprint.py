#!/usr/bin/python3
# test-inspector-fingerprint.py — the 照合用ハッシュ of the inspector's workbook (issue 19)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-inspector-fingerprint.py BUNTAN-CLI
#
# The inspector's workbook of tests/data/cyberinsp-two-vendors.buntan carries
# a fingerprint of what its cover and sheets print, not the contract
# document's: every footer shows its beginning, `buntan-cli fingerprint`
# prints it in full, an answer changes it and a contract clause (not
# printed on these sheets) does not. Output: TAP.

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cyberinsp-two-vendors.buntan')
CLI = os.path.abspath(sys.argv[1])


class InspectorFingerprintTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='buntan-inspector-fp-')
        cls.env = dict(os.environ, SOURCE_DATE_EPOCH='1780272000',
                       XDG_DATA_HOME=os.path.join(cls.tmp, 'data'))
        with open(FIXTURE, encoding='utf-8') as f:
            cls.project = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_cli(self, *args):
        result = subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                                timeout=120, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def fingerprint(self, path, *options):
        return self.run_cli('fingerprint', path, *options).strip()

    def footers(self, path, *options):
        import openpyxl

        out = os.path.join(self.tmp, 'out.xlsx')
        self.run_cli('export', path, *options, '-o', out)
        workbook = openpyxl.load_workbook(out)
        return {sheet.title: sheet.oddFooter.left.text for sheet in workbook.worksheets}

    def write(self, project, name):
        path = os.path.join(self.tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False)
        return path

    def test_footers_carry_the_inspector_fingerprint(self):
        full = self.fingerprint(FIXTURE)
        self.assertRegex(full, r'^[0-9a-f]{64}$')
        footers = self.footers(FIXTURE)
        self.assertEqual(len(footers), 4)
        for title, footer in footers.items():
            with self.subTest(sheet=title):
                self.assertEqual(footer, f'照合用ハッシュ {full[:16]}…')

    def test_not_the_contract_documents(self):
        inspector = self.fingerprint(FIXTURE)
        matrix = self.fingerprint(FIXTURE, '--matrix')
        self.assertNotEqual(inspector, matrix)
        for footer in self.footers(FIXTURE, '--matrix').values():
            self.assertEqual(footer, f'照合用ハッシュ {matrix[:16]}…')

    def test_an_answer_changes_it(self):
        changed = copy.deepcopy(self.project)
        item = next(i for i in changed['items'] if i['id'] == 'P2-A-4')
        check = next(c for c in item['checks'] if c['party'] == 'v2')
        check['target'] = '2027-09-30'
        self.assertNotEqual(self.fingerprint(self.write(changed, 'answer.buntan')),
                            self.fingerprint(FIXTURE))

    def test_what_the_sheets_do_not_print_leaves_it(self):
        changed = copy.deepcopy(self.project)
        for item in changed['items']:
            item['clause'] = '第12条'
        changed['parties'][1]['contact'] = '03-1234-5678'
        path = self.write(changed, 'unprinted.buntan')
        self.assertEqual(self.fingerprint(path), self.fingerprint(FIXTURE))
        # The contract document prints the clause: its fingerprint moves.
        self.assertNotEqual(self.fingerprint(path, '--matrix'),
                            self.fingerprint(FIXTURE, '--matrix'))


if __name__ == '__main__':
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        buntan_tap.skip_all('openpyxl is missing')
        sys.exit(0)
    sys.exit(buntan_tap.run_cases(InspectorFingerprintTest))
