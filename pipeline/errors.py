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
    E019 = "the reader failed unexpectedly (a bug: please report it with the file)"
    E020 = "rule file is invalid"
    E030 = "database is not writable"
    E031 = "database error"
    E032 = "no space left for the database (the disk or the database's size limit is full)"
    E033 = "disk I/O error while writing the database"
    E035 = "the database was made by an older vnie: upgrade it once with `vnie upgrade --db FILE` (or any `vnie ingest` into it)"
    E040 = "extraction failed"
    E041 = "a Dask worker runs other rules than this process (install the same vnie and rules/ on every worker)"
    E042 = "Dask is not available"
    E060 = "a stage's needs are not met: a stage it needs is left out of the pipeline or runs after it"
    E050 = "an optional extra is not installed"
    E051 = "no such table"
    E052 = "cannot write the export"
    E053 = "a column holds a value of another type"
    E054 = "cannot listen on the address"
    E055 = "no such article"


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
    def __init__(self, path, line, field, detail):
        super().__init__("E020", f"{field}: {detail}", where=f"{path}:{line}")
