#!/usr/bin/python3
# test-export.py — the Excel export, read back with openpyxl (a reader we did not write)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export.py FIXTURE-PROGRAM
# The fixture program loads a project and exports it (buntan-export-fixture.c).
# Expected values are computed here from the project JSON, independently of the
# C code, and compared with what openpyxl reads from the workbook. Output: TAP.

import datetime
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.cell import MergedCell

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

FIXTURE = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
MARKS = os.path.join(SOURCE_ROOT, 'tests', 'data', 'export-marks.buntan')

FIXED_SHEETS_BEFORE = ['表紙', '責任分担表']
# Without --include-part1 there is no Part 1 sheet at all (issue 16).
FIXED_SHEETS_AFTER = ['第2部 確認表', '集計']
FIXED_SHEETS_AFTER_PART1 = ['第1部 確認表', '第2部 確認表', '集計']
STATUS = {'open': '未着手', 'discussing': '協議中', 'agreed': '合意済',
          'not-applicable': '対象外'}
CHECK = {'yes': 'はい', 'no': 'いいえ', 'unset': None}
CONTRACT = {'development': '開発・導入', 'maintenance': '運用・保守',
            'cloud': 'SaaS・クラウド利用', 'other': 'その他'}
GREY = 'FFD9D9D9'
HEAD_ROW = 3            # 1-based: title, subtitle, then the table header
PART_COLUMNS = ['項番', '項目', '内容', '初回確認', '初回確認日', '目標日', '完了日', '主担当', '協力',
                '状態', '契約条項', '備考']
# Part 2 names the vendors whose checks its check columns hold.
PART2_COLUMNS = PART_COLUMNS[:3] + ['事業者'] + PART_COLUMNS[3:]
VENDOR_COLUMNS = ['項番', '項目', '内容', '役割', '主担当', '状態', '契約条項', '備考']

WORK = tempfile.mkdtemp(prefix='buntan-export-test-')


# Helpers -----------------------------------------------------------------------------------

def run_fixture(source, target, *options, env=None, preexec_fn=None):
    return subprocess.run([FIXTURE, source, target, *options], capture_output=True,
                          text=True, env=env, preexec_fn=preexec_fn, timeout=120)


def export(source, name, *options, env=None):
    target = os.path.join(WORK, name)
    result = run_fixture(source, target, *options, env=env)
    assert result.returncode == 0, f'export failed ({result.returncode}): {result.stderr}'
    return target


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def write_json(project, name):
    path = os.path.join(WORK, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    return path


def table(ws, head_row=HEAD_ROW):
    """The header and the rows of the table under it, up to the first empty row."""
    header = [c.value for c in ws[head_row]]
    while header and header[-1] is None:
        header.pop()
    rows = []
    for cells in ws.iter_rows(min_row=head_row + 1, max_col=len(header)):
        if all(c.value is None for c in cells):
            break
        if (len(cells) > 1 and isinstance(cells[1], MergedCell)
                and not str(cells[0].value).endswith('。')):
            continue                # a section row (大項目) across the table
        rows.append(cells)
    return header, rows


def section_rows(ws, head_row=HEAD_ROW):
    """The texts of the section rows (merged across the table) under the header."""
    found = []
    for cells in ws.iter_rows(min_row=head_row + 1):
        if (len(cells) > 1 and isinstance(cells[1], MergedCell) and cells[0].value
                and not str(cells[0].value).endswith('。')):
            found.append(cells[0].value)
    return found


def cell_of(header, cells, name):
    return cells[header.index(name)]


# The rules, written again from the format's description (not from the C code).

def parties_in_order(project):
    hospital = [p for p in project['parties'] if p['kind'] == 'hospital']
    return hospital + [p for p in project['parties'] if p['kind'] != 'hospital']


def mark(item, party_id):
    if item.get('owner') == party_id:
        return '◎'
    if party_id in item.get('participants', []):
        # 共同 and 各事業者（個別）: every party in the list leads.
        return '◎' if item.get('owner') in ('joint', 'each') else '○'
    if party_id in item.get('informed', []):
        return '△'
    return None


def has_lead(item):
    owner = item.get('owner')
    return owner is not None and (owner not in ('joint', 'each')
                                  or len(item.get('participants', [])) > 0)


def cover_short_names(wb, project):
    """Party id → the short name (略称) the cover's party table defines, in the parties' order."""
    rows = [r for r in wb['表紙'].iter_rows(values_only=True)
            if r[0] in ('医療機関', '事業者') and r[2] is not None]
    parties = parties_in_order(project)
    assert len(rows) == len(parties), rows
    return {p['id']: r[2] for p, r in zip(parties, rows)}


def lead_text(project, item, with_names, names=None):
    """The 担当 cell; rows name parties by @names (the cover's short names)."""
    names = names or {p['id']: p['name'] for p in project['parties']}
    if not has_lead(item):
        return '—' if item['status'] == 'not-applicable' else '未定'
    if item['owner'] in ('joint', 'each'):
        word = '共同' if item['owner'] == 'joint' else '各事業者（個別）'
        if not with_names:
            return word
        leads = [names[p['id']] for p in parties_in_order(project) if mark(item, p['id']) == '◎']
        return word + '（' + '、'.join(leads) + '）'
    return names[item['owner']]


def supporters(project, item, names):
    found = [names[p['id']] for p in parties_in_order(project) if mark(item, p['id']) == '○']
    return '、'.join(found) or None


def number(item, with_part=False):
    """項番 as the sheets print it, the official form's number below it where set."""
    local = f"{item['section']}-{item['number']}"
    shown = f"第{item['part']}部 {local}" if with_part else local
    ref = item.get('official_ref')
    # A reference equal to our own number is not repeated.
    return f"{shown}\n（{ref}）" if ref and ref != local else shown


def matrix_items(project, include_part1):
    parts = [1, 2] if include_part1 else [2]
    return [i for p in parts for i in project['items'] if i['part'] == p]


def as_date(text):
    return datetime.datetime.strptime(text, '%Y-%m-%d') if text else None


# Tests -------------------------------------------------------------------------------------

def test_sheet_set():
    project = load_json(SAMPLE)
    wb = openpyxl.load_workbook(export(SAMPLE, 'sheets.xlsx'))
    vendors = [p['name'] for p in parties_in_order(project)[1:]]
    assert wb.sheetnames == FIXED_SHEETS_BEFORE + vendors + FIXED_SHEETS_AFTER, wb.sheetnames
    wb = openpyxl.load_workbook(export(SAMPLE, 'sheets-part1.xlsx', '--include-part1'))
    assert wb.sheetnames == FIXED_SHEETS_BEFORE + vendors + FIXED_SHEETS_AFTER_PART1, wb.sheetnames


def test_sheet_names_made_valid():
    wb = openpyxl.load_workbook(export(MARKS, 'names.xlsx'))
    vendors = wb.sheetnames[2:-2]
    # v3's name holds []:*?/\ and a final apostrophe and is 33 characters long: cut to 31
    # characters (not bytes: each kanji is 3 bytes of UTF-8).
    assert vendors == ['あおばシステム株式会社',
                       'ひかりメディカル株式会社',
                       'みなと_ネット__ワーク_サービス_保守_東日本支社_第二営業',
                       '集計 (2)',            # a vendor named like a fixed sheet yields
                       'history (2)',         # "History" is reserved by Excel, any case
                       'あおばシステム株式会社 (2)'], vendors
    lowered = [n.casefold() for n in wb.sheetnames]
    assert len(set(lowered)) == len(lowered)
    for name in wb.sheetnames:
        assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), name
        assert not name.startswith("'") and not name.endswith("'"), name


