#!/usr/bin/python3
# test-versions-rounds.py — versions merged by number, withdraw, renewal rounds, the cover's 第N版
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-versions-rounds.py BUNTAN-CLI
#
# What buntan-cli writes is read back with Python's json module, the cover
# with openpyxl (Debian's, hence /usr/bin/python3), and merges also go
# through a real git repository configured as the README says.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import openpyxl

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
COMPLETE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cli-complete.buntan')

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CONFLICTS = 0, 1, 2, 5

CLI = None


def run(*args, cwd=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60, cwd=cwd)


def item(project, item_id):
    return next(i for i in project['items'] if i['id'] == item_id)


def check_of(entry, party_id):
    return next((c for c in entry.get('checks', []) if c['party'] == party_id), None)


class Scratch(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='buntan-versions-rounds-')
        self.project = self.path('project.buntan')
        shutil.copy(COMPLETE, self.project)
        self.ok('normalize', self.project)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def ok(self, *args):
        result = run(*args)
        self.assertEqual(result.returncode, EXIT_OK, result.stdout + result.stderr)
        return result

    @staticmethod
    def load(path):
        with open(path, encoding='utf-8') as f:
            return json.load(f)

    def edit(self, path, change):
        project = self.load(path)
        change(project)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False, indent=2)

    def copy(self, name):
        target = self.path(name)
        shutil.copy(self.project, target)
        return target


class MergeTest(Scratch):
    """`versions` merge by number, never as a set of records."""

    def setUp(self):
        super().setUp()
        self.ok('agree', self.project, '--date', '2026-04-01')
        self.base = self.copy('base.buntan')
        self.ours = self.copy('ours.buntan')
        self.theirs = self.copy('theirs.buntan')
        self.out = self.path('out.buntan')

    def merge(self, status):
        result = run('merge', self.base, self.ours, self.theirs, '-o', self.out)
        self.assertEqual(result.returncode, status, result.stdout + result.stderr)
        self.ok('validate', self.out)
        return self.load(self.out)

    def test_withdrawal_on_one_side_gives_one_withdrawn_version(self):
        self.ok('withdraw', self.theirs, '--version', '1', '--reason', '署名前に誤りが判明',
                '--date', '2026-05-01')
        self.edit(self.ours, lambda p: item(p, 'P2-A-1').update(note='こちらの備考'))
        merged = self.merge(EXIT_OK)
        self.assertEqual(len(merged['versions']), 1)
        self.assertEqual(merged['versions'][0]['number'], 1)
        self.assertEqual(merged['versions'][0]['withdrawn'],
                         {'date': '2026-05-01', 'reason': '署名前に誤りが判明'})
        self.assertEqual(item(merged, 'P2-A-1')['note'], 'こちらの備考')
        self.assertNotIn('conflicts', merged)

    def test_withdrawn_differently_on_both_sides(self):
        self.ok('withdraw', self.ours, '--version', '1', '--reason', 'こちらの理由',
                '--date', '2026-05-01')
        self.ok('withdraw', self.theirs, '--version', '1', '--reason', '相手の理由',
                '--date', '2026-05-02')
        merged = self.merge(EXIT_CONFLICTS)
        self.assertEqual(merged['versions'][0]['withdrawn']['reason'], 'こちらの理由')
        self.assertEqual(merged['conflicts'], [{
            'item': 'version:1', 'field': 'withdrawn', 'base': None,
            'ours': {'date': '2026-05-01', 'reason': 'こちらの理由'},
            'theirs': {'date': '2026-05-02', 'reason': '相手の理由'}}])

    def test_one_number_agreed_on_both_sides_is_a_conflict(self):
        self.edit(self.ours, lambda p: item(p, 'P2-A-1').update(clause='第3条'))
        self.ok('agree', self.ours, '--date', '2026-06-01', '--note', 'こちら')
        self.edit(self.theirs, lambda p: item(p, 'P2-C-1').update(note='相手の備考'))
        self.ok('agree', self.theirs, '--date', '2026-06-02', '--note', '相手')
        theirs_version = self.load(self.theirs)['versions'][1]
        merged = self.merge(EXIT_CONFLICTS)
        # Ours stays 第2版; theirs is kept whole in the conflict, not renumbered.
        self.assertEqual([v['number'] for v in merged['versions']], [1, 2])
        self.assertEqual(merged['versions'][1]['note'], 'こちら')
        conflicts = [c for c in merged['conflicts'] if c['item'] == 'version:2']
        self.assertEqual(len(conflicts), 1)
        self.assertEqual(conflicts[0]['field'], 'version')
        self.assertIsNone(conflicts[0]['base'])
        self.assertEqual(conflicts[0]['ours']['note'], 'こちら')
        self.assertEqual(conflicts[0]['theirs'], theirs_version)
        # Both edits themselves merged.
        self.assertEqual(item(merged, 'P2-A-1')['clause'], '第3条')
        self.assertEqual(item(merged, 'P2-C-1')['note'], '相手の備考')

    def test_versions_agreed_on_one_side_and_kept(self):
        self.edit(self.theirs, lambda p: item(p, 'P2-A-1').update(clause='第3条'))
        self.ok('agree', self.theirs, '--date', '2026-06-02')
        merged = self.merge(EXIT_OK)
        self.assertEqual([v['number'] for v in merged['versions']], [1, 2])
        self.assertEqual(merged['versions'][1], self.load(self.theirs)['versions'][1])

    def test_rounds_merge_by_number(self):
        self.ok('round', self.ours, '--parties', 'v1', '--date', '2027-03-01')
        self.ok('round', self.theirs, '--parties', 'v2', '--date', '2027-03-02')
        merged = self.merge(EXIT_CONFLICTS)
        self.assertEqual(merged['rounds'], self.load(self.ours)['rounds'])
        round_conflicts = [c for c in merged['conflicts'] if c['item'] == 'round:1']
        self.assertEqual([(c['field'], c['theirs']['parties']) for c in round_conflicts],
                         [('round', ['v2'])])

    def test_round_on_one_side_is_taken(self):
        self.ok('round', self.theirs, '--parties', 'v1', '--date', '2027-03-02')
        merged = self.merge(EXIT_OK)
        self.assertEqual(merged['rounds'], self.load(self.theirs)['rounds'])
        self.assertEqual(item(merged, 'P2-A-1')['status'], 'discussing')


