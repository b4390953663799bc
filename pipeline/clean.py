"""Clean stage: NFC, one tone-mark placement, no invisible characters, offsets kept.

The cleaned text is what the rules read; ``offsets[i]`` is the index in the original
text of the cleaned character ``i`` (``offsets[len(text)]`` is the original length), so
every fact can point back at the characters it came from.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
# Tone on the first vowel of oa/oe/uy at a syllable's end ("hoà" -> "hòa", "uỷ" -> "ủy"),
# the placement the gold and most current style guides use.
_OLD_PLACEMENT = regex.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + TONE_MARKS + r"])(?![\p{L}\p{M}])")
# Zero-width, BOM, soft hyphen and C0/C1 controls other than tab and newline.
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


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


@dataclass
class Cleaned:
    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end]


def clean_text(raw: str) -> Cleaned:
    """Clean ``raw``; each output character maps to the original one it came from."""
    if "\r" not in raw and not _INVISIBLE.search(raw) and unicodedata.is_normalized("NFC", raw):
        text = _SPACES.sub(" ", raw)
        folded = fold_tones(text) if not text.isascii() else text
        if len(folded) == len(raw):  # the common case: a length-preserving fix
            return Cleaned(folded, list(range(len(raw) + 1)))
    return _clean_by_cluster(raw)


def _clean_by_cluster(raw: str) -> Cleaned:
    out: list[str] = []
    offsets: list[int] = []
    for m in regex.finditer(r"\X", raw):
        cluster = m.group()
        if _INVISIBLE.fullmatch(cluster):
            continue
        if cluster == "\r\n" or cluster == "\r":
            cluster = "\n"
        cluster = _SPACES.sub(" ", cluster)
        cluster = _INVISIBLE.sub("", cluster)
        fixed = fold_tones(cluster) if not cluster.isascii() else cluster
        for ch in fixed:
            out.append(ch)
            offsets.append(m.start())
    offsets.append(len(raw))
    text = "".join(out)
    # Tone placement across a cluster boundary ("u" + "ỷ") needs the whole word.
    if not text.isascii():
        folded = fold_tones(text)
        if len(folded) == len(text):
            text = folded
    return Cleaned(text, offsets)


def clean(doc):
    """Pipeline stage: fill ``doc.clean`` from ``doc.article.text``."""
    doc.clean = clean_text(doc.article.text)
    return doc
