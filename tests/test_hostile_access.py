"""Hostile input, round two (issue 16): nobody in, and no traceback.

``vnie serve`` answers loopback hosts only, bounds what one query may return, and never gives a
spreadsheet a formula; ``vnie export`` writes nowhere but ``--out``; a database path is exactly
the file named; a file that is not vnie's database is refused with a code and left as it was.
"""
from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT, write
from vnie.interfaces.cli import main
from vnie.storage import store

pytest.importorskip("datasette")

FORMULA = "=HYPERLINK(\"https://evil.example\",\"bấm\")"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """The demo corpus and an article whose title and text start with spreadsheet formulas."""
    folder = tmp_path_factory.mktemp("access")
    crawl = write(folder / "in" / "crawl.jsonl", json.dumps(
        {"url": "https://evil.example/1", "title": FORMULA,
         "text": "@SUM(1+1) Ngày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp với 7/11 xã."},
        ensure_ascii=False))
    db = folder / "facts.db"
    out = cli("ingest", CORPUS, crawl, "--db", db, "--quiet")
    assert out.exit_code == 0, out.output
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def get(ds, path: str, host: str = "localhost"):
    async def fetch():
        return await ds.client.get(path, headers={"host": host})
    return asyncio.run(fetch())


@pytest.fixture(scope="module")
def ds(hostile_db):
    from vnie.interfaces.serve import make_app

    return make_app(hostile_db)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------- vnie serve

@pytest.mark.parametrize("host,status", [("localhost", 200), ("127.0.0.1:8001", 200), ("[::1]:8001", 200),
                                         ("evil.example", 421), ("evil.example:8001", 421), ("", 421)])
def test_serve_answers_loopback_hosts_only(ds, host, status):
    r = get(ds, "/vnie/runs.json", host=host)
    assert r.status_code == status  # before: any Host, the precondition of DNS rebinding
    if status == 421:
        assert "E056" in r.text


def test_serve_on_a_public_address_answers_any_host(hostile_db):
    from vnie.interfaces.serve import make_app

    assert get(make_app(hostile_db, host="0.0.0.0"), "/vnie/runs.json", host="vnie.lan:8001").status_code == 200


@pytest.mark.parametrize("sql", ["select randomblob(150000000)", "select randomblob(30000000) from articles",
                                 "select printf('%.*c', 60000000, 'x') from articles"])
def test_one_query_cannot_take_the_server_s_memory(ds, sql):
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    r = get(ds, "/vnie.json?" + urllib_quote(sql))
    grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
    assert r.status_code == 400 and not r.json()["ok"]  # before: 84 -> 800 MB and the rows served
    assert grew < 300_000_000, f"the server grew by {grew // 1_000_000} MB"


def urllib_quote(sql: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"sql": sql})


def test_serve_csv_quotes_formulas(ds):
    r = get(ds, "/vnie/articles.csv?_stream=on&url=https://evil.example/1")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and rows[0]["title"] == "'" + FORMULA and rows[0]["text"].startswith("'" + FORMULA)
    q = get(ds, "/vnie.csv?" + urllib_quote("select '-1' as n, '-x' as t, '+1+2' as p, 3 as i"))
    assert list(csv.reader(io.StringIO(q.text)))[1] == ["-1", "'-x", "'+1+2", "3"]


def test_a_sort_by_no_column_is_a_bad_request(ds):
    assert get(ds, "/vnie/articles?_sort=nonexistent").status_code == 400  # before: 500
    assert get(ds, "/vnie/articles.json?_sort_desc=nonexistent").status_code == 400


