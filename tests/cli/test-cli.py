#!/usr/bin/python3
# test-cli.py — runs the built buntan-cli and checks exit statuses, messages and the files it writes
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli.py BUNTAN-CLI GROUP   (GROUP: one of the keys of GROUPS below)
#
# Every expectation is computed here from the files themselves, with Python's
# json module, and never taken from buntan-cli's own output.

import glob
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
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
TEMPLATE = os.path.join(SOURCE_ROOT, 'data', 'templates', 'buntan-default.json')
SCHEMA = os.path.join(SOURCE_ROOT, 'data', 'buntan-project.schema.json')
COMPLETE = os.path.join(DATA, 'cli-complete.buntan')
GAPS = os.path.join(DATA, 'cli-gaps.buntan')
RICH = os.path.join(DATA, 'cli-rich.buntan')

# Each broken fixture and the place its one error line must name.
BROKEN = {
    'cli-broken-empty.buntan': 'empty',
    'cli-broken-syntax.buntan': re.compile(r'line \d+, column \d+'),
    'cli-broken-status.buntan': 'item P2-A-2, status',
    'cli-broken-owner.buntan': 'item P2-A-1, owner',
    'cli-broken-newer.buntan': 'newer',
}

COMMANDS = ['new', 'validate', 'check', 'normalize', 'info', 'templates', 'checklists',
            'checklist-validate', 'checklist-import', 'export', 'diff',
            'merge', 'fingerprint', 'checklist-updates', 'versions', 'agree',
            'withdraw', 'round', 'questionnaire', 'import-answers', 'new-year']
STATUSES = ['open', 'discussing', 'agreed', 'not-applicable']
STATUS_LABELS = {'open': 'Not started', 'discussing': 'Under discussion', 'agreed': 'Agreed',
                 'not-applicable': 'Not applicable'}
GAP_PHRASES = {
    'no-owner': 'nobody is responsible for it yet',
    'agreed-without-owner': 'marked agreed, but nobody is responsible',
    'joint-too-few': 'fewer than two parties',
    'agreed-without-completion': 'has no completion date',
    'idle-vendor': 'is responsible for nothing',
    'each-too-few': 'fewer than two parties are named',
    'vendor-agreed-without-completion': 'that vendor has no completion date',
}
ITEMS = os.path.join(DATA, 'f2-items-valid.buntan')

CLI = None


def load(path):
    with open(path, encoding='utf-8-sig') as f:
        return json.load(f)


UUID = r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'


def read_bytes(path):
    with open(path, 'rb') as f:
        return f.read()


def run(*args, env=None):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60, env=env)


def expected_gaps(project):
    """The checks of DESIGN.md "Responsibility matrix", written again from the prose."""
    gaps = []
    items = project['items']
    for item in items:
        status = item['status']
        owner = item.get('owner')
        if status == 'not-applicable':
            continue
        if status == 'agreed' and owner is None:
            gaps.append(('agreed-without-owner', item['id']))
        elif item['part'] == 2 and owner is None:
            gaps.append(('no-owner', item['id']))
        if owner == 'joint' and len(item.get('participants', [])) < 2:
            gaps.append(('joint-too-few', item['id']))
        if owner == 'each' and len(item.get('participants', [])) < 2:
            gaps.append(('each-too-few', item['id']))
        first = item.get('first_check') or {}
        if status == 'agreed' and first.get('result') == 'no' and not item.get('completed'):
            gaps.append(('agreed-without-completion', item['id']))
        # Format 2: each vendor (◎ or ○ on a Part 2 item) that said no needs its own 完了日.
        if status == 'agreed' and item['part'] == 2:
            vendors = [p['id'] for p in project['parties'] if p['kind'] == 'vendor']
            confirming = [v for v in vendors
                          if v == owner or v in item.get('participants', [])]
            for check in item.get('checks', []):
                if (check['party'] in confirming and
                        (check.get('first_check') or {}).get('result') == 'no' and
                        not check.get('completed')):
                    gaps.append(('vendor-agreed-without-completion', item['id']))
    for party in project['parties']:
        if party['kind'] != 'vendor':
            continue
        involved = any(item['status'] != 'not-applicable' and
                       (item.get('owner') == party['id'] or
                        party['id'] in item.get('participants', []))
                       for item in items)
        if not involved:
            gaps.append(('idle-vendor', party['name']))
    return gaps


def migrated(project, written):
    """A v1 project as Buntan writes it back: version 2 with an id; the
    organization moves into a hospital party without a name and goes; a
    vendor's contract kind and renewal date become contract c1; the new
    members are written empty."""
    project = json.loads(json.dumps(project))
    organization = project.pop('organization', '')
    for party in project['parties']:
        party.setdefault('short_name', '')
        party.setdefault('address', '')
        party.setdefault('representative', '')
        kind = party.pop('contract', None)
        renewal = party.pop('renewal_date', None)
        if party['kind'] == 'hospital':
            if not party['name']:
                party['name'] = organization
            party['safety_manager'] = {'name': '', 'title': '',
                                       **party.get('safety_manager', {})}
            continue
        if 'contracts' not in party:
            party['contracts'] = []
            if kind is not None or renewal is not None:
                first = {'id': 'c1', 'kind': kind or 'other'}
                if renewal is not None:
                    first['renewal'] = renewal
                party['contracts'].append(first)
        party['contracts'] = [{'title': '', 'number': '', 'systems': [], **c}
                              for c in party['contracts']]
    if project['version'] == 1:
        project['version'] = 2
        project['id'] = written['id']
        migrate_checks(project)
    return project


