"""Word segmentation with underthesea's own CRF model, its features built here.

underthesea's ``word_tokenize`` runs three steps: a regex pre-tokeniser splits the sentence
into syllables, ``underthesea_core.CRFFeaturizer`` (Rust) turns each syllable into 43 feature
strings ("T[-1,0].lower=tổ chức", "T[0].is_in_dict=True" …), and ``CRFTagger`` labels each
syllable B-W or I-W. On vnie's text the featurizer is about 70% of that time: it builds every
string anew, 43 per syllable, and hands each to Python.

Here the model, its dictionary, the tagger and the pre-tokeniser's pattern are underthesea's;
the features are built differently, to the same strings, and the pre-tokeniser does less work
per token (:class:`PreTokenizer`, the same tokens):

* a template reads an n-gram at an offset ("T[-1,0]" is the bigram starting one back), so the
  strings of every template of length n are built once per n-gram, in one *row*;
* a syllable's row (5 + 5 + 3 + 5 + 5 strings of this model) is kept in a bounded cache:
  the syllables of a language repeat, so most rows are found, not built;
* a syllable's features are then picked from the rows of the n-grams around it, in the
  template order, by a function generated once from the template list.

The semantics follow underthesea_core's featurizer: an n-gram that starts before the
sentence is "BOS", one that ends after it "EOS"; ``lower`` and ``is_in_dict`` (the lowercased
n-gram in the dictionary) as named; ``isdigit`` is "parses as a 32-bit integer"; ``istitle``
is "each space-separated part starts with a character that upper-casing leaves unchanged".
``tests/test_wordseg.py`` checks the strings equal underthesea_core's and the words equal
``word_tokenize``'s. Where the model is not the one this reads (another underthesea, a
template it does not know), :func:`segmenter` is None and the caller uses ``word_tokenize``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?\Z")
_INT32 = re.compile(r"[+-]?[0-9]+\Z")
MODEL = "ws_crf_vlsp2013_20230727"


def _isdigit(text: str) -> bool:
    return bool(_INT32.match(text)) and -2**31 <= int(text) < 2**31


def _istitle(text: str) -> bool:
    return all(p[:1] == p[:1].upper() for p in text.split(" "))


class Featurizer:
    """The feature strings of underthesea_core's ``CRFFeaturizer`` for one column of tokens.

    ``templates``: the model's feature templates ("T[-2]", "T[0,1].lower" …); ``dictionary``:
    its set of lowercased words. ``limit`` bounds the cache of syllables (a full cache is emptied).
    """

    def __init__(self, templates: list[str], dictionary, limit: int = 20_000):
        parsed = []
        for t in templates:
            m = _TEMPLATE.match(t)
            if not m:
                raise ValueError(f"feature template {t!r} is not one this featurizer reads")
            o1 = int(m[1])
            o2 = int(m[2]) if m[2] is not None else o1
            if o2 < o1:
                raise ValueError(f"feature template {t!r} reads backwards")
            parsed.append((t, o1, o2 - o1 + 1, m[3]))
        self.dictionary = dictionary
        self.limit = limit
        self.lengths = sorted({n for _, _, n, _ in parsed})
        # per n-gram length: the templates of that length, in order (their slot in a row)
        self.members = {n: [p for p in parsed if p[2] == n] for n in self.lengths}
        self.bos = {n: tuple(f"{t}=BOS" for t, *_ in self.members[n]) for n in self.lengths}
        self.eos = {n: tuple(f"{t}=EOS" for t, *_ in self.members[n]) for n in self.lengths}
        self.low = min(o1 for _, o1, _, _ in parsed)
        self.high = max(o1 for _, o1, _, _ in parsed)
        # a syllable's row of one-syllable templates and its istitle, which n-grams derive theirs from
        self.known: dict[str, tuple[tuple | None, bool]] = {}
        # the (length, offset) groups a syllable reads, and its features as picks from them
        self.groups = sorted({(n, o1) for _, o1, n, _ in parsed})
        slot = {t: k for n in self.lengths for k, (t, *_) in enumerate(self.members[n])}
        picks = ", ".join(f"g{self.groups.index((n, o1))}[{slot[t]}]" for t, o1, n, _ in parsed)
        names = ", ".join(f"g{k}" for k in range(len(self.groups)))
        self._assemble = _generated(
            f"def assemble({names}):\n"
            f"    return [[{picks}] for {names} in zip({names})]\n", "assemble")
        self._rows = {n: self._row_builder(n) for n in self.lengths}

    def _row_builder(self, n: int) -> Callable[[str, bool], tuple]:
        """``row(text, title)``: the strings of every template of length ``n`` over the n-gram
        ``text``; ``title`` is its ``istitle``, which the caller has from the syllables' own (an
        n-gram is title when each of its syllables is)."""
        values = []
        consts: dict[str, tuple[str, str]] = {}
        for k, (t, _, _, fn) in enumerate(self.members[n]):
            if fn is None:
                values.append(f"P{k} + text")
            elif fn == "lower":
                values.append(f"P{k} + low")
            else:
                consts[f"C{k}"] = (f"{t}=False", f"{t}=True")  # the same two strings, shared
                # an n-gram of two or more holds a space, so never parses as an integer
                digit = "digit(text)" if n == 1 else "False"
                test = {"isdigit": digit, "istitle": "title", "is_in_dict": "(low in words)"}[fn]
                values.append(f"C{k}[{test}]")
        scope: dict[str, object] = {f"P{k}": f"{t}=" for k, (t, *_) in enumerate(self.members[n])}
        scope.update(consts)
        scope.update(digit=_isdigit, words=self.dictionary)
        body = ", ".join(values) + ("," if len(values) == 1 else "")
        return _generated(f"def row(text, title):\n    low = text.lower()\n    return ({body})\n", "row", scope)

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """The features of each token, as ``CRFFeaturizer.process([[[t] for t in tokens]])[0]``."""
        count, low, high = len(tokens), self.low, self.high
        known, unigram = self.known, self._rows.get(1)
        if len(known) > self.limit:
            known.clear()
        entries = []
        for token in tokens:
            entry = known.get(token)
            if entry is None:
                flag = _istitle(token)
                entry = known[token] = (unigram(token, flag) if unigram else None, flag)
            entries.append(entry)
        flags = [flag for _, flag in entries]
        rows: dict[int, list] = {}
        for n in self.lengths:
            build = self._rows[n]
            found: list = [self.bos[n]] * -low if low < 0 else []
            if n == 1:
                found.extend(row for row, _ in entries)
            else:
                for j in range(count - n + 1):
                    found.append(build(" ".join(tokens[j:j + n]), all(flags[j:j + n])))
            found.extend([self.eos[n]] * (count + high + max(-low, 0) - len(found) + 1))
            rows[n] = found
        shift = -low if low < 0 else 0
        return self._assemble(*(rows[n][o1 + shift:o1 + shift + count] for n, o1 in self.groups))


def _generated(source: str, name: str, scope: dict | None = None):
    """A function compiled from ``source`` (as ``collections.namedtuple`` does): here the picks
    and concatenations of a fixed template list, spelled out once instead of looped over."""
    namespace = dict(scope or {})
    exec(compile(source, f"<vnie.wordseg {name}>", "exec"), namespace)  # noqa: S102 - built from the template list above
    return namespace[name]


class PreTokenizer:
    """underthesea's regex pre-tokeniser (``regex_tokenize.tokenize(text)``), to the same tokens,
    with less work per token: each match's text is its token (every alternative of underthesea's
    pattern is one named group around the whole match, so the first group ``extract_match`` finds
    is the match itself), and ``token_normalize``, a pure function of the token that walks the
    character map for every short token, is kept per token in a bounded cache. Its pattern is
    read from underthesea's module at each call, as ``tokenize`` reads it."""

    def __init__(self, limit: int = 50_000):
        from underthesea.pipeline.text_normalize import token_normalize
        from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
        from underthesea.pipeline.word_tokenize import regex_tokenize

        self.module, self.limit = regex_tokenize, limit
        self.normalize_text, self.normalize_token = normalize_characters_in_text, token_normalize
        self.known: dict[str, str] = {}

    def __call__(self, text: str) -> list[str]:
        known, normalize = self.known, self.normalize_token
        if len(known) > self.limit:
            known.clear()
        out = []
        for m in self.module.patterns.finditer(self.normalize_text(text)):
            token = m.group()
            done = known.get(token)
            if done is None:
                done = known[token] = normalize(token)
            out.append(done)
        return out


