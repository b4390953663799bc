"""Batch ingest: read inputs, skip what is stored unchanged, extract, write through one writer.

The work is split three ways:

- **reading** (this process): files are walked in a stable order; a file whose bytes and
  the rules' version match what the last run recorded in ``files`` is skipped unread (also
  when the archive was moved: the record follows the file); otherwise its articles are read
  and each is checked against the stored content hash;
- **extracting**: in this process, in worker processes (``workers > 1``), or on a Dask
  cluster (``dask="local:4"`` or a scheduler address), with a bounded number of articles
  in flight so memory stays flat however large the archive, and a bound per article
  (:class:`Limits`: its size, its time, its facts) that rejects it with a code instead of
  stalling the batch; a worker process that dies (the OOM killer) costs its articles a retry,
  never the run;
- **writing** (this process, the only writer): results are written in input order, whole
  articles in batched transactions (``store.BatchWriter``) that carry the run's counts, so a
  killed run leaves only whole articles and says what it stored, the next run finishes the work,
  and the same inputs give the same database however they were run.

An article met twice in one run (one URL twice in a crawl, one text in two files) is stored
once, the first time: a copy with the same text counts as skipped, one with other text is
rejected (E015). Each run is recorded in ``runs`` with the articles it added and changed
(``run_articles``); each input that could not be read in ``rejects``, once: the same reject of
the same bytes in a later run is *known*, counted but not stored again and not a failure.
Files that are no articles (E014) and WARC responses of other types (E016) are notices.
Ingests of one database take turns (``store.run_lock``).
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .. import __version__
from ..errors import NOTICES, Errors, VnieError, printable
from ..models import Article
from ..inputs.read import Reject, _utf8_name, display, iter_inputs, read_path, walk, walk_items
from ..ruleset import load_rules
from ..language import default_pipeline, extract, extract_text
from ..storage import store
from ..text import content_hash
from .startup import loading


@dataclass(frozen=True)
class Limits:
    """What one article may cost. Past a bound it is rejected with a code and the batch goes on:
    E044 for text over ``chars`` characters (not extracted) or a record of over ``facts`` facts,
    E043 for extraction over ``seconds`` (in this process and in ``--workers`` processes; a Dask
    worker runs tasks in threads, where only the size bounds apply). On the development machine
    1.1 MB of meeting reports takes 17 s and 380 MB (the process, models included)."""
    chars: int = 1_000_000
    seconds: float = 60.0
    facts: int = 50_000


LIMITS = Limits()


@dataclass
class RunResult:
    """What a run did. ``counts["rejected"]`` and ``rejects`` are the new failures (exit code 1);
    ``known`` the rejects an earlier run recorded for the same bytes; ``notices`` (new) and
    ``ignored`` (all) what was listed as not read without being a failure (E014, E016)."""
    run_id: int
    counts: dict = field(default_factory=lambda: {"new": 0, "changed": 0, "skipped": 0, "rejected": 0})
    rejects: list = field(default_factory=list)
    known: int = 0
    notices: list = field(default_factory=list)
    ignored: int = 0
    duration: float = 0.0
    total_bytes: int = 0
    done_bytes: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.counts["rejected"] else 0

    @property
    def articles(self) -> int:
        return sum(self.counts.values())


@dataclass
class InputFile:
    """One input file while its articles are in flight; recorded in ``files`` once all are stored."""
    path: Path
    source: str
    key: str
    size: int
    sha256: str = ""
    articles: int = 0
    rejected: int = 0
    pending: int = 0
    read_done: bool = False


@dataclass
class Job:
    article: Article
    state: str  # "new" or "changed"
    file: InputFile | None
    replaces: tuple = ()  # the ids of the version of a one-article file this article replaces


# ------------------------------------------------------------------ inputs

def _units(paths, own: frozenset = frozenset()) -> Iterator[InputFile | Reject | Article]:
    """Every input file in a stable order; stdin and missing paths go through ``iter_inputs``.
    ``own``: the real paths of the database being written (and its journal and lock), which an
    archive folder may hold: never read, listed as a notice."""
    for raw in paths:
        raw = str(raw)
        path = Path(raw)
        if raw == "-" or not path.exists():
            yield from iter_inputs([raw])
        elif path.is_dir():
            for f in walk_items(path):
                if isinstance(f, Reject):
                    yield f  # a pipe, a socket, a link loop, a notice: named in rejects, never opened
                elif os.path.realpath(f) in own:
                    yield Reject(display(f), "", "E014", f"{Errors.E014}: the database this ingest writes")
                elif not _utf8_name(f):
                    yield from iter_inputs([f])  # read, but not recorded in `files` (its key is the name)
                else:
                    yield _input_file(f, str(f))
        elif os.path.realpath(path) in own:
            yield Reject(display(raw), "", "E014", f"{Errors.E014}: the database this ingest writes")
        else:
            yield _input_file(path, raw)


def own_files(db_path) -> frozenset:
    base = os.path.realpath(db_path)
    return frozenset([base] + [base + tail for tail in ("-wal", "-shm", "-journal", ".lock")])


def _input_file(path: Path, source: str) -> InputFile:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return InputFile(path=path, source=source, key=str(path.resolve()), size=size)


def input_bytes(paths) -> int:
    """How many bytes the input files hold, for progress and ETA: a walk with stat, no reading."""
    total = 0
    for raw in map(str, paths):
        path = Path(raw)
        if raw == "-" or not path.exists():
            continue
        for f in (walk(path) if path.is_dir() else [path]):
            try:
                total += f.stat().st_size
            except OSError:
                pass
    return total


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ------------------------------------------------------------------ extraction

ALARM_REPEAT = 0.05  # seconds between alarms once an article's time is up


class _TooLong(BaseException):
    """Raised by the alarm: a BaseException, so no ``except Exception`` on the way swallows it."""


@contextmanager
def _time_limit(seconds: float):
    """Raise _TooLong in this thread after ``seconds`` (a real-time alarm). Only the main thread
    of a process can take signals: elsewhere (a Dask worker's threads) there is no time bound."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def alarm(signum, frame):
        raise _TooLong()

    previous = signal.signal(signal.SIGALRM, alarm)
    # the alarm repeats: raised where Python ignores exceptions (a garbage-collector callback,
    # a __del__), it would otherwise be lost and the article run unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, ALARM_REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fact_count(ex) -> int:
    return (len(ex.people) + sum(len(p.roles) for p in ex.people) + len(ex.dates) + len(ex.ratios)
            + len(ex.figures) + len(ex.events) + sum(len(e.participants) for e in ex.events))


def extract_bounded(article: Article, limits: Limits | None = None):
    """(extraction, None), or (None, reject) when the article breaks a bound of ``limits`` (E043,
    E044), has nothing to extract (E011) or the extraction fails (E040): never an exception."""
    limits = limits or LIMITS

    def rejected(code: str, detail: str):
        return None, Reject(article.source, article.position or "", code,
                            printable(f"{getattr(Errors, code)}: {detail}")[:300])

    if len(article.text) > limits.chars:
        return rejected("E044", f"{len(article.text)} characters, over {limits.chars}")
    try:
        with _time_limit(limits.seconds):
            ex = extract(article)
    except _TooLong:
        return rejected("E043", f"over {limits.seconds:g} s")
    except VnieError as exc:
        return None, Reject(article.source, article.position or "", exc.code, printable(exc.reason)[:300])
    except MemoryError:
        return rejected("E044", "out of memory")
    except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
        return rejected("E040", f"{type(exc).__name__}: {exc}")
    facts = fact_count(ex)
    if facts > limits.facts:
        return rejected("E044", f"{facts} facts, over {limits.facts}")
    return ex, None


def _extract_one(article: Article, limits: Limits | None = None):
    return extract_bounded(article, limits)


def extract_batch(articles: list[Article], limits: Limits | None = None) -> tuple[str, list]:
    """Extract a batch (the unit a Dask worker runs); returns the worker's rules version too.
    The words the batch adds to the vocabulary are freed after it (a spaCy memory zone)."""
    with default_pipeline().memory_zone():
        return load_rules().version, [_extract_one(a, limits) for a in articles]


def warm_up() -> None:
    """Load the models (segmenter, the ner stage's tagger chain) and rules, before the first
    article, with the collector off; what they made is frozen after (see interfaces/startup.py)."""
    from ..stages.ner import crf_chain

    with loading():
        extract_text("Ngày 1/1/2024, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, dự Hội nghị; 7/11 xã đạt chuẩn.")
        crf_chain()


def warm_up_or_leave() -> None:
    """:func:`warm_up`, its failure left to each article to report: the same error comes again
    for every article, rejected with its reason and its name (E020, E040), and the batch goes on."""
    try:
        warm_up()
    except Exception:  # noqa: BLE001, S110 - reported per article, where it names the article
        pass


def _windowed(jobs: Iterator[Job], submit: Callable, batch: int, window: int):
    """Submit batches of jobs, at most ``window`` batches in flight; yield results in input order."""
    in_flight: deque = deque()
    chunk: list[Job] = []

    def drain_one():
        done_jobs, handle = in_flight.popleft()
        yield from zip(done_jobs, handle())

    for job in jobs:
        chunk.append(job)
        if len(chunk) >= batch:
            in_flight.append((chunk, submit([j.article for j in chunk])))
            chunk = []
            if len(in_flight) >= window:
                yield from drain_one()
    if chunk:
        in_flight.append((chunk, submit([j.article for j in chunk])))
    while in_flight:
        yield from drain_one()


def _extract_serial(jobs: Iterator[Job], workers: int, dask: str | None, limits: Limits | None = None):
    jobs = iter(jobs)
    first = True
    while chunk := list(itertools.islice(jobs, 16)):
        if first:  # loaded only when something is to be extracted (a nightly re-run often has nothing)
            warm_up_or_leave()
            first = False
        _, results = extract_batch([job.article for job in chunk], limits)
        yield from zip(chunk, results)


def _first_then_rest(jobs: Iterator[Job]) -> Iterator[Job] | None:
    """None when there is nothing to extract, so no pool or cluster is started for nothing."""
    jobs = iter(jobs)
    first = next(jobs, None)
    return None if first is None else itertools.chain([first], jobs)


class _Pool:
    """Worker processes that survive the death of one. A worker killed (by the OOM killer, or by
    hand) breaks a ``ProcessPoolExecutor``: every batch in flight then fails at once. Each such
    batch is done again one article at a time in a fresh pool; an article whose worker dies
    alone is rejected (E045). So a dying worker costs a retry, never a hang or the run."""

    def __init__(self, workers: int, limits: Limits | None):
        self.workers, self.limits = workers, limits
        self.executor = self._start()

    def _start(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # the models are loaded here, once, and the workers forked from this process share their
        # pages (copy-on-write): the machine holds one copy, not one per worker. Each process's RSS
        # still counts the shared pages, so the memory to read is the tree's PSS (bench/run.py).
        warm_up()  # and frozen: the collector leaves the loaded objects alone, so fewer shared pages are copied
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("fork"))

    def submit(self, articles: list[Article]):
        from concurrent.futures.process import BrokenProcessPool

        executor = self.executor
        try:
            future = executor.submit(extract_batch, articles, self.limits)
        except BrokenProcessPool:
            future = None

        def result():
            try:
                if future is not None:
                    return future.result()[1]
            except BrokenProcessPool:
                pass
            self._restart(executor)
            return [self._alone(a) for a in articles]
        return result

    def _restart(self, broken) -> None:
        """A fresh pool in place of ``broken`` (once: later batches of the broken one find it done)."""
        if self.executor is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()

    def _alone(self, article: Article):
        """One article in the pool; a pool that breaks under it is started again and it is tried
        once more (a worker killed from outside was maybe not its fault), then rejected (E045)."""
        from concurrent.futures.process import BrokenProcessPool

        for _ in range(2):
            executor = self.executor
            try:
                return executor.submit(extract_batch, [article], self.limits).result()[1][0]
            except BrokenProcessPool:
                self._restart(executor)
        return None, Reject(article.source, article.position or "", "E045", Errors.E045)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _extract_pool(jobs: Iterator[Job], workers: int, dask: str | None, limits: Limits | None = None):
    jobs = _first_then_rest(jobs)
    if jobs is None:
        return
    pool = _Pool(workers, limits)
    try:
        yield from _windowed(jobs, pool.submit, batch=8, window=workers * 4)
    finally:
        pool.close()


def _extract_dask(jobs: Iterator[Job], workers: int, dask: str, limits: Limits | None = None):
    jobs = _first_then_rest(jobs)
    if jobs is None:
        return
    client, cluster = dask_client(dask)
    version = load_rules().version
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(articles):
            future = client.submit(extract_batch, articles, limits, pure=False)

            def result():
                theirs, results = future.result()
                if theirs != version:
                    raise VnieError("E041", f"worker rules {theirs[:12]} differ from ours {version[:12]}")
                return results
            return result

        yield from _windowed(jobs, submit, batch=8, window=n * 4)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


DASK_CONNECT_TIMEOUT = "20s"
MAX_LOCAL_WORKERS = 256
_ADDRESS = re.compile(r"(?:(?:tcp|tls|ucx|ws|wss|inproc)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}")


def dask_spec(spec: str) -> tuple[str, int | str]:
    """``("local", N)`` for ``local`` or ``local:N`` (1 to MAX_LOCAL_WORKERS workers), ``("address",
    spec)`` for a scheduler address (``tcp://host:8786``, ``host:8786``); ValueError for anything
    else, so a typo is a usage error, not a wait for a cluster that never comes."""
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2] or "2"
        if not count.isdigit() or not 1 <= int(count) <= MAX_LOCAL_WORKERS:
            raise ValueError(f"{spec!r}: local:N needs N from 1 to {MAX_LOCAL_WORKERS} workers")
        return "local", int(count)
    if not _ADDRESS.fullmatch(spec):
        raise ValueError(f"{spec!r} is neither local:N nor a scheduler address such as tcp://10.0.0.5:8786")
    return "address", spec


