"""Store stage: the only module that touches SQLite.

``ensure_db_shape(db)`` creates or migrates the schema and can run again safely.
``save_extraction(db, ex)`` writes one article and its facts in one transaction:
an unchanged article (same content hash and rules version) is skipped, a changed one has
its facts replaced. People are linked across articles as ``resolve.link_across`` decides; a person
no article names any more is removed with the last article that named them.

``open_db`` opens exactly the file named (a ``#`` or ``?`` in the name is part of it) and
refuses one that is not a vnie database (E034): a foreign SQLite file is never changed, random
bytes or a device never traced back. Ingests of one database take turns (``run_lock``).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import sys
import threading
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from ..errors import VnieError
from ..models import Extraction
from ..models import Reject
from ..text import content_hash, fold
from ..stages.resolve import link_across, person_key

SCHEMA_VERSION = 6  # 2: files, person_titles; 3: articles_fts keyed by rowid; 4: articles.encoding;
# 5: a role's since / status_date / term, a ratio's owner_level and counted period;
# 6: ids of articles without a URL from their text, articles.file_key, rejects.fingerprint/last_run,
#    runs.known/ignored, run_articles, application_id
APPLICATION_ID = 0x766E6965  # "vnie": PRAGMA application_id marks a database as vnie's
BUSY_SECONDS = 30.0  # how long a statement waits for another connection's write lock

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, url TEXT, source TEXT NOT NULL, position TEXT, format TEXT,
    title TEXT, published TEXT, published_from TEXT, date TEXT, date_from TEXT,
    province TEXT, author TEXT, content_hash TEXT NOT NULL, rules_version TEXT,
    text TEXT NOT NULL, run_id INTEGER, ingested_at TEXT, encoding TEXT, file_key TEXT);
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL, province TEXT,
    first_seen TEXT, last_seen TEXT);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id), name TEXT NOT NULL, link_reason TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL, mentions TEXT);
CREATE TABLE IF NOT EXISTS person_roles (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id), people_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    title TEXT NOT NULL, canonical TEXT NOT NULL, status TEXT, date TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL,
    since TEXT, status_date TEXT, term TEXT);
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, value TEXT, kind TEXT, reason TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL);
CREATE TABLE IF NOT EXISTS ratios (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, numerator REAL, denominator REAL, subject TEXT, subject_head TEXT, action TEXT,
    percent REAL, owner TEXT, date TEXT, province TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL,
    owner_level TEXT, period_start TEXT, period_end TEXT, period_from TEXT);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, kind TEXT, value REAL, unit TEXT, subject TEXT, action TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT, date TEXT, location TEXT, organizer TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER, rule TEXT, confidence REAL);
CREATE TABLE IF NOT EXISTS event_participants (
    id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id), name TEXT, role TEXT, title TEXT);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started TEXT, finished TEXT, inputs TEXT, new INTEGER DEFAULT 0,
    changed INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0,
    duration REAL, rules_version TEXT, vnie_version TEXT, status TEXT, known INTEGER DEFAULT 0,
    ignored INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, sha256 TEXT NOT NULL, rules_version TEXT,
    articles INTEGER, rejected INTEGER, run_id INTEGER, seen_at TEXT);
CREATE TABLE IF NOT EXISTS person_titles (
    person_id INTEGER NOT NULL REFERENCES persons(id), canonical TEXT NOT NULL,
    PRIMARY KEY (person_id, canonical)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rejects (
    id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id), source TEXT, position TEXT,
    code TEXT, reason TEXT, at TEXT, fingerprint TEXT, last_run INTEGER);
CREATE TABLE IF NOT EXISTS run_articles (
    run_id INTEGER NOT NULL, article_id TEXT NOT NULL, state TEXT NOT NULL, source TEXT, position TEXT,
    title TEXT);
CREATE INDEX IF NOT EXISTS idx_people_article ON people(article_id);
CREATE INDEX IF NOT EXISTS idx_people_person ON people(person_id);
CREATE INDEX IF NOT EXISTS idx_people_name ON people(name);
CREATE INDEX IF NOT EXISTS idx_persons_key ON persons(key);
CREATE INDEX IF NOT EXISTS idx_roles_person ON person_roles(person_id);
CREATE INDEX IF NOT EXISTS idx_roles_article ON person_roles(article_id);
CREATE INDEX IF NOT EXISTS idx_roles_people ON person_roles(people_id);
CREATE INDEX IF NOT EXISTS idx_roles_canonical ON person_roles(canonical);
CREATE INDEX IF NOT EXISTS idx_dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS idx_dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS idx_ratios_article ON ratios(article_id);
CREATE INDEX IF NOT EXISTS idx_ratios_head ON ratios(subject_head);
CREATE INDEX IF NOT EXISTS idx_figures_article ON figures(article_id);
CREATE INDEX IF NOT EXISTS idx_events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS idx_events_date ON events(date);
CREATE INDEX IF NOT EXISTS idx_participants_event ON event_participants(event_id);
CREATE INDEX IF NOT EXISTS idx_participants_article ON event_participants(article_id);
CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS idx_rejects_run ON rejects(run_id);
CREATE INDEX IF NOT EXISTS idx_run_articles_run ON run_articles(run_id);
CREATE INDEX IF NOT EXISTS idx_files_sha ON files(sha256);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    article_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
"""
# Columns added after a table was first made: each is added where it is missing, checked one by
# one, so the steps do not depend on each other or on the order other schema changes land in.
ADDED_COLUMNS = [
    ("articles", "encoding", "TEXT"),  # 4
    ("person_roles", "since", "TEXT"),  # 5: when the text says the post began
    ("person_roles", "status_date", "TEXT"),  # 5: the day of the election, appointment or relief
    ("person_roles", "term", "TEXT"),  # 5
    ("ratios", "owner_level", "TEXT"),  # 5: province, district, commune or ''
    ("ratios", "period_start", "TEXT"),  # 5: the period the figure counts
    ("ratios", "period_end", "TEXT"),  # 5
    ("ratios", "period_from", "TEXT"),  # 5: sentence, paragraph, title, published, none
    ("articles", "file_key", "TEXT"),  # 6: the file an article was last read from (its absolute path)
    ("rejects", "fingerprint", "TEXT"),  # 6: what makes a reject the same as one met before
    ("rejects", "last_run", "INTEGER"),  # 6: the last run that met it
    ("runs", "known", "INTEGER DEFAULT 0"),  # 6: rejects met again
    ("runs", "ignored", "INTEGER DEFAULT 0"),  # 6: notices (E014, E016)
]
# Indexes on added columns: made after the columns exist.
ADDED_INDEXES = {"idx_ratios_period": "CREATE INDEX IF NOT EXISTS idx_ratios_period ON ratios(period_start)",
                 "idx_articles_file_key": "CREATE INDEX IF NOT EXISTS idx_articles_file_key ON articles(file_key)",
                 "idx_rejects_fingerprint": "CREATE INDEX IF NOT EXISTS idx_rejects_fingerprint ON rejects(fingerprint)"}
