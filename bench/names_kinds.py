"""Person names on our own general-news sentences: precision, recall and F1 by kind of name and by construction.

    python bench/names_kinds.py [--data tests/data/names_kinds.tsv] [--errors] [--repeat 3]

The sentences (``tests/data/names_kinds.tsv``, written by us) hold foreign players, coaches and
leaders, pen and stage names, defendants, minority and Tây Nguyên names, surnames the list lacks,
given names alone after an honorific, and many confusable negatives (clubs, countries, companies,
schools and streets named after people, works, months). Rows with the same article id are one
article. Every occurrence of a listed name in its sentence is a gold span; vnie's are the people
it extracts, each occurrence counted (the first and every mention), as ``bench/ner_eval.py``
counts them, and sorted into the same kinds of name (``ner_eval.kind_of``). The set is run twice,
with and without the ner stage: the difference is what the ner stage adds, in names and in time
per article.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ner_eval import HONORIFICS, kind_of, prf, vnie_spans  # noqa: E402


def read_table(path: Path) -> list[tuple[str, list[tuple[str, str, list[str]]]]]:
    """The articles of the table: (id, [(construction, sentence, names)])."""
    out: list[tuple[str, list]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        art, construction, sentence, *rest = line.split("\t")
        names = [n for n in (rest[0] if rest else "").split("|") if n]
        if not out or out[-1][0] != art:
            out.append((art, []))
        out[-1][1].append((construction, sentence, names))
    return out


def gold_spans(sentence: str, names: list[str], base: int) -> list[tuple[int, int]]:
    """Every occurrence of each name in the sentence, the longer names first, none overlapping."""
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        found = False
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", sentence):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append(m.span())
                found = True
        if not found:
            raise ValueError(f"{name!r} is not in {sentence!r}")
    return sorted((s + base, e + base) for s, e in taken)


def documents(table):
    """(text, [(start, end, construction)] of its names, [(start, end, construction)] of its sentences) per article."""
    docs = []
    for _, rows in table:
        text, gold, spans = "", [], []
        for construction, sentence, names in rows:
            base = len(text) + (1 if text else 0)
            text = f"{text}\n{sentence}" if text else sentence
            gold += [(s, e, construction) for s, e in gold_spans(sentence, names, base)]
            spans.append((base, base + len(sentence), construction))
        docs.append((text, gold, spans))
    return docs


def before_word(text: str, s: int) -> str:
    prev = text[:s].split()[-2:]
    joined = " ".join(prev)
    return joined if joined.casefold() in HONORIFICS else prev[-1] if prev else ""


def run(docs, nlp, surnames, repeat: int, errors: bool):
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_cons: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    best = float("inf")
    preds = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        preds = [vnie_spans(nlp, text, False) for text, _, _ in docs]
        best = min(best, time.perf_counter() - t0)
    for (text, gold, rows), pred in zip(docs, preds):
        gold_at = {(s, e): c for s, e, c in gold}
        for (s, e), c in gold_at.items():
            k = kind_of(text[s:e], before_word(text, s), surnames)
            by_kind[k][2] += 1
            by_kind[k][0] += (s, e) in pred
            by_cons[c][2] += 1
            by_cons[c][0] += (s, e) in pred
        for s, e in pred:
            c = gold_at.get((s, e)) or next(c for start, end, c in rows if start <= s < end)
            by_kind[kind_of(text[s:e], before_word(text, s), surnames)][1] += 1
            by_cons[c][1] += 1
            if errors and (s, e) not in gold_at:
                print(f"  FP\t{text[s:e]}\t{text}")
        if errors:
            for (s, e) in sorted(set(gold_at) - pred):
                print(f"  FN\t{text[s:e]}\t{text}")
    return by_kind, by_cons, best / len(docs)


def table(label: str, counts) -> None:
    tp, npred, ngold = (sum(v[i] for v in counts.values()) for i in range(3))
    print(f"  {label:<18} {'gold':>5} {'pred':>5} {'tp':>5}      P      R     F1")
    print(f"  {'all':<18} {ngold:5d} {npred:5d} {tp:5d} {prf(tp, npred, ngold)}")
    for k in sorted(counts):
        t, p_, g = counts[k]
        print(f"  {k:<18} {g:5d} {p_:5d} {t:5d} {prf(t, p_, g)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "names_kinds.tsv")
    ap.add_argument("--errors", action="store_true", help="print false positives and negatives")
    ap.add_argument("--repeat", type=int, default=3, help="passes timed, the best kept")
    args = ap.parse_args(argv)

    import vnie
    from vnie.ruleset import load_rules

    docs = documents(read_table(args.data))
    surnames = load_rules().surnames
    print(f"{args.data}: {len(docs)} articles, {sum(len(g) for _, g, _ in docs)} person occurrences")
    timings = {}
    for label, exclude in (("without ner", ["ner"]), ("vnie", [])):
        nlp = vnie.load(exclude=exclude)
        vnie_spans(nlp, docs[0][0], False)
        print(f"\n{label}:")
        by_kind, by_cons, seconds = run(docs, nlp, surnames, args.repeat, args.errors and not exclude)
        timings[label] = seconds
        table("kind", by_kind)
        table("construction", by_cons)
    print(f"\nms per article: {1000 * timings['vnie']:.2f} (without ner {1000 * timings['without ner']:.2f}; "
          f"ner adds {1000 * (timings['vnie'] - timings['without ner']):.2f})")


if __name__ == "__main__":
    main()
