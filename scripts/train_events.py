"""Train the event candidate classifier from the data manifest and write the packaged weights.

    python scripts/train_events.py                 # cross-validate, fit on all, write model.json
    python scripts/train_events.py --cv-only       # figures only
    python scripts/train_events.py --all           # also retrain the models the manifest keeps as shipped
    python scripts/train_events.py --without-half 0 -o /tmp/events_without_half0.json
                                                   # a model that never saw half 0 of the labelled documents
                                                   # (role_eval.py --event-models scores each half with the
                                                   # model trained without it: end-to-end figures held out)
    python scripts/train_events.py --import-refs /tmp/sentences_to_label_a.jsonl ...
                                                   # store references (doc, offsets, sha1) of sentences

Data (training/events/manifest.json): hand-labelled sentences (labels_*.jsonl: id -> events with
type and trigger text; sentences.jsonl: doc, source, offsets, sha1 — the texts are re-read from
../shared and checked), and the synthetic NGEC stories (the lead sentence of each story). Nothing
here is evaluation data: the sentences come from PolNeAR train, TR-News and Wikinews samples outside
seed, dev and the blind set (checked against eval/blind/manifest.json).

A labels file paired with a second annotator's labels of the same sentences (manifest `second_annotator`) trains
only on the sentences both read alike (`consensus`). Files under `labels_candidates` train the candidate model only
(not the speech pairs, the role filler or the held-out tools); files under `labels_material` train only on material
acts (their speech-act candidates are left out; measured in session 25, not used).

Each candidate token (a verb or nominalisation the dictionaries list) is labelled with the PLOVER
type of the hand-labelled event whose trigger covers it, else NONE. Synthetic stories add their
lead sentence's candidates whose dictionary reading agrees with the story's label, at a lower
weight (their templates are narrow and some labels disagree with hand coders). Requires scikit-learn (the `train` extra); the product does not.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "training/events/manifest.json"
OUT = ROOT / "src/dateline/knowledge/data/events/model.json"
REPORT = ROOT / "training/events/report.json"
sys.path.insert(0, str(ROOT / "src"))


class Texts:
    """Article texts of the training sources, read from ../shared."""

    def __init__(self, shared: Path):
        self.shared = shared
        self._tr = self._samples = self._geovirus = None

    def get(self, source: str, doc: str) -> str:
        if source == "polnear_train":
            return (self.shared / "data/polnear/train/text" / f"{doc}.txt").read_text(encoding="utf-8")
        if source == "tr-news":
            if self._tr is None:
                root = ET.parse(self.shared / "data/geo/TR-News.xml").getroot()
                self._tr = {a.get("docid"): a.find("text").text for a in root}
            return self._tr[doc]
        if source == "geovirus":  # doc = the first 60 characters of the article URL's last path part
            if self._geovirus is None:
                root = ET.parse(self.shared / "data/geo/GeoVirus.xml").getroot()
                self._geovirus = {(a.findtext("source") or "").strip().rsplit("/", 1)[-1][:60]: a.find("text").text
                                  for a in root}
            return self._geovirus[doc]
        if source == "wikinews-samples":
            if self._samples is None:
                with (self.shared / "corpus/samples.jsonl").open(encoding="utf-8") as fh:
                    self._samples = {d["id"]: d["text"] for d in map(json.loads, fh)}
            return self._samples[doc]
        raise ValueError(f"unknown training source {source!r}")


def import_refs(paths: list[str], out: Path) -> None:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                rows.append({k: d[k] for k in ("id", "source", "doc", "start", "end", "sha1") if k in d})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} sentence references")


def labelled_refs(manifest: dict, blind_docs: set[str], key: str = "labels", texts: "Texts | None" = None):
    """(sentence reference, label) for every labelled sentence of the manifest's `key` files outside the blind set
    (a labels file not yet written is skipped). A file the manifest's `second_annotator` pairs with another
    annotator's labels of the same sentences gives only the sentences both read alike (`consensus`)."""
    refs = {}
    for line in (ROOT / manifest["sentences"]).read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        refs[d["id"]] = d
    for name in manifest.get(key, ()):
        path = ROOT / name
        if not path.exists():
            continue
        labels = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        second = manifest.get("second_annotator", {}).get(name)
        if second:
            texts = texts or Texts(ROOT.parent / "shared")
            others = {d["id"]: d for d in map(json.loads, (ROOT / second).read_text(encoding="utf-8").splitlines())}
            labels = [lab for lab in labels if lab["id"] in others and refs.get(lab["id"])
                      and consensus(lab, others[lab["id"]], _sentence(texts, refs[lab["id"]]))]
        for lab in labels:
            ref = refs.get(lab["id"])
            if ref is not None and ref["doc"] not in blind_docs:
                yield ref, lab


