"""Dates stage: date expressions resolved to the calendar.

Values follow ``../shared/eval/README.md``: a day ``2024-06-14``, a month ``2024-06``, a
year ``2024``, a period ``2024-01-01/2024-06-30`` or a span of years ``2020/2025``.
Patterns are tried longest first and each character belongs to one expression. A year
the text leaves out comes from the publication date, else from the year the same
sentence, paragraph or title names; else the date keeps no value and says why.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from ..models import DateFact
from ..ruleset import Rules, alternation, compiled
from .state import DateMatch




class DateRules:
    def __init__(self, rules: Rules):
        r = rules.dates
        self.month_names = {k: int(v) for k, v in r["month_names"].items()}
        self.quarters = {str(k): int(v) for k, v in r["quarters"].items()}
        self.periods = {k: v for k, v in r["periods"].items()}
        self.relative = {k: int(v) for k, v in r["relative"].items()}
        pre = alternation(r["day_parts"] + r["weekdays"] + ["từ", "đến", "tới", "trước", "sau", "vào", "hôm", "lúc", "trong", "đầu", "cuối", "giữa"])
        self.pre = pre
        N = r"(?<![\d.,/-])"
        E = r"(?![\d/]|[.,-]\d)"
        wd = alternation(r["weekdays"])
        self.patterns = [
            ("iso", regex.compile(rf"{N}(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{E}")),
            ("dmy", regex.compile(rf"(?:(?:(?:{wd})\s*,\s*)|(?:(?:{pre})\s+)*(?:ngày\s+)?)?{N}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d){E}", regex.I)),
            ("dmy-words", regex.compile(rf"(?:(?:{pre})\s+)*ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+(?P<y>(?:19|20)\d\d))?{E}", regex.I)),
            ("d-d/m", regex.compile(rf"(?:ngày\s+)(?P<d0>\d{{1,2}})\s*(?:-|–|và)\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}}){E}", regex.I)),
            # "ngày 6 - 12": some papers space the dash of a day
            ("dm", regex.compile(rf"(?:(?:(?:{pre})\s+)+(?:ngày\s+)?|ngày\s+)(?P<d>\d{{1,2}})(?P<sep>[/.-]|\s[-–]\s)(?P<m>\d{{1,2}}){E}", regex.I)),
            ("month-year", regex.compile(rf"(?:(?:{pre})\s+)?tháng\s+(?P<m>\d{{1,2}}|{alternation(self.month_names)})(?:\s*[/-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d){E}", regex.I)),
            ("quarter", regex.compile(rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d])(?:(?:\s*[/-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d))?{E}", regex.I)),
            ("period", regex.compile(rf"(?<![\p{{L}}\d])(?P<p>{alternation(self.periods)})(?:\s*[/-]\s*|\s+)?(?P<y>(?:19|20)\d\d)?{E}(?![\p{{L}}])", regex.I)),
            ("span", regex.compile(rf"(?:{alternation(r['spans'])})\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>(?:19|20)\d\d){E}", regex.I)),
            ("month", regex.compile(rf"(?:(?:{pre})\s+)?tháng\s+(?P<m>1[0-2]|0?[1-9]|{alternation(self.month_names)})(?![\p{{L}}\d/])", regex.I)),
            ("year", regex.compile(rf"(?:(?:{pre})\s+)?năm\s+(?P<y>(?:19|20)\d\d){E}", regex.I)),
            # "SN 1966" (born in) and "tới 2020": a year without the word "năm".
            ("bare-year", regex.compile(rf"(?:\b(?:SN|sn)\s+|(?<![\p{{L}}])(?:{alternation(r['bare_year_before'])})\s+)(?P<y>(?:19|20)\d\d){E}(?!\s*[-–]\s*\d)")),
            ("relative", regex.compile(rf"(?<![\p{{L}}])(?P<rel>{alternation(self.relative)})(?![\p{{L}}])", regex.I)),
            ("bare-dm", regex.compile(rf"(?<=(?:^|[(,;–-]\s*|\s(?:và|đến|tới)\s+))(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![\d/]|[.,]\d)")),
            # A named day: "Ngày Thương binh liệt sỹ 27/7", "ngày Quốc khánh 2/9" (name words only).
            ("named-day", regex.compile(r"(?<=(?<![\p{L}])[Nn]gày(?:\s+[\p{L}–-]+){1,6}\s+)(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/]|[.,]\d)")),
        ]
        self.ratio_verbs = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(rules.ratios['verbs'])})(?![\p{{L}}])", regex.I)
        self.term_spans = regex.compile(rf"(?:{alternation(r['term_spans'])})\s", regex.I)
        self.birth_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['birth_before'])})\s+(?:ngày\s+|năm\s+|tháng\s+)?$")
        self.target_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['target_before'])})\s+(?:năm\s+|hết\s+năm\s+)?$", regex.I)
        self.compare_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['compare_before'])})(?:\s+\p{{L}}+){{0,2}}\s+$", regex.I)
        self.future = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['future_words'])})(?![\p{{L}}])", regex.I)
        self.congress = regex.compile(r"(?<![\p{L}])đại\s+hội(?![\p{L}])", regex.I)
        self.counted_after = regex.compile(r"^\s*(?:\p{Ll}+\s*)?(?:" + alternation(rules.ratios["counted"]) + r")(?![\p{L}])")


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


def find_dates(text: str, dr: DateRules) -> list[DateMatch]:
    """All date expressions in ``text``, longest and first rule wins, no overlaps."""
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for rule, pat in dr.patterns:
        for m in pat.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            f = _make(rule, m, dr, text)
            if f is None:
                continue
            taken.append((s, e))
            out.extend(f if isinstance(f, list) else [f])
    return sorted(out, key=lambda f: f.start)


def _make(rule, m, dr, text):
    g = m.groupdict()
    s, e = m.span()
    num = lambda k: int(g[k]) if g.get(k) and g[k].isdigit() else None  # noqa: E731
    if rule in {"iso", "dmy", "dmy-words", "dm", "bare-dm", "named-day"}:
        d, mo, y = num("d"), num("m"), num("y")
        if not _valid(y, mo, d):
            return None
        if rule == "dm" and g.get("sep") == "." and not regex.search(r"[\p{L}]", m.group()):
            return None
        if rule in {"bare-dm", "named-day"} and dr.counted_after.match(text[e:]):
            return None
        if rule == "named-day" and _verb_between(text[:s], dr):
            return None
        return DateMatch(s, e, "day", rule, y, mo, d)
    if rule == "d-d/m":
        d0, d, mo = num("d0"), num("d"), num("m")
        if not (_valid(None, mo, d0) and _valid(None, mo, d)):
            return None
        split = m.start("d")
        return [DateMatch(s, split, "day", rule, None, mo, d0), DateMatch(split, e, "day", rule, None, mo, d)]
    if rule in {"month-year", "month"}:
        mo = num("m") or dr.month_names.get(g["m"].casefold())
        if not mo or not 1 <= mo <= 12:
            return None
        if rule == "month" and regex.search(r"\d\s*$", text[:s]):  # "6 tháng" is a duration
            return None
        return DateMatch(s, e, "month", rule, num("y"), mo)
    if rule == "quarter":
        q = dr.quarters.get(g["q"].upper(), dr.quarters.get(g["q"]))
        return DateMatch(s, e, "period", rule, num("y"), 3 * q - 2, None, 3 * q)
    if rule == "period":
        key = regex.sub(r"\s+", " ", g["p"]).casefold()
        months = next((v for k, v in dr.periods.items() if k.casefold() == key), None)
        if months is None:  # "đầu năm 2024", "cuối năm": the year itself
            if num("y") is None and not key.startswith(("cuối", "đầu", "giữa")):
                return None
            return DateMatch(s, e, "year", rule, num("y"))
        if key in {"9 tháng", "6 tháng", "3 tháng"} and not regex.match(r"\s*(?:đầu\s+năm|năm|qua|\d{4}|/)", text[e:]) \
                and num("y") is None and not regex.search(r"(?:trong|kết quả)\s*$", text[:s], regex.I):  # "sau 6 tháng" lasts
            return None
        return DateMatch(s, e, "period", rule, num("y"), months[0], None, months[1])
    if rule == "span":
        y, y2 = num("y"), num("y2")
        if not y < y2 <= y + 10:
            return None
        return DateMatch(s, e, "span", rule, y, y2=y2)
    if rule == "year":
        return DateMatch(s, e, "year", rule, num("y"))
    if rule == "bare-year":
        if not m.group().startswith(("SN", "sn")) and dr.counted_after.match(text[e:]):  # "tới 2020 người" counts
            return None
        return DateMatch(s, e, "year", rule, num("y"))
    if rule == "relative":
        key = regex.sub(r"\s+", " ", g["rel"]).casefold()
        return DateMatch(s, e, "relative", rule, rel=dr.relative.get(key))
    return None


# ------------------------------------------------------------------ values

def explicit_year(f: DateMatch) -> int | None:
    return f.y if f.kind != "span" else None


def value_of(f: DateMatch, year: int | None, published: dt.date | None) -> str | None:
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
    if not explicit_year(f) or future:
        return False
    own = text[f.start:f.end]
    digit = regex.search(r"\d", own)
    prefix = text[:f.start] + own[: digit.start() if digit else 0]
    target = f.kind == "year" and dr.target_before.search(prefix)
    return not (target or dr.birth_before.search(prefix) or dr.compare_before.search(text[:f.start]))


def _congress_year(f: DateMatch, text: str, dr: DateRules) -> int | None:
    """"Đại hội … nhiệm kỳ 2015-2020" is held in the term's first year."""
    if f.kind != "span" or not dr.term_spans.match(text, f.start):
        return None
    return f.y if dr.congress.search(text[:f.start]) else None


