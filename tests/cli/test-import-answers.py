#!/usr/bin/python3
# test-import-answers.py — buntan-cli import-answers: a vendor's answers back into the project (issue 17)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-import-answers.py BUNTAN-CLI
# Sends the sample's questionnaire with `buntan-cli questionnaire`, fills the
# answers in with openpyxl (a writer we did not write; Debian's, hence
# /usr/bin/python3) — and once more after LibreOffice re-saved the workbook,
# as a vendor's spreadsheet program would — imports them, and reads the
# results back from the saved project with Python's json module. Output: TAP.

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

CLI = sys.argv[1]
SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(__file__), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
WORK = tempfile.mkdtemp(prefix='buntan-import-answers-')
TODAY = '2026-12-20'
ENV = dict(os.environ, SOURCE_DATE_EPOCH='1797724800')  # 2026-12-20, the import's date
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_DIFFERENT = 0, 1, 2, 4
STALE = 'the row changed since the questionnaire was sent'

# Every kind of answer, on rows of the sample where vendor v1 confirms (◎/○)
# or is only informed (P2-A-3, △).
ANSWERS = {
    'P2-A-11': {'回答': '同意'},  # v1 the only ◎/○ vendor: 合意済 is offered
    'P2-A-2': {'回答': '同意', 'コメント': '了解しました'},
    'P2-A-8': {'初回確認': 'いいえ', '初回確認日': '2026-12-01', '目標日': '2027-03-31'},
    'P2-C-6': {'回答': '修正希望', '提案する合意内容': 'ログは5年保存する', 'コメント': '期間を延ばしたい'},
    'P2-E-3': {'回答': '対象外の提案', 'コメント': '当社の契約範囲外です'},
    'P2-D-1': {'コメント': '手順書を別途お送りします'},
}


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, encoding='utf-8',
                          timeout=120, env=ENV)


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def save(project, path):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(project, f, ensure_ascii=False, indent=2)


def item(project, item_id):
    return next(i for i in project['items'] if i['id'] == item_id)


def check(project, item_id, party='v1'):
    return next((c for c in item(project, item_id).get('checks', []) if c['party'] == party), {})


def send(name, *extra):
    project = os.path.join(WORK, name + '.buntan')
    shutil.copy(SAMPLE, project)
    workbook = os.path.join(WORK, name + '-q.xlsx')
    result = run('questionnaire', project, '--vendor', 'v1', '-o', workbook,
                 '--sent', '2026-12-07', *extra)
    assert result.returncode == EXIT_OK, result.stderr
    return project, workbook


def answer(workbook, out, answers, edit=None):
    """Fills the answer cells found by their headers, as a vendor would."""
    book = openpyxl.load_workbook(workbook)
    sheet = next(s for s in book.worksheets
                 if any(c.value == '項目ID' for row in s.iter_rows(max_row=10) for c in row))
    header = next(row for row in sheet.iter_rows(max_row=10)
                  if any(c.value == '項目ID' for c in row))
    columns = {c.value: c.column for c in header if c.value}
    for row in range(header[0].row + 1, sheet.max_row + 1):
        values = answers.get(sheet.cell(row, columns['項目ID']).value, {})
        for name, value in values.items():
            sheet.cell(row, columns[name]).value = value
    if edit is not None:
        edit(book, sheet, columns)
    book.save(out)
    return out


def resave_with_libreoffice(workbook):
    out_dir = os.path.join(WORK, 'libreoffice')
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--norestore',
                    f'-env:UserInstallation=file://{WORK}/profile', '--convert-to', 'xlsx',
                    '--outdir', out_dir, workbook], capture_output=True, timeout=300,
                   check=True, env=dict(os.environ, HOME=WORK))
    return os.path.join(out_dir, os.path.basename(workbook))


