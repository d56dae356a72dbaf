"""Conflicting reports of one story read with a sentence encoder: the statements of two articles are aligned by
meaning, and a learned decision says whether the aligned ones clash.

The rules of `conflicts.py` and the word-level decision of `learned.py` need two statements to share words; reports
by separate writers tell one thing in other words ('About 2,000 people marched through Tarn' / 'More than 20,000
joined the Tarn march'). Here each filed statement (`corpus_claims`) is embedded with all-MiniLM-L6-v2 (`minilm.py`,
plain numpy; vectors kept in `corpus_claim_vectors`) and two articles of one story (within
`claim_polarity_window_days`, sharing an uncommon name) are compared as wholes:

- each statement is aligned with its nearest statement of the other article (cosine of the sentence vectors);
- for each kind of clash — figures of near nouns ≥ `figure_min_ratio` apart, a negation or denial on one side
  only, days for acts that differ, WordNet antonym predicates — the highest cosine of an aligned pair that carries
  it, and of any pair that does;
- how alike the two articles are (their statements' mean vectors, the nearest pair, shared uncommon words), how
  many days apart, and the highest cosine of a pair that gives one figure on both sides (agreement);
- (session 15) for figures, negations and days, how much nearer a statement's nearest clashing counterpart is than
  its nearest agreeing one (`_contrast`: when both reports tell the denial, the report of the act in one meets the
  denial told alike in the other), and aligned statements whose valences (`valence.py`, the VADER lexicon) have
  opposite signs — opposite outcomes told in other words ('the talks collapsed' / 'a breakthrough was hailed').

A small gradient-boosted tree ensemble (`data/story_model.json`, trained by `scripts/train_corpus_conflicts.py`
on the spent invented batches, real PolNeAR windows outside the evaluation set as negatives; applied here in
plain Python) gives the pair a probability; at or above the shipped threshold the article pair's best aligned
clash is listed (matter `encoded:<kind>`, the probability as its score) unless the rules listed the pair already.
One holder never disputes itself. On only with the encoder (`dateline corpus --similarity minilm`).
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import product
from typing import Any, Callable, Iterable

import numpy as np

from . import antonyms, learned
from .counted import apart_figures
from .negation import _negated
from .valence import valence
from .signature import settings

FEATURES = ("alfig", "alneg", "aldate", "alant", "alagree", "max", "fig", "fign", "neg", "date", "ant", "story",
            "agree", "shared", "days", "alwfig", "alwpol", "alwdate", "wfig", "wpol", "wdate", "alwho",
            "alval", "val", "cfig", "cneg", "cdate")
CONTRASTED = ("fig", "neg", "date")  # clashes weighed against the best agreeing counterpart (`_contrast`)
MATTER = "encoded:"  # the matter of this module's rows (`found_by` 'encoded': never revisited by the rules)


class Statement:
    """A filed statement with what the comparison reads: its vector, negation, predicates, figures, days."""

    __slots__ = ("aid", "cid", "holder", "hname", "text", "info", "neg", "deny", "preds", "figs", "days", "rare",
                 "names", "vec", "words", "val")

    def __init__(self, row: tuple, vec: np.ndarray, common: Callable[[str], bool]):
        self.aid, self.cid, day, pol, self.holder, self.hname, self.text, raw = row
        self.words = learned.Statement((self.aid, self.cid, day, pol, self.holder, self.text, raw), common)
        self.info = info = self.words.info  # parsed once; its uncommon words and names are the word reading's too
        self.rare, self.names = self.words.rare, self.words.names
        self.deny = bool(info.get("deny"))
        self.neg = _negated(self.text) or self.deny
        self.preds = antonyms.predicates(self.text)
        self.val = valence(self.text)
        self.figs = [(v, n) for v, n in info.get("f") or []]
        self.days = {t[0] for t in info.get("dt") or []}
        self.vec = vec


class Story:
    """One article's statements, their vectors stacked."""

    def __init__(self, aid: str, day: int | None, statements: list[Statement], outlet: str | None = None):
        self.aid, self.day, self.statements, self.outlet = aid, day, statements, outlet
        self.matrix = np.stack([s.vec for s in statements])
        self.names = frozenset().union(*(s.names for s in statements))
        mean = self.matrix.mean(axis=0)
        self.mean = mean / max(float(np.linalg.norm(mean)), 1e-9)


