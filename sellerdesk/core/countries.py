"""Country names as Etsy writes them in its downloads, for telling domestic from international orders
(the EDD uses the international transit time, RULES.md 4)."""

from __future__ import annotations

#: ISO code -> the names a download may use (lower case). Codes not listed compare by code only.
NAMES: dict[str, tuple[str, ...]] = {
    "US": ("united states", "united states of america", "usa", "us"),
    "GB": ("united kingdom", "uk", "great britain", "england", "scotland", "wales", "northern ireland", "gb"),
    "IT": ("italy", "italia", "it"),
    "VN": ("vietnam", "viet nam", "vn"),
    "CA": ("canada", "ca"),
    "AU": ("australia", "au"),
    "DE": ("germany", "deutschland", "de"),
    "FR": ("france", "fr"),
    "ES": ("spain", "españa", "es"),
    "NL": ("netherlands", "the netherlands", "nl"),
    "IE": ("ireland", "ie"),
    "BE": ("belgium", "be"),
    "AT": ("austria", "at"),
    "PT": ("portugal", "pt"),
    "PL": ("poland", "pl"),
    "SE": ("sweden", "se"),
    "NZ": ("new zealand", "nz"),
}


def is_international(ship_country: str | None, shop_country: str) -> bool:
    """True when the ship-to country is known and is not the shop's own; unknown means domestic."""
    name = (ship_country or "").strip().lower()
    if not name:
        return False
    known = NAMES.get(shop_country.upper(), (shop_country.lower(),))
    return name not in known
