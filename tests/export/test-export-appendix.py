#!/usr/bin/python3
# test-export-appendix.py — bilateral appendices, drafts and finals, fingerprints (issue 16)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-appendix.py BUNTAN-CLI
# Exports the sample, marked so that every party's contacts, address,
# representative and note and every item's note can be searched for, as
# the internal workbook and as one vendor's appendix, unpacks every part of
# the workbooks and reads the cells back with openpyxl. Output: TAP.

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
COMPLETE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cli-complete.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-export-appendix-')
EPOCH = '1780000000'


def marked_project():
    """The sample with a searchable marker in everything a party or an item
    holds, and v3 sharing no row with v1 (so nothing of v3 may reach v1's
    appendix), while v2 shares some."""
    with open(SAMPLE, encoding='utf-8') as f:
        project = json.load(f)
    for party in project['parties']:
        pid = party['id']
        party['short_name'] = f'SHORT{pid}'
        party['contact'] = f'CONTACT{pid}'
        party['emergency_contact'] = f'EMERGENCY{pid}'
        party['address'] = f'ADDRESS{pid}'
        party['representative'] = f'REPRESENTATIVE{pid}'
        party['note'] = f'PARTYNOTE{pid}'
        if party['kind'] == 'vendor':
            party['name'] = f'NAME{pid} 株式会社'
    for item in project['items']:
        item['note'] = f'ITEMNOTE{item["id"]}'
        involved = ({item.get('owner')} | set(item.get('participants', []))
                    | set(item.get('informed', [])))
        if 'v1' in involved and 'v3' in involved:
            if item.get('owner') == 'v3':
                item['owner'] = 'hospital'
            item['participants'] = [p for p in item.get('participants', []) if p != 'v3']
            item['informed'] = [p for p in item.get('informed', []) if p != 'v3']
            item['checks'] = [c for c in item.get('checks', []) if c['party'] != 'v3']
    return project


def involved(item):
    """◎, ○ and △ (kept informed): every party the item's row names."""
    owner = item.get('owner')
    participants = set(item.get('participants', [])) | set(item.get('informed', []))
    if owner in ('joint', 'each'):
        return participants
    return participants | ({owner} if owner else set())


def own_check(item, pid):
    """A vendor's own check of a Part 2 item (format 2: `checks`)."""
    return next((c for c in item.get('checks', []) if c['party'] == pid), {})


def write_json(project, name):
    path = os.path.join(WORK, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    return path


def run(*args, epoch=EPOCH):
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, LC_ALL='C.UTF-8', LANGUAGE='')
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=120)


def export(source, name, *options):
    target = os.path.join(WORK, name)
    result = run('export', source, '-o', target, *options)
    assert result.returncode == 0, (result.returncode, result.stderr)
    return target


def parts(path):
    with zipfile.ZipFile(path) as workbook:
        return {name: workbook.read(name).decode('utf-8') for name in workbook.namelist()
                if name.endswith('.xml') or name.endswith('.rels')}


def headers(path):
    found = []
    for name, text in parts(path).items():
        if name.startswith('xl/worksheets/sheet'):
            match = re.search(r'<oddHeader>(.*?)</oddHeader>', text, re.S)
            found.append((name, match.group(1) if match else ''))
    return found


def cover_fingerprint(path):
    ws = openpyxl.load_workbook(path)['表紙']
    for row in ws.iter_rows():
        if row[0].value == '照合用ハッシュ':
            return row[1].value
    raise AssertionError('no fingerprint on the cover')


def fingerprint(source, *options):
    result = run('fingerprint', source, *options)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# Tests -------------------------------------------------------------------------------------

def test_appendix_holds_nothing_of_other_vendors():
    project = marked_project()
    source = write_json(project, 'marked.buntan')
    path = export(source, 'v1.xlsx', '--vendor', 'v1', '--include-meetings')
    text = '\n'.join(parts(path).values())
    for pid in ('v2', 'v3'):
        for marker in ('CONTACT', 'EMERGENCY', 'ADDRESS', 'REPRESENTATIVE', 'PARTYNOTE'):
            assert marker + pid not in text, marker + pid
    # v3 shares no row with v1: not even named.
    assert 'NAMEv3' not in text and 'SHORTv3' not in text
    for marker in ('CONTACTv1', 'ADDRESSv1', 'REPRESENTATIVEv1', 'ADDRESShospital', 'NAMEv1'):
        assert marker in text, marker
    mine = [i for i in project['items'] if i['part'] == 2 and 'v1' in involved(i)]
    others = [i for i in project['items'] if 'v1' not in involved(i) or i['part'] == 1]
    assert mine and others
    for item in mine:
        assert f'ITEMNOTE{item["id"]}' in text, item['id']
    for item in others:
        assert f'ITEMNOTE{item["id"]}' not in text, item['id']
    # v2 is named, by name and short name, only on the rows it shares with v1.
    shared = {i['title'] for i in mine if 'v2' in involved(i)}
    assert shared, 'the fixture needs rows v1 shares with v2'
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ['表紙', 'NAMEv1 株式会社'], wb.sheetnames
    named_rows = set()
    for ws in wb:
        for row in ws.iter_rows():
            values = ' '.join(str(c.value) for c in row if c.value is not None)
            if 'NAMEv2' in values or 'SHORTv2' in values:
                assert ws.title != '表紙', values
                named_rows.add(row[1].value)
                assert 'NAMEv2 株式会社（SHORTv2）' in values, values
    assert named_rows and named_rows <= shared, (named_rows, shared)


