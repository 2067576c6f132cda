"""Saved replies: search and tag them, edit with live placeholder checking, preview for an order, copy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.replies import CURSOR, DESCRIPTIONS, PLACEHOLDERS, check, render
from sellerdesk.store import tools
from sellerdesk.ui import locale_format
from sellerdesk.ui.commands import DeleteRecords, InsertRecord, UpdateRecord
from sellerdesk.ui.dialogs.use_reply import ReplyPreview, copy_reply
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.session import ShopSession

SHOWN_ERRORS = 20  # placeholder mistakes listed under the editor
MARKED_ERRORS = 500  # and underlined in it


class SavedRepliesPage(Page):
    key = "saved_replies"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Saved replies")
        self.current_id: int | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("reply_search")
        self.search.setPlaceholderText(self.tr("Search titles, text and tags"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("reply_list")
        self.list.setWordWrap(True)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New reply"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addLayout(buttons)
        self.splitter.addWidget(left)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        editor = QGroupBox(self.tr("Reply"))
        form = QFormLayout(editor)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("tags")
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. shipping, delay"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setMinimumHeight(140)
        self.errors = QLabel()
        self.errors.setObjectName("body_errors")
        self.errors.setStyleSheet("color: #d64541;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.usage = QLabel()
        self.usage.setStyleSheet("color: palette(mid);")
        insert = QToolButton()
        insert.setText(self.tr("Insert placeholder"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        for name in (*PLACEHOLDERS, CURSOR):
            action = menu.addAction(f"{{{name}}} — {DESCRIPTIONS[name]}")
            action.triggered.connect(lambda _=False, n=name: self.body.insertPlainText("{" + n + "}"))
        insert.setMenu(menu)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        save_row.addWidget(insert)
        save_row.addStretch(1)
        save_row.addWidget(self.usage)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", self.errors)
        form.addRow("", save_row)
        rlay.addWidget(editor, 3)

        preview_box = QGroupBox(self.tr("Preview and copy"))
        play = QVBoxLayout(preview_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Fill for order")))
        self.order_box = QComboBox()
        self.order_box.setObjectName("preview_order")
        self.order_box.setEditable(True)
        self.order_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.order_box.setMinimumContentsLength(28)
        pick.addWidget(self.order_box, 1)
        play.addLayout(pick)
        self.preview = ReplyPreview()
        play.addWidget(self.preview)
        copy_row = QHBoxLayout()
        self.log_check = QCheckBox(self.tr("Log it as my reply to this order now"))
        self.log_check.setToolTip(
            self.tr("Adds your reply to the order's conversation at this moment, so it counts for your response times.")
        )
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copy")
        copy_row.addWidget(self.log_check)
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        play.addLayout(copy_row)
        rlay.addWidget(preview_box, 2)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])

        self.search.textChanged.connect(self.reload)
        self.list.currentItemChanged.connect(self._on_select)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._load_current)
        self.body.textChanged.connect(self.update_preview)
        self.order_box.currentIndexChanged.connect(self.update_preview)
        self.order_box.lineEdit().editingFinished.connect(self._fill_orders)
        self.copy_button.clicked.connect(self.copy)
        session.changed.connect(self._on_changed)
        self._fill_orders()
        self.reload()

    # -- list --------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for reply in tools.search_replies(self.session.store, self.search.text()):
            used = (
                self.tr("used {n}×, last {when}").format(
                    n=reply["usage_count"], when=locale_format.day(reply["last_used_at"])
                )
                if reply["usage_count"]
                else self.tr("not used yet")
            )
            tags = f"  [{reply['tags']}]" if reply["tags"] else ""
            item = QListWidgetItem(f"{reply['title']}{tags}\n{used}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, reply["id"])
            if reply["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count() and keep is None:
            self.list.setCurrentRow(0)
        elif keep is not None and self.list.currentItem() is None:
            self._load_current()

    def _on_select(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        self.current_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load_current()

    def _load_current(self) -> None:
        reply = self.session.store.get("saved_replies", self.current_id) if self.current_id is not None else None
        self._loading = True
        self.title_edit.setText(reply["title"] if reply else "")
        self.tags_edit.setText(reply["tags"] if reply else "")
        self.body.setPlainText(reply["body"] if reply else "")
        self._loading = False
        self.usage.setText(
            self.tr("Used {n}×, last {when}").format(n=reply["usage_count"], when=reply["last_used_at"])
            if reply and reply["usage_count"]
            else ""
        )
        self.update_preview()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "saved_replies" in tables:
            self.reload()
        if "orders" in tables:
            self._fill_orders()

    def _fill_orders(self) -> None:
        text = self.order_box.currentText()
        chosen = self.order_box.currentData()
        search = "" if chosen or not text else text.split(" ")[0]
        self.order_box.blockSignals(True)
        self.order_box.clear()
        self.order_box.addItem(self.tr("(no order — placeholders stay as written)"), None)
        for order_id, name, day in tools.order_choices(self.session.store, search, 200):
            self.order_box.addItem(f"{order_id} — {name} — {day}", order_id)
        index = self.order_box.findData(chosen) if chosen else (1 if search and self.order_box.count() > 1 else 0)
        self.order_box.setCurrentIndex(max(0, index))
        self.order_box.blockSignals(False)
        self.update_preview()

    def choose_order(self, order_id: str | None) -> None:
        index = self.order_box.findData(order_id)
        if index < 0 and order_id:
            self.order_box.setEditText(order_id)
            self._fill_orders()
            index = self.order_box.findData(order_id)
        self.order_box.setCurrentIndex(max(0, index))

    # -- editing -----------------------------------------------------------------------
    def update_preview(self) -> None:
        text = self.body.toPlainText()
        order_id = self.order_box.currentData()
        rendered = render(text, tools.reply_values(self.session.store, order_id))  # one parse gives the errors too
        errors = rendered.errors
        # A pasted text can hold thousands of mistakes: list and underline the first ones only (each
        # keystroke re-runs this; 80,000 lines in a label and 80,000 selections froze the window).
        shown = [str(e) for e in errors[:SHOWN_ERRORS]]
        if len(errors) > SHOWN_ERRORS:
            shown.append(self.tr("… and {n} more").format(n=len(errors) - SHOWN_ERRORS))
        self.errors.setText("\n".join(shown))
        self.errors.setVisible(bool(errors))
        marks = []
        for error in errors[:MARKED_ERRORS]:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#d64541"))
            fmt.setBackground(QColor(214, 69, 65, 40))
            selection.format = fmt
            cursor = self.body.textCursor()
            cursor.setPosition(error.offset)
            cursor.setPosition(error.offset + error.length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            marks.append(selection)
        self.body.setExtraSelections(marks)
        self.preview.show_rendered(rendered, order_id is not None)
        self.log_check.setEnabled(order_id is not None)
        self.copy_button.setEnabled(bool(text.strip()))

    def new_record(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self.current_id = None
        self._load_current()
        self.title_edit.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save(self) -> bool:
        title, body = self.title_edit.text().strip(), self.body.toPlainText()
        if not title:
            QMessageBox.warning(self, self.tr("Title needed"), self.tr("Give the reply a title so you can find it."))
            self.title_edit.setFocus()
            return False
        if not body.strip():
            QMessageBox.warning(self, self.tr("Text needed"), self.tr("The reply has no text yet."))
            self.body.setFocus()
            return False
        errors = check(body)
        if errors:
            QMessageBox.warning(
                self,
                self.tr("Placeholder errors"),
                self.tr("The reply was not saved. Fix these first:\n{errors}").format(
                    errors="\n".join(map(str, errors))
                ),
            )
            self.body.setFocus()
            return False
        values = {"title": title, "body": body, "tags": tools.normalize_tags(self.tags_edit.text())}
        store = self.session.store
        if self.current_id is None:
            values["created_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            command = InsertRecord(store, "saved_replies", values, self.tr("New saved reply “{t}”").format(t=title))
            self.session.push(command)
            self.current_id = command.key
            self.reload()
        else:
            self.session.push(
                UpdateRecord(
                    store, "saved_replies", self.current_id, values, self.tr("Edit saved reply “{t}”").format(t=title)
                )
            )
        return True

    def delete_selected(self) -> None:
        if self.current_id is None:
            return
        reply = self.session.store.get("saved_replies", self.current_id)
        if reply is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved reply"),
            self.tr("Delete “{t}”? You can undo this with Ctrl+Z.").format(t=reply["title"]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.push(
                DeleteRecords(
                    self.session.store,
                    "saved_replies",
                    [self.current_id],
                    self.tr("Delete saved reply “{t}”").format(t=reply["title"]),
                )
            )
            self.current_id = None
            self.reload()

    def copy(self) -> bool:
        order_id = self.order_box.currentData()
        return copy_reply(
            self,
            self.session,
            self.current_id,
            self.preview.rendered,
            order_id,
            None,
            self.log_check.isChecked() and order_id is not None,
        )

    def open_record(self, kind: str, key: object) -> bool:
        if kind != "saved_reply":
            return False
        self.search.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("saved_replies/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("saved_replies/splitter")
        if state is not None:
            self.splitter.restoreState(state)
