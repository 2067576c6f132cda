"""Time importing files into a shop, the way the app does it (`Store.open`, then `import_paths`).

    python bench/io.py [--db SHOP] [--etsy-only | --templates-only | --report-only]
                       [--orders 100000] [--template-orders 200000]

Issue 8 figures (targets from the issue), each into fresh temporary shops:
- generate_etsy_100k_s: writing the Etsy download (bench/etsy_download.py: 100,000 orders, 150,000 item
  rows, a reviews JSON with ~40% of the orders reviewed); not an import figure;
- preview_100k_empty_shop_s: `preview_paths` on the three files against an empty shop;
- import_etsy_100k_orders_s (< 5): `import_paths` into that empty shop (which has a default shipping profile
  and the custom listings mapped to a slower one, as a seller would set up), committed; the shop's
  counts are checked against the files, its summary tables against a rebuild and its indexes against a
  fresh file before the figure is printed;
- reimport_unchanged_100k_s (< 3): the same files again; the report must say nothing changed;
- preview_100k_s (< 2): `preview_paths` against the filled shop (every order compared);
- import_peak_rss_mb (< 400): peak RSS (VmHWM) of a separate process that opens a new shop and imports the
  files; import_rss_baseline_mb is the same process without the import (interpreter, modules, open shop);
- generate_templates_200k_s, import_templates_200k_orders_s (< 10): SellerDesk's own CSV templates, 200,000
  orders with reviews, cases and messages as bench/make_shop.py makes them (~30%, ~0.5%, ~25% with threads),
  through `importer.import_paths`; `--templates-api csv_import` times the importer before issue 8
  (`csv_import.import_files`) when this script is copied into an older checkout (git archive 40ad63b).
Each time figure has a *_cpu_s twin (this process's CPU seconds): the machine is shared, wall time is not
always the program's. Some files of a big import are read by a worker process (io/read_apart.py) whose
CPU seconds the twin leaves out: with the other core busy, the wall figure is the one to trust. The worker
also imports this script as its __main__ (~0.1 s the app's worker does not spend). --db SHOP is for the
figures that need a big shop (none of issue 8's).

Issue 9, with --db SHOP (a 1,000,000-order shop from bench/make_shop.py; --report-only for these alone):
- report_month_s (< 2): the monthly PDF report of the last complete month before --as-of, in process;
  report_cli_s: the same through `sellerdesk report` (process start included).
- backup_1m_orders_s (< 3): `backups.backup_shop` of the shop into a file (what File > Back up now… runs: SQLite's
  online backup API in one read transaction, written aside, synced, renamed), then checked (quick_check, order
  count); restore_1m_orders_s (< 5): `restore.restore_backup` of that backup onto a copy of the shop (the backup
  checked while it is copied beside the shop, the replaced file kept in backups/, the copy put in its place).
  --backup-only for these alone. The shop given is only read.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, figure, iso_day, note, timer  # noqa: E402
from etsy_download import EtsyDownload, made_to_order_listings, write_etsy_download  # noqa: E402

from sellerdesk.store.store import Store  # noqa: E402

#: Tables the store keeps up to date by trigger (rebuilt and compared after an import).
SUMMARY_TABLES = ("order_days", "ship_days", "review_days", "problem_orders")


class BenchFailed(Exception):
    """The import did not store what the files hold: no figure is printed for it."""


@dataclass
class Options:
    orders: int
    template_orders: int
    seed: int
    as_of: date
    work: Path
    db: Path | None
    templates_api: str
    uk: bool = False
    sku: bool = True
    progress: bool = False


def size(n: int) -> str:
    """100000 -> '100k', 1000000 -> '1m' (figure names say the size they were measured at)."""
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}m"
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def timed(name: str, seconds: list[float]) -> None:
    figure(name, seconds[0], "s")
    figure(name.removesuffix("_s") + "_cpu_s", seconds[1], "s")


# -- shops ---------------------------------------------------------------------------------------
def new_shop(path: Path, made_to_order: list[str] | None = None) -> Store:
    """A new shop file with a default shipping profile and, optionally, listings on a slower one."""
    store = Store.open(path)
    with store.write("shipping_profiles", "listing_profiles"):
        insert = (
            "INSERT INTO shipping_profiles (id, name, processing_min, processing_max, domestic_transit_min, "
            "domestic_transit_max, international_transit_min, international_transit_max, is_default) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        store.db.execute(insert, [1, "Standard", 1, 3, 2, 5, 6, 14, 1])
        store.db.execute(insert, [2, "Made to order", 5, 10, 2, 5, 6, 14, 0])
        if made_to_order:
            store.db.conn.executemany(
                "INSERT INTO listing_profiles (listing_id, profile_id) VALUES (?, 2)", [(i,) for i in made_to_order]
            )
    return store


def count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def schema_problems(store: Store, work: Path) -> list[str]:
    """Indexes and triggers as in a freshly migrated file; summary tables equal to their rebuild."""
    from sellerdesk.store.database import open_database
    from sellerdesk.store.migrations import rebuild_summaries

    problems = []
    fresh = open_database(work / "fresh-schema.db")
    query = "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"
    want = set(fresh.execute(query).fetchall())
    fresh.close()
    have = set(store.db.execute(query).fetchall())
    problems += [f"{kind} {name} missing after the import" for kind, name in sorted(want - have)]
    kept = {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall()) for t in SUMMARY_TABLES}
    with store.write(*SUMMARY_TABLES):
        rebuild_summaries(store.db)
    for table in SUMMARY_TABLES:
        if sorted(store.db.execute(f"SELECT * FROM {table}").fetchall()) != kept[table]:
            problems.append(f"summary table {table} differs from its rebuild after the import")
    return problems


def app_callbacks(show: bool = False) -> tuple[Callable[[float, str], None], Callable[[], bool], list[float]]:
    """What the window passes: a progress callback (it records the fractions; with show, it prints each
    new step's text and the seconds since the first call) and a cancel check."""
    fractions: list[float] = []
    start = time.perf_counter()
    last = [""]

    def progress(fraction: float, text: str) -> None:
        fractions.append(fraction)
        if show and text != last[0]:
            last[0] = text
            note(f"  {time.perf_counter() - start:7.2f} s  {fraction:4.0%}  {text}")

    return progress, lambda: False, fractions


# -- Etsy download figures -------------------------------------------------------------------------
def etsy_figures(opt: Options) -> None:
    from sellerdesk.io.importer import import_paths, preview_paths

    tag = size(opt.orders)
    folder = opt.work / "etsy"
    with timer() as t:
        download = write_etsy_download(folder, opt.orders, opt.seed, opt.as_of, uk=opt.uk, sku=opt.sku)
    timed(f"generate_etsy_{tag}_s", t)
    note(
        f"Etsy download: {download.orders} orders, {download.items} item rows, {download.review_entries} review "
        f"entries ({download.reviews} order-days, {download.waiting_reviews} for older orders), "
        f"{download.guests} guests, {download.unshipped} unshipped, {download.adjusted} adjusted"
    )
    paths = [str(p) for p in download.paths]

    store = new_shop(opt.work / "etsy-shop.sellerdesk", made_to_order_listings())
    with timer() as t:
        report = preview_paths(store, paths)
    expect_counts(report, "orders", new=download.orders, what="preview on the empty shop")
    if count(store, "orders"):
        raise BenchFailed("preview_paths wrote orders into the shop")
    timed(f"preview_{tag}_empty_shop_s", t)

    progress, cancelled, fractions = app_callbacks(opt.progress)
    with timer() as t:
        report = import_paths(store, paths, progress=progress, cancelled=cancelled)
    check_etsy_shop(store, download)
    expect_counts(report, "orders", new=download.orders, what="import into the empty shop")
    problems = schema_problems(store, opt.work)
    if problems:
        raise BenchFailed("; ".join(problems))
    timed(f"import_etsy_{tag}_orders_s", t)
    note(f"import: {len(fractions)} progress calls; report: {' | '.join(str(report).splitlines())}")

    progress, cancelled, _ = app_callbacks(opt.progress)
    with timer() as t:
        report = import_paths(store, paths, progress=progress, cancelled=cancelled)
    check_etsy_shop(store, download)
    if report.changed or any(c.new or c.updated for c in report.counts.values()):
        raise BenchFailed(f"re-importing the same files changed something: {report}")
    timed(f"reimport_unchanged_{tag}_s", t)

    with timer() as t:
        report = preview_paths(store, paths)
    expect_counts(report, "orders", unchanged=download.orders, what="preview on the filled shop")
    timed(f"preview_{tag}_s", t)
    store.close()

    rss = import_rss(opt.work, paths, download)
    figure("import_rss_baseline_mb", rss["baseline"], "MB")
    figure("import_peak_rss_mb", rss["import"], "MB")


def expect_counts(report: Any, kind: str, what: str, new: int = 0, unchanged: int = 0) -> None:
    counts = report.counts[kind]
    if (counts.new, counts.updated, counts.unchanged) != (new, 0, unchanged):
        raise BenchFailed(f"{what}: {kind} {counts}, expected {new} new, 0 updated, {unchanged} unchanged")


def check_etsy_shop(store: Store, download: EtsyDownload) -> None:
    """The shop holds exactly what the files hold (counts and money), else BenchFailed."""
    want = {
        "orders": download.orders,
        "order_items": download.items,
        "reviews": download.reviews,
        "pending_reviews": download.waiting_reviews,
        "orders WHERE buyer_username IS NULL": download.guests,
        "orders WHERE shipped_date IS NULL": download.unshipped,
        "orders WHERE refund_minor > 0": download.adjusted,
    }
    have = {what: count(store, what) for what in want}
    want["sum of total_minor"] = download.total_minor
    want["sum of refund_minor"] = download.refund_minor
    have["sum of total_minor"], have["sum of refund_minor"] = store.db.execute(
        "SELECT sum(total_minor), sum(refund_minor) FROM orders"
    ).fetchone()
    wrong = [f"{what}: {have[what]} in the shop, {n} in the files" for what, n in want.items() if have[what] != n]
    if wrong:
        raise BenchFailed("the shop does not hold what the files hold: " + "; ".join(wrong))


_RSS_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from sellerdesk.store.store import Store
from sellerdesk.io.importer import import_paths
store = Store.open(sys.argv[2])
start = time.perf_counter()
if sys.argv[3:]:
    import_paths(store, sys.argv[3:])
seconds = time.perf_counter() - start
orders = store.db.execute("SELECT count(*) FROM orders").fetchone()[0]
store.close()
# VmHWM, not getrusage: Linux carries ru_maxrss over from the forked parent's memory across exec
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"kb": int(peak.split()[1]), "orders": orders, "s": seconds}))
"""


def import_rss(work: Path, paths: list[str], download: EtsyDownload) -> dict[str, float]:
    """Peak RSS (MB) of a fresh process: opening a new shop only, and opening one and importing the files."""
    found = {}
    for name, files in (("baseline", []), ("import", paths)):
        shop = work / f"rss-{name}.sellerdesk"
        new_shop(shop, made_to_order_listings()).close()  # set up as for the in-process import
        done = subprocess.run(
            [sys.executable, "-c", _RSS_CHILD, str(ROOT), str(shop), *files], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise BenchFailed(f"the {name} process failed: {done.stderr.strip().splitlines()[-1:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        if files and result["orders"] != download.orders:
            raise BenchFailed(f"the import process stored {result['orders']} orders, not {download.orders}")
        if files:
            note(f"import in a separate process: {result['s']:.2f} s")
        found[name] = result["kb"] / 1024
    return found


# -- SellerDesk template figures -------------------------------------------------------------------
TEMPLATE_HEADERS = {
    "orders": "order_id,order_date,buyer,total,currency,processing_min,processing_max,ship_by,shipped_date,"
    "tracking_number,carrier,delivered_date,status,digital,custom",
    "reviews": "order_id,review_date,rating,text,excluded_reason",
    "cases": "order_id,opened_date,reason,resolution,closed_date,excluded_reason",
    "messages": "thread_id,order_id,sender,sent_at,spam,text",
}


def write_templates(folder: Path, orders: int, seed: int, as_of: date) -> dict[str, Path | int]:
    """The four template files filled with make_shop's rows; returns their paths and row counts."""
    from make_shop import ShopGenerator

    folder.mkdir(parents=True, exist_ok=True)
    gen = ShopGenerator(orders, seed, as_of)
    paths = {kind: folder / f"sellerdesk-{kind}.csv" for kind in TEMPLATE_HEADERS}
    handles = {kind: path.open("w", encoding="utf-8", newline="") for kind, path in paths.items()}
    writers = {kind: csv.writer(handle) for kind, handle in handles.items()}
    rows = dict.fromkeys(TEMPLATE_HEADERS, 0)
    try:
        for kind, writer in writers.items():
            writer.writerow(TEMPLATE_HEADERS[kind].split(","))
        for index, (lo, hi, before) in enumerate(gen.chunk_ranges()):
            chunk = gen.chunk(index, lo, hi, before)
            writers["orders"].writerows(
                (o[0], o[1], o[3], f"{o[9] / 100:.2f}", o[10], o[11], o[12], o[13], o[16], o[17], o[18], o[20],
                 o[21], o[22], o[23])
                for o in chunk["orders"]
            )  # fmt: skip
            writers["reviews"].writerows(chunk["reviews"])
            writers["cases"].writerows(chunk["cases"])
            writers["messages"].writerows(chunk["messages"])
            for kind in rows:
                rows[kind] += len(chunk[kind])
    finally:
        for handle in handles.values():
            handle.close()
    return {**{f"{k}_path": p for k, p in paths.items()}, **rows}


