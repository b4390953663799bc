"""Text keys shared by every layer: one tone placement, folding for search, content hashes and ids.

The lowest floor of the package: it imports nothing of vnie, so rules, readers, stages and the
store can all use it.
"""
from __future__ import annotations

import hashlib
import unicodedata

import regex

TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# Tone on the first vowel of oa/oe/uy at a syllable's end ("hoà" -> "hòa", "uỷ" -> "ủy"),
# the placement the gold and most current style guides use.
_OLD_PLACEMENT = regex.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + TONE_MARKS + r"])(?![\p{L}\p{M}])")


def fold_tones(text: str) -> str:
    """One tone placement: ``fold_tones("Tỉnh uỷ Khánh Hoà") == "Tỉnh ủy Khánh Hòa"``."""
    nfd = unicodedata.normalize("NFD", text)
    if not any(m in nfd for m in TONE_MARKS):
        return unicodedata.normalize("NFC", nfd)
    nfd = _OLD_PLACEMENT.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", nfd)


def normalize(text: str) -> str:
    """The matching key of a phrase: NFC, one tone placement, single spaces."""
    return " ".join(fold_tones(text).split())


_MARKS = regex.compile(r"\p{Mn}+")


def fold(text: str) -> str:
    """Lower case without diacritics ("Lâm Đông" -> "lam dong"), for search typed either way."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).casefold()


def article_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
