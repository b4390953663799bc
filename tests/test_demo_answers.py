"""The demo corpus's known answers: what the README's examples show must be what the texts say.

corpus/ is ours: the facts below are in its articles (Lâm Văn Đông's career in the Hòa Phong
articles of 2023-2025; the party members admitted in 2024), so these are checks of extraction
and of the questions end to end, through `vnie ingest` into a fresh database.
"""
from __future__ import annotations

import pytest

from conftest import CORPUS
from vnie import query
from vnie.interfaces.ingest import ingest
from vnie.storage.store import open_db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "vnie.db"
    assert ingest([CORPUS], path, measure_inputs=False).exit_code == 0
    return open_db(path, readonly=True)


def test_his_posts_and_their_status(demo):
    posts = {row["title"]: row for row in query.person_timeline(demo, "Lâm Văn Đông")}
    assert posts["Bí thư Huyện ủy Ninh Sơn"]["status"] == "former"  # "ông Đông từng là …"
    assert posts["Trưởng Ban Tổ chức Tỉnh ủy"]["since"] == "2020-10"  # "… từ tháng 10/2020"
    assert "elected" in posts["Phó Bí thư Tỉnh ủy Hòa Phong"]["status"]
    # "trong đó bà Trang tiếp tục giữ chức Phó Bí thư Thường trực": hers, not his
    assert not any("Thường trực" in title for title in posts)
    trang = {row["title"] for row in query.person_timeline(demo, "Võ Thị Thu Trang")}
    assert any("Phó Bí thư Thường trực" in title for title in trang)


def test_the_2024_party_members_by_province_level_and_half(demo):
    rows = query.ratios(demo, subject="đảng viên", since="2024", until="2024", by="province,owner_level,half")
    got = {(r["province"], r["owner_level"], r["half"]): (r["numerator"], r["denominator"]) for r in rows}
    assert got == {
        ("Hòa Phong", "province", "2024-H1"): (612, 1200),  # "6 tháng đầu năm 2024 … 612/1.200"
        ("Hòa Phong", "province", "2024"): (1236, 1200),  # the province's year, reported in January 2025
        ("Hòa Phong", "district", "2024"): (162, 150),  # Tân Lạc's, not added to the province's
    }
    assert {r["period_from"] for r in rows} <= {"sentence", "paragraph"}  # periods the text writes


def test_who_held_the_provincial_secretary_post(demo):
    rows = query.post_holders(demo, "Bí thư Tỉnh ủy", place="Hòa Phong")
    holders = [(r["name"], r["relieved"], r["elected"]) for r in rows]
    assert [h[0] for h in holders] == ["Đặng Công Thành", "Hồ Minh Tâm"]
    assert holders[0][1] == "2024-09-01"  # "thôi giữ chức … để nghỉ hưu theo chế độ từ ngày 1/9/2024"
    assert not any(r["overlaps"] for r in rows)


def test_a_figure_the_title_repeats_is_summed_once(demo):
    rows = query.ratios(demo, subject="nhiệm vụ", since="2024", until="2024")
    listed = [(r["numerator"], r["denominator"]) for r in rows if r["article"].startswith("Ngành Tổ chức")]
    assert listed.count((10, 11)) == 2  # title and body both say it: two facts as written
    summed = query.ratios(demo, subject="nhiệm vụ", since="2024", until="2024", by="year")
    assert sum(r["figures"] for r in summed) == len(rows) - 1
