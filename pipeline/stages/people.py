"""People stage: who the article names, the titles it gives them, and later mentions.

Per sentence, the names of the names stage and the titles of the title grammar
(``titles.Grammar``) are linked by the genre's constructions, each with its own rule id:

- ``appos``: "Lâm Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy" (also " - ", "(")
- ``title-first``: "Chủ tịch UBND tỉnh Phạm Anh Tuấn"
- ``shared-colon``: "các đồng chí UVTV Tỉnh ủy: A, …; B, …"
- ``shared-list``: "các Phó Chủ tịch HĐND tỉnh A, B"
- ``verb-role``: "trúng cử chức …", "miễn nhiệm chức vụ … đối với ông X"
- ``mention-*``: "ông Long", "đồng chí Trưởng Ban Tổ chức Tỉnh ủy" linked to a named person.

Precision first: a two-syllable name needs an honorific or a title beside it.
"""
from __future__ import annotations

import dataclasses

import regex

from ..text import normalize
from ..models import Mention, Person, Role
from ..ruleset import JOINED_SPACE, Rules, alternation, compiled
from .state import NameSpan, TitleSpan
from .titles import canonical_title, grammar


def _alt_joined(words) -> str:
    return alternation(words, JOINED_SPACE)


class PeopleRules:
    def __init__(self, r: Rules):
        p = r.people
        self.g = grammar(r)
        self.rules = r
        verbs = p["role_verbs"]
        self.verbs = verbs
        self.verb_end = regex.compile(
            rf"(?:^|[\s,])(?P<verb>{_alt_joined(verbs)})(?:[ _]+(?:giữ|làm))?(?:[ _]+(?:các[ _]+)?(?:chức[ _]+vụ|chức[ _]+danh|chức))?[\s_:]*$", regex.I)
        self.byline = regex.compile(rf"^\s*(?:{_alt_joined(p['byline_markers'])})")
        self.aliases = {normalize(k): v for k, v in p["aliases"].items()}


def people_rules(rules: Rules) -> PeopleRules:
    return compiled(rules, PeopleRules)


# ------------------------------------------------------------------ linking

LIST_GAP = regex.compile(r"^\s*(?:[,;:]|và|,\s*và)?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$", regex.I)
DIRECT_GAP = regex.compile(r"^[\s_]*(?:(?:đồng chí|ông|bà|Đ/c|đ/c)[\s_]+)?$", regex.I)
APPOS_FIRST = regex.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,|-|–|—|\(|:)\s*(?:(?:đồng\s+thời\s+là|hiện\s+là|là|nguyên\s+là)\s+)?$")
APPOS_NEXT = regex.compile(r"^\s*(?:,|;)?\s*(?:và|kiêm|,\s*kiêm|đồng thời là|,\s*đồng thời là|\)\s*,?)?\s*$")
COMMA_HONORIFIC = regex.compile(r"^\s*,\s*(?:đồng chí|ông|bà)\s+$", regex.I)
# A list of titles before a name opens a clause ("có: Tỉnh ủy viên, Phó Chủ tịch … A"), unlike
# "ý kiến của Phó Thủ tướng, Phó Chủ tịch UBND tỉnh A", where the first title is another person's.
LEADING_START = regex.compile(r"(?:^|[:;]|đồng chí|ông|bà)\s*$", regex.I)
TITLE_LIST_GAP = regex.compile(r"^\s*(?:,|kiêm|,\s*kiêm)\s*$")
COLON_GAP = regex.compile(r"^\s*:\s*$")
# "Hai Phó Chủ tịch UBND tỉnh (còn lại) là/gồm ông A và bà B": a counted title shared by the list after it
COUNTED_BEFORE = regex.compile(r"(?:^|[\s,;:(])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|[2-9]|\d\d)\s*$", regex.I)
COUNTED_GAP = regex.compile(
    r"^\s*(?:còn\s+lại\s+|mới\s+)?(?:là|gồm|gồm\s+có)\s*:?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$", regex.I)


# Positions that are a role even without a body, when the sentence gives them to a named
# person ("ông A, Phó Bí thư, Chủ tịch UBND tỉnh"; "được bầu giữ chức Phó Bí thư").
BARE_OK = regex.compile(
    r"^(?:(?:nguyên|quyền|tân)\s+)?(?:phó\s+)?(?:bí thư|chủ tịch|tư lệnh|chính ủy|tham mưu trưởng|chỉ huy trưởng)"
    r"(?:\s+thường trực)?$", regex.I)


def _bare(title) -> bool:
    return not (title.has_body or title.whole)


