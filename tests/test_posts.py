"""Who held a post, when: matching a post and its place in stored titles, and the succession with
its dates, evidence and overlaps (hand-built facts: independent of what the stages find today)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from facts import article, extraction, person, save
from vnie.interfaces.cli import main
from vnie.ruleset import load_rules
from vnie.storage import query
from vnie.storage.posts import is_shared, post_place


@pytest.mark.parametrize("canonical, person_province, post, place, where", [
    ("Bí thư Tỉnh ủy Hòa Phong", "Hòa Phong", "Bí thư Tỉnh ủy", "Hòa Phong", "Hòa Phong"),
    ("Bí thư Tỉnh ủy", "Hòa Phong", "Bí thư Tỉnh ủy", "Hoa Phong", "Hòa Phong"),  # the person's province
    ("Bí thư Tỉnh ủy", "Hòa Phong", "bi thu tinh uy", None, "Hòa Phong"),  # typed without diacritics
    ("Bí thư Tỉnh ủy Bắc Hà Sơn", "Bắc Hà Sơn", "Bí thư Tỉnh ủy", "Hòa Phong", None),  # another place
    ("Phó Bí thư Tỉnh ủy", "Hòa Phong", "Bí thư Tỉnh ủy", None, None),  # another post
    ("Bí thư Tỉnh ủy Hòa Phong", "Hòa Phong", "Bí thư", None, None),  # more title, not a place
    ("Bí thư Tỉnh ủy Hòa Phong", "Hòa Phong", "Bí thư Tỉnh ủy", "Hòa", None),  # a place is whole
    ("Nguyên Bí thư Tỉnh ủy", "Hòa Phong", "Bí thư Tỉnh ủy", None, "Hòa Phong"),  # the marker set aside
    ("Bí thư Huyện ủy Tân Lạc", "Hòa Phong", "Bí thư Huyện ủy", "Tan Lac", "Tân Lạc"),
    ("Bí thư Huyện ủy", "Hòa Phong", "Bí thư Huyện ủy", None, ""),  # which district: unknown
    ("Bí thư Huyện ủy", "Hòa Phong", "Bí thư Huyện ủy", "Hòa Phong", None),  # never the province's
    ("Chủ tịch Ủy ban nhân dân tỉnh Hòa Phong", "Hòa Phong", "Chủ tịch UBND tỉnh", "Hòa Phong", "Hòa Phong"),
    ("Chủ tịch Ủy ban nhân dân tỉnh", "Hòa Phong", "Chủ tịch UBND tỉnh", None, "Hòa Phong"),
    ("Chủ tịch Ủy ban nhân dân tỉnh", "Hòa Phong", "Chủ tịch UBND", None, "Hòa Phong"),  # level after the post
    ("Chủ tịch Ủy ban nhân dân huyện Tân Lạc", "Hòa Phong", "Chủ tịch UBND", "Tân Lạc", "huyện Tân Lạc"),
    ("Giám đốc Sở Tài chính tỉnh Hòa Phong", None, "Giám đốc Sở Tài chính", None, "Hòa Phong"),
    ("Giám đốc Sở Tài chính", "Hòa Phong", "Giám đốc Sở Tài chính", None, "Hòa Phong"),
    ("Phó Giám đốc Sở Tài chính", "Hòa Phong", "Giám đốc Sở Tài chính", None, None),
    ("Bí thư Tỉnh ủy", None, "", None, None),
])
def test_post_place(canonical, person_province, post, place, where):
    assert post_place(canonical, person_province, None, post, place) == where


def test_post_place_falls_back_on_the_article_province():
    assert post_place("Bí thư Tỉnh ủy", None, "Hòa Phong", "Bí thư Tỉnh ủy", "Hòa Phong") == "Hòa Phong"


@pytest.mark.parametrize("shared", load_rules().titles["shared_positions"])
def test_every_shared_position_makes_a_shared_post(shared):
    assert is_shared(f"{shared} Tỉnh ủy")


@pytest.mark.parametrize("post", ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Giám đốc Sở Tài chính",
                                  "Trưởng Ban Tổ chức Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
                                  "Phó Bí thư Thường trực Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"])
def test_one_person_posts(post):
    assert not is_shared(post)


# A succession written by us: A holds the post, is relieved on 2024-08-20 when B is appointed;
# B is re-elected at the congress, whose own day (2025-10-08) the text gives; C, a deputy,
# is wrongly also called "Bí thư Tỉnh ủy" while A held it (the overlap to flag).
def article_with(aid, published, *people_roles, province="Hòa Phong"):
    text = f"Tin {aid}\n\n" + " ".join(f"Đồng chí {name}, {title}." for name, title, *_ in people_roles)
    people, cursor = [], 0
    for name, title, status, *extra in people_roles:
        p = person(text, name, (title, status, *(extra or [{}])), after=cursor)
        cursor = p.roles[0].end
        people.append(p)
    return extraction(article(aid, text, published=published), province=province, people=people)


@pytest.fixture
def db(db_path):
    return save(db_path,
                article_with("a1", "2023-01-12", ("Đặng Công Thành", "Bí thư Tỉnh ủy", "holds", {"since": "2015-10"})),
                article_with("a2", "2024-06-14", ("Đặng Công Thành", "Bí thư Tỉnh ủy", "holds"),
                             ("Nguyễn Văn Cường", "Bí thư Tỉnh ủy", "holds")),
                article_with("a3", "2024-08-20", ("Đặng Công Thành", "Bí thư Tỉnh ủy Hòa Phong", "relieved",
                                                  {"date": "2024-09-01"}),
                             ("Hồ Minh Tâm", "Bí thư Tỉnh ủy Hòa Phong", "appointed")),
                article_with("a4", "2025-03-21", ("Hồ Minh Tâm", "Bí thư Tỉnh ủy", "holds"),
                             ("Nguyễn Văn Cường", "Phó Bí thư Tỉnh ủy", "holds"),
                             ("Lê Văn Tám", "Phó Bí thư Tỉnh ủy", "elected")),
                article_with("a5", "2025-10-10", ("Hồ Minh Tâm", "Bí thư Tỉnh ủy", "elected", {"date": "2025-10-08"})),
                article_with("b1", "2024-10-10", ("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy", "holds"), province="Bắc Hà Sơn"))


def test_the_succession_with_its_dates_and_evidence(db):
    rows = query.post_holders(db, "Bí thư Tỉnh ủy", place="Hòa Phong")
    assert [(r["name"], r["first"], r["last"], r["since"], r["elected"], r["relieved"], r["status"]) for r in rows] == [
        ("Đặng Công Thành", "2023-01-12", "2024-06-14", "2015-10", None, "2024-09-01", "holds,relieved"),
        ("Nguyễn Văn Cường", "2024-06-14", "2024-06-14", None, None, None, "holds"),
        ("Hồ Minh Tâm", "2024-08-20", "2025-10-08", None, "2024-08-20", None, "appointed,elected,holds"),
    ]
    evidence = {r["name"]: r["evidence"].split() for r in rows}
    assert evidence["Đặng Công Thành"] == ["a1", "a2", "a3"]  # first, last and relieved days
    assert evidence["Hồ Minh Tâm"] == ["a3", "a5"]
    assert {r["place"] for r in rows} == {"Hòa Phong"} and rows[0]["articles"] == 3


def test_overlaps_are_flagged_on_a_one_person_post(db):
    rows = {r["name"]: r["overlaps"] for r in query.post_holders(db, "Bí thư Tỉnh ủy", place="Hòa Phong")}
    assert rows == {"Đặng Công Thành": "Nguyễn Văn Cường", "Nguyễn Văn Cường": "Đặng Công Thành",
                    "Hồ Minh Tâm": ""}  # relieved on the day the next was appointed: a handover, no overlap


def test_a_shared_post_has_no_overlaps(db):
    rows = query.post_holders(db, "Phó Bí thư Tỉnh ủy", place="Hoa Phong")
    assert [(r["name"], r["overlaps"]) for r in rows] == [("Lê Văn Tám", ""), ("Nguyễn Văn Cường", "")]


def test_every_place_without_place(db):
    rows = query.post_holders(db, "Bi thu Tinh uy")
    assert [(r["place"], r["name"]) for r in rows][0] == ("Bắc Hà Sơn", "Nguyễn Văn Hùng")
    assert query.post_holders(db, "Bí thư Tỉnh ủy", place="Tân Lạc") == []
    assert query.post_holders(db, "  ") == []


def test_cli_post(db, db_path):
    r = CliRunner().invoke(main, ["post", "Bí thư Tỉnh ủy", "--place", "Hòa Phong", "--db", str(db_path),
                                  "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row["name"] for row in json.loads(r.output)] == ["Đặng Công Thành", "Nguyễn Văn Cường", "Hồ Minh Tâm"]
    r = CliRunner().invoke(main, ["post", "Bí thư Tỉnh ủy", "--db", str(db_path)])
    assert r.exit_code == 0 and "Nguyễn Văn Hùng" in r.output and "Bắc Hà Sơn" in r.output
    assert CliRunner().invoke(main, ["post", "", "--db", str(db_path)]).exit_code == 2
