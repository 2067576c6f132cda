"""Settings: the shop, the rule settings Etsy never published, holidays, vacations, notifications."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.core.settings import RuleSettings
from sellerdesk.ui import theme
from sellerdesk.ui.i18n import LANGUAGE_KEY, LANGUAGES
from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.pages.settings_calendar import HolidaySection, VacationSection
from sellerdesk.ui.pages.settings_rules import RuleChoices
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.tools_commands import SetShop

CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "VND", "JPY", "CHF", "SEK", "DKK", "NOK", "PLN", "NZD")
TRAY_KEY = "tray_notifications"


class SettingsPage(Page):
    key = "settings"

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title = self.tr("Settings")
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        top = QHBoxLayout()
        shop_box = QGroupBox(self.tr("Shop"))
        form = QFormLayout(shop_box)
        self.name = QLineEdit()
        self.name.setObjectName("shop_name")
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setMaxVisibleItems(20)
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Time zone"), self.timezone)
        top.addWidget(shop_box, 1)

        rules_box = QGroupBox(self.tr("Order dissatisfaction rate window"))
        rform = QFormLayout(rules_box)
        defaults = RuleSettings()
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 365)
        self.window_days.setSuffix(self.tr(" days"))
        self.lag_days = QSpinBox()
        self.lag_days.setRange(0, 365)
        self.lag_days.setSuffix(self.tr(" days"))
        note = QLabel(
            self.tr(
                "Etsy never published the window's offset. Default: {w} days ending {l} days ago (orders placed 90 "
                "to 30 days ago). A lag of 0 gives “the last {w} days”."
            ).format(w=defaults.odr_window_days, l=defaults.odr_lag_days)
        )
        note.setWordWrap(True)
        rform.addRow(self.tr("Window length"), self.window_days)
        rform.addRow(self.tr("Lag before the as-of day"), self.lag_days)
        rform.addRow(note)
        top.addWidget(rules_box, 1)
        layout.addLayout(top)

        save_row = QHBoxLayout()
        self.tray = QCheckBox(self.tr("Show a system tray notification of what needs doing today"))
        self.tray.setObjectName("tray")
        self.save_button = QPushButton(self.tr("Save shop settings"))
        self.save_button.setObjectName("save_settings")
        self.revert_button = QPushButton(self.tr("Revert"))
        save_row.addWidget(self.tray)
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        self.rules = RuleChoices(session)
        layout.addWidget(self.rules)
        layout.addLayout(save_row)
        layout.addLayout(self._language_row())

        self.holidays = HolidaySection(session)
        self.vacations = VacationSection(session)
        layout.addWidget(self.holidays)
        layout.addWidget(self.vacations)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.rules.preview_button.clicked.connect(lambda: self.rules.show_preview(self.candidate_rules()))
        self.revert_button.clicked.connect(self.load)
        session.changed.connect(lambda t: self.load() if t & {"shops", "settings"} else None)
        self.load()

    def _language_row(self) -> QHBoxLayout:
        """SellerDesk's language: stored in QSettings (not the shop file), read at start by app.py."""
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(str(QSettings().value(LANGUAGE_KEY, "") or ""))
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(
            lambda _i: QSettings().setValue(LANGUAGE_KEY, self.language.currentData() or "")
        )
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language)
        row.addWidget(QLabel(self.tr("(applies the next time SellerDesk starts)")))
        row.addSpacing(24)
        self.appearance = QComboBox()
        self.appearance.setObjectName("appearance")
        for code, name in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance.addItem(name, code)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(theme.chosen())))
        self.appearance.currentIndexChanged.connect(lambda _i: self.set_appearance(self.appearance.currentData()))
        row.addWidget(QLabel(self.tr("Appearance")))
        row.addWidget(self.appearance)
        row.addStretch(1)
        return row

    def set_appearance(self, choice: str) -> None:
        """Light, dark or the system's, at once and from now on."""
        QSettings().setValue(theme.THEME_KEY, choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, choice)

    def load(self) -> None:
        store = self.session.store
        shop = store.shop()
        rules = store.rule_settings()
        self.name.setText(shop["name"])
        self.currency.setCurrentText(shop["currency"])
        self.timezone.setCurrentText(shop["timezone"])
        self.window_days.setValue(rules.odr_window_days)
        self.lag_days.setValue(rules.odr_lag_days)
        self.rules.load(rules)
        self.tray.setChecked(store.setting(TRAY_KEY, "0") == "1")

    def problems(self) -> list[str]:
        problems = []
        if not self.name.text().strip():
            problems.append(self.tr("Shop name: a name is required."))
        currency = self.currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            problems.append(
                self.tr("Currency: '{c}' is not a three-letter code such as USD or EUR.").format(c=currency)
            )
        if self.timezone.currentText().strip() not in available_timezones():
            problems.append(
                self.tr(
                    "Time zone: '{tz}' is not a time zone; pick one from the list, e.g. "
                    "America/New_York or Europe/Rome."
                ).format(tz=self.timezone.currentText())
            )
        return problems

    def save(self) -> bool:
        problems = self.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Settings not saved"), "\n".join(problems))
            return False
        store = self.session.store
        shop = store.shop()
        wanted = {
            "name": self.name.text().strip(),
            "currency": self.currency.currentText().strip().upper(),
            "timezone": self.timezone.currentText().strip(),
        }
        shop_changes = {k: v for k, v in wanted.items() if shop[k] != v}
        settings = {**self.candidate_rules().as_mapping(), TRAY_KEY: "1" if self.tray.isChecked() else "0"}
        current = {**store.rule_settings().as_mapping(), TRAY_KEY: store.setting(TRAY_KEY, "0")}
        setting_changes = {k: v for k, v in settings.items() if current.get(k) != v}
        if shop_changes or setting_changes:
            self.session.push(SetShop(store, shop_changes, setting_changes, self.tr("Shop settings")))
        return True

    def candidate_rules(self) -> RuleSettings:
        """The rule settings as the page shows them (saved with the shop settings, as one undo step)."""
        base = self.session.store.rule_settings().with_(
            odr_window_days=self.window_days.value(), odr_lag_days=self.lag_days.value()
        )
        return self.rules.chosen(base)

    def open_record(self, kind: str, key: object) -> bool:
        if kind == "settings":
            sections = {"holidays": self.holidays, "vacations": self.vacations}
            widget = sections.get(str(key))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