def migrate_checks(project):
    """A v1 Part 2 item's first check and completion date become the check
    of each vendor ◎ or ○ on it, in the parties' order; the item keeps an
    unset first check."""
    vendors = [p['id'] for p in project['parties'] if p['kind'] == 'vendor']
    for item in project['items']:
        first = item.get('first_check', {})
        if item['part'] != 2 or (first.get('result', 'unset') == 'unset' and 'date' not in first
                                 and 'completed' not in item):
            continue
        involved = set(item.get('participants', [])) | {item.get('owner')}
        confirming = [v for v in vendors if v in involved]
        if not confirming:
            continue
        answer = {k: first[k] for k in ('result', 'date') if k in first}
        item['checks'] = [{'party': v, 'first_check': dict(answer),
                           **({'completed': item['completed']} if 'completed' in item else {})}
                          for v in confirming]
        item['first_check'] = {**{k: v for k, v in first.items() if k not in ('result', 'date')},
                               'result': 'unset'}
        item.pop('completed', None)


def hospital_name(project):
    """Format 2 keeps the hospital's name in its party; a v1 organization
    fills it only where the party has none."""
    hospital = next(p for p in project['parties'] if p['kind'] == 'hospital')
    return hospital['name'] or project.get('organization', '')


def expected_party(party, shown):
    """What info --json says of a party: the file's members, with a v1
    contract kind and renewal date as the first contract. The short name
    shown is the stored one, else one derived from the name (checked on
    its own in test_short_names)."""
    expected = {'id': party['id'], 'kind': party['kind'], 'name': party['name'],
                'short_name': party.get('short_name') or shown['short_name'],
                'service': party.get('service', ''), 'address': party.get('address', ''),
                'representative': party.get('representative', '')}
    if party['kind'] == 'hospital':
        manager = party.get('safety_manager', {})
        expected['safety_manager'] = {'name': manager.get('name', ''),
                                      'title': manager.get('title', ''),
                                      'appointed': manager.get('appointed')}
        return expected
    contracts = party.get('contracts')
    if contracts is None:
        contracts = []
        if 'contract' in party or 'renewal_date' in party:
            contracts = [{'id': 'c1', 'kind': party.get('contract', 'other'),
                          'renewal': party.get('renewal_date')}]
    expected['contracts'] = [{'id': c['id'], 'kind': c.get('kind', 'other'),
                              'title': c.get('title', ''), 'number': c.get('number', ''),
                              'signed': c.get('signed'), 'start': c.get('start'),
                              'end': c.get('end'), 'renewal': c.get('renewal'),
                              'systems': c.get('systems', [])} for c in contracts]
    return expected


def expected_counts(project, part=None):
    # HACKING.md, "Counting rules": a party leads what it owns and the joint
    # items it shares; 未定 leaves 対象外 items out.
    items = [i for i in project['items'] if part is None or i['part'] == part]
    owners = {p['id']: 0 for p in project['parties']}
    supporting = {p['id']: 0 for p in project['parties']}
    informed = {p['id']: 0 for p in project['parties']}
    joint = undecided = each = 0
    for item in items:
        owner = item.get('owner')
        participants = item.get('participants', [])
        if owner is None:
            if item['status'] != 'not-applicable':
                undecided += 1
        elif owner == 'joint':
            joint += 1
        elif owner == 'each':
            each += 1
        else:
            owners[owner] += 1
        for party in participants:
            if party == owner:
                continue
            if owner in ('joint', 'each'):
                owners[party] += 1
            else:
                supporting[party] += 1
        for party in item.get('informed', []):
            if party != owner and party not in participants:
                informed[party] += 1
    return {
        'total': len(items),
        'by_status': {s: sum(1 for i in items if i['status'] == s) for s in STATUSES},
        'by_owner': {'parties': owners, 'joint': joint, 'undecided': undecided, 'each': each},
        'supporting': supporting,
        'informed': informed,
    }


class CliTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='buntan-cli-test-')

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def copy(self, source, name=None):
        target = self.path(name or os.path.basename(source))
        shutil.copyfile(source, target)
        return target

    def assertExit(self, result, status):
        self.assertEqual(result.returncode, status,
                         f'exit {result.returncode}, expected {status}\n'
                         f'stdout: {result.stdout}\nstderr: {result.stderr}')

    def assertUsageError(self, result, command=None):
        self.assertExit(result, 2)
        self.assertEqual(result.stdout, '')
        usage = 'Usage: buntan-cli ' + (command + ' ' if command else '')
        self.assertIn(usage, result.stderr)
        prefix = 'buntan-cli ' + command + ': ' if command else 'buntan-cli: '
        self.assertTrue(result.stderr.startswith(prefix), result.stderr)

    def assertSchemaValid(self, path):
        import jsonschema
        jsonschema.validate(load(path), load(SCHEMA))


