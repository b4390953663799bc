"""Readers: one small fixture per format, and the bad inputs each must reject with a code."""
from __future__ import annotations

import gzip
import io
import json

from conftest import write
from pipeline.models import Article
from pipeline.read import Reject, iter_inputs, parse_dateline

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
    assert len(articles(items)) == 2 and not rejects(items)


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
