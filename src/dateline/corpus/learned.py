"""A learned decision over the statements of two reports of one story: do they give conflicting accounts?

The rules of `conflicts.py` list a pair only when two statements pass a word-overlap test of one matter; reports
of one story by separate writers rarely word one thing alike ('about 900 boats' / 'more than 4,000 vessels',
'guards fired on the crowd at the gate' / 'no guard at the gate fired a shot'). Here the matter is read at two levels: the *story* —
two articles within the window that share names no other statements share (`story` features: uncommon names and
words of the whole articles) — and the *statements* — every pair of one article's and the other's statements
that could clash at all:

- `figure`: a figure on each side ≥ `figure_min_ratio` apart, neither side giving the other's value; how near the
  two counted nouns are (one noun, or GloVe cosine: boats / vessels) and the words of their clauses, the figures'
  ratio, whether both are leads under one dateline;
- `polarity`: a negative statement (a negation or a denial verb borne out) against a positive one that tells its
  denied predicate or a related verb; how much of the denial's scope the positive one tells;
- `date`: two days for verbs on each side (days read as each article resolved them, `dated.py`); how near the two
  verbs are and how many words their clauses share.

The readings of the rules that say what a statement is *not* about stay vetoes (each has its test): a headline's
capitals name nothing, counts on two named days tell of two occasions, a figure after 'the' is part of a set named
before, shares are the rules' (polls give many), a denial is about its predicate's object, its names and — for 'they
had nothing to do with it' — its subject; one holder changing its account is no dispute.

Each candidate gets features of its kind and of how near the two statements are (uncommon words and names
shared, Jaccard, the cosine of their mean GloVe vectors) and of the story; a logistic regression (weights in
`corpus/data/conflict_model.json`, trained by `python -m dateline.corpus.conflict_model` on invented reports
whose conflicts were written down, with real article pairs of PolNeAR windows outside the evaluation set as
negatives) gives each a probability; the article pair's best candidate is listed when it reaches the model's
threshold (rows with the matter `learned:<kind>`, the probability as their score). It ships **off**: the model's
`threshold` is null, since on the held-out batch ah it found none of the pairs and listed two false ones; its
`threshold_when_on` (0.6) turns it on. The features are one per kind of
evidence each clash needs, not read from any missed sentence; the evaluation set's texts and gold are used nowhere.
"""
from __future__ import annotations

import json
import math
import sqlite3
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import product
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from . import dated, related
from .counted import apart_figures
from .signature import _WORD, day_number, settings, stem
from .synonyms import canon

KINDS = ("figure", "polarity", "date")
FEATURES = ("kind_figure", "kind_polarity", "kind_date", "shared", "shared_names", "jaccard", "cosine",
            "story_names", "story_words", "days_apart", "holders", "noun_near", "ratio", "clause_near",
            "lead", "pred_told", "scope_told", "scope_near", "deny", "verb_near", "act_shared")
SHARES = frozenset({"percent", "percentage", "per"})


class Statement:
    """One filed statement as the learned decision reads it (built from a `corpus_claims` row)."""

    __slots__ = ("aid", "cid", "day", "pol", "holder", "info", "text", "rare", "names", "vec", "common", "title")

    def __init__(self, row: tuple, common: Callable[[str], bool]):
        self.aid, self.cid, self.day, self.pol, self.holder, self.text, raw = row
        self.info, self.common = json.loads(raw), common
        words = [w for w in _WORD.findall(self.text or "") if w[0].isalpha()]
        self.title = 2 * sum(w[0].isupper() for w in words) > len(words)  # a headline's capitals name nothing
        self.rare = frozenset(w for w in self.info["t"] if not common(w))
        plain = frozenset(self.info["p"])
        self.names = frozenset(w for w in self.rare if w not in plain)
        self.vec = _mean_vector([w for w in self.info["p"] if not common(w)])


