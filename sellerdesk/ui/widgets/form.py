"""A record dialog whose validation says what is wrong next to the field.

Each field has a widget and a parser from `core.records` (text -> stored value, or FieldError);
a `cross_check` callback adds rules across fields. OK stays on the dialog until all is well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.records import FieldError
from sellerdesk.ui.vocabulary import words

Parser = Callable[[str | None], Any]
CrossCheck = Callable[[dict[str, Any]], dict[str, str]]


@dataclass
class Field:
    name: str
    widget: QWidget
    parser: Parser
    error: QLabel


def widget_text(widget: QWidget) -> str:
    """The text a parser reads from any of the form's widgets."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText() if data is None else str(data)
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else "0"
    if isinstance(widget, QSpinBox):
        return str(widget.value())
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    raise TypeError(f"unsupported field widget {type(widget).__name__}")


def set_widget_text(widget: QWidget, value: Any) -> None:
    text = "" if value is None else str(value)
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QComboBox):
        # A blank choice (choice_box's `blank`) holds "" so that it reads back as no value.
        index = widget.findData(value) if value is not None else widget.findData("")
        widget.setCurrentIndex(index if index >= 0 else max(0, widget.findText(text)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QDateEdit) and text:
        widget.setDate(QDate.fromString(text, "yyyy-MM-dd"))


def choice_box(choices: tuple[str, ...], blank: str | None = None) -> QComboBox:
    """A combo box over stored values; `blank` adds a first entry meaning 'none'."""
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, "")
    for value in choices:
        box.addItem(words(value), value)
    return box


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, cross_check: CrossCheck | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, Field] = {}
        self.cross_check = cross_check
        self._values: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, parser: Parser, value: Any = None) -> QWidget:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #d64541;")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        widget.setObjectName(name)
        self.form.addRow(label, holder)
        self.fields[name] = Field(name, widget, parser, error)
        if value is not None:
            set_widget_text(widget, value)
        return widget

    def errors(self) -> dict[str, str]:
        """Parse every field; {field: message} for what is wrong (also remembered for `values`)."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = field.parser(widget_text(field.widget))
            except FieldError as exc:
                problems[name] = str(exc)
        if not problems and self.cross_check is not None:
            problems.update(self.cross_check(values))
        self._values = values
        return problems

    def show_errors(self, problems: dict[str, str]) -> None:
        for name, field in self.fields.items():
            message = problems.get(name)
            field.error.setText(message or "")
            field.error.setVisible(bool(message))
            field.widget.setToolTip(message or "")

    def error_text(self, name: str) -> str:
        label = self.fields[name].error
        return label.text() if label.isVisibleTo(self) else ""

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def accept(self) -> None:
        problems = self.errors()
        self.show_errors(problems)
        if problems:
            self.fields[next(iter(problems))].widget.setFocus()
            return
        super().accept()
