#!/usr/bin/python3
# test-render-appendix.py — the vendors' bilateral appendices as PDF, read back with poppler
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-render-appendix.py BUNTAN-CLI
# Each vendor's appendix PDF (buntan-cli export --vendor ID -o OUT.pdf and
# --all-vendors --format pdf) read with pdftotext, pdffonts and pdfinfo: its
# rows and no other vendor's, the seal block, 案 on every page of a draft,
# page numbers of that file, the fingerprint of `buntan-cli fingerprint
# --vendor`, the Japanese font embedded, reproducible bytes.
# Output: TAP.

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import buntan_tap  # noqa: E402

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-render-appendix-')
EPOCH = '1700000000'  # 2023-11-14T22:13:20Z
VENDOR = 'v1'


def run(args, env=None, expect=0):
    full_env = dict(os.environ)
    full_env['SOURCE_DATE_EPOCH'] = EPOCH
    full_env.update(env or {})
    result = subprocess.run(args, capture_output=True, text=True, env=full_env, timeout=120)
    assert result.returncode == expect, \
        f'{args[0]} {args[1]} exited {result.returncode}, not {expect}: {result.stderr}'
    return result


def export(source, name, *options, expect=0):
    target = os.path.join(WORK, name)
    result = run([CLI, 'export', source, '-o', target, *options], expect=expect)
    return target, result


def sample():
    with open(SAMPLE, encoding='utf-8') as f:
        return json.load(f)


def write_project(project, name):
    path = os.path.join(WORK, name + '.buntan')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    return path


def marked(project):
    """The sample with a note of its own on every Part 2 item, to find in the PDF."""
    for item in project['items']:
        item['note'] = f'備考{item["id"]}の記録'
    return project


def concerns(item, party_id):
    return (item.get('owner') == party_id or party_id in item.get('participants', [])
            or party_id in item.get('informed', []))


def text_of(pdf, first=None, last=None):
    args = ['pdftotext', '-enc', 'UTF-8']
    if first is not None:
        args += ['-f', str(first), '-l', str(last)]
    return run(args + [pdf, '-']).stdout


def squeezed(text):
    """The text without white space: a cell wraps long texts over lines."""
    return re.sub(r'\s+', '', text)


def has_draft_mark(text):
    """The page's 案 stands alone in its box (案件名 has the character too)."""
    return any(line.strip() == '案' for line in text.splitlines())


def n_pages(pdf):
    for line in run(['pdfinfo', pdf]).stdout.splitlines():
        if line.startswith('Pages:'):
            return int(line.split()[1])
    raise AssertionError('pdfinfo gives no page count')


def test_vendor_rows_only():
    project = marked(sample())
    source = write_project(project, 'notes')
    pdf, _ = export(source, 'notes.pdf', '--vendor', VENDOR)
    text = squeezed(text_of(pdf))
    mine = [item for item in project['items'] if item['part'] == 2 and concerns(item, VENDOR)]
    others = [item for item in project['items'] if not concerns(item, VENDOR)]
    assert mine and others, 'the sample should give the vendor some rows and not others'
    for item in mine:
        assert squeezed(item['note']) in text, f'{item["id"]}: the vendor\'s row is missing'
    for item in others:
        assert squeezed(item['note']) not in text, f'{item["id"]}: another vendor\'s note is shown'


def test_other_vendors_named_only_where_shared():
    project = sample()
    pdf, _ = export(SAMPLE, 'others.pdf', '--vendor', VENDOR)
    text = squeezed(text_of(pdf))
    for party in project['parties']:
        if party['id'] == VENDOR or party['kind'] != 'vendor':
            continue
        shares = any(concerns(item, VENDOR) and concerns(item, party['id'])
                     and item['part'] == 2 for item in project['items'])
        assert (squeezed(party['name']) in text) == shares, \
            f'{party["name"]} named: {not shares}, shares a row: {shares}'
        for field in ('contact', 'emergency_contact', 'address', 'representative', 'service'):
            if party.get(field):
                assert squeezed(party[field]) not in text, f'{party["id"]}\'s {field} is shown'


