"""Benchmark: vnie against underthesea alone, whole-process and in one process, with memory.

Every speed figure is printed with its ratio to the tokeniser (underthesea ``sent_tokenize`` +
``word_tokenize``) over the same texts, measured in the same run, so a loaded machine moves
both sides:

1. whole-process paired runs: ``vnie extract DIR --format jsonl`` against
   ``bench/tokenise_only.py DIR``, each in its own process, alternating, over the dev articles
   made distinct N times (target: vnie <= 1.5x the tokeniser, aim 1.25x);
2. start-up: both over one article (vnie with its cache of compiled patterns and without), and the imports alone;
3. in one process: the pipeline and underthesea's ``ner`` (the tagger a user would otherwise
   reach for) against the tokeniser, then the stage profile;
4. workers: ``vnie ingest --workers 1`` and ``--workers 2`` over 1,000 articles or more, in paired runs, the
   speed-up (target >= 1.9x) and the peak memory of the process tree (target < 350 MB), and
   the nightly re-run over the unchanged archive.

Texts: ../shared/dev/articles where present, else corpus/ (each copy made distinct so nothing
is skipped as already seen).

    python bench/run.py [--copies 4] [--pairs 3] [--workers 2] [--articles 1000] [--worker-pairs 2] [--skip-workers]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from statistics import median
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from memory import Sampler  # noqa: E402
from vnie.inputs.read import iter_inputs  # noqa: E402
from vnie.models import Article  # noqa: E402


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


def report(label: str, n: int, seconds: float, floor: float | None = None) -> None:
    ratio = f"{seconds / floor:6.2f}x the tokeniser" if floor else ""
    print(f"  {label:<34} {n / seconds:8.1f} articles/s {1000 * seconds / n:8.2f} ms/article  {ratio}")


def timed_process(cmd: list[str], env: dict | None = None) -> dict:
    """Run ``cmd`` (its output discarded): wall time and the peak memory of its process tree."""
    import subprocess

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    # once a second: reading smaps_rollup of every process of the tree costs CPU, taken from a 2-worker
    # run on a 2-core machine more than from a run that leaves a core free
    with Sampler(every=1.0, pid=proc.pid) as mem:
        _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1: some input was not an article (vnie says which)
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return {"seconds": seconds, "rss": mem.peak_rss, "pss": mem.peak_pss}


def vnie_extract(folder: Path) -> list[str]:
    return [sys.executable, "-m", "vnie", "extract", str(folder), "--format", "jsonl"]


def tokeniser(folder: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "tokenise_only.py"), str(folder)]


def ingest(path: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "vnie", "ingest", str(path), "--db", str(db), "--workers", str(workers), "--quiet"]


def paired(folder: Path, n: int, pairs: int) -> None:
    """Whole-process paired runs, alternating which goes first; the median of the ratios."""
    ratios, ts, vs = [], [], []
    for i in range(pairs):
        order = [(tokeniser, ts), (vnie_extract, vs)]
        for make, into in order if i % 2 == 0 else order[::-1]:
            into.append(timed_process(make(folder))["seconds"])
        ratios.append(vs[-1] / ts[-1])
    print(f"  tokeniser alone, own process      {median(ts):8.2f} s  {n / median(ts):7.1f} articles/s")
    print(f"  vnie extract, own process         {median(vs):8.2f} s  {n / median(vs):7.1f} articles/s")
    print(f"  vnie / tokeniser, whole process:  {median(ratios):.2f}x, median of {pairs} pairs "
          f"({', '.join(f'{r:.2f}' for r in ratios)}); target <= 1.5x, aim 1.25x")


def startup(one: Path) -> None:
    """Both over one article: what a run costs before its first article; and the imports alone."""
    t = median([timed_process(tokeniser(one))["seconds"] for _ in range(3)])
    v = median([timed_process(vnie_extract(one))["seconds"] for _ in range(3)])
    cold = median([timed_process(vnie_extract(one), {"VNIE_CACHE": "off"})["seconds"] for _ in range(3)])
    spacy = median([timed_process([sys.executable, "-c", "import spacy"])["seconds"] for _ in range(3)])
    load = median([timed_process([sys.executable, "-c", "import vnie; vnie.load()"])["seconds"] for _ in range(3)])
    print(f"  one article: tokeniser {t:.2f} s, vnie extract {v:.2f} s (+{v - t:.2f} s a run)")
    print(f"  without the cache of compiled patterns (a first run, VNIE_CACHE=off): {cold:.2f} s (+{cold - t:.2f} s)")
    print(f"  imports alone: 'import spacy' {spacy:.2f} s, 'import vnie; vnie.load()' {load:.2f} s")


def in_process(folder: Path) -> None:
    """The pipeline and underthesea's ner against the tokeniser in this process; the stage profile."""
    from stage_profile import articles, each_sentence, profile, tokeniser_alone
    from underthesea import ner
    from vnie.language import extract, extract_many

    arts = articles([folder])
    n = len(arts)
    extract(arts[0])  # models and rules loaded before timing
    floor = tokeniser_alone(arts, 2)

    def run_all() -> float:  # as vnie extract and ingest run: words freed every 64 articles
        t0 = time.perf_counter()
        for _ in extract_many(arts):
            pass
        return time.perf_counter() - t0
    pipe = min(run_all() for _ in range(2))  # the best of two, as for the tokeniser
    report("underthesea tokeniser alone", n, floor, floor)
    report("vnie, every stage (ner included)", n, pipe, floor)
    sample = arts[: min(n, 40)]
    ner_s = each_sentence(sample, ner) * n / len(sample)
    report(f"underthesea ner alone ({len(sample)} sampled)", n, ner_s, floor)
    print(f"  underthesea ner / vnie:           {ner_s / pipe:.2f}x")
    spent = profile(arts, 2)
    total = sum(spent.values())
    print(f"\n  stage profile ({1000 * floor / n:.1f} ms/article for the tokeniser alone):")
    print(f"  {'stage':<22}{'ms/article':>12}{'share':>8}{'x tokeniser':>14}")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22}{1000 * seconds / n:>12.2f}{100 * seconds / total:>7.1f}%{seconds / floor:>14.2f}")
    print(f"  {'pipeline':<22}{1000 * total / n:>12.2f}{100.0:>7.1f}%{total / floor:>14.2f}")


