"""Property tests: the readers and the extractor on Vietnamese fragments mixed with random
Unicode, control and zero-width characters, NFD, and arbitrary bytes.

Properties: nothing raises (a reader yields an Article or a Reject, extraction of any text
succeeds or says E011 "no text"); every fact's offsets lie in the text and point at the
words it quotes; dates' values parse as the forms ``dates.py`` documents; ratios are
finite numbers.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import math
import os
import tempfile
import unicodedata
from pathlib import Path

import regex
from hypothesis import HealthCheck, example, given, settings, strategies as st

from vnie.stages.clean import clean_text, fold_tones
from vnie.errors import VnieError
from vnie.models import Article
from vnie.inputs.read import Reject, content_hash, read_bytes, read_path
from vnie.language import extract, extract_text

FRAGMENTS = [
    "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Tổ chức Tỉnh ủy", "UVTV Tỉnh ủy", "đồng chí ",
    "Nguyễn Văn An", "Lâm Văn Đông", "Võ Thị Thu Trang", "Phan Tấn Cảnh", "Trần Quang Khải", "ông ", "bà ",
    "ngày 14/6/2024", "Ngày 14/6", "14-6-2024", "ngày 5 tháng 3 năm 2023", "tháng 7/2024", "quý I/2024",
    "quý IV", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2023", "giai đoạn 2020 - 2025", "hôm qua",
    "269/805 đảng viên", "kết nạp được 134/150 đảng viên mới", "7/11 nhiệm vụ", "đạt 95,5%", "48/50 đại biểu",
    "Hội nghị sơ kết", "Kỳ họp thứ 9 HĐND tỉnh", "tại huyện Tân Lạc", "Ban Tổ chức Tỉnh ủy tổ chức", "Tỉnh uỷ Khánh Hoà",
    "Sáng 21/3, ", "; ", ", ", ". ", "\n", "\n\n", ": ", " - ", "(", ")", "“", "”", "…", "0/0", "1/0", "99999999999/1",
    "31/2/2024", "29/2/2023", "ngày 0/13", "quý V/2024", "năm 0000", "Tháng 13 năm 2024",
]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b", "\x7f", "\x85",
             "\r", "\r\n", "\t", "\u00a0", "\u2028", "\u202e", "\u0301", "\u0323", "\u0309"]

noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
piece = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.sampled_from(INVISIBLE), noise)
texts = st.tuples(st.lists(piece, max_size=25).map("".join), st.sampled_from(["NFC", "NFD", None])).map(
    lambda t: unicodedata.normalize(t[1], t[0]) if t[1] else t[0])

# VNIE_FUZZ_EXAMPLES=5000 for a longer hunt; the default keeps the file to a few seconds.
EXAMPLES = int(os.environ.get("VNIE_FUZZ_EXAMPLES", "200"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def canon(text: str) -> str:
    """What cleaning makes of a span (no invisible characters, NFC, one tone placement), spaces collapsed."""
    return " ".join(clean_text(text).text.split())


def same_words(span: str, quoted: str) -> bool:
    """Whether an original span cleans to the words a fact quotes. A fact can stop inside a
    grapheme cluster (a letter with two marks, the rule taking the first): its span then holds
    the whole cluster, so the last cluster is compared by its letter only."""
    a, b = canon(span), canon(quoted)
    if a == b:
        return True
    last = regex.compile(r"\X$")
    base = lambda s: last.sub(lambda m: unicodedata.normalize("NFD", m.group())[:1], s)  # noqa: E731
    return base(a) == base(b)


def spans(ex):
    """(start, end, quoted text) of every fact and mention in an extraction."""
    for p in ex.people:
        yield p.start, p.end, p.text
        yield from ((m.start, m.end, m.text) for m in p.mentions)
        yield from ((r.start, r.end, r.text) for r in p.roles)
    for fact in [*ex.dates, *ex.ratios, *ex.figures, *ex.events]:
        yield fact.start, fact.end, fact.text


def check_value(d) -> None:
    if d.value is None:
        assert d.reason
        return
    if d.kind == "day" or d.kind == "relative":
        dt.date.fromisoformat(d.value)
    elif d.kind == "month":
        dt.date.fromisoformat(d.value + "-01")
    elif d.kind == "year":
        assert regex.fullmatch(r"\d{4}", d.value)
    elif d.kind == "period":
        a, b = (dt.date.fromisoformat(v) for v in d.value.split("/"))
        assert a <= b
    elif d.kind == "span":
        a, b = (int(v) for v in d.value.split("/"))
        assert a <= b
    else:
        raise AssertionError(f"unknown date kind {d.kind}")


def check_extraction(text: str, ex) -> None:
    for start, end, quoted in spans(ex):
        assert 0 <= start <= end <= len(text), (start, end, len(text))
        assert same_words(text[start:end], quoted), (text[start:end], quoted)
    for d in ex.dates:
        check_value(d)
    for r in ex.ratios:
        assert math.isfinite(r.numerator) and math.isfinite(r.denominator)
        assert r.percent is None or math.isfinite(r.percent)
    for e in ex.events:
        assert e.date is None or dt.date.fromisoformat(e.date)


@SETTINGS
@given(texts)
@example("Bí thư Tỉnh ủy - Nguyễn Văn AnBí thư Tỉnh ủy")  # a title cut before a name kept its " -"
def test_extract_text_never_fails_and_points_at_what_it_quotes(text):
    try:
        ex = extract_text(text)
    except VnieError as exc:
        assert exc.code == "E011" and not canon(text)
        return
    check_extraction(text, ex)


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=20).map("".join))
@example("Bí thư Tỉnh ủyTrần Quang Khảiquý V/2024\nđồng chí ông Bí thư Tỉnh ủy")  # a pronoun quoted its joined form
def test_clean_text_offsets_are_exact(text):
    """Without invisible characters or NFD, a fact's offsets give back exactly its words."""
    ex = extract_text(text) if text.strip() else None
    for start, end, quoted in spans(ex) if ex else []:
        assert fold_tones(text[start:end]).strip() == quoted.strip()


