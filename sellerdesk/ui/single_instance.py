"""One window per shop: a window listens on a local socket named after its shop's resolved path, and
opening that shop again (a second launch, File > Open in another window) asks that window to come
forward instead of letting two windows race on one file.

QtNetwork (~10 ms to load) is imported only to listen, once the window has painted, and to ask a window
that may be listening: on Unix-like systems a listening window's socket is a file, so a start without
one needs no QtNetwork before its first paint.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
ANSWER = b"ok\n"
#: the beacons of this process's windows, by socket name (a window cannot answer its own process's
#: blocking call: the event loop that would answer is the one waiting)
_listening: dict[str, ShopBeacon] = {}
CONNECT_MS = 500  # a live window answers at once; a stale socket refuses at once
ANSWER_MS = 2000


def server_name(path: Path) -> str:
    """The socket's name for a shop: the same for every spelling of the same file, per user."""
    resolved = str(Path(path).resolve())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return "sellerdesk-" + hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]


def bring_forward(path: Path) -> bool:
    """True when another SellerDesk window has this shop open and has come forward."""
    name = server_name(path)
    here = _listening.get(name)
    if here is not None and isValid(here) and here.name == name:  # a window of this very process
        here.come_forward()
        return True
    if not may_be_listening(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(RAISE)
        socket.waitForBytesWritten(ANSWER_MS)
        answered = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readAll().data()).startswith(ANSWER)
    finally:
        socket.disconnectFromServer()
    return bool(answered)


def may_be_listening(name: str) -> bool:
    """False when no window can be listening under `name`: on Unix-like systems QLocalServer's socket is a
    file of that name in Qt's temporary folder, removed when its window closes. (Windows' named pipes
    leave no file to look for.)"""
    if sys.platform == "win32":
        return True
    return os.path.exists(os.path.join(QDir.tempPath(), name))


class ShopBeacon(QObject):
    """The window's listener: answers "raise" by bringing the window forward."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server: QLocalServer | None = None  # made by the first serve()
        self.name = ""

    def listen(self, path: Path | None) -> None:
        """Answer for the shop now shown (None or ":memory:": no one else can open it): to this process's
        windows at once, to other processes once serve() is called."""
        if self.server is not None:
            self.server.close()
        _listening.pop(self.name, None)
        self.name = ""
        if path is None or str(path) == ":memory:":
            return
        self.name = server_name(path)
        _listening[self.name] = self

    def serve(self) -> bool:
        """Listen on the local socket for the shop listen() was given, for other processes' launches."""
        if not self.name or (
            self.server is not None and self.server.isListening() and self.server.serverName() == self.name
        ):
            return bool(self.name)
        from PySide6.QtNetwork import QLocalServer

        if self.server is None:
            self.server = QLocalServer(self)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._answer)
        if not self.server.listen(self.name):
            # A socket left by a SellerDesk that crashed: nobody answers on it (the caller checked first).
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                return False
        return True

    def come_forward(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _answer(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.come_forward()
            socket.write(ANSWER)
            socket.flush()