def test_seal_block():
    project = sample()
    pdf, _ = export(SAMPLE, 'seal.pdf', '--vendor', VENDOR)
    pages = [page for page in range(1, n_pages(pdf) + 1)
             if '記名押印' in text_of(pdf, page, page)]
    assert len(pages) == 1, f'the seal block is on pages {pages}'
    text = squeezed(text_of(pdf, pages[0], pages[0]))
    hospital = next(p for p in project['parties'] if p['kind'] == 'hospital')
    vendor = next(p for p in project['parties'] if p['id'] == VENDOR)
    for words in ('甲（医療機関）', '乙（事業者）', '住所・代表者', '印', '日付'):
        assert words in text, f'{words} is missing from the seal block'
    for party in (hospital, vendor):
        for field in ('name', 'address', 'representative'):
            if party.get(field):
                assert squeezed(party[field]) in text, f'{party["id"]}\'s {field} is missing'


def test_draft_mark_on_every_page():
    draft, _ = export(SAMPLE, 'draft.pdf', '--vendor', VENDOR)
    pages = n_pages(draft)
    assert pages >= 2, f'{pages} pages: the rows should follow the cover'
    for page in range(1, pages + 1):
        assert has_draft_mark(text_of(draft, page, page)), f'page {page} of a draft has no 案'


def test_final_refused_then_allowed():
    # The sample's appendices have gaps: final is refused, as for the workbook.
    target, result = export(SAMPLE, 'final.pdf', '--vendor', VENDOR, '--final', expect=3)
    assert not os.path.exists(target), 'a refused final was written'
    assert '--allow-gaps' in result.stderr, result.stderr
    allowed, _ = export(SAMPLE, 'allowed.pdf', '--vendor', VENDOR, '--final', '--allow-gaps')
    for page in range(1, n_pages(allowed) + 1):
        assert has_draft_mark(text_of(allowed, page, page)), \
            f'page {page} allowed with gaps has no 案'


def test_final_without_gaps_has_no_mark():
    project = sample()
    vendor = {'id': 'clean', 'kind': 'vendor', 'name': '株式会社きれい保守',
              'contracts': [{'id': 'k1', 'kind': 'maintenance', 'title': '保守契約'}]}
    project['parties'].append(vendor)
    item = next(i for i in project['items'] if i['part'] == 2 and not i.get('participants'))
    item.update({'owner': 'clean', 'status': 'agreed', 'participants': []})
    source = write_project(project, 'clean')
    pdf, result = export(source, 'clean.pdf', '--vendor', 'clean', '--final', )
    text = text_of(pdf)
    assert '確定版' in text, 'a final appendix should say 確定版'
    assert not has_draft_mark(text) and '（案）' not in text, \
        'a final appendix without gaps shows 案'


def test_page_numbers_per_file():
    for vendor in ('v1', 'v2'):
        pdf, _ = export(SAMPLE, f'numbers-{vendor}.pdf', '--vendor', vendor)
        pages = n_pages(pdf)
        for page in range(1, pages + 1):
            assert f'{page} / {pages}' in text_of(pdf, page, page), \
                f'{vendor}: page {page} has no "{page} / {pages}"'


def test_fingerprint_matches_cli():
    pdf, _ = export(SAMPLE, 'fingerprint.pdf', '--vendor', VENDOR)
    printed = run([CLI, 'fingerprint', SAMPLE, '--vendor', VENDOR]).stdout.strip()
    internal = run([CLI, 'fingerprint', SAMPLE]).stdout.strip()
    assert printed != internal, 'the appendix and the internal document share a fingerprint'
    first = text_of(pdf, 1, 1)
    assert re.findall(r'\b[0-9a-f]{64}\b', first) == [printed], \
        f'page 1 should show {printed} once in full'
    for page in range(1, n_pages(pdf) + 1):
        assert f'照合用ハッシュ {printed[:16]}…' in text_of(pdf, page, page), \
            f'page {page} has no shortened fingerprint in its footer'