def test_appendix_cover_signatures():
    source = write_json(marked_project(), 'marked.buntan')
    path = export(source, 'v1-cover.xlsx', '--vendor', 'v1')
    ws = openpyxl.load_workbook(path)['表紙']
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    signers = [r for r in rows if r[0] in ('甲（医療機関）', '乙（事業者）') and r[4] == '印']
    assert len(signers) == 2, rows
    assert 'ADDRESShospital' in signers[0][2] and 'REPRESENTATIVEhospital' in signers[0][2]
    assert signers[1][1] == 'NAMEv1 株式会社'
    assert 'ADDRESSv1' in signers[1][2] and 'REPRESENTATIVEv1' in signers[1][2]
    assert re.fullmatch(r'[0-9a-f]{64}', cover_fingerprint(path))
    # One appendix per file: its page numbers count its own pages.
    for name, text in parts(path).items():
        if name.startswith('xl/worksheets/sheet'):
            assert '&amp;P / &amp;N' in text, name


def test_appendix_rows_carry_their_checks():
    project = marked_project()
    source = write_json(project, 'checks.buntan')
    ws = openpyxl.load_workbook(export(source, 'checks.xlsx', '--vendor', 'v1'))['NAMEv1 株式会社']
    header = [c.value for c in ws[3]]
    assert header[-5:] == ['他の当事者', '初回確認', '初回確認日', '目標日', '完了日'], header
    by_title = {i['title']: i for i in project['items']}
    seen = 0
    for row in ws.iter_rows(min_row=4):
        item = by_title.get(row[1].value)
        if item is None:
            continue
        seen += 1
        # The row carries v1's own check; where v1 is only △ it has none: the
        # cell says "—" while other vendors confirm, else the item's own check.
        confirming = involved(item) - set(item.get('informed', []))
        if 'v1' in confirming:
            check = own_check(item, 'v1')
        elif any(p != 'hospital' for p in confirming):
            check = None
        else:
            check = item
        if check is None:
            assert row[9].value == '—', (item['id'], row[9].value)
            continue
        result = check.get('first_check', {}).get('result')
        assert row[9].value == {'yes': 'はい', 'no': 'いいえ'}.get(result), (item['id'], row[9].value)
        completed = row[12].value
        assert (completed.strftime('%Y-%m-%d') if completed else None) == check.get('completed'), \
            (item['id'], completed)
    assert seen == len([i for i in project['items'] if i['part'] == 2 and 'v1' in involved(i)])


def test_draft_marks_every_sheet():
    for options in ([], ['--vendor', 'v1'], ['--include-part1', '--include-meetings']):
        path = export(SAMPLE, 'draft.xlsx', *options)
        found = headers(path)
        assert found and all('案' in header for _, header in found), (options, found)
        assert openpyxl.load_workbook(path)['表紙']['A1'].value.endswith('（案）')


def test_final_with_gaps_refused():
    target = os.path.join(WORK, 'final.xlsx')
    result = run('export', SAMPLE, '--vendor', 'v1', '--final', '-o', target)
    assert result.returncode == 3, (result.returncode, result.stderr)
    assert 'P2-' in result.stderr and '--allow-gaps' in result.stderr, result.stderr
    assert not os.path.exists(target)
    result = run('export', SAMPLE, '--final', '-o', target)
    assert result.returncode == 3 and not os.path.exists(target), result.stderr
    result = run('export', SAMPLE, '--vendor', 'v1', '--final', '--allow-gaps', '-o', target)
    assert result.returncode == 0, result.stderr
    assert all('案' in header for _, header in headers(target))


def test_final_without_gaps_has_no_draft_mark():
    for options in ([], ['--vendor', 'v1']):
        path = export(COMPLETE, 'complete-final.xlsx', '--final', *options)
        found = headers(path)
        assert found and not any('案' in header for _, header in found), found
        assert '案' not in openpyxl.load_workbook(path)['表紙']['A1'].value