def _mean_vector(words: list[str]) -> np.ndarray | None:
    index, vectors = related._table()
    rows = [index[w] for w in words if w in index]
    if not rows:
        return None
    v = vectors[rows].mean(axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None


def _cos(a: np.ndarray | None, b: np.ndarray | None) -> float:
    return float(a @ b) if a is not None and b is not None else 0.0


def _word_near(a: str, b: str) -> float:
    """1 for one word, else the GloVe cosine of the two stored words (0 when unknown or negative)."""
    if a == b:
        return 1.0
    return max(related.cosine(a, b) or 0.0, 0.0)


def _noun_key(noun: str) -> str:
    """A counted noun ('vessel', 'machine') as a stored word key ('vessel', 'machin')."""
    return canon(stem(noun))


def _days(s: Statement) -> set[int]:
    own = s.info.get("own") or ()
    return {d for d in (s.day, *own, *(t[0] for t in s.info.get("dt") or ())) if d is not None}


def _apart(a: Statement, b: Statement) -> int:
    return min((abs(x - y) for x in _days(a) for y in _days(b)), default=99)


def base_features(a: Statement, b: Statement, story: tuple[float, float]) -> dict[str, float]:
    """How near two statements and their articles are, whatever the kind of clash."""
    pa, pb = set(a.rare - a.names), set(b.rare - b.names)
    return {"shared": min(len(a.rare & b.rare), 8) / 8, "shared_names": min(len(a.names & b.names), 4) / 4,
            "jaccard": len(pa & pb) / len(pa | pb) if pa | pb else 0.0, "cosine": _cos(a.vec, b.vec),
            "story_names": story[0], "story_words": story[1], "days_apart": min(_apart(a, b), 35) / 35,
            "holders": (bool(a.holder) + bool(b.holder)) / 2}


def figure_clash(a: Statement, b: Statement) -> tuple[dict[str, float], tuple[str, str]] | None:
    """The nearest pair of counts of (maybe differently named) things ≥ `figure_min_ratio` apart."""
    best, skip = None, frozenset(settings()["figure_skip"]) | SHARES  # 'year', 'and', and shares: polls give many
    on_a, on_b = set(a.info.get("on") or ()), set(b.info.get("on") or ())
    if on_a and on_b and not on_a & on_b:
        return None  # counts on two named days tell of two occasions
    definite = {(fc[0], fc[1]) for side in (a, b) for fc in side.info.get("fc") or [] if fc[4]}
    for va, na, vb, nb in apart_figures(a.info.get("f") or [], b.info.get("f") or [], skip):
        if {(va, na), (vb, nb)} & definite:
            continue
        near = (_word_near(_noun_key(na), _noun_key(nb)), _cos(_clause(a, va, na), _clause(b, vb, nb)))
        if best is None or near > best[0]:
            best = (near, va, na, vb, nb)
    if best is None:
        return None
    (near, clause), va, na, vb, nb = best
    feats = {"noun_near": near, "clause_near": clause,
             "ratio": min(math.log10(max(va, vb) / max(min(va, vb), 1e-9)), 2.0) / 2,
             "lead": float(bool(a.info.get("lead")) and a.info.get("lead") == b.info.get("lead"))}
    return feats, (f"{va:g} {na}", f"{vb:g} {nb}")


def _clause(s: Statement, value: float, noun: str) -> np.ndarray | None:
    """The mean vector of the words of the clause that counts `noun` (`counted.clause_words`)."""
    for fc in s.info.get("fc") or []:
        if fc[0] == value and fc[1] == noun:
            return _mean_vector(list(fc[3]))
    return None


def polarity_clash(a: Statement, b: Statement) -> tuple[dict[str, float], tuple[str, str]] | None:
    """A negative statement (its negation borne out by its words) against a positive one of the other article."""
    if not (a.pol and b.pol and a.pol != b.pol):
        return None
    neg, pos = (a, b) if a.pol == "negative" else (b, a)
    if not neg.info.get("neg") or pos.info.get("neg", True):
        return None
    scope, in_pos = neg.info.get("scope") or [], set(pos.info["t"])
    if not scope or not (scope[0] in in_pos or related.same_verb(scope[0], set(pos.info["p"])) is not None) \
            or not _denial_about(neg, pos):
        return None  # a denial contradicts what it denies: its predicate (or a related verb) told on the other side
    told = float(scope[0] in in_pos)
    return {"pred_told": told, "deny": float(bool(neg.info.get("deny"))),
            "scope_told": sum(w in in_pos for w in scope) / len(scope) if scope else 0.0,
            "scope_near": _cos(_mean_vector(scope), pos.vec)}, (a.pol, b.pol)


def _denial_about(neg: Statement, pos: Statement) -> bool:
    """The readings of `conflicts` that say what a denial is about, as vetoes: the object of its predicate
    ('did not represent the farmers') and the names it denies something of are told on the other side, and a
    denial of one's own part ('they had nothing to do with it') is about a statement naming them."""
    obj, told = neg.info.get("obj"), set(pos.info["t"])
    if obj and obj in neg.info["p"] and not neg.common(obj) and obj not in told:
        return False
    names = set(neg.info.get("sn") or ()) & (set(neg.info["t"]) - set(neg.info["p"]))
    who = [w for w in neg.info.get("who") or () if not neg.common(w)]
    return all(w in told or neg.common(w) for w in names) and (not who or bool((told | set(pos.info.get("who") or ()))
                                                                             & set(who)))


def date_clash(a: Statement, b: Statement) -> tuple[dict[str, float], tuple[str, str]] | None:
    """Two days for verbs of the two statements (the days as each article resolved them), the verbs nearest."""
    best = None
    for ta, tb in product(a.info.get("dt") or [], b.info.get("dt") or []):
        if ta[0] == tb[0] or (abs(ta[0] - tb[0]) <= 1 and "weekend" in (ta[1], tb[1])) or ta[3] != tb[3]:
            continue
        if ta[1] == tb[1] and ta[1] in _WEEKDAY_WORDS:
            continue  # each report's own Saturday: two occasions a week apart
        verbs_a, verbs_b = [w for w, k in ta[2] if k == 1], [w for w, k in tb[2] if k == 1]
        near = max((_word_near(x, y) for x, y in product(verbs_a, verbs_b)), default=0.0)
        shared = len({w for w, _ in ta[2]} & {w for w, _ in tb[2]})
        if best is None or (near, shared) > best[0]:
            best = ((near, shared), ta[0], tb[0])
    if best is None:
        return None
    (near, shared), one, other = best
    return ({"verb_near": near, "act_shared": min(shared, 4) / 4},
            (date.fromordinal(one).isoformat(), date.fromordinal(other).isoformat()))


_WEEKDAY_WORDS = frozenset(dated._WEEKDAYS)
_CLASHES = (("figure", figure_clash), ("polarity", polarity_clash), ("date", date_clash))


def candidates(a: Statement, b: Statement, story: tuple[float, float]) -> Iterable[tuple[str, dict, tuple]]:
    """(kind, features, the two values) for each way two statements of other articles could clash."""
    if (a.holder and a.holder == b.holder) or not a.rare & b.rare or a.title or b.title:
        return  # one source changing its account is no dispute; statements sharing no uncommon word tell of other things
    base = None
    for kind, clash in _CLASHES:
        found = clash(a, b)
        if found is None:
            continue
        base = base or base_features(a, b, story)
        feats = dict(base, **found[0], **{f"kind_{k}": float(k == kind) for k in KINDS})
        yield kind, feats, found[1]



def vector(feats: dict[str, float]) -> list[float]:
    return [float(feats.get(name, 0.0)) for name in FEATURES]


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped weights (`corpus/data/conflict_model.json`); an empty model lists nothing."""
    path = resources.files("dateline.corpus").joinpath("data/conflict_model.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def probability(feats: dict[str, float], weights: dict[str, Any] | None = None) -> float:
    m = weights if weights is not None else model()
    if not m:
        return 0.0
    z = m["intercept"] + sum(w * x for w, x in zip(m["coef"], vector(feats)))
    return 1.0 / (1.0 + math.exp(-z))


def common_words(conn: sqlite3.Connection) -> Callable[[str], bool]:
    """`ClaimStats.common` with every word's statement count read in one query."""
    from .conflicts import _OWN_WORDS, ClaimStats
    stats = ClaimStats(conn)
    stats.df = dict(conn.execute("SELECT term, COUNT(DISTINCT article_id || ' ' || claim_id) FROM corpus_claim_terms "
                                 f"WHERE {_OWN_WORDS} GROUP BY term"))
    return lambda w: stats.common(w) if w in stats.df else False


class Article:
    """An article's filed statements, sorted by the clashes they could take part in."""

    def __init__(self, aid: str, day: int | None, rows: list[tuple], common: Callable[[str], bool]):
        self.aid, self.day = aid, day
        self.statements = [Statement(r, common) for r in rows]
        self.rare = frozenset().union(*(s.rare for s in self.statements))
        self.names = frozenset().union(*(s.names for s in self.statements))
        self.by_word: dict[str, list[int]] = {}
        for i, s in enumerate(self.statements):
            for w in s.rare:
                self.by_word.setdefault(w, []).append(i)


def load_articles(conn: sqlite3.Connection, common: Callable[[str], bool],
                  ids: Iterable[str] | None = None) -> dict[str, Article]:
    """The filed statements of these articles (of all, when None), by article."""
    rows: dict[str, list[tuple]] = {}
    sql = "SELECT article_id, claim_id, day, polarity, holder_key, text, terms FROM corpus_claims"
    days: dict[str, int | None] = {}
    chunks = [None] if ids is None else _chunks(sorted(set(ids)))
    for chunk in chunks:
        where = "" if chunk is None else f" WHERE article_id IN ({','.join('?' * len(chunk))})"
        for row in conn.execute(sql + where + " ORDER BY article_id, claim_id", chunk or ()):
            rows.setdefault(row[0], []).append(row)
        days.update((aid, _day(d)) for aid, d in conn.execute(  # these articles' days, not the whole corpus's
            "SELECT article_id, published FROM corpus_articles" + where, chunk or ()) if aid in rows)
    return {aid: Article(aid, days.get(aid), rs, common) for aid, rs in rows.items()}


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _day(value: Any) -> int | None:
    return value if isinstance(value, int) else day_number(value)


def story(a: Article, b: Article) -> tuple[float, float] | None:
    """Two articles of one story: they share an uncommon name (None when not); the story features. (Sharing
    three uncommon words instead was tried: twice the candidates on real text, held-out precision 0.85 -> 0.80.)"""
    names = a.names & b.names
    if not names:
        return None
    return min(len(names), 6) / 6, len(a.rare & b.rare) / len(a.rare | b.rare)


def pair_candidates(a: Article, b: Article) -> list[tuple[str, dict, tuple, Statement, Statement]]:
    """Every candidate clash between the statements of two articles of one story, within the windows: pairs
    that share an uncommon word (looked up by word) and could clash (figures, polarities or dated acts on both)."""
    st = story(a, b)
    if st is None:
        return []
    cfg, out = settings(), []
    near, far = cfg["claim_window_days"], cfg["claim_polarity_window_days"]
    for x in a.statements:
        ys = sorted({j for w in x.rare for j in b.by_word.get(w, ())})
        for y in (b.statements[j] for j in ys):
            if not ((x.info.get("f") and y.info.get("f")) or (x.pol and y.pol) or (x.info.get("dt") and y.info.get("dt"))):
                continue
            for kind, feats, values in candidates(x, y, st):
                if feats["days_apart"] * 35 <= (far if kind == "polarity" else near):
                    out.append((kind, feats, values, x, y))
    return out


def best(a: Article, b: Article, weights: dict[str, Any] | None = None) -> tuple[float, tuple] | None:
    """The article pair's most probable clash: (probability, (kind, values, statement, statement))."""
    top = None
    for kind, feats, values, x, y in pair_candidates(a, b):
        p = probability(feats, weights)
        if top is None or p > top[0]:
            top = (p, (kind, values, x, y))
    return top


def _neighbours(conn: sqlite3.Connection, new: dict[str, Article], far: int) -> set[str]:
    """Articles sharing an uncommon name with a new one, filed within `far` days of it."""
    out: set[str] = set()
    for aid, art in new.items():
        if art.day is None or not art.names:
            continue
        for chunk in _chunks(sorted(art.names)):
            out.update(r[0] for r in conn.execute(
                f"SELECT DISTINCT article_id FROM corpus_claim_terms WHERE term IN ({','.join('?' * len(chunk))}) "
                "AND day BETWEEN ? AND ? AND article_id != ?", (*chunk, art.day - far, art.day + far, aid)))
    return out


def story_pairs(arts: dict[str, Any], new: Iterable[str], far: int) -> Iterator[tuple[str, str]]:
    """(new article, other article) of one story: sharing an uncommon name (`names`), both dated (`day`), at most
    `far` days apart. Each pair once: two new articles in id order."""
    new = set(new) & set(arts)
    by_name: dict[str, set[str]] = {}
    for art in arts.values():
        for name in art.names:
            by_name.setdefault(name, set()).add(art.aid)
    for aid in sorted(new):
        a = arts[aid]
        if a.day is None:
            continue
        for oid in sorted(set().union(*(by_name[n] for n in a.names)) - {aid}):
            b = arts[oid]
            if not (oid in new and oid < aid) and b.day is not None and abs(a.day - b.day) <= far:
                yield aid, oid


def cross_articles(conn: sqlite3.Connection, article_ids: Iterable[str], add: Callable[..., int]) -> int:
    """List the learned conflicts between these articles and the others of their stories (`add` is
    `conflicts.add`); then drop the learned rows that no longer reach the threshold with the corpus's word
    frequencies as they now are (as `conflicts.revisit` does for the rules' rows)."""
    from .conflicts import ClaimStats
    m = model()
    if not m or m.get("threshold") is None:
        return 0
    common = ClaimStats(conn).common
    far, ids = settings()["claim_polarity_window_days"], set(article_ids)
    new = load_articles(conn, common, ids)
    arts = {**load_articles(conn, common, _neighbours(conn, new, far) - ids), **new}
    listed = {frozenset(r) for r in conn.execute(
        "SELECT a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus' AND a_article != b_article")}
    added = 0
    for aid, oid in story_pairs(arts, new, far):
        if frozenset((aid, oid)) in listed:
            continue
        found = best(arts[aid], arts[oid])
        if found is not None and found[0] >= m["threshold"]:
            added += _list(conn, found, add)
    _revisit(conn, common, m["threshold"])
    return added


def _list(conn: sqlite3.Connection, found: tuple[float, tuple], add: Callable[..., int]) -> int:
    p, (kind, values, x, y) = found
    if kind == "polarity":
        neg = x if x.pol == "negative" else y
        kind = "denial" if neg.info.get("deny") else "claim"
    outlets = dict(conn.execute("SELECT article_id, outlet FROM corpus_articles WHERE article_id IN (?, ?)",
                                (x.aid, y.aid)))
    holders = dict(((r[0], r[1]), r[2]) for r in conn.execute(
        "SELECT article_id, claim_id, holder_name FROM corpus_claims WHERE (article_id = ? AND claim_id = ?) "
        "OR (article_id = ? AND claim_id = ?)", (x.aid, x.cid, y.aid, y.cid)))
    sides = [(s.aid, s.cid, s.text, outlets.get(s.aid), holders.get((s.aid, s.cid))) for s in (x, y)]
    (a, b), vals = (sides, values) if (x.aid, x.cid) <= (y.aid, y.cid) else (sides[::-1], values[::-1])
    return add(conn, kind, "corpus", None, f"{LEARNED}{kind}", a, b, tuple(vals), round(p, 3), found_by="learned")


LEARNED = "learned:"  # the matter of a learned row (its `found_by` is 'learned': the rules never revisit it)


def _revisit(conn: sqlite3.Connection, common: Callable[[str], bool], threshold: float) -> int:
    rows = conn.execute("SELECT id, a_article, b_article FROM corpus_conflicts WHERE found_by = 'learned'").fetchall()
    if not rows:
        return 0
    arts = load_articles(conn, common, {x for r in rows for x in r[1:]})
    gone = []
    for cid, a, b in rows:
        found = best(arts[a], arts[b]) if a in arts and b in arts else None
        if found is None or found[0] < threshold:
            gone.append((cid,))
    conn.executemany("DELETE FROM corpus_conflicts WHERE id = ?", gone)
    return len(gone)
