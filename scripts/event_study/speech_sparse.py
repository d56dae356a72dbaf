"""Study (not shipped): can a sparse model read whether a quotation judges an actor it names (ACCUSE,
SUPPORT) or not? (`speech_pairs.py` builds the pairs and features.)

    python scripts/event_study/speech_sparse.py --cache /tmp/rolecache --cv-only      # held-out figures
    VADER=.../vader_lexicon.txt python scripts/event_study/speech_sparse.py --cv-only # + VADER valence (MIT;
                                                              # the vaderSentiment wheel's lexicon file)
    DUMP=/tmp/pairs.pkl python scripts/event_study/speech_sparse.py --cv-only         # pairs for speech_minilm.py
    NOTGT=1 ...                                                # label by speaker and type only (target ignored)

Data (never evaluation data): the documents of `training/events/` with a hand-labelled event, run through the
whole pipeline as `scripts/role_eval.py` runs them (same parse cache). Every pair of a quotation with a speaker
and an actor named inside it, in a labelled sentence, is one example; its label is ACCUSE or SUPPORT when the
sentence's labels hold an event of that type whose source is the quotation's speaker and whose target is that
actor (matched as role_eval matches labelled roles), else NONE. Held-out figures come from folds grouped by
document; the threshold printed last is the one with the best held-out F1 among those with precision >=
--min-precision. Needs the `train` extra (scikit-learn).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts/event_study"))
sys.path.insert(0, str(ROOT / "src"))
TYPES = ("ACCUSE", "SUPPORT")
VALENCE: dict = {}
if os.environ.get("VADER"):
    for line in open(os.environ["VADER"], encoding="utf-8"):
        w, v = line.split("\t")[:2]
        VALENCE[w] = float(v)


def sentence_pairs(args):
    """Every (quotation, actor) pair inside a hand-labelled training sentence, as the events stage reads them:
    (document, article text, context, pending actors, judge, labelled sentence, its start and end, pair)."""
    import role_eval
    from dateline import nlp
    from speech_pairs import pairs
    from dateline.extract.events.actors import ActorFinder
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    texts = role_eval.DatedTexts(Path(args.shared))
    recorder = role_eval.Recorder()
    cache = Path(args.cache) if args.cache else None
    for d in role_eval.labelled_documents(args.limit):
        text, ctx, _, pending = role_eval.run_document(d, texts, model, knowledge, recorder, cache)
        judge = role_eval.Judge(text, ctx, pending)
        found = pairs(ctx.doc, ctx, ActorFinder(ctx.doc, ctx, knowledge.events).actors_of)  # as the events stage reads them
        for s in d["sentences"]:
            s0 = role_eval.locate_sentence(text, s["text"], s["start"])
            if s0 is None:
                continue
            s1 = s0 + len(s["text"])
            for p in found:
                if s0 <= p.mention.idx < s1:
                    yield d, text, ctx, pending, judge, s, s0, s1, p


def examples(args) -> tuple[list, list, list, list]:
    """(features, label, document, description) of every pair in a labelled sentence."""
    from speech_pairs import features
    from dateline.extract.events.speech import clause_text

    X, y, groups, notes = [], [], [], []
    for d, text, ctx, _, judge, s, s0, s1, p in sentence_pairs(args):
        X.append(features(p, ctx, VALENCE))
        y.append(_label(p, s["events"], text, s0, s1, judge))
        groups.append(d["doc"])
        sent = p.mention.sent
        notes.append({"doc": d["doc"], "sentence": sent.text, "target": [p.mention.idx - sent.start_char,
                      p.mention.idx + len(p.mention.text) - sent.start_char], "clause": clause_text(p)})
    return X, y, groups, notes


def _label(p, events: list, text: str, s0: int, s1: int, judge) -> str:
    import role_eval
    for lab in events:
        types = {lab["type"], *(lab.get("also") or [])} & set(TYPES)
        if not types:
            continue
        trig = role_eval.locate(text, lab["trigger"], s0, s1, s0)
        near = trig[0] if trig else s0
        src = role_eval.locate(text, lab.get("source") or "", s0, s1, near)
        tgt = role_eval.locate(text, lab.get("target") or "", s0, s1, near)
        if judge.matches(p.quote.speaker, src, lab.get("source") or "") and (os.environ.get("NOTGT") or judge.matches(p.target, tgt, lab.get("target") or "")):
            return lab["type"] if lab["type"] in TYPES else sorted(types)[0]
    return "NONE"


def held_out(X, y, groups, C: float, folds: int, seed: int) -> dict[int, dict]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from speech_pairs import document_folds
    out = {}
    for train, test in document_folds(groups, folds, seed):
        vec = DictVectorizer()
        clf = LogisticRegression(C=C, max_iter=500, class_weight="balanced")
        clf.fit(vec.fit_transform([{k: 1 for k in X[i]} for i in train]), [y[i] for i in train])
        for i, row in zip(test, clf.predict_proba(vec.transform([{k: 1 for k in X[i]} for i in test]))):
            out[i] = dict(zip(clf.classes_, map(float, row)))
    return out


def curve(y, probs: dict[int, dict]) -> list[dict]:
    """Held-out precision / recall / F1 of the likeliest type, by threshold (the shipped model's curve)."""
    from train_speech import curve as shipped
    return shipped(y, probs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache", help="parse cache directory ('' = none)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--cv-only", action="store_true", help="accepted for symmetry with train_events.py (the only mode)")
    args = ap.parse_args(argv)
    X, y, groups, notes = examples(args)
    if os.environ.get("DUMP"):
        import pickle
        pickle.dump({"X": X, "y": y, "groups": groups, "notes": notes}, open(os.environ["DUMP"], "wb"))
    print(f"{len(y)} pairs in {len(set(groups))} documents: {dict(Counter(y))}")
    probs = held_out(X, y, groups, args.C, args.folds, args.seed)
    rows = curve(y, probs)
    for r in rows:
        print("  threshold {threshold:.2f}: {events:4d} events, P {precision:.3f} R {recall:.3f} F1 {f1:.3f}".format(**r))
    ok = [r for r in rows if r["precision"] >= args.min_precision and r["events"]]
    chosen = max(ok, key=lambda r: r["f1"]) if ok else max(rows, key=lambda r: r["precision"])
    print(f"chosen threshold {chosen['threshold']:.2f} (held-out P {chosen['precision']} R {chosen['recall']} F1 {chosen['f1']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
