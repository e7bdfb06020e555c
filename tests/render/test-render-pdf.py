#!/usr/bin/python3
# test-render-pdf.py — the PDF of buntan-cli export, read back with poppler
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-render-pdf.py BUNTAN-CLI
# pdftotext, pdffonts and pdfinfo (poppler-utils) are readers we did not
# write: what they find in the file is what a hospital's PDF viewer shows.
# Output: TAP.

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib'))
import buntan_tap  # noqa: E402

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-render-pdf-')
EPOCH = '1700000000'  # 2023-11-14T22:13:20Z


def run(args, env=None, expect=0):
    full_env = dict(os.environ)
    full_env['SOURCE_DATE_EPOCH'] = EPOCH
    full_env.update(env or {})
    result = subprocess.run(args, capture_output=True, text=True, env=full_env, timeout=120)
    assert result.returncode == expect, \
        f'{args[0]} exited {result.returncode}, not {expect}: {result.stderr}'
    return result


def export(source, name, *options, env=None, expect=0):
    target = os.path.join(WORK, name)
    result = run([CLI, 'export', source, '-o', target, *options], env=env, expect=expect)
    return target, result


def write_project(project, name):
    path = os.path.join(WORK, name + '.buntan')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    return path


def sample():
    with open(SAMPLE, encoding='utf-8') as f:
        return json.load(f)


def text_of(pdf, first=None, last=None):
    args = ['pdftotext', '-enc', 'UTF-8']
    if first is not None:
        args += ['-f', str(first), '-l', str(last)]
    return run(args + [pdf, '-']).stdout


def squeezed(text):
    """The text without white space: a cell wraps long titles over lines."""
    return re.sub(r'\s+', '', text)


def info(pdf):
    fields = {}
    for line in run(['pdfinfo', '-isodates', pdf]).stdout.splitlines():
        key, _, value = line.partition(':')
        fields[key.strip()] = value.strip()
    return fields


def test_texts_present():
    project = sample()
    pdf, _ = export(SAMPLE, 'sample.pdf')
    text = squeezed(text_of(pdf))
    assert squeezed(project['title']) in text, 'the project title is missing'
    for party in project['parties']:
        if party.get('name'):
            assert squeezed(party['name']) in text, f'party {party["name"]} is missing'
    for item in project['items']:
        if item['part'] == 2:
            assert squeezed(item['title']) in text, f'item {item["id"]} is missing'
    assert '◎' in text and '○' in text, 'the marks are missing'
    assert '署名欄' in text and '集計' in text, 'the signatures or the summary are missing'
    # An item owned by 各事業者（個別） says so, never the file's code word.
    assert any(i.get('owner') == 'each' for i in project['items']), 'the sample has no "each" item'
    assert '各事業者（個別）' in text, 'the 各事業者（個別） owner is missing'
    assert not re.search(r'(?<![A-Za-z])each(?![A-Za-z])', text), 'the code word "each" is printed'


def test_fingerprint_full_and_short():
    pdf, _ = export(SAMPLE, 'fingerprint.pdf')
    text = text_of(pdf)
    full = re.findall(r'\b[0-9a-f]{64}\b', text)
    assert len(full) == 1, f'the cover should show the fingerprint in full once: {full}'
    # The same fingerprint as the internal workbook's (DESIGN.md, "The
    # fingerprint"): both sides can check a PDF against a workbook.
    printed = run([CLI, 'fingerprint', SAMPLE]).stdout.strip()
    assert full[0] == printed, f'the PDF says {full[0]}, buntan-cli fingerprint {printed}'
    pages = int(info(pdf)['Pages'])
    for page in range(1, pages + 1):
        assert f'照合用ハッシュ {full[0][:16]}…' in text_of(pdf, page, page), \
            f'page {page} has no shortened fingerprint in its footer'


