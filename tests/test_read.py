"""Readers: one small fixture per format, and the bad inputs each must reject with a code."""
from __future__ import annotations

import gzip
import io
import json

from conftest import write
from vnie.models import Article
from vnie.inputs.read import Reject, iter_inputs, parse_dateline

TXT = "Hội nghị sơ kết công tác quý I\n\nThứ 6, 21/03/2025 | 15:45\n\nSáng 21/3, Tỉnh ủy Hòa Phong tổ chức hội nghị.\n"
HTML = """<html><head><title>Kỳ họp thứ 9 HĐND tỉnh</title>
<meta property="article:published_time" content="2024-07-16T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Kỳ họp thứ 9 HĐND tỉnh</h1>
<p>Sáng 16/7, HĐND tỉnh Hòa Phong khai mạc Kỳ họp thứ 9. Tham dự kỳ họp có 48/50 đại biểu HĐND tỉnh.</p>
<p>Đồng chí Võ Thị Thu Trang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.</p>
<p>Kỳ họp xem xét 25 tờ trình và dự thảo nghị quyết quan trọng của tỉnh trong 6 tháng cuối năm.</p>
</article><footer>© Cổng thông tin điện tử tỉnh Hòa Phong</footer></body></html>"""


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def rejects(items):
    return [i for i in items if isinstance(i, Reject)]


def test_txt_title_and_dateline(tmp_path):
    items = list(iter_inputs([write(tmp_path / "a.txt", TXT)]))
    (a,) = articles(items)
    assert a.title == "Hội nghị sơ kết công tác quý I"
    assert a.published == "2025-03-21" and a.published_from == "dateline"
    assert a.text == TXT


def test_stable_ids(tmp_path):
    p = write(tmp_path / "a.txt", TXT)
    assert list(iter_inputs([p]))[0].id == list(iter_inputs([p]))[0].id


def test_html_main_text_and_meta_date(tmp_path):
    (a,) = articles(iter_inputs([write(tmp_path / "k.html", HTML)]))
    assert a.published == "2024-07-16" and a.published_from == "html-meta"
    assert "48/50 đại biểu" in a.text
    assert "Trang chủ" not in a.text


def test_html_without_date_meta_is_not_guessed(tmp_path):
    html = HTML.replace('<meta property="article:published_time" content="2024-07-16T08:00:00+07:00">', "")
    (a,) = articles(iter_inputs([write(tmp_path / "k.html", html)]))
    assert a.published is None and a.published_from == "none"


def test_jsonl_text_html_and_bad_line(tmp_path):
    lines = [
        json.dumps({"url": "https://x.example/1", "title": "Tin một", "published": "2024-01-18", "text": "Nội dung một."}),
        "{not json",
        json.dumps({"url": "https://x.example/2", "title": "Kỳ họp", "published": "2024-07-16", "html": HTML}),
        json.dumps({"url": "https://x.example/3", "title": "Trống"}),
    ]
    items = list(iter_inputs([write(tmp_path / "c.jsonl", "\n".join(lines))]))
    arts, rej = articles(items), rejects(items)
    assert [a.url for a in arts] == ["https://x.example/1", "https://x.example/2"]
    assert arts[0].published_from == "jsonl" and arts[0].text.startswith("Tin một")
    assert [(r.position, r.code) for r in rej] == [("line 2", "E007"), ("line 4", "E008")]


def test_warc_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record("https://hoaphong.example.vn/ky-hop", "response",
                                        payload=io.BytesIO(HTML.encode()), http_headers=headers)
        writer.write_record(rec)
    (a,) = articles(iter_inputs([path]))
    assert a.url == "https://hoaphong.example.vn/ky-hop" and a.format == "warc" and a.position == "record 1"


def test_gzip_and_directory(tmp_path):
    write(tmp_path / "d" / "x.txt.gz", gzip.compress(TXT.encode()))
    write(tmp_path / "d" / "sub" / "y.txt", TXT)
    write(tmp_path / "d" / "README.md", "# not an article")
    items = list(iter_inputs([tmp_path / "d"]))
    assert len(articles(items)) == 2
    # the README is not read, but listed with the reason (a notice: not a failure)
    assert [(r.source.split("/")[-1], r.code) for r in rejects(items)] == [("README.md", "E014")]


