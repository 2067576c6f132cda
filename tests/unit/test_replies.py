"""Saved-reply placeholders: every one filled, errors with positions, nothing ever evaluated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sellerdesk.core.replies import PLACEHOLDERS, check, render, used_placeholders

VALUES = {
    "buyer": "Emma Smith",
    "buyer_first_name": "Emma",
    "order_id": "1000042",
    "ship_by": "2026-03-06",
    "edd": "2026-03-13",
    "tracking_number": "9400111",
    "carrier": "USPS",
    "shop_name": "Willow & Thread",
}


def test_every_placeholder_is_filled():
    template = " | ".join("{" + name + "}" for name in PLACEHOLDERS)
    result = render(template, VALUES)
    assert result.ok and not result.missing
    assert result.text == " | ".join(VALUES[name] for name in PLACEHOLDERS)
    assert set(PLACEHOLDERS) == set(VALUES)


def test_cursor_marker_is_removed_and_its_position_kept():
    result = render("Hi {buyer_first_name}, {cursor}\nThanks!", VALUES)
    assert result.text == "Hi Emma, \nThanks!"
    assert result.cursor == len("Hi Emma, ")
    assert render("no marker").cursor is None


def test_braces_are_escaped_by_doubling():
    result = render("{{order_id}} is literal, {order_id} is not; a }} too", VALUES)
    assert result.ok
    assert result.text == "{order_id} is literal, 1000042 is not; a } too"


def test_unknown_placeholder_is_an_error_with_its_position():
    result = render("Hello\nthere {nickname}!", VALUES)
    assert [(e.line, e.column, e.offset, e.length) for e in result.errors] == [(2, 7, 12, 10)]
    assert "unknown placeholder {nickname}" in result.errors[0].message
    assert result.text == "Hello\nthere {nickname}!"  # left as written, never looked up


def test_thousands_of_mistakes_on_many_lines_each_get_their_own_line_and_column():
    """A pasted text full of mistakes (the editor re-checks it on every keystroke): every one is reported
    where it is, and the text around them stays as written."""
    template = "".join(f"{'x' * (n % 7)}{{bad}} {{buyer}} }} {{ \n" for n in range(3000))
    result = render(template, VALUES)
    unknown = [e for e in result.errors if e.message.startswith("unknown")]
    singles = [e for e in result.errors if e.message.startswith("single }")]
    unclosed = [e for e in result.errors if e.message.startswith("unclosed {")]
    assert len(unknown) == len(singles) == len(unclosed) == 3000
    assert [(e.line, e.column) for e in unknown[:3]] == [(1, 1), (2, 2), (3, 3)]
    assert (unknown[-1].line, unknown[-1].column) == (3000, 2999 % 7 + 1)
    assert [(e.line, e.column) for e in singles[:2]] == [(1, 15), (2, 16)]
    assert [(e.line, e.column) for e in unclosed[:2]] == [(1, 17), (2, 18)]
    assert all(template[e.offset : e.offset + e.length] == "{bad}" for e in unknown)
    assert result.text.count("Emma Smith") == 3000 and result.text.count("{bad}") == 3000


@pytest.mark.parametrize(
    "template",
    [
        "{order.__class__}",
        "{order_id.__class__.__mro__}",
        "{0}",
        "{order_id[0]}",
        "{order_id!r}",
        "{order_id:>10}",
        "{}",
        "{ order_id }",
    ],
)
def test_attribute_index_and_format_access_are_errors(template):
    class Spy:
        def __getattr__(self, name):  # pragma: no cover - must never run
            raise AssertionError("evaluated")

    result = render(template, {"order": Spy(), "order_id": "1"})  # type: ignore[dict-item]
    assert len(result.errors) == 1
    assert result.text == template
    assert "__class__" not in result.text.replace(template, "")


def test_malformed_braces_are_reported():
    errors = check("a { b } c }")
    messages = [e.message for e in errors]
    assert any("{ b }" in m for m in messages)
    assert any("single }" in m for m in messages)
    assert [e.message for e in check("open {order_id")][0].startswith("unclosed {")
    assert check("{{ and }} are fine") == []


def test_missing_values_stay_as_written_and_are_listed():
    result = render("Tracking: {tracking_number} via {carrier}.", {"carrier": "UPS", "tracking_number": None})
    assert result.text == "Tracking: {tracking_number} via UPS."
    assert result.missing == ["tracking_number"]


def test_used_placeholders_lists_known_names_only():
    assert used_placeholders("{buyer} {nope} {cursor} {{edd}}") == ["buyer", "cursor"]


@given(st.text(alphabet="{}ab_.[]0\n ", max_size=40))
def test_any_text_renders_without_crashing(template):
    result = render(template, VALUES)
    assert isinstance(result.text, str)
    for error in result.errors:
        assert 0 <= error.offset < len(template)