@dataclass
class _Context:
    """Years the article names as its present, by scope."""
    sentence: dict[int, list[int]]
    paragraph: dict[int, list[int]]
    title: list[int]
    article: int | None
    anchors: list[dt.date]  # days of the article's year, to place yearless days near them


def _context(per_sentence, title: str, dr: DateRules) -> _Context:
    sent, para, present, days, term_starts = {}, {}, [], [], []
    for s, found in per_sentence:
        future = bool(dr.future.search(s.text))
        years = [f for f in found if _names_present(f, s.text, future, dr)]
        sent[s.index] = [f.y for f in years]
        para.setdefault(s.paragraph, []).extend(f.y for f in years)
        present += [(f.y, dt.date(f.y, f.m, f.d) if f.kind == "day" else None) for f in years]
        for f in found:
            if f.kind == "span" and dr.term_spans.match(s.text, f.start):
                term_starts.append(f.y)
                if not future and (y := _congress_year(f, s.text, dr)):
                    present.append((y, None))
    year = max((y for y, _ in present), default=None)
    if year is not None and term_starts and year < max(term_starts):
        year = None  # a present before the start of a term the text names is a past episode
    title_found = find_dates(title, dr) if title else []
    return _Context(sent, para, [f.y for f in title_found if _names_present(f, title, False, dr)], year,
                    [d for y, d in present if d and y == year])


