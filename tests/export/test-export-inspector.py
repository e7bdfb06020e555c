#!/usr/bin/python3
# test-export-inspector.py — the inspector's workbook of a cyber-security project (issue 19)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-inspector.py BUNTAN-CLI
#
# Exports tests/data/cyberinsp-two-vendors.buntan (the hospital's four items
# answered; 電カル complete; NW保守 with P2-A-3 unanswered and an いいえ on
# P2-A-4 without 目標日) through `buntan-cli export` and reads every sheet
# back with openpyxl; prints it with LibreOffice when soffice is there.
# Output: TAP.

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(SOURCE_ROOT, 'tests', 'data', 'cyberinsp-two-vendors.buntan')
CLI = os.path.abspath(sys.argv[1])
# 2026-06-01 (UTC): the cover's export date.
EPOCH = '1780272000'

HOSPITAL = '医療機関確認用'
ELECTRONIC = '事業者確認用（電カル）'
NETWORK = '事業者確認用（NW保守）'


def rows_of(sheet, first=4):
    """The table's rows below its header (row 3), as tuples of values."""
    return [tuple(cell.value for cell in row)
            for row in sheet.iter_rows(min_row=first)
            if any(cell.value is not None for cell in row)]


def item_rows(sheet):
    """項番 → the row's values, for rows whose 項番 looks like one."""
    return {row[0]: row for row in rows_of(sheet)
            if isinstance(row[0], str) and re.fullmatch(r'([A-Z]|[0-9]+)-[0-9]+', row[0])}


class InspectorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import openpyxl

        cls.tmp = tempfile.mkdtemp(prefix='buntan-inspector-')
        cls.env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH,
                       XDG_DATA_HOME=os.path.join(cls.tmp, 'data'))
        cls.out = os.path.join(cls.tmp, 'inspector.xlsx')
        cls.result = cls.run_cli('export', FIXTURE, '-o', cls.out)
        assert cls.result.returncode == 0, cls.result.stderr
        cls.workbook = openpyxl.load_workbook(cls.out)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def run_cli(cls, *args):
        return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                              timeout=120, env=cls.env)

    def test_sheets(self):
        self.assertEqual(self.workbook.sheetnames, ['表紙', HOSPITAL, ELECTRONIC, NETWORK])

    def test_cover_facts(self):
        cover = self.workbook['表紙']
        fields = {row[0]: row[1] for row in rows_of(cover, 1) if row[0] is not None}
        self.assertEqual(fields['医療機関'], '医療法人 みどり会 みどり病院')
        self.assertEqual(fields['チェックリスト'],
                         'サイバーセキュリティ対策チェックリスト（Buntan要約）')
        self.assertEqual(fields['チェックリストの版'], '2026.12-1')
        self.assertEqual(fields['出力日'], datetime.datetime(2026, 6, 1))

    def test_cover_completeness(self):
        cover = self.workbook['表紙']
        sheets = {row[2]: row for row in rows_of(cover, 1) if row[2] in
                  (HOSPITAL, ELECTRONIC, NETWORK)}
        self.assertEqual(set(sheets), {HOSPITAL, ELECTRONIC, NETWORK})
        # 区分, 名称, シート, 対象項目, 未回答, 目標日のない「いいえ」, 記入状況
        self.assertEqual(sheets[HOSPITAL][:7], ('医療機関', '医療法人 みどり会 みどり病院',
                                                HOSPITAL, 4, 0, 0, '完了'))
        self.assertEqual(sheets[ELECTRONIC][:7], ('事業者', '株式会社電子カルテ', ELECTRONIC,
                                                  4, 0, 0, '完了'))
        self.assertEqual(sheets[NETWORK][:7], ('事業者', 'ネットワーク保守株式会社', NETWORK,
                                               4, 1, 1, '未完了（不足 2 項目）'))

    def test_cover_lists_what_is_missing(self):
        cover = self.workbook['表紙']
        missing = [row[:4] for row in rows_of(cover, 1)
                   if row[2] == 'NW保守']
        self.assertEqual(missing, [
            ('A-3', 'MDS/SDSの提出', 'NW保守',
             '事業者の回答（はい・いいえ）がまだありません。（ネットワーク保守株式会社）'),
            ('A-4', 'アクセス権限の設定', 'NW保守',
             '事業者の回答が「いいえ」ですが、目標日が記入されていません。'
             '（ネットワーク保守株式会社）'),
        ])

    def test_hospital_sheet(self):
        sheet = self.workbook[HOSPITAL]
        self.assertEqual([cell.value for cell in sheet[3]],
                         ['項番', '項目', '内容', 'はい／いいえ', '確認日', '目標日', '備考'])
        rows = item_rows(sheet)
        self.assertEqual(sorted(rows), ['1-1', '2-1', '2-2', '3-1'])
        self.assertEqual(rows['2-2'][3:7], ('いいえ', datetime.datetime(2026, 11, 28),
                                              datetime.datetime(2027, 3, 31), '来年度予算で対応'))
        self.assertEqual(rows['1-1'][3:6], ('はい', datetime.datetime(2026, 11, 28), None))

    def test_vendor_sheets(self):
        complete = item_rows(self.workbook[ELECTRONIC])
        self.assertEqual([cell.value for cell in self.workbook[ELECTRONIC][3]],
                         ['項番', '項目', '内容', 'はい／いいえ', '確認日', '目標日'])
        self.assertEqual(sorted(complete), ['A-1', 'A-2', 'A-3', 'A-4'])
        self.assertEqual(complete['A-4'][3:6], ('いいえ', datetime.datetime(2026, 11, 25),
                                                datetime.datetime(2027, 6, 30)))
        self.assertEqual(complete['A-1'][3:6], ('はい', datetime.datetime(2026, 11, 25), None))

        lacking = item_rows(self.workbook[NETWORK])
        self.assertEqual(sorted(lacking), ['A-1', 'A-2', 'A-3', 'A-4'])
        self.assertEqual(lacking['A-3'][3:6], ('未回答', None, None))
        self.assertEqual(lacking['A-4'][3:6], ('いいえ', datetime.datetime(2026, 11, 26), '未記入'))
        self.assertEqual(lacking['A-2'][3], 'はい')

    def test_print_ready(self):
        for sheet in self.workbook.worksheets:
            with self.subTest(sheet=sheet.title):
                self.assertEqual(str(sheet.page_setup.paperSize), '9')  # A4
                # Fit to one page wide (fitToWidth 1 is the default, left out), pages down as needed.
                self.assertTrue(sheet.sheet_properties.pageSetUpPr.fitToPage)
                self.assertEqual(sheet.page_setup.fitToHeight, 0)
                self.assertIn('&P', sheet.oddFooter.center.text)
                self.assertIsNotNone(sheet.print_title_rows)
        # Not a contract draft: no 案 in the page header.
        self.assertNotIn('案', self.workbook[HOSPITAL].oddHeader.center.text or '')

    def test_matrix_on_request(self):
        out = os.path.join(self.tmp, 'matrix.xlsx')
        result = self.run_cli('export', FIXTURE, '--matrix', '-o', out)
        self.assertEqual(result.returncode, 0, result.stderr)
        import openpyxl

        self.assertIn('責任分担表', openpyxl.load_workbook(out).sheetnames)

    def test_printed_by_libreoffice(self):
        for tool in ('soffice', 'pdfinfo', 'pdftotext'):
            if shutil.which(tool) is None:
                self.skipTest(f'{tool} is missing')
        subprocess.run(['soffice', '--headless', '--norestore',
                        f'-env:UserInstallation=file://{self.tmp}/profile', '--convert-to', 'pdf',
                        '--outdir', self.tmp, self.out], capture_output=True, timeout=300,
                       check=True, env=dict(self.env, HOME=self.tmp))
        pdf = os.path.join(self.tmp, 'inspector.pdf')
        info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True,
                              check=True).stdout
        pages = int(re.search(r'^Pages:\s+([0-9]+)', info, re.M).group(1))
        texts = [subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), pdf, '-'],
                                capture_output=True, text=True, check=True).stdout
                 for n in range(1, pages + 1)]
        # The cover and the three small sheets, one page each.
        self.assertEqual(pages, 4, [text[:80] for text in texts])
        self.assertIn('回答の状況', texts[0])
        self.assertIn('未完了（不足 2 項目）', texts[0])
        self.assertIn('医療機関確認用', texts[1])
        self.assertIn('事業者確認用', texts[3])
        self.assertIn('未記入', texts[3])
        for n, text in enumerate(texts, 1):
            self.assertRegex(text, rf'(?m)^{n} ?/ ?{pages}$')


if __name__ == '__main__':
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        buntan_tap.skip_all('openpyxl is missing')
        sys.exit(0)
    sys.exit(buntan_tap.run_cases(InspectorTest))
