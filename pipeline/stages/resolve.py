"""Resolve stage: what the article makes certain once every fact is found, and people across articles.

Within an article:

- the province it is about: the place its text names after "tỉnh" or "Tỉnh ủy" (a person's name
  there is no province), known places first, the title's before the body's; its name is filled
  into the canonical titles that end in a bare "tỉnh";
- the places it names, for ``doc.ents``;
- each role's dates: when it began ("từ tháng 10/2020"), and the day of the election,
  appointment or relief the text reports (the date it takes effect, else the day of its
  sentence, else the day of the article's meeting);
- each ratio's period (the year, half, quarter or term it counts, from its sentence, paragraph or
  title; where none is written the queries fall back to the publication date and say so) and the
  level of its owner (province, district, commune).

Across articles: ``link_across`` decides whether a person is one already stored (same name, no
conflicting province) and says why; ``store.py`` only reads and writes the rows.
"""
from __future__ import annotations

from bisect import bisect_left

import calendar
from collections import Counter

import regex

from .. import patterns

from ..models import DateFact, Event, Person, Ratio
from ..ruleset import Rules, alternation, compiled
from ..text import normalize
from .state import Sentence
from .titles import grammar


class ResolveRules:
    def __init__(self, rules: Rules):
        t = rules.titles
        self.grammar = grammar(rules)
        self.places = rules.places
        levels = alternation(t["levels"], r"[ _]")
        self.level = patterns.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:{levels})[ _](?=\p{{Lu}}|\d)", regex.I)
        self.known = patterns.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:{alternation(rules.places, r'[ _]')})(?![\p{{L}}\p{{M}}])")
        self.province_before = patterns.compile(r"(?<![\p{L}\p{M}_])(?:tỉnh|Tỉnh[ _]ủy)[ _](?=\p{Lu})")
        self.since = patterns.compile(r"^(?:kể\s+)?từ\s", regex.I)
        self.owner_levels = [(level, patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(words)})(?![\p{{L}}\p{{M}}])", regex.I))
                             for level, words in rules.ratios["owner_levels"].items()]


def resolve_rules(rules: Rules) -> ResolveRules:
    return compiled(rules, ResolveRules)


# ------------------------------------------------------------------ the article's province and places

def article_province(sentences: list[Sentence], title: str, rules: Rules) -> str | None:
    """The province the article is about, or None when the text does not make it certain.

    A place read after "tỉnh" or "Tỉnh ủy" counts (a person's name there does not: "Chủ tịch UBND
    tỉnh Trần Văn Bình"); one the rules know wins, else the one that makes up at least 60% of
    such mentions, so an invented or new province still counts. The title's, if it names one, first.
    """
    rr = resolve_rules(rules)
    found: Counter = Counter()
    for s in sentences:
        for m in rr.province_before.finditer(s.joined):
            end = rr.grammar.place_after(s.joined, m.end())
            name = s.joined[m.end():end].replace("_", " ").strip()
            if len(name.split()) >= 2 or name in rr.places:
                found[_known_prefix(name, rr) or name] += 3 if s.index == 0 and title and s.text.strip() == title.strip() else 1
    if not found:
        return None
    name, count = found.most_common(1)[0]
    return name if count >= 0.6 * sum(found.values()) else None


def _known_prefix(name: str, rr: ResolveRules) -> str | None:
    words = name.split()
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in rr.places), None)


