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


def _uncached(raw: str):
    """Cleaning cluster by cluster as defined, nothing kept between clusters or words."""
    import regex

    from vnie.stages.clean import _clean_cluster, _cluster_offsets, _folded, _on_letter

    out, offsets = [], []
    for m in regex.finditer(r"\X", raw):
        fixed = _clean_cluster(m.group(), _on_letter(raw, m.start()))
        out.append(fixed)
        offsets.extend(_cluster_offsets(m.group(), fixed, m.start()))
    return _folded("".join(out)), offsets + [len(raw)]


@pytest.mark.parametrize("raw", [
    *(unicodedata.normalize("NFD", t) for t in _MIXED),
    # a cluster longer than those kept (a flood of marks), a word longer than those kept, stray
    # marks, invisible characters inside a cluster and a word, each met twice (the kept result reused)
    "Xa\u0301\u0300\u0301\u0300\u0301\u0300\u0301\u0300\u0301 Xa\u0301\u0300\u0301\u0300\u0301\u0300\u0301\u0300\u0301",
    unicodedata.normalize("NFD", "Chủ tịch Ủy ban nhân dân tỉnh Hòa Phong ") * 2 + "ả" * 40 + " " + unicodedata.normalize("NFD", "ả") * 40,
    "\u0301đầu \u200bHoa\u0300 uy\u0309 Hoa\u0300 uy\u0309 e\u200b\u0302\u0301 e\u200b\u0302\u0301",
])
def test_cleaning_that_keeps_clusters_and_words_equals_cleaning_each_anew(raw):
    from vnie.stages.clean import _clean_by_cluster

    for _ in range(2):
        fast = clean_text(raw)
        assert (fast.text, list(fast.offsets)) == _uncached(raw)
        whole = _clean_by_cluster(raw)
        assert (whole.text, list(whole.offsets)) == _uncached(raw)
