"""Events stage: the meetings an article reports as held, with date, place, organiser and attendees.

A mention of a meeting noun ("Hội nghị", "Kỳ họp", "Đại hội", "Lễ", "buổi làm việc" …) or of a
ceremony told by its verb ("trao quyết định", "trao tặng Huy hiệu Đảng", "hội đàm") starts an
event when the text reports it as held; the constructions, tried in order:

- ``event-scene`` (first): the occasion of a speech, undated ("Phát biểu bế mạc kỳ họp, …"): a meeting
  only where the article names no other;
- ``event-held``: after a verb that holds it ("tổ chức Hội nghị …", "khai mạc Kỳ họp …",
  "đã họp …") or inside its agenda ("tiếp tục chương trình Đại hội");
- ``event-head``: the scene of the sentence ("Tại buổi trao quyết định …, Ban …", "Cũng tại hội
  nghị, …"); a bare noun there is the meeting of that kind the article reports, or a meeting
  with no date or place when it reports no other;
- ``event-scene`` too: where something was said, undated ("chia sẻ kinh nghiệm tại buổi thảo luận …");
- ``event-named``: named with what sets it apart (an ordinal, a body) in a sentence that dates it
  ("Ngày 30-1, kỳ họp bất thường HĐND TP …");
- ``event-ceremony``: a ceremony verb in a sentence that dates or places it ("Sáng 25.5, tại
  Huyện ủy …, lãnh đạo tỉnh trao quyết định …").

Mentions in the future ("sẽ"), in the background ("Trước khi Đại hội … diễn ra"), in a document's
name ("Nghị quyết của Hội nghị Trung ương 8"), looked back on ("tại Hội nghị … trước đó"), of many
meetings at once ("các phiên họp", "68 Đảng bộ đã tổ chức đại hội") or of what is no meeting
("buổi sáng", "Trung tâm Hội nghị", "phiên tòa", "Lễ hội", "dịp lễ") start none. Mentions of one
meeting merge: same kind, no conflicting ordinal, term, proper name or hour ("lúc 10h15"); "họp"
on a day merges with that day's meeting; "buổi lễ", "buổi họp" are of the kind after "buổi" and
say no more of it than the noun alone. A meeting's day is its sentence's (of its ";"-part), never a
document's ("Quyết định số … ngày …").
"""
from __future__ import annotations

import heapq

import regex

from .. import patterns

from ..models import Event, Participant
from ..ruleset import Rules, alternation, compiled, whole_words
from ..text import normalize
from .state import MeetingMention, Sentence
from .titles import grammar

# Word groups read from rules/events.yaml (see the comments there for what each one does).
WORD_GROUPS = ("anaphora", "name_stops", "future", "background", "not_meeting_before", "many", "biography", "generic")


DAY_AFTER = patterns.compile(r"\s+ngày\s+\d")
CLAUSE_BREAK = patterns.compile(r"[,;:]\s*")
NAME_WORDS = patterns.compile(r"[\p{L}.]+|\d+")
ORDINAL = patterns.compile(r"(?:thứ|lần(?!\s+thứ))\s+(\d+|[IVXLC]+|nhất|hai|ba)\b", regex.I)
TERM = patterns.compile(r"(?:khóa|khoá)\s+(\d+|[IVXLC]+)\b", regex.I)
ROMAN = patterns.compile(r"[IVXLC]+")
SPACES = patterns.compile(r"\s+")
# the words that open and close a span of days: "từ ngày 30/11 đến ngày 2/12"
SPAN_OPEN, SPAN_CLOSE = "từ", ("đến", "tới")
# a meeting noun that opens its clause: the subject of what follows
SUBJECT_BEFORE = patterns.compile(r"(?:^|[,;:]\s*)$")
# the full stop of an abbreviated town or city before its name: "TP.Ngã Bảy", "TX. Long Mỹ"
ABBREVIATED = r"(?<=(?<![\p{L}])(?:TP|TX|Tp))\.(?=\s?\p{Lu})"
# "tại Thành ủy A và Thành ủy B": two places of one kind, a ceremony at each
TWO_PLACES = patterns.compile(r"^(?P<a>(?P<head>\p{Lu}[\p{L}\p{M}]*)\s.+?)\s+và\s+(?P<b>(?P=head)\s.+)$")