class GitTest(Scratch):
    """Two administrators each agree 第2版 on their own branch."""

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
        with open(os.path.join(self.repo, '.gitattributes'), 'w') as f:
            f.write('*.buntan diff=buntan merge=buntan\n')
        self.git('config', 'diff.buntan.textconv', f'{CLI} diff --textconv')
        self.git('config', 'merge.buntan.name', 'Buntan project merge')
        self.git('config', 'merge.buntan.driver', f'{CLI} merge %O %A %B -o %A')
        self.file = os.path.join(self.repo, 'project.buntan')
        shutil.copy(self.project, self.file)
        self.ok('agree', self.file, '--date', '2026-04-01')
        self.git('add', '.')
        self.git('commit', '-q', '-m', 'base')

    def agree_on(self, branch, item_id, clause, date):
        self.git('checkout', '-q', '-b', branch, 'main')
        self.edit(self.file, lambda p: item(p, item_id).update(clause=clause))
        self.ok('agree', self.file, '--date', date)
        self.git('commit', '-q', '-am', branch)

    def test_two_versions_with_one_number(self):
        self.agree_on('ours', 'P2-A-1', '第3条', '2026-06-01')
        self.agree_on('theirs', 'P2-C-1', '第4条', '2026-06-02')
        self.git('checkout', '-q', 'ours')
        merge = self.git('merge', '-q', '--no-edit', 'theirs', check=False)
        self.assertNotEqual(merge.returncode, 0)
        self.assertIn('project.buntan', self.git('diff', '--name-only', '--diff-filter=U').stdout)
        merged = self.load(self.file)
        self.assertEqual([(v['number'], v['agreed']) for v in merged['versions']],
                         [(1, '2026-04-01'), (2, '2026-06-01')])
        self.assertEqual([(c['item'], c['field'], c['theirs']['agreed'])
                          for c in merged['conflicts']], [('version:2', 'version', '2026-06-02')])
        self.ok('validate', self.file)