FACT_TABLES = ["event_participants", "events", "person_roles", "people", "dates", "ratios", "figures"]



def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# sqlite-utils imports pandas and numpy when it is imported, only to map their scalar types
# (pandas.Timestamp, numpy.int64 …) to column types; vnie stores neither. Where the `analysis`
# extra installed them, that import alone was 1.1 s of every `vnie query` and `vnie ingest`.
_NOT_NEEDED = ("pandas", "numpy")
_IMPORTING = threading.Lock()


def _sqlite_utils():
    """sqlite-utils, imported here (not at import: `vnie extract` never opens a database) without
    pandas or numpy where they are not loaded yet: its type map then lacks their scalar types,
    which no vnie table holds. Loaded already (spaCy loads numpy; a notebook, pandas), they are used."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    with _IMPORTING:  # a server's threads: one masks and imports, the others then find it loaded
        if "sqlite_utils" in sys.modules:
            return sys.modules["sqlite_utils"]
        masked = [name for name in _NOT_NEEDED if name not in sys.modules]
        for name in masked:
            sys.modules[name] = None  # type: ignore[assignment]  # `import pandas` then raises ImportError
        try:
            import sqlite_utils
        finally:
            for name in masked:
                del sys.modules[name]
        return sqlite_utils


def open_db(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """Open the facts database (creating it if needed, unless ``readonly``); WAL so readers work
    while one writer ingests. E034 for a file that is not a vnie database, E031 for none at all."""
    sqlite_utils = _sqlite_utils()

    path = Path(path)
    try:
        if readonly:
            _check_file(path, must_exist=True)
            conn = sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=BUSY_SECONDS)
            db = sqlite_utils.Database(conn)
            _check_vnie(db, path, empty_ok=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if 0 < version < SCHEMA_VERSION:  # a read-only reader cannot add the columns queries ask for
                conn.close()
                raise VnieError("E035", f"schema {version}, this vnie reads {SCHEMA_VERSION}", where=str(path))
            return db
        if path.parent and not path.parent.exists():
            raise VnieError("E030", f"folder {path.parent} does not exist")
        _check_file(path, must_exist=False)
        # the busy timeout first: switching to WAL, or a schema another ingest is creating, waits
        conn = sqlite3.connect(file_uri(path, "rwc"), uri=True, timeout=BUSY_SECONDS)
        db = sqlite_utils.Database(conn)
        _check_vnie(db, path, empty_ok=True)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
        ensure_db_shape(db)
        return db
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) from None


def file_uri(path: str | Path, mode: str) -> str:
    """The ``file:`` URI of exactly ``path``: ``#``, ``?`` and ``%`` in a name are escaped, so they
    are part of the name, not a fragment or a query that opens another file."""
    absolute = os.path.abspath(os.fsdecode(path))
    return "file:" + urllib.parse.quote(absolute, safe="/") + f"?mode={mode}"


def _check_file(path: Path, must_exist: bool) -> None:
    """E031 when there is no file to read; E034 for a directory, a device, or bytes that are not SQLite."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if must_exist:
            raise VnieError("E031", f"no database at {path}") from None
        return
    except OSError as exc:
        raise VnieError("E031", f"cannot open {path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise VnieError("E034", f"{path} is not a regular file (a directory, a device or a pipe)")
    if st.st_size:
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise VnieError("E030" if isinstance(exc, PermissionError) else "E031",
                            f"cannot read {path}: {exc.strerror or exc}") from None
        if head != b"SQLite format 3\x00":
            raise VnieError("E034", f"{path} is not a SQLite database")


def is_vnie(db) -> bool | None:
    """True for a vnie database, None for an empty one (no tables yet), False for any other."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return True
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None if app_id == 0 else False
    # a vnie database from before application_id was set: its version and its tables
    version = db.execute("PRAGMA user_version").fetchone()[0]
    return app_id == 0 and version >= 1 and {"articles", "runs", "rejects", "persons"} <= tables


def _check_vnie(db, path: Path, empty_ok: bool) -> None:
    try:
        found = is_vnie(db)
    except sqlite3.OperationalError:
        raise  # cannot open or read (permissions, a read-only folder): open_db says which
    except sqlite3.DatabaseError as exc:  # random bytes behind a SQLite header
        raise VnieError("E034", f"{path}: {exc}") from None
    if found is None and empty_ok:
        return
    if not found:
        what = "an empty database" if found is None else "a SQLite database of another application"
        raise VnieError("E034", f"{path} is {what}; vnie reads and writes only its own "
                                "(and never adds its tables to another's)")


def storage_error(exc: sqlite3.Error, path: str) -> VnieError:
    """The coded error for a failed open or write: not writable (E030), full (E032), I/O (E033), else E031."""
    text = str(exc).lower()
    if any(w in text for w in ("readonly", "read-only", "unable to open", "permission")):
        code = "E030"
    elif "full" in text:  # SQLITE_FULL: "database or disk is full"
        code = "E032"
    elif "disk i/o" in text:
        code = "E033"
    else:
        code = "E031"
    return VnieError(code, str(exc), where=path)


def db_path(db) -> str:
    """The file behind a connection, for error messages."""
    try:
        return db.execute("PRAGMA database_list").fetchone()[2] or ":memory:"
    except sqlite3.Error:
        return "the database"


@contextmanager
def _writing(db):
    """Around a write transaction (entered before it, so it is rolled back first): a failed write
    becomes a VnieError naming the database file, which the CLI prints without a traceback."""
    try:
        yield
    except sqlite3.Error as exc:
        raise storage_error(exc, db_path(db)) from exc


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create or migrate the schema, in one write transaction: two ingests opening a new database
    together take turns (the second finds it made), and a failed migration leaves nothing half done.
    Each added column (ADDED_COLUMNS) is checked on every open, so the steps do not depend on each
    other or on the order other schema changes land in."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION and not _missing(db):
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            _migrate(db, version)
        _add_columns(db)
        if version < SCHEMA_VERSION:
            if 1 <= version < 6:
                _ids_from_text(conn)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _migrate(db, version: int) -> None:
    """The tables and indexes of SCHEMA (each made only where missing) and the data steps of old versions."""
    conn = db.conn
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    if version == 1:  # person_titles is new in 2: fill it from the roles already stored
        conn.execute("INSERT OR IGNORE INTO person_titles (person_id, canonical)"
                     " SELECT DISTINCT person_id, canonical FROM person_roles WHERE person_id IS NOT NULL")
    if 1 <= version < 3:  # the search index's rows were not the articles' rowids: build it again
        conn.create_function("vnie_fold", 1, fold, deterministic=True)
        conn.execute("DELETE FROM articles_fts")
        conn.execute("INSERT INTO articles_fts (rowid, article_id, title, body)"
                     " SELECT rowid, id, vnie_fold(title), vnie_fold(text) FROM articles")


def _missing(db) -> bool:
    """Whether a column of ADDED_COLUMNS or an index of ADDED_INDEXES is missing (a schema read, no write)."""
    have = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    return any(column not in {c.name for c in db[table].columns} for table, column, _ in ADDED_COLUMNS) \
        or any(name not in have for name in ADDED_INDEXES)


def _add_columns(db) -> None:
    """Add each column of ADDED_COLUMNS (and index) where it is missing, in the caller's transaction."""
    for table, column, kind in ADDED_COLUMNS:
        if column not in {c.name for c in db[table].columns}:
            db.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    have = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for name, statement in ADDED_INDEXES.items():
        if name not in have:
            db.conn.execute(statement)


def _ids_from_text(conn) -> None:
    """Before 6 an article without a URL was keyed by where it was read (its file's absolute path,
    and line): moving the archive gave new ids. Its id becomes its text's (``read.identity``), and
    a one-article file's ``file_key`` its path, found in ``files`` (old id = hash of the path)."""
    from ..text import article_id

    conn.executemany("UPDATE articles SET file_key = ? WHERE id = ? AND file_key IS NULL",
                     [(p, article_id(p)) for (p,) in conn.execute("SELECT path FROM files")])
    conn.create_function("vnie_text_id", 1, lambda h: article_id("text:" + h), deterministic=True)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS id_map (old TEXT PRIMARY KEY, new TEXT)")
    conn.execute("DELETE FROM temp.id_map")
    conn.execute("INSERT INTO temp.id_map SELECT id, vnie_text_id(content_hash) FROM articles"
                 " WHERE url IS NULL AND id != vnie_text_id(content_hash)")
    # two copies of one text were two articles: the first stored is kept
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT PRIMARY KEY)")
    conn.execute("INSERT OR IGNORE INTO temp.gone SELECT old FROM temp.id_map WHERE new IN (SELECT id FROM articles)")
    conn.execute("INSERT OR IGNORE INTO temp.gone SELECT m.old FROM temp.id_map m JOIN articles a ON a.id = m.old"
                 " WHERE a.rowid > (SELECT MIN(b.rowid) FROM articles b JOIN temp.id_map n ON n.old = b.id"
                 " WHERE n.new = m.new)")
    _delete_articles(conn, "SELECT id FROM temp.gone")
    conn.execute("DROP TABLE temp.gone")
    conn.execute("DELETE FROM temp.id_map WHERE old NOT IN (SELECT id FROM articles)")
    conn.execute("PRAGMA defer_foreign_keys=ON")  # parents and children change ids in one transaction
    for table in [*FACT_TABLES, "articles_fts"]:
        conn.execute(f"UPDATE {table} SET article_id = (SELECT new FROM temp.id_map WHERE old = article_id)"
                     " WHERE article_id IN (SELECT old FROM temp.id_map)")
    conn.execute("UPDATE articles SET id = (SELECT new FROM temp.id_map WHERE old = id)"
                 " WHERE id IN (SELECT old FROM temp.id_map)")
    _drop_orphan_persons(conn, None)
    conn.execute("DROP TABLE temp.id_map")