def test_page_numbers():
    pdf, _ = export(SAMPLE, 'numbers.pdf')
    pages = int(info(pdf)['Pages'])
    assert 3 <= pages <= 40, f'{pages} pages for the sample'
    for page in range(1, pages + 1):
        assert f'{page} / {pages}' in text_of(pdf, page, page), f'page {page} has no "{page} / {pages}"'


def test_heads_repeated():
    pdf, _ = export(SAMPLE, 'heads.pdf')
    pages = int(info(pdf)['Pages'])
    matrix_pages = [page for page in range(1, pages + 1)
                    if re.search(r'\b[A-Z]-\d+\b', text_of(pdf, page, page))
                    and '◎' in text_of(pdf, page, page)]
    assert len(matrix_pages) >= 2, 'the matrix and the lists should fill several pages'
    for page in matrix_pages:
        text = text_of(pdf, page, page)
        assert '項番' in text and '状態' in text, f'page {page} has rows but no table head'
    # A page that starts inside a section names the section again.
    assert '（続き）' in text_of(pdf), 'no continued section row'


def test_signatures_on_one_page():
    project = sample()
    pdf, _ = export(SAMPLE, 'signatures.pdf')
    pages = int(info(pdf)['Pages'])
    signature_pages = [page for page in range(1, pages + 1)
                       if '署名・記名押印' in text_of(pdf, page, page)]
    assert len(signature_pages) == 1, f'the signature block is on pages {signature_pages}'
    text = squeezed(text_of(pdf, signature_pages[0], signature_pages[0]))
    for party in project['parties']:
        assert squeezed(party['name']) in text, f'{party["name"]} signs on another page'


def test_fonts_embedded():
    pdf, _ = export(SAMPLE, 'fonts.pdf')
    lines = run(['pdffonts', pdf]).stdout.splitlines()[2:]
    assert lines, 'no fonts listed'
    for line in lines:
        # name type… encoding emb sub uni object generation
        columns = line.split()
        assert columns[-5] == 'yes', f'font not embedded: {line}'
    assert any('IPA' in line or 'Noto' in line or 'CJK' in line for line in lines), \
        f'no Japanese font among {lines}'


def test_metadata_and_paper():
    pdf, _ = export(SAMPLE, 'meta.pdf')
    fields = info(pdf)
    assert fields['Title'].startswith('責任分担表'), fields['Title']
    assert fields['Creator'].startswith('Buntan'), fields['Creator']
    assert fields['CreationDate'].startswith('2023-11-14T22:13:20'), fields['CreationDate']
    assert fields['Page size'].startswith('841.89 x 595.276'), f'not A4 landscape: {fields["Page size"]}'


def test_reproducible():
    first, _ = export(SAMPLE, 'first.pdf')
    second, _ = export(SAMPLE, 'second.pdf')
    with open(first, 'rb') as a, open(second, 'rb') as b:
        assert a.read() == b.read(), 'two exports with SOURCE_DATE_EPOCH differ'


def test_many_parties_a3():
    project = sample()
    for n in range(8):
        project['parties'].append({'id': f'extra{n}', 'kind': 'vendor', 'name': f'追加事業者{n}'})
    pdf, _ = export(write_project(project, 'many'), 'many.pdf')
    size = info(pdf)['Page size']
    assert size.startswith('1190.55 x 841.89'), f'not A3 landscape: {size}'
    text = squeezed(text_of(pdf))
    for n in range(8):
        assert f'追加事業者{n}' in text


def test_include_part1():
    project = sample()
    part1 = next(item for item in project['items'] if item['part'] == 1)
    with_part1, _ = export(SAMPLE, 'part1.pdf', '--include-part1')
    without, _ = export(SAMPLE, 'part2.pdf')
    assert '責任分担表（第1部・第2部）' in text_of(with_part1)
    assert '責任分担表（第2部）' in text_of(without)
    assert text_of(with_part1).count('第1部') > text_of(without).count('第1部')
    assert squeezed(part1['title']) in squeezed(text_of(with_part1))


