#!/usr/bin/python3
# test-questionnaire.py — buntan-cli questionnaire: the 回答依頼 workbook and its record (issue 17)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-questionnaire.py BUNTAN-CLI
# Writes the sample's questionnaires and reads the workbooks back with
# openpyxl (Debian's, hence /usr/bin/python3) and the project with Python's
# json module: the rows, the dropdowns, the protection, the identity cells
# against the recorded entry. Output: TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-questionnaire-')
FIRST_ROW = 4  # title, subtitle, header, then the rows (1-based)
ANSWER_COLUMNS = 'HIJKLM'
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=60)


def fresh_project(name):
    path = os.path.join(WORK, name)
    shutil.copy(SAMPLE, path)
    return path


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def marks(item, vendor):
    """The vendor's role on an item, worked out from the file alone."""
    owner = item.get('owner')
    participants = item.get('participants', [])
    if owner == vendor or (owner in ('joint', 'each') and vendor in participants):
        return '◎'
    if vendor in participants:
        return '○'
    if vendor in item.get('informed', []):
        return '△'
    return None


def expected_rows(project, vendor):
    return [(i['id'], marks(i, vendor)) for i in project['items']
            if i['part'] == 2 and marks(i, vendor) is not None]


def send(vendor='v1', name='project.buntan'):
    project = fresh_project(name)
    out = os.path.join(WORK, f'{vendor}-{name}.xlsx')
    result = run('questionnaire', project, '--vendor', vendor, '-o', out,
                 '--sent', '2026-12-07', '--due', '2026-12-21')
    assert result.returncode == EXIT_OK, result.stderr
    return project, out, result


def defined_value(workbook, name):
    sheet, cell = next(iter(workbook.defined_names[name].destinations))
    return workbook[sheet][cell.replace('$', '')].value


def test_entry_recorded():
    project, out, result = send()
    data = load(project)
    entries = data['questionnaires']
    assert len(entries) == 1, entries
    entry = entries[0]
    assert entry['party'] == 'v1' and entry['sent'] == '2026-12-07', entry
    assert entry['items'] == [i for i, _ in expected_rows(data, 'v1')], entry['items']
    fingerprint = run('fingerprint', project, '--vendor', 'v1').stdout.strip()
    assert entry['fingerprint'] == fingerprint, (entry['fingerprint'], fingerprint)
    assert 'received' not in entry and 'file' not in entry
    assert result.stdout.split('\t')[1:4] == ['v1', entry['id'], str(len(entry['items'])) + '\n']
    # Buntan opens what it saved.
    assert run('validate', project).returncode == EXIT_OK


