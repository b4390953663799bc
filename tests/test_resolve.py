"""Resolve: the article's province, a role's dates, a ratio's period and owner level (texts of our own)."""
from __future__ import annotations

import pytest

from vnie import extract_text


def extraction(text: str, published: str | None = None):
    return extract_text(text, published=published)


@pytest.mark.parametrize("text,province", [
    ("Tỉnh ủy Hòa Phong tổng kết năm 2024\n\nNgày 8/1, Tỉnh ủy Hòa Phong tổ chức hội nghị.", "Hòa Phong"),
    # a person's name after "tỉnh" is not the province
    ("Chủ tịch UBND tỉnh Trần Văn Bình kiểm tra đê điều.\n\nChủ tịch UBND tỉnh Trần Văn Bình yêu cầu các huyện.", None),
    ("Ông Nguyễn Văn An, Bí thư Tỉnh ủy Bình Định, dự lễ ở tỉnh Bình Định.", "Bình Định"),
    # two provinces, neither most: not certain
    ("Đoàn của tỉnh Quảng Nam làm việc với tỉnh Quảng Ngãi.", None),
])
def test_article_province(text, province):
    ex = extraction(text)
    assert ex.province == province
    assert not any(r.canonical.endswith("Trần Văn") for p in ex.people for r in p.roles)


def test_a_role_since_the_date_given_after_it_even_where_given_again():
    ex = extraction("Ông Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu. Trước khi giữ chức Trưởng Ban Tổ chức "
                    "Tỉnh ủy từ tháng 10/2020, ông Đông từng là Bí thư Huyện ủy Ninh Sơn.", published="2025-03-21")
    roles = {r.title: r for r in ex.people[0].roles}
    assert roles["Trưởng Ban Tổ chức Tỉnh ủy"].since == "2020-10"
    assert (roles["Bí thư Huyện ủy Ninh Sơn"].status, roles["Bí thư Huyện ủy Ninh Sơn"].since) == ("former", None)



def test_a_start_date_after_another_title_is_that_title_s():
    ex = extract_text("Ngày 20/3, Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Văn Hải, Bí thư Huyện ủy Tân Lạc giữ "
                      "chức Trưởng Ban Tổ chức Tỉnh ủy kể từ ngày 1/4/2025.", published="2025-03-21")
    roles = {r.title: r for p in ex.people for r in p.roles}
    assert roles["Trưởng Ban Tổ chức Tỉnh ủy"].since == "2025-04-01"
    assert roles["Bí thư Huyện ủy Tân Lạc"].since is None

def test_the_day_of_an_election_or_a_relief():
    ex = extraction("Ngày 20/8/2024, Bộ Chính trị đồng ý để ông Đặng Công Thành thôi giữ chức Bí thư Tỉnh ủy để nghỉ "
                    "hưu từ ngày 1/9/2024. Tại hội nghị, ông Trần Quốc Bảo được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    roles = {(p.name, r.title): r for p in ex.people for r in p.roles}
    relief = roles[("Đặng Công Thành", "Bí thư Tỉnh ủy")]
    assert (relief.status, relief.date) == ("relieved", "2024-09-01")
    election = roles[("Trần Quốc Bảo", "Phó Bí thư Tỉnh ủy")]
    assert (election.status, election.date) == ("elected", "2024-08-20")  # the article's day


@pytest.mark.parametrize("text,published,expected", [
    # the period of the same sentence, before the ratio
    ("Năm 2024, Đảng bộ huyện Tân Lạc kết nạp được 162/150 đảng viên mới.", None,
     ("2024-01-01", "2024-12-31", "sentence", "Đảng bộ huyện Tân Lạc", "district")),
    # the narrowest period of the paragraph before it; the level the article gave before
    ("Ban Thường vụ Tỉnh ủy cho biết 6 tháng đầu năm 2024 đã ban hành 9 nghị quyết. Trong các nhiệm vụ năm 2024, "
     "đã hoàn thành 7/11 nhiệm vụ. Toàn Đảng bộ kết nạp được 612/1.200 đảng viên mới.", None,
     ("2024-01-01", "2024-06-30", "paragraph", "Toàn Đảng bộ", "province")),
    # a term after the ratio, in another clause, names no period
    ("Năm 2024, toàn Đảng bộ tỉnh kết nạp được 1.236/1.200 đảng viên mới; 100% chi bộ tổ chức xong đại hội nhiệm kỳ "
     "2025 - 2027.", None, ("2024-01-01", "2024-12-31", "sentence", "toàn Đảng bộ tỉnh", "province")),
    # the title's period
    ("Huyện ủy Tân Lạc tổng kết năm 2023\n\nĐảng ủy xã Phú Lộc kết nạp được 14/15 đảng viên mới.", None,
     ("2023-01-01", "2023-12-31", "title", "Đảng ủy xã Phú Lộc", "commune")),
    # none written: the queries fall back to the publication date, and say so
    ("Xã Phú Lộc hoàn thành 7/9 tiêu chí.", "2024-06-20", (None, None, "none", "Xã Phú Lộc", "commune")),
])
def test_a_ratio_counts_a_period_and_has_an_owner(text, published, expected):
    ratios = extraction(text, published).ratios
    last = ratios[-1]
    assert (last.period_start, last.period_end, last.period_from, last.owner, last.owner_level) == expected
