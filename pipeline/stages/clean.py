"""Clean stage: NFC, one tone-mark placement, no invisible characters, offsets kept.

The cleaned text is what the rules read; ``offsets[i]`` is the index in the original
text of the cleaned character ``i`` (``offsets[len(text)]`` is the original length), so
every fact can point back at the characters it came from.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


from .. import patterns

from ..text import fold_tones
from .state import Cleaned

# Zero-width, BOM, soft hyphen and C0/C1 controls other than tab and newline.
# Bidirectional overrides and isolates too: invisible, and they can make text display other than it reads.
_INVISIBLE = patterns.compile(r"[\u200b-\u200f\u2060-\u2064\u202a-\u202e\u2066-\u2069\u061c\u180e\ufeff\u00ad"
                           r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = patterns.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Letters written for others that look the same: the Icelandic eth "Ð" (U+00D0) for "Đ" (U+0110).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
# A combining mark on no letter (on a digit, a space, punctuation: debris of a bad conversion).
# Marks and letters are told by ``regex``'s Unicode tables everywhere here (they are newer than
# ``unicodedata``'s), so the fast and the cluster paths agree.
_STRAY_MARK = patterns.compile(r"(?:^|[^\p{L}\p{M}])\p{M}")
_MARK = patterns.compile(r"\p{M}")
_WORD = patterns.compile(r"[^ \n\t]+|[ \n\t]+")
_LETTER = patterns.compile(r"\p{L}")
_CLUSTER = patterns.compile(r"\X")
_CACHED_WORD = 32  # and words up to this long
_CACHED_CLUSTER = 8  # clusters up to this long are cleaned once each (a flood of marks is not kept)
_PREFIX_MAP_LIMIT = 64  # visible characters of one cluster mapped prefix by prefix (quadratic in them)



def clean_text(raw: str) -> Cleaned:
    """Clean ``raw``; each output character maps to the original one it came from."""
    if "\r" not in raw and not _INVISIBLE.search(raw) and not (_MARK.search(raw) and _STRAY_MARK.search(raw)):
        if unicodedata.is_normalized("NFC", raw):
            text = _SPACES.sub(" ", raw).translate(_LOOKALIKES)
            folded = fold_tones(text) if not text.isascii() else text
            if len(folded) == len(raw):  # the common case: a length-preserving fix
                return Cleaned(folded, list(range(len(raw) + 1)))
        else:
            return _clean_by_word(raw)
    return _clean_by_cluster(raw)


def _clean_by_word(raw: str) -> Cleaned:
    """A text whose only fault is that some words are not NFC (decomposed, as some sites send
    them): the words already NFC keep their characters and offsets, the others are cleaned
    cluster by cluster, as the whole text would be (no cluster spans a space or a line break
    here: a mark after one is a stray mark, which takes the whole-text path), at a fraction of
    its cost."""
    out: list[str] = []
    offsets: list[int] = []
    for m in _WORD.finditer(raw):
        piece = m.group()
        if piece.isascii() or unicodedata.is_normalized("NFC", piece):
            out.append(piece)
            offsets.extend(range(m.start(), m.end()))
        else:
            text, moved = (_clean_word if len(piece) <= _CACHED_WORD else _clean_word.__wrapped__)(piece)
            out.append(text)
            at = m.start()
            offsets.extend([at + k for k in moved])
    offsets.append(len(raw))
    return Cleaned(_folded(_SPACES.sub(" ", "".join(out)).translate(_LOOKALIKES)), offsets)


def _clean_by_cluster(raw: str) -> Cleaned:
    out: list[str] = []
    offsets: list[int] = []
    for m in _CLUSTER.finditer(raw):
        cluster, at = m.group(), m.start()
        clean = _cleaned_cluster if len(cluster) <= _CACHED_CLUSTER else _cleaned_cluster.__wrapped__
        fixed, moved = clean(cluster, _on_letter(raw, at))
        out.append(fixed)
        offsets.extend([at + k for k in moved])
    offsets.append(len(raw))
    # Tone placement across a cluster boundary ("u" + "ỷ") needs the whole word.
    return Cleaned(_folded("".join(out)), offsets)


@lru_cache(maxsize=16384)
def _clean_word(word: str) -> tuple[str, tuple[int, ...]]:
    """A word (no space, no line break) cleaned cluster by cluster, and where each of its
    characters came from: the words of a decomposed text repeat, so each is cleaned once."""
    part = _clean_by_cluster(word)
    return part.text, tuple(part.offsets[:-1])


@lru_cache(maxsize=16384)
def _cleaned_cluster(cluster: str, on_letter: bool) -> tuple[str, tuple[int, ...]]:
    """A short cluster cleaned and where each of its characters came from (from its start): a
    language has few clusters, so a decomposed text ("e" + circumflex + acute, cluster after
    cluster) cleans each kind once, not once per occurrence."""
    fixed = _clean_cluster(cluster, on_letter)
    return fixed, tuple(_cluster_offsets(cluster, fixed, 0))


def _folded(text: str) -> str:
    """``text`` with one tone placement where that keeps its length (the offsets stay true)."""
    if text.isascii():
        return text
    folded = fold_tones(text)
    return folded if len(folded) == len(text) else text


def _on_letter(raw: str, at: int) -> bool:
    """Whether the marks starting at ``at`` sit on a letter (the nearest character before that is not a mark)."""
    while at > 0 and _MARK.match(raw[at - 1]):
        at -= 1
    return at > 0 and _LETTER.match(raw[at - 1]) is not None


def _clean_cluster(cluster: str, on_letter: bool = False) -> str:
    """One grapheme cluster cleaned: CRLF to LF, spaces, no invisible characters, no mark on a non-letter, NFC.
    ``on_letter``: the character before the cluster is a letter (some scripts' marks are clusters of their own)."""
    if _INVISIBLE.fullmatch(cluster):
        return ""
    if cluster == "\r\n" or cluster == "\r":
        return "\n"
    cluster = _INVISIBLE.sub("", _SPACES.sub(" ", _drop_stray_marks(cluster, on_letter))).translate(_LOOKALIKES)
    if cluster.isascii():
        return cluster
    # again after NFC: a symbol that decomposes ("⫝̸" -> "⫝" + U+0338) leaves a mark on no letter
    return _drop_stray_marks(fold_tones(cluster), on_letter)


def _drop_stray_marks(cluster: str, on_letter: bool) -> str:
    """Drop each combining mark whose nearest non-mark character before it is not a letter."""
    kept = []
    for c in cluster:
        if not _MARK.match(c):
            on_letter = _LETTER.match(c) is not None
        elif not on_letter:
            continue
        kept.append(c)
    return "".join(kept)


def _cluster_offsets(raw: str, fixed: str, start: int):
    """Where each cleaned character of a cluster came from: the first original character whose
    prefix of the cluster cleans to that many characters ("i" + dot below + a foreign mark ->
    "ị" from 0, the mark from 2), so a fact ending inside a cluster ends at the right character.
    When cleaning reorders the marks no prefix matches and every character maps to the start.

    A prefix that ends in an invisible character cleans as the one before it, so only the others
    are cleaned; a cluster with more than ``_PREFIX_MAP_LIMIT`` of those (no writing system needs
    them: a flood of marks) maps every character to its start, so the work stays linear."""
    if fixed == raw:
        return range(start, start + len(raw))
    visible = [k for k in range(1, len(raw) + 1) if not _INVISIBLE.match(raw[k - 1])]
    if len(visible) > _PREFIX_MAP_LIMIT:
        return [start] * len(fixed)
    offsets: list[int] = []
    for k in visible:
        part = _clean_cluster(raw[:k])[:len(fixed)]
        if not fixed.startswith(part):
            return [start] * len(fixed)
        offsets.extend([start + k - 1] * (len(part) - len(offsets)))
    return offsets + [start] * (len(fixed) - len(offsets))

