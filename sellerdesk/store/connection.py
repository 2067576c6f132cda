"""SellerDesk's connection to a shop file: sqlite-utils' `Database`, with sqlite-utils loaded only when needed.

Almost every use is `db.execute(...)`, `db.conn` or `db.close()`, done here directly with the same
behaviour as sqlite-utils 4 (a write outside a transaction is committed at once). The rest of
sqlite-utils (`atomic`, `table`, `db["name"]`, the migrations framework…) is reached through a
sqlite-utils `Database` on the same connection, made on first use: importing sqlite-utils costs
~50 ms, which the window's first paint and `sellerdesk status` do not wait for.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

    import sqlite_utils
    from sqlite_utils.db import Table, View

#: Statements that open or close a transaction themselves: execute() leaves them as they are.
TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Database:
    """A shop's connection (`conn`), with sqlite-utils' Database API."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._helpers: sqlite_utils.Database | None = None
        # As sqlite-utils' Database does on a connection it is given: triggers behave the same either way.
        self.conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed (a failed one rolled back).

        The same as sqlite-utils 4's Database.execute: sqlite3 would otherwise leave the implicit
        transaction of an INSERT or UPDATE open, to be committed by whatever came next."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def close(self) -> None:
        self.conn.close()

    # -- sqlite-utils, loaded on first use ------------------------------------------------
    @property
    def helpers(self) -> sqlite_utils.Database:
        """A sqlite-utils Database on this connection (sqlite-utils imported now, if not yet)."""
        if self._helpers is None:
            load_sqlite_utils()
            import sqlite_utils  # (found by PyInstaller's analysis through this line)

            # No plugins, and the connection already has recursive triggers.
            self._helpers = sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._helpers

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside one (sqlite-utils' atomic())."""
        with self.helpers.atomic():
            yield self

    def table(self, name: str, **kwargs: Any) -> Table:
        return self.helpers.table(name, **kwargs)

    def table_names(self) -> list[str]:
        return self.helpers.table_names()

    def __getitem__(self, name: str) -> Table | View:
        return self.helpers[name]

    def __getattr__(self, name: str) -> Any:
        """Anything else sqlite-utils' Database offers. Private names are not looked up there, so
        `getattr(db, "_flag", None)` stays cheap."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.helpers, name)


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case, after any blanks, `;`, comments or byte order mark
    (as sqlite-utils reads it)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


class _NoNumpyHere:  # an import finder (sys.meta_path)
    """Refuses numpy and pandas to one thread while it imports sqlite-utils; other threads (the chart
    worker importing matplotlib) import them as usual."""

    HIDDEN = ("numpy", "pandas")

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if fullname in self.HIDDEN and threading.get_ident() == self.thread:
            raise ModuleNotFoundError(f"{fullname} is not needed by sqlite-utils here", name=fullname)
        return None


def load_sqlite_utils() -> None:
    """Import sqlite-utils without numpy or pandas (unless they are loaded already).

    sqlite-utils imports them, if installed, only to map their scalar types to column types;
    SellerDesk never stores numpy or pandas values, and numpy alone costs ~0.1 s."""
    if "sqlite_utils" in sys.modules:
        return
    finder = _NoNumpyHere()
    sys.meta_path.insert(0, finder)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        sys.meta_path.remove(finder)