def test_part1_only_when_asked():
    project = marked_project()
    source = write_json(project, 'part1.buntan')
    part1 = [i for i in project['items'] if i['part'] == 1]
    for options in ([], ['--vendor', 'v1']):
        path = export(source, 'no-part1.xlsx', *options)
        wb = openpyxl.load_workbook(path)
        assert '第1部 確認表' not in wb.sheetnames, wb.sheetnames
        text = '\n'.join(parts(path).values())
        assert not any(f'ITEMNOTE{i["id"]}' in text for i in part1)
        # The summary counts Part 1 and lists its gaps for the hospital; no
        # other sheet has a Part 1 row.
        titles = {i['title'] for i in part1}
        for ws in wb:
            if ws.title in ('表紙', '集計'):
                continue
            for row in ws.iter_rows():
                assert not any(c.value in titles for c in row), (ws.title, row[1].value)
    wb = openpyxl.load_workbook(export(source, 'part1.xlsx', '--include-part1'))
    assert '第1部 確認表' in wb.sheetnames
    text = '\n'.join(parts(os.path.join(WORK, 'part1.xlsx')).values())
    assert all(f'ITEMNOTE{i["id"]}' in text for i in part1)


def test_unknown_vendor_or_contract():
    target = os.path.join(WORK, 'unknown.xlsx')
    result = run('export', SAMPLE, '--vendor', 'nobody', '-o', target)
    assert result.returncode == 1 and 'nobody' in result.stderr, result.stderr
    result = run('export', SAMPLE, '--vendor', 'v1', '--contract', 'nothing', '-o', target)
    assert result.returncode == 1 and 'nothing' in result.stderr, result.stderr
    assert not os.path.exists(target)
    path = export(SAMPLE, 'contract.xlsx', '--vendor', 'v1', '--contract', 'c1')
    assert openpyxl.load_workbook(path).sheetnames[0] == '表紙'


def test_all_vendors():
    project = marked_project()
    project['parties'][2]['short_name'] = 'A/B:C*?"<>|'  # v2
    project['parties'][3]['short_name'] = 'CON'           # v3
    source = write_json(project, 'all.buntan')
    folder = os.path.join(WORK, 'appendices')
    result = run('export', source, '--all-vendors', '-o', folder)
    assert result.returncode == 0, result.stderr
    names = sorted(os.listdir(folder))
    assert names == sorted(['別紙_SHORTv1.xlsx', '別紙_A_B_C.xlsx', '別紙__CON.xlsx']), names
    for name, vendor in (('別紙_SHORTv1.xlsx', 'v1'), ('別紙_A_B_C.xlsx', 'v2')):
        path = os.path.join(folder, name)
        assert cover_fingerprint(path) == fingerprint(source, '--vendor', vendor), name
    result = run('export', source, '--all-vendors', '-o', folder)
    assert result.returncode == 1 and '--force' in result.stderr, result.stderr
    result = run('export', source, '--all-vendors', '--force', '-o', folder)
    assert result.returncode == 0, result.stderr


def test_fingerprint_is_what_is_printed():
    project = marked_project()
    source = write_json(project, 'print.buntan')
    internal = fingerprint(source)
    v1 = fingerprint(source, '--vendor', 'v1')
    v2 = fingerprint(source, '--vendor', 'v2')
    assert len({internal, v1, v2}) == 3
    # The covers carry them in full; the footers their beginning.
    path = export(source, 'print-v1.xlsx', '--vendor', 'v1')
    assert cover_fingerprint(path) == v1
    assert v1[:16] in parts(path)['xl/worksheets/sheet2.xml']
    assert cover_fingerprint(export(source, 'print.xlsx')) == internal
    # Stable across runs, export dates and a save and reload.
    assert fingerprint(source, '--vendor', 'v1') == v1
    assert cover_fingerprint(export(source, 'later.xlsx', '--vendor', 'v1')) == v1
    result = run('export', source, '--vendor', 'v1', '-o', os.path.join(WORK, 'l.xlsx'),
                 epoch='1790000000')
    assert result.returncode == 0
    assert cover_fingerprint(os.path.join(WORK, 'l.xlsx')) == v1
    saved = os.path.join(WORK, 'saved.buntan')
    assert run('normalize', source, '-o', saved).returncode == 0
    assert fingerprint(saved, '--vendor', 'v1') == v1 and fingerprint(saved) == internal

    def changed(change):
        edited = json.loads(json.dumps(project))
        change(edited)
        path = write_json(edited, 'edited.buntan')
        return fingerprint(path), fingerprint(path, '--vendor', 'v1')

    mine = next(i for i in project['items'] if i['part'] == 2 and 'v1' in involved(i))
    not_mine = next(i for i in project['items'] if i['part'] == 2 and 'v1' not in involved(i))
    index = project['items'].index

    def set_note(edited, item):
        edited['items'][index(item)]['note'] = 'changed'

    # Printed things change it, the same way each time.
    a, b = changed(lambda e: set_note(e, mine))
    assert (a, b) == changed(lambda e: set_note(e, mine))
    assert a != internal and b != v1
    a, b = changed(lambda e: e['parties'][1].update(short_name='NEWSHORT'))
    assert a != internal and b != v1

    def new_owner(edited):
        edited['items'][index(mine)]['owner'] = 'v1' if mine.get('owner') != 'v1' else 'hospital'

    a, b = changed(new_owner)
    assert a != internal and b != v1
    # What v1's appendix does not print leaves its fingerprint alone.
    a, b = changed(lambda e: set_note(e, not_mine))
    assert a != internal and b == v1
    a, b = changed(lambda e: e['parties'][2].update(contact='other contact'))
    assert b == v1
    a, b = changed(lambda e: e['parties'][1].update(contact='new contact', note='x'))
    assert (a, b) == (internal, v1)

    # A vendor kept informed (△) is printed: the mark is in the fingerprint,
    # the same each time (the canonical text once read past its table here).
    def informed(edited):
        edited['items'][index(not_mine)]['informed'] = ['v1']

    a, b = changed(informed)
    assert (a, b) == changed(informed)
    assert a != internal and b != v1


