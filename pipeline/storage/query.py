"""Query stage: the questions researchers ask, as functions returning lists of dicts.

Every filter goes through SQL parameters. The CLI prints these; notebooks call them.
"""
from __future__ import annotations

from functools import lru_cache

from .store import fold, open_db


def _rows(db, sql: str, params=()) -> list[dict]:
    cur = db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _date_range(where: list, params: list, column: str, since, until) -> None:
    """Add "column between since and until" ("2024" or "2024-06" are prefixes: until covers the whole of it)."""
    if since:
        where.append(f"{column} >= ?")
        params.append(str(since))
    if until:
        where.append(f"{column} <= ?")
        params.append(str(until) + "\uffff")


def _words_like(value: str) -> str:
    """"Lâm Đông" matches "Lâm Văn Đông": the words in order, anything between them."""
    return "%" + "%".join(_like(w).strip("%") for w in value.split()) + "%"


def people(db, name: str | None = None, title: str | None = None, province: str | None = None,
           limit: int = 200) -> list[dict]:
    where, params = ["EXISTS (SELECT 1 FROM people m WHERE m.person_id = p.id)"], []
    if name:
        where.append("(p.name LIKE ? ESCAPE '\\' OR p.key LIKE ? ESCAPE '\\')")
        params += [_words_like(name), _words_like(name.casefold())]
    if title:
        where.append("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND (r.title LIKE ? ESCAPE '\\' OR r.canonical LIKE ? ESCAPE '\\'))")
        params += [_like(title), _like(title)]
    if province:
        where.append("p.province LIKE ? ESCAPE '\\'")
        params.append(_like(province))
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
        where.append("m.name LIKE ? ESCAPE '\\'")
        params.append(_like(name))
    if title:
        where.append("(r.title LIKE ? ESCAPE '\\' OR r.canonical LIKE ? ESCAPE '\\')")
        params += [_like(title), _like(title)]
    if status:
        where.append("r.status = ?")
        params.append(status)
    _date_range(where, params, "r.date", since, until)
    sql = ("SELECT m.name, r.title, r.canonical, r.status, r.date, a.title AS article, r.rule, r.confidence,"
           " r.article_id, r.start, r.\"end\" FROM person_roles r JOIN people m ON m.id = r.people_id"
           " JOIN articles a ON a.id = r.article_id WHERE " + " AND ".join(where) +
           " ORDER BY r.date, m.name LIMIT ?")
    return _rows(db, sql, params + [limit])


def person_timeline(db, name: str) -> list[dict]:
    """Every title each person of that name held, once, with the first and last date the archive shows it."""
    from ..stages.resolve import role_key

    sql = ("SELECT p.id AS person_id, p.name, p.province, r.canonical, r.date, r.status, r.article_id"
           " FROM persons p JOIN person_roles r ON r.person_id = p.id"
           " WHERE p.key = ? OR p.name LIKE ? ESCAPE '\\' ORDER BY p.id, r.date")
    merged: dict[tuple, dict] = {}
    for row in _rows(db, sql, [name.casefold(), _like(name)]):
        key = (row["person_id"], role_key(row["canonical"], row["province"]))
        item = merged.setdefault(key, {"person_id": row["person_id"], "name": row["name"], "province": row["province"],
                                       "title": row["canonical"], "first": row["date"], "last": row["date"],
                                       "articles": set(), "status": set()})
        if len(row["canonical"]) > len(item["title"]):
            item["title"] = row["canonical"]  # the fullest spelling, place included
        dates = [d for d in (item["first"], item["last"], row["date"]) if d]
        item["first"], item["last"] = (min(dates), max(dates)) if dates else (None, None)
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
        where.append("d.text LIKE ? ESCAPE '\\'")
        params.append(_like(text))
    sql = ("SELECT d.text, d.value, d.kind, a.title AS article, d.rule, d.article_id, d.start, d.\"end\""
           " FROM dates d JOIN articles a ON a.id = d.article_id WHERE " + " AND ".join(where) +
           " ORDER BY value LIMIT ?")
    return _rows(db, sql, params + [limit])


GROUPS = {
    "province": "COALESCE(r.province, '?')",
    "year": "substr(r.date, 1, 4)",
    "half": "substr(r.date, 1, 4) || CASE WHEN substr(r.date, 6, 2) <= '06' THEN '-H1' ELSE '-H2' END",
    "month": "substr(r.date, 1, 7)",
    "subject": "r.subject_head",
}


def group_keys(by: str) -> list[str]:
    """"province,half" -> ["province", "half"]: one row per province and half-year; ValueError for an unknown key."""
    keys = [k.strip() for k in by.split(",") if k.strip()]
    unknown = [k for k in keys if k not in GROUPS]
    if unknown or not keys:
        raise ValueError(f"{', '.join(unknown) or repr(by)}: the keys are {', '.join(sorted(GROUPS))}"
                         " (one, or several comma-separated)")
    return keys


