"""`vnie export`: whole tables to Parquet, CSV and JSON lines, read back equal to SQLite."""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import sqlite3
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from conftest import CORPUS
from vnie.storage import export as export_module
from vnie.interfaces.cli import main
from vnie.errors import VnieError
from vnie.storage.export import DATE_COLUMNS, column_types, export, tables
from vnie.storage.store import open_db

ARROW = {"int": pa.int64(), "real": pa.float64(), "text": pa.string(), "date": pa.date32()}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("export") / "facts.db"
    r = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    return db


@pytest.fixture(scope="module")
def sqlite_tables(demo_db) -> dict[str, tuple[list[str], list[tuple]]]:
    conn = sqlite3.connect(demo_db)
    out = {}
    for table in tables(open_db(demo_db, readonly=True)):
        cur = conn.execute(f'SELECT * FROM "{table}"')
        out[table] = ([c[0] for c in cur.description], cur.fetchall())
    return out


def test_tables_are_the_schemas_without_the_index(sqlite_tables):
    assert {"articles", "persons", "people", "person_roles", "dates", "ratios", "figures", "events",
            "event_participants", "runs", "rejects"} <= set(sqlite_tables)
    assert not any(t.startswith("articles_fts") for t in sqlite_tables)
    assert all(rows for t, (_, rows) in sqlite_tables.items() if t not in ("rejects", "files"))


def test_parquet_round_trip_every_table(demo_db, sqlite_tables, tmp_path):
    done = export(demo_db, tmp_path, fmt="parquet", batch_rows=7)  # small batches: several row groups
    assert {e.table for e in done} == set(sqlite_tables)
    db = open_db(demo_db, readonly=True)
    for e in done:
        columns, rows = sqlite_tables[e.table]
        got = pq.read_table(e.path)
        assert got.column_names == columns and got.num_rows == len(rows) == e.rows, e.table
        days = DATE_COLUMNS.get(e.table, set())
        assert got.schema.types == [ARROW["date" if name in days else kind]
                                    for name, kind in column_types(db, e.table)], e.table
        assert e.kept_text == [], e.table  # the demo's day columns hold days only
        back = [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in r.values()) for r in got.to_pylist()]
        assert back == rows, e.table
        assert pq.ParquetFile(e.path).metadata.num_row_groups == math.ceil(len(rows) / 7), e.table


def test_parquet_keeps_types_and_the_article_text(demo_db, tmp_path):
    (e,) = export(demo_db, tmp_path, names=["ratios"], fmt="parquet")
    schema = pq.read_schema(e.path)
    assert schema.field("id").type == pa.int64() and schema.field("numerator").type == pa.float64()
    assert schema.field("subject").type == pa.string()
    (a,) = export(demo_db, tmp_path, names=["articles"], fmt="parquet")
    texts = pq.read_table(a.path, columns=["text"]).column("text").to_pylist()
    assert any("Lâm Văn Đông" in t for t in texts)


def test_csv_round_trip_every_table(demo_db, sqlite_tables, tmp_path):
    for e in export(demo_db, tmp_path, fmt="csv"):
        columns, rows = sqlite_tables[e.table]
        with open(e.path, encoding="utf-8", newline="") as fh:
            got = list(csv.reader(fh))
        assert got[0] == columns and len(got) - 1 == len(rows) == e.rows, e.table
        assert got[1:] == [["" if v is None else str(v) for v in row] for row in rows], e.table


def test_json_is_one_array_per_table(demo_db, sqlite_tables, tmp_path):
    for e in export(demo_db, tmp_path, fmt="json", batch_rows=3):
        columns, rows = sqlite_tables[e.table]
        assert json.loads(e.path.read_text(encoding="utf-8")) == [dict(zip(columns, row)) for row in rows], e.table