class EventRules:
    def __init__(self, rules: Rules):
        r = rules.events
        self.grammar = grammar(rules)  # whether the words before "họp" name a body
        words = {k: r[k] for k in WORD_GROUPS}
        day_parts = alternation(rules.dates["day_parts"])
        prefixes = alternation(r["noun_prefixes"])
        self.noun = patterns.compile(rf"(?<![\p{{L}}])(?P<noun>(?:{prefixes})\s+(?:{alternation(r['nouns'])})(?![\p{{L}}])"
                                  rf"|(?:{alternation(r['nouns'] + r['noun_prefixes'])}))(?![\p{{L}}])", regex.I)
        self.noun_prefix = patterns.compile(rf"^(?:{prefixes})\s+(?=\S)", regex.I)
        self.prefixes = {w.casefold() for w in r["noun_prefixes"]}
        self.ceremony = patterns.compile(rf"(?<![\p{{L}}])(?P<noun>{alternation(r['ceremonies'])})(?![\p{{L}}])", regex.I)
        self.time_of_day = patterns.compile(rf"\s*(?:{day_parts}|hôm)(?![\p{{L}}])", regex.I)
        self.held_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['verbs'])})\s+(?:thành công\s+|xong\s+)?$", regex.I)
        self.speech_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['speeches'])})\s+(?:{alternation(r['verbs'])})\s+$",
                                           regex.I)
        # what was said may stand between: "chia sẻ ý kiến và kinh nghiệm tại buổi thảo luận"
        self.at_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['said_at'])})(?:\s[^,;:.]{{0,60}})?"
                                       rf"\s(?:{alternation(r['place_markers'])})\s+$", regex.I)
        self.agenda_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['agenda'])})\s+$", regex.I)
        self.convened_before = patterns.compile(r"(?<![\p{L}])(?:đã|vừa|đang)\s+$", regex.I)
        self.anaphora = patterns.compile(rf"^\s*(?:{alternation(words['anaphora'])})(?![\p{{L}}])", regex.I)
        self.stop = patterns.compile(rf"\s+(?:{alternation(words['name_stops'])})(?![\p{{L}}])|\s*[.;:!?]"
                                  rf"|,\s+(?=\p{{Ll}})(?!(?:khóa|khoá|nhiệm)\s)|\s+\((?!\p{{Ll}})", regex.I)
        self.future = patterns.compile(whole_words(words["future"]), regex.I)
        self.not_meeting = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(words['not_meeting_before'])})\s+$", regex.I)
        self.not_meeting_noun = patterns.compile(rf"(?:{alternation(r['not_meetings'])})(?![\p{{L}}])", regex.I)
        self.part_of = patterns.compile(rf"[^,;.]*?(?<![\p{{L}}])(?:của|tại|trong)\s+(?:{alternation(r['nouns'])})(?![\p{{L}}])", regex.I)
        self.many_after = patterns.compile(rf"^\s+(?:của\s+)?(?:{alternation(words['many'])}|\d+)\s", regex.I)
        self.background = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(words['background'])})\s+$", regex.I)
        self.document = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['documents'])})"
                                      rf"(?:\s+(?:{alternation(r['document_markers'])})\s+[\w./-]+)?(?:\s+(?:của|tại))?\s+$", regex.I)
        self.past_after = patterns.compile(rf"^\s*(?:(?:{alternation(r['verbs'])}|được tổ chức)\s+)?"
                                        rf"(?:{alternation(r['past_after'])})(?![\p{{L}}])", regex.I)
        # a document's number just before a day: "Quyết định số 123/QĐ-UBND ngày 1/3/2024", "Kế hoạch 45/KH-UBND ngày …"
        self.document_number = patterns.compile(rf"(?:(?<![\p{{L}}])(?i:{alternation(r['document_markers'])})\s+\S+"
                                             rf"|\d+[/-](?:\d+[/-])*\p{{Lu}}[\p{{L}}\d/-]*)\s*,?\s*$")
        self.past_in_name = patterns.compile(whole_words(r["past_after"]), regex.I)
        self.many = patterns.compile(rf"^(?:(?:{alternation(r['many_openers'])})\s+)*(?:(?:{alternation(words['many'])})(?![\p{{L}}])|\d)",
                                  regex.I)
        self.many_in_name = patterns.compile(whole_words(r["many_in_name"]), regex.I)
        self.many_before = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(words['many'])})\s+$", regex.I)
        self.clause_date = patterns.compile(rf"^(?:(?:đến|tới|trước|sau|vào)\s+)?(?:hết\s+)?(?:(?:{day_parts}|hôm)\s+)?"
                                         rf"(?:ngày\s+[\d/.-]+|\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?)\s+", regex.I)
        self.biography = patterns.compile(whole_words(words["biography"]))
        self.generic = {w.casefold() for w in words["generic"]}
        self.head = patterns.compile(rf"^(?:(?:{alternation(r['scene_openers'])})\s*)?$", regex.I)
        self.same_day = patterns.compile(r"(?<![\p{L}])cùng\s+ngày(?![\p{L}])", regex.I)
        stops = alternation(r["place_stops"])
        # a place ends at a clause break or a full stop, not at the one that abbreviates "TP.Ngã Bảy", "TX. Long Mỹ",
        # or before the day told after it ("tại hội trường sáng 11-12")
        self.place = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['place_markers'])})\s+"
                                   rf"(?P<loc>(?:[^,.;:()]|{ABBREVIATED}){{3,80}}?)"
                                   rf"(?=\s*(?:[,;:(]|(?!{ABBREVIATED})\.|$|\s(?:{stops})(?![\p{{L}}])"
                                   rf"|\s(?:{day_parts}|ngày)\s+\d))")
        self.place_list = patterns.compile(rf"^(?:các|những)\s+(?:{alternation(rules.titles['levels'])})\s", regex.I)
        self.place_list_tail = patterns.compile(r"(?:,\s*(?:và\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)*)+")
        self.place_tail = patterns.compile(rf",\s+(?P<tail>{alternation(rules.places)})(?=\s*(?:[,.;:(]|$|\s(?:{stops})(?![\p{{L}}])))")
        held = alternation(r["organiser_verbs"])
        # a dot inside a word is part of the name ("Ủy ban T.Ư MTTQ", "UBND TP.HCM")
        self.organizer = patterns.compile(rf"(?:^|[,:]\s*|\)\s*-?\s*)(?P<org>\p{{Lu}}(?:[^,.;:]|\.(?=\S)){{2,80}}?)\s+"
                                       rf"(?:đã\s+|long trọng\s+)?(?:{held})\s")
        self.acts = [(act, patterns.compile(whole_words(verbs), regex.I)) for act, verbs in r["acts"].items()]
        # "Chiều 15/9, sau lễ đón chính thức, …": what came first on the day the sentence opens with was held
        self.after_on_day = patterns.compile(rf"^(?:{day_parts}|ngày)\s[^,]{{1,30}},\s*sau\s+$", regex.I)
        # what a meeting that was held did: "đã bầu", "đã thống nhất", "vừa thông qua"
        self.acted_after = patterns.compile(rf"^\s+(?:{alternation(r['acted'])})\s+\p{{Ll}}", regex.I)
        # the hour a meeting began, right after its noun, a body's name or its day: "cuộc họp HĐQT vào lúc 11h10",
        # "cuộc họp ngày 13/4 lúc 10h15"; not "cuộc họp kết thúc lúc 11h" (when it ended)
        self.clock = patterns.compile(rf"(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.]*)*(?:\s+ngày\s+[\d/.-]+)?\s+(?i:{alternation(r['clock_markers'])})"
                                   rf"\s+(?P<h>\d{{1,2}})\s*(?i:h|giờ|:)\s*(?P<m>\d{{2}})?(?![\p{{L}}\d])")
        self.kind_modifier = patterns.compile(rf"\s+(?:{alternation(r['kind_modifiers'])})$", regex.I)
        self.weekday_heads = patterns.compile(rf"^(?:{day_parts}|ngày|hôm nay|hôm qua)\b[^,]*,?\s*", regex.I)


