"""Storage faults: a database that cannot be written, or a disk that fills up mid-run, stops
the ingest with a coded error naming the file (the CLI prints "Error: ..." and exits 2, no
traceback); what was committed before stays whole, and a later run with room finishes the work."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT
from vnie.storage import store
from vnie.interfaces.cli import main
from vnie.errors import VnieError
from vnie.interfaces.ingest import ingest

ARTICLES = sorted(CORPUS.glob("*.txt"))[:6]
NOBODY = 65534


@contextmanager
def unprivileged():
    """File permissions bind root only once it drops its privileges: run as nobody meanwhile."""
    if os.geteuid() != 0:
        yield
        return
    try:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    except PermissionError:
        pytest.skip("running as root without the right to change user")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_dir():
    """A directory that user nobody can reach (pytest's tmp_path sits under a root-only folder)."""
    path = Path(tempfile.mkdtemp(prefix="vnie-faults-"))
    path.chmod(0o777)
    yield path
    path.chmod(0o777)
    shutil.rmtree(path)


def snapshot(db_path):
    db = store.open_db(db_path)
    try:
        assert store.integrity_ok(db)
        return store.facts(db)
    finally:
        db.conn.close()


def cli_ingest(db_path, *inputs):
    return CliRunner().invoke(main, ["ingest", *map(str, inputs), "--db", str(db_path), "--quiet", "--batch", "2"])


def assert_cli_error(result, code: str, db_path) -> None:
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and f"[{code}]" in result.output and str(db_path) in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def filled(shared_dir):
    """A database holding three articles, closed."""
    db_path = shared_dir / "facts.db"
    assert ingest(ARTICLES[:3], db_path).counts["new"] == 3
    cli_ingest(shared_dir / "warm.db", ARTICLES[0])  # load the CLI's lazy imports while we may read everything
    return db_path


def test_read_only_database_file(filled):
    before = snapshot(filled)
    filled.chmod(0o444)
    with unprivileged():
        with pytest.raises(VnieError) as err:
            ingest(ARTICLES, filled)
        result = cli_ingest(filled, *ARTICLES)
    assert err.value.code == "E030" and str(filled) in str(err.value)
    assert_cli_error(result, "E030", filled)
    filled.chmod(0o644)
    assert snapshot(filled) == before


def test_read_only_directory(filled):
    before = snapshot(filled)
    folder = filled.parent
    for leftover in folder.glob("facts.db-*"):
        leftover.unlink()
    filled.chmod(0o666)
    folder.chmod(0o555)
    try:
        with unprivileged():
            with pytest.raises(VnieError) as err:
                ingest(ARTICLES, filled)
            new_db = cli_ingest(folder / "new.db", *ARTICLES)
    finally:
        folder.chmod(0o777)
    assert err.value.code == "E030" and str(filled) in str(err.value)
    assert_cli_error(new_db, "E030", folder / "new.db")
    assert snapshot(filled) == before


@pytest.fixture
def tiny_database(monkeypatch):
    """Every database ingest opens may grow by a few pages only: SQLite answers SQLITE_FULL
    ("database or disk is full") as a full disk would."""
    real_open = store.open_db
    limit = []

    def open_with_limit(path, readonly=False):
        db = real_open(path, readonly)
        limit.append(limit[0] if limit else db.execute("PRAGMA page_count").fetchone()[0] + 12)
        db.execute(f"PRAGMA max_page_count = {limit[0]}")
        return db

    monkeypatch.setattr(store, "open_db", open_with_limit)
    return lambda: monkeypatch.setattr(store, "open_db", real_open)


def test_full_disk_stops_the_run_and_a_later_run_resumes(tmp_path, tiny_database):
    db_path = tmp_path / "facts.db"
    with pytest.raises(VnieError) as err:
        ingest(ARTICLES, db_path, batch=2)  # two articles a transaction: some are stored before the disk fills
    assert err.value.code == "E032" and str(db_path) in str(err.value)
    assert_cli_error(cli_ingest(db_path, *ARTICLES), "E032", db_path)
    tiny_database()  # room again

    db = store.open_db(db_path)
    assert store.integrity_ok(db)
    runs = db.execute("SELECT status, new FROM runs ORDER BY id").fetchall()
    stored = db["articles"].count
    db.conn.close()
    assert runs and all(status == "failed" for status, _ in runs)
    assert 0 < stored < len(ARTICLES) and sum(new for _, new in runs) == stored  # whole articles only

    result = ingest(ARTICLES, db_path)
    assert result.counts["new"] == len(ARTICLES) - stored and result.counts["skipped"] == stored
    clean = tmp_path / "clean.db"
    ingest(ARTICLES, clean)
    assert snapshot(db_path) == snapshot(clean)


FULL_DISK = textwrap.dedent("""
    import json, sqlite3, subprocess, sys
    mnt, inputs = sys.argv[1], sys.argv[2:]
    db = mnt + "/facts.db"
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=768k", "tmpfs", mnt], check=True)
    cmd = [sys.executable, "-m", "vnie", "ingest", *inputs, "--db", db, "--quiet", "--batch", "2"]

    def state(run):
        conn = sqlite3.connect(db)
        out = {"exit": run.returncode, "last": (run.stderr.strip().splitlines() or [""])[-1],
               "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
               "runs": conn.execute("SELECT status, new FROM runs ORDER BY id").fetchall(),
               "articles": conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]}
        conn.close()
        return out

    full = state(subprocess.run(cmd, capture_output=True, text=True))
    subprocess.run(["mount", "-o", "remount,size=64m", mnt], check=True)
    print(json.dumps([full, state(subprocess.run(cmd, capture_output=True, text=True))]))
""")


@pytest.mark.slow
def test_a_real_full_disk(tmp_path):
    """A 768 KB tmpfs in a private mount namespace (root only; nothing stays mounted after)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a small filesystem")
    mnt = tmp_path / "small"
    mnt.mkdir()
    run = subprocess.run(["unshare", "--mount", "--propagation", "private", sys.executable, "-c", FULL_DISK,
                          str(mnt), *map(str, ARTICLES)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or not run.stdout.strip():
        pytest.skip(f"cannot mount a tmpfs here: {run.stderr.strip()[-300:]}")
    full, again = json.loads(run.stdout)
    assert full["exit"] == 2 and full["last"].startswith("Error: ") and "[E032]" in full["last"]
    assert "facts.db" in full["last"] and full["integrity"] == "ok"
    # the failed run is recorded if that last write still fits; else the next run marks it interrupted
    assert full["runs"] in ([["failed", full["articles"]]], [["running", 0]]) and 0 < full["articles"] < len(ARTICLES)
    assert again["exit"] == 0 and again["integrity"] == "ok" and again["articles"] == len(ARTICLES)
    assert again["runs"][-1] == ["done", len(ARTICLES) - full["articles"]]
