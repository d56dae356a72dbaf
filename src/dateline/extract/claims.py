"""Claims: attributed statements of fact, linked where they contradict each other.

Every quote sentence that states something becomes a claim held by the quote's
speaker; news organisations cited as sources ("Reuters reported … on progress
in negotiations") hold claims like anyone else. Not claims: questions,
commands, requests and intentions ("we will …"), normative opinions ("must"),
conditionals ("if …"), noun phrases ("[denied] funding for such a wall";
kept when reported, accused or denied: "blamed Iran for the attacks"),
and what someone did *not* say ("did not say he had ordered it"). Claims
outside quotes come from the parse: "X claimed responsibility for …",
"X denied that …", "X blamed Y for …", and the article's own "no evidence of …".

Two claims conflict when different holders say incompatible things about the
same matter (docs/quotes.md):
- opposite polarity (main-clause negation, a denial cue, a negated finding
  "did not find …", "no evidence …", "not aware of …") and the negated
  predicate is part of what both claims share; or
- same polarity with antonymous predicates ("exports were continuing" vs
  "exports had been disrupted") sharing an argument.
Words are compared by lemma, synonym group and actor (mentions inside a claim
count as the actor's id), never counting the holders' own names.
Lexicon: knowledge/data/claim_lexicon.json.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np
from spacy.attrs import HEAD, IDX, LOWER

from ..knowledge.claims import ClaimLexicon as _Lex
from ..record import Claim, Quote
from .quotes.common import ActorLookup
from .sentences import sentences

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


def _holder_key(q: Quote, names: dict[str, str]) -> str | None:
    if q.speaker:
        return q.speaker
    st = (q.speaker_text or "").strip().lower()
    if not st or st in _PRONOUNS:
        return None  # an unresolved pronoun could be anyone, the other holder included
    return "text:" + st


def _same_holder(a: _Info, b: _Info, names: dict[str, str]) -> bool:
    if a.holder == b.holder:
        return True
    na = names.get(a.holder) or a.holder.removeprefix("text:")
    nb = names.get(b.holder) or b.holder.removeprefix("text:")
    wa, wb = set(na.lower().split()), set(nb.lower().split())
    return bool(na.split()[-1:] == nb.split()[-1:] or (wa & wb - {"the", "of", "a", "an"} and
                                                       (wa <= wb or wb <= wa)))


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


def _antonymous(a: set[str], b: set[str], lex: _Lex) -> bool:
    return any((a & x and b & y) or (a & y and b & x) for x, y in lex.antonyms)


def _conflict(a: _Info, b: _Info, lex: _Lex) -> bool:
    if a.span[0] < b.span[1] and b.span[0] < a.span[1]:
        return False  # one stretch of text (overlapping quotes) is not two holders' statements
    shared = a.matter & b.matter
    words = {w for w in shared if w[0] != "@"} - {_RESPONSIBLE} - (a.names & b.names)
    if not words and not (_RESPONSIBLE in shared and any(w[0] == "@" for w in shared)):
        return False  # nothing in common but names (or a charge against someone else)
    for x, y in ((a, b), (b, a)):
        if x.first_person and not x.self_refs & y.matter:
            return False  # "we are not terrorists" is about its holder: only a claim about them contradicts it
    if a.when and b.when and not a.when & b.when:
        return False  # "no debate on October 15" vs "the debate on October 22": different matters
    if a.negative != b.negative:
        neg = a if a.negative else b
        if not (neg.focus & shared):
            return False  # what is negated is not what the other one says
        other = b if neg is a else a
        if not neg.qualifiers <= other.matter:
            return False  # "no paid parental leave" / "12 weeks of unpaid leave"
        if other.negated_words & neg.focus & shared:
            return False  # "… and does not constitute an endorsement": the other one denies it too
        n = len(shared) + bool(a.self_refs & b.matter) + bool(b.self_refs & a.matter)
        if not neg.whole and neg.core_verbs and not neg.core_verbs & shared:
            return False  # "Manafort did not lose a delegate" / "Manafort will oversee the delegate process"
        if n >= 2 and n >= _SHARE * min(len(a.matter), len(b.matter)):
            return True  # two shared items, and a good part of the shorter claim
        # one shared word is enough only when it is the predicate of both and denied outright:
        # "there has been no progress" / "progress in the talks", "denied that he was slain" / "his murder"
        return neg.direct and bool(shared & a.core_stems & b.core_stems & (a.core_nouns | b.core_nouns))
    # antonymous predicates of the same subject: "exports were continuing" / "export of oil had been disrupted"
    return bool(a.subjects & b.subjects) and _antonymous(a.core - b.core, b.core - a.core, lex)


# Claims outside quotes ("X claimed responsibility for …", the article's own "no evidence of …", `quote` null): off
# but for denials ("Mayor Orla Venn denied the allegations of bribery": no quote without quoted words or a
# that-clause, yet it denies a matter). All on: seed + dev conflicts 8 of 13 (session 9).
CLAIMS_OUTSIDE_QUOTES = False

_RESPONSIBLE = "respon"
_SHARE = 0.3
_STOP = {"the", "and", "of", "for", "a", "an", "in", "on", "group", "movement", "spokesperson", "spokesman",
         "official", "officials", "president", "minister", "said", "military"}
_NARRATOR = {"evidence", "sign", "indication", "proof", "trace"}
_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "oprd", "attr"}


def _subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ('… and has claimed …')."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _verb_claims(doc, text: str, lex: _Lex, quoted: list[tuple[int, int]], denials_only: bool = False):
    """Claims that are not quotes: 'X claimed responsibility for Y', 'X denied that …', 'X blamed Y for Z',
    and the article's own 'no evidence of …' (only the denials: `denials_only`). Yields (verb or frame noun,
    start, end, negative)."""
    def covered(s, e):
        return any(qs < e and s < qe for qs, qe in quoted)

    for tok in doc:
        lemma = tok.lemma_.lower()
        if denials_only and lemma not in lex.deny:
            continue
        if tok.pos_ == "VERB" and (lemma in lex.assert_verbs or lemma in lex.accuse or lemma in lex.deny):
            if any(c.dep_ == "nsubjpass" for c in tok.children) or _negated(tok):
                continue
            objs = [c for c in tok.children if c.dep_ in _OBJECT_DEPS]
            if not objs:
                continue
            if lemma in lex.deny and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in lex.deny_objects) for c in objs):
                continue  # 'denied funding', 'rejected the plan': refusals, not denials of a fact
            if lemma in lex.assert_verbs and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(
                        d.dep_ in ("det", "poss") for d in c.children)) for c in objs):
                continue  # 'claimed widespread fraud', 'claimed responsibility'; not 'claimed the seat'
            if _subject(tok) is None:
                continue
            end_tok = max((c.right_edge for c in objs), key=lambda t: t.i)
            while end_tok.i > tok.i and (end_tok.is_punct or end_tok.is_space):
                end_tok = doc[end_tok.i - 1]
            subj = _subject(tok)
            first = min([tok] + [c for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i],
                        key=lambda t: t.i)
            if subj is not None and subj.head.i == tok.i and 0 <= first.i - subj.right_edge.i <= 4:
                first = subj.left_edge
            start, end = first.idx, end_tok.idx + len(end_tok.text)
            if covered(tok.idx, end) or end - start > 400:
                continue
            yield tok, start, end, lemma in lex.deny
        elif lemma in _NARRATOR and tok.pos_ == "NOUN" and _negated_noun(tok):
            sent = tok.sent
            if covered(sent.start_char, sent.end_char):
                continue
            e = sent.end_char
            while e > sent.start_char and (text[e - 1].isspace() or text[e - 1] in ".;"):
                e -= 1
            yield tok, sent.start_char, e, True


def _negated_noun(tok) -> bool:
    """'no evidence', 'there is not any evidence', 'found no trace'."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or \
        tok.dep_ in ("dobj", "attr", "nsubjpass") and _negated(tok.head)


