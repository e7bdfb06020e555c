#!/usr/bin/python3
# test-export-hostile.py — text that must not break a workbook
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-hostile.py FIXTURE-PROGRAM
# Text pasted from a PDF or a terminal carries control characters; a note may
# hold U+FFFE or a literal "_x0041_"; a title may hold "&". Every part of the
# exported workbook must still be well-formed XML (read by expat, which
# refuses what XML 1.0 does not allow), and the cells must read back as the
# user's text with control characters made visible. Output: TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.parsers.expat
import zipfile

import openpyxl

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

FIXTURE = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-export-hostile-')

BELL_AND_ESCAPE = 'ベル\u0007と\u001bエスケープ'
NONCHARACTERS = '非文字\ufffeと\uffffと\ufdd0'
LITERAL_ESCAPE = 'そのまま _x0041_ と _X004a_ と _x00e9_'
AMPERSANDS = 'P&G と &P と &[Picture] と &&'
FORMULA = '=HYPERLINK("http://example.com")'


def hostile_project():
    with open(SAMPLE, encoding='utf-8') as f:
        project = json.load(f)
    project['title'] = f'{AMPERSANDS} {BELL_AND_ESCAPE} {NONCHARACTERS} {LITERAL_ESCAPE}'
    vendor = next(p for p in project['parties'] if p['kind'] == 'vendor')
    vendor['name'] = 'ベンダー[1]:*?/\\\u0007\ufffe' + 'と長い名前' * 40
    vendor['note'] = NONCHARACTERS
    item = next(i for i in project['items'] if i['part'] == 2 and i.get('owner') == vendor['id'])
    item['note'] = f'{BELL_AND_ESCAPE}\n{NONCHARACTERS}\n{LITERAL_ESCAPE}\t{AMPERSANDS}'
    item['clause'] = FORMULA
    return project, item['id']


def export(project, name, *options):
    source = os.path.join(WORK, name + '.buntan')
    target = os.path.join(WORK, name + '.xlsx')
    with open(source, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    result = subprocess.run([FIXTURE, source, target, *options], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, f'export failed ({result.returncode}): {result.stderr}'
    return target


def parse_every_part(path):
    """Every XML part through expat; returns the parts' text for searching."""
    texts = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.endswith('.xml') or name.endswith('.rels')):
                continue
            data = archive.read(name)
            parser = xml.parsers.expat.ParserCreate()
            try:
                parser.Parse(data, True)
            except xml.parsers.expat.ExpatError as error:
                raise AssertionError(f'{name} is not well-formed XML: {error}') from None
            texts[name] = data.decode('utf-8')
    return texts


def find_row(sheet, text):
    for row in sheet.iter_rows():
        if any(cell.value == text for cell in row):
            return [cell.value for cell in row]
    raise AssertionError(f'{text!r} not on sheet {sheet.title}')


def visible(text):
    """What the workbook shows for the user's text: control characters as
    the symbols of Unicode's Control Pictures block, noncharacters as U+FFFD."""
    shown = []
    for c in text:
        code = ord(c)
        if c in '\t\n':
            shown.append(c)
        elif code < 0x20:
            shown.append(chr(0x2400 + code))
        elif code == 0x7f:
            shown.append('\u2421')
        elif 0xfdd0 <= code <= 0xfdef or (code & 0xfffe) == 0xfffe:
            shown.append('\ufffd')
        else:
            shown.append(c)
    return ''.join(shown)


def test_every_part_is_well_formed():
    project, _ = hostile_project()
    for options in ([], ['--include-part1']):
        path = export(project, 'hostile' + ''.join(options), *options)
        texts = parse_every_part(path)
        for name, text in texts.items():
            for c in '\u0007\u001b\ufffe\uffff\ufdd0':
                assert c not in text, f'{name} holds U+{ord(c):04X}'


def test_cells_read_back_as_typed():
    project, item_id = hostile_project()
    path = export(project, 'cells', '--include-part1')
    workbook = openpyxl.load_workbook(path)
    # openpyxl undoes the _xHHHH_ escapes, as Excel does: the literal text
    # must come back, not "A".
    row = find_row(workbook['第2部 確認表'], FORMULA)
    expected_note = visible(project['items'][[i['id'] for i in project['items']].index(item_id)]
                            ['note'])
    assert expected_note in row, (expected_note, row)
    assert LITERAL_ESCAPE in expected_note
    # A formula stays text.
    assert FORMULA in row, row
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith('xl/worksheets/'):
                assert '<f>' not in archive.read(name).decode('utf-8'), name


def test_headers_escape_ampersands_and_controls():
    project, _ = hostile_project()
    path = export(project, 'headers')
    texts = parse_every_part(path)
    sheets = [t for n, t in texts.items() if n.startswith('xl/worksheets/sheet')]
    assert sheets
    for text in sheets:
        start = text.find('<oddHeader>')
        assert start >= 0
        header = text[start:text.find('</oddHeader>')]
        # The title's "P&G" is either written "P&&G" or with a full-width
        # ampersand (libxlsxwriter 1.1.4 mishandles "&&G"); never a bare "&G".
        assert 'P&amp;G' not in header.replace('&amp;&amp;', ''), header
        assert '\u2407' in header, header  # BEL, made visible
        assert '_x005F_x0041_' in header, header


def test_sheet_names_are_valid_and_unique():
    project, _ = hostile_project()
    workbook = openpyxl.load_workbook(export(project, 'names'))
    names = workbook.sheetnames
    assert len(names) == len({n.casefold() for n in names}), names
    for name in names:
        assert len(name.encode('utf-16-le')) // 2 <= 31, name
        assert not any(c in name for c in '[]:*?/\\'), name
        assert all(ord(c) >= 0x20 and c not in '\ufffe\uffff' for c in name), repr(name)


def test_properties_are_clean():
    project, _ = hostile_project()
    texts = parse_every_part(export(project, 'properties'))
    core = texts['docProps/core.xml']
    assert '\u2407' in core, core  # the title's BEL, visible
    assert '\ufffd' in core, core


TESTS = [
    test_every_part_is_well_formed,
    test_cells_read_back_as_typed,
    test_headers_escape_ampersands_and_controls,
    test_sheet_names_are_valid_and_unique,
    test_properties_are_clean,
]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