def test_rows_and_roles():
    project, out, _ = send()
    data = load(project)
    sheet = openpyxl.load_workbook(out)['回答']
    header = [c.value for c in sheet[FIRST_ROW - 1]]
    assert header == ['項目ID', '項番', '項目', '内容', '主担当（案）', '貴社の役割（案）',
                      '合意内容（案）', '回答', '初回確認', '初回確認日', '目標日',
                      '提案する合意内容', 'コメント'], header
    rows = [(sheet.cell(r, 1).value, sheet.cell(r, 6).value[0])
            for r in range(FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value]
    assert rows == expected_rows(data, 'v1'), rows
    assert any(mark == '△' for _, mark in rows), 'the sample gives v1 a △ row'
    items = {i['id']: i for i in data['items']}
    for r in range(FIRST_ROW, FIRST_ROW + len(rows)):
        item = items[sheet.cell(r, 1).value]
        assert sheet.cell(r, 3).value == item['title']
        assert sheet.cell(r, 4).value == item['content']
        assert sheet.cell(r, 4).alignment.wrap_text
        for col in ANSWER_COLUMNS:
            if sheet.cell(r, 6).value.startswith('△') and col in 'IJK':
                continue
            assert sheet[f'{col}{r}'].value is None, (col, r)


def test_dropdowns():
    _, out, _ = send()
    sheet = openpyxl.load_workbook(out)['回答']
    last = max(r for r in range(FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value)
    found = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    answer = found[f'H{FIRST_ROW}:H{last}']
    assert answer.type == 'list' and answer.formula1 == '"同意,修正希望,対象外の提案"'
    assert answer.showErrorMessage
    check = found[f'I{FIRST_ROW}:I{last}']
    assert check.type == 'list' and check.formula1 == '"はい,いいえ"'
    for col in 'JK':
        date = found[f'{col}{FIRST_ROW}:{col}{last}']
        assert date.type == 'date' and date.operator in (None, 'between'), date
        assert date.formula1 == '36526' and date.formula2 == '73050'  # 2000-01-01 … 2099-12-31
    assert len(found) == 4, found.keys()


def test_protection():
    _, out, _ = send()
    workbook = openpyxl.load_workbook(out)
    guide, sheet = workbook['回答のお願い'], workbook['回答']
    assert guide.protection.sheet and sheet.protection.sheet
    assert sheet.protection.password is None  # lifted deliberately, never by accident
    for r in range(FIRST_ROW, sheet.max_row + 1):
        if not sheet.cell(r, 1).value:
            continue
        for col in range(1, 8):
            assert sheet.cell(r, col).protection.locked, (r, col)
        informed = sheet.cell(r, 6).value.startswith('△')
        for col in ANSWER_COLUMNS:
            locked = sheet[f'{col}{r}'].protection.locked
            assert locked == (informed and col in 'IJK'), (col, r, locked)
            if informed and col in 'IJK':
                assert sheet[f'{col}{r}'].value == '—'
    for name in ('BuntanProjectId', 'BuntanVendorId', 'BuntanQuestionnaireId',
                 'BuntanFingerprint'):
        sheet_name, cell = next(iter(workbook.defined_names[name].destinations))
        assert sheet_name == '回答のお願い'
        assert workbook[sheet_name][cell.replace('$', '')].protection.locked


def test_identity_matches_entry():
    project, out, _ = send()
    data = load(project)
    entry = data['questionnaires'][0]
    workbook = openpyxl.load_workbook(out)
    assert defined_value(workbook, 'BuntanProjectId') == data['id']
    assert defined_value(workbook, 'BuntanVendorId') == 'v1'
    assert defined_value(workbook, 'BuntanQuestionnaireId') == entry['id']
    assert defined_value(workbook, 'BuntanFingerprint') == entry['fingerprint']
    guide = [tuple(c.value for c in row) for row in workbook['回答のお願い'].iter_rows()]
    labels = {row[0]: row[1] for row in guide if row[0]}
    assert labels['回答期限'] == '2026年12月21日' and labels['送付日'] == '2026年12月7日'
    assert labels['依頼元'] == next(p['name'] for p in data['parties'] if p['kind'] == 'hospital')
    assert labels['対象項目'] == f"{len(entry['items'])} 項目"


def test_print_ready():
    _, out, _ = send()
    for sheet in openpyxl.load_workbook(out):
        assert sheet.page_setup.orientation == 'landscape', sheet.title
        assert sheet.page_setup.paperSize == 9, sheet.title  # A4
        # One page wide (1 is the default, left out), as long as it takes.
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    sheet = openpyxl.load_workbook(out)['回答']
    assert sheet.print_title_rows == '$3:$3', sheet.print_title_rows


def test_unknown_vendor_refused():
    project = fresh_project('unknown.buntan')
    with open(project, 'rb') as f:
        before = f.read()
    out = os.path.join(WORK, 'unknown.xlsx')
    for vendor in ('v9', 'hospital'):
        result = run('questionnaire', project, '--vendor', vendor, '-o', out)
        assert result.returncode == EXIT_FAILURE, result
        assert f'“{vendor}”' in result.stderr and 'unknown.buntan' in result.stderr, result.stderr
        assert not os.path.exists(out)
    with open(project, 'rb') as f:
        assert f.read() == before


def test_no_record():
    project = fresh_project('no-record.buntan')
    with open(project, 'rb') as f:
        before = f.read()
    out = os.path.join(WORK, 'no-record.xlsx')
    result = run('questionnaire', project, '--vendor', 'v2', '-o', out, '--no-record')
    assert result.returncode == EXIT_OK, result.stderr
    assert openpyxl.load_workbook(out).sheetnames == ['回答のお願い', '回答']
    with open(project, 'rb') as f:
        assert f.read() == before


def test_all_vendors():
    project = fresh_project('all.buntan')
    folder = os.path.join(WORK, 'all')
    result = run('questionnaire', project, '--all-vendors', '-o', folder, '--sent', '2026-12-07')
    assert result.returncode == EXIT_OK, result.stderr
    data = load(project)
    entries = data['questionnaires']
    assert [e['party'] for e in entries] == ['v1', 'v2', 'v3'], entries
    assert len({e['id'] for e in entries}) == 3
    files = sorted(os.listdir(folder))
    assert len(files) == 3 and all(f.startswith('回答依頼_') for f in files), files
    for line in result.stdout.splitlines():
        path, vendor, ident, _ = line.split('\t')
        workbook = openpyxl.load_workbook(path)
        assert defined_value(workbook, 'BuntanVendorId') == vendor
        assert defined_value(workbook, 'BuntanQuestionnaireId') == ident


def test_usage():
    project = fresh_project('usage.buntan')
    assert run('questionnaire', project, '-o', 'x.xlsx').returncode == EXIT_USAGE
    assert run('questionnaire', project, '--vendor', 'v1').returncode == EXIT_USAGE
    assert run('questionnaire', project, '--vendor', 'v1', '--all-vendors',
               '-o', 'x').returncode == EXIT_USAGE
    assert run('questionnaire', project, '--vendor', 'v1', '-o', 'x.xlsx',
               '--due', '2026-02-30').returncode == EXIT_USAGE


TESTS = [(name[len('test_'):].replace('_', '-'), fn) for name, fn in globals().copy().items()
         if name.startswith('test_')]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
