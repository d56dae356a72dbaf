"""A learned link score, studied and not kept (issue 12, session 23; docs/corpus.md "Session 23").

  python scripts/corpus_links.py rows --rep --invented INV.db --shift CAL1.db CAL2.db CAL3.db CAL4.db -o rows.jsonl
  python scripts/corpus_links.py study rows.jsonl                    # held out by group: probability by label
  python scripts/corpus_links.py train rows.jsonl --threshold 0.95 -o model.json
  python scripts/corpus_links.py link invented|set|shift --db DB --model model.json [--named]

The rules (corpus/scoring.py) are a chain of hard gates and a hand-weighted sum. This weighs what they compare
together (`features`: the type relation, the days and whether each side dates the act in its own words, named sources
and targets agreeing, differing or crossed, participants shared in any role, unnamed groups, names written in both
evidences, places, act words) in a logistic model whose weights take the sign their reading means (`_Signed`), and
lets a candidate the rules turn down join when the probability reaches a threshold (`link`, which patches the linker
for the run; nothing in the package uses it).

Rows (`--rep`): every candidate the rules turn down while linking by the rules that passes the hard gates of modality,
days and place, read against the corpus event's merged signature. Labels: from the hand-grouped invented batches
(`invented/mentions.tsv`, matched by evidence overlap) 1 when the mention's label is among the corpus event's
mentions' labels, 0 when not; 0 for a corpus event of another invented story; and 0 for a corpus event across the
halves of a real window whose first month is moved 30 days onto the second (the shift test: events weeks apart).
Others are left out. Groups: the invented batch or the real window. Without `--rep`: mention pairs sharing a block.
Nothing here reads the linking set's labels (eval/corpus_linking/gold.tsv); `link set` prints its scores only.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_eval as ce  # noqa: E402
from dateline.corpus.scoring import _any_role, _far, _hits, _side, act_words, days_apart  # noqa: E402


# ---------------------------------------------------------------- the readings (what the rules compare, together)
FEATURES = ("same_type", "same_family", "same_side", "days", "both_exact", "neither_exact", "src_agree",
            "src_differ", "tgt_agree", "tgt_differ", "crossed", "any_role", "weak", "names", "places", "country",
            "act_words", "terms")


def _roles(sig: dict[str, Any], rep: dict[str, Any]) -> dict[str, float]:
    """Named sources and targets role by role: agreeing (a shared key), differing (both named, none shared), and
    crossed (the mention's source is the corpus event's target or the reverse: 'X beat Y' / 'Y lost to X')."""
    out = {}
    for role, mine, theirs in (("src", sig["src"], rep["src"]), ("tgt", sig["tgt"], rep["tgt"])):
        named = [p for p in mine if p["strong"]]
        out[f"{role}_agree"] = float(bool(named and theirs and _hits(named, theirs)))
        out[f"{role}_differ"] = float(bool(named and theirs and not _hits(named, theirs)))
    src = [p for p in sig["src"] if p["strong"]]
    tgt = [p for p in sig["tgt"] if p["strong"]]
    out["crossed"] = float(bool((src and _hits(src, rep["tgt"])) or (tgt and _hits(tgt, rep["src"]))))
    return out


def features(sig: dict[str, Any], rep: dict[str, Any]) -> dict[str, float] | None:
    """The readings of a mention against a corpus event, or None when a hard gate (modality, days, place) fails."""
    if sig["mod"] != rep["mod"] or sig["day"] is None or rep.get("lo") is None or sig.get("coarse"):
        return None
    days = days_apart(sig, rep)
    if days is None or (sig.get("country") and rep["countries"] and sig["country"] not in rep["countries"]) \
            or _far(sig, rep):
        return None
    side = _side(sig["type"])
    weak = {k for p in sig["src"] + sig["tgt"] + sig["oth"] if not p["strong"] for k in p["keys"][-1:]}
    mine_names = set(sig.get("names") or ())
    top, mine = set(rep["terms"]), set(sig["terms"])
    return {
        "same_type": float(sig["type"] in rep["types"]),
        "same_family": float(sig["family"] == rep["family"]),
        "same_side": float(side is not None and any(_side(t) == side for t in rep["types"])),
        "days": days[0] / (days[1] + 1),
        "both_exact": float(sig["exact"] and rep["exact"]),
        "neither_exact": float(not sig["exact"] and not rep["exact"]),
        **_roles(sig, rep),
        "any_role": _any_role(sig, rep) or 0.0,
        "weak": float(bool(weak & set(rep["weak"]))),
        "names": min(3, len({k for k in mine_names if k.startswith("w:")} & set(rep.get("names") or ()))) / 3,
        "places": float(bool({k for k in mine_names if k.startswith("pl:")} & set(rep.get("names") or ()))),
        "country": float(bool(sig.get("country") and sig["country"] in rep["countries"])),
        "act_words": act_words(sig, rep),
        "terms": len(top & mine) / len(top | mine) if top | mine else 0.0,
    }


def _blocks(sig: dict) -> set[str]:
    from dateline.corpus.signature import block_keys
    return set(block_keys(sig)) | {"n|" + k for k in sig.get("names") or ()}


def _sigs(recs: list[dict]) -> list[dict]:
    from dateline.corpus.signature import event_signature
    out = []
    for rec in recs:
        for ev in rec.get("events") or []:
            sig = event_signature(rec, ev)
            ev_span = ev.get("evidence") or {}
            sig["_span"] = (ev_span.get("start"), ev_span.get("end"))
            out.append(sig)
    return [s for s in out if s["day"] is not None and not s.get("coarse")]


def _pairs(sigs: list[dict]):
    """(earlier, later, features) of every pair of two articles passing the hard gates and sharing a block."""
    from dateline.corpus.scoring import new_rep, score
    from dateline.corpus.signature import settings
    sigs = sorted(sigs, key=lambda s: (s["day"], s["article"]))
    blocks = [_blocks(s) for s in sigs]
    for i, a in enumerate(sigs):
        rep = None
        for j in range(i + 1, len(sigs)):
            b = sigs[j]
            if b["day"] - a["day"] > 4:
                break
            if b["article"] == a["article"] or not blocks[i] & blocks[j]:
                continue
            rep = rep or new_rep(a)
            f = features(b, rep)
            if f is not None:
                got = score(b, rep)
                yield a, b, dict(f, rule=float(bool(got and got[0] >= settings()["link_threshold"])))


def _gold_labels() -> dict[str, list[tuple[int, int, str]]]:
    with open(ce.INVENTED / "mentions.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    out: dict[str, list] = {}
    for art, _m, label, _t, _mod, start, end, *_ in rows:
        out.setdefault(art, []).append((int(start), int(end), label))
    return out


def _labels_of(sig: dict, gold: dict) -> set[str]:
    s, e = sig["_span"]
    return {lab for gs, ge, lab in gold.get(sig["article"], []) if s is not None and min(e, ge) > max(s, gs)}


def invented_rows(db: str) -> list[dict]:
    gold = _gold_labels()
    with sqlite3.connect(db) as conn:
        recs = [json.loads(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY date, id")]
    out = []
    for a, b, f in _pairs(_sigs(recs)):
        if ce.story_of(a["article"]) != ce.story_of(b["article"]):
            label = 0
        elif a["article"] in gold and b["article"] in gold:
            la, lb = _labels_of(a, gold), _labels_of(b, gold)
            if not la or not lb:
                continue
            label = int(bool(la & lb))
        else:
            continue
        out.append({"group": ce.batch_of(b["article"]), "label": label, "f": f,
                    "pair": [a["article"], b["article"]], "types": [a["type"], b["type"]]})
    return out


def _shifted_window(db: str, days: int) -> tuple[list[dict], set[str]]:
    """The stored records with the first month's articles moved `days` later (no real story spans the gap), and
    the ids of those moved."""
    with sqlite3.connect(db) as conn:
        recs = [json.loads(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY date, id")]
    cut = min(r["article"]["date"][:7] for r in recs)
    moved = {r["article"]["id"] for r in recs if r["article"]["date"][:7] == cut}
    recs = [ce._shifted(r, days) if r["article"]["id"] in moved else r for r in recs]
    return recs, moved


def shift_rows(db: str, name: str, days: int = 30) -> list[dict]:
    recs, moved = _shifted_window(db, days)
    return [{"group": name, "label": 0, "f": f, "pair": [a["article"], b["article"]], "types": [a["type"], b["type"]]}
            for a, b, f in _pairs(_sigs(recs)) if (a["article"] in moved) != (b["article"] in moved)]


def _candidates_while_linking(recs: list[dict]) -> list[tuple[dict, int, list[str], dict]]:
    """Link the records with the rules alone (in memory) and note every candidate the rules turn down that passes the
    hard gates: (mention signature, corpus event, the articles and spans of its mentions then, features) — the
    learned score's own setting: a corpus event's merged signature, not one other mention."""
    from dateline.corpus import link as L
    from dateline.corpus import update
    from dateline.corpus.scoring import score
    from dateline.store import Store
    seen: list = []
    original = L.Linker.best

    def best(self, sig, mod):
        if mod == sig["mod"]:
            for cev in self.candidates(sig, mod):
                rep = self.rep(cev)
                got = score(sig, rep)
                f = None if got and got[0] >= self.cfg["link_threshold"] else features(sig, rep)
                if f is not None and sig.get("article") not in (rep.get("articles") or ()):
                    members = self.conn.execute("SELECT article_id, evidence_start, evidence_end FROM corpus_mentions "
                                                "WHERE corpus_event_id = ?", (cev,)).fetchall()
                    seen.append((sig, cev, members, f))
        return original(self, sig, mod)
    signature = L.event_signature

    def spanned(rec, event):
        ev = event.get("evidence") or {}
        return dict(signature(rec, event), _span=(ev.get("start"), ev.get("end")))
    st = Store(":memory:")
    st.upsert_records(recs)
    L.Linker.best, L.event_signature = best, spanned
    try:
        update(st.conn, relink=True)
    finally:
        L.Linker.best, L.event_signature = original, signature
    return seen


def invented_rep_rows(db: str) -> list[dict]:
    gold = _gold_labels()
    with sqlite3.connect(db) as conn:
        recs = [json.loads(r[0]) for r in conn.execute("SELECT record FROM articles ORDER BY date, id")]
    out = []
    for sig, _cev, members, f in _candidates_while_linking(recs):
        mine = _labels_of(sig, gold) if sig["article"] in gold else set()
        theirs = {lab for a, s, e in members for gs, ge, lab in gold.get(a, []) if s is not None and min(e, ge) > max(s, gs)}
        other_story = all(ce.story_of(a) != ce.story_of(sig["article"]) for a, _s, _e in members)
        if other_story:
            label = 0
        elif mine and theirs:
            label = int(bool(mine & theirs))
        else:
            continue
        out.append({"group": ce.batch_of(sig["article"]), "label": label, "f": dict(f, rule=0.0),
                    "pair": [members[0][0], sig["article"]], "types": [sig["type"]]})
    return out


def shift_rep_rows(db: str, name: str, days: int = 30) -> list[dict]:
    recs, moved = _shifted_window(db, days)
    out = []
    for sig, _cev, members, f in _candidates_while_linking(recs):
        if all((a in moved) != (sig["article"] in moved) for a, _s, _e in members):
            out.append({"group": name, "label": 0, "f": dict(f, rule=0.0), "pair": [members[0][0], sig["article"]],
                        "types": [sig["type"]]})
    return out


def cmd_rows(args) -> None:
    rows = (invented_rep_rows if args.rep else invented_rows)(args.invented)
    for n, db in enumerate(args.shift or [], 1):
        rows += (shift_rep_rows if args.rep else shift_rows)(db, f"shift{n}")
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    print(json.dumps(Counter(f"{r['group'][:5]}:{r['label']}" for r in rows), indent=0, sort_keys=True))


def _matrix(rows: list[dict]):
    import numpy as np
    return np.array([[r["f"][k] for k in FEATURES] for r in rows]), np.array([r["label"] for r in rows])


# the sign each reading's weight may take: agreement never counts against a link, disagreement never for it
AGAINST = ("days", "neither_exact", "src_differ", "tgt_differ")


class _Signed:
    """Class-balanced logistic regression, L2-penalised, with each weight's sign fixed by what its reading means
    (`AGAINST` non-positive, the others non-negative): with few positive pairs from invented text and many negatives
    from real text, an unconstrained fit learns which text a pair comes from (e.g. a named target counting against a link)."""

    def __init__(self, c: float):
        self.c = c

    def fit(self, x, y):
        import numpy as np
        from scipy.optimize import minimize
        w = np.where(y == 1, len(y) / (2 * max(1, y.sum())), len(y) / (2 * max(1, (1 - y).sum())))

        def loss(theta):
            z = x @ theta[1:] + theta[0]
            p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
            val = -(w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum() + (theta[1:] ** 2).sum() / (2 * self.c)
            grad = np.concatenate([[(w * (p - y)).sum()], x.T @ (w * (p - y)) + theta[1:] / self.c])
            return val, grad
        bounds = [(None, None)] + [((None, 0.0) if k in AGAINST else (0.0, None)) for k in FEATURES]
        res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds)
        self.intercept_, self.coef_ = res.x[:1], res.x[None, 1:]
        return self

    def predict_proba(self, x):
        import numpy as np
        p = 1 / (1 + np.exp(-np.clip(x @ self.coef_[0] + self.intercept_[0], -30, 30)))
        return np.stack([1 - p, p], axis=1)


def _fit(rows: list[dict], c: float):
    x, y = _matrix(rows)
    return _Signed(c).fit(x, y)


def cmd_study(args) -> None:
    """Leave one group out: each row's probability from a model that never saw its group."""
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    groups = sorted({r["group"] for r in rows})
    for g in groups:
        train = [r for r in rows if r["group"] != g]
        test = [r for r in rows if r["group"] == g]
        model = _fit(train, args.c)
        x, _ = _matrix(test)
        for r, p in zip(test, model.predict_proba(x)[:, 1]):
            r["p"] = round(float(p), 4)
    with open(args.rows + ".study", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98):
        pos = [r for r in rows if r["label"] == 1]
        neg_inv = [r for r in rows if r["label"] == 0 and not r["group"].startswith("shift")]
        neg_real = [r for r in rows if r["label"] == 0 and r["group"].startswith("shift")]
        print(f"t={t}: positives {sum(r['p'] >= t for r in pos)}/{len(pos)}, invented negatives "
              f"{sum(r['p'] >= t for r in neg_inv)}/{len(neg_inv)}, real negatives "
              f"{sum(r['p'] >= t for r in neg_real)}/{len(neg_real)}; beyond the rules: positives "
              f"{sum(r['p'] >= t and not r['f']['rule'] for r in pos)}, invented negatives "
              f"{sum(r['p'] >= t and not r['f']['rule'] for r in neg_inv)}, real negatives "
              f"{sum(r['p'] >= t and not r['f']['rule'] for r in neg_real)}")
    rule = lambda sub: sum(r["f"]["rule"] for r in sub)  # noqa: E731
    print(f"the rules link: positives {rule(pos)}, invented negatives {rule(neg_inv)}, real negatives {rule(neg_real)}")