def test_matrix_known_answers():
    wb = openpyxl.load_workbook(export(MARKS, 'marks.xlsx'))
    header, rows = table(wb['責任分担表'])
    # Short names (略称): legal-form words dropped, the second あおばシステム told apart.
    party_names = ['テスト病院', 'あおばシステム', 'ひかりメディカル',
                   "みなと[ネット]:ワーク*サービス/保守?東日本支社\\第二営業部'", '集計', 'history',
                   'あおばシステム2']
    assert header == ['項番', '項目'] + party_names + ['主担当', '状態', '契約条項', '備考'], header
    # Marks by party column: hospital, v1, v2, v3, v4, v5, v6.
    expected = {
        'A-1': (['', '◎', '', '', '', '', ''], 'あおばシステム', '合意済'),  # single owner
        'A-2': (['◎', '', '○', '', '', '', ''], 'テスト病院', '合意済'),             # supporter
        'A-3': (['', '◎', '◎', '', '', '', ''], '共同', '協議中'),                  # joint of two
        'A-4': (['', '', '', '', '', '', ''], '未定', '未着手'),                    # nobody
        'A-5': (['', '', '', '', '', '', ''], '—', '対象外'),                       # not applicable
        'A-6': (['○', '', '', '◎', '', '', ''], party_names[3], '合意済'),
        'A-7': (['', '◎', '', '', '', '', ''], '共同', '協議中'),                   # joint of one
        'A-8': (['', '', '◎', '', '', '', ''], 'ひかりメディカル', '合意済'),
        'A-9': (['', '', '', '○', '', '', ''], '未定', '合意済'),                   # support only
    }
    got = {}
    for cells in rows:
        values = [c.value or '' for c in cells]
        got[values[0]] = (values[2:9], values[9], values[10])
    assert got == expected, got
    assert not any(str(c.value).startswith('第1部') for c in wb['責任分担表']['A'] if c.value)

    # With Part 1 the numbers say which part they belong to.
    wb = openpyxl.load_workbook(export(MARKS, 'marks-part1.xlsx', '--include-part1'))
    header, rows = table(wb['責任分担表'])
    numbers = [cells[0].value for cells in rows]
    assert numbers[:2] == ['第1部 A-1', '第1部 A-2'] and numbers[2] == '第2部 A-1', numbers
    assert [c.value for c in rows[0][2:9]] == ['◎', '○', None, None, None, None, None]


