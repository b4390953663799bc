"""Shared fixtures. Tests that read ../shared skip where it is absent (a user's clone)
and fail instead when VNIE_REQUIRE_SHARED=1 (as .ci/run sets)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        if os.environ.get("VNIE_REQUIRE_SHARED") == "1":
            pytest.fail(f"../shared is required here (VNIE_REQUIRE_SHARED=1) but {SHARED} is missing")
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "facts.db"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
