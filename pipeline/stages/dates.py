"""Dates stage: date expressions resolved to the calendar.

Values follow ``../shared/eval/README.md``: a day ``2024-06-14``, a month ``2024-06``, a
year ``2024``, a period ``2024-01-01/2024-06-30`` or a span of years ``2020/2025``.
Patterns are tried longest first and each character belongs to one expression. A year
the text leaves out comes from the publication date, else from the year the same
sentence, paragraph or title names; else the date keeps no value and says why.
"""
from __future__ import annotations

import calendar
from bisect import bisect_left
import datetime as dt
from dataclasses import dataclass, replace

import regex

from .. import patterns

from ..models import DateFact
from ..ruleset import Rules, alternation, compiled, whole_words
from .state import DateMatch




LETTER = patterns.compile(r"\p{L}")
DIGIT = patterns.compile(r"\d")
DIGIT_BEFORE = patterns.compile(r"\d\s*$")
SPACES = patterns.compile(r"\s+")
# "9 tháng năm 2024", "6 tháng qua", "trong 9 tháng", "kết quả 6 tháng": a period, not a duration
PERIOD_AFTER = patterns.compile(r"\s*(?:đầu\s+năm|năm|qua|\d{4}|/)")
PERIOD_BEFORE = patterns.compile(r"(?:trong|kết quả)\s*$", regex.I)

