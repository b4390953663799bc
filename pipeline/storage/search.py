"""Matching what a researcher typed against stored text: names, phrases and full-text search.

One rule everywhere (``vnie search``, the ``--name``/``--place``/``--subject`` filters, ``vnie
person``, ``vnie post`` and the Datasette pages): text is compared **word by word, whole words
only**, and a word typed **without diacritics matches any spelling** ("Lam" finds "Lâm", "Lam",
"Làm") while a word typed **with diacritics must match them** ("Lâm" finds "Lâm", "LÂM", never
"Làm"). Tone placement ("Hoà"/"Hòa") and case never matter.

Full-text search reads ``"quoted phrases"`` and unquoted words the same way on the command line
and on the web: the words typed next to each other outside quotes are one phrase, each quoted part
is another, and an article must hold every phrase ("Lam Van Dong" = ``"Lam Van Dong"``;
``"Tân Lạc" "ngân sách"`` needs both). The FTS5 index (folded text) finds the candidates; the
article's own text is then read to check diacritics and to cut a snippet in the original spelling
with each match marked ``[like this]``.

``register(conn)`` adds these as SQL functions so the canned queries of ``vnie serve`` and the
functions of :mod:`vnie.storage.query` run the same SQL.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .. import patterns

from ..text import fold, normalize

WORD = patterns.compile(r"[\p{L}\p{M}\p{N}]+")
QUOTED = patterns.compile(r'"([^"]*)"?')
OPEN, CLOSE = "[", "]"
SNIPPET_WORDS = 12  # words of context on each side of the first match


def words(text: str) -> list[tuple[int, int, str]]:
    """Whole words of ``text`` with their offsets: (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text or "")]


def _key(word: str) -> tuple[str, str | None]:
    """(folded, exact): the exact form is kept only for a word typed with diacritics."""
    folded = fold(word)
    exact = normalize(word).casefold()
    return folded, (exact if exact != folded else None)


def _same(typed: tuple[str, str | None], word: str, folded_word: str) -> bool:
    folded, exact = typed
    if folded_word != folded:
        return False
    return exact is None or normalize(word).casefold() == exact


def phrases(typed: str | None) -> tuple[tuple[tuple[str, str | None], ...], ...]:
    """The phrases of a search: each quoted part, and each run of unquoted words, as word keys."""
    return _phrases(typed or "")


def spelled(typed: str | None) -> bool:
    """Whether a word was typed with diacritics: only then must the articles' own text be read."""
    return any(exact for p in phrases(typed) for _, exact in p)


@lru_cache(maxsize=256)
def _phrases(typed: str) -> tuple:
    out, cursor = [], 0
    for m in QUOTED.finditer(typed):
        out.append(typed[cursor:m.start()])
        out.append(m.group(1))
        cursor = m.end()
    out.append(typed[cursor:])
    keyed = [tuple(_key(w) for _, _, w in words(part)) for part in out]
    return tuple(p for p in keyed if p)