# ------------------------------------------------------------------ runs and rejects

@contextmanager
def run_lock(path: str | Path, on_wait=None):
    """Ingests of one database take turns: an advisory lock on ``<database>.lock`` is held for the
    run (``on_wait()`` is called once if another ingest holds it). So a run still marked running
    when the lock is ours was killed, and two ingests started together never fight over the schema."""
    import fcntl

    lock_path = Path(os.fspath(path) + ".lock")
    try:
        fh = open(lock_path, "a+b")
    except OSError:  # a read-only folder: opening the database will say so
        yield
        return
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fh, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: go on unlocked, as before
        yield
    finally:
        fh.close()


def start_run(db, inputs, rules_version: str, vnie_version: str) -> int:
    with _writing(db), db.conn:
        # one writer at a time (run_lock): a run still marked running was killed before it finished;
        # its counts are those of its last committed batch, which is what it stored
        db.conn.execute("UPDATE runs SET status='interrupted' WHERE status='running'")
        cur = db.conn.execute(
            "INSERT INTO runs (started, inputs, rules_version, vnie_version, status) VALUES (?, ?, ?, ?, 'running')",
            (now(), json.dumps([str(i) for i in inputs], ensure_ascii=False), rules_version, vnie_version))
    return cur.lastrowid


def update_run(db, run_id: int, counts: dict, known: int = 0, ignored: int = 0) -> None:
    """The run's counts so far, in the open transaction: a killed run's record says what it stored."""
    db.conn.execute("UPDATE runs SET new=?, changed=?, skipped=?, rejected=?, known=?, ignored=? WHERE id=?",
                    (counts.get("new", 0), counts.get("changed", 0), counts.get("skipped", 0),
                     counts.get("rejected", 0), known, ignored, run_id))