class DateRules:
    def __init__(self, rules: Rules):
        r = rules.dates
        self.month_names = r["month_names"]
        self.numbers = r["numbers"]
        self.quarters = r["quarters"]
        self.periods = r["periods"]
        self.relative = r["relative"]
        self.sides = r["period_sides"]
        pre = alternation(r["day_parts"] + r["weekdays"] + r["before_day"])
        N = r"(?<![\d.,/-])"
        E = r"(?![\d/]|[.,-]\d)"
        Y = r"(?P<y>(?:19|20)\d\d)"
        wd = alternation(r["weekdays"])
        num = rf"\d{{1,2}}|{alternation(self.numbers)}"
        # (rule, pattern), longest and surest first: a character taken by one is not read again.
        self.patterns = [
            ("iso", patterns.compile(rf"{N}{Y}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{E}")),
            ("iso-month", patterns.compile(rf"^\s*{Y}-(?P<m>[01]\d)\s*$")),
            # a day of the lunar calendar: "ngày 7 tháng 2 năm Bính Thân", "15/8 âm lịch"
            ("lunar", patterns.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:\s+tháng\s+|/)"
                                    rf"(?P<m>\d{{1,2}}|{alternation(self.month_names)})(?![\p{{L}}\d/])"
                                    rf"(?:\s+năm\s+(?:{alternation(r['lunar_stems'])})\s+(?:{alternation(r['lunar_branches'])})"
                                    rf"|\s*\(?\s*(?:{alternation(r['lunar_markers'])})\)?)(?![\p{{L}}])", regex.I)),
            ("dmy-words", patterns.compile(rf"(?:(?:{pre})\s+)*ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+{Y})?{E}", regex.I)),
            # "từ ngày 3 đến 5/12", "ngày 9-10/4", "ngày 9 và 10/4/2024", "từ 9 đến 11/12", "trong 2 ngày (9 và
            # 10/12)": two days of one month
            ("d-d/m", patterns.compile(rf"(?:(?:từ\s+)?ngày\s+|(?<![\p{{L}}])từ\s+|(?<=(?<![\p{{L}}])ngày\s{{0,2}})\(\s*)(?P<d0>\d{{1,2}})\s*(?:-|–|và|đến|tới)\s*(?:ngày\s+)?(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?:(?P=sep){Y})?{E}", regex.I)),
            ("dmy", patterns.compile(rf"{N}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep){Y}{E}", regex.I)),
            # "ngày 6 - 12": some papers space the dash of a day
            # not a time ("lúc 1-2h", "1-2 giờ")
            ("dm", patterns.compile(rf"(?<=\s)(?P<d>\d{{1,2}})(?P<sep>[/.-]|\s[-–]\s)(?P<m>\d{{1,2}}){E}(?![\p{{L}}])(?!\s*(?:giờ|tiếng|phút)(?![\p{{L}}]))", regex.I)),
            ("month-year", patterns.compile(rf"(?:(?:{pre})\s+)?tháng\s+(?P<m>\d{{1,2}}|{alternation(self.month_names)})(?:\s*[/-]\s*|\s+năm\s+){Y}{E}", regex.I)),
            ("quarter", patterns.compile(rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d])(?:(?:\s*[/-]\s*|\s+năm\s+){Y})?{E}", regex.I)),
            # "7 tháng đầu năm 2019", "5 tháng cuối năm": any count of months from either end of a year
            ("months-of-year", patterns.compile(rf"(?<![\p{{L}}\d])(?P<n>{num})\s+tháng\s+(?P<side>{alternation(self.sides)})(?:\s*[/-]\s*|\s+)?{Y}?{E}(?![\p{{L}}])", regex.I)),
            ("period", patterns.compile(rf"(?<![\p{{L}}\d])(?P<p>{alternation(self.periods)})(?:\s*[/-]\s*|\s+)?{Y}?{E}(?![\p{{L}}])", regex.I)),
            # "nhiệm kỳ 2020-2025", "nhiệm kỳ VI (2015-2020)", "(2015 - 2020)"
            ("span", patterns.compile(rf"(?:(?:{alternation(r['spans'])})\s+(?:[IVXL]+\s+)?(?:(?P<open>\()\s*)?(?:năm\s+)?|(?P<open>\()\s*)"
                                   rf"{Y}\s*[-–—]\s*(?P<y2>(?:19|20)\d\d){E}(?(open)\s*\))", regex.I)),
            # a season or a school year: "mùa giải 2014/15", "2012/2013" (consecutive years)
            ("season", patterns.compile(rf"(?:(?<![\p{{L}}])(?:{alternation(r['edition_before'])})\s+)?{N}{Y}/(?P<y2>\d\d(?:\d\d)?){E}", regex.I)),
            # a decade: "thập niên 90", "những năm 1980"
            ("decade", patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['decade_words'])})\s+(?:(?P<c>19|20)(?P<dd>\d)0|(?P<d2>[1-9])0)s?"
                                     rf"(?![\d\p{{L}}])(?!\s*(?:,|và|[-–])\s*\d)", regex.I)),
            # two years of the last century: "năm 92 – 94"
            ("short-span", patterns.compile(r"(?<![\p{L}])năm\s+(?P<a>[3-9]\d)\s*[-–—]\s*(?P<b>[3-9]\d)(?![\d\p{L}/])", regex.I)),
            # years listed after "năm": "các năm 2001, 2006 và 2013"
            ("year-list", patterns.compile(rf"(?:(?:{pre})\s+)?năm\s+{Y}(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?:năm\s+)?(?:19|20)\d\d{E}(?![\d\p{{L}}]))+", regex.I)),
            ("month", patterns.compile(rf"(?:(?:{pre})\s+)?tháng\s+(?P<m>1[0-2]|0?[1-9]|{alternation(self.month_names)})(?![\p{{L}}\d/])", regex.I)),
            # "những tháng còn lại của năm 2019": the months after the period from the year's start the text named
            ("rest-of-year", patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['rest_of_year'])})\s+(?:của\s+)?năm\s+{Y}{E}", regex.I)),
            ("year", patterns.compile(rf"(?:(?:{pre})\s+)?năm\s+{Y}{E}", regex.I)),
            # "SN 1966" (born in), "tới 2020", "hè 2018": a year without the word "năm".
            ("bare-year", patterns.compile(rf"(?:\b(?:SN|sn)\s+|(?<![\p{{L}}])(?:{alternation(r['bare_year_before'])})\s+){Y}{E}(?!\s*[-–]\s*\d)", regex.I)),
            ("relative-year", patterns.compile(rf"(?<![\p{{L}}])(?P<rel>{alternation(r['relative_years'])})(?![\p{{L}}])", regex.I)),
            # an edition's year: "VTV Awards 2024", "U23 châu Á 2018", "live show 2008"
            ("edition", patterns.compile(rf"{N}{Y}{E}(?![\p{{L}}\d])(?!\s*[-–—/]\s*\d)")),
            ("relative", patterns.compile(rf"(?<![\p{{L}}])(?P<rel>{alternation(self.relative)})(?![\p{{L}}])", regex.I)),
            ("bare-dm", patterns.compile(rf"(?<=(?:^|[(,;–-]\s*|\s(?:và|đến|tới)\s+|(?<![\p{{L}}])(?:{alternation(r['day_occasions'])})\s+))(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\d/]|[.,]\d)", regex.I)),
            # A named day: "Ngày Thương binh liệt sỹ 27/7", "ngày Quốc khánh 2/9" (name words only).
            ("named-day", patterns.compile(r"(?<=(?<![\p{L}])[Nn]gày(?:\s+[\p{L}–-]+){1,6}\s+)(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)")),
        ]
        # The words before a day, read backwards from it (cheaper than trying them at every position):
        # optional before "14/6/2024", required before "14/6" ("Sáng 14/6", "ngày 6 - 12").
        self.prefixes = {
            "dmy": (patterns.compile(rf"(?:(?:(?:{wd})\s*,\s*)|(?:(?:{pre})\s+)*(?:ngày\s+)?)$", regex.I), False),
            "dm": (patterns.compile(rf"(?:(?:(?:{pre})\s+)+(?:ngày\s+)?|ngày\s+)$", regex.I), True),
            "lunar": (patterns.compile(rf"(?:(?:{pre})\s+)*(?:(?:ngày|mùng|mồng)\s+)?$", regex.I), False),
            # an edition's year follows an event's word or a name (case matters: no IGNORECASE)
            "edition": (patterns.compile(rf"(?:(?<![\p{{L}}])(?:{alternation({v for w in r['edition_before'] for v in (w, w.capitalize(), w.upper())})})"
                                      rf"|(?<![\p{{L}}\p{{M}}\d])\p{{Lu}}[\p{{L}}\p{{M}}\d]*|[)\"”])\s$"), True),
        }
        self.ratio_verbs = patterns.compile(whole_words(rules.ratios['verbs']), regex.I)
        self.term_spans = patterns.compile(rf"(?:{alternation(r['term_spans'])})\s", regex.I)
        self.birth_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['birth_before'])})\s+(?:ngày\s+|năm\s+|tháng\s+)?$")
        self.target_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['target_before'])})\s+(?:năm\s+|hết\s+năm\s+)?$", regex.I)
        self.compare_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['compare_before'])})(?:\s+\p{{L}}+){{0,2}}\s+$", regex.I)
        self.future = patterns.compile(whole_words(r['future_words']), regex.I)
        self.term_opener = patterns.compile(whole_words(r['term_openers']), regex.I)
        self.review = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['review_words'])})(?:\s+[\p{{L}}\p{{M}},]+){{0,6}}\s+$", regex.I)
        self.counted_after = patterns.compile(r"^\s*(?:\p{Ll}+\s*)?(?:" + alternation(rules.ratios["counted"]) + r")(?![\p{L}])")
        self.counted_next = patterns.compile(r"\s*(?:" + alternation(rules.ratios["counted"]) + r")(?![\p{L}])")
        self.durations = {k.casefold() for k in r["durations"]}
        # what a sentence must hold for a date without digits: "tháng Sáu", "quý I", "đầu năm", "hôm nay"
        self.word_cue = patterns.compile(rf"(?<![\p{{L}}])(?:tháng|năm|quý|{alternation(self.relative)}|{alternation(self.periods)})"
                                      rf"(?![\p{{L}}])", regex.I)
        self.edition_words = {w.casefold() for w in r["edition_before"]}
        self.numbered_before = patterns.compile(rf"(?:{alternation(r['numbering_words'])})\s+$")  # case matters
        self.another_year_after = patterns.compile(rf"\s+(?:{alternation(r['another_year_after'])})(?![\p{{L}}])")
        self.relative_years = {k.casefold(): v for k, v in r["relative_years"].items()}
        self.year_count_before = patterns.compile(rf"(?:(?<![\p{{L}}])(?:{alternation(r['year_count_before'])})|\d)\s+$", regex.I)
        self.same_day_before = patterns.compile(rf"(?:\(|,|-|–)\s*(?:{alternation(r['same_day_markers'])})\s+$", regex.I)
        self.occasion_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['day_occasions'])})\s+$", regex.I)


