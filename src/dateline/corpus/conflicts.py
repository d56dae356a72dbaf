"""Conflicting accounts: one table for conflicts across articles and inside one article.

Kinds: `denial` (an event reported in one article, denied in another — found by the linker), `figure`
(different counts for the same thing: '40 protesters' vs '400 protesters', within one corpus event or
between claims on one matter), `date` (different explicit days for one corpus event) and `claim` (claims
by different holders, of opposite polarity, about the same matter — shared content words, one at least
not a name — e.g. progress reported vs 'not aware of any progress';
inside one article: the extractor's `conflicts_with`). Each row holds both sides with article, text,
holder and outlet.
"""
from __future__ import annotations

import bisect
import json
import re
import sqlite3
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from . import anaphora, antonyms, contests, counted, dated, holders, occasions, rebuttals, related, roles, synonyms
from .negation import _claim_stop, _deny_stems, _negated, denied_object, negation_scope, scope_names  # noqa: F401 (API)
from .claim_stats import _OWN_WORDS, ClaimStats  # noqa: F401 (API)
from .negation import _enough_for_polarity, at_least, mass
from .signature import ABBREVIATIONS, actor_keys, day_number, figures, plain_terms, settings, stem, terms

Side = tuple  # (article_id, ref, text, outlet[, holder])


def add(conn: sqlite3.Connection, kind: str, scope: str, cev: int | None, matter: str | None,
        a: Side, b: Side, values: tuple[str | None, str | None], score: float | None, found_by: str = "rules") -> int:
    """Insert one conflict (both sides); returns 1 if new, 0 if already listed. `found_by` names the decision that
    listed it (rules, rebuttal, learned, encoded): each revisits only its own rows."""
    ha = a[4] if len(a) > 4 else None
    hb = b[4] if len(b) > 4 else None
    cur = conn.execute(
        "INSERT OR IGNORE INTO corpus_conflicts (kind, scope, corpus_event_id, matter, a_article, a_ref, a_text, "
        "a_holder, a_value, a_outlet, b_article, b_ref, b_text, b_holder, b_value, b_outlet, score, found_by) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (kind, scope, cev, matter, a[0], a[1], a[2], ha, values[0], a[3], b[0], b[1], b[2], hb, values[1], b[3],
         score, found_by))
    return cur.rowcount


def forget_article(conn: sqlite3.Connection, aid: str) -> None:
    conn.execute("DELETE FROM corpus_conflicts WHERE a_article = ? OR b_article = ?", (aid, aid))
    conn.execute("DELETE FROM corpus_claim_terms WHERE article_id = ?", (aid,))
    conn.execute("DELETE FROM corpus_claims WHERE article_id = ?", (aid,))
    conn.execute("DELETE FROM corpus_rebuttals WHERE article_id = ?", (aid,))


def _holder(rec: dict[str, Any], claim: dict[str, Any]) -> tuple[str | None, str | None]:
    """The holder's corpus key and name. Only a named holder has a key: two unnamed ones ('a union
    official', 'the regional governor') of one country and sector are not one source."""
    actor = next((a for a in rec.get("actors") or [] if a["id"] == claim.get("holder")), None)
    if actor is None:
        return None, None
    keys, strong = actor_keys(actor)
    return keys[0] if keys and strong else None, actor.get("name")


@lru_cache(maxsize=1)
def _figure_skip() -> frozenset[str]:
    return frozenset(settings()["figure_skip"])


def _figure_clash(fa: list, fb: list) -> tuple[str, str] | None:
    """The first two figures of one noun apart (`counted.apart_figures`), as the listed values."""
    for va, na, vb, nb in counted.apart_figures(fa, fb, _figure_skip(), same_noun=True):
        return f"{va:g} {na}", f"{vb:g} {nb}"
    return None


def _explicit_days(rec: dict[str, Any], claim: dict[str, Any], calendar: bool = True) -> list[int]:
    """Days the claim names as calendar dates ('on April 18'); relative days ('on Monday') are left out,
    since two articles resolve them against different publication dates — unless `calendar` is False (any
    day it names, a time's too — 'on Sunday night': for telling occasions apart, never a conflict of them)."""
    if claim.get("start") is None or claim.get("end") is None:
        return []
    kinds = ("day",) if calendar else ("day", "time")
    return sorted({day_number(t.get("value")) for t in rec.get("times") or []
                   if t.get("precision") in kinds and claim["start"] <= t["start"] and t["end"] <= claim["end"]
                   and (not calendar or any(ch.isdigit() for ch in t.get("text") or ""))
                   and day_number(t.get("value"))})