def find_places(sentences: list[Sentence], rules: Rules) -> list[tuple[int, int]]:
    """Places the text names: a name after an administrative level ("huyện Ninh Hải", "xã Ea Tir")
    or one the rules know (provinces, cities, regions), as offsets into the cleaned text."""
    rr = resolve_rules(rules)
    found: set[tuple[int, int]] = set()
    for s in sentences:
        for m in rr.level.finditer(s.joined):
            end = rr.grammar.place_after(s.joined, m.end())
            if end > m.end():
                found.add((s.start + m.end(), s.start + end))
        found.update((s.start + m.start(), s.start + m.end()) for m in rr.known.finditer(s.joined))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda x: (x[0], -x[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def fill_place(canonical: str, province: str | None) -> str:
    if province and ENDS_WITH_TINH.search(canonical):
        return f"{canonical} {province}"
    return canonical


# ------------------------------------------------------------------ roles

def resolve_roles(people: list[Person], dates: list[DateFact], events: list[Event], sentences: list[Sentence],
                  province: str | None, rules: Rules) -> None:
    """Fill each role's canonical place, start date and event date from the article."""
    rr = resolve_rules(rules)
    by_sentence: dict[int, list[DateFact]] = {}
    for d in dates:
        by_sentence.setdefault(d.sentence, []).append(d)
    meeting_day = next((e.date for e in events if e.date and len(e.date) == 10), None)
    since_dates = [d for d in dates if d.value and rr.since.match(d.text)]
    title_starts = sorted({r.start for p in people for r in p.roles} | {m.start for p in people for r in p.roles
                                                                        for m in r.mentions})
    for person in people:
        for role in person.roles:
            role.canonical = fill_place(role.canonical, province)
            same = by_sentence.get(role.sentence, [])
            starting = _starting_date(role, since_dates, rr, title_starts)
            if starting and role.status in {"holds", "elected", "appointed"}:
                role.since = starting
            if role.status in {"elected", "appointed", "relieved", "nominated"}:
                day = next((d.value for d in same if d.kind == "day" and d.value and not rr.since.match(d.text)), None)
                role.date = (starting if role.status == "relieved" and starting else None) or day or meeting_day


def _starting_date(role, dates: list[DateFact], rr: ResolveRules, title_starts: list[int]) -> str | None:
    """The "từ …"/"kể từ …" date right after the title, where it is given or given again ("Trước khi
    giữ chức … từ tháng 10/2020, …"); not past another title ("Bí thư Huyện ủy A giữ chức Trưởng
    Ban B kể từ ngày 1/4": the date is B's)."""
    for at in [role, *role.mentions]:
        for d in dates:
            if d.start >= at.end and d.start - at.end <= 120 and d.value and rr.since.match(d.text):
                between = bisect_left(title_starts, at.end)
                if between < len(title_starts) and title_starts[between] < d.start:
                    continue
                return d.value
    return None


# ------------------------------------------------------------------ ratios

def resolve_ratios(ratios: list[Ratio], dates: list[DateFact], sentences: list[Sentence], rules: Rules) -> None:
    """Each ratio's counted period (from its sentence, paragraph or title) and its owner's level."""
    rr = resolve_rules(rules)
    periods: dict[int, list[DateFact]] = {}
    for d in dates:
        if d.value and d.kind in {"year", "period", "month", "span"} and not UNTIL.match(d.text):
            periods.setdefault(d.sentence, []).append(d)
    paragraph_of = {s.index: s.paragraph for s in sentences}
    for r in ratios:
        found, source = _period_of(r, periods, paragraph_of)
        if found and found.value:  # (periods holds dates with a value only: found.value for mypy)
            r.period_start, r.period_end = _bounds(found.value)
            r.period_from = source
        r.owner_level = _owner_level(r, sentences, rr)


def _period_of(r: Ratio, periods, paragraph_of) -> tuple[DateFact | None, str]:
    """The period a ratio counts: the nearest one its sentence names before it (one after it, but
    no term, which names whose figures, not when), else the narrowest its paragraph names before it
    ("6 tháng đầu năm 2024, … năm 2024, … kết nạp 612/1.200": the half), else the title's."""
    same = periods.get(r.sentence, [])
    before = [d for d in same if d.end <= r.start]
    after = [d for d in same if d.start >= r.end and d.kind != "span" and d.start - r.end <= 60]
    if before or after:
        return (before[-1] if before else after[0]), "sentence"
    para = paragraph_of.get(r.sentence)
    earlier = [d for i in sorted(periods) if i < r.sentence and paragraph_of.get(i) == para for d in periods[i]
               if d.kind != "span"]
    if earlier:
        return min(reversed(earlier), key=_length), "paragraph"
    if periods.get(0) and paragraph_of.get(0) == 0 and r.sentence > 0:
        return periods[0][-1], "title"
    return None, "none"


def _length(d: DateFact) -> int:
    assert d.value is not None  # periods holds dates with a value only
    first, last = _bounds(d.value)
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])


