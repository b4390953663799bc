"""Encodings: legacy Vietnamese 8-bit fonts (TCVN3, VNI), UTF-8 with BOM, UTF-16, CP1258 with
combining tones, NFD and invisible characters all read to the same text and the same facts."""
from __future__ import annotations

import json
import random
import unicodedata

import pytest

from conftest import CORPUS, write
from vnie.inputs import legacy
from vnie.stages.clean import clean_text
from vnie.models import Article
from vnie.inputs.read import Reject, decode_bytes, iter_inputs
from vnie.language import extract

# Written by us: a fictional meeting. TCVN3 (VN3) has no upper-case accented letters other
# than Ă Â Ê Ô Ơ Ư Đ, so the paragraph keeps to those.
MEETING = """Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024

Ngày 14/6/2024, tại huyện Hòa Bình, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024.
Đồng chí Trần Quang Khải, Phó Bí thư Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lê Thị Ngọc Hường, Bí thư Huyện ủy Hòa Bình.
Trong quý I/2024, các cấp ủy đã kết nạp được 269/805 đảng viên mới; người đứng đầu các cơ quan đều được kiểm điểm.
Đồng chí Trần Quang Khải đề nghị các huyện tiếp tục thực hiện tốt nhiệm vụ trong những tháng cuối năm.
"""


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def facts(article: Article):
    ex = extract(article)
    return ({(p.name, tuple(r.canonical for r in p.roles)) for p in ex.people},
            [(d.text, d.value, d.start, d.end) for d in ex.dates],
            [(r.numerator, r.denominator, r.start, r.end) for r in ex.ratios])


@pytest.fixture(scope="module")
def utf8_facts(tmp_path_factory):
    path = write(tmp_path_factory.mktemp("utf8") / "meeting.txt", MEETING)
    (a,) = articles(iter_inputs([path]))
    found = facts(a)
    assert "Trần Quang Khải" in {name for name, _ in found[0]}
    assert ("Ngày 14/6/2024", "2024-06-14") in {(t, v) for t, v, *_ in found[1]}
    assert [r[:2] for r in found[2]] == [(269, 805)]
    return found