def event_rules(rules: Rules) -> EventRules:
    return compiled(rules, EventRules)


# ------------------------------------------------------------------ mentions

# The clause before "họp" is a body's name: capitalised, a few words, after a comma or the start.
BODY_CLAUSE = patterns.compile(r"(?:^|[,;:]\s*)\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,7}\s+$")


class _Seen:
    """A meeting noun as the constructions see it: its sentence, where it stands, its name."""

    def __init__(self, s: Sentence, m: regex.Match, er: EventRules, dated: bool = False):
        self.s, self.er = s, er
        self.dated = dated  # the sentence gives a date
        self.noun, self.start = m.group("noun"), m.start()
        # the words just before it (what the "…$" patterns read) and the rest of the sentence
        self.before, self.after = s.text[max(0, m.start() - 200): m.start()], s.text[m.end():]
        self.name = _name(s.text, m.start(), m.end(), er)
        self.rest = s.text[m.start() + len(self.name):]
        self.qualified = ((len(self.name) > len(self.noun) or bool(DAY_AFTER.match(self.after)))
                          and not er.anaphora.match(self.after))


# The constructions for a meeting noun, tried in this order; the first that names a rule wins.

def _speech(x: _Seen) -> str:
    """"Phát biểu bế mạc kỳ họp, …" undated: the meeting is the scene of a speech, not told as held."""
    return "event-scene" if not x.dated and x.er.speech_before.search(x.before) else ""


