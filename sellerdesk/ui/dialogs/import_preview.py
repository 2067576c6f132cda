"""The import preview: per file its kind, variant and rows; per kind of record what is new, updated or
unchanged; the warnings; or, when a file is wrong, every problem by file, row and column. Nothing
is written until the seller presses Import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.io.import_report import RECORD_KINDS, ImportReport, RowError
from sellerdesk.ui import locale_format
from sellerdesk.ui.i18n import Context

_KIND_NAMES = {
    "etsy_orders": QT_TRANSLATE_NOOP("ImportPreview", "Etsy orders"),
    "etsy_items": QT_TRANSLATE_NOOP("ImportPreview", "Etsy order items"),
    "etsy_reviews": QT_TRANSLATE_NOOP("ImportPreview", "Etsy reviews"),
    "orders": QT_TRANSLATE_NOOP("ImportPreview", "SellerDesk orders"),
    "reviews": QT_TRANSLATE_NOOP("ImportPreview", "SellerDesk reviews"),
    "cases": QT_TRANSLATE_NOOP("ImportPreview", "SellerDesk cases"),
    "messages": QT_TRANSLATE_NOOP("ImportPreview", "SellerDesk messages"),
}
_RECORD_NAMES = {
    "orders": QT_TRANSLATE_NOOP("ImportPreview", "Orders"),
    "items": QT_TRANSLATE_NOOP("ImportPreview", "Items"),
    "reviews": QT_TRANSLATE_NOOP("ImportPreview", "Reviews"),
    "cases": QT_TRANSLATE_NOOP("ImportPreview", "Cases"),
    "messages": QT_TRANSLATE_NOOP("ImportPreview", "Messages"),
}


def kind_names() -> dict[str, str]:
    return {k: QCoreApplication.translate("ImportPreview", v) for k, v in _KIND_NAMES.items()}


def record_names() -> dict[str, str]:
    return {k: QCoreApplication.translate("ImportPreview", v) for k, v in _RECORD_NAMES.items()}


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    name: str,
    stretch: int | None = None,
    grouped: bool = True,
) -> QTableWidget:
    """A read-only table; counts (ints) shown with the locale's group separators when `grouped`
    (not row numbers: a spreadsheet shows row 12345 as 12345)."""
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = locale_format.number(value) if isinstance(value, int) and grouped else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(text)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 4
    table.setMaximumHeight(max(height, 60))
    return table


ImportPreview = Context("ImportPreview")
_VARIANT_WORDS = {
    "US wording": QT_TRANSLATE_NOOP("ImportPreview", "US wording"),
    "UK wording": QT_TRANSLATE_NOOP("ImportPreview", "UK wording"),
    "with SKU": QT_TRANSLATE_NOOP("ImportPreview", "with SKU"),
    "without SKU": QT_TRANSLATE_NOOP("ImportPreview", "without SKU"),
    "JSON": QT_TRANSLATE_NOOP("ImportPreview", "JSON"),
    "SellerDesk template": QT_TRANSLATE_NOOP("ImportPreview", "SellerDesk template"),
}


def variant_text(variant: str) -> str:
    """io/etsy_formats.py's variant ("US wording, with SKU, 36 columns") in the window's language."""
    parts = []
    for part in variant.split(", "):
        if part.endswith(" columns") and part.split()[0].isdigit():
            parts.append(ImportPreview.tr("%n column(s)", "", int(part.split()[0])))
        elif part in _VARIANT_WORDS:
            parts.append(QCoreApplication.translate("ImportPreview", _VARIANT_WORDS[part]))
        else:
            parts.append(part)
    return ", ".join(parts)


def _shown_name(path: Path, report: ImportReport) -> str:
    """The file's name, with its folder when two files given have the same name."""
    same = sum(f.path.name == path.name for f in report.files)
    return f"{path.parent.name}/{path.name}" if same > 1 else path.name


