"""Names stage: the people a sentence names, found on syllables.

A name is a run of capitalised syllables (2-5) whose first syllable (or first two) is a known
surname (``rules/surnames.txt``), read across the segmenter's word boundaries: the segmenter
splits a surname from its given names ("Nguyễn" + "Văn Đọc") and leaves a syllable out
("Trương Quang Hoài" + "Nam"). Guards keep out places, streets, schools and prizes named after
people ("huyện Ninh Hải", "đường Lê Lợi", "Trường THPT Phan Bội Châu").
"""
from __future__ import annotations

import regex

from ..ruleset import JOINED_SPACE, Rules, alternation, compiled
from .state import NameSpan, Sentence
from .titles import CAP_SYLLABLE, grammar



def _alt_joined(words) -> str:
    return alternation(words, JOINED_SPACE)


ENDS_IN_UY = regex.compile(r"(?i)ủy[\s_]*$")
SPACE_CAPITAL = regex.compile(r"\s\p{Lu}")

class NameRules:
    def __init__(self, r: Rules):
        p = r.people
        self.g = grammar(r)
        self.honorific_end = regex.compile(rf"(?:^|[\s(,;:])(?:{_alt_joined(p['honorifics'])})[\s_]*$", regex.I)
        self.rank_end = regex.compile(rf"(?:{_alt_joined(p['ranks'])})[\s_]*$")
        self.not_person_end = regex.compile(rf"(?:^|[\s(,;:\"“])(?:{_alt_joined(p['not_person_before'])})[\s_]*$")
        self.honorific_words = {h.casefold() for h in p["honorifics"]}
        # capitalised words that follow a name without being part of it ("Nguyễn Văn A Phó …")
        self.not_given = {w for h in p["honorifics"] + p["ranks"] for w in h.split()[:1]} | {"Phó", "Thứ", "Tổng", "Ủy", "Uỷ"}


def name_rules(rules: Rules) -> NameRules:
    return compiled(rules, NameRules)


def extract_names(sentences: list[Sentence], rules: Rules) -> dict[int, list[NameSpan]]:
    """The names of each sentence (by sentence index), in text order."""
    nr = name_rules(rules)
    return {s.index: found for s in sentences if (found := find_names(s, nr))}


def find_names(sent, pr: NameRules) -> list[NameSpan]:
    g = pr.g
    out = []
    text, joined = sent.text, sent.joined
    toks = sent.tokens
    i = 0
    while i < len(toks):
        s = toks[i][0]
        i = _grow_name(text, toks, i, pr)
        e = toks[i][1]
        i += 1
        word = text[s:e]
        if not g.looks_like_person(word):
            continue
        before = joined[max(0, s - 300):s]  # a bounded window: a sentence of names stays linear
        if pr.not_person_end.search(before) or g.territorial.search(before[-12:]) and ENDS_IN_UY.search(before):
            # "huyện Ninh Hải" is a place; "Chủ tịch UBND tỉnh Phạm Anh Tuấn" is a person
            if len(word.split()) < 3 or not g.position.search(before[-60:]):
                continue
        if PLACE_PAIR.search(before) and _place_before_dash(before, g):
            continue  # "hầm chui Điện Biên Phủ - Nguyễn Tri Phương": a junction of two streets
        out.append(NameSpan(s, e, word, honorific=bool(pr.honorific_end.search(before) or pr.rank_end.search(before))))
    return out


PLACE_PAIR = regex.compile(r"(\p{Lu}[\p{L}\p{M}_ ]*?)\s[-–]\s$")


def _place_before_dash(before, g) -> bool:
    m = PLACE_PAIR.search(before)
    words = m.group(1).replace("_", " ").split()
    return any(" ".join(words[k:]) in g.places for k in range(len(words)))


def _grow_name(text, toks, i, pr) -> int:
    """Index of the last token of the name starting at token ``i``, joining what the tokenizer split.

    "Nguyễn" + "Văn Đọc" (a surname left alone), "Trương Quang Hoài" + "Nam" (a given name left
    out), "Y Biêr" + "Niê" (an Ê Đê name: prefix, given name, clan name).
    """
    g = pr.g
    s, e = toks[i]
    word = text[s:e]
    if not CAP_SYLLABLE.match(word.split()[0]):
        return i
    # "Ông" and "Bà" are surnames too, but at a sentence start they are honorifics
    if (i + 1 < len(toks) and word in g.surnames and toks[i + 1][0] == e + 1
            and word.casefold() not in pr.honorific_words):
        nxt = text[toks[i + 1][0]:toks[i + 1][1]]
        if g.looks_like_person(f"{word} {nxt}") and len(nxt.split()) <= 3:
            i += 1
            word = text[s:toks[i][1]]
    if not g.looks_like_person(word) or len(word.split()) > 3 or i + 1 >= len(toks):
        return i
    ns, ne = toks[i + 1]
    nxt = text[ns:ne]
    after = text[ne:ne + 2]
    if ns != toks[i][1] + 1 or " " in nxt or not CAP_SYLLABLE.match(nxt) or nxt in g.places:
        return i
    if g.position.match(nxt) or nxt in pr.not_given or SPACE_CAPITAL.match(after):
        return i
    if nxt in g.surnames and not word.startswith(("Y ", "H")):
        return i
    return i + 1


