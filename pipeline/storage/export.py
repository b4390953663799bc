"""Export whole tables of a facts database as Parquet, CSV or JSON lines.

Tables are read in batches (``fetchmany``) and written as they come, so memory stays bounded by
one batch whatever the size of the archive. Parquet keeps the column types declared in the schema
(INTEGER -> int64, REAL -> float64, TEXT -> string); it needs pyarrow, from the ``analysis`` extra.
Every table is read inside one transaction, so ``--all`` is one consistent snapshot even while an
ingest is writing, and each file is written beside its final name and renamed when complete.
"""
from __future__ import annotations

import csv
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import VnieError
from .store import open_db

FORMATS = ("parquet", "csv", "jsonl")
BATCH_ROWS = 5000
TEXT_BATCH_ROWS = 500  # articles carry whole texts: smaller batches keep memory flat


@dataclass
class Exported:
    table: str
    path: Path
    rows: int
    bytes: int
    seconds: float


def tables(db) -> list[str]:
    """The tables a user can export: every table but SQLite's and the full-text index's own."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    fts = [name for name, sql in rows if sql and "VIRTUAL TABLE" in sql.upper()]
    return [name for name, _ in rows
            if not name.startswith("sqlite_") and name not in fts and not any(name.startswith(f + "_") for f in fts)]


def column_types(db, table: str) -> list[tuple[str, str]]:
    """(column, 'int' | 'real' | 'text') from the declared types, by SQLite's affinity rules."""
    out = []
    for _, name, declared, *_ in db.execute(f'PRAGMA table_info("{table}")').fetchall():
        declared = (declared or "").upper()
        if "INT" in declared:
            kind = "int"
        elif any(t in declared for t in ("REAL", "FLOA", "DOUB")):
            kind = "real"
        else:
            kind = "text"
        out.append((name, kind))
    return out


def export(db_path: str | Path, out_dir: str | Path, names: list[str] | None = None, fmt: str = "parquet",
           batch_rows: int | None = None) -> list[Exported]:
    """Write each table in ``names`` (all when None) to ``out_dir/<table>.<fmt>``."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    writer = {"parquet": _write_parquet, "csv": _write_csv, "jsonl": _write_jsonl}[fmt]
    if fmt == "parquet":
        _require_pyarrow()
    db = open_db(db_path, readonly=True)
    try:
        known = tables(db)
        names = names or known
        unknown = [n for n in names if n not in known]
        if unknown:
            raise VnieError("E051", f"no table {', '.join(unknown)}; the tables are {', '.join(known)}")
        out = _out_dir(out_dir)
        db.execute("BEGIN")  # one snapshot for every table
        return [_export_table(db, name, out / f"{name}.{fmt}", writer, batch_rows) for name in names]
    finally:
        db.conn.close()


def _out_dir(out_dir) -> Path:
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VnieError("E052", str(exc), where=str(out)) from None
    return out


def _export_table(db, table: str, path: Path, writer, batch_rows: int | None) -> Exported:
    t0 = time.perf_counter()
    columns = column_types(db, table)
    size = batch_rows or (TEXT_BATCH_ROWS if table == "articles" else BATCH_ROWS)
    cursor = db.execute(f'SELECT * FROM "{table}"')
    batches = iter(lambda: cursor.fetchmany(size), [])
    partial = path.with_name(path.name + ".partial")
    try:
        rows = writer(partial, table, columns, batches)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise VnieError("E052", str(exc), where=str(path)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Exported(table, path, rows, path.stat().st_size, time.perf_counter() - t0)


def _write_csv(path: Path, table: str, columns, batches) -> int:
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c for c, _ in columns])
        for batch in batches:
            w.writerows(batch)
            rows += len(batch)
    return rows


def _write_jsonl(path: Path, table: str, columns, batches) -> int:
    names = [c for c, _ in columns]
    rows = 0
    with open(path, "w", encoding="utf-8") as fh:
        for batch in batches:
            fh.writelines(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n" for row in batch)
            rows += len(batch)
    return rows


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise VnieError("E050", 'Parquet export needs pyarrow: pip install "vnie[analysis]"') from None


def _write_parquet(path: Path, table: str, columns, batches) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "real": pa.float64(), "text": pa.string()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            arrays = [_column(table, name, kind, [row[i] for row in batch], types[kind])
                      for i, (name, kind) in enumerate(columns)]
            writer.write_batch(pa.record_batch(arrays, schema=schema))
            rows += len(batch)
    return rows


def _column(table: str, name: str, kind: str, values: list, arrow_type):
    """One column of a batch in its declared type; SQLite may store another type in a cell."""
    import pyarrow as pa

    try:
        return pa.array(values, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
        if kind != "text":
            raise VnieError("E053", f"{table}.{name} is declared {kind}: {exc}") from None
    # a number or bytes in a TEXT column: keep it, as text
    return pa.array([v if v is None or isinstance(v, str) else
                     v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in values], type=arrow_type)
