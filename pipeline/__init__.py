"""vnie: Vietnamese news information extraction.

``extract(article)`` runs the stages (clean, segment, people, dates, ratios, events,
resolve) over one article and returns an :class:`~pipeline.models.Extraction`.
Each stage takes an :class:`~pipeline.document.ArticleDoc` and returns it enriched.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .runner import Pipeline, extract, extract_text  # noqa: E402

__all__ = ["Pipeline", "extract", "extract_text", "__version__"]