class WithdrawTest(Scratch):
    def test_withdraw(self):
        self.ok('agree', self.project, '--date', '2026-04-01')
        out = self.path('out.buntan')
        before = open(self.project, encoding='utf-8').read()
        result = self.ok('withdraw', self.project, '--version', '1', '--reason', '誤記',
                         '--date', '2026-04-10', '-o', out)
        self.assertIn('Withdrawn: 誤記 (2026-04-10)', result.stdout)
        self.assertEqual(open(self.project, encoding='utf-8').read(), before)
        version = self.load(out)['versions'][0]
        self.assertEqual(version['withdrawn'], {'date': '2026-04-10', 'reason': '誤記'})
        listed = json.loads(self.ok('versions', '--json', out).stdout)['versions']
        self.assertEqual([(v['number'], v['withdrawn'], v['withdrawn_reason']) for v in listed],
                         [(1, True, '誤記')])
        # Twice, or a version that does not exist: refused, the file untouched.
        again = run('withdraw', out, '--version', '1', '--reason', 'もう一度')
        self.assertEqual(again.returncode, EXIT_FAILURE)
        self.assertIn('out.buntan', again.stderr)
        self.assertEqual(run('withdraw', out, '--version', '7', '--reason', 'x').returncode,
                         EXIT_FAILURE)

    def test_usage(self):
        self.assertEqual(run('withdraw', self.project, '--reason', 'x').returncode, EXIT_USAGE)
        self.assertEqual(run('withdraw', self.project, '--version', '1').returncode, EXIT_USAGE)
        self.assertEqual(run('withdraw', self.project, '--version', '1', '--reason',
                             '  ').returncode, EXIT_USAGE)
        self.assertIn('withdraw', self.ok('--help').stdout)

    def test_diff_usage_shows_the_version_form(self):
        usage = self.ok('diff', '--help').stdout.splitlines()[1]
        self.assertIn('OLD NEW', usage)
        self.assertIn('FILE --from-version N', usage)


class RoundTest(Scratch):
    def test_refused_without_a_version(self):
        before = open(self.project, encoding='utf-8').read()
        result = run('round', self.project, '--parties', 'v1')
        self.assertEqual(result.returncode, EXIT_FAILURE)
        self.assertIn('agree a version first', result.stderr)
        self.assertEqual(open(self.project, encoding='utf-8').read(), before)

    def test_bad_parties(self):
        self.ok('agree', self.project, '--date', '2026-04-01')
        self.assertEqual(run('round', self.project).returncode, EXIT_USAGE)
        for parties in ('hospital', 'nobody', 'v1,v1'):
            with self.subTest(parties=parties):
                self.assertEqual(run('round', self.project, '--parties', parties).returncode,
                                 EXIT_FAILURE)
        self.assertEqual(run('round', self.project, '--parties', 'v1', '--from-version',
                             '4').returncode, EXIT_FAILURE)

    def test_round_reopens_the_vendors_items_only(self):
        self.ok('agree', self.project, '--date', '2026-04-01')
        before = self.load(self.project)
        self.assertEqual(item(before, 'P2-A-1')['status'], 'agreed')
        self.assertEqual(check_of(item(before, 'P2-A-1'), 'v1')['first_check'],
                         {'result': 'no', 'date': '2026-10-05'})
        result = self.ok('round', self.project, '--parties', 'v1', '--date', '2027-03-01')
        self.assertIn('2027-03-01\tv1', result.stdout)
        after = self.load(self.project)

        renewed = item(after, 'P2-A-1')
        self.assertEqual(renewed['status'], 'discussing')
        # v1's check is unconfirmed again; its completion date, a fact, stays.
        check = check_of(renewed, 'v1')
        self.assertIn(check.get('first_check', {}).get('result', 'unset'), ('unset',))
        self.assertNotIn('date', check.get('first_check', {}))
        self.assertEqual(check.get('completed'), '2026-10-20')
        # What was agreed on it stays: owner, roles, clause.
        for field in ('owner', 'participants', 'clause', 'agreed_terms'):
            self.assertEqual(renewed.get(field), item(before, 'P2-A-1').get(field), field)
        # Items of the hospital alone, 対象外 items: untouched.
        for item_id in ('P1-A-1', 'P2-A-3', 'P2-C-1'):
            self.assertEqual(item(after, item_id), item(before, item_id), item_id)
        # The agreement is not lost: 第1版's snapshot still holds it.
        snapshot = after['versions'][0]['snapshot']
        self.assertEqual(item(snapshot, 'P2-A-1')['status'], 'agreed')

        self.assertEqual(after['rounds'], [{'number': 1, 'started': '2027-03-01',
                                            'parties': ['v1'], 'from_version': 1}])
        listed = json.loads(self.ok('versions', '--json', self.project).stdout)
        self.assertEqual(listed['rounds'], after['rounds'])
        self.ok('round', self.project, '--parties', 'v2,v1', '--date', '2028-03-01')
        self.assertEqual([r['number'] for r in self.load(self.project)['rounds']], [1, 2])

    def test_strict_reading(self):
        self.ok('agree', self.project, '--date', '2026-04-01')
        self.ok('round', self.project, '--parties', 'v1', '--date', '2027-03-01')
        bad = {
            'parties': ({'parties': ['ghost']}, 'ghost'),
            'hospital': ({'parties': ['hospital']}, 'hospital'),
            'from_version': ({'from_version': 9}, 'version 9'),
            'started': ({'started': '2027-02-30'}, 'started'),
            'number': ({'number': 0}, 'number'),
        }
        for name, (change, words) in bad.items():
            with self.subTest(name=name):
                path = self.path(f'bad-{name}.buntan')
                shutil.copy(self.project, path)
                self.edit(path, lambda p, change=change: p['rounds'][0].update(change))
                result = run('validate', path)
                self.assertEqual(result.returncode, EXIT_FAILURE, result.stdout)
                self.assertIn(f'bad-{name}.buntan', result.stderr)
                self.assertIn(words, result.stderr)
        twice = self.path('bad-twice.buntan')
        shutil.copy(self.project, twice)
        self.edit(twice, lambda p: p['rounds'].append(dict(p['rounds'][0])))
        self.assertIn('listed twice', run('validate', twice).stderr)


