#!/usr/bin/python3
# test-compare.py — buntan-cli diff and merge, and both through a real git repository
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-compare.py BUNTAN-CLI GROUP   (GROUP: diff, merge or git)
#
# The projects are made here with Python's json module from a fixture, and
# what buntan-cli writes is read back the same way.

import copy
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
FIXTURE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cli-rich.buntan')
BROKEN = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cli-broken-syntax.buntan')

EXIT_OK, EXIT_FAILURE, EXIT_DIFFERENT, EXIT_CONFLICTS = 0, 1, 4, 5

CLI = None


def run(*args, cwd=None, env=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60, cwd=cwd, env=env)


def item(project, item_id):
    return next(i for i in project['items'] if i['id'] == item_id)


def party(project, party_id):
    return next(p for p in project['parties'] if p['id'] == party_id)


class Scratch(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='buntan-compare-')
        self.base_path = self.path('base.buntan')
        shutil.copy(FIXTURE, self.base_path)
        # In canonical version 2 form, as a saved project is.
        self.assertEqual(run('normalize', self.base_path).returncode, 0)
        self.base = self.load(self.base_path)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    @staticmethod
    def load(path):
        with open(path, encoding='utf-8') as f:
            return json.load(f)

    def write(self, name, project):
        path = self.path(name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False, indent=2)
        return path

    def variant(self, name, edit):
        project = copy.deepcopy(self.base)
        edit(project)
        return self.write(name, project)


class DiffTest(Scratch):
    def diff_json(self, new_path):
        result = run('diff', '--json', self.base_path, new_path)
        self.assertEqual(result.returncode, EXIT_DIFFERENT, result.stderr)
        return json.loads(result.stdout)['changes']

    def test_equal(self):
        copy_path = self.variant('same.buntan', lambda p: None)
        result = run('diff', self.base_path, copy_path)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        self.assertEqual(result.stdout, '')

    def test_times_and_meetings_are_not_compared(self):
        def edit(p):
            p['modified'] = '2030-01-01T00:00:00+09:00'
            p['meetings'] = [{'started': '2026-12-01T10:00:00+09:00', 'attendees': ['佐藤'],
                              'decisions': []}]
        result = run('diff', self.base_path, self.variant('later.buntan', edit))
        self.assertEqual(result.returncode, EXIT_OK, result.stdout)

    def test_every_field_kind(self):
        # Each field of an item, of every JSON kind, including format 2
        # members this build does not model and a member nobody knows.
        values = {
            'title': '新しい題', 'content': '本文\n二行', 'references': ['参照 A'],
            'status': 'discussing', 'owner': 'v2', 'participants': ['hospital'],
            'first_check': {'result': 'yes', 'date': '2026-12-01'}, 'completed': '2026-12-02',
            'clause': '第9条', 'note': '', 'informed': ['v2'], 'agreed_terms': 'ログ 5 年保存',
            'official_ref': '2-3', 'target': '2027-03-31', 'applies_to': ['maintenance'],
            'checks': [{'party': 'v1', 'first_check': {'result': 'no'}}],
            'x-new-member': {'nested': [1, 2]},
        }
        for field, value in values.items():
            with self.subTest(field=field):
                def edit(p, field=field, value=value):
                    item(p, 'P2-A-1')[field] = value
                changes = self.diff_json(self.variant(field + '.buntan', edit))
                self.assertEqual(len(changes), 1, changes)
                change = changes[0]
                self.assertEqual(change['kind'], 'item-changed')
                self.assertEqual(change['subject'], 'P2-A-1')
                self.assertEqual(change['field'], field)
                self.assertEqual(change['before'], item(self.base, 'P2-A-1').get(field))
                self.assertEqual(change['after'], value)
                self.assertIn('P2-A-1', change['description'])

    def test_parties_and_items(self):
        def edit(p):
            party(p, 'v1')['name'] = '改名後'
            party(p, 'v2')['contact'] = '新しい連絡先'
            p['parties'].append({'id': 'v9', 'kind': 'vendor', 'name': '新事業者'})
            p['items'] = [i for i in p['items'] if i['id'] != 'P1-A-1']
            new = copy.deepcopy(item(p, 'P2-A-2'))
            new['id'] = 'P2-Z-1'
            new['title'] = '追加した項目'
            p['items'].append(new)
        changes = self.diff_json(self.variant('changed.buntan', edit))
        kinds = [(c['kind'], c['subject'], c['field']) for c in changes]
        self.assertEqual(kinds, [('party-renamed', 'v1', 'name'),
                                 ('party-changed', 'v2', 'contact'),
                                 ('party-added', 'v9', None),
                                 ('item-retired', 'P1-A-1', None),
                                 ('item-added', 'P2-Z-1', None)])
        self.assertEqual(changes[0]['before'], party(self.base, 'v1')['name'])
        self.assertEqual(changes[0]['after'], '改名後')
        self.assertEqual(changes[4]['after'], '追加した項目')

    def test_readable_lines_follow_the_locale(self):
        path = self.variant('clause.buntan', lambda p: item(p, 'P2-A-1').update(clause='第9条'))
        english = run('diff', self.base_path, path,
                      env=dict(os.environ, LANGUAGE='', LC_ALL='C.UTF-8', LANG='C.UTF-8'))
        self.assertEqual(english.returncode, EXIT_DIFFERENT)
        self.assertEqual(english.stdout.splitlines(),
                         ['Item P2-A-1: contract clause changed from “保守契約書 第12条（アクセス管理）” '
                          'to “第9条”'])
        locales = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.split()
        if 'ja_JP.utf8' not in locales and 'ja_JP.UTF-8' not in locales:
            self.skipTest('no ja_JP.UTF-8 locale')
        japanese = run('diff', self.base_path, path,
                       env=dict(os.environ, LANGUAGE='', LC_ALL='ja_JP.UTF-8', LANG='ja_JP.UTF-8',
                                BUNTAN_LOCALEDIR=os.path.join(os.environ['BUNTAN_BUILD_ROOT'],
                                                              'po')))
        self.assertEqual(japanese.stdout.splitlines(),
                         ['項目 P2-A-1: 契約条項を「保守契約書 第12条（アクセス管理）」から「第9条」に変更'])

    def test_unreadable_file(self):
        result = run('diff', self.base_path, BROKEN)
        self.assertEqual(result.returncode, EXIT_FAILURE)
        self.assertIn('cli-broken-syntax.buntan', result.stderr)
        self.assertEqual(run('diff', self.base_path).returncode, 2)

    def test_textconv(self):
        result = run('diff', '--textconv', self.base_path)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn('P2-A-1 clause: 保守契約書 第12条（アクセス管理）', lines)
        self.assertIn('item P2-A-1', lines)
        self.assertFalse(any(line.startswith('modified') for line in lines))
        # Stable: the same project prints the same text.
        self.assertEqual(run('diff', '--textconv', self.base_path).stdout, result.stdout)