# --- vectors -----------------------------------------------------------------------------------------

def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def ensure_vectors(conn: sqlite3.Connection, article_ids: Iterable[str], encoder) -> None:
    """Embed the filed statements of these articles that have no vector for their current text."""
    ids = sorted(set(article_ids))
    todo = []
    for chunk in learned._chunks(ids):
        marks = ",".join("?" * len(chunk))
        have = {(a, c): h for a, c, h in conn.execute(
            f"SELECT article_id, claim_id, text_hash FROM corpus_claim_vectors WHERE article_id IN ({marks})", chunk)}
        for a, c, t in conn.execute(f"SELECT article_id, claim_id, text FROM corpus_claims WHERE article_id IN ({marks})",
                                    chunk):
            h = _hash(t)
            if have.get((a, c)) != h:
                todo.append((a, c, t, h))
    if not todo:
        return
    vecs = encoder.vectors([t for _, _, t, _ in todo])
    conn.executemany("INSERT OR REPLACE INTO corpus_claim_vectors VALUES (?, ?, ?, ?)",
                     [(a, c, h, v.astype(np.float16).tobytes()) for (a, c, _, h), v in zip(todo, vecs)])


def load_stories(conn: sqlite3.Connection, common: Callable[[str], bool], ids: Iterable[str]) -> dict[str, Story]:
    """The statements of these articles that have vectors, by article."""
    rows: dict[str, list[Statement]] = {}
    meta: dict[str, tuple] = {}
    for chunk in learned._chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        meta.update((a, (d, o)) for a, d, o in conn.execute(  # these articles only, not the whole corpus
            f"SELECT article_id, published, outlet FROM corpus_articles WHERE article_id IN ({marks})", chunk))
        for r in conn.execute(
                "SELECT c.article_id, c.claim_id, c.day, c.polarity, c.holder_key, c.holder_name, c.text, c.terms, v.vec "
                "FROM corpus_claims c "
                "JOIN corpus_claim_vectors v ON v.article_id = c.article_id AND v.claim_id = c.claim_id "
                f"WHERE c.article_id IN ({marks}) ORDER BY c.article_id, c.claim_id", chunk):
            vec = np.frombuffer(r[8], dtype=np.float16).astype(np.float32)
            rows.setdefault(r[0], []).append(Statement(r[:8], vec, common))
    return {aid: Story(aid, learned._day(meta.get(aid, (None,))[0]), st, meta.get(aid, (None, None))[1])
            for aid, st in rows.items()}


# --- comparison --------------------------------------------------------------------------------------

def figure_clash(x: Statement, y: Statement) -> tuple[float, tuple[str, str]] | None:
    """How near the counted nouns of the most apart figures are (times how far apart the figures are), or None."""
    best = None
    for a, na, b, nb in apart_figures(x.figs, y.figs):
        near = learned._word_near(learned._noun_key(na), learned._noun_key(nb))
        apart = min(math.log10(max(a, b) / max(min(a, b), 1e-9)), 1.0)
        score = max(near, 0.01) * (0.3 + 0.7 * apart)
        if best is None or score > best[0]:
            best = (score, (f"{a:g} {na}", f"{b:g} {nb}"))
    return best


