#!/usr/bin/python3
# test-export-pages.py — how LibreOffice paginates the sample's workbooks (issue 16)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-pages.py FIXTURE-PROGRAM
# Exports the sample (the internal workbook and one vendor's appendix),
# prints both to PDF with LibreOffice and reads every page back with
# pdftotext: the cover is one page, and no page of a table holds only what
# follows the table (a total, the legend) or only the repeated header — the
# page breaks the export sets must hold in LibreOffice, whose pages hold more
# rows than Excel's. Skipped without soffice and poppler-utils. Output: TAP.

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

FIXTURE = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-export-pages-')

# An item row starts with its 項番: 「A-1」, 「第2部 A-1」.
ITEM_NUMBER = re.compile(r'^(第[12]部 )?[A-Z]-[0-9]+')
# What follows a table: the vendor sheets' total, the matrix's legend.
FOLLOWERS = re.compile(r'^(計 [0-9]+ 項目|凡例)')


def pages_of(*options):
    """The text of each page of the sample's workbook printed by LibreOffice."""
    name = 'sample' + ''.join(o.replace('=', '-') for o in options)
    workbook = os.path.join(WORK, name + '.xlsx')
    result = subprocess.run([FIXTURE, SAMPLE, workbook, *options], capture_output=True,
                            text=True, env=dict(os.environ, SOURCE_DATE_EPOCH='1780000000'))
    assert result.returncode == 0, result.stderr
    subprocess.run(['soffice', '--headless', '--norestore',
                    f'-env:UserInstallation=file://{WORK}/profile', '--convert-to', 'pdf',
                    '--outdir', WORK, workbook], capture_output=True, timeout=300, check=True)
    pdf = os.path.join(WORK, name + '.pdf')
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r'^Pages:\s+([0-9]+)', info, re.M).group(1))
    pages = []
    for page in range(1, count + 1):
        text = subprocess.run(['pdftotext', '-f', str(page), '-l', str(page), pdf, '-'],
                              capture_output=True, text=True, check=True).stdout
        pages.append([line.strip() for line in text.splitlines() if line.strip()])
    return pages


def check_pages(pages):
    """Checks every page; returns how many pages hold what follows a table."""
    covers = [lines for lines in pages if '表紙' in lines[:4]]
    assert len(covers) == 1, [lines[:4] for lines in pages]
    pages_with_followers = 0
    for number, lines in enumerate(pages, 1):
        followers = [line for line in lines if FOLLOWERS.match(line)]
        if followers:
            pages_with_followers += 1
            # keep_with_next() keeps at least the table's last two rows with it.
            rows = [line for line in lines if ITEM_NUMBER.match(line)]
            assert len(rows) >= 2, (number, 'what follows a table stands alone', rows, followers)
        if '項番' in lines:
            assert any(ITEM_NUMBER.match(line) for line in lines), \
                (number, 'a table header without rows', lines[:8])
    return pages_with_followers


def test_internal_workbook():
    pages = pages_of()
    # The vendor sheets' totals follow their tables: the keep-with-next
    # check above must have had something to check.
    assert check_pages(pages) >= 1
    # Cover, matrix, three vendors, Part 2, summary: at least one page each.
    assert len(pages) >= 7, len(pages)
    # Each vendor sheet's total is printed once, on a page with its last rows.
    totals = [line for lines in pages for line in lines if line.startswith('計 ')]
    assert len(totals) == 3, totals


def test_vendor_appendix():
    pages = pages_of('--vendor=v2')
    check_pages(pages)
    # Every page counts this file's pages only.
    assert all(any(re.fullmatch(rf'{n} ?/ ?{len(pages)}', line) for line in lines)
               for n, lines in enumerate(pages, 1)), \
        [lines[-3:] for lines in pages]


TESTS = [test_internal_workbook, test_vendor_appendix]


def main():
    for tool in ('soffice', 'pdfinfo', 'pdftotext'):
        if shutil.which(tool) is None:
            buntan_tap.skip_all(f'{tool} is missing')
            return 0
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