def _held(x: _Seen) -> str:
    """"tổ chức Hội nghị …", "đã họp", "tiếp tục chương trình Đại hội": the meeting took place."""
    er = x.er
    if er.held_before.search(x.before) or er.agenda_before.search(x.before):
        return "event-held"
    if x.noun.casefold() == "họp" and er.convened_before.search(x.before):
        return "event-held"
    if SUBJECT_BEFORE.search(x.before) and x.er.acted_after.match(x.after):
        return "event-subject"  # "…, Đại hội đã bầu 50 Ủy viên", "Hội nghị đã thống nhất …": the meeting did something
    if x.noun.casefold() == "họp" and x.dated and _body_before(x):
        return "event-held"  # "Chiều 15/3, tại …, Ban Thường vụ Huyện ủy họp để …": a body met, on a day
    return ""


def _body_before(x: _Seen) -> bool:
    """Is the clause before the noun a body's name, whole ("Ban Thường vụ Huyện ủy", "UBND tỉnh")?"""
    m = BODY_CLAUSE.search(x.before)
    if not m:
        return False
    clause = x.before[m.start():].lstrip(",;: ").rstrip()
    return x.er.grammar.body_end(clause, 0) >= len(clause)


def _scene(x: _Seen) -> str:
    """"Tại buổi trao …, …", "Đại hội … tỉnh Hòa Phong, ông …": the scene of what the sentence tells."""
    clause = x.before[x.before.rfind(",") + 1:].strip()
    if x.er.head.match(clause) and (clause or x.rest.startswith(",")):
        return "event-head" if x.qualified else "event-scene"
    return ""


def _scene_place(x: _Seen) -> str:
    """The place of a meeting that opens its sentence as its scene: told in the opening phrase ("Tại buổi lễ
    diễn ra tại Hội trường X, …"), not in the clause after it, which tells what happened there ("Tại buổi họp
    báo, ông A cho biết … tại chợ Y")."""
    head = x.s.text[: x.start + len(x.name)] + x.rest.split(",", 1)[0]
    return _location(head[x.start:], x.er)


def _told_at(x: _Seen) -> str:
    """"… chia sẻ tại buổi thảo luận …" undated: where something was said, a meeting only where the article
    names no other."""
    return "event-scene" if not x.dated and x.er.at_before.search(x.before) else ""


def _named(x: _Seen) -> str:
    return "event-named" if x.qualified else ""


NOUN_CONSTRUCTIONS = [_speech, _held, _scene, _told_at, _named]


def _no_meeting(x: _Seen) -> bool:
    """"buổi sáng" (a time of day), "Trung tâm Hội nghị", "Nhà tang lễ" (places), "phiên tòa" (a hearing)."""
    er = x.er
    return (x.noun.casefold() in er.prefixes and bool(er.time_of_day.match(x.after)) or bool(er.not_meeting.search(x.before))
            or bool(er.not_meeting_noun.match(x.s.text, x.start)))


def _not_reported(x: _Seen, future: bool) -> bool:
    """A meeting still to come, in the background, or many meetings at once."""
    er = x.er
    background = bool(er.background.search(x.before)) and not (x.dated and er.after_on_day.match(x.s.text[: x.start]))
    looked_back = bool(er.past_after.match(x.rest)) or bool(er.past_in_name.search(x.name, len(x.noun)))
    return (future or background or looked_back or bool(er.document.search(x.before)) or bool(er.many_before.search(x.before))
            or bool(er.many_after.match(x.after)) or _many_hold(x.before, er) or bool(er.many_in_name.search(x.name)))


def _mentions(s: Sentence, er: EventRules, dated: bool):
    """Meeting mentions of one sentence that start an event, each with the rule that starts it."""
    future = bool(er.future.search(s.text))
    inside = 0  # end of the last name: a meeting noun inside it ("(kỳ họp bất thường)") is part of it
    for m in er.noun.finditer(s.text):
        if m.start() < inside:
            continue
        x = _Seen(s, m, er, dated)
        if _no_meeting(x):
            continue
        inside = m.start() + len(x.name)
        if er.part_of.match(s.text, inside):
            continue  # "phiên thảo luận tại kỳ họp thứ 8": the session is part of the meeting named next
        rule = next((rule for construction in NOUN_CONSTRUCTIONS if (rule := construction(x))), "")
        if rule and not _not_reported(x, future):
            yield _mention(s, m.start(), x.name, x.noun, rule, er, _scene_place(x) if _scene(x) else None)
    if not future and (dated or er.place.search(s.text)):
        yield from _ceremonies(s, er, inside)