def test_informed_and_each():
    # Format 2's roles in the workbook: △ in the matrix and the vendor's sheet,
    # 各事業者（個別） as the 担当 with the parties that each lead.
    project = load_json(os.path.join(SOURCE_ROOT, 'tests', 'data', 'f2-items-valid.buntan'))
    project['items'][2]['owner'] = 'each'
    wb = openpyxl.load_workbook(export(write_json(project, 'f2-items.buntan'), 'f2-items.xlsx'))
    header, rows = table(wb['責任分担表'])
    got = {cells[0].value.split('\n')[0]: [c.value or '' for c in cells] for cells in rows}
    # The official form's number stands beside 項番 where the hospital set it.
    assert got['A-1'][0] == 'A-1\n（(2)-A-1）', got['A-1'][0]
    assert got['A-2'][0] == 'A-2', got['A-2'][0]
    # Section rows head each 大項目.
    assert section_rows(wb['責任分担表']) == ['A\u3000共通'], section_rows(wb['責任分担表'])
    # Parties: hospital, 株式会社A (v1), 株式会社B (v2); v2 is △ on A-1.
    assert got['A-1'][2:5] == ['○', '◎', '△'], got['A-1']
    assert got['A-2'][2:5] == ['', '◎', '◎'], got['A-2']
    assert got['A-2'][header.index('主担当')] == '各事業者（個別）', got['A-2']
    legend = [c.value for c in wb['責任分担表']['B'] if c.value]
    assert any(str(v).startswith('△') for v in legend), legend
    assert any(str(v).startswith('各事業者（個別）') for v in legend), legend

    vendor = next(ws for ws in wb.worksheets if ws.title.startswith('株式会社B'))
    header, rows = table(vendor)
    roles = {cells[0].value.split('\n')[0]: cell_of(header, cells, '役割').value for cells in rows}
    assert roles['A-1'] == '△ 情報提供', roles
    assert roles['A-2'] == '◎ 主担当\n（各事業者（個別））', roles
    # Rows name the parties by the short names the cover defines.
    assert cell_of(header, rows[1], '主担当').value == '各事業者（個別）（A、B）', \
        cell_of(header, rows[1], '主担当').value

    # In v1's appendix 他の当事者 gives each party its own mark: v2 is △ on A-1, not ○.
    wb = openpyxl.load_workbook(export(write_json(project, 'f2-items.buntan'), 'f2-v1.xlsx',
                                       '--vendor=v1'))
    header, rows = table(wb.worksheets[1])
    others = cell_of(header, rows[0], '他の当事者').value.split('\n')
    assert '△ 株式会社B（B）' in others, others
    assert not any(line.startswith('○ 株式会社B') for line in others), others


def check_matrix_against_model(source, include_part1):
    project = load_json(source)
    options = ['--include-part1'] if include_part1 else []
    wb = openpyxl.load_workbook(export(source, 'model.xlsx', *options))
    header, rows = table(wb['責任分担表'])
    parties = parties_in_order(project)
    items = matrix_items(project, include_part1)
    # The matrix's party columns are headed by the short names the cover defines.
    short = [r[2] for r in wb['表紙'].iter_rows(values_only=True)
             if r[0] in ('医療機関', '事業者') and r[2] is not None]
    assert len(short) == len(parties), short
    short_of = {p['id']: name for p, name in zip(parties, short)}
    assert header[2:2 + len(parties)] == short, (header, short)
    assert section_rows(wb['責任分担表'])
    assert len(rows) == len(items), (len(rows), len(items))
    for cells, item in zip(rows, items):
        values = [c.value for c in cells]
        assert values[0] == number(item, include_part1), values
        assert values[1] == item['title']
        assert values[2:2 + len(parties)] == [mark(item, p['id']) for p in parties], values
        tail = values[2 + len(parties):]
        lead = lead_text(project, item, False)
        if item.get('owner') in short_of:
            lead = short_of[item['owner']]
        assert tail == [lead, STATUS[item['status']],
                        item['clause'] or None, item['note'] or None], (tail, item['id'])


def test_matrix_matches_model():
    for source in (SAMPLE, MARKS):
        for include_part1 in (False, True):
            check_matrix_against_model(source, include_part1)


def test_matrix_greyed_undecided_and_legend():
    ws = openpyxl.load_workbook(export(MARKS, 'grey.xlsx'))['責任分担表']
    header, rows = table(ws)
    by_number = {cells[0].value: cells for cells in rows}
    for cell in by_number['A-5']:
        assert cell.fill.fgColor.rgb == GREY, (cell.coordinate, cell.fill.fgColor.rgb)
    for cell in by_number['A-4']:
        assert cell.fill.fgColor.rgb != GREY, cell.coordinate
    undecided = cell_of(header, by_number['A-4'], '主担当')
    assert undecided.value == '未定' and undecided.font.b and undecided.fill.fgColor.rgb != GREY
    below = range(rows[-1][0].row + 1, ws.max_row + 1)
    # The legend goes with the table: no blank page between (a page break, if
    # any, falls before the table's last rows, never before the legend).
    breaks = [b.id for b in ws.row_breaks.brk]
    assert all(b < rows[-1][0].row - 1 for b in breaks), (breaks, rows[-1][0].row)
    # A list has its AutoFilter over the header and rows.
    assert ws.auto_filter.ref == f'A{HEAD_ROW}:{ws.cell(row=1, column=len(header)).column_letter}' \
        f'{rows[-1][0].row}', ws.auto_filter.ref
    legend = [ws.cell(row=r, column=2).value for r in below]
    legend = [text for text in legend if text]
    assert legend[0] == '凡例', legend
    assert any(t.startswith('◎') and '主担当' in t for t in legend), legend
    assert any(t.startswith('○') and '協力' in t for t in legend), legend
    assert any(t.startswith('共同') and '複数の◎' in t for t in legend), legend
    assert any(t.startswith('未定') for t in legend) and any(t.startswith('対象外') for t in legend)


def check_vendor_sheets(source, include_part1):
    project = load_json(source)
    options = ['--include-part1'] if include_part1 else []
    wb = openpyxl.load_workbook(export(source, 'vendors.xlsx', *options))
    vendors = parties_in_order(project)[1:]
    sheets = wb.sheetnames[2:2 + len(vendors)]
    names = cover_short_names(wb, project)
    assert len(names) == len(vendors) + 1, names
    for vendor, sheet in zip(vendors, sheets):
        ws = wb[sheet]
        assert vendor['name'] in ws['A1'].value, (ws['A1'].value, vendor['name'])
        header, rows = table(ws)
        assert header == VENDOR_COLUMNS, header
        mine = [i for i in matrix_items(project, include_part1) if mark(i, vendor['id'])]
        if not mine:
            assert len(rows) == 1 and 'ありません' in rows[0][0].value, sheet
            continue
        assert [c[0].value for c in rows] == [number(i, include_part1) for i in mine], sheet
        for cells, item in zip(rows, mine):
            get = lambda name: cell_of(header, cells, name).value
            role = {'◎': '◎ 主担当', '○': '○ 協力', '△': '△ 情報提供'}[mark(item, vendor['id'])]
            assert get('役割').startswith(role), (get('役割'), item['id'])
            assert get('項目') == item['title'] and get('内容') == (item['content'] or None)
            assert get('主担当') == lead_text(project, item, True, names), (get('主担当'), item['id'])
            assert get('契約条項') == (item['clause'] or None)
            assert get('状態') == STATUS[item['status']]


