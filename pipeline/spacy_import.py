"""spaCy, imported without its command line: ``from .spacy_import import spacy`` before any other
import of spaCy.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info``), and that imports the whole
of ``spacy.cli``: typer, weasel, requests, httpx and every CLI command, about a third of spaCy's
import time (0.12 s of 0.41 s here) and some 350 modules, none of which a vnie run uses. While
spaCy's package initialises, :func:`import_spacy` puts a stand-in at ``spacy.cli.info`` whose
``info`` imports the real one when first called; once spaCy is in, the stand-in is removed, so
``import spacy.cli``, ``spacy.cli.download`` or ``python -m spacy info`` work as ever, and
``spacy.info()`` gives what it always gives. Where spaCy is already imported nothing changes.
"""
from __future__ import annotations

import sys
import types


def _info(*args, **kwargs):
    """spaCy's ``spacy.info``, its command line imported on the first call."""
    from spacy.cli.info import info  # the real module: the stand-in is gone by now

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``import spacy`` without importing ``spacy.cli``; the module."""
    if "spacy" not in sys.modules and "spacy.cli.info" not in sys.modules:
        stand_in = types.ModuleType("spacy.cli.info", _info.__doc__)
        stand_in.info = _info  # type: ignore[attr-defined]
        sys.modules["spacy.cli.info"] = stand_in
        try:
            import spacy  # noqa: F401
        finally:
            if sys.modules.get("spacy.cli.info") is stand_in:
                del sys.modules["spacy.cli.info"]
    return sys.modules["spacy"]


spacy = import_spacy()
