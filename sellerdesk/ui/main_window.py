"""The main window: a sidebar of pages, menus, shortcuts, a status bar with the shop and its ODR."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from sellerdesk import APP_NAME, __version__
from sellerdesk.ui import locale_format
from sellerdesk.ui.backups import BackupRunner
from sellerdesk.ui.empty_states import EmptyHint
from sellerdesk.ui.geometry import place_window
from sellerdesk.ui.pages import PAGES
from sellerdesk.ui.read_only_guard import disable_page_editing
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.shop_counts import install_counts
from sellerdesk.ui.shop_guard import install_shop_guard
from sellerdesk.ui.shop_problem import open_shop_or_ask
from sellerdesk.ui.sidebar import Sidebar
from sellerdesk.ui.single_instance import bring_forward
from sellerdesk.ui.today import install_tools
from sellerdesk.ui.widgets.charts import hold_warm_up_for, release_warm_up

if TYPE_CHECKING:
    from sellerdesk.io.import_report import ImportReport
    from sellerdesk.ui.import_flow import ImportFlow
    from sellerdesk.ui.pages.base import Page

MAX_RECENT = 8


def _detach_models(page: QWidget) -> None:
    """A page going away (its shop closed) reads nothing more: its tables lose their models before any
    pending repaint or column fit could ask a closed shop for rows."""
    for view in page.findChildren(QAbstractItemView):
        if not isinstance(view, QListWidget | QTableWidget | QTreeWidget):  # those own their models
            view.setModel(None)


class _AfterFirstPaint(QObject):
    """Runs `then` once, queued behind the window's first paint (so it cannot delay that paint)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)  # once: not a Python call for every later event of the window
            QTimer.singleShot(0, self, self.then)
        return False


