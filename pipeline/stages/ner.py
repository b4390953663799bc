"""NER stage: underthesea's bundled CRF tagger, run only where the rules left a name unexplained.

The names stage explains most capitalised runs (a name by its surname or its cue, a place, a
title, a company). What is left, a *loose* run ("Bruno Fernandes dự bị", "quê của Hoàng Anh"),
goes to the statistical tagger: underthesea's CRF models for part of speech, chunks and named
entities, bundled with it and offline (its deep models are never used). They run on a window of
the sentence's own words around the run (the models' features reach two words either side, the
chain six), so a sentence of fifty words costs a dozen. A ``PER`` span the tagger gives over a
loose run becomes a name (rule ``ner``) when the names stage's guards let it through and the
tagger is sure enough (the marginal probability of a person at each of its words); its
confidence is that probability. Then the article's short forms and lists are linked again, so
"Putin" finds "Vladimir Putin" the tagger found.

The features are computed here rather than by underthesea's own transformer (the same feature
strings, checked by the tests, without its quadratic cost per sentence).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..ruleset import Rules
from .names import NameRules, _foreign, guarded, leftovers, link_article, name_rules, tiled_by_words
from .state import NameRun, NameSpan, Sentence

WINDOW = 6  # words either side of a loose run given to the tagger (what its features reach, through the chain)
MIN_FOREIGN = 0.5  # least mean marginal of a person for a foreign name ("Bruno Fernandes")
MIN_VIETNAMESE = 0.8  # and for a Vietnamese one without a cue, a surname not listed ("Hoàng Anh")
TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.(\w+))?")


def _istitle(word: str) -> str:
    return str(bool(word) and all(part[:1].istitle() for part in word.split(" ")))


FUNCTIONS = {"lower": str.lower, "istitle": _istitle, "isdigit": lambda w: str(w.isdigit())}


def compile_template(template: list[str]) -> list[tuple]:
    """underthesea's feature templates ("T[-1].lower", "T[0,1][1]") as (prefix, from, to, column, function)."""
    out = []
    for t in template:
        m = TEMPLATE.fullmatch(t)
        if m is None:
            raise ValueError(f"an underthesea feature template vnie cannot read: {t!r}")
        a, b, col, fn = m.groups()
        out.append((f"{t}=", int(a), None if b is None else int(b), int(col or 0), FUNCTIONS[fn] if fn else None))
    return out


def features(rows: list[tuple], template: list[tuple]) -> list[list[str]]:
    """The feature strings of each row, as underthesea's ``TaggedTransformer`` writes them
    (each column's values transformed once, not once per template and row)."""
    n = len(rows)
    columns = list(zip(*rows))
    cells: dict = {}
    for _, _, b, col, fn in template:
        if b is None and (col, fn) not in cells:
            cells[col, fn] = [fn(v) for v in columns[col]] if fn else columns[col]
    out = []
    for i in range(n):
        feats = []
        for prefix, a, b, col, fn in template:
            if i + a < 0:
                feats.append(prefix + "BOS")
            elif i + a >= n or b is not None and i + b >= n:
                feats.append(prefix + "EOS")
            elif b is None:
                feats.append(prefix + cells[col, fn][i + a])
            else:
                value = " ".join(columns[col][i + a:i + b + 1])
                feats.append(prefix + (fn(value) if fn else value))
        out.append(feats)
    return out


class CRFChain:
    """underthesea's bundled CRF models: POS tags, then chunks, then named entities."""

    def __init__(self):
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        self.steps = []
        for predictor in (CRFPOSTagPredictor, CRFChunkingPredictor, CRFNERPredictor):
            p = predictor.Instance()
            self.steps.append((p.model, compile_template(p.transformer.template)))
        ner_model = self.steps[-1][0]
        labels = ner_model.labels()
        self.person = [labels.index("B-PER"), labels.index("I-PER")]

    def tag(self, words: list[str]) -> list[tuple[str, float]]:
        """Each word's entity tag and the probability that it is part of a person's name."""
        rows: list[tuple] = [(w, "X") for w in words]
        (pos, pos_t), (chunk, chunk_t), (ner, ner_t) = self.steps
        tags = pos.tag(features(rows, pos_t))
        rows = [(w, t, "X") for w, t in zip(words, tags)]
        chunks = chunk.tag(features(rows, chunk_t))
        rows = [(w, t, c, "X") for w, t, c in zip(words, tags, chunks)]
        x = features(rows, ner_t)
        labels = ner.tag(x)
        if not any(label.endswith("PER") for label in labels):
            return [(label, 0.0) for label in labels]
        marginals = ner.marginals(x)
        return [(label, sum(m[k] for k in self.person)) for label, m in zip(labels, marginals)]


@lru_cache(maxsize=1)
def crf_chain() -> CRFChain:
    return CRFChain()


