"""Settings > Rules: each choice with its default and reason, the figures a change would move shown before
saving, and saving as one undo step."""

from __future__ import annotations

from sellerdesk.core.settings import CHOICES, RuleSettings
from sellerdesk.store.standards import shop_status


def test_every_choice_is_shown_with_its_default_and_reason(window):
    page = window.show_page("settings")
    assert set(page.rules.boxes) == {c.key for c in CHOICES}
    defaults = RuleSettings()
    for key, box in page.rules.boxes.items():
        assert box.isChecked() == getattr(defaults, key)
        assert "Default:" in box.toolTip()


def test_a_change_shows_the_figures_it_moves_then_saves_as_one_undo_step(window, session):
    page = window.show_page("settings")
    store = session.store
    # A first message from last night, unanswered and still inside its 48 hours.
    store.insert(
        "messages", {"thread_id": "NEW", "sender": "buyer", "sent_at": "2026-11-22T20:00:00Z", "spam": 0, "text": "Hi"}
    )
    before = session.status()["standards"]["message_response"]
    page.rules.boxes["pending_threads_left_out"].setChecked(False)
    candidate = page.candidate_rules()
    text = page.rules.describe_changes(candidate)
    after = shop_status(store, session.as_of(), candidate)["standards"]["message_response"]
    assert after["total"] >= before["total"] + 1 and after["count"] == before["count"]  # ours, and any others
    assert "Message response (48 hours)" in text
    assert f"{before['count']} of {before['total']}" in text and f"{after['count']} of {after['total']}" in text
    assert store.rule_settings().pending_threads_left_out is True  # nothing saved by the preview
    assert page.save()
    assert store.rule_settings().pending_threads_left_out is False
    assert session.status()["settings"]["non_default"] == ["pending_threads_left_out"]
    session.undo_stack.undo()
    assert store.rule_settings().pending_threads_left_out is True
    assert page.rules.boxes["pending_threads_left_out"].isChecked()


def test_unchanged_settings_say_so(window):
    page = window.show_page("settings")
    assert "no figure changes" in page.rules.describe_changes(page.candidate_rules()).lower()
