"""Settings sections for dates: the holiday calendar (with its effect on open orders) and vacations."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.holidays import country_holidays
from sellerdesk.store import tools
from sellerdesk.ui import locale_format
from sellerdesk.ui.dialogs.country_holidays import ask_country_holidays
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import AddMessages, EditVacation, SetHolidays


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(150)
    return table


def _qdate(day) -> QDate:  # noqa: ANN001 - a datetime.date
    return QDate(day.year, day.month, day.day)


class HolidaySection(QGroupBox):
    """Edits are staged here; Apply writes the calendar and moves open orders' dates in one undo step."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Holiday calendar"))
        self.session = session
        self.pending: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Weekends never count as processing days. Holidays do, unless you list them here (Etsy's rule): "
                "every ship-by date and estimated delivery skips the days below."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = _table([self.tr("Day"), self.tr("Holiday")])
        self.table.setObjectName("holidays")
        layout.addWidget(self.table)
        grid = QGridLayout()
        self.day = QDateEdit(_qdate(session.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(locale_format.date_format())
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name, e.g. Workshop closed"))
        add = QPushButton(self.tr("Add day"))
        remove = QPushButton(self.tr("Remove selected"))
        grid.addWidget(self.day, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(add, 0, 2)
        grid.addWidget(remove, 0, 3)
        load = QPushButton(self.tr("Load a country's holidays…"))
        load.setObjectName("load_country_holidays")
        load.setToolTip(
            self.tr("Public holidays of any country or state, movable and lunar ones included, listed before adding")
        )
        grid.addWidget(load, 1, 0, 1, 4)
        layout.addLayout(grid)
        self.effect = QLabel()
        self.effect.setObjectName("holiday_effect")
        self.effect.setWordWrap(True)
        layout.addWidget(self.effect)
        row = QHBoxLayout()
        self.move_orders = QCheckBox(self.tr("Also move the open orders' dates"))
        self.move_orders.setChecked(True)
        self.apply_button = QPushButton(self.tr("Apply calendar"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        row.addWidget(self.move_orders)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        add.clicked.connect(self.add_day)
        remove.clicked.connect(self.remove_selected)
        load.clicked.connect(self.ask_country)
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.reset)
        session.changed.connect(lambda tables: self.reset() if "holidays" in tables else None)
        self.reset()

    def reset(self) -> None:
        self.pending = dict(tools.holidays(self.session.store))
        self._show()

    def dirty(self) -> bool:
        return self.pending != dict(tools.holidays(self.session.store))

    def _show(self) -> None:
        days = sorted(self.pending.items())
        self.table.setRowCount(len(days))
        for r, (day, name) in enumerate(days):
            item = QTableWidgetItem(locale_format.day(day))
            item.setData(Qt.ItemDataRole.UserRole, day)  # the stored ISO day, for removing it
            self.table.setItem(r, 0, item)
            self.table.setItem(r, 1, QTableWidgetItem(name))
        changes = tools.calendar_recompute(self.session.store, self.pending)
        moved = sum(1 for c in changes if c.ship_by_changes)
        dirty = self.dirty()
        if dirty:
            text = self.tr(
                "Not applied yet. With this calendar %n open order(s) get a different ship-by "
                "date and {total} a different estimated delivery.",
                "",
                moved,
            ).format(total=len(changes))
        elif changes:
            text = self.tr(
                "%n open order(s) have dates computed before the current calendar; Apply recomputes them.",
                "",
                len(changes),
            )
        else:
            text = self.tr("All open orders' dates follow this calendar.")
        self.effect.setText(text)
        self.effect.setStyleSheet("color: #b07f00;" if dirty or changes else "")
        self.apply_button.setEnabled(dirty or bool(changes))
        self.discard_button.setEnabled(dirty)

    def add_day(self) -> None:
        day = self.day.date().toString("yyyy-MM-dd")
        self.pending[day] = self.name.text().strip() or self.tr("Holiday")
        self.name.clear()
        self._show()

    def remove_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows():
            self.pending.pop(self.table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole), None)
        self._show()

    def ask_country(self) -> int:
        """The country dialog lists a country's days and their effect; the chosen ones are staged here."""
        return self._stage(ask_country_holidays(self.session, self.pending, self))

    def load_country(self, code: str, first_year: int, last_year: int | None = None, subdivision: str = "") -> int:
        days = country_holidays(code, first_year, last_year or first_year, subdivision or None)
        return self._stage([(h.day, h.name) for h in days])

    def _stage(self, days: list[tuple[str, str]]) -> int:
        """Stage days not yet in the calendar (a name the seller typed stays); returns how many were new."""
        new = 0
        for day, name in days:
            if day not in self.pending:
                self.pending[day] = name
                new += 1
        self._show()
        return new

    def apply(self) -> None:
        store = self.session.store
        changes = tools.calendar_recompute(store, self.pending) if self.move_orders.isChecked() else []
        title = self.tr("Holiday calendar (%n day(s))", "", len(self.pending))
        if changes:
            title += self.tr(", %n open order(s) moved", "", len(changes))
        self.session.push(SetHolidays(store, list(self.pending.items()), changes, title))


class VacationSection(QGroupBox):
    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vacation mode"))
        self.session = session
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "While the shop is on vacation a banner shows, orders placed then are flagged, and buyer messages "
                "answered by your auto-reply count as replied (Star Seller counts auto-replies)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = _table([self.tr("From"), self.tr("To"), self.tr("Auto-reply"), self.tr("Orders placed")])
        self.table.setObjectName("vacations")
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.start = QDateEdit(_qdate(session.today()))
        self.end = QDateEdit(_qdate(session.today() + timedelta(days=7)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_format.date_format())
        self.reply = QComboBox()
        self.reply.setObjectName("auto_reply")
        self.add_button = QPushButton(self.tr("Add vacation"))
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addWidget(QLabel(self.tr("auto-reply")))
        row.addWidget(self.reply, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.log_button = QPushButton(self.tr("Log the auto-replies Etsy sent…"))
        self.log_button.setToolTip(
            self.tr(
                "Adds the auto-reply to every first buyer message received during the "
                "selected vacation that has no reply yet, so it counts as replied."
            )
        )
        row2.addWidget(self.delete_button)
        row2.addWidget(self.log_button)
        row2.addStretch(1)
        layout.addLayout(row2)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_selected)
        self.log_button.clicked.connect(self.log_auto_replies)
        session.changed.connect(lambda t: self.reload() if t & {"vacations", "saved_replies", "orders"} else None)
        self.reload()

    def reload(self) -> None:
        current = self.reply.currentData()
        self.reply.clear()
        self.reply.addItem(self.tr("(none)"), None)
        for reply in tools.search_replies(self.session.store):
            self.reply.addItem(reply["title"], reply["id"])
        index = self.reply.findData(current) if current else self.reply.findText("Vacation auto-reply")
        self.reply.setCurrentIndex(max(0, index))
        rows = tools.vacations(self.session.store)
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            cells = (
                locale_format.day(v["start_date"]),
                locale_format.day(v["end_date"]),
                v["auto_reply"] or "—",
                locale_format.number(v["orders"]),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v["id"])
                self.table.setItem(r, c, item)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def add(self) -> bool:
        start, end = self.start.date().toString("yyyy-MM-dd"), self.end.date().toString("yyyy-MM-dd")
        if end < start:
            QMessageBox.warning(
                self,
                self.tr("Check the dates"),
                self.tr("The vacation ends ({end}) before it starts ({start}).").format(
                    start=locale_format.day(start), end=locale_format.day(end)
                ),
            )
            return False
        clash = tools.overlapping_vacation(self.session.store, start, end)
        if clash:
            QMessageBox.warning(
                self,
                self.tr("Overlapping vacation"),
                self.tr("It overlaps the vacation {range}; delete or change that one first.").format(
                    range=locale_format.day_range(clash["start_date"], clash["end_date"])
                ),
            )
            return False
        self.session.push(
            EditVacation(
                self.session.store,
                None,
                {"start_date": start, "end_date": end, "auto_reply_id": self.reply.currentData()},
                self.tr("Vacation {range}").format(range=locale_format.day_range(start, end)),
            )
        )
        return True

    def delete_selected(self) -> None:
        key = self.selected_id()
        if key is not None:
            self.session.push(EditVacation(self.session.store, key, None, self.tr("Delete vacation")))

    def log_auto_replies(self) -> int:
        key = self.selected_id()
        vacation = self.session.store.get("vacations", key) if key is not None else None
        if vacation is None:
            QMessageBox.information(self, self.tr("Choose a vacation"), self.tr("Select a vacation in the list first."))
            return 0
        reply = (
            self.session.store.get("saved_replies", vacation["auto_reply_id"]) if vacation["auto_reply_id"] else None
        )
        rows = tools.pending_auto_replies(self.session.store, vacation, reply["body"] if reply else "")
        if not rows:
            QMessageBox.information(
                self,
                self.tr("Nothing to log"),
                self.tr("Every first message received during this vacation already has a reply."),
            )
            return 0
        self.session.push(
            AddMessages(self.session.store, rows, self.tr("Log %n vacation auto-reply(s)", "", len(rows)))
        )
        return len(rows)
