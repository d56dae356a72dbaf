"""Aggregate confusions of the actors' sector and country on GOLD.md-format sets (issue 10, session 36).

    .venv/bin/python eval/actors/validation_confusion.py --records R1.jsonl [R2.jsonl ...] --gold G1 [G2 ...]

The records are `dateline eval ... --output R.jsonl`; each gold folder holds `*.gold.json`. A gold actor is
matched to a system actor the way ../shared/eval/score.py matches it. Printed: counts only (gold sector -> system
sector, gold country -> system country as same / other / empty, both by the system actor's kind), never a name or
a sentence, so that the validation sets can be read for error classes without being read for rules.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pairs(records: list[Path], golds: list[Path]):
    """(gold actor, system actor or None) for every gold actor of the gold folders."""
    sc = _scorer()
    system = {}
    for r in records:
        for line in r.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            system[rec["article"]["id"]] = rec
    for g in golds:
        for f in sorted(Path(g).glob("*.gold.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            rec = system.get(gold["id"]) or {"actors": []}
            for ga in gold.get("actors", []):
                wanted = [ga["name"], *ga.get("aliases", [])]
                exact = {sc.norm(n) for n in wanted}
                acts = rec.get("actors") or []
                hit = next((a for a in acts if exact & set(sc.known_names(rec, a))), None) or \
                    next((a for a in acts if sc.names_match(sc.known_names(rec, a), wanted)), None)
                yield ga, hit


def _country_cell(gold: str | None, system: str | None) -> str:
    if gold == system:
        return "same"
    if system is None:
        return "sys empty"
    if gold is None:
        return "gold empty"
    return "other"


def tables(found):
    """Counters: sector (kind, gold, system), country (kind, cell), country pairs (gold, system) where wrong."""
    sector, country, cpairs, missed = Counter(), Counter(), Counter(), Counter()
    for ga, hit in found:
        if hit is None:
            missed[(ga.get("sector"), ga.get("country") is not None)] += 1
            continue
        kind = hit.get("kind")
        sector[(kind, ga.get("sector"), hit.get("sector") or None)] += 1
        cell = _country_cell(ga.get("country"), hit.get("country") or None)
        country[(kind, cell, hit.get("country_source"))] += 1
        if cell != "same":
            cpairs[(kind, ga.get("country"), hit.get("country") or None)] += 1
    return sector, country, cpairs, missed


def show(found) -> None:
    sector, country, cpairs, missed = tables(found)
    n = sum(sector.values())
    ok = sum(v for (k, g, s), v in sector.items() if g == s)
    print(f"matched {n}, sector right {ok}; missed {sum(missed.values())}")
    print("\nsector, wrong (kind, gold -> system): count")
    for (k, g, s), v in sorted(sector.items(), key=lambda x: -x[1]):
        if g != s:
            print(f"  {k:<13} {str(g):<5} -> {str(s):<5} {v}")
    print("\nsector by kind: right / matched")
    for kind in sorted({k for k, _, _ in sector}, key=str):
        tot = sum(v for (k, _, _), v in sector.items() if k == kind)
        right = sum(v for (k, g, s), v in sector.items() if k == kind and g == s)
        print(f"  {str(kind):<13} {right} / {tot}")
    print("\ncountry (kind, cell, system country source): count")
    for (k, c, src), v in sorted(country.items(), key=lambda x: (str(x[0][0]), x[0][1], -x[1])):
        print(f"  {str(k):<13} {c:<10} {str(src):<12} {v}")
    print("\ncountry, wrong (kind, gold -> system): count")
    for (k, g, s), v in sorted(cpairs.items(), key=lambda x: -x[1]):
        print(f"  {str(k):<13} {str(g):<5} -> {str(s):<5} {v}")
    print("\nmissed gold actors (gold sector, has country): count")
    for key, v in sorted(missed.items(), key=lambda x: -x[1]):
        print(f"  {key} {v}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", nargs="+", type=Path, required=True)
    ap.add_argument("--gold", nargs="+", type=Path, required=True)
    args = ap.parse_args()
    show(list(pairs(args.records, args.gold)))


if __name__ == "__main__":
    main()
