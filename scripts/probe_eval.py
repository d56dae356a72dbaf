"""Score the events coder on the invented probe suite (`eval/probes_s21/`): single news sentences, one at a time.

The suite (493 invented sentences, 16 PLOVER types across constructions, 71 look-alikes with no event) was written and
coded by a helper before any system output on it was seen; it is a development set (the lead has read outputs on it
since), not a blind one. It stands in for the field's hand-coded single-sentence gold standards, which are reserved
for evaluation. Its states are invented ("Ostland", "Ostlandic"), which the NER model reads less well than real ones;
`--real-names` maps them to real states first, which isolates the event coding from that.

    python scripts/probe_eval.py [--real-names] [--by] [--json OUT]

Figures: sentences with an event — type accuracy (the most confident event's type is a coded type; no event counts
wrong) and the share with no event; coded events — recall of the type, and of type with source and target (a
name matches when they share a word other than a function word); system events and the share fully right; the
look-alike sentences that get an event.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SUITE = ROOT / "eval/probes_s21/probes.jsonl"
REAL = {"Ruritania": "Hungary", "Freedonia": "Chile", "Ostland": "Norway", "Velland": "Peru", "Karvia": "Kenya",
        "Syldavia": "Romania", "Borduria": "Bulgaria", "Qadira": "Jordan", "Elmora": "Ecuador", "Tavria": "Tunisia"}
DEMONYMS = {"Ruritanian": "Hungarian", "Freedonian": "Chilean", "Ostlandic": "Norwegian", "Vellandic": "Peruvian",
            "Karvian": "Kenyan", "Syldavian": "Romanian", "Bordurian": "Bulgarian", "Qadiri": "Jordanian",
            "Elmoran": "Ecuadorian", "Tavrian": "Tunisian"}
_WORD = re.compile(r"[a-z]+")
_FUNCTION = frozenset("the of and a an s for in to".split())


def renamed(text: str, table: dict) -> str:
    for old, new in sorted(table.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(r"\b" + old + r"\b", new, text)
    return text


def names_match(gold: list[str], ours: list[str]) -> bool:
    words = lambda n: {w for w in _WORD.findall(n.lower()) if w not in _FUNCTION}  # noqa: E731
    if not gold:
        return not ours
    return any(words(g) & words(o) for g in gold for o in ours)


def system_events(text: str) -> tuple[list[dict], list[dict]]:
    """The sentence's events and its reports without a doer (`unattributed_events`), with actor names."""
    import dateline

    d = dateline.to_dict(dateline.analyze(text, date="2024-05-02"))
    names = {a["id"]: a["name"] for a in d["actors"]}
    return tuple([{"type": e["type"], "source": [names.get(x, x) for x in e["source"]], "confidence": e["confidence"],
                   "target": [names.get(x, x) for x in e["target"]], "rule": e["rule"]} for e in d.get(key) or []]
                 for key in ("events", "unattributed_events"))


def _score_untold(c: Counter, row: dict, untold: list[dict], doerless: list[dict], table: dict) -> None:
    """The reports without a doer against the coded events whose doer the sentence does not give."""
    c["untold"] += len(untold)
    c["untold_lookalike"] += bool(untold) and not row["events"]
    c["doerless"] += len(doerless)
    coded = [(g["type"], [renamed(x, table) for x in g["target"]]) for g in doerless]
    c["doerless_found"] += sum(any(u["type"] == t and names_match(tgt, u["target"]) for u in untold) for t, tgt in coded)
    c["untold_right"] += sum(any(u["type"] == t and names_match(tgt, u["target"]) for t, tgt in coded) for u in untold)


def score(rows: list[dict], table: dict) -> tuple[Counter, dict, dict]:
    c, by, out = Counter(), defaultdict(Counter), {}
    for r in rows:
        evs, untold = system_events(renamed(r["text"], table))
        out[r["id"]] = {"events": evs, "unattributed_events": untold}
        _score_untold(c, r, untold, [g for g in r["events"] if not g["source"]], table)
        gold = [{**g, "source": [renamed(x, table) for x in g["source"]], "target": [renamed(x, table) for x in g["target"]]}
                for g in r["events"]]
        kind = r["construction"]
        by[kind]["sentences"] += 1
        if not gold:
            c["lookalikes"] += 1
            c["lookalikes_with_event"] += bool(evs)
            by[kind]["with_event"] += bool(evs)
            continue
        top = max(evs, key=lambda e: e["confidence"]) if evs else None
        right = top is not None and top["type"] in {g["type"] for g in gold}
        c["sentences"] += 1
        c["top_right"] += right
        c["no_event"] += not evs
        by[kind]["type_right"] += right
        used: set[int] = set()
        for g in gold:
            c["coded"] += 1
            by[g["type"]]["coded"] += 1
            same = [i for i, e in enumerate(evs) if e["type"] == g["type"] and i not in used]
            c["type_found"] += bool(same)
            by[g["type"]]["type_found"] += bool(same)
            full = [i for i in same if names_match(g["source"], evs[i]["source"]) and names_match(g["target"], evs[i]["target"])]
            if full:
                used.add(full[0])
                c["full"] += 1
                by[g["type"]]["full"] += 1
        c["system"] += len(evs)
    return c, by, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", default=str(SUITE))
    ap.add_argument("--real-names", action="store_true", help="invented states and demonyms -> real ones first")
    ap.add_argument("--by", action="store_true", help="figures by type and by construction")
    ap.add_argument("--json", help="write each sentence's system events here")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.suite).read_text(encoding="utf-8").splitlines() if line.strip()]
    c, by, out = score(rows, {**REAL, **DEMONYMS} if args.real_names else {})
    share = lambda n, d: round(n / d, 3) if d else None  # noqa: E731
    print(f"sentences with an event {c['sentences']}: type accuracy {share(c['top_right'], c['sentences'])}, "
          f"no event {share(c['no_event'], c['sentences'])}; coded events {c['coded']}: type found "
          f"{share(c['type_found'], c['coded'])}, fully right {share(c['full'], c['coded'])}; system events "
          f"{c['system']}, fully right {share(c['full'], c['system'])}; look-alikes {c['lookalikes']} with an event "
          f"{c['lookalikes_with_event']}")
    print(f"reports without a doer (unattributed_events) {c['untold']}: right (type and target of a coded event "
          f"whose doer the sentence does not give) {c['untold_right']}; such coded events {c['doerless']}, found "
          f"{c['doerless_found']}; on look-alikes {c['untold_lookalike']}")
    if args.by:
        for key, counts in sorted(by.items()):
            print(f"  {key:18s} " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
