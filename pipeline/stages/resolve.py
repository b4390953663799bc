"""Resolve stage: fill in what the article makes certain, and link people across articles.

Within an article: a title whose body ends in a bare level ("Chủ tịch UBND tỉnh") gets the
place filled in, in its canonical form only, when the article names exactly one province.
Across articles: ``person_key`` and ``compatible`` decide whether two mentions with the same
name are the same person (their provinces and roles must not conflict), and say why.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..text import normalize
from ..ruleset import Rules, compiled
from .titles import grammar


def article_province(text: str, rules: Rules) -> str | None:
    """The province the article is about ("tỉnh Bình Định", "Tỉnh ủy Quảng Ninh"), or None.

    A known province wins; otherwise the capitalised name after "tỉnh" that makes up at
    least 60% of such mentions (so an invented or new province name still counts).
    """
    places = rules.places
    found = Counter()
    for m in regex.finditer(r"(?:tỉnh|Tỉnh ủy|Tỉnh uỷ)\s+((?:\p{Lu}\p{Ll}*)(?:\s\p{Lu}\p{Ll}*){0,2})", text):
        words = m.group(1).split()
        known = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in places), None)
        if known:
            found[known] += 1
        elif len(words) >= 2:
            found[" ".join(words[:2])] += 1
    if not found:
        return None
    name, count = found.most_common(1)[0]
    return name if count >= 0.6 * sum(found.values()) else None


class PlaceRules:
    def __init__(self, rules: Rules):
        levels = "|".join(regex.escape(w).replace(r"\ ", "[ _]") for w in sorted(rules.titles["levels"], key=len, reverse=True))
        known = "|".join(regex.escape(w).replace(r"\ ", "[ _]") for w in sorted(rules.places, key=len, reverse=True))
        self.level = regex.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:{levels})[ _](?=\p{{Lu}}|\d)", regex.I)
        self.known = regex.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:{known})(?![\p{{L}}\p{{M}}])")
        self.grammar = grammar(rules)


def find_places(sentences, rules: Rules) -> list[tuple[int, int]]:
    """Places the text names: a name after an administrative level ("huyện Ninh Hải", "xã Ea Tir")
    or one the rules know (provinces, cities, regions), as offsets into the cleaned text."""
    pl = compiled(rules, PlaceRules)
    found: set[tuple[int, int]] = set()
    for s in sentences:
        for m in pl.level.finditer(s.joined):
            end = pl.grammar.place_after(s.joined, m.end())
            if end > m.end():
                found.add((s.start + m.end(), s.start + end))
        found.update((s.start + m.start(), s.start + m.end()) for m in pl.known.finditer(s.text))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda x: (x[0], -x[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def fill_place(canonical: str, province: str | None) -> str:
    if province and regex.search(r"(?:^|\s)tỉnh$", canonical):
        return f"{canonical} {province}"
    return canonical


def resolve_article(people, text: str, rules: Rules) -> str | None:
    """The article's province, filled into its people's canonical titles; returns the province."""
    province = article_province(text, rules)
    for person in people:
        for role in person.roles:
            role.canonical = fill_place(role.canonical, province)
    return province


# ------------------------------------------------------------------ across articles

def own_province(titles) -> str | None:
    """The province a person's own titles name ("Chủ tịch UBND tỉnh Bắc Hà Sơn"), if exactly one."""
    found = {m.group(1) for t in titles
             for m in regex.finditer(r"(?:tỉnh|Tỉnh ủy)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})", t)}
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
