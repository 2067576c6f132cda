"""National and regional holidays a seller can load into the shop's calendar (RULES.md 4), from the
`holidays` package (PyPI): every country, movable and lunar-calendar days (Easter, Thanksgiving, Tết),
observed days, and subdivisions where they differ (a US state, a UK nation).

Etsy counts holidays as business days unless the seller lists them, so loading a country is a
choice, never a default. Names come in the country's own language where the package has it
(Vietnamese for Vietnam, Italian for Italy), never in whatever the environment's locale says.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

#: the widest span one load may cover: enough for years of orders, small enough to read before adding
MAX_YEARS = 20
SMALL_WORDS = {"And", "Of", "The", "Da", "Del", "Du"}


@dataclass(frozen=True)
class Holiday:
    day: str  # ISO date
    name: str


def _library() -> Any:
    """The package, imported on first use: it costs about 0.2 s, which the window's start need not pay."""
    import holidays

    return holidays


@cache
def _country_table() -> dict[str, str]:
    """ISO code -> English name, from the package's registry (no country module imported)."""
    from holidays.registry import COUNTRIES

    table = {}
    for module, (_class_name, code, *_aliases) in COUNTRIES.items():
        words = [w.capitalize() for w in module.split("_")]
        table[code] = " ".join(w.lower() if i and w in SMALL_WORDS else w for i, w in enumerate(words))
    return table


def countries() -> list[str]:
    """Every country code the package knows, sorted by name."""
    table = _country_table()
    return sorted(table, key=table.__getitem__)


def country_name(code: str) -> str:
    return _country_table()[_known(code)]


def _known(code: str) -> str:
    wanted = code.strip().upper()
    if wanted not in _country_table():
        raise ValueError(
            f"no holiday calendar for the country '{code}'; use a two-letter ISO code such as US, GB, IT or VN"
        )
    return wanted


@cache
def subdivisions(code: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of the country's subdivisions with their own holidays (US states, UK nations);
    a subdivision the package names only by code is shown by its code."""
    entity = _library().country_holidays(_known(code))
    names: dict[str, str] = {}
    for name, sub in getattr(entity, "subdivisions_aliases", {}).items():
        names.setdefault(sub, name)  # the first alias: Canada lists English before French
    return tuple((sub, names.get(sub, sub)) for sub in entity.subdivisions)


def language_of(code: str) -> str:
    """The language the package writes the country's holiday names in by default (its own)."""
    return str(_library().country_holidays(_known(code)).default_language or "")


def country_holidays(code: str, first_year: int, last_year: int, subdivision: str | None = None) -> list[Holiday]:
    """The public holidays (observed days included) of a country, or one of its subdivisions, in
    first_year..last_year, in date order, named in the country's own language."""
    country = _known(code)
    if last_year < first_year:
        raise ValueError(f"the years run backwards ({first_year} to {last_year}); put the earlier year first")
    if last_year - first_year + 1 > MAX_YEARS:
        raise ValueError(f"{first_year}–{last_year} is more than {MAX_YEARS} years; load a shorter span")
    subs = dict(subdivisions(country))
    if subdivision and subdivision not in subs:
        raise ValueError(
            f"'{subdivision}' is not a subdivision of {country_name(country)}; "
            f"known: {', '.join(subs) or 'none (load the whole country)'}"
        )
    days = _library().country_holidays(
        country,
        subdiv=subdivision or None,
        years=range(first_year, last_year + 1),
        language=language_of(country) or None,
    )
    # One day can hold two holidays: the package joins their names with "; ".
    return [Holiday(day.isoformat(), name) for day, name in sorted(days.items())]