class _Article:
    """What claim finding reads from one article, built once."""

    def __init__(self, doc, ctx):
        self.doc, self.ctx, self.lex, self.text = doc, ctx, ctx.knowledge.claims, ctx.article.text
        self.starts, self.lower = doc.to_array(IDX).tolist(), doc.to_array(LOWER)  # read without a Token per word
        self.heads = doc.to_array(HEAD).astype(np.int64) + np.arange(len(doc))  # spaCy stores heads as offsets
        self.sent_starts = [sent.start_char for sent in sentences(doc)] if doc.has_annotation("SENT_START") else []
        self.names = {a.id: a.name for a in ctx.actors}
        self.actors = ActorLookup(doc, ctx)


def _quote_cue(doc, starts, q: Quote, lower):
    """The quote's cue word, or None when the cue is part of the content.

    "She wrote that denying them citizenship violated …": the gerund is the content's subject,
    not a cue; nor is a cue whose head lies inside the quote.
    """
    cue_tok = _cue_token(doc, starts, q, lower)
    if cue_tok is not None and (q.start <= cue_tok.head.idx < q.end or (
            cue_tok.tag_ == "VBG" and cue_tok.i > 0 and (cue_tok.dep_ in ("csubj", "csubjpass") or
                                                  doc[cue_tok.i - 1].lower_ == "that" or
                                                  doc[cue_tok.i - 1].pos_ == "VERB"))):
        return None
    return cue_tok


def _denial_start(q: Quote, cue_tok, info: _Info, lex: _Lex, cue_lemma: str, cue_neg: bool, ps: int) -> int:
    """Where a denied claim starts: "the Senate did not find that …", "The firm denied …" take in
    the denial and its subject (within 200 characters)."""
    if ps == q.start and cue_tok is not None and cue_tok.idx < q.start and info.negative and \
            (cue_lemma in lex.deny or cue_neg):
        subj = [c for c in cue_tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < cue_tok.idx]
        first = min([cue_tok] + [c for c in cue_tok.children if c.dep_ in ("neg", "aux") and c.i < cue_tok.i]
                    + [s.left_edge for s in subj], key=lambda t: t.i)
        if q.start - first.idx < 200:
            return first.idx
    return ps