class MergeTest(Scratch):
    def merge(self, ours_edit, theirs_edit, status):
        ours = self.variant('ours.buntan', ours_edit)
        theirs = self.variant('theirs.buntan', theirs_edit)
        out = self.path('out.buntan')
        result = run('merge', self.base_path, ours, theirs, '-o', out)
        self.assertEqual(result.returncode, status, result.stderr)
        # Whatever happened, the result opens with the strict reader.
        self.assertEqual(run('validate', out).returncode, 0)
        return self.load(out), result

    def test_different_fields_merge(self):
        merged, _ = self.merge(lambda p: item(p, 'P2-A-1').update(clause='第3条'),
                               lambda p: item(p, 'P2-A-1').update(status='discussing',
                                                                  agreed_terms='ログ 5 年'),
                               EXIT_OK)
        self.assertEqual(item(merged, 'P2-A-1')['clause'], '第3条')
        self.assertEqual(item(merged, 'P2-A-1')['status'], 'discussing')
        self.assertEqual(item(merged, 'P2-A-1')['agreed_terms'], 'ログ 5 年')
        self.assertNotIn('conflicts', merged)

    def test_identical_changes(self):
        edit = lambda p: item(p, 'P2-A-2').update(note='同じ変更')
        merged, _ = self.merge(edit, edit, EXIT_OK)
        self.assertEqual(item(merged, 'P2-A-2')['note'], '同じ変更')

    def test_items_and_parties_added_on_both_sides(self):
        def ours(p):
            p['parties'].append({'id': 'v8', 'kind': 'vendor', 'name': 'こちらの事業者'})

        def theirs(p):
            new = copy.deepcopy(item(p, 'P2-A-2'))
            new['id'] = 'P2-A-3'
            new['owner'] = 'v1'
            p['items'].append(new)
        merged, _ = self.merge(ours, theirs, EXIT_OK)
        self.assertEqual([p['id'] for p in merged['parties']], ['hospital', 'v1', 'v2', 'v8'])
        self.assertEqual([i['id'] for i in merged['items']], ['P2-A-1', 'P1-A-1', 'P2-A-2',
                                                               'P2-A-3'])

    def test_field_changed_differently(self):
        merged, result = self.merge(lambda p: item(p, 'P2-A-1').update(owner='v2'),
                                    lambda p: item(p, 'P2-A-1').update(owner='hospital'),
                                    EXIT_CONFLICTS)
        self.assertEqual(item(merged, 'P2-A-1')['owner'], 'v2')
        self.assertEqual(merged['conflicts'], [{'item': 'P2-A-1', 'field': 'owner', 'base': 'v1',
                                                'ours': 'v2', 'theirs': 'hospital'}])
        self.assertIn('P2-A-1', result.stderr)

    def test_new_member_changed_differently(self):
        merged, _ = self.merge(lambda p: item(p, 'P2-A-1').update(agreed_terms='1 年'),
                               lambda p: item(p, 'P2-A-1').update(agreed_terms='5 年'),
                               EXIT_CONFLICTS)
        self.assertEqual(item(merged, 'P2-A-1')['agreed_terms'], '1 年')
        self.assertEqual(merged['conflicts'][0]['theirs'], '5 年')
        self.assertIsNone(merged['conflicts'][0]['base'])

    def test_deleted_against_edited(self):
        def delete(p):
            p['items'] = [i for i in p['items'] if i['id'] != 'P1-A-1']
        merged, _ = self.merge(delete, lambda p: item(p, 'P1-A-1').update(note='必要'),
                               EXIT_CONFLICTS)
        self.assertEqual(item(merged, 'P1-A-1')['note'], '必要')
        self.assertEqual(merged['conflicts'][0]['item'], 'P1-A-1')
        self.assertEqual(merged['conflicts'][0]['field'], 'deleted')
        # Its place is where it stood.
        self.assertEqual([i['id'] for i in merged['items']], ['P2-A-1', 'P1-A-1', 'P2-A-2'])

    def test_party_in_use_is_kept(self):
        def remove(p):
            p['parties'] = [x for x in p['parties'] if x['id'] != 'v2']
            for i in p['items']:
                i['participants'] = [x for x in i['participants'] if x != 'v2']
                if i['owner'] == 'v2':
                    i['owner'] = None
                # As the window removes a vendor: its checks go with it.
                i['checks'] = [c for c in i.get('checks', []) if c['party'] != 'v2']
                if not i['checks']:
                    del i['checks']
        merged, _ = self.merge(remove, lambda p: item(p, 'P1-A-1').update(owner='v2'),
                               EXIT_CONFLICTS)
        self.assertIn('v2', [p['id'] for p in merged['parties']])
        self.assertIn({'item': 'party:v2', 'field': 'deleted', 'base': None, 'ours': 'deleted',
                       'theirs': 'edited'}, merged['conflicts'])

    def test_output_round_trips(self):
        self.merge(lambda p: item(p, 'P2-A-1').update(owner='v2'),
                   lambda p: item(p, 'P2-A-1').update(owner='hospital'), EXIT_CONFLICTS)
        out = self.path('out.buntan')
        result = run('normalize', out)
        self.assertIn('already in canonical form', result.stdout)

    def test_unreadable_input(self):
        out = self.path('out.buntan')
        result = run('merge', self.base_path, self.base_path, BROKEN, '-o', out)
        self.assertEqual(result.returncode, EXIT_FAILURE)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(run('merge', self.base_path, self.base_path, self.base_path).returncode,
                         2)