def extract_dates(sentences, to_original, published: str | None, title: str, rules: Rules,
                  spans: dict | None = None) -> list[DateFact]:
    """Date facts of an article; ``spans`` (if given) receives each sentence's date spans."""
    pub = _parse_iso(published)
    dr = date_rules(rules)
    per_sentence = [(s, find_dates(s.text, dr)) for s in sentences]
    ctx = _context(per_sentence, title, dr)
    out = []
    for s, found in per_sentence:
        if spans is not None:
            spans[s.index] = [(f.start, f.end) for f in found]
        for f in found:
            year, reason = _year_for(f, pub, ctx, s)
            value = value_of(f, year, pub)
            if value is None and reason is None:
                reason = "relative expression without a publication date" if f.kind == "relative" else "no year"
            a, b = to_original(s.start + f.start, s.start + f.end)
            out.append(DateFact(text=s.text[f.start:f.end].strip(), value=value, kind=f.kind, reason=reason,
                                sentence=s.index, start=a, end=b, rule=f"date-{f.rule}",
                                confidence=0.95 if f.y or f.kind == "span" else 0.8))
    return out


def _year_for(f: DateMatch, pub, ctx: _Context, s):
    if f.kind in {"span", "relative"} or f.y:
        return None, None
    if pub is not None:
        year = pub.year
        if f.kind == "day" and _valid(year, f.m, f.d) and (dt.date(year, f.m, f.d) - pub).days > 183:
            year -= 1
        return year, "year from the publication date"
    scopes = (("sentence", ctx.sentence.get(s.index, [])), ("paragraph", ctx.paragraph.get(s.paragraph, [])),
              ("title", ctx.title))
    for source, years in scopes:
        if years:  # the latest year named: news reports the present against the past
            return max(years), f"year from the {source}"
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
        return min(abs((dt.date(y, f.m, f.d) - a).days) for a in ctx.anchors)
    return min((year, year - 1), key=gap)

