"""Query stage: the questions researchers ask, as functions returning lists of dicts.

Every filter goes through SQL parameters. The CLI prints these; notebooks call them; the canned
queries of ``vnie serve`` run the same SQL (the SQL functions they need are added by
:func:`sql_functions` here and by the server's plugin). Text filters match whole words, typed with
or without diacritics (:mod:`.search`).
"""
from __future__ import annotations

from functools import lru_cache

from . import periods, posts
from . import search as matching
from .store import open_db


def sql_functions(conn) -> None:
    """The vnie_* SQL functions the queries use, on a sqlite3 connection."""
    matching.register(conn)
    periods.register(conn)
    posts.register(conn)
    conn.create_function("vnie_body", 2, body_of, deterministic=True)


def _rows(db, sql: str, params=()) -> list[dict]:
    sql_functions(db.conn)
    cur = db.execute(sql, params if isinstance(params, dict) else list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _date_range(where: list, params: list, column: str, since, until) -> None:
    """Add "column between since and until" ("2024" or "2024-06" are prefixes: until covers the whole of it)."""
    if since:
        where.append(f"{column} >= ?")
        params.append(str(since))
    if until:
        where.append(f"{column} <= ?")
        params.append(str(until) + "\uffff")


def people(db, name: str | None = None, title: str | None = None, province: str | None = None,
           limit: int = 200) -> list[dict]:
    """People across articles. ``name``: the words in order, others allowed between ("Lam Dong"
    finds "Lâm Văn Đông"); ``title``, ``province``: a phrase of whole words."""
    where, params = ["EXISTS (SELECT 1 FROM people m WHERE m.person_id = p.id)"], []
    if name:
        where.append("vnie_name(p.name, ?)")
        params.append(name)
    if title:
        where.append("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id"
                     " AND (vnie_phrase(r.title, ?) OR vnie_phrase(r.canonical, ?)))")
        params += [title, title]
    if province:
        where.append("vnie_phrase(p.province, ?)")
        params.append(province)
    sql = (
        "SELECT p.id AS person_id, p.name, p.province, p.first_seen, p.last_seen,"
        " (SELECT COUNT(DISTINCT article_id) FROM people m WHERE m.person_id = p.id) AS articles,"
        " (SELECT group_concat(canonical, '; ') FROM (SELECT DISTINCT canonical FROM person_roles r"
        "   WHERE r.person_id = p.id)) AS titles"
        " FROM persons p WHERE " + " AND ".join(where) +
        " ORDER BY articles DESC, p.name LIMIT ?")
    return _rows(db, sql, params + [limit])


def roles(db, name: str | None = None, title: str | None = None, status: str | None = None,
          since: str | None = None, until: str | None = None, limit: int = 500) -> list[dict]:
    where, params = ["1=1"], []
    if name:
        where.append("vnie_name(m.name, ?)")
        params.append(name)
    if title:
        where.append("(vnie_phrase(r.title, ?) OR vnie_phrase(r.canonical, ?))")
        params += [title, title]
    if status:
        where.append("r.status = ?")
        params.append(status)
    _date_range(where, params, "r.date", since, until)
    sql = ("SELECT m.name, r.title, r.canonical, r.status, r.date, r.since, r.status_date, r.term,"
           " a.title AS article, r.rule, r.confidence, r.article_id, r.start, r.\"end\" FROM person_roles r JOIN people m ON m.id = r.people_id"
           " JOIN articles a ON a.id = r.article_id WHERE " + " AND ".join(where) +
           " ORDER BY r.date, m.name LIMIT ?")
    return _rows(db, sql, params + [limit])


def person_timeline(db, name: str) -> list[dict]:
    """Every title each person of that name held, once, with the first and last date the archive shows
    it and the earliest start the text gives ("từ tháng 10/2020"). The name as in :func:`people`;
    an empty name finds nobody."""
    from ..stages.resolve import role_key

    sql = ("SELECT p.id AS person_id, p.name, p.province, r.canonical, r.date, r.status, r.since, r.article_id"
           " FROM persons p JOIN person_roles r ON r.person_id = p.id"
           " WHERE vnie_name(p.name, ?) ORDER BY p.id, r.date")
    merged: dict[tuple, dict] = {}
    for row in _rows(db, sql, [name]):
        key = (row["person_id"], role_key(row["canonical"], row["province"]))
        item = merged.setdefault(key, {"person_id": row["person_id"], "name": row["name"], "province": row["province"],
                                       "title": row["canonical"], "since": None, "first": row["date"],
                                       "last": row["date"], "articles": set(), "status": set()})
        if len(row["canonical"]) > len(item["title"]):
            item["title"] = row["canonical"]  # the fullest spelling, place included
        dates = [d for d in (item["first"], item["last"], row["date"]) if d]
        item["first"], item["last"] = (min(dates), max(dates)) if dates else (None, None)
        item["since"] = min(d for d in (item["since"], row["since"]) if d) if item["since"] or row["since"] else None
        item["articles"].add(row["article_id"])
        item["status"].add(row["status"])
    out = []
    for item in merged.values():
        item["articles"] = len(item["articles"])
        item["status"] = ",".join(sorted(item["status"]))
        out.append(item)
    return sorted(out, key=lambda r: (r["person_id"], r["first"] or "", r["title"]))


def dates(db, kind: str | None = None, since: str | None = None, until: str | None = None,
          text: str | None = None, limit: int = 500) -> list[dict]:
    where, params = ["value IS NOT NULL"], []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    _date_range(where, params, "value", since, until)
    if text:
        where.append("vnie_phrase(d.text, ?)")
        params.append(text)
    sql = ("SELECT d.text, d.value, d.kind, a.title AS article, d.rule, d.article_id, d.start, d.\"end\""
           " FROM dates d JOIN articles a ON a.id = d.article_id WHERE " + " AND ".join(where) +
           " ORDER BY value LIMIT ?")
    return _rows(db, sql, params + [limit])


TIME_GRAINS = ("year", "half", "quarter", "month")
GROUPS = {
    "province": "COALESCE(r.province, '?')",
    "owner_level": "COALESCE(NULLIF(r.owner_level, ''), '?')",
    "owner": "COALESCE(NULLIF(r.owner, ''), '?')",
    "subject": "r.subject_head",
    # the period the figure counts (its article's date where the text gives none): periods.period_label
    **{grain: f"vnie_period(r.period_start, r.period_end, r.date, '{grain}')" for grain in TIME_GRAINS},
}
# said beside every figure placed by time: where its period came from, or that it has none
PERIOD_FROM = ("CASE WHEN MAX(r.period_start IS NULL) THEN 'article date (no period)'"
               " ELSE group_concat(DISTINCT COALESCE(r.period_from, '?')) END")


def group_keys(by: str) -> list[str]:
    """"province,half" -> ["province", "half"]: one row per province and half-year; ValueError for an unknown key."""
    keys = [k.strip() for k in by.split(",") if k.strip()]
    unknown = [k for k in keys if k not in GROUPS]
    if unknown or not keys:
        raise ValueError(f"{', '.join(unknown) or repr(by)}: the keys are {', '.join(sorted(GROUPS))}"
                         " (one, or several comma-separated)")
    return keys


ONCE_AN_ARTICLE = ("r.id = (SELECT MAX(r2.id) FROM ratios r2 WHERE r2.article_id = r.article_id"
                   " AND r2.numerator = r.numerator AND r2.denominator = r.denominator)")


def ratios(db, subject: str | None = None, action: str | None = None, since: str | None = None,
           until: str | None = None, by: str | None = None, limit: int = 500) -> list[dict]:
    """x/y figures; ``subject``, ``action``: a phrase of whole words ("dang vien" finds "đảng viên mới").

    ``since``/``until`` select by the period the figure counts (its article's date where it has no
    period). ``by`` sums per group ("province,half", "owner_level,year"): a time key places each
    figure in the period it counts (see :mod:`.periods`), and then ``period_from`` says where the
    period came from, with figures that have none (placed by their article's date) in rows of their own.
    A figure an article gives twice (its title repeating its body) is summed once: the last mention,
    which has the body's context.
    """
    where, params = ["1=1"], []
    if subject:
        where.append("(vnie_phrase(r.subject, ?) OR vnie_phrase(r.subject_head, ?))")
        params += [subject, subject]
    if action:
        where.append("vnie_phrase(r.action, ?)")
        params.append(action)
    _date_range(where, params, "COALESCE(r.period_start, r.date)", since, None)
    _date_range(where, params, "COALESCE(r.period_end, r.date)", None, until)
    if by:
        keys = group_keys(by)
        timed = any(k in TIME_GRAINS for k in keys)
        groups = ", ".join(f"{GROUPS[k]} AS {k}" for k in keys)
        order = ", ".join(str(i + 1) for i in range(len(keys)))
        sql = (f"SELECT {groups}, " + (f"{PERIOD_FROM} AS period_from, " if timed else "") +
               "COUNT(*) AS figures, SUM(r.numerator) AS numerator, SUM(r.denominator) AS denominator,"
               " ROUND(100.0 * SUM(r.numerator) / SUM(r.denominator), 2) AS percent"
               " FROM ratios r WHERE " + " AND ".join(where + [ONCE_AN_ARTICLE]) +
               f" GROUP BY {order}" + (", r.period_start IS NULL" if timed else "") +
               f" ORDER BY {order}" + (", r.period_start IS NULL" if timed else "") + " LIMIT ?")
        return _rows(db, sql, params + [limit])
    sql = ("SELECT r.numerator, r.denominator, r.subject, r.action, r.percent, r.owner, r.owner_level,"
           " r.period_start, r.period_end, r.period_from, r.date, r.province, a.title AS article, r.text, r.rule,"
           " r.article_id FROM ratios r JOIN articles a ON a.id = r.article_id WHERE "
           + " AND ".join(where) + " ORDER BY COALESCE(r.period_start, r.date), r.date LIMIT ?")
    return _rows(db, sql, params + [limit])


def events(db, place: str | None = None, year: str | int | None = None, name: str | None = None,
           limit: int = 200) -> list[dict]:
    where, params = ["1=1"], []
    if place:
        # where it was held, or a place in its name or its organiser ("Huyện ủy Tân Lạc"); not any
        # mention in the article, which would bring in meetings elsewhere that name the place
        where.append("(vnie_phrase(e.location, ?) OR vnie_phrase(e.name, ?) OR vnie_phrase(e.organizer, ?))")
        params += [place] * 3
    if year:
        where.append("COALESCE(e.date, a.date) LIKE ?")
        params.append(f"{int(year):04d}%")
    if name:
        where.append("vnie_phrase(e.name, ?)")
        params.append(name)
    sql = ("SELECT e.id AS event_id, e.name, COALESCE(e.date, a.date) AS date, e.location, e.organizer,"
           " (SELECT group_concat(ep.name || CASE WHEN ep.role != 'mentioned' THEN ' (' || ep.role || ')' ELSE '' END, '; ')"
           "  FROM event_participants ep WHERE ep.event_id = e.id AND ep.role != 'mentioned') AS attendees,"
           " a.title AS article, e.article_id FROM events e JOIN articles a ON a.id = e.article_id WHERE "
           + " AND ".join(where) + " ORDER BY date LIMIT ?")
    return _rows(db, sql, params + [limit])


@lru_cache(maxsize=8192)
def _body(canonical: str) -> str | None:
    """A title segmented as the pipeline segments a sentence, then read by the title grammar."""
    from ..ruleset import load_rules
    from ..stages.segment import segment_text
    from ..stages.titles import grammar

    rules = load_rules()
    sentences = segment_text(canonical, rules)
    return grammar(rules).body_of(sentences[0].joined) if sentences else None


def body_of(canonical: str | None, province: str | None = None) -> str | None:
    """The organisation a title belongs to, without the person's own province, as the title grammar
    reads it (``titles.Grammar.body_of``): "Trưởng Ban Tổ chức Tỉnh ủy" -> "Tỉnh ủy", "Phó Chủ tịch
    Thường trực Ủy ban nhân dân tỉnh Hòa Phong" -> "Ủy ban nhân dân tỉnh"."""
    body = _body(canonical) if canonical else None
    if body and province and body.endswith(" " + province):
        body = body[: -len(province) - 1]
    return body


PEOPLE_PER_BODY = (
    "WITH held AS (SELECT DISTINCT COALESCE(p.province, '?') AS province, vnie_body(r.canonical, p.province) AS body,"
    "   r.person_id, p.name, r.article_id FROM person_roles r JOIN persons p ON p.id = r.person_id)"
    " SELECT province, body, COUNT(DISTINCT person_id) AS people, COUNT(DISTINCT article_id) AS articles,"
    " (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT name FROM held h2"
    "   WHERE h2.province = h.province AND h2.body = h.body ORDER BY name)) AS names"
    " FROM held h WHERE body IS NOT NULL GROUP BY province, body ORDER BY people DESC, province, body LIMIT ?")


def people_per_body(db, limit: int = 100) -> list[dict]:
    """How many people the archive shows in each body (Tỉnh ủy, HĐND tỉnh, a Sở...) of each province, and who."""
    return _rows(db, PEOPLE_PER_BODY, [limit])


# Candidates from the index of folded text (bm25, a title match weighing four times a body match):
# a phrase of whole folded words there is one in the text, so the text is read for each candidate
# only when a word was typed with diacritics (to check them); hits and snippet only for the rows returned.
SEARCH = """
WITH found AS (
  SELECT rowid AS rid, bm25(articles_fts, 0.0, 4.0, 1.0) AS score FROM articles_fts
  WHERE :q != '' AND articles_fts MATCH vnie_fts(:q)
), ranked AS (
  SELECT a.rowid AS rid, found.score FROM found JOIN articles a ON a.rowid = found.rid
  WHERE NOT vnie_spelled(:q) OR vnie_hits(a.title, a.text, :q) > 0
  ORDER BY found.score, a.published DESC, a.id LIMIT :limit
)
SELECT a.id AS article_id, a.title, a.published, vnie_hits(a.title, a.text, :q) AS hits,
  vnie_snippet(a.title, a.text, :q) AS snippet, a.source
FROM ranked JOIN articles a ON a.rowid = ranked.rid
ORDER BY ranked.score, a.published DESC, a.id"""


def search(db, text: str, limit: int = 50) -> list[dict]:
    """Articles holding every phrase typed, best first: the words typed next to each other are one
    phrase of whole words, each "quoted part" another; a word typed without diacritics matches any
    spelling, one typed with them must match ("Lam Van Dong" finds "Lâm Văn Đông", never "làm văn").
    ``hits`` counts the matches; ``snippet`` is the text around the first, in its own spelling, each
    match marked [like this]."""
    if not matching.phrases(text or ""):
        return []
    return _rows(db, SEARCH, {"q": text, "limit": limit})


# A post's holders. titles: each distinct stored title that is the post (posts.post_rest: what it
# names after the post). held: each role with that title, placed (the title's place, else the
# person's or the article's province for a province's post), with the day it speaks of (an
# election's own date where the text gives it). holders: per person and place, the first and last
# day shown holding it, the start the text gives, elected and relieved days. overlaps: for a post
# one person holds at a time, the other holders whose span meets this one's.
POST_HOLDERS = """
WITH titles AS (
  SELECT canonical, rest FROM (SELECT canonical, vnie_post_rest(canonical, :post) AS rest
    FROM (SELECT DISTINCT canonical FROM person_roles) WHERE :post != '') WHERE rest IS NOT NULL
), placed AS (
  SELECT r.person_id, p.name,
    CASE WHEN t.rest != '' THEN t.rest
         WHEN vnie_provincial_post(:post) THEN COALESCE(p.province, a.province, '') ELSE '' END AS place,
    r.status, COALESCE(r.status_date, r.date) AS day, r.since, r.article_id,
    r.status IN ('holds', 'elected', 'appointed') AS holding
  FROM titles t JOIN person_roles r ON r.canonical = t.canonical
    JOIN persons p ON p.id = r.person_id JOIN articles a ON a.id = r.article_id
), held AS (
  SELECT * FROM placed WHERE :place = '' OR vnie_same_place(place, :place)
), holders AS (
  SELECT place, person_id, name,
    MIN(CASE WHEN holding THEN day END) AS first,
    MAX(CASE WHEN holding THEN day END) AS last,
    MIN(CASE WHEN holding THEN since END) AS since,
    MIN(CASE WHEN status IN ('elected', 'appointed') THEN day END) AS elected,
    MAX(CASE WHEN status = 'relieved' THEN day END) AS relieved,
    MIN(CASE WHEN holding THEN COALESCE(since, day) END) AS span_start,
    (SELECT group_concat(status, ',') FROM (SELECT DISTINCT x.status FROM held x
      WHERE x.person_id = h.person_id AND x.place = h.place ORDER BY x.status)) AS status,
    COUNT(DISTINCT article_id) AS articles
  FROM held h GROUP BY place, person_id
)
SELECT h.place, h.name, h.person_id, h.first, h.last, h.since, h.elected, h.relieved, h.status, h.articles,
  CASE WHEN vnie_shared_post(:post) THEN '' ELSE COALESCE((SELECT group_concat(o.name, '; ') FROM holders o
    WHERE o.place = h.place AND o.person_id != h.person_id
      AND o.span_start <= h.last AND h.span_start <= o.last), '') END AS overlaps,
  (SELECT group_concat(article_id, ' ') FROM (SELECT DISTINCT x.article_id FROM held x
    WHERE x.person_id = h.person_id AND x.place = h.place AND x.day IN (h.first, h.last, h.elected, h.relieved)
    ORDER BY x.day, x.article_id)) AS evidence
FROM holders h
ORDER BY h.place, COALESCE(h.span_start, h.relieved), h.name"""


def post_holders(db, post: str, place: str | None = None) -> list[dict]:
    """Who held ``post`` ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"; see :mod:`.posts`) in ``place``
    (every place when None), in order: the first and last day the archive shows each holder in it,
    the start the text gives (``since``), the days of their election and relief, their statuses,
    how many articles, the articles of those days (``evidence``), and ``overlaps``: other holders
    shown in the same span, for a post one person holds at a time (an extraction or linking error
    worth a look, or a handover reported late)."""
    if not post or not post.strip():
        return []
    return _rows(db, POST_HOLDERS, {"post": post, "place": place or ""})


def runs(db, limit: int = 20) -> list[dict]:
    return _rows(db, "SELECT id, started, duration, new, changed, skipped, rejected, known, ignored, rules_version,"
                     " vnie_version, status, inputs FROM runs ORDER BY id DESC LIMIT ?", [limit])


def run_articles(db, run_id: int, limit: int = 10_000) -> list[dict]:
    """What one run added, changed and replaced: each article with its state, where it was read, its title."""
    return _rows(db, "SELECT state, article_id, source, position, title FROM run_articles WHERE run_id = ?"
                     " ORDER BY rowid LIMIT ?", [run_id, limit])


def rejects(db, run_id: int | None = None, limit: int = 200, new: bool = False) -> list[dict]:
    """Rejects, newest first: of one run (those it met first), or with ``new`` those the last run
    met first (a reject met again is known: stored once, its ``last_run`` updated)."""
    if new and not run_id:
        run_id = db.execute("SELECT MAX(id) FROM runs").fetchone()[0] or 0
    cols = "run_id, last_run, source, position, code, reason"
    if run_id:
        return _rows(db, f"SELECT {cols} FROM rejects WHERE run_id = ? ORDER BY id LIMIT ?", [run_id, limit])
    return _rows(db, f"SELECT {cols} FROM rejects ORDER BY id DESC LIMIT ?", [limit])


def stats(db) -> dict:
    counts = {}
    for table in ["articles", "persons", "people", "person_roles", "dates", "ratios", "figures", "events",
                  "event_participants", "runs", "rejects"]:
        counts[table] = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    counts["dates_with_value"] = db.execute("SELECT COUNT(*) FROM dates WHERE value IS NOT NULL").fetchone()[0]
    counts["articles_by_date_source"] = dict(db.execute(
        "SELECT published_from, COUNT(*) FROM articles GROUP BY published_from").fetchall())
    return counts


__all__ = ["open_db", "people", "roles", "person_timeline", "dates", "ratios", "events", "body_of",
           "people_per_body", "search", "post_holders", "runs", "run_articles", "rejects", "stats", "sql_functions"]