def finish_run(db, run_id: int, counts: dict, duration: float, status: str = "done", known: int = 0,
               ignored: int = 0) -> None:
    """Record how a run ended. A failed run's record is best effort: the error that failed the run
    is already on its way, and a run left 'running' is marked interrupted by the next one."""
    try:
        with _writing(db), db.conn:
            update_run(db, run_id, counts, known, ignored)
            db.conn.execute("UPDATE runs SET finished=?, duration=?, status=? WHERE id=?",
                            (now(), round(duration, 3), status, run_id))
    except VnieError:
        if status == "done":
            raise


def save_reject(db, run_id: int | None, reject: Reject, commit: bool = True, fingerprint: str | None = None) -> bool:
    """Record an input that could not be read; ``commit=False`` joins the open transaction.
    A reject with the ``fingerprint`` of one an earlier run recorded is known: it is not stored
    again (that row's ``last_run`` says it was met again) and False is returned."""
    with _writing(db):
        known = fingerprint and db.conn.execute(
            "SELECT id FROM rejects WHERE fingerprint = ? AND run_id IS NOT ? LIMIT 1", (fingerprint, run_id)).fetchone()
        if known:
            db.conn.execute("UPDATE rejects SET last_run = ? WHERE id = ?", (run_id, known[0]))
        else:
            db.conn.execute("INSERT INTO rejects (run_id, source, position, code, reason, at, fingerprint, last_run)"
                            " VALUES (?,?,?,?,?,?,?,?)", (run_id, reject.source, reject.position, reject.code,
                                                          reject.reason, now(), fingerprint, run_id))
        if commit:
            db.conn.commit()
    return not known


