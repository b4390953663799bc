"""The response records of a WARC (or .warc.gz) stream, read on past damage.

warcio trusts each record's ``Content-Length``: one wrong by a few bytes and every record after
it is lost (or read with a warning written straight to the terminal). :func:`records` reads with
warcio and, where a record cannot be parsed, looks for the next record's start (``WARC/1.`` at the
start of a line, or the next gzip member of a ``.warc.gz``) and goes on from there, reporting each
damage once with its byte offset. A file that ends inside a record is cut short, as before: the
records before the cut are kept. A stream that cannot seek (stdin) stops at the first damage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..errors import printable

_SCAN = 1 << 16
GZIP_MAGIC = b"\x1f\x8b\x08"


@dataclass
class Response:
    number: int  # responses counted from 1: the position "record N"
    url: str | None
    content_type: str | None  # None when the response has no Content-Type header
    payload: bytes | None  # None when over the size limit
    size: int


@dataclass
class Damage:
    offset: int  # where the record that could not be read starts (or the mismatch was seen)
    resumed: int | None  # where reading went on, None when nothing followed
    why: str


@dataclass
class CutShort:
    number: int  # the response (or record) the file ends in
    why: str


def _archive_class():
    from warcio.archiveiterator import ArchiveIterator

    class Archive(ArchiveIterator):
        """warcio's iterator, its "Content-Length is invalid" warning kept in ``mismatches``
        (the byte offsets where a record did not end with blank lines) instead of printed."""

        def __init__(self, *args, **kwargs):
            self.mismatches: list[int] = []
            super().__init__(*args, **kwargs)

        def _consume_blanklines(self):  # warcio 1.7's, writing nothing to stderr
            empty_size, first_line = 0, True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    if len(line.rstrip()) != 0:
                        self.mismatches.append(self.fh.tell() - self.reader.rem_length() - empty_size)
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    return Archive


class _Cut(Exception):
    pass


def is_article_type(content_type: str | None) -> bool:
    """HTML, plain text, or no type at all (sniffed): what may be an article."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    return not ctype or "html" in ctype or ctype == "text/plain"


def records(stream, max_bytes: int) -> Iterator[Response | Damage | CutShort]:
    seekable = _seekable(stream)
    gz = seekable and _head(stream) == GZIP_MAGIC
    archive = _archive_class()
    n = 0
    reported = -1
    at = floor = stream.tell() if seekable else 0  # floor: a start found again at or before it failed
    while True:
        start = end = after = at  # of the last record read whole: its start, its end, where the next begins
        try:
            it = archive(stream)
            for record in it:
                start = it.offset
                if record.rec_type is None:
                    raise _Cut("the file ends inside a record header")
                response = record.rec_type == "response"
                n += response
                item = _response(record, n, max_bytes) if response else None
                end = it.get_record_offset() + it.get_record_length()  # reads the record to its end
                after = it.offset
                if it.mismatches:
                    reported = start
                    yield Damage(start, after, "its Content-Length does not match where the record ends")
                    it.mismatches.clear()
                if _limit_left(record):
                    if not seekable or _at_end(stream, end):
                        yield CutShort(n if response else n + 1, "the file ends inside this record (cut short)")
                        return
                    reported = start
                    yield Damage(start, after, "its Content-Length runs past the record's end")
                if item is not None:
                    yield item
            if not seekable or _at_end(stream, end):
                return
            raise _Cut("the file ends inside a record (cut short)")
        except Exception as exc:  # noqa: BLE001 - warcio fails on malformed records in many ways
            why = str(exc) if isinstance(exc, _Cut) else printable(f"{type(exc).__name__}: {exc}")[:200]
            resumed = _next_start(stream, max(start, floor) + 1, gz) if seekable else None
            if resumed is not None and resumed == after:  # the record after the last one is the broken one
                resumed = _next_start(stream, after + 1, gz)
            if resumed is None:  # nothing readable follows: the file is cut short (or ends in junk)
                yield CutShort(n + 1, why if isinstance(exc, _Cut) else
                               f"the rest of the file cannot be read as records (cut short?): {why}")
                return
            if start != reported:  # one damage, one report (a length warning is often followed by a failure)
                # a record read past its end hides the next one's start (resumed before where it said
                # it ended): the damage is that record's; else the one where reading failed
                yield Damage(start if resumed < after else after, resumed, why)
            at = floor = resumed
            stream.seek(at)


def _response(record, n: int, max_bytes: int) -> Response:
    """A response and, when it may be an article, its payload (read up to the limit)."""
    headers = record.http_headers
    ctype = headers.get_header("Content-Type") if headers else None
    if not is_article_type(ctype):
        return Response(n, record.rec_headers.get_header("WARC-Target-URI"), ctype, None, 0)
    payload = record.content_stream().read(max_bytes + 1)
    size = len(payload)
    return Response(n, record.rec_headers.get_header("WARC-Target-URI"), ctype,
                    payload if size <= max_bytes else None, size)


def _limit_left(record) -> bool:
    """Whether a record's block ended before its Content-Length (read to its end by then)."""
    from warcio.limitreader import LimitReader

    return isinstance(record.raw_stream, LimitReader) and record.raw_stream.limit > 0


def _seekable(stream) -> bool:
    try:
        return stream.seekable()
    except (AttributeError, ValueError):
        return False


def _head(stream) -> bytes:
    at = stream.tell()
    head = stream.read(3)
    stream.seek(at)
    return head


def _at_end(stream, end: int) -> bool:
    """Whether only blank lines follow ``end`` (else a record is cut in its header, or junk follows)."""
    try:
        stream.seek(end)
        rest = stream.read(4096)
    except (OSError, ValueError, AttributeError):
        return True  # a pipe cannot be looked at again
    return not rest.strip(b"\r\n\t \x00")


def _next_start(stream, after: int, gz: bool) -> int | None:
    """The offset of the next record start after ``after``: a gzip member, or ``WARC/1.`` at a line's start."""
    marker = GZIP_MAGIC if gz else b"\nWARC/1."
    skip = 0 if gz else 1
    stream.seek(max(0, after - skip))
    at = max(0, after - skip)
    carry = b""
    while chunk := stream.read(_SCAN):
        found = (carry + chunk).find(marker)
        if found >= 0:
            return at - len(carry) + found + skip
        carry = chunk[-(len(marker) - 1):]
        at += len(chunk)
    return None
