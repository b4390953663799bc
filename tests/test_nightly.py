"""The nightly ingest: only new work is done, a run says what it did, logs suit cron."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT, write
from vnie.interfaces import ingest as ingest_mod
from vnie.storage import store
from vnie.interfaces.cli import main
from vnie.interfaces.ingest import ingest


def copy_corpus(dest):
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in {".txt", ".html", ".jsonl"}:
            write(dest / f.name, f.read_bytes())
    return dest


def count_calls(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_unchanged_archive_is_skipped_without_reading_or_extracting(tmp_path, db_path, monkeypatch):
    archive = copy_corpus(tmp_path / "archive")
    first = ingest([archive], db_path)
    assert first.counts["new"] == 18 and first.counts["rejected"] == 0
    reads = count_calls(monkeypatch, ingest_mod, "read_path")
    extracts = count_calls(monkeypatch, ingest_mod, "extract")
    second = ingest([archive], db_path)
    assert second.counts == {"new": 0, "changed": 0, "skipped": 18, "rejected": 0}
    assert reads == [] and extracts == []  # no file parsed, no article extracted


def test_changed_file_replaces_only_its_facts(tmp_path, db_path, monkeypatch):
    archive = copy_corpus(tmp_path / "archive")
    ingest([archive], db_path)
    target = sorted(archive.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nHuyện đã hoàn thành 13/17 nhiệm vụ.\n", encoding="utf-8")
    extracts = count_calls(monkeypatch, ingest_mod, "extract")
    result = ingest([archive], db_path)
    assert result.counts == {"new": 0, "changed": 1, "skipped": 17, "rejected": 0}
    assert len(extracts) == 1
    db = store.open_db(db_path, readonly=True)
    assert db.execute("SELECT COUNT(*) FROM ratios WHERE text='13/17'").fetchone()[0] == 1


def test_new_rules_version_reextracts(tmp_path, db_path, monkeypatch):
    archive = copy_corpus(tmp_path / "archive")
    ingest([archive], db_path)
    version = ingest_mod.load_rules().version
    monkeypatch.setattr(ingest_mod, "load_rules", lambda: type("R", (), {"version": version + "-next"})())
    result = ingest([archive], db_path)
    assert result.counts == {"new": 0, "changed": 18, "skipped": 0, "rejected": 0}
    db = store.open_db(db_path, readonly=True)
    assert {v for (v,) in db.execute("SELECT DISTINCT rules_version FROM articles")} == {version + "-next"}


def test_reextract_flag_and_a_file_with_rejects_is_read_again(tmp_path, db_path):
    archive = copy_corpus(tmp_path / "archive")
    write(archive / "mixed.jsonl", '{"text": "Ngày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp."}\nnot json\n')
    first = ingest([archive], db_path)
    assert first.counts["rejected"] == 1
    again = ingest([archive], db_path)
    # the bad line is read again and met again: known (the same bytes were rejected before), so no
    # new failure and exit code 0, as a nightly cron job wants (issue 14)
    assert again.counts == {"new": 0, "changed": 0, "skipped": 19, "rejected": 0}
    assert again.known == 1 and again.exit_code == 0
    forced = ingest([archive], db_path, reextract=True)
    assert forced.counts["changed"] == 19


def test_run_record(tmp_path, db_path):
    archive = copy_corpus(tmp_path / "archive")
    ingest([archive], db_path)
    ingest([archive], db_path)
    rows = CliRunner().invoke(main, ["runs", "--db", str(db_path), "--format", "json"])
    runs = json.loads(rows.output)
    assert [(r["new"], r["skipped"], r["status"]) for r in runs[:2]] == [(0, 18, "done"), (18, 0, "done")]  # newest first
    assert all(r["rules_version"] and r["vnie_version"] and r["duration"] is not None for r in runs)


@pytest.mark.slow  # ~4 s: two ingests in subprocesses
def test_log_lines_under_cron(tmp_path, db_path):
    archive = copy_corpus(tmp_path / "archive")
    plain = subprocess.run([sys.executable, "-m", "vnie", "ingest", str(archive), "--db", str(db_path)],
                           cwd=ROOT, capture_output=True, text=True)
    assert plain.returncode == 0
    lines = plain.stderr.strip().splitlines()
    assert "vnie start: run 1" in lines[0] and "vnie done: run 1: 18 new" in lines[-1]
    as_json = subprocess.run([sys.executable, "-m", "vnie", "ingest", str(archive), "--db", str(db_path),
                              "--log-json"], cwd=ROOT, capture_output=True, text=True)
    events = [json.loads(line) for line in as_json.stderr.splitlines()]
    assert [e["event"] for e in events] == ["start", "done"]
    assert events[-1]["skipped"] == 18 and events[-1]["run"] == 2


def test_progress_lines_have_rate_and_eta(tmp_path, db_path):
    import io

    from vnie.interfaces.progress import LogReporter

    out = io.StringIO()
    report = LogReporter(as_json=True, every=0, stream=out)
    archive = copy_corpus(tmp_path / "archive")
    ingest([archive], db_path, on_start=lambda r: report.start(r.run_id, [archive], db_path), on_progress=report.update)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    progress = [e for e in events if e["event"] == "progress"]
    assert progress and progress[-1]["articles"] == 18 and progress[-1]["percent"] == 100.0
    assert progress[-1]["eta_seconds"] == 0 and progress[-1]["per_second"] > 0


@pytest.mark.slow  # ~9 s: six copies of the corpus ingested while readers query
def test_readers_work_while_an_ingest_runs(tmp_path, db_path):
    archive = tmp_path / "archive"
    for i in range(6):
        copy_corpus(archive / f"copy{i}")
        for f in (archive / f"copy{i}").glob("*.txt"):
            f.write_text(f.read_text(encoding="utf-8") + f"\n(bản {i})\n", encoding="utf-8")
    ingest([archive / "copy0"], db_path)
    proc = subprocess.Popen([sys.executable, "-m", "vnie", "ingest", str(archive), "--db", str(db_path),
                             "--quiet"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    seen = []
    while proc.poll() is None:
        out = CliRunner().invoke(main, ["stats", "--db", str(db_path), "--format", "json"])
        assert out.exit_code == 0, out.output
        seen.append(json.loads(out.output)["articles"])
    assert proc.wait() == 0, proc.stderr.read()
    assert len(seen) >= 2 and seen == sorted(seen)  # reads answered while the writer worked


def test_ingest_accounts_for_pipes_link_loops_and_odd_names(tmp_path, db_path):
    import os

    archive = tmp_path / "archive"
    write(archive / "a.txt", "Tin\n\nNgày 2/3/2024, đồng chí Lê Văn Ba, Bí thư Huyện ủy, dự họp.\n")
    os.mkfifo(archive / "pipe.txt")  # opening it would wait for a writer for ever
    os.symlink(archive / "loop", archive / "loop")
    odd = os.fsdecode(bytes(archive) + b"/t\xffn.txt")  # a name that is not UTF-8
    write(Path(odd), "Tin\n\nNgày 2/3/2024, đồng chí Lê Văn Bốn, Bí thư Huyện ủy, dự họp.\n")
    result = ingest([archive], db_path)
    assert result.counts == {"new": 2, "changed": 0, "skipped": 0, "rejected": 2}
    assert sorted(r.code for r in result.rejects) == ["E001", "E002"]
    again = ingest([archive], db_path)
    assert again.counts == {"new": 0, "changed": 0, "skipped": 2, "rejected": 0} and again.known == 2
