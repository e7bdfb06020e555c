#!/usr/bin/python3
# test-render-inspector.py — a cyber-security project's PDF: the inspector's sheets (issue 19)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-render-inspector.py BUNTAN-CLI
#
# `buntan-cli export --format pdf` of tests/data/cyberinsp-two-vendors.buntan
# read back with pdftotext: the cover saying which sheet is complete, the
# hospital's sheet and one sheet per vendor with their answers, 未回答 and
# 未記入 where they are missing, the inspector's fingerprint in the footer,
# no contract matrix and no 案; with --matrix, the contract document again.
# Output: TAP.

import os
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


def squeeze(text):
    """pdftotext's text without the spaces and line ends its layout adds."""
    return ''.join(text.split())


class InspectorPdfTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='buntan-inspector-pdf-')
        cls.env = dict(os.environ, SOURCE_DATE_EPOCH='1780272000',
                       XDG_DATA_HOME=os.path.join(cls.tmp, 'data'))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_cli(self, *args):
        result = subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                                timeout=120, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def pages(self, *options):
        out = os.path.join(self.tmp, 'out.pdf')
        self.run_cli('export', FIXTURE, '--format', 'pdf', *options, '-o', out)
        text = subprocess.run(['pdftotext', '-layout', out, '-'], capture_output=True,
                              text=True, check=True).stdout
        return [squeeze(page) for page in text.split('\f') if page.strip()]

    def test_cover_and_sheets(self):
        pages = self.pages()
        whole = ''.join(pages)
        self.assertIn('回答一覧', pages[0])
        self.assertIn('回答の状況', pages[0])
        self.assertIn('未完了（不足2項目）', pages[0])
        self.assertIn('記入が不足している回答', pages[0])
        # The hospital's sheet, then each vendor's, each on pages of its own.
        hospital = next(i for i, page in enumerate(pages) if '（医療機関確認用）' in page)
        electronic = next(i for i, page in enumerate(pages) if '事業者：株式会社電子カルテ' in page)
        self.assertGreater(hospital, 0)
        self.assertGreater(electronic, hospital)
        self.assertEqual(whole.count('（事業者確認用）'), 2)
        self.assertIn('未回答', whole)
        self.assertIn('未記入', whole)
        self.assertIn('2027-06-30', whole)
        # Not the contract document, and no draft mark.
        self.assertNotIn('責任分担表', whole)
        self.assertNotIn('署名欄', whole)
        self.assertNotIn('案', whole.replace('案件', ''))

    def test_footer_fingerprint(self):
        fingerprint = self.run_cli('fingerprint', FIXTURE).strip()
        for n, page in enumerate(self.pages(), 1):
            with self.subTest(page=n):
                self.assertIn(f'照合用ハッシュ{fingerprint[:16]}', page)

    def test_matrix_on_request(self):
        whole = ''.join(self.pages('--matrix'))
        self.assertIn('責任分担表', whole)
        self.assertNotIn('（事業者確認用）', whole)


if __name__ == '__main__':
    if shutil.which('pdftotext') is None:
        buntan_tap.skip_all('pdftotext is missing')
        sys.exit(0)
    sys.exit(buntan_tap.run_cases(InspectorPdfTest))