def test_vendor_sheets_hold_their_rows():
    for source in (SAMPLE, MARKS):
        for include_part1 in (False, True):
            check_vendor_sheets(source, include_part1)
    # The known answers of the fixture, spelled out.
    wb = openpyxl.load_workbook(export(MARKS, 'vendor-known.xlsx'))
    numbers = lambda sheet: [c[0].value for c in table(wb[sheet])[1]]
    assert numbers('あおばシステム株式会社') == ['A-1', 'A-3', 'A-7']
    assert numbers('ひかりメディカル株式会社') == ['A-2', 'A-3', 'A-8']
    assert numbers('みなと_ネット__ワーク_サービス_保守_東日本支社_第二営業') == ['A-6', 'A-9']
    roles = [c[3].value for c in table(wb['ひかりメディカル株式会社'])[1]]
    assert roles == ['○ 協力', '◎ 主担当\n（共同）', '◎ 主担当'], roles


def confirming_vendors(project, item):
    """The vendors that are ◎ or ○ on a Part 2 item, in the parties' order."""
    if item['part'] != 2:
        return []
    return [p for p in parties_in_order(project)
            if p['kind'] != 'hospital' and mark(item, p['id']) in ('◎', '○')]


def vendor_check(project, item, party_id):
    """A vendor's check; a version 1 file's item-level check is every vendor's."""
    if project['version'] < 2:
        return {'first_check': item.get('first_check', {}), 'completed': item.get('completed')}
    for check in item.get('checks', []):
        if check['party'] == party_id:
            return check
    return {}


def check_part_sheets(source):
    project = load_json(source)
    wb = openpyxl.load_workbook(export(source, 'parts.xlsx', '--include-part1'))
    names = cover_short_names(wb, project)
    for part, sheet in ((1, '第1部 確認表'), (2, '第2部 確認表')):
        header, rows = table(wb[sheet])
        assert header == (PART_COLUMNS if part == 1 else PART2_COLUMNS), header
        items = [i for i in project['items'] if i['part'] == part]
        assert len(rows) == len(items), (sheet, len(rows), len(items))
        for cells, item in zip(rows, items):
            get = lambda name: cell_of(header, cells, name)
            vendors = confirming_vendors(project, item)
            assert get('項番').value == number(item)
            assert get('項目').value == item['title']
            assert get('内容').value == (item['content'] or None)
            if len(vendors) > 1:
                # One line per vendor, in the order of the 事業者 column.
                checks = [vendor_check(project, item, v['id']) for v in vendors]
                assert get('事業者').value == '\n'.join(names[v['id']] for v in vendors)
                assert get('初回確認').value == '\n'.join(
                    CHECK[c.get('first_check', {}).get('result', 'unset')] or '—' for c in checks)
                for column, value in (('初回確認日', lambda c: c.get('first_check', {}).get('date')),
                                      ('目標日', lambda c: c.get('target')),
                                      ('完了日', lambda c: c.get('completed'))):
                    assert get(column).value == '\n'.join(value(c) or '—' for c in checks), \
                        (item['id'], column)
            else:
                if vendors:
                    check = vendor_check(project, item, vendors[0]['id'])
                    assert get('事業者').value == names[vendors[0]['id']], item['id']
                else:
                    check = {'first_check': item.get('first_check', {}),
                             'completed': item.get('completed'), 'target': item.get('target')}
                    if part == 2:
                        assert get('事業者').value is None, item['id']
                first = check.get('first_check', {})
                assert get('初回確認').value == CHECK[first.get('result', 'unset')], item['id']
                for column, text in (('初回確認日', first.get('date')), ('目標日', check.get('target')),
                                     ('完了日', check.get('completed'))):
                    cell = get(column)
                    assert cell.value == as_date(text), (item['id'], column, cell.value)
                    if text:
                        assert cell.is_date and cell.number_format == 'yyyy-mm-dd', \
                            cell.number_format
            lead = get('主担当').value
            assert lead == lead_text(project, item, True, names), (item['id'], lead)
            assert get('協力').value == supporters(project, item, names), item['id']
            assert get('状態').value == STATUS[item['status']]
            assert get('契約条項').value == (item['clause'] or None)
            assert get('備考').value == (item['note'] or None)


def test_part_sheets_official_columns():
    for source in (SAMPLE, MARKS):
        check_part_sheets(source)


