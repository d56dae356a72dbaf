"""Targeted re-reading: the other reports of a corpus event where the per-article extractor gave no event.

A corpus event (type T, participants, day range) is looked for again in the articles of its days that name its
participants but hold none of its mentions: a sentence of such an article that names the corpus event's
participants as that article's actors stage resolved them, and holds a trigger word that the packaged event
dictionaries give a compatible PLOVER type (the trigger lexicon, the compiled PETRARCH/TABARI verb dictionary and
its nominalisations: `knowledge.events.word_types`), read in the same modality class, not dated to another day,
sharing act words with the corpus event's evidence and naming a participant that few articles of those days name
(on real campaign text the same candidates and some act word of every type are in most sentences), is attached as
a weaker mention (`corpus_rereads`): it counts towards the corpus event's articles and outlets and says why
(trigger, shared participants, act words), but it never opens a corpus event, never changes what later mentions are
scored against (the corpus event's rep), and a negated or threatened sentence is never a corroboration of an
asserted act ("Ana Roe met Jan Kell in Varna on Monday to discuss the port fees" is reread in "The port fees were
the main point when Roe met Kell in Varna"; "Roe did not meet Kell" is not). Settings: `linking.json` `reread*`.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterable

from .names import article_names
from .negation import _deny_stems
from .signature import (ABBREVIATIONS, _participant, _stop, day_number, norm, place_keys, plain_terms, settings, stem,
                        terms)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.:]*|[.,;:!?\"“”()—–]")
_CLAUSE_BREAK = frozenset(",;:\"“”()—–")
# words opening a clause of its own: an act after them is not under a denial verb before them
_CLAUSE_OPENERS = frozenset("and but or while whereas after before when since because although though as until "
                            "once".split())
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


@lru_cache(maxsize=1)
def trigger_table() -> dict[str, frozenset[str]]:
    """Word form -> the PLOVER types its lemma has in the packaged event dictionaries (verbs in every inflection,
    nouns and their plurals, the dictionary's nominalisations under their verb's types); reporting verbs
    ('said', 'told') are no triggers: every report has them."""
    from dataclasses import replace

    from ..knowledge import PACKAGED
    from ..knowledge.events import EventDictionary, build_lexicon, word_types
    from .antonyms import _verb_forms

    lex = build_lexicon(PACKAGED.read_json("plover_triggers.json"))
    dic = EventDictionary(PACKAGED.read_json("events/dictionary.json"))
    # the evaluation words of speech judgements ('illegal', 'shameful') type what a speaker says of an act, not an act
    types = word_types(replace(lex, dictionary=dic, evaluation_words={}))
    exceptions: dict[str, set[str]] = {}
    for form, lemma in _verb_forms_table().items():
        exceptions.setdefault(lemma, set()).add(form)
    reporting = PACKAGED.read_json("reporting_verbs.json")
    # stop words ('back', 'will', 'give', 'made') are verbs of every other sentence, triggers of none in particular
    skip = set(reporting.get("speech", ())) | set(reporting.get("cognition", ())) | set(settings()["reread_skip"]) \
        | set(settings()["stop_words"])
    table: dict[str, set[str]] = {}
    for lemma, got in types.items():
        if lemma in skip or " " in lemma or not got:
            continue
        forms = _verb_forms(lemma, exceptions) | {lemma + "s", lemma + "es"}
        for form in forms - skip:
            table.setdefault(form, set()).update(got)
    for noun, verb in dic.nouns.items():
        if verb in types and verb not in skip and noun != verb and types[verb]:
            for form in (noun, noun + "s"):
                table.setdefault(form, set()).update(types[verb])
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def phrase_table() -> tuple[dict[str, tuple[str, ...]], dict[str, dict[str, frozenset[str]]]]:
    """(verb form -> its lemmas, lemma -> {object word: PLOVER types}) from the compiled dictionary's patterns with an
    object ('held the editor in custody' is an arrest, 'opened fire' an attack, 'staged a sit-in' a protest:
    `linking.json` `reread_phrases`, session 22); the object word is the pattern's first (a synset's one-word
    members), a trailing '*' kept as a prefix mark."""
    from ..knowledge import PACKAGED
    from ..knowledge.events import EventDictionary
    from .antonyms import _verb_forms

    dic = EventDictionary(PACKAGED.read_json("events/dictionary.json"))
    exceptions: dict[str, set[str]] = {}
    for form, lemma in _verb_forms_table().items():
        exceptions.setdefault(lemma, set()).add(form)
    stop = set(settings()["stop_words"])
    reporting = PACKAGED.read_json("reporting_verbs.json")
    # auxiliaries and reporting verbs take any clause after them ('had not been detained', 'said he was held')
    verbs_out = set(reporting.get("speech", ())) | set(reporting.get("cognition", ())) | set(_AUXILIARIES)
    heads: dict[str, list[str]] = {}  # an object word, or a synset's one-word members
    for head in {(p[3] or [""])[0].lower() for ps in dic.verbs.values() for p in ps}:
        heads[head] = [w for w in (dic.synsets.get(head, ()) if head.startswith("&") else [head])
                       if " " not in w and len(w.rstrip("*")) > 2 and w.rstrip("*") not in stop]
    by_lemma: dict[str, dict[str, set[str]]] = {}
    for lemma, patterns in dic.verbs.items():
        for code, _prts, _subj, obj, *_ in patterns if " " not in lemma and lemma not in verbs_out else ():
            words = heads[(obj or [""])[0].lower()]
            if words and (etype := dic.plover(code)[0] if code else None):
                for word in words:
                    by_lemma.setdefault(lemma, {}).setdefault(word, set()).add(etype)
    forms: dict[str, set[str]] = {}
    for lemma in by_lemma:
        for form in _verb_forms(lemma, exceptions):
            forms.setdefault(form, set()).add(lemma)
    return ({f: tuple(sorted(ls)) for f, ls in forms.items()},
            {lemma: {w: frozenset(t) for w, t in ws.items()} for lemma, ws in by_lemma.items()})


_AUXILIARIES = ("be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "get")


def phrase_triggers(tokens: list[str], reach: int = 6) -> list[tuple[int, str, frozenset[str], int]]:
    """(index of the object word, 'verb object', types, index of the verb) for each verb of `tokens` followed within
    `reach` tokens of its clause by an object word of one of its dictionary patterns ('held the editor in custody' ->
    custody: COERCE)."""
    forms, objects, out = *phrase_table(), []
    for i, tok in enumerate(tokens):
        lemmas = forms.get(tok.lower())
        if not lemmas:
            continue
        for j in range(i + 1, min(i + 1 + reach, len(tokens))):
            low = tokens[j].lower()
            if low in _CLAUSE_BREAK:
                break
            keys = (low, low + "*", low[:-1] + "*", low[:-2] + "*")  # 'hostages' meets 'hostage*'
            got = frozenset().union(*(next((objects[lm][k] for k in keys if k in objects[lm]), frozenset())
                                      for lm in lemmas))
            if got:
                out.append((j, f"{tok.lower()} {low}", got, i))
                break
    return out


@lru_cache(maxsize=1)
def _verb_forms_table() -> dict[str, str]:
    from importlib import resources
    data = json.loads(resources.files("dateline.corpus").joinpath("data/verb_forms.json").read_text("utf-8"))
    return data["forms"]


@lru_cache(maxsize=1)
def _modality_cues() -> dict[str, frozenset[str]]:
    """Words before a trigger in its clause that put it in another modality class than the asserted."""
    from ..knowledge import PACKAGED
    mod = PACKAGED.read_json("plover_triggers.json")["modality"]
    from .antonyms import _verb_forms
    exceptions: dict[str, set[str]] = {}

    def inflected(words: Iterable[str]) -> frozenset[str]:
        return frozenset(f for w in words for f in _verb_forms(w, exceptions) | {w})
    return {
        # 'broke up without a deal' tells of no deal (session 22)
        "negated": frozenset(mod["negators"]) | inflected(mod["negating_governors"])
        | frozenset(("nobody", "none", "without")),
        "threat": inflected(mod["intent_governors"]) | inflected(mod["threat_governors"]) | frozenset(mod["future_aux"]),
        "hypothetical": frozenset(mod["hypothetical_aux"]) | frozenset(mod["conditional_marks"])
        | inflected(mod["hypothetical_governors"]),
    }


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a text (a light splitter: a sentence mark, space and a capital, or a
    line break)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"[\w.]*$", text[start:m.start()].rstrip(".!?\"”’)")).group().lower()
        if text[m.start() - 1:m.start()] == "." and (len(word) == 1 or word in ABBREVIATIONS):
            continue  # an initial's or a title's full stop ('Gov. Kell', 'J. Kell')
        if m.start() > start and text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def _phrase_modality(tokens: list[str], obj: int, verb: int, window: int) -> str:
    """A phrase's modality class: the cues before its verb ('never held X in custody') or, when they read it asserted,
    those before its object word ('was not taken into custody')."""
    at_verb = modality_class(tokens, verb, window)
    return at_verb if at_verb != "asserted" else modality_class(tokens, obj, window)


def modality_class(tokens: list[str], i: int, window: int) -> str:
    """The modality class of the trigger at token `i`, by the cue words before it in its clause ('did not meet':
    negated; 'plans to meet', 'will meet': threat; 'could meet', 'if they meet': hypothetical); a verb of denial
    further back in the clause negates it too ('denied on Monday that the minister Roe had met Kell'), unless a
    clause of its own begins between them ('denied the report, and Roe met Kell'; 'after Roe met Kell')."""
    cues = _modality_cues()
    for back, tok in enumerate(reversed(tokens[:i])):
        low = tok.lower()
        if low in _CLAUSE_BREAK or back >= window and low in _CLAUSE_OPENERS:
            break
        if back < window:
            for cls in ("negated", "threat", "hypothetical"):
                if low in cues[cls]:
                    return cls
        elif stem(low) in _deny_stems():
            return "negated"
    return "asserted"


def _keys(part: dict[str, Any]) -> set[str]:
    return set(part["keys"]) if part["strong"] else set()


def read_article(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentences of an article that may corroborate an event: each with its span, its triggers (form, types,
    modality class), the strong participant keys of the actors named in it, its own days and whether an extracted
    event's evidence lies in it."""
    text = rec["article"].get("text") or ""
    actors = rec.get("actors") or []
    taken = frozenset(norm(a.get("name") or "") for a in actors)
    named = [(m.get("start"), _keys(_participant(a, a["id"], taken))) for a in actors for m in a.get("mentions") or []]
    if settings().get("reread_names"):
        named += [(at, {key}) for at, key in article_names(rec, _stop())]
    if settings().get("reread_place_keys"):
        named += [(at, {key}) for at, key in place_keys(rec)]
    days = [(t.get("start"), day_number(t.get("value")) if t.get("precision") in ("day", "time") else None,
             t.get("precision")) for t in rec.get("times") or [] if t.get("type") == "DATE"]
    evidence = [((e.get("evidence") or {}).get("start"), (e.get("evidence") or {}).get("end"))
                for e in rec.get("events") or []]
    table, window = trigger_table(), settings()["reread_modality_window"]
    out = []
    for start, end in sentence_spans(text):
        sent = text[start:end]
        found = list(_TOKEN.finditer(sent))
        tokens = [m.group() for m in found]
        triggers = [(tok.lower(), table[tok.lower()], modality_class(tokens, i, window), start + found[i].start())
                    for i, tok in enumerate(tokens) if tok.lower() in table]
        if settings().get("reread_phrases"):
            triggers += [(label, types, _phrase_modality(tokens, j, verb, window), start + found[j].start())
                         for j, label, types, verb in phrase_triggers(tokens)]
        if not triggers:
            continue
        inside = [(s, k) for s, k in named if s is not None and start <= s < end and k]
        if not inside:
            continue
        out.append({"start": start, "end": end, "text": sent, "triggers": triggers,
                    "keys": set().union(*(k for _, k in inside)), "named": inside,
                    "days": [d for s, d, p in days if s is not None and start <= s < end and d is not None],
                    "periods": [p for s, d, p in days if s is not None and start <= s < end and d is None and p],
                    "has_event": any(s is not None and e is not None and s < end and start < e for s, e in evidence)})
    return out


