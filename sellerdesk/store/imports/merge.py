"""The merge of the attached stage into the shop (one transaction), and its undo."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from sellerdesk.store.bulk_load import triggers_set_aside, worth_bulk
from sellerdesk.store.imports.rules import ITEM_CHANGED, ITEM_MERGE, NEW_STATUS, ORDER_CHANGED, ORDER_JOIN, ORDER_MERGE
from sellerdesk.store.staging import ORDER_TEXT_FIELDS, TEMPLATE_FIELDS, TEMPLATE_KEYS
from sellerdesk.store.store import Store

Progress = Callable[[float, str], None]


# -- the merge -----------------------------------------------------------------------------------
def merge(store: Store, progress: Progress) -> None:
    """Merge the attached stage into the shop inside the caller's transaction, keeping in the stage
    what the merge replaces (`undo`)."""
    _keep_for_undo(store)
    new_orders = store.db.execute("SELECT count(*) FROM stage.undo_new_orders").fetchone()[0]
    stored = store.db.execute("SELECT count(*) FROM main.orders").fetchone()[0]
    # The indexes of a table still empty are built once at the end, a sort, not kept row by row (the
    # reviews' six; the threads' seven: each thread row is written three times by its refresh).
    indexes_of = tuple(
        table
        for table in ("orders", "order_items", "reviews", "cases", "messages", "threads")
        if not store.db.execute(f"SELECT EXISTS (SELECT 1 FROM main.{table})").fetchone()[0]
    )
    with triggers_set_aside(store.db, indexes_of) if worth_bulk(new_orders, stored) else nullcontext():
        progress(0.1, "orders")
        _merge_etsy_orders(store)
        _merge_template("orders", store)
        progress(0.5, "items")
        _merge_items(store)
        progress(0.7, "reviews")
        _merge_reviews(store)
        _merge_template("reviews", store)
        _merge_template("cases", store)
        progress(0.85, "messages")
        store.db.execute(
            "INSERT OR IGNORE INTO main.threads (thread_id, order_id) SELECT thread_id, max(order_id) "
            "FROM stage.t_messages GROUP BY thread_id"
        )
        _merge_template("messages", store)
        _refresh_staged_threads(store)


def _insert_select(table: str, columns: list[str], select: str) -> str:
    return f"INSERT INTO main.{table} ({', '.join(columns)}) {select}"


def _merge_etsy_orders(store: Store) -> None:
    columns = ["order_date", *ORDER_MERGE]
    values = [
        "s.order_date",
        *(f"coalesce(s.{c}, '')" if c == "buyer" else f"s.{c}" for c in ORDER_TEXT_FIELDS),
        "s.total_minor",
        "s.currency",
        "s.shipped_date",
        NEW_STATUS,
        "coalesce(s.refund_minor, 0)",
        "s.etsy_status",
        *(f"d.{c}" for c in ("shipping_profile_id", "processing_min", "processing_max", "ship_by", "edd")),
    ]
    # Stored orders first: the new ones need no comparing.
    sets = ", ".join(ORDER_MERGE)
    exprs = ", ".join(ORDER_MERGE.values())
    store.db.execute(
        f"UPDATE main.orders AS o SET ({sets}) = ({exprs}) "
        "FROM stage.etsy_orders AS s LEFT JOIN stage.order_dates AS d ON d.order_id = s.order_id "
        f"WHERE s.order_id = o.order_id AND ({ORDER_CHANGED})"
    )
    store.db.execute(
        _insert_select(
            "orders",
            ["order_id", *columns, "international"],
            f"SELECT s.order_id, {', '.join(values)}, coalesce(d.international, 0) {ORDER_JOIN} "
            "WHERE o.order_id IS NULL ORDER BY s.order_date, s.order_id",
        )
    )


def _merge_items(store: Store) -> None:
    columns = ["transaction_id", "order_id", *ITEM_MERGE]
    store.db.execute(
        f"UPDATE main.order_items AS o SET ({', '.join(ITEM_MERGE)}) = ({', '.join(ITEM_MERGE.values())}) "
        f"FROM stage.etsy_items AS s WHERE s.transaction_id = o.transaction_id AND ({ITEM_CHANGED})"
    )
    store.db.execute(
        _insert_select(
            "order_items",
            columns,
            f"SELECT s.transaction_id, s.order_id, {', '.join(f's.{c}' for c in ITEM_MERGE)} "
            "FROM stage.etsy_items s WHERE NOT EXISTS "
            "(SELECT 1 FROM main.order_items o WHERE o.transaction_id = s.transaction_id) "
            "ORDER BY s.order_date, s.transaction_id",
        )
    )


def _merge_reviews(store: Store) -> None:
    for table, has_order in (("reviews", ""), ("pending_reviews", "NOT ")):
        store.db.execute(
            f"INSERT INTO main.{table} (order_id, review_date, rating, text, reviewer) "
            "SELECT order_id, review_date, rating, text, reviewer FROM stage.etsy_reviews s "
            f"WHERE {has_order}EXISTS (SELECT 1 FROM main.orders x WHERE x.order_id = s.order_id) "
            "ON CONFLICT (order_id, review_date) DO UPDATE SET rating = excluded.rating, text = excluded.text, "
            "reviewer = excluded.reviewer WHERE rating IS NOT excluded.rating OR text IS NOT excluded.text "
            "OR reviewer IS NOT excluded.reviewer"
        )


def _merge_template(kind: str, store: Store) -> None:
    fields = TEMPLATE_FIELDS[kind]
    keys = TEMPLATE_KEYS[kind]
    updates = [c for c in fields if c not in keys]
    store.db.execute(
        f"INSERT INTO main.{kind} ({', '.join(fields)}) SELECT {', '.join(fields)} FROM stage.t_{kind} WHERE true "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in updates)} "
        f"WHERE {' OR '.join(f'{c} IS NOT excluded.{c}' for c in updates)}"
    )


def _refresh_staged_threads(store: Store) -> None:
    """Store.refresh_threads' work for every thread the import names, in one pass and without its
    savepoint: the merge is already one transaction (a savepoint around a big import's thousands of
    thread rows made their refresh grow faster than the threads)."""
    store.refresh_thread_rows(None, among="SELECT thread_id FROM stage.t_messages")


# -- undo ----------------------------------------------------------------------------------------
# What the merge replaces, kept in the stage: the keys of the rows it adds, the rows it changes.
def _keep_for_undo(store: Store) -> None:
    db = store.db
    script = [
        "DROP TABLE IF EXISTS stage.undo_new_orders",
        "CREATE TABLE stage.undo_new_orders AS SELECT s.order_id FROM stage.etsy_orders s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.order_id = s.order_id) "
        "UNION SELECT s.order_id FROM stage.t_orders s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.orders o WHERE o.order_id = s.order_id)",
        "DROP TABLE IF EXISTS stage.undo_orders",
        f"CREATE TABLE stage.undo_orders AS SELECT o.* {ORDER_JOIN} WHERE o.order_id IS NOT NULL AND "
        f"({ORDER_CHANGED}) UNION SELECT o.* FROM stage.t_orders s JOIN main.orders o USING (order_id)",
        "DROP TABLE IF EXISTS stage.undo_new_items",
        "CREATE TABLE stage.undo_new_items AS SELECT s.transaction_id FROM stage.etsy_items s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.order_items o WHERE o.transaction_id = s.transaction_id)",
        "DROP TABLE IF EXISTS stage.undo_order_items",
        "CREATE TABLE stage.undo_order_items AS SELECT o.* FROM stage.etsy_items s "
        "JOIN main.order_items o USING (transaction_id)",
        "DROP TABLE IF EXISTS stage.undo_pending_reviews",
        # `+`: the waiting reviews (few, often none) are scanned, not looked up for every staged order.
        "CREATE TABLE stage.undo_pending_reviews AS SELECT p.* FROM main.pending_reviews p "
        "WHERE +p.order_id IN "
        "(SELECT order_id FROM stage.etsy_reviews UNION SELECT order_id FROM stage.undo_new_orders)",
    ]
    for kind, keys in (("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at"))):  # fmt: skip
        on = " AND ".join(f"o.{k} = s.{k}" for k in keys)
        staged = f"SELECT {', '.join(keys)} FROM stage.t_{kind}"
        if kind == "reviews":
            staged += " UNION SELECT order_id, review_date FROM stage.etsy_reviews"
        script += [
            f"DROP TABLE IF EXISTS stage.undo_new_{kind}",
            f"CREATE TABLE stage.undo_new_{kind} AS SELECT * FROM ({staged}) s "
            f"WHERE NOT EXISTS (SELECT 1 FROM main.{kind} o WHERE {on})",
            f"DROP TABLE IF EXISTS stage.undo_{kind}",
            f"CREATE TABLE stage.undo_{kind} AS SELECT o.* FROM ({staged}) s JOIN main.{kind} o ON {on}",
        ]
    script += [
        "DROP TABLE IF EXISTS stage.undo_new_threads",
        "CREATE TABLE stage.undo_new_threads AS SELECT DISTINCT thread_id FROM stage.t_messages s "
        "WHERE NOT EXISTS (SELECT 1 FROM main.threads t WHERE t.thread_id = s.thread_id)",
    ]
    for statement in script:
        db.execute(statement)


def undo(store: Store) -> None:
    """Put the shop back as it was before the merge (inside the caller's transaction)."""
    db = store.db
    for kind, keys in (("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at")),
                       ("order_items", ("transaction_id",))):  # fmt: skip
        new = "undo_new_items" if kind == "order_items" else f"undo_new_{kind}"
        match = " AND ".join(f"n.{k} = {kind}.{k}" for k in keys)
        db.execute(f"DELETE FROM main.{kind} WHERE EXISTS (SELECT 1 FROM stage.{new} n WHERE {match})")
    db.execute("DELETE FROM main.orders WHERE order_id IN (SELECT order_id FROM stage.undo_new_orders)")
    for kind, keys in (("orders", ("order_id",)), ("order_items", ("transaction_id",)),
                       ("reviews", ("order_id", "review_date")), ("cases", ("order_id", "opened_date")),
                       ("messages", ("thread_id", "sender", "sent_at"))):  # fmt: skip
        _restore_rows(store, kind, keys)
    db.execute(
        "DELETE FROM main.pending_reviews WHERE order_id IN "
        "(SELECT order_id FROM stage.etsy_reviews UNION SELECT order_id FROM stage.undo_new_orders)"
    )
    db.execute("INSERT INTO main.pending_reviews SELECT * FROM stage.undo_pending_reviews")
    db.execute("DELETE FROM main.threads WHERE thread_id IN (SELECT thread_id FROM stage.undo_new_threads)")
    _refresh_staged_threads(store)


def _restore_rows(store: Store, table: str, keys: tuple[str, ...]) -> None:
    """Write back the kept rows' every stored column (generated columns recompute themselves)."""
    columns = [r[1] for r in store.db.execute(f"PRAGMA main.table_info({table})")]
    kept = {r[1] for r in store.db.execute(f"PRAGMA stage.table_info(undo_{table})")}
    columns = [c for c in columns if c in kept and c not in keys and c != "id"]
    match = " AND ".join(f"u.{k} = t.{k}" for k in keys)
    store.db.execute(
        f"UPDATE main.{table} AS t SET ({', '.join(columns)}) = ({', '.join(f'u.{c}' for c in columns)}) "
        f"FROM stage.undo_{table} AS u WHERE {match}"
    )
