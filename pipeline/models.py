"""Records that flow between stages and out of the pipeline.

Every fact carries its provenance: the sentence index, ``start``/``end`` into the
article's original text (as read, before cleaning) and the id of the rule that made it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Provenance(Record):
    sentence: int = 0
    start: int
    end: int
    text: str
    rule: str
    confidence: float = 1.0


class Article(Record):
    id: str
    source: str
    url: Optional[str] = None
    title: str = ""
    published: Optional[str] = None
    published_from: str = "none"  # dateline, jsonl, html-meta, warc, guessed, none
    text: str
    format: str = "txt"
    position: Optional[str] = None  # line or record number inside a container
    author: Optional[str] = None
    encoding: Optional[str] = None  # how the bytes were read: utf-8, utf-16, cp1258, tcvn3, vni (+mojibake)


RoleStatus = Literal["holds", "elected", "appointed", "nominated", "relieved", "former"]


class Role(Provenance):
    title: str  # as written
    canonical: str  # abbreviations expanded, one tone placement, body place filled in
    status: RoleStatus = "holds"
    since: Optional[str] = None  # when the text says the post began ("từ tháng 10/2020" -> "2020-10")
    date: Optional[str] = None  # the day of the election, appointment or relief the text reports
    term: str = ""  # the term written with the title ("khóa XVII", "nhiệm kỳ 2016 - 2021"), kept apart
    mentions: list["Mention"] = Field(default_factory=list)  # the same role given again in the article


class Mention(Record):
    start: int
    end: int
    text: str
    rule: str


Role.model_rebuild()


class Person(Provenance):
    name: str
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class DateFact(Provenance):
    value: Optional[str] = None
    kind: str  # day, month, year, period, span, relative
    reason: Optional[str] = None  # why there is no value, or where the year came from


class Ratio(Provenance):
    numerator: float
    denominator: float
    subject: str = ""
    subject_head: str = ""
    action: str = ""
    percent: Optional[float] = None
    owner: str = ""  # whose figure it is: a body or place ("Đảng bộ tỉnh", "huyện Tân Lạc")
    owner_level: str = ""  # province, district, commune, or "" when the text does not say
    period_start: Optional[str] = None  # the period the figure counts ("năm 2024" -> 2024-01-01 … 2024-12-31)
    period_end: Optional[str] = None
    period_from: str = "none"  # sentence, paragraph, title, published, none


class Figure(Provenance):
    kind: Literal["percent", "count"]
    value: float
    unit: str = ""
    subject: str = ""
    action: str = ""


class Participant(Record):
    name: str
    role: str = ""  # what they did at the meeting: chaired, attended, spoke
    title: str = ""


class Event(Provenance):
    name: str
    date: Optional[str] = None
    location: str = ""
    organizer: str = ""
    participants: list[Participant] = Field(default_factory=list)


class Extraction(Record):
    article: Article
    people: list[Person] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)
    ratios: list[Ratio] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    province: Optional[str] = None

    def to_record(self) -> dict:
        """The extraction record of ``../shared/eval/README.md`` plus provenance."""
        a = self.article
        return {
            "id": a.id,
            "source": a.url or a.source if a.format in {"jsonl", "warc"} else a.source,
            "title": a.title,
            "published": a.published,
            "published_from": a.published_from,
            "province": self.province,
            "people": [
                {
                    "name": p.name,
                    "roles": [r.model_dump(exclude={"text"}) | {"title": r.title} for r in p.roles],
                    "mentions": [m.model_dump() for m in p.mentions],
                    "start": p.start, "end": p.end, "rule": p.rule, "confidence": p.confidence,
                }
                for p in self.people
            ],
            "dates": [d.model_dump() for d in self.dates],
            "ratios": [_ratio_record(r) for r in self.ratios],
            "figures": [f.model_dump() for f in self.figures],
            "events": [e.model_dump() for e in self.events],
        }


def _ratio_record(r: Ratio) -> dict:
    out = r.model_dump()
    for key in ("numerator", "denominator"):
        if out[key] == int(out[key]):
            out[key] = int(out[key])
    return out


@dataclass
class Reject:
    """An input that could not be read or extracted: where it is and the coded reason."""
    source: str
    position: str
    code: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: [{self.code}] {self.reason}"