def link(sent, names, titles, pr: PeopleRules):
    items = sorted([("n", n) for n in names] + [("t", t) for t in titles], key=lambda x: x[1].start)
    text = sent.text
    chain: list[NameSpan] = []
    chain_dash = False
    shared: TitleSpan | None = None
    shared_rule = "shared-colon"
    list_share: TitleSpan | None = None
    leading: list[TitleSpan] = []
    prev = None
    for idx, (kind, it) in enumerate(items):
        gap_before = text[prev.end:it.start] if prev else text[:it.start]
        if kind == "n":
            if shared and (LIST_GAP.match(gap_before) or prev is shared and COUNTED_GAP.match(gap_before)):
                it.titles.append((shared, shared_rule, "holds"))
            elif shared:
                shared = None
            if list_share and isinstance(prev, NameSpan) and regex.match(r"^\s*(?:,|và)\s*$", gap_before):
                it.titles.append((list_share, "shared-list", "holds"))
            elif prev is not list_share:
                list_share = None  # (the first name of the list took the title as title-first)
            if isinstance(prev, NameSpan) and regex.match(r"^\s*(?:,|và)\s*$", gap_before):
                chain.append(it)
            else:
                chain = [it]
                chain_dash = False
            prev = it
            continue
        nxt = items[idx + 1][1] if idx + 1 < len(items) else None
        gap_after = text[it.end:nxt.start] if nxt is not None else text[it.end:]
        in_appos = chain and (isinstance(prev, NameSpan) and APPOS_FIRST.match(gap_before)
                              or isinstance(prev, TitleSpan) and APPOS_NEXT.match(gap_before))
        if _bare(it) and not BARE_OK.match(it.text):
            if in_appos:
                prev = it  # "A, Phó Tổng Biên tập, Phó Bí thư Đảng ủy …": skipped, but the list goes on
            continue
        verb = pr.verb_end.search(text[max(0, it.start - 40):it.start])
        if verb:
            targets = _verb_targets(text, it, names, titles)
            if targets:
                status = pr.verbs.get(verb.group("verb").casefold(), "holds")
                for target in targets:
                    target.titles.append((it, "verb-role", status))
                chain = targets  # "giữ các chức vụ A, B kiêm C": the titles after go to them too
                prev = it
                continue
        if _bare(it) and not in_appos:
            continue  # a bare "Phó Bí thư" is a role only beside a name it describes
        if isinstance(nxt, NameSpan) and (DIRECT_GAP.match(gap_after) or not in_appos and COMMA_HONORIFIC.match(gap_after)):
            for t in leading + [it]:
                nxt.titles.append((t, "title-first", "holds"))
            leading = []
            list_share = it if regex.search(r"(?:^|\s)các\s*$", gap_before) else None
            shared = None
            chain = []
            prev = it
            continue
        if isinstance(nxt, NameSpan) and (COLON_GAP.match(gap_after) or COUNTED_GAP.match(gap_after)
                                          and COUNTED_BEFORE.search(gap_before)):
            shared = it
            shared_rule = "shared-colon" if COLON_GAP.match(gap_after) else "shared-counted"
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
            # "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Bùi Quang Cẩm": a title listed before a title-first one
            if not (isinstance(prev, TitleSpan) and leading and prev is leading[-1] and APPOS_NEXT.match(gap_before)):
                leading = []
            if TITLE_LIST_GAP.match(gap_after) and not _bare(it) and (leading or LEADING_START.search(gap_before)):
                leading.append(it)
        prev = it


# Between two subjects of one verb: a comma or "và", an honorific, and at most an appositive
# title of the first ("A (Trưởng ban Nội chính) và ông B được bầu ..."); "T" stands for a title.
SUBJECT_GAP = regex.compile(
    r"^\s*(?:(?:[,(]|\s-|\s–)\s*T(?:\s*,\s*T)*\s*\)?\s*)?(?:,|và|,\s*và)\s*(?:(?:ông|bà|đồng chí)\s+)?$", regex.I)
OBJECT_LIST = regex.compile(r"^[^.;]{0,40}?đối[ _]với[ _]+(?P<plural>các[ _]+)?(?:(?:ông|bà|đồng[ _]chí)[ _]*)?:?[ _]*", regex.I)


def _verb_targets(text, title, names, titles) -> list[NameSpan]:
    """Who a verb's role goes to: the object of "đối với", else the subject list before it."""
    m = OBJECT_LIST.match(text[title.end:title.end + 80])
    if m:
        first = [n for n in names if n.start == title.end + m.end()]
        if first and m.group("plural"):
            return first + _list_after(text, first[0], names)
        if first:
            return first
    before = [n for n in names if n.end <= title.start]
    if before:
        return _subject_list(text, before, titles)
    later = [n for n in names if n.start >= title.end]
    return later[:1] if len(later) == 1 else []


def _subject_list(text, before, titles) -> list[NameSpan]:
    """The last name before the verb and the names listed with it ("A, B và ông C (…)")."""
    out = [before[-1]]
    for prev in reversed(before[:-1]):
        gap = _mask_titles(text, prev.end, out[0].start, titles)
        if not SUBJECT_GAP.match(gap):
            break
        out.insert(0, prev)
    return out


def _list_after(text, first, names) -> list[NameSpan]:
    """"đối với các ông: A - …; B - …; ông C - …": the names that open each item of the list."""
    out = []
    for n in names:
        if n.start > first.start and regex.search(r"[;:]\s*(?:và\s+)?(?:(?:ông|bà|đồng chí)\s+)?$", text[:n.start], regex.I):
            out.append(n)
    return out