def ratios(db, subject: str | None = None, action: str | None = None, since: str | None = None,
           until: str | None = None, by: str | None = None, limit: int = 500) -> list[dict]:
    where, params = ["1=1"], []
    if subject:
        where.append("(r.subject LIKE ? ESCAPE '\\' OR r.subject_head LIKE ? ESCAPE '\\')")
        params += [_like(subject), _like(subject)]
    if action:
        where.append("r.action LIKE ? ESCAPE '\\'")
        params.append(_like(action))
    _date_range(where, params, "r.date", since, until)
    if by:
        keys = group_keys(by)
        groups = ", ".join(f"{GROUPS[k]} AS {k}" for k in keys)
        order = ", ".join(str(i + 1) for i in range(len(keys)))
        sql = (f"SELECT {groups}, COUNT(*) AS figures, SUM(r.numerator) AS numerator,"
               " SUM(r.denominator) AS denominator, ROUND(100.0 * SUM(r.numerator) / SUM(r.denominator), 2) AS percent"
               " FROM ratios r WHERE " + " AND ".join(where) + f" GROUP BY {order} ORDER BY {order} LIMIT ?")
        return _rows(db, sql, params + [limit])
    sql = ("SELECT r.numerator, r.denominator, r.subject, r.action, r.percent, r.owner, r.date, r.province,"
           " a.title AS article, r.text, r.rule FROM ratios r JOIN articles a ON a.id = r.article_id WHERE "
           + " AND ".join(where) + " ORDER BY r.date LIMIT ?")
    return _rows(db, sql, params + [limit])


def events(db, place: str | None = None, year: str | int | None = None, name: str | None = None,
           limit: int = 200) -> list[dict]:
    where, params = ["1=1"], []
    if place:
        # where it was held, or a place in its name or its organiser ("Huyện ủy Tân Lạc"); not any
        # mention in the article, which would bring in meetings elsewhere that name the place
        where.append("(e.location LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\' OR e.organizer LIKE ? ESCAPE '\\')")
        params += [_like(place)] * 3
    if year:
        where.append("COALESCE(e.date, a.date) LIKE ?")
        params.append(f"{int(year):04d}%")
    if name:
        where.append("e.name LIKE ? ESCAPE '\\'")
        params.append(_like(name))
    sql = ("SELECT e.id AS event_id, e.name, COALESCE(e.date, a.date) AS date, e.location, e.organizer,"
           " (SELECT group_concat(ep.name || CASE WHEN ep.role != 'mentioned' THEN ' (' || ep.role || ')' ELSE '' END, '; ')"
           "  FROM event_participants ep WHERE ep.event_id = e.id AND ep.role != 'mentioned') AS attendees,"
           " a.title AS article FROM events e JOIN articles a ON a.id = e.article_id WHERE "
           + " AND ".join(where) + " ORDER BY date LIMIT ?")
    return _rows(db, sql, params + [limit])


@lru_cache(maxsize=1)
def _body_patterns():
    import regex

    from ..ruleset import load_rules

    t = load_rules().titles
    letter = r"[\p{L}\p{M}]"

    def words(phrases):  # longest first, whole words only
        longest_first = sorted(set(phrases), key=len, reverse=True)
        return rf"(?<!{letter})(?:" + "|".join(regex.escape(p) for p in longest_first) + ")"

    # a territorial body keeps the place name after it ("Huyện ủy Tân Lạc"), not other words ("Tỉnh ủy viên")
    territorial = regex.compile(words(t["bodies"]["territorial"]) + rf"(?:\s\p{{Lu}}{letter}*)*(?!{letter})")
    organisational = regex.compile(words(t["bodies"]["organisational"]) + rf"(?!{letter})")
    qualifiers = regex.compile(r"\s+" + words(t["qualifiers"]) + rf"(?!{letter})")
    return territorial, organisational, qualifiers


def body_of(canonical: str | None, province: str | None = None) -> str | None:
    """The organisation a title belongs to, without the person's own province.

    A territorial Party body wins ("Trưởng Ban Tổ chức Tỉnh ủy" -> "Tỉnh ủy", "Bí thư Huyện ủy
    Tân Lạc" -> "Huyện ủy Tân Lạc"); otherwise the first organisational body to the end, without
    qualifiers ("Phó Chủ tịch Thường trực UBND tỉnh Hòa Phong" -> "Ủy ban nhân dân tỉnh").
    """
    if not canonical:
        return None
    territorial, organisational, qualifiers = _body_patterns()
    found = territorial.search(canonical)
    if found:
        body = found.group(0)
    else:
        found = organisational.search(canonical)
        if not found:
            return None
        body = qualifiers.sub("", canonical[found.start():])
    if province and body.endswith(" " + province):
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
    db.conn.create_function("vnie_body", 2, body_of, deterministic=True)
    return _rows(db, PEOPLE_PER_BODY, [limit])


def search(db, text: str, limit: int = 50) -> list[dict]:
    """Full-text search typed with or without diacritics ("Lâm Đông" or "Lam Dong")."""
    terms = " ".join('"' + t.replace('"', "") + '"' for t in fold(text).split())
    if not terms:
        return []
    sql = ("SELECT a.id, a.title, a.published, a.source, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet"
           " FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id"
           " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")
    return _rows(db, sql, [terms, limit])


def runs(db, limit: int = 20) -> list[dict]:
    return _rows(db, "SELECT id, started, duration, new, changed, skipped, rejected, rules_version, vnie_version,"
                     " status, inputs FROM runs ORDER BY id DESC LIMIT ?", [limit])


def rejects(db, run_id: int | None = None, limit: int = 200) -> list[dict]:
    if run_id:
        return _rows(db, "SELECT run_id, source, position, code, reason FROM rejects WHERE run_id = ? LIMIT ?", [run_id, limit])
    return _rows(db, "SELECT run_id, source, position, code, reason FROM rejects ORDER BY id DESC LIMIT ?", [limit])


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
           "people_per_body", "search", "runs", "rejects", "stats"]