NAMES = ["a.txt", "a.html", "a.jsonl", "a.warc", "a.ndjson", "stdin", "noext", "a.text", "a.htm"]
HEADS = [b"", b"WARC/1.0\r\n", b"{", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b",
         b'{"text": "', b'{"html": "<p>', b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n"]
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
records = st.fixed_dictionaries({}, optional={k: json_values | texts for k in ["url", "title", "text", "html",
                                                                              "published", "date"]})
jsonl = st.lists(records.map(lambda r: json.dumps(r, ensure_ascii=False)) | st.text(max_size=40), max_size=6).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
blobs = st.one_of(
    st.binary(max_size=600),
    st.tuples(st.sampled_from(HEADS), st.binary(max_size=300)).map(b"".join),
    texts.map(lambda t: t.encode("utf-8")),
    texts.map(lambda t: t.encode("cp1258", "ignore")),
    jsonl,
)


def check_items(items) -> None:
    for item in items:
        assert isinstance(item, (Article, Reject)), type(item)
        if isinstance(item, Reject):
            assert regex.fullmatch(r"E0\d\d", item.code) and item.code != "E019", item
            continue
        # what the store will write must be encodable: no lone surrogates anywhere
        content_hash(item.text), item.title.encode("utf-8"), (item.url or "").encode("utf-8")


@SETTINGS
@given(blobs, st.sampled_from(NAMES))
def test_read_bytes_yields_only_articles_or_rejects(data, name):
    check_items(list(read_bytes(data, "fuzz", name)))


@settings(max_examples=max(20, EXAMPLES // 3), deadline=None)
@given(blobs, st.sampled_from(["a.txt.gz", "a.jsonl.gz", "a.warc.gz", "x.gz", "a.txt", "a.jsonl"]),
       st.integers(min_value=0, max_value=100))
def test_read_path_survives_compressed_and_truncated_files(data, name, cut_percent):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        blob = gzip.compress(data) if name.endswith(".gz") else data
        path.write_bytes(blob[: max(1, len(blob) * cut_percent // 100)] if cut_percent < 100 else blob)
        check_items(list(read_path(path, str(path))))


@settings(max_examples=max(20, EXAMPLES // 4), deadline=None)
@given(blobs, st.sampled_from(["a.txt", "a.jsonl", "a.html"]))
def test_whatever_is_read_can_be_extracted(data, name):
    for item in read_bytes(data, "fuzz", name):
        if isinstance(item, Article):
            try:
                ex = extract(item)
            except VnieError as exc:
                assert exc.code == "E011"
                continue
            check_extraction(item.text, ex)