def test_bad_inputs_are_rejected_with_codes(tmp_path):
    cases = {
        "missing.txt": None,
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\x03binary",
        "broken.txt.gz": gzip.compress(TXT.encode())[:30],
        "scripts.html": b"<html><body><script>alert(1)</script></body></html>",
    }
    paths = []
    for name, data in cases.items():
        paths.append(tmp_path / name if data is None else write(tmp_path / name, data))
    codes = {r.source.split("/")[-1]: r.code for r in rejects(iter_inputs(paths))}
    assert codes == {"missing.txt": "E001", "empty.txt": "E003", "binary.txt": "E004",
                     "broken.txt.gz": "E006", "scripts.html": "E009"}


def test_cp1258_and_utf16(tmp_path):
    text = "Tỉnh ủy Hòa Phong họp.\n"
    (a,) = articles(iter_inputs([write(tmp_path / "u16.txt", text.encode("utf-16"))]))
    assert a.text == text
    (b,) = articles(iter_inputs([write(tmp_path / "w.txt", "Hoa Phong hop ngày 5.\n".encode("cp1258"))]))
    assert "ngày" in b.text


def test_parse_dateline():
    assert parse_dateline("Thứ 6, 21/03/2025 | 15:45") == "2025-03-21"
    assert parse_dateline("2025-06-28T23:34:20+07:00") == "2025-06-28"
    assert parse_dateline("Sáng 21/3, tại Trung tâm") is None


# ---------------------------------------------------------------- broken containers, bounded memory

import os  # noqa: E402
import tracemalloc  # noqa: E402

import pytest  # noqa: E402

from vnie.inputs import read  # noqa: E402

LINE = json.dumps({"url": "https://x.example/{n}", "title": "Tin {n}", "text": "Ngày 14/6/2024, Tỉnh ủy họp lần {n}."},
                  ensure_ascii=False)


def jsonl_lines(count):
    return [LINE.replace("{n}", str(n)) for n in range(1, count + 1)]


def test_jsonl_is_read_line_by_line_and_a_too_long_line_is_rejected_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_LINE", 1_500_000)
    big = json.dumps({"url": "https://x.example/big", "text": "Tin lớn. " + "chữ " * 200_000}, ensure_ascii=False)
    huge = json.dumps({"url": "https://x.example/huge", "text": "x" * 3_000_000})
    lines = jsonl_lines(5)
    lines[1], lines[2], lines[3] = big, huge, "{broken"
    items = list(iter_inputs([write(tmp_path / "c.jsonl", "\n".join(lines))]))
    assert [a.url for a in articles(items)] == ["https://x.example/1", "https://x.example/big", "https://x.example/5"]
    assert [(r.position, r.code) for r in rejects(items)] == [("line 3", "E012"), ("line 4", "E007")]
    assert "over 1500000" in rejects(items)[0].reason


