"""Text keys shared by every layer: one tone placement, folding for search, content hashes and ids.

The lowest floor of the package: it imports nothing of vnie, so rules, readers, stages and the
store can all use it.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache


from . import patterns

TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# Tone on the first vowel of oa/oe/uy at a syllable's end ("hoà" -> "hòa", "uỷ" -> "ủy"),
# the placement the gold and most current style guides use.
_OLD_PLACEMENT = patterns.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + TONE_MARKS + r"])(?![\p{L}\p{M}])")


def _old_placements() -> dict[str, str]:
    """Each precomposed pair with the tone on the second vowel and its one-placement spelling
    ("oà" -> "òa", "uỷ" -> "ủy"), so text already NFC is folded without decomposing it."""
    out = {}
    for first in "oOuU":
        for second in "aAeEyY":
            for tone in TONE_MARKS:
                old = unicodedata.normalize("NFC", first + second + tone)
                if len(old) == 2:
                    out[old] = unicodedata.normalize("NFC", first + tone) + second
    return out


_FOLD = _old_placements()
_OLD_NFC = patterns.compile(r"(?<![qQ])[oOuU][" + "".join(sorted({pair[1] for pair in _FOLD})) + r"](?![\p{L}\p{M}])")


def fold_tones(text: str) -> str:
    """One tone placement: ``fold_tones("Tỉnh uỷ Khánh Hoà") == "Tỉnh ủy Khánh Hòa"`` (NFC out)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _OLD_NFC.sub(lambda m: _FOLD.get(m.group(), m.group()), text)


def normalize(text: str) -> str:
    """The matching key of a phrase: NFC, one tone placement, single spaces."""
    return " ".join(fold_tones(text).split())


_MARKS = patterns.compile(r"\p{Mn}+")


def fold(text: str) -> str:
    """Lower case without diacritics ("Lâm Đông" -> "lam dong"), for search typed either way."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).casefold()


def article_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


VIET_SYLLABLE = patterns.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$")
_TONE_TABLE = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable ("Thắng", "Kim"), or is it foreign ("Fred", "Putin")?"""
    base = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.casefold()).translate(_TONE_TABLE))
    return bool(VIET_SYLLABLE.match(base))