# "năm qua" (the past year) published from this month on is the year then ending, before it the one before.
PAST_YEAR_FROM_MONTH = 11

FRACTION_BEFORE = patterns.compile(r"(?<![\d/])\d{1,3}/\d{1,3}\s*[,;]\s*(?:hoặc\s+|và\s+)?$")

PREFIX_WINDOW = 60  # characters read back for the words before a day

# The patterns that can match without a digit; they need one of the date words of ``word_cue``.
WORD_RULES = {"quarter", "months-of-year", "period", "month", "relative", "relative-year"}


def date_rules(rules: Rules) -> DateRules:
    return compiled(rules, DateRules)


def _valid(y, m, d) -> bool:
    try:
        dt.date(y or 2000, m, d)
        return True
    except (ValueError, TypeError):
        return False


def _verb_between(before: str, dr: DateRules) -> bool:
    """Whether a ratio verb stands between "Ngày" and a named day ("ngày làm việc đạt 7/11")."""
    name = before[before.casefold().rfind("ngày"):]
    return bool(dr.ratio_verbs.search(name))


def find_dates(text: str, dr: DateRules, prefilter: bool = True) -> list[DateMatch]:
    """All date expressions in ``text``: patterns in their order, each character read once.
    ``prefilter=False`` tries every pattern even where the sentence has no digit or no date word
    (the same dates, slower: a test holds the shortcut to that)."""
    digits, words = bool(DIGIT.search(text)), bool(dr.word_cue.search(text))
    if not prefilter:
        digits = words = True
    if not (digits or words):
        return []  # no digit and no date word: no pattern can match
    taken = bytearray(len(text) + 1)  # 1 where a date already holds the character: linear, not pairwise
    out: list[DateMatch] = []
    for rule, pat in dr.patterns:
        if not (words if rule in WORD_RULES else digits):
            continue
        make = MAKERS[rule]
        prefix, required = dr.prefixes.get(rule, (None, False))
        for m in pat.finditer(text):
            s, e = m.span()
            if prefix is not None:
                before = prefix.search(text, max(0, s - PREFIX_WINDOW), s)
                if before is None or required and before.start() == s:
                    continue
                s = before.start()
            if s == e or any(taken[s:e]):
                continue
            if rule == "bare-dm":
                listed = FRACTION_BEFORE.search(text, max(0, s - 16), s)
                if listed and not taken[listed.start()]:
                    continue  # "bậc thợ 4/7, 3/6": a list of fractions goes on, not a day
            found = make(Match(m, rule, text, s), dr)
            if not found:
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.extend(found)
    out.sort(key=lambda f: f.start)
    return _restated(out, text, dr) if any(f.lunar for f in out) else out


