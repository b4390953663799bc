"""The start of a run: loading with the collector off, and what was loaded frozen after.

A run of ``vnie extract`` or ``vnie ingest`` starts by making some hundreds of thousands of
objects that live as long as the process: spaCy's and underthesea's modules, the models, the
compiled rules. Python's cyclic garbage collector, left on, walks all of them at each of its full
collections while they are being made (about 0.3 s a run, a fifth of what vnie's start-up adds to
the tokeniser's), and would walk them again at every later full collection. Nothing of it is
garbage. So the loading runs with the collector off, and what it made is then frozen
(``gc.freeze``): no collection walks it again, and the workers forked from the process share
those pages instead of copying each one the collector touches.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def loading() -> Iterator[None]:
    """Run the block with the collector off; freeze what exists after it; the collector back as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
