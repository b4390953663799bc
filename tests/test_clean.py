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


# words decomposed here and there, as some sites send them: the word-by-word path must give
# what cleaning the whole text cluster by cluster gives, text and offsets
_MIXED = [
    "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh uỷ, chủ trì hội nghị.",
    "Ngày 3/12, tại Hội trường UBND huyện Hòa Phong, kỳ họp thứ 9 khai mạc.",
    "ÐẢNG BỘ XÃ TÂN LẬP\nnhiệm kỳ 2025\u00a0-\u00a02030\tđạt 97,5% kế hoạch",
    "Ông Nguyễn Quốc Hưng, Giám đốc Sở Nội vụ, trình bày tờ trình.",
]


@pytest.mark.parametrize("text", _MIXED)
@pytest.mark.parametrize("every", [1, 2, 3])
def test_some_words_decomposed_clean_as_the_whole_text_would(text, every):
    from vnie.stages.clean import _clean_by_cluster

    words = text.split(" ")
    mixed = " ".join(unicodedata.normalize("NFD", w) if k % every == 0 else w for k, w in enumerate(words))
    assert not unicodedata.is_normalized("NFC", mixed)
    fast, whole = clean_text(mixed), _clean_by_cluster(mixed)
    assert (fast.text, list(fast.offsets)) == (whole.text, list(whole.offsets))
    assert fast.text == clean_text(text).text