def _own_days(rec: dict[str, Any], claim: dict[str, Any]) -> list[int]:
    """The days a statement tells of, whenever its article was published: those its sentence names ('In
    Varna on March 2, Kell said the strike was over') and the own dates of the article's events (a date
    written in an event's evidence: an account published weeks later of a march 'on March 2')."""
    days = set(_event_days(rec))
    if claim.get("start") is not None and claim.get("end") is not None:
        spans = _sentences(rec["article"].get("text") or "")
        i = bisect.bisect_right(spans, (claim["start"], float("inf"))) - 1
        start = spans[i][0] if i >= 0 else claim["start"]
        end = max([claim["end"]] + [b for a, b in spans[max(i, 0):] if a < claim["end"]])
        days.update(_explicit_days(rec, {"start": min(start, claim["start"]), "end": end}, calendar=False))
    return sorted(days)


def _event_days(rec: dict[str, Any]) -> list[int]:
    """The events' own days: dated to the day by words written in their evidence (not the story's reference
    time lent to an undated sentence)."""
    out = set()
    for ev in rec.get("events") or []:
        d, text = ev.get("date") or {}, (ev.get("evidence") or {}).get("text") or ""
        if d.get("precision") in ("day", "time") and d.get("text") and d["text"] in text and day_number(d.get("value")):
            out.add(day_number(d.get("value")))
    return sorted(out)


@lru_cache(maxsize=4)
def _sentences(text: str) -> list[tuple[int, int]]:
    return sentence_spans(text)


def _dated_words(rec: dict[str, Any], claim: dict[str, Any], days: list[int]) -> list[str]:
    """The name-free words before the claim's first calendar day: what happens on that day ('the
    parliamentary election will be held | on September 10')."""
    if not days:
        return []
    first = min(t["start"] for t in rec.get("times") or [] if claim["start"] <= t["start"] and t["end"] <= claim["end"]
                and day_number(t.get("value")) in days)
    return plain_terms((rec["article"].get("text") or "")[claim["start"]:first], _claim_stop())


def _denies(rec: dict[str, Any], claim: dict[str, Any]) -> bool:
    """The claim is a denial: its reporting verb is a denial cue ('X denied that ...', 'X disputed ...'), or, for a
    negative claim the extractor read outside quotes ('X rejected the allegations of bribery'), a word of its own."""
    quote = next((q for q in rec.get("quotes") or [] if q["id"] == claim.get("quote")), None)
    if quote is None and claim.get("polarity") == "negative" and "quote" in claim:
        return any(stem(w) in _deny_stems() for w in re.findall(r"[a-z]+", (claim.get("text") or "").lower()))
    return any(stem(w) in _deny_stems() for w in ((quote or {}).get("cue") or "").lower().split())


def index_claims(conn: sqlite3.Connection, rec: dict[str, Any], outlet: str | None,
                 stats: ClaimStats | None = None) -> int:
    """File an article's claims and list the conflicts inside the article (across articles: `cross_claims`,
    once a linking run has filed all its articles, so that word frequencies cover the whole corpus)."""
    art = rec["article"]
    aid, day = art["id"], day_number(art.get("date"))
    added = 0
    by_id = {c["id"]: c for c in rec.get("claims") or []}
    for c in rec.get("claims") or []:
        hkey, hname = _holder(rec, c)
        for other_id in c.get("conflicts_with") or []:
            o = by_id.get(other_id)
            if o is not None and c["id"] < other_id:
                added += add(conn, "claim", "article", None, None, (aid, c["id"], c["text"], outlet, hname),
                             (aid, o["id"], o["text"], outlet, _holder(rec, o)[1]), (c.get("polarity"), o.get("polarity")),
                             None)
        _file(conn, aid, day, c, c.get("polarity"), (hkey, hname), _claim_info(rec, c, hkey), hkey)
    for q in _uncovered(rec):
        hkey, hname = _holder(rec, {"holder": q.get("speaker")})
        info = _claim_info(rec, q, hkey)
        if q["id"].startswith("d:"):  # filed for the acts its days date: its figures and predicates are others'
            info.update(f=[], fc=[], pred=[])
        if info["f"] or info["d"] or info.get("pred") or info["dt"]:  # else it can conflict with nothing
            _file(conn, aid, day, q, None, (None, hname), info, hkey)
    text = art.get("text") or ""
    for d in anaphora.resolved_denials(rec, _sentences(text)):  # 'the campaign denied it happened'
        hkey, hname = _holder(rec, d)
        info = anaphora.as_denial(_claim_info(rec, d, hkey), d["predicate"])
        _file(conn, aid, day, d, "negative", (hkey, hname), info, hkey)
    rebuttals.index(conn, rec, _deny_stems(), _claim_stop())
    return added


