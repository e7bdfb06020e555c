#!/usr/bin/python3
# test-versions.py — buntan-cli agree, versions, diff --from-version, and the 変更履歴 sheet
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-versions.py BUNTAN-CLI
#
# What buntan-cli writes is read back with Python's json module, and the
# workbook with openpyxl (Debian's, hence /usr/bin/python3).

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema
import openpyxl

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import buntan_tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
COMPLETE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cli-complete.buntan')
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
FIXTURES = os.path.join(SOURCE_ROOT, 'tests', 'data')
SCHEMA = os.path.join(SOURCE_ROOT, 'data', 'buntan-project.schema.json')

EXIT_OK, EXIT_FAILURE, EXIT_GAPS, EXIT_DIFFERENT = 0, 1, 3, 4

CLI = None


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60)


class VersionsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='buntan-versions-')
        self.project = os.path.join(self.dir, 'project.buntan')
        shutil.copy(COMPLETE, self.project)
        self.assertEqual(run('normalize', self.project).returncode, EXIT_OK)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def load(self):
        with open(self.project, encoding='utf-8') as f:
            return json.load(f)

    def edit_clause(self, clause):
        project = self.load()
        next(i for i in project['items'] if i['id'] == 'P2-A-1')['clause'] = clause
        with open(self.project, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False, indent=2)

    def versions(self):
        result = run('versions', '--json', self.project)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        return json.loads(result.stdout)['versions']

    def test_agree_lists_and_records_the_fingerprint(self):
        self.assertEqual(self.versions(), [])
        result = run('agree', self.project, '--note', '初回', '--date', '2026-04-01')
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        fingerprint = run('fingerprint', self.project).stdout.strip()
        vendor = run('fingerprint', '--vendor', 'v1', self.project).stdout.strip()
        self.assertEqual(self.versions(), [{'number': 1, 'agreed': '2026-04-01',
                                            'fingerprint': fingerprint, 'note': '初回',
                                            'open_gaps': 0, 'withdrawn': False,
                                            'withdrawn_reason': None}])
        written = self.load()['versions'][0]
        self.assertEqual(written['fingerprints']['v1'], vendor)
        self.assertEqual(written['snapshot']['items'], self.load()['items'])
        self.assertNotIn('versions', written['snapshot'])
        self.assertIn('Version 1\t2026-04-01\t' + fingerprint, run('versions', self.project).stdout)

    def test_gaps_refuse_unless_allowed(self):
        sample = os.path.join(self.dir, 'sample.buntan')
        out = os.path.join(self.dir, 'agreed.buntan')
        shutil.copy(SAMPLE, sample)
        before = open(sample, encoding='utf-8').read()
        result = run('agree', sample)
        self.assertEqual(result.returncode, EXIT_GAPS)
        self.assertIn('gaps remain', result.stderr)
        self.assertEqual(open(sample, encoding='utf-8').read(), before)
        self.assertEqual(run('agree', sample, '--allow-gaps', '-o', out).returncode, EXIT_OK)
        with open(out, encoding='utf-8') as f:
            self.assertGreater(json.load(f)['versions'][0]['open_gaps'], 0)
        self.assertEqual(open(sample, encoding='utf-8').read(), before)

    def test_diff_from_version(self):
        self.assertEqual(run('agree', self.project, '--date', '2026-04-01').returncode, EXIT_OK)
        self.assertEqual(run('diff', self.project, '--from-version', '1').returncode, EXIT_OK)
        self.edit_clause('第12条')
        result = run('diff', '--json', self.project, '--from-version', '1')
        self.assertEqual(result.returncode, EXIT_DIFFERENT, result.stderr)
        changes = json.loads(result.stdout)['changes']
        self.assertEqual([(c['subject'], c['field'], c['after']) for c in changes],
                         [('P2-A-1', 'clause', '第12条')])
        self.assertEqual(run('agree', self.project, '--date', '2026-10-01').returncode, EXIT_OK)
        result = run('diff', self.project, '--from-version', '1', '--to-version', '2')
        self.assertEqual(result.returncode, EXIT_DIFFERENT)
        self.assertIn('P2-A-1', result.stdout)
        self.assertEqual(run('diff', self.project, '--from-version', '3').returncode,
                         EXIT_FAILURE)

    def test_history_sheet(self):
        workbook = os.path.join(self.dir, 'project.xlsx')
        self.assertEqual(run('agree', self.project, '--note', '初回', '--date',
                             '2026-04-01').returncode, EXIT_OK)
        self.assertEqual(run('export', self.project, '-o', workbook).returncode, EXIT_OK)
        sheet = openpyxl.load_workbook(workbook)['変更履歴']
        rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
        self.assertEqual(rows[2][:4], ['版', '合意日', '備考', '照合用ハッシュ（SHA-256）'])
        self.assertEqual(rows[3][0], '第1版')
        self.assertEqual(rows[3][1].strftime('%Y-%m-%d'), '2026-04-01')
        self.assertEqual(rows[3][2], '初回')
        self.assertIn('最初の合意版', rows[6][0])

        self.edit_clause('第12条')
        self.assertEqual(run('agree', self.project, '--date', '2026-10-01').returncode, EXIT_OK)
        self.assertEqual(run('export', self.project, '-o', workbook).returncode, EXIT_OK)
        sheet = openpyxl.load_workbook(workbook)['変更履歴']
        rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
        self.assertEqual([r[0] for r in rows[3:5]], ['第1版', '第2版'])
        self.assertEqual(rows[4][3], self.versions()[1]['fingerprint'])
        self.assertEqual(rows[6][0], '第2版の変更点（第1版から）')
        self.assertEqual(rows[7][0], '項目 P2-A-1：契約条項を「第12条」に設定')

        # Not in a vendor's appendix: the versions are the hospital's record.
        appendix = os.path.join(self.dir, 'appendix.xlsx')
        self.assertEqual(run('export', self.project, '--vendor', 'v1', '-o',
                             appendix).returncode, EXIT_OK)
        self.assertNotIn('変更履歴', openpyxl.load_workbook(appendix).sheetnames)


class SchemaTest(unittest.TestCase):
    """The schema says what the reader accepts, as far as a schema can."""

    @classmethod
    def setUpClass(cls):
        with open(SCHEMA, encoding='utf-8') as f:
            cls.validator = jsonschema.Draft202012Validator(json.load(f))

    def errors(self, name):
        with open(os.path.join(FIXTURES, name), encoding='utf-8') as f:
            return list(self.validator.iter_errors(json.load(f)))

    def test_agreed_versions_match(self):
        self.assertEqual(self.errors('versions-agreed.buntan'), [])

    def test_refusals_a_schema_can_express(self):
        # Impossible dates and duplicate numbers are the reader's alone.
        for name in ('number', 'fingerprint', 'fingerprint-missing', 'withdrawn-reason',
                     'snapshot'):
            with self.subTest(name=name):
                self.assertNotEqual(self.errors(f'load-bad-version-{name}.buntan'), [])


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    sys.exit(buntan_tap.run_cases(VersionsTest, SchemaTest))