# ------------------------------------------------------------------ articles

def article_state(db, article_id: str) -> tuple[str, str] | None:
    row = db.execute("SELECT content_hash, rules_version FROM articles WHERE id=?", [article_id]).fetchone()
    return (row[0], row[1]) if row else None


def needs_work(db, article, rules_version: str, reextract: bool = False) -> str:
    """'new', 'changed' or 'skip' for an article about to be ingested."""
    state = article_state(db, article.id)
    if state is None:
        return "new"
    if state[0] != content_hash(article.text) or reextract or state[1] != rules_version:
        return "changed"
    return "skip"


def article_file(db, article_id: str) -> str | None:
    """The file (its key, the absolute path) an article was last read from."""
    row = db.execute("SELECT file_key FROM articles WHERE id=?", [article_id]).fetchone()
    return row[0] if row else None


def file_articles(db, file_key: str) -> list[str]:
    """The articles last read from a file, by id."""
    return [i for (i,) in db.execute("SELECT id FROM articles WHERE file_key=? ORDER BY rowid", [file_key])]


def follow(db, article_id: str, file_key: str, source: str) -> None:
    """An article met in another file than the one recorded (the archive moved): the record follows."""
    with _writing(db):
        db.conn.execute("UPDATE articles SET file_key=?, source=? WHERE id=?", (file_key, source, article_id))


# The articles met in this run (a temporary table of the writer's connection, so memory does not
# grow with the archive): the first of two with one id is the one kept, whatever the workers do.
SEEN = ("CREATE TEMP TABLE IF NOT EXISTS run_seen (id TEXT PRIMARY KEY, hash TEXT, file_key TEXT, source TEXT,"
        " position TEXT, released INTEGER DEFAULT 0)")


def seen(db, article_id: str) -> tuple | None:
    """(content hash, file key, source, position, released) of the article met earlier in this run."""
    db.conn.execute(SEEN)
    return db.conn.execute("SELECT hash, file_key, source, position, released FROM temp.run_seen WHERE id=?",
                           [article_id]).fetchone()


def mark_seen(db, article, file_key: str | None, released: bool = False) -> None:
    """Remember an article met in this run; ``released``: an id a changed file gave up (its write
    deletes it), so an article with that id met later is new."""
    db.conn.execute(SEEN)
    with _writing(db):
        db.conn.execute("INSERT OR REPLACE INTO temp.run_seen (id, hash, file_key, source, position, released)"
                        " VALUES (?,?,?,?,?,?)", (article.id, content_hash(article.text) if article.text else None,
                                                  file_key, article.source, article.position, int(released)))


def release(db, article_id: str) -> None:
    db.conn.execute(SEEN)
    with _writing(db):
        db.conn.execute("INSERT OR REPLACE INTO temp.run_seen (id, released) VALUES (?, 1)", [article_id])


def file_state(db, path: str) -> tuple | None:
    """(sha256, rules_version, articles, rejected) recorded when ``path`` was last read whole."""
    return db.execute("SELECT sha256, rules_version, articles, rejected FROM files WHERE path=?", [path]).fetchone()


def moved_file(db, sha256: str, rules_version: str, gone) -> tuple | None:
    """The record of a file with these bytes, read whole under these rules at a path that is
    ``gone(path)`` now (the archive moved): (path, articles, rejected), else None."""
    for path, articles, rejected in db.execute(
            "SELECT path, articles, rejected FROM files WHERE sha256=? AND rules_version=?", (sha256, rules_version)):
        if gone(path):
            return path, articles, rejected
    return None


def follow_file(db, old: str, new: str, source: str) -> None:
    """A file that moved: its record and its articles' say where it is now (with the open batch)."""
    with _writing(db):
        db.conn.execute("UPDATE OR REPLACE files SET path=? WHERE path=?", (new, old))
        db.conn.execute("UPDATE articles SET file_key=?, source=? WHERE file_key=?", (new, source, old))


def save_file(db, path: str, size: int, sha256: str, rules_version: str, articles: int, rejected: int,
              run_id: int | None, commit: bool = True) -> None:
    """Record an input file once every article in it is stored, so an unchanged file is skipped unread.
    With ``commit=False`` the row joins the open transaction (a :class:`BatchWriter`'s)."""
    with _writing(db):
        db.conn.execute("INSERT OR REPLACE INTO files (path, size, sha256, rules_version, articles, rejected, run_id,"
                        " seen_at) VALUES (?,?,?,?,?,?,?,?)",
                        (path, size, sha256, rules_version, articles, rejected, run_id, now()))
        if commit:
            db.conn.commit()