def clashes(x: Statement, y: Statement) -> dict[str, tuple[float, tuple[str, str]]]:
    """The kinds of clash two statements carry: {kind: (strength, values)}."""
    out = {}
    fig = figure_clash(x, y)
    if fig is not None:
        out["fig"] = fig
    if x.neg != y.neg and x.rare & y.rare:
        out["neg"] = (1.0, ("negative" if x.neg else "positive", "negative" if y.neg else "positive"))
    if x.days and y.days and not x.days & y.days:
        out["date"] = (1.0, tuple(date.fromordinal(min(s.days)).isoformat() for s in (x, y)))
    opp = antonyms.opposed(x.preds, y.preds)
    if opp:
        out["ant"] = (1.0, (opp[2], opp[3]))
    if x.val * y.val < 0:
        out["val"] = (min(abs(x.val), abs(y.val)), (f"valence {x.val:+.2f}", f"valence {y.val:+.2f}"))
    return out


def word_clashes(x: Statement, y: Statement) -> dict[str, float]:
    """The word-level readings of `learned` (with the rules' vetoes): how near the counted nouns and their clauses
    of two figures are, a denial whose predicate the other side tells, how near two dated verbs are."""
    out = {}
    fig = learned.figure_clash(x.words, y.words)
    if fig is not None:
        out["wfig"] = (fig[0]["noun_near"] + max(fig[0]["clause_near"], 0.0)) / 2
    if learned.polarity_clash(x.words, y.words) is not None:
        out["wpol"] = 1.0
    dated = learned.date_clash(x.words, y.words)
    if dated is not None:
        out["wdate"] = dated[0]["verb_near"]
    return out


def pair_features(a: Story, b: Story) -> tuple[dict[str, float], tuple | None]:
    """The features of two articles of one story and their best aligned clash (kind, values, x, y) or None."""
    sims = a.matrix @ b.matrix.T
    f = dict.fromkeys(FEATURES, 0.0)
    f["max"] = float(sims.max())
    aligned = {(p, int(q)) for p, q in enumerate(sims.argmax(1))} | {(int(p), q) for q, p in enumerate(sims.argmax(0))}
    best, clash_at, agree_at = None, {k: np.zeros(sims.shape) for k in CONTRASTED}, {k: np.zeros(sims.shape) for k in CONTRASTED}
    for (p, x), (q, y) in product(enumerate(a.statements), enumerate(b.statements)):
        if x.holder and x.holder == y.holder:
            continue  # one source changing its account is no dispute
        c, al = float(sims[p, q]), (p, q) in aligned
        found = clashes(x, y)
        for kind, agrees in _agreements(x, y).items():
            clash_at[kind][p, q], agree_at[kind][p, q] = c * (kind in found), c * agrees
        for kind, (strength, values) in found.items():
            f[kind] = max(f[kind], c)
            if kind == "fig":
                f["fign"] = max(f["fign"], c * strength)
            if al:
                f["al" + kind] = max(f["al" + kind], c * strength)
                if best is None or c > best[0]:
                    best = (c, (kind, values, x, y))
        for kind, strength in word_clashes(x, y).items():
            f[kind] = max(f[kind], c * strength)
            if al:
                f["al" + kind] = max(f["al" + kind], c * strength)
        if {v for v, _ in x.figs} & {v for v, _ in y.figs}:
            f["agree"] = max(f["agree"], c)
            if al and "fig" not in found:
                f["alagree"] = max(f["alagree"], c)
        f["shared"] = max(f["shared"], min(len(x.rare & y.rare), 6) / 6)
        if al and x.names - b.names and y.names - a.names:
            f["alwho"] = max(f["alwho"], c)  # one thing told of other parties or places: who did it, where
    f.update({"c" + k: _contrast(clash_at[k], agree_at[k]) for k in CONTRASTED})
    f["story"] = float(a.mean @ b.mean)
    if a.day is not None and b.day is not None:
        f["days"] = min(abs(a.day - b.day), 35) / 35
    return f, best[1] if best else None


def _agreements(x: Statement, y: Statement) -> dict[str, bool]:
    """Whether two statements tell one thing alike, by the readings a clash is told by: a figure both give, one
    polarity on a matter they share, a day both name."""
    return {"fig": bool({v for v, _ in x.figs} & {v for v, _ in y.figs}),
            "neg": x.neg == y.neg and bool(x.rare & y.rare), "date": bool(x.days & y.days)}


