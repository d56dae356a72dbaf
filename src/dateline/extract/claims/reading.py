"""Reading one claim from the parse: its statement test, polarity, predicate and matter (see `claims`)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np

from ...knowledge.claims import ClaimLexicon as _Lex
from ...record import Quote
from ..quotes.common import ActorLookup

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_NEG_WORDS = {"no", "never", "nobody", "nothing", "none", "neither", "nor", "no-one"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "him", "them",
             "this", "that", "these", "those", "who", "which"}
_CIRCUMSTANCE = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
# how a frame word ('aware', 'evidence', 'claims', 'is') leads to what it is about
_COMPLEMENTS = {"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "pobj", "pcomp", "oprd", "nsubjpass", "acl"}


# a "sentence" longer than this is a run-on, a list or markup, not a statement we can read: claims cost
# O(piece) each, so the cap keeps them linear in the article's length (hostile text: one 100k-character
# sentence without punctuation)
MAX_CLAIM_TOKENS = 150
# claims compared pairwise for conflicts: each with at most this many neighbours in text order, so that an
# article with thousands of claims costs linear time (ordinary articles have far fewer claims than this)
MAX_COMPARED = 300


def _tokens(doc, starts: list[int], start: int, end: int):
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return doc[lo:hi]


def _canon(lemma: str, lex: _Lex) -> str:
    return lex.canon.get(lemma.lower(), lemma.lower())


def _stem(lemma: str, lex: _Lex) -> str:
    """Lemma, synonym group, then a 6-letter prefix ('Israeli'/'Israel', 'involvement'/'involve')."""
    lemma = _canon(lemma, lex)
    return lemma[:6] if len(lemma) > 6 else lemma


def _cue_token(doc, starts: list[int], q: Quote, lower):
    """The reporting word of a quote, outside the quote and nearest to it (`lower`: the Doc's LOWER array, to
    find the words spelt like the cue without making a Token of each word around the quote)."""
    if not q.cue:
        return None
    first, best = q.cue.split()[0].lower(), None
    lo, hi = bisect_left(starts, max(0, q.start - 150)), bisect_left(starts, q.end + 150)
    for t in (doc[lo + k] for k in np.flatnonzero(lower[lo:hi] == doc.vocab.strings[first]).tolist()):
        if t.lower_ == first and not (q.start <= t.idx < q.end):
            d = q.start - t.idx if t.idx < q.start else t.idx - q.end
            if best is None or d < best[0]:
                best = (d, t)
    return best[1] if best else None


def _negated(tok) -> bool:
    """A word negated in its own clause: 'not aware', 'no progress', 'nobody is conducting', 'no longer'."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ in _NEG_WORDS and c.dep_ in ("det", "advmod", "neg", "preconj")):
            return True
        if c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children):  # "no longer"
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                c.lower_ in _NEG_WORDS or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True  # "nobody is conducting …", "I put no pressure on them"
    return False


def _spine(root, lex: _Lex, inside):
    """The claim's predicate: from the root down through frame/light words ('is aware of', 'no evidence that',
    'traces of') to the first content words. Returns (path tokens, core tokens)."""
    path, core, todo, seen = [], [], [root], set()
    while todo:
        t = todo.pop(0)
        if t.i in seen or not inside(t):
            continue
        seen.add(t.i)
        path.append(t)
        if t.pos_ in _CONTENT_POS and t.lemma_.lower() not in lex.frame and t.lower_ not in _PRONOUNS:
            core.append(t)
            continue
        # a verb's prepositions are mostly circumstances ('at this point'); a noun's or adjective's are its
        # content ('aware of progress', 'traces of poison')
        todo.extend(c for c in t.children if c.dep_ in _COMPLEMENTS and not (
            c.dep_ == "prep" and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in ("be", "find")))
    return path, core


def _is_statement(toks, root, lex: _Lex, cue_lemma: str, cue_neg: bool, text: str) -> bool:
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if len(words) < 3 or text.rstrip("”’\"' ").endswith("?"):
        return False
    if cue_lemma in lex.request:
        return False
    if cue_neg and cue_lemma in lex.speech:
        return False  # "did not say he had ordered it": no claim at all
    if root.pos_ not in ("VERB", "AUX") and not (_negated(root) and root.lemma_.lower() in lex.epistemic) \
            and cue_lemma not in lex.accuse | lex.report_np \
            and not (cue_lemma in lex.deny and root.lemma_.lower() in lex.frame):
        # a noun phrase ("denied funding for such a wall", "the only person who can put pressure on me [...]")
        # is no statement, unless it is what was reported ("reported on progress in the talks"), an
        # accusation ("blamed Iran for the attacks") or a denied claim ("denied all claims that …")
        return False
    first = words[0]
    if first.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children) or \
            first.lower_ in ("please", "let", "let's"):
        return False  # "Release all of the hostages now", "Please don't let us suffer"
    for c in root.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            return False  # conditional
        if c.dep_ == "aux" and c.lower_ in lex.opinion | lex.possibility:
            return False  # "its status must be maintained", "America can't ever be neutral"
    if root.lemma_.lower() in lex.opinion_verbs and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children) or \
            words[0].lower_ in ("i", "we") and len(words) > 1 and words[1].lemma_.lower() in lex.opinion_verbs:
        return False  # "I think parental leave is important", "I don't think the industry is over"
    if root.lemma_.lower() in lex.cognition and _negated(root) and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children):
        return False  # "I don't know": no knowledge is no claim
    if root.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children) and \
            any(c.dep_ == "acomp" for c in root.children) and \
            any(c.dep_ in ("xcomp", "ccomp") for c in root.children):
        return False  # "it is wrong to imply …", "it is important that …": an evaluation
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"would", "could", "might", "'d"} and auxes & {"have", "'ve"}:
        return False  # counterfactual: "without Kenya it would not have grown"
    if root.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in root.children):
        return False  # "we have to put aside differences"
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ in ("i", "we") and root.lemma_.lower() in lex.request:
        return False  # "We call on any other country to join"
    if subj and subj[0].lower_ in ("i", "we") and \
            any(c.dep_ == "aux" and c.lower_ in lex.intention for c in root.children):
        return False  # "we will change its name": an intention
    return True


