"""vnie as a spaCy pipeline: ``nlp = vnie.load()``; ``doc = nlp(text)``.

The tokenizer cleans the text (NFC, one tone placement, offsets into the original kept) and
segments it with underthesea: ``doc.text`` is the cleaned text, the tokens are underthesea's
words, the sentences vnie's. The stages are registered components; each declares what it
needs and what it assigns, and checks it when it runs, so leaving a needed stage out is an
error naming it (``E060``), never a silent change of results:

============  ==========================================  ====================================
component     requires                                    assigns
============  ==========================================  ====================================
names         doc._.sentences                             doc._.names
ner           doc._.sentences, doc._.names                doc._.names (adds the tagger's people)
people        doc._.sentences, doc._.names                doc._.people, doc._.titles
dates         doc._.sentences                             doc._.dates, doc._.date_spans
ratios        doc._.sentences, doc._.date_spans           doc._.ratios, doc._.figures
events        doc._.sentences, doc._.dates, doc._.people  doc._.events
resolve       doc._.people, doc._.dates, doc._.ratios     doc._.province, doc._.places
record        doc._.article                               doc._.extraction, doc.ents, doc.spans
============  ==========================================  ====================================

The tokenizer assigns ``doc._.article``, ``doc._.clean`` and ``doc._.sentences``. ``record`` puts
the facts on the Doc: ``doc.ents`` (people ``PER``, with the given names alone that no full name
of the article explains, "ông Tùng"; places ``LOC``, dates ``DATE``),
``doc.spans`` (``titles``, ``roles`` with ``kb_id_`` the person's name, ``ratios``, ``meetings``
and ``facts``, all of them for displaCy) and ``doc._.extraction`` (the pydantic record of
:mod:`vnie.models`); ``doc._.vnie`` is that record as ``vnie extract`` prints it.
Facts keep offsets into the original text; the Doc's spans are over the cleaned text.

The rules are the components' data: each factory takes ``rules_dir`` (None: ``$VNIE_RULES`` or
the rules shipped in the package), loaded once per folder and compiled once per stage.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Optional, cast

from .spacy_import import spacy  # first: spaCy without its command line (see there)

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, filter_spans, registry

from .errors import VnieError
from .inputs.read import article_from_text
from .models import Article, Extraction
from .ruleset import Rules, load_rules
from .stages import state as st
from .stages.clean import clean_text
from .stages.dates import extract_dates
from .stages.events import extract_events
from .stages.names import extract_names
from .stages.ner import extract_ner_names
from .stages.people import extract_people
from .stages.ratios import extract_ratios
from .stages.resolve import article_province, find_places, resolve_ratios, resolve_roles
from .stages.segment import segment_text

# Doc extensions: what the tokenizer and each stage leave for the next.
EXTENSIONS = ("article", "clean", "sentences", "names", "people", "titles", "dates", "date_spans", "ratios",
              "figures", "province", "places", "events", "extraction")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("vnie"):
    Doc.set_extension("vnie", getter=lambda doc: doc._.extraction.to_record() if doc._.extraction else None)

# The order of the stages and their contracts (see the module docstring).
STAGES = ("names", "ner", "people", "dates", "ratios", "events", "resolve", "record")
TOKENIZER_ASSIGNS = ("doc._.article", "doc._.clean", "doc._.sentences")
CONTRACTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "names": (("doc._.sentences",), ("doc._.names",)),
    "ner": (("doc._.sentences", "doc._.names"), ("doc._.names",)),
    "people": (("doc._.sentences", "doc._.names"), ("doc._.people", "doc._.titles")),
    "dates": (("doc._.sentences",), ("doc._.dates", "doc._.date_spans")),
    "ratios": (("doc._.sentences", "doc._.date_spans"), ("doc._.ratios", "doc._.figures")),
    "events": (("doc._.sentences", "doc._.dates", "doc._.people"), ("doc._.events",)),
    # resolve reads doc._.events too where the events stage ran (the day of an election is the meeting's)
    "resolve": (("doc._.sentences", "doc._.people", "doc._.dates", "doc._.ratios"), ("doc._.province", "doc._.places")),
    "record": (("doc._.article",), ("doc._.extraction", "doc.ents", "doc.spans")),
}
# who provides what, for the error that names the stage left out (not a stage that adds to what it reads: ner)
PROVIDERS = {attr: stage for stage, (requires, assigns) in CONTRACTS.items() for attr in assigns if attr not in requires}
PROVIDERS.update(dict.fromkeys(TOKENIZER_ASSIGNS, "tokenizer"))


def _require(doc: Doc, stage: str) -> None:
    """A stage that runs without what it needs stops with E060 naming the stage that provides it."""
    for attr in CONTRACTS[stage][0]:
        if getattr(doc._, attr.rsplit(".", 1)[1]) is None:
            raise VnieError("E060", f"stage {stage!r} needs {attr}, which the {PROVIDERS[attr]!r} stage assigns: "
                                    f"it is missing from the pipeline or runs after {stage!r}")


# ------------------------------------------------------------------ tokenizer

class Tokenizer(DummyTokenizer):
    """Clean, then segment with underthesea: one token a word, vnie's sentences, offsets kept."""

    def __init__(self, vocab, rules_dir: str | None = None):
        self.vocab = vocab
        self.rules_dir = rules_dir
        self.rules = load_rules(rules_dir)

    def __reduce__(self):
        return Tokenizer, (self.vocab, self.rules_dir)

    def __call__(self, text: str) -> Doc:
        return self.from_article(article_from_text(text))

    def from_article(self, article: Article) -> Doc:
        """The Doc of an article as read (its title and publication date go with it)."""
        cleaned = clean_text(article.text)
        sentences = segment_text(cleaned.text, self.rules)
        doc = make_doc(self.vocab, cleaned.text, sentences)
        doc._.article, doc._.clean, doc._.sentences = article, cleaned, sentences
        return doc


