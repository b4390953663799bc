"""Benchmark: the whole pipeline (read -> store) against underthesea baselines, in one process.

Prints articles/s, ms per article and memory for:
  - underthesea word_tokenize alone over the same texts (the floor),
  - underthesea ner alone over the same texts (what a user would otherwise reach for),
  - vnie ingest (read, clean, segment, rules, resolve, store) into a fresh SQLite file,
    with one worker and with --workers, and again over the unchanged archive (the nightly case),
and the ratios between them. Texts: a synthetic archive made from corpus/ (N copies, each
made distinct) and ../shared/dev/articles where present (M copies, so that starting the
worker processes does not dominate 36 articles).

    python bench/run.py [--copies 20] [--dev-copies 5] [--workers 2]
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

sys.path.insert(0, str(ROOT / "bench"))

from memory import Sampler  # noqa: E402
from vnie.inputs.read import iter_inputs  # noqa: E402
from vnie.models import Article  # noqa: E402


def peak_rss_mb() -> float:
    """The largest RSS this process had (the one that ran the baselines and the 1-worker run)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_archive(source: Path, dest: Path, copies: int) -> Path:
    """The articles under ``source`` copied ``copies`` times, each copy's text made unique so nothing is skipped."""
    arts = [a for a in iter_inputs([source]) if isinstance(a, Article)]
    dest.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for j, a in enumerate(arts):
            text = a.text if a.text.lstrip().startswith(a.title) else f"{a.title}\n\n{a.text}"
            (dest / f"c{i:04d}_{j:03d}.txt").write_text(f"{text}\n\n(bản {i})\n", encoding="utf-8")
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


def pipeline_run(path: Path, workers: int, again: bool = False) -> dict:
    """Ingest into a fresh database; with ``again``, also time a second run over the unchanged inputs."""
    from vnie.interfaces.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = ingest([path], Path(tmp) / "bench.db", workers=workers)
        out = {"seconds": time.perf_counter() - t0, "stored": result.counts["new"]}
        if again:
            t1 = time.perf_counter()
            ingest([path], Path(tmp) / "bench.db", workers=workers)
            out["again"] = time.perf_counter() - t1
    return out


def cli_run(path: Path, workers: int) -> dict:
    """``vnie ingest --workers N`` as a user runs it, in its own process; memory over its process tree."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "vnie.interfaces.cli", "ingest", str(path), "--db", str(Path(tmp) / "bench.db"),
               "--workers", str(workers), "--quiet"]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        with Sampler(pid=proc.pid) as mem:
            _, err = proc.communicate()
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {err}")
    return {"seconds": seconds, "rss": mem.peak_rss, "pss": mem.peak_pss}


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
    one = pipeline_run(path, 1, again=True)
    pipe = one["seconds"]
    report("vnie ingest, 1 worker", one["stored"], pipe)
    print(f"  pipeline / word_tokenize time: {pipe / wt:.2f}x (target <= 2x)")
    if ner_s:
        print(f"  ner / pipeline time:           {ner_s / pipe:.2f}x (target >= 5x)")
    print(f"  re-run over unchanged inputs:  {one['again']:.3f}s = {100 * one['again'] / pipe:.2f}% of the first"
          " (target < 5%)")
    print(f"  peak RSS, 1 worker (this process): {peak_rss_mb():.0f} MB")
    if workers > 1:
        # both as a user runs them (vnie ingest in a fresh process, start-up included)
        single, many = cli_run(path, 1), cli_run(path, workers)
        report("vnie ingest CLI, 1 worker", n, single["seconds"])
        report(f"vnie ingest CLI, {workers} workers", n, many["seconds"])
        print(f"  {workers} workers speed-up, whole run:  {single['seconds'] / many['seconds']:.2f}x")
        # the fixed cost of a run (start Python, import, load the models in each worker), timed on
        # one article: on an archive it is paid once, so the speed-up that scales is the rest's
        one = path.parent / (path.name + "-one")
        one.mkdir(exist_ok=True)
        first = sorted(path.iterdir())[0]
        (one / first.name).write_bytes(first.read_bytes())
        s1, s2 = cli_run(one, 1)["seconds"], cli_run(one, workers)["seconds"]
        steady = (single["seconds"] - s1) / (many["seconds"] - s2)
        print(f"  start-up (one article): {s1:.2f}s with 1 worker, {s2:.2f}s with {workers}")
        print(f"  {workers} workers speed-up after start-up: {steady:.2f}x (target >= 1.8x)")
        print(f"  peak memory, 1 worker:  RSS {single['rss']:.0f} MB, PSS {single['pss']:.0f} MB")
        print(f"  peak memory, {workers} workers (all processes): RSS {many['rss']:.0f} MB (target < 400),"
              f" PSS {many['pss']:.0f} MB")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20, help="copies of corpus/ in the synthetic archive")
    ap.add_argument("--dev-copies", type=int, default=5, help="copies of ../shared/dev/articles")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="vnie-bench-"))
    try:
        bench(f"corpus/ x {args.copies}", synthetic_archive(ROOT / "corpus", tmp / "synthetic", args.copies),
              args.workers)
        dev = ROOT.parent / "shared" / "dev" / "articles"
        if dev.is_dir():
            bench(f"../shared/dev/articles x {args.dev_copies}",
                  synthetic_archive(dev, tmp / "dev", args.dev_copies), args.workers)
        else:
            print("\n../shared/dev/articles not present: skipped")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
