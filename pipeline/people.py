"""People stage: names, the titles the article gives them, and later mentions.

Per sentence, names (underthesea words whose syllables are all capitalised, a known
surname first) and titles (``titles.Grammar``) are found, then linked by the genre's
constructions, each with its own rule id:

- ``appos``: "Lâm Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy" (also " - ", "(")
- ``title-first``: "Chủ tịch UBND tỉnh Phạm Anh Tuấn"
- ``shared-colon``: "các đồng chí UVTV Tỉnh ủy: A, …; B, …"
- ``shared-list``: "các Phó Chủ tịch HĐND tỉnh A, B"
- ``verb-role``: "trúng cử chức …", "miễn nhiệm chức vụ … đối với ông X"
- ``mention-*``: "ông Long", "đồng chí Trưởng Ban Tổ chức Tỉnh ủy" linked to a named person.

Precision first: a two-syllable name needs an honorific or a title beside it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .clean import normalize
from .models import Mention, Person, Role
from .rules import load_rules
from .titles import CAP_SYLLABLE, TitleSpan, canonical_title, grammar


@dataclass
class NameSpan:
    start: int
    end: int
    text: str
    honorific: bool = False
    titles: list = field(default_factory=list)  # (TitleSpan, rule, status)


def _alt(words):
    return "|".join(regex.escape(w).replace(r"\ ", r"[ _]+") for w in sorted(words, key=len, reverse=True))


class PeopleRules:
    def __init__(self):
        r = load_rules()
        p = r.people
        self.g = grammar()
        self.rules = r
        self.honorific_end = regex.compile(rf"(?:^|[\s(,;:])(?:{_alt(p['honorifics'])})[\s_]*$", regex.I)
        self.rank_end = regex.compile(rf"(?:{_alt(p['ranks'])})[\s_]*$")
        self.not_person_end = regex.compile(rf"(?:^|[\s(,;:\"“])(?:{_alt(p['not_person_before'])})[\s_]*$")
        verbs = p["role_verbs"]
        self.verbs = verbs
        self.verb_end = regex.compile(
            rf"(?:^|[\s,])(?P<verb>{_alt(verbs)})(?:[ _]+(?:giữ|làm))?(?:[ _]+(?:chức[ _]+vụ|chức[ _]+danh|chức))?[\s_]*$", regex.I)
        self.byline = regex.compile(rf"^\s*(?:{_alt(p['byline_markers'])})")
        self.aliases = {normalize(k): v for k, v in p["aliases"].items()}


_PR: PeopleRules | None = None


def people_rules() -> PeopleRules:
    global _PR
    if _PR is None:
        _PR = PeopleRules()
    return _PR


# ------------------------------------------------------------------ names

def find_names(sent, pr: PeopleRules) -> list[NameSpan]:
    g = pr.g
    out = []
    text, joined = sent.text, sent.joined
    toks = sent.tokens
    i = 0
    while i < len(toks):
        s, e = toks[i]
        word = text[s:e]
        # a surname left alone by the tokenizer: "Nguyễn" + "Văn Đọc"
        if i + 1 < len(toks) and CAP_SYLLABLE.match(word) and word in g.surnames and toks[i + 1][0] == e + 1:
            nxt = text[toks[i + 1][0]:toks[i + 1][1]]
            if g.looks_like_person(f"{word} {nxt}") and len(nxt.split()) <= 3:
                e = toks[i + 1][1]
                word = text[s:e]
                i += 1
        i += 1
        if not g.looks_like_person(word):
            continue
        before = joined[:s]
        if pr.not_person_end.search(before) or g.territorial.search(before[-12:]) and regex.search(r"(?i)ủy[\s_]*$", before):
            # "huyện Ninh Hải" is a place; "Chủ tịch UBND tỉnh Phạm Anh Tuấn" is a person
            if len(word.split()) < 3 or not g.position.search(before[-60:]):
                continue
        out.append(NameSpan(s, e, word, honorific=bool(pr.honorific_end.search(before) or pr.rank_end.search(before))))
    return out


# ------------------------------------------------------------------ linking

LIST_GAP = regex.compile(r"^\s*(?:[,;:]|và|,\s*và)?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$", regex.I)
DIRECT_GAP = regex.compile(r"^[\s_]*(?:(?:đồng chí|ông|bà|Đ/c|đ/c)[\s_]+)?$", regex.I)
APPOS_FIRST = regex.compile(r"^\s*(?:,|-|–|—|\(|:)\s*(?:(?:đồng\s+thời\s+là|hiện\s+là|là|nguyên\s+là)\s+)?$")
APPOS_NEXT = regex.compile(r"^\s*(?:,|;)?\s*(?:và|kiêm|,\s*kiêm|đồng thời là|,\s*đồng thời là|\)\s*,?)?\s*$")
COLON_GAP = regex.compile(r"^\s*:\s*$")


def link(sent, names, titles, pr: PeopleRules):
    items = sorted([("n", n) for n in names] + [("t", t) for t in titles], key=lambda x: x[1].start)
    text = sent.text
    chain: list[NameSpan] = []
    chain_dash = False
    shared: TitleSpan | None = None
    list_share: TitleSpan | None = None
    prev = None
    for idx, (kind, it) in enumerate(items):
        gap_before = text[prev.end:it.start] if prev else text[:it.start]
        if kind == "n":
            if shared and LIST_GAP.match(gap_before):
                it.titles.append((shared, "shared-colon", "holds"))
            elif shared:
                shared = None
            if list_share and prev is not None and isinstance(prev, NameSpan) and regex.match(r"^\s*(?:,|và)\s*$", gap_before):
                it.titles.append((list_share, "shared-list", "holds"))
            else:
                list_share = None
            if isinstance(prev, NameSpan) and regex.match(r"^\s*(?:,|và)\s*$", gap_before):
                chain.append(it)
            else:
                chain = [it]
                chain_dash = False
            prev = it
            continue
        nxt = items[idx + 1][1] if idx + 1 < len(items) else None
        gap_after = text[it.end:nxt.start] if nxt is not None else text[it.end:]
        verb = pr.verb_end.search(text[max(0, it.start - 40):it.start])
        if verb:
            target = _verb_target(text, it, names)
            if target is not None:
                status = pr.verbs.get(verb.group("verb").casefold(), "holds")
                target.titles.append((it, "verb-role", status))
                prev = it
                continue
        if isinstance(nxt, NameSpan) and DIRECT_GAP.match(gap_after):
            nxt.titles.append((it, "title-first", "holds"))
            list_share = it if regex.search(r"(?:^|\s)các\s*$", gap_before) else None
            shared = None
            chain = []
            prev = it
            continue
        if isinstance(nxt, NameSpan) and COLON_GAP.match(gap_after):
            shared = it
            chain = []
            prev = it
            continue
        if chain and isinstance(prev, NameSpan) and APPOS_FIRST.match(gap_before):
            chain_dash = bool(regex.match(r"^\s*[-–—(]", gap_before))
            targets = chain if chain_dash else chain[-1:]
            chain = targets
            for n in targets:
                n.titles.append((it, "appos", "holds"))
        elif chain and isinstance(prev, TitleSpan) and APPOS_NEXT.match(gap_before):
            for n in chain:
                n.titles.append((it, "appos", "holds"))
        else:
            chain = []
        prev = it


def _verb_target(text, title, names):
    after = text[title.end:title.end + 80]
    m = regex.match(r"^[^.;]{0,40}?đối[ _]với[ _]+(?:(?:ông|bà|đồng chí)[ _]+)?", after)
    if m:
        for n in names:
            if n.start == title.end + m.end():
                return n
    before = [n for n in names if n.end <= title.start]
    if before:
        return before[-1]
    later = [n for n in names if n.start >= title.end]
    return later[0] if len(later) == 1 else None


# ------------------------------------------------------------------ article level

def extract_people(sentences, to_original, text_clean, article_title="") -> list[Person]:
    pr = people_rules()
    people: dict[str, Person] = {}
    pending_mentions = []
    last = len(sentences) - 1
    for sent in sentences:
        if pr.byline.match(sent.text) or (sent.index == last and _is_byline(sent, pr)):
            continue
        names = find_names(sent, pr)
        titles = [t for t in pr.g.find_titles(sent.joined) if (t.has_body or t.whole)]
        names = [n for n in names if not any(t.start <= n.start and n.end <= t.end for t in titles)]
        link(sent, names, titles, pr)
        for n in names:
            _add_person(people, sent, n, to_original, pr)
        pending_mentions.append((sent, titles, names))
    _aliases(people, sentences, to_original, pr)
    _later_mentions(people, pending_mentions, to_original, pr)
    return [p for p in people.values() if p.confidence >= 0.5]


def _is_byline(sent, pr) -> bool:
    words = sent.text.split()
    return len(words) <= 6 and not sent.text.rstrip().endswith((".", ":", "!", "?"))


def _add_person(people, sent, n: NameSpan, to_original, pr):
    syllables = len(n.text.split())
    if syllables < 3 and not n.honorific and not n.titles:
        return
    key = normalize(n.text).casefold()
    s, e = to_original(sent.start + n.start, sent.start + n.end)
    person = people.get(key)
    if person is None:
        conf = 0.95 if (n.titles or syllables >= 3 and n.honorific) else 0.85 if syllables >= 3 else 0.75
        person = Person(name=n.text, sentence=sent.index, start=s, end=e, text=n.text,
                        rule="name-surname" + ("-titled" if n.titles else ""), confidence=conf)
        people[key] = person
    else:
        person.mentions.append(Mention(start=s, end=e, text=n.text, rule="mention-name"))
        if n.titles:
            person.confidence = max(person.confidence, 0.95)
    seen = {r.canonical.casefold() for r in person.roles}
    for t, rule, status in n.titles:
        title = _clean_title(t.text)
        canon = canonical_title(title)
        if canon.casefold() in seen:
            continue
        seen.add(canon.casefold())
        ts, te = to_original(sent.start + t.start, sent.start + t.start + len(title))
        if t.marker and t.marker.casefold() == "nguyên":
            status = "former"
        person.roles.append(Role(title=title, canonical=canon, status=status, sentence=sent.index,
                                 start=ts, end=te, text=title, rule=rule,
                                 confidence=0.9 if rule in {"appos", "title-first"} else 0.8))


def _clean_title(text: str) -> str:
    text = regex.sub(r"^[Tt]ân\s+", "", text.strip())
    return text.strip(" ,;:-–")


def _aliases(people, sentences, to_original, pr):
    for sent in sentences:
        for alias, name in pr.aliases.items():
            for m in regex.finditer(regex.escape(alias), sent.text):
                key = normalize(name).casefold()
                s, e = to_original(sent.start + m.start(), sent.start + m.end())
                if key in people:
                    people[key].mentions.append(Mention(start=s, end=e, text=m.group(), rule="alias"))
                else:
                    people[key] = Person(name=name, sentence=sent.index, start=s, end=e, text=m.group(),
                                         rule="alias", confidence=0.9)


def _later_mentions(people, pending, to_original, pr):
    by_given: dict[str, list[Person]] = {}
    by_title: dict[str, list[Person]] = {}
    for p in people.values():
        by_given.setdefault(p.name.split()[-1], []).append(p)
        for r in p.roles:
            by_title.setdefault(r.canonical.casefold(), []).append(p)
    hon = regex.compile(r"(?:^|[\s(,;:])(?:[ôÔ]ng|[bB]à|[đĐ]ồng[ _]chí)[ _]+(\p{Lu}\p{Ll}+)(?![ _]*\p{Lu})")
    for sent, titles, names in pending:
        for m in hon.finditer(sent.joined):
            cands = by_given.get(m.group(1), [])
            if len(cands) == 1:
                s, e = to_original(sent.start + m.start(1), sent.start + m.end(1))
                cands[0].mentions.append(Mention(start=s, end=e, text=m.group(1), rule="mention-given-name"))
        for t in titles:
            if any(n.start >= t.end and n.start - t.end < 3 for n in names):
                continue
            if not regex.search(r"đồng[ _]chí[ _]*$", sent.joined[:t.start], regex.I):
                continue
            cands = by_title.get(canonical_title(_clean_title(t.text)).casefold(), [])
            if len(cands) == 1:
                s, e = to_original(sent.start + t.start, sent.start + t.end)
                cands[0].mentions.append(Mention(start=s, end=e, text=t.text, rule="mention-title"))


def people_stage(doc):
    doc.people = extract_people(doc.sentences, doc.clean.to_original, doc.clean.text, doc.article.title)
    return doc