class CoverTest(Scratch):
    def cover_version(self, *args):
        workbook = self.path('out.xlsx')
        self.ok('export', self.project, '-o', workbook, *args)
        sheet = openpyxl.load_workbook(workbook).worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            if row[0] == '版数':
                agreed = row[3]
                if hasattr(agreed, 'strftime'):
                    agreed = agreed.strftime('%Y-%m-%d')
                return row[1], agreed, row[4]
        self.fail('no 版数 row on the cover')

    def test_cover_cites_the_latest_version(self):
        self.assertEqual(self.cover_version(), ('案', '未合意', None))
        self.ok('agree', self.project, '--date', '2026-04-01')
        self.assertEqual(self.cover_version(), ('第1版', '2026-04-01', None))
        self.assertEqual(self.cover_version('--vendor', 'v1'), ('第1版', '2026-04-01', None))

        self.edit(self.project, lambda p: item(p, 'P2-A-1').update(clause='第9条'))
        self.assertEqual(self.cover_version(),
                         ('第1版', '2026-04-01', '第1版の合意後に変更があります'))
        self.assertEqual(self.cover_version('--vendor', 'v1')[2], '第1版の合意後に変更があります')
        # P2-A-1 is not v2's: its appendix is still what 第1版 agreed.
        self.assertEqual(self.cover_version('--vendor', 'v2'), ('第1版', '2026-04-01', None))

        self.ok('agree', self.project, '--date', '2026-10-01')
        self.assertEqual(self.cover_version(), ('第2版', '2026-10-01', None))
        self.ok('withdraw', self.project, '--version', '2', '--reason', '誤記')
        self.assertEqual(self.cover_version(),
                         ('第1版', '2026-04-01', '第1版の合意後に変更があります'))


if __name__ == '__main__':
    CLI = os.path.abspath(sys.argv[1])
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(case)
                               for case in (MergeTest, GitTest, WithdrawTest, RoundTest,
                                            CoverTest))
    outcome = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if outcome.wasSuccessful() else 1)