def _restated(found: list[DateMatch], text: str, dr: DateRules) -> list[DateMatch]:
    """A lunar day that restates the solar day before it ("ngày 15/3/2016 (tức ngày 7 tháng 2 năm
    Bính Thân)") names that solar day; any other lunar day keeps no solar value."""
    out = []
    for i, f in enumerate(found):
        prev = found[i - 1] if i else None
        if f.lunar and prev is not None and prev.kind == "day" and not prev.lunar \
                and dr.same_day_before.search(text, prev.end, f.start) and f.start - prev.end < 16:
            f = DateMatch(f.start, f.end, "day", f.rule, prev.y, prev.m, prev.d)
        out.append(f)
    return out


@dataclass
class Match:
    """A pattern's match and where it stands: what a maker reads."""
    m: regex.Match
    rule: str
    text: str
    start: int  # where the expression starts: its words before the digits included

    @property
    def end(self) -> int:
        return self.m.end()

    def num(self, group: str) -> int | None:
        value = self.m.groupdict().get(group)
        return int(value) if value and value.isdigit() else None

    def group(self, name: str) -> str:
        return self.m.groupdict().get(name) or ""

    def date(self, kind: str, **values) -> list[DateMatch]:
        return [DateMatch(self.start, self.end, kind, self.rule, **values)]


# The makers: one per kind of expression, each checking what its pattern cannot.

def _day(x: Match, dr: DateRules) -> list[DateMatch]:
    d, mo, y = x.num("d"), x.num("m"), x.num("y")
    if not _valid(y, mo, d):
        return []
    if x.rule == "dm" and x.group("sep") == "." and not LETTER.search(x.text, x.start, x.end):
        return []  # "3.5" is a number, "Sáng 3.5" a day
    if x.rule in {"bare-dm", "named-day"} and dr.counted_after.match(x.text[x.end:]) \
            and not dr.occasion_before.search(x.text[:x.start]):
        return []  # "đạt 7/11 xã": a ratio; "đợt 2/9 cho đảng viên": a day
    if x.rule == "named-day" and _verb_between(x.text[:x.start], dr):
        return []
    return x.date("day", y=y, m=mo, d=d)