def check_every_kind(project_path, answers_path, result):
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    project = load(project_path)
    # 同意: the vendor's check gets its agreed date; a first agreement's date stands.
    assert check(project, 'P2-A-2').get('agreed') == TODAY, check(project, 'P2-A-2')
    assert check(project, 'P2-A-11').get('agreed') == TODAY
    # 初回確認 / 目標日: the vendor's check.
    c = check(project, 'P2-A-8')
    assert c['first_check'] == {'result': 'no', 'date': '2026-12-01'}, c
    assert c.get('target') == '2027-03-31', c
    # Proposals, 対象外 and 合意済 wait for a review.
    assert item(project, 'P2-C-6').get('agreed_terms') in (None, ''), item(project, 'P2-C-6')
    assert item(project, 'P2-E-3')['status'] == 'discussing'
    assert item(project, 'P2-A-11')['status'] == 'discussing'
    # Comments in the decision log, with the answers file as their source.
    name = os.path.basename(answers_path)
    decisions = [d for m in project.get('meetings', []) for d in m['decisions']]
    comments = {d['item']: d['to'] for d in decisions if d['field'] == 'comment'}
    assert comments == {'P2-A-2': '了解しました', 'P2-D-1': '手順書を別途お送りします'}, comments
    assert all(d['source'] == 'answers:' + name for d in decisions), decisions
    # Every applied answer is logged too, naming the vendor whose check it set.
    logged = {(d['item'], d['field']): (d.get('party'), d['to']) for d in decisions}
    assert logged[('P2-A-2', 'agreed')] == ('v1', TODAY), logged
    assert logged[('P2-A-11', 'agreed')] == ('v1', TODAY), logged
    assert logged[('P2-A-8', 'first_check')] == ('v1', 'no'), logged
    assert logged[('P2-A-8', 'target')] == ('v1', '2027-03-31'), logged
    # The receipt on the questionnaire.
    entry = project['questionnaires'][-1]
    assert entry['received'] == TODAY and entry['file'] == name, entry
    assert '? P2-C-6' in result.stdout and '? P2-E-3' in result.stdout, result.stdout


def test_every_answer_kind_openpyxl():
    project, workbook = send('kinds')
    answers = answer(workbook, os.path.join(WORK, 'kinds-answers.xlsx'), ANSWERS)
    check_every_kind(project, answers, run('import-answers', project, answers))


def test_every_answer_kind_after_libreoffice():
    if shutil.which('soffice') is None:
        return 'SKIP soffice is not installed'
    project, workbook = send('libreoffice')
    resaved = resave_with_libreoffice(workbook)
    answers = answer(resaved, os.path.join(WORK, 'lo-answers.xlsx'), ANSWERS)
    check_every_kind(project, answers, run('import-answers', project, answers))


def test_accept_proposals():
    project, workbook = send('proposals')
    answers = answer(workbook, os.path.join(WORK, 'proposals-answers.xlsx'), ANSWERS)
    out = os.path.join(WORK, 'proposals-out.buntan')
    result = run('import-answers', project, answers, '--accept-proposals', '-o', out)
    assert result.returncode == EXIT_OK, result.stderr
    saved = load(out)
    assert item(saved, 'P2-C-6')['agreed_terms'] == 'ログは5年保存する'
    assert item(saved, 'P2-E-3')['status'] == 'not-applicable'
    assert item(saved, 'P2-A-11')['status'] == 'agreed'
    decisions = [d for m in saved['meetings'] for d in m['decisions']]
    assert {'P2-C-6', 'P2-E-3'} <= {d['item'] for d in decisions if d['field'] == 'comment'}
    logged = {(d['item'], d['field']): (d.get('party'), d['to']) for d in decisions}
    assert logged[('P2-C-6', 'agreed_terms')] == (None, 'ログは5年保存する'), logged
    assert logged[('P2-E-3', 'status')] == (None, 'not-applicable'), logged
    # -o leaves FILE as it was.
    assert 'received' not in load(project)['questionnaires'][-1]


def test_dry_run_changes_nothing():
    project, workbook = send('dry')
    answers = answer(workbook, os.path.join(WORK, 'dry-answers.xlsx'), ANSWERS)
    with open(project, 'rb') as f:
        before = f.read()
    result = run('import-answers', project, answers, '--dry-run')
    assert result.returncode == EXIT_DIFFERENT, result.stderr
    assert 'P2-A-8' in result.stdout and 'P2-C-6' in result.stdout, result.stdout
    with open(project, 'rb') as f:
        assert f.read() == before


def test_nothing_to_apply():
    project, workbook = send('blank')
    answers = answer(workbook, os.path.join(WORK, 'blank-answers.xlsx'), {})
    with open(project, 'rb') as f:
        before = f.read()
    assert run('import-answers', project, answers, '--dry-run').returncode == EXIT_OK
    assert run('import-answers', project, answers).returncode == EXIT_OK
    with open(project, 'rb') as f:
        assert f.read() == before


def test_other_project_refused():
    _, workbook = send('other')
    answers = answer(workbook, os.path.join(WORK, 'other-answers.xlsx'), ANSWERS)
    stranger = os.path.join(WORK, 'stranger.buntan')
    data = load(SAMPLE)
    data['id'] = '00000000-0000-4000-8000-000000000000'
    save(data, stranger)
    result = run('import-answers', stranger, answers)
    assert result.returncode == EXIT_FAILURE, result.stdout
    assert 'another project' in result.stderr and 'other-answers.xlsx' in result.stderr


