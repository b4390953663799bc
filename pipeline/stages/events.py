"""Events stage: the meetings an article reports as held, with date, place, organiser and attendees.

A mention of a meeting noun ("Hội nghị", "Kỳ họp", "Đại hội", "Lễ", "buổi làm việc" …)
starts an event when the text reports it as held:

- after a verb that holds it ("tổ chức Hội nghị …", "khai mạc Kỳ họp …", "đã họp …");
- named with what sets it apart (an ordinal, a body) in a sentence that dates it
  ("Ngày 30-1, kỳ họp bất thường HĐND TP …", "Cùng ngày, Đại hội … tỉnh Đăk Nông");
- named at the head of a sentence ("Tại buổi trao quyết định …, Ban …", "Đại hội … tỉnh Hà
  Nam, ông …") before the article turns to biographies.

MeetingMentions in the future ("sẽ"), in the background ("Trước khi Đại hội … diễn ra") or of many
meetings at once ("các phiên họp", "68 Đảng bộ đã tổ chức đại hội") start none. MeetingMentions of
one meeting merge: same kind of meeting, no conflicting ordinal, term or proper name.
"""
from __future__ import annotations

import regex

from ..models import Event, Participant
from ..ruleset import Rules, alternation, compiled
from .state import MeetingMention

# Word groups read from rules/events.yaml (see the comments there for what each one does).
WORD_GROUPS = ("anaphora", "name_stops", "future", "background", "not_meeting_before", "many", "biography", "generic")
_DAY_PARTS = r"sáng|chiều|tối|trưa|đêm|hôm"



class EventRules:
    def __init__(self, rules: Rules):
        r = rules.events
        words = {k: r[k] for k in WORD_GROUPS}
        self.noun = regex.compile(rf"(?<![\p{{L}}])(?P<noun>{alternation(r['nouns'] + ['buổi'])})(?![\p{{L}}])", regex.I)
        self.held_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['verbs'])})\s+(?:thành công\s+|xong\s+)?$", regex.I)
        self.convened_before = regex.compile(r"(?<![\p{L}])(?:đã|vừa|đang)\s+$", regex.I)
        self.anaphora = regex.compile(rf"^\s*(?:{alternation(words['anaphora'])})(?![\p{{L}}])", regex.I)
        self.stop = regex.compile(rf"\s+(?:{alternation(words['name_stops'])})(?![\p{{L}}])|\s*[.;:!?]|,\s+(?=\p{{Ll}})(?!(?:khóa|khoá|nhiệm)\s)"
                                  rf"|\s+\((?!\p{{Ll}})", regex.I)
        self.future = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(words['future'])})(?![\p{{L}}])", regex.I)
        self.not_meeting = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(words['not_meeting_before'])})\s+$", regex.I)
        self.part_of = regex.compile(rf"[^,;.]*?(?<![\p{{L}}])(?:của|tại|trong)\s+(?:{alternation(r['nouns'])})(?![\p{{L}}])", regex.I)
        self.many_after = regex.compile(rf"^\s+(?:của\s+)?(?:{alternation(words['many'])}|\d+)\s", regex.I)
        self.background = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(words['background'])})\s+$", regex.I)
        self.many = regex.compile(rf"^(?:{alternation(words['many'])})(?![\p{{L}}])|^\d", regex.I)
        self.many_before = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(words['many'])})\s+$", regex.I)
        self.biography = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(words['biography'])})(?![\p{{L}}])")
        self.generic = {w.casefold() for w in words["generic"]}
        self.head = regex.compile(r"^(?:(?:Cũng\s+)?[Tt]ại|Trong)?\s*$")
        self.same_day = regex.compile(r"(?<![\p{L}])cùng\s+ngày(?![\p{L}])", regex.I)
        self.place = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(r['place_markers'])})\s+(?P<loc>[^,.;:()]{{3,80}}?)"
                                   rf"(?=\s*(?:[,.;:(]|$|\s(?:{alternation(r['place_stops'])})(?![\p{{L}}])))")
        self.organizer = regex.compile(r"(?:^|[,:]\s*|\)\s*-?\s*)(?P<org>\p{Lu}[^,.;:]{2,80}?)\s+(?:đã\s+|long trọng\s+)?(?:tổ chức|tiến hành|khai mạc|triệu tập|họp)\s")