class UsageTest(CliTestCase):
    def test_no_command(self):
        self.assertUsageError(run())

    def test_unknown_command(self):
        result = run('frobnicate')
        self.assertUsageError(result)
        self.assertIn('“frobnicate”', result.stderr)

    def test_unknown_top_level_option(self):
        self.assertUsageError(run('--frobnicate'))

    def test_unknown_option_of_each_command(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                result = run(command, '--no-such-option', SAMPLE)
                self.assertUsageError(result, command)
                self.assertIn('--no-such-option', result.stderr)

    def test_missing_arguments(self):
        for command in ['validate', 'check', 'normalize', 'info', 'export']:
            with self.subTest(command=command):
                self.assertUsageError(run(command), command)

    def test_too_many_arguments(self):
        for args in [['check', SAMPLE, SAMPLE], ['info', SAMPLE, SAMPLE],
                     ['normalize', SAMPLE, SAMPLE], ['templates', 'extra'],
                     ['new', 'extra', '-o', self.path('x.buntan')],
                     ['export', SAMPLE, SAMPLE, '-o', self.path('x.xlsx')]]:
            with self.subTest(args=args):
                self.assertUsageError(run(*args), args[0])
        self.assertFalse(os.path.exists(self.path('x.buntan')))

    def test_missing_output(self):
        self.assertUsageError(run('new', '--title', 'x'), 'new')
        self.assertUsageError(run('export', SAMPLE), 'export')

    def test_option_without_value(self):
        self.assertUsageError(run('new', '-o'), 'new')

    def test_top_level_help(self):
        for flag in ['--help', '-h', 'help']:
            with self.subTest(flag=flag):
                result = run(flag)
                self.assertExit(result, 0)
                self.assertEqual(result.stderr, '')
                self.assertTrue(result.stdout.startswith('Usage:'))
                listed = re.findall(r'^  (?!buntan-cli )([a-z][a-z-]*) ', result.stdout,
                                    re.MULTILINE)
                self.assertEqual(listed, COMMANDS)
                self.assertIn('3 when', result.stdout)

    def test_top_level_help_aligns_the_summaries(self):
        # Every summary starts in one column, at least two spaces after the
        # longest name (checklist-validate once touched its summary).
        lines = run('--help').stdout.split('Commands:\n')[1].split('Exit status:')[0]
        rows = [line for line in lines.splitlines() if line.startswith('  ')]
        self.assertEqual(len(rows), len(COMMANDS) + 2, rows)
        # A name ("-h, --help" too) holds no two spaces in a row.
        parts = [re.match(r'  (.+?)( {2,})(\S.*)', row) for row in rows]
        self.assertNotIn(None, parts, rows)
        columns = {part.start(3) for part in parts}
        self.assertEqual(len(columns), 1, rows)

    def test_command_help(self):
        for command in COMMANDS:
            for flag in ['--help', '-h']:
                with self.subTest(command=command, flag=flag):
                    result = run(command, flag)
                    self.assertExit(result, 0)
                    self.assertEqual(result.stderr, '')
                    self.assertTrue(result.stdout.startswith('Usage:\n  buntan-cli ' + command),
                                    result.stdout)
                    self.assertIn('Exit status:', result.stdout)
            with self.subTest(command=command, form='help COMMAND'):
                self.assertEqual(run('help', command).stdout, run(command, '--help').stdout)

    def test_help_names_the_options(self):
        expected = {'new': ['--template', '--title', '--organization', '--output', '--force'],
                    'normalize': ['--output'], 'info': ['--json'],
                    'export': ['--output', '--include-part1']}
        for command, options in expected.items():
            text = run(command, '--help').stdout
            for option in options:
                self.assertIn(option, text, command)

    def test_info_help_documents_json(self):
        text = run('info', '--help').stdout
        for key in ['"file"', '"parties"', '"items"', '"parts"', '"total"', '"by_status"',
                    '"by_owner"', '"joint"', '"undecided"', '"not-applicable"']:
            self.assertIn(key, text)

    def test_help_of_unknown_command(self):
        self.assertUsageError(run('help', 'frobnicate'))

    def test_version(self):
        with open(os.path.join(SOURCE_ROOT, 'meson.build'), encoding='utf-8') as f:
            version = re.search(r"version: '([^']+)'", f.read()).group(1)
        result = run('--version')
        self.assertExit(result, 0)
        self.assertEqual(result.stdout, f'buntan-cli {version}\n')


class NewTest(CliTestCase):
    def test_new_project(self):
        out = self.path('新規 project.buntan')
        result = run('new', '--title', '電子カルテ更新 🎉', '--organization', 'さくら病院', '-o', out)
        self.assertExit(result, 0)
        self.assertIn(out, result.stdout)
        self.assertEqual(result.stderr, '')

        project = load(out)
        template = load(TEMPLATE)
        self.assertEqual(project['format'], 'buntan-project')
        self.assertEqual(project['version'], 2)
        self.assertRegex(project['id'], UUID)
        self.assertEqual(project['title'], '電子カルテ更新 🎉')
        # The hospital's name has one home: its party.
        self.assertNotIn('organization', project)
        self.assertEqual(project['template'], {'id': template['id'],
                                               'version': template['template_version']})
        self.assertEqual(len(project['items']), 53)  # 19 in Part 1, 34 in Part 2 (2026.12-1)
        self.assertEqual([i['id'] for i in project['items']], [i['id'] for i in template['items']])
        self.assertEqual([i['title'] for i in project['items']],
                         [i['title'] for i in template['items']])
        self.assertTrue(all(i['status'] == 'open' and i.get('owner') is None
                            for i in project['items']))
        self.assertEqual([(p['id'], p['kind'], p['name']) for p in project['parties']],
                         [('hospital', 'hospital', 'さくら病院')])
        self.assertSchemaValid(out)
        self.assertExit(run('validate', out), 0)

    def test_utf8_arguments_in_any_locale(self):
        out = self.path('p.buntan')
        result = run('new', '--title', '電子カルテ 🎉', '--organization', 'さくら病院', '-o', out,
                     env=dict(os.environ, LC_ALL='C'))
        self.assertExit(result, 0)
        self.assertEqual(load(out)['title'], '電子カルテ 🎉')
        self.assertEqual(load(out)['parties'][0]['name'], 'さくら病院')

    def test_explicit_template(self):
        out = self.path('p.buntan')
        self.assertExit(run('new', '--template', 'buntan-default', '--output', out), 0)
        self.assertEqual(len(load(out)['items']), 53)
        self.assertEqual(load(out)['title'], '')

    def test_refuses_existing_file(self):
        out = self.path('existing.buntan')
        shutil.copyfile(SAMPLE, out)
        before = read_bytes(out)
        result = run('new', '--title', 'x', '-o', out)
        self.assertExit(result, 1)
        self.assertTrue(result.stderr.startswith(out + ': '), result.stderr)
        self.assertIn('--force', result.stderr)
        self.assertEqual(read_bytes(out), before)

    def test_force_replaces(self):
        out = self.copy(SAMPLE, 'existing.buntan')
        self.assertExit(run('new', '--force', '--title', '置き換え', '-o', out), 0)
        project = load(out)
        self.assertEqual(project['title'], '置き換え')
        self.assertEqual(len(project['parties']), 1)

    def test_unknown_template(self):
        out = self.path('p.buntan')
        result = run('new', '-t', 'no-such-template', '-o', out)
        self.assertExit(result, 1)
        self.assertIn('no-such-template', result.stderr)
        self.assertRegex(result.stderr, r'Available templates: .*buntan-default')
        self.assertFalse(os.path.exists(out))

    def test_unwritable_folder(self):
        out = self.path('missing-folder/p.buntan')
        result = run('new', '-o', out)
        self.assertExit(result, 1)
        self.assertTrue(result.stderr.startswith(out + ': '), result.stderr)
        self.assertEqual(os.listdir(self.tmp), [])


class ValidateTest(CliTestCase):
    def test_good_files(self):
        result = run('validate', SAMPLE, COMPLETE, GAPS, RICH)
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, '')
        self.assertEqual(result.stdout, '4 project files checked: all can be opened.\n')

    def test_one_good_file(self):
        result = run('validate', SAMPLE)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout, '1 project file checked: it can be opened.\n')

    def test_each_broken_file(self):
        for name, place in BROKEN.items():
            with self.subTest(name=name):
                path = os.path.join(DATA, name)
                before = read_bytes(path)
                result = run('validate', path)
                self.assertExit(result, 1)
                lines = result.stderr.splitlines()
                self.assertEqual(len(lines), 1, result.stderr)
                self.assertTrue(lines[0].startswith(path + ': '), lines[0])
                if isinstance(place, str):
                    self.assertIn(place, lines[0])
                else:
                    self.assertRegex(lines[0], place)
                self.assertEqual(result.stdout, '1 project file checked: 1 cannot be opened.\n')
                self.assertEqual(read_bytes(path), before)

    def test_several_files(self):
        broken = [os.path.join(DATA, name) for name in BROKEN]
        missing = self.path('missing.buntan')
        result = run('validate', SAMPLE, *broken, COMPLETE, missing)
        self.assertExit(result, 1)
        lines = result.stderr.splitlines()
        self.assertEqual(len(lines), len(broken) + 1, result.stderr)
        for line, path in zip(lines, broken + [missing]):
            self.assertTrue(line.startswith(path + ': '), line)
        self.assertEqual(result.stdout, f'{len(broken) + 3} project files checked: '
                                        f'{len(broken) + 1} cannot be opened.\n')

    def test_relative_path(self):
        result = subprocess.run([CLI, 'validate', 'cli-broken-status.buntan'], cwd=DATA,
                                capture_output=True, text=True)
        self.assertExit(result, 1)
        self.assertIn('cli-broken-status.buntan: item P2-A-2, status: ', result.stderr)