def test_serve_without_the_serve_extra_names_it(hostile_db):
    # a fresh process where Datasette cannot be imported, as after `pip install vnie` (core only)
    code = ("import sys; sys.modules['datasette'] = None; sys.argv[0] = 'vnie'; "
            "from vnie.interfaces.cli import main; main()")
    out = subprocess.run([sys.executable, "-c", code, "serve", "--db", str(hostile_db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "[E050]" in out.stderr and 'vnie[serve]' in out.stderr, out.stderr
    assert "Traceback" not in out.stderr  # before: ModuleNotFoundError from warnings_for


# ---------------------------------------------------------------- CSV in the CLI and exports

def test_cli_and_export_csv_quote_formulas(hostile_db, tmp_path):
    out = cli("search", "evil", "--db", hostile_db, "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(out.output)))
    assert row["title"] == "'" + FORMULA
    people = cli("query", "ratios", "--db", hostile_db, "--format", "csv", "--subject", "xã")
    assert "=HYPERLINK" not in people.output.replace("'=HYPERLINK", "")
    exp = cli("export", "--db", hostile_db, "--table", "articles", "--format", "csv", "--out", tmp_path)
    assert exp.exit_code == 0, exp.output
    rows = list(csv.DictReader(open(tmp_path / "articles.csv", encoding="utf-8")))
    evil = [r for r in rows if r["url"] == "https://evil.example/1"][0]
    assert evil["title"] == "'" + FORMULA and evil["text"].startswith("'" + FORMULA)


def test_export_writes_nowhere_but_out(tmp_path):
    db = tmp_path / "crafted.db"
    store.open_db(db).conn.close()  # a vnie database, then tables a crafted copy could hold
    outside = tmp_path / "outside"
    names = ["../outside/evil", str(outside / "abs"), 'a"b', "sub/x", "..", ".hidden", "a b;c"]
    with sqlite3.connect(db) as conn:
        for name in names:
            conn.execute(f'CREATE TABLE "{name.replace(chr(34), chr(34) * 2)}" (x TEXT)')
            conn.execute(f'INSERT INTO "{name.replace(chr(34), chr(34) * 2)}" VALUES (\'1\')')
    out_dir = tmp_path / "out"
    for fmt in ("csv", "jsonl", "parquet"):
        r = cli("export", "--db", db, "--all", "--format", fmt, "--out", out_dir)
        assert r.exit_code == 0 and "Traceback" not in r.output, r.output  # before: a '"' gave a traceback
    assert not outside.exists()  # before: ../outside/evil.csv and an absolute path were written
    written = sorted(p.name for p in out_dir.iterdir())
    assert all("/" not in n and not n.startswith(".") for n in written)
    assert len([n for n in written if n.endswith(".csv")]) == len(set(names)) + len(store.FACT_TABLES) + 7


# ---------------------------------------------------------------- database paths and foreign files

def test_a_database_path_with_hash_or_question_mark_is_that_file(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    db = folder / "a#b?c=d.db"
    assert cli("ingest", CORPUS, "--db", db, "--quiet").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["a#b?c=d.db", "a#b?c=d.db.lock"] + \
        sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))  # no "a", no "a#b"
    stats = json.loads(cli("stats", "--db", db, "--format", "json").output)
    assert stats["articles"] == 18
    from vnie.interfaces.serve import make_app

    ds = make_app(db)
    assert len(get(ds, "/vnie/articles.json?_shape=array&_size=100").json()) == 18  # served that very file


def foreign_files(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO articles (body) VALUES ('not ours')")
    empty = write(tmp_path / "empty.db", b"")
    noise = write(tmp_path / "noise.db", bytes(range(256)) * 64)
    fake = write(tmp_path / "fake.db", b"SQLite format 3\x00" + bytes(range(256)) * 64)
    return {"foreign": other, "empty": empty, "noise": noise, "fake header": fake, "device": "/dev/null",
            "folder": tmp_path}


COMMANDS = [["stats"], ["query", "people"], ["query", "ratios", "--by", "province"], ["search", "Lâm"],
            ["person", "Lâm Văn Đông"], ["runs"], ["rejects"], ["export", "--all", "--format", "csv", "--out", "{out}"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_file_that_is_not_a_vnie_database_is_a_coded_error(tmp_path, command):
    for kind, path in foreign_files(tmp_path).items():
        args = [c.replace("{out}", str(tmp_path / "exp")) for c in command]
        out = cli(*args, "--db", path)
        assert out.exit_code == 2, (kind, out.output)  # before: tracebacks, exit 1
        assert "[E034]" in out.output and "Traceback" not in out.output, (kind, out.output)


def test_ingest_never_changes_a_database_that_is_not_vnie_s(tmp_path):
    for kind, path in foreign_files(tmp_path).items():
        if kind in ("empty", "folder", "device"):
            continue
        before = sha(path)
        out = cli("ingest", CORPUS, "--db", path, "--quiet")
        assert out.exit_code == 2 and "[E034]" in out.output and "Traceback" not in out.output, (kind, out.output)
        assert sha(path) == before  # before: vnie's tables added to it (half of them, then a failure)


def test_a_new_empty_file_becomes_a_vnie_database(tmp_path):
    db = write(tmp_path / "touched.db", b"")  # `touch facts.db` first is fine
    assert cli("ingest", CORPUS, "--db", db, "--quiet").exit_code == 0


@pytest.mark.parametrize("args", [["query", "people", "--limit", "99999999999999999999"],
                                  ["rejects", "--run", "99999999999999999999"],
                                  ["runs", "99999999999999999999"], ["query", "events", "--year", "99999999999"],
                                  ["query", "dates", "--limit", "-1"]])
def test_numbers_out_of_range_are_usage_errors(hostile_db, args):
    out = cli(*args, "--db", hostile_db)
    assert out.exit_code == 2 and "Invalid value" in out.output and "Traceback" not in out.output