def extract_ner_names(sentences: list[Sentence], names: dict[int, list[NameSpan]], rules: Rules,
                      left: dict | None = None) -> dict[int, list[NameSpan]]:
    """``names`` with the people the tagger finds over the loose runs, short forms linked again.
    ``left``: what the names stage left (``names.extract_names``); read again from the sentences when None."""
    nr = name_rules(rules)
    left = left if left is not None else leftovers(sentences, nr)
    out = {index: list(found) for index, found in names.items()}
    loose: dict[int, list[NameRun]] = {}
    for sent in sentences:
        found = out.get(sent.index, [])
        targets = [r for r in left["loose"].get(sent.index, []) if not _overlaps(r.start, r.end, found)]
        weak = [n for n in found if n.confidence < 0.5 and not n.short]
        if not targets and not weak:
            continue
        tagged = tag_sentence(sent, targets, weak, nr)
        taken = tagged
        out[sent.index] = sorted([n for n in found if not any(_same(n, t) for t in taken)] + taken,
                                 key=lambda n: n.start)
        loose[sent.index] = [r for r in targets if not _overlaps(r.start, r.end, taken)]
    return link_article(sentences, out, loose, left["refused"], nr)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _same(a: NameSpan, b: NameSpan) -> bool:
    return a.start == b.start and a.end == b.end


def tag_sentence(sent: Sentence, targets: list[NameRun], weak: list[NameSpan], nr: NameRules) -> list[NameSpan]:
    """The tagger's people over ``targets`` (loose runs) and ``weak`` names (two syllables, a
    listed surname, no cue), in windows of the sentence's words around them."""
    toks = sent.tokens
    wanted = [(r.start, r.end, r) for r in targets] + [(n.start, n.end, n) for n in weak]
    out = []
    for first, last in _windows(toks, [(s, e) for s, e, _ in wanted]):
        words = [sent.text[a:b] for a, b in toks[first:last]]
        tags = crf_chain().tag(words)
        for s, e, item in wanted:
            if not toks[first][0] <= s < toks[last - 1][1]:
                continue
            probs = [(a, b, p) for (a, b), (_, p) in zip(toks[first:last], tags) if a < e and s < b]
            name = _accept(sent.text, item, probs, nr)
            if name:
                out.append(name)
    return out


def _trim(item, probs) -> tuple[int, int] | None:
    """The syllables of ``item`` inside the words the tagger gives to a person, the words at
    either end it does not ("Nga Vladimir Putin": "Vladimir Putin"); None if a word inside is not."""
    while probs and probs[0][2] < 0.5:
        probs = probs[1:]
    while probs and probs[-1][2] < 0.5:
        probs = probs[:-1]
    if not probs or min(p for _, _, p in probs) < 0.5:
        return None
    sylls = item.syl[item.i:item.j] if isinstance(item, NameRun) else None
    if sylls is None:
        return (item.start, item.end) if probs[0][0] <= item.start and item.end <= probs[-1][1] else None
    inside = [k for k, (a, b) in enumerate(sylls) if probs[0][0] <= a and b <= probs[-1][1]]
    return (inside[0], inside[-1] + 1) if inside else None


def _windows(toks, spans) -> list[tuple[int, int]]:
    """Token ranges [first, last) around each span, merged where they meet."""
    ranges: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        inside = [k for k, (a, b) in enumerate(toks) if a < e and s < b]
        if not inside:
            continue
        first, last = max(0, inside[0] - WINDOW), min(len(toks), inside[-1] + 1 + WINDOW)
        if ranges and first <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], last))
        else:
            ranges.append((first, last))
    return ranges


def _accept(text: str, item, probs: list[tuple[int, int, float]], nr: NameRules) -> NameSpan | None:
    """A name where the tagger is sure enough that each word of it is part of a person's name."""
    span = _trim(item, probs)
    if span is None:
        return None
    kept = [p for a, b, p in probs if p >= 0.5]
    conf = round(sum(kept) / len(kept), 3)
    if isinstance(item, NameSpan):  # a weak name: two syllables, a listed surname, no cue
        if conf < MIN_VIETNAMESE or tiled_by_words(item.text.split()):
            return None
        return NameSpan(item.start, item.end, item.text, honorific=item.honorific, rule="ner", confidence=conf)
    i, j = item.i + span[0], item.i + span[1]
    while j - i > 1 and item.words[i] in nr.world_places:
        i += 1  # "của Nhật Ogimura": the country is not the name
    if _foreign(item.name_words) and 2 * (j - i) >= item.j - item.i:
        j = item.j  # "Kwon Sang | Woo": the tagger's words split a foreign name; the run holds it
    run = NameRun(item.syl, item.words, i=i, j=j, cue=item.cue, clause_start=item.clause_start)
    words = run.name_words
    foreign = _foreign(words)
    if conf < (MIN_FOREIGN if foreign else MIN_VIETNAMESE) or span != (0, item.j - item.i) and guarded(text, run, nr):
        return None
    if len(words) == 1:
        return None  # one word ("Chelsea", "Eximbank", "Fred"): the tagger cannot tell a club or a firm
    if not foreign and (len(words) < 2 or tiled_by_words(words)):
        return None  # "Thanh Bình" is also a word: a Vietnamese name needs its surname, a cue or a list
    if " ".join(words) in nr.places or any(w in nr.world_places for w in words):
        return None  # "Điện Kremlin": a place in the name
    return NameSpan(run.start, run.end, text[run.start:run.end], rule="ner", confidence=conf)
