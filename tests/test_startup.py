"""The start of a run (vnie.interfaces.startup): loading with the collector off, what was loaded frozen."""
from __future__ import annotations

import gc

from vnie.interfaces.startup import loading


def test_the_collector_is_off_while_loading_and_back_on_after():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with loading():
            assert not gc.isenabled()
            made = [[i] for i in range(500)]  # long-lived containers, as the models and rules are
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(made)  # frozen: no later collection walks them
    finally:
        gc.unfreeze()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    try:
        with loading():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_an_error_while_loading_still_turns_the_collector_back_on():
    try:
        with loading():
            raise ValueError("a rule file is invalid")
    except ValueError:
        pass
    finally:
        gc.unfreeze()
    assert gc.isenabled()