def _ceremonies(s: Sentence, er: EventRules, inside: int):
    """"Sáng 25.5, tại Huyện ủy …, lãnh đạo tỉnh trao quyết định …", "Ngày 27/8, Đảng ủy xã tổ chức
    trao tặng Huy hiệu Đảng …": a ceremony told by its verb, in a sentence that dates or places it."""
    for m in er.ceremony.finditer(s.text):
        if m.start() < inside or er.background.search(s.text[: m.start()]):
            continue
        name = _name(s.text, m.start(), m.end(), er)
        mention = _mention(s, m.start(), name, m.group("noun"), "event-ceremony", er)
        two = TWO_PLACES.match(mention.place)
        if two:  # "tại Thành ủy A và Thành ủy B, … trao quyết định": one ceremony at each place
            for place in (two.group("a"), two.group("b")):
                yield _mention(s, m.start(), name, m.group("noun"), "event-ceremony", er, place)
            return
        yield mention
        return  # one ceremony a sentence (or one a place it names)


def _name(text: str, start: int, noun_end: int, er: EventRules) -> str:
    ceremony = er.ceremony.match(text, noun_end + 1) if text[noun_end:noun_end + 1] == " " else None
    stop = er.stop.search(text, ceremony.end() if ceremony else noun_end)  # "Lễ công bố quyết định …"
    return text[start: stop.start() if stop else len(text)].strip(" ,-–")


def _many_hold(before: str, er: EventRules) -> bool:
    """ "68 Đảng bộ … đã tổ chức đại hội", "hầu hết các tổ chức cơ sở đảng đều tổ chức đại hội": many meetings."""
    clause = CLAUSE_BREAK.split(before)[-1]
    return bool(er.many.match(er.clause_date.sub("", clause.strip())))


def _mention(s, start, name, noun, rule, er, place: str | None = None) -> MeetingMention:
    words = NAME_WORDS.findall(name, len(noun))
    ordinals = set(ORDINAL.findall(name))
    terms = set(TERM.findall(name))
    proper = {w.casefold().strip(".") for w in words if w[:1].isupper() and w.casefold() not in er.generic
              and not ROMAN.fullmatch(w)}
    # "Hội nghị trực tuyến" is a "hội nghị", "buổi lễ" a "lễ"
    kind = er.noun_prefix.sub("", er.kind_modifier.sub("", SPACES.sub(" ", noun.casefold())))
    return MeetingMention(s, start, name, kind, ordinals, terms, proper, _clocks(s.text, start + len(noun), er), rule,
                          place=_location(s.text, er) if place is None else place)


def _clocks(text: str, noun_end: int, er: EventRules) -> set[str]:
    """The hour the meeting began: "cuộc họp HĐQT vào lúc 11h10" -> {"11:10"}."""
    m = er.clock.match(text, noun_end)
    return {f"{int(m['h'])}:{m['m'] or '00'}"} if m else set()


def _same(a: MeetingMention, b: MeetingMention) -> bool:
    """Two mentions of one meeting: same kind, no conflicting ordinal or proper name; "họp" is the
    meeting of its day (or the one reported, undated); a ceremony is the meeting named after it
    ("trao quyết định …" and "buổi trao quyết định …")."""
    if a.place and b.place and a.place != b.place:
        return False  # held in two places: two meetings ("trao quyết định" in each district)
    if a.kind != b.kind:
        if "họp" in (a.kind, b.kind):
            return a.dated and b.dated and a.date == b.date
        ceremony, other = (a, b) if a.rule == "event-ceremony" else (b, a)
        return ceremony.rule == "event-ceremony" and ceremony.kind in other.name.casefold()
    for x, y in ((a.ordinals, b.ordinals), (a.terms, b.terms)):
        if not (x <= y or y <= x):
            return False
    if a.rule == b.rule == "event-held" and a.sent is not b.sent and _facet_set(a) and _facet_set(b) \
            and not _facet_set(a) & _facet_set(b):
        return False  # "… tổ chức Hội nghị lần thứ 7 …. Chiều cùng ngày, … tổ chức hội nghị Chủ tịch …": held twice
    return not (a.proper and b.proper) or a.proper <= b.proper or b.proper <= a.proper


