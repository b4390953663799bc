"""The store: schema, idempotent writes, replaced facts, search, namesakes."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from conftest import write
from facts import article, date, event, extraction, person, ratio, save
from vnie.errors import VnieError
from vnie.interfaces.cli import main
from vnie.storage import query, store
from vnie.interfaces.ingest import ingest

A = """Hội nghị sơ kết 6 tháng đầu năm 2024

Ngày 14/6, tại huyện Tân Lạc, Ban Tổ chức Tỉnh ủy Hòa Phong tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Tham dự có đồng chí Lâm Văn Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.

Đảng bộ tỉnh đã kết nạp được 134/150 đảng viên mới.
"""  # noqa: E501 - a paragraph is one line of the article


def test_schema(db_path):
    db = store.open_db(db_path)
    tables = set(db.table_names())
    assert {"articles", "persons", "people", "person_roles", "dates", "ratios", "figures", "events",
            "event_participants", "runs", "rejects", "articles_fts"} <= tables
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = {fk.other_table for fk in db["person_roles"].foreign_keys}
    assert {"articles", "persons", "people"} <= fks
    assert any(i.columns == ["value"] for i in db["dates"].indexes)
    store.ensure_db_shape(db)  # runs again safely


def counts(db_path):
    db = store.open_db(db_path)
    return {t: db[t].count for t in ["articles", "people", "person_roles", "dates", "ratios", "events"]}


def test_ingest_twice_changes_nothing(tmp_path, db_path):
    src = write(tmp_path / "in" / "a.txt", A)
    first = ingest([src], db_path)
    before = counts(db_path)
    second = ingest([src], db_path)
    assert first.counts["new"] == 1 and second.counts["skipped"] == 1 and second.counts["new"] == 0
    assert counts(db_path) == before
    assert before["ratios"] == 1 and before["people"] == 1


def test_changed_article_replaces_its_facts(tmp_path, db_path):
    src = write(tmp_path / "a.txt", A)
    ingest([src], db_path)
    write(src, A.replace("134/150", "140/150"))
    result = ingest([src], db_path)
    assert result.counts["changed"] == 1
    db = store.open_db(db_path)
    assert [r["numerator"] for r in db["ratios"].rows] == [140]
    assert db["articles"].count == 1


def test_search_with_or_without_diacritics(tmp_path, db_path):
    ingest([write(tmp_path / "a.txt", A)], db_path)
    db = store.open_db(db_path, readonly=True)
    assert query.search(db, "Lâm Văn Đông")
    assert query.search(db, "Lam Van Dong")
    assert query.search(db, '"Lâm" "Đông"')  # two phrases, anywhere
    assert not query.search(db, "Lâm Đông")  # one phrase: not in the text
    assert not query.search(db, "Phan Tấn Cảnh")


def test_readonly_connection_refuses_writes(tmp_path, db_path):
    ingest([write(tmp_path / "a.txt", A)], db_path)
    db = store.open_db(db_path, readonly=True)
    try:
        db.execute("DELETE FROM articles")
        raise AssertionError("write went through")
    except sqlite3.OperationalError as exc:
        assert "readonly" in str(exc)


def test_namesakes_in_different_provinces_stay_apart(tmp_path, db_path):
    other = ("Tin Bắc Hà Sơn\n\nNgày 10/10/2024, đồng chí Lâm Văn Đông, Chủ tịch UBND tỉnh Bắc Hà Sơn, "
             "làm việc với Sở Tài chính tỉnh Bắc Hà Sơn.\n")
    ingest([write(tmp_path / "a.txt", A), write(tmp_path / "b.txt", other)], db_path)
    db = store.open_db(db_path, readonly=True)
    found = query.people(db, name="Lâm Văn Đông")
    assert sorted(p["province"] for p in found) == ["Bắc Hà Sơn", "Hòa Phong"]


def test_run_records_and_rejects(tmp_path, db_path):
    result = ingest([write(tmp_path / "a.txt", A), tmp_path / "missing.txt"], db_path)
    assert result.exit_code == 1
    db = store.open_db(db_path, readonly=True)
    (run,) = query.runs(db)
    assert (run["new"], run["rejected"], run["status"]) == (1, 1, "done")
    assert query.rejects(db)[0]["code"] == "E001"


def test_filters_are_parameters(tmp_path, db_path):
    ingest([write(tmp_path / "a.txt", A)], db_path)
    db = store.open_db(db_path, readonly=True)
    for evil in ["'; DROP TABLE articles; --", "%' OR 1=1 --", "\" OR \"\"=\""]:
        assert query.people(db, name=evil) == []
        assert query.ratios(db, subject=evil) == []
        assert query.events(db, place=evil) == []
    assert db["articles"].count == 1


def test_article_encoding_is_stored(tmp_path, db_path):
    from vnie.inputs import legacy

    write(tmp_path / "in" / "old.txt", legacy.encode_tcvn3(A))
    write(tmp_path / "in" / "new.txt", A.replace("Hội nghị sơ kết", "Hội nghị tổng kết"))
    ingest([tmp_path / "in"], db_path)
    db = store.open_db(db_path, readonly=True)
    assert dict(db.execute("SELECT source, encoding FROM articles").fetchall()) == {
        str(tmp_path / "in" / "new.txt"): "utf-8", str(tmp_path / "in" / "old.txt"): "tcvn3"}


# ------------------------------------------------------------------ schema 5: new columns, added safely

ADDED = {"person_roles": {"since", "status_date", "term"},
         "ratios": {"owner_level", "period_start", "period_end", "period_from"}}


def old_database(path, version=4, without=("person_roles", "ratios")):
    """A database as schema 4 made it: today's schema without the columns 5 added to ``without``."""
    store.open_db(path).conn.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX idx_ratios_period")
        for table in without:
            for column in ADDED[table]:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("INSERT INTO articles (id, source, content_hash, text) VALUES ('a', 'a.txt', 'h', 't')")
        conn.execute("INSERT INTO ratios (article_id, numerator, denominator) VALUES ('a', 1, 2)")
        conn.execute(f"PRAGMA user_version={version}")