def _two_days(x: Match, dr: DateRules) -> list[DateMatch]:
    """"ngày 9-10/4", "từ ngày 3 đến 5/12/2019": one day each, the month and year shared."""
    d0, d, mo, y = x.num("d0"), x.num("d"), x.num("m"), x.num("y")
    if not (_valid(y, mo, d0) and _valid(y, mo, d)) or d0 >= d:
        return []
    return [DateMatch(x.start, x.m.end("d0"), "day", x.rule, y, mo, d0),
            DateMatch(x.m.start("d"), x.end, "day", x.rule, y, mo, d)]


def _month(x: Match, dr: DateRules) -> list[DateMatch]:
    mo = x.num("m") or dr.month_names.get(x.group("m").casefold())
    if not mo or not 1 <= mo <= 12:
        return []
    if x.rule == "month" and DIGIT_BEFORE.search(x.text, 0, x.start):  # "6 tháng" is a duration
        return []
    return x.date("month", y=x.num("y"), m=mo)


def _quarter(x: Match, dr: DateRules) -> list[DateMatch]:
    q = dr.quarters.get(x.group("q").upper(), dr.quarters.get(x.group("q")))
    return x.date("period", y=x.num("y"), m=3 * q - 2, m2=3 * q)


def _months_of_year(x: Match, dr: DateRules) -> list[DateMatch]:
    n = x.num("n") or dr.numbers.get(x.group("n").casefold())
    if not n or not 1 <= n <= 11:
        return []
    first = dr.sides[SPACES.sub(" ", x.group("side")).casefold()] == "first"
    return x.date("period", y=x.num("y"), m=1 if first else 13 - n, m2=n if first else 12)


def _period(x: Match, dr: DateRules) -> list[DateMatch]:
    key = SPACES.sub(" ", x.group("p")).casefold()
    months = dr.periods.get(key)
    y = x.num("y")
    if months is None:  # "đầu năm 2024", "cuối năm": the year itself
        if y is None and not key.startswith(("cuối", "đầu", "giữa")):
            return []
        return x.date("year", y=y)
    if key in dr.durations and y is None and not _a_period_not_a_duration(x):
        return []  # "sau 6 tháng" is how long, not when
    return x.date("period", y=y, m=months[0], m2=months[1])


def _a_period_not_a_duration(x: Match) -> bool:
    """"9 tháng năm 2024", "6 tháng qua", "trong 9 tháng", "kết quả 6 tháng": the months of this year."""
    return bool(PERIOD_AFTER.match(x.text, x.end) or PERIOD_BEFORE.search(x.text, 0, x.start))


def _span(x: Match, dr: DateRules) -> list[DateMatch]:
    y, y2 = x.num("y"), x.num("y2")
    if not y < y2 <= y + 10:
        return []
    return x.date("span", y=y, y2=y2)


def _year(x: Match, dr: DateRules) -> list[DateMatch]:
    if x.rule == "bare-year" and not x.m.group().startswith(("SN", "sn")) and dr.counted_after.match(x.text[x.end:]):
        return []  # "tới 2020 người" counts people
    return x.date("year", y=x.num("y"))


def _lunar(x: Match, dr: DateRules) -> list[DateMatch]:
    """A day of the lunar calendar: no solar value of its own (``find_dates`` gives it the solar
    day it restates, "ngày 15/3/2016 (tức ngày 7 tháng 2 năm Bính Thân)")."""
    d = x.num("d")
    mo = x.num("m") or dr.month_names.get(x.group("m").casefold())
    if not (d and mo and 1 <= d <= 30 and 1 <= mo <= 12):
        return []
    return [DateMatch(x.start, x.end, "day", x.rule, None, mo, d, lunar=True)]


def _season(x: Match, dr: DateRules) -> list[DateMatch]:
    """"mùa giải 2014/15", "năm học 2012/2013": two consecutive years."""
    y, y2 = x.num("y"), x.num("y2")
    if y2 is not None and y2 < 100:
        y2 += y - y % 100
    if y2 != y + 1:
        return []
    return x.date("span", y=y, y2=y2)


def _decade(x: Match, dr: DateRules) -> list[DateMatch]:
    """"thập niên 90" 1990/1999, "những năm 2000" 2000/2009."""
    if x.group("c"):
        y = int(x.group("c")) * 100 + int(x.group("dd")) * 10
    else:
        y = 1900 + int(x.group("d2")) * 10
    return x.date("span", y=y, y2=y + 9)


def _short_span(x: Match, dr: DateRules) -> list[DateMatch]:
    a, b = x.num("a"), x.num("b")
    if not a < b <= a + 10:
        return []
    return x.date("span", y=1900 + a, y2=1900 + b)


