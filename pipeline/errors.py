"""Error codes and messages, kept in one place so tests can search for the code."""
from __future__ import annotations


class Errors:
    E001 = "no such file or directory"
    E002 = "unsupported file type (expected .txt, .html, .jsonl, .warc, .gz or a directory)"
    E003 = "file is empty"
    E004 = "not text: the file looks binary"
    E005 = "cannot decode the text (tried UTF-8, UTF-16, CP1258, TCVN3, VNI)"
    E006 = "broken gzip stream"
    E007 = "JSONL line is not a JSON object"
    E008 = "JSONL record has neither 'text' nor 'html'"
    E009 = "HTML has no main text"
    E010 = "WARC file is broken"
    E011 = "article has no text after cleaning"
    E012 = "article is too large"
    E013 = "symbolic link to a directory: not followed, so links cannot loop or lead out of the archive"
    E014 = "not an article file, not read"  # a notice: hidden, documentation, tables, databases
    E015 = "the same article again in this run (same URL, or the same text) with other text: the first is kept"
    E016 = "WARC responses that are not articles (not HTML or text): not read"  # a notice
    E017 = "symbolic link to a file outside the archive: not followed"
    E019 = "the reader failed unexpectedly (a bug: please report it with the file)"
    E020 = "rule file is invalid"
    E030 = "database is not writable"
    E031 = "database error"
    E032 = "no space left for the database (the disk or the database's size limit is full)"
    E033 = "disk I/O error while writing the database"
    E034 = "not a vnie database"
    E035 = "the database was made by an older vnie: upgrade it once with `vnie upgrade --db FILE` (or any `vnie ingest` into it)"
    E040 = "extraction failed"
    E041 = "a Dask worker runs other rules than this process (install the same vnie and rules/ on every worker)"
    E042 = "Dask is not available"
    E043 = "the article took too long to extract (the limit is per article)"
    E044 = "the article is too large to extract, or gives too many facts (the limit is per article)"
    E045 = "the process extracting the article died (killed, or out of memory)"
    E060 = "a stage's needs are not met: a stage it needs is left out of the pipeline or runs after it"
    E061 = "no such stage"
    E050 = "an optional extra is not installed"
    E051 = "no such table"
    E052 = "cannot write the export"
    E053 = "a column holds a value of another type"
    E054 = "cannot listen on the address"
    E055 = "no such article"
    E056 = "the request's Host header names another server (DNS rebinding): refused"
    E057 = "the query needs more memory than one query may use"


# Codes that list what was not read without being a failure: the run still exits 0.
NOTICES = frozenset({"E014", "E016"})


def printable(text: str, keep: str = "") -> str:
    """``text`` with control, format and separator characters escaped (``\\n``, ``\\x1b``,
    ``\\u202e``, a no-break space too), so a file name or a reason can never forge a log line or
    drive the terminal; the characters in ``keep`` stay (``"\\n\\t"`` for a CSV cell)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in keep else _escape(c) for c in text)


def _escape(c: str) -> str:
    code = ord(c)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or (f"\\x{code:02x}" if code < 0x100 else
                                                               f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")


class VnieError(Exception):
    """An error with a code from :class:`Errors`; ``where`` names the file and position."""

    def __init__(self, code: str, detail: str = "", where: str = ""):
        self.code = code
        self.detail = detail
        self.where = where
        base = getattr(Errors, code, "error")
        msg = f"[{code}] {base}"
        if detail:
            msg += f": {detail}"
        if where:
            msg = f"{where}: {msg}"
        super().__init__(msg)

    @property
    def reason(self) -> str:
        text = getattr(Errors, self.code, "error")
        return f"{text}: {self.detail}" if self.detail else text


class RuleError(VnieError):
    """A rule file that cannot be used; the file and line are in the reason, so an article
    rejected for it (vnie extract) names the rule file too."""

    def __init__(self, path, line, field, detail):
        super().__init__("E020", f"{path}:{line}: {field}: {detail}")
