"""Settings > Holidays > Load a country's holidays…: a country (and subdivision where it has one), a span
of years, the days listed before they are added, and what they would do to open orders' ship-by dates
(store/tools.py calendar_recompute, as the calendar's own preview shows it)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from sellerdesk.core import holidays as holiday_calendars
from sellerdesk.core.records import FieldError
from sellerdesk.store import tools
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.widgets.form import FormDialog

#: how many moved orders the effect line names (the rest are counted)
EXAMPLES = 5
MUTED = QBrush(QColor("#888888"))


class CountryHolidaysDialog(FormDialog):
    """`holidays()` once accepted: the previewed days, (ISO day, name)."""

    def __init__(self, session: ShopSession, pending: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Load a country's holidays"), parent, self._check_years)
        self.session = session
        self.pending = dict(pending)
        self._days: list[holiday_calendars.Holiday] = []
        self.country = QComboBox()
        for code in holiday_calendars.countries():
            self.country.addItem(f"{holiday_calendars.country_name(code)} ({code})", code)
        self.subdivision = QComboBox()
        this_year = session.today().year
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        for box in (self.first_year, self.last_year):
            box.setRange(2000, 2100)
        shop_country = str(session.store.shop().get("country") or "US").upper()
        self.add_field("country", self.tr("Country:"), self.country, self._parse_country, shop_country)
        self.add_field("subdivision", self.tr("State or region:"), self.subdivision, lambda t: t or None)
        self.add_field("first_year", self.tr("From year:"), self.first_year, int, this_year)
        self.add_field("last_year", self.tr("To year:"), self.last_year, int, this_year + 1)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("country_holidays")
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Holiday"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumSize(560, 260)
        self.effect = QLabel()
        self.effect.setObjectName("country_holidays_effect")
        self.effect.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(1, self.table, 1)
        layout.insertWidget(2, self.effect)
        self._fill_subdivisions()
        self.country.currentIndexChanged.connect(self._country_changed)
        self.subdivision.currentIndexChanged.connect(lambda _i: self._preview())
        for spin in (self.first_year, self.last_year):
            spin.valueChanged.connect(lambda _v: self._preview())
        self._preview()

    # -- fields ----------------------------------------------------------------------------
    def _parse_country(self, text: str | None) -> str:
        if not text:
            raise FieldError(self.tr("Choose a country."))
        return text

    def _check_years(self, values: dict) -> dict[str, str]:
        first, last = values["first_year"], values["last_year"]
        if last < first:
            return {"last_year": self.tr("The last year comes before the first; swap them.")}
        if last - first + 1 > holiday_calendars.MAX_YEARS:
            return {
                "last_year": self.tr("At most {n} years at a time; load a shorter span.").format(
                    n=holiday_calendars.MAX_YEARS
                )
            }
        return {}

    def _country_changed(self, _index: int) -> None:
        self._fill_subdivisions()
        self._preview()

    def _fill_subdivisions(self) -> None:
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country (national holidays)"), "")
        for code, name in holiday_calendars.subdivisions(self.country.currentData()):
            self.subdivision.addItem(name if name == code else f"{name} ({code})", code)
        self.subdivision.setEnabled(self.subdivision.count() > 1)
        self.subdivision.blockSignals(False)

    # -- preview ---------------------------------------------------------------------------
    def holidays(self) -> list[tuple[str, str]]:
        return [(h.day, h.name) for h in self._days]

    def _preview(self) -> None:
        first, last = self.first_year.value(), self.last_year.value()
        try:
            self._days = holiday_calendars.country_holidays(
                self.country.currentData(), first, last, self.subdivision.currentData() or None
            )
        except ValueError:  # years out of order or too many: the field says so on OK
            self._days = []
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(self.tr("Add %n day(s)", "", len(self._days)))
        ok.setEnabled(bool(self._days))
        self._show_days()
        self._show_effect()

    def _show_days(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self._days))
        for row, holiday in enumerate(self._days):
            day = date.fromisoformat(holiday.day)
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            if holiday.day in self.pending:
                note = self.tr("already in the calendar")
            elif day.weekday() >= 5:
                note = self.tr("weekend: no effect")
            else:
                note = ""
            cells = (f"{holiday.day} {weekday}", holiday.name, note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if note:
                    item.setForeground(MUTED)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _show_effect(self) -> None:
        new = {h.day: h.name for h in self._days if h.day not in self.pending}
        if not new:
            self.effect.setText(self.tr("Nothing new to add: every day listed is already in the calendar."))
            return
        # Against the calendar as staged so far, so days added earlier are not counted again.
        store = self.session.store
        staged = {c.order_id: c.after["ship_by"] for c in tools.calendar_recompute(store, self.pending)}
        moved = [
            (c.order_id, staged.get(c.order_id, c.before["ship_by"]), c.after["ship_by"])
            for c in tools.calendar_recompute(store, {**self.pending, **new})
            if c.after["ship_by"] != staged.get(c.order_id, c.before["ship_by"])
        ]
        if not moved:
            self.effect.setText(self.tr("Added, these days change no open order's ship-by date."))
            return
        examples = ", ".join(
            self.tr("{order}: {before} → {after}").format(order=order, before=before, after=after)
            for order, before, after in moved[:EXAMPLES]
        )
        more = self.tr(" and %n more", "", len(moved) - EXAMPLES) if len(moved) > EXAMPLES else ""
        self.effect.setText(
            self.tr("Added (then applied), these days move the ship-by date of %n open order(s): ", "", len(moved))
            + examples
            + more
            + "."
        )


def ask_country_holidays(
    session: ShopSession, pending: Mapping[str, str], parent: QWidget | None = None
) -> list[tuple[str, str]]:
    """The days the seller chose to add ([] when cancelled)."""
    dialog = CountryHolidaysDialog(session, pending, parent)
    return dialog.holidays() if dialog.exec() else []