class GitTest(Scratch):
    """A real repository using the configuration the README shows."""

    def git(self, *args, check=True):
        result = subprocess.run(['git', *args], cwd=self.repo, capture_output=True, text=True,
                                encoding='utf-8', env=self.env, timeout=60)
        if check:
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        return result

    def setUp(self):
        super().setUp()
        if shutil.which('git') is None:
            self.skipTest('git is not installed')
        self.repo = self.path('repo')
        os.mkdir(self.repo)
        self.env = dict(os.environ, HOME=self.dir, GIT_CONFIG_NOSYSTEM='1', LANG='C.UTF-8',
                        LC_ALL='C.UTF-8', LANGUAGE='')
        self.git('init', '-q', '-b', 'main')
        self.git('config', 'user.name', 'Test')
        self.git('config', 'user.email', 'test@example.org')
        # As in the README, "Version control".
        with open(os.path.join(self.repo, '.gitattributes'), 'w') as f:
            f.write('*.buntan diff=buntan merge=buntan\n')
        self.git('config', 'diff.buntan.textconv', f'{CLI} diff --textconv')
        self.git('config', 'merge.buntan.name', 'Buntan project merge')
        self.git('config', 'merge.buntan.driver', f'{CLI} merge %O %A %B -o %A')
        self.project = os.path.join(self.repo, 'project.buntan')
        shutil.copy(self.base_path, self.project)
        self.git('add', '.')
        self.git('commit', '-q', '-m', 'base')

    def edit(self, change):
        project = self.load(self.project)
        change(project)
        with open(self.project, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False, indent=2)

    def commit_on(self, branch, change, start='main'):
        self.git('checkout', '-q', '-b', branch, start)
        self.edit(change)
        self.git('commit', '-q', '-am', branch)

    def test_diff_shows_the_change_list(self):
        self.edit(lambda p: item(p, 'P2-A-1').update(clause='第9条'))
        diff = self.git('diff').stdout.splitlines()
        self.assertIn('-P2-A-1 clause: 保守契約書 第12条（アクセス管理）', diff)
        self.assertIn('+P2-A-1 clause: 第9条', diff)
        # Only the changed field shows, not the file's reformatting.
        self.assertEqual(len([line for line in diff if line.startswith(('+P', '-P'))]), 2)

    def test_clean_merge(self):
        self.commit_on('ours', lambda p: item(p, 'P2-A-1').update(clause='第3条'))
        self.commit_on('theirs', lambda p: item(p, 'P2-A-1').update(note='相手の備考'), 'main')
        self.git('checkout', '-q', 'ours')
        merge = self.git('merge', '-q', '--no-edit', 'theirs', check=False)
        self.assertEqual(merge.returncode, 0, merge.stdout + merge.stderr)
        merged = self.load(self.project)
        self.assertEqual(item(merged, 'P2-A-1')['clause'], '第3条')
        self.assertEqual(item(merged, 'P2-A-1')['note'], '相手の備考')
        self.assertEqual(self.git('status', '--porcelain').stdout, '')

    def test_conflicting_merge(self):
        self.commit_on('ours', lambda p: item(p, 'P2-A-1').update(clause='第3条'))
        self.commit_on('theirs', lambda p: item(p, 'P2-A-1').update(clause='第4条'), 'main')
        self.git('checkout', '-q', 'ours')
        merge = self.git('merge', '-q', '--no-edit', 'theirs', check=False)
        self.assertNotEqual(merge.returncode, 0)
        self.assertIn('project.buntan', self.git('diff', '--name-only', '--diff-filter=U').stdout)
        merged = self.load(self.project)
        self.assertEqual(item(merged, 'P2-A-1')['clause'], '第3条')
        self.assertEqual(merged['conflicts'], [{'item': 'P2-A-1', 'field': 'clause',
                                                'base': '保守契約書 第12条（アクセス管理）',
                                                'ours': '第3条', 'theirs': '第4条'}])
        self.assertEqual(run('validate', self.project).returncode, 0)


