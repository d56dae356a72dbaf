"""Writing export rows: JSON Lines, CSV, Parquet partitioned by month, POLECAT-style JSON Lines."""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path
from typing import Any, Iterable

from ..errors import DatelineError
from .columns import COLUMNS, F, I

FORMATS = ("jsonl", "csv", "parquet", "polecat")
_MOD = {"asserted": "asserted", "negated": "negated", "threat": "threatened", "hypothetical": "hypothetical"}


def _flat(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def polecat(row: dict[str, Any]) -> dict[str, Any]:
    """A GDELT-style corpus-event row in POLECAT's field names."""
    date = str(row["SQLDATE"]) if row["SQLDATE"] else None
    return {
        "Event ID": row["GLOBALEVENTID"], "Event Date": f"{date[:4]}-{date[4:6]}-{date[6:]}" if date else None,
        "Event Type": row["PloverType"].lower(), "Event Mode": None, "Quad Code": row["QuadClass"],
        "Modality": _MOD.get(row["Modality"], row["Modality"]),
        "Actor Name": row["Actor1Name"], "Actor Country": row["Actor1CountryCode"],
        "Primary Actor Sector": (row["Actor1Code"] or "")[3:] or None,
        "Recipient Name": row["Actor2Name"], "Recipient Country": row["Actor2CountryCode"],
        "Primary Recipient Sector": (row["Actor2Code"] or "")[3:] or None,
        "Placename": row["ActionGeo_FullName"], "Country": row["ActionGeo_CountryCode"],
        "Latitude": row["ActionGeo_Lat"], "Longitude": row["ActionGeo_Long"],
        "Feed": row["Outlets"], "Story Date": row["DATEADDED"], "Source URLs": [row["SOURCEURL"]] if row["SOURCEURL"] else [],
        "Number of Sources": row["NumSources"], "Number of Articles": row["NumArticles"],
    }


def write(rows: Iterable[dict[str, Any]], what: str, fmt: str, out: str) -> int:
    """Write rows to `out` ('-' = stdout for jsonl/csv/polecat; a directory for parquet); returns the count."""
    try:
        if fmt == "parquet":
            return _parquet(list(rows), what, out)
        fh = sys.stdout if out == "-" else open(out, "w", encoding="utf-8", newline="")
    except OSError as exc:  # a missing folder, a path under a file, no permission: the user's -o, named
        raise DatelineError(f"export: -o {out}: cannot write ({exc.strerror or exc})") from exc
    n = 0
    try:
        if fmt == "csv":
            w = csv.DictWriter(fh, fieldnames=[c for c, _, _ in COLUMNS[what]])
            w.writeheader()
            for r in rows:
                w.writerow({k: _flat(v) for k, v in r.items()})
                n += 1
        else:
            if fmt == "polecat" and what != "corpus-events":
                raise DatelineError("export: --format polecat is for --what corpus-events")
            for r in rows:
                fh.write(json.dumps(polecat(r) if fmt == "polecat" else r, ensure_ascii=False) + "\n")
                n += 1
    finally:
        if fh is not sys.stdout:
            fh.close()
    return n


def _parquet(rows: list[dict[str, Any]], what: str, out: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.dataset as ds
    except ImportError as exc:
        raise DatelineError("export: Parquet needs pyarrow: pip install 'dateline[analysis]'") from exc
    if out == "-":
        raise DatelineError("export: Parquet goes to a directory: -o DIR")
    kinds = {"str": pa.string(), I: pa.int64(), F: pa.float64()}
    schema = pa.schema([(c, kinds[t]) for c, t, _ in COLUMNS[what]])
    table = pa.Table.from_pylist([{k: _flat(v) for k, v in r.items()} for r in rows], schema=schema)
    path = Path(out)
    if path.exists() and any(path.iterdir()):
        shutil.rmtree(path) if (path / ".dateline-export").exists() else None
        if path.exists() and any(path.iterdir()):
            raise DatelineError(f"export: {out} is a non-empty directory not written by dateline export")
    path.mkdir(parents=True, exist_ok=True)
    ds.write_dataset(table, path, format="parquet", partitioning=["month"], partitioning_flavor="hive",
                     basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore")
    (path / ".dateline-export").write_text(what + "\n")
    return table.num_rows
