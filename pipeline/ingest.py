"""Batch ingest: read inputs, skip what is stored unchanged, extract, write through one writer.

Extraction can run in worker processes (``workers > 1``); writes stay in this process,
one transaction per article, so a killed run leaves only whole articles behind and the
next run finishes the work. Each run is recorded in ``runs``, each unreadable input in
``rejects``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from . import __version__
from .errors import VnieError
from .models import Article
from .read import Reject, iter_inputs
from .rules import load_rules
from .runner import extract
from . import store


@dataclass
class RunResult:
    run_id: int
    counts: dict = field(default_factory=lambda: {"new": 0, "changed": 0, "skipped": 0, "rejected": 0})
    rejects: list = field(default_factory=list)
    duration: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.counts["rejected"] else 0


def _extract_one(article: Article):
    try:
        return extract(article), None
    except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
        return None, Reject(article.source, article.position or "", "E040", f"{type(exc).__name__}: {exc}"[:300])


def _work(db, items: Iterable, rules_version: str, reextract: bool, result: RunResult):
    """Yield the articles that need extraction, recording skips and read rejects on the way."""
    for item in items:
        if isinstance(item, Reject):
            store.save_reject(db, result.run_id, item)
            result.rejects.append(item)
            result.counts["rejected"] += 1
            continue
        state = store.needs_work(db, item, rules_version, reextract)
        if state == "skip":
            result.counts["skipped"] += 1
            continue
        yield item, state


def ingest(paths, db_path, reextract: bool = False, workers: int = 1,
           on_article: Callable[[RunResult], None] | None = None) -> RunResult:
    rules_version = load_rules().version
    db = store.open_db(db_path)
    run_id = store.start_run(db, paths, rules_version, __version__)
    result = RunResult(run_id)
    started = time.perf_counter()
    status = "failed"
    try:
        todo = _work(db, iter_inputs(paths), rules_version, reextract, result)
        for (article, state), (ex, reject) in _extracted(todo, workers):
            if reject is not None:
                store.save_reject(db, run_id, reject)
                result.rejects.append(reject)
                result.counts["rejected"] += 1
            else:
                store.save_extraction(db, ex, run_id, rules_version)
                result.counts[state] += 1
            if on_article:
                on_article(result)
        status = "done"
    finally:
        result.duration = time.perf_counter() - started
        store.finish_run(db, run_id, result.counts, result.duration, status)
        db.conn.close()
    return result


def _extracted(todo, workers: int):
    if workers <= 1:
        for article, state in todo:
            yield (article, state), _extract_one(article)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
    with ctx.Pool(workers) as pool:
        batch = []
        for job in todo:
            batch.append(job)
            if len(batch) >= 32:
                yield from _drain(pool, batch)
                batch = []
        if batch:
            yield from _drain(pool, batch)


def _drain(pool, batch):
    results = pool.map(_extract_one, [a for a, _ in batch], chunksize=4)
    yield from zip(batch, results)