def _sentence(texts: Texts, ref: dict) -> str:
    return texts.get(ref["source"], ref["doc"])[ref["start"]:ref["end"]]


def _trigger_span(text: str, trigger: str) -> tuple[int, int] | None:
    at = text.lower().find(trigger.lower()) if trigger else -1
    return (at, at + len(trigger)) if at >= 0 else None


def same_event(a: dict, b: dict, text: str) -> bool:
    """Two annotators' events are one when their types agree (either's `also` counts) and their triggers overlap."""
    if a["type"] != b["type"] and b["type"] not in a.get("also", ()) and a["type"] not in b.get("also", ()):
        return False
    sa, sb = _trigger_span(text, a.get("trigger", "")), _trigger_span(text, b.get("trigger", ""))
    return bool(sa and sb and sa[0] < sb[1] and sb[0] < sa[1])


def consensus(a: dict, b: dict, text: str) -> bool:
    """Did two annotators read the sentence alike: every event of each paired one-to-one with an event of the other
    (none in both counts)?"""
    if len(a["events"]) != len(b["events"]):
        return False
    free = list(b["events"])
    for e in a["events"]:
        hit = next((f for f in free if same_event(e, f, text)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def hand_sentences(manifest: dict, texts: Texts, blind_docs: set[str], key: str = "labels") -> list[dict]:
    out = []
    for ref, lab in labelled_refs(manifest, blind_docs, key, texts):
        text = _sentence(texts, ref)
        if hashlib.sha1(text.encode()).hexdigest()[: len(ref["sha1"])] != ref["sha1"]:
            raise SystemExit(f"{ref['id']}: text of {ref['source']}:{ref['doc']} changed (sha1)")
        out.append({"id": lab["id"], "text": text, "events": lab.get("events", []),
                    "uncertain": lab.get("uncertain", False), "group": ref["doc"],
                    "material_only": key == "labels_material"})
    return out


def ngec_sentences(manifest: dict, shared: Path, limit: int, seed: int) -> list[dict]:
    import csv
    rows = []
    for name in manifest.get("ngec", []):
        path = shared / name
        if name.endswith(".csv"):
            with path.open(encoding="utf-8") as fh:
                rows += [{"event": r["label"], "text": r["text"]} for r in csv.DictReader(fh)]
        else:
            with path.open(encoding="utf-8") as fh:
                rows += [{"event": d["event"], "text": d["text"]} for d in map(json.loads, fh)]
    random.Random(seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows[:limit]):
        text = re.sub(r"^###.*?###", "", r["text"] or "", flags=re.S).strip()
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text.split("\n")[0])[0] if text else ""
        if 20 < len(lead) < 400 and r["event"]:
            out.append({"id": f"ngec{i}", "text": lead, "story": r["event"], "group": f"ngec{i}"})
    return out


# rows that train every fold and both halves and are never scored: synthetic stories and invented labelled sentences
ALWAYS_TRAIN = frozenset({"ngec", "invented"})


def invented_sentences(manifest: dict) -> list[dict]:
    """The manifest's `labels_invented` files: sentences written for training (their text in each record, labelled
    by the guide); they train the candidate model in every fold and are never held out or scored."""
    out = []
    for name in manifest.get("labels_invented", ()):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append({"id": d["id"], "text": d["text"], "events": d.get("events", []),
                            "uncertain": d.get("uncertain", False), "group": d["id"], "invented": True})
    return out


def _covered(tok, sent_text: str, trigger: str) -> bool:
    if not trigger:
        return False
    low = sent_text.lower()
    for m in re.finditer(re.escape(trigger.lower()), low):
        if m.start() <= tok.idx < m.end():
            return True
    return False


MATERIAL = frozenset({"AID", "ASSAULT", "COERCE", "COOPERATE", "MOBILIZE", "PROTEST", "RETREAT", "SANCTION"})


def _material(tok, lex, label: str) -> bool:
    """Does a candidate of a `labels_material` file teach a material act: labelled as one, or labelled as no event
    while the hand lexicon or the dictionary reads it as one? (Its other candidates are left out of training.)"""
    from dateline.extract.events.learned import NONE, _dict_match, _hand_type
    if label != NONE:
        return label in MATERIAL
    m = _dict_match(tok, lex)
    return _hand_type(tok, lex) in MATERIAL or (m is not None and m.type in MATERIAL)


def examples(nlp, lex, hand: list[dict], ngec: list[dict], ngec_weight: float, invented_weight: float = 1.0,
             feature_groups: tuple = ()):
    """Feature rows of every candidate (`feature_groups`: the optional feature groups of learned.features to add)."""
    from dateline.extract.events.learned import NONE, _dict_match, candidates, features
    X, y, w, groups, kinds = [], [], [], [], []
    stats = Counter()
    docs = nlp.pipe([s["text"] for s in hand + ngec], batch_size=64)
    for s, doc in zip(hand + ngec, docs):
        cands = candidates(doc, lex)
        if "story" in s:
            for tok in cands:
                m = _dict_match(tok, lex)
                if m is not None and m.type == s["story"]:
                    X.append(features(tok, lex, m, feature_groups)); y.append(s["story"]); w.append(ngec_weight)
                    groups.append(s["group"]); kinds.append("ngec")
            continue
        found = set()
        for tok in cands:
            label = NONE
            for k, ev in enumerate(s["events"]):
                if _covered(tok, doc.text, ev.get("trigger", "")):
                    label = ev["type"]
                    found.add(k)
                    break
            if s.get("material_only") and not _material(tok, lex, label):
                continue
            weight = (0.5 if s["uncertain"] else 1.0) * (invented_weight if s.get("invented") else 1.0)
            X.append(features(tok, lex, groups=feature_groups)); y.append(label); w.append(weight)
            groups.append(s["group"]); kinds.append("invented" if s.get("invented") else s["id"])
        if not s.get("invented"):
            stats["events"] += len(s["events"])
            stats["events_with_candidate"] += len(found)
    return X, y, w, groups, kinds, stats


def _sentence_metrics(kinds, y, pred, prob, gold_by_sent) -> dict:
    """Sentence-level type accuracy on hand-coded sentences with an event: the surest event the
    model reports must be one of the gold types (no event reported counts as wrong)."""
    best: dict[str, tuple[float, str]] = {}
    for k, p, pr in zip(kinds, pred, prob):
        if p != "NONE" and (k not in best or pr > best[k][0]):
            best[k] = (pr, p)
    with_ev = [s for s, types in gold_by_sent.items() if types]
    right = sum(1 for s in with_ev if s in best and best[s][1] in gold_by_sent[s])
    covered = sum(1 for s in with_ev if s in best)
    no_ev = [s for s, types in gold_by_sent.items() if not types]
    fp = sum(1 for s in no_ev if s in best)
    return {"sentences_with_event": len(with_ev), "type_accuracy": round(right / max(1, len(with_ev)), 3),
            "coverage": round(covered / max(1, len(with_ev)), 3),
            "accuracy_where_reported": round(right / max(1, covered), 3),
            "no_event_sentences": len(no_ev), "no_event_false_alarm_rate": round(fp / max(1, len(no_ev)), 3)}


def _candidate_prf(y, pred) -> dict:
    tp = sum(1 for a, b in zip(y, pred) if a == b != "NONE")
    n_pred = sum(1 for b in pred if b != "NONE")
    n_gold = sum(1 for a in y if a != "NONE")
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / max(1e-9, p + r), 3),
            "accuracy": round(sum(1 for a, b in zip(y, pred) if a == b) / max(1, len(y)), 3)}


