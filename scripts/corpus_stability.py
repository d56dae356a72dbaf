"""How much the cross-article conflicts listed move when the corpus changes a little (no labels): link a store,
then link copies of it with `--drop` random articles left out, and count the conflicting statement pairs between
the articles kept that one run lists and the other does not. A matter test that cuts word frequencies yes/no flips
pairs far from the articles dropped (a word crossing the cut as the statement count moves); a smooth one should not.

    python scripts/corpus_stability.py --db STORE.db [--drop 4] [--seeds 0,1,2]   # STORE: extracted, e.g. by
                                                                                  # corpus_eval.py invented/extract
"""
from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _linked(path: str, drop: list[str]) -> set[tuple]:
    from dateline.corpus import update
    from dateline.store import Store
    with Store(path) as st:
        st.conn.executemany("DELETE FROM articles WHERE id = ?", [(a,) for a in drop])
        update(st.conn, relink=True)
        return {tuple(r) for r in st.conn.execute(
            "SELECT kind, a_article, a_ref, b_article, b_ref FROM corpus_conflicts WHERE scope = 'corpus'")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--drop", type=int, default=4)
    ap.add_argument("--seeds", default="0,1,2")
    args = ap.parse_args()
    ids = [r[0] for r in sqlite3.connect(args.db).execute("SELECT id FROM articles ORDER BY id")]
    with tempfile.TemporaryDirectory() as tmp:
        full_db = str(Path(tmp) / "full.db")
        shutil.copy(args.db, full_db)
        full = _linked(full_db, [])
        print(f"articles {len(ids)}, pairs listed {len(full)}")
        for seed in (int(s) for s in args.seeds.split(",")):
            drop = random.Random(seed).sample(ids, args.drop)
            part_db = str(Path(tmp) / f"part{seed}.db")
            shutil.copy(args.db, part_db)
            part = _linked(part_db, drop)
            kept = {p for p in full if p[1] not in drop and p[3] not in drop}
            print(f"seed {seed}: dropped {args.drop}; pairs among the kept articles only with all {len(kept - part)}, "
                  f"only without the dropped {len(part - kept)}")
            for pair in sorted((kept - part) | (part - kept)):
                print("   ", "with all" if pair in kept else "without", *pair)


if __name__ == "__main__":
    main()