def evidence_acts(text: str, mod: str) -> list[str]:
    """The PLOVER types the event dictionaries give the trigger words of an evidence sentence read in modality class
    `mod` (`linking.json` `reread_evidence_acts`, session 21): the extractor types one act differently in different
    reports, and sometimes wrongly ('X suspended the licence of Y' typed as a rejection); the other reports' verbs
    are matched against what the evidence's own words can mean too."""
    found = list(_TOKEN.finditer(text))
    tokens = [m.group() for m in found]
    table, window = trigger_table(), settings()["reread_modality_window"]
    found_types = {t for i, tok in enumerate(tokens) if tok.lower() in table
                   and modality_class(tokens, i, window) == mod for t in table[tok.lower()]}
    if settings().get("reread_phrases"):
        found_types |= {t for j, _label, types, verb in phrase_triggers(tokens)
                        if _phrase_modality(tokens, j, verb, window) == mod for t in types}
    return sorted(found_types)


def _by_acts(types: frozenset[str], rep: dict[str, Any]) -> bool:
    """Whether a trigger may report the corpus event by what its evidence's trigger words can mean
    (`evidence_acts`): one of those types."""
    return bool(set(rep.get("acts") or ()) & types)


def _compatible(types: frozenset[str], rep: dict[str, Any], how: str) -> bool:
    """Whether a trigger of these types may report the corpus event: one of its types or of its evidence's trigger
    words (`how` 'type'), its type family ('family'), its side — cooperation or conflict, PLOVER quad classes 1-2 or
    3-4 ('side'), or any."""
    held = set(rep["types"])
    if types & held or how == "any":
        return True
    if how == "family":
        fam = settings()["families"]
        return bool({fam.get(t, t) for t in types} & {fam.get(t, t) for t in held})
    if how == "side":
        quad = settings()["quad_class"]
        return bool({quad.get(t, 0) > 2 for t in types} & {quad.get(t, 0) > 2 for t in held})
    return False