def test_japanese_font_embedded():
    pdf, _ = export(SAMPLE, 'fonts.pdf', '--vendor', VENDOR)
    lines = run(['pdffonts', pdf]).stdout.splitlines()[2:]
    assert lines, 'no fonts listed'
    for line in lines:
        assert line.split()[-5] == 'yes', f'font not embedded: {line}'
    assert any('IPA' in line or 'Noto' in line or 'CJK' in line for line in lines), \
        f'no Japanese font among {lines}'


def test_all_vendors_one_file_each():
    project = sample()
    # A short name no filesystem takes as it is.
    project['parties'].append({'id': 'odd', 'kind': 'vendor', 'name': '株式会社へんな名前',
                               'short_name': '../へん:な*名?'})
    source = write_project(project, 'all')
    folder = os.path.join(WORK, 'all')
    run([CLI, 'export', source, '--all-vendors', '--format', 'pdf', '-o', folder])
    workbooks = os.path.join(WORK, 'all-xlsx')
    run([CLI, 'export', source, '--all-vendors', '-o', workbooks])
    vendors = [p for p in project['parties'] if p['kind'] == 'vendor']
    names = sorted(os.listdir(folder))
    assert len(names) == len(vendors), f'{names} for {len(vendors)} vendors'
    # The same names as the workbooks', with .pdf: a folder of both pairs them.
    assert names == sorted(n[:-len('.xlsx')] + '.pdf' for n in os.listdir(workbooks)), names
    seen = set()
    for name in names:
        assert name.startswith('別紙_') and name.endswith('.pdf'), name
        assert not any(c in name for c in '/:*?'), f'{name} is not safe on every filesystem'
        text = squeezed(text_of(os.path.join(folder, name), 1, 1))
        vendor = next(v for v in vendors if '乙（事業者）' + squeezed(v['name']) in text)
        seen.add(vendor['id'])
    assert seen == {v['id'] for v in vendors}, f'appendices for {seen}'
    # Not replaced without --force.
    result = run([CLI, 'export', source, '--all-vendors', '--format', 'pdf', '-o', folder],
                 expect=1)
    assert 'force' in result.stderr


def test_one_contract():
    project = sample()
    vendor = next(p for p in project['parties'] if p['id'] == VENDOR)
    contract = vendor['contracts'][0]
    vendor['contracts'].append({'id': 'other', 'kind': 'cloud', 'title': '別の契約の名称'})
    source = write_project(project, 'contracts')
    pdf, _ = export(source, 'contract.pdf', '--vendor', VENDOR, '--contract', contract['id'])
    printed = run([CLI, 'fingerprint', source, '--vendor', VENDOR,
                   '--contract', contract['id']]).stdout.strip()
    text = text_of(pdf)
    assert printed in text, 'the contract appendix has not its own fingerprint'
    assert squeezed(contract['title']) in squeezed(text), 'the chosen contract is missing'
    assert '別の契約の名称' not in squeezed(text), 'another contract is listed'


def test_reproducible():
    first, _ = export(SAMPLE, 'first.pdf', '--vendor', VENDOR)
    second, _ = export(SAMPLE, 'second.pdf', '--vendor', VENDOR)
    with open(first, 'rb') as a, open(second, 'rb') as b:
        assert a.read() == b.read(), 'two appendices with SOURCE_DATE_EPOCH differ'


def test_unknown_vendor():
    target, result = export(SAMPLE, 'nobody.pdf', '--vendor', 'nobody', expect=1)
    assert 'nobody' in result.stderr and not os.path.exists(target), result.stderr


TESTS = [
    test_vendor_rows_only,
    test_other_vendors_named_only_where_shared,
    test_seal_block,
    test_draft_mark_on_every_page,
    test_final_refused_then_allowed,
    test_final_without_gaps_has_no_mark,
    test_page_numbers_per_file,
    test_fingerprint_matches_cli,
    test_japanese_font_embedded,
    test_all_vendors_one_file_each,
    test_one_contract,
    test_reproducible,
    test_unknown_vendor,
]


def main():
    try:
        if shutil.which('pdftotext') is None:
            buntan_tap.skip_all('poppler-utils (pdftotext) is not installed')
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