YEAR = patterns.compile(r"(?:19|20)\d\d")


def _year_list(x: Match, dr: DateRules) -> list[DateMatch]:
    """"các năm 2001, 2006 và 2013": one year each; the first keeps the words before it."""
    years = list(YEAR.finditer(x.text, x.m.start("y"), x.end))
    if dr.counted_after.match(x.text[x.end:]):
        return []  # "năm 2020, 2021 hộ": the last is a count
    return [DateMatch(x.start if i == 0 else m.start(), m.end(), "year", x.rule, int(m.group()))
            for i, m in enumerate(years)]


def _relative_year(x: Match, dr: DateRules) -> list[DateMatch]:
    """"năm nay", "năm qua": a year counted from the publication's; not "những năm qua" (many
    years), "3 năm trước" (a length of time) or "năm trước đó" (the year before another)."""
    if dr.year_count_before.search(x.text, max(0, x.start - 12), x.start):
        return []
    if dr.another_year_after.match(x.text, x.end):
        return []
    key = SPACES.sub(" ", x.group("rel")).casefold()
    return [DateMatch(x.start, x.end, "year", x.rule, rel_years=dr.relative_years[key])]


UNIT_AFTER = patterns.compile(r"\s*(?:\p{Lu}{2,}|%)")  # "2020 USD", "2019%": an amount, not a year


def _edition(x: Match, dr: DateRules) -> list[DateMatch]:
    """A year after a name or an event's word: "VTV Awards 2024", "live show 2008"; not a count
    ("Hơn 2000 người") or a number after a word that numbers things ("Phòng 2019")."""
    if dr.counted_next.match(x.text, x.end) or UNIT_AFTER.match(x.text, x.end):
        return []
    at = x.m.start()  # the year's digits (the expression starts at the word before them)
    if dr.numbered_before.search(x.text, max(0, at - 12), at) or dr.target_before.search(x.text, max(0, at - 30), at):
        return []
    if x.text[x.start:at].strip().casefold() not in dr.edition_words:
        return [DateMatch(at, x.end, "year", x.rule, x.num("y"))]  # after a name: the year alone
    return x.date("year", y=x.num("y"))


def _relative(x: Match, dr: DateRules) -> list[DateMatch]:
    key = SPACES.sub(" ", x.group("rel")).casefold()
    return x.date("relative", rel=dr.relative.get(key))


MAKERS = {"iso": _day, "iso-month": _month, "dmy": _day, "dmy-words": _day, "d-d/m": _two_days, "dm": _day,
          "month-year": _month, "quarter": _quarter, "months-of-year": _months_of_year, "period": _period,
          "span": _span, "month": _month, "year": _year, "bare-year": _year, "relative": _relative,
          "bare-dm": _day, "named-day": _day, "lunar": _lunar, "season": _season, "decade": _decade,
          "short-span": _short_span, "year-list": _year_list, "relative-year": _relative_year, "edition": _edition,
          "rest-of-year": _year}


# ------------------------------------------------------------------ values

def explicit_year(f: DateMatch) -> int | None:
    return f.y if f.kind != "span" else None


def value_of(f: DateMatch, year: int | None, published: dt.date | None) -> str | None:
    if f.lunar:
        return None
    if f.kind == "relative":
        if published is None or f.rel is None:
            return None
        return (published + dt.timedelta(days=f.rel)).isoformat()
    if f.kind == "span":
        return f"{f.y}/{f.y2}"
    y = f.y or year
    if y is None:
        return None
    if f.kind == "day":
        return f"{y:04d}-{f.m:02d}-{f.d:02d}"
    if f.kind == "month":
        return f"{y:04d}-{f.m:02d}"
    if f.kind == "year":
        return f"{y:04d}"
    last = calendar.monthrange(y, f.m2)[1]
    return f"{y:04d}-{f.m:02d}-01/{y:04d}-{f.m2:02d}-{last:02d}"