def _bounds(value: str) -> tuple[str, str]:
    """The first and last day of a date value: "2024" -> 2024-01-01, 2024-12-31; "2024-06";
    "2024-01-01/2024-06-30"; a span of years "2020/2025"."""
    if "/" in value:
        first, last = value.split("/")
        return _bounds(first)[0], _bounds(last)[1]
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return value, value


def _owner_level(r: Ratio, sentences: list[Sentence], rr: ResolveRules) -> str:
    """province, district or commune: the last level word of the owner ("Đảng bộ huyện Tân Lạc"); for an
    owner without one ("Toàn Đảng bộ"), the nearest level word the article writes before it ("Ban
    Thường vụ Tỉnh ủy đã ban hành …")."""
    if not r.owner:
        return ""
    level = _last_level(r.owner, rr)
    if level:
        return level
    for s in reversed(sentences[: r.sentence + 1]):
        level = _last_level(s.text if s.index < r.sentence else s.text[: max(0, s.text.find(r.owner))], rr)
        if level:
            return level
    return ""


def _last_level(text: str, rr: ResolveRules) -> str:
    hits = [(m.start(), level) for level, pattern in rr.owner_levels for m in pattern.finditer(text)]
    return max(hits)[1] if hits else ""


# ------------------------------------------------------------------ across articles

ENDS_WITH_TINH = patterns.compile(r"(?:^|\s)tỉnh$")
UNTIL = patterns.compile(r"(?:đến|tới)\s", regex.I)  # "đến năm 2025": an end, not the period a ratio counts in
PROVINCE_IN_TITLE = patterns.compile(r"(?:tỉnh|Tỉnh ủy)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})")


def own_province(titles) -> str | None:
    """The province a person's own titles name ("Chủ tịch UBND tỉnh Bắc Hà Sơn"), if exactly one."""
    found = {m.group(1) for t in titles for m in PROVINCE_IN_TITLE.finditer(t)}
    return found.pop() if len(found) == 1 else None


def role_key(canonical: str, province: str | None) -> str:
    """A title without the person's own province, so "Bí thư Tỉnh ủy" and "Bí thư Tỉnh ủy X" are one role."""
    if province and canonical.endswith(" " + province):
        canonical = canonical[: -len(province) - 1]
    return normalize(canonical).casefold()


def person_key(name: str) -> str:
    return normalize(name).casefold()


def compatible(a: dict, b: dict) -> tuple[bool, str]:
    """Whether two person records (``name``, ``province``, ``titles``) are one person, and why."""
    if person_key(a["name"]) != person_key(b["name"]):
        return False, "different names"
    pa, pb = a.get("province"), b.get("province")
    if pa and pb and pa != pb:
        return False, f"provinces conflict: {pa} / {pb}"
    ta = {t.casefold() for t in a.get("titles", [])}
    tb = {t.casefold() for t in b.get("titles", [])}
    shared = ta & tb
    if shared:
        return True, f"same name and shared title: {sorted(shared)[0]}"
    if pa and pb:
        return True, f"same name and province: {pa}"
    return True, "same name, no conflicting province"


def link_across(stored: list[dict], person: Person, article_province: str | None) -> tuple[int | None, str, str | None]:
    """Which stored person (``id``, ``name``, ``province``, ``titles``; oldest first) an article's
    person is, if any: the first compatible one. Returns (id or None, why, the person's province)."""
    titles = [r.canonical for r in person.roles]
    province = own_province(titles) or article_province
    new = {"name": person.name, "province": province, "titles": titles}
    for candidate in stored:
        ok, why = compatible(candidate, new)
        if ok:
            return candidate["id"], why, province
    return None, "new person" + (" (namesake in another province)" if stored else ""), province
