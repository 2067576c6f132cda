"""Fixed-date national holidays a seller can load into the shop's calendar (RULES.md 4).

Only holidays that fall on the same day every year are listed; movable ones (Easter, Thanksgiving,
Tết, bank holidays on a Monday) the seller adds by hand. Etsy counts holidays as business days
unless the seller lists them, so loading a country is a choice, never a default.
"""

from __future__ import annotations

from datetime import date

FIXED_HOLIDAYS: dict[str, tuple[tuple[int, int, str], ...]] = {
    "US": (
        (1, 1, "New Year's Day"),
        (6, 19, "Juneteenth"),
        (7, 4, "Independence Day"),
        (11, 11, "Veterans Day"),
        (12, 25, "Christmas Day"),
    ),
    "GB": ((1, 1, "New Year's Day"), (12, 25, "Christmas Day"), (12, 26, "Boxing Day")),
    "IT": (
        (1, 1, "Capodanno"),
        (1, 6, "Epifania"),
        (4, 25, "Festa della Liberazione"),
        (5, 1, "Festa del Lavoro"),
        (6, 2, "Festa della Repubblica"),
        (8, 15, "Ferragosto"),
        (11, 1, "Ognissanti"),
        (12, 8, "Immacolata Concezione"),
        (12, 25, "Natale"),
        (12, 26, "Santo Stefano"),
    ),
    "VN": (
        (1, 1, "Tết Dương lịch"),
        (4, 30, "Ngày Giải phóng miền Nam"),
        (5, 1, "Ngày Quốc tế Lao động"),
        (9, 2, "Quốc khánh"),
    ),
    "CA": ((1, 1, "New Year's Day"), (7, 1, "Canada Day"), (12, 25, "Christmas Day"), (12, 26, "Boxing Day")),
    "AU": (
        (1, 1, "New Year's Day"),
        (1, 26, "Australia Day"),
        (4, 25, "Anzac Day"),
        (12, 25, "Christmas Day"),
        (12, 26, "Boxing Day"),
    ),
    "DE": (
        (1, 1, "Neujahr"),
        (5, 1, "Tag der Arbeit"),
        (10, 3, "Tag der Deutschen Einheit"),
        (12, 25, "1. Weihnachtstag"),
        (12, 26, "2. Weihnachtstag"),
    ),
    "FR": (
        (1, 1, "Jour de l'an"),
        (5, 1, "Fête du Travail"),
        (5, 8, "Victoire 1945"),
        (7, 14, "Fête nationale"),
        (8, 15, "Assomption"),
        (11, 1, "Toussaint"),
        (11, 11, "Armistice 1918"),
        (12, 25, "Noël"),
    ),
}

COUNTRY_NAMES = {
    "US": "United States",
    "GB": "United Kingdom",
    "IT": "Italy",
    "VN": "Vietnam",
    "CA": "Canada",
    "AU": "Australia",
    "DE": "Germany",
    "FR": "France",
}


def countries() -> list[str]:
    return sorted(FIXED_HOLIDAYS)


def fixed_holidays(country: str, years: int | list[int]) -> list[tuple[str, str]]:
    """(ISO day, name) of the country's fixed-date holidays in the given year(s)."""
    wanted = [years] if isinstance(years, int) else list(years)
    try:
        table = FIXED_HOLIDAYS[country.upper()]
    except KeyError:
        raise ValueError(f"no holiday list for '{country}'; known: {', '.join(countries())}") from None
    return [(date(y, m, d).isoformat(), name) for y in wanted for m, d, name in table]