def _uncovered(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Statements no claim holds, compared for figures and days only: quotes without a claim ('Some 20,000
    marched, the organisers said' when the speaker is not resolved), then the evidence sentences of events
    that no claim or quote overlaps ('About 2,000 protesters marched on Sunday.'), each sentence once."""
    claimed = {c.get("quote") for c in rec.get("claims") or []}
    spans = [(c["start"], c["end"]) for c in rec.get("claims") or [] if c.get("start") is not None]
    out = [q for q in rec.get("quotes") or [] if q["id"] not in claimed and q.get("start") is not None and q.get("text")]
    spans += [(q["start"], q["end"]) for q in rec.get("quotes") or [] if q.get("start") is not None]
    for ev in rec.get("events") or []:
        e = ev.get("evidence") or {}
        if e.get("start") is None or not e.get("text") or any(a < e["end"] and e["start"] < b for a, b in spans):
            continue
        spans.append((e["start"], e["end"]))
        out.append({"id": "ev:" + ev["id"], "text": e["text"], "start": e["start"], "end": e["end"], "speaker": None})
    if settings().get("file_other_sentences"):
        text = rec["article"].get("text") or ""
        for start, end in sentence_spans(text):
            if _MARKUP.search(text, start, end):  # embed code ('<tweet datetime=...>') says nothing
                continue
            if not any(a < end and start < b for a, b in spans) and _DIGIT.search(text, start, end):
                out.append({"id": f"s:{start}", "text": text[start:end], "start": start, "end": end, "speaker": None})
            elif _day_outside(rec, start, end, spans):  # filed for its day only: no word frequency (`ClaimStats`)
                out.append({"id": f"d:{start}", "text": text[start:end], "start": start, "end": end, "speaker": None})
    return out


def _day_outside(rec: dict[str, Any], start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The sentence names a day that no statement filed holds ('X and Y signed an accord on Tuesday to build a
    pipeline, a project both say will cut imports' when the claim is only what both say); a day with its part
    ('on Thursday evening', a time to the day) too (session 32)."""
    return any(t.get("precision") in ("day", "time") and start <= t["start"] and t["end"] <= end
               and not any(a <= t["start"] and t["end"] <= b for a, b in spans) for t in rec.get("times") or [])


_DIGIT = re.compile(r"\d")
_MARKUP = re.compile(r"</?[a-z][^<>]*>|https?://", re.I)
_SENT_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[<]?[A-Z0-9<])|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at '.', '!' or '?' before a capital or a digit (not after an
    initial or a title: 'Mr. Kell', 'J. Kell', 'U.S. troops'), or at a line break."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        word = re.search(r"[\w.]*$", text[start:m.start()]).group().lower()
        if m.group() != "\n" and ((len(word) == 1 and word.isalpha()) or word in ABBREVIATIONS or "." in word):
            continue  # 'Mr. Kell', 'J. Kell', 'U.S. troops'
        end = m.end()
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            spans.append((start + lead, end))
        start = end
    if text[start:].strip():
        spans.append((start + len(text[start:]) - len(text[start:].lstrip()), len(text)))
    return [(a, b - (len(text[a:b]) - len(text[a:b].rstrip()))) for a, b in spans]


def _claim_info(rec: dict[str, Any], c: dict[str, Any], hkey: str | None) -> dict[str, Any]:
    """What cross-article comparison reads of one claim (or quote): words, name-free words, figures, holder,
    calendar days and the words before them, whether it denies, and the scope of its negation."""
    titled = holders.title_words(rec, c) if settings().get("titles_are_names") else frozenset()
    plain = [w for w in plain_terms(c["text"], _claim_stop()) if w not in titled]  # 'campaign manager Kell': who
    same = synonyms.canon_plain  # name-free words by their WordNet class: 'began' = 'started'
    info = {"t": same(terms(c["text"], _claim_stop()), plain), "p": same(plain, plain),
            "f": figures(c["text"]), "h": hkey, "d": _explicit_days(rec, c), "deny": _denies(rec, c)}
    pre = _dated_words(rec, c, info["d"])
    info["pre"] = same(pre, pre)
    info["fc"] = counted.clause_words(c["text"], _claim_stop()) if info["f"] else []
    info["on"] = _explicit_days(rec, c, calendar=False) if info["f"] else []
    text = rec["article"].get("text") or ""
    info["lead"] = counted.lead_dateline(text, c.get("start"), _sentences(text)) if info["f"] else None
    info["own"] = _own_days(rec, c)
    info["dt"] = dated.dated_things(rec, c)  # each day it names (relative ones as its article reads them) and its verb
    info["won"] = contests.outcomes(c["text"])  # who won what, whatever the verb ('won' / 'was defeated by')
    info["nth"] = occasions.count_word(c["text"])  # 'met again' / 'their first meeting': which occasion
    info["neg"] = info["deny"] or _negated(c["text"])
    info["who"] = holders.statement_subject(rec, {**c, "holder": c.get("holder", c.get("speaker"))}, _sentences(text))
    if "quote" in c and c.get("quote") is None and c.get("holder") is None:  # the article's own voice (`narrated`)
        info["nar"] = True
    info["roles"] = roles.statement_roles(rec, c, info["neg"])
    if info["neg"]:
        scope = [synonyms.canon(w) if w in plain else w for w in negation_scope(c["text"], info["deny"])]
        info["scope"] = list(dict.fromkeys(scope))
        info["sn"] = scope_names(c["text"], info["deny"])
        obj = denied_object(c["text"], info["deny"])
        info["obj"] = synonyms.canon(obj) if obj in plain else obj
    else:
        info["pred"] = antonyms.predicates(c["text"])
    return info


def _file(conn, aid: str, day: int | None, c: dict[str, Any], polarity: str | None, holder: tuple,
          info: dict[str, Any], hkey: str | None) -> None:
    """Store one statement and its words. A quote no claim covers is filed without polarity and without a
    holder key (so it is compared for figures and days only, and rebuttals do not take it for a claim)."""
    conn.execute("INSERT OR REPLACE INTO corpus_claims VALUES (?,?,?,?,?,?,?,?)",
                 (aid, c["id"], day, polarity, holder[0], holder[1], c["text"], json.dumps(dict(info, h=hkey))))
    if day is not None:
        conn.executemany("INSERT OR IGNORE INTO corpus_claim_terms VALUES (?,?,?,?)",
                         [(w, d, aid, c["id"]) for d in statement_days(day, info) for w in counted.looked_up(info)])


def statement_days(published: int, info: dict[str, Any]) -> list[int]:
    """The days a statement is compared at: its publication day and the days it names (its events' own
    dates: 'the march on March 2' in an account published on March 28 meets the reports of March 3; the days that
    date its acts, a weekend too: 'last weekend's crash' in a report of a Friday meets those of that Sunday)."""
    return sorted({published, *(info.get("own") or ()), *(thing[0] for thing in info.get("dt") or ())})


def _same_matter(mine: dict[str, Any], theirs: dict[str, Any], stats: ClaimStats) -> tuple[list[str], float] | None:
    """Shared words and overlap when two claims are about one matter: shared content words weighing at least
    `claim_min_shared` (`ClaimStats.weight`: common words weigh little), one of them not a name, and the name-free
    words of both largely shared (Jaccard, by weight) — or, when they share a name, all of one claim's name-free
    words in the other ("the talks made progress on Ukraine" / "not aware of any progress on Ukraine"). Two claims
    that only share a phrase ("commander in chief") are about different things."""
    cfg, weight = settings(), stats.weight
    shared = sorted(w for w in set(mine["t"]) & set(theirs["t"]) - _months() if weight(w) > 0)
    plain = {w for w in set(mine["p"]) & set(theirs["p"]) if weight(w) > 0}
    if not at_least(mass(shared, weight), cfg["claim_min_shared"]) or not plain:
        return None
    a, b = ({w for w in side["p"] if weight(w) > 0} for side in (mine, theirs))
    overlap = mass(plain, weight) / mass(a | b, weight)
    if overlap >= cfg["claim_min_jaccard"]:
        return shared, overlap
    contained = not at_least(mass(a - plain, weight), 1) or not at_least(mass(b - plain, weight), 1)
    return (shared, overlap) if contained and set(shared) - plain else None


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names as stored words: a month both statements name ('June 14' / 'June 7') is no shared word."""
    return frozenset(stem(m) for m in settings()["month_names"])


def _denied_matter(c: dict[str, Any], info: dict[str, Any], o: dict[str, Any], data: dict[str, Any],
                   stats: ClaimStats) -> tuple[list[str], float] | None:
    """One matter by the negative claim's scope: a claim of opposite polarity whose words hold what the
    negative one denies — its denied predicate (the first content word after the negation) among at least
    `polarity_min_shared` shared words ('dockers had not blocked the port of Y' / 'workers blocked the port of
    Y'). Most of the scope without its predicate is not enough ('seen no advance in the talks on X' / 'the
    next round of talks on X'), nor a shared phrase ('no special interest' / 'special interests'). Shared
    words common to many claims do not count."""
    if not (c.get("polarity") and o["polarity"] and c["polarity"] != o["polarity"]):
        return None
    negative, positive = (info, data) if c["polarity"] == "negative" else (data, info)
    scope = [w for w in negative.get("scope") or [] if not stats.common(w)]
    if not scope or positive.get("neg", True):
        return None
    words = set(positive["t"])
    shared = sorted(w for w in set(negative["t"]) & words if stats.weight(w) > 0)
    said = scope[0] if scope[0] in words else related.same_verb(scope[0], {w for w in positive["p"] if not stats.common(w)})
    if said is None or not _object_held(negative, positive, stats):
        return None
    if said != scope[0]:  # the denied predicate in other words ('had not detained her' / 'was arrested'): one word
        shared = sorted(set(shared) | {scope[0]})
        info, data = ({**side, "p": list(side["p"]) + [scope[0]]} for side in (info, data))
    if not _enough_for_polarity(shared, info, data, stats.weight):
        return None
    return shared, round(sum(w in words or w == scope[0] for w in scope) / len(scope), 3)


def _object_held(negative: dict[str, Any], positive: dict[str, Any], stats: ClaimStats) -> bool:
    """The word the denied predicate takes first — its object or complement, when it is no name — is told on the
    positive side too: 'did not represent the legacy of the party of X' denies nothing of 'represents an expansion
    of X's party', while 'had not blocked the port of Y' is about 'workers blocked the port of Y'."""
    obj = negative.get("obj")
    return not obj or obj not in negative["p"] or stats.common(obj) or obj in positive["t"]


def _dated_clash(info: dict[str, Any], data: dict[str, Any], stats: ClaimStats) -> tuple[tuple[str, str], str] | None:
    """(the two days, the shared words) when two statements give different calendar days for one thing: the
    words before their days share at least `dated_min_shared` non-common words that are not names ('the
    parliamentary election will be held on September 10' / '... would take place on September 17')."""
    days, other = set(info.get("d") or ()), set(data.get("d") or ())
    if not days or not other or days & other:
        return None
    shared = sorted(w for w in set(info.get("pre") or ()) & set(data.get("pre") or ()) if not stats.common(w))
    if len(shared) < settings()["dated_min_shared"]:
        return None
    return (date.fromordinal(min(days)).isoformat(), date.fromordinal(min(other)).isoformat()), " ".join(shared)


def cross_claims(conn: sqlite3.Connection, article_ids: Iterable[str]) -> int:
    """List conflicts between the claims of these articles and any other article's claims."""
    stats, added, article_ids = ClaimStats(conn), 0, list(article_ids)
    for aid in article_ids:
        for cid, day, pol, hname, text, raw, outlet in conn.execute(
                "SELECT c.claim_id, c.day, c.polarity, c.holder_name, c.text, c.terms, a.outlet FROM corpus_claims c "
                "JOIN corpus_articles a ON a.article_id = c.article_id WHERE c.article_id = ?", (aid,)).fetchall():
            info = json.loads(raw)
            if day is not None and len(info["t"]) >= settings()["claim_min_shared"]:
                added += _cross_claims(conn, aid, {"id": cid, "text": text, "polarity": pol}, day, info, outlet,
                                       hname, stats)
    added += rebuttals.cross(conn, article_ids, stats.common, add)
    revisit(conn, stats)
    rebuttals.revisit(conn, stats.common)
    return added


_NO_DAYS_ONLY = "AND t.claim_id NOT LIKE 'd:%' "  # sentences filed for their days meet only statements naming days


def _cross_claims(conn, aid, c, day, info, outlet, hname, stats: ClaimStats) -> int:
    """Compare one claim with other articles' claims by other holders (same matter, within the window)."""
    cfg = settings()
    words, days = counted.looked_up(info), statement_days(day, info)
    if c["id"].startswith("d:") and info["dt"]:  # a sentence filed for its days: the words of their clauses
        words = sorted(set(words) & ({k for thing in info["dt"] for k, _kind in thing[2]} | set(info["pre"])))
    marks, (spans, spanned) = ",".join("?" * len(words)), _spans(days, c.get("polarity"))
    rows = conn.execute(
        "SELECT k.article_id, k.claim_id, c.text, c.polarity, c.holder_name, c.terms, a.outlet, c.day FROM ("
        f"SELECT t.article_id, t.claim_id, COUNT(DISTINCT t.term) AS n FROM corpus_claim_terms t WHERE t.term IN "
        f"({marks}) AND ({spans}) AND t.article_id != ? {'' if info.get('dt') or info['d'] else _NO_DAYS_ONLY}"
        "GROUP BY t.article_id, t.claim_id HAVING n >= ? "
        "ORDER BY n DESC, t.article_id, t.claim_id LIMIT 50) k "
        "JOIN corpus_claims c ON c.article_id = k.article_id AND c.claim_id = k.claim_id "
        "LEFT JOIN corpus_articles a ON a.article_id = c.article_id ORDER BY k.n DESC, k.article_id, k.claim_id",
        (*words, *spanned, aid, cfg["claim_min_shared"])).fetchall()
    added = 0
    for other_aid, other_cid, *rest in rows:
        o = dict(zip(("text", "polarity", "holder_name", "terms", "outlet", "day"), rest))
        found = judge(c.get("polarity"), info, o["polarity"], data := json.loads(o["terms"]), stats)
        if not occasions.holds(found, info, data) or not _within(found[0], c.get("polarity"), o, days,
                                                                  cfg["claim_window_days"]):
            continue
        kind, vals, matter, overlap = found
        mine = (aid, c["id"], c["text"], outlet, hname)
        theirs = (other_aid, other_cid, o["text"], o["outlet"], o["holder_name"])
        a, b = sorted([mine, theirs], key=lambda side: (side[0], side[1]))
        vals = vals if a is mine else (vals[1], vals[0])
        added += add(conn, kind, "corpus", None, matter, a, b, vals, overlap)
    return added


def _spans(days: list[int], polarity: str | None) -> tuple[str, list[Any]]:
    """The days a statement's candidates are filed at (SQL and its arguments): within `claim_window_days` of its
    days; a claim or denial also meets the statements of the other polarity `claim_polarity_window_days` away
    (whether a thing happened or is so stays disputed for weeks; counts and days tell of one occasion)."""
    cfg, one = settings(), "t.day BETWEEN ? AND ?"
    near, far = cfg["claim_window_days"], cfg["claim_polarity_window_days"]
    args: list[Any] = [x for d in days for x in (d - near, d + near)]
    sql = " OR ".join([one] * len(days))
    if polarity:
        args += [x for d in days for x in (d - far, d + far)] + [polarity]
        sql = (f"{sql} OR (({' OR '.join([one] * len(days))}) AND EXISTS (SELECT 1 FROM corpus_claims p WHERE "
               "p.article_id = t.article_id AND p.claim_id = t.claim_id AND p.polarity IS NOT NULL AND p.polarity != ?))")
    return sql, args


def _within(kind: str, pol: str | None, o: dict[str, Any], days: list[int], w: int) -> bool:
    """A pair found in the wider window of claims holds only as a claim against its denial (opposite
    polarities); a figure, a date or two opposite predicates must lie within `claim_window_days`."""
    if kind in ("claim", "denial") and pol and o["polarity"] and pol != o["polarity"]:
        return True
    theirs = statement_days(o["day"], json.loads(o["terms"]))
    return any(abs(x - y) <= w for x in days for y in theirs)


def judge(pol: str | None, info: dict[str, Any], other_pol: str | None, data: dict[str, Any], stats: ClaimStats
          ) -> tuple[str, tuple[str, str], str, float | None] | None:
    """(kind, the two values, the matter, its overlap) when two statements of different articles conflict,
    else None: by different holders, on one matter (shared words, or what a negative claim denies), with
    opposite polarities, different figures or different calendar days — or different days for one dated thing."""
    if data.get("h") and data["h"] == info["h"]:
        return None  # one source changing its account is no dispute
    if not roles.same_parties(info, data):
        return None  # 'Kell has never trailed Osei' / 'Osei trails Kell': other doers (a narrated side only)
    opposite = _opposite(pol, info, other_pol, data, stats) or contests.judge(pol, info, other_pol, data)
    if opposite is not None:
        return opposite
    if not _could_clash(pol, info, other_pol, data):
        return None
    c, o = {"polarity": pol}, {"polarity": other_pol}
    same = _same_matter(info, data, stats)
    by_scope = same is None  # `_denied_matter` checks the shared words itself (with a reworded predicate)
    same = same or _denied_matter(c, info, o, data, stats)
    if same is None:
        clash = counted.counted_clash(info, data, stats.common) if info["f"] and data["f"] else None
        if clash is not None:
            return "figure", clash[0], clash[1], None
        dated_ = _dated_clash(info, data, stats) or dated.clash(info, data, stats.common)
        return None if dated_ is None else ("date", dated_[0], dated_[1], None)
    shared, overlap = same
    found = _clash(c, info, o, data)
    if found is None and info.get("lead") and info["lead"] == data.get("lead") and info["f"] and data["f"]:
        found = ("figure", two[0]) if (two := counted.counted_clash(info, data, stats.common)) else None  # shares
    if found is None and (occasion := dated.clash(info, data, stats.common)) is not None:
        return "date", occasion[0], occasion[1], None
    if found is None or (found[0] not in ("figure", "date") and not by_scope
                         and not _enough_for_polarity(shared, info, data, stats.weight)):
        return None
    if found[0] not in ("figure", "date") and (not _scope_names_held(pol, info, data, stats) or (
            not by_scope and _denied_matter(c, info, o, data, stats) is None)):
        return None  # a denial contradicts what it denies: 'will not withdraw the bill' is no 'rejected the plan'
    return found[0], found[1], " ".join(shared), round(overlap, 3)


def _scope_names_held(pol: str | None, info: dict[str, Any], data: dict[str, Any], stats: ClaimStats) -> bool:
    """The names a negative claim denies something about are all in the positive one: 'X denied that its
    troops had shelled Osk' is not about 'X's troops shelled positions near Tark'; and a denial of one's own
    part ('the Vell Brigades said that they had nothing to do with the bombing') is about a statement naming
    them (`holders`), not one that another group 'carried it out'."""
    negative, positive = (info, data) if pol == "negative" else (data, info)
    names = set(negative.get("sn") or ()) & (set(negative["t"]) - set(negative["p"]))
    who = [w for w in negative.get("who") or () if not stats.common(w)]  # 'they had nothing to do with it'
    told = set(positive["t"]) | set(positive.get("who") or ())
    return all(w in positive["t"] or stats.common(w) for w in names) and (not who or bool(told & set(who)))


def _opposite(pol: str | None, info: dict[str, Any], other_pol: str | None, data: dict[str, Any],
              stats: ClaimStats) -> tuple[str, tuple[str, str], str, float] | None:
    """Two positive claims on one matter whose predicates are antonyms, neither negated ('the bridge is open
    to traffic again' / 'the bridge remained closed to traffic'): the antonym pair counts as one shared word,
    and the matter test and the polarity rule's shared words apply as for a claim and its denial; both name
    the same names (a name only one side gives may be another subject of the predicate)."""
    if pol == "negative" or other_pol == "negative" or info.get("neg", True) or data.get("neg", True):
        return None
    pair = antonyms.opposed(info.get("pred") or [], data.get("pred") or [])
    if pair is None:
        return None
    mine_s, theirs_s, mine_l, theirs_l = pair
    token = f"{mine_l}|{theirs_l}"

    def unified(side: dict[str, Any], word: str) -> dict[str, Any]:
        word = synonyms.canon(word)  # stored words are by class
        return dict(side, t=[w for w in side["t"] if w != word] + [token],
                    p=[w for w in side["p"] if w != word] + [token])

    a, b = unified(info, mine_s), unified(data, theirs_s)
    names = [{w for w in set(side["t"]) - set(side["p"]) if not stats.common(w)} for side in (a, b)]
    if names[0] != names[1]:
        return None  # 'she lost the Varna primary' / 'in Varna, Kell won the primary': whose win is another's
    same = _same_matter(a, b, stats)
    if same is None or not _enough_for_polarity(same[0], a, b, stats.weight):
        return None
    return "claim", (mine_l, theirs_l), " ".join(same[0]), round(same[1], 3)


def revisit(conn: sqlite3.Connection, stats: ClaimStats) -> int:
    """Drop the conflicts between statements that no longer hold with the corpus's word frequencies now
    (a word common in the whole corpus may not have been when an earlier run listed the pair), so that
    linking in several runs lists what one run over the same articles lists. Returns how many were dropped."""
    rows = conn.execute(
        "SELECT x.id, a.polarity, a.terms, b.polarity, b.terms FROM corpus_conflicts x "
        "LEFT JOIN corpus_claims a ON a.article_id = x.a_article AND a.claim_id = x.a_ref "
        "LEFT JOIN corpus_claims b ON b.article_id = x.b_article AND b.claim_id = x.b_ref "
        "WHERE x.scope = 'corpus' AND x.corpus_event_id IS NULL AND x.found_by = 'rules' ORDER BY x.id").fetchall()
    gone = [cid for cid, pa, ta, pb, tb in rows if ta is None or tb is None or not occasions.holds(
        judge(pa, a := json.loads(ta), pb, b := json.loads(tb), stats), a, b)]  # (two occasions: `occasions`)
    conn.executemany("DELETE FROM corpus_conflicts WHERE id = ?", [(g,) for g in gone])
    return len(gone)


def _could_clash(mine: str | None, info: dict[str, Any], theirs: str | None, data: dict[str, Any]) -> bool:
    """Opposite polarities, figures on both sides or calendar days on both: else no conflict is possible."""
    return bool((mine and theirs and mine != theirs) or (info["f"] and data["f"]) or (info.get("d") and data.get("d"))
                or (info.get("dt") and data.get("dt")))


def _clash(c: dict[str, Any], info: dict[str, Any], o: dict[str, Any], data: dict[str, Any]
           ) -> tuple[str, tuple[str, str]] | None:
    """How two claims on one matter contradict: opposite polarity (a `denial` when the negative side is
    one), different figures for one thing, or different calendar days; None when they do not."""
    if c.get("polarity") and o["polarity"] and c["polarity"] != o["polarity"]:
        negative, positive = (info, data) if c["polarity"] == "negative" else (data, info)
        if positive.get("neg", True) or not negative.get("neg", True):
            return None  # the texts do not bear the polarities out: both or neither carry a negation
        return ("denial" if negative.get("deny") else "claim"), (c["polarity"], o["polarity"])
    clash = _figure_clash(info["f"], [tuple(f) for f in data["f"]])
    if clash:
        return "figure", clash
    mine, theirs = set(info.get("d") or ()), set(data.get("d") or ())
    if mine and theirs and not mine & theirs:
        return "date", (date.fromordinal(min(mine)).isoformat(), date.fromordinal(min(theirs)).isoformat())
    return None
