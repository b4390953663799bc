"""Render one article with every extracted fact highlighted, for checking by eye.

The page is static HTML: article text and every record are escaped, so crawled markup
(``<script>``, ``javascript:`` links) shows as text and never runs. ``rows_html`` does the
same for query results shown in a notebook.
"""
from __future__ import annotations

from html import escape

from ..models import Extraction

COLOURS = {"person": "#ffd966", "role": "#9fc5e8", "date": "#b6d7a8", "ratio": "#f4cccc", "event": "#d9d2e9"}


def spans_of(ex: Extraction) -> list[tuple[int, int, str, str]]:
    out = []
    for p in ex.people:
        out.append((p.start, p.end, "person", p.name))
        out += [(m.start, m.end, "person", p.name) for m in p.mentions]
        out += [(r.start, r.end, "role", f"{p.name}: {r.canonical} ({r.status})") for r in p.roles]
    out += [(d.start, d.end, "date", d.value or d.reason or "") for d in ex.dates]
    out += [(r.start, r.end, "ratio", " · ".join(x for x in (f"{r.numerator:g}/{r.denominator:g}", r.action, r.subject)
                                                   if x)) for r in ex.ratios]
    out += [(e.start, e.end, "event", _event_label(e)) for e in ex.events]
    return sorted(out)


def _event_label(e) -> str:
    """The meeting as the side table shows it: name, date, place, organiser, and who took part."""
    who = "; ".join(f"{p.name} ({p.role})" for p in e.participants if p.role != "mentioned")
    return " · ".join(x for x in (e.name, e.date, e.location and f"tại {e.location}", e.organizer, who) if x)


def render_html(ex: Extraction) -> str:
    text = ex.article.text
    parts, cursor = [], 0
    for start, end, kind, label in spans_of(ex):
        if start < cursor:  # overlapping facts: the first one keeps the characters
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f'<mark class="{kind}" title="{escape(kind + ": " + label)}">{escape(text[start:end])}'
                     f'<sub>{kind}</sub></mark>')
        cursor = end
    parts.append(escape(text[cursor:]))
    rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(text[s:e])}</td><td>{escape(lbl)}</td><td>{s}–{e}</td></tr>"
                   for s, e, k, lbl in spans_of(ex))
    style = "".join(f"mark.{k}{{background:{c}}}" for k, c in COLOURS.items())
    a = ex.article
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{escape(a.title)}</title><style>body{{font-family:sans-serif;display:flex;gap:2em;margin:1em}}
.text{{white-space:pre-wrap;flex:3;line-height:1.6}} table{{flex:2;border-collapse:collapse;font-size:90%}}
td{{border:1px solid #ccc;padding:2px 4px;vertical-align:top}} sub{{font-size:60%;color:#555}}{style}</style></head>
<body><div class="text"><h2>{escape(a.title)}</h2><p>{escape(a.source)} · {escape(a.published or "no date")}
({escape(a.published_from)})</p>{"".join(parts)}</div>
<table><tr><th>kind</th><th>text</th><th>record</th><th>offsets</th></tr>{rows}</table></body></html>"""


def rows_html(rows: list[dict], limit: int = 100) -> str:
    """Rows as vnie.query returns them, as an HTML table for a notebook; every value escaped."""
    if not rows:
        return "<p>(no rows)</p>"
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{'' if v is None else escape(str(v))}</td>" for v in r.values()) + "</tr>"
                   for r in rows[:limit])
    more = f"<p>… {len(rows) - limit} more rows</p>" if len(rows) > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"
