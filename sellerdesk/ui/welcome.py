"""The first start (no shop file yet): import my Etsy downloads, try the demo shop, or start an empty shop.

The demo goes into its own file beside the shop (demo.sellerdesk), never into the seller's shop,
so the next start still offers the welcome until the seller has a shop of their own.
"""

from __future__ import annotations

import os
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store.database import StoreError
from sellerdesk.store.store import Store
from sellerdesk.ui.single_instance import bring_forward
from sellerdesk.ui.tasks import run_task

#: Currencies Etsy lets a shop sell in (the first ones are the most common).
CURRENCIES = (
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "DKK", "HKD", "ILS", "INR", "MXN", "NOK", "PHP", "PLN",
    "SEK", "SGD", "TRY", "VND",
)  # fmt: skip
DEMO_NAME = "demo.sellerdesk"


@dataclass
class FirstStart:
    """What the welcome chose: the shop to open, and files to import into it once the window shows."""

    kind: str  # "import", "demo" or "empty"
    store: Store
    import_paths: list[Path] = field(default_factory=list)

    @property
    def demo(self) -> bool:
        return self.kind == "demo"

    def finish(self, window) -> None:  # noqa: ANN001 - MainWindow (imports this module's caller)
        if self.import_paths:
            window.import_files(self.import_paths)  # preview first, as File > Import… does


def demo_path_for(shop: Path) -> Path:
    """The demo's file: beside the seller's shop, never the shop itself."""
    demo = shop.with_name(DEMO_NAME)
    return demo if demo != shop else shop.with_name("demo-shop.sellerdesk")


