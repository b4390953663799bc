"""Benchmark: the whole pipeline (read -> store) against underthesea baselines, in one process.

Prints articles/s, ms per article and peak RSS for:
  - underthesea word_tokenize alone over the same texts (the floor),
  - underthesea ner alone over the same texts (what a user would otherwise reach for),
  - vnie ingest (read, clean, segment, rules, resolve, store) into a fresh SQLite file,
and the ratios between them. Texts: a synthetic archive made from corpus/ (N copies, each
made distinct) and ../shared/dev/articles where present.

    python bench/run.py [--copies 20] [--workers 1]
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.read import iter_inputs  # noqa: E402
from pipeline.models import Article  # noqa: E402


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024


def synthetic_archive(dest: Path, copies: int) -> Path:
    """corpus/ copied ``copies`` times, each copy's text made unique so nothing is skipped."""
    arts = [a for a in iter_inputs([ROOT / "corpus"]) if isinstance(a, Article)]
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for j, a in enumerate(arts):
            (dest / f"c{i:04d}_{j:02d}.txt").write_text(f"{a.title}\n\n{a.text}\n\n(bản {i})\n", encoding="utf-8")
    return dest


def texts_of(path: Path) -> list[str]:
    return [a.text for a in iter_inputs([path]) if isinstance(a, Article)]


def time_it(fn, items) -> float:
    t0 = time.perf_counter()
    for x in items:
        fn(x)
    return time.perf_counter() - t0


def baseline(name: str, texts: list[str]) -> float:
    from underthesea import ner, sent_tokenize, word_tokenize

    fn = word_tokenize if name == "word_tokenize" else ner

    def run(text):
        for par in text.split("\n"):
            if par.strip():
                for s in sent_tokenize(par):
                    fn(s)

    return time_it(run, texts)


def pipeline_run(path: Path, workers: int) -> tuple[float, int]:
    from pipeline.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = ingest([path], Path(tmp) / "bench.db", workers=workers)
        return time.perf_counter() - t0, result.counts["new"]


def report(label: str, n: int, seconds: float) -> None:
    print(f"  {label:<28} {n / seconds:8.1f} articles/s {1000 * seconds / n:8.2f} ms/article")


def bench(name: str, path: Path, workers: int, with_ner: bool = True) -> None:
    texts = texts_of(path)
    n = len(texts)
    print(f"\n{name}: {n} articles, {sum(map(len, texts)) / n:.0f} characters each on average")
    baseline("word_tokenize", texts[:3])  # load models before timing
    wt = baseline("word_tokenize", texts)
    report("underthesea word_tokenize", n, wt)
    ner_s = None
    if with_ner:
        sample = texts[: max(1, min(n, 60))]
        ner_s = baseline("ner", sample) * n / len(sample)
        report("underthesea ner", n, ner_s)
    pipe, stored = pipeline_run(path, 1)
    report("vnie ingest, 1 worker", stored, pipe)
    print(f"  pipeline / word_tokenize time: {pipe / wt:.2f}x (target <= 2x)")
    if ner_s:
        print(f"  ner / pipeline time:           {ner_s / pipe:.2f}x (target >= 5x)")
    if workers > 1:
        pipe_w, stored_w = pipeline_run(path, workers)
        report(f"vnie ingest, {workers} workers", stored_w, pipe_w)
        print(f"  {workers} workers speed-up:         {pipe / pipe_w:.2f}x (target >= 1.8x)")
    print(f"  peak RSS so far: {peak_rss_mb():.0f} MB")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20, help="copies of corpus/ in the synthetic archive")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="vnie-bench-"))
    try:
        bench("synthetic archive from corpus/", synthetic_archive(tmp / "synthetic", args.copies), args.workers)
        dev = ROOT.parent / "shared" / "dev" / "articles"
        if dev.is_dir():
            bench("../shared/dev/articles", dev, args.workers)
        else:
            print("\n../shared/dev/articles not present: skipped")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
