"""Person names against a public NER test set: precision, recall and F1 of every occurrence, by kind of name.

    python bench/ner_eval.py DATA [--format vlsp2016|phoner] [--doc N] [--exclude ner] [--crf] [--errors FILE]

DATA is a CoNLL file or a folder holding one: VLSP 2016 NER (``test.txt``: word, POS, chunk, NER
tag; a word's syllables joined by spaces) or PhoNER_COVID19 (``test_syllable.conll``: syllable,
tag; ``NAME`` is a person, but only a patient or a contact of one, mostly initials: the officials
and doctors a news text names are not tagged there, so its precision says little about vnie's).
These are research sets under their own licences: keep them outside the repository; nothing here is trained on them, and they are never committed.

Each sentence is rebuilt as text (words joined by spaces, no space before closing punctuation)
and given to vnie as an article of its own (``--doc N``: N sentences in a row make one article,
so later mentions can link to a full name). A gold person is every B-/I-PER (NAME) span; vnie's
are the people it extracts, each occurrence counted: the first (``start``/``end``) and every
mention. ``--names`` scores instead the ``PER`` entities on the Doc (``doc.ents``): the same,
and the given names alone that no full name in the article explains ("ông Tùng"), as a tagger
gives them. A span counts when its
characters are exactly the gold span's.

Kinds of name (the issue's breakdown; a gold span is sorted by its own text and the word before it):
  vn3-known       Vietnamese, 3+ syllables, first syllable a listed surname
  vn2-known       Vietnamese, 2 syllables, first syllable a listed surname
  vn2-unknown     Vietnamese, 2 syllables, no listed surname (stage and pen names, rare surnames)
  vn3-unlisted    Vietnamese, 3+ syllables, surname not listed; Tây Nguyên names (Y, H', K', Ksor …)
  given-honorific one Vietnamese syllable after an honorific ("ông Tùng")
  given-bare      one Vietnamese syllable, no honorific
  foreign         a syllable that cannot be Vietnamese ("Putin", "Park Hang-seo")
  initials        initials ("N.V.A", "H.")

``--surnames FILE`` fixes the list the kinds are sorted by (default: the rules in use), so that
two runs of different code compare the same kinds. ``--crf`` also scores underthesea's bundled
CRF ``ner`` alone over the same sentences, for reference.
"""
from __future__ import annotations

import argparse
import re
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HONORIFICS = {"ông", "bà", "anh", "chị", "cô", "chú", "thầy", "cụ", "bác", "em", "bé", "cháu", "cậu", "o",
              "đồng chí", "ngài", "lão", "mụ", "thím", "dì", "mợ", "bố", "mẹ", "cha", "con"}
TAY_NGUYEN = ("Y ", "H'", "K'", "Ksor", "Rơ ", "Siu", "Nay ", "Rmah", "Kpă", "Êban", "Niê", "A ")
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "”", "…", "...", "%"}
NO_SPACE_AFTER = {"(", "[", "“"}


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (word, tag) pairs: the first and the last column of each line."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cols = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        word = cols[0].replace("_", " ").strip()
        tag = cols[-1].strip()
        if word:
            cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def find_data(data: Path, fmt: str | None) -> tuple[Path, str]:
    if data.is_file():
        return data, fmt or ("phoner" if "syllable" in data.name else "vlsp2016")
    for name, kind in (("test.txt", "vlsp2016"), ("test_syllable.conll", "phoner")):
        hits = sorted(data.rglob(name))
        if hits and (fmt in (None, kind)):
            return hits[0], kind
    raise SystemExit(f"no test.txt (VLSP 2016) or test_syllable.conll (PhoNER) under {data}")


def rebuild(sent: list[tuple[str, str]], person_tag: str) -> tuple[str, list[tuple[int, int]], list[str]]:
    """The sentence as text, the character spans of its gold persons, and each person's preceding word."""
    text, offsets = "", []
    for k, (word, _) in enumerate(sent):
        if text and word not in NO_SPACE_BEFORE and sent[k - 1][0] not in NO_SPACE_AFTER:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    spans, before = [], []
    k = 0
    while k < len(sent):
        tag = sent[k][1]
        if tag == f"B-{person_tag}" or tag == f"I-{person_tag}" and (k == 0 or not sent[k - 1][1].endswith(person_tag)):
            j = k + 1
            while j < len(sent) and sent[j][1] == f"I-{person_tag}":
                j += 1
            spans.append((offsets[k][0], offsets[j - 1][1]))
            before.append(sent[k - 1][0] if k else "")
            k = j
        else:
            k += 1
    return text, spans, before


# one Vietnamese syllable, tones left out (kept here, not imported, so that any version of vnie can be measured)
VIET_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$")
TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def is_vietnamese_syllable(word: str) -> bool:
    base = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.casefold()).translate(TONES))
    return bool(VIET_SYLLABLE.match(base))


def kind_of(name: str, before: str, surnames: set[str]) -> str:
    words = name.split()
    if not words:  # a span of spaces or punctuation only (the CRF tags some): sorted with initials
        return "initials"
    if any("." in w for w in words) or name.isupper() and len(name) <= 4:
        return "initials"
    if name.startswith(TAY_NGUYEN) and len(words) >= 2:
        return "vn3-unlisted"
    if not all(is_vietnamese_syllable(w.strip("'’")) for w in words):
        return "foreign"
    known = words[0] in surnames or " ".join(words[:2]) in surnames
    if len(words) == 1:
        return "given-honorific" if before.casefold() in HONORIFICS else "given-bare"
    if len(words) == 2:
        return "vn2-known" if known else "vn2-unknown"
    return "vn3-known" if known else "vn3-unlisted"