def template_figures(opt: Options) -> None:
    tag = size(opt.template_orders)
    with timer() as t:
        made = write_templates(opt.work / "templates", opt.template_orders, opt.seed, opt.as_of)
    timed(f"generate_templates_{tag}_s", t)
    kinds = list(TEMPLATE_HEADERS)
    note("templates: " + ", ".join(f"{made[k]} {k}" for k in kinds))
    paths = [str(made[f"{k}_path"]) for k in kinds]
    api = opt.templates_api
    if api == "auto":
        api = "importer" if importlib.util.find_spec("sellerdesk.io.importer") else "csv_import"
    store = new_shop(opt.work / "templates-shop.sellerdesk")
    if api == "importer":
        from sellerdesk.io.importer import import_paths

        progress, cancelled, _ = app_callbacks(opt.progress)
        with timer() as t:
            import_paths(store, paths, progress=progress, cancelled=cancelled)
    else:
        from sellerdesk.io import csv_import

        import_files = getattr(csv_import, "import_files", None)
        if import_files is None:
            store.close()
            raise BenchFailed("csv_import.import_files is gone (issue 8); run this script in an older checkout")
        with timer() as t:
            import_files(store, paths)
    wrong = [f"{k}: {count(store, k)} in the shop, {made[k]} in the files" for k in kinds if count(store, k) != made[k]]
    store.close()
    if wrong:
        raise BenchFailed("the shop does not hold what the template files hold: " + "; ".join(wrong))
    figure("import_templates_api", "importer.import_paths" if api == "importer" else "csv_import.import_files")
    timed(f"import_templates_{tag}_orders_s", t)


