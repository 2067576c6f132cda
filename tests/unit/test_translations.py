"""The Qt Linguist translations: complete, same {placeholders}, HTML tags and accelerators, .qm up to date.

Pure XML parsing over resources/translations/*.ts; the lupdate/lrelease checks run the PySide6 tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("it", "vi")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)\w")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts."""
    root = ET.parse(FOLDER / f"sellerdesk_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(tr: ET.Element | None) -> list[str]:
    """A translation's texts: its plural forms (a %n message), or its one text."""
    if tr is None:
        return [""]
    plurals = [f.text or "" for f in tr.iter("numerusform")]
    return plurals or [tr.text or ""]


def tags(text: str) -> Counter[str]:
    return Counter(m.group(0)[:2] + m.group(1).lower() for m in TAG.finditer(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_declares_its_language_and_has_messages(lang):
    root = ET.parse(FOLDER / f"sellerdesk_{lang}.ts").getroot()
    assert root.get("language") == lang
    assert len(messages(lang)) > 500


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    unfinished = [
        (ctx, src)
        for ctx, src, tr in messages(lang)
        if tr is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(f.strip() for f in forms(tr))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_tags_and_accelerators(lang):
    problems = []
    for ctx, src, tr in messages(lang):
        for text in forms(tr):
            if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(text)):
                problems.append((ctx, src, text, "placeholders"))
            if tags(src) != tags(text):
                problems.append((ctx, src, text, "HTML tags"))
            if len(ACCELERATOR.findall(src)) != len(ACCELERATOR.findall(text)):
                problems.append((ctx, src, text, "& accelerator"))
            if src.count("\n") != text.count("\n"):
                problems.append((ctx, src, text, "line breaks"))
            if "%n" in src and "%n" not in text:
                problems.append((ctx, src, text, "%n count"))
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_accelerators_are_unique_within_each_menu(lang):
    translated = {(ctx, src): tr.text or "" for ctx, src, tr in messages(lang)}
    menus = {
        "File": [
            ("MainWindow", "&New shop…"),
            ("MainWindow", "&Open…"),
            ("MainWindow", "&Import…"),
            ("MainWindow", "Import a &folder…"),
            ("MainWindow", "&Export…"),
            ("MainWindow", "Monthly re&port…"),
            ("MainWindow", "&Back up now…"),
            ("MainWindow", "Res&tore…"),
            ("MainWindow", "Open &recent"),
            ("Today", "&Labels and packing slips…"),
            ("MainWindow", "&Quit"),
        ],
        "Edit": [
            ("MainWindow", "&Undo"),
            ("MainWindow", "&Redo"),
            ("MainWindow", "&New record"),
            ("MainWindow", "&Find"),
            ("MainWindow", "&Delete"),
        ],
        "bar": [("MainWindow", "&File"), ("MainWindow", "&Edit"), ("MainWindow", "&View"), ("MainWindow", "&Help")],
    }
    for menu, keys in menus.items():
        letters = [ACCELERATOR.search(translated[key]).group(0)[1].lower() for key in keys]
        assert len(set(letters)) == len(letters), (menu, letters)


def test_both_languages_translate_the_same_messages():
    assert {(c, s) for c, s, _ in messages("it")} == {(c, s) for c, s, _ in messages("vi")}


def test_every_store_column_title_is_marked_for_translation():
    """The store's TableSpec titles are shown through Columns.tr(); lupdate must have seen them."""
    from sellerdesk.store.order_table import ORDERS
    from sellerdesk.store.record_tables import CASES, REVIEWS, THREADS

    columns = {src for ctx, src, _ in messages("it") if ctx == "Columns"}
    titles = {c.title for spec in (ORDERS, THREADS, REVIEWS, CASES) for c in spec.columns}
    assert titles - columns == set()


def test_every_stored_code_has_words():
    from sellerdesk.core.odr import EXCLUSION_REASONS
    from sellerdesk.core.records import CASE_REASONS, CASE_RESOLUTIONS, ORDER_STATUSES, SENDERS
    from sellerdesk.ui.pages.order_detail import FLAG_WORDS
    from sellerdesk.ui.vocabulary import FLAG_NAMES, VALUE_WORDS

    codes = {*ORDER_STATUSES, *CASE_REASONS, *CASE_RESOLUTIONS, *EXCLUSION_REASONS, *SENDERS}
    assert codes - set(VALUE_WORDS) == set()
    assert {w for w, _ in FLAG_WORDS.values()} <= set(FLAG_NAMES)
    values = {src for ctx, src, _ in messages("it") if ctx == "Values"}
    assert set(VALUE_WORDS.values()) | set(FLAG_NAMES) <= values


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(lang, tmp_path):
    lrelease = _tool("pyside6-lrelease")
    qm = FOLDER / f"sellerdesk_{lang}.qm"
    assert qm.exists(), "run resources/translations/update.sh"
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, "-silent", str(FOLDER / f"sellerdesk_{lang}.ts"), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "stale .qm: run resources/translations/update.sh lrelease"


def test_ts_files_hold_every_source_text(tmp_path):
    """No tr() text in sellerdesk/ui or the PDFs (io/report_*.py, evidence.py, labels.py, words.py) that lupdate
    would add: new strings must be translated before merging."""
    lupdate = _tool("pyside6-lupdate")
    ts = tmp_path / "check_it.ts"
    shutil.copyfile(FOLDER / "sellerdesk_it.ts", ts)
    io = ROOT / "sellerdesk" / "io"
    pdfs = [*io.glob("report_*.py"), io / "evidence.py", io / "labels.py", io / "words.py"]
    files = [*(ROOT / "sellerdesk" / "ui").rglob("*.py"), *pdfs]
    sources = sorted(str(p.relative_to(ROOT)) for p in files)
    subprocess.run(
        [lupdate, "-no-obsolete", "-silent", *sources, "-ts", str(ts)], check=True, cwd=ROOT, capture_output=True
    )
    before = {(c, s) for c, s, _ in messages("it")}
    root = ET.parse(ts).getroot()
    after = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    assert after - before == set(), "new texts: run resources/translations/update.sh and translate them"
    assert before - after == set(), "texts gone from the code: run resources/translations/update.sh"