def event_rules(rules: Rules) -> EventRules:
    return compiled(rules, EventRules)



# ------------------------------------------------------------------ mentions

def _mentions(s, er: EventRules):
    """Meeting mentions of one sentence that start an event, each with the rule that starts it."""
    text = s.text
    future = bool(er.future.search(text))
    inside = 0  # end of the last name: a meeting noun inside it ("(kỳ họp bất thường)") is part of it
    for m in er.noun.finditer(text):
        if m.start() < inside:
            continue
        noun, before, after = m.group("noun"), text[: m.start()], text[m.end():]
        if noun.casefold() == "buổi" and regex.match(rf"\s*(?:{_DAY_PARTS})(?![\p{{L}}])", after, regex.I) \
                or er.not_meeting.search(before):
            continue  # "buổi sáng" is a time of day, "Trung tâm Hội nghị" a place
        name = _name(text, m.start(), m.end(), er)
        inside = m.start() + len(name)
        if er.part_of.match(text, m.start() + len(name)):
            continue  # "phiên thảo luận tại kỳ họp thứ 8": the session is part of the meeting named next
        qualified = (len(name) > len(noun) or bool(regex.match(r"\s+ngày\s+\d", after))) and not er.anaphora.match(after)
        rule = _rule(noun, before, text[m.start() + len(name):], qualified, er)
        many = er.many_before.search(before) or er.many_after.match(after) or _many_hold(before, er)
        if rule and not future and not er.background.search(before) and not many:
            yield _mention(s, m.start(), name, noun, rule, er)


def _rule(noun, before, rest, qualified, er) -> str:
    if er.held_before.search(before) or (noun.casefold() == "họp" and er.convened_before.search(before)):
        return "event-held"
    clause = before[before.rfind(",") + 1:].strip()
    if qualified and er.head.match(clause) and (clause or rest.startswith(",")):
        return "event-head"  # "Tại buổi trao …, …" or "Đại hội … tỉnh Hà Nam, ông …": the scene of what follows
    return "event-named" if qualified else ""


def _name(text: str, start: int, noun_end: int, er: EventRules) -> str:
    stop = er.stop.search(text, noun_end)
    return text[start: stop.start() if stop else len(text)].strip(" ,-–")


def _many_hold(before: str, er: EventRules) -> bool:
    """ "68 Đảng bộ … đã tổ chức đại hội", "hàng loạt tỉnh … tổ chức Đại hội": many meetings."""
    clause = regex.split(r"[,;:]\s*", before)[-1]
    clause = regex.sub(r"^(?:(?:đến|tới|trước|sau|vào)\s+)?(?:hết\s+)?(?:(?:" + _DAY_PARTS + r")\s+)?(?:ngày\s+[\d/.-]+|\d{1,2}/\d{1,2}(?:/\d{4})?)\s+",
                       "", clause.strip(), flags=regex.I)
    return bool(er.many.match(clause))


def _mention(s, start, name, noun, rule, er) -> MeetingMention:
    words = regex.findall(r"[\p{L}.]+|\d+", name[len(noun):])
    ordinals = set(regex.findall(r"(?:thứ|lần(?!\s+thứ))\s+(\d+|[IVXLC]+|nhất|hai|ba)\b", name, regex.I))
    terms = set(regex.findall(r"(?:khóa|khoá)\s+(\d+|[IVXLC]+)\b", name, regex.I))
    proper = {w.casefold().strip(".") for w in words if w[:1].isupper() and w.casefold() not in er.generic
              and not regex.fullmatch(r"[IVXLC]+", w)}
    return MeetingMention(s, start, name, regex.sub(r"\s+", " ", noun.casefold()), ordinals, terms, proper, rule)


def _same(a: MeetingMention, b: MeetingMention) -> bool:
    """Two mentions of one meeting: same kind, no conflicting ordinal or proper name."""
    if a.kind != b.kind:
        return False
    for x, y in ((a.ordinals, b.ordinals), (a.terms, b.terms)):
        if not (x <= y or y <= x):
            return False
    return not (a.proper and b.proper) or a.proper <= b.proper or b.proper <= a.proper


# ------------------------------------------------------------------ dates

