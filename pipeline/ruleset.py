"""Load and check the data files in ``rules/``.

Rules are data: this module reads them, checks their shape (an error names the file,
the line and the field), normalises every entry once (NFC, one tone placement) and
exposes them as plain Python structures. The rules' version is a hash of the files,
so a changed rule file makes the nightly ingest re-extract.
"""
from __future__ import annotations

import hashlib
import importlib.resources
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

import yaml

from .text import normalize
from .errors import RuleError



def default_rules_dir() -> Path:
    """``$VNIE_RULES`` when set, else the rules shipped inside the package (``vnie.rules``)."""
    env = os.environ.get("VNIE_RULES")
    if env:
        return Path(env)
    return Path(str(importlib.resources.files("vnie.rules")))


RULES_DIR = default_rules_dir()

# file -> {field: expected type}; a field not listed here is refused.
SCHEMAS = {
    "abbreviations.yaml": None,  # a flat mapping str -> str
    "titles.yaml": {"positions": list, "whole_titles": list, "markers": list, "qualifiers": list,
                    "bodies": dict, "body_words": list, "levels": list},
    "places.yaml": {"provinces": list, "other": list},
    "dates.yaml": {"day_parts": list, "weekdays": list, "month_names": dict, "quarters": dict,
                   "periods": dict, "spans": list, "relative": dict, "not_date_before": list,
                   "term_spans": list, "birth_before": list, "target_before": list, "compare_before": list,
                   "future_words": list, "bare_year_before": list},
    "ratios.yaml": {"verbs": list, "counted": list, "owners": list, "scores": list},
    "people.yaml": {"honorifics": list, "ranks": list, "not_person_before": list, "role_verbs": dict,
                    "byline_markers": list, "aliases": dict},
    "events.yaml": {"nouns": list, "verbs": list, "place_markers": list, "place_stops": list, "anaphora": list,
                    "name_stops": list,
                    "future": list, "background": list, "not_meeting_before": list, "many": list,
                    "biography": list, "generic": list},
}


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    return 1


def _check_strings(path: Path, fieldname: str, items) -> list[str]:
    out = []
    for item in items:
        if not isinstance(item, (str, int)) or not str(item).strip():
            raise RuleError(path, _line_of(path, str(item)), fieldname, f"entry {item!r} is not a non-empty string")
        out.append(normalize(str(item)))
    if not out:
        raise RuleError(path, _line_of(path, fieldname), fieldname, "empty group")
    return out


def load_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        raise RuleError(path, line, "yaml", str(exc).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "top level", "expected a mapping")
    schema = SCHEMAS.get(path.name)
    if schema is None:
        return {str(k): str(v) for k, v in data.items()}
    for key, value in data.items():
        if key not in schema:
            raise RuleError(path, _line_of(path, f"{key}:"), key, "unknown field")
        if not isinstance(value, schema[key]):
            raise RuleError(path, _line_of(path, f"{key}:"), key, f"expected a {schema[key].__name__}")
        if isinstance(value, list):
            data[key] = _check_strings(path, key, value)
        elif isinstance(value, dict) and all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in value.values()):
            data[key] = {k: _check_strings(path, f"{key}.{k}", v) for k, v in value.items()}
    for key, kind in schema.items():
        data.setdefault(key, kind())  # an absent group is empty; a present one may not be
    return data


def load_lines(path: Path) -> list[str]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > 80:
            raise RuleError(path, n, "entry", "longer than 80 characters")
        out.append(normalize(line))
    return out


@dataclass(eq=False)
class Rules:
    version: str
    abbreviations: dict
    titles: dict
    places: set
    surnames: set
    not_names: set
    dates: dict
    ratios: dict
    events: dict
    people: dict
    directory: Path = field(default=RULES_DIR)
    # what the stages build from these rules (compiled patterns, grammars), built once: see compiled()
    built: dict = field(default_factory=dict, repr=False)


T = TypeVar("T")


def compiled(rules: Rules, build: Callable[[Rules], T]) -> T:
    """What ``build`` makes of ``rules`` (a stage's compiled patterns), made once per rules folder."""
    try:
        return rules.built[build]
    except KeyError:
        made = rules.built[build] = build(rules)
        return made


def rules_version(directory: Path = RULES_DIR) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        if path.suffix in {".yaml", ".txt", ".jsonl"}:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_rules(directory: str | None = None) -> Rules:
    d = Path(directory) if directory else RULES_DIR
    if not d.is_dir():
        raise RuleError(d, 0, "directory", "rules directory not found (set VNIE_RULES)")
    places = load_yaml(d / "places.yaml")
    return Rules(
        version=rules_version(d),
        abbreviations=load_yaml(d / "abbreviations.yaml"),
        titles=load_yaml(d / "titles.yaml"),
        places=set(places["provinces"]) | set(places["other"]),
        surnames=set(load_lines(d / "surnames.txt")),
        not_names=set(load_lines(d / "not_names.txt")),
        dates=load_yaml(d / "dates.yaml"),
        ratios=load_yaml(d / "ratios.yaml"),
        events=load_yaml(d / "events.yaml"),
        people=load_yaml(d / "people.yaml"),
        directory=d,
    )
