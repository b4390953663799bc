"""Segment stage: paragraphs, sentences and words (underthesea), the tokens of vnie's spaCy ``Doc``.

Paragraphs are split on line breaks first (underthesea's ``sent_tokenize`` does not split
on blank lines), then sentences with ``sent_tokenize`` (joined again where it cut at a dot inside a
word: "Tiki.vn", "SHB.ĐN"), then words with ``word_tokenize``.
Each sentence also gets a *joined* form of the same length where the spaces inside a word
are underscores ("Phan_Tấn_Cảnh"), so rules can see word boundaries through plain regexes.
"""
from __future__ import annotations


from .. import patterns

from ..ruleset import Rules, alternation, compiled
from .state import Sentence
from .wordseg import segmenter

_SPLIT_FALLBACK = patterns.compile(r"(?<=[.!?…])\s+(?=[\"“(]?\p{Lu})")

LINE = patterns.compile(r"[^\n]+")
NON_SPACE = patterns.compile(r"\S+")

def fixed_words(rules: Rules):
    """Words that must be words of their own: the territorial bodies ("Tỉnh ủy", "Huyện ủy")."""
    return compiled(rules, _fixed_words)


def _fixed_words(rules: Rules):
    bodies = rules.titles["bodies"]["territorial"]
    return patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation({w for b in bodies for w in (b, b.lower())})})(?![\p{{L}}\p{{M}}])")


def paragraphs(text: str):
    for m in LINE.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def split_sentences(par: str) -> list[str]:
    from underthesea import sent_tokenize

    try:
        return sent_tokenize(par)
    except Exception:  # noqa: BLE001 - fall back to a plain splitter on odd input
        return _SPLIT_FALLBACK.split(par)


# after a dot with no space, what goes on the same sentence: a lower-case letter (a domain, "Tiki.vn",
# "binhdinh.gov.vn") or capitals alone (an abbreviation, "SHB.ĐN"; initials, "T.T.P.K."), not a word
# ("xong.Với": a crawl that lost the space after a full stop)
_GOES_ON = patterns.compile(r"\p{Ll}|\p{Lu}+(?![\p{L}\p{M}])")


def level_dots(rules: Rules):
    """An abbreviated level with its full stop ("TP.", "TX."): the place's name goes on after it ("TX.Bến Cát")."""
    return compiled(rules, _level_dots)


def _level_dots(rules: Rules):
    dotted = [lv for lv in rules.titles["levels"] if lv.endswith(".")]
    return patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(dotted)})$") if dotted else None


def rejoin(spans: list[tuple[int, int]], text: str, dots=None) -> list[tuple[int, int]]:
    """underthesea's sentences, those it cut at a dot inside a word (or after an abbreviated level,
    ``dots``: "TX.Bến Cát") joined again."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        end = out[-1][1] if out else 0
        if (out and dots is not None and text[end - 1:end] == "." and dots.search(text, max(0, end - 6), end)
                and not text[end:s].strip() and "\n" not in text[end:s]):
            out[-1] = (out[-1][0], e)  # "TX. Bến Cát": the level's stop, the name after it
        elif out and s == end and text[s - 1] == "." and text[s - 2:s - 1].isalpha() and _GOES_ON.match(text, s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def locate(pieces, text: str, base: int = 0):
    """Offsets of ``pieces`` found in order inside ``text``; pieces not found are skipped."""
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0:
            continue
        cursor = at + len(piece)
        yield base + at, base + cursor


def tokenize(sentence: str, fixed) -> list[tuple[int, int]]:
    """The words of a sentence as offsets: underthesea's segmentation (its model and tagger, the
    features built by :mod:`.wordseg`; ``word_tokenize`` itself where that cannot), then each fixed word (a
    territorial body, "Tỉnh ủy") made a word of its own where the segmenter glued it to a
    neighbour ("Tỉnh_ủy_Hòa"), which asking underthesea for fixed words costs on every call."""
    seg = segmenter()
    try:
        if seg is not None:
            words = seg.words(sentence)
        else:
            from underthesea import word_tokenize

            words = word_tokenize(sentence)
    except Exception:  # noqa: BLE001
        words = sentence.split()
    spans = list(locate(words, sentence))
    if not spans:
        spans = [(m.start(), m.end()) for m in NON_SPACE.finditer(sentence)]
    return _fix(spans, sentence, fixed) if fixed.search(sentence) else spans


def _fix(spans, sentence: str, fixed) -> list[tuple[int, int]]:
    cuts: set[int] = set()
    for m in fixed.finditer(sentence):
        cuts.update((m.start(), m.end()))
    out = []
    for s, e in spans:
        inner = sorted(c for c in cuts if s < c < e)
        for a, b in zip([s, *inner], [*inner, e]):
            piece = sentence[a:b]
            lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
            if b - trail > a + lead:
                out.append((a + lead, b - trail))
    return out


def joined_form(sentence: str, tokens) -> str:
    """The sentence with the spaces inside each word written "_" (same length)."""
    pieces, at = [], 0
    for s, e in tokens:
        pieces.append(sentence[at:s])
        pieces.append(sentence[s:e].replace(" ", "_"))
        at = e
    pieces.append(sentence[at:])
    return "".join(pieces)


def segment_text(text: str, rules: Rules, max_sentence: int = 2000) -> list[Sentence]:
    fixed = fixed_words(rules)
    dots = level_dots(rules)
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(paragraphs(text)):
        par = text[ps:pe]
        for ss, se in rejoin(list(locate(split_sentences(par), par, ps)), text, dots):
            # very long "sentences" (tables, lists) are cut at semicolons to bound the work
            for cs, ce in _bounded(text, ss, se, max_sentence):
                s_text = text[cs:ce]
                toks = tokenize(s_text, fixed)
                out.append(Sentence(len(out), cs, ce, s_text, joined_form(s_text, toks), toks, p_index))
    return out


def _bounded(text, start, end, limit):
    while end - start > limit:
        cut = max(text.rfind(";", start, start + limit), text.rfind(",", start, start + limit))
        cut = cut + 1 if cut > start else start + limit
        yield start, cut
        start = cut
    yield start, end

