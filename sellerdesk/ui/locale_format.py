"""Dates and numbers the way the user's language writes them (stored ISO and plain, shown localised).

QLocale's default is set for the chosen language at start (ui/i18n.py install_translations), so
`QLocale()` here is the window's locale. Dates always show four-digit years: a record-keeping app
should not write 03/04/26. The C (POSIX) locale says "no preference": dates stay ISO and numbers are
written the English way.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _numbers() -> QLocale:
    locale = QLocale()
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) if _is_c(locale) else locale


#: A table's every date cell asks (data()): each locale's format is worked out once.
_DATE_FORMATS: dict[str, str] = {}


def _date_format(locale: QLocale) -> str:
    key = locale.bcp47Name()
    fmt = _DATE_FORMATS.get(key)
    if fmt is None:
        if _is_c(locale):
            fmt = "yyyy-MM-dd"
        else:
            short = locale.dateFormat(QLocale.FormatType.ShortFormat)
            fmt = short if "yyyy" in short else short.replace("yy", "yyyy")
        _DATE_FORMATS[key] = fmt
    return fmt


def date_format() -> str:
    """The user's short date format with a four-digit year, for date pickers (QDateEdit.setDisplayFormat)."""
    return _date_format(QLocale())


def day(value: str | date | None) -> str:
    """'2026-03-04' -> '3/4/2026' (en), '04/03/2026' (it), '04/03/2026' (vi); '' for nothing."""
    if not value:
        return ""
    iso = value.isoformat() if isinstance(value, date) else str(value)[:10]
    qdate = QDate.fromString(iso, "yyyy-MM-dd")
    if not qdate.isValid():
        return str(value)  # not a date: shown as stored rather than hidden
    locale = QLocale()
    return locale.toString(qdate, _date_format(locale))


def day_range(first: str | date, last: str | date) -> str:
    """Both days included: 'first – last'."""
    return f"{day(first)} – {day(last)}"


def day_time(moment: datetime | None) -> str:
    """A local date and time (the shop's zone, already converted) in the user's format."""
    if moment is None:
        return ""
    locale = QLocale()
    time_format = "HH:mm" if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)
    qt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return locale.toString(qt, f"{_date_format(locale)} {time_format}")


def number(value: int) -> str:
    """An integer with the locale's group separators: 12,345 (en), 12.345 (it, vi)."""
    return _numbers().toString(int(value))


def decimal(value: float, places: int = 2) -> str:
    return _numbers().toString(float(value), "f", places)


def percent(count: int, total: int, places: int = 1) -> str:
    """count / total as a percentage, truncated like core.standards.format_percent (never rounded up across a
    threshold), written with the locale's decimal separator: 94.4% / 94,4%."""
    if total == 0:
        return "—"
    scale = 10**places
    units = (count * 100 * scale) // total
    return fraction_percent(units / scale, places)


def fraction_percent(value: float, places: int = 1) -> str:
    """An already truncated percentage value (0-100) written in the locale."""
    locale = _numbers()
    return f"{locale.toString(float(value), 'f', places)}{locale.percent()}"


def money(minor: int | None, currency: str | None) -> str:
    """Integer minor units -> '1,234.50 USD' (en), '1.234,50 USD' (it)."""
    if minor is None:
        return ""
    return f"{_numbers().toString(minor / 100, 'f', 2)} {currency or ''}".strip()
