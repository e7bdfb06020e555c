#!/usr/bin/python3
# bench-pdf.py — how long buntan-cli takes to make a PDF, as a whole process
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-pdf.py BUNTAN-CLI SAMPLE
# Times `buntan-cli export FILE -o OUT.pdf` and every vendor's appendix
# (`--all-vendors --format pdf`) for the sample and for a project
# of 1,000 Part 2 items made from the sample's (issue 18: under 0.5 s for the
# sample, linear in the items). Prints the best of five runs; never fails on time.

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

CLI, SAMPLE = sys.argv[1], sys.argv[2]
RUNS = 5


def thousand_items(sample):
    project = copy.deepcopy(sample)
    part2 = [item for item in sample['items'] if item['part'] == 2]
    items = [item for item in sample['items'] if item['part'] == 1]
    n = 0
    while len(items) < 1000:
        for template in part2:
            if len(items) >= 1000:
                break
            item = copy.deepcopy(template)
            n += 1
            item['id'] = f'BENCH-{n}'
            item['section'] = f'S{n // 50}'
            item['number'] = str(n % 50 + 1)
            items.append(item)
    project['items'] = items
    return project


def best_time(source, target, *options):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([CLI, 'export', source, '-o', target, *options], check=True,
                       capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    work = tempfile.mkdtemp(prefix='buntan-bench-pdf-')
    try:
        with open(SAMPLE, encoding='utf-8') as f:
            sample = json.load(f)
        big = os.path.join(work, 'thousand.buntan')
        with open(big, 'w', encoding='utf-8') as f:
            json.dump(thousand_items(sample), f, ensure_ascii=False)

        for name, source in (('sample', SAMPLE), ('1,000 items', big)):
            target = os.path.join(work, 'out.pdf')
            seconds = best_time(source, target)
            pages = subprocess.run(['pdfinfo', target], capture_output=True, text=True).stdout
            n_pages = next((line.split()[-1] for line in pages.splitlines()
                            if line.startswith('Pages:')), '?')
            print(f'PDF of the {name}: {seconds:.3f} s (best of {RUNS}, {n_pages} pages)')
            # Every vendor's appendix, one PDF each, in one process.
            folder = os.path.join(work, 'appendices')
            seconds = best_time(source, folder, '--all-vendors', '--format', 'pdf', '--force')
            print(f'Appendices of the {name}: {seconds:.3f} s (best of {RUNS}, '
                  f'{len(os.listdir(folder))} PDFs)')
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
