"""How often a strongly rated predicate or modifier judging a party is a labelled judgement (issue 9, session 29).
Training documents only (the hand-labelled sentences of role_eval.py's documents; never evaluation data).

    python scripts/event_study/judging_predicates.py [--cache DIR] [--min 2.0] [--list N]

For every copular predicate ("X is a disgrace", "X's plan was reckless") and every adjective on a noun a named party
owns ("X's disastrous deal") whose words VADER rates strongly of one sign (no negation), the sentence's labels say
whether an ACCUSE (negative) / SUPPORT (positive) event has its trigger there (on the predicate, the copula or the
noun). Counted by who is judged (a named party, a person pronoun, a party's thing, other), whether the words sit in a
quotation, and whether a reporting clause governs them: the precision such a reading would have on the labels.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound"})
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
QUOTES = ('"', "\u201c", "\u201d", "''")


def judged(subj) -> str:
    if subj is None:
        return "none"
    if subj.ent_type_ in PARTY_ENTS or subj.pos_ == "PROPN":
        return "named"
    if subj.pos_ == "PRON":
        return "pronoun-person" if subj.lower_ in ("he", "she", "they", "you") else "pronoun-other"
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is not None and (poss.ent_type_ in PARTY_ENTS or poss.pos_ == "PROPN" or poss.lower_ in ("his", "her", "their")):
        return "party's thing"
    return "other"


def sign_of(region, valence: dict, floor: float) -> str | None:
    if any(t.dep_ == "neg" or t.lower_ in ("not", "never", "no") for t in region):
        return None
    signs = {v > 0 for v in (valence.get(t.lower_, valence.get(t.lemma_.lower(), 0.0)) for t in region) if abs(v) >= floor}
    return None if len(signs) != 1 else ("+" if signs.pop() else "-")


def readings(sent, valence: dict, floor: float):
    """(kind, judged class, sign, tokens the trigger may sit on) for each rated predicate / owned modifier."""
    for t in sent:
        if t.dep_ in ("acomp", "attr") and t.head.lemma_.lower() in COPULAS:
            cop = t.head
            if any(c.dep_ == "neg" for c in cop.children):
                continue
            region = [w for w in t.subtree if not (w.dep_ == "prep" and w.i > t.i and w.lower_ not in ("of",))]
            s = sign_of(list(t.subtree), valence, floor)
            if s:
                subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                yield "copula", judged(subj), s, {cop.i, *(w.i for w in t.subtree)}
        elif t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "NOUN":
            noun = t.head
            if judged(noun) != "party's thing":
                continue
            s = sign_of([t, *(c for c in t.children if c.dep_ == "advmod")], valence, floor)
            if s:
                yield "owned modifier", "party's thing", s, {t.i, noun.i}


def in_quote(doc, tok) -> bool:
    """Is the token between quotation marks of its sentence (odd count of marks before it)?"""
    sent = tok.sent
    marks = sum(1 for w in doc[sent.start:tok.i] if w.text in QUOTES or w.text in ("\u201c", "\u201d", '"'))
    return marks % 2 == 1


def reported(tok) -> bool:
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.pos_ == "VERB":
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache")
    ap.add_argument("--min", type=float, default=2.0, help="VADER rating from which a word counts")
    ap.add_argument("--list", type=int, default=0)
    args = ap.parse_args(argv)
    import role_eval
    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    valence = knowledge.events.valence or {}
    texts = role_eval.DatedTexts(Path(args.shared))
    counts, hits, listed = Counter(), Counter(), []
    for d in role_eval.labelled_documents():
        raw = texts.get(d["source"], d["doc"])
        article = make_article(raw, source=d["doc"], id=d["doc"], date=None)
        doc = role_eval.parse_cached(model, article.text, Path(args.cache))
        for s in d["sentences"]:
            stext = raw[s["start"]:s["end"]]
            s0 = role_eval.locate_sentence(article.text, stext, s["start"])
            if s0 is None:
                continue
            span = doc.char_span(s0, s0 + len(stext), alignment_mode="expand")
            if span is None:
                continue
            labs = []
            for lab in s["events"]:
                if lab["type"] in ("ACCUSE", "SUPPORT"):
                    trig = role_eval.locate(article.text, lab["trigger"], s0, s0 + len(stext), s0)
                    if trig:
                        labs.append((lab["type"], trig))
            for kind, who, sign, toks in readings(span, valence, args.min):
                want = "ACCUSE" if sign == "-" else "SUPPORT"
                spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in toks]
                hit = any(t == want and any(a < tr[1] and tr[0] < b for a, b in spans) for t, tr in labs)
                q = "quoted" if in_quote(doc, doc[min(toks)]) else ("reported" if reported(doc[min(toks)]) else "narrated")
                key = (kind, who, sign, q)
                counts[key] += 1
                hits[key] += hit
                if len(listed) < args.list:
                    listed.append(f"{'HIT ' if hit else '    '}{key} | {stext[:200]}")
    print(f"{'kind':15} {'judged':15} sign {'where':9} {'n':>5} {'labelled':>8} {'P':>6}")
    for key in sorted(counts, key=lambda k: -counts[k]):
        n, h = counts[key], hits[key]
        print(f"{key[0]:15} {key[1]:15} {key[2]:4} {key[3]:9} {n:5} {h:8} {h / n:6.2f}")
    print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