def vnie_spans(nlp, text: str, names_view: bool) -> set[tuple[int, int]]:
    from vnie.inputs.read import article_from_text

    article = article_from_text(text, source="<eval>")
    doc = nlp(nlp.tokenizer.from_article(article))
    if names_view:
        to_orig = doc._.clean.to_original
        return {to_orig(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"}
    out = set()
    for p in doc._.extraction.people:
        out.add((p.start, p.end))
        out.update((m.start, m.end) for m in p.mentions)
    return out


def crf_spans(text: str) -> set[tuple[int, int]]:
    """underthesea's bundled CRF ner alone, its PER spans located in the text."""
    from underthesea import ner

    out, pos, start = set(), 0, None
    end = 0
    for word, *_, tag in ner(text) + [("", "O")]:
        at = text.find(word, pos) if word else len(text)
        if at < 0:
            at = pos
        if start is not None and tag != "I-PER":
            out.add((start, end))
            start = None
        if tag == "B-PER" or tag == "I-PER" and start is None:
            start = at
        if word:
            pos = end = at + len(word)
    return out


def score(rows) -> tuple[int, int, int]:
    tp = sum(r[0] for r in rows)
    return tp, sum(r[1] for r in rows), sum(r[2] for r in rows)


def prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:6.3f} {r:6.3f} {f:6.3f}"


def evaluate(docs, predict, surnames, errors=None):
    """docs: (text, gold spans, words before). Returns overall and per-kind counts and the time taken."""
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    t0 = time.perf_counter()
    for text, gold, before in docs:
        pred = predict(text)
        gold_set = set(gold)
        for (s, e), b in zip(gold, before):
            k = kind_of(text[s:e], b, surnames)
            by_kind[k][2] += 1
            by_kind[k][0] += (s, e) in pred
        gold_kind = {span: kind_of(text[span[0]:span[1]], b, surnames) for span, b in zip(gold, before)}
        for s, e in pred:
            prev = text[:s].split()[-2:]
            prev = " ".join(prev) if " ".join(prev).casefold() in HONORIFICS else prev[-1] if prev else ""
            by_kind[gold_kind.get((s, e)) or kind_of(text[s:e], prev, surnames)][1] += 1
        if errors is not None:
            for s, e in sorted(pred - gold_set):
                errors.write(f"FP\t{text[s:e]}\t{text}\n")
            for s, e in sorted(gold_set - pred):
                errors.write(f"FN\t{text[s:e]}\t{text}\n")
    return by_kind, time.perf_counter() - t0


def report(label: str, by_kind, seconds: float, n: int) -> None:
    tp, npred, ngold = (sum(v[i] for v in by_kind.values()) for i in range(3))
    print(f"\n{label}: {n} documents, {seconds:.1f} s ({1000 * seconds / max(n, 1):.2f} ms each)")
    print(f"  {'kind':<16} {'gold':>5} {'pred':>5} {'tp':>5}      P      R     F1")
    print(f"  {'all':<16} {ngold:5d} {npred:5d} {tp:5d} {prf(tp, npred, ngold)}")
    for k in sorted(by_kind, key=lambda k: -by_kind[k][2]):
        t, p_, g = by_kind[k]
        print(f"  {k:<16} {g:5d} {p_:5d} {t:5d} {prf(t, p_, g)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--format", choices=["vlsp2016", "phoner"])
    ap.add_argument("--doc", type=int, default=1, help="sentences in a row that make one article")
    ap.add_argument("--exclude", action="append", default=[], help="a vnie stage to leave out (e.g. ner)")
    ap.add_argument("--names", action="store_true", help="score the PER entities of the Doc, not the people records")
    ap.add_argument("--crf", action="store_true", help="also score underthesea's CRF ner alone")
    ap.add_argument("--surnames", type=Path, help="the surname list the kinds are sorted by")
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    ap.add_argument("--errors", type=Path, help="write false positives and negatives here")
    args = ap.parse_args(argv)

    import vnie
    from vnie.ruleset import load_lines, load_rules

    path, fmt = find_data(args.data, args.format)
    sents = read_conll(path)[: args.limit]
    person = "NAME" if fmt == "phoner" else "PER"
    surnames = set(load_lines(args.surnames)) if args.surnames else load_rules().surnames
    docs = []
    for k in range(0, len(sents), args.doc):
        group = [rebuild(s, person) for s in sents[k:k + args.doc]]
        text, gold, before = "", [], []
        for t, spans, b in group:
            base = len(text) + (1 if text else 0)
            text = f"{text}\n{t}" if text else t
            gold += [(s + base, e + base) for s, e in spans]
            before += b
        docs.append((text, gold, before))
    print(f"{path} ({fmt}): {len(sents)} sentences, {sum(len(d[1]) for d in docs)} person occurrences; "
          f"vnie from {Path(vnie.__file__).parent}")
    nlp = vnie.load(exclude=args.exclude)
    vnie_spans(nlp, docs[0][0], args.names)  # load the models before timing
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    by_kind, seconds = evaluate(docs, lambda t: vnie_spans(nlp, t, args.names), surnames, errors)
    view = "doc.ents PER" if args.names else "people"
    report(f"vnie ({view}; excluded: {', '.join(args.exclude) or 'none'})", by_kind, seconds, len(docs))
    if args.crf:
        crf_spans(docs[0][0])
        by_kind, seconds = evaluate(docs, crf_spans, surnames)
        report("underthesea CRF ner alone", by_kind, seconds, len(docs))
    if errors:
        errors.close()


if __name__ == "__main__":
    main()
