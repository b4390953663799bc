"""The store: schema, idempotent writes, replaced facts, search, namesakes."""
from __future__ import annotations

import sqlite3

from conftest import write
from vnie.storage import query, store
from vnie.interfaces.ingest import ingest

A = """Hội nghị sơ kết 6 tháng đầu năm 2024

Ngày 14/6, tại huyện Tân Lạc, Ban Tổ chức Tỉnh ủy Hòa Phong tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024. Tham dự có đồng chí Lâm Văn Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.

Đảng bộ tỉnh đã kết nạp được 134/150 đảng viên mới.
"""


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
    assert query.search(db, "Lâm Đông")
    assert query.search(db, "Lam Dong")
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
