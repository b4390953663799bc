"""Read stage: turn files (txt, html, jsonl, warc, gz of any, directories, stdin) into articles.

``iter_inputs(paths)`` yields :class:`~vnie.models.Article` for what could be read and
:class:`Reject` for what could not, so one bad file never stops a batch. Each article has
a stable id: a hash of its URL when it has one, else of its text, so an archive that is moved
or renamed, or read from another folder, gives the same ids (where it was read is ``source``).
A folder walk reads every file but those that are no articles by name (hidden, documentation,
tables, databases): those come as notices (E014), so nothing is left out unsaid.

Hostile input is expected. Memory stays bounded: JSONL and WARC are streamed a line or a
record at a time (a line over ``MAX_LINE`` is dropped as soon as it passes the limit), any
other file over ``MAX_BYTES``, also once decompressed, is rejected without being held whole.
A container cut short keeps what came before the cut. Bytes that are not UTF-8 are read as
whichever of CP1258, TCVN3 and VNI reads as Vietnamese (``legacy.py``), else rejected.
"""
from __future__ import annotations

import datetime as dt
import errno
import gzip
import io
import json
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import Callable, Iterator, Union

import regex

from .. import patterns

from . import legacy, warc
from .gz import open_members
from ..errors import Errors, VnieError, printable
from ..models import Article, Reject
from ..text import article_id, content_hash

MAX_BYTES = 20_000_000  # one article larger than this is rejected, not read
SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".warc"}




Item = Union[Article, Reject]




# ---------------------------------------------------------------- decoding

_CONTROL = bytes(set(range(0x20)) - set(b"\t\n\r\x0c\x1b"))


def _looks_binary(head: bytes) -> str:
    """Why the first bytes of a file are not text ("" when they may be)."""
    if b"\x00" in head:
        return "NUL bytes"
    controls = sum(head.count(c) for c in _CONTROL)
    if controls > 8 and controls > len(head) // 10:
        return f"{controls} control bytes in the first {len(head)}"
    return ""


def decode_bytes(data: bytes, source: str) -> legacy.Decoded:
    """Bytes to text and the encoding used: UTF-8 (BOM or not), UTF-16 with BOM, else the one of
    CP1258, TCVN3 and VNI that reads as Vietnamese (``legacy.best_decoding``). UTF-8 that is
    really TCVN3/VNI mojibake is repaired. Text from an 8-bit code page comes out NFC."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise VnieError("E005", "bad UTF-16", where=source) from None
        if not text.strip():
            raise VnieError("E003", where=source)
        return legacy.Decoded(text, "utf-16", None)
    if not data.strip():
        raise VnieError("E003", where=source)
    binary = _looks_binary(data[:4096])
    if binary:
        raise VnieError("E004", binary, where=source)
    nul = data.find(b"\x00", 4096)  # a NUL deep in the file is as binary as one near its start
    if nul >= 0:
        raise VnieError("E004", f"a NUL byte at byte {nul}", where=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        found = legacy.best_decoding(data)
        if found is None:
            raise VnieError("E005", f"not UTF-8 (byte {exc.start}) and no 8-bit Vietnamese encoding reads "
                                    "as Vietnamese", where=source) from None
        return found
    repaired = None if text.isascii() else legacy.repair_mojibake(text)
    return repaired or legacy.Decoded(text, "utf-8", None)


def decode(data: bytes, source: str) -> str:
    """Bytes to text (see :func:`decode_bytes`)."""
    return decode_bytes(data, source).text


# ---------------------------------------------------------------- datelines

_DATELINE = patterns.compile(
    r"^\s*(?:(?:Thứ\s*\w+|Chủ\s*nhật|CN)\s*,?\s*)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+\d]*))?)?\s*$", regex.I)
_ISO = patterns.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_dateline(line: str) -> str | None:
    """``"Thứ 6, 21/03/2025 | 15:45"`` -> ``"2025-03-21"``; None when the line is not a dateline."""
    m = _DATELINE.match(line) or _ISO.match(line)
    if not m:
        return None
    return calendar_day(int(m["y"]), int(m["m"]), int(m["d"]))


def calendar_day(y: int, mo: int, d: int) -> str | None:
    """``"2024-02-29"``, or None for a day the calendar has not (2024-02-30, 9999-99-99) or a year
    no news article is from (before 1900, after 2099)."""
    if not 1900 < y < 2100:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


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

def article_from_text(text: str, source: str = "<text>", title: str = "", published: str | None = None) -> Article:
    """An article from a plain string: its title the first line, its date the one given, else a dateline."""
    if published:
        published_from = "given"
    else:
        published = find_dateline(text)
        published_from = "dateline" if published else "none"
    return Article(id=article_id(source + text[:200]), source=source, title=title or first_line(text), text=text,
                   published=published, published_from=published_from)


def identity(url: str | None, text: str) -> str:
    """An article's id: its URL's hash, else its text's (never where it was read: a move keeps it)."""
    return article_id(url) if url else article_id("text:" + content_hash(text))


