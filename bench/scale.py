"""Archive-scale run: memory must stay flat as the archive grows, and a re-run must be cheap.

Builds a synthetic archive of N articles from corpus/ (JSONL crawl files of 1,000 lines,
each article made distinct), ingests it with --workers, and prints, at every tenth of the
way, articles done, articles/s and the memory of the whole process tree (RSS and PSS).
Then ingests the unchanged archive again (the nightly case) and prints its time as a share
of the first run's.

    python bench/scale.py [--articles 100000] [--workers 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from memory import Sampler  # noqa: E402
from vnie.models import Article  # noqa: E402
from vnie.inputs.read import iter_inputs  # noqa: E402


def synthetic_jsonl(dest: Path, n: int, per_file: int = 1000) -> Path:
    arts = [a for a in iter_inputs([ROOT / "corpus"]) if isinstance(a, Article)]
    dest.mkdir(parents=True, exist_ok=True)
    fh = None
    for i in range(n):
        if i % per_file == 0:
            if fh:
                fh.close()
            fh = open(dest / f"crawl-{i // per_file:05d}.jsonl", "w", encoding="utf-8")
        a = arts[i % len(arts)]
        rec = {"url": f"https://bao.example.vn/{i}", "title": a.title, "published": a.published,
               "text": f"{a.text}\n\n(bản {i // len(arts)})"}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return dest


def main(argv=None) -> None:
    from vnie.interfaces.ingest import ingest

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="build the archive and database here and keep them")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="vnie-scale-"))
    try:
        t0 = time.perf_counter()
        archive = synthetic_jsonl(work / "archive", args.articles)
        print(f"archive: {args.articles} articles in {archive} ({time.perf_counter() - t0:.0f}s to write)")
        db_path = work / "scale.db"
        step = max(1, args.articles // 10)
        marks = []

        with Sampler(every=0.5) as mem:
            started = time.perf_counter()

            def on_progress(result):
                if result.articles >= (len(marks) + 1) * step:
                    rss, pss = mem.sample()
                    marks.append((result.articles, time.perf_counter() - started, rss, pss))
                    done, secs = marks[-1][:2]
                    print(f"  {done:>8} articles {secs:8.0f}s {done / secs:7.1f}/s  tree RSS {rss:6.0f} MB"
                          f"  PSS {pss:6.0f} MB", flush=True)

            first = ingest([archive], db_path, workers=args.workers, on_progress=on_progress)
        print(f"first run: {first.counts} in {first.duration:.0f}s = {first.articles / first.duration:.1f} articles/s;"
              f" peak tree RSS {mem.peak_rss:.0f} MB, PSS {mem.peak_pss:.0f} MB")
        if len(marks) >= 2:
            print(f"memory at 10% vs 100%: RSS {marks[0][2]:.0f} -> {marks[-1][2]:.0f} MB,"
                  f" PSS {marks[0][3]:.0f} -> {marks[-1][3]:.0f} MB")
        again = ingest([archive], db_path, workers=args.workers)
        print(f"re-run, unchanged: {again.counts} in {again.duration:.1f}s ="
              f" {100 * again.duration / first.duration:.2f}% of the first run (target < 5%)")
        size = sum(p.stat().st_size for p in work.glob("scale.db*"))
        print(f"database: {size / 1e6:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