def _occurrences(text: str, phrase, gaps: bool = False) -> list[tuple[int, int]]:
    """Where ``phrase`` (word keys) stands in ``text`` as whole words: contiguous, or in order with
    other words between them when ``gaps`` (a name typed without its middle name)."""
    if not gaps:
        found = [(m.start(), m.end()) for m in _phrase_pattern(tuple(phrase)).finditer(text)]
        if any(exact for _, exact in phrase):  # a word typed with diacritics: check its spelling
            found = [(s, e) for s, e in found
                     if all(_same(key, w, fold(w)) for key, (_, _, w) in zip(phrase, words(text[s:e])))]
        return found
    ws = words(text)
    folded = [fold(w) for _, _, w in ws]
    found = []
    for i in range(len(ws)):
        if not _same(phrase[0], ws[i][2], folded[i]):
            continue
        j, k = i + 1, 1
        while k < len(phrase) and j < len(ws):
            if _same(phrase[k], ws[j][2], folded[j]):
                k += 1
            j += 1
        if k == len(phrase):
            found.append((ws[i][0], ws[j - 1][1]))
    return found


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each folded letter and the letters that fold to it ("d": "dDđĐ", "a": "aàáảãạăằ…"), from the
    Latin blocks Vietnamese is written in."""
    table: dict[str, set[str]] = {}
    for cp in [*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250),
               *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        base = fold(c)
        if len(base) == 1:
            table.setdefault(base, set()).update({c, c.lower(), c.upper()})
    return {base: "".join(sorted(chars)) for base, chars in table.items()}


_NOT_WORD = r"[^\p{L}\p{M}\p{N}]"


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: tuple) -> "regex.Pattern":
    """A phrase's folded words as a regex over the original text: each letter any of its spellings,
    composed or followed by combining marks, whole words, anything but letters and digits between
    them (as the FTS5 tokenizer reads it). Matching in C: a long text is read in microseconds."""
    spell = _spellings()

    def word(folded: str) -> str:
        return "".join(f"[{regex.escape(spell.get(ch, ch))}]\\p{{M}}*" for ch in folded)

    body = f"{_NOT_WORD}+".join(word(folded) for folded, _ in phrase)
    return patterns.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){body}(?![\p{{L}}\p{{M}}\p{{N}}])", regex.I)


@lru_cache(maxsize=1 << 16)  # a column's values repeat (subjects, places, names): each is read once
def has_phrase(text: str | None, typed: str | None) -> bool:
    """Every phrase typed stands in ``text`` as whole words ("đảng viên" in "kết nạp đảng viên mới")."""
    ps = phrases(typed)
    return bool(ps) and text is not None and all(_occurrences(text, p) for p in ps)


@lru_cache(maxsize=1 << 16)
def has_name(name: str | None, typed: str | None) -> bool:
    """The words typed stand in ``name`` in that order, other words allowed between them:
    "Lâm Đông", "lam van dong" and "Văn Đông" all find "Lâm Văn Đông"; "Lâm Văn" does not find "Lâm"."""
    keys = [_key(w) for _, _, w in words(typed or "")]
    return bool(keys) and name is not None and bool(_occurrences(name, keys, gaps=True))


# ------------------------------------------------------------------ full-text search

def fts_query(typed: str | None) -> str:
    """The FTS5 MATCH expression for a search: one quoted phrase of folded words per phrase.
    Nothing typed (or no word in it) gives a phrase no article holds, never every article."""
    ps = phrases(typed or "")
    if not ps:
        return '""'  # the empty phrase: FTS5 matches no row with it
    return " ".join('"' + " ".join(folded for folded, _ in p) + '"' for p in ps)


def matches(title: str | None, text: str | None, typed: str | None) -> list[tuple[str, int, int]]:
    """Each match of each phrase: ("title" or "text", start, end), offsets into that field."""
    ps = phrases(typed or "")
    out = []
    for field, value in (("title", title or ""), ("text", text or "")):
        for p in ps:
            out += [(field, s, e) for s, e in _occurrences(value, p)]
    return sorted(out)


def hits(title: str | None, text: str | None, typed: str | None) -> int:
    """How many times the phrases stand in the article, 0 unless every phrase is there."""
    ps = phrases(typed or "")
    if not ps:
        return 0
    counts = [len(_occurrences(title or "", p)) + len(_occurrences(text or "", p)) for p in ps]
    return sum(counts) if all(counts) else 0


def snippet(title: str | None, text: str | None, typed: str | None, width: int = SNIPPET_WORDS) -> str:
    """A passage of the text around its first match, in the original spelling, every match in it
    marked ``[…]``; the title when only the title matches."""
    found = matches(title, text, typed)
    in_text = [(s, e) for field, s, e in found if field == "text"]
    if not in_text or text is None:  # (text is None only when in_text is empty: for mypy)
        return mark(title or "", [(s, e) for _, s, e in found])
    ws = words(text)
    first = next(i for i, w in enumerate(ws) if w[0] >= in_text[0][0])
    lo = ws[max(0, first - width)][0]
    hi = ws[min(len(ws) - 1, first + 2 * width)][1]
    hi = max([hi] + [e for s, e in in_text if s < hi])  # a match the window reaches is shown whole
    passage = mark(text[lo:hi], [(s - lo, e - lo) for s, e in in_text if s >= lo and e <= hi])
    passage = " ".join(passage.split())  # one line: paragraphs joined
    return ("…" if lo > 0 else "") + passage + ("…" if hi < len(text) else "")


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    parts, cursor = [], 0
    for s, e in sorted(spans):
        if s < cursor:
            continue
        parts += [text[cursor:s], OPEN, text[s:e], CLOSE]
        cursor = e
    return "".join(parts) + text[cursor:]


def register(conn) -> None:
    """The matching rules as SQL functions on a sqlite3 connection (the CLI's and Datasette's)."""
    conn.create_function("vnie_fold", 1, fold, deterministic=True)
    conn.create_function("vnie_fts", 1, fts_query, deterministic=True)
    conn.create_function("vnie_phrase", 2, lambda text, typed: int(has_phrase(text, typed)), deterministic=True)
    conn.create_function("vnie_name", 2, lambda name, typed: int(has_name(name, typed)), deterministic=True)
    conn.create_function("vnie_hits", 3, hits, deterministic=True)
    conn.create_function("vnie_spelled", 1, lambda typed: int(spelled(typed)), deterministic=True)
    conn.create_function("vnie_snippet", 3, snippet, deterministic=True)
