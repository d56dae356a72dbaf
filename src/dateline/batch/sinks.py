"""Where records go as they are produced: the SQLite store, a JSON Lines file, Parquet.

Each sink writes in commits of a bounded number of records (`commit_every`), so memory stays
flat and a kill -9 loses at most the uncommitted tail, which a re-run processes again; each
knows what it already holds (`done(id, input_hash)`), so a re-run skips it.
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store import SaveCounts, Store, input_hash


class StoreSink:
    """Records upserted into the SQLite store, one transaction per `commit_every` records."""

    def __init__(self, path: str, replace: bool = False, commit_every: int = 200):
        self.store = Store(path)
        self.replace, self.commit_every = replace, commit_every
        self.batch: list[dict[str, Any]] = []
        self.counts = SaveCounts()

    def done(self, article_id: str, digest: str) -> bool:
        return not self.replace and self.store.stored_hash(article_id) == digest

    def stored(self, article_id: str) -> dict[str, Any] | None:
        return self.store.get_record(article_id)

    def add(self, record: dict[str, Any], digest: str) -> None:
        self.batch.append(record)
        if len(self.batch) >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            c = self.store.upsert_records(self.batch, replace_unchanged=self.replace)
            self.counts.inserted += c.inserted
            self.counts.replaced += c.replaced
            self.counts.unchanged += c.unchanged
            self.batch.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.store.close()

    def describe(self) -> str:
        c = self.counts
        return f"store {self.store.path}: {c.inserted} new, {c.replaced} replaced, {c.unchanged} unchanged"


class JsonlSink:
    """Records appended to a JSON Lines file, flushed and fsynced every `commit_every` records.

    On opening, a line cut short by a kill is truncated away and the ids already written are read,
    so a re-run appends only what is missing.
    """

    def __init__(self, path: str, replace: bool = False, commit_every: int = 200):
        self.path, self.replace, self.commit_every = Path(path), replace, commit_every
        self.written: dict[str, str] = {} if replace else self._scan()
        self.fh = open(self.path, "w" if replace else "a", encoding="utf-8")
        self.pending = self.count = 0

    def _scan(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        seen: dict[str, str] = {}
        good = 0
        with open(self.path, "rb") as fh:
            for raw in fh:
                if not raw.endswith(b"\n"):
                    break
                try:
                    rec = json.loads(raw)
                    seen[rec["article"]["id"]] = input_hash(rec["article"])
                except (ValueError, KeyError, TypeError):
                    break
                good += len(raw)
        with open(self.path, "r+b") as fh:
            fh.truncate(good)
        return seen

    def done(self, article_id: str, digest: str) -> bool:
        return self.written.get(article_id) == digest

    def stored(self, article_id: str) -> None:
        return None

    def add(self, record: dict[str, Any], digest: str) -> None:
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.written[record["article"]["id"]] = digest
        self.count += 1
        self.pending += 1
        if self.pending >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.pending = 0

    def close(self) -> None:
        self.flush()
        self.fh.close()

    def describe(self) -> str:
        return f"{self.path}: {self.count} record(s) written"


PARQUET_COLUMNS = ("id", "date", "month", "title", "url", "input_hash", "record")


class ParquetSink:
    """Records as Parquet files in a directory, partitioned by publication month (`month=YYYY-MM/`).

    Columns: id, date, month, title, url, input_hash, and `record` (the full dateline/article@1
    record as JSON). Each commit writes one file per month to a temporary name and renames it into
    place, so a killed run leaves no partial file; a re-run reads the ids and hashes already there
    and writes only what is missing. Read it with `pyarrow.dataset.dataset(DIR, partitioning="hive")`.
    """

    def __init__(self, path: str, replace: bool = False, commit_every: int = 500):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise StoreError("Parquet output needs pyarrow: pip install 'dateline[scale]'") from None
        self.root, self.commit_every = Path(path), commit_every
        self.root.mkdir(parents=True, exist_ok=True)
        for stale in self.root.rglob(".tmp-*"):
            stale.unlink()
        self.written: dict[str, str] = {} if replace else self._scan()
        self.rows: list[dict[str, Any]] = []
        self.run_id = uuid.uuid4().hex[:12]
        self.files = self.count = 0

    def _scan(self) -> dict[str, str]:
        import pyarrow.parquet as pq

        seen: dict[str, str] = {}
        for f in sorted(self.root.rglob("*.parquet")):
            table = pq.read_table(f, columns=["id", "input_hash"])
            seen.update(zip(table.column("id").to_pylist(), table.column("input_hash").to_pylist()))
        return seen

    def done(self, article_id: str, digest: str) -> bool:
        return self.written.get(article_id) == digest

    def stored(self, article_id: str) -> None:
        return None

    def add(self, record: dict[str, Any], digest: str) -> None:
        art = record["article"]
        date = art.get("date") or ""
        self.rows.append({"id": art["id"], "date": date or None, "month": date[:7] if len(date) >= 7 else "unknown",
                          "title": art.get("title"), "url": art.get("url"), "input_hash": digest,
                          "record": json.dumps(record, ensure_ascii=False)})
        self.written[art["id"]] = digest
        if len(self.rows) >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.rows:
            return
        by_month: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            by_month.setdefault(row["month"], []).append(row)
        for month, rows in sorted(by_month.items()):
            folder = self.root / f"month={month}"
            folder.mkdir(exist_ok=True)
            table = pa.Table.from_pylist([{k: r[k] for k in PARQUET_COLUMNS if k != "month"} for r in rows])
            name = f"part-{self.run_id}-{self.files:05d}.parquet"
            tmp = folder / f".tmp-{name}"
            pq.write_table(table, tmp)
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, folder / name)
            self.files += 1
        self.count += len(self.rows)
        self.rows.clear()

    def close(self) -> None:
        self.flush()

    def describe(self) -> str:
        return f"{self.root}: {self.count} record(s) in {self.files} Parquet file(s)"


def open_sink(path: str, replace: bool, commit_every: int | None):
    """A JSON Lines file (.jsonl), else a Parquet directory (.parquet or an existing directory)."""
    kw = {"commit_every": commit_every} if commit_every else {}
    if path.endswith((".jsonl", ".ndjson")):
        return JsonlSink(path, replace, **kw)
    return ParquetSink(path, replace, **kw)