def _facet_set(m: MeetingMention) -> set:
    """What sets a meeting's name apart: its ordinals, terms and proper words, tagged by kind."""
    return {("n", x) for x in m.ordinals} | {("t", x) for x in m.terms} | {("p", x) for x in m.proper}


# ------------------------------------------------------------------ dates

def _dates_by_sentence(dates):
    """The days each sentence names (those with a value first), and for each sentence the last day
    named before it (what "cùng ngày" refers to): computed once, so many meetings stay linear. A day
    after "từ" is the start of something else ("từ ngày 1/7, luật có hiệu lực"), unless a day after
    "đến" closes it: the days of one meeting ("từ ngày 30/11 đến ngày 2/12")."""
    out: dict[int, list] = {}
    for i, d in enumerate(dates):
        if d.kind in {"day", "relative"} and d.rule != "date-iso" and (
                d.rule == "date-d-d/m" or not d.text.casefold().startswith(SPAN_OPEN) or _closed(d, dates[i + 1: i + 2])):
            out.setdefault(d.sentence, []).append(d)
    for days in out.values():
        days.sort(key=lambda d: d.value is None)
    return out


def _closed(d, after) -> bool:
    """Is the day after ``d`` in its sentence the end of a span "từ … đến …"?"""
    return bool(after) and after[0].sentence == d.sentence and after[0].kind == "day" and \
        after[0].text.casefold().startswith(SPAN_CLOSE)


def _day_or_days(days) -> str | None:
    """The sentence's day, or the interval of the days of one meeting ("từ ngày 3 đến 5/12/2019",
    "từ ngày 30/11 đến ngày 2/12")."""
    first = days[0]
    pair = [d for d in days if d.rule == "date-d-d/m" and d.value]
    if first.rule == "date-d-d/m" and len(pair) >= 2 and pair[0] is first:
        return f"{pair[0].value}/{pair[1].value}"
    if first.text.casefold().startswith(SPAN_OPEN) and len(days) >= 2 and first.value and days[1].value \
            and first.value < days[1].value:
        return f"{first.value}/{days[1].value}"
    return first.value


def _reported_day(date: str | None, by_sentence, sentences) -> str | None:
    """A meeting of several days is dated by the day the lead reports it on, when the lead names one
    of its days ("Chiều 30/12, HĐND … công bố …" for a session "trong hai ngày 30 và 31/12")."""
    if not date or "/" not in date:
        return date
    first, last = date.split("/")
    lead = [d.value for s in sentences if s.paragraph <= 2 for d in by_sentence.get(s.index, [])
            if d.kind == "day" and d.value and d.rule != "date-d-d/m" and not d.text.casefold().startswith((SPAN_OPEN, *SPAN_CLOSE))]
    return next((day for day in lead if first <= day <= last), date)


def _last_days(by_sentence, sentences) -> dict[int, object]:
    """For each sentence, the last day named before it (a DateFact, its value None when its year is unknown)."""
    last: object = None
    out: dict[int, object] = {}
    for s in sentences:
        out[s.index] = last
        days = [d for d in by_sentence.get(s.index, []) if d.kind == "day"]
        if days:
            last = days[-1]
    return out


def _own_date(m: MeetingMention, by_sentence, last_days, er, to_original) -> None:
    """The day the mention's sentence names (a day whose year is unknown still dates it, without a
    value), the one of its own part where ";" parts the sentence, never a document's; "cùng ngày"
    takes the last day named before it."""
    same = [d for d in by_sentence.get(m.sent.index, ()) if not _of_document(m.sent.text, d, er)]
    if same:
        m.date, m.dated = _day_or_days(_of_part(m, same, to_original) or same), True
    elif er.same_day.search(m.sent.text) and last_days.get(m.sent.index):
        m.date, m.dated = last_days[m.sent.index].value, True


def _of_document(text: str, d, er: EventRules) -> bool:
    """Is the day a document's ("Quyết định số 123/QĐ-UBND ngày 1/3/2024"), not what the sentence tells?"""
    at = text.find(d.text)
    return at > 0 and bool(er.document_number.search(text, 0, at))


