#!/usr/bin/env python3
# test-counts-agree.py — the window, the CLI and the workbook report the same counts
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each is read as a user reads it: the summary page's labels (counts-window
# prints them), `buntan-cli info --json`, and the workbook's 集計 and 表紙
# cells through openpyxl. The fixture has an unnamed hospital, 共同 with two,
# one and no sharing parties, 対象外 items with and without an owner, and
# Part 1 items. HACKING.md, "Counting rules", says what each count counts.
#
# Counts that differed before BuntanOverview, fixed and checked here:
# - CLI "by owner": counted only items whose owner field named the party;
#   the window and workbook count the items it leads (◎), a joint item's
#   sharers included (hospital: 1 against 2).
# - CLI "undecided" counted 対象外 items without an owner (3 against 2).
# - Workbook 未定 counted 共同 with no sharing party (P2-A-2) as 未定, and
#   its 担当 cell said 未定 while the window said 共同 (issue 12, defect 6).
#
# Usage: test-counts-agree.py COUNTS-WINDOW BUNTAN-CLI. Output: TAP.

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

WINDOW, CLI = sys.argv[1], sys.argv[2]
DATA = os.path.join(os.environ.get('G_TEST_SRCDIR', os.path.dirname(__file__) + '/..'), 'data')
FIXTURE = os.path.join(DATA, 'counts-agree.buntan')
STATUSES = ['open', 'discussing', 'agreed', 'not-applicable']

tap = buntan_tap.Tap()


def check(name, got, expected):
    tap.check(name, got == expected, f'got {got!r}, expected {expected!r}')


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True, encoding='utf-8', timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f'{args[0]} failed: {result.stderr}')
    return result.stdout


def read_window():
    shown = json.loads(run(WINDOW, FIXTURE))
    status = {}  # part (0 both) → [4 statuses..., total]
    for row, part in ((1, 1), (2, 2), (3, 0)):
        status[part] = [int(text) for text in shown['status'][row][1:]]
    parties = [row for row in shown['parties'][1:]]
    lead = [int(row[1]) for row in parties[:-2]]
    support = [int(row[2]) for row in parties[:-2]]
    assert parties[-2][0] == 'Joint' and parties[-1][0] == 'Undecided', parties
    return {
        'items': int(shown['cards'][0]),
        'agreed': int(shown['cards'][1]),
        'gaps': int(shown['cards'][2]),
        'status': status,
        'lead': lead,
        'support': support,
        'joint': int(parties[-2][1]),
        'undecided': int(parties[-1][1]),
    }


def read_cli(party_order):
    info = json.loads(run(CLI, 'info', '--json', FIXTURE))
    status = {}
    for part, counts in ((0, info['items']), (1, info['parts']['1']), (2, info['parts']['2'])):
        status[part] = [counts['by_status'][s] for s in STATUSES] + [counts['total']]
    return {
        'items': info['items']['total'],
        'agreed': info['items']['by_status']['agreed'],
        'gaps': info['items']['gaps'],
        'status': status,
        'lead': [info['items']['by_owner']['parties'][p] for p in party_order],
        'support': [info['items']['supporting'][p] for p in party_order],
        'undecided_by_part': [info['parts'][p]['by_owner']['undecided'] for p in '12'],
        'undecided': info['items']['by_owner']['undecided'],
    }


def read_workbook(tmp):
    path = os.path.join(tmp, 'counts.xlsx')
    # The window counts both parts; the workbook's 集計 does with Part 1 included.
    run(CLI, 'export', FIXTURE, '--output', path, '--include-part1')
    wb = openpyxl.load_workbook(path)
    rows = [[cell for cell in row] for row in wb['集計'].iter_rows(values_only=True)]
    cover = {row[0]: row for row in wb['表紙'].iter_rows(values_only=True) if row and row[0]}

    def numbers(row, columns):
        return [int(row[c]) for c in columns]

    status, lead, support, undecided, gaps = {}, [], [], None, None
    table = None
    for row in rows:
        first = row[0]
        if first == '部・状態別の項目数':
            table = 'status'
        elif first == '当事者別の担当項目数（対象外を含む）':
            table = 'parties'
        elif isinstance(first, str) and first.startswith('抜け漏れ（'):
            gaps = int(first.split('（')[1].split()[0])
            table = None
        elif table == 'status' and first in ('第1部', '第2部', '合計'):
            status[{'第1部': 1, '第2部': 2, '合計': 0}[first]] = numbers(row, range(1, 6))
        elif table == 'parties' and isinstance(first, str) and first.startswith('未定'):
            undecided = numbers(row, (2, 4))
            table = None
        elif table == 'parties' and row[1] in ('医療機関', '事業者'):
            lead.append(int(row[2]) + int(row[4]))
            support.append(int(row[3]) + int(row[5]))

    joint_cells = [row for row in wb['第2部 確認表'].iter_rows(values_only=True)
                   if row and row[0] in ('A-2', 'P2 A-2')]
    return {
        'cover': cover,
        'items': status[0][4],
        'agreed': status[0][2],
        'gaps': gaps,
        'status': status,
        'lead': lead,
        'support': support,
        'undecided_by_part': undecided,
        'undecided': sum(undecided),
        'joint_item_row': joint_cells[0] if joint_cells else None,
    }


def main():
    with open(FIXTURE, encoding='utf-8') as f:
        project = json.load(f)
    # The matrix, the window and the workbook put the hospital first.
    hospital = [p['id'] for p in project['parties'] if p['kind'] == 'hospital']
    party_order = hospital + [p['id'] for p in project['parties'] if p['kind'] != 'hospital']

    tmp = tempfile.mkdtemp(prefix='buntan-counts-')
    try:
        window = read_window()
        cli = read_cli(party_order)
        book = read_workbook(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for key in ('items', 'agreed', 'gaps', 'status', 'lead', 'support', 'undecided'):
        check(f'window and CLI agree on {key}', window[key], cli[key])
        check(f'window and workbook agree on {key}', window[key], book[key])
    check('CLI and workbook agree on undecided per Part', cli['undecided_by_part'],
          book['undecided_by_part'])
    check('the window counts joint items however few share them', window['joint'], 3)

    # Known answers, so that agreeing on a wrong number fails too.
    check('leads: hospital, v1, v2, v3', window['lead'], [2, 4, 1, 0])
    check('undecided leaves 対象外 out', window['undecided'], 2)
    check('gaps: two joint-too-few, one no-owner, one idle vendor', window['gaps'], 4)
    for label, key in (('項目数', 'items'), ('合意済', 'agreed'), ('抜け漏れ', 'gaps')):
        row = book['cover'].get(label)
        check(f'the cover\'s {label} agrees with the window', row[1] if row else None, window[key])
    joint_row = book['joint_item_row']
    check('共同 with no sharing party is 共同 in the workbook, not 未定',
          joint_row is not None and '共同' in [c for c in joint_row if isinstance(c, str)]
          and '未定' not in joint_row, True)
    return tap.done()


if __name__ == '__main__':
    sys.exit(main())