def _dates_by_sentence(dates):
    out = {}
    for d in dates:
        if d.kind in {"day", "relative"} and d.rule != "date-iso" and not d.text.casefold().startswith("từ"):
            out.setdefault(d.sentence, []).append(d)
    return out


def _own_date(m: MeetingMention, by_sentence, sentences, er) -> None:
    """The day the mention's sentence names; "cùng ngày" takes the last day named before it."""
    same = by_sentence.get(m.sent.index)
    if same:
        m.date, m.dated = same[0].value, True
    elif er.same_day.search(m.sent.text):
        prev = [d for i in sorted(by_sentence) if i < m.sent.index for d in by_sentence[i] if d.kind == "day"]
        if prev:
            m.date, m.dated = prev[-1].value, True


def _nearby_date(m: MeetingMention, by_sentence, sentences) -> str | None:
    """An undated mention: the day of the two sentences before it, else (for the title) the lead's."""
    for i in (m.sent.index - 1, m.sent.index - 2):
        if by_sentence.get(i):
            return by_sentence[i][-1].value
    if m.sent.index == 0:
        lead = [d for s in sentences[1:] if s.paragraph <= 2 for d in by_sentence.get(s.index, []) if d.kind == "day"]
        return lead[0].value if lead else None
    return None


# ------------------------------------------------------------------ events

def extract_events(sentences, to_original, dates, people, published: str | None, rules: Rules) -> list[Event]:
    er = event_rules(rules)
    by_sentence = _dates_by_sentence(dates)
    cutoff = next((s.index for s in sentences if er.biography.search(s.text)), len(sentences) + 1)
    groups: list[list[MeetingMention]] = []
    for s in sentences:
        for m in _mentions(s, er):
            if m.rule == "event-head" and s.index > cutoff:
                continue  # "Tại kỳ họp thứ 16 …, ông X được bầu": a career's background
            _own_date(m, by_sentence, sentences, er)
            group = next((g for g in groups if _same(g[0], m)), None)
            if group is None and m.rule != "event-named" or m.dated:
                group = group or _new_group(groups)
            if group is not None:
                group.append(m)
    events = [_event(g, by_sentence, sentences, people, to_original, er) for g in groups if g]
    return _drop_future(events, published)


def _new_group(groups):
    groups.append([])
    return groups[-1]


def _event(group, by_sentence, sentences, people, to_original, er) -> Event:
    first = group[0]
    dated = next((m for m in group if m.dated), None)
    date = dated.date if dated else _nearby_date(first, by_sentence, sentences)
    main = next((m for m in group if m.rule == "event-held"), first)
    sent = main.sent
    place = er.place.search(sent.text)
    loc = place.group("loc").strip() if place and not er.noun.match(place.group("loc")) else ""
    org = er.organizer.search(sent.text[: main.start + 1])
    a, b = to_original(sent.start + main.start, sent.start + main.start + len(main.name))
    return Event(name=main.name, date=date, location=loc, organizer=_strip_org(org.group("org")) if org else "",
                 participants=_participants(people, sentences), sentence=sent.index, start=a, end=b,
                 text=main.name, rule=main.rule, confidence=0.8 if main.rule == "event-held" else 0.6)


def _drop_future(events, published):
    """A meeting dated after the article or after the first one it reports is still to come."""
    limit = min((d for d in [published[:10] if published else None, events[0].date if events else None] if d),
                default=None)
    return [e for i, e in enumerate(events) if not (i and e.date and limit and e.date[:10] > limit)
            and not (published and e.date and e.date[:10] > published[:10])]


def _strip_org(org: str) -> str:
    return regex.sub(r"^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\b[^,]*,?\s*", "", org).strip()


_ACTS = [("chaired", r"chủ trì|chủ tọa|điều hành"), ("spoke", r"phát biểu|kết luận|báo cáo|trình bày"),
         ("attended", r"tham dự|dự|có mặt")]


def _participants(people, sentences) -> list[Participant]:
    text_of = {s.index: s.text for s in sentences}
    out = []
    for p in people:
        sent = text_of.get(p.sentence, "")
        act = next((label for label, pat in _ACTS if regex.search(rf"(?<![\p{{L}}])(?:{pat})(?![\p{{L}}])", sent, regex.I)), "mentioned")
        title = p.roles[0].title if p.roles else ""
        out.append(Participant(name=p.name, role=act, title=title))
    return out