def _load_pickle(path: Path):
    """A pickle of underthesea's model folder, read by the C unpickler (joblib's reader, which
    underthesea uses, is the pure-Python one: 0.12 s against 0.03 s for the dictionary);
    joblib where the file is one of its own containers."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # noqa: S301 - underthesea's bundled model, as joblib would load it
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        import joblib

        return joblib.load(path)


class Segmenter:
    """``words(sentence)``: what underthesea's ``word_tokenize(sentence)`` returns."""

    def __init__(self, folder: Path):
        from underthesea_core import CRFTagger

        self.tagger = CRFTagger()
        self.tagger.load(str(folder / "models.bin"))
        self.featurizer = Featurizer(_load_pickle(folder / "features.bin"), _load_pickle(folder / "dictionary.bin"))
        self.tokenize = PreTokenizer()

    def words(self, sentence: str) -> list[str]:
        tokens = self.tokenize(sentence)
        if not tokens:
            return []
        tags = self.tagger.tag(self.featurizer.sentence(tokens))
        out: list[str] = []
        for tag, token in zip(tags, tokens):
            if tag == "I-W" and out:
                out[-1] = out[-1] + " " + token
            else:
                out.append(token)
        return out


@lru_cache(maxsize=1)
def segmenter() -> Segmenter | None:
    """underthesea's word segmentation model with the features built here, or None where the
    installed underthesea ships another model (the caller then runs ``word_tokenize``)."""
    try:
        import underthesea.pipeline.word_tokenize as wt

        folder = Path(wt.__file__).parent / "models" / MODEL
        if not (folder / "models.bin").is_file():
            return None
        return Segmenter(folder)
    except (ImportError, ValueError, OSError):
        return None