def effective_date(ex: Extraction) -> tuple[str | None, str]:
    """The date a fact of this article is placed at: published, else the meeting's, else the first day named."""
    if ex.article.published:
        return ex.article.published, ex.article.published_from
    for e in ex.events:
        if e.date:
            return e.date, "event"
    for d in ex.dates:
        if d.kind == "day" and d.value:
            return d.value, "first day in text"
    return None, "none"


def save_extraction(db, ex: Extraction, run_id: int | None = None, rules_version: str = "") -> None:
    """Write one article and its facts, replacing what was stored for it, in one transaction."""
    with _writing(db), db.conn:
        _write_article(db.conn, ex, run_id, rules_version)


class BatchWriter:
    """Articles written in batches: one transaction for every ``size`` articles or ``seconds``,
    whichever comes first, and only whole articles in each. A killed run loses at most the open
    batch, which the next run does again; readers see the archive grow a batch at a time.
    A failed write rolls the open batch back and raises (the run stops there). ``before_commit``
    runs inside each batch's transaction (the run's counts go with the articles they count)."""

    def __init__(self, db, size: int = 64, seconds: float = 0.5, before_commit=None):
        self.db, self.size, self.seconds = db, size, seconds
        self.before_commit = before_commit
        self.pending, self.opened = 0, 0.0

    def save(self, ex: Extraction, run_id: int | None, rules_version: str, state: str | None = None,
             file_key: str | None = None, replaces: tuple = ()) -> None:
        """Write an article (``state`` 'new' or 'changed', recorded in ``run_articles``), read from
        ``file_key``; ``replaces``: ids of the versions of a changed one-article file it replaces."""
        import time

        if not self.pending:
            self.opened = time.monotonic()
        try:
            with _writing(self.db):
                for old in replaces:
                    if old != ex.article.id:
                        if state:  # the history keeps where it was read and its title: the row goes
                            self.db.conn.execute(
                                "INSERT INTO run_articles (run_id, article_id, state, source, position, title)"
                                " SELECT ?, id, 'replaced', source, position, title FROM articles WHERE id = ?",
                                (run_id, old))
                        delete_article(self.db.conn, old)
                _write_article(self.db.conn, ex, run_id, rules_version, state, file_key)
        except BaseException:  # never commit half an article with the batch
            self.db.conn.rollback()
            self.pending = 0
            raise
        self.pending += 1
        if self.pending >= self.size or time.monotonic() - self.opened >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self.db.conn.in_transaction:  # articles, or files rows that joined the batch
            with _writing(self.db):
                if self.before_commit:
                    self.before_commit()
                self.db.conn.commit()
        self.pending = 0


def _write_article(c, ex: Extraction, run_id: int | None, rules_version: str, state: str | None = None,
                   file_key: str | None = None) -> None:
    """The statements that replace one article and its facts; the caller owns the transaction."""
    a = ex.article
    date, date_from = effective_date(ex)
    province = getattr(ex, "province", None)
    named = [p for (p,) in c.execute("SELECT DISTINCT person_id FROM people WHERE article_id=?", [a.id])]
    for table in FACT_TABLES:
        c.execute(f"DELETE FROM {table} WHERE article_id=?", [a.id])
    # the search row shares the article's rowid: found by the primary key, not by scanning the
    # index (article_id is an UNINDEXED column, and a scan made every write slower than the last)
    c.execute("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id=?)", [a.id])
    cur = c.execute(
        "INSERT OR REPLACE INTO articles (id, url, source, position, format, title, published, published_from,"
        " date, date_from, province, author, content_hash, rules_version, text, run_id, ingested_at, encoding,"
        " file_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.url, a.source, a.position, a.format, a.title, a.published, a.published_from, date, date_from,
         province, a.author, content_hash(a.text), rules_version, a.text, run_id, now(), a.encoding, file_key))
    c.execute("INSERT INTO articles_fts (rowid, article_id, title, body) VALUES (?,?,?,?)",
              (cur.lastrowid, a.id, fold(a.title), fold(a.text)))
    person_ids = _save_people(c, ex, date, province)
    _save_facts(c, ex, date, province)
    _save_events(c, ex, person_ids)
    _drop_orphan_persons(c, [p for p in named if p is not None])
    if state:
        c.execute("INSERT INTO run_articles (run_id, article_id, state, source, position, title) VALUES (?,?,?,?,?,?)",
                  (run_id, a.id, state, a.source, a.position, a.title))


def delete_article(c, article_id: str) -> None:
    """An article and its facts (and the people only it named), in the caller's transaction."""
    named = [p for (p,) in c.execute("SELECT DISTINCT person_id FROM people WHERE article_id=?", [article_id])]
    _delete_articles(c, "SELECT ?", [article_id])
    _drop_orphan_persons(c, [p for p in named if p is not None])


def _delete_articles(c, ids_sql: str, params=()) -> None:
    for table in FACT_TABLES:
        c.execute(f"DELETE FROM {table} WHERE article_id IN ({ids_sql})", params)
    c.execute(f"DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE id IN ({ids_sql}))", params)
    c.execute(f"DELETE FROM articles WHERE id IN ({ids_sql})", params)


