"""Order dissatisfaction rate rules (RULES.md 1): window, rate, warning criteria, headroom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

ODR_LIMIT = Fraction(1, 100)
ODR_LIMIT_FLOAT = 0.01
#: Etsy's thresholds for a customer-service warning (all three must hold).
MIN_PROBLEMS_ALL_TIME = 3
MIN_PROBLEMS_IN_WINDOW = 2
#: Dashboard colour zones: amber from this rate on (a SellerDesk default, not Etsy's).
APPROACHING_RATE = Fraction(75, 10000)

EXCLUSION_REASONS = (
    "carrier_delay",
    "lost_in_transit_shipped_on_time",
    "natural_disaster",
    "abusive_review",
    "accidental_case",
)


@dataclass(frozen=True)
class Window:
    """A half-open range of shop-local days: start inclusive, end exclusive."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def as_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def odr_window(as_of: date, length_days: int = 60, lag_days: int = 30) -> Window:
    """`as_of - (lag + length) <= order_date < as_of - lag` (default: 90 to 30 days ago)."""
    end = as_of - timedelta(days=lag_days)
    return Window(end - timedelta(days=length_days), end)


def rate(count: int, total: int) -> float | None:
    """A fraction, or None when there is nothing to divide by ("no orders", never 0%)."""
    return None if total == 0 else count / total


def at_or_over_limit(problems: int, orders: int) -> bool:
    return orders > 0 and Fraction(problems, orders) >= ODR_LIMIT


def headroom(problems: int, orders: int) -> int:
    """Largest d with (problems + d) / orders < 1%; 0 when already at or over the limit."""
    if orders == 0:
        return 0
    # (K + d) / N < 1/100  <=>  100 (K + d) < N  <=>  K + d <= (N - 1) // 100
    return max(0, (orders - 1) // 100 - problems)


def clean_orders_needed(problems: int, orders: int) -> int:
    """Smallest c with problems / (orders + c) < 1%."""
    # K / (N + c) < 1/100  <=>  N + c > 100 K
    return max(0, 100 * problems - orders + 1) if problems else 0


@dataclass(frozen=True)
class WarningCriteria:
    rate_at_or_over_limit: bool
    three_since_first_sale: bool
    two_in_window: bool

    @property
    def warning(self) -> bool:
        return self.rate_at_or_over_limit and self.three_since_first_sale and self.two_in_window

    def as_json(self) -> dict[str, bool]:
        return {
            "rate_at_or_over_limit": self.rate_at_or_over_limit,
            "three_since_first_sale": self.three_since_first_sale,
            "two_in_window": self.two_in_window,
        }


def warning_criteria(problems: int, orders: int, problems_all_time: int) -> WarningCriteria:
    return WarningCriteria(
        rate_at_or_over_limit=at_or_over_limit(problems, orders),
        three_since_first_sale=problems_all_time >= MIN_PROBLEMS_ALL_TIME,
        two_in_window=problems >= MIN_PROBLEMS_IN_WINDOW,
    )


def zone(problems: int, orders: int) -> str:
    """'none' (no orders), 'green', 'amber' (approaching) or 'red' (at or over 1%)."""
    if orders == 0:
        return "none"
    value = Fraction(problems, orders)
    if value >= ODR_LIMIT:
        return "red"
    if value >= APPROACHING_RATE:
        return "amber"
    return "green"


def entry_dates(order_date: date, length_days: int = 60, lag_days: int = 30) -> tuple[date, date]:
    """The first as-of day whose window holds this order, and the first whose window doesn't."""
    enters = order_date + timedelta(days=lag_days + 1)
    leaves = order_date + timedelta(days=lag_days + length_days + 1)
    return enters, leaves