def _shared(sent: dict[str, Any], rep: dict[str, Any], roles: str, at: int) -> list[str] | None:
    """The corpus event's participant keys the sentence names, or None when it names too few: with `roles`
    'both', a corpus event with a named source and a named target needs both named; with 'order', the source
    named before the trigger (at character `at`) and the target after it, as an active clause tells them ('Roe
    accused Kell'; a symmetric type in any order: 'Kell met Roe')."""
    shared = sorted(sent["keys"] & held_keys(rep))
    if not shared:
        return None
    if roles in ("both", "order") and rep["src"] and rep["tgt"]:
        if not (sent["keys"] & set(rep["src"]) and sent["keys"] & set(rep["tgt"])):
            return None
        symmetric = set(rep["types"]) <= set(settings()["symmetric_types"])
        if roles == "order" and not symmetric and not (
                any(s < at and k & set(rep["src"]) for s, k in sent["named"])
                and any(s > at and k & set(rep["tgt"]) for s, k in sent["named"])):
            return None
    return shared


def _same_class(mod: str, rep: dict[str, Any], published: int, opts: dict[str, Any]) -> bool:
    """Whether a sentence's trigger read in modality class `mod` may report the corpus event `rep`: the same class,
    or (`reread_hypothetical_done`, session 34) an act told as done in an article published no earlier than the
    days of a corpus event read hypothetical ('Kell could meet Osei on Friday' / a later 'Kell met Osei'): a
    speculation and the act come true are one occurrence. A threat or an intention ('will meet', 'plans to meet',
    'threatened to') and its execution stay two events, as does a done act told hypothetical later."""
    if mod == rep["mod"]:
        return True
    when = opts.get("hypothetical_done")
    return bool(when) and rep["mod"] == "hypothetical" and mod == "asserted" and (
        when == "any" or published >= rep["lo"])


