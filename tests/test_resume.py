"""A run killed mid-batch (kill -9) leaves a database that opens, passes integrity_check,
and the next run finishes the work: no article lost, none duplicated."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import CORPUS, ROOT
from vnie.storage import store
from vnie.models import Article
from vnie.inputs.read import iter_inputs


def make_archive(dest, copies):
    arts = [a for a in iter_inputs([CORPUS]) if isinstance(a, Article)]
    for i in range(copies):
        for j, a in enumerate(arts):
            (dest / f"c{i:03d}_{j:02d}.txt").write_text(f"{a.text}\n\n(bản {i})\n", encoding="utf-8")
    return copies * len(arts)


@pytest.mark.slow  # ~10 s: an ingest process killed, then a second run
def test_kill_9_mid_batch_then_resume(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    total = make_archive(archive, 12)
    db_path = tmp_path / "facts.db"
    cmd = [sys.executable, "-m", "vnie", "ingest", str(archive), "--db", str(db_path), "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db_path.exists():
            try:
                stored = store.open_db(db_path, readonly=True).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except Exception:  # noqa: BLE001 - the writer may hold the schema lock at first
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; make the archive larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    db = store.open_db(db_path)
    assert store.integrity_ok(db)
    killed_at = db["articles"].count
    assert 0 < killed_at < total
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    db = store.open_db(db_path)
    assert store.integrity_ok(db)
    assert db["articles"].count == total
    dup = db.execute("SELECT COUNT(*) FROM (SELECT article_id, start FROM ratios GROUP BY article_id, start HAVING COUNT(*) > 1)").fetchone()[0]
    assert dup == 0
    last = db.execute("SELECT new, skipped FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert last == (total - killed_at, killed_at)
    statuses = [s for (s,) in db.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]
    # the killed run's record says what it stored (its counts are committed with each batch; before: new=0)
    assert db.execute("SELECT new FROM runs ORDER BY id LIMIT 1").fetchone() == (killed_at,)
    killed = db.execute("SELECT COUNT(*) FROM run_articles WHERE run_id = 1 AND state = 'new'").fetchone()
    assert killed == (killed_at,)