def _quote_claims(art: _Article, q: Quote, claims: list[Claim], infos: list[_Info]) -> None:
    """The claims of one quote: each of its sentences that states a fact, held by its speaker."""
    doc, lex, text = art.doc, art.lex, art.text
    holder = _holder_key(q, art.names)
    holder_words = {re.sub(r"['’]s$", "", w.lower())
                    for w in f"{q.speaker_text or ''} {art.names.get(q.speaker) or ''}".split()}
    cue_tok = _quote_cue(doc, art.starts, q, art.lower)
    cue_lemma = cue_tok.lemma_.lower() if cue_tok is not None else (q.cue or "").lower()
    cue_neg = cue_tok is not None and _negated(cue_tok)
    for ps, pe in _pieces(text, q.start, q.end, art.sent_starts):
        toks = _tokens(doc, art.starts, ps, pe)
        if not len(toks) or len(toks) > MAX_CLAIM_TOKENS:
            continue
        root = _span_root(toks, art.heads)
        if not _is_statement(toks, root, lex, cue_lemma, cue_neg, text[ps:pe]):
            continue
        info = _describe(toks, root, lex, art.actors, holder_words, q.speaker, cue_tok, cue_lemma)
        if info.modal:
            continue
        info.holder, info.span = holder, (ps, pe)
        cs = _denial_start(q, cue_tok, info, lex, cue_lemma, cue_neg, ps)
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[cs:pe], holder=q.speaker, quote=q.id,
                            start=cs, end=pe, polarity="negative" if info.negative else "positive"))
        infos.append(info)


def _outside_claims(art: _Article, claims: list[Claim], infos: list[_Info], denials_only: bool) -> None:
    """Claims outside quotes ("X denied involvement", "no evidence of Y was found"); see CLAIMS_OUTSIDE_QUOTES."""
    doc, lex, text, starts, actors = art.doc, art.lex, art.text, art.starts, art.actors
    quoted = [(q.start, q.end) for q in art.ctx.quotes]
    for tok, start, end, negative in _verb_claims(doc, text, lex, quoted, denials_only):
        subj = _subject(tok)
        holder_id = actors.span(subj.idx, subj.idx + len(subj)) if subj is not None else None
        holder_text = subj.text.lower() if subj is not None else ""
        if subj is None or subj.lower_ in _PRONOUNS and holder_id is None:
            holder = None
        else:
            holder = holder_id or "text:" + " ".join(t.lower_ for t in subj.subtree)
        if tok.lemma_.lower() in _NARRATOR:
            holder, holder_id = "narrator", None  # "no evidence of Israeli involvement has been reported"
        holder_words = {re.sub(r"['’]s$", "", w.lower()) for w in
                        " ".join([holder_text, art.names.get(holder_id) or ""] +
                                 ([t.text for t in subj.subtree] if subj is not None else [])).split()}
        body = doc[tok.i:_tokens(doc, starts, start, end).end] if tok.lemma_.lower() not in _NARRATOR else \
            _tokens(doc, starts, start, end)
        info = _describe(body, tok, lex, actors, holder_words, holder_id, None,
                         tok.lemma_.lower() if tok.lemma_.lower() in lex.accuse else "", forced=negative)
        info.holder, info.span = holder, (start, end)
        if info.self_refs and subj is not None:  # "the Yemen-based Houthi movement": Yemen is the holder too
            info.self_refs |= {"@" + a for a in (actors.token(t) for t in subj.subtree) if a}
        claims.append(Claim(id=f"c{len(claims) + 1}", text=text[start:end], holder=holder_id, quote=None,
                            start=start, end=end, polarity="negative" if negative else "positive"))
        infos.append(info)


def _link_conflicts(claims: list[Claim], infos: list[_Info], names: dict[str, str], lex: _Lex) -> None:
    """Claims of different holders that contradict each other point to each other (conflicts_with)."""
    for i, a in enumerate(claims):
        for j in range(i + 1, min(len(claims), i + 1 + MAX_COMPARED)):
            ia, ib = infos[i], infos[j]
            if ia.holder is None or ib.holder is None or _same_holder(ia, ib, names):
                continue
            if _conflict(ia, ib, lex):
                a.conflicts_with.append(claims[j].id)
                claims[j].conflicts_with.append(a.id)


def extract_claims(doc, ctx) -> list[Claim]:
    """Statements of fact with their holders, and conflicts between them."""
    art = _Article(doc, ctx)
    claims: list[Claim] = []
    infos: list[_Info] = []
    for q in ctx.quotes:
        if q.speaker is not None or q.speaker_text:
            _quote_claims(art, q, claims, infos)
    _outside_claims(art, claims, infos, denials_only=not CLAIMS_OUTSIDE_QUOTES)
    _link_conflicts(claims, infos, art.names, art.lex)
    return claims