def _of_part(m: MeetingMention, days, to_original) -> list:
    """The days of the ";"-part of its sentence the mention is in: "căn cứ Đơn … ngày 6/4; căn cứ kết quả
    … tại cuộc họp ngày 13/4 …" dates the meeting by 13/4."""
    text, base = m.sent.text, m.sent.start
    if ";" not in text:
        return []
    left, right = text.rfind(";", 0, m.start), text.find(";", m.start)
    lo = to_original(base + left + 1, base + left + 1)[0] if left >= 0 else -1
    hi = to_original(base + right, base + right)[0] if right >= 0 else float("inf")
    return [d for d in days if lo <= d.start < hi]


def _nearby_date(m: MeetingMention, by_sentence, sentences, titled: bool) -> str | None:
    """An undated mention: the day of the two sentences before it, else (for the title, where the text
    opens with it) the lead's."""
    for i in (m.sent.index - 1, m.sent.index - 2):
        valued = [d for d in by_sentence.get(i, []) if d.value]
        if valued:
            return valued[-1].value
    if m.sent.index == 0 and titled:
        lead = [d for s in sentences[1:] if s.paragraph <= 2 for d in by_sentence.get(s.index, [])
                if d.kind == "day" and d.value]
        return lead[0].value if lead else None
    return None


# ------------------------------------------------------------------ events

def extract_events(sentences, to_original, dates, people, published: str | None, rules: Rules,
                   title: str | None = None) -> list[Event]:
    """The meetings held. ``title``: the article's; its first sentence is taken for it unless another
    is given (a page whose text starts with the body: "Tại Kỳ họp thứ 7, …" is no title dated by the lead)."""
    er = event_rules(rules)
    titled = title is None or bool(sentences) and normalize(title).startswith(normalize(sentences[0].text))
    by_sentence = _dates_by_sentence(dates)
    last_days = _last_days(by_sentence, sentences)
    cutoff = next((s.index for s in sentences if er.biography.search(s.text)), len(sentences) + 1)
    groups = _Groups()
    fallback: list[MeetingMention] = []
    last: tuple[int, list[MeetingMention]] | None = None  # the sentence and group of the last meeting mentioned
    for s in sentences:
        dated = bool(by_sentence.get(s.index))
        for m in _mentions(s, er, dated):
            if m.rule in {"event-head", "event-scene"} and s.index > cutoff:
                continue  # "Tại kỳ họp thứ 16 …, ông X được bầu": a career's background
            _own_date(m, by_sentence, last_days, er, to_original)
            if m.rule in {"event-scene", "event-ceremony"}:
                fallback.append(m)  # "Cũng tại hội nghị, …", "trao quyết định": if the article names no meeting
                continue
            group = groups.find(m)
            if group is None and m.kind == "họp" and not m.dated and last and last[0] >= s.index - 2:
                group = last[1]  # "… tổ chức Hội nghị … . Phó Thủ tướng chủ trì họp …": the meeting just told
            if group is None and m.rule == "event-subject" and not m.dated and last:
                group = last[1]  # "Kỳ họp đã thông qua …" after "họp kỳ thứ 20": the meeting the article is telling
            if group is None and m.rule != "event-named" or m.dated:
                group = group or groups.new(m)
            if group is not None:
                group.append(m)
                last = (s.index, group)
    found = groups.lists or _fallback_groups(fallback)
    participants = _participants(people, sentences, er)  # the same for every meeting: made once
    events = [_event(g, by_sentence, sentences, participants, to_original, er, titled) for g in found if g]
    return _drop_future(events, published)


class _Groups:
    """The mentions of each meeting, in the order the meetings are first mentioned. ``find`` gives
    the first group whose first mention is :func:`_same` as a new one, looking only at the groups
    that can be: of its kind, sharing an ordinal, a term and a proper name where it has them (or
    having none), and, through "họp", a meeting of its day. So a thousand distinct meetings do not
    compare every pair."""

    def __init__(self):
        self.lists: list[list[MeetingMention]] = []
        self.index: dict[tuple, list[int]] = {}  # key -> groups, in order

    def find(self, m: MeetingMention) -> list[MeetingMention] | None:
        pools = [[(m.kind, facet, v) for v in (None, *values)] for facet, values in _facets(m) if values]
        keys = min(pools, key=lambda ks: sum(len(self.index.get(k, ())) for k in ks), default=[(m.kind, "all", None)])
        if m.dated:  # "họp" is the meeting of its day, whatever the other's kind
            keys = keys + [("dated", m.date)] if m.kind == "họp" else keys + [("họp", m.date)]
        last = -1
        for i in heapq.merge(*(self.index.get(k, ()) for k in keys)):  # each list is in order: no sort
            if i != last and _same(self.lists[i][0], m) and _same_hour(self.lists[i], m):
                return self.lists[i]
            last = i
        return None

    def new(self, m: MeetingMention) -> list[MeetingMention]:
        i = len(self.lists)
        self.lists.append([])
        keys = [(m.kind, "all", None)] + [(m.kind, facet, v) for facet, values in _facets(m) for v in values or [None]]
        if m.dated:
            keys += [("dated", m.date)] + ([("họp", m.date)] if m.kind == "họp" else [])
        for key in keys:
            self.index.setdefault(key, []).append(i)
        return self.lists[-1]


