"""The Today panel lists the orders the shop will ship late at its pace, with the actions that help."""

from __future__ import annotations

from datetime import date

from shopkit import add_order

from sellerdesk.store.capacity import projections


def _late_order(store) -> str:
    """An open order due in 2 days, behind a queue the shop's pace cannot clear by then."""
    for n in range(60):
        add_order(store, f"Q{n}", "2026-11-20", ship_by="2026-11-24")
    add_order(store, "LATE", "2026-11-21", ship_by="2026-11-25", buyer="Late Buyer")
    return "LATE"


def test_today_lists_orders_projected_to_miss_their_ship_by(window, session):
    store = session.store
    order = _late_order(store)
    late = {p.order_id for p in projections(store, date(2026, 11, 23)) if p.late}
    assert order in late
    from sellerdesk.ui.today import TodayPanel

    today = window.findChild(TodayPanel)
    today.refresh()
    keys = today.record_keys("projected_late")
    assert order in keys and set(keys) <= late
    assert today.late_actions.isVisibleTo(today)
    heads = [today.tree.topLevelItem(i).text(0) for i in range(today.tree.topLevelItemCount())]
    assert any(h.startswith("At this pace, will miss the ship-by date") for h in heads)


def test_message_buyers_logs_one_reply_per_order_as_one_undo_step(window, session):
    from sellerdesk.ui.dialogs.bulk_reply import BulkReplyDialog

    store = session.store
    _late_order(store)
    orders = ["Q1", "LATE"]
    dialog = BulkReplyDialog(session, orders, window)
    assert "Order LATE:" in dialog.texts_view.toPlainText()
    before = store.db.execute("SELECT count(*) FROM messages WHERE sender = 'seller'").fetchone()[0]
    dialog.copy()
    after = store.db.execute("SELECT count(*) FROM messages WHERE sender = 'seller'").fetchone()[0]
    assert after == before + 2
    assert session.undo_stack.undoText().startswith("Reply to 2 buyer")
    session.undo_stack.undo()
    assert store.db.execute("SELECT count(*) FROM messages WHERE sender = 'seller'").fetchone()[0] == before


def test_the_capacity_figures_follow_order_edits_and_survive_review_edits(session):
    """The session reuses the capacity section after an edit that cannot change it, never after one that can."""
    from sellerdesk.store.standards import shop_status
    from sellerdesk.ui.commands import InsertRecord

    store = session.store
    _late_order(store)
    session.set_as_of(date(2026, 11, 23))
    before = session.status()["capacity"]
    assert "LATE" in before["projected_late"]
    session.push(InsertRecord(store, "reviews", {"order_id": "Q1", "review_date": "2026-11-22", "rating": 5}, "review"))
    assert session.status()["capacity"] == before == shop_status(store, date(2026, 11, 23))["capacity"]
    session.push(InsertRecord(store, "orders", _open_order("NEW", "2026-11-22", "2026-11-23"), "order"))
    after = session.status()["capacity"]
    assert after["backlog"] == before["backlog"] + 1
    assert after == shop_status(store, date(2026, 11, 23))["capacity"]


def _open_order(order_id: str, order_date: str, ship_by: str) -> dict:
    return {"order_id": order_id, "order_date": order_date, "status": "open", "ship_by": ship_by, "buyer": "New Buyer"}