def _mask_titles(text, start, end, titles) -> str:
    """The text between two offsets with each title inside it written as "T"."""
    out, i = [], start
    for t in sorted(titles, key=lambda t: t.start):
        if start <= t.start and t.end <= end:
            out.append(text[i:t.start] + "T")
            i = t.end
    return "".join(out) + text[i:end]


# ------------------------------------------------------------------ article level

def extract_people(sentences, names_by_sentence, to_original, rules: Rules) -> tuple[list[Person], list[tuple[int, int]]]:
    """The people of an article (the names found, the titles the constructions link to them, later
    mentions), and every title the grammar found, as offsets into the cleaned text."""
    pr = people_rules(rules)
    people: dict[str, Person] = {}
    pending_mentions = []
    last = len(sentences) - 1
    for sent in sentences:
        if _is_byline(sent, last, pr):
            continue
        names = [dataclasses.replace(n, titles=[]) for n in names_by_sentence.get(sent.index, [])]
        names = sorted(names + _given_name_mentions(sent, names, people), key=lambda n: n.start)
        titles = pr.g.find_titles(sent.joined)
        names = [n for n in names if not any(t.start <= n.start and n.end <= t.end for t in titles)]
        link(sent, names, titles, pr)
        for n in names:
            _add_person(people, sent, n, to_original, pr)
        pending_mentions.append((sent, titles, names))
    _aliases(people, sentences, to_original, pr)
    _later_mentions(people, pending_mentions, to_original, pr)
    for person in people.values():
        person.roles = _drop_shorter_spellings(person.roles, pr)
    found = [(sent.start + t.start, sent.start + t.end) for sent, titles, _ in pending_mentions for t in titles]
    return [p for p in people.values() if p.confidence >= 0.5], found


def _drop_shorter_spellings(roles, pr):
    """"Chủ tịch HĐND" and later "Chủ tịch HĐND tỉnh Hà Nam" are one role: keep the fuller spelling.

    A longer title that only adds a qualifier ("Phó Bí thư" / "Phó Bí thư Thường trực") is another role.
    """
    keys = [r.canonical.casefold() for r in roles]
    out = []
    for i, role in enumerate(roles):
        longer = [k for j, k in enumerate(keys) if j != i and k.startswith(keys[i] + " ")]
        if any(not pr.g.qualifier_start.match(k[len(keys[i]) + 1:]) for k in longer):
            continue
        if keys[i] in keys[:i]:
            continue
        out.append(role)
    return out


GIVEN_NAME = regex.compile(
    r"(?:^|[\s(,;:])(?:[ôÔ]ng|[bB]à|[đĐ]ồng[ _]chí)[ _]+(\p{Lu}\p{Ll}+)(?![ _]*\p{Lu})(?![\p{L}\p{M}])")


def _given_name_mentions(sent, names, people) -> list[NameSpan]:
    """"ông Long" after "ông Nguyễn Đức Long": a mention of the one person named so far with that given name."""
    by_given: dict[str, list[Person]] = {}
    for p in people.values():
        by_given.setdefault(p.name.split()[-1], []).append(p)
    out = []
    for m in GIVEN_NAME.finditer(sent.joined):
        cands = by_given.get(m.group(1), [])
        if len(cands) == 1 and not any(n.start <= m.start(1) < n.end for n in names):
            out.append(NameSpan(m.start(1), m.end(1), m.group(1), honorific=True, person=cands[0].name))
    return out


def _is_byline(sent, last, pr) -> bool:
    """The author line: "Tin, ảnh: Ngọc Ánh" anywhere, or a short unpunctuated line of names near the end."""
    words = sent.text.split()
    m = pr.byline.match(sent.text)
    if m and (m.group().rstrip().endswith(":") or len(words) <= 6):
        return True  # "Theo đó, …" opens an ordinary sentence; "Theo Phạm Hòa" is a credit
    if sent.index < last - 2 or len(words) > 6 or sent.text.rstrip().endswith((".", ":", "!", "?", ";")):
        return False
    return sent.index == last or all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _add_person(people, sent, n: NameSpan, to_original, pr):
    syllables = len(n.name.split())
    if syllables < 3 and not n.honorific and not n.titles:
        return
    key = normalize(n.name).casefold()
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
        canon = canonical_title(title, pr.rules)
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
    by_title: dict[str, list[Person]] = {}
    for p in people.values():
        for r in p.roles:
            by_title.setdefault(r.canonical.casefold(), []).append(p)
    for sent, titles, names in pending:
        for t in titles:
            if any(n.start >= t.end and n.start - t.end < 3 for n in names):
                continue
            if not regex.search(r"đồng[ _]chí[ _]*$", sent.joined[:t.start], regex.I):
                continue
            cands = by_title.get(canonical_title(_clean_title(t.text), pr.rules).casefold(), [])
            if len(cands) == 1:
                s, e = to_original(sent.start + t.start, sent.start + t.end)
                cands[0].mentions.append(Mention(start=s, end=e, text=t.text, rule="mention-title"))

