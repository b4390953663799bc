"""Which stored titles are a given post, and where: the matching behind ``vnie post``.

A post is typed as a title without its place ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh",
abbreviations allowed) and the place apart ("Hòa Phong"). A stored title is that post when its
words are the post's words, after the marker ("nguyên", "Quyền", "tân"), followed by nothing or by
a place name only (the title grammar's ``place_after`` decides what a place name is, so "Phó Bí thư
Tỉnh ủy" is not "Bí thư Tỉnh ủy" and "Bí thư Tỉnh ủy" is not "Bí thư"). Where the title names no
place, the person's province (else the article's) is the place, but only for a post of a province's
body ("… Tỉnh ủy", "… tỉnh", or a body with no level such as a Sở): "Bí thư Huyện ủy" without its
district could be any district's. Words compare as everywhere in vnie (:mod:`.search`): typed
without diacritics they match any spelling.
"""
from __future__ import annotations

from functools import lru_cache

from ..ruleset import load_rules
from ..stages.titles import canonical_title, grammar
from ..text import fold
from .search import has_name, words


def _folded_words(text: str) -> list[str]:
    return [fold(w) for _, _, w in words(text)]


@lru_cache(maxsize=64)
def _post(post: str) -> tuple[tuple[str, ...], bool, bool, bool]:
    """(the post's folded words, whether its place may be the province, whether it names a level
    or territorial body, whether several people hold it)."""
    rules = load_rules()
    expanded = canonical_title(" ".join(post.split()), rules)
    key = tuple(_strip_marker(_folded_words(expanded)))
    levels = {tuple(_folded_words(x)) for x in rules.titles["levels"] + rules.titles["bodies"]["territorial"]}
    named = [lv for lv in levels if _contains(key, lv)]
    # "tỉnh" is the province's level: "Tỉnh ủy", "tỉnh", "Tỉnh đoàn" are a province's bodies
    provincial = all(_provincial(lv[0]) for lv in named)
    shared = (any(key[:len(s)] == s for s in (tuple(_folded_words(x)) for x in rules.titles["shared_positions"]))
              and not any(_contains(key, tuple(_folded_words(q))) for q in rules.titles["one_person_qualifiers"]))
    return key, provincial, bool(named), shared


def _provincial(folded_word: str) -> bool:
    return folded_word.startswith("tinh")


def _strip_marker(folded: list[str]) -> list[str]:
    markers = {fold(m) for m in load_rules().titles["markers"]}
    return folded[1:] if folded and folded[0] in markers else folded


def _contains(seq: tuple, part: tuple) -> bool:
    return any(seq[i:i + len(part)] == part for i in range(len(seq) - len(part) + 1))


def is_shared(post: str) -> bool:
    """A post several people hold at once (rules/titles.yaml ``shared_positions``: Phó …, Ủy viên …),
    unless a qualifier makes it one person's (``one_person_qualifiers``: Phó Bí thư Thường trực)."""
    return bool(post and post.strip()) and _post(post)[3]


def post_place(canonical: str | None, person_province: str | None, article_province: str | None,
               post: str | None, place: str | None = None) -> str | None:
    """The place where ``canonical`` is the post typed, or None when it is another post (or another
    place than ``place``, when one is given). "" when the post is held but the place is unknown."""
    rest = post_rest(canonical, post)
    if rest is None:
        return None
    where = rest or ((person_province or article_province or "") if is_provincial(post) else "")
    if place and place.strip():
        return where if where and same_place(where, place) else None
    return where


@lru_cache(maxsize=1 << 14)
def post_rest(canonical: str | None, post: str | None) -> str | None:
    """What ``canonical`` names after the post typed: None when it is another post, "" when it names
    no place, else the place ("Hòa Phong"; "huyện Tân Lạc" for a post typed without its level).
    Cached: an archive holds few distinct titles, and reading a place name is the costly part."""
    if not canonical or not post or not post.strip():
        return None
    key, _, leveled, _ = _post(post)
    ws = words(canonical)
    folded = [fold(w) for _, _, w in ws]
    start = len(folded) - len(_strip_marker(folded))
    if not key or tuple(folded[start:start + len(key)]) != key:
        return None
    rest_at = start + len(key)
    rest = canonical[ws[rest_at][0]:].strip() if rest_at < len(ws) else ""
    if rest and not leveled and _level_at(rest) == rest and _provincial(fold(rest)):
        return ""  # "Chủ tịch UBND" + "tỉnh": the province's, as if no level were written
    return _place_after(rest, leveled) if rest else ""


def is_provincial(post: str | None) -> bool:
    """Whether a title that names no place is the province's post (so the person's province is its place)."""
    return bool(post and post.strip()) and _post(post)[1]


def _place_after(rest: str, leveled: bool) -> str | None:
    """The place that ``rest`` (what follows the post in a title) names, or None when it is more
    title ("Bí thư" + "Tỉnh ủy Hòa Phong"). A post typed without a level takes one here:
    "Giám đốc Sở Tài chính" + "tỉnh Hòa Phong" is Hòa Phong's, + "huyện Tân Lạc" "huyện Tân Lạc"."""
    g = grammar()
    level = "" if leveled else _level_at(rest)
    name = rest[len(level):].strip()
    # the grammar reads a sentence's joined form, where one word's syllables are joined by "_"
    if not name or g.place_after(name.replace(" ", "_"), 0) != len(name):
        return None
    return name if not level or _provincial(fold(level)) else f"{level} {name}"


def _level_at(rest: str) -> str:
    m = grammar().level.match(rest)
    return m.group() if m else ""


@lru_cache(maxsize=1 << 12)
def same_place(where: str | None, typed: str | None) -> bool:
    """"Tan Lac" is the place "Tân Lạc" and "huyện Tân Lạc"; "Tân" is neither."""
    if not where or not typed:
        return False
    name = where[len(_level_at(where)):].strip() or where
    return any(len(words(w)) == len(words(typed)) and has_name(w, typed) for w in {where, name})


def register(conn) -> None:
    conn.create_function("vnie_post_rest", 2, post_rest, deterministic=True)
    conn.create_function("vnie_provincial_post", 1, lambda post: int(is_provincial(post)), deterministic=True)
    conn.create_function("vnie_same_place", 2, lambda where, typed: int(same_place(where, typed)), deterministic=True)
    conn.create_function("vnie_shared_post", 1, lambda post: int(is_shared(post or "")), deterministic=True)
