"""The runner: an ordered list of named stages, each taking and returning an ArticleDoc."""
from __future__ import annotations

from typing import Callable

from .stages.clean import clean
from .stages.dates import dates_stage
from .stages.state import ArticleDoc
from .errors import VnieError
from .stages.events import events_stage
from .models import Article, Extraction
from .stages.people import people_stage
from .stages.ratios import ratios_stage
from .inputs.read import article_id
from .stages.resolve import resolve
from .stages.segment import segment

STAGES: list[tuple[str, Callable]] = [
    ("clean", clean),
    ("segment", segment),
    ("people", people_stage),
    ("dates", dates_stage),
    ("ratios", ratios_stage),
    ("resolve", resolve),
    ("events", events_stage),
]


class Pipeline:
    """Run the stages in order; ``exclude`` leaves some out (later stages must not need them)."""

    def __init__(self, exclude=(), spacy_doc: bool = False):
        self.stages = [(name, fn) for name, fn in STAGES if name not in set(exclude)]
        self.spacy_doc = spacy_doc

    @property
    def stage_names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, article: Article) -> Extraction:
        doc = ArticleDoc(article=article, want_spacy=self.spacy_doc)
        for name, fn in self.stages:
            result = fn(doc)
            if not isinstance(result, ArticleDoc):
                raise TypeError(f"stage {name!r} returned {type(result).__name__}, expected ArticleDoc")
            doc = result
        if doc.clean is not None and not doc.clean.text.strip():
            raise VnieError("E011", where=article.source)
        return doc.to_extraction()


_DEFAULT: Pipeline | None = None


def extract(article: Article) -> Extraction:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(article)


def extract_text(text: str, title: str = "", published: str | None = None, source: str = "<text>") -> Extraction:
    """Extract from a plain string (a notebook's entry point)."""
    title = title or next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    art = Article(id=article_id(source + text[:200]), source=source, title=title, text=text,
                  published=published, published_from="given" if published else "none")
    return extract(art)
