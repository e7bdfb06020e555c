#!/usr/bin/python3
"""Keeps one Japanese word per concept (the wording review of December 2026,
shared/reviews/2026-12/translation.md).

The window (po/ja.po), buntan-cli (po/ja.po too) and the workbook (the
Japanese literals of src/core) must not bring back a form the review
replaced: 未解決の点 for a gap, 決定記録 for the meeting log, 契約の種類 for
the contract kind, 関与する当事者 for a supporting party, and so on; nor may
the bundled checklist texts (data/templates). The CLI's placeholders (FILE,
OUT, ID, TITLE, NAME) stay untranslated, and no two items of a menu share
a mnemonic, in English or in Japanese.

Each discouraged form is first tried on a sample that holds it, so that a
pattern which can no longer match fails here instead of passing silently.
"""

import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from buntan_tap import Tap  # noqa: E402

ROOT = os.environ["BUNTAN_SOURCE_ROOT"]

# (pattern, the word to use instead, a text the pattern must catch)
DISCOURAGED = [
    (r"未解決", "抜け漏れ", "確認の結果、未解決の点が 3 件あります"),
    (r"指摘", "抜け漏れ", "未解決の指摘（7 件）"),
    (r"関与する", "協力", "関与する当事者"),
    (r"\+1–9 関与", "協力", "Shift+1–9 関与"),
    (r"協力者", "協力", "協力者"),
    (r"決定記録|決定事項", "協議記録", "プロジェクトの決定記録に残ります"),
    (r"契約の種類", "契約種別", "契約の種類"),
    (r"プロジェクトのタイトル", "案件名", "プロジェクトのタイトル"),
    # 名前を付けて保存 is GNOME's "Save As" and stays.
    (r"名前(?!を付け)", "名称", "医療機関の名前"),
    (r"形(?!式)", "形式", "YYYY-MM-DD の形で入力してください"),
    (r"別のウィンドウ|表示用", "投影用", "別のウィンドウに映す(_P)"),
    (r"[A-Za-z]/クラウド", "・", "SaaS/クラウド利用"),
    (r"メンバー", "キー", "必須のメンバー「%s」がありません"),
    (r"ちょうど", "1 つだけ", "医療機関はちょうど 1 つです"),
    (r"デバイス|パイプ", "通常のファイルではないため開けません", "デバイスかパイプです"),
    (r"協議の前から", "初回協議の時点で", "協議の前から対応済みでしたか？"),
    (r"参照先", "ガイドライン等関連部分", "参照先"),
    (r"未着手 未定", "担当未定", "未着手 未定"),
    # The checklist review of December 2026 (issue 14); the checklist's own
    # rules (取り決める, 記載する) are in tests/test-template-content.py.
    (r"押し付け合", "責任の所在が曖昧になる", "事業者間で対応が押し付け合いになりやすい"),
    (r"元の事業者", "受託事業者", "元の事業者が責任を負う"),
    (r"社会への説明", "関係機関への報告・公表", "患者・行政・社会への説明"),
    (r"この表(?!示)", "責任分担表", "この表で合意した役割分担"),
    (r"管理者アカウントの情報", "管理者アカウントの一覧", "管理者アカウントの情報を引き渡す"),
    (r"リモート保守", "リモートメンテナンス", "リモート保守の接続方法"),
    (r"任命", "設置", "安全管理責任者の任命"),
    (r"サポート終了（EOL）", "製品寿命終了（EOL）・サポート終了（EOS）", "サポート終了（EOL）の通知"),
]

# Words of the interface only: the checklist rightly says 支援を受ける形でもよい.
INTERFACE_ONLY = {r"形(?!式)"}

# Placeholders of buntan-cli's help, as they stand in a msgid.
PLACEHOLDERS = ("FILE", "OUT", "ID", "TITLE", "NAME")

tap = Tap()


def report(ok, description, details=""):
    tap.check(description, ok, details)