class CheckTest(CliTestCase):
    def check_gaps(self, path):
        expected = expected_gaps(load(path))
        result = run('check', path)
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), len(expected), result.stdout)
        # Item gaps in item order, then idle vendors; each line starts with the
        # item's id or the vendor's name.
        for line, (rule, name) in zip(lines, expected):
            self.assertTrue(line.startswith(name + ' '), line)
            self.assertIn(GAP_PHRASES[rule], line)
        return result, expected

    def test_sample_has_gaps(self):
        result, expected = self.check_gaps(SAMPLE)
        self.assertExit(result, 3)
        self.assertEqual(result.stderr, '')
        self.assertIn(('no-owner', 'P2-A-7'), expected)
        self.assertIn('P2-A-7 ', result.stdout)

    def test_every_rule(self):
        result, expected = self.check_gaps(GAPS)
        self.assertExit(result, 3)
        # The known answer for this fixture, so that the oracle above is checked too.
        self.assertEqual(expected, [
            ('agreed-without-owner', 'P1-A-1'),
            ('no-owner', 'P2-A-1'),
            ('agreed-without-owner', 'P2-A-2'),
            ('joint-too-few', 'P2-A-3'),
            ('agreed-without-completion', 'P2-A-4'),
            ('idle-vendor', '株式会社ちりぬる開発'),
            ('idle-vendor', '有限会社をわか通信'),
        ])

    def test_warnings_do_not_change_the_status(self):
        # v2 has a check on P2-A-1 but is only △ there: a stale check.
        result = run('check', ITEMS)
        self.assertExit(result, 0)
        lines = result.stdout.splitlines()
        self.assertIn('No gaps', lines[0])
        self.assertEqual(len(lines), 2, result.stdout)
        self.assertTrue(lines[1].startswith('warning: P2-A-1 '), lines[1])
        self.assertIn('株式会社B', lines[1])
        info = json.loads(run('info', '--json', ITEMS).stdout)
        self.assertEqual([(w['kind'], w['item'], w['party']) for w in info['warnings']],
                         [('stale-check', 'P2-A-1', 'v2')])
        self.assertEqual(info['warnings'][0]['message'], lines[1][len('warning: '):])

        # The same file with v1's 完了日 gone: a gap of v1, exit 3, the warning still shown.
        project = load(ITEMS)
        del project['items'][1]['checks'][0]['completed']
        with tempfile.TemporaryDirectory(prefix='buntan-cli-test-') as tmp:
            path = os.path.join(tmp, 'vendor-gap.buntan')
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(project, f, ensure_ascii=False)
            self.assertEqual(expected_gaps(project),
                             [('vendor-agreed-without-completion', 'P2-A-1')])
            result = run('check', path)
            self.assertExit(result, 3)
            lines = result.stdout.splitlines()
            self.assertTrue(lines[0].startswith('P2-A-1 '), lines[0])
            self.assertIn('株式会社A', lines[0])
            self.assertTrue(lines[1].startswith('warning: '), lines[1])

    def test_contract_warnings(self):
        # P2-A-1 led by v1 (maintenance) now concerns the cloud only; v2 loses its contract.
        project = load(ITEMS)
        project['items'][1]['applies_to'] = ['cloud']
        del project['parties'][2]['contract']
        with tempfile.TemporaryDirectory(prefix='buntan-cli-test-') as tmp:
            path = os.path.join(tmp, 'contracts.buntan')
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(project, f, ensure_ascii=False)
            result = run('check', path)
            info = json.loads(run('info', '--json', path).stdout)
        self.assertExit(result, 0)
        lines = result.stdout.splitlines()
        self.assertIn('No gaps', lines[0])
        self.assertEqual([(w['kind'], w['item'], w['party']) for w in info['warnings']],
                         [('stale-check', 'P2-A-1', 'v2'),
                          ('lead-outside-contracts', 'P2-A-1', 'v1'),
                          ('vendor-without-contract', None, 'v2')])
        self.assertEqual(lines[1:], ['warning: ' + w['message'] for w in info['warnings']])
        self.assertTrue(lines[2].startswith('warning: P2-A-1 '), lines[2])
        self.assertIn('株式会社A', lines[2])
        self.assertIn('株式会社B', lines[3])

    def test_no_gaps(self):
        self.assertEqual(expected_gaps(load(COMPLETE)), [])
        result = run('check', COMPLETE)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout.count('\n'), 1)
        self.assertIn('No gaps', result.stdout)

    def test_unreadable(self):
        for path in [os.path.join(DATA, 'cli-broken-status.buntan'), self.path('missing.buntan')]:
            with self.subTest(path=path):
                result = run('check', path)
                self.assertExit(result, 1)
                self.assertEqual(result.stdout, '')
                self.assertTrue(result.stderr.startswith(path + ': '), result.stderr)