@pytest.mark.parametrize("without", [("person_roles", "ratios"), ("ratios",), ("person_roles",)])
def test_migration_adds_each_missing_column(db_path, without):
    old_database(db_path, without=without)
    db = store.open_db(db_path)
    for table, columns in ADDED.items():
        assert columns <= {c.name for c in db[table].columns}, table
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert "idx_ratios_period" in {i.name for i in db["ratios"].indexes}
    assert [r["numerator"] for r in db["ratios"].rows] == [1]  # rows kept
    store.ensure_db_shape(db)  # again: nothing to do, no error
    db.conn.close()
    store.open_db(db_path).conn.close()


def test_columns_added_even_when_the_version_is_already_current(db_path):
    """Another change may have used the same version number: the columns are checked one by one."""
    old_database(db_path, version=store.SCHEMA_VERSION)
    db = store.open_db(db_path)
    assert ADDED["ratios"] <= {c.name for c in db["ratios"].columns}


def test_read_only_open_of_an_older_database_says_upgrade(tmp_path, db_path):
    old_database(db_path)
    with pytest.raises(VnieError) as exc:
        store.open_db(db_path, readonly=True)
    assert exc.value.code == "E035"
    r = CliRunner().invoke(main, ["query", "ratios", "--db", str(db_path)])
    assert r.exit_code == 2 and "E035" in r.output and "vnie upgrade" in r.output
    r = CliRunner().invoke(main, ["upgrade", "--db", str(db_path)])
    assert r.exit_code == 0, r.output
    assert store.open_db(db_path, readonly=True)
    assert CliRunner().invoke(main, ["upgrade", "--db", str(tmp_path / "none.db")]).exit_code == 2


TEXT = ("Bí thư Tỉnh ủy Hòa Phong\n\nNgày 14/6/2024, đồng chí Hồ Minh Tâm, Bí thư Tỉnh ủy từ tháng 10/2020,"
        " chủ trì hội nghị. Năm 2024, toàn tỉnh kết nạp được 1.236/1.200 đảng viên mới.")


def hand_built():
    art = article("a1", TEXT, published="2024-06-14")
    return extraction(
        art, province="Hòa Phong",
        people=[person(TEXT, "Hồ Minh Tâm", ("Bí thư Tỉnh ủy", "holds", {"since": "2020-10", "term": "khóa XVII"}),
                       after=30)],
        dates=[date(TEXT, "14/6/2024", "2024-06-14")],
        ratios=[ratio(TEXT, "1.236/1.200", 1236, 1200, "đảng viên mới", owner="toàn tỉnh", owner_level="province",
                      period_start="2024-01-01", period_end="2024-12-31", period_from="sentence")],
        events=[event(TEXT, "hội nghị", "2024-06-14", who=(("Hồ Minh Tâm", "chaired"),))])


def test_new_fields_are_stored_and_read_back(db_path):
    ex = hand_built()
    db = save(db_path, ex)
    (role,) = db["person_roles"].rows
    assert (role["since"], role["status_date"], role["term"]) == ("2020-10", None, "khóa XVII")
    (r,) = db["ratios"].rows
    assert (r["owner_level"], r["period_start"], r["period_end"], r["period_from"]) == (
        "province", "2024-01-01", "2024-12-31", "sentence")
    assert store.load_extraction(db, "a1") == ex  # the same record, every field
    assert store.load_extraction(db, "nope") is None


@pytest.mark.parametrize("title,province,body", [
    ("Trưởng Ban Tổ chức Tỉnh ủy", None, "Tỉnh ủy"),
    ("Bí thư Huyện ủy Tân Lạc", None, "Huyện ủy Tân Lạc"),
    ("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hòa Phong", "Hòa Phong", "Ủy ban nhân dân tỉnh"),
    ("Giám đốc Sở Kế hoạch và Đầu tư", None, "Sở Kế hoạch và Đầu tư"),
    ("Phó Bí thư", None, None),
])
def test_the_body_of_a_title_is_read_by_the_title_grammar(title, province, body):
    from vnie.storage.query import body_of

    assert body_of(title, province) == body


def test_opening_a_database_does_not_import_pandas_or_numpy(tmp_path):
    """sqlite-utils would import pandas and numpy (1.1 s where installed) for types vnie never stores."""
    import subprocess
    import sys

    code = ("import sys; from vnie.storage.store import open_db; db = open_db(sys.argv[1]); "
            "db['t'].insert({'a': 1}); print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.db")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_sqlite_utils_keeps_numpy_when_it_is_loaded_already(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("numpy")
    code = ("import sys, numpy; from vnie.storage.store import open_db; open_db(sys.argv[1]); "
            "import sqlite_utils.db as d; print(d.np is numpy, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.db")], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