def cover_fields(path):
    ws = openpyxl.load_workbook(path)['表紙']
    return {row[0].value: [c.value for c in row] for row in ws.iter_rows() if row[0].value}


def test_cover_version_and_wareki():
    # No agreed version yet: the cover says so rather than look agreed.
    for options in ([], ['--vendor', 'v1']):
        fields = cover_fields(export(SAMPLE, 'version.xlsx', *options))
        assert fields['版数'][1:4] == ['案', '合意日', '未合意'], fields['版数']
        assert fields['出力日'][1].strftime('%Y-%m-%d') == '2026-05-28', fields['出力日']
    fields = cover_fields(export(SAMPLE, 'wareki.xlsx', '--vendor', 'v1', '--wareki'))
    assert fields['出力日'][1] == '令和8年5月28日', fields['出力日']
    # v1's maintenance contract: signed 2024-03-15, 2024-04-01 to 2027-03-31, renewed 2027-03-31.
    # (Its row starts with v1's short name, as does v1's row of disclosure documents.)
    cover = openpyxl.load_workbook(WORK + '/wareki.xlsx')['表紙']
    contract = next(v for v in cover.iter_rows(values_only=True) if v[1] == '医事会計システム保守契約')
    assert contract[3].endswith('令和6年3月15日 締結'), contract
    assert contract[4] == '令和6年4月1日〜令和9年3月31日', contract
    assert contract[5] == '令和9年3月31日', contract
    # The fingerprint is about what is printed as agreed, not how dates are written.
    assert cover_fingerprint(export(SAMPLE, 'seireki.xlsx', '--vendor', 'v1')) == \
        fields['照合用ハッシュ'][1]


def test_contract_limits_rows():
    project = marked_project()
    v1 = next(p for p in project['parties'] if p['id'] == 'v1')
    v1['contracts'].append({'id': 'c9', 'kind': 'cloud', 'title': 'CLOUDCONTRACT'})
    shown = [i for i in project['items'] if i['part'] == 2 and 'v1' in involved(i)]
    assert len(shown) >= 2
    shown[0]['applies_to'] = ['cloud']
    shown[1]['applies_to'] = ['development']
    source = write_json(project, 'contracts.buntan')

    def titles(*options):
        wb = openpyxl.load_workbook(export(source, 'contract.xlsx', '--vendor', 'v1', *options))
        sheet = wb[[n for n in wb.sheetnames if n != '表紙'][0]]
        cover = [[c.value for c in r] for r in wb['表紙'].iter_rows()]
        return {r[1].value for r in sheet.iter_rows(min_row=4)}, cover

    every, cover = titles()
    assert shown[0]['title'] in every and shown[1]['title'] in every
    assert any('CLOUDCONTRACT' in r for r in cover)
    cloud, cover = titles('--contract', 'c9')
    assert shown[0]['title'] in cloud and shown[1]['title'] not in cloud, cloud
    assert any('CLOUDCONTRACT' in r for r in cover)
    assert not any('医事会計システム保守契約' in r for r in cover), cover
    maintenance, _ = titles('--contract', 'c1')
    assert shown[0]['title'] not in maintenance and shown[1]['title'] not in maintenance


TESTS = [(name[len('test_'):].replace('_', '-'), fn) for name, fn in globals().copy().items()
         if name.startswith('test_')]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