def workers_run(path: Path, n: int, workers: int, one: Path, pairs: int = 2) -> None:
    """``vnie ingest`` with 1 and with ``workers`` workers, as a user runs it, in ``pairs`` paired
    runs alternating which goes first (a shared machine drifts by more than the difference); the
    nightly re-run."""
    singles, manys, ratios = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(pairs):
            order = [(1, singles), (workers, manys)]
            for w, into in order if i % 2 == 0 else order[::-1]:
                into.append(timed_process(ingest(path, Path(tmp) / f"w{w}-{i}.db", w)))
            ratios.append(singles[-1]["seconds"] / manys[-1]["seconds"])
        again = timed_process(ingest(path, Path(tmp) / f"w{workers}-0.db", workers))
        s1 = timed_process(ingest(one, Path(tmp) / "s1.db", 1))["seconds"]
        s2 = timed_process(ingest(one, Path(tmp) / "s2.db", workers))["seconds"]
    single = min(singles, key=lambda r: r["seconds"])
    many = min(manys, key=lambda r: r["seconds"])
    report("vnie ingest, 1 worker (best run)", n, single["seconds"])
    report(f"vnie ingest, {workers} workers (best run)", n, many["seconds"])
    print(f"  {workers} workers speed-up, whole run:  {median(ratios):.2f}x, median of {pairs} pairs "
          f"({', '.join(f'{r:.2f}' for r in ratios)}); target >= 1.9x")
    print(f"  start-up (one article): {s1:.2f} s with 1 worker, {s2:.2f} s with {workers}; speed-up after "
          f"start-up {(single['seconds'] - s1) / (many['seconds'] - s2):.2f}x")
    print(f"  peak memory, 1 worker:            RSS {single['rss']:.0f} MB, PSS {single['pss']:.0f} MB")
    print(f"  peak memory, {workers} workers (the tree): RSS {many['rss']:.0f} MB (target < 350), "
          f"PSS {many['pss']:.0f} MB")
    print(f"  nightly re-run, archive unchanged: {again['seconds']:.2f} s "
          f"({100 * again['seconds'] / many['seconds']:.1f}% of the first run)")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=4, help="distinct copies of the texts for the paired runs")
    ap.add_argument("--pairs", type=int, default=3, help="paired whole-process runs")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--articles", type=int, default=1000, help="at least this many articles for the workers run")
    ap.add_argument("--worker-pairs", type=int, default=2, help="paired runs of 1 and of --workers workers")
    ap.add_argument("--skip-workers", action="store_true", help="leave out part 4")
    args = ap.parse_args(argv)
    dev = ROOT.parent / "shared" / "dev" / "articles"
    source = dev if dev.is_dir() else ROOT / "corpus"
    base = len(texts_of(source))
    # vnie's modules byte-compiled, as underthesea's are by pip: where Python writes no bytecode
    # (PYTHONDONTWRITEBYTECODE, a read-only checkout) an editable install would compile each run
    import compileall

    compileall.compile_dir(str(ROOT / "pipeline"), quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="vnie-bench-"))
    try:
        print(f"texts: {source} ({base} articles)")
        folder = synthetic_archive(source, tmp / "paired", args.copies)
        n = base * args.copies
        one = tmp / "one"
        one.mkdir()
        first = sorted(folder.iterdir())[0]
        (one / first.name).write_bytes(first.read_bytes())
        # the patterns' cache of this run (vnie.patterns), made by a first run as a user's first run makes it
        os.environ["VNIE_CACHE"] = str(tmp / "cache")
        timed_process(vnie_extract(one))
        print(f"\n1. whole process, {n} articles ({args.copies} distinct copies; compiled patterns cached):")
        paired(folder, n, args.pairs)
        print("\n2. start-up:")
        startup(one)
        print(f"\n3. in one process, {n} articles:")
        in_process(folder)
        if not args.skip_workers:
            copies = -(-args.articles // base)
            big = synthetic_archive(source, tmp / "workers", copies)
            print(f"\n4. workers, {base * copies} articles:")
            workers_run(big, base * copies, args.workers, one, args.worker_pairs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
