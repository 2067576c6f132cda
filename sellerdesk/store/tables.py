"""Paged, sorted, filtered views of a table, answered in SQL a page at a time.

A `TableSpec` names the columns (SQL expressions), the search expressions and the quick
filters of one table; a `TableQuery` keeps the current search / filter / sort and answers
`count()` and `rows(offset, limit)`. Sorting and filtering happen in SQL on indexed columns;
the UI's table models (ui/models) only cache pages.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from sellerdesk.store.database import interrupts


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    expr: str
    sortable: bool = True


@dataclass(frozen=True)
class TableSpec:
    name: str
    source: str  # FROM clause
    key: str  # expression of the record's key (first fetched value of each row)
    columns: tuple[Column, ...]
    #: expressions matched with LIKE 'text%' (prefix, index-friendly) ...
    prefix_search: tuple[str, ...] = ()
    #: ... and full SQL conditions taking the search text as :contains ('%text%')
    contains_search: tuple[str, ...] = ()
    #: quick filter name -> WHERE condition (may use :today)
    filters: dict[str, str] = field(default_factory=dict)
    default_sort: tuple[str, bool] = ("", False)  # (column key, descending)
    tiebreak: str = "rowid"
    #: expressions fetched after the columns (e.g. a currency the formatters need), not shown
    extras: tuple[str, ...] = ()
    #: when a search matches more rows than this, its conditions stop using indexes (a unary +)
    #: so SQLite walks the sort column's index and stops after a page instead of sorting every
    #: match; 0 = never (small tables)
    dense_search_rows: int = 0
    #: the column key whose expression sits beside every search column in an index: a broad
    #: search sorted by it takes each column's top rows from its index, then merges them
    covered_sort: str = ""
    #: how deep that merge goes (pages past it walk the sort index like any dense search)
    covered_rows: int = 2000


def fts_match(text: str) -> str:
    """A user's words as an FTS5 query: every word as a quoted prefix ("mug"* "blue"*)."""
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    return " ".join(f'"{w}"*' for w in words) or '""'


#: how long a broad search may walk the sort index before merging the columns' top rows instead
WALK_BUDGET_S = 0.06