def make_doc(vocab, text: str, sentences: list[st.Sentence]) -> Doc:
    """A Doc over ``text`` with one token a word of ``sentences``; the text between words (line
    breaks, characters the segmenter left out) becomes tokens of its own, so ``doc.text == text``."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []

    def gap(upto: int, pos: int) -> None:
        rest = text[pos:upto]
        if rest[:1] == " " and words and not spaces[-1]:
            spaces[-1], rest = True, rest[1:]
        if rest:
            words.append(rest)
            spaces.append(False)
            starts.append(not words[:-1])

    pos = 0
    for s in sentences:
        for i, (a, b) in enumerate(s.tokens):
            a, b = s.start + a, s.start + b
            if a > pos:
                gap(a, pos)
            words.append(text[a:b])
            spaces.append(False)
            starts.append(i == 0 or len(words) == 1)
            pos = b
    if pos < len(text):
        gap(len(text), pos)
    # spaCy types sent_starts as a list of bool | int | None, and list is invariant: a list[bool] is fine
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)  # type: ignore[arg-type]


@registry.tokenizers("vnie.Tokenizer.v1")
def create_tokenizer(rules_dir: str | None = None):
    def make(nlp):
        return Tokenizer(nlp.vocab, rules_dir)
    return make


# ------------------------------------------------------------------ stages

class Stage:
    """A vnie stage as a spaCy component: the rules it reads, the contract it checks."""

    name = ""

    def __init__(self, rules: Rules):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        _require(doc, self.name)
        self.run(doc, doc._.clean, doc._.article)
        return doc

    def run(self, doc: Doc, cleaned: st.Cleaned, article: Article) -> None:  # pragma: no cover
        raise NotImplementedError


# The capitalised runs the names stage left unexplained, kept for the ner stage on the Doc's
# user_data: an optimisation only (ner reads them from the sentences when they are not there).
LOOSE_RUNS = ("vnie", "loose_runs")


class NamesStage(Stage):
    name = "names"

    def run(self, doc, cleaned, article):
        left: dict = {}
        doc._.names = extract_names(doc._.sentences, self.rules, left)
        doc.user_data[LOOSE_RUNS] = left  # a cache for the ner stage, which reads them again without it


class NerStage(Stage):
    name = "ner"

    def run(self, doc, cleaned, article):
        doc._.names = extract_ner_names(doc._.sentences, doc._.names, self.rules, doc.user_data.pop(LOOSE_RUNS, None))


class PeopleStage(Stage):
    name = "people"

    def run(self, doc, cleaned, article):
        doc._.people, doc._.titles = extract_people(doc._.sentences, doc._.names, cleaned.to_original, self.rules)


class DatesStage(Stage):
    name = "dates"

    def run(self, doc, cleaned, article):
        spans: dict = {}
        doc._.dates = extract_dates(doc._.sentences, cleaned.to_original, article.published, article.title,
                                    self.rules, spans)
        doc._.date_spans = spans


class RatiosStage(Stage):
    name = "ratios"

    def run(self, doc, cleaned, article):
        doc._.ratios, doc._.figures = extract_ratios(doc._.sentences, cleaned.to_original, doc._.date_spans,
                                                     self.rules)


class ResolveStage(Stage):
    name = "resolve"

    def run(self, doc, cleaned, article):
        sentences = doc._.sentences
        doc._.province = article_province(sentences, article.title, self.rules)
        resolve_roles(doc._.people, doc._.dates, doc._.events or [], sentences, doc._.province, self.rules)
        resolve_ratios(doc._.ratios, doc._.dates, sentences, self.rules)
        doc._.places = find_places(sentences, self.rules)


class EventsStage(Stage):
    name = "events"

    def run(self, doc, cleaned, article):
        doc._.events = extract_events(doc._.sentences, cleaned.to_original, doc._.dates, doc._.people,
                                      article.published, self.rules, article.title)


class RecordStage(Stage):
    name = "record"

    def run(self, doc, cleaned, article):
        # the facts are records already validated when the stages made them: not validated again
        ex = Extraction.model_construct(article=article, people=doc._.people or [], dates=doc._.dates or [],
                                        ratios=doc._.ratios or [], figures=doc._.figures or [],
                                        events=doc._.events or [], province=doc._.province)
        doc._.extraction = ex
        _put_spans(doc, cleaned, ex)


COMPONENTS = {"names": NamesStage, "ner": NerStage, "people": PeopleStage, "dates": DatesStage, "ratios": RatiosStage, "resolve": ResolveStage,
              "events": EventsStage, "record": RecordStage}


def _factory(cls):
    def make(nlp: Language, name: str, rules_dir: Optional[str]):
        return cls(load_rules(rules_dir))
    return make


def _register() -> None:
    for stage, cls in COMPONENTS.items():
        requires, assigns = CONTRACTS[stage]
        factory = f"vnie_{stage}"
        if not Language.has_factory(factory):
            # spaCy's analysis knows components only: what the tokenizer assigns is left out of its view
            Language.factory(factory, requires=[r for r in requires if r not in TOKENIZER_ASSIGNS],
                             assigns=list(assigns), default_config={"rules_dir": None}, func=_factory(cls),
                             retokenizes=stage == "record")  # it splits a word a fact ends inside


_register()


# ------------------------------------------------------------------ facts on the Doc

def _to_clean(cleaned: st.Cleaned, start: int, end: int) -> tuple[int, int]:
    """Cleaned offsets of an original span (the inverse of ``Cleaned.to_original``)."""
    offsets = cleaned.offsets
    if offsets[-1] == len(offsets) - 1 and len(cleaned.text) == len(offsets) - 1:
        return start, end  # nothing moved: the common case
    a = bisect_right(offsets, start - 1)
    b = bisect_right(offsets, end - 1)
    return a, max(a, b)


def _put_spans(doc: Doc, cleaned: st.Cleaned, ex: Extraction) -> None:
    """doc.ents and doc.spans from the facts, splitting a word where a fact ends inside it."""
    wanted: list[tuple[int, int, str, str, str, str]] = []  # start, end, group, label, kb_id, id

    def add(start, end, group, label, kb_id="", ident=""):
        a, b = _to_clean(cleaned, start, end)
        if a < b:
            wanted.append((a, b, group, label, kb_id, ident))

    for p in ex.people:
        add(p.start, p.end, "ents", "PER", p.name)
        for m in p.mentions:
            add(m.start, m.end, "ents", "PER", p.name)
        for r in p.roles:
            add(r.start, r.end, "roles", r.status.upper(), p.name, r.canonical)
    for sent in doc._.sentences or []:
        for n in (doc._.names or {}).get(sent.index, []):
            if n.short and not n.person:  # "ông Tùng" and no Tùng named in full: a person, unnamed
                wanted.append((sent.start + n.start, sent.start + n.end, "ents", "PER", "", ""))
    for t in doc._.titles or []:
        wanted.append((t[0], t[1], "titles", "TITLE", "", ""))
    for d in ex.dates:
        add(d.start, d.end, "ents", "DATE", "", d.value or "")
    for s, e in doc._.places or []:
        wanted.append((s, e, "ents", "LOC", "", ""))
    for r in ex.ratios:
        add(r.start, r.end, "ratios", "RATIO", "", f"{r.numerator:g}/{r.denominator:g}")
    for e in ex.events:
        add(e.start, e.end, "meetings", "MEETING", "", e.date or "")
    _split_tokens(doc, {x for a, b, *_ in wanted for x in (a, b)})
    groups: dict[str, list] = {"ents": [], "titles": [], "roles": [], "ratios": [], "meetings": []}
    for a, b, group, label, kb_id, ident in wanted:
        span = doc.char_span(a, b, label=label, kb_id=kb_id, span_id=ident)
        if span is not None:
            groups[group].append(span)
    doc.ents = filter_spans(groups.pop("ents"))  # people first, then dates, then places
    for group, spans in groups.items():
        doc.spans[group] = spans
    doc.spans["facts"] = list(doc.ents) + [s for g in ("titles", "ratios", "meetings") for s in groups[g]]


def _split_tokens(doc: Doc, boundaries: set[int]) -> None:
    """Split the words a fact starts or ends inside (the segmenter glues a name to the next word:
    "Tân_Lạc_giữ"); a space at the cut becomes a token of its own, so spans hold no edge spaces."""
    cuts: dict[int, set[int]] = {}
    starts = doc.to_array("IDX").tolist()  # one call, not a Token object per word
    for x in boundaries:
        i = bisect_right(starts, x) - 1
        if i < 0:
            continue
        tok = doc[i]
        rel = x - tok.idx
        if 0 < rel < len(tok.text):
            here = cuts.setdefault(i, set())
            here.add(rel)
            if tok.text[rel - 1] == " ":
                here.add(rel - 1)
            if tok.text[rel] == " ":
                here.add(rel + 1)
    if not cuts:
        return
    with doc.retokenize() as retok:
        for i, rels in cuts.items():
            tok = doc[i]
            edges = [0, *sorted(r for r in rels if 0 < r < len(tok.text)), len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(edges, edges[1:]) if b > a]
            retok.split(tok, orths, heads=[(tok, k) for k in range(len(orths))])


# ------------------------------------------------------------------ the pipeline

def load(rules_dir: str | None = None, exclude: Iterable[str] = (), disable: Iterable[str] = ()) -> Language:
    """vnie's spaCy pipeline. ``exclude`` leaves stages out (an error, E060, names a stage whose
    needs are then unmet); ``disable`` keeps them loaded but off (``nlp.enable_pipe`` turns them on)."""
    exclude, disable = set(exclude), set(disable)
    unknown = (exclude | disable) - set(STAGES)
    if unknown:
        raise VnieError("E061", f"{', '.join(sorted(unknown))}; the stages are {', '.join(STAGES)}")
    check_contracts([s for s in STAGES if s not in exclude | disable])
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnie.Tokenizer.v1",
                                                           "rules_dir": rules_dir}}})
    for stage in STAGES:
        if stage not in exclude:
            nlp.add_pipe(f"vnie_{stage}", name=stage, config={"rules_dir": rules_dir})
    for stage in disable:
        nlp.disable_pipe(stage)
    return nlp


def check_contracts(stages: list[str]) -> None:
    """E060 when a stage needs what no stage before it (or the tokenizer) assigns."""
    have = set(TOKENIZER_ASSIGNS)
    for stage in stages:
        requires, assigns = CONTRACTS[stage]
        missing = [a for a in requires if a not in have]
        if missing:
            raise VnieError("E060", f"stage {stage!r} needs {', '.join(missing)}, which the "
                                    f"{PROVIDERS[missing[0]]!r} stage assigns: put it back before {stage!r}")
        have.update(assigns)


@lru_cache(maxsize=4)
def default_pipeline(rules_dir: str | None = None) -> Language:
    """The pipeline ``extract`` runs, built once per rules folder."""
    return load(rules_dir)


def doc_of(article: Article, nlp: Language | None = None) -> Doc:
    """Run the pipeline over an article as read."""
    nlp = nlp or default_pipeline()
    return nlp(cast(Tokenizer, nlp.tokenizer).from_article(article))  # spaCy types it a plain callable


def extract(article: Article, nlp: Language | None = None) -> Extraction:
    """The facts of one article (E011 when nothing is left of it after cleaning)."""
    doc = doc_of(article, nlp)
    if not doc._.clean.text.strip():  # doc.text, without joining the tokens again
        raise VnieError("E011", where=article.source)
    return doc._.extraction


def extract_many(articles: Iterable[Article], nlp: Language | None = None, zone: int = 64) -> Iterator[Extraction]:
    """The facts of each article in turn. Words met are freed every ``zone`` articles (spaCy's
    memory zones), so the vocabulary does not grow with the archive."""
    nlp = nlp or default_pipeline()
    articles = iter(articles)
    while True:
        with nlp.memory_zone():
            n = 0
            for article in articles:
                yield extract(article, nlp)
                n += 1
                if n >= zone:
                    break
            else:
                return


def extract_text(text: str, title: str = "", published: str | None = None, source: str = "<text>") -> Extraction:
    """Extract from a plain string (a notebook's entry point)."""
    return extract(article_from_text(text, source=source, title=title, published=published))


# ------------------------------------------------------------------ serialisation

def _encode(obj, chain=None):
    """Docs travel between processes as bytes (``nlp.pipe(n_process=…)``): vnie's records and
    stage types go as tagged dicts."""
    if isinstance(obj, (Article, Extraction)) or type(obj).__module__ == "vnie.models":
        return {"__vnie__": type(obj).__name__, "v": obj.model_dump()}
    if dataclasses.is_dataclass(obj) and type(obj).__module__ == st.__name__:
        return {"__vnie__": type(obj).__name__, "v": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    return chain(obj) if chain else obj


def _decode(obj, chain=None):
    if isinstance(obj, dict) and "__vnie__" in obj:
        from . import models

        name, value = obj["__vnie__"], obj["v"]
        cls = getattr(models, name, None)
        if cls is not None:
            return cls.model_validate(value)
        return getattr(st, name)(**value)
    return chain(obj) if chain else obj


def _register_msgpack() -> None:
    import srsly

    if "vnie" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("vnie", func=_encode)
        srsly.msgpack_decoders.register("vnie", func=_decode)


_register_msgpack()
