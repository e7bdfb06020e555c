#!/usr/bin/python3
# test-export-cover.py — who the workbook names as the hospital, read back with openpyxl
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export-cover.py FIXTURE-PROGRAM
# Issue 12, defect 5: a new project has its hospital named in 当事者 but an
# empty 組織名, and its cover was blank. Output: TAP.

import json
import os
import shutil
import subprocess
import sys
import tempfile
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
WORK = tempfile.mkdtemp(prefix='buntan-export-cover-')


def export_project(project, name):
    source = os.path.join(WORK, name + '.buntan')
    target = os.path.join(WORK, name + '.xlsx')
    with open(source, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)
    result = subprocess.run([FIXTURE, source, target], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, f'export failed ({result.returncode}): {result.stderr}'
    return target


def sample_with(organization, hospital_name):
    with open(SAMPLE, encoding='utf-8') as f:
        project = json.load(f)
    project['organization'] = organization
    hospital = next(p for p in project['parties'] if p['kind'] == 'hospital')
    hospital['name'] = hospital_name
    return project


def cover_field(workbook, label):
    for row in workbook['表紙'].iter_rows(min_row=1, max_col=2):
        if row[0].value == label:
            return row[1].value
    raise AssertionError(f'no {label} on the cover')


def company(path):
    with zipfile.ZipFile(path) as archive:
        app = archive.read('docProps/app.xml').decode('utf-8')
    start = app.find('<Company>')
    return app[start + len('<Company>'):app.find('</Company>')] if start >= 0 else None


def test_empty_organization_names_the_hospital():
    path = export_project(sample_with('', '市立テスト病院'), 'empty-organization')
    workbook = openpyxl.load_workbook(path)
    assert cover_field(workbook, '医療機関') == '市立テスト病院'
    # Every sheet's line about the project names it too, and so do the properties.
    subtitle = workbook['責任分担表']['A2'].value
    assert subtitle.startswith('市立テスト病院　'), subtitle
    assert company(path) == '市立テスト病院'


def test_party_wins_over_a_v1_organization():
    # Format 2 keeps the hospital's name in its party only: a v1 file's
    # organization fills an empty party name, and is dropped otherwise.
    path = export_project(sample_with('医療法人 テスト会', '市立テスト病院'), 'both')
    workbook = openpyxl.load_workbook(path)
    assert cover_field(workbook, '医療機関') == '市立テスト病院'
    assert workbook['責任分担表']['A2'].value.startswith('市立テスト病院　')


def cover_rows(workbook):
    return [[c.value for c in r] for r in workbook['表紙'].iter_rows()]


def table_after(rows, heading):
    start = next(i for i, r in enumerate(rows) if r[0] == heading)
    found = []
    for r in rows[start + 2:]:
        if all(v is None for v in r):
            break
        found.append(r)
    return rows[start + 1], found


def sample():
    with open(SAMPLE, encoding='utf-8') as f:
        return json.load(f)


def test_short_names_beside_the_names():
    project = sample()
    project['parties'][0]['short_name'] = 'みどり台病院'  # stored
    project['parties'][1]['short_name'] = 'あおば'
    project['parties'][3]['short_name'] = 'あおば'     # taken: numbered
    workbook = openpyxl.load_workbook(export_project(project, 'short-names'))
    head, parties = table_after(cover_rows(workbook), '当事者')
    assert head[:3] == ['区分', '名称', '略称'], head
    assert [r[1] for r in parties] == [p['name'] for p in project['parties']]
    # v2 has none stored: its name without the legal form.
    assert [r[2] for r in parties] == ['みどり台病院', 'あおば',
                                       'ひかりメディカルソリューションズ', 'あおば2'], parties


def test_safety_manager():
    workbook = openpyxl.load_workbook(export_project(sample(), 'manager'))
    assert cover_field(workbook, '医療情報システム安全管理責任者') == \
        '事務長　高橋 誠（2026-04-01 設置）'
    project = sample()
    del project['parties'][0]['safety_manager']
    workbook = openpyxl.load_workbook(export_project(project, 'no-manager'))
    assert cover_field(workbook, '医療情報システム安全管理責任者') == '—'


def test_contracts():
    project = sample()
    project['parties'][1]['contracts'].append(
        {'id': 'c2', 'kind': 'cloud', 'title': 'クラウドバックアップ利用契約', 'renewal': '2028-03-31'})
    project['parties'][3]['contracts'] = []
    workbook = openpyxl.load_workbook(export_project(project, 'contracts'))
    head, contracts = table_after(cover_rows(workbook), '契約')
    assert head == ['事業者（略称）', '契約名', '契約種別', '契約番号・締結日', '契約期間',
                    '更新日'], head
    first = contracts[0]
    assert first[:5] == ['あおば医療システム', '医事会計システム保守契約', '運用・保守',
                         'AM-2024-018\n2024-03-15 締結', '2024-04-01〜2027-03-31'], first
    assert first[5].date().isoformat() == '2027-03-31'     # a date cell, not text
    assert contracts[1][:5] == ['あおば医療システム', 'クラウドバックアップ利用契約', 'SaaS・クラウド利用',
                                '—', '—'], contracts[1]
    assert contracts[1][5].date().isoformat() == '2028-03-31'
    assert contracts[2][:3] == ['ひかりメディカルソリューションズ', '電子カルテシステム開発・導入契約',
                                '開発・導入'], contracts[2]
    # The EHR vendor's second contract, maintenance after go-live (the sample's).
    assert contracts[3][:4] == ['ひかりメディカルソリューションズ', '電子カルテシステム保守契約（稼働後）',
                                '運用・保守', 'HM-2027-0105'], contracts[3]
    assert contracts[3][4] == '2027-04-01〜2032-03-31', contracts[3]
    assert contracts[4][0] == 'みなとネット' and contracts[4][1] == '契約の記録なし'
    assert len(contracts) == 5


def test_signature_block():
    workbook = openpyxl.load_workbook(export_project(sample(), 'signatures'))
    rows = cover_rows(workbook)
    start = next(i for i, r in enumerate(rows) if r[0] == '署名欄')
    assert rows[start + 1][0] == '当事者' and rows[start + 1][2] == '住所・代表者'
    assert rows[start + 1][4] == '記名押印' and rows[start + 1][5] == '日付'
    assert rows[start + 2][0] == '医療法人社団 みどり会 みどり台病院'
    assert rows[start + 2][2] == '東京都みどり市みどり台1-2-3\n理事長 中村 健一'
    assert rows[start + 3][2] == '東京都千代田区あおば町4-5-6\n代表取締役 山本 直樹'
    assert rows[start + 5][2] == '神奈川県横浜市中区みなと町10-11-12\n代表取締役 井上 和也'
    project = sample()
    project['parties'][3].update(address='', representative='')
    rows = cover_rows(openpyxl.load_workbook(export_project(project, 'no-address')))
    start = next(i for i, r in enumerate(rows) if r[0] == '署名欄')
    assert rows[start + 5][2] is None      # v3: neither recorded


def test_disclosure_documents():
    project = sample()
    project['parties'][2].pop('cyber_checklist_received', None)
    workbook = openpyxl.load_workbook(export_project(project, 'disclosures'))
    head, rows = table_after(cover_rows(workbook), '開示資料の受領日')
    assert head[:4] == ['事業者（略称）', 'サービス仕様適合開示書', 'MDS/SDS',
                        'サイバーセキュリティ対策チェックリスト（事業者確認用）'], head
    vendors = [p for p in project['parties'] if p['kind'] == 'vendor']
    assert len(rows) == len(vendors), rows
    for row, vendor in zip(rows, vendors):
        for cell, member in zip(row[1:4], ('service_spec_received', 'mds_sds_received',
                                           'cyber_checklist_received')):
            if vendor.get(member):
                assert cell.date().isoformat() == vendor[member], (vendor['id'], member, cell)
            else:
                assert cell == '未受領', (vendor['id'], member, cell)
    assert rows[1][3] == '未受領'          # v2 has sent no cyber-security checklist


TESTS = [test_empty_organization_names_the_hospital, test_party_wins_over_a_v1_organization,
         test_short_names_beside_the_names, test_safety_manager, test_contracts,
         test_signature_block, test_disclosure_documents]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
