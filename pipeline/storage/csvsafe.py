"""CSV that a spreadsheet opens as data: a cell starting with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return) is a formula to Excel and LibreOffice ("CSV injection"), and crawled
text can start with anything. Such a cell gets a leading ``'`` (OWASP's advice), unless it is a
plain number ("-12.5" stays a number). ``safe_row`` does it to the cells of a row before
``csv.writer`` writes them (the CLI, ``vnie export``); :class:`CsvStream` does it to CSV already
written, a chunk at a time (Datasette's ``.csv`` pages, rewritten as they stream).
"""
from __future__ import annotations

import codecs
import re

RISKY = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` as a spreadsheet should read it: text that starts a formula, quoted with ``'``."""
    if isinstance(value, str) and value.startswith(RISKY) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]


class CsvStream:
    """Rewrites CSV text as it streams: each cell (quoted or not) that ``safe_cell`` would change
    gets its ``'``. A cell is held back only when it starts with a risky character and is not
    quoted, until its end shows whether it is a number."""

    def __init__(self, encoding: str = "utf-8"):
        self.decoder = codecs.getincrementaldecoder(encoding)("replace")
        self.encoding = encoding
        self.state = "start"  # start of a cell | plain | held | quoted | quote (a quote inside quotes)
        self.held = ""

    def feed(self, data: bytes) -> bytes:
        return self._run(self.decoder.decode(data)).encode(self.encoding)

    def finish(self) -> bytes:
        out = self._run(self.decoder.decode(b"", final=True))
        if self.state == "held":
            out += safe_cell(self.held)
            self.held, self.state = "", "start"
        return out.encode(self.encoding)

    def _run(self, text: str) -> str:
        out = []
        for c in text:
            out.append(self._char(c))
        return "".join(out)

    def _char(self, c: str) -> str:
        state = self.state
        if state == "start":
            if c == '"':
                self.state = "first"
                return c
            if c in ",\n":
                return c
            if c.startswith(RISKY) and c != "\r":
                self.state, self.held = "held", c
                return ""
            self.state = "plain"
            return c
        if state == "first":  # the first character inside quotes
            self.state = "quote" if c == '"' else "quoted"
            return "'" + c if c in RISKY else c
        if state == "plain":
            if c in ",\n":
                self.state = "start"
            return c
        if state == "held":
            if c in ",\n\r":  # a carriage return in a cell is quoted: unquoted, it ends the line
                cell, self.held, self.state = self.held, "", "plain" if c == "\r" else "start"
                return safe_cell(cell) + c
            self.held += c
            return ""
        if state == "quoted":
            if c == '"':
                self.state = "quote"
            return c
        # state == "quote": a doubled quote stays inside; anything else ends the quoted cell
        if c == '"':
            self.state = "quoted"
        elif c in ",\n":
            self.state = "start"
        else:
            self.state = "plain"
        return c
