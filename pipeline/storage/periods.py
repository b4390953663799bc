"""The calendar unit a figure counts, for ``vnie query ratios --by year|half|quarter|month``.

A ratio keeps the period it counts (``period_start`` … ``period_end``: "năm 2024" is
2024-01-01 … 2024-12-31). Grouped by half-year, a figure is placed in the half its period lies in
("6 tháng đầu năm 2024" -> 2024-H1; a meeting's attendance on 2024-06-14 -> 2024-H1). A period
longer than the unit asked for is never split nor pushed into one of its parts: it keeps the
standard unit it covers exactly ("năm 2024" stays "2024" under ``--by half``), else its months
("9 tháng năm 2023" -> "2023-01..2023-09"), so a year's total is never added to a half-year's.
Nor is a part of the unit pushed up into it: reports give running totals ("6 tháng đầu năm",
"9 tháng", "năm 2024"), so under ``--by year`` the first half stays "2024-H1" beside "2024".
A day (a meeting's attendance) goes into the unit that holds it.
A figure with no period written is placed by its article's date, and the query says so.
"""
from __future__ import annotations

import calendar
import datetime as dt

GRAINS = ["month", "quarter", "half", "year"]  # finest first


def parse(value: str | None, last: bool = False) -> dt.date | None:
    """"2024", "2024-06" or "2024-06-14" as its first day (or last day with ``last``); None if not a date."""
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
        if len(parts) > 2:
            return dt.date(year, month, int(parts[2]))
        return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    except (ValueError, IndexError):
        return None


def unit(day: dt.date, grain: str) -> str:
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    return f"{day.year:04d}"


def unit_bounds(day: dt.date, grain: str) -> tuple[dt.date, dt.date]:
    """First and last day of the unit of ``grain`` that holds ``day``."""
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[grain]
    first_month = (day.month - 1) // months * months + 1
    last_month = first_month + months - 1
    return (dt.date(day.year, first_month, 1),
            dt.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1]))


def period_label(start: str | None, end: str | None, fallback: str | None, grain: str) -> str:
    """The group a figure falls in: its period's unit of ``grain``, or the larger standard unit its
    period covers exactly, or its months; by ``fallback`` (the article's date) when it has no period."""
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {', '.join(GRAINS)}")
    first = parse(start)
    last = parse(end or start, last=True)
    if first is None:
        first = last = parse(fallback)
        if first is None:
            return "?"
        last = parse(fallback, last=True)
    if last is None or last < first:
        last = first
    if unit(first, grain) == unit(last, grain):
        if first == last or (first, last) == unit_bounds(first, grain):
            return unit(first, grain)
        # a part of the unit ("6 tháng đầu năm 2024" under --by year): reports give running totals
        # (6 months, 9 months, the year), so a part is never added to its whole: its own unit
        for finer in reversed(GRAINS[:GRAINS.index(grain)]):
            if unit_bounds(first, finer) == (first, last):
                return unit(first, finer)
        return f"{first.year:04d}-{first.month:02d}..{last.year:04d}-{last.month:02d}"
    for coarser in GRAINS[GRAINS.index(grain) + 1:]:
        if unit_bounds(first, coarser) == (first, last):
            return unit(first, coarser)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"{first.year:04d}..{last.year:04d}"  # "nhiệm kỳ 2020 - 2025": whole years
    return f"{first.year:04d}-{first.month:02d}..{last.year:04d}-{last.month:02d}"


def register(conn) -> None:
    conn.create_function("vnie_period", 4, period_label, deterministic=True)