@pytest.mark.parametrize("name", ["c.jsonl.gz", "c.ndjson.gz"])
def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut(tmp_path, name):
    blob = gzip.compress("\n".join(jsonl_lines(400)).encode())
    items = list(iter_inputs([write(tmp_path / name, blob[: len(blob) // 2])]))
    arts, (cut,) = articles(items), rejects(items)
    assert 0 < len(arts) < 400 and [a.position for a in arts] == [f"line {n}" for n in range(1, len(arts) + 1)]
    assert (cut.position, cut.code) == (f"line {len(arts) + 1}", "E006")


def test_truncated_txt_gz_and_jsonl_without_records(tmp_path):
    blob = gzip.compress(TXT.encode() * 50)
    (r,) = iter_inputs([write(tmp_path / "a.txt.gz", blob[:-20])])
    assert r.code == "E006"
    (r,) = iter_inputs([write(tmp_path / "blank.jsonl", "\n  \n\n")])
    assert r.code == "E003"


def warc_bytes(gz: bool, count: int = 4) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf, ends = io.BytesIO(), []
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "vnie tests"}))
    for n in range(1, count + 1):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        page = HTML.replace("Kỳ họp thứ 9", f"Kỳ họp thứ {n}").encode()
        writer.write_record(writer.create_warc_record(f"https://hoaphong.example.vn/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
        ends.append(buf.tell())
    return buf.getvalue(), ends


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("where", ["in the body", "in the header", "just after the header line"])
def test_warc_cut_short_keeps_the_records_before_the_cut(tmp_path, gz, where):
    data, ends = warc_bytes(gz)
    cut = {"in the body": (ends[1] + ends[2]) // 2, "in the header": ends[1] + 60,
           "just after the header line": ends[1] + 10}[where]
    items = list(iter_inputs([write(tmp_path / ("c.warc.gz" if gz else "c.warc"), data[:cut])]))
    assert [a.url for a in articles(items)] == ["https://hoaphong.example.vn/1", "https://hoaphong.example.vn/2"]
    assert [(r.position, r.code) for r in rejects(items)] == [("record 3", "E010")]


def test_whole_warc_has_no_reject(tmp_path):
    for gz in (False, True):
        data, _ = warc_bytes(gz)
        items = list(iter_inputs([write(tmp_path / f"w{gz}.warc{'.gz' if gz else ''}", data)]))
        assert len(articles(items)) == 4 and not rejects(items)


def test_html_without_body_and_control_byte_binaries(tmp_path):
    (r,) = iter_inputs([write(tmp_path / "h.html", "<html><head><title>Tin</title></head></html>")])
    assert r.code == "E009"
    (r,) = iter_inputs([write(tmp_path / "b.txt", bytes(range(1, 32)) * 40)])
    assert r.code == "E004" and "control bytes" in r.reason


def peak_while(fn) -> int:
    """Peak bytes Python allocated while ``fn`` ran."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_50_mb_article_is_rejected_without_being_read_whole(tmp_path):
    size = 50_000_000
    block = ("Ngày 14/6/2024, Tỉnh ủy họp. " * 40).encode()
    txt = tmp_path / "big.txt"
    with open(txt, "wb") as fh:
        for _ in range(size // len(block) + 1):
            fh.write(block)
    with gzip.open(tmp_path / "big.txt.gz", "wb", compresslevel=1) as fh:
        with open(txt, "rb") as src:
            while chunk := src.read(1 << 20):
                fh.write(chunk)
    line = tmp_path / "big.jsonl"
    with open(line, "wb") as fh:
        fh.write(b'{"text": "')
        with open(txt, "rb") as src:
            while chunk := src.read(1 << 20):
                fh.write(chunk)
        fh.write(b'"}\n' + jsonl_lines(1)[0].encode() + b"\n")
    peaks = {}
    for path in (txt, tmp_path / "big.txt.gz", line):
        found = []
        peaks[path.name] = peak_while(lambda: found.extend(iter_inputs([path])))  # noqa: B023 - run at once
        assert [r.code for r in rejects(found)] == ["E012"]
    assert [a.url for a in articles(found)] == ["https://x.example/1"]  # the line after the huge one
    assert peaks["big.txt"] < 1_000_000 and peaks["big.txt.gz"] < 8_000_000  # 1 MB chunks, decompressed
    assert peaks["big.jsonl"] < read.MAX_LINE * 1.2  # a line is dropped once it passes the limit
    print("peak bytes:", peaks)


def test_gzip_bomb_is_rejected(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as fh:
        zeros = b"0" * (1 << 20)
        for _ in range(read.MAX_BYTES // len(zeros) + 2):
            fh.write(zeros)
    assert bomb.stat().st_size < 100_000
    (r,) = iter_inputs([bomb])
    assert r.code == "E012" and "decompresses to over" in r.reason


def test_stdin_jsonl_larger_than_the_limit_is_streamed(monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    data = ("\n".join(jsonl_lines(50)) + "\n").encode()
    items = list(read.read_stream(io.BytesIO(data)))
    assert len(articles(items)) == 50 and not rejects(items)
    (r,) = read.read_stream(io.BytesIO(TXT.encode() * 100))
    assert r.code == "E012"


def test_walk_reports_what_it_cannot_read(tmp_path):
    root = tmp_path / "archive"
    write(root / "ok.txt", TXT)
    write(root / "outside" / "x.txt", TXT)
    os.mkfifo(root / "pipe.txt")  # opening it would wait for a writer for ever
    os.symlink(root, root / "loop")  # a directory link back to the archive
    os.symlink("self.txt", root / "self.txt")  # a link to itself
    weird = os.fsencode(root) + b"/t\xeanh \xff.txt"  # a name that is not UTF-8
    with open(weird, "wb") as fh:
        fh.write(TXT.encode())
    items = list(iter_inputs([root]))
    got = {(r.source.split("/")[-1], r.code) for r in rejects(items)}
    assert got == {("pipe.txt", "E002"), ("loop", "E013"), ("self.txt", "E001")}
    sources = sorted(a.source.split("/")[-1] for a in articles(items))
    assert sources == ["ok.txt", "t\\xeanh \\xff.txt", "x.txt"]
