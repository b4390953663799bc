"""Cleaning keeps offsets into the original text."""
import unicodedata

import pytest

from vnie.stages.clean import clean_text, fold_tones


@pytest.mark.parametrize("raw,expected", [
    ("Tỉnh uỷ Khánh Hoà", "Tỉnh ủy Khánh Hòa"),
    ("quý I, thuở, Quỳnh", "quý I, thuở, Quỳnh"),
    ("hoàng, khoẻ", "hoàng, khỏe"),
])
def test_fold_tones(raw, expected):
    assert fold_tones(raw) == expected


def test_offsets_survive_nfd_and_invisible_characters():
    raw = unicodedata.normalize("NFD", "Ông\u200b Lâm Đông, Trưởng Ban Tổ chức Tỉnh uỷ\r\n")
    c = clean_text(raw)
    assert c.text == "Ông Lâm Đông, Trưởng Ban Tổ chức Tỉnh ủy\n"
    i = c.text.index("Lâm Đông")
    s, e = c.to_original(i, i + len("Lâm Đông"))
    assert unicodedata.normalize("NFC", raw[s:e]) == "Lâm Đông"


@pytest.mark.parametrize("raw", ["Ông Ðinh Văn Thắng, Bí thư Ðảng ủy xã", "Ông Ðinh Văn Thắng,\u200b Bí thư Ðảng ủy xã"])
def test_eth_written_for_d_with_stroke_is_read_as_it(raw):
    c = clean_text(raw)
    assert "Đinh Văn Thắng" in c.text and "Đảng ủy" in c.text and "\u00d0" not in c.text
    i = c.text.index("Đảng ủy")
    s, e = c.to_original(i, i + len("Đảng ủy"))
    assert raw[s:e] == "Ðảng ủy"
