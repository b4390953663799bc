"""The cache of compiled patterns (vnie.patterns): what a second run reads instead of compiling."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import regex

from vnie import patterns

from conftest import CORPUS, ROOT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of this test's own; the process's patterns forgotten before and after."""
    monkeypatch.setenv("VNIE_CACHE", str(tmp_path / "cache"))
    patterns.reset()
    yield tmp_path / "cache"
    patterns.reset()


PATTERN = r"(?<![\p{L}_])(?:Phó[ _]+)?Chủ[ _]+tịch[ _]+(?P<body>UBND|HĐND)(?:[ _]+tỉnh)?"
TEXT = "Ông A, Phó Chủ tịch UBND tỉnh, và bà B, Chủ tịch HĐND."


def spans(p):
    return [(m.span(), m.group("body")) for m in p.finditer(TEXT)]


def test_a_pattern_saved_is_read_back_without_compiling(cache, monkeypatch):
    first = patterns.compile(PATTERN, regex.I)
    path = patterns.save()
    assert path is not None and path.is_file() and path.parent == cache
    assert patterns.save() is None  # nothing new since
    patterns.reset()

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again: the cache was not read")

    monkeypatch.setattr(patterns.regex, "compile", no_compile)
    again = patterns.compile(PATTERN, regex.I)
    assert again is not first
    assert spans(again) == spans(first) == [((7, 29), "UBND"), ((40, 53), "HĐND")]
    assert again.flags == first.flags and again.groupindex == first.groupindex


def test_the_flags_are_part_of_the_key(cache):
    patterns.compile("ubnd")
    patterns.save()
    patterns.reset()
    assert patterns.compile("ubnd").search("UBND tỉnh") is None
    assert patterns.compile("ubnd", regex.I).search("UBND tỉnh").span() == (0, 4)


def test_a_file_that_cannot_be_read_is_no_cache(cache):
    patterns.compile(PATTERN)
    path = patterns.save()
    path.write_bytes(b"not a pickle at all")
    patterns.reset()
    assert spans(patterns.compile(PATTERN))[0][1] == "UBND"  # compiled anew
    assert patterns.save() == path  # and the file written whole again
    patterns.reset()
    assert PATTERN in {p for p, _ in patterns._load()}


def test_entries_that_are_not_the_pattern_named_are_dropped(cache):
    import pickle

    path = patterns.cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps({("a+", 0): regex.compile("b+"), ("c", 0): "c", "d": regex.compile("d")}))
    assert patterns._load() == {}
    assert patterns.compile("a+").fullmatch("aaa")


def works_without_a_cache(file_named: bool) -> None:
    """Patterns compile and nothing is written, in this process's environment."""
    patterns.reset()
    try:
        assert (patterns.cache_file() is not None) == file_named
        assert patterns.compile(PATTERN).search(TEXT)
        assert patterns.save() is None
    finally:
        patterns.reset()


def test_off_compiles_and_writes_nothing(monkeypatch):
    monkeypatch.setenv("VNIE_CACHE", "off")
    works_without_a_cache(file_named=False)


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    monkeypatch.setenv("VNIE_CACHE", str(blocker / "cache"))  # a folder under a file cannot be made
    works_without_a_cache(file_named=True)


def test_past_the_limit_a_save_keeps_only_what_this_run_used(cache, monkeypatch):
    monkeypatch.setattr(patterns, "LIMIT", 3)
    for i in range(5):
        patterns.compile(f"old{i}")
    patterns.save()
    patterns.reset()
    patterns.compile("old1")
    patterns.compile("new")
    patterns.save()
    patterns.reset()
    assert {p for p, _ in patterns._load()} == {"old1", "new"}


def _extract(env: dict) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "vnie", "extract", str(CORPUS), "--format", "jsonl"],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.slow
def test_the_facts_are_the_same_from_a_cold_cache_a_warm_one_and_none(tmp_path):
    env = {**os.environ, "VNIE_CACHE": str(tmp_path / "cache")}
    cold = _extract(env)
    files = list((tmp_path / "cache").glob("patterns-*.pickle"))
    assert len(files) == 1 and files[0].stat().st_size > 10_000  # the stages' patterns, written at exit
    warm = _extract(env)
    off = _extract({**env, "VNIE_CACHE": "off"})
    assert cold and cold == warm == off


def test_no_home_folder_is_no_cache(monkeypatch):
    monkeypatch.delenv("VNIE_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(patterns.Path, "home", staticmethod(no_home))
    works_without_a_cache(file_named=False)