def _span_root(toks, heads):
    """The first verb among the span's roots (words whose head is outside it or themselves), else its first root
    (`heads`: each word's head index in the Doc, read without making a Token of each word)."""
    lo, hi, seg = toks.start, toks.end, heads[toks.start:toks.end]
    roots = [toks.doc[i] for i in (np.flatnonzero((seg < lo) | (seg >= hi) | (seg == np.arange(lo, hi))) + lo).tolist()]
    roots = [t for t in roots if not t.is_punct] or roots
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (verbs or roots or [toks[0]])[0]


_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|\.\.\.)\s*")


def _pieces(text: str, start: int, end: int, sent_starts: list[int]) -> list[tuple[int, int]]:
    """A quote's statements: its sentences, also cut at elided text ('[...]')."""
    cuts = sent_starts[bisect_right(sent_starts, start):bisect_left(sent_starts, end)]
    bounds, pos = [], start
    for c in cuts + [end]:
        bounds.append((pos, c))
        pos = c
    out = []
    for s, e in bounds:
        for m in _ELLIPSIS.finditer(text, s, e):
            if m.start() > s:
                out.append((s, m.start()))
            s = m.end()
        if e > s:
            out.append((s, e))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


class _Info:
    __slots__ = ("holder", "negative", "matter", "core", "focus", "span", "when", "names", "self_refs",
                 "first_person", "direct", "core_stems", "qualifiers", "core_nouns", "modal", "core_verbs", "whole",
                 "subjects", "negated_words")

    def __init__(self, holder, negative, matter, core, focus, when):
        self.holder, self.negative, self.matter, self.core, self.focus = holder, negative, matter, core, focus
        self.span, self.when = (0, 0), when
        self.names, self.self_refs, self.first_person = set(), set(), False
        self.direct, self.core_stems, self.qualifiers, self.core_nouns = False, set(), set(), set()
        self.modal, self.core_verbs, self.whole = False, set(), False
        self.subjects, self.negated_words = set(), set()



_RESPONSIBLE = "respon"
_STOP = {"the", "and", "of", "for", "a", "an", "in", "on", "group", "movement", "spokesperson", "spokesman",
         "official", "officials", "president", "minister", "said", "military"}


def _charge(root, toks, lex: _Lex, cue_lemma: str):
    """'[accused] the network of violating its licence': the claim's root is the charge after 'of'/'for'."""
    if cue_lemma in lex.accuse and root.pos_ in ("NOUN", "PROPN", "PRON"):
        charge = [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if charge and toks.start <= charge[0].i < toks.end:
            return charge[0]
    return root


def _polarity(root, path, core, lex: _Lex, cue_tok, cue_lemma: str, forced: bool | None):
    """(negative, whole, direct): is the claim negated, is all of it denied, is its predicate negated.

    "We reject the plan" is negative; "there is no evidence that X fled" denies all that follows
    the frame (whole); "the bridge is not closed" negates the predicate itself (direct); a
    denying cue ("denied that …") or "did not think that …" deny the whole content.
    """
    negated = [t for t in path if _negated(t)]
    negative = bool(negated) or (root.lemma_.lower() in lex.deny and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children))
    whole = any(t.lemma_.lower() in lex.epistemic for t in negated)
    direct = any(t in core for t in negated)
    if forced is not None:
        negative = whole = direct = forced
    elif cue_tok is not None and cue_lemma in lex.deny:
        negative = whole = direct = True
    elif cue_tok is not None and _negated(cue_tok) and cue_lemma in lex.cognition:
        negative = whole = True
    return negative, whole, direct


