"""Where an article's time goes: each stage of the pipeline, in process, over real articles.

    python bench/stage_profile.py [FOLDER ...] [--repeat 2]

Default folders: ../shared/dev/articles and ../shared/dev2/articles. Prints, per stage, the time
per article, its share of the pipeline and its ratio to underthesea's word segmentation timed in
the same run over the same sentences (the floor every article pays once). The tokenizer's steps
(clean, sentence split, word segmentation, building the Doc) are timed apart, then each component.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def articles(folders):
    from vnie.inputs.read import iter_inputs
    from vnie.models import Article

    return [a for a in iter_inputs(folders) if isinstance(a, Article)]


def profile(arts, repeat: int) -> dict[str, float]:
    """Seconds per stage over ``arts`` (``repeat`` passes, the best kept)."""
    import vnie.stages.segment as segment
    from vnie.language import default_pipeline, make_doc
    from vnie.stages.clean import clean_text

    nlp = default_pipeline()
    tok = nlp.tokenizer
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent: dict[str, float] = defaultdict(float)
        split, words = segment.split_sentences, segment.tokenize

        def timed(name, fn):
            def run(*args, **kwargs):
                t0 = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    spent[name] += time.perf_counter() - t0  # noqa: B023 - called only in this round
            return run

        segment.split_sentences, segment.tokenize = timed("sentence split", split), timed("word segmentation", words)
        try:
            for a in arts:
                t0 = time.perf_counter()
                cleaned = clean_text(a.text)
                t1 = time.perf_counter()
                sentences = segment.segment_text(cleaned.text, tok.rules)
                t2 = time.perf_counter()
                doc = make_doc(tok.vocab, cleaned.text, sentences)
                doc._.article, doc._.clean, doc._.sentences = a, cleaned, sentences
                t3 = time.perf_counter()
                spent["clean"] += t1 - t0
                spent["segment (the rest)"] += (t2 - t1)
                spent["doc"] += t3 - t2
                for name, proc in nlp.pipeline:
                    t = time.perf_counter()
                    proc(doc)
                    spent[name] += time.perf_counter() - t
        finally:
            segment.split_sentences, segment.tokenize = split, words
        spent["segment (the rest)"] -= spent["sentence split"] + spent["word segmentation"]
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
    return best


def each_sentence(arts, fn) -> float:
    """Seconds ``fn`` takes over every sentence of ``arts``, split as vnie splits (lines, then
    underthesea's ``sent_tokenize``)."""
    from underthesea import sent_tokenize

    t0 = time.perf_counter()
    for a in arts:
        for par in a.text.split("\n"):
            if par.strip():
                for s in sent_tokenize(par):
                    fn(s)
    return time.perf_counter() - t0


def tokeniser_alone(arts, repeat: int) -> float:
    """Seconds underthesea takes to split and segment the same texts by itself (the floor)."""
    from underthesea import word_tokenize

    return min(each_sentence(arts, word_tokenize) for _ in range(repeat))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    folders = args.folders or [p for p in (ROOT.parent / "shared" / "dev" / "articles",
                                           ROOT.parent / "shared" / "dev2" / "articles") if p.is_dir()]
    if not folders:
        sys.exit("bench/stage_profile.py: no folder to profile (../shared is not beside the project)")
    arts = articles(folders)
    from vnie.language import extract

    extract(arts[0])  # load the models and rules first
    spent = profile(arts, args.repeat)
    total = sum(spent.values())
    floor = tokeniser_alone(arts, args.repeat)
    print(f"underthesea sent_tokenize + word_tokenize alone, same texts: {1000 * floor / len(arts):.1f} ms/article")
    print(f"{len(arts)} articles from {', '.join(map(str, folders))}: {1000 * total / len(arts):.1f} ms/article")
    print(f"{'stage':<22}{'ms/article':>12}{'share':>8}{'x tokeniser alone':>22}")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{name:<22}{1000 * seconds / len(arts):>12.2f}{100 * seconds / total:>7.1f}%{seconds / floor:>22.2f}")
    print(f"{'pipeline':<22}{1000 * total / len(arts):>12.2f}{100.0:>7.1f}%{total / floor:>22.2f}")


if __name__ == "__main__":
    main()