# -- the monthly report (issue 9) ------------------------------------------------------------------
def report_figures(opt: Options) -> None:
    """report_month_s (< 2): `write_report` for the last complete month before --as-of on the --db shop
    (figures, problem orders, trend chart, PDF; the first report of the process), the shop open and a
    QGuiApplication up as in the window; the PDF is read
    back (pdftotext) and its ODR checked against `shop_status` first. report_cli_s: the whole
    `sellerdesk report` command (a new process: Python, Qt, the shop opened, the PDF written)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from sellerdesk.core.standards import format_percent
    from sellerdesk.io.report_data import last_month
    from sellerdesk.io.report_pdf import write_report

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    assert opt.db is not None
    month = last_month(opt.as_of)
    out = opt.work / f"report-{month:%Y-%m}.pdf"
    store = Store.open(opt.db)
    try:
        with timer() as t:
            report = write_report(store, month, out, today=opt.as_of)
    finally:
        store.close()
    odr = report.status["odr"]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    if odr["orders"] and format_percent(odr["problem_orders"], odr["orders"], 2) not in text:
        raise BenchFailed(f"the report's PDF does not show the ODR of status as of {report.as_of}")
    note(
        f"report {month:%Y-%m} as of {report.as_of}: {odr['orders']} orders in the window, "
        f"{len(report.window_problems)} problem orders listed, {out.stat().st_size // 1024} KB"
    )
    timed("report_month_s", t)
    cli = [sys.executable, "-m", "sellerdesk", "report", "--db", str(opt.db), "--month", f"{month:%Y-%m}"]
    with timer() as t:
        subprocess.run([*cli, "--out", str(opt.work / "cli-report.pdf")], check=True, capture_output=True, cwd=ROOT)
    figure("report_cli_s", t[0], "s")
    del app


# -- backups and restore (issue 9) ------------------------------------------------------------------
def backup_figures(opt: Options) -> None:
    from sellerdesk.io import backups, restore

    assert opt.db is not None

    def orders_in(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        finally:
            conn.close()

    orders = orders_in(opt.db)
    tag = size(orders)
    folder = opt.work / "backup"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "manual.sellerdesk"
    with timer() as t:
        backups.backup_shop(opt.db, to=target)
    restore.verify_backup(target)
    if orders_in(target) != orders:
        raise BenchFailed(f"the backup holds {orders_in(target)} orders, the shop {orders}")
    note(f"backup of {orders} orders: {target.stat().st_size / 1e6:.0f} MB")
    timed(f"backup_{tag}_orders_s", t)

    shop = folder / "restored" / "shop.sellerdesk"  # a copy of the shop, replaced by the restore
    shop.parent.mkdir()
    shutil.copyfile(target, shop)
    with timer() as t:
        before = restore.restore_backup(shop, target)
    if before is None or orders_in(shop) != orders or not before.is_file():
        raise BenchFailed("the restore did not put the backup in place, or did not keep the replaced file")
    timed(f"restore_{tag}_orders_s", t)


# -- export (issue 9) ---------------------------------------------------------------------------------
def export_figures(opt: Options) -> None:
    """export_1m_orders_s (< 10): `export_all` of the --db shop into a new folder (the four templates, the
    items and the saved replies), the orders file's rows checked against the shop first."""
    from sellerdesk.io.export import export_all

    assert opt.db is not None
    store = Store.open(opt.db)
    try:
        orders = count(store, "orders")
        with timer() as t:
            written = export_all(store, opt.work / "export")
    finally:
        store.close()
    exported = written[opt.work / "export" / "sellerdesk-orders.csv"]
    if exported != orders:
        raise BenchFailed(f"the export holds {exported} orders, the shop {orders}")
    note(f"export: {sum(written.values())} rows, {sum(p.stat().st_size for p in written) / 1e6:.0f} MB")
    timed(f"export_{size(orders)}_orders_s", t)


