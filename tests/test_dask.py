"""Beyond one machine: extraction on Dask workers (and on local worker processes) writes
exactly the facts a plain local run writes."""
from __future__ import annotations

import pytest

from conftest import CORPUS
from vnie.storage import store
from vnie.interfaces.ingest import ingest

pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def local_facts(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("local") / "local.db"
    result = ingest([CORPUS], db_path)
    assert result.counts["new"] == 18
    return store.facts(store.open_db(db_path, readonly=True))


@pytest.mark.slow  # ~6 s: starts a Dask LocalCluster
def test_dask_local_cluster_writes_the_same_facts(tmp_path, local_facts, monkeypatch):
    from dask.distributed import Client, LocalCluster

    from vnie.interfaces import ingest as ingest_mod

    def not_here(article):
        raise AssertionError("extraction ran in the writer process, not on a Dask worker")

    monkeypatch.setattr(ingest_mod, "_extract_one", not_here)  # the workers import their own copy

    db_path = tmp_path / "dask.db"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster):
            result = ingest([CORPUS], db_path, dask=cluster.scheduler_address)
            assert result.counts == {"new": 18, "changed": 0, "skipped": 0, "rejected": 0}
            again = ingest([CORPUS], db_path, dask=cluster.scheduler_address)
            assert again.counts["skipped"] == 18
    dask_facts = store.facts(store.open_db(db_path, readonly=True))
    assert {t: len(rows) for t, rows in dask_facts.items()} == {t: len(rows) for t, rows in local_facts.items()}
    assert dask_facts == local_facts


@pytest.mark.slow  # ~5 s: starts a Dask LocalCluster
def test_dask_local_spec_starts_its_own_cluster(tmp_path, local_facts):
    db_path = tmp_path / "dask.db"
    ingest([CORPUS], db_path, dask="local:2")
    assert store.facts(store.open_db(db_path, readonly=True)) == local_facts


def test_worker_processes_write_the_same_facts(tmp_path, local_facts):
    db_path = tmp_path / "pool.db"
    ingest([CORPUS], db_path, workers=2)
    assert store.facts(store.open_db(db_path, readonly=True)) == local_facts


@pytest.mark.slow  # ~2 s: waits out the connect timeout
def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from vnie.interfaces import ingest as ingest_mod
    from vnie.errors import VnieError

    monkeypatch.setattr(ingest_mod, "DASK_CONNECT_TIMEOUT", "2s")
    with pytest.raises(VnieError, match="E042"):
        ingest([CORPUS], tmp_path / "x.db", dask="tcp://127.0.0.1:9")
