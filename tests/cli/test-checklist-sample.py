#!/usr/bin/python3
# test-checklist-sample.py — `buntan-cli checklist-updates` on the sample project
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-checklist-sample.py BUNTAN-CLI
#
# data/examples/sample.buntan was made with 2024.06-1; Buntan bundles
# 2026.12-1. The retired items and their reasons are read from the bundled
# template with json, and the project written by --apply all is compared
# with the sample here, never with buntan-cli's own reading.

import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap  # noqa: E402

SOURCE_ROOT = os.environ.get('BUNTAN_SOURCE_ROOT',
                             os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SAMPLE = os.path.join(SOURCE_ROOT, 'data', 'examples', 'sample.buntan')
BUNDLED = os.path.join(SOURCE_ROOT, 'data', 'templates', 'buntan-default.json')
# What the checklist words; everything else of an item is the negotiation's.
TEXTS = {'title', 'content', 'risk', 'recommended', 'references', 'applies_to'}


def run(cli, env, *args):
    result = subprocess.run([cli, *args], env=env, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout, result.stderr


def main():
    cli = sys.argv[1]
    tap = Tap()
    work = tempfile.mkdtemp(prefix='buntan-sample-review-')
    env = dict(os.environ, XDG_DATA_HOME=work, LC_ALL='C.UTF-8')
    try:
        with open(BUNDLED, encoding='utf-8') as f:
            bundled = json.load(f)
        with open(SAMPLE, encoding='utf-8') as f:
            sample = json.load(f)
        reasons = {entry['id']: entry['reason'] for entry in bundled['retired']}
        tap.check('the bundled checklist retires P2-A-2 and P2-C-5',
                  {'P2-A-2', 'P2-C-5'} <= set(reasons), reasons)

        status, out, err = run(cli, env, 'checklist-updates', SAMPLE)
        tap.check('a newer checklist: exit 4', status == 4, err)
        lines = out.splitlines()
        for item in ('P2-A-2', 'P2-C-5'):
            at = [i for i, line in enumerate(lines) if line.startswith(f'Item {item} retired: ')]
            tap.check(f'{item} is listed as retired once', len(at) == 1, out)
            tap.check(f'{item} is followed by its reason',
                      len(at) == 1 and at[0] + 1 < len(lines)
                      and lines[at[0] + 1] == f'  Why: {reasons[item]}', out)
        tap.check('only retired items have a reason',
                  sum(line.startswith('  Why: ') for line in lines) == 2, out)

        status, out, err = run(cli, env, 'checklist-updates', '--json', SAMPLE)
        report = json.loads(out)
        retired = {d['item']: d.get('reason') for d in report['differences']
                   if d['kind'] == 'item-retired'}
        tap.check('--json gives the reasons', retired == {k: reasons[k] for k in retired}
                  and set(retired) == {'P2-A-2', 'P2-C-5'}, retired)

        updated_path = os.path.join(work, 'updated.buntan')
        status, out, err = run(cli, env, 'checklist-updates', SAMPLE, '--apply', 'all',
                               '-o', updated_path)
        tap.check('--apply all writes the project', status == 0, err)
        with open(updated_path, encoding='utf-8') as f:
            updated = json.load(f)
        tap.check('the project records 2026.12-1',
                  updated['template']['version'] == bundled['template_version'], updated['template'])
        after = {item['id']: item for item in updated['items']}
        changed = []
        for item in sample['items']:
            new = after.get(item['id'])
            if new is None:
                changed.append(f"{item['id']}: removed")
                continue
            for key, value in item.items():
                if key in TEXTS or (key == 'status' and item['id'] in retired):
                    continue
                if new.get(key) != value:
                    changed.append(f"{item['id']} {key}: {value!r} → {new.get(key)!r}")
        tap.check('every agreement is kept (status, owner, participants, checks, agreed terms, '
                  'notes …)', not changed, '\n'.join(changed))
        tap.check('the retired items are 対象外, kept',
                  all(after[item]['status'] == 'not-applicable' for item in retired),
                  {item: after[item]['status'] for item in retired})
        added = [item for item in updated['items'] if item['id'] not in
                 {old['id'] for old in sample['items']}]
        tap.check('the new items are not started, with nobody responsible',
                  added and all(item['status'] == 'open' and item.get('owner') in (None, '')
                                for item in added),
                  [(item['id'], item['status'], item.get('owner')) for item in added])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tap.done()


if __name__ == '__main__':
    sys.exit(main())
