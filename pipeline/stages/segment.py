"""Segment stage: paragraphs, sentences and words, with a spaCy ``Doc`` as the container.

Paragraphs are split on line breaks first (underthesea's ``sent_tokenize`` does not split
on blank lines), then sentences with ``sent_tokenize``, then words with ``word_tokenize``.
Each sentence also gets a *joined* form of the same length where the spaces inside a word
are underscores ("Phan_Tấn_Cảnh"), so rules can see word boundaries through plain regexes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

_SPLIT_FALLBACK = regex.compile(r"(?<=[.!?…])\s+(?=[\"“(]?\p{Lu})")


@dataclass
class Sentence:
    index: int
    start: int  # into the cleaned text
    end: int
    text: str
    joined: str = ""
    tokens: list[tuple[int, int]] = field(default_factory=list)  # offsets inside the sentence
    paragraph: int = 0


@lru_cache(maxsize=1)
def _vocab():
    from spacy.vocab import Vocab

    return Vocab()


def _fixed_words() -> list[str]:
    from ..ruleset import load_rules

    bodies = load_rules().titles["bodies"]["territorial"]
    return sorted({w for b in bodies for w in (b, b.lower())})


def paragraphs(text: str):
    for m in regex.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def split_sentences(par: str) -> list[str]:
    from underthesea import sent_tokenize

    try:
        return sent_tokenize(par)
    except Exception:  # noqa: BLE001 - fall back to a plain splitter on odd input
        return _SPLIT_FALLBACK.split(par)


def locate(pieces, text: str, base: int = 0):
    """Offsets of ``pieces`` found in order inside ``text``; pieces not found are skipped."""
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0:
            continue
        cursor = at + len(piece)
        yield base + at, base + cursor


def tokenize(sentence: str) -> list[tuple[int, int]]:
    from underthesea import word_tokenize

    try:
        words = word_tokenize(sentence, fixed_words=_fixed_words())
    except Exception:  # noqa: BLE001
        words = sentence.split()
    spans = list(locate(words, sentence))
    if not spans:
        spans = [(m.start(), m.end()) for m in regex.finditer(r"\S+", sentence)]
    return spans


def joined_form(sentence: str, tokens) -> str:
    chars = list(sentence)
    for s, e in tokens:
        for i in range(s, e):
            if chars[i] == " ":
                chars[i] = "_"
    return "".join(chars)


def segment_text(text: str, max_sentence: int = 2000) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(paragraphs(text)):
        par = text[ps:pe]
        for ss, se in locate(split_sentences(par), par, ps):
            # very long "sentences" (tables, lists) are cut at semicolons to bound the work
            for cs, ce in _bounded(text, ss, se, max_sentence):
                s_text = text[cs:ce]
                toks = tokenize(s_text)
                out.append(Sentence(len(out), cs, ce, s_text, joined_form(s_text, toks), toks, p_index))
    return out


def _bounded(text, start, end, limit):
    while end - start > limit:
        cut = max(text.rfind(";", start, start + limit), text.rfind(",", start, start + limit))
        cut = cut + 1 if cut > start else start + limit
        yield start, cut
        start = cut
    yield start, end


def to_spacy(text: str, sentences: list[Sentence]):
    """A spaCy Doc over the cleaned text: one token per word, sentence starts set."""
    from spacy.tokens import Doc

    words, spaces, starts = [], [], []
    for s in sentences:
        for i, (a, b) in enumerate(s.tokens):
            words.append(text[s.start + a:s.start + b])
            starts.append(i == 0)
    offsets = [(s.start + a, s.start + b) for s in sentences for a, b in s.tokens]
    for i, (a, b) in enumerate(offsets):
        nxt = offsets[i + 1][0] if i + 1 < len(offsets) else len(text)
        spaces.append(nxt > b and text[b:b + 1].isspace())
    return Doc(_vocab(), words=words, spaces=spaces, sent_starts=starts) if words else Doc(_vocab(), words=[])


def segment(doc):
    """Pipeline stage: fill ``doc.sentences`` (and ``doc.spacy`` when asked for)."""
    doc.sentences = segment_text(doc.clean.text)
    if doc.want_spacy:
        doc.spacy = to_spacy(doc.clean.text, doc.sentences)
    return doc
