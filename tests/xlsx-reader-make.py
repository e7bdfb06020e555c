#!/usr/bin/python3
# Writes the workbooks the xlsx reader's tests read into OUTDIR:
#   xlsx-reader-make.py OUTDIR normal   — openpyxl's, hand-made XML variants
#   xlsx-reader-make.py OUTDIR hostile  — files a reader must refuse
# and, with `dump FILE`, prints what openpyxl (a reader we did not write)
# finds in FILE as JSON, so the tests compare our reader with it cell by cell.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import io
import json
import os
import sys
import zipfile

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook_xml(prefix="", date1904=False):
    p = prefix + ":" if prefix else ""
    ns = f'xmlns{":" + prefix if prefix else ""}="{MAIN}"'
    pr = f'<{p}workbookPr date1904="1"/>' if date1904 else f"<{p}workbookPr/>"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}workbook {ns} xmlns:rel="{REL}">'
            f'{pr}<{p}sheets><{p}sheet name="回答" sheetId="1" rel:id="rId1"/></{p}sheets></{p}workbook>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="0.00&quot;日&quot;"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>
</styleSheet>"""


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def hand_made(path, sheet_data, strings="", prefix="", date1904=False, extra=None):
    p = prefix + ":" if prefix else ""
    ns = f'xmlns{":" + prefix if prefix else ""}="{MAIN}"'
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "xl/workbook.xml": workbook_xml(prefix, date1904),
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}sst {ns}>{strings}</{p}sst>',
        "xl/worksheets/sheet1.xml": (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}worksheet {ns}>'
                                     f"<{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>"),
    }
    parts.update(extra or {})
    write_zip(path, parts)


def make_normal(out):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "回答"
    sheet["A1"] = "項番"
    sheet["B1"] = "回答"
    sheet["C1"] = "完了日"
    sheet["A2"] = "P2-A-1"
    sheet["B2"] = "はい"
    sheet["C2"] = datetime.date(2026, 12, 7)
    sheet["C2"].number_format = "yyyy-mm-dd"
    sheet["D2"] = 3.5
    sheet["E2"] = True
    sheet["F2"] = 42
    sheet["A5"] = "gap above"           # rows 3 and 4 are empty
    sheet["H5"] = "far column"
    sheet["C6"] = datetime.datetime(2027, 1, 2, 13, 30, 0)
    sheet["C6"].number_format = "yyyy/mm/dd hh:mm"
    sheet["C7"] = datetime.date(2026, 4, 1)
    sheet["C7"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["D7"] = 0.25
    sheet["D7"].number_format = "0.00%"
    sheet["A8"] = "改行\nあり"
    second = book.create_sheet("Sheet 2")
    second["B3"] = "second sheet"
    book.save(os.path.join(out, "xlsx-reader-openpyxl.xlsx"))

    mac = openpyxl.Workbook()
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    mac.epoch = CALENDAR_MAC_1904
    mac.active["A1"] = datetime.date(2026, 12, 7)
    mac.active["A1"].number_format = "yyyy-mm-dd"
    mac.save(os.path.join(out, "xlsx-reader-1904-openpyxl.xlsx"))

    # Rich text runs and a phonetic guide (furigana) that is no part of the text.
    strings = ('<si><r><rPr><b/></rPr><t>太字</t></r><r><t xml:space="preserve"> と普通</t></r></si>'
               '<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></si>'
               '<si><t>_x005F_x0041_ and _x0042_</t></si>')
    rows = ('<row r="3"><c r="B3" t="s"><v>1</v></c></row>'
            '<row r="1"><c r="C1" t="s"><v>0</v></c><c r="A1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>'
            '<row r="2"><c r="A2" s="1"><v>46363</v></c><c r="B2" s="2"><v>46363</v></c>'
            '<c r="C2" s="3"><v>46363</v></c><c r="D2" s="4"><v>46363.5</v></c><c r="E2" t="b"><v>0</v></c>'
            '<c r="F2" t="e"><v>#N/A</v></c><c r="G2" t="str"><f>A1</f><v>inline</v></c><c r="H2" s="1"><v>60</v></c></row>'
            '<row r="4"><c r="A4" t="s"><v>2</v></c><c t="s"><v>0</v></c><c r="A4" t="s"><v>1</v></c></row>'
            '<row r="6"><c r="A6" t="s"><v>2</v></c></row>'
            '<row><c t="n"><v>7</v></c></row>')
    hand_made(os.path.join(out, "xlsx-reader-rich.xlsx"), rows, strings)
    hand_made(os.path.join(out, "xlsx-reader-prefixed.xlsx"),
              '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>',
              "<x:si><x:t>prefixed</x:t></x:si>", prefix="x")
    hand_made(os.path.join(out, "xlsx-reader-1904.xlsx"),
              '<row r="1"><c r="A1" s="1"><v>44900</v></c></row>', date1904=True)


def make_hostile(out):
    # A zip bomb: a few hundred kilobytes that say they hold 150 MB.
    with zipfile.ZipFile(os.path.join(out, "xlsx-reader-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        with archive.open("xl/workbook.xml", "w") as part:
            zeros = b" " * (1 << 20)
            for _ in range(150):
                part.write(zeros)

    hand_made(os.path.join(out, "xlsx-reader-good.xlsx"),
              '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', "<si><t>good</t></si>")
    good = open(os.path.join(out, "xlsx-reader-good.xlsx"), "rb").read()
    with open(os.path.join(out, "xlsx-reader-truncated.xlsx"), "wb") as f:
        f.write(good[: len(good) // 2])

    doctype = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
               f'<sst xmlns="{MAIN}"><si><t>&lol2;</t></si></sst>')
    hand_made(os.path.join(out, "xlsx-reader-doctype.xlsx"), "", extra={"xl/sharedStrings.xml": doctype})
    entity = f'<?xml version="1.0"?>\n<sst xmlns="{MAIN}"><si><t>&xxe;</t></si></sst>'
    hand_made(os.path.join(out, "xlsx-reader-entity.xlsx"), "", extra={"xl/sharedStrings.xml": entity})
    utf16 = f'<?xml version="1.0" encoding="UTF-16"?>\n<sst xmlns="{MAIN}"><si><t>x</t></si></sst>'.encode("utf-16")
    hand_made(os.path.join(out, "xlsx-reader-utf16.xlsx"), "", extra={"xl/sharedStrings.xml": utf16})
    latin1 = f'<?xml version="1.0"?>\n<sst xmlns="{MAIN}"><si><t>caf\xe9</t></si></sst>'.encode("latin-1")
    hand_made(os.path.join(out, "xlsx-reader-latin1.xlsx"), "", extra={"xl/sharedStrings.xml": latin1})

    # What the fuzzer found: an empty part, and a character GMarkup quotes by its first byte.
    hand_made(os.path.join(out, "xlsx-reader-empty-part.xlsx"), "", extra={"xl/sharedStrings.xml": ""})
    bad_name = workbook_xml().replace("<workbookPr/>", "<w\ufeffbookPr/>")
    hand_made(os.path.join(out, "xlsx-reader-bad-name.xlsx"), "", extra={"xl/workbook.xml": bad_name})

    # 200,001 cells: 40,001 rows of 5.
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{col}{r}"><v>1</v></c>' for col in "ABCDE") + "</row>"
                   for r in range(1, 40002))
    hand_made(os.path.join(out, "xlsx-reader-huge-sheet.xlsx"), rows)

    with open(os.path.join(out, "xlsx-reader-old.xlsx"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with zipfile.ZipFile(os.path.join(out, "xlsx-reader-calc.xlsx"), "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    with open(os.path.join(out, "xlsx-reader-csv.xlsx"), "w", encoding="utf-8") as f:
        f.write("項番,回答\nP2-A-1,はい\n")
    with open(os.path.join(out, "xlsx-reader-binary.xlsx"), "wb") as f:
        f.write(bytes(range(256)) * 4)
    write_zip(os.path.join(out, "xlsx-reader-plain-zip.xlsx"), {"readme.txt": "not a workbook"})


def dump(path):
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True)  # cached values, as we read them
    result = {"sheets": book.sheetnames, "cells": {}}
    for sheet in book.worksheets:
        cells = []
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                if isinstance(value, bool):
                    kind, text = "boolean", "TRUE" if value else "FALSE"
                elif isinstance(value, datetime.datetime):
                    kind = "date"
                    text = value.strftime("%Y-%m-%d" if value.time() == datetime.time() else "%Y-%m-%dT%H:%M:%S")
                elif isinstance(value, datetime.date):
                    kind, text = "date", value.isoformat()
                elif isinstance(value, (int, float)):
                    kind, text = "number", repr(float(value))
                else:
                    kind, text = "text", str(value)
                cells.append([cell.row - 1, cell.column - 1, kind, text])
        result["cells"][sheet.title] = cells
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif sys.argv[2] == "normal":
        make_normal(sys.argv[1])
    else:
        make_hostile(sys.argv[1])