def test_no_formulas():
    path = export(MARKS, 'formulas.xlsx', '--include-part1')
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith('xl/worksheets/'):
                assert b'<f>' not in z.read(name) and b'<f ' not in z.read(name), name
    wb = openpyxl.load_workbook(path)
    seen = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != 'f', (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in '=@':
                    assert cell.data_type == 's'
                    seen.add(cell.value)
    assert {'=SUM(A1:A2)', '=1+1', "@cmd|' /C calc'!A0"} <= seen, seen


def test_print_setup():
    project = load_json(MARKS)
    wb = openpyxl.load_workbook(export(MARKS, 'print.xlsx'))
    for ws in wb:
        setup = ws.page_setup
        assert setup.orientation == 'landscape', ws.title
        # A4, but the matrix of MARKS's seven parties on A3 (beyond six parties).
        assert int(setup.paperSize) == (8 if ws.title == '責任分担表' else 9), \
            (ws.title, setup.paperSize)
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert setup.fitToWidth in (None, 1, '1'), setup.fitToWidth  # absent means 1
        # The cover is one page; the tables as many pages as needed.
        height = 1 if setup.fitToHeight is None else int(setup.fitToHeight)   # absent means 1
        assert height == (1 if ws.title == '表紙' else 0), \
            (ws.title, setup.fitToHeight)
        assert ws.print_title_rows, ws.title
        assert ws.freeze_panes, ws.title
        assert project['title'] in ws.oddHeader.left.text.replace('&&', '&'), ws.oddHeader.left.text
        assert ws.oddFooter.center.text == '&P / &N', ws.oddFooter.center.text
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == 'Yu Gothic', (ws.title, cell.coordinate)
    tables = wb.sheetnames[1:]
    for title in tables:
        ws = wb[title]
        if title == '集計':
            continue
        assert ws.print_title_rows == '$3:$3', (title, ws.print_title_rows)
        assert ws.freeze_panes == ('C4' if title == '責任分担表' else 'A4'), ws.freeze_panes
        head = ws[HEAD_ROW]
        assert all(c.border.left.style == 'thin' for c in head if c.value), title
        assert all(c.alignment.wrap_text for c in head if c.value), title
    widths = wb['責任分担表'].column_dimensions
    assert widths['B'].width > 20 and widths['A'].width < 15, (widths['A'].width, widths['B'].width)


def hospital_of(project):
    return next(p for p in project['parties'] if p['kind'] == 'hospital')


def test_cover():
    project = load_json(MARKS)
    wb = openpyxl.load_workbook(export(MARKS, 'cover.xlsx'))
    ws = wb['表紙']
    fields = {}
    for row in ws.iter_rows(min_row=1, max_col=2):
        if row[0].value == '当事者':          # the list of parties begins
            break
        if row[0].value and row[1].value is not None:
            fields[row[0].value] = row[1]
    assert fields['案件名'].value == project['title']
    assert fields['医療機関'].value == hospital_of(project)['name']
    assert fields['チェックリスト'].value == 'buntan-default（版 2024.06-1）'
    assert fields['出力日'].is_date and fields['出力日'].number_format == 'yyyy-mm-dd'
    assert fields['項目数'].value == 11 and fields['項目数'].data_type == 'n'
    assert fields['合意済'].value == sum(i['status'] == 'agreed' for i in project['items'])
    assert fields['抜け漏れ'].value == 7
    assert re.fullmatch(r'[0-9a-f]{64}', fields['照合用ハッシュ'].value)

    rows = [[c.value for c in r] for r in ws.iter_rows()]
    party_head = ['区分', '名称', '略称', '提供サービス・システム']
    start = next(i for i, r in enumerate(rows) if r[:4] == party_head)
    parties = parties_in_order(project)
    listed = rows[start + 1:start + 1 + len(parties)]
    for values, party in zip(listed, parties):
        assert values[1] == party['name']
        if party['kind'] == 'hospital':
            assert values[0] == '医療機関'
        else:
            assert values[0] == '事業者', values
            assert values[3] == (party['service'] or None)

    # The cover's contracts and signature block: test-export-cover.py.
    sign = next(i for i, r in enumerate(rows) if r[0] == '当事者' and '記名押印' in r)
    assert rows[sign][5] == '日付'
    signers = [rows[sign + 1 + n][0] for n in range(len(parties))]
    assert signers == [p['name'] for p in parties], signers
    for n in range(len(parties)):
        assert ws.row_dimensions[sign + 2 + n].height >= 40   # room to sign


def summary_rows(*options):
    ws = openpyxl.load_workbook(export(MARKS, 'summary.xlsx', *options))['集計']
    return [[c.value for c in r] for r in ws.iter_rows()]


def test_summary_counts_part1_only_when_included():
    project = load_json(MARKS)
    assert any(i['part'] == 1 for i in project['items'])
    for options, parts in (((), (2,)), (('--include-part1',), (1, 2))):
        rows = summary_rows(*options)
        start = next(i for i, r in enumerate(rows) if r[0] == '部・状態別の項目数')
        body = rows[start + 2:start + 3 + len(parts)]
        assert [r[0] for r in body] == ['第%d部' % p for p in parts] + ['合計'], (options, body)
        items = [i for i in project['items'] if i['part'] in parts]
        assert body[-1][1:] == [sum(i['status'] == s for i in items) for s in STATUS] + [len(items)]
        start = next(i for i, r in enumerate(rows) if r[0] and r[0].startswith('当事者別'))
        heads = [h for h in rows[start + 1] if h]
        assert [h.split('\n')[0] for h in heads[2:]] == ['第%d部' % p for p in parts for _ in (1, 2)]
        party = parties_in_order(project)[0]
        assert rows[start + 2][2:2 + 2 * len(parts)] == [
            sum(i['part'] == p and mark(i, party['id']) == m for i in project['items'])
            for p in parts for m in ('◎', '○')], rows[start + 2]


def test_summary():
    project = load_json(MARKS)
    rows = summary_rows('--include-part1')

    def table_after(title):
        start = next(i for i, r in enumerate(rows) if r[0] and r[0].startswith(title))
        found = []
        for r in rows[start + 2:]:
            if all(v is None for v in r):
                break
            found.append(r)
        return rows[start], rows[start + 1], found

    _, head, body = table_after('部・状態別の項目数')
    assert head == ['部', '未着手', '協議中', '合意済', '対象外', '計']
    for r, part in zip(body, (1, 2, None)):
        items = [i for i in project['items'] if part is None or i['part'] == part]
        counts = [sum(i['status'] == s for i in items) for s in STATUS]
        assert r[1:] == counts + [len(items)], (r, counts)

    _, head, body = table_after('当事者別')
    for r, party in zip(body, parties_in_order(project)):
        expected = [sum(i['part'] == part and mark(i, party['id']) == m for i in project['items'])
                    for part in (1, 2) for m in ('◎', '○')]
        assert r[0] == party['name'] and r[2:] == expected, (r, expected)
    assert body[-1][0].startswith('未定')

    title, head, body = table_after('抜け漏れ')
    assert title[0] == '抜け漏れ（7 件）', title
    expected = [('第2部 A-4\n担当未定', '主担当が決まっていません'),
                ('第2部 A-7\n共同だが1社だけ', '2者未満'),
                ('第2部 A-8\n完了日のない合意', '完了日が記入されていません'),
                ('第2部 A-9\n担当のない合意', '合意済とされていますが、主担当'),
                ('集計', '項目がありません'), ('history', '項目がありません'),
                ('あおばシステム株式会社', '項目がありません')]
    assert len(body) == len(expected), body
    for r, (where, words) in zip(body, expected):
        assert r[0] == where and words in r[1], r
        # Japanese whatever the locale (the test runs under C.UTF-8).
        assert not re.search('[A-Za-z]', r[1]), r[1]


def cover_fingerprint(path):
    ws = openpyxl.load_workbook(path)['表紙']
    for row in ws.iter_rows(max_col=2):
        if row[0].value == '照合用ハッシュ':
            return row[1].value
    raise AssertionError('no fingerprint on the cover')


def test_fingerprint():
    first = cover_fingerprint(export(MARKS, 'fp1.xlsx'))
    assert first == cover_fingerprint(export(MARKS, 'fp2.xlsx'))
    project = load_json(MARKS)
    project['modified'] = '2027-01-01T00:00:00+09:00'    # times are not content
    assert first == cover_fingerprint(export(write_json(project, 'fp-time.buntan'), 'fp3.xlsx'))
    project['items'][3]['note'] = '変更しました'
    changed = cover_fingerprint(export(write_json(project, 'fp-note.buntan'), 'fp4.xlsx'))
    assert changed != first and re.fullmatch(r'[0-9a-f]{64}', changed)
    with zipfile.ZipFile(os.path.join(WORK, 'fp1.xlsx')) as z:
        assert first.encode() in z.read('docProps/custom.xml')
    footer = openpyxl.load_workbook(os.path.join(WORK, 'fp1.xlsx'))['責任分担表'].oddFooter
    assert first[:16] in footer.left.text, footer.left.text


def test_byte_identical():
    env = dict(os.environ, SOURCE_DATE_EPOCH='1795000000')
    a = export(SAMPLE, 'same-a.xlsx', env=env)
    b = export(SAMPLE, 'same-b.xlsx', env=env)
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        assert za.namelist() == zb.namelist()
        for name in za.namelist():
            assert za.read(name) == zb.read(name), name
        core = za.read('docProps/core.xml').decode()
    with open(a, 'rb') as fa, open(b, 'rb') as fb:
        assert fa.read() == fb.read()
    # The workbook's creation time is the project's "modified" (2026-11-28T16:45:00+09:00).
    assert '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T07:45:00Z' in core, core


def test_export_date():
    env = dict(os.environ, SOURCE_DATE_EPOCH='1795000000')   # 2026-11-18 in UTC
    ws = openpyxl.load_workbook(export(MARKS, 'date-pinned.xlsx', env=env))['表紙']
    dates = [r[1].value for r in ws.iter_rows(max_col=2) if r[0].value == '出力日']
    assert dates == [datetime.datetime(2026, 11, 18)], dates
    env.pop('SOURCE_DATE_EPOCH')
    ws = openpyxl.load_workbook(export(MARKS, 'date-today.xlsx', env=env))['表紙']
    dates = [r[1].value.date() for r in ws.iter_rows(max_col=2) if r[0].value == '出力日']
    today = datetime.date.today()
    assert dates[0] in (today, today - datetime.timedelta(days=1)), dates


def german_locale():
    """An environment with LC_ALL=de_DE.UTF-8 that really formats 1.5 as "1,5", or None."""
    env = dict(os.environ, LC_ALL='de_DE.UTF-8')
    if 'de_DE.utf8' not in subprocess.run(['locale', '-a'], capture_output=True,
                                          text=True).stdout:
        localedef = shutil.which('localedef')
        if localedef is None:
            return None
        locpath = os.path.join(WORK, 'locales')
        os.makedirs(locpath, exist_ok=True)
        made = subprocess.run([localedef, '-i', 'de_DE', '-f', 'UTF-8',
                               os.path.join(locpath, 'de_DE.UTF-8')], capture_output=True)
        if made.returncode not in (0, 1):      # 1: made, with warnings
            return None
        env['LOCPATH'] = locpath
    shown = subprocess.run(['printf', '%.1f', '1.5'], env=env, capture_output=True, text=True)
    return env if shown.stdout == '1,5' else None


def test_german_locale():
    env = german_locale()
    if env is None:
        return 'SKIP de_DE.UTF-8 is not available and cannot be generated (localedef)'
    c_locale = export(SAMPLE, 'c-locale.xlsx', env=dict(os.environ, SOURCE_DATE_EPOCH='1795000000'))
    env['SOURCE_DATE_EPOCH'] = '1795000000'
    german = export(SAMPLE, 'de-locale.xlsx', env=env)
    wb = openpyxl.load_workbook(german)     # fails on "0,4" margins or "13,28" widths
    assert abs(wb['責任分担表'].column_dimensions['B'].width - 32.71) < 0.01
    assert wb['表紙'].page_margins.left == 0.4
    with open(c_locale, 'rb') as a, open(german, 'rb') as b:
        assert a.read() == b.read(), 'the locale changed the workbook'


def leftovers(folder):
    return sorted(n for n in os.listdir(folder) if n.endswith('.tmp'))


def test_failed_write_to_folder():
    folder = os.path.join(WORK, 'fail-folder')
    target = os.path.join(folder, 'export.xlsx')
    os.makedirs(target)                               # the target is a directory
    result = run_fixture(MARKS, target)
    assert result.returncode == 1, result
    assert target in result.stderr and 'could not be written' in result.stderr, result.stderr
    assert os.path.isdir(target) and os.listdir(target) == []
    assert leftovers(folder) == [], leftovers(folder)


def test_failed_write_parent_is_file():
    folder = os.path.join(WORK, 'fail-parent')
    os.makedirs(folder)
    parent = os.path.join(folder, 'not-a-folder')
    open(parent, 'w').close()
    target = os.path.join(parent, 'export.xlsx')      # tests run as root: chmod would not stop us
    result = run_fixture(MARKS, target)
    assert result.returncode == 1, result
    assert target in result.stderr and 'could not be written' in result.stderr, result.stderr
    assert os.listdir(folder) == ['not-a-folder'] and os.path.getsize(parent) == 0


def existing_target(name, content):
    """A new folder holding export.xlsx with @content; returns both paths."""
    folder = os.path.join(WORK, name)
    os.makedirs(folder)
    target = os.path.join(folder, 'export.xlsx')
    with open(target, 'w') as f:
        f.write(content)
    return folder, target


def test_failed_write_disk_full():
    """A write that fails half-way (file size limit: the disk-full path) keeps the old file."""
    folder, target = existing_target('fail-full', 'the previous export')

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    result = run_fixture(SAMPLE, target, preexec_fn=limit)
    assert result.returncode == 1, result
    assert f'{target}: could not be written' in result.stderr, result.stderr
    with open(target) as f:
        assert f.read() == 'the previous export'
    assert os.listdir(folder) == ['export.xlsx'], os.listdir(folder)


def test_not_a_local_file():
    result = run_fixture(MARKS, 'sftp://example.org/export.xlsx')
    assert result.returncode == 1 and 'sftp://example.org/export.xlsx' in result.stderr, result


def test_replaces_existing_file():
    folder, target = existing_target('replace', 'old')
    os.chmod(target, 0o640)
    assert run_fixture(MARKS, target).returncode == 0
    assert zipfile.is_zipfile(target) and os.stat(target).st_mode & 0o777 == 0o640
    assert os.listdir(folder) == ['export.xlsx']


def test_long_text_is_cut_not_fatal():
    project = load_json(MARKS)
    project['items'][2]['note'] = 'あ' * 40000              # Excel holds 32,767 per cell
    wb = openpyxl.load_workbook(export(write_json(project, 'long.buntan'), 'long.xlsx'))
    header, rows = table(wb['第2部 確認表'])
    note = cell_of(header, rows[0], '備考').value
    assert 30000 < len(note) <= 32767 and note.endswith('（以下省略）'), len(note)


def test_empty_project():
    project = load_json(MARKS)
    project['parties'] = project['parties'][:1]
    project['items'] = []
    wb = openpyxl.load_workbook(export(write_json(project, 'empty.buntan'), 'empty.xlsx',
                                       '--include-part1'))
    assert wb.sheetnames == FIXED_SHEETS_BEFORE + FIXED_SHEETS_AFTER_PART1, wb.sheetnames
    for sheet in ('責任分担表', '第1部 確認表', '第2部 確認表'):
        header, rows = table(wb[sheet])
        assert len(rows) == 1 and rows[0][0].value == '項目はありません。', sheet
    summary = [[c.value for c in r] for r in wb['集計'].iter_rows()]
    assert ['抜け漏れ（0 件）'] == [r[0] for r in summary if r[0] and r[0].startswith('抜け漏れ（')]
    assert any(r[0] == '抜け漏れはありません。' for r in summary)


MEETING_FIELDS = {'status': '状態', 'owner': '主担当', 'participants': '協力',
                  'first_check': '初回確認', 'first_check_date': '初回確認日',
                  'completed': '完了日', 'clause': '契約条項', 'note': '備考'}
MEETING_COLUMNS = ['時刻', '項番', '項目', '変更箇所', '変更前', '変更後']


def decision_words(project, field, value):
    names = {p['id']: p['name'] for p in project['parties']}
    if field == 'owner':
        return '未定' if value is None else '共同' if value == 'joint' else names.get(value, value)
    if value is None:
        return '—'
    if field == 'participants':
        return '、'.join(names.get(v, v) for v in value.split(','))
    if field == 'status':
        return STATUS[value]
    if field == 'first_check':
        return CHECK[value] or '—'
    return value


def meeting_fixture():
    project = load_json(MARKS)
    project['meetings'] = [
        {'started': '2026-11-03T23:30:00+09:00', 'ended': '2026-11-04T00:40:00+09:00',
         'attendees': ['山田 太郎（テスト病院）', '佐藤 花子（あおば）'],
         'decisions': [
             {'time': '2026-11-03T23:35:10+09:00', 'item': 'P2-A-4', 'field': 'owner',
              'from': None, 'to': 'v1'},
             {'time': '2026-11-03T23:36:00+09:00', 'item': 'P2-A-3', 'field': 'owner',
              'from': 'v2', 'to': 'joint'},
             {'time': '2026-11-03T23:36:05+09:00', 'item': 'P2-A-3', 'field': 'participants',
              'from': None, 'to': 'v1,v2,v9'},
             {'time': '2026-11-03T23:40:00+09:00', 'item': 'P2-A-1', 'field': 'status',
              'from': 'discussing', 'to': 'agreed'},
             {'time': '2026-11-03T23:41:00+09:00', 'item': 'P2-A-1', 'field': 'first_check',
              'from': 'unset', 'to': 'no', 'party': 'v1'},
             {'time': '2026-11-03T23:41:00+09:00', 'item': 'P2-A-1', 'field': 'first_check_date',
              'from': None, 'to': '2026-11-03', 'party': 'v1'},
             {'time': '2026-11-03T23:50:00+09:00', 'item': 'P2-A-1', 'field': 'completed',
              'from': '2026-10-01', 'to': None},
             {'time': '2026-11-03T23:55:00+09:00', 'item': 'P2-A-2', 'field': 'clause',
              'from': None, 'to': '=保守契約書 第5条'},
             {'time': '2026-11-04T00:10:00+09:00', 'item': 'P2-Z-9', 'field': 'note',
              'from': '削除前の備考', 'to': None}]},
        {'started': '2026-11-10T14:00:00+09:00', 'attendees': [], 'decisions': []}]
    return project


def test_meeting_log():
    project = meeting_fixture()
    path = write_json(project, 'meeting.buntan')
    wb = openpyxl.load_workbook(export(path, 'no-meeting.xlsx'))
    assert '協議記録' not in wb.sheetnames, wb.sheetnames
    wb = openpyxl.load_workbook(export(path, 'meeting.xlsx', '--include-meetings'))
    assert wb.sheetnames[-1] == '協議記録', wb.sheetnames
    ws = wb['協議記録']
    assert ws['A1'].value == '協議記録', ws['A1'].value
    header = [c.value for c in ws[HEAD_ROW]][:len(MEETING_COLUMNS)]
    assert header == MEETING_COLUMNS, header
    items = {i['id']: i for i in project['items']}
    names_by_id = {p['id']: p['name'] for p in project['parties']}
    rows = [[c.value for c in r][:len(MEETING_COLUMNS)]
            for r in ws.iter_rows(min_row=HEAD_ROW + 1)]
    expected = []
    for meeting in project['meetings']:
        start = meeting['started']
        names = '、'.join(meeting['attendees']) or '記録なし'
        end = meeting['ended'][11:16] if 'ended' in meeting else '（終了時刻の記録なし）'
        expected.append([f'協議 {start[:10]} {start[11:16]}〜{end}　出席者：{names}'] +
                        [None] * (len(MEETING_COLUMNS) - 1))
        for d in meeting['decisions']:
            item = items.get(d['item'])
            time = d['time'][11:16] if d['time'][:10] == start[:10] else \
                f"{d['time'][5:10]} {d['time'][11:16]}"
            expected.append([time, number(item, True) if item else d['item'],
                             item['title'] if item else '（削除された項目）',
                             MEETING_FIELDS[d['field']] + (
                                 f"（{names_by_id[d['party']]}）" if 'party' in d else ''),
                             decision_words(project, d['field'], d['from']),
                             decision_words(project, d['field'], d['to'])])
        if not meeting['decisions']:
            expected.append(['変更はありません。'] + [None] * (len(MEETING_COLUMNS) - 1))
    rows = rows[:len(expected)]
    assert rows == expected, '\n'.join(f'{a}\n{b}' for a, b in zip(rows, expected) if a != b)
    # Spot checks of the words, spelled out.
    assert expected[1][4:] == ['未定', 'あおばシステム株式会社'], expected[1]
    assert expected[3][5] == 'あおばシステム株式会社、ひかりメディカル株式会社、v9', expected[3]
    assert expected[9][0] == '11-04 00:10', expected[9]
    # A vendor's check says whose it is.
    assert expected[5][3:] == ['初回確認（あおばシステム株式会社）', '—', 'いいえ'], expected[5]
    assert expected[4][3] == '状態', expected[4]
    # Each meeting's heading spans the table; the clause stays text, not a formula.
    merged = [str(r) for r in ws.merged_cells.ranges]
    assert f'A{HEAD_ROW + 1}:F{HEAD_ROW + 1}' in merged, merged
    assert ws.cell(HEAD_ROW + 9, 6).data_type == 's', ws.cell(HEAD_ROW + 9, 6).data_type
    # Printed like every other table.
    setup = ws.page_setup
    assert setup.orientation == 'landscape' and int(setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == '$3:$3', ws.print_title_rows
    assert ws.freeze_panes == 'A4', ws.freeze_panes
    assert project['title'] in ws.oddHeader.left.text.replace('&&', '&'), ws.oddHeader.left.text
    assert ws.oddFooter.center.text == '&P / &N', ws.oddFooter.center.text
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == 'Yu Gothic', cell.coordinate
    # Without meetings there is no such sheet (test_sheet_set), and the log does not
    # change the fingerprint: it is about the negotiated state.
    plain = export(MARKS, 'meeting-plain.xlsx')
    assert cover_fingerprint(plain) == cover_fingerprint(
        os.path.join(WORK, 'meeting.xlsx')), 'the fingerprint changed'


TESTS = [value for name, value in list(globals().items()) if name.startswith('test_')]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
