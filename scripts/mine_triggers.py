"""Mine candidate PLOVER trigger lemmas from the NGEC synthetic stories (MIT).

usage: python scripts/mine_triggers.py [--limit N] [--out FILE.tsv]

For each of the 4,500 labelled stories in ../shared/data/ngec/synthetic_events.csv
(text, PLOVER `label`, `mode`) the lead sentence is parsed with the project's
spaCy model and its *main-clause predicates* are collected: the root verb,
its coordinated verbs, the complement of a reporting verb ("X said it would
expel …" → expel), and the object noun of a light verb ("imposed sanctions",
"held talks" → sanction, talk). Per lemma we count the stories of each type
and keep lemmas that are

  * frequent enough   (n >= MIN_N stories),
  * concentrated      (share of the best type >= MIN_SHARE), and
  * associated        (lift = share / prior of that type >= MIN_LIFT).

The output is a TSV meant to be *read*, not loaded: lemma, kind (verb/noun),
n, best type, share, lift, the runner-up type, the current lexicon type(s)
for that lemma ("-" when absent) and a flag (NEW = not in the lexicon,
DIFF = the lexicon types it differently). Entries were added to
`plover_triggers.json` by hand from the NEW rows that are ordinary English
ways of reporting the act (see README_events.md); the stories are synthetic
and sometimes odd, so a row is a suggestion, never an entry by itself.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT.parent / "shared" / "data" / "ngec" / "synthetic_events.csv"
LEXICON = ROOT / "src" / "dateline" / "knowledge" / "data" / "plover_triggers.json"

MIN_N, MIN_SHARE, MIN_LIFT = 5, 0.55, 3.0
REPORTING = frozenset("say tell state announce report add claim confirm note write declare insist explain".split())
LIGHT = frozenset("issue make express hold have launch carry conduct file voice give stage lodge impose levy "
                  "sign reach declare announce order provide offer extend deliver".split())
STOP_VERBS = frozenset("be have do say tell get go come make take give see know".split())


def lead(text: str) -> str:
    """The first paragraph, capped at ~400 characters (the story's lead reports its event)."""
    para = text.strip().split("\n", 1)[0]
    return para[:400]


def predicates(doc):
    """(lemma, kind) of the main-clause predicates of the first sentence."""
    sent = next(iter(doc.sents), None)
    if sent is None:
        return []
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if root.lemma_.lower() in REPORTING:
        verbs += [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    out = []
    for v in verbs:
        lemma = v.lemma_.lower()
        # "will expel", "vowed to retaliate": an xcomp of a control verb carries the act
        for x in (c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            out.append((x.lemma_.lower(), "verb"))
        if v.pos_ == "VERB" and lemma not in STOP_VERBS and lemma not in REPORTING:
            out.append((lemma, "verb"))
        if lemma in LIGHT:
            for o in (c for c in v.children if c.dep_ in ("dobj", "obj")):
                low = o.lower_
                out.append((low if low in ("talks", "sanctions", "protests") else o.lemma_.lower(), "noun"))
    return list(dict.fromkeys(out))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from dateline import nlp as nlp_mod
    from dateline.options import Options
    nlp = nlp_mod.load(Options().model)

    rows = list(csv.DictReader(CSV.open(encoding="utf-8")))
    if args.limit:
        rows = rows[:args.limit]
    labels = [r["label"].strip().upper() for r in rows]
    prior = Counter(labels)
    total = sum(prior.values())
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    texts = (lead(r["text"]) for r in rows)
    for doc, label in zip(nlp.pipe(texts, batch_size=64, disable=["ner"]), labels):
        for key in predicates(doc):
            counts[key][label] += 1

    lex = json.loads(LEXICON.read_text(encoding="utf-8"))

    def lex_types(lemma: str, kind: str) -> set[str]:
        table = lex["verbs" if kind == "verb" else "nouns"]
        entry = table.get(lemma) or table.get(lemma[:-1] if lemma.endswith("s") else lemma)
        if entry is None:
            return set()
        return {s["type"] for s in (entry if isinstance(entry, list) else [entry])}

    out_rows = []
    for (lemma, kind), c in counts.items():
        n = sum(c.values())
        if n < MIN_N:
            continue
        (best, k), *rest = c.most_common(2) + [("-", 0)]
        share = k / n
        lift = share / (prior[best] / total)
        if share < MIN_SHARE or lift < MIN_LIFT:
            continue
        have = lex_types(lemma, kind)
        flag = "NEW" if not have else ("ok" if best in have else "DIFF")
        runner = f"{rest[0][0]}:{rest[0][1]}" if rest and rest[0][1] else "-"
        out_rows.append((best, -share, lemma, kind, n, share, lift, runner, ",".join(sorted(have)) or "-", flag))
    out_rows.sort()
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    fh.write("# stories per type: " + ", ".join(f"{t} {n}" for t, n in sorted(prior.items())) + "\n")
    fh.write("type\tlemma\tkind\tn\tshare\tlift\trunner_up\tlexicon\tflag\n")
    for best, _, lemma, kind, n, share, lift, runner, have, flag in out_rows:
        fh.write(f"{best}\t{lemma}\t{kind}\t{n}\t{share:.2f}\t{lift:.1f}\t{runner}\t{have}\t{flag}\n")
    if fh is not sys.stdout:
        fh.close()


if __name__ == "__main__":
    main()
