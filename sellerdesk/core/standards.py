"""Customer Service Standards and Star Seller targets (RULES.md 2 and 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

CSS_WINDOW_DAYS = 90
MESSAGE_RESPONSE_TARGET = Fraction(80, 100)
ON_TIME_TARGET = Fraction(80, 100)
CSS_RESPONSE_HOURS = 48
REVIEWS_SMALL_SHOP = 40
REVIEWS_SMALL_SHOP_MAX = 4
REVIEWS_RATE_LIMIT = Fraction(10, 100)
LOW_REVIEW_MAX_RATING = 3  # CSS "reviews" metric: 3 stars or fewer
PROBLEM_REVIEW_MAX_RATING = 2  # ODR: 2 stars or fewer
CASES_SMALL_SHOP = 300
CASES_SMALL_SHOP_MAX = 3
CASES_RATE_LIMIT = Fraction(1, 100)

STAR_RESPONSE_HOURS = 24
STAR_RESPONSE_TARGET = Fraction(95, 100)
STAR_SHIPPING_TARGET = Fraction(95, 100)
STAR_RATING_TARGET = Fraction(48, 10)
STAR_MIN_ORDERS = 5
STAR_MIN_DAYS_SINCE_FIRST_SALE = 90
#: Minimum sales in the period, in minor units, by currency (USD 300; GBP 200; EUR 250; CAD/AUD 350).
STAR_MIN_SALES_MINOR = {"USD": 30000, "GBP": 20000, "EUR": 25000, "CAD": 35000, "AUD": 35000}


@dataclass(frozen=True)
class Metric:
    """`count` of `total` meet the rule; `meets` is None when there is nothing to judge."""

    count: int
    total: int
    meets: bool | None
    target: str

    @property
    def rate(self) -> float | None:
        return None if self.total == 0 else self.count / self.total

    def as_json(self) -> dict[str, object]:
        return {
            "count": self.count,
            "total": self.total,
            "rate": self.rate,
            "meets": self.meets,
            "target": self.target,
        }


def css_window(as_of: date) -> tuple[date, date]:
    """The 90 days ending the day before as-of: [start, end) with end = as_of."""
    return as_of - timedelta(days=CSS_WINDOW_DAYS), as_of


def at_least(count: int, total: int, target: Fraction, label: str) -> Metric:
    meets = None if total == 0 else Fraction(count, total) >= target
    return Metric(count, total, meets, label)


def message_response(answered: int, first_messages: int) -> Metric:
    return at_least(answered, first_messages, MESSAGE_RESPONSE_TARGET, ">= 80% within 48 h")


def on_time_shipping(on_time: int, shippable: int) -> Metric:
    return at_least(on_time, shippable, ON_TIME_TARGET, ">= 80% on time")


def reviews_metric(low_reviews: int, reviews: int) -> Metric:
    if reviews < REVIEWS_SMALL_SHOP:
        meets = low_reviews <= REVIEWS_SMALL_SHOP_MAX
    else:
        meets = Fraction(low_reviews, reviews) < REVIEWS_RATE_LIMIT
    return Metric(low_reviews, reviews, meets, "< 40 reviews: at most 4 of 3 stars or fewer; else < 10%")


def case_rate(seller_refunded: int, orders: int) -> Metric:
    if orders < CASES_SMALL_SHOP:
        meets = seller_refunded <= CASES_SMALL_SHOP_MAX
    else:
        meets = Fraction(seller_refunded, orders) < CASES_RATE_LIMIT
    return Metric(seller_refunded, orders, meets, "< 300 orders: at most 3; else < 1%")


def star_evaluation_dates(as_of: date) -> tuple[date, date, date]:
    """(last evaluation day, start of its period, start of the running period).

    Evaluated on the 1st of each month over the three previous calendar months; the running
    period is the three calendar months that the next evaluation will look at.
    """
    evaluated = as_of.replace(day=1)
    return evaluated, add_months(evaluated, -3), add_months(evaluated, -2)


def add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def star_response(within_24h: int, first_messages: int) -> Metric:
    return at_least(within_24h, first_messages, STAR_RESPONSE_TARGET, ">= 95% within 24 h")


def star_shipping(on_time_tracked: int, shippable: int) -> Metric:
    return at_least(on_time_tracked, shippable, STAR_SHIPPING_TARGET, ">= 95% on time with tracking")


def rating_meets(rating_sum: int, reviews: int) -> bool | None:
    return None if reviews == 0 else Fraction(rating_sum, reviews) >= STAR_RATING_TARGET


def min_sales_minor(currency: str) -> int:
    return STAR_MIN_SALES_MINOR.get(currency.upper(), STAR_MIN_SALES_MINOR["USD"])


def format_percent(count: int, total: int, decimals: int = 1) -> str:
    """Truncated, never rounded up across a threshold (Etsy truncates too): 9446/10000 -> 94.4%."""
    if total == 0:
        return "—"
    scale = 10**decimals
    units = (count * 100 * scale) // total
    whole, part = divmod(units, scale)
    return f"{whole}.{part:0{decimals}d}%" if decimals else f"{whole}%"


def format_rate(value: float | None) -> str:
    """Truncate a float rate to one decimal of percent (for figures without their counts)."""
    if value is None:
        return "—"
    tenths = int(Fraction(value).limit_denominator(10**9) * 1000)
    return f"{tenths // 10}.{tenths % 10}%"


def first_sale_on(first_sale: date | None, day: date) -> date | None:
    """The first sale as `day` saw it: a later first sale did not exist yet then."""
    return first_sale if first_sale is not None and first_sale <= day else None