def _focus(core, lex: _Lex, inside) -> set[str]:
    """What a negation denies: the predicate and its objects ("nobody is running [an inquiry]";
    'no correlation between turnout and …' denies a correlation)."""
    focus = {_stem(t.lemma_, lex) for t in core}
    for t in (t for t in core if t.pos_ != "NOUN"):
        for c in t.children:
            objs = [c] if c.dep_ in ("dobj", "attr", "oprd") else \
                [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            focus |= {_stem(o.lemma_, lex) for o in objs if inside(o) and o.pos_ in ("NOUN", "PROPN")}
    return focus


def _matter(toks, lex: _Lex, actors: ActorLookup, holder_words: set[str], holder: str | None):
    """(matter, entities, names): the claim's content words and actors ("@a3"), its numbers, and
    names no actor stands for. "His party won 40 seats in May" → matter {party, win, seat, @a2 …},
    entities {"40"}; the holder's own words and frame words are left out."""
    matter, entities, names = set(), set(), set()
    for t in toks:
        if t.ent_type_ in _CIRCUMSTANCE and t.pos_ != "VERB":
            if t.like_num:
                entities.add(t.lower_)  # dates and quantities: their numbers are compared apart
            continue
        if t.pos_ == "PRON":
            actor = actors.exact.get((t.idx, t.idx + len(t.text)))  # 'his blood': whose, if resolved
            if actor is not None and actor != holder:
                matter.add("@" + actor)
            continue
        if t.pos_ not in _CONTENT_POS or t.is_stop or len(t.text) < 2:
            continue
        lemma = t.lemma_.lower()
        actor = actors.token(t) if t.pos_ == "PROPN" or t.ent_type_ else None
        if actor is not None:
            if actor != holder:
                matter.add("@" + actor)
            continue
        if lemma in lex.frame or lemma in holder_words or t.lower_ in holder_words:
            continue
        if t.pos_ == "PROPN" or t.ent_type_:
            names.add(_stem(lemma, lex))
        matter.add(_stem(lemma, lex))
    return matter, entities, names


def _qualify(info: _Info, toks, path, core, lex: _Lex, actors: ActorLookup, holder_words: set[str],
             holder: str | None) -> None:
    """The finer parts of a claim used to compare it: modality, qualifiers, subjects, self-reference.

    "People said the governor should step down" is modal (an opinion, not a fact); 'no paid parental
    leave' denies only *paid* leave (qualifiers); "we are not terrorists" is first person.
    """
    info.modal = any((c.dep_ == "aux" and c.lower_ in lex.opinion | lex.possibility) or
                     (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children))
                     for t in core for c in t.children)
    info.qualifiers = {_stem(m.lemma_, lex) for t in toks if t.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in t.children) and t.lemma_.lower() not in lex.epistemic
                       for m in t.children if m.dep_ == "amod" and m.lemma_.lower() not in lex.frame}
    info.core_nouns = {_stem(t.lemma_, lex) for t in core if t.pos_ == "NOUN"}
    info.core_verbs = {_stem(t.lemma_, lex) for t in core if t.pos_ == "VERB"}
    # the subjects of the predicate ('exports were continuing'), for antonyms; what the claim negates anywhere
    subj_toks = [c for t in core for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj_toks += [g for c in subj_toks for g in c.children if g.dep_ == "conj"]
    info.subjects = {_stem(c.lemma_, lex) for c in subj_toks} | {"@" + a for a in map(
        actors.token, subj_toks) if a}
    negated = [t for t in toks if _negated(t)]
    info.negated_words = {_stem(t.lemma_, lex) for t in negated} | {
        _stem(c.lemma_, lex) for t in negated for c in t.children if c.dep_ in ("dobj", "attr")}
    info.core_stems = {_stem(t.lemma_, lex) for t in core}
    # a claim about its own holder ('claimed responsibility for …', 'we did not …'): the holder is part of
    # the matter, so 'the attacks came from the rebels' shares it with the rebels' own claim
    # first person: the subject of the claim's own predicate ("we are not terrorists"; not "I don't think …")
    subjects = [c for t in core + path for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    info.first_person = any(c.lower_ in ("i", "we") for c in subjects)
    if _RESPONSIBLE in info.matter or info.first_person:
        info.self_refs = {_stem(w, lex) for w in holder_words if len(w) > 2 and w not in _PRONOUNS
                          and w not in _STOP} | ({"@" + holder} if holder else set())


def _describe(toks, root, lex: _Lex, actors: ActorLookup, holder_words: set[str], holder: str | None, cue_tok, cue_lemma: str,
              forced: bool | None = None):
    """Polarity and matter of one claim ("Officials denied that the dam had failed": negative, whole,
    matter {dam, fail})."""
    inside = lambda t: toks.start <= t.i < toks.end  # noqa: E731
    root = _charge(root, toks, lex, cue_lemma)
    path, core = _spine(root, lex, inside)
    negative, whole, direct = _polarity(root, path, core, lex, cue_tok, cue_lemma, forced)
    focus = _focus(core, lex, inside)
    matter, entities, names = _matter(toks, lex, actors, holder_words, holder)
    if cue_lemma in lex.accuse:
        matter.add(_stem("responsible", lex))  # an accusation says who is responsible
    info = _Info(None, negative, matter, {_canon(t.lemma_, lex) for t in core}, matter if whole else focus & matter,
                 entities)
    info.names, info.direct, info.whole = names, direct, whole
    _qualify(info, toks, path, core, lex, actors, holder_words, holder)
    return info