def test_parquet_days_are_dates_and_months_stay_text(tmp_path):
    """A column of days is date32; a month, a year or an interval is never turned into a day."""
    db = tmp_path / "facts.db"
    store_db = open_db(db)
    store_db.conn.executescript(
        "INSERT INTO articles (id, source, content_hash, text, published, date) VALUES"
        " ('a', 'a.txt', 'h', 't', '2024-06-14', '2024-06-14'), ('b', 'b.txt', 'h', 't', NULL, '2024-02-30');"
        "INSERT INTO person_roles (article_id, title, canonical, since, status_date) VALUES"
        " ('a', 'x', 'x', '2020-10', '2024-08-20');"
        "INSERT INTO dates (article_id, value, kind) VALUES ('a', '2024-01-01/2024-06-30', 'period'), ('a', '2024', 'year');")
    store_db.conn.commit()
    done = {e.table: e for e in export(db, tmp_path / "out", names=["articles", "person_roles", "dates"])}
    articles = pq.read_table(done["articles"].path)
    assert articles.schema.field("published").type == pa.date32()
    assert articles.column("published").to_pylist() == [dt.date(2024, 6, 14), None]
    assert articles.schema.field("date").type == pa.string()  # 2024-02-30 is no day: kept as written, and said
    assert articles.column("date").to_pylist() == ["2024-06-14", "2024-02-30"]
    assert done["articles"].kept_text == ["articles.date (holds '2024-02-30')"]
    roles = pq.read_table(done["person_roles"].path)
    assert roles.schema.field("status_date").type == pa.date32()
    assert roles.schema.field("since").type == pa.string() and roles.column("since").to_pylist() == ["2020-10"]
    values = pq.read_table(done["dates"].path).column("value").to_pylist()
    assert values == ["2024-01-01/2024-06-30", "2024"]
    r = CliRunner().invoke(main, ["export", "--db", str(db), "--table", "articles", "--out", str(tmp_path / "cli")])
    assert r.exit_code == 0 and "note: articles.date (holds '2024-02-30')" in r.output


def test_jsonl_round_trip_every_table(demo_db, sqlite_tables, tmp_path):
    for e in export(demo_db, tmp_path, fmt="jsonl"):
        columns, rows = sqlite_tables[e.table]
        got = [json.loads(line) for line in e.path.read_text(encoding="utf-8").splitlines()]
        assert got == [dict(zip(columns, row)) for row in rows], e.table


def test_a_number_in_a_text_column_stays_text(tmp_path):
    db = tmp_path / "odd.db"
    open_db(db).conn.close()  # a vnie database (export refuses another's) with a table of odd cells
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (id INTEGER, label TEXT, score REAL)")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(1, "a", 0.5), (2, 42, 1), (3, None, None)])
    (e,) = export(db, tmp_path / "out", names=["t"], fmt="parquet")
    assert pq.read_table(e.path).to_pylist() == [{"id": 1, "label": "a", "score": 0.5},
                                                 {"id": 2, "label": "42", "score": 1.0},
                                                 {"id": 3, "label": None, "score": None}]


def test_without_pyarrow_names_the_extra(demo_db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    with pytest.raises(VnieError) as exc:
        export(demo_db, tmp_path, fmt="parquet")
    assert exc.value.code == "E050" and 'pip install "vnie[analysis]"' in str(exc.value)
    assert export(demo_db, tmp_path, names=["runs"], fmt="csv")[0].rows == 1  # CSV needs no pyarrow


def test_no_partial_file_left_on_failure(demo_db, tmp_path, monkeypatch):
    def broken(path, table, columns, batches):
        path.write_text("half")
        raise RuntimeError("disk full")
    monkeypatch.setattr(export_module, "_write_csv", broken)
    with pytest.raises(RuntimeError):
        export(demo_db, tmp_path, names=["runs"], fmt="csv")
    assert list(tmp_path.iterdir()) == []


def run(*args):
    return CliRunner().invoke(main, ["export", *map(str, args)])


def test_cli_export(demo_db, tmp_path):
    r = run("--db", demo_db, "--table", "ratios", "--table", "persons", "--format", "parquet", "--out", tmp_path / "p")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["persons.parquet", "ratios.parquet"]
    r = run("--db", demo_db, "--all", "--format", "jsonl", "--out", tmp_path / "j")
    assert r.exit_code == 0 and (tmp_path / "j" / "articles.jsonl").exists()


def test_cli_export_usage_errors(demo_db, tmp_path):
    assert run("--db", demo_db, "--out", tmp_path).exit_code == 2
    assert run("--db", demo_db, "--all", "--table", "ratios", "--out", tmp_path).exit_code == 2
    r = run("--db", demo_db, "--table", "planets", "--out", tmp_path)
    assert r.exit_code == 2 and "E051" in r.output and "planets" in r.output
    r = run("--db", tmp_path / "none.db", "--all", "--out", tmp_path)
    assert r.exit_code == 2 and "E031" in r.output
