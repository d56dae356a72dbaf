"""What a reporting verb reports (issue 9, session 30): every clause a speaker's verb of saying governs in the
hand-labelled training sentences ("X said Y had lied", "X argued Y should resign"), counted by the complement's shape
and set against the labels (is there a labelled ACCUSE / SUPPORT / REQUEST with the speaker as source and a party of
the complement as target?). Training documents only (reading their sentences is allowed; never evaluation data).

    python scripts/event_study/reported.py [--role-json HELD_OUT.json] [--list SHAPE] [--any-head] [--cache DIR]

Two tables: every pair by (modal, copula or verb, the VADER band of the whole clause, the party's slot), and the
cells a rule could name for a named subject of a plain clause (no modal, not negated) by the rating of its own
predicate (the verb or the copula's complement, their objects and those words' modifiers).

With `--role-json` (a held-out `role_eval.py --json` run) a labelled pair counts as *got* when role_eval found that
labelled event fully right, so the table also says what a rule could add.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

TYPES = ("ACCUSE", "SUPPORT", "REQUEST")
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
PRED_DEPS = frozenset({"attr", "acomp", "dobj", "oprd", "xcomp", "advmod", "prep", "ccomp"})


def party(tok) -> bool:
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or tok.lower_ in PERSON_PRONOUNS


def slots(comp) -> list[tuple[str, object]]:
    """(slot, token) of the parties a complement names: its subject, object, a preposition's object, a possessor."""
    out = []
    for c in comp.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and party(c):
            out.append(("subj" if c.dep_.startswith("nsubj") else "obj", c))
        elif c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            out += [("poss-" + c.dep_[:4], p) for p in c.children if p.dep_ == "poss" and party(p)]
        if c.dep_ == "prep":
            out += [("pobj", o) for o in c.children if o.dep_ == "pobj" and party(o)]
    return out


def shape(comp, lex) -> dict:
    aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
    region = [t for c in comp.children if c.dep_ in PRED_DEPS for t in c.subtree if not party(t)]
    region += [comp]
    vals = [lex.valence.get(t.lower_, lex.valence.get(t.lemma_.lower(), 0.0)) for t in region]
    lo, hi = min(vals, default=0.0), max(vals, default=0.0)
    direct = [comp] if comp.lemma_ != "be" else []
    for c in comp.children:
        if c.dep_ in ("attr", "acomp", "oprd", "dobj", "xcomp") and not party(c):
            direct += [c] + [m for m in c.children if m.dep_ in ("amod", "advmod", "compound", "conj") and not party(m)]
    dvals = [lex.valence.get(t.lower_, lex.valence.get(t.lemma_.lower(), 0.0)) for t in direct]
    return {"modal": "deontic" if aux & {"must", "should"} else "future" if aux & {"will", "would", "'ll", "wo"} else
            "can" if aux & {"can", "could", "may", "might"} else "plain",
            "neg": any(c.dep_ == "neg" for c in comp.children),
            "cop": comp.lemma_ == "be", "lo": lo, "hi": hi,
            "dlo": min(dvals, default=0.0), "dhi": max(dvals, default=0.0), "dwords": [t.lower_ for t in direct], "lemma": comp.lemma_.lower(),
            "lx": sorted((lex.word_types or {}).get(comp.lemma_.lower(), ()))}


def band(v: dict) -> str:
    if v["lo"] <= -2 and v["hi"] < 1:
        return "neg2"
    if v["lo"] <= -1 and v["hi"] < 1:
        return "neg1"
    if v["hi"] >= 2 and v["lo"] > -1:
        return "pos2"
    if v["hi"] >= 1 and v["lo"] > -1:
        return "pos1"
    return "mixed" if v["lo"] <= -1 else "flat"


def covers(label: str, toks, text: str) -> bool:
    label = (label or "").strip().lower()
    if not label:
        return False
    span = " ".join(t.text for t in toks).lower()
    words = [t.lower_ for t in toks]
    return label in span or span in label or label.split()[-1] in words


def reported_clauses(doc, s0: int, s1: int, speech: frozenset):
    for verb in doc:
        if not (s0 <= verb.idx < s1) or verb.pos_ != "VERB" or (speech and verb.lemma_.lower() not in speech):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if subj is not None and comp is not None:
            yield verb, subj, comp