def _same_hour(group: list[MeetingMention], m: MeetingMention) -> bool:
    """No mention of the meeting gives another hour than ``m`` ("cuộc họp lúc 10h15" … "cuộc họp lúc 10h45").
    A group's mentions that give an hour all give the same one, so its first such mention speaks for it."""
    if not m.clocks:
        return True
    hours = next((g.clocks for g in group if g.clocks), None)
    return hours is None or bool(hours & m.clocks)


def _facets(m: MeetingMention):
    return (("ordinals", m.ordinals), ("terms", m.terms), ("proper", m.proper))


def _fallback_groups(mentions: list[MeetingMention]) -> list[list[MeetingMention]]:
    """An article that names no meeting reports the ceremonies it tells by their verb (one event a
    place), else the one meeting it names only as a scene."""
    groups: list[list[MeetingMention]] = []
    for m in (c for c in mentions if c.rule == "event-ceremony"):
        group = next((g for g in groups if _same(g[0], m)), None)
        (group.append(m) if group else groups.append([m]))
    scenes = [m for m in mentions if m.rule == "event-scene"]
    return groups or ([scenes[:1]] if scenes else [])


def _event(group, by_sentence, sentences, participants, to_original, er, titled: bool) -> Event:
    first = group[0]
    dated = next((m for m in group if m.dated), None)
    date = dated.date if dated else _nearby_date(first, by_sentence, sentences, titled)
    date = _reported_day(date, by_sentence, sentences)
    main = next((m for m in group if m.rule == "event-held"), first)
    sent = main.sent
    a, b = to_original(sent.start + main.start, sent.start + main.start + len(main.name))
    # the place its main mention gives, else the first another mention gives ("Phiên họp diễn ra … tại Nhà Quốc hội")
    place = main.place or next((m.place for m in group if m.place), "")
    return Event(name=main.name, date=date, location=place, organizer=_organizer(main, er),
                 participants=[p.model_copy() for p in participants], sentence=sent.index, start=a, end=b,
                 text=main.name, rule=main.rule, confidence=0.8 if main.rule == "event-held" else 0.6)


def _location(text: str, er: EventRules) -> str:
    """Where the sentence says it was held, with the province or city named after a comma
    ("tại Nhà hát Hồ Gươm, Hà Nội")."""
    place = er.place.search(text)
    if not place or er.noun.match(place.group("loc")):
        return ""
    loc, end = place.group("loc").strip(), place.end()
    if er.place_list.match(loc):  # "tại các xã Sông Mã, Chiềng Khoong, Mường Hung"
        more = er.place_list_tail.match(text, end)
        loc, end = (loc + more.group(), more.end()) if more else (loc, end)
    tail = er.place_tail.match(text, end)
    return (loc + (f", {tail.group('tail')}" if tail else "")).strip()


def _organizer(main: MeetingMention, er: EventRules) -> str:
    # up to the noun's first letter ("… tổ chức k|ỳ họp"); past "họp" where the noun is the verb ("Ban … họp phiên …")
    end = main.start + (len(main.kind) + 1 if main.kind == "họp" else 1)
    org = er.organizer.search(main.sent.text[:end])
    return er.weekday_heads.sub("", org.group("org")).strip() if org else ""


def _drop_future(events, published):
    """A meeting dated after the article or after the first one it reports is still to come."""
    limit = min((d for d in [published[:10] if published else None, events[0].date if events else None] if d),
                default=None)
    return [e for i, e in enumerate(events) if not (i and e.date and limit and e.date[:10] > limit)
            and not (published and e.date and e.date[:10] > published[:10])]


def _participants(people, sentences, er: EventRules) -> list[Participant]:
    text_of = {s.index: s.text for s in sentences}
    out = []
    for p in people:
        sent = text_of.get(p.sentence, "")
        act = next((act for act, pattern in er.acts if pattern.search(sent)), "mentioned")
        title = p.roles[0].title if p.roles else ""
        out.append(Participant(name=p.name, role=act, title=title))
    return out