def make_demo_file(path: Path) -> None:
    """A fresh demo shop at `path` (built aside, then moved in: a half-made demo never opens)."""
    from sellerdesk.io.demo import make_demo_shop

    building = path.with_name(path.name + ".new")
    for stale in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        stale.unlink(missing_ok=True)
    store = Store.open(building)
    try:
        make_demo_shop(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    for old in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # an old demo's journal must not meet the new file
        old.unlink(missing_ok=True)
    os.replace(building, path)


def create_empty_shop(path: Path, name: str, currency: str, timezone: str, processing: tuple[int, int]) -> Store:
    """A new shop file with its settings and a default shipping profile of the usual processing time."""
    store = Store.open(path)
    try:
        country = system_country()
        store.update_shop(name=name, currency=currency, timezone=timezone, country=country)
        store.insert(
            "shipping_profiles",
            {
                "name": QCoreApplication.translate("Welcome", "Standard shipping"),
                "processing_min": processing[0],
                "processing_max": processing[1],
                "origin_country": country,
                "is_default": 1,
            },
        )
    except BaseException:
        store.close()
        raise
    return store


def system_country() -> str:
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 and code.isalpha() else "US"


def system_timezone() -> str:
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    return zone if zone in zoneinfo.available_timezones() else "UTC"


class WelcomeDialog(QDialog):
    def __init__(self, shop_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_path = shop_path
        self.start: FirstStart | None = None
        self.setWindowTitle(self.tr("Welcome to SellerDesk"))
        self.setAccessibleDescription(self.tr("First start: choose how to begin."))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.error = QLabel()
        self.error.setObjectName("welcome_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b52d2a;")
        self.error.hide()
        layout.addWidget(self.error)
        self.pages.addWidget(self._choices_page())
        self.pages.addWidget(self._import_page())
        self.pages.addWidget(self._empty_page())
        self.resize(560, 420)
        self.import_choice.setFocus()

    # -- pages ---------------------------------------------------------------------------
    def _choices_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        title = QLabel(self.tr("<h2>Welcome to SellerDesk</h2>"))
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "SellerDesk keeps your orders, messages, reviews and cases in a file on this computer and shows "
                "how your shop stands against Etsy's standards. How would you like to begin?"
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.import_choice = QCommandLinkButton(
            self.tr("Import my Etsy downloads"),
            self.tr("The orders, order items and reviews files you downloaded from Etsy, or a folder of them."),
        )
        self.demo_choice = QCommandLinkButton(
            self.tr("Try the demo shop"),
            self.tr("A made-up shop with a year of orders, in its own file: your shop stays untouched."),
        )
        self.empty_choice = QCommandLinkButton(
            self.tr("Start an empty shop"),
            self.tr("Give your shop's name, currency, time zone and usual processing time; add orders as they come."),
        )
        self.import_choice.clicked.connect(lambda: self._go(1))
        self.demo_choice.clicked.connect(self.choose_demo)
        self.empty_choice.clicked.connect(lambda: self._go(2))
        for button in (self.import_choice, self.demo_choice, self.empty_choice):
            column.addWidget(button)
        self.busy = QLabel()
        self.busy.setObjectName("welcome_busy")
        column.addWidget(self.busy)
        column.addStretch(1)
        where = QLabel(self.tr("Your shop will be saved in {path}").format(path=self.shop_path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(where)
        quit_row = QHBoxLayout()
        quit_row.addStretch(1)
        close = QPushButton(self.tr("Quit"))
        close.clicked.connect(self.reject)
        quit_row.addWidget(close)
        column.addLayout(quit_row)
        return page

    def _import_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("<h3>Import my Etsy downloads</h3>")))
        how = QLabel(
            self.tr(
                "On Etsy: Shop Manager > Settings > Options > Download Data. Download the Orders and Order Items "
                "files of each year (EtsySoldOrders2024.csv, EtsySoldOrderItems2024.csv…) and your reviews (a "
                ".json file). Choose the files, or the folder that holds them: you will see what they hold "
                "before anything is saved."
            )
        )
        how.setWordWrap(True)
        column.addWidget(how)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose files…"))
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        column.addLayout(self._back_row())
        return page

    def _empty_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("<h3>Start an empty shop</h3>")))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("My shop"))
        self.currency_box = QComboBox()
        self.currency_box.setEditable(True)
        self.currency_box.addItems(CURRENCIES)
        local = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        self.currency_box.setCurrentText(local if local in CURRENCIES else "USD")
        self.zone_box = QComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_box.setCurrentText(system_timezone())
        self.processing_min = QSpinBox()
        self.processing_max = QSpinBox()
        for box, value in ((self.processing_min, 1), (self.processing_max, 3)):
            box.setRange(0, 70)
            box.setValue(value)
        self.processing_min.setAccessibleName(self.tr("Processing time, from"))
        self.processing_max.setAccessibleName(self.tr("Processing time, to"))
        span = QHBoxLayout()
        span.addWidget(self.processing_min)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.processing_max)
        span.addWidget(QLabel(self.tr("business days")))
        span.addStretch(1)
        form.addRow(self.tr("Shop &name:"), self.name_edit)
        form.addRow(self.tr("&Currency:"), self.currency_box)
        form.addRow(self.tr("&Time zone:"), self.zone_box)
        form.addRow(self.tr("Usual &processing time:"), span)
        for label, buddy in ((0, self.name_edit), (1, self.currency_box), (2, self.zone_box), (3, self.processing_min)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setBuddy(buddy)
        column.addLayout(form)
        note = QLabel(
            self.tr(
                "The processing time becomes your default shipping profile: new orders get their ship-by date "
                "from it. You can change it, and add profiles, on the Shipping profiles page."
            )
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addStretch(1)
        row = self._back_row()
        self.create_button = QPushButton(self.tr("Create shop"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_empty)
        row.addWidget(self.create_button)
        column.addLayout(row)
        return page

    def _back_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self._go(0))
        row.addWidget(back)
        row.addStretch(1)
        return row

    def _go(self, index: int) -> None:
        self.error.hide()
        self.pages.setCurrentIndex(index)
        first = {0: self.import_choice, 1: self.files_button, 2: self.name_edit}[index]
        first.setFocus()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- the three ways in -----------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose your Etsy downloads"),
            str(Path.home()),
            self.tr("Etsy downloads (*.csv *.json *.txt *.tsv);;All files (*)"),
        )
        if names:
            self._start_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of your Etsy downloads"))
        if folder:
            self._start_import([Path(folder)])

    def _start_import(self, paths: list[Path]) -> None:
        try:
            store = Store.open(self.shop_path)
        except StoreError as exc:
            self._fail(str(exc))
            return
        self.start = FirstStart("import", store, paths)
        self.accept()

    def create_empty(self) -> None:
        currency = self.currency_box.currentText().strip().upper()
        zone = self.zone_box.currentText().strip()
        low, high = self.processing_min.value(), self.processing_max.value()
        if len(currency) != 3 or not currency.isalpha():
            self._fail(self.tr("The currency must be a three-letter code such as USD or EUR."))
            return
        if zone not in zoneinfo.available_timezones():
            self._fail(self.tr("Unknown time zone “{zone}”: choose one from the list.").format(zone=zone))
            return
        if high < low:
            self._fail(self.tr("The processing time ends before it starts: the second number must be the larger."))
            return
        name = self.name_edit.text().strip() or self.tr("My shop")
        try:
            store = create_empty_shop(self.shop_path, name, currency, zone, (low, high))
        except StoreError as exc:
            self._fail(str(exc))
            return
        self.start = FirstStart("empty", store)
        self.accept()

    def choose_demo(self) -> None:
        demo = demo_path_for(self.shop_path)
        if bring_forward(demo):  # another SellerDesk window shows the demo already
            self.reject()
            return
        for button in (self.import_choice, self.demo_choice, self.empty_choice):
            button.setEnabled(False)
        self.busy.setText(self.tr("Making the demo shop…"))
        run_task(self, lambda: make_demo_file(demo), lambda _: self._demo_made(demo), self._demo_failed)

    def _demo_made(self, demo: Path) -> None:
        self.busy.clear()
        try:
            store = Store.open(demo)
        except StoreError as exc:
            self._demo_failed(exc)
            return
        self.start = FirstStart("demo", store)
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self.busy.clear()
        for button in (self.import_choice, self.demo_choice, self.empty_choice):
            button.setEnabled(True)
        self._fail(self.tr("Could not make the demo shop: {error}").format(error=exc))

    def reject(self) -> None:
        if self.start is None and not self.demo_choice.isEnabled():
            return  # the demo is being written: wait for it rather than leave a worker behind
        super().reject()


def run_welcome(shop_path: Path) -> FirstStart | None:
    """Ask how to begin; None when the seller closed the welcome (SellerDesk then quits)."""
    dialog = WelcomeDialog(shop_path)
    dialog.exec()
    return dialog.start