def test_other_vendor_refused():
    project, workbook = send('vendor')

    def claim_v2(book, sheet, columns):
        sheet_name, cell = next(iter(book.defined_names['BuntanVendorId'].destinations))
        book[sheet_name][cell.replace('$', '')].value = 'v2'

    answers = answer(workbook, os.path.join(WORK, 'vendor-answers.xlsx'), ANSWERS, claim_v2)
    result = run('import-answers', project, answers)
    assert result.returncode == EXIT_FAILURE, result.stdout
    assert 'another vendor (v2)' in result.stderr, result.stderr


def test_never_sent_refused():
    project, workbook = send('unsent', '--no-record')
    answers = answer(workbook, os.path.join(WORK, 'unsent-answers.xlsx'), ANSWERS)
    result = run('import-answers', project, answers)
    assert result.returncode == EXIT_FAILURE, result.stdout
    assert 'no record of sending' in result.stderr, result.stderr


def test_not_a_workbook_refused():
    project, _ = send('csv')
    csv = os.path.join(WORK, 'answers.csv')
    with open(csv, 'w', encoding='utf-8') as f:
        f.write('項目ID,回答\nP2-A-2,同意\n')
    result = run('import-answers', project, csv)
    assert result.returncode == EXIT_FAILURE
    assert 'CSV' in result.stderr, result.stderr


def test_edited_ids_skipped():
    project, workbook = send('edited')

    def edit_id(book, sheet, columns):
        for row in range(1, sheet.max_row + 1):
            if sheet.cell(row, columns['項目ID']).value == 'P2-A-2':
                sheet.cell(row, columns['項目ID']).value = 'P2-Z-99'

    answers = answer(workbook, os.path.join(WORK, 'edited-answers.xlsx'), ANSWERS, edit_id)
    result = run('import-answers', project, answers)
    assert result.returncode == EXIT_OK, result.stderr
    assert 'P2-Z-99' in result.stderr and 'skipped' in result.stderr, result.stderr
    saved = load(project)
    assert 'agreed' not in check(saved, 'P2-A-2')
    assert check(saved, 'P2-A-11').get('agreed') == TODAY  # the other rows are read


def test_stale_rows_flagged_not_applied():
    project, workbook = send('stale')
    answers = answer(workbook, os.path.join(WORK, 'stale-answers.xlsx'), ANSWERS)
    data = load(project)
    item(data, 'P2-A-2')['agreed_terms'] = '病院が決めた新しい内容'  # changed since sending
    save(data, project)
    result = run('import-answers', project, answers)
    assert result.returncode == EXIT_OK, result.stderr
    stale_lines = [line for line in result.stdout.splitlines() if STALE in line]
    assert [line.split('\t')[0] for line in stale_lines] == ['? P2-A-2'], result.stdout
    saved = load(project)
    assert 'agreed' not in check(saved, 'P2-A-2'), check(saved, 'P2-A-2')
    assert check(saved, 'P2-A-11').get('agreed') == TODAY


def test_identity_cells_without_defined_names():
    project, workbook = send('names')

    def drop_names(book, sheet, columns):
        for name in ('BuntanProjectId', 'BuntanVendorId', 'BuntanQuestionnaireId',
                     'BuntanFingerprint'):
            if hasattr(book.defined_names, 'delete'):
                book.defined_names.delete(name)  # openpyxl 3.0
            else:
                del book.defined_names[name]
        book['回答のお願い'].title = 'ご依頼'  # renamed too: the labels are still found
        sheet.title = '御回答'

    answers = answer(workbook, os.path.join(WORK, 'names-answers.xlsx'), ANSWERS, drop_names)
    assert 'BuntanProjectId' not in str(openpyxl.load_workbook(answers).defined_names)
    result = run('import-answers', project, answers)
    assert result.returncode == EXIT_OK, result.stderr
    assert check(load(project), 'P2-A-11').get('agreed') == TODAY


def test_usage():
    project, workbook = send('usage')
    assert run('import-answers', project).returncode == EXIT_USAGE
    assert run('import-answers', project, workbook, '--dry-run',
               '-o', 'x.buntan').returncode == EXIT_USAGE


TESTS = [(name[len('test_'):].replace('_', '-'), fn) for name, fn in globals().copy().items()
         if name.startswith('test_')]


def main():
    try:
        return buntan_tap.run(TESTS)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