class ImportPreviewDialog(QDialog):
    """Shows a preview (`report`) or the problems that stop the import (`problems`)."""

    def __init__(
        self,
        report: ImportReport | None,
        problems: Sequence[RowError | str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import — preview") if report else self.tr("Import — problems found"))
        self.report = report
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setObjectName("headline")
        layout.addWidget(self.headline)
        self.files_table: QTableWidget | None = None
        self.counts_table: QTableWidget | None = None
        self.problems_table: QTableWidget | None = None
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if report is None:
            self._show_problems(layout, problems)
        else:
            self._show_report(layout, report)
        layout.addWidget(self.notes)
        if report is not None:
            layout.addStretch(1)  # the tables are as tall as their rows: the room left goes below, not into the texts
        layout.addWidget(buttons)
        self.resize(760, 520 if report is None else max(self.sizeHint().height(), 320))

    def _show_report(self, layout: QVBoxLayout, report: ImportReport) -> None:
        names = kind_names()
        self.files_table = _table(
            [self.tr("File"), self.tr("Kind"), self.tr("Variant"), self.tr("Rows"), self.tr("Ignored columns")],
            [
                (
                    _shown_name(f.path, report),
                    names[f.kind],
                    variant_text(f.variant),
                    f.rows,
                    ", ".join(f.unknown_columns) or "—",
                )
                for f in report.files
            ],
            "files",
        )
        for r, f in enumerate(report.files):
            self.files_table.item(r, 0).setToolTip(str(f.path))
        layout.addWidget(self.files_table)
        records = record_names()
        shown = [k for k in RECORD_KINDS if report.counts[k].total or k in ("orders", "items", "reviews")]
        self.counts_table = _table(
            [self.tr("Records"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged")],
            [(records[k], report.counts[k].new, report.counts[k].updated, report.counts[k].unchanged) for k in shown],
            "counts",
            stretch=0,
        )
        layout.addWidget(self.counts_table)
        notes = []
        if report.waiting_reviews:
            notes.append(
                self.tr(
                    "%n review(s) are for orders not in the shop yet (an older download?). They are kept and "
                    "join their order when it is imported.",
                    "",
                    report.waiting_reviews,
                )
            )
        if report.profiles:
            parts = [
                self.tr("{name}: {n}").format(
                    name=name or self.tr("no shipping profile (no ship-by date)"), n=locale_format.number(n)
                )
                for name, n in report.profiles.items()
            ]
            notes.append(self.tr("Ship-by dates of new orders come from — {parts}.").format(parts="; ".join(parts)))
            if "" in report.profiles:
                notes.append(
                    self.tr(
                        "Orders without a profile get no ship-by date and are left out of on-time shipping: set a "
                        "default profile, or map their listings, in Shipping profiles before importing."
                    )
                )
        notes += [self.tr("Warning: {text}").format(text=w) for w in report.warnings]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        if report.changed:
            counts = report.counts
            self.headline.setText(
                self.tr("Nothing is written until you press Import. {orders}, {updated}.").format(
                    orders=self.tr("%Ln new order(s)", "", counts["orders"].new),
                    updated=self.tr("%Ln updated order(s)", "", counts["orders"].updated),
                )
            )
            self.import_button.setDefault(True)
        else:
            self.headline.setText(
                self.tr("Nothing to import: every record in these files is already in the shop as they have it.")
            )
            self.import_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Close"))

    def _show_problems(self, layout: QVBoxLayout, problems: Sequence[RowError | str]) -> None:
        self.headline.setText(
            self.tr(
                "Nothing was imported: %n problem(s) found. Fix the files and import again; the shop was not changed.",
                "",
                len(problems),
            )
        )
        rows = [
            (p.file, p.row, p.column, p.message) if isinstance(p, RowError) else ("", "", "", str(p))
            for p in problems[:500]
        ]
        self.problems_table = _table(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem")], rows, "problems", grouped=False
        )
        self.problems_table.setMaximumHeight(16777215)
        self.problems_table.setWordWrap(True)
        layout.addWidget(self.problems_table, 1)
        self.notes.setVisible(False)
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
