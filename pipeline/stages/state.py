"""What the stages hand each other: the intermediate types, in one place.

The records that leave the pipeline (``Person``, ``DateFact``, ``Ratio``, ``Event`` …) are the
pydantic models of :mod:`vnie.models`. The types here live only while an article goes through
the stages: the cleaned text and its offset map, the sentences with their word boundaries, and
what a stage found before it became a record (a title, a name, a date match, a meeting mention).
Offsets are into the cleaned text, and ``Cleaned.to_original`` maps them back to the text as read.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class Cleaned:
    """The cleaned text; ``offsets[i]`` is the original index of cleaned character ``i``
    (``offsets[len(text)]`` is the original length)."""
    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of cleaned ``[start, end)``; an end inside the characters one original
        cluster became (NFC of a letter with two tones) takes the whole cluster."""
        if end == 0 or self.offsets[end] != self.offsets[end - 1]:
            return self.offsets[start], self.offsets[end]
        return self.offsets[start], self.offsets[bisect_right(self.offsets, self.offsets[end - 1], lo=end)]


@dataclass
class Sentence:
    """A sentence of the cleaned text, with the segmenter's words.

    ``joined`` has the same length as ``text``, with the spaces inside a word written as
    underscores ("Phan_Tấn_Cảnh"), so rules see word boundaries through plain patterns.
    ``tokens`` are the words' offsets inside the sentence.
    """
    index: int
    start: int  # into the cleaned text
    end: int
    text: str
    joined: str = ""
    tokens: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = 0


@dataclass
class TitleSpan:
    """A title found by the grammar "[marker] POSITION [qualifier] [BODY]" (offsets in the sentence).

    ``kind`` is "title", or "membership" for a body standing for its membership ("vào Ban Thường
    vụ Tỉnh ủy": a member of it), whose role is ``role`` ("Ủy viên Ban Thường vụ Tỉnh ủy")."""
    start: int
    end: int
    text: str
    marker: str = ""
    has_body: bool = False
    whole: bool = False
    position_end: int = 0  # where the position (and its qualifier) ends and the body begins
    kind: str = "title"
    role: str = ""  # the role's title when it differs from the text (a membership)


@dataclass
class NameRun:
    """Capitalised syllables in a row in a sentence (offsets in the sentence), and what the names
    stage read of them: where the name starts and ends among them, and the cue before it."""
    syl: list[tuple[int, int]]
    words: list[str]
    i: int = 0  # the name, if any, is syl[i:j]
    j: int = 0
    cue: str = ""  # honorific, title, occupation, rank
    cue_len: int = 0  # the words of the cue
    title_in_run: bool = False  # the cue is a capitalised title inside the run ("Giám Đốc Điều Hành")
    clause_start: bool = False
    stripped: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.syl[self.i][0]

    @property
    def end(self) -> int:
        return self.syl[self.j - 1][1]

    @property
    def name_words(self) -> list[str]:
        return self.words[self.i:self.j]


@dataclass
class NameSpan:
    """A person's name in a sentence, and the titles the linking constructions gave it.

    ``rule`` is what found it (a construction of the names stage, "name-surname",
    "name-honorific" …, or "ner" for the statistical tagger) and ``confidence`` how sure that
    is; below 0.5 a name becomes a person only when a title is linked to it. ``short`` marks a
    short form (a given name alone, "ông Tùng"; a foreign surname alone, "Putin"): a person only
    through ``person``, the full name the article gives.
    """
    start: int
    end: int
    text: str
    honorific: bool = False
    titles: list = field(default_factory=list)  # (TitleSpan, rule id, status, title as given)
    person: str = ""  # a later mention ("ông Long"): the full name of the person it refers to
    rule: str = "name-surname"  # how the name was found
    confidence: float = 0.85
    short: bool = False

    @property
    def name(self) -> str:
        return self.person or self.text


@dataclass
class DateMatch:
    """A date expression in a sentence before its year is resolved."""
    start: int
    end: int
    kind: str  # day, month, year, period, span, relative
    rule: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    m2: int | None = None  # periods: last month
    y2: int | None = None  # spans
    rel: int | None = None  # relative: days from the publication date
    rel_years: int | None = None  # a year named from the publication's: "năm nay" 0, "năm ngoái" -1
    lunar: bool = False  # a day of the lunar calendar ("ngày 7 tháng 2 năm Bính Thân"): no solar value
    yearless_period: bool = False


@dataclass
class MeetingMention:
    """One mention of a meeting; mentions of the same meeting merge into one event."""
    sent: Sentence
    start: int
    name: str
    kind: str  # the meeting noun, folded: "kỳ họp", "đại hội", "buổi làm việc"
    ordinals: set = field(default_factory=set)
    terms: set = field(default_factory=set)
    proper: set = field(default_factory=set)
    clocks: set = field(default_factory=set)  # the hours it began at ("10:15"), where the text gives one
    rule: str = ""
    date: str | None = None
    dated: bool = False  # the sentence dates it (even when the year is unknown)
    place: str = ""  # where its sentence says it was held
