"""Batch ingest: read inputs, skip what is stored unchanged, extract, write through one writer.

The work is split three ways:

- **reading** (this process): files are walked in a stable order; a file whose bytes and
  the rules' version match what the last run recorded in ``files`` is skipped unread;
  otherwise its articles are read and each is checked against the stored content hash;
- **extracting**: in this process, in worker processes (``workers > 1``), or on a Dask
  cluster (``dask="local:4"`` or a scheduler address), with a bounded number of articles
  in flight so memory stays flat however large the archive;
- **writing** (this process, the only writer): results are written in input order, whole
  articles in batched transactions (``store.BatchWriter``), so a killed run leaves only whole
  articles and the next run finishes the work, and the same inputs give the same database
  however they were run.

Each run is recorded in ``runs``, each input that could not be read in ``rejects``.
"""
from __future__ import annotations

import hashlib
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .. import __version__
from ..errors import VnieError
from ..models import Article
from ..inputs.read import Reject, _utf8_name, iter_inputs, read_path, walk, walk_items
from ..ruleset import load_rules
from ..language import default_pipeline, extract, extract_text
from ..storage import store


@dataclass
class RunResult:
    run_id: int
    counts: dict = field(default_factory=lambda: {"new": 0, "changed": 0, "skipped": 0, "rejected": 0})
    rejects: list = field(default_factory=list)
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


# ------------------------------------------------------------------ inputs

def _units(paths) -> Iterator[InputFile | Reject | Article]:
    """Every input file in a stable order; stdin and missing paths go through ``iter_inputs``."""
    for raw in paths:
        raw = str(raw)
        path = Path(raw)
        if raw == "-" or not path.exists():
            yield from iter_inputs([raw])
        elif path.is_dir():
            for f in walk_items(path):
                if isinstance(f, Reject):
                    yield f  # a pipe, a socket, a link loop: named in rejects, never opened
                elif not _utf8_name(f):
                    yield from iter_inputs([f])  # read, but not recorded in `files` (its key is the name)
                else:
                    yield _input_file(f, str(f))
        else:
            yield _input_file(path, raw)


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

def _extract_one(article: Article):
    try:
        return extract(article), None
    except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
        return None, Reject(article.source, article.position or "", "E040", f"{type(exc).__name__}: {exc}"[:300])


def extract_batch(articles: list[Article]) -> tuple[str, list]:
    """Extract a batch (the unit a Dask worker runs); returns the worker's rules version too.
    The words the batch adds to the vocabulary are freed after it (a spaCy memory zone)."""
    with default_pipeline().memory_zone():
        return load_rules().version, [_extract_one(a) for a in articles]


def _warm_up() -> None:
    """Load the tokenizer models and rules once per worker, before its first article."""
    extract_text("Ngày 1/1/2024, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, dự Hội nghị; 7/11 xã đạt chuẩn.")


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


def _extract_serial(jobs: Iterator[Job], workers: int, dask: str | None):
    jobs = iter(jobs)
    while chunk := list(itertools.islice(jobs, 16)):
        _, results = extract_batch([job.article for job in chunk])
        yield from zip(chunk, results)


def _first_then_rest(jobs: Iterator[Job]) -> Iterator[Job] | None:
    """None when there is nothing to extract, so no pool or cluster is started for nothing."""
    jobs = iter(jobs)
    first = next(jobs, None)
    return None if first is None else itertools.chain([first], jobs)


def _extract_pool(jobs: Iterator[Job], workers: int, dask: str | None):
    import multiprocessing as mp

    jobs = _first_then_rest(jobs)
    if jobs is None:
        return
    # each worker loads the models itself: loading them here first and forking would share the
    # pages, but every process's RSS would count them again (3 x 140 MB with two workers)
    with mp.get_context("fork").Pool(workers, initializer=_warm_up) as pool:
        def submit(articles):
            pending = pool.apply_async(extract_batch, (articles,))
            return lambda: pending.get()[1]

        yield from _windowed(jobs, submit, batch=2, window=workers * 6)


def _extract_dask(jobs: Iterator[Job], workers: int, dask: str | None):
    jobs = _first_then_rest(jobs)
    if jobs is None:
        return
    client, cluster = dask_client(dask)
    version = load_rules().version
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(articles):
            future = client.submit(extract_batch, articles, pure=False)

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


def dask_client(spec: str):
    """``local:N`` starts a LocalCluster of N single-threaded worker processes; else a scheduler address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise VnieError("E042", 'Dask is not installed: pip install "vnie[dask]"') from None
    if spec.startswith("local"):
        n = int(spec.partition(":")[2] or 2)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(spec, timeout=DASK_CONNECT_TIMEOUT), None
    except OSError as exc:
        raise VnieError("E042", f"cannot reach the Dask scheduler at {spec}: {exc}") from None


# ------------------------------------------------------------------ the run

class _Run:
    """The reading and writing halves of one ingest, sharing the database and the counts."""

    def __init__(self, db, result: RunResult, rules_version: str, reextract: bool, on_progress, batch: int = 64):
        self.db, self.result, self.rules_version, self.reextract = db, result, rules_version, reextract
        self.on_progress = on_progress or (lambda result: None)
        self.writer = store.BatchWriter(db, size=batch)
        self.uncommitted: list[str] = []  # states of the articles in the open batch

    def reject(self, reject: Reject, file: InputFile | None = None) -> None:
        store.save_reject(self.db, self.result.run_id, reject, commit=False)  # with the open batch
        self.result.rejects.append(reject)
        self.result.counts["rejected"] += 1
        if file is not None:
            file.rejected += 1
        self.on_progress(self.result)

    def jobs(self, paths) -> Iterator[Job]:
        """The articles that need extraction; skips and read rejects are recorded on the way."""
        for unit in _units(paths):
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
        if f.sha256 and not self.reextract and self._unchanged(f):
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
            return False  # a file with rejects is read again, so its rejects are reported again
        self.result.counts["skipped"] += state[2]
        return True

    def _job(self, article: Article, f: InputFile | None) -> Job | None:
        state = store.needs_work(self.db, article, self.rules_version, self.reextract)
        if state != "skip":
            return Job(article, state, f)
        self.result.counts["skipped"] += 1
        self.on_progress(self.result)
        return None

    def write(self, job: Job, ex, reject) -> None:
        if reject is not None:
            self.reject(reject, job.file)
        else:
            try:
                self.writer.save(ex, self.result.run_id, self.rules_version)
            except BaseException:
                for state in self.uncommitted:  # rolled back with the open batch: not stored by this run
                    self.result.counts[state] -= 1
                raise
            self.result.counts[job.state] += 1
            self.uncommitted.append(job.state)
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


def ingest(paths, db_path, reextract: bool = False, workers: int = 1, dask: str | None = None,
           on_progress: Callable[[RunResult], None] | None = None, on_start: Callable[[RunResult], None] | None = None,
           measure_inputs: bool = True, batch: int = 64) -> RunResult:
    """Ingest ``paths`` into the database at ``db_path``; see the module docstring. ``batch`` is
    the most articles one transaction holds (a killed run does at most that many again)."""
    paths = [str(p) for p in paths]
    rules_version = load_rules().version
    db = store.open_db(db_path)
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
        for job, (ex, reject) in extractor(run.jobs(paths), workers, dask):
            run.write(job, ex, reject)
        run.writer.commit()
        status = "done"
    finally:
        result.duration = time.perf_counter() - started
        try:
            store.finish_run(db, result.run_id, result.counts, result.duration, status)
        finally:
            db.conn.close()
    return result