class TableQuery:
    def __init__(self, db: Database, spec: TableSpec) -> None:
        self.db = db
        self.spec = spec
        self.search = ""
        self.filter = ""
        self.params: dict[str, Any] = {}
        key, desc = spec.default_sort
        self.sort_key = key or spec.columns[0].key
        self.descending = desc
        #: set by count(): the search matches many rows (see TableSpec.dense_search_rows)
        self.dense = False
        #: False after count_upto() stopped counting: the total is a lower bound, so rows() never
        #: reads from the end (it is not known yet)
        self.exact = True

    def copy(self, db: Database) -> TableQuery:
        """The same search / filter / sort over another connection (for a worker thread)."""
        other = TableQuery(db, self.spec)
        other.search, other.filter, other.params = self.search, self.filter, dict(self.params)
        other.sort_key, other.descending, other.dense = self.sort_key, self.descending, self.dense
        other.exact = self.exact
        return other

    # -- state ---------------------------------------------------------------------------
    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.spec.columns) if c.key == key)

    def set_sort(self, key: str, descending: bool) -> None:
        column = self.spec.columns[self.column_index(key)]
        if column.sortable:
            self.sort_key, self.descending = key, descending

    # -- SQL -----------------------------------------------------------------------------
    def _where(self) -> tuple[str, dict[str, Any]]:
        conditions, params = [], dict(self.params)
        if self.filter:
            conditions.append(self.spec.filters[self.filter])
        text = self.search.strip()
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params["prefix"] = escaped + "%"
            params["contains"] = "%" + escaped + "%"
            params["match"] = fts_match(text)
            alternatives = [f"{e} LIKE :prefix ESCAPE '\\'" for e in self.spec.prefix_search]
            alternatives += list(self.spec.contains_search)
            if self.dense:
                alternatives = ["+" + a for a in alternatives]
            conditions.append("(" + " OR ".join(alternatives) + ")")
        return (" WHERE " + " AND ".join(conditions)) if conditions else "", params

    def _order(self, reverse: bool = False) -> str:
        expr = self.spec.columns[self.column_index(self.sort_key)].expr
        descending = self.descending != reverse
        direction = "DESC" if descending else "ASC"
        return f" ORDER BY {expr} {direction}, {self.spec.tiebreak} {direction}"

    def count(self) -> int:
        self.dense = False
        where, params = self._where()
        total = self.db.execute(f"SELECT count(*) FROM {self.spec.source}{where}", params).fetchone()[0]
        self.dense = bool(self.spec.dense_search_rows and self.search.strip() and total > self.spec.dense_search_rows)
        self.exact = True
        return total

    def count_upto(self, cap: int) -> int:
        """Count at most `cap` + 1 matching rows (a broad search or filter stops early); sets `exact`
        False when there are more than `cap` (the result is then `cap` + 1, a lower bound)."""
        if not self.search.strip() and not self.filter:
            return self.count()  # count(*) of a whole table is a b-tree count: already fast
        self.dense = False
        where, params = self._where()
        total = self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {self.spec.source}{where} LIMIT :cap_plus_one)",
            {**params, "cap_plus_one": cap + 1},
        ).fetchone()[0]
        self.dense = bool(self.spec.dense_search_rows and self.search.strip() and total > self.spec.dense_search_rows)
        self.exact = total <= cap
        return total

    def exact_count(self) -> int:
        """The full count, leaving `dense` as it is (after count_upto found more than its cap)."""
        dense, self.dense = self.dense, False
        try:
            where, params = self._where()
            return self.db.execute(f"SELECT count(*) FROM {self.spec.source}{where}", params).fetchone()[0]
        finally:
            self.dense = dense

    def rows(self, offset: int, limit: int, total: int | None = None) -> list[tuple]:
        """Rows [offset, offset + limit): each (key, *column values).

        Past the middle the query runs in reverse order from the end, so the last page costs
        what the first does (OFFSET walks the index).
        """
        total = self.count() if total is None else total
        where, params = self._where()
        select = ", ".join([self.spec.key] + [c.expr for c in self.spec.columns] + list(self.spec.extras))
        if self.exact and offset > total // 2:
            from_end = max(0, total - offset - limit)
            take = min(limit, total - offset)
            if take <= 0:
                return []
            sql = f"SELECT {select} FROM {self.spec.source}{where}{self._order(reverse=True)} LIMIT :n OFFSET :o"
            rows = self.db.execute(sql, {**params, "n": take, "o": from_end}).fetchall()
            return rows[::-1]
        sql = f"SELECT {select} FROM {self.spec.source}{where}{self._order()} LIMIT :n OFFSET :o"
        params = {**params, "n": limit, "o": offset}
        if self._can_merge(offset + limit):
            return self._walk_or_merge(sql, params, select, offset, limit)
        return self.db.execute(sql, params).fetchall()

    def _can_merge(self, depth: int) -> bool:
        spec = self.spec
        return bool(
            self.dense
            and not self.filter
            and spec.covered_sort == self.sort_key
            and depth <= spec.covered_rows
            and spec.prefix_search
        )

    def _walk_or_merge(self, sql: str, params: dict[str, Any], select: str, offset: int, limit: int) -> list[tuple]:
        """Walk the sort index (fast when matches are common near its head); if that runs past
        its budget (the matches sit far down: old tracking numbers, newest first), merge the
        search columns' own top rows instead."""
        deadline = time.perf_counter() + WALK_BUDGET_S
        over: list[bool] = []

        def out_of_time() -> bool:
            if time.perf_counter() > deadline:
                over.append(True)
                return True
            return False

        try:
            with interrupts(self.db).during(out_of_time):
                return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc) or not over:
                raise  # another check stopped it (the caller's answer went stale)
        return self._merged_rows(select, offset, limit)

    def _merged_rows(self, select: str, offset: int, limit: int) -> list[tuple]:
        """A broad search's page sorted by the covered column: each search condition's newest
        `offset + limit` rows (from its own index, no table reads), merged, then the page."""
        _, params = self._where()
        expr = self.spec.columns[self.column_index(self.sort_key)].expr
        direction = "DESC" if self.descending else "ASC"
        source, tiebreak = self.spec.source, self.spec.tiebreak
        conditions = [f"{e} LIKE :prefix ESCAPE '\\'" for e in self.spec.prefix_search]
        conditions += list(self.spec.contains_search)
        branches = " UNION ".join(
            f"SELECT * FROM (SELECT {tiebreak} AS rid, {expr} AS k FROM {source} WHERE {c} "
            f"ORDER BY k {direction}, rid {direction} LIMIT :depth)"
            for c in conditions
        )
        sql = (
            f"SELECT {select} FROM {source} WHERE {tiebreak} IN (SELECT rid FROM ({branches}) "
            f"ORDER BY k {direction}, rid {direction} LIMIT :n OFFSET :o){self._order()}"
        )
        return self.db.execute(sql, {**params, "depth": offset + limit, "n": limit, "o": offset}).fetchall()
