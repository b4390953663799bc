"""Events stage: the meeting an article reports, with date, place, organiser and attendees.

The meeting is the first sentence where a meeting noun ("Hội nghị", "Kỳ họp", "Đại hội",
"Lễ", "buổi làm việc" …) follows a verb that reports it as held ("tổ chức", "tiến hành",
"khai mạc" …), else the article's title when it names one. Its date is the day named in
that sentence (else the lead paragraph's first day), its place the "tại …" phrase.
"""
from __future__ import annotations

import regex

from .models import Event, Participant
from .rules import load_rules


def _alt(words):
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class EventRules:
    def __init__(self):
        r = load_rules().events
        nouns = _alt(r["nouns"])
        verbs = _alt(r["verbs"])
        self.held = regex.compile(rf"(?:{verbs})\s+(?:thành công\s+)?(?P<name>(?:{nouns})(?![\p{{L}}])[^.;:!?]*)", regex.I)
        self.leading = regex.compile(rf"^\s*(?P<name>(?:{nouns})(?![\p{{L}}])[^.;!?]*)")
        self.place = regex.compile(r"(?<![\p{L}])tại\s+(?P<loc>[^,.;:()]{3,80}?)(?=\s*(?:[,.;:(]|$|\s(?:tổ chức|diễn ra|khai mạc|tiến hành|bế mạc)\s))")
        self.organizer = regex.compile(r"(?:^|[,:]\s*|\)\s*-?\s*)(?P<org>\p{Lu}[^,.;:]{2,80}?)\s+(?:đã\s+|long trọng\s+)?(?:tổ chức|tiến hành|khai mạc|triệu tập)\s")


_ER: EventRules | None = None


def event_rules() -> EventRules:
    global _ER
    if _ER is None:
        _ER = EventRules()
    return _ER


def _clip_name(name: str) -> str:
    name = regex.split(r",\s+(?=(?:tại|với|nhằm|để|dưới|do|có)\s)|\s+(?=(?:tại|với sự|nhằm|dưới sự|để)\s)", name)[0]
    return name.strip(" ,-–")


def extract_events(sentences, to_original, dates, people, title: str = "") -> list[Event]:
    er = event_rules()
    chosen = None
    for s in sentences:
        m = er.held.search(s.text)
        if m:
            chosen = (s, m.start("name"), _clip_name(m.group("name")), "event-held")
            break
    if chosen is None and sentences:
        m = er.leading.match(sentences[0].text)
        if m:
            chosen = (sentences[0], m.start("name"), _clip_name(m.group("name")), "event-title")
    if chosen is None:
        return []
    sent, at, name, rule = chosen
    date = _event_date(sent, dates, sentences)
    place = er.place.search(sent.text)
    org = er.organizer.search(sent.text[: at + 1])
    a, b = to_original(sent.start + at, sent.start + at + len(name))
    return [Event(name=name, date=date, location=place.group("loc").strip() if place else "",
                  organizer=_strip_org(org.group("org")) if org else "", participants=_participants(people, sentences),
                  sentence=sent.index, start=a, end=b, text=name, rule=rule, confidence=0.8)]


def _strip_org(org: str) -> str:
    return regex.sub(r"^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\b[^,]*,?\s*", "", org).strip()


def _event_date(sent, dates, sentences):
    days = [d for d in dates if d.kind == "day" and d.value]
    same = [d for d in days if d.sentence == sent.index]
    if same:
        return same[0].value
    lead = {s.index for s in sentences if s.paragraph <= sent.paragraph + 1}
    near = [d for d in days if d.sentence in lead and d.rule != "date-iso" and not d.rule.startswith("date-dmy")]
    return near[0].value if near else None


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


def events_stage(doc):
    doc.events = extract_events(doc.sentences, doc.clean.to_original, doc.dates, doc.people, doc.article.title)
    return doc