def test_format_option():
    as_pdf, _ = export(SAMPLE, 'forced.out', '--format', 'pdf')
    with open(as_pdf, 'rb') as f:
        assert f.read(5) == b'%PDF-', '--format pdf did not write a PDF'
    as_xlsx, _ = export(SAMPLE, 'forced.pdf', '--format', 'xlsx')
    with open(as_xlsx, 'rb') as f:
        assert f.read(2) == b'PK', '--format xlsx did not write a workbook'
    _, result = export(SAMPLE, 'bad.pdf', '--format', 'odt', expect=2)
    assert 'format' in result.stderr
    assert not os.path.exists(os.path.join(WORK, 'bad.pdf'))


def test_missing_japanese_font():
    empty = os.path.join(WORK, 'no-fonts')
    os.makedirs(empty, exist_ok=True)
    config = os.path.join(WORK, 'fonts.conf')
    with open(config, 'w') as f:
        f.write('<?xml version="1.0"?>\n<fontconfig>'
                f'<dir>{empty}</dir><cachedir>{empty}/cache</cachedir></fontconfig>\n')
    target = os.path.join(WORK, 'kept.pdf')
    with open(target, 'wb') as f:
        f.write(b'the old file')
    _, result = export(SAMPLE, 'kept.pdf', env={'FONTCONFIG_FILE': config}, expect=1)
    assert 'kept.pdf' in result.stderr and 'Japanese' in result.stderr, result.stderr
    with open(target, 'rb') as f:
        assert f.read() == b'the old file', 'a failed export replaced the old file'
    assert [name for name in os.listdir(WORK) if name.startswith('.kept.pdf')] == [], \
        'a temporary file was left behind'


def test_hostile_text():
    project = sample()
    vendor = next(p for p in project['parties'] if p['kind'] == 'vendor')
    vendor['name'] = 'ベンダー\u0007\ufffe<b>&amp;' + 'と長い名前' * 40
    item = next(i for i in project['items'] if i['part'] == 2)
    item['title'] = 'אבג عربي e\u0301 ' + 'x' * 300
    item['note'] = '長い備考。' * 2000
    item['clause'] = '<span foreground="red">%s%n</span>'
    pdf, _ = export(write_project(project, 'hostile'), 'hostile.pdf')
    text = squeezed(text_of(pdf))
    assert 'foreground="red' in text and '%s%n' in text, 'markup-like text is not shown as text'
    assert 'と長い名前と長い名前' in text
    assert '長い備考。長い備考。' in text and '…' in text, 'the long note is not shown, cut with …'
    assert int(info(pdf)['Pages']) >= 3


def test_internal_draft_and_final():
    def has_mark(text):
        return any(line.strip() == '案' for line in text.splitlines())

    draft, _ = export(SAMPLE, 'draft.pdf')
    for page in range(1, int(info(draft)['Pages']) + 1):
        assert has_mark(text_of(draft, page, page)), f'page {page} of a draft has no 案'
    # The sample has gaps: final is refused as for the workbook (exit 3)…
    target, result = export(SAMPLE, 'final.pdf', '--final', expect=3)
    assert not os.path.exists(target) and '--allow-gaps' in result.stderr, result.stderr
    # …and allowed anyway, it is still marked 案.
    allowed, _ = export(SAMPLE, 'allowed.pdf', '--final', '--allow-gaps')
    assert has_mark(text_of(allowed, 1, 1)), 'a final with gaps has no 案'


TESTS = [
    test_texts_present,
    test_fingerprint_full_and_short,
    test_page_numbers,
    test_heads_repeated,
    test_signatures_on_one_page,
    test_fonts_embedded,
    test_metadata_and_paper,
    test_reproducible,
    test_many_parties_a3,
    test_include_part1,
    test_format_option,
    test_missing_japanese_font,
    test_hostile_text,
    test_internal_draft_and_final,
]


def main():
    if shutil.which('pdftotext') is None:
        buntan_tap.skip_all('poppler-utils (pdftotext) is not installed')
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