def _contrast(clash: np.ndarray, agree: np.ndarray) -> float:
    """For each statement of either article that clashes with one of the other, how much nearer its nearest clashing
    counterpart is than its nearest agreeing one (a report of a denial meets the denial told alike in the other
    article too when the two agree); the largest such margin, 0 when nothing clashes."""
    out = 0.0
    for axis in (1, 0):
        cl, ag = clash.max(axis=axis), agree.max(axis=axis)
        if (cl > 0).any():
            out = max(out, float((cl - ag)[cl > 0].max()))
    return out


def candidate_pairs(stories: dict[str, Story], new: Iterable[str]) -> list[tuple[str, str]]:
    """Article pairs of one story: a new article and another of another outlet within the window sharing an
    uncommon name (one outlet revising its report is no dispute, as one holder changing its account is none; none of
    the 213 written-down invented conflicts is between two articles of one outlet)."""
    return [tuple(sorted((aid, oid)))
            for aid, oid in learned.story_pairs(stories, new, settings()["claim_polarity_window_days"])
            if not (stories[aid].outlet and stories[aid].outlet == stories[oid].outlet)]


# --- the decision ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped trees (`corpus/data/story_model.json`); an empty model lists nothing."""
    path = resources.files("dateline.corpus").joinpath("data/story_model.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def probability(feats: dict[str, float], m: dict[str, Any] | None = None) -> float:
    """The trees' probability that two articles give conflicting accounts."""
    m = m if m is not None else model()
    if not m:
        return 0.0
    x = [float(feats.get(name, 0.0)) for name in m["features"]]
    z = m["baseline"]
    for tree in m["trees"]:
        node = tree[0]
        while not node[0]:
            _leaf, feature, threshold, left, right = node
            node = tree[left] if x[feature] <= threshold else tree[right]
        z += node[1]
    return 1.0 / (1.0 + math.exp(-z))


def cross_articles(conn: sqlite3.Connection, article_ids: Iterable[str], add: Callable[..., int], encoder) -> int:
    """List the conflicts the decision finds between these articles and the others of their stories (`add` is
    `conflicts.add`), unless the pair is listed already. Rows listed earlier are kept (not revisited: the rules'
    `conflicts.revisit` skips them too)."""
    m = model()
    if encoder is None or not m or m.get("threshold") is None:
        return 0
    from .conflicts import ClaimStats
    common = ClaimStats(conn).common
    far, ids = settings()["claim_polarity_window_days"], set(article_ids)
    ensure_vectors(conn, ids, encoder)
    new = load_stories(conn, common, ids)
    near = learned._neighbours(conn, new, far) - ids
    ensure_vectors(conn, near, encoder)
    stories = {**load_stories(conn, common, near), **new}
    listed = {frozenset(r) for r in conn.execute(
        "SELECT a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus' AND a_article != b_article")}
    added = 0
    for a, b in candidate_pairs(stories, ids):
        if frozenset((a, b)) in listed:
            continue
        feats, best = pair_features(stories[a], stories[b])
        p = probability(feats, m)
        if best is not None and p >= m["threshold"]:
            added += _list(conn, p, best, add)
    return added


def _list(conn: sqlite3.Connection, p: float, best: tuple, add: Callable[..., int]) -> int:
    kind, values, x, y = best
    kind = {"fig": "figure", "date": "date", "ant": "claim", "val": "claim"}.get(kind) or (
        "denial" if (x if x.neg else y).deny else "claim")
    outlets = dict(conn.execute("SELECT article_id, outlet FROM corpus_articles WHERE article_id IN (?, ?)",
                                (x.aid, y.aid)))
    sides = [(s.aid, s.cid, s.text, outlets.get(s.aid), s.hname) for s in (x, y)]
    (a, b), vals = (sides, values) if (x.aid, x.cid) <= (y.aid, y.cid) else (sides[::-1], values[::-1])
    return add(conn, kind, "corpus", None, f"{MATTER}{kind}", a, b, tuple(vals), round(p, 3), found_by="encoded")