def _drop_orphan_persons(c, person_ids: list[int] | None) -> None:
    """Persons (``None``: any) no article names any more: gone with the article that named them last,
    so a replaced article leaves no person behind that a clean run would not have."""
    orphan = ("NOT EXISTS (SELECT 1 FROM people m WHERE m.person_id = persons.id)"
              " AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = persons.id)"
              " AND NOT EXISTS (SELECT 1 FROM event_participants e WHERE e.person_id = persons.id)")
    if person_ids is None:
        ids = [i for (i,) in c.execute(f"SELECT id FROM persons WHERE {orphan}")]
    else:
        ids = [i for i in person_ids if c.execute(f"SELECT 1 FROM persons WHERE id = ? AND {orphan}", [i]).fetchone()]
    c.executemany("DELETE FROM person_titles WHERE person_id = ?", [(i,) for i in ids])
    c.executemany("DELETE FROM persons WHERE id = ?", [(i,) for i in ids])


def _save_people(c, ex: Extraction, date, province) -> dict[str, int]:
    ids = {}
    for p in ex.people:
        person_id, reason = _link_person(c, p, province, date)
        cur = c.execute(
            'INSERT INTO people (article_id, person_id, name, link_reason, sentence, start, "end", rule, confidence, mentions)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (ex.article.id, person_id, p.name, reason, p.sentence, p.start, p.end, p.rule, p.confidence,
             json.dumps([m.model_dump() for m in p.mentions], ensure_ascii=False)))
        c.executemany(
            'INSERT INTO person_roles (article_id, person_id, people_id, title, canonical, status, date, sentence, start, "end",'
            " rule, confidence, since, status_date, term) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(ex.article.id, person_id, cur.lastrowid, r.title, r.canonical, r.status, date, r.sentence, r.start, r.end,
              r.rule, r.confidence, r.since, r.date, r.term) for r in p.roles])
        c.executemany("INSERT OR IGNORE INTO person_titles (person_id, canonical) VALUES (?,?)",
                      [(person_id, r.canonical) for r in p.roles])
        ids[person_key(p.name)] = person_id
    return ids


def _link_person(c, p, province, date) -> tuple[int, str]:
    """One person across articles: resolve.link_across decides among the stored persons of that name."""
    key = person_key(p.name)
    stored = [{"id": pid, "name": pname, "province": pprov,
               # person_titles, not person_roles: its size does not grow with the number of articles
               "titles": [t for (t,) in c.execute("SELECT canonical FROM person_titles WHERE person_id=?", [pid])]}
              for pid, pname, pprov in c.execute("SELECT id, name, province FROM persons WHERE key=? ORDER BY id", [key])]
    pid, why, province = link_across(stored, p, province)
    if pid is not None:
        c.execute("UPDATE persons SET province=COALESCE(province, ?), first_seen=MIN(COALESCE(first_seen, ?), ?),"
                  " last_seen=MAX(COALESCE(last_seen, ?), ?) WHERE id=?",
                  (province, date or "9999", date or "9999", date or "", date or "", pid))
        return pid, why
    cur = c.execute("INSERT INTO persons (name, key, province, first_seen, last_seen) VALUES (?,?,?,?,?)",
                    (p.name, key, province, date, date))
    return cur.lastrowid, why


def _save_facts(c, ex: Extraction, date, province) -> None:
    aid = ex.article.id
    c.executemany(
        'INSERT INTO dates (article_id, text, value, kind, reason, sentence, start, "end", rule, confidence) VALUES (?,?,?,?,?,?,?,?,?,?)',
        [(aid, d.text, d.value, d.kind, d.reason, d.sentence, d.start, d.end, d.rule, d.confidence) for d in ex.dates])
    c.executemany(
        'INSERT INTO ratios (article_id, text, numerator, denominator, subject, subject_head, action, percent, owner,'
        ' date, province, sentence, start, "end", rule, confidence, owner_level, period_start, period_end, period_from)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(aid, r.text, r.numerator, r.denominator, r.subject, r.subject_head, r.action, r.percent, r.owner, date,
          province, r.sentence, r.start, r.end, r.rule, r.confidence, r.owner_level, r.period_start, r.period_end,
          r.period_from) for r in ex.ratios])
    c.executemany(
        'INSERT INTO figures (article_id, text, kind, value, unit, subject, action, sentence, start, "end", rule, confidence)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(aid, f.text, f.kind, f.value, f.unit, f.subject, f.action, f.sentence, f.start, f.end, f.rule, f.confidence)
         for f in ex.figures])