def _reliability(prob, correct, bins=(0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list:
    rows = []
    for lo, hi in zip(bins, bins[1:]):
        sel = [c for p, c in zip(prob, correct) if lo <= p < hi]
        if sel:
            rows.append({"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(sel), "accuracy": round(sum(sel) / len(sel), 3)})
    return rows


def balanced(y: list, w: list, power: float) -> list:
    """Sample weights with each event type weighted by (mean event-type count / its count) ** power (NONE keeps 1):
    0 leaves the weights as they are, 1 gives every event type the same total weight."""
    if not power:
        return list(w)
    counts = Counter(v for v in y if v != "NONE")
    mean = sum(counts.values()) / max(1, len(counts))
    factor = {c: (mean / n) ** power for c, n in counts.items()}
    return [wi * factor.get(v, 1.0) for v, wi in zip(y, w)]


def held_out_readings(X, y, held, hand_idx) -> tuple[list, list, list, list, list]:
    """For the hand-labelled candidates `hand_idx`, from `_held_out`'s readings: (labels, held-out likeliest types,
    their probabilities calibrated by an isotonic map fitted on whether the type is the label, the hand lexicon's
    type or NONE, the held-out probability of every type)."""
    from sklearn.isotonic import IsotonicRegression
    ys = [y[i] for i in hand_idx]
    types = [held[i][0] for i in hand_idx]
    pr = [held[i][1] for i in hand_idx]
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(pr, [int(a == b) for a, b in zip(ys, types)])
    cal = [float(v) for v in iso.predict(pr)]
    hl = [next((x.split("=", 1)[1] for x in X[i] if x.startswith("hl=")), "none").replace("none", "NONE")
          for i in hand_idx]
    return ys, types, cal, hl, [held[i][2] for i in hand_idx]


def _held_out(X, y, w, groups, kinds, C: float, folds: int, seed: int):
    """Per hand-labelled candidate: (likeliest event type, its probability) from a model that did not
    see the candidate's article (folds grouped by document; synthetic stories always train)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    hand_idx = [i for i, k in enumerate(kinds) if k not in ALWAYS_TRAIN]
    docs = sorted({groups[i] for i in hand_idx})
    random.Random(seed).shuffle(docs)
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    out = {}
    for f in range(folds):
        train = [i for i in range(len(y)) if kinds[i] in ALWAYS_TRAIN or fold_of[groups[i]] != f]
        test = [i for i in hand_idx if fold_of[groups[i]] == f]
        vec = DictVectorizer()
        Xtr = vec.fit_transform([{k: 1 for k in X[i]} for i in train])
        clf = LogisticRegression(C=C, max_iter=300, tol=1e-3)
        clf.fit(Xtr, [y[i] for i in train], sample_weight=[w[i] for i in train])
        classes = list(clf.classes_)
        for i, row in zip(test, clf.predict_proba(vec.transform([{k: 1 for k in X[i]} for i in test]))):
            best = max((j for j, c in enumerate(classes) if c != "NONE"), key=lambda j: row[j])
            out[i] = (classes[best], float(row[best]), {c: float(v) for c, v in zip(classes, row)})
    return hand_idx, out


def _combined(hl_pred, types, cal, probs, cand_thr: float, veto: float) -> list[str]:
    """What the pipeline does: the hand lexicon's reading where it fires, unless the model gives that
    type a probability below `veto` (then the candidate is dropped, or retyped by the model when its
    likeliest type is sure enough); else the model's likeliest type at the candidate threshold."""
    out = []
    for h, t, c, pr in zip(hl_pred, types, cal, probs):
        if h != "NONE" and pr.get(h, 0.0) >= veto:
            out.append(h)
        else:
            out.append(t if c >= cand_thr else "NONE")
    return out


def cross_validate(X, y, w, groups, kinds, hand, C: float, folds: int, seed: int,
                   target_precision: float = 0.6, veto_grid=(0.0, 0.02, 0.05, 0.1)) -> dict:
    from sklearn.isotonic import IsotonicRegression
    t0 = time.time()
    hand_idx, held = _held_out(X, y, w, groups, kinds, C, folds, seed)
    fit_s = (time.time() - t0) / folds
    ys = [y[i] for i in hand_idx]
    types = [held[i][0] for i in hand_idx]
    pr = [held[i][1] for i in hand_idx]
    correct = [int(a == b) for a, b in zip(ys, types)]  # (types: the likeliest non-NONE type)
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(pr, correct)
    cal = [float(v) for v in iso.predict(pr)]
    gold = {s["id"]: {e["type"] for e in s["events"]} for s in hand}
    hk = [kinds[i] for i in hand_idx]
    curve = []
    for thr in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        ps = [t if c >= thr else "NONE" for t, c in zip(types, cal)]
        curve.append({"min_confidence": thr, "candidates": _candidate_prf(ys, ps),
                      "sentences": _sentence_metrics(hk, ys, ps, cal, gold)})
    best = max(curve, key=lambda r: (r["candidates"]["F1"], r["min_confidence"]))
    # a candidate the rules missed is added only where held-out precision reaches the target
    precise = [r["min_confidence"] for r in curve if r["candidates"]["P"] >= target_precision]
    dict_pred = [next((x.split("=", 1)[1] for x in X[i] if x.startswith("dt=")), "NONE").replace("absent", "NONE")
                 for i in hand_idx]
    hl_pred = [next((x.split("=", 1)[1] for x in X[i] if x.startswith("hl=")), "none").replace("none", "NONE")
               for i in hand_idx]
    # as the pipeline combines them: the hand lexicon's reading where it fires, else the model's
    # likeliest type at the candidate threshold
    probs = [held[i][2] for i in hand_idx]
    combos = []
    for thr in (0.2, 0.3, 0.4, 0.5):
        for veto in veto_grid:
            pred = _combined(hl_pred, types, cal, probs, thr, veto)
            combos.append({"candidate_min_confidence": thr, "veto_below": veto, "candidates": _candidate_prf(ys, pred),
                           "sentences": _sentence_metrics(hk, ys, pred, cal, gold)})
    # the shipped defaults: the combination with the best held-out candidate F1
    chosen = max(combos, key=lambda r: (r["candidates"]["F1"], r["candidate_min_confidence"]))
    cand_thr = chosen["candidate_min_confidence"]
    hybrid = _combined(hl_pred, types, cal, probs, cand_thr, chosen["veto_below"])
    return {
        "folds": folds, "C": C, "fit_seconds_per_fold": round(fit_s, 1),
        "candidates": len(hand_idx), "gold_event_candidates": sum(1 for v in ys if v != "NONE"),
        "type_accuracy_on_event_candidates": round(sum(1 for a, b in zip(ys, types) if a == b != "NONE")
                                                   / max(1, sum(1 for a in ys if a != "NONE")), 3),
        "curve": curve, "min_confidence": best["min_confidence"],
        "candidate_min_confidence": cand_thr, "veto_below": chosen["veto_below"],
        "target_precision_threshold": min(precise) if precise else None, "combinations": combos,
        "dictionary_only": {"candidates": _candidate_prf(ys, dict_pred),
                            "sentences": _sentence_metrics(hk, ys, dict_pred, [0.5] * len(ys), gold)},
        "hand_lexicon_only": {"candidates": _candidate_prf(ys, hl_pred),
                              "sentences": _sentence_metrics(hk, ys, hl_pred, [0.5] * len(ys), gold)},
        "hand_lexicon_then_model": {"candidates": _candidate_prf(ys, hybrid),
                                    "sentences": _sentence_metrics(hk, ys, hybrid, cal, gold)},
        "reliability_raw": _reliability(pr, correct),
        "reliability_calibrated": _reliability(cal, correct),
        "calibration": {"x": [round(float(v), 4) for v in iso.X_thresholds_],
                        "y": [round(float(v), 4) for v in iso.y_thresholds_]},
    }


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a share k / n."""
    p, zz = k / n, z * z
    centre, half = (p + zz / (2 * n)) / (1 + zz / n), z * math.sqrt(p * (1 - p) / n + zz / (4 * n * n)) / (1 + zz / n)
    return centre - half, centre + half


def training_sentences(manifest: dict, shared: Path) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """The manifest's training sentences (hand-labelled, material-only, NGEC synthetic leads, invented), the blind
    set's documents left out. `labels_candidates`: files that train the candidate model only (not the speech pairs,
    role filler or held-out tools)."""
    blind = json.loads((ROOT / "eval/blind/manifest.json").read_text(encoding="utf-8"))
    blind_docs = {a["id"] for a in blind["articles"]}
    texts = Texts(shared)
    hand = hand_sentences(manifest, texts, blind_docs) + hand_sentences(manifest, texts, blind_docs, "labels_candidates")
    material = hand_sentences(manifest, texts, blind_docs, "labels_material")
    ngec = ngec_sentences(manifest, shared, manifest.get("ngec_limit", 3000), manifest.get("seed", 13))
    return hand, material, ngec, invented_sentences(manifest)


def needs_target(hand: list[dict], below: float, min_count: int = 20, min_mode_count: int = 10) -> dict:
    """Which event types normally name a recipient: the share of hand-labelled events of each type
    that have none, and the types (with at least `min_count` labels) whose share is below `below`.
    The extractor drops an event of such a type when it finds no recipient. A mode with at least
    `min_mode_count` labels whose share lies clearly on the other side of `below` than its type's (its 95 %
    Wilson interval excludes `below`) is an exception ("optional": an investigation of a type that needs a
    recipient; "required": a visit)."""
    counts, empty = Counter(), Counter()
    for s in hand:
        for ev in s["events"]:
            for key in (ev["type"], (ev["type"], ev.get("mode") or "")):
                counts[key] += 1
                empty[key] += not ev.get("target")
    share = {k: round(empty[k] / n, 3) for k, n in counts.items()}
    types = sorted(t for t, n in counts.items() if isinstance(t, str) and n >= min_count and share[t] < below)
    modes = {"optional": [], "required": []}
    for (t, m), n in sorted((k, n) for k, n in counts.items() if isinstance(k, tuple) and k[1]):
        low, high = _wilson(empty[(t, m)], n)
        if n >= min_mode_count and counts[t] >= min_count and (high < below if t not in types else low > below):
            modes["required" if t not in types else "optional"].append([t, m])
    return {"targetless_share": {t: v for t, v in sorted(share.items(), key=str) if isinstance(t, str)},
            "below": below, "types": types, "modes": modes}


def fit_all(X, y, w, C: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer()
    Xtr = vec.fit_transform([{k: 1 for k in x} for x in X])
    clf = LogisticRegression(C=C, max_iter=300, tol=1e-3)
    clf.fit(Xtr, y, sample_weight=w)
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        col = [round(float(v), 3) for v in clf.coef_[:, j]]
        if max(abs(v) for v in col) >= 0.005:
            weights[name] = col
    return {"classes": [str(c) for c in clf.classes_], "intercept": [round(float(v), 4) for v in clf.intercept_],
            "weights": weights}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--manifest", default=str(MANIFEST))
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--all", action="store_true",
                    help="retrain the speech model and the role filler even where the manifest's keep_shipped keeps them")
    ap.add_argument("--import-refs", nargs="+")
    ap.add_argument("--without-half", type=int, choices=(0, 1),
                    help="fit without this half of the labelled documents (train_roles.half_of), write -o, nothing else")
    ap.add_argument("-o", "--out", help="where --without-half writes its model")
    ap.add_argument("--halves", metavar="PREFIX", help="after the packaged model, also write the two held-out half "
                    "models PREFIX0.json and PREFIX1.json (as --without-half, with the new model's settings)")
    ap.add_argument("--feature-groups", help="optional feature groups, comma-separated (learned.VALENCE_GROUPS: "
                    "val,frame,cval; learned.MOOD_GROUPS: mood,quote; '' none), instead of the manifest's "
                    "`feature_groups`")
    args = ap.parse_args(argv)
    if args.without_half is not None and not args.out:
        ap.error("--without-half needs -o OUT (the packaged model is not replaced)")
    manifest = json.loads(Path(args.manifest).read_text(encoding="utf-8"))
    if args.import_refs:
        import_refs(args.import_refs, ROOT / manifest["sentences"])
        return
    from dateline import nlp as nlpmod
    from dateline.knowledge.events import load
    from dateline.options import DEFAULT_MODEL
    shared = Path(args.shared)
    hand, material, ngec, invented = training_sentences(manifest, shared)
    lex = load()
    nlp = nlpmod.load(DEFAULT_MODEL)
    t0 = time.time()
    fgroups = tuple(manifest.get("feature_groups", ())) if args.feature_groups is None else \
        tuple(g for g in args.feature_groups.split(",") if g)
    X, y, w, groups, kinds, stats = examples(nlp, lex, hand + material + invented, ngec, manifest.get("ngec_weight", 0.3),
                                             manifest.get("invented_weight", 1.0), fgroups)
    print(f"{len(hand)} hand sentences, {len(invented)} invented, {len(ngec)} synthetic leads -> {len(y)} candidates "
          f"({time.time() - t0:.0f}s); label counts {Counter(y).most_common()}", file=sys.stderr)
    C = manifest.get("C", 1.0)
    if args.without_half is not None:
        write_without_half(X, y, w, groups, kinds, C, args.without_half, Path(args.out), fgroups)
        return
    report = {"data": {"hand_sentences": len(hand), "invented_sentences": len(invented), "synthetic_leads": len(ngec),
                       "candidates": len(y),
                       "hand_events": stats["events"],
                       "hand_events_with_candidate": stats["events_with_candidate"]}}
    report["cv"] = cross_validate(X, y, w, groups, kinds, hand, C, manifest.get("folds", 5), manifest.get("seed", 13),
                                  manifest.get("target_precision", 0.6), manifest.get("veto_grid", (0.0, 0.02, 0.05, 0.1)))
    report["needs_target"] = needs_target(hand, manifest.get("needs_target_below", 0.3))
    print(json.dumps(report, indent=1), file=sys.stderr)
    REPORT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.cv_only:
        train_speech(manifest, shared, cv_only=True)
        train_roles(manifest, shared, cv_only=True)
        return
    model = fit_all(X, y, w, C)
    model["calibration"] = report["cv"]["calibration"]
    # the manifest may pin the candidate threshold where held-out F1 is flat across thresholds (see its note)
    model["min_confidence"] = manifest.get("candidate_min_confidence", report["cv"]["candidate_min_confidence"])
    model["event_min_confidence"] = manifest.get("event_min_confidence", 0.0)
    model["retype_below"] = manifest.get("retype_below", 0.05)
    model["veto_below"] = report["cv"]["veto_below"]
    model["needs_target"] = report["needs_target"]["types"]
    model["needs_target_modes"] = report["needs_target"]["modes"]
    model["feature_groups"] = list(fgroups)
    model["version"] = "event-model/1"
    model["about"] = ("Logistic regression over parse/lexical/dictionary features of event candidates, "
                      "trained by scripts/train_events.py from training/events/manifest.json")
    OUT.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(model['weights'])} features x {len(model['classes'])} classes", file=sys.stderr)
    for half in (0, 1) if args.halves else ():
        write_without_half(X, y, w, groups, kinds, C, half, Path(f"{args.halves}{half}.json"), fgroups)
    # the manifest may keep a shipped model whose retrain on today's code measured worse (keep_shipped_note)
    keep = set() if args.all else set(manifest.get("keep_shipped", ()))
    if "speech" not in keep:
        train_speech(manifest, shared, cv_only=False)
    if "roles" not in keep:
        train_roles(manifest, shared, cv_only=False)  # last: its examples come from the pipeline with the new models


def rows_without_half(groups: list, kinds: list, half: int) -> list[int]:
    """Indices of the training rows outside one half of the hand-labelled documents (synthetic rows always kept)."""
    from train_roles import half_of
    return [i for i, (g, k) in enumerate(zip(groups, kinds)) if k in ALWAYS_TRAIN or half_of(g) != half]


def write_without_half(X, y, w, groups, kinds, C: float, half: int, out: Path, fgroups: tuple = ()) -> None:
    """A candidate model fitted without one half of the hand-labelled documents (synthetic stories kept), with
    the packaged model's decision settings (threshold, calibration map, recipient types): run on the held-out
    half's documents it gives end-to-end figures on text the model never saw (role_eval.py --event-models)."""
    keep = rows_without_half(groups, kinds, half)
    model = fit_all([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep], C)
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    model.update({k: v for k, v in shipped.items() if k not in ("classes", "intercept", "weights")})
    model["feature_groups"] = list(fgroups)
    model["about"] = f"held-out study model: trained without half {half} of the labelled documents"
    out.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: trained on {len(keep)} of {len(y)} candidates (half {half} left out)", file=sys.stderr)


def train_roles(manifest: dict, shared: Path, cv_only: bool) -> None:
    """The learned role filler (scripts/train_roles.py) with the manifest's settings."""
    import train_roles as roles
    ro = manifest.get("roles", {})
    argv = ["--shared", str(shared), "--C", str(ro.get("C", 0.2)), "--min-precision", str(ro.get("min_precision", 0.5)),
            "--roles", ro.get("roles", "target")]
    roles.main(argv + ["--cv-only"] * cv_only)


def train_speech(manifest: dict, shared: Path, cv_only: bool) -> None:
    """The evaluative-speech pair model (scripts/train_speech.py) with the manifest's settings."""
    import train_speech as speech
    sp = manifest.get("speech", {})
    argv = ["--shared", str(shared), "--C", str(sp.get("C", 0.3)), "--min-precision", str(sp.get("min_precision", 0.35))]
    argv += ["--extra-labels", *(str(ROOT / f) for f in sp["extra_labels"])] if sp.get("extra_labels") else []
    argv += ["--skip-misread"] * bool(sp.get("skip_misread"))
    enc = sp.get("encoded")
    if enc:  # the same pairs read with the sentence encoder's vector of the quoted clause (speech_model_encoded.json)
        argv += ["--encoded-out", str(ROOT / enc["out"]), "--scale", str(enc["scale"]), "--gate", str(enc["gate"]),
                 "--layers", str(enc["layers"])]
    speech.main(argv + ["--with-sentences"] * bool(sp.get("with_sentences")) + ["--cv-only"] * cv_only)


if __name__ == "__main__":
    main()
