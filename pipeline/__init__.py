"""vnie: Vietnamese news information extraction.

``nlp = vnie.load()`` is a spaCy ``Language``: ``doc = nlp(text)`` gives the people, titles,
roles, dates, ratios and meetings of an article on ``doc.ents``, ``doc.spans`` and
``doc._.vnie`` (the extraction record). ``vnie.extract(article)`` runs the same pipeline over an
article as read and returns an :class:`~vnie.models.Extraction`. The rest of the package:
``vnie.inputs`` (readers), ``vnie.stages`` (what each stage does), ``vnie.storage`` (SQLite,
queries, exports), ``vnie.interfaces`` (command line, ingest, Datasette, pages).
"""
from __future__ import annotations

__version__ = "0.1.0"

# Loaded when first used, so `import vnie` (and `vnie --help`) does not import spaCy.
_LAZY = {"load": "language", "extract": "language", "extract_text": "language", "extract_many": "language",
         "doc_of": "language", "STAGES": "language", "query": None}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'vnie' has no attribute {name!r}")
    import importlib

    if name == "query":
        return importlib.import_module(".storage.query", __name__)
    return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