def unescape(text):
    """A .po string as it reads: "\\nFILE" is a line that starts with FILE."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def po_messages(path):
    """(msgid, msgstr) pairs of a .po file, plural forms as extra msgstrs."""
    with open(path, encoding="utf-8") as po:
        blocks = po.read().split("\n\n")
    messages = []
    for block in blocks:
        fields = {}
        key = None
        for line in block.splitlines():
            if line.startswith("#~"):
                key = None
                continue
            if line.startswith("#") or not line.strip():
                continue
            match = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if match:
                key = match.group(1)
                fields[key] = match.group(2)
            elif key is not None and line.startswith('"'):
                fields[key] += line[1:-1]
        if fields.get("msgid"):
            for key, value in fields.items():
                if key.startswith("msgstr"):
                    messages.append((unescape(fields["msgid"]), unescape(value)))
    return messages


def core_literals():
    """(file:line, text) of every string literal in src/core that holds Japanese."""
    literals = []
    japanese = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "core", "*.[ch]"))):
        with open(path, encoding="utf-8") as source:
            text = source.read()
        # Comments may quote the old words to say why they went.
        text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
        text = re.sub(r"//[^\n]*", "", text)
        for number, line in enumerate(text.splitlines(), 1):
            for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', line):
                if japanese.search(literal):
                    literals.append((f"{os.path.relpath(path, ROOT)}:{number}", literal))
    return literals


def template_texts():
    """(file: key, text) of every text of the bundled checklist templates."""
    texts = []

    def walk(place, value):
        if isinstance(value, str):
            texts.append((place, value))
        elif isinstance(value, list):
            for index, element in enumerate(value):
                walk(f"{place}[{index}]", element)
        elif isinstance(value, dict):
            for key, element in value.items():
                walk(f"{place}.{key}", element)

    for path in sorted(glob.glob(os.path.join(ROOT, "data", "templates", "*.json"))):
        with open(path, encoding="utf-8") as template:
            walk(os.path.relpath(path, ROOT), json.load(template))
    return texts


def mnemonic(label):
    """The key that activates a label such as "Save _As…" (None without one)."""
    match = re.search(r"_(.)", label.replace("__", ""))
    return match.group(1).lower() if match else None


def menu_clashes(translations):
    """Items of one menu of ui/*.ui that share a mnemonic, in English and translated."""
    clashes = []
    for path in sorted(glob.glob(os.path.join(ROOT, "ui", "*.ui"))):
        for menu in ElementTree.parse(path).getroot().iter("menu"):
            labels = [attribute.text for attribute in menu.iter("attribute")
                      if attribute.get("name") == "label" and attribute.text]
            for language, texts in (("en", labels),
                                    ("ja", [translations.get(l, l) for l in labels])):
                keys = {}
                for text in texts:
                    keys.setdefault(mnemonic(text), []).append(text)
                clashes += [f"{os.path.basename(path)} {menu.get('id')} ({language}): "
                            + " / ".join(same) for key, same in keys.items()
                            if key is not None and len(same) > 1]
    return clashes


def main():
    messages = po_messages(os.path.join(ROOT, "po", "ja.po"))
    report(len(messages) > 400, "po/ja.po is read", f"{len(messages)} messages")
    literals = core_literals()
    report(any("責任分担表" in text for _, text in literals),
           "the core's Japanese literals are read", f"{len(literals)} literals")

    texts = template_texts()
    report(len(texts) > 100, "the checklist templates are read", f"{len(texts)} texts")

    for pattern, instead, sample in DISCOURAGED:
        found = re.compile(pattern)
        report(found.search(sample) is not None, f"the check for {pattern} catches “{sample}”")
        in_po = [f"{msgid!r}: {msgstr}" for msgid, msgstr in messages if found.search(msgstr)]
        report(not in_po, f"po/ja.po does not say {pattern} (use {instead})", "\n".join(in_po))
        in_core = [f"{place}: {text}" for place, text in literals if found.search(text)]
        report(not in_core, f"the workbook does not say {pattern} (use {instead})",
               "\n".join(in_core))
        if pattern in INTERFACE_ONLY:
            continue
        in_texts = [f"{place}: {text}" for place, text in texts if found.search(text)]
        report(not in_texts, f"the checklist texts do not say {pattern} (use {instead})",
               "\n".join(in_texts))

    report(mnemonic("Save _As…") == "a" and mnemonic("名前を付けて保存(_A)…") == "a",
           "mnemonics are read from labels")
    clashes = menu_clashes(dict(messages))
    report(not clashes, "no two items of a menu share a mnemonic", "\n".join(clashes))

    for placeholder in PLACEHOLDERS:
        word = re.compile(r"\b%s\b" % placeholder)
        used = [(msgid, msgstr) for msgid, msgstr in messages if word.search(msgid)]
        translated = [f"{msgid!r}: {msgstr}" for msgid, msgstr in used if not word.search(msgstr)]
        report(used and not translated, f"the CLI placeholder {placeholder} stays untranslated",
               "\n".join(translated) or "no message uses it")

    return tap.done()


if __name__ == "__main__":
    sys.exit(main())
