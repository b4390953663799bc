"""Read stage: turn files (txt, html, jsonl, warc, gz of any, directories, stdin) into articles.

``iter_inputs(paths)`` yields :class:`~pipeline.models.Article` for what could be read and
:class:`Reject` for what could not, so one bad file never stops a batch. Each article has
a stable id: a hash of its URL when it has one, else of its file path and position.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

import regex

from .errors import VnieError
from .models import Article

MAX_BYTES = 20_000_000  # one article larger than this is rejected, not read
SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".warc"}


@dataclass
class Reject:
    source: str
    position: str
    code: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: [{self.code}] {self.reason}"


Item = Union[Article, Reject]


def article_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- decoding

def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, else the Windows Vietnamese code page."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise VnieError("E005", "bad UTF-16", where=source) from None
    if not data.strip():
        raise VnieError("E003", where=source)
    if b"\x00" in data[:4096]:
        raise VnieError("E004", "NUL bytes", where=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        raise VnieError("E005", where=source) from None


# ---------------------------------------------------------------- datelines

_DATELINE = regex.compile(
    r"^\s*(?:(?:Thứ\s*\w+|Chủ\s*nhật|CN)\s*,?\s*)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+\d]*))?)?\s*$", regex.I)
_ISO = regex.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_dateline(line: str) -> str | None:
    """``"Thứ 6, 21/03/2025 | 15:45"`` -> ``"2025-03-21"``; None when the line is not a dateline."""
    m = _DATELINE.match(line) or _ISO.match(line)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 < y < 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def find_dateline(text: str, lines: int = 6) -> str | None:
    for line in [ln for ln in text.splitlines() if ln.strip()][1:lines]:
        found = parse_dateline(line)
        if found:
            return found
    return None


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# ---------------------------------------------------------------- formats

def read_txt(data: bytes, source: str, key: str) -> Iterator[Item]:
    text = decode(data, source)
    published = find_dateline(text)
    yield Article(id=article_id(key), source=source, title=first_line(text), text=text,
                  published=published, published_from="dateline" if published else "none", format="txt")


_META_DATE = regex.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"datePublished|pubdate|publishdate|date|dc\.date|DC\.date\.issued|sailthru\.date)[\"'][^>]*>", regex.I)
_CONTENT = regex.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", regex.I)
_TIME_TAG = regex.compile(r"<time[^>]+datetime\s*=\s*[\"'](\d{4}-\d{2}-\d{2})", regex.I)


def html_meta_date(html: str) -> str | None:
    """The publication date the page declares in its metadata, or None (no guessing)."""
    for m in _META_DATE.finditer(html[:200_000]):
        c = _CONTENT.search(m.group())
        if c and regex.match(r"\d{4}-\d{2}-\d{2}", c.group(1)):
            return c.group(1)[:10]
    t = _TIME_TAG.search(html[:200_000])
    return t.group(1) if t else None


def html_to_article(html: str, source: str, key: str, url: str | None = None, fmt: str = "html",
                    published: str | None = None, published_from: str = "none", title: str = "") -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if isinstance(doc, dict):
        body = doc.get("text")
    if not body or not body.strip():
        raise VnieError("E009", where=source)
    meta_title = (getattr(doc, "title", None) if not isinstance(doc, dict) else doc.get("title")) or ""
    title = title or meta_title.strip() or first_line(body)
    if not published:
        published = html_meta_date(html)
        published_from = "html-meta" if published else "none"
    text = body if body.lstrip().startswith(title) else f"{title}\n\n{body}"
    return Article(id=article_id(key), source=source, url=url, title=title, text=text,
                   published=published, published_from=published_from, format=fmt)


def read_html(data: bytes, source: str, key: str) -> Iterator[Item]:
    yield html_to_article(decode(data, source), source, key)


def _iso_date(value) -> str | None:
    if not value:
        return None
    m = regex.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        return m.group(0)
    return parse_dateline(str(value))


def read_jsonl(data: bytes, source: str, key: str) -> Iterator[Item]:
    text = decode(data, source)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        pos = f"line {n}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            yield Reject(source, pos, "E007", f"{exc}"[:200])
            continue
        url = rec.get("url") or None
        published = _iso_date(rec.get("published") or rec.get("date"))
        ident = url or f"{key}#{n}"
        try:
            if rec.get("text"):
                body = str(rec["text"])
                title = str(rec.get("title") or first_line(body))
                full = body if body.lstrip().startswith(title) else f"{title}\n\n{body}"
                yield Article(id=article_id(ident), source=source, url=url, title=title, text=full,
                              published=published, published_from="jsonl" if published else "none",
                              format="jsonl", position=pos)
            elif rec.get("html"):
                art = html_to_article(str(rec["html"]), source, ident, url=url, fmt="jsonl",
                                      published=published, published_from="jsonl" if published else "none",
                                      title=str(rec.get("title") or ""))
                yield art.model_copy(update={"position": pos})
            else:
                yield Reject(source, pos, "E008", "neither 'text' nor 'html'")
        except VnieError as exc:
            yield Reject(source, pos, exc.code, exc.reason)


def read_warc(stream, source: str, key: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            n += 1
            pos = f"record {n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            try:
                payload = record.content_stream().read(MAX_BYTES + 1)
                if len(payload) > MAX_BYTES:
                    raise VnieError("E012", f"over {MAX_BYTES} bytes")
                html = decode(payload, f"{source}:{pos}")
                art = html_to_article(html, source, url or f"{key}#{n}", url=url, fmt="warc")
                yield art.model_copy(update={"position": pos})
            except VnieError as exc:
                yield Reject(source, pos, exc.code, exc.reason)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield Reject(source, f"record {n + 1}", "E010", str(exc)[:200] or type(exc).__name__)


# ---------------------------------------------------------------- dispatch

def sniff(data: bytes) -> str:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return ".warc"
    if head.startswith(b"{"):
        return ".jsonl"
    if head[:1] == b"<" and regex.search(rb"(?i)<(html|!doctype|body|p|div|article)\b", head):
        return ".html"
    return ".txt"


def _kind(name: str, data: bytes | None = None) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".htm"}:
        return ".html"
    if suffix in {".ndjson"}:
        return ".jsonl"
    if suffix == ".text":
        return ".txt"
    if suffix in SUFFIXES:
        return suffix
    return sniff(data or b"")


def read_bytes(data: bytes, source: str, name: str, key: str) -> Iterator[Item]:
    kind = _kind(name, data)
    if len(data) > MAX_BYTES and kind != ".warc" and kind != ".jsonl":
        yield Reject(source, "", "E012", f"{len(data)} bytes, over {MAX_BYTES}")
        return
    try:
        if kind == ".warc":
            yield from read_warc(io.BytesIO(data), source, key)
        elif kind == ".jsonl":
            yield from read_jsonl(data, source, key)
        elif kind == ".html":
            yield from read_html(data, source, key)
        else:
            yield from read_txt(data, source, key)
    except VnieError as exc:
        yield Reject(source, "", exc.code, exc.reason)


def read_path(path: Path, source: str) -> Iterator[Item]:
    key = str(path.resolve())
    name = path.name
    try:
        if name.lower().endswith(".gz"):
            inner = name[:-3]
            if inner.lower().endswith(".warc"):
                # warcio reads gzip members itself, record by record, in bounded memory
                with open(path, "rb") as fh:
                    yield from read_warc(fh, source, key)
                return
            with gzip.open(path, "rb") as fh:
                data = fh.read(MAX_BYTES * 5 + 1)
            yield from read_bytes(data, source, inner, key)
            return
        if path.stat().st_size > MAX_BYTES and _kind(name) not in {".warc", ".jsonl"}:
            yield Reject(source, "", "E012", f"{path.stat().st_size} bytes, over {MAX_BYTES}")
            return
        if _kind(name) == ".warc":
            with open(path, "rb") as fh:
                yield from read_warc(fh, source, key)
            return
        yield from read_bytes(path.read_bytes(), source, name, key)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Reject(source, "", "E006", str(exc)[:200] or type(exc).__name__)
    except OSError as exc:
        yield Reject(source, "", "E001", exc.strerror or str(exc))


def walk(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or f.endswith((".md", ".tsv", ".json")) and not f.endswith(".jsonl"):
                continue
            yield Path(root) / f


def iter_inputs(paths) -> Iterator[Item]:
    """Yield an article or a reject for every input named in ``paths``."""
    for raw in paths:
        raw = str(raw)
        if raw == "-":
            data = sys.stdin.buffer.read()
            yield from read_bytes(data, "<stdin>", "stdin", "stdin:" + content_hash(data.decode("utf-8", "replace")))
            continue
        path = Path(raw)
        if not path.exists():
            yield Reject(raw, "", "E001", "no such file or directory")
        elif path.is_dir():
            for f in walk(path):
                yield from read_path(f, str(f))
        else:
            yield from read_path(path, raw)
