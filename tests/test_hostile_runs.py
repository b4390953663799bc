"""Hostile input, round two (issue 16): never hung, and a nightly run that says what it did.

A killed worker costs a retry, not the run; a Dask spec that cannot work is a usage error; two
ingests started together take turns; one article may cost so much and no more; a reject met
again is known (issue 14), ``vnie rejects --new`` lists the new ones, ``vnie runs RUN_ID`` what a
run added and changed; a file name cannot forge a log line.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT, write
from vnie.interfaces import ingest as ingest_mod
from vnie.interfaces.cli import main
from vnie.interfaces.ingest import Limits, ingest
from vnie.models import Article
from vnie.inputs.read import iter_inputs
from vnie.storage import store


def distinct_copies(dest: Path, copies: int) -> int:
    arts = [a for a in iter_inputs([CORPUS]) if isinstance(a, Article)]
    for i in range(copies):
        for j, a in enumerate(arts):
            write(dest / f"c{i:03d}_{j:02d}.txt", f"{a.text}\n\n(bản {i})\n")
    return copies * len(arts)


def count(db_path, sql="SELECT COUNT(*) FROM articles"):
    db = store.open_db(db_path, readonly=True)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.conn.close()


def children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


@pytest.mark.slow
def test_killing_a_worker_does_not_hang_the_run(tmp_path):
    archive = tmp_path / "archive"
    total = distinct_copies(archive, 30)
    db_path = tmp_path / "facts.db"
    proc = subprocess.Popen([sys.executable, "-m", "vnie", "ingest", str(archive), "--db", str(db_path),
                             "--workers", "2", "--quiet", "--batch", "4"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
        try:
            if db_path.exists() and count(db_path) >= 20:  # articles are in flight in both workers
                break
        except Exception:  # noqa: BLE001 - the schema is being made
            continue
    workers = children(proc.pid)
    assert proc.poll() is None and workers, "the run ended before a worker could be killed: make it larger"
    os.kill(workers[0], signal.SIGKILL)  # as the OOM killer would
    try:
        proc.wait(timeout=240)  # before: the run waited for the lost batch for ever
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run hung after one worker was killed")
    assert proc.returncode == 0, proc.stderr.read()
    assert count(db_path) == total  # the batches the dead worker held were done again


@pytest.mark.parametrize("spec", ["local:0", "local:-1", "local:abc", "garbage", "tcp://", "local:100000"])
def test_a_dask_spec_that_cannot_work_is_a_usage_error(tmp_path, spec):
    t0 = time.perf_counter()
    out = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", str(tmp_path / "x.db"), "--dask", spec])
    assert out.exit_code == 2 and "Invalid value for '--dask'" in out.output and "Traceback" not in out.output
    assert time.perf_counter() - t0 < 10 and not (tmp_path / "x.db").exists()
    with pytest.raises(ValueError):
        ingest([CORPUS], tmp_path / "y.db", dask=spec)


@pytest.mark.slow  # ~13 s: two ingest processes, one waiting for the other
def test_two_ingests_started_together_on_a_new_database_take_turns(tmp_path):
    for attempt in range(3):
        db_path = tmp_path / f"new{attempt}.db"
        cmd = [sys.executable, "-m", "vnie", "ingest", str(CORPUS), "--db", str(db_path), "--quiet"]
        procs = [subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        errors = [p.communicate(timeout=300)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], errors  # before: now and then E031 database is locked
        db = store.open_db(db_path, readonly=True)
        assert [s for (s,) in db.execute("SELECT status FROM runs ORDER BY id")] == ["done", "done"]
        assert db.execute("SELECT new, skipped FROM runs ORDER BY id").fetchall() == [(18, 0), (0, 18)]
        db.conn.close()


# ---------------------------------------------------------------- a bound per article

def test_an_article_over_the_bounds_is_rejected_with_a_code(tmp_path, db_path):
    text = "Tin lớn\n\n" + "".join(f"Ngày {1 + i % 28}/{1 + i % 12}/2024, Ban Tổ chức tổ chức Hội nghị lần thứ {i}. "
                                   for i in range(3000))
    write(tmp_path / "arch" / "big.txt", text)
    write(tmp_path / "arch" / "ok.txt", "Tin\n\nNgày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp.\n")
    cases = [(Limits(chars=10_000), "E044", "characters"), (Limits(seconds=0.2), "E043", "over 0.2 s"),
             (Limits(facts=100), "E044", "facts")]
    for n, (limits, code, word) in enumerate(cases):
        result = ingest([tmp_path / "arch"], tmp_path / f"b{n}.db", limits=limits)
        assert result.counts["new"] == 1  # the batch went on
        (r,) = result.rejects
        assert r.source.endswith("big.txt") and r.code == code and word in r.reason


def test_a_four_megabyte_article_is_rejected_without_being_extracted(tmp_path, db_path, monkeypatch):
    calls = []
    monkeypatch.setattr(ingest_mod, "extract", lambda a: calls.append(a) or pytest.fail("extracted"))
    write(tmp_path / "arch" / "huge.txt", "Tin\n\n" + "Hội nghị lần thứ nhất họp bàn. " * 130_000)
    t0 = time.perf_counter()
    (r,) = ingest([tmp_path / "arch"], db_path).rejects
    assert r.code == "E044" and not calls and time.perf_counter() - t0 < 30


def test_vnie_extract_has_the_same_bounds(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "LIMITS", Limits(chars=100))
    write(tmp_path / "a.txt", "Tin\n\n" + "Ngày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp. " * 5)
    out = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt")])
    assert out.exit_code == 1 and "[E044]" in out.output and "Traceback" not in out.output


# ---------------------------------------------------------------- the nightly run (issue 14)

def test_a_reject_met_again_is_known_and_rejects_new_lists_the_new_ones(tmp_path, db_path):
    arch = tmp_path / "arch"
    write(arch / "a.txt", "Tin\n\nNgày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp.\n")
    write(arch / "empty.txt", "")
    write(arch / "mixed.jsonl", '{"text": "Ngày 2/3/2024, đồng chí Lê Văn Bốn dự họp."}\nnot json\n')

    def run():
        out = CliRunner().invoke(main, ["ingest", str(arch), "--db", str(db_path), "--log", "log"])
        new = json.loads(CliRunner().invoke(main, ["rejects", "--db", str(db_path), "--new", "--format", "json"]).output)
        return out, sorted((r["source"].split("/")[-1], r["code"]) for r in new)

    out, new = run()
    assert out.exit_code == 1 and new == [("empty.txt", "E003"), ("mixed.jsonl", "E007")]
    for _ in range(2):  # every night after: the same bytes, the same rejects: known, exit 0, nothing stored
        out, new = run()
        assert out.exit_code == 0 and "0 rejected (2 known)" in out.output and new == [], out.output
    assert count(db_path, "SELECT COUNT(*) FROM rejects") == 2  # before: 2 more rows a night
    assert count(db_path, "SELECT MAX(last_run) FROM rejects") == 3
    write(arch / "binary.txt", b"\x00\x01\x02binary")
    out, new = run()
    assert out.exit_code == 1 and new == [("binary.txt", "E004")]
    write(arch / "empty.txt", "Tin\n\nNgày 3/3/2024 họp.\n")  # fixed: read and stored
    out, _ = run()
    assert out.exit_code == 0 and "1 new" in out.output


def test_runs_run_id_lists_what_the_run_added_and_changed(tmp_path, db_path):
    arch = tmp_path / "arch"
    write(arch / "a.txt", "Tin A\n\nNgày 2/3/2024, đồng chí Lê Văn Ba dự họp.\n")
    write(arch / "b.txt", "Tin B\n\nNgày 3/3/2024, đồng chí Lê Văn Bốn dự họp.\n")
    ingest([arch], db_path)
    write(arch / "b.txt", "Tin B\n\nNgày 4/3/2024, đồng chí Lê Văn Bốn dự họp lại.\n")
    write(arch / "c.txt", "Tin C\n\nNgày 5/3/2024, đồng chí Lê Văn Năm dự họp.\n")
    ingest([arch], db_path)
    out = CliRunner().invoke(main, ["runs", "2", "--db", str(db_path), "--format", "json"])
    rows = json.loads(out.output)
    got = sorted((r["state"], (r["source"] or "").split("/")[-1], r["title"] or "") for r in rows)
    assert got == [("changed", "b.txt", "Tin B"), ("new", "c.txt", "Tin C"), ("replaced", "b.txt", "Tin B")]
    first = json.loads(CliRunner().invoke(main, ["runs", "1", "--db", str(db_path), "--format", "json"]).output)
    assert sorted(r["title"] for r in first if r["state"] == "new") == ["Tin A", "Tin B"]
    missing = CliRunner().invoke(main, ["runs", "9", "--db", str(db_path)])
    assert missing.exit_code == 2 and "no run 9" in missing.output


def test_a_file_name_cannot_forge_a_log_line_or_drive_the_terminal(tmp_path, db_path):
    arch = tmp_path / "arch"
    write(arch / "x\n2026-01-01T00:00:00+00:00 vnie done: run 9: forged.txt", "")
    write(arch / "esc\x1b[2Jcleared.txt", b"\x00binary")
    out = subprocess.run([sys.executable, "-m", "vnie", "ingest", str(arch), "--db", str(db_path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 1 and "\x1b" not in out.stderr
    lines = out.stderr.splitlines()
    assert all(line[:4].isdigit() and " vnie " in line for line in lines), lines
    assert not any(line.split(" vnie ", 1)[1].startswith("done: run 9") for line in lines)
    table = CliRunner().invoke(main, ["rejects", "--db", str(db_path)])
    assert "\x1b" not in table.output and "\\x1b" in table.output
    csv_out = CliRunner().invoke(main, ["rejects", "--db", str(db_path), "--format", "csv"])
    assert "\x1b" not in csv_out.output


def test_extract_output_never_carries_terminal_escapes(tmp_path):
    crawl = write(tmp_path / "c.jsonl", json.dumps({"url": "https://x.example/esc", "title": "Tin\x1b[2J\x9b31m\u202e",
                                                    "text": "Ngày 2/3/2024, đồng chí Lê Văn Ba dự họp."}))
    for fmt in ("jsonl", "json"):
        out = CliRunner().invoke(main, ["extract", str(crawl), "--format", fmt])
        assert out.exit_code == 0 and not any(c in out.output for c in "\x1b\x9b\u202e"), out.output
        records = [json.loads(line) for line in out.output.splitlines()] if fmt == "jsonl" else json.loads(out.output)
        assert records[0]["title"] == "Tin\x1b[2J\x9b31m\u202e"  # the data unchanged, only its JSON escaped



@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the alarm ignored in the callback
def test_the_time_bound_holds_when_the_alarm_falls_in_a_garbage_collector_callback():
    """Python ignores an exception raised in a gc callback: the alarm, falling there, must come again."""
    import gc

    from vnie.interfaces.ingest import _time_limit, _TooLong

    def slow_callback(phase, info):
        if phase == "start":
            end = time.perf_counter() + 0.3  # the 0.1 s alarm falls in here
            while time.perf_counter() < end:
                pass

    gc.callbacks.append(slow_callback)
    t0 = time.perf_counter()
    try:
        with pytest.raises(_TooLong):
            with _time_limit(0.1):
                gc.collect()
                while time.perf_counter() - t0 < 3:
                    pass
    finally:
        gc.callbacks.remove(slow_callback)
    assert time.perf_counter() - t0 < 1.5
