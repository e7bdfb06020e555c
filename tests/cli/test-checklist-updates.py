#!/usr/bin/python3
# test-checklist-updates.py — buntan-cli checklist-updates: a project and a newer version of its checklist
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-checklist-updates.py BUNTAN-CLI
#
# tests/data/clupdate-project.buntan was made from clupdate-old.json (version
# 1.0); clupdate-new.json (1.1) rewords P2-A-1, retires P2-A-2 and adds P2-A-3
# and P2-B-2. The expectations are computed here from those files.

import json
import os
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
PROJECT = os.path.join(DATA, 'clupdate-project.buntan')
OLD = os.path.join(DATA, 'clupdate-old.json')
NEW = os.path.join(DATA, 'clupdate-new.json')
TEXT_FIELDS = ['title', 'content', 'risk', 'recommended', 'references', 'applies_to']
STATE_FIELDS = ['status', 'owner', 'participants', 'clause', 'note', 'agreed_terms']

CLI = None


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60, env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=''))


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def by_id(items):
    return {i['id']: i for i in items}


def expected_differences():
    """(kind, item, field) in the order the command lists them, from the files alone."""
    project = load(PROJECT)['items']
    newer = by_id(load(NEW)['items'])
    found = []
    for ours in project:
        theirs = newer.get(ours['id'])
        if theirs is None:
            if not ours.get('custom', False):
                found.append(('item-retired', ours['id'], None))
            continue
        for field in TEXT_FIELDS:
            if (ours.get(field) or None) != (theirs.get(field) or None):
                found.append(('item-changed', ours['id'], field))
    ids = {i['id'] for i in project}
    found += [('item-added', i['id'], None) for i in load(NEW)['items'] if i['id'] not in ids]
    return found


class ChecklistUpdatesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='buntan-clupdate-')

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_lists_differences(self):
        result = run('checklist-updates', PROJECT, '--checklist', NEW)
        self.assertEqual(result.returncode, 4, result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn('1.1', lines[0])
        self.assertIn('1.0', lines[0])
        expected = expected_differences()
        self.assertEqual(len(lines) - 1, len(expected))
        for line, (kind, item_id, field) in zip(lines[1:], expected):
            self.assertIn(item_id, line)
        self.assertIn('ログの保存期間', result.stdout)
        self.assertIn('retired', result.stdout)

    def test_json(self):
        result = run('checklist-updates', PROJECT, '--checklist', NEW, '--json')
        self.assertEqual(result.returncode, 4, result.stderr)
        listing = json.loads(result.stdout)
        self.assertEqual(listing['project_version'], load(PROJECT)['template']['version'])
        self.assertEqual(listing['checklist_version'], load(NEW)['template_version'])
        self.assertTrue(listing['newer'])
        self.assertEqual([(d['kind'], d['item'], d['field']) for d in listing['differences']],
                         expected_differences())
        title = next(d for d in listing['differences'] if d['field'] == 'title')
        self.assertEqual(title['before'], by_id(load(PROJECT)['items'])['P2-A-1']['title'])
        self.assertEqual(title['after'], by_id(load(NEW)['items'])['P2-A-1']['title'])

    def test_up_to_date(self):
        result = run('checklist-updates', PROJECT, '--checklist', OLD)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('up to date', result.stdout)

    def test_checklist_of_another_id(self):
        other = os.path.join(self.dir, 'other.json')
        checklist = load(NEW)
        checklist['id'] = 'another-checklist'
        with open(other, 'w', encoding='utf-8') as f:
            json.dump(checklist, f, ensure_ascii=False)
        result = run('checklist-updates', PROJECT, '--checklist', other)
        self.assertEqual(result.returncode, 1)
        self.assertIn('another-checklist', result.stderr)

    def test_broken_checklist_names_its_place(self):
        broken = os.path.join(self.dir, 'broken.json')
        checklist = load(NEW)
        checklist['items'][1]['title'] = 5
        with open(broken, 'w', encoding='utf-8') as f:
            json.dump(checklist, f, ensure_ascii=False)
        result = run('checklist-updates', PROJECT, '--checklist', broken)
        self.assertEqual(result.returncode, 1)
        self.assertIn('broken.json', result.stderr)
        self.assertIn('P2-A-1', result.stderr)

    def test_unknown_bundled_checklist(self):
        # The project's own checklist is not one Buntan has.
        result = run('checklist-updates', PROJECT)
        self.assertEqual(result.returncode, 1)
        self.assertIn('clupdate-checklist', result.stderr)

    def test_usage_errors(self):
        out = os.path.join(self.dir, 'out.buntan')
        for args in [['checklist-updates'],
                     ['checklist-updates', PROJECT, '--apply', 'some', '-o', out],
                     ['checklist-updates', PROJECT, '--apply', 'all'],
                     ['checklist-updates', PROJECT, '-o', out]]:
            with self.subTest(args=args):
                self.assertEqual(run(*args).returncode, 2)
        self.assertFalse(os.path.exists(out))

    def test_apply_all(self):
        out = os.path.join(self.dir, 'out.buntan')
        result = run('checklist-updates', PROJECT, '--checklist', NEW, '--apply', 'all', '-o', out)
        self.assertEqual(result.returncode, 0, result.stderr)
        before = by_id(load(PROJECT)['items'])
        written = load(out)
        after = by_id(written['items'])
        newer = by_id(load(NEW)['items'])
        self.assertEqual(written['template']['version'], load(NEW)['template_version'])
        for item_id, item in newer.items():
            for field in TEXT_FIELDS:
                self.assertEqual(after[item_id].get(field) or None, item.get(field) or None,
                                 (item_id, field))
        # What was agreed is kept, on reworded and retired items alike.
        for item_id in ['P2-A-1', 'P2-A-2']:
            for field in STATE_FIELDS:
                if field == 'status' and item_id == 'P2-A-2':
                    continue
                self.assertEqual(after[item_id].get(field), before[item_id].get(field),
                                 (item_id, field))
        self.assertEqual(after['P2-A-2']['status'], 'not-applicable')
        self.assertEqual(after['P2-A-3']['status'], 'open')
        self.assertIsNone(after['P2-A-3'].get('owner'))
        self.assertEqual(after['P2-B-3'], before['P2-B-3'] | {})
        # The file is left as it was, and the result is up to date.
        self.assertEqual(load(PROJECT)['template']['version'], '1.0')
        self.assertEqual(run('checklist-updates', out, '--checklist', NEW).returncode, 0)
        self.assertEqual(run('validate', out).returncode, 0)

    def test_help(self):
        result = run('checklist-updates', '--help')
        self.assertEqual(result.returncode, 0)
        self.assertIn('Exit status:', result.stdout)


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    sys.exit(buntan_tap.run_cases(ChecklistUpdatesTest))