def match(rep: dict[str, Any], sentences: list[dict[str, Any]], published: int | None,
          opts: dict[str, Any]) -> dict[str, Any] | None:
    """The sentence of an article that best reports the corpus event `rep` (most shared participants, then act
    words), with why; None when none does."""
    if published is None or rep.get("lo") is None:
        return None
    w = opts["window"]
    near = rep["lo"] - w <= published <= rep["hi"] + w
    if not near and not opts.get("dated_later") or published < rep["lo"] - w:
        return None
    best = None
    for sent in sentences:
        if sent["has_event"] and not opts.get("over_events"):
            continue
        same_day = any(rep["lo"] - 1 <= d <= rep["hi"] + 1 for d in sent["days"])
        if sent["days"] and not same_day or not near and not same_day:
            continue  # another day; a later report must date the act to the corpus event's days itself
        dated = same_day and rep["exact"]  # the sentence dates the act to the corpus event's own day
        trig = [(f, sorted(t), shared, at, mod) for f, t, mod, at in sent["triggers"]
                if _same_class(mod, rep, published, opts) and (
                    _compatible(t, rep, opts["types"]) or dated and _by_acts(t, rep))
                and (shared := _shared(sent, rep, opts["roles"], at)) is not None]
        if not trig:
            continue
        shared = trig[0][2]
        if opts.get("common") and not set(shared) - opts["common"] and not (
                opts.get("both_named") and _shared(sent, rep, "order", trig[0][3]) is not None and rep["src"]
                and rep["tgt"]):
            continue  # only participants most articles of these days name: no sign of this act (unless both roles are
            # named around the trigger, as an active clause tells them: `reread_both_named`, session 26)
        words = _act_words(sent["text"], rep)
        if words < _need_words(sent, rep, trig[0][3], opts) and not (dated and (
                opts.get("day_or_words") or words >= opts.get("dated_min_words", 1.0))):
            continue  # few act words shared: only a sentence dating the act to the corpus event's day may pass
        if opts.get("need_day") and not dated:
            continue
        rank = (len(shared), words)
        if best is None or rank > best[0]:
            best = (rank, {"start": sent["start"], "end": sent["end"], "text": sent["text"], "trigger": trig[0][0],
                           "at": trig[0][3],
                           "act_words": round(words, 3),
                           "why": {"trigger": trig[0][0], "trigger_types": trig[0][1], "shared": shared,
                                   "act_words": round(words, 3), "days": sorted(sent["days"]),
                                   "over_event": sent["has_event"],
                                   **({"told_as": trig[0][4]} if trig[0][4] != rep["mod"] else {})}})
    return best[1] if best else None