def read_txt(data: bytes, source: str) -> Iterator[Item]:
    decoded = decode_bytes(data, source)
    text = decoded.text
    yield text_article(text, source, "txt", encoding=decoded.encoding)


def text_article(text: str, source: str, fmt: str, url: str | None = None, position: str | None = None,
                 encoding: str | None = None) -> Article:
    """A plain-text article: its title the first line, its date a dateline near the top."""
    published = find_dateline(text)
    return Article(id=identity(url, text), source=source, url=url, title=first_line(text), text=text,
                   published=published, published_from="dateline" if published else "none", format=fmt,
                   position=position, encoding=encoding)


_META_DATE = patterns.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"datePublished|pubdate|publishdate|date|dc\.date|DC\.date\.issued|sailthru\.date)[\"'][^>]*>", regex.I)
_CONTENT = patterns.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", regex.I)
_TIME_TAG = patterns.compile(r"<time[^>]+datetime\s*=\s*[\"'](\d{4}-\d{2}-\d{2})", regex.I)


def html_meta_date(html: str) -> str | None:
    """The publication date the page declares in its metadata, or None (no guessing)."""
    for m in _META_DATE.finditer(html[:200_000]):
        c = _CONTENT.search(m.group())
        day = _iso_date(c.group(1)) if c else None
        if day:
            return day
    t = _TIME_TAG.search(html[:200_000])
    return _iso_date(t.group(1)) if t else None


