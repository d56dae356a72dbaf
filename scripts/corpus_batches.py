"""The invented conflict batches each linked alone, as a held-out batch is scored (issue 12, session 17).

  python scripts/corpus_eval.py invented --db /tmp/inv.db       # extract (and link) every batch once
  python scripts/corpus_batches.py --db /tmp/inv.db [--batches p,q,...]

`corpus_eval.py invented` links all batches together, so a word common to many stories' statements (`linking.json`
claim_common_*) stops being a matter word and the figure is lower than any batch scores alone; a held-out batch is
scored alone (`--batches ,al`). Here every batch's articles are copied into a store of their own and relinked; the
conflicting article pairs found, listed and written down are summed over the batches (and printed per batch).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_eval as ce  # noqa: E402


def alone(db: str, batch: str, ids: list[str], work: Path, similarity: str | None = None) -> set[frozenset]:
    """The conflicting article pairs the linker lists for one batch's articles, relinked without the others."""
    from dateline.corpus import update
    from dateline.store import Store
    copy = work / f"{batch}.db"
    shutil.copy(db, copy)
    conn = sqlite3.connect(copy)
    conn.execute(f"DELETE FROM articles WHERE id NOT IN ({','.join('?' * len(ids))})", ids)
    conn.commit()
    conn.close()
    with Store(str(copy)) as st:
        update(st.conn, relink=True, similarity=similarity)
        return {frozenset(r) for r in st.conn.execute(
            "SELECT a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus'")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a store `corpus_eval.py invented` extracted the batches into")
    ap.add_argument("--batches", default=None, help="only these (as corpus_eval.py invented --batches)")
    ap.add_argument("--similarity", default=None, help="link with this encoder (minilm; its vectors are cached in --db"
                    " by `corpus_eval.py invented --reuse --similarity minilm`)")
    args = ap.parse_args()
    with sqlite3.connect(args.db) as conn:
        stored = [r[0] for r in conn.execute("SELECT id FROM articles")]
    wanted = ce._batch_set(args.batches) if args.batches else None
    by_batch: dict[str, list[str]] = {}
    for aid in stored:
        if wanted is None or ce.batch_of(aid) in wanted:
            by_batch.setdefault(ce.batch_of(aid), []).append(aid)
    gold = ce.invented_gold()
    rows, total = {}, [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for batch in sorted(by_batch, key=lambda b: (len(b), b)):
            found = alone(args.db, batch, by_batch[batch], Path(tmp), args.similarity)
            mine = {g for g in gold if all(ce.batch_of(a) == batch for a in g)}
            rows[batch] = {"found": len(mine & found), "listed": len(found), "gold": len(mine)}
            total = [total[0] + len(mine & found), total[1] + len(found), total[2] + len(mine)]
    out = {"found": total[0], "listed": total[1], "gold": total[2],
           "recall": round(total[0] / total[2], 3) if total[2] else None,
           "precision": round(total[0] / total[1], 3) if total[1] else None, "batches": rows}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