class MergeIdsTest(Scratch):
    """Projects with different ids are two negotiations: refused unless --force."""

    def other_project(self):
        return self.variant('other.buntan', lambda p: p.update(
            id='0b5e4c1e-6f7a-4d2b-9c3e-2a1f0e9d8c7b'))

    def test_different_ids_refused(self):
        theirs = self.other_project()
        out = self.path('out.buntan')
        result = run('merge', self.base_path, self.base_path, theirs, '-o', out)
        self.assertEqual(result.returncode, EXIT_FAILURE, result.stderr)
        self.assertIn('base.buntan', result.stderr)
        self.assertIn('other.buntan', result.stderr)
        self.assertIn('0b5e4c1e-6f7a-4d2b-9c3e-2a1f0e9d8c7b', result.stderr)
        self.assertIn('--force', result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_force_merges(self):
        theirs = self.other_project()
        out = self.path('out.buntan')
        result = run('merge', '--force', self.base_path, self.base_path, theirs, '-o', out)
        self.assertEqual(result.returncode, EXIT_OK, result.stderr)
        # Identity is ours: the merged project is still the base's negotiation.
        self.assertEqual(self.load(out)['id'], self.base['id'])


GROUPS = {'diff': DiffTest, 'merge': MergeTest, 'git': GitTest, 'merge-ids': MergeIdsTest}

if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    sys.exit(buntan_tap.run_cases(GROUPS[sys.argv[2]]))
