"""Command line: `sellerdesk` opens the window; `status`, `import`, `backup`, `restore`, `templates`, `demo`,
`report`, `evidence` work headless.

Qt is imported only when a window is needed, so the headless commands start fast.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sellerdesk import __version__
from sellerdesk.paths import default_db_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sellerdesk",
        description="SellerDesk keeps your shop's customer-service figures in order, offline.",
    )
    parser.add_argument("--version", action="version", version=f"SellerDesk {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="shop file to open (default: shop.sellerdesk in the app-data folder)"
    )
    parser.add_argument("--demo", action="store_true", help="open the window on a fresh demo shop")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open the window on the shop (or a demo), check it, print SMOKE OK"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    status = sub.add_parser("status", help="print the shop's standards (ODR, response, shipping, ...)")
    status.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    status.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="compute as of this day (default: today)")
    status.add_argument("--json", action="store_true", help="print JSON instead of a summary")

    imp = sub.add_parser(
        "import",
        help="import Etsy downloads (orders, order items, reviews JSON) and SellerDesk CSV templates",
        description="Import any mix of Etsy's EtsySoldOrders / EtsySoldOrderItems CSV files, its reviews JSON and "
        "SellerDesk's CSV templates, given as files or folders; files are recognised by their content. "
        "Everything is checked first: with any problem nothing is written.",
    )
    imp.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    imp.add_argument("--dry-run", action="store_true", help="print what would change and write nothing")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER", help="files or folders to import")

    export = sub.add_parser(
        "export",
        help="write the shop's records as CSV into DIR (the four templates, items, saved replies)",
        description="Write sellerdesk-orders/-reviews/-cases/-messages.csv (SellerDesk's templates: they import "
        "back into any shop), sellerdesk-items.csv and sellerdesk-saved-replies.csv into DIR.",
    )
    export.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into (made if needed)")

    report = sub.add_parser(
        "report",
        help="write a month's report as PDF (ODR, service standards, Star Seller, problem orders, trend)",
        description="Write one month's report as a PDF, in the window's language (SELLERDESK_LANG or the language "
        "setting). The figures are those of `status --as-of` the first day after the month, so every window ends "
        "with the month; a month not over yet is reported as of today.",
    )
    report.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    report.add_argument("--month", type=_month, metavar="YYYY-MM", help="the month (default: last month)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write (private, 0600)")

    evidence = sub.add_parser(
        "evidence",
        help="write an order's evidence for Etsy's case as PDF (timeline, messages, reviews, seller protection)",
        description="Write the recorded facts of an order with a case as a PDF to attach to Etsy's case: the "
        "timeline (ordered, ship-by and any extension, shipped with carrier and tracking, estimated delivery, "
        "delivered), every message with its time, the reviews, and whether the order meets seller protection "
        "(shipped on time with tracking). In the window's language (SELLERDESK_LANG or the language setting).",
    )
    evidence.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    evidence.add_argument("--order", required=True, metavar="ID", help="the order id")
    evidence.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write (private, 0600)"
    )

    templates = sub.add_parser("templates", help="write the four empty CSV templates into DIR")
    templates.add_argument("dir", type=Path, metavar="DIR", help="folder to write them into (made if needed)")

    backup = sub.add_parser(
        "backup",
        help="back the shop up into backups/ beside it (or into --to FILE); --list shows the backups",
        description="Copy the shop consistently (it may be open in the window meanwhile) into the backups/ folder "
        "beside it, which keeps the newest of the last 7 days, 4 weeks and 12 months (and the 5 newest). "
        "--keep-* change these numbers for this shop.",
    )
    backup.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    backup.add_argument("--to", type=Path, metavar="FILE", help="write the backup to FILE instead (kept, not rotated)")
    backup.add_argument("--list", action="store_true", help="list the shop's backups (date, size, orders, ODR)")
    for period in ("last", "daily", "weekly", "monthly"):
        backup.add_argument(f"--keep-{period}", type=_count, metavar="N", help=f"backups kept: {period}")

    restore = sub.add_parser(
        "restore",
        help="put a backup in the shop's place (the current file is backed up first)",
        description="Check the backup (refused when damaged), back up the current shop file, then replace it "
        "with the backup. Close SellerDesk windows on the shop first.",
    )
    restore.add_argument("--db", type=Path, dest="sub_db", metavar="PATH", help="shop file")
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file, or its name in backups/")

    demo = sub.add_parser("demo", help="write a realistic demo shop into a new shop file")
    demo.add_argument("--db", type=Path, dest="sub_db", required=True, metavar="PATH", help="new shop file")
    demo.add_argument("--orders", type=int, default=1500, metavar="N", help="number of orders (default 1500)")
    demo.add_argument("--seed", type=int, default=7, metavar="N", help="random seed (default 7)")
    demo.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="the demo's today (default: today)")
    return parser


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of backups; expected 0 or more")
    return int(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; expected YYYY-MM-DD") from None


def _month(text: str) -> date:
    from sellerdesk.io.report_data import ReportError, parse_month

    try:
        return parse_month(text)
    except ReportError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = getattr(args, "sub_db", None) or args.db or default_db_path()
    from sellerdesk.store.database import StoreError

    try:
        if args.command == "status":
            return _status(db_path, args.as_of, args.json)
        if args.command == "import":
            return _import(db_path, args.files, args.dry_run)
        if args.command == "export":
            return _export(db_path, args.out)
        if args.command == "report":
            return _report(db_path, args.month, args.out)
        if args.command == "evidence":
            from sellerdesk.cli_evidence import run_evidence

            print(run_evidence(db_path, args.order, args.out))
            return 0
        if args.command == "templates":
            from sellerdesk.io.csv_import import write_templates

            for path in write_templates(args.dir):
                print(path)
            return 0
        if args.command == "demo":
            return _demo(db_path, args.orders, args.seed, args.as_of)
        if args.command == "backup":
            return _backup(db_path, args)
        if args.command == "restore":
            return _restore(db_path, args.backup)
    except StoreError as exc:
        print(f"sellerdesk: {exc}", file=sys.stderr)
        return 1
    from sellerdesk.ui.app import run_gui

    gui_db = db_path if (args.db or not (args.demo or args.smoke_test)) else None  # --smoke-test alone: a demo
    return run_gui(gui_db, demo=args.demo, smoke_test=args.smoke_test)


def _open_existing(db_path: Path):  # noqa: ANN202 - Store imported lazily
    from sellerdesk.store.database import StoreError
    from sellerdesk.store.store import Store

    if not db_path.exists():
        raise StoreError(
            f"{db_path} does not exist. Check the path; to make it, import your Etsy downloads with "
            f"`sellerdesk import --db {db_path} FOLDER`, or open SellerDesk (`sellerdesk --db {db_path}`) and "
            "start an empty shop."
        )
    return Store.open(db_path)


def _status(db_path: Path, as_of: date | None, as_json: bool) -> int:
    from sellerdesk.store.standards import shop_status

    store = _open_existing(db_path)
    status = shop_status(store, as_of or store.today())
    store.close()
    if as_json:
        import json  # here: the window's start need not load it

        print(json.dumps(status, indent=2))
    else:
        from sellerdesk.io.summary import status_summary

        print(status_summary(status))
    return 0


def _import(db_path: Path, paths: list[Path], dry_run: bool) -> int:
    """Read and check every file before the shop is opened, so a failed import creates no file."""
    from sellerdesk.io.importer import ImportFailed, compare_with_shop, read_files, write_plan

    try:
        plan = read_files(paths)
    except ImportFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    created = not db_path.exists()
    try:
        with _shop_for(db_path, dry_run, created) as store:
            report = compare_with_shop(store, plan) if dry_run else write_plan(store, plan)
    except ImportFailed as exc:
        _remove_new_shop(db_path, created)
        print(exc, file=sys.stderr)
        return 1
    except BaseException:
        _remove_new_shop(db_path, created)
        raise
    finally:
        plan.close()
    print(report)
    return 0


@contextmanager
def _shop_for(db_path: Path, dry_run: bool, created: bool) -> Iterator[Any]:
    """The shop to import into. A dry run changes no file: it compares with an empty shop when there is
    none yet, and with an upgraded copy when the shop is from an older SellerDesk."""
    from sellerdesk.store.database import is_up_to_date
    from sellerdesk.store.store import Store

    with tempfile.TemporaryDirectory(prefix="sellerdesk-dry-run-") as scratch:
        if not dry_run:
            store = Store.open(db_path)
        elif created:
            store = Store.open(":memory:")
        elif is_up_to_date(db_path):
            store = Store.open(db_path)
        else:
            copy = Path(scratch) / db_path.name
            for suffix in ("", "-wal"):
                if Path(f"{db_path}{suffix}").exists():
                    shutil.copyfile(f"{db_path}{suffix}", f"{copy}{suffix}")
            store = Store.open(copy)
        try:
            yield store
        finally:
            store.close()


def _remove_new_shop(db_path: Path, created: bool) -> None:
    if created:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def _export(db_path: Path, folder: Path) -> int:
    from sellerdesk.io.export import export_all
    from sellerdesk.store.database import StoreError

    store = _open_existing(db_path)
    try:
        try:
            written = export_all(store, folder)
        except OSError as exc:
            raise StoreError(f"could not write into {folder} ({exc.strerror or exc}); choose another folder") from None
    finally:
        store.close()
    from sellerdesk.io.summary import count

    for path, rows in written.items():
        print(f"{path}: {count(rows, 'row')}")
    return 0


def _report(db_path: Path, month: date | None, out: Path) -> int:
    from sellerdesk.cli_report import run_report

    print(run_report(db_path, month, out))
    return 0


def _backup(db_path: Path, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from sellerdesk.io import backups

    keep = {p: getattr(args, f"keep_{p}") for p in ("last", "daily", "weekly", "monthly")}
    if any(v is not None for v in keep.values()):
        store = _open_existing(db_path)
        try:
            retention = replace(backups.Retention.of(store), **{p: v for p, v in keep.items() if v is not None})
            retention.save(store)
        finally:
            store.close()
        print(f"Keeping the {retention.last} newest backups and the newest of the last {retention.daily} days, "
              f"{retention.weekly} weeks and {retention.monthly} months")  # fmt: skip
        if not args.list and args.to is None:
            return 0
    if args.list:
        return _list_backups(db_path)
    target = backups.backup_shop(db_path, "manual", to=args.to)
    print(f"Backed up {db_path} to {target} ({backups.describe(target.stat().st_size)})")
    return 0


def _list_backups(db_path: Path) -> int:
    from sellerdesk.io import backups

    found = backups.list_backups(db_path)
    if not found:
        print(f"No backups of {db_path} yet (they go into {db_path.parent / 'backups'}).")
        return 0
    for backup in found:
        summary = backups.read_summary(backup)
        orders = "?" if summary.orders is None else f"{summary.orders} orders"
        print(
            f"{backup.local():%Y-%m-%d %H:%M}  {backup.reason:<16} {backups.describe(backup.size):>9}  "
            f"{orders:>15}  ODR {summary.odr}  {backup.path.name}"
        )
    return 0


def _restore(db_path: Path, backup: Path) -> int:
    from sellerdesk.io import restore
    from sellerdesk.store.shop_copy import backups_folder

    if not backup.exists() and (backups_folder(db_path) / backup.name).exists():
        backup = backups_folder(db_path) / backup.name  # named as `backup --list` shows it
    before = restore.restore_backup(db_path, backup)
    print(f"Restored {db_path} from {backup}.")
    if before is not None:
        print(f"The shop as it was before is kept in {before}.")
    return 0


def _demo(db_path: Path, orders: int, seed: int, as_of: date | None) -> int:
    from sellerdesk.io.demo import make_demo_shop
    from sellerdesk.store.database import StoreError
    from sellerdesk.store.store import Store

    if orders < 1:
        raise StoreError("--orders must be at least 1.")
    store = Store.open(db_path)
    try:
        if store.db.execute("SELECT count(*) FROM orders").fetchone()[0]:
            raise StoreError(f"{db_path} already holds a shop; give the demo a new file name.")
        make_demo_shop(store, orders=orders, seed=seed, as_of=as_of)
        count = store.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        store.close()
    print(f"Demo shop with {count} orders written to {db_path}")
    return 0