class NormalizeTest(CliTestCase):
    KNOWN_TOP = ['format', 'version', 'id', 'title', 'created', 'modified', 'template', 'parties',
                 'items']

    def test_in_place(self):
        path = self.copy(RICH)
        original = load(RICH)
        result = run('normalize', path)
        self.assertExit(result, 0)
        backup = os.path.join(os.path.dirname(path), 'cli-rich.v1.buntan')
        self.assertEqual(result.stdout, f'{path}: written in canonical form\n'
                         f'{path}: the file of the older format was kept as {backup}\n')
        self.assertEqual(read_bytes(backup), read_bytes(RICH))
        normalized = load(path)

        # Every value and every unknown key, anywhere, survives; modified is untouched.
        self.assertRegex(normalized['id'], UUID)
        self.assertEqual(normalized, migrated(original, normalized))
        self.assertEqual(normalized['modified'], '2026-11-20T18:05:00+09:00')
        # Known keys in the format's order, unknown ones after them in their own order.
        self.assertEqual(list(normalized), self.KNOWN_TOP + ['x-hospital-code', 'x_meta',
                                                             'x-trailer'])
        self.assertEqual(list(normalized['parties'][1])[-1], 'x-tags')
        self.assertEqual(list(normalized['items'][0])[-2:], ['x-review', 'x-score'])
        self.assertEqual(normalized['items'][1]['x-big'], 9007199254740993)
        self.assertSchemaValid(path)

    def test_idempotent(self):
        path = self.copy(RICH)
        self.assertExit(run('normalize', path), 0)
        first = read_bytes(path)
        self.assertNotEqual(first, read_bytes(RICH))
        mtime = os.stat(path).st_mtime_ns
        result = run('normalize', path)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout, f'{path}: already in canonical form\n')
        self.assertEqual(read_bytes(path), first)
        self.assertEqual(os.stat(path).st_mtime_ns, mtime)

        out = self.path('again.buntan')
        self.assertExit(run('normalize', path, '-o', out), 0)
        self.assertEqual(read_bytes(out), first)

    def test_output(self):
        source = self.copy(RICH)
        out = self.path('out.buntan')
        result = run('normalize', source, '--output', out)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout, f'{out}: written in canonical form\n')
        self.assertEqual(read_bytes(source), read_bytes(RICH))
        self.assertEqual(load(out), migrated(load(RICH), load(out)))
        # Writing elsewhere leaves the older file as it is: no copy is kept.
        self.assertEqual(sorted(os.listdir(os.path.dirname(source))),
                         sorted([os.path.basename(source), 'out.buntan']))

        in_place = self.copy(RICH, 'in-place.buntan')
        self.assertExit(run('normalize', in_place), 0)
        self.assertEqual(read_bytes(out), read_bytes(in_place))

    def test_bom_and_crlf(self):
        text = read_bytes(RICH).replace(b'\n', b'\r\n')
        variant = self.path('crlf.buntan')
        with open(variant, 'wb') as f:
            f.write(b'\xef\xbb\xbf' + text)
        plain = self.copy(RICH, 'plain.buntan')
        self.assertExit(run('normalize', variant), 0)
        self.assertExit(run('normalize', plain), 0)
        self.assertEqual(read_bytes(variant), read_bytes(plain))

    def test_every_fixture_round_trips(self):
        for source in [SAMPLE, COMPLETE, GAPS]:
            with self.subTest(source=source):
                out = self.path('out.buntan')
                self.assertExit(run('normalize', source, '-o', out), 0)
                self.assertEqual(load(out), migrated(load(source), load(out)))
                self.assertSchemaValid(out)

    def test_broken_file_untouched(self):
        path = self.copy(os.path.join(DATA, 'cli-broken-owner.buntan'))
        before = read_bytes(path)
        result = run('normalize', path)
        self.assertExit(result, 1)
        self.assertTrue(result.stderr.startswith(path + ': item P2-A-1, owner: '), result.stderr)
        self.assertEqual(read_bytes(path), before)
        self.assertEqual(os.listdir(self.tmp), [os.path.basename(path)])

    def test_unwritable_output(self):
        out = self.path('missing-folder/out.buntan')
        result = run('normalize', RICH, '-o', out)
        self.assertExit(result, 1)
        self.assertTrue(result.stderr.startswith(out + ': '), result.stderr)


