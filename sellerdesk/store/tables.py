"""Paged, sorted, filtered views of a table, answered in SQL a page at a time.

A `TableSpec` names the columns (SQL expressions), the search expressions and the quick
filters of one table; a `TableQuery` keeps the current search / filter / sort and answers
`count()` and `rows(offset, limit)`. Sorting and filtering happen in SQL on indexed columns;
the UI's table models (ui/models) only cache pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database


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
            alternatives = [f"{e} LIKE :prefix ESCAPE '\\'" for e in self.spec.prefix_search]
            alternatives += list(self.spec.contains_search)
            conditions.append("(" + " OR ".join(alternatives) + ")")
        return (" WHERE " + " AND ".join(conditions)) if conditions else "", params

    def _order(self, reverse: bool = False) -> str:
        expr = self.spec.columns[self.column_index(self.sort_key)].expr
        descending = self.descending != reverse
        direction = "DESC" if descending else "ASC"
        return f" ORDER BY {expr} {direction}, {self.spec.tiebreak} {direction}"

    def count(self) -> int:
        where, params = self._where()
        return self.db.execute(f"SELECT count(*) FROM {self.spec.source}{where}", params).fetchone()[0]

    def rows(self, offset: int, limit: int, total: int | None = None) -> list[tuple]:
        """Rows [offset, offset + limit): each (key, *column values).

        Past the middle the query runs in reverse order from the end, so the last page costs
        what the first does (OFFSET walks the index).
        """
        where, params = self._where()
        select = ", ".join([self.spec.key] + [c.expr for c in self.spec.columns])
        total = self.count() if total is None else total
        if offset > total // 2:
            from_end = max(0, total - offset - limit)
            take = min(limit, total - offset)
            if take <= 0:
                return []
            sql = f"SELECT {select} FROM {self.spec.source}{where}{self._order(reverse=True)} LIMIT :n OFFSET :o"
            rows = self.db.execute(sql, {**params, "n": take, "o": from_end}).fetchall()
            return rows[::-1]
        sql = f"SELECT {select} FROM {self.spec.source}{where}{self._order()} LIMIT :n OFFSET :o"
        return self.db.execute(sql, {**params, "n": limit, "o": offset}).fetchall()
