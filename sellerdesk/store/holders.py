"""Which programs have a shop file open, to say who holds a busy shop.

On Linux every process's open files are links in /proc/PID/fd; elsewhere (or when /proc says
nothing we may read) the answer is "another program".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sellerdesk.store.shop_copy import COMPANION_SUFFIXES

ANOTHER_PROGRAM = "another program"
#: what a process calls itself (its comm, lower case) -> what a seller would recognise
KNOWN_PROGRAMS = {
    "sqlite3": "sqlite3",
    "sqlitebrowser": "DB Browser for SQLite",
    "db browser for sqlite": "DB Browser for SQLite",
    "sqlitestudio": "SQLiteStudio",
    "dbeaver": "DBeaver",
    "rsync": "rsync (a copy or backup program)",
    "dropbox": "Dropbox",
}
#: the SQLite companion files that a program holding the shop may have open instead
COMPANIONS = ("", *COMPANION_SUFFIXES)


@dataclass(frozen=True)
class Holder:
    pid: int
    name: str  # e.g. "another SellerDesk", "sqlite3", "DB Browser for SQLite"

    def __str__(self) -> str:
        return f"{self.name} (process {self.pid})"


def holders(path: str | Path, proc: Path = Path("/proc")) -> list[Holder]:
    """The other processes that have the shop file (or its -wal/-shm/-journal) open, by pid."""
    try:
        target = Path(path).resolve()
    except OSError:
        return []
    wanted = {f"{target}{suffix}" for suffix in COMPANIONS}
    found: list[Holder] = []
    me = os.getpid()
    try:
        pids = [int(entry.name) for entry in proc.iterdir() if entry.name.isdigit()]
    except OSError:
        return []
    for pid in sorted(pids):
        if pid == me:
            continue
        if _has_open(proc / str(pid) / "fd", wanted):
            found.append(Holder(pid, _program_name(proc / str(pid))))
    return found


def describe_holders(path: str | Path, proc: Path = Path("/proc")) -> str:
    """ "another SellerDesk (process 4242)", "sqlite3 (process 7) and another program"... for a message."""
    found = holders(path, proc)
    if not found:
        return ANOTHER_PROGRAM
    names = [str(h) for h in found[:3]]
    if len(found) > 3:
        names.append(f"{len(found) - 3} more")
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _has_open(fd_dir: Path, wanted: set[str]) -> bool:
    try:
        links = list(fd_dir.iterdir())
    except OSError:  # gone, or another user's process
        return False
    for link in links:
        try:
            if os.readlink(link) in wanted:
                return True
        except OSError:
            continue
    return False


def _program_name(proc_dir: Path) -> str:
    try:
        comm = (proc_dir / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        comm = ""
    try:
        argv = (proc_dir / "cmdline").read_bytes().split(b"\0")
    except OSError:
        argv = []
    if _is_sellerdesk(comm, [a.decode("utf-8", "replace") for a in argv if a]):
        return "another SellerDesk"
    known = KNOWN_PROGRAMS.get(comm.lower())
    if known:
        return known
    return comm or ANOTHER_PROGRAM


def _is_sellerdesk(comm: str, argv: list[str]) -> bool:
    """The frozen app or the `sellerdesk` script (comm), or `python -m sellerdesk` / `python .../sellerdesk`;
    not any program that merely has a shop file named on its command line."""
    if comm.lower().startswith("sellerdesk"):
        return True
    if not argv or not os.path.basename(argv[0]).lower().startswith("python"):
        return False
    rest = argv[1:3]
    if rest[:2] == ["-m", "sellerdesk"]:
        return True
    return bool(rest) and os.path.basename(rest[0]).lower() in {"sellerdesk", "sellerdesk.exe", "sellerdesk-script.py"}
