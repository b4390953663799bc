"""How an ingest reports itself: a progress bar on a terminal, log lines under cron.

``reporter(mode)`` gives an object with ``start``, ``update``, ``finish``:

- ``bar``: a rich progress bar with articles, articles/s and ETA (from the input bytes done);
- ``log``: a plain line every ``every`` seconds, and a summary, for cron mail and log files;
- ``json``: the same as JSON objects, one per line, for log collectors;
- ``quiet``: the summary only.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
import unicodedata

from ..errors import printable


def json_line(obj, indent: int | None = None) -> str:
    """JSON (one line unless ``indent``); the characters JSON leaves raw that a terminal acts on (C1 controls,
    bidirectional overrides, line separators) escaped as ``\\uXXXX``, so the line reads the same."""
    text = json.dumps(obj, ensure_ascii=False, default=str, indent=indent)
    if text.isprintable():
        return text
    return "".join(f"\\u{ord(c):04x}" if c not in "\n " and ord(c) < 0x10000 and unicodedata.category(c) in _UNSAFE
                   else c for c in text)


_UNSAFE = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def eta_seconds(done_bytes: int, total_bytes: int, elapsed: float) -> float | None:
    if not total_bytes or done_bytes <= 0 or elapsed <= 0:
        return None
    return max(0.0, (total_bytes - done_bytes) * elapsed / done_bytes)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class LogReporter:
    """Plain (or JSON) lines on stderr: a start line, one every ``every`` seconds, a summary."""

    def __init__(self, as_json: bool = False, every: float = 10.0, stream=None, quiet: bool = False):
        self.as_json, self.every, self.quiet = as_json, every, quiet
        self.stream = stream or sys.stderr
        self.t0 = self.last = time.perf_counter()

    def emit(self, event: str, message: str, **fields) -> None:
        """One line: a file name with a newline cannot forge another, an escape sequence in a name
        or a reason never reaches the terminal (both are shown escaped)."""
        if self.as_json:
            line = json_line({"time": _now(), "event": event, **fields})
        else:
            line = f"{_now()} vnie {event}: {printable(message)}"
        print(line, file=self.stream, flush=True)

    def start(self, run_id: int, inputs, db_path) -> None:
        self.t0 = self.last = time.perf_counter()
        if not self.quiet:
            self.emit("start", f"run {run_id}: {', '.join(map(str, inputs))} -> {db_path}",
                      run=run_id, inputs=[str(i) for i in inputs], db=str(db_path))

    def update(self, result) -> None:
        now = time.perf_counter()
        if self.quiet or now - self.last < self.every:
            return
        self.last = now
        elapsed = now - self.t0
        done = result.articles
        eta = eta_seconds(result.done_bytes, result.total_bytes, elapsed)
        pct = 100 * result.done_bytes / result.total_bytes if result.total_bytes else 0.0
        self.emit("progress", f"{done} articles, {done / elapsed:.1f}/s, {pct:.0f}% of input, ETA {_clock(eta)}",
                  run=result.run_id, articles=done, per_second=round(done / elapsed, 2), percent=round(pct, 1),
                  eta_seconds=None if eta is None else round(eta), **result.counts)

    def close(self) -> None:
        """Stop drawing (a run that ends in an error prints no summary)."""

    def finish(self, result, db_path) -> None:
        c = result.counts
        known = f" ({result.known} known)" if result.known else ""
        ignored = f", {result.ignored} not read (listed)" if result.ignored else ""
        self.emit("done", f"run {result.run_id}: {c['new']} new, {c['changed']} changed, {c['skipped']} unchanged "
                  f"(skipped), {c['rejected']} rejected{known}{ignored} in {result.duration:.1f}s -> {db_path}",
                  run=result.run_id, duration=round(result.duration, 3), db=str(db_path), **c,
                  known=result.known, ignored=result.ignored)
        for r in result.rejects:
            self.emit("rejected", str(r), source=r.source, position=r.position, code=r.code, reason=r.reason)
        for r in result.notices:
            self.emit("not read", str(r), source=r.source, position=r.position, code=r.code, reason=r.reason)


class BarReporter(LogReporter):
    """A rich progress bar on a terminal (transient), then the same summary as the log lines."""

    def start(self, run_id: int, inputs, db_path) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        super().start(run_id, inputs, db_path)
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), transient=True,
                            console=_console(self.stream))
        self.task = self.bar.add_task("ingesting", total=None)
        self.bar.start()

    def emit(self, event, message, **fields):
        if event in ("done", "rejected", "not read"):
            super().emit(event, message, **fields)

    def update(self, result) -> None:
        now = time.perf_counter()
        if now - self.last < 0.2:
            return
        self.last = now
        rate = result.articles / max(now - self.t0, 1e-6)
        self.bar.update(self.task, total=result.total_bytes or None, completed=result.done_bytes,
                        description=f"{result.articles} articles, {rate:.1f}/s")

    def close(self) -> None:
        self.bar.stop()

    def finish(self, result, db_path) -> None:
        self.close()
        super().finish(result, db_path)


def _console(stream):
    from rich.console import Console

    return Console(file=stream, stderr=stream is sys.stderr)


def reporter(mode: str, stream=None):
    """``bar``, ``log``, ``json`` or ``quiet``; ``auto`` is a bar on a terminal, log lines elsewhere."""
    stream = stream or sys.stderr
    if mode == "auto":
        mode = "bar" if stream.isatty() else "log"
    if mode == "bar":
        return BarReporter(stream=stream)
    return LogReporter(as_json=mode == "json", stream=stream, quiet=mode == "quiet")