def _parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _names_present(f: DateMatch, text: str, future: bool, dr: DateRules) -> bool:
    """Whether the explicit year of ``f`` speaks of the article's present: not a birth
    ("sinh năm 1959"), a target ("đến năm 2030"), a comparison ("cùng kỳ quý I/2024") or a
    year named in a sentence about the future ("sẽ … năm 2015")."""
    if not explicit_year(f) or future or f.rule == "edition":
        return False  # an edition's year names an event ("U23 châu Á 2018"), not when the text speaks
    own = text[f.start:f.end]
    digit = DIGIT.search(own)
    # the words before the year's digits, a window of them: these patterns end there ("…$")
    prefix = text[max(0, f.start - 60):f.start] + own[: digit.start() if digit else 0]
    target = f.kind == "year" and dr.target_before.search(prefix)
    return not (target or dr.birth_before.search(prefix) or dr.compare_before.search(text, max(0, f.start - 60), f.start))


@dataclass
class _Year:
    """A year the text names as its present, and the end of the period it puts under review."""
    y: int
    review_end: dt.date | None = None
    since: dt.date | None = None  # the first day of a period still running ("từ tháng 9/2016"): the present is after it


def _present_years(found: list[DateMatch], text: str, dr: DateRules) -> list[_Year]:
    """The years a sentence names as its present; a congress or a first session opening a term
    is held in the term's first year ("Đại hội … nhiệm kỳ 2020 - 2025")."""
    future = bool(dr.future.search(text))
    out = [_Year(f.y, _review_end(f, text, dr), _since(f, text)) for f in found if _names_present(f, text, future, dr)]
    if not future and dr.term_opener.search(text):
        out += [_Year(f.y) for f in found if f.kind == "span" and dr.term_spans.match(text, f.start)]
    return out


def _review_end(f: DateMatch, text: str, dr: DateRules) -> dt.date | None:
    """The last day of a period under review ("tổng kết công tác năm 2020": 2020-12-31), else None."""
    if f.kind not in {"year", "period"} or not dr.review.search(text, max(0, f.start - 80), f.start):
        return None
    last = f.m2 if f.kind == "period" else 12
    return dt.date(f.y, last, calendar.monthrange(f.y, last)[1])


# "từ tháng 9/2016" opens a period; one that an end follows ("đến tháng 12/2016") is closed
SINCE = patterns.compile(r"từ\s", regex.I)
CLOSED_AFTER = patterns.compile(r"\s*(?:đến|tới)\s+(?:tháng|ngày|năm|\d)", regex.I)


def _since(f: DateMatch, text: str) -> dt.date | None:
    """The first day of a month the text says a period still running started in: "từ tháng 9/2016"."""
    if f.kind != "month" or not f.y or not f.m or not SINCE.match(text, f.start) or CLOSED_AFTER.match(text, f.end):
        return None
    return dt.date(f.y, f.m, 1)


def _after_start(f: DateMatch, year: _Year) -> int:
    """A day without a year, told in a text whose present runs since a month: not before that month
    ("từ tháng 9/2016 …", then "tối 6/2" is 2017-02-06)."""
    if year.since and f.kind == "day" and _valid(year.y, f.m, f.d) and dt.date(year.y, f.m, f.d) < year.since:
        return year.y + 1
    return year.y


def _after_review(f: DateMatch, end: dt.date) -> int:
    """A meeting reviews a period near its end or after it: the day's year is the period's, unless
    that puts it more than two months before the end ("ngày 10/1" reviewing 2020 is in 2021)."""
    day = dt.date(end.year, f.m, f.d or 1) if _valid(end.year, f.m, f.d or 1) else None
    return end.year if day is None or (end - day).days <= 62 else end.year + 1


@dataclass
class _Context:
    """Years the article names as its present, by scope."""
    sentence: dict[int, list[_Year]]
    paragraph: dict[int, list[_Year]]
    title: list[_Year]
    article: int | None
    anchors: list[dt.date]  # days of the article's year, sorted, to place yearless days near them
    full_days: dict[int, dict[tuple[int, int], int]]  # paragraph -> (day, month) -> the year written with it


def _context(per_sentence, title: str, dr: DateRules) -> _Context:
    sent, para, present, term_starts = {}, {}, [], []
    full_days: dict[int, dict[tuple[int, int], int]] = {}
    for s, found in per_sentence:
        years = _present_years(found, s.text, dr)
        sent[s.index] = years
        para.setdefault(s.paragraph, []).extend(years)
        present += [(y.y, None) for y in years]
        present += [(f.y, dt.date(f.y, f.m, f.d)) for f in found if f.kind == "day" and f.y]
        for f in found:
            if f.kind == "day" and f.y:  # the latest: "(31/3/1975 – 31/3/2025)" names this year's day
                days = full_days.setdefault(s.paragraph, {})
                days[(f.d, f.m)] = max(days.get((f.d, f.m), f.y), f.y)
            if f.kind == "span" and dr.term_spans.match(s.text, f.start):
                term_starts.append(f.y)
    future_or_past = {y for y, _ in present}
    year = max(future_or_past, default=None)
    if year is not None and term_starts and year < max(term_starts):
        year = None  # a present before the start of a term the text names is a past episode
    title_found = find_dates(title, dr) if title else []
    return _Context(sent, para, _present_years(title_found, title, dr), year,
                    sorted(d for y, d in present if d and y == year), full_days)