class InfoTest(CliTestCase):
    def test_json_matches_the_file(self):
        for source in [SAMPLE, COMPLETE, GAPS, RICH, ITEMS]:
            with self.subTest(source=source):
                project = load(source)
                result = run('info', source, '--json')
                self.assertExit(result, 0)
                self.assertEqual(result.stderr, '')
                info = json.loads(result.stdout)
                self.assertEqual(list(info), ['file', 'title', 'organization', 'created',
                                              'modified', 'template', 'parties', 'items', 'parts',
                                              'warnings'])
                self.assertEqual(info['file'], source)
                for key in ['title', 'created', 'modified', 'template']:
                    self.assertEqual(info[key], project.get(key), key)
                self.assertEqual(info['organization'], hospital_name(project))
                self.assertEqual(info['parties'],
                                 [expected_party(p, shown)
                                  for p, shown in zip(project['parties'], info['parties'])])
                # Every gap counts in the total; a Part counts its items with a gap.
                gaps = expected_gaps(project)
                by_id = {i['id']: i for i in project['items']}
                self.assertEqual(info['items'].pop('gaps'), len(gaps))
                for part in ('1', '2'):
                    self.assertEqual(info['parts'][part].pop('gaps'),
                                     len({g[1] for g in gaps if g[1] in by_id and
                                          by_id[g[1]]['part'] == int(part)}))
                self.assertEqual(info['items'], expected_counts(project))
                self.assertEqual(info['parts'], {'1': expected_counts(project, 1),
                                                 '2': expected_counts(project, 2)})

    def test_utf8_in_any_locale(self):
        # GLib would convert output to the locale's charset (question marks
        # under LC_ALL=C); the project's texts must come out as they are.
        env = dict(os.environ, LC_ALL='C')
        project = load(RICH)
        result = run('info', '--json', RICH, env=env)
        self.assertExit(result, 0)
        info = json.loads(result.stdout)
        self.assertEqual(info['title'], project['title'])
        self.assertEqual([p['name'] for p in info['parties']],
                         [p['name'] for p in project['parties']])
        result = run('info', RICH, env=env)
        self.assertIn('Title: ' + project['title'] + '\n', result.stdout)
        result = run('check', GAPS, env=env)
        self.assertIn('株式会社ちりぬる開発 ', result.stdout)

    def test_sample_figures(self):
        # A known answer, so that expected_counts() is checked too.
        info = json.loads(run('info', '--json', SAMPLE).stdout)
        self.assertEqual(info['items']['total'], 49)
        self.assertEqual(info['parts']['1']['total'] + info['parts']['2']['total'], 49)
        self.assertEqual(sum(info['items']['by_status'].values()), 49)
        by_owner = info['items']['by_owner']
        # Sharers of a joint item each lead it, so the leads add up to more
        # than the owned items.
        self.assertGreaterEqual(sum(by_owner['parties'].values()) + by_owner['undecided'], 49 -
                                info['items']['by_status']['not-applicable'])
        self.assertGreater(by_owner['undecided'], 0)
        self.assertGreater(by_owner['joint'], 0)

    def test_hospital_name_from_party(self):
        # A new project keeps the hospital's name in its party only (issue 12,
        # defect 5): info names it there, as the window and the workbook do.
        project = load(SAMPLE)
        project['organization'] = ''
        hospital = next(p for p in project['parties'] if p['kind'] == 'hospital')
        hospital['name'] = 'みどり市民病院'
        with tempfile.TemporaryDirectory(prefix='buntan-cli-test-') as tmp:
            path = os.path.join(tmp, 'party-only.buntan')
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(project, f, ensure_ascii=False)
            result = run('info', '--json', path)
            self.assertExit(result, 0)
            self.assertEqual(json.loads(result.stdout)['organization'], 'みどり市民病院')
            result = run('info', path)
            self.assertIn('Organization: みどり市民病院', result.stdout.splitlines())

    def test_text(self):
        project = load(SAMPLE)
        result = run('info', SAMPLE)
        self.assertExit(result, 0)
        lines = result.stdout.splitlines()
        self.assertIn('Title: ' + project['title'], lines)
        self.assertIn('Organization: ' + hospital_name(project), lines)
        self.assertIn(f"Template: {project['template']['id']} {project['template']['version']}",
                      lines)

        def line(label, values):
            return f'  {label}: {values[0]} (Part 1: {values[1]}, Part 2: {values[2]})'

        totals = [expected_counts(project, part) for part in (None, 1, 2)]
        self.assertIn('Items: {} (Part 1: {}, Part 2: {})'.format(
            *[t['total'] for t in totals]), lines)
        for status in STATUSES:
            self.assertIn(line(STATUS_LABELS[status],
                               [t['by_status'][status] for t in totals]), lines)
        for party in project['parties']:
            self.assertIn(f"  {party['id']}: {party['name']}", result.stdout)
            self.assertIn(line(party['name'],
                               [t['by_owner']['parties'][party['id']] for t in totals]), lines)
        self.assertIn(line('Joint', [t['by_owner']['joint'] for t in totals]), lines)
        self.assertIn(line('Undecided', [t['by_owner']['undecided'] for t in totals]), lines)

    def test_party_details(self):
        # The sample's parties carry every format-2 member: short names
        # (stored or derived), the safety manager, contracts.
        result = run('info', SAMPLE)
        self.assertExit(result, 0)
        lines = result.stdout.splitlines()
        self.assertIn('    Short name: あおば医療システム', lines)
        self.assertIn('    Short name: ひかりメディカルソリューションズ', lines)
        self.assertIn('    Address: 東京都みどり市みどり台1-2-3', lines)
        self.assertIn('    Representative: 代表取締役 山本 直樹', lines)
        self.assertIn('    Safety manager: 高橋 誠 (事務長), 2026-04-01', lines)
        self.assertIn('    Contract c1: Operation and maintenance; 医事会計システム保守契約; '
                      'contract no. AM-2024-018; signed 2024-03-15; '
                      'period 2024-04-01 – 2027-03-31; renewal 2027-03-31; '
                      'systems 医事会計システム', lines)
        info = json.loads(run('info', '--json', SAMPLE).stdout)
        # The hospital's short name is stored; the two vendors' are derived.
        self.assertEqual([p['short_name'] for p in info['parties']][:4],
                         ['みどり台病院', 'あおば医療システム',
                          'ひかりメディカルソリューションズ', 'みなとネット'])
        # A stored short name wins over the derived one.
        project = load(SAMPLE)
        project['parties'][1]['short_name'] = 'あおば'
        path = self.path('short.buntan')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False)
        info = json.loads(run('info', '--json', path).stdout)
        self.assertEqual(info['parties'][1]['short_name'], 'あおば')

    def test_unreadable(self):
        path = os.path.join(DATA, 'cli-broken-newer.buntan')
        for args in [[path], [path, '--json']]:
            result = run('info', *args)
            self.assertExit(result, 1)
            self.assertEqual(result.stdout, '')
            self.assertTrue(result.stderr.startswith(path + ': '), result.stderr)