def _local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class MainWindow(QMainWindow):
    def __init__(self, session: ShopSession, settings: QSettings | None = None) -> None:
        super().__init__()
        hold_warm_up_for(self)  # matplotlib loads once the pages are built after the first paint (_build_next_page)
        self.settings = settings or QSettings()
        self.session: ShopSession = session
        self._pages: list[Page | None] = []  # None: not built yet (see _page)
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []  # after_first_paint's, until that paint
        self.sidebar = Sidebar()  # icons and live counts (sidebar.py, shop_counts.py)
        self.stack = QStackedWidget()
        self.empty_hint = EmptyHint(self)  # an empty page says what to do next
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_hint)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(pages)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.import_flow: ImportFlow | None = None  # the latest import started from this window
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.shop_label = QLabel()
        self.odr_label = QLabel()
        self.statusBar().addWidget(self.shop_label, 1)
        self.statusBar().addPermanentWidget(self.odr_label)
        self.backups = BackupRunner(self)  # File > Back up now…, the day's first backup
        self._build_menus()
        self._install_session(session)
        self._restore()
        _AfterFirstPaint(self, self._first_painted)

    # -- session and pages ---------------------------------------------------------------
    # Only the page shown first is built before the window's first paint; the others are built one at a
    # time right after it (or at once when something asks for them: a click, `pages`, open_record).
    def _install_session(self, session: ShopSession) -> None:
        self.session = session
        old, self._pages = self.built_pages(), []  # no page to show while the sidebar and stack are emptied
        for page in old:
            _detach_models(page)
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.sidebar.clear()
        self._pages = [None] * len(PAGES)
        for entry in PAGES:
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
            self.sidebar.add_page(entry)
        session.changed.connect(self._refresh_status)
        session.asOfChanged.connect(self._refresh_status)
        self._bind_undo()
        self._refresh_status()
        self._remember_recent(session.path)
        install_tools(self, session)  # Today dock, vacation banner, tray, labels (issue 5)
        install_shop_guard(self, session)  # read-only banner, failed or waiting edits, one window per shop
        install_counts(self, session)  # sidebar counts and empty-page hints, counted on a worker
        self.after_first_paint(self.backups.shop_opened)  # the day's first backup, when the app asked for them
        if self._painted:
            QTimer.singleShot(0, self, self._build_next_page)

    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (those not built yet are built now)."""
        return [self._page(row) for row in range(len(self._pages))]

    def built_pages(self) -> list[Page]:
        return [page for page in self._pages if page is not None]

    def _page(self, row: int) -> Page:
        page = self._pages[row]
        if page is None:
            page = PAGES[row].make(self.session)
            self._pages[row] = page
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)  # the current page stays current
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            page.restore_state(self.settings)
            if self.session.store.read_only:
                disable_page_editing(self, page)
        return page

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run `then` now if the window has painted, else right after its first paint (which it must not delay)."""
        if self._painted:
            then()
        else:
            self._after_paint.append(then)

    def _first_painted(self) -> None:
        self._painted = True
        for then in self._after_paint:  # each in an event-loop turn of its own, in the order asked
            QTimer.singleShot(0, self, then)
        self._after_paint.clear()
        self._build_next_page()

    def _build_next_page(self) -> None:
        """Build one page not built yet, then come back for the next (input is handled in between).
        A closed window or a closed session (a restore replacing the file) builds nothing more."""
        row = next((row for row, page in enumerate(self._pages) if page is None), None)
        if row is not None and self.isVisible() and not self.session.closed:
            self._page(row)
            QTimer.singleShot(0, self, self._build_next_page)
        else:
            # Only now may matplotlib load on the chart worker: meanwhile its import (pure Python) would have
            # made each page take two to four times as long to build.
            release_warm_up(self)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self._page(row)
            self.stack.setCurrentIndex(row)
            self._show_title()

    def _show_title(self) -> None:
        row = self.stack.currentIndex()
        if 0 <= row < len(PAGES):
            self.empty_hint.show_for(PAGES[row].key)
            self.setWindowTitle(f"{PAGES[row].title} — {self._shop_name()} — {APP_NAME}")

    def current_page(self) -> Page:
        return self._page(self.stack.currentIndex())

    def show_page(self, key: str) -> Page:
        row = next(i for i, entry in enumerate(PAGES) if entry.key == key)
        self.sidebar.setCurrentRow(row)
        return self._page(row)

    def open_record(self, kind: str, key: object) -> None:
        """Jump to the page that shows this record (e.g. an order from the dashboard)."""
        for row, page in enumerate(self.pages):
            if page.open_record(kind, key):
                self.sidebar.setCurrentRow(row)
                return

    def _shop_name(self) -> str:
        return str(self.session.store.shop()["name"])

    def _refresh_status(self, *_: object) -> None:
        odr = self.session.status()["odr"]
        self.shop_label.setText(self.tr("Shop file: {path}").format(path=self.session.path))
        if odr["orders"] == 0:
            text = self.tr("ODR: no orders in the window")
        else:
            text = self.tr("ODR {rate} ({k} of {n}) — limit 1%").format(
                rate=locale_format.percent(odr["problem_orders"], odr["orders"], 2),
                k=locale_format.number(odr["problem_orders"]),
                n=locale_format.number(odr["orders"]),
            )
        if self.session.is_pinned():
            text += self.tr(" — as of {day}").format(day=locale_format.day(self.session.as_of()))
        self.odr_label.setText(text)
        self.odr_label.setStyleSheet(
            {"red": "color: #d64541; font-weight: bold;", "amber": "color: #b07f00; font-weight: bold;"}.get(
                odr["zone"], ""
            )
        )
        self._show_title()

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New shop…"), self.new_shop, "Ctrl+Shift+N")  # Ctrl+N: new record
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        importing = self._action(file_menu, self.tr("&Import…"), self.import_dialog, "Ctrl+I")
        import_folder = self._action(file_menu, self.tr("Import a &folder…"), self.import_folder_dialog)
        self._action(file_menu, self.tr("&Export…"), self.export_dialog, "Ctrl+E")
        self._action(file_menu, self.tr("Monthly re&port…"), self.report_dialog)
        self._action(file_menu, self.tr("&Back up now…"), self.backup_now)
        self._action(file_menu, self.tr("Res&tore…"), self.restore_dialog)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        new_record = self._action(edit, self.tr("&New record"), lambda: self.current_page().new_record(), "Ctrl+N")
        self._action(edit, self.tr("&Find"), lambda: self.current_page().focus_search(), QKeySequence.StandardKey.Find)
        delete = self._action(
            edit, self.tr("&Delete"), lambda: self.current_page().delete_selected(), QKeySequence.StandardKey.Delete
        )
        self.editing_actions = [importing, import_folder, new_record, delete]  # off while the shop is read-only

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About SellerDesk"), self.about)

    def _action(self, menu, text: str, slot: Callable[[], object], shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: slot())
        menu.addAction(action)
        return action

    def _bind_undo(self) -> None:
        for action in (self.undo_action, self.redo_action):
            with contextlib.suppress(RuntimeError, TypeError):  # nothing connected yet
                action.triggered.disconnect()
        stack = self.session.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.view_menu.clear()
        for row, entry in enumerate(PAGES):
            action = QAction(entry.title, self)
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.sidebar.setCurrentRow(r))
            self.view_menu.addAction(action)

    # -- files ---------------------------------------------------------------------------
    def open_shop(self, path: Path) -> bool:
        here = self.session.path
        if (here is None or Path(path).resolve() != Path(here).resolve()) and bring_forward(path):
            self.statusBar().showMessage(self.tr("{path} is open in another window.").format(path=path), 8000)
            return False
        store = open_shop_or_ask(path, self, give_up=self.tr("Cancel"))  # damaged, busy...: says why, offers
        if store is None:
            return False
        self._save_pages()
        old = self.session
        self._install_session(ShopSession(store))
        old.close()
        self.sidebar.setCurrentRow(0)
        return True

    def backup_now(self) -> None:
        self.backups.back_up_now()

    def restore_dialog(self) -> None:
        from sellerdesk.ui.dialogs.backups import run_restore_dialog

        run_restore_dialog(self)

    def new_shop(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New shop file"),
            str(Path.home() / "shop.sellerdesk"),
            self.tr("SellerDesk shop (*.sellerdesk *.db)"),
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self, self.tr("File exists"), self.tr("{path} already exists; choose a new name.").format(path=path)
                )
                return
            self.open_shop(path)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open shop file"),
            str(Path.home()),
            self.tr("SellerDesk shop (*.sellerdesk *.db);;All files (*)"),
        )
        if name:
            self.open_shop(Path(name))

    def import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Etsy downloads or SellerDesk CSV files"),
            str(Path.home()),
            self.tr("Etsy downloads and SellerDesk files (*.csv *.json *.txt *.tsv);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every Etsy download in a folder"), str(Path.home())
        )
        if folder:
            self.import_files([Path(folder)])

    def import_files(self, paths: list[Path]) -> ImportFlow:
        """Preview, then import (io/importer.py) on worker threads; the window stays responsive."""
        from sellerdesk.ui.import_flow import ImportFlow  # loaded when first asked for

        flow = ImportFlow(self.session, self)
        self.import_flow = flow
        flow.ended.connect(lambda report: self._import_ended(flow, report))
        self.statusBar().showMessage(self.tr("Reading %n file(s)…", "", len(paths)))
        flow.start(paths)
        return flow

    def _import_ended(self, flow: ImportFlow, report: ImportReport | None) -> None:
        if report is not None and report.written:
            counts = report.counts
            self.statusBar().showMessage(
                self.tr("Imported: {orders}, {updated}, {reviews}.").format(
                    orders=self.tr("%n new order(s)", "", counts["orders"].new),
                    updated=self.tr("%n updated order(s)", "", counts["orders"].updated),
                    reviews=self.tr("%n new review(s)", "", counts["reviews"].new),
                ),
                8000,
            )
        elif report is not None:
            self.statusBar().showMessage(self.tr("Nothing to import: the shop already holds these files."), 8000)
        flow.deleteLater()

    def export_dialog(self) -> None:
        from sellerdesk.ui.export_actions import ExportFlow  # loaded when first asked for

        ExportFlow(self, self.session.path).ask(self.current_page())

    def report_dialog(self) -> None:
        from sellerdesk.ui.report_dialog import ReportFlow  # the PDF report's modules load when first asked for

        ReportFlow(self, self.session, self.settings).ask()

    # -- drag and drop: files or folders dropped on the window are imported -----------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _remember_recent(self, path: Path | None) -> None:
        if path is None:
            return
        stored = self.settings.value("recent", []) or []
        stored = [stored] if isinstance(stored, str) else list(stored)  # INI keeps a 1-item list as a string
        recent = [p for p in stored if p != str(path)]
        recent = [str(path), *recent][:MAX_RECENT]
        self.settings.setValue("recent", recent)
        self.recent_menu.clear()
        for item in recent:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _=False, p=item: self.open_shop(Path(p)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SellerDesk"),
            self.tr(
                "<h3>SellerDesk {version}</h3><p>Keeps your shop's customer service in order, offline: your orders, "
                "messages, reviews and cases in a local file, with live gauges of Etsy's standards.</p>"
                "<p>Nothing leaves this computer.</p>"
            ).format(version=__version__),
        )

    # -- state ---------------------------------------------------------------------------
    def _restore(self) -> None:
        place_window(self, self.settings.value("window/geometry"))  # clipped to this screen, or sized to it
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([150, max(600, self.width() - 150)])  # the pages get the room
        last = self.settings.value("window/page", "dashboard")
        keys = [entry.key for entry in PAGES]
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    def _save_pages(self) -> None:
        for page in self.built_pages():  # a page never built has nothing new to keep
            page.save_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/page", PAGES[self.stack.currentIndex()].key)
        self._save_pages()
        self.settings.sync()
        super().closeEvent(event)
