"""Compiled patterns, kept between runs.

vnie's stages compile about 300 regular expressions from the rules (word lists made into
alternations, some of them thousands of characters). The ``regex`` module parses and
optimises a pattern in Python, so compiling them is most of vnie's start-up after the imports:
0.3 to 0.7 s a process, paid again by every ``vnie extract``, every ingest worker and every
test that runs the CLI. Loading the same patterns already compiled takes about 20 ms: ``regex``
pickles a compiled pattern as its compiled code, and unpickling hands that code straight back
to the matcher without parsing the pattern again.

So every stage compiles through :func:`compile`: a pattern met before is taken from a cache
file, keyed by the exact pattern text and flags, and a new one is compiled and written back
when the process ends. The cache depends on nothing but the patterns, so a changed rule or
changed code never reads a stale entry: it asks for a different pattern. The file's name holds
the versions of ``regex`` and Python, whose compiled code it is.

Where: ``$VNIE_CACHE`` (a folder) when set, else ``$XDG_CACHE_HOME/vnie`` or ``~/.cache/vnie``.
``VNIE_CACHE=off`` turns the cache off (every pattern compiled, nothing written). A file that
cannot be read (corrupt, another version, a folder we may not write to) is ignored: the
patterns are compiled as without a cache, and the run goes on.
"""
from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

#: at most this many patterns in the file: past it, a save keeps only the patterns this run used
#: (a rules folder edited often leaves patterns nobody will ask for again)
LIMIT = 5000

_cache: dict[tuple[str, int], regex.Pattern] | None = None
_used: set[tuple[str, int]] = set()
_new = False  # a pattern compiled since the file was read or written


def cache_file() -> Path | None:
    """The cache file of this ``regex`` and Python, or None when ``VNIE_CACHE=off``."""
    env = os.environ.get("VNIE_CACHE")
    if env is not None and env.strip().lower() in {"off", "0", "no", "false", ""}:
        return None
    if env:
        folder = Path(env)
    else:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found (a bare container): no cache
            return None
        folder = Path(base) / "vnie"
    version = getattr(regex, "__version__", "0")
    return folder / f"patterns-regex{version}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def _load() -> dict[tuple[str, int], regex.Pattern]:
    path = cache_file()
    if path is None or not path.is_file():
        return {}
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
    except Exception:  # noqa: BLE001 - a cache that cannot be read is no cache
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items()
            if isinstance(k, tuple) and len(k) == 2 and isinstance(v, regex.Pattern) and v.pattern == k[0]}


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - regex.compile's name, on purpose
    """``regex.compile(pattern, flags)``, taken from the cache when this pattern was compiled before."""
    global _cache, _new
    if _cache is None:
        _cache = _load()
    key = (pattern, int(flags))
    _used.add(key)
    found = _cache.get(key)
    if found is not None:
        return found
    made = _cache[key] = regex.compile(pattern, flags)
    _new = True
    return made


def save() -> Path | None:
    """Write the patterns compiled in this process to the cache file (atomically: a reader never
    sees half a file; two processes saving at once leave one whole file). Returns the file, or
    None when nothing was new, the cache is off or the folder cannot be written."""
    global _new
    path = cache_file()
    if not _new or _cache is None or path is None:
        return None
    keep = _cache if len(_cache) <= LIMIT else {k: v for k, v in _cache.items() if k in _used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(keep, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return None
    _new = False
    return path


atexit.register(save)  # what this process compiled, for the next run (nothing is written if nothing is new)


def reset() -> None:
    """Forget the patterns held in this process (the next :func:`compile` reads the file again)."""
    global _cache, _new
    _cache, _new = None, False
    _used.clear()