@pytest.mark.parametrize("name,encoder", [
    ("tcvn3", legacy.encode_tcvn3),
    ("vni", legacy.encode_vni),
    ("cp1258", legacy.encode_cp1258),
    ("cp1258", lambda t: legacy.encode_cp1258(t, combining=True)),
    ("utf-8", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    ("utf-16", lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
    ("utf-16", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
], ids=["tcvn3", "vni", "cp1258", "cp1258-combining", "utf8-bom", "utf16le", "utf16be"])
def test_every_encoding_reads_back_the_same_text_and_facts(tmp_path, utf8_facts, name, encoder):
    data = encoder(MEETING)
    assert data != MEETING.encode("utf-8")
    assert decode_bytes(data, "x").encoding == name
    (a,) = articles(iter_inputs([write(tmp_path / "meeting.txt", data)]))
    assert a.text == unicodedata.normalize("NFC", MEETING)
    assert a.encoding == name  # kept with the article: the articles table's encoding column
    assert facts(a) == utf8_facts


def test_cp1258_with_combining_tones_is_normalised():
    data = legacy.encode_cp1258("Tỉnh ủy họp", combining=True)
    assert b"\xd2" in data  # the hook above as a combining mark
    assert decode_bytes(data, "x").text == "Tỉnh ủy họp"


@pytest.mark.parametrize("encoding,shown", [
    ("vni", "Vieät Nam"),
    ("tcvn3", "ViÖt Nam"),
])
def test_legacy_mojibake_saved_as_utf8_is_repaired(tmp_path, utf8_facts, encoding, shown):
    raw = (legacy.encode_vni if encoding == "vni" else legacy.encode_tcvn3)("Việt Nam")
    assert raw.decode("cp1252") == shown
    moji = (legacy.encode_vni if encoding == "vni" else legacy.encode_tcvn3)(MEETING).decode("cp1252")
    decoded = decode_bytes(moji.encode("utf-8"), "x")
    assert decoded.encoding == f"{encoding}+mojibake" and decoded.text == MEETING
    (a,) = articles(iter_inputs([write(tmp_path / "m.txt", moji)]))
    assert facts(a) == utf8_facts


def corpus_texts():
    return [a.text for a in articles(iter_inputs([CORPUS]))]


def test_utf8_and_cp1258_vietnamese_are_never_taken_for_legacy():
    texts = corpus_texts()
    assert len(texts) >= 15
    for text in texts:
        assert legacy.repair_mojibake(text) is None
        for combining in (False, True):
            d = decode_bytes(legacy.encode_cp1258(text, combining=combining), "x")
            assert d.encoding == "cp1258" and d.text == unicodedata.normalize("NFC", text)


def test_short_and_latin_cp1258_stay_cp1258():
    assert decode_bytes("Hoa Phong hop ngày 5.\n".encode("cp1258"), "x").encoding == "cp1258"
    assert decode_bytes("Giá 5 €, ngày 1/1".encode("cp1258"), "x").text == "Giá 5 €, ngày 1/1"


def test_bytes_no_encoding_reads_as_vietnamese_are_rejected(tmp_path):
    rng = random.Random(7)
    noise = bytes(rng.choice(range(0xA0, 0x100)) if i % 3 else 0x20 for i in range(3000))
    (r,) = iter_inputs([write(tmp_path / "noise.txt", noise)])
    assert isinstance(r, Reject) and r.code == "E005"
    assert "no 8-bit Vietnamese encoding" in r.reason


@pytest.mark.parametrize("encode", [legacy.encode_tcvn3, legacy.encode_vni])
def test_letters_the_encoding_cannot_hold_are_refused(encode):
    with pytest.raises(UnicodeEncodeError):
        encode("Ω")
    if encode is legacy.encode_tcvn3:
        with pytest.raises(UnicodeEncodeError):
            encode("Ủy ban")  # VN3 has no upper-case Ủ; the ".VnTimeH" fonts drew it from "ñ"


def all_letters():
    bases = "aăâeêioôơuưy"
    return [unicodedata.normalize("NFC", b + t) for b in bases for t in ["", *legacy._TONES]] + ["đ"]


def test_tables_round_trip_every_vietnamese_letter():
    lower = "".join(all_letters())
    assert len(lower) == 12 * 6 + 1  # twelve vowels with no tone or one of five, and đ
    assert legacy.decode_vni(legacy.encode_vni(lower)) == lower
    assert legacy.decode_vni(legacy.encode_vni(lower.upper())) == lower.upper()
    assert legacy.decode_tcvn3(legacy.encode_tcvn3(lower)) == lower
    assert legacy.decode_tcvn3(legacy.encode_tcvn3("ĂÂÊÔƠƯĐ")) == "ĂÂÊÔƠƯĐ"
    # the chart's best-known rows
    assert legacy.encode_vni("người được của Đồng") == "ngöôøi ñöôïc cuûa Ñoàng".encode("cp1252")
    assert legacy.encode_tcvn3("các tỉnh") == "c¸c tØnh".encode("cp1252")


def test_nfd_input_keeps_offsets_into_the_original(tmp_path, utf8_facts):
    nfd = unicodedata.normalize("NFD", MEETING)
    (a,) = articles(iter_inputs([write(tmp_path / "nfd.txt", nfd)]))
    assert a.text == nfd  # UTF-8 text is kept as written; cleaning maps offsets back to it
    ex = extract(a)
    assert {(p.name, tuple(r.canonical for r in p.roles)) for p in ex.people} == utf8_facts[0]
    for p in ex.people:
        assert unicodedata.normalize("NFC", a.text[p.start:p.end]) == p.name
    for d in ex.dates:
        assert unicodedata.normalize("NFC", a.text[d.start:d.end]).strip() == d.text


def test_invisible_and_control_characters_do_not_shift_offsets(tmp_path, utf8_facts):
    dirty = (MEETING.replace("Trần Quang", "Trần\u200b Quang").replace("Ngày ", "Ngày\u2060 ")
             .replace("nghị.", "nghị.\x07\u00ad").replace("\n", "\r\n").replace("Đảng", "\ufeffĐảng"))
    (a,) = articles(iter_inputs([write(tmp_path / "dirty.txt", dirty)]))
    assert a.text == dirty
    ex = extract(a)
    assert {p.name for p in ex.people} == {name for name, _ in utf8_facts[0]}
    assert [(d.text, d.value) for d in ex.dates] == [(t, v) for t, v, *_ in utf8_facts[1]]
    for p in ex.people:
        assert clean_text(a.text[p.start:p.end]).text == p.name
        for m in p.mentions:
            assert clean_text(a.text[m.start:m.end]).text == m.text
    for d in ex.dates:
        assert clean_text(a.text[d.start:d.end]).text.strip() == d.text
    for r in ex.ratios:
        assert a.text[r.start:r.end] == r.text


@pytest.mark.parametrize("encoder", [legacy.encode_tcvn3, legacy.encode_vni], ids=["tcvn3", "vni"])
def test_jsonl_lines_in_a_legacy_encoding(tmp_path, encoder):
    lines = [json.dumps({"url": f"https://x.example/{n}", "text": MEETING}, ensure_ascii=False) for n in range(3)]
    items = list(iter_inputs([write(tmp_path / "crawl.jsonl", b"\n".join(encoder(line) for line in lines))]))
    assert [a.text for a in articles(items)] == [unicodedata.normalize("NFC", MEETING)] * 3
