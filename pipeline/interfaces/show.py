"""Render one article with every extracted fact highlighted, for checking by eye.

``render_html(ex)`` takes an :class:`~vnie.models.Extraction`, so the same page comes from a file
just extracted (``vnie show FILE``) and from a database row (``vnie show ID --db``, the article page
of ``vnie serve``). The text is drawn by spaCy's displaCy (``style="span"``, manual mode): people,
their titles, dates, ratios and meetings underlined, overlapping facts stacked; people are numbered
("PERSON 2") and each role is labelled with its person's number ("ROLE of 2"). A side table lists
every record (values, statuses, periods, who attended) with its offsets.

Crawled markup never runs: displaCy escapes the text of each token but not span labels, so every
label is escaped here, and the page carries a Content-Security-Policy that allows no script at all.
``rows_html`` does the same for query results shown in a notebook.
"""
from __future__ import annotations

from html import escape

import regex

from .. import patterns

from ..models import Extraction

KINDS = {  # label prefix, colour
    "person": ("PERSON", "#ffd966"),
    "role": ("ROLE", "#9fc5e8"),
    "date": ("DATE", "#b6d7a8"),
    "ratio": ("RATIO", "#f4cccc"),
    "event": ("MEETING", "#d9d2e9"),
}
PARAGRAPH = patterns.compile(r"\n\s*\n|\n")


def facts_of(ex: Extraction) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, label, record) for every fact: the label drawn under the text, the record
    for the side table. People are numbered in order; a role's label names its person's number."""
    out = []
    for n, p in enumerate(ex.people, 1):
        tag = f"{KINDS['person'][0]} {n}"
        out.append((p.start, p.end, "person", tag, f"#{n} {p.name}"))
        out += [(m.start, m.end, "person", tag, f"#{n} {p.name} (again)") for m in p.mentions]
        for r in p.roles:
            record = f"#{n} {p.name}: {r.canonical} ({r.status})" + "".join(
                f"; {k} {v}" for k, v in (("since", r.since), ("on", r.date), ("term", r.term)) if v)
            out.append((r.start, r.end, "role", f"{KINDS['role'][0]} of {n}", record))
    out += [(d.start, d.end, "date", KINDS["date"][0], d.value or d.reason or "") for d in ex.dates]
    for r in ex.ratios:
        record = " · ".join(x for x in (f"{r.numerator:g}/{r.denominator:g}", r.action, r.subject, r.owner,
                                          _period(r)) if x)
        out.append((r.start, r.end, "ratio", KINDS["ratio"][0], record))
    out += [(e.start, e.end, "event", KINDS["event"][0], _event_label(e)) for e in ex.events]
    return sorted((f for f in out if 0 <= f[0] < f[1] <= len(ex.article.text)), key=lambda f: (f[0], -f[1]))


def _period(r) -> str:
    if not r.period_start:
        return ""
    span = r.period_start if r.period_end in (None, r.period_start) else f"{r.period_start}/{r.period_end}"
    return f"counts {span} (from the {r.period_from})"


def _event_label(e) -> str:
    """The meeting as the side table shows it: name, date, place, organiser, and who took part."""
    who = "; ".join(f"{p.name} ({p.role})" for p in e.participants if p.role != "mentioned")
    return " · ".join(x for x in (e.name, e.date, e.location and f"tại {e.location}", e.organizer, who) if x)


def displacy_docs(ex: Extraction) -> list[dict]:
    """The article as displaCy's manual "span" input, one doc per paragraph (displaCy joins tokens
    with spaces, so line breaks are kept by cutting paragraphs where no fact runs across)."""
    text = ex.article.text
    facts = facts_of(ex)
    docs, start = [], 0
    for m in PARAGRAPH.finditer(text):
        if any(s < m.start() < e for s, e, *_ in facts):
            continue  # a fact runs across this line break: keep the paragraph whole
        docs.append(_doc(text, start, m.start(), facts))
        start = m.end()
    docs.append(_doc(text, start, len(text), facts))
    return [d for d in docs if d["tokens"]]


def _doc(text: str, lo: int, hi: int, facts) -> dict:
    """Tokens of text[lo:hi] split at white space and at every fact's ends, and the facts as token spans."""
    cuts = {lo, hi} | {x for s, e, *_ in facts for x in (s, e) if lo < x < hi}
    tokens, offsets = [], []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        for m in regex.finditer(r"\S+", text[a:b]):
            tokens.append(m.group())
            offsets.append((a + m.start(), a + m.end()))
    spans = []
    for s, e, _, label, _ in facts:
        inside = [i for i, (a, b) in enumerate(offsets) if a >= s and b <= e]
        if inside and lo <= s and e <= hi:
            spans.append({"start_token": inside[0], "end_token": inside[-1] + 1, "label": escape(label)})
    return {"text": text[lo:hi], "tokens": tokens, "spans": spans}


def colours(docs: list[dict]) -> dict[str, str]:
    """displaCy colours by label: each label the colour of its kind."""
    by_prefix = {prefix: colour for prefix, colour in KINDS.values()}
    return {s["label"]: next((c for p, c in by_prefix.items() if s["label"].startswith(p)), "#ddd")
            for d in docs for s in d["spans"]}


def article_html(ex: Extraction) -> str:
    """The text drawn by displaCy and the side table of records: the body of the page, escaped."""
    from spacy import displacy

    docs = displacy_docs(ex)
    drawn = displacy.render(docs, style="span", manual=True, jupyter=False,
                            options={"colors": colours(docs)}) if docs else ""
    text = ex.article.text
    rows = "".join(f"<tr><td>{escape(kind)}</td><td>{escape(text[s:e])}</td><td>{escape(record)}</td>"
                   f"<td>{s}–{e}</td></tr>" for s, e, kind, _, record in facts_of(ex))
    a = ex.article
    meta = " · ".join(escape(x) for x in (a.source, a.published or "no date", f"date from {a.published_from}",
                                          ex.province or "") if x)
    return (f'<div class="vnie-article"><div class="vnie-text"><h2>{escape(a.title)}</h2><p class="vnie-meta">'
            f'{meta}</p>{drawn}</div><table class="vnie-facts"><tr><th>kind</th><th>text</th><th>record</th>'
            f'<th>offsets</th></tr>{rows}</table></div>')


STYLE = """.vnie-article{display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start}
.vnie-text{flex:3 1 32em;min-width:0;overflow-wrap:anywhere} .vnie-text h2{white-space:normal;line-height:1.3}
.vnie-meta{color:#555;font-size:90%} .vnie-text .spans{margin-bottom:1em}
.vnie-text .spans span span{white-space:nowrap}
.vnie-facts{flex:2 1 24em;border-collapse:collapse;font-size:85%}
.vnie-facts td,.vnie-facts th{border:1px solid #ccc;padding:2px 4px;vertical-align:top;text-align:left}"""


def render_html(ex: Extraction) -> str:
    """A whole static page: no script, no remote resource, every article character escaped."""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(ex.article.title)}</title><style>body{{font-family:sans-serif;margin:1em}}{STYLE}</style></head>
<body>{article_html(ex)}</body></html>"""


def rows_html(rows: list[dict], limit: int = 100) -> str:
    """Rows as vnie.query returns them, as an HTML table for a notebook; every value escaped."""
    if not rows:
        return "<p>(no rows)</p>"
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{'' if v is None else escape(str(v))}</td>" for v in r.values()) + "</tr>"
                   for r in rows[:limit])
    more = f"<p>… {len(rows) - limit} more rows</p>" if len(rows) > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"
