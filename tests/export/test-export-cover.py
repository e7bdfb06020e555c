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
import traceback
import zipfile

import openpyxl

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


def test_organization_wins_over_the_party():
    path = export_project(sample_with('医療法人 テスト会', '市立テスト病院'), 'both')
    workbook = openpyxl.load_workbook(path)
    assert cover_field(workbook, '医療機関') == '医療法人 テスト会'
    assert workbook['責任分担表']['A2'].value.startswith('医療法人 テスト会　')


TESTS = [test_empty_organization_names_the_hospital, test_organization_wins_over_the_party]


def main():
    print(f'1..{len(TESTS)}')
    failed = 0
    for number, test in enumerate(TESTS, 1):
        name = test.__name__[5:].replace('_', '-')
        try:
            test()
            print(f'ok {number} - {name}')
        except Exception:  # report every failure, then go on
            failed += 1
            print(f'not ok {number} - {name}')
            for line in traceback.format_exc().splitlines():
                print(f'# {line}')
    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