def html_to_article(html: str, source: str, url: str | None = None, fmt: str = "html",
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
    return Article(id=identity(url, text), source=source, url=url, title=title, text=text,
                   published=published, published_from=published_from, format=fmt)


def read_html(data: bytes, source: str) -> Iterator[Item]:
    decoded = decode_bytes(data, source)
    yield html_to_article(decoded.text, source).model_copy(update={"encoding": decoded.encoding})


def _iso_date(value) -> str | None:
    """The day a date field gives, when the calendar has it ("2024-02-30" gives none)."""
    if not value:
        return None
    m = regex.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        return calendar_day(int(m[1]), int(m[2]), int(m[3]))
    return parse_dateline(str(value))


MAX_LINE = MAX_BYTES  # one JSONL line (one record) longer than this is rejected, never held whole
_CHUNK = 1 << 20
_SURROGATE = patterns.compile(r"[\ud800-\udfff]")


def _lines(fh) -> Iterator[tuple[int, bytes | bytearray | None, int]]:
    """(number, bytes, size) for each line of a binary stream, read a chunk at a time; the bytes
    of a line over ``MAX_LINE`` are dropped as soon as it passes the limit (None)."""
    n = 0
    while True:
        piece = fh.readline(_CHUNK)
        if not piece:
            return
        n += 1
        if piece.endswith(b"\n") or len(piece) < _CHUNK:
            yield n, piece, len(piece)
            continue
        buf, size = bytearray(piece), len(piece)
        while not piece.endswith(b"\n"):
            piece = fh.readline(_CHUNK)
            if not piece:
                break
            size += len(piece)
            if buf is not None and size <= MAX_LINE:
                buf += piece
            else:
                buf = None
        yield n, buf, size


def _utf16_lines(fh, source: str) -> Iterator[tuple[int, str, int]]:
    """UTF-16 JSONL (rare) has two-byte newlines: it is decoded whole, within ``MAX_BYTES``."""
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise VnieError("E012", f"UTF-16 JSONL over {MAX_BYTES} bytes")
    for n, line in enumerate(decode(data, source).splitlines(), 1):
        yield n, line, len(line)


def _peek(fh, size: int) -> bytes:
    """The first bytes of a stream without consuming them."""
    if hasattr(fh, "peek"):
        return fh.peek(size)[:size]
    at = fh.tell()
    head = fh.read(size)
    fh.seek(at)
    return head


def read_jsonl(data, source: str, damages: list | None = None) -> Iterator[Item]:
    """One article per line of a JSONL stream (a binary file object, or bytes), read line by line:
    memory holds one line at a time, a broken line or gzip stream rejects only what it touches.
    ``damages``: where a gzip stream (:class:`~vnie.inputs.gz.GzipMembers`) skipped a corrupt
    member; the line each one cut is rejected (E006), the lines after it are read."""
    fh = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    n = 0
    records = 0
    at = 0  # decompressed offset of the line being read
    seen = 0  # damages already reported
    try:
        head = _peek(fh, 4096)
        utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if not utf16 and _looks_binary(head):
            raise VnieError("E004", _looks_binary(head))
        for n, raw, size in (_utf16_lines(fh, source) if utf16 else _lines(fh)):
            at += size
            if damages and seen < len(damages) and damages[seen].output < at:
                records += 1
                yield _damaged_line(damages[seen], n, source)
                seen += 1
                continue
            if raw is not None and not raw.strip():
                continue
            records += 1
            yield from _jsonl_line(raw, size, n, source)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Reject(source, f"line {n + 1}", "E006", printable(f"{Errors.E006}: {exc}")[:200])
        return
    except VnieError as exc:
        yield Reject(source, "", exc.code, exc.reason)
        return
    if not records:
        yield Reject(source, "", "E003", Errors.E003)


def _damaged_line(damage, n: int, source: str) -> Reject:
    then = (f"read on from the next member at byte {damage.resumed}" if damage.resumed is not None
            else "no intact member follows")
    return Reject(source, f"line {n}", "E006", printable(
        f"{Errors.E006}: the gzip member at byte {damage.member} is corrupt ({damage.why}): this line is cut "
        f"and the rest of that member lost; {then}"))


def read_json(fh, source: str) -> Iterator[Item]:
    """A ``.json`` file: JSON lines when its first line is a JSON object (crawlers name them so),
    else one JSON document within ``MAX_BYTES``: an array of records, or one record."""
    first = fh.readline(MAX_LINE + 1)
    fh.seek(0)
    try:
        if isinstance(json.loads(first), dict):
            yield from read_jsonl(fh, source)
            return
    except (ValueError, RecursionError):
        pass
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield Reject(source, "", "E012", f"{Errors.E012}: a JSON document over {MAX_BYTES} bytes")
        return
    try:
        doc = json.loads(decode(data, source))
    except (ValueError, RecursionError) as exc:
        yield Reject(source, "", "E007", printable(f"{Errors.E007}: {type(exc).__name__}: {exc}")[:200])
        return
    items = doc if isinstance(doc, list) else [doc]
    for n, rec in enumerate(items, 1):
        if isinstance(rec, dict):
            yield _json_record(rec, source, n, f"item {n}")
        else:
            yield Reject(source, f"item {n}", "E007", f"{Errors.E007}: a JSON {type(rec).__name__}")
    if not items:
        yield Reject(source, "", "E003", f"{Errors.E003}: an empty JSON array")


def _jsonl_line(raw, size: int, n: int, source: str) -> Iterator[Item]:
    pos = f"line {n}"
    try:
        if raw is None:
            raise VnieError("E012", f"a line of {size} bytes, over {MAX_LINE}")
        if isinstance(raw, (bytes, bytearray)):
            raw = _decode_line(raw.removeprefix(b"\xef\xbb\xbf") if n == 1 else raw, source)
        try:
            rec = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            yield Reject(source, pos, "E007", printable(f"{type(exc).__name__}: {exc}")[:200])
            return
        if not isinstance(rec, dict):
            yield Reject(source, pos, "E007", f"{Errors.E007}: a JSON {type(rec).__name__}")
            return
        yield _json_record(rec, source, n)
    except VnieError as exc:
        yield Reject(source, pos, exc.code, exc.reason)


def _decode_line(raw, source: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        found = legacy.best_decoding(bytes(raw))
        if found is None:
            raise VnieError("E005", "a line neither UTF-8 nor an 8-bit Vietnamese encoding") from None
        return found.text


def _field(rec: dict, name: str) -> str:
    """A record's field as text: "" when absent or null, lone surrogates (from JSON escapes) replaced."""
    value = rec.get(name)
    if value is None or value == "":
        return ""
    return _SURROGATE.sub("\ufffd", value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def _json_record(rec: dict, source: str, n: int, pos: str | None = None) -> Item:
    pos = pos or f"line {n}"
    url = _field(rec, "url") or None
    published = _iso_date(_field(rec, "published") or _field(rec, "date"))
    body, html = _field(rec, "text"), _field(rec, "html")
    try:
        if body.strip():
            title = _field(rec, "title") or first_line(body)
            full = body if body.lstrip().startswith(title) else f"{title}\n\n{body}"
            return Article(id=identity(url, full), source=source, url=url, title=title, text=full,
                           published=published, published_from="jsonl" if published else "none",
                           format="jsonl", position=pos)
        if html.strip():
            art = html_to_article(html, source, url=url, fmt="jsonl", published=published,
                                  published_from="jsonl" if published else "none", title=_field(rec, "title"))
            return art.model_copy(update={"position": pos})
    except VnieError as exc:
        return Reject(source, pos, exc.code, exc.reason)
    return Reject(source, pos, "E008", Errors.E008)


def read_warc(stream, source: str) -> Iterator[Item]:
    """Articles from the responses of a WARC (or .warc.gz) stream, one record at a time.

    HTML and plain-text responses are articles, and so is one without a Content-Type whose body
    reads as one; the others (images, style sheets, scripts) are listed in one notice (E016).
    A file cut short (a crawl interrupted, a partial download) keeps the records before the cut;
    the record it falls in is rejected with its position. A record whose Content-Length is wrong
    or that cannot be parsed is reported at its byte offset (E010) and reading goes on with the
    next record (``warc.records``). Positions count responses.
    """
    others: dict[str, list[int]] = {}
    for item in warc.records(stream, MAX_BYTES):
        if isinstance(item, warc.Response):
            if warc.is_article_type(item.content_type):
                yield _warc_article(item, source)
            else:
                others.setdefault(printable(item.content_type or "?").split(";")[0].strip(), []).append(item.number)
        elif isinstance(item, warc.Damage):
            then = f"read on from byte {item.resumed}" if item.resumed is not None else "nothing follows"
            yield Reject(source, f"byte {item.offset}", "E010",
                         printable(f"{Errors.E010}: a record cannot be read ({item.why}); {then}")[:300])
        else:
            yield Reject(source, f"record {item.number}", "E010", printable(f"{Errors.E010}: {item.why}")[:300])
    if others:
        yield _not_articles(others, source)


def _not_articles(others: dict[str, list[int]], source: str) -> Reject:
    numbers = sorted(n for ns in others.values() for n in ns)
    kinds = ", ".join(f"{t} ×{len(ns)}" for t, ns in sorted(others.items(), key=lambda kv: -len(kv[1])))
    shown = ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")
    return Reject(source, "", "E016", f"{Errors.E016}: {len(numbers)} responses: {kinds} (records {shown})")


def _warc_article(item, source: str) -> Item:
    pos = f"record {item.number}"
    try:
        if item.payload is None:
            raise VnieError("E012", f"{item.size} bytes, over {MAX_BYTES}")
        decoded = decode_bytes(item.payload, f"{source}:{pos}")
        ctype = (item.content_type or "").lower()
        if "html" in ctype or not ctype and sniff(item.payload) == ".html":
            art = html_to_article(decoded.text, source, url=item.url, fmt="warc")
        else:
            art = text_article(decoded.text, source, "warc", url=item.url)
        return art.model_copy(update={"position": pos, "encoding": decoded.encoding})
    except VnieError as exc:
        return Reject(source, pos, exc.code, exc.reason)


# ---------------------------------------------------------------- dispatch

SQLITE_MAGIC = b"SQLite format 3\x00"


def sniff(data: bytes) -> str:
    if data.startswith(SQLITE_MAGIC):
        return ".sqlite"
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
    if suffix == ".json" and not (data or b"").startswith(SQLITE_MAGIC):
        return ".json"
    return sniff(data or b"")


def _database(source: str) -> Reject:
    return Reject(source, "", "E014", f"{Errors.E014}: a SQLite database")


def read_bytes(data: bytes, source: str, name: str) -> Iterator[Item]:
    kind = _kind(name, data)
    try:
        if kind == ".sqlite":
            yield _database(source)
        elif kind == ".warc":
            yield from read_warc(io.BytesIO(data), source)
        elif kind == ".jsonl":
            yield from read_jsonl(data, source)
        elif kind == ".json":
            yield from read_json(io.BytesIO(data), source)
        elif len(data) > MAX_BYTES:
            yield Reject(source, "", "E012", f"{Errors.E012}: {len(data)} bytes, over {MAX_BYTES}")
        elif kind == ".html":
            yield from read_html(data, source)
        else:
            yield from read_txt(data, source)
    except VnieError as exc:
        yield Reject(source, "", exc.code, exc.reason)


def display(path) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 shown as ``\\xff``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def read_path(path: Path, source: str) -> Iterator[Item]:
    """The articles of one file (or the reject of a directory that ``walk`` could not enter)."""
    return _guarded(_read_path(path, display(source)), source)


def _read_path(path: Path, source: str) -> Iterator[Item]:
    name = path.name
    try:
        if path.is_dir():
            yield _directory_reject(path, source)
            return
        if name.lower().endswith(".gz"):
            yield from _read_gzip(path, source)
            return
        with open(path, "rb") as fh:
            kind = _kind(name, _peek(fh, 512))
            if kind in {".warc", ".jsonl", ".json", ".sqlite"}:
                readers: dict[str, Callable[..., Iterator[Item]]] = {
                    ".warc": read_warc, ".jsonl": read_jsonl, ".json": read_json,
                    ".sqlite": lambda fh, source: iter([_database(source)])}
                yield from readers[kind](fh, source)
                return
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_BYTES:
                yield Reject(source, "", "E012", f"{Errors.E012}: {size} bytes, over {MAX_BYTES}")
                return
            data = fh.read(MAX_BYTES + 1)  # a pipe has no size; a file may grow while we read
        yield from read_bytes(data, source, name)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Reject(source, "", "E006", printable(f"{Errors.E006}: {str(exc)[:200] or type(exc).__name__}"))
    except VnieError as exc:
        yield Reject(source, "", exc.code, exc.reason)
    except OSError as exc:
        yield Reject(source, "", "E001", printable(exc.strerror or str(exc)))


def _read_gzip(path: Path, source: str) -> Iterator[Item]:
    inner = path.name[:-3]
    kind = _kind(inner) if Path(inner).suffix.lower() in SUFFIXES else None
    if kind is None:  # "crawl.gz": what is inside says what it is
        with gzip.open(path, "rb") as fh:
            kind = _kind(inner, _peek(fh, 512))
    if kind == ".warc":
        with open(path, "rb") as fh:  # warcio reads the gzip members itself, record by record
            yield from read_warc(fh, source)
    elif kind == ".jsonl":
        fh, members = open_members(path)  # member by member: a corrupt one loses only itself
        with fh:
            yield from read_jsonl(fh, source, members.damages)
    else:
        yield from read_bytes(_gunzip_capped(path), source, inner)


def _gunzip_capped(path: Path) -> bytes:
    """The decompressed bytes, or E012 when they pass ``MAX_BYTES``: a first pass counts them
    a chunk at a time, so a gzip bomb is never held in memory."""
    with gzip.open(path, "rb") as fh:
        size = 0
        while chunk := fh.read(_CHUNK):
            size += len(chunk)
            if size > MAX_BYTES:
                raise VnieError("E012", f"decompresses to over {MAX_BYTES} bytes")
    with gzip.open(path, "rb") as fh:
        return fh.read(MAX_BYTES + 1)


def _directory_reject(path: Path, source: str) -> Reject:
    if path.is_symlink():
        return Reject(source, "", "E013", Errors.E013)
    try:
        os.listdir(path)
    except OSError as exc:
        return Reject(source, "", "E001", f"cannot list the directory: {exc.strerror or exc}")
    return Reject(source, "", "E002", f"{Errors.E002}: a directory given as a file")


# What a folder walk does not read, by name: listed with the reason (E014), never left out unsaid.
NOT_ARTICLES = {".md": "documentation", ".markdown": "documentation", ".rst": "documentation",
                ".tsv": "a table", ".csv": "a table", ".db": "a database", ".sqlite": "a database",
                ".sqlite3": "a database", ".db-wal": "a database journal", ".db-shm": "a database journal",
                ".db-journal": "a database journal", ".sqlite-wal": "a database journal",
                ".sqlite-shm": "a database journal"}


def not_an_article(name: str) -> str:
    """Why a folder walk does not read a file of this name ("" when it reads it)."""
    if name.startswith("."):
        return "a hidden file"
    lower = name.lower()
    return next((f"{why} ({suffix})" for suffix, why in NOT_ARTICLES.items() if lower.endswith(suffix)), "")


def _notice(path: Path, why: str) -> Reject:
    return Reject(display(path), "", "E014", f"{Errors.E014}: {why}")


def walk_items(path: Path) -> Iterator[Path | Reject]:
    """Files under ``path`` in a stable order, plus what cannot be read as a file: a directory
    that cannot be listed or is a symbolic link (never followed, so links cannot loop) comes as
    its path, for ``read_path`` to reject; a pipe, socket or device comes as a Reject, since
    opening a pipe would wait for a writer for ever, and so does a symbolic link loop or a link
    to a file outside ``path``. Hidden folders and files that are no articles by name
    (:func:`not_an_article`) come as notices (E014)."""
    errors: list[OSError] = []
    try:
        inside = Path(path).resolve()
    except (OSError, RuntimeError):
        inside = Path(os.path.abspath(path))
    for root, dirs, files in os.walk(path, onerror=errors.append):
        yield from (Path(e.filename) for e in errors)
        errors.clear()
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                yield _notice(Path(root) / d, "a hidden folder (nothing in it is read)")
            elif (Path(root) / d).is_symlink():
                yield Path(root) / d
            else:
                kept.append(d)
        dirs[:] = kept
        for f in sorted(files):
            why = not_an_article(f)
            yield _notice(Path(root) / f, why) if why else _file_or_reject(Path(root) / f, inside)
    yield from (Path(e.filename) for e in errors)


def _file_or_reject(path: Path, inside: Path | None = None) -> Path | Reject:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # Path.resolve() raises on a loop: it never reaches read_path
            return Reject(display(path), "", "E001", f"{exc.strerror} (a symbolic link loop)")
        return path  # a dangling link: read_path says why
    if not stat.S_ISREG(mode):
        return Reject(display(path), "", "E002", f"{Errors.E002}: not a regular file (a pipe, socket or device)")
    if inside is not None and path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(inside):
            return Reject(display(path), "", "E017", printable(f"{Errors.E017}: it points to {display(target)}"))
    return path


def walk(path: Path) -> Iterator[Path]:
    """The paths of :func:`walk_items`: what cannot be opened safely is left out, and so are
    names that are not UTF-8 (ingest keys its ``files`` table by the name; ``iter_inputs`` reads them)."""
    return (p for p in walk_items(path) if isinstance(p, Path) and _utf8_name(p))


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """A reader that fails in a way nobody foresaw rejects its input and the batch goes on."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - one bad file never stops a batch; tests look for E019
        yield Reject(display(source), "", "E019", printable(f"{Errors.E019}: {type(exc).__name__}: {exc}")[:300])


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read, then goes on with the rest (stdin, peeked at)."""

    def __init__(self, head: bytes, rest):
        self.head, self.rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def read_stream(stream, source: str = "<stdin>") -> Iterator[Item]:
    """Articles from a byte stream (stdin): JSONL and WARC are read as they come, anything else
    must fit in ``MAX_BYTES``."""
    return _guarded(_read_stream(stream, source), source)


def _read_stream(stream, source: str) -> Iterator[Item]:
    head = stream.read(MAX_BYTES + 1)
    if len(head) <= MAX_BYTES:
        yield from read_bytes(head, source, "stdin")
        return
    kind = sniff(head)
    if kind not in {".jsonl", ".warc"}:
        yield Reject(source, "", "E012", f"{Errors.E012}: over {MAX_BYTES} bytes")
        return
    fh = io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)
    yield from (read_jsonl if kind == ".jsonl" else read_warc)(fh, source)


def iter_inputs(paths) -> Iterator[Item]:
    """Yield an article or a reject for every input named in ``paths``."""
    for raw in paths:
        raw = str(raw)
        if raw == "-":
            yield from read_stream(sys.stdin.buffer)
            continue
        path = Path(raw)
        if not path.exists():
            yield Reject(display(raw), "", "E001", "no such file or directory")
        elif path.is_dir():
            for f in walk_items(path):
                if isinstance(f, Reject):
                    yield f
                else:
                    yield from read_path(f, str(f))
        else:
            yield from read_path(path, raw)
