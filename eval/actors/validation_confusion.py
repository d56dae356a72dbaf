"""Aggregate confusions of the actors' sector and country on GOLD.md-format sets (issue 10, session 36).

    .venv/bin/python eval/actors/validation_confusion.py --records R1.jsonl [R2.jsonl ...] --gold G1 [G2 ...]
                                                         [--spent-dump DUMP.jsonl]

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
    c_ok = sum(v for (k, cell, src), v in country.items() if cell == "same")
    gold = n + sum(missed.values())
    print(f"gold {gold}, matched {n} ({n / gold:.3f}); over the matched (as the spent sets' figures): country right "
          f"{c_ok} ({c_ok / n:.3f}), sector right {ok} ({ok / n:.3f}); over all gold (as score.py): country "
          f"{c_ok / gold:.3f}, sector {ok / gold:.3f}")
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


def spent_single(dump: Path) -> None:
    """The spent sets' sector figure two ways, from a spent_sets.py --dump: any labelled sector accepted (as
    score_actors.py counts) and only the first one listed (a single-sector gold, as GOLD.md sets are scored)."""
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    found = [r for r in rows if "alias" in r and "kind" in r]
    labelled = sum(1 for r in rows if "alias" in r)
    any_ok = sum(r["sector"] in r["sectors"] or (not r["sectors"] and r["sector"] is None) for r in found)
    first = sum((r["sectors"][0] if r["sectors"] else None) == r["sector"] for r in found)
    several = sum(len(r["sectors"]) > 1 for r in found)
    print(f"spent sets: labelled {labelled}, found {len(found)}, {several} of them with several sectors; sector over "
          f"found: any listed {any_ok / len(found):.3f}, first listed {first / len(found):.3f}; over all labelled: "
          f"any {any_ok / labelled:.3f}, first {first / labelled:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", nargs="+", type=Path, required=True)
    ap.add_argument("--gold", nargs="+", type=Path, required=True)
    ap.add_argument("--spent-dump", type=Path, help="a spent_sets.py --dump, to print its sector figure both ways")
    args = ap.parse_args()
    show(list(pairs(args.records, args.gold)))
    if args.spent_dump:
        spent_single(args.spent_dump)


if __name__ == "__main__":
    main()