def cmd_train(args) -> None:
    rows = [json.loads(line) for line in open(args.rows, encoding="utf-8")]
    model = _fit(rows, args.c)
    out = {"about": f"scripts/corpus_links.py train: {len(rows)} rows, {sum(r['label'] for r in rows)} of one label",
           "intercept": round(float(model.intercept_[0]), 5),
           "coef": {k: round(float(v), 5) for k, v in zip(FEATURES, model.coef_[0])}, "threshold": args.threshold}
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))


def _patched(model: dict, named: bool) -> None:
    """Let the linker join a candidate the rules turn down when the model's probability reaches its threshold
    (`named`: only when a participant the actors stage resolved is shared in some role)."""
    from dateline.corpus import link as L
    from dateline.corpus.scoring import score

    def probability(f: dict) -> float:
        z = model["intercept"] + sum(model["coef"][k] * f[k] for k in FEATURES)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def best(self, sig, mod):
        found = None
        for cev in self.candidates(sig, mod):
            rep = self.rep(cev)
            got = score(dict(sig, mod=mod), rep)
            if not (got and got[0] >= self.cfg["link_threshold"]):
                f = features(sig, rep) if mod == sig["mod"] and sig["article"] not in (rep.get("articles") or ()) else None
                p = probability(f) if f is not None and (f["any_role"] or not named) else 0.0
                got = (round(p, 4), {**f, "learned": round(p, 4)}) if p >= model["threshold"] else None
            if got and (found is None or got[0] > found[1]):
                found = (cev, got[0], got[1])
        return found
    L.Linker.best = best