def study(args) -> list[dict]:
    import role_eval
    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options()
    model, kn = nlp.load(options.model), load_knowledge(options)
    lex, speech = kn.events, (frozenset() if args.any_head else kn.reporting.speech)
    got = set()
    if args.role_json:
        for r in json.loads(Path(args.role_json).read_text(encoding="utf-8"))["rows"]:
            if r.get("full") and r.get("type") in TYPES:
                got.add((r["id"], r["type"], (r.get("label_target") or "").lower()))
    texts = role_eval.DatedTexts(Path(args.shared))
    rows = []
    for d in role_eval.labelled_documents():
        raw = texts.get(d["source"], d["doc"])
        article = make_article(raw, source=d["doc"], id=d["doc"], date=None)
        doc = role_eval.parse_cached(model, article.text, Path(args.cache))
        for s in d["sentences"]:
            sent = raw[s["start"]:s["end"]]
            s0 = role_eval.locate_sentence(article.text, sent, s["start"])
            if s0 is None:
                continue
            labs = [e for e in s["events"] if e["type"] in TYPES or set(e.get("also") or ()) & set(TYPES)]
            for verb, subj, comp in reported_clauses(doc, s0, s0 + len(sent), speech):
                v = shape(comp, lex)
                quoted = any(t.text in ('"', "\u201c", "\u201d") for t in comp.subtree)
                for slot, tok in slots(comp):
                    hit = [e for e in labs if covers(e.get("source"), list(subj.subtree), sent)
                           and covers(e.get("target"), list(tok.subtree), sent)]
                    rows.append({"id": s["id"], "sentence": sent, "verb": verb.lemma_.lower(), "slot": slot,
                                 "party": tok.text, "named": tok.pos_ == "PROPN" or bool(tok.ent_type_), "quoted": quoted, "band": band(v), **v,
                                 "label": hit[0]["type"] if hit else None,
                                 "trigger": hit[0]["trigger"] if hit else None,
                                 "got": bool(hit) and (s["id"], hit[0]["type"], (hit[0].get("target") or "").lower()) in got})
    return rows


def report(rows: list[dict], listing: str | None) -> None:
    print(f"reported complements x parties: {len(rows)}; labelled A/S/R with speaker->party: "
          f"{sum(1 for r in rows if r['label'])}; got held out: {sum(1 for r in rows if r['got'])}")
    table = defaultdict(Counter)
    for r in rows:
        key = (r["modal"] + ("+neg" if r["neg"] else ""), "cop" if r["cop"] else "verb", r["band"], r["slot"])
        table[key]["n"] += 1
        if r["label"]:
            table[key][r["label"]] += 1
            table[key]["got"] += r["got"]
    print(f"{'modal':14} {'pred':5} {'band':6} {'slot':10} {'n':>5} {'ACC':>4} {'SUP':>4} {'REQ':>4} {'got':>4}")
    for key, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
        if c["n"] >= 5:
            print(f"{key[0]:14} {key[1]:5} {key[2]:6} {key[3]:10} {c['n']:5} {c['ACCUSE']:4} {c['SUPPORT']:4} "
                  f"{c['REQUEST']:4} {c['got']:4}")
    if listing:
        for r in rows:
            key = f"{r['modal']}|{'cop' if r['cop'] else 'verb'}|{r['band']}|{r['slot']}"
            if key == listing:
                print(f"- {r['label'] or '-'} got={r['got']} | {r['verb']} / {r['lemma']} {r['lo']:.1f} {r['hi']:.1f} | "
                      f"{r['party']} | {r['sentence'][:200]}")


def named_cells(rows: list[dict]) -> None:
    """The named-subject, plain-clause cells by the predicate's own rating (the docs' table)."""
    plain = [r for r in rows if r["modal"] == "plain" and not r["neg"] and r["slot"] == "subj" and r["named"]]
    cells = {
        "rated <= -1, none >= 1": lambda r: r["dlo"] <= -1 and r["dhi"] < 1,
        "rated <= -1.5, quoted": lambda r: r["dlo"] <= -1.5 and r["dhi"] < 1 and r["quoted"],
        "rated <= -1.5, indirect": lambda r: r["dlo"] <= -1.5 and r["dhi"] < 1 and not r["quoted"],
        "rated >= 2, none <= -1": lambda r: r["dhi"] >= 2 and r["dlo"] > -1,
        "unrated (all within 1)": lambda r: r["dlo"] > -1 and r["dhi"] < 1,
    }
    print("\nnamed subject, plain clause, by its predicate's rating:  pairs  ACC  SUP  REQ  other  got")
    for name, test in cells.items():
        sel = [r for r in plain if test(r)]
        c = Counter(r["label"] for r in sel if r["label"])
        other = sum(n for t, n in c.items() if t not in TYPES)
        print(f"  {name:50} {len(sel):5} {c['ACCUSE']:4} {c['SUPPORT']:4} {c['REQUEST']:4} {other:6} "
              f"{sum(r['got'] for r in sel):4}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--role-json")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache")
    ap.add_argument("--list", help="list the rows of one shape: modal|cop-or-verb|band|slot")
    ap.add_argument("--json")
    ap.add_argument("--any-head", action="store_true", help="every verb's clausal complement, not only verbs of saying")
    args = ap.parse_args(argv)
    rows = study(args)
    report(rows, args.list)
    named_cells(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