class TemplatesTest(CliTestCase):
    def test_list(self):
        # One line per bundled file, in file name order (the cyber-security checklist's
        # buntan-cyber-*.json before buntan-default.json).
        paths = sorted(glob.glob(os.path.join(SOURCE_ROOT, 'data', 'templates', '*.json')))
        result = run('templates')
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, '')
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), len(paths), result.stdout)
        for line, path in zip(lines, paths):
            template = load(path)
            self.assertEqual(line.split()[:2], [template['id'], template['template_version']])
            self.assertTrue(line.endswith(f"{template['title']} ({len(template['items'])} items)"),
                            line)

    def test_every_listed_template_makes_a_project(self):
        for line in run('templates').stdout.splitlines():
            template_id = line.split()[0]
            out = self.path(template_id + '.buntan')
            self.assertExit(run('new', '-t', template_id, '-o', out), 0)
            self.assertEqual(load(out)['template']['id'], template_id)


class ExportTest(CliTestCase):
    def sheet_texts(self, path, title):
        import openpyxl
        workbook = openpyxl.load_workbook(path)
        self.assertIn(title, workbook.sheetnames)
        return {str(cell.value) for row in workbook[title].iter_rows() for cell in row
                if cell.value is not None}

    def test_export(self):
        out = self.path('matrix.xlsx')
        result = run('export', SAMPLE, '-o', out)
        self.assertExit(result, 0)
        self.assertEqual(result.stdout, f'{out}: written\n')
        n_gaps = len(expected_gaps(load(SAMPLE)))
        self.assertEqual(result.stderr,
                         f'{SAMPLE}: note: {n_gaps} gaps remain; “buntan-cli check” lists them\n')
        texts = self.sheet_texts(out, '責任分担表')
        part2 = [i['title'] for i in load(SAMPLE)['items'] if i['part'] == 2]
        part1 = [i['title'] for i in load(SAMPLE)['items'] if i['part'] == 1]
        self.assertTrue(all(any(title in text for text in texts) for title in part2))
        self.assertFalse(any(title in text for title in part1 for text in texts))

    def test_warnings_in_summary(self):
        # As CheckTest.test_contract_warnings: a stale check, a lead outside contracts, no contract.
        project = load(ITEMS)
        project['items'][1]['applies_to'] = ['cloud']
        del project['parties'][2]['contract']
        path = self.path('contracts.buntan')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(project, f, ensure_ascii=False)
        out = self.path('matrix.xlsx')
        self.assertExit(run('export', path, '-o', out), 0)
        import openpyxl
        rows = [[cell.value for cell in row]
                for row in openpyxl.load_workbook(out)['集計'].iter_rows()]
        firsts = [row[0] for row in rows]
        self.assertIn('抜け漏れ（0 件）', firsts)
        start = firsts.index('注意（3 件、抜け漏れには数えません）')
        self.assertGreater(start, firsts.index('抜け漏れ（0 件）'))
        self.assertEqual([row[1] for row in rows[start + 2:]], [
            '株式会社Bの確認が記録されていますが、株式会社Bはこの項目の主担当・協力ではありません。',
            '株式会社Aが主担当ですが、この項目の契約種別は株式会社Aのどの契約とも一致しません。',
            '株式会社Bの契約が登録されていません。',
        ])
        self.assertIn('A-1', rows[start + 3][0])
        self.assertEqual(rows[start + 4][0], '株式会社B')

    def test_include_part1(self):
        out = self.path('matrix.xlsx')
        result = run('export', '--include-part1', COMPLETE, '-o', out)
        self.assertExit(result, 0)
        self.assertEqual(result.stderr, '')
        texts = self.sheet_texts(out, '責任分担表')
        for item in load(COMPLETE)['items']:
            self.assertTrue(any(item['title'] in text for text in texts), item['title'])

    def test_broken_project(self):
        path = os.path.join(DATA, 'cli-broken-syntax.buntan')
        out = self.path('matrix.xlsx')
        result = run('export', path, '-o', out)
        self.assertExit(result, 1)
        self.assertTrue(result.stderr.startswith(path + ': line '), result.stderr)
        self.assertEqual(os.listdir(self.tmp), [])

    def test_unwritable_output(self):
        out = self.path('missing-folder/matrix.xlsx')
        result = run('export', SAMPLE, '-o', out)
        self.assertExit(result, 1)
        self.assertEqual(result.stdout, '')
        self.assertIn(out, result.stderr)
        self.assertEqual(os.listdir(self.tmp), [])


GROUPS = {
    'usage': UsageTest,
    'new': NewTest,
    'validate': ValidateTest,
    'check': CheckTest,
    'normalize': NormalizeTest,
    'info': InfoTest,
    'templates': TemplatesTest,
    'export': ExportTest,
}


def main():
    global CLI
    if len(sys.argv) != 3 or sys.argv[2] not in GROUPS:
        sys.exit(f'usage: {sys.argv[0]} BUNTAN-CLI {{{",".join(GROUPS)}}}')
    CLI = os.path.abspath(sys.argv[1])
    sys.exit(buntan_tap.run_cases(GROUPS[sys.argv[2]]))


if __name__ == '__main__':
    main()