def cmd_link(args) -> None:
    """Relink a store with the learned path and print the figures (`corpus_reread.py` invented / set, the shift test)."""
    import corpus_reread as cr
    if args.model:
        _patched(json.loads(Path(args.model).read_text(encoding="utf-8")), args.named)
    out = {"invented": lambda: cr.cmd_invented(args.db, True, None), "set": lambda: cr.cmd_set(args.db, True),
           "shift": lambda: ce.cmd_shift_test(args.db)}[args.what]()
    if args.what == "invented":
        with sqlite3.connect(args.db) as conn:
            out["mention_links"] = ce.mention_links(conn)
            out["story_links"] = ce.story_links(conn)
    print(json.dumps(out, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="step", required=True)
    r = sub.add_parser("rows")
    r.add_argument("--invented", required=True)
    r.add_argument("--shift", nargs="*")
    r.add_argument("-o", "--out", required=True)
    r.add_argument("--rep", action="store_true", help="candidates as the linker meets them (a corpus event's merged "
                   "signature, while linking by the rules), not mention pairs")
    s = sub.add_parser("study")
    s.add_argument("rows")
    s.add_argument("--c", type=float, default=1.0)
    t = sub.add_parser("train")
    t.add_argument("rows")
    t.add_argument("--c", type=float, default=1.0)
    t.add_argument("--threshold", type=float, required=True)
    t.add_argument("-o", "--out", required=True)
    k = sub.add_parser("link")
    k.add_argument("what", choices=("invented", "set", "shift"))
    k.add_argument("--db", required=True)
    k.add_argument("--model", default=None, help="a `train` output (none: the rules alone)")
    k.add_argument("--named", action="store_true", help="the learned path only with a resolved participant shared")
    args = ap.parse_args()
    {"rows": cmd_rows, "study": cmd_study, "train": cmd_train, "link": cmd_link}[args.step](args)


if __name__ == "__main__":
    main()