def _need_words(sent: dict[str, Any], rep: dict[str, Any], at: int, opts: dict[str, Any]) -> float:
    """The act words a reread sentence must share: `reread_min_words`, or the lower `reread_both_roles_min_words` when
    the corpus event names a source and a target and the sentence names both around its trigger as an active clause
    tells them (a symmetric type in any order: 'Kell will meet Osei next week' for 'Osei and Kell are to hold talks'),
    as the linker asks fewer shared words of a link whose two named roles agree (`scoring._min_words`, session 34)."""
    need = opts.get("min_words", 0.0)
    both = opts.get("both_roles_min_words")
    if both is None or both >= need or not (rep["src"] and rep["tgt"]):
        return need
    if opts.get("both_roles_symmetric") and not set(rep["types"]) <= set(settings()["symmetric_types"]):
        return need  # rivals accuse and answer each other every day: a directed act keeps the usual bar
    return both if _shared(sent, rep, "order", at) is not None and _two_parties(sent, rep) else need


def _two_parties(sent: dict[str, Any], rep: dict[str, Any]) -> bool:
    """The sentence names a source and a target of the corpus event that are two participants (no key in common): a
    symmetric corpus event gathers its parties in both roles, and one of them named alone is one party."""
    src, tgt = set(rep["src"]), set(rep["tgt"])
    named = [k for _, k in sent["named"] if k & (src | tgt)]
    return any(a & src and b & tgt and not a & b for a in named for b in named)


def _act_words(text: str, rep: dict[str, Any]) -> float:
    names = {w for k in rep["keys"] if k[:2] in ("n:", "ps") for w in terms(k.split(":", 1)[1])}
    top, mine = set(rep["terms"]) - names, set(plain_terms(text)) - names
    return len(top & mine) / len(top | mine) if top | mine else 0.0


def options() -> dict[str, Any]:
    """The re-reading settings of `linking.json`."""
    cfg = settings()
    return {"window": max(cfg["loose_window_days"], cfg["report_lag_days"]), "types": cfg["reread_types"],
            "roles": cfg["reread_roles"], "over_events": cfg["reread_over_events"],
            "dated_later": cfg["reread_later_days"] > 0, "later": cfg["reread_later_days"],
            "min_words": cfg["reread_min_words"], "both_roles_min_words": cfg.get("reread_both_roles_min_words"),
            "both_roles_symmetric": cfg.get("reread_both_roles_symmetric", True),
            "need_day": cfg.get("reread_need_day", False),
            "day_or_words": cfg.get("reread_day_or_words", False), "max_articles": cfg.get("reread_max_articles"),
            "dated_min_words": cfg.get("reread_dated_min_words", 1.0),
            "denials": cfg.get("reread_denials", False), "both_named": cfg.get("reread_both_named", False),
            "hypothetical_done": cfg.get("reread_hypothetical_done", False)}


