#!/usr/bin/python3
# test-export-breaks.py — the page breaks the export sets (issue 16)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-breaks.py FIXTURE-PROGRAM
# Exports the sample with 0 to 30 added vendors, which moves the summary's
# tables down its pages, and reads the page breaks back with openpyxl: no
# page ends with a heading, a table's header row or a section row (大項目),
# and every table row has a height of its own. Output: TAP.

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.cell.cell import MergedCell

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

FIXTURE = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-export-breaks-')
HEAD_ROW = 3


def export_with_vendors(count):
    with open(SAMPLE, encoding='utf-8') as f:
        project = json.load(f)
    template = next(p for p in project['parties'] if p['kind'] == 'vendor')
    for n in range(count):
        vendor = copy.deepcopy(template)
        vendor.update(id=f'added{n}', name=f'追加事業者{n}株式会社', short_name=f'追加{n}',
                      contracts=[])
        project['parties'].append(vendor)
    source = os.path.join(WORK, f'vendors{count}.buntan')
    with open(source, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False)
    target = os.path.join(WORK, f'vendors{count}.xlsx')
    result = subprocess.run([FIXTURE, source, target], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return openpyxl.load_workbook(target)


def page_ends(ws):
    """The rows (1-based) that end a page by a break the export set."""
    return [brk.id for brk in ws.row_breaks.brk]


def test_summary_headings_start_pages():
    seen_breaks = moved = 0
    for count in range(0, 31, 2):
        ws = export_with_vendors(count)['集計']
        headings = {r for r in range(1, ws.max_row + 1)
                    if isinstance(ws.cell(r, 1).value, str)
                    and (ws.cell(r, 1).value.startswith(('部・状態別', '当事者別', '抜け漏れ（',
                                                          '注意（'))
                         or ws.cell(r, 1).value in ('部', '当事者', '項番・事業者'))}
        assert len(headings) >= 6, headings
        for end in page_ends(ws):
            seen_breaks += 1
            assert end not in headings, (count, end, ws.cell(end, 1).value)
            moved += end + 1 in headings
    assert seen_breaks > 0, 'no summary long enough to break'
    # Some heading did fall at a page's foot and was moved to the next page.
    assert moved > 0, 'no heading ever reached the foot of a page'


def test_section_rows_start_pages():
    wb = export_with_vendors(0)
    for ws in wb.worksheets[1:]:
        for end in page_ends(ws):
            cells = ws[end]
            assert not (len(cells) > 1 and isinstance(cells[1], MergedCell)), (ws.title, end)
        # Every row of a table has its height set, one line too.
        for row in range(HEAD_ROW, ws.max_row + 1):
            if any(c.value is not None for c in ws[row]) and ws.cell(row, 1).border.left.style:
                assert ws.row_dimensions[row].height, (ws.title, row)


TESTS = [test_summary_headings_start_pages, test_section_rows_start_pages]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
