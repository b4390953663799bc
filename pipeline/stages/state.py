"""The article document that every stage takes and returns, enriched."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..models import Article, Extraction


@dataclass
class ArticleDoc:
    article: Article
    want_spacy: bool = False
    clean: Any = None
    sentences: list = field(default_factory=list)
    spacy: Any = None
    people: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    date_spans: dict = field(default_factory=dict)
    ratios: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    events: list = field(default_factory=list)
    province: str | None = None

    def to_extraction(self) -> Extraction:
        return Extraction(article=self.article, people=self.people, dates=self.dates,
                          ratios=self.ratios, figures=self.figures, events=self.events,
                          province=self.province)