def _save_events(c, ex: Extraction, person_ids) -> None:
    for e in ex.events:
        cur = c.execute(
            'INSERT INTO events (article_id, name, date, location, organizer, sentence, start, "end", rule, confidence)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (ex.article.id, e.name, e.date, e.location, e.organizer, e.sentence, e.start, e.end, e.rule, e.confidence))
        c.executemany(
            "INSERT INTO event_participants (event_id, article_id, person_id, name, role, title) VALUES (?,?,?,?,?,?)",
            [(cur.lastrowid, ex.article.id, person_ids.get(person_key(p.name)), p.name, p.role, p.title)
             for p in e.participants])


def integrity_ok(db) -> bool:
    return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# Columns that say when or in which run a row was written, not what was found.
RUN_COLUMNS = {"run_id", "ingested_at", "seen_at", "at", "last_run"}


def facts(db, article_ids=None) -> dict[str, list[tuple]]:
    """Every fact table as sorted rows without run bookkeeping, for comparing two databases.

    Row ids are replaced by what they point at (a person by name and first/last date), so two
    databases built by different routes compare equal when they hold the same facts.
    """
    wanted = None if article_ids is None else set(article_ids)
    out = {}
    persons = {pid: (name, prov) for pid, name, prov in db.execute("SELECT id, name, province FROM persons")}
    tables = ["articles", *FACT_TABLES] + (["persons"] if wanted is None else [])
    for table in tables:
        cols = [c.name for c in db[table].columns if c.name not in RUN_COLUMNS | {"id", "event_id", "people_id"}]
        rows = []
        for row in db.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM {table}"):
            rec = dict(zip(cols, row))
            if wanted is not None and rec.get("article_id", rec.get("id")) not in wanted:
                continue
            if "person_id" in rec:
                rec["person_id"] = persons.get(rec["person_id"])
            rows.append(tuple(rec.items()))
        out[table] = sorted(rows, key=repr)
    return out


# ------------------------------------------------------------------ reading an article back

def load_extraction(db, article_id: str) -> Extraction | None:
    """The stored article and its facts as the :class:`Extraction` that was saved (None if no such
    article), so ``vnie show`` and the served article page render a database row as they render a file.
    Quoted text of a fact is cut from the article by its offsets."""
    from ..models import Article, DateFact, Event, Figure, Mention, Participant, Person, Ratio, Role

    conn = db.conn if hasattr(db, "conn") else db
    conn_rows = _dict_rows(conn)
    found = conn_rows("SELECT * FROM articles WHERE id = ?", article_id)
    if not found:
        return None
    a = found[0]
    text = a["text"]
    article = Article(id=a["id"], source=a["source"], url=a["url"], title=a["title"] or "", published=a["published"],
                      published_from=a["published_from"] or "none", text=text, format=a["format"] or "txt",
                      position=a["position"], author=a["author"], encoding=a.get("encoding"))

    def prov(row) -> dict:
        return {"sentence": row["sentence"] or 0, "start": row["start"], "end": row["end"],
                "text": text[row["start"]:row["end"]], "rule": row["rule"] or "",
                "confidence": 1.0 if row["confidence"] is None else row["confidence"]}

    people = []
    for p in conn_rows("SELECT * FROM people WHERE article_id = ? ORDER BY id", article_id):
        roles = [Role(**prov(r), title=r["title"], canonical=r["canonical"], status=r["status"] or "holds",
                      since=r.get("since"), date=r.get("status_date"), term=r.get("term") or "")
                 for r in conn_rows("SELECT * FROM person_roles WHERE people_id = ? ORDER BY id", p["id"])]
        mentions = [Mention(**m) for m in json.loads(p["mentions"] or "[]")]
        people.append(Person(**prov(p), name=p["name"], roles=roles, mentions=mentions))
    dates = [DateFact(**prov(d), value=d["value"], kind=d["kind"], reason=d["reason"])
             for d in conn_rows("SELECT * FROM dates WHERE article_id = ? ORDER BY id", article_id)]
    ratios = [Ratio(**prov(r), numerator=r["numerator"], denominator=r["denominator"], subject=r["subject"] or "",
                    subject_head=r["subject_head"] or "", action=r["action"] or "", percent=r["percent"],
                    owner=r["owner"] or "", owner_level=r.get("owner_level") or "", period_start=r.get("period_start"),
                    period_end=r.get("period_end"), period_from=r.get("period_from") or "none")
              for r in conn_rows("SELECT * FROM ratios WHERE article_id = ? ORDER BY id", article_id)]
    figures = [Figure(**prov(f), kind=f["kind"], value=f["value"], unit=f["unit"] or "", subject=f["subject"] or "",
                      action=f["action"] or "")
               for f in conn_rows("SELECT * FROM figures WHERE article_id = ? ORDER BY id", article_id)]
    events = []
    for e in conn_rows("SELECT * FROM events WHERE article_id = ? ORDER BY id", article_id):
        who = [Participant(name=x["name"] or "", role=x["role"] or "", title=x["title"] or "")
               for x in conn_rows("SELECT * FROM event_participants WHERE event_id = ? ORDER BY id", e["id"])]
        events.append(Event(**prov(e), name=e["name"] or "", date=e["date"], location=e["location"] or "",
                            organizer=e["organizer"] or "", participants=who))
    return Extraction(article=article, people=people, dates=dates, ratios=ratios, figures=figures, events=events,
                      province=a["province"])


def _dict_rows(conn):
    def rows(sql: str, *params) -> list[dict]:
        cur = conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
    return rows