def extract_dates(sentences, to_original, published: str | None, title: str, rules: Rules,
                  spans: dict | None = None) -> list[DateFact]:
    """Date facts of an article; ``spans`` (if given) receives each sentence's date spans."""
    pub = _parse_iso(published)
    dr = date_rules(rules)
    per_sentence = [(s, find_dates(s.text, dr)) for s in sentences]
    ctx = _context(per_sentence, title, dr)
    out = []
    from_start: dict[int, int] = {}  # a year's last month of the last period from its start ("7 tháng đầu năm 2019")
    for s, found in per_sentence:
        if spans is not None:
            spans[s.index] = [(f.start, f.end) for f in found]
        for f in found:
            if f.rule == "rest-of-year" and f.y is not None and from_start.get(f.y, 12) < 12:
                f = replace(f, kind="period", m=from_start[f.y] + 1, m2=12)
            year, reason = _year_for(f, pub, ctx, s)
            known = f.y or year
            if f.kind == "period" and f.m == 1 and known and f.m2:
                from_start[known] = f.m2
            value = value_of(f, year, pub)
            if value is None and reason is None:
                reason = "relative expression without a publication date" if f.kind == "relative" else "no year"
            a, b = to_original(s.start + f.start, s.start + f.end)
            out.append(DateFact(text=s.text[f.start:f.end].strip(), value=value, kind=f.kind, reason=reason,
                                sentence=s.index, start=a, end=b, rule=f"date-{f.rule}",
                                confidence=0.95 if f.y or f.kind == "span" else 0.8))
    return out


def _year_for(f: DateMatch, pub, ctx: _Context, s):
    if f.lunar:
        return None, "a day of the lunar calendar"
    if f.rel_years is not None:
        if pub is None:
            return None, "relative expression without a publication date"
        if f.rel_years == -1 and pub.month >= PAST_YEAR_FROM_MONTH:
            return pub.year, "the year ending at the publication date"  # "năm qua" in a December review
        return pub.year + f.rel_years, "year counted from the publication date"
    if f.kind in {"span", "relative"} or f.y:
        return None, None
    if pub is not None:
        year = pub.year
        if f.kind == "day" and _valid(year, f.m, f.d) and (dt.date(year, f.m, f.d) - pub).days > 183:
            year -= 1
        return year, "year from the publication date"
    if f.kind == "day":
        for p in (s.paragraph, s.paragraph + 1, s.paragraph + 2):
            if (f.d, f.m) in ctx.full_days.get(p, {}):
                return ctx.full_days[p][(f.d, f.m)], "year from the same day written in full"
    scopes = (("sentence", ctx.sentence.get(s.index, [])), ("paragraph", ctx.paragraph.get(s.paragraph, [])),
              ("title", ctx.title))
    for source, years in scopes:
        if years:  # the latest year named: news reports the present against the past
            latest = max(years, key=lambda y: y.y)
            if latest.review_end and f.kind in {"day", "month"}:
                return _after_review(f, latest.review_end), f"year from the period the {source} reviews"
            return _after_start(f, latest), f"year from the {source}"
    if ctx.article is not None:
        return _near_anchor(f, ctx), "year from the article"
    return None, "no year in the publication date or the text"


def _near_anchor(f: DateMatch, ctx: _Context) -> int:
    """The article's year, or the year before when that puts a day nearer the days it names
    ("Ngày 30-12" beside "từ ngày 1-1-2018" is 2017-12-30)."""
    year = ctx.article
    if f.kind != "day" or not ctx.anchors:
        return year

    def gap(y):
        if not _valid(y, f.m, f.d):
            return 10 ** 6
        day = dt.date(y, f.m, f.d)
        at = bisect_left(ctx.anchors, day)  # anchors are sorted: the nearest is beside where the day goes
        return min(abs((day - a).days) for a in ctx.anchors[max(0, at - 1):at + 1])
    return min((year, year - 1), key=gap)