# -- main ------------------------------------------------------------------------------------------
#: (group, function, needs --db): the figure groups, in the order they run.
GROUPS: list[tuple[str, Callable[[Options], None], bool]] = [
    ("etsy", etsy_figures, False),
    ("templates", template_figures, False),
    ("report", report_figures, True),
    ("backup", backup_figures, True),
    ("export", export_figures, True),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a big shop (bench/make_shop.py) for the figures that need one")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--etsy-only", action="store_true", help="only the Etsy download figures")
    only.add_argument("--templates-only", action="store_true", help="only the SellerDesk template figures")
    only.add_argument("--report-only", action="store_true", help="only the monthly report figures (needs --db)")
    only.add_argument("--backup-only", action="store_true", help="only the backup and restore figures (needs --db)")
    only.add_argument("--export-only", action="store_true", help="only the export figure (needs --db)")
    parser.add_argument("--orders", type=int, default=100_000, help="orders in the Etsy download")
    parser.add_argument("--template-orders", type=int, default=200_000, help="orders in the template files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", type=iso_day, default=None, help="YYYY-MM-DD: the newest day (default: today)")
    parser.add_argument("--uk", action="store_true", help="the Etsy download in UK wording (default: US)")
    parser.add_argument("--no-sku", action="store_true", help="the Etsy download without SKU columns")
    parser.add_argument("--templates-api", choices=("auto", "importer", "csv_import"), default="auto")
    parser.add_argument("--progress", action="store_true", help="print the importer's progress steps with times")
    parser.add_argument("--keep", type=Path, help="write the files and shops into this folder and keep them")
    args = parser.parse_args(argv)
    if args.db is not None and not args.db.is_file():
        parser.error(f"{args.db}: no such shop file; make one with bench/make_shop.py")
    selected = {g for g, _, _ in GROUPS}
    for group in ("etsy", "templates", "report", "backup", "export"):
        if getattr(args, f"{group}_only"):
            selected = {group}
    with tempfile.TemporaryDirectory(prefix="bench-io-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        opt = Options(
            args.orders,
            args.template_orders,
            args.seed,
            args.as_of or date.today(),
            work,
            args.db,
            args.templates_api,
            uk=args.uk,
            sku=not args.no_sku,
            progress=args.progress,
        )
        note(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start")
        failed = 0
        for group, run, needs_db in GROUPS:
            if group not in selected:
                continue
            if needs_db and args.db is None:
                note(f"{group}: skipped (needs --db SHOP)")
                continue
            try:
                run(opt)
            except BenchFailed as exc:
                note(f"{group}: FAILED: {exc}")
                failed += 1
        note(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
