#!/usr/bin/python3
# test-cyber-info.py — `buntan-cli info` counts a cyber-security checklist's sheets
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cyber-info.py BUNTAN-CLI
#
# tests/data/cyber-views.buntan is counted by hand here (see
# tests/test-cyber-summary.c); the window's summary page shows the same
# numbers (tests/gui/test-cyber-views.c).

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cyber-views.buntan')
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
CLI = None


def counts(asked, answered, unanswered, yes, no_with_target, no_without_target):
    return {'asked': asked, 'answered': answered, 'unanswered': unanswered, 'yes': yes,
            'no_with_target': no_with_target, 'no_without_target': no_without_target,
            'no_completed': 0}


class CyberInfoTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='buntan-cyber-info-')
        # The English words, whatever the machine's language.
        self.env = dict(os.environ, LANGUAGE='C', LC_ALL='C.UTF-8',
                        XDG_DATA_HOME=os.path.join(self.tmp, 'data'))
        with open(FIXTURE, encoding='utf-8') as f:
            self.project = json.load(f)
        self.hospital = next(party['id'] for party in self.project['parties']
                             if party['kind'] == 'hospital')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_cli(self, *args):
        result = subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                                timeout=60, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def info_json(self, path):
        return json.loads(self.run_cli('info', '--json', path))

    def test_json_counts_every_sheet(self):
        info = self.info_json(FIXTURE)
        self.assertEqual(info['answers'], [
            dict(party=self.hospital, **counts(16, 15, 1, 14, 1, 0)),
            dict(party='v1', **counts(12, 12, 0, 10, 1, 1)),
            dict(party='v2', **counts(12, 11, 1, 10, 1, 0)),
        ])

    def test_gaps_are_the_two_rules(self):
        """Vendors' unanswered items and every いいえ without a target are the gaps."""
        info = self.info_json(FIXTURE)
        answers = info['answers']
        expected = answers[0]['no_without_target'] + sum(
            sheet['unanswered'] + sheet['no_without_target'] for sheet in answers[1:])
        self.assertEqual(info['items']['gaps'], expected)
        self.assertEqual(expected, 2)

    def test_an_edit_changes_the_counts(self):
        items = {item['id']: item for item in self.project['items']}
        items['P2-A-3']['checks'][0]['target'] = '2027-05-31'
        items['P2-A-11']['checks'].append({'party': 'v2',
                                           'first_check': {'result': 'no', 'date': '2026-11-09'}})
        path = os.path.join(self.tmp, 'edited.buntan')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(self.project, f, ensure_ascii=False, indent=2)

        info = self.info_json(path)
        self.assertEqual(info['answers'][1], dict(party='v1', **counts(12, 12, 0, 10, 2, 0)))
        self.assertEqual(info['answers'][2], dict(party='v2', **counts(12, 12, 0, 10, 1, 1)))
        self.assertEqual(info['items']['gaps'], 1)

    def test_text_prints_the_same_counts(self):
        text = self.run_cli('info', FIXTURE)
        lines = text.splitlines()
        start = lines.index('Answers:')
        self.assertEqual(lines[start + 1:start + 4], [
            '  さくら病院: 15 answered, 1 not answered, 1 No with a target date, 0 No without one',
            '  ひかりメディカル株式会社: 12 answered, 0 not answered, 1 No with a target date, '
            '1 No without one',
            '  東都ネットワーク株式会社: 11 answered, 1 not answered, 1 No with a target date, '
            '0 No without one',
        ])

    def test_ordinary_project_has_no_answers(self):
        self.assertNotIn('answers', self.info_json(SAMPLE))
        self.assertNotIn('Answers:', self.run_cli('info', SAMPLE).splitlines())


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(CyberInfoTest)
    outcome = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if outcome.wasSuccessful() else 1)
