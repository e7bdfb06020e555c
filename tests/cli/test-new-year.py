#!/usr/bin/python3
# test-new-year.py — buntan-cli new-year: next year's project from last year's, read back with json
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-new-year.py BUNTAN-CLI

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the source tree clean

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
LAST = os.path.join(SOURCE_ROOT, 'tests', 'data', 'nextyear-last.buntan')
CLI = None


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def items_by_id(project):
    return {item['id']: item for item in project['items']}


class NewYearTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='buntan-new-year-')
        self.out = os.path.join(self.dir, 'next.buntan')

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args):
        return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)

    def test_answers_moved_and_texts_kept(self):
        result = self.run_cli('new-year', LAST, '-o', self.out)
        self.assertEqual(result.returncode, 0, result.stderr)
        last, new = load(LAST), load(self.out)

        self.assertNotEqual(new['id'], last['id'])
        self.assertEqual(new['previous']['id'], last['id'])
        self.assertEqual(new['previous']['file'], 'nextyear-last.buntan')
        fingerprint = self.run_cli('fingerprint', LAST).stdout.strip()
        self.assertEqual(new['previous']['fingerprint'], fingerprint)
        for member in ('meetings', 'versions', 'rounds', 'questionnaires', 'conflicts'):
            self.assertNotIn(member, new)
        self.assertEqual([p['id'] for p in new['parties']], [p['id'] for p in last['parties']])
        self.assertEqual([p.get('contracts') for p in new['parties']],
                         [p.get('contracts') for p in last['parties']])

        old_items, new_items = items_by_id(last), items_by_id(new)
        self.assertEqual(list(new_items), list(old_items))
        for item_id, old in old_items.items():
            item = new_items[item_id]
            for member in ('title', 'content', 'risk', 'recommended', 'references', 'owner',
                           'participants', 'clause', 'note'):
                self.assertEqual(item.get(member), old.get(member), (item_id, member))
            self.assertEqual(item['first_check'], {'result': 'unset'}, item_id)
            self.assertNotIn('target', item)
            self.assertNotIn('completed', item)

        self.assertEqual(new_items['P1-A-1']['previous'],
                         {'result': 'yes', 'date': '2025-11-02', 'completed': '2025-11-10'})
        self.assertEqual(new_items['P1-A-1']['status'], 'discussing')
        self.assertEqual(new_items['P1-A-3']['status'], 'not-applicable')
        checks = {c['party']: c for c in new_items['P2-A-1']['checks']}
        self.assertEqual(sorted(checks), ['v1', 'v2'])
        self.assertEqual(checks['v2']['previous'],
                         {'result': 'no', 'date': '2025-11-04', 'target': '2026-03-31'})
        self.assertNotIn('agreed', checks['v1'])
        self.assertEqual(self.run_cli('validate', self.out).returncode, 0)

    def test_diff_names_previous_in_words(self):
        result = self.run_cli('new-year', LAST, '-o', self.out)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('diff', LAST, self.out)
        self.assertEqual(result.returncode, 4, result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn('Project: last year\'s project set to “id: ' + load(LAST)['id'] +
                      ', file: nextyear-last.buntan, fingerprint: ', result.stdout)
        self.assertIn("Item P1-A-2: last year's record set to "
                      "“result: no, date: 2025-11-03, target: 2026-03-31”", lines)
        self.assertFalse([line for line in lines if ': previous ' in line], result.stdout)

    def test_refuses_to_overwrite(self):
        with open(self.out, 'w', encoding='utf-8') as f:
            f.write('kept')
        result = self.run_cli('new-year', LAST, '-o', self.out)
        self.assertEqual(result.returncode, 1)
        self.assertIn('--force', result.stderr)
        with open(self.out, encoding='utf-8') as f:
            self.assertEqual(f.read(), 'kept')
        result = self.run_cli('new-year', LAST, '-o', self.out, '--force')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(load(self.out)['previous']['id'], load(LAST)['id'])

    def test_unreadable_input(self):
        missing = os.path.join(self.dir, 'missing.buntan')
        result = self.run_cli('new-year', missing, '-o', self.out)
        self.assertEqual(result.returncode, 1)
        self.assertIn('missing.buntan', result.stderr)
        self.assertFalse(os.path.exists(self.out))

    def test_usage(self):
        self.assertEqual(self.run_cli('new-year', LAST).returncode, 2)


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(NewYearTest)
    outcome = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if outcome.wasSuccessful() else 1)
