"""What an import found and did: per file, per kind of record, and every problem, worded for the
command line (the window lays out the same figures in its preview dialog)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when needed: an import's worker process (io/read_apart.py) never needs the store
    from sellerdesk.store.imports import Counts

MAX_REPORTED = 20
KIND_NAMES = {
    "etsy_orders": "Etsy orders",
    "etsy_items": "Etsy order items",
    "etsy_reviews": "Etsy reviews",
    "orders": "SellerDesk orders template",
    "reviews": "SellerDesk reviews template",
    "cases": "SellerDesk cases template",
    "messages": "SellerDesk messages template",
}
RECORD_KINDS = ("orders", "items", "reviews", "cases", "messages")


@dataclass(frozen=True)
class RowError:
    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, column {self.column}: {self.message}"


class ImportFailed(Exception):
    """Nothing was imported; `errors` says where and why."""

    def __init__(self, errors: Sequence[RowError | str]) -> None:
        self.errors = list(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:MAX_REPORTED])
        more = len(self.errors) - MAX_REPORTED
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(
            f"Nothing was imported: {len(self.errors)} problem(s) found.\n{shown}{tail}\n"
            "Fix the file(s) and import again; the shop was not changed."
        )


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class FileInfo:
    path: Path
    kind: str
    variant: str
    rows: int = 0
    unknown_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


@dataclass
class ImportReport:
    files: list[FileInfo]
    counts: dict[str, Counts]
    waiting_reviews: int = 0
    profiles: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    changed: bool = False
    written: bool = False

    @property
    def warnings(self) -> list[str]:
        found = list(self.skipped)
        for f in self.files:
            if f.unknown_columns:
                found.append(
                    f"{f.path.name}: ignored column(s) SellerDesk does not use: {', '.join(f.unknown_columns)}"
                )
            found += f.warnings
        return found

    def lines(self) -> list[str]:
        out = [
            f"{f.path.name}: {f.kind_name} ({f.variant}), {f.rows} row{'s' if f.rows != 1 else ''}" for f in self.files
        ]
        for kind in RECORD_KINDS:
            c = self.counts.get(kind) or _no_records()
            if c.total or kind in ("orders", "items", "reviews"):
                out.append(f"{kind}: {c.new} new, {c.updated} updated, {c.unchanged} unchanged")
        if self.waiting_reviews:
            out.append(
                f"reviews waiting for their order: {self.waiting_reviews} "
                "(kept; they join their order when its file is imported)"
            )
        if self.profiles:
            parts = [f"{name or 'no shipping profile (no ship-by date)'}: {n}" for name, n in self.profiles.items()]
            out.append("new orders' shipping profile: " + "; ".join(parts))
        out += [f"warning: {w}" for w in self.warnings]
        if not self.changed:
            out.append("Nothing changed: every record is already in the shop as the files have it.")
        elif self.written:
            out.append("Imported.")
        else:
            out.append("Preview only: nothing was written.")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _no_records() -> Counts:
    from sellerdesk.store.imports import Counts

    return Counts()
