"""Ratios grouped by the period they count and by whose figure they are (hand-built facts, so these
hold whatever the extraction stages fill in today)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from facts import article, extraction, ratio, save
from vnie.interfaces.cli import main
from vnie.storage import query
from vnie.storage.periods import period_label


@pytest.mark.parametrize("start, end, fallback, grain, label", [
    ("2024-01-01", "2024-06-30", None, "half", "2024-H1"),  # "6 tháng đầu năm 2024"
    ("2024-07-01", "2024-12-31", None, "half", "2024-H2"),
    ("2024-01-01", "2024-12-31", None, "half", "2024"),  # a year's figure stays a year: never a half
    ("2024-01-01", "2024-12-31", None, "year", "2024"),
    ("2024-01-01", "2024-03-31", None, "half", "2024-Q1"),  # a part of a half: never added to the half's total
    ("2024-01-01", "2024-03-31", None, "quarter", "2024-Q1"),
    ("2024-01-01", "2024-06-30", None, "quarter", "2024-H1"),  # longer than a quarter: the half it covers
    ("2023-01-01", "2023-09-30", None, "half", "2023-01..2023-09"),  # "9 tháng": no standard unit
    ("2020-01-01", "2025-12-31", None, "year", "2020..2025"),  # "nhiệm kỳ 2020 - 2025"
    ("2020-10-01", "2025-09-30", None, "half", "2020-10..2025-09"),
    ("2024-06-14", "2024-06-14", None, "half", "2024-H1"),  # one day: a meeting's attendance
    ("2024-06-14", None, None, "month", "2024-06"),
    ("2024", "2024", None, "half", "2024"),  # a year written alone
    ("2024-06", None, None, "quarter", "2024-06"),
    ("2024-01-01", "2024-06-30", None, "year", "2024-H1"),  # running totals: the half beside the year
    (None, None, "2025-01-08", "half", "2025-H1"),  # no period: the article's date
    (None, None, None, "half", "?"),
    ("garbage", None, "2025-01-08", "year", "2025"),
])
def test_period_label(start, end, fallback, grain, label):
    assert period_label(start, end, fallback, grain) == label


def test_period_label_refuses_an_unknown_grain():
    with pytest.raises(ValueError):
        period_label("2024-01-01", None, None, "week")


# The case: an article of January 2025 reports the province's 2024 total and one district's;
# another reports the first half of 2024; one gives no period at all.
T1 = ("Tổng kết công tác xây dựng Đảng năm 2024\n\nNăm 2024, toàn Đảng bộ tỉnh kết nạp được 1.236/1.200 đảng viên "
      "mới. Riêng Đảng bộ huyện Tân Lạc kết nạp được 162/150 đảng viên mới.")
T2 = "Sơ kết 6 tháng đầu năm 2024\n\nSáu tháng đầu năm, toàn tỉnh kết nạp được 612/1.200 đảng viên mới."
T3 = "Hội nghị\n\nĐảng bộ xã Phong Mỹ kết nạp được 12/10 đảng viên mới."
YEAR = {"period_start": "2024-01-01", "period_end": "2024-12-31"}


@pytest.fixture
def db(db_path):
    return save(db_path,
                extraction(article("t1", T1, published="2025-01-08"), province="Hòa Phong", ratios=[
                    ratio(T1, "1.236/1.200", 1236, 1200, "đảng viên mới", owner="Đảng bộ tỉnh", owner_level="province",
                          period_from="sentence", **YEAR),
                    ratio(T1, "162/150", 162, 150, "đảng viên mới", owner="Đảng bộ huyện Tân Lạc",
                          owner_level="district", period_from="title", **YEAR)]),
                extraction(article("t2", T2, published="2024-07-02"), province="Hòa Phong", ratios=[
                    ratio(T2, "612/1.200", 612, 1200, "đảng viên mới", owner="toàn tỉnh", owner_level="province",
                          period_start="2024-01-01", period_end="2024-06-30", period_from="sentence")]),
                extraction(article("t3", T3, published="2024-09-03"), province="Hòa Phong", ratios=[
                    ratio(T3, "12/10", 12, 10, "đảng viên mới", owner="Đảng bộ xã Phong Mỹ", owner_level="commune")]))


def rows_of(rows, *keys):
    return [tuple(r[k] for k in keys) for r in rows]


def test_by_province_and_half_uses_the_counted_period(db):
    rows = query.ratios(db, subject="dang vien", by="province,half")
    assert rows_of(rows, "province", "half", "period_from", "figures", "numerator", "denominator") == [
        ("Hòa Phong", "2024", "sentence,title", 2, 1398.0, 1350.0),  # the year's figures, not 2025-H1
        ("Hòa Phong", "2024-H1", "sentence", 1, 612.0, 1200.0),
        ("Hòa Phong", "2024-H2", "article date (no period)", 1, 12.0, 10.0),  # placed by publication, and says so
    ]


def test_by_owner_level_keeps_a_province_apart_from_its_district(db):
    rows = query.ratios(db, subject="dang vien", by="owner_level,year")
    assert rows_of(rows, "owner_level", "year", "period_from", "numerator", "denominator") == [
        ("commune", "2024", "article date (no period)", 12.0, 10.0),
        ("district", "2024", "title", 162.0, 150.0),
        ("province", "2024", "sentence", 1236.0, 1200.0),  # the year's total, the first half not added to it
        ("province", "2024-H1", "sentence", 612.0, 1200.0),
    ]
    by_owner = query.ratios(db, by="owner")
    assert rows_of(by_owner, "owner", "figures") == [("toàn tỉnh", 1), ("Đảng bộ huyện Tân Lạc", 1),
                                                     ("Đảng bộ tỉnh", 1), ("Đảng bộ xã Phong Mỹ", 1)]
    assert "period_from" not in by_owner[0]  # no time key: no date source to state


def test_since_and_until_select_by_the_counted_period(db):
    assert {r["numerator"] for r in query.ratios(db, since="2025")} == set()  # published 2025, counts 2024
    assert {r["numerator"] for r in query.ratios(db, since="2024-07")} == {12.0}  # no period: its article's date
    assert {r["numerator"] for r in query.ratios(db, until="2024-06")} == {612.0}
    assert len(query.ratios(db, since="2024", until="2024")) == 4


def test_ungrouped_rows_carry_period_and_owner(db):
    rows = {r["numerator"]: r for r in query.ratios(db)}
    assert (rows[162.0]["owner_level"], rows[162.0]["period_start"], rows[162.0]["period_end"],
            rows[162.0]["period_from"]) == ("district", "2024-01-01", "2024-12-31", "title")
    assert rows[12.0]["period_start"] is None and rows[12.0]["period_from"] == "none"


def test_cli_by_period_and_owner(db, db_path):
    r = CliRunner().invoke(main, ["query", "ratios", "--db", str(db_path), "--subject", "dang vien",
                                  "--by", "owner_level,half", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert {"owner_level": "district", "half": "2024", "period_from": "title", "figures": 1, "numerator": 162.0,
            "denominator": 150.0, "percent": 108.0} in json.loads(r.output)
    r = CliRunner().invoke(main, ["query", "ratios", "--db", str(db_path), "--by", "quarter,owner"])
    assert r.exit_code == 0 and "article date (no period)" in r.output
    assert CliRunner().invoke(main, ["query", "ratios", "--db", str(db_path), "--by", "week"]).exit_code == 2
