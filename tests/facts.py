"""Hand-built extractions for tests of the store and the queries, so they do not depend on what the
extraction stages find today: each fact is placed on the words of a text written here."""
from __future__ import annotations

from vnie.models import Article, DateFact, Event, Extraction, Participant, Person, Ratio, Role
from vnie.storage import store


def at(text: str, words: str, after: int = 0) -> dict:
    """Provenance of ``words`` in ``text`` (its first occurrence from ``after``)."""
    start = text.index(words, after)
    return {"start": start, "end": start + len(words), "text": words, "rule": "hand"}


def article(aid: str, text: str, published: str | None = None, title: str | None = None, source: str = "") -> Article:
    return Article(id=aid, source=source or f"{aid}.txt", title=title or text.split("\n")[0], text=text,
                   published=published, published_from="dateline" if published else "none")


def person(text: str, name: str, *roles: tuple, after: int = 0) -> Person:
    """A person and their roles: (title, status) or (title, status, {since/date/term/canonical})."""
    where = at(text, name, after)
    out = []
    for role in roles:
        title, status, extra = (*role, {})[:3]
        extra = dict(extra)
        canonical = extra.pop("canonical", title)
        out.append(Role(**at(text, title, where["start"]), title=title, canonical=canonical, status=status, **extra))
    return Person(**where, name=name, roles=out)


def ratio(text: str, written: str, num: float, den: float, subject: str, **extra) -> Ratio:
    return Ratio(**at(text, written), numerator=num, denominator=den, subject=subject, subject_head=subject, **extra)


def date(text: str, written: str, value: str, kind: str = "day") -> DateFact:
    return DateFact(**at(text, written), value=value, kind=kind)


def event(text: str, written: str, date: str | None = None, who: tuple = ()) -> Event:
    return Event(**at(text, written), name=written, date=date,
                 participants=[Participant(name=n, role=r) for n, r in who])


def extraction(art: Article, province: str | None = None, **facts) -> Extraction:
    return Extraction(article=art, province=province, **facts)


def save(db_path, *extractions: Extraction):
    db = store.open_db(db_path)
    for ex in extractions:
        store.save_extraction(db, ex)
    db.conn.close()
    return store.open_db(db_path, readonly=True)
