"""Rule settings: every choice SellerDesk makes where Etsy published nothing (RULES.md, docs/rules.md),
with its default, a one-line reason, and the figures it changes. Stored per shop as text."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class RuleSettings:
    #: ODR window: its length, and how many days before the as-of day it ends (RULES.md 1)
    odr_window_days: int = 60
    odr_lag_days: int = 30
    #: an auto-reply answers a first message for the 48-hour standard (Star Seller always counts it)
    auto_replies_count: bool = True
    #: an unanswered first message still inside its 48 hours is left out until it can be judged
    pending_threads_left_out: bool = True
    #: excluded reviews stay in the reviews figure's total (never among its low ones)
    excluded_reviews_in_total: bool = True
    #: the Star Seller average rating includes excluded reviews
    star_average_includes_excluded: bool = False
    #: a case refunded from the seller's money is placed in a period by its closed date (else: opened)
    refunded_case_by_closed_date: bool = True
    #: a past as-of day sees replies recorded after it
    past_day_sees_later_replies: bool = True
    #: a thread is spam when its first message is (else: when any of its messages is)
    spam_by_first_message: bool = True

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> RuleSettings:
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in values:
                text = str(values[f.name]).strip()
                try:
                    kwargs[f.name] = (text.lower() in ("1", "true", "yes")) if f.type in (bool, "bool") else int(text)
                except ValueError:
                    continue  # a damaged value: the default stands
        return cls(**kwargs)

    def as_mapping(self) -> dict[str, str]:
        return {f.name: _text(getattr(self, f.name)) for f in fields(self)}

    def as_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def non_default(self) -> list[str]:
        """The names of the settings that differ from their defaults."""
        defaults = RuleSettings()
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(defaults, f.name)]

    def with_(self, **changes: Any) -> RuleSettings:
        return replace(self, **changes)

    def describe(self) -> str:
        return f"ODR window: {self.odr_window_days} days ending {self.odr_lag_days} days ago (Settings > Rules)"


def _text(value: Any) -> str:
    return ("1" if value else "0") if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class Choice:
    """One rule choice as the Settings page shows it."""

    key: str
    label: str
    reason: str
    #: the status figures it changes, as paths in `shop_status`'s JSON
    affects: tuple[str, ...]


#: The yes/no choices, in the order the Settings page shows them (the window's days are numbers).
CHOICES = (
    Choice(
        "auto_replies_count",
        "Auto-replies count as answers for the 48-hour standard",
        "Etsy counts them for Star Seller and says nothing else about the 48-hour standard.",
        ("standards.message_response",),
    ),
    Choice(
        "pending_threads_left_out",
        "Leave out unanswered messages still inside their 48 hours",
        "They can still be answered in time; counting them early would lower the rate for a day or two.",
        ("standards.message_response", "star_seller.running_period.message_response"),
    ),
    Choice(
        "excluded_reviews_in_total",
        "Excluded reviews stay in the reviews figure's total",
        "Seller protection takes a review out of the low ones; Etsy does not say it removes the review.",
        ("standards.reviews",),
    ),
    Choice(
        "star_average_includes_excluded",
        "Excluded reviews count in the Star Seller average rating",
        "Off by default: a review Etsy excused should not pull the average down.",
        ("star_seller.last_evaluation.rating", "star_seller.running_period.rating"),
    ),
    Choice(
        "refunded_case_by_closed_date",
        "Place a seller-refunded case by its closed date (not its opened date)",
        "The refund comes out of the seller's money when the case closes.",
        (
            "standards.case_rate",
            "star_seller.last_evaluation.case_rate",
            "star_seller.running_period.case_rate",
        ),
    ),
    Choice(
        "past_day_sees_later_replies",
        "A past day's figures count replies recorded after that day",
        "Etsy's own figures are recomputed as records arrive; off shows what was known on the day.",
        ("standards.message_response", "star_seller.running_period.message_response"),
    ),
    Choice(
        "spam_by_first_message",
        "A thread is spam when its first message is marked spam",
        "Etsy judges a thread by its first message; off: any message marked spam takes the thread out.",
        ("standards.message_response", "star_seller.last_evaluation.message_response"),
    ),
)
