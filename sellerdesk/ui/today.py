"""The Today panel (a dock): what needs doing now, each line a click away from its record.

`install_tools(window, session)` is the main window's one hook for the seller tools: the Today
dock, the vacation banner, the optional tray notification and the labels menu entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.store.today import CATEGORIES, TodayItem, today_items
from sellerdesk.ui import capacity_actions, locale_format
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.session import ShopSession
from sellerdesk.ui.vacation_banner import VacationBanner
from sellerdesk.ui.vocabulary import words

Today = Context("Today")

REFRESH_MS = 5 * 60 * 1000  # message deadlines move with the clock
COLORS = {"red": "#d64541", "amber": "#b07f00"}
TRAY_KEY = "tray_notifications"


class TodayPanel(QWidget):
    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.session: ShopSession | None = None
        self.items: list[TodayItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("today_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setToolTip(self.tr("Click an item to open its record."))
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.labels_button = QPushButton(self.tr("Labels for today's orders…"))
        self.labels_button.clicked.connect(self.print_labels)
        row.addWidget(self.labels_button)
        row.addStretch(1)
        layout.addLayout(row)
        # What to do about orders the shop will ship late at its pace (RULES.md 7): one button with a
        # menu, so the dock stays narrow.
        self.late_actions = QPushButton(self.tr("What can I do about late orders?"))
        self.late_actions.setObjectName("late_actions")
        menu = QMenu(self.late_actions)
        for text, slot in (
            (self.tr("Longer processing…"), self.longer_processing),
            (self.tr("Vacation mode…"), self.vacation_mode),
            (self.tr("Message buyers…"), self.message_late_buyers),
        ):
            menu.addAction(text, slot)
        self.late_actions.setMenu(menu)
        self.late_actions.setToolTip(
            self.tr(
                "Orders are coming in faster than the shop ships: give new orders a longer processing time, "
                "pause the shop, or tell the buyers."
            )
        )
        layout.addWidget(self.late_actions)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.names = {
            "overdue": self.tr("Overdue: ship now"),
            "ship_today": self.tr("Ship today"),
            "projected_late": self.tr("At this pace, will miss the ship-by date"),
            "messages": self.tr("Messages waiting for a reply"),
            "edd_passed": self.tr("Delivery date passed, not delivered"),
            "cases": self.tr("Open cases"),
        }

    def set_session(self, session: ShopSession) -> None:
        self.session = session
        session.changed.connect(self._on_changed)
        session.asOfChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & {"orders", "threads", "messages", "cases", "vacations", "holidays"}:
            self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            return
        self.items = today_items(self.session.store, self.session.today(), self.session.now())
        self.tree.clear()
        for category in CATEGORIES:
            group = [i for i in self.items if i.category == category]
            if not group:
                continue
            head = QTreeWidgetItem(self.tree, [f"{self.names[category]} ({len(group)})"])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for item in group:
                title, detail = self.describe(item)
                child = QTreeWidgetItem(head, [f"{title}\n    {detail}"])
                child.setData(0, Qt.ItemDataRole.UserRole, (item.kind, item.key))
                child.setToolTip(0, detail)
                if item.severity == "red":
                    child.setForeground(0, QColor(COLORS[item.severity]))  # a QBrush would load QGradient's enums
            head.setExpanded(True)
        self.summary.setText(
            self.tr("Nothing needs doing today. 🎉")
            if not self.items
            else self.tr("%n thing(s) to do today ({day}).", "", len(self.items)).format(
                day=locale_format.day(self.session.today())
            )
        )
        self.labels_button.setEnabled(any(i.category in ("overdue", "ship_today") for i in self.items))
        self.late_actions.setVisible(any(i.category == "projected_late" for i in self.items))

    def describe(self, item: TodayItem) -> tuple[str, str]:
        """The item's two lines, in the user's language."""
        f = item.facts
        if item.kind == "case":
            return (
                self.tr("Case on order {order}").format(order=f["order_id"]),
                self.tr("{reason}, opened {day}").format(reason=words(f["reason"]), day=locale_format.day(f["opened"])),
            )
        if item.kind == "thread":
            about = (
                self.tr("Order {order}").format(order=f["order_id"])
                if f["order_id"]
                else self.tr("Conversation {thread}").format(thread=f["thread_id"])
            )
            hours = self._hours(f["hours"])
            detail = {
                "24h": self.tr("24 h deadline in {time}"),
                "48h": self.tr("24 h missed; 48 h in {time}"),
                "passed": self.tr("waiting {time}: 48 h passed"),
            }[f["stage"]].format(time=hours)
            return about, detail
        title = self.tr("Order {order}").format(order=f["order_id"])
        if item.category == "projected_late":
            when = (
                self.tr("at this pace ships {day}").format(day=locale_format.day(f["projected"]))
                if f["projected"]
                else self.tr("nothing shipped lately to get to it")
            )
            return title, self.tr("{name} · ship-by {due}, {when}").format(
                name=f["name"], due=locale_format.day(f["due"]), when=when
            )
        if item.category == "edd_passed":
            return title, self.tr("{name} · EDD {edd} passed, still {status}").format(
                name=f["name"], edd=locale_format.day(f["edd"]), status=words(f["status"])
            )
        tags = (self.tr(" · custom") if f["custom"] else "") + (
            self.tr(" · ordered during vacation") if f["vacation"] else ""
        )
        if item.category == "overdue":
            return self.tr("Order {order} (late)").format(order=f["order_id"]), self.tr(
                "{name} · ship-by {due}, %n day(s) late", "", f["late_days"]
            ).format(name=f["name"], due=locale_format.day(f["due"])) + tags
        return title, f"{f['name']}{tags}"

    def _hours(self, hours: float) -> str:
        if hours < 1:
            return self.tr("{n} min").format(n=max(1, int(hours * 60)))
        return self.tr("{n} h").format(n=int(hours))

    def record_keys(self, category: str | None = None) -> list[Any]:
        return [i.key for i in self.items if category is None or i.category == category]

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.window_.open_record(*target)

    def longer_processing(self) -> None:
        if self.session is not None:
            capacity_actions.longer_processing(self.window_, self.session)

    def vacation_mode(self) -> None:
        capacity_actions.vacation_mode(self.window_)

    def message_late_buyers(self) -> None:
        if self.session is not None:
            capacity_actions.message_buyers(self.window_, self.session, self.record_keys("projected_late"))

    def print_labels(self) -> None:
        if self.session is not None:
            ids = [i.key for i in self.items if i.category in ("overdue", "ship_today")]
            _labels_for(self.window_, self.session, ids)


class TrayNotifier:
    """Shows the Today count in a tray message when Settings > notifications is on and a tray exists."""

    def __init__(self, window: QMainWindow, panel: TodayPanel) -> None:
        self.window, self.panel = window, panel
        self.icon: QSystemTrayIcon | None = None
        self.last_shown: tuple[str, int] | None = None

    def update(self) -> None:
        session = self.panel.session
        wanted = session is not None and session.store.setting(TRAY_KEY, "0") == "1"
        if not wanted or not QSystemTrayIcon.isSystemTrayAvailable():
            if self.icon is not None:
                self.icon.hide()
            return
        if self.icon is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                from PySide6.QtWidgets import QStyle  # its many enums cost ~8 ms to load: not at every start

                icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon = QSystemTrayIcon(QIcon(icon), self.window)
            self.icon.activated.connect(lambda *_: (self.window.showNormal(), self.window.activateWindow()))
        count = len(self.panel.items)
        self.icon.setToolTip(Today.tr("SellerDesk: %n thing(s) to do today", "", count))
        self.icon.show()
        key = (session.today().isoformat(), count)
        if (
            count
            and key != self.last_shown
            and (self.last_shown is None or count > self.last_shown[1] or key[0] != self.last_shown[0])
        ):
            late = len(self.panel.record_keys("overdue")) + len(self.panel.record_keys("cases"))
            self.icon.showMessage(
                Today.tr("Today in your shop"),
                Today.tr("%n thing(s) to do, {late} urgent. Open SellerDesk's Today panel.", "", count).format(
                    late=late
                ),
            )
        self.last_shown = key


def _labels_for(window: Any, session: ShopSession, ids: Sequence[str] = ()) -> None:
    from sellerdesk.ui.dialogs.labels import labels_for  # the label PDF's modules load when first asked for

    labels_for(window, session, ids)


def install_tools(window: Any, session: ShopSession) -> None:
    """Create (once) or re-point the Today dock, vacation banner, tray and labels action."""
    if getattr(window, "today_dock", None) is None:
        window.today_panel = TodayPanel(window)
        dock = QDockWidget(Today.tr("Today"), window)
        dock.setObjectName("today_dock")
        dock.setWidget(window.today_panel)
        dock.setMinimumWidth(250)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.today_dock = dock
        window.vacation_banner = VacationBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.vacation_banner)
        window.tray = TrayNotifier(window, window.today_panel)
        labels = QAction(Today.tr("&Labels and packing slips…"), window)
        labels.setShortcut("Ctrl+P")
        labels.triggered.connect(lambda: _labels_for(window, window.session))
        file_menu = window.menuBar().actions()[0].menu()
        file_menu.insertAction(file_menu.actions()[4] if len(file_menu.actions()) > 4 else None, labels)
    window.view_menu.addSeparator()
    window.view_menu.addAction(window.today_dock.toggleViewAction())
    window.today_panel.set_session(session)
    window.vacation_banner.set_session(session)
    session.changed.connect(lambda t: window.tray.update() if t & {"settings", "orders", "threads", "cases"} else None)
    window.tray.update()