def dask_client(spec: str):
    """``local:N`` starts a LocalCluster of N single-threaded worker processes; else a scheduler address."""
    kind, value = dask_spec(spec)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise VnieError("E042", 'Dask is not installed: pip install "vnie[dask]"') from None
    if kind == "local":
        cluster = LocalCluster(n_workers=value, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(value, timeout=DASK_CONNECT_TIMEOUT), None
    except (OSError, ValueError, TypeError) as exc:
        raise VnieError("E042", f"cannot reach the Dask scheduler at {spec}: {exc}") from None


# ------------------------------------------------------------------ the run

class _Run:
    """The reading and writing halves of one ingest, sharing the database and the counts."""

    def __init__(self, db, result: RunResult, rules_version: str, reextract: bool, on_progress, batch: int = 64):
        self.db, self.result, self.rules_version, self.reextract = db, result, rules_version, reextract
        self.on_progress = on_progress or (lambda result: None)
        self.writer = store.BatchWriter(db, size=batch, before_commit=self._counts_with_batch)
        self.uncommitted: list[str] = []  # states of the articles in the open batch

    def _counts_with_batch(self) -> None:
        store.update_run(self.db, self.result.run_id, self.result.counts, self.result.known, self.result.ignored)

    def reject(self, reject: Reject, file: InputFile | None = None) -> None:
        """Record a reject with the open batch: a new one (a failure, or a notice) or a known one."""
        reject = Reject(reject.source, reject.position, reject.code, printable(reject.reason))
        new = store.save_reject(self.db, self.result.run_id, reject, commit=False,
                                fingerprint=_fingerprint(reject, file))
        if reject.code in NOTICES:
            self.result.ignored += 1
            if new:
                self.result.notices.append(reject)
        elif new:
            self.result.rejects.append(reject)
            self.result.counts["rejected"] += 1
        else:
            self.result.known += 1
        if file is not None and reject.code not in NOTICES:
            file.rejected += 1
        self.on_progress(self.result)

    def jobs(self, paths, own: frozenset = frozenset()) -> Iterator[Job]:
        """The articles that need extraction; skips and read rejects are recorded on the way."""
        for unit in _units(paths, own):
            if isinstance(unit, InputFile):
                yield from self._file_jobs(unit)
            elif isinstance(unit, Reject):
                self.reject(unit)
            else:
                job = self._job(unit, None)
                if job:
                    yield job

    def _file_jobs(self, f: InputFile) -> Iterator[Job]:
        try:
            f.sha256 = file_sha256(f.path)
        except OSError:
            f.sha256 = ""  # read_path reports why the file cannot be read
        if f.sha256 and not self.reextract and (self._unchanged(f) or self._moved(f)):
            self._done_bytes(f)
            return
        for item in read_path(f.path, f.source):
            if isinstance(item, Reject):
                self.reject(item, f)
                continue
            f.articles += 1
            job = self._job(item, f)
            if job:
                f.pending += 1
                yield job
        f.read_done = True
        self._file_finished(f)

    def _unchanged(self, f: InputFile) -> bool:
        state = store.file_state(self.db, f.key)
        if not state or state[0] != f.sha256 or state[1] != self.rules_version or state[3]:
            return False  # a file with rejects is read again (its rejects are known, unless they are new)
        self.result.counts["skipped"] += state[2]
        return True

    def _moved(self, f: InputFile) -> bool:
        """The same bytes were read whole under these rules at a path that is gone: the archive
        moved. The file's record and its articles follow it; nothing is read or extracted again."""
        moved = store.moved_file(self.db, f.sha256, self.rules_version, lambda p: not os.path.lexists(p))
        if moved is None or moved[2]:
            return False
        store.follow_file(self.db, moved[0], f.key, display(f.source))
        self.result.counts["skipped"] += moved[1]
        return True

    def _job(self, article: Article, f: InputFile | None) -> Job | None:
        """What to do with an article as read: skip it, reject it (E015), or extract it as new or changed.
        Decided from what earlier runs stored and what this run met before (never from what the
        workers have done yet), so the counts do not depend on how the run is spread."""
        first = store.seen(self.db, article.id)
        if first is not None and not first[4]:
            return self._again(article, first, f)
        state = "new" if first is not None else store.needs_work(self.db, article, self.rules_version, self.reextract)
        replaces = self._replaced(article, f) if f is not None and _one_article_file(article) else ()
        store.mark_seen(self.db, article, f.key if f else None)
        if state == "skip" and replaces:
            state = "changed"  # the file's new text is an article already stored: its old one still goes
        if state == "skip":
            if f is not None:
                self._follow(article, f)
            self._skipped()
            return None
        if state == "new" and replaces:
            state = "changed"
        return Job(article, state, f, replaces)

    def _again(self, article: Article, first: tuple, f: InputFile | None) -> Job | None:
        """An article met before in this run: the same text is a copy (skipped), other text under the
        same id (one URL twice) is rejected, so the first stays and nothing is replaced unsaid."""
        if first[0] == content_hash(article.text):
            self._skipped()
            return None
        where = f"{first[2]}" + (f" {first[3]}" if first[3] else "")
        self.reject(Reject(article.source, article.position or "", "E015",
                           f"{Errors.E015} (first at {where}){' ' + article.url if article.url else ''}"), f)
        return None

    def _replaced(self, article: Article, f: InputFile) -> tuple:
        """The earlier versions of a one-article file (read from the same file, another id): this
        article replaces them, unless another file of this run holds them now (then they follow it)."""
        out = []
        for old in store.file_articles(self.db, f.key):
            if old == article.id:
                continue
            other = store.seen(self.db, old)
            if other is not None and not other[4] and other[1]:
                store.follow(self.db, old, other[1], other[2])
            else:
                store.release(self.db, old)  # an article met later with this id is new: this write deletes it
                out.append(old)
        return tuple(out)

    def _follow(self, article: Article, f: InputFile) -> None:
        """A stored article read from another file than recorded, which is gone: the record follows."""
        recorded = store.article_file(self.db, article.id)
        if recorded != f.key and (recorded is None or not os.path.lexists(recorded)):
            store.follow(self.db, article.id, f.key, article.source)

    def _skipped(self) -> None:
        self.result.counts["skipped"] += 1
        self.on_progress(self.result)

    def write(self, job: Job, ex, reject) -> None:
        if reject is not None:
            self.reject(reject, job.file)
        else:
            self.result.counts[job.state] += 1  # before the write: a batch it closes commits the counts
            self.uncommitted.append(job.state)
            try:
                self.writer.save(ex, self.result.run_id, self.rules_version, state=job.state,
                                 file_key=job.file.key if job.file else None, replaces=job.replaces)
            except BaseException:
                for state in self.uncommitted:  # rolled back with the open batch: not stored by this run
                    self.result.counts[state] -= 1
                raise
            if not self.writer.pending:  # the batch, this article with it, was committed
                self.uncommitted.clear()
            self.on_progress(self.result)
        if job.file is not None:
            job.file.pending -= 1
            self._file_finished(job.file)

    def _file_finished(self, f: InputFile) -> None:
        if f.read_done and f.pending == 0:
            if f.sha256:
                store.save_file(self.db, f.key, f.size, f.sha256, self.rules_version, f.articles, f.rejected,
                                self.result.run_id, commit=False)  # with the batch its articles are in
            self._done_bytes(f)

    def _done_bytes(self, f: InputFile) -> None:
        self.result.done_bytes += f.size
        self.on_progress(self.result)


def _one_article_file(article: Article) -> bool:
    """A .txt or .html file (gzipped or not) is one article: its new text replaces its old one."""
    return article.position is None and article.format in {"txt", "html"}


def _fingerprint(reject: Reject, file: InputFile | None) -> str | None:
    """What makes a reject the same as one an earlier run recorded: its code, its position and the
    bytes of its file (their hash: a moved archive keeps them), or the path of what has no bytes to
    hash (a pipe, a missing file, a file not read by its name). None for stdin: never known."""
    if file is not None and file.sha256:
        basis = ["bytes", file.sha256]
    elif reject.source.startswith("<"):
        return None
    else:
        basis = ["path", os.path.abspath(reject.source)]
    return hashlib.sha256(json.dumps(basis + [reject.position, reject.code]).encode()).hexdigest()[:32]


def ingest(paths, db_path, reextract: bool = False, workers: int = 1, dask: str | None = None,
           on_progress: Callable[[RunResult], None] | None = None, on_start: Callable[[RunResult], None] | None = None,
           measure_inputs: bool = True, batch: int = 64, limits: Limits | None = None,
           on_wait: Callable[[], None] | None = None) -> RunResult:
    """Ingest ``paths`` into the database at ``db_path``; see the module docstring. ``batch`` is
    the most articles one transaction holds (a killed run does at most that many again);
    ``limits`` what one article may cost; ``on_wait`` is called if another ingest of the same
    database runs (this one waits for it)."""
    paths = [str(p) for p in paths]
    if dask:
        dask_spec(dask)  # a typo is a usage error before anything starts
    rules_version = load_rules().version
    with store.run_lock(db_path, on_wait):
        db = store.open_db(db_path)
        try:
            return _ingest(db, paths, db_path, rules_version, reextract, workers, dask, on_progress, on_start,
                           measure_inputs, batch, limits)
        finally:
            db.conn.close()


def _ingest(db, paths, db_path, rules_version, reextract, workers, dask, on_progress, on_start, measure_inputs,
            batch, limits) -> RunResult:
    result = RunResult(store.start_run(db, paths, rules_version, __version__))
    if measure_inputs:
        result.total_bytes = input_bytes(paths)
    if on_start:
        on_start(result)
    run = _Run(db, result, rules_version, reextract, on_progress, batch)
    extractor = _extract_dask if dask else _extract_pool if workers > 1 else _extract_serial
    started = time.perf_counter()
    status = "failed"
    try:
        for job, (ex, reject) in extractor(run.jobs(paths, own_files(db_path)), workers, dask, limits):
            run.write(job, ex, reject)
        run.writer.commit()
        status = "done"
    finally:
        result.duration = time.perf_counter() - started
        store.finish_run(db, result.run_id, result.counts, result.duration, status, result.known, result.ignored)
    return result