def article_keys(rec: dict[str, Any]) -> list[str]:
    """The strong participant keys of every actor an article names (where its sentences are looked up)."""
    actors = rec.get("actors") or []
    taken = frozenset(norm(a.get("name") or "") for a in actors)
    names = {k for _, k in article_names(rec, _stop())} if settings().get("reread_names") else set()
    if settings().get("reread_place_keys"):
        names |= {k for _, k in place_keys(rec)}
    return sorted(names.union(*(_keys(_participant(a, a["id"], taken)) for a in actors)))


def held_keys(rep: dict[str, Any]) -> set[str]:
    """A corpus event's participant keys and (with `reread_names`) the name keys of its evidence."""
    return set(rep["keys"]) | set(rep.get("names") or ())


def name_block(key: str) -> str:
    """The block a corpus event is filed under for a name key of its evidence (never one the linker asks for:
    only the re-reader looks a newly linked article's names up there)."""
    return "names|" + key


class Rereader:
    """Re-reads the articles of a store for the corpus events a linking run touched and the articles it linked."""

    def __init__(self, conn):
        self.conn = conn
        self.opts = options()
        self._read: dict[str, tuple[list[dict[str, Any]], int | None, str | None]] = {}

    def file(self, rec: dict[str, Any], published: int | None) -> None:
        """File a linked article under the keys of the actors it names, at its publication day."""
        if published is not None:
            self.conn.executemany("INSERT OR IGNORE INTO corpus_article_keys VALUES (?,?,?)",
                                  [(k, published, rec["article"]["id"]) for k in article_keys(rec)])

    def forget(self, aid: str) -> set[int]:
        """Take an article's rereads and keys out; the corpus events it corroborated (to refresh)."""
        cevs = {r[0] for r in self.conn.execute("SELECT corpus_event_id FROM corpus_rereads WHERE article_id = ?",
                                                (aid,))}
        self.conn.execute("DELETE FROM corpus_rereads WHERE article_id = ?", (aid,))
        self.conn.execute("DELETE FROM corpus_article_keys WHERE article_id = ?", (aid,))
        return cevs

    def _article(self, aid: str) -> tuple[list[dict[str, Any]], int | None, str | None]:
        if aid not in self._read:
            row = self.conn.execute("SELECT a.record, a.outlet FROM articles a WHERE a.id = ?", (aid,)).fetchone()
            rec = json.loads(row[0]) if row else None
            self._read[aid] = ((read_article(rec), day_number(rec["article"].get("date")), row[1]) if rec
                               else ([], None, None))
        return self._read[aid]

    def _articles_for(self, rep: dict[str, Any]) -> list[str]:
        keys = sorted(held_keys(rep))
        if not keys or rep.get("lo") is None:
            return []
        lo, hi = rep["lo"] - self.opts["window"], rep["hi"] + max(self.opts["window"], self.opts["later"])
        marks = ",".join("?" * len(keys))
        found = {r[0] for r in self.conn.execute(
            f"SELECT DISTINCT article_id FROM corpus_article_keys WHERE key IN ({marks}) AND day BETWEEN ? AND ?",
            (*keys, lo, hi))}
        return sorted(found - set(rep.get("articles") or []))

    def _common(self, rep: dict[str, Any]) -> frozenset[str]:
        """The corpus event's participant keys that more than `reread_max_articles` articles of its days name."""
        cap = self.opts.get("max_articles")
        if not cap or rep.get("lo") is None:
            return frozenset()
        lo, hi = rep["lo"] - self.opts["window"], rep["hi"] + self.opts["window"]
        out = set()
        for key in held_keys(rep):
            n = self.conn.execute("SELECT COUNT(DISTINCT article_id) FROM corpus_article_keys WHERE key = ? AND day "
                                  "BETWEEN ? AND ?", (key, lo, hi)).fetchone()[0]
            if n > cap:
                out.add(key)
        return frozenset(out)

    def _events_for(self, aid: str) -> list[int]:
        _, published, _ = self._article(aid)
        keys = [r[0] for r in self.conn.execute("SELECT key FROM corpus_article_keys WHERE article_id = ?", (aid,))]
        if published is None or not keys:
            return []
        blocks = [f"{m}|{k}" for m in sorted(set(settings()["modality_classes"].values())) for k in keys
                  if not k.startswith(("w:", "pl:"))] + [name_block(k) for k in keys if k.startswith(("w:", "pl:"))]
        lo, hi = published - max(self.opts["window"], self.opts["later"]), published + self.opts["window"]
        marks = ",".join("?" * len(blocks))
        return sorted({r[0] for r in self.conn.execute(
            f"SELECT DISTINCT corpus_event_id FROM corpus_blocks WHERE block IN ({marks}) AND day BETWEEN ? AND ?",
            (*blocks, lo, hi))})

    def update(self, reps: dict[int, dict[str, Any]], touched: Iterable[int], linked: Iterable[str], rep_of) -> set[int]:
        """Recompute the rereads of the touched corpus events and find those of the newly linked articles; the
        corpus events whose rereads may have changed (their counts are to be refreshed)."""
        touched, changed = sorted(touched), set()
        for cev in touched:
            changed |= {cev} if self.conn.execute("DELETE FROM corpus_rereads WHERE corpus_event_id = ?",
                                                  (cev,)).rowcount else set()
            changed |= {cev} if self.conn.execute("DELETE FROM corpus_conflicts WHERE corpus_event_id = ? AND "
                                                  "found_by = 'reread'", (cev,)).rowcount else set()
        pairs = [(cev, aid) for cev in touched if cev in reps for aid in self._articles_for(reps[cev])]
        done = set(touched)
        for aid in linked:
            pairs += [(cev, aid) for cev in self._events_for(aid) if cev not in done
                      and aid not in (rep_of(cev).get("articles") or [])]
        for cev, aid in sorted(set(pairs)):
            rep = reps.get(cev) or rep_of(cev)
            sentences, published, outlet = self._article(aid)
            opts = dict(self.opts, common=self._common(rep))
            got = match(rep, sentences, published, opts)
            if got:
                self.conn.execute("INSERT OR REPLACE INTO corpus_rereads VALUES (?,?,?,?,?,?,?,?,?,?)", (
                    aid, cev, None if published is None else _iso(published), outlet, got["start"], got["end"],
                    got["text"], got["trigger"], got["act_words"], json.dumps(got["why"])))
                changed.add(cev)
            elif self.opts["denials"] and rep["mod"] == "asserted" and (
                    denied := match(dict(rep, mod="negated"), sentences, published, opts)):
                changed |= {cev} if self._deny(cev, rep, aid, outlet, denied) else set()
        return changed

    def _deny(self, cev: int, rep: dict[str, Any], aid: str, outlet: str | None, got: dict[str, Any]) -> bool:
        """List a sentence that tells the corpus event's act negated ('Kell had not been detained') as its denial
        (`linking.json` `reread_denials`, session 21), against its earliest report of another article, unless a
        denial between the two articles is listed for it already (by an extracted negated event); since session 22
        only a denial told as fact of the corpus event's own place (`denials.told_as_denial`)."""
        from .denials import told_as_denial
        evidence = [r[0] for r in self.conn.execute(
            "SELECT evidence_text FROM corpus_mentions WHERE corpus_event_id = ? AND article_id != ?", (cev, aid))]
        if not told_as_denial(got, evidence):
            return False
        other = self.conn.execute(
            "SELECT article_id, event_id, evidence_text, outlet FROM corpus_mentions WHERE corpus_event_id = ? "
            "AND article_id != ? ORDER BY published, article_id LIMIT 1", (cev, aid)).fetchone()
        if other is None or self.conn.execute(
                "SELECT 1 FROM corpus_conflicts WHERE corpus_event_id = ? AND kind = 'denial' AND ((a_article = ? "
                "AND b_article = ?) OR (a_article = ? AND b_article = ?))", (cev, other[0], aid, aid, other[0])).fetchone():
            return False
        from .conflicts import add
        matter = max(sorted(rep["types"]), key=lambda t: rep["types"][t])
        return bool(add(self.conn, "denial", "corpus", cev, matter, tuple(other), (aid, f"s:{got['start']}", got["text"],
                        outlet), ("reported", "denied"), got["act_words"], found_by="reread"))


def _iso(day: int) -> str:
    from datetime import date
    return date.fromordinal(day).isoformat()
