"""Indirect speech: a reporting verb's content clause, with the verb's subject as speaker.

Content is read from the parse: the clausal complement of say/claim/think
("X said that …"), the infinitive or for-phrase of request verbs ("urged Y to
…", "called for …"), the object and complement of accusation verbs ("accused
Y of …"), the topic of "reported on …", and the rest of the sentence around
"according to X". Clauses that are mostly direct quotation are left to the
direct quotes.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ...record import Quote
from ..sentences import sentence_of
from .common import ActorLookup, doc_text, overlap, own_side, trim_punct
from .direct import _according
from ...knowledge.reporting import Lexicon
from .learned import learned_reading
from .marks import find_segments
from .speakers import refine_head, resolve, subject_of

_QUESTION_MARKS = {"if", "whether"}
_ASKING = {"ask", "wonder", "question", "inquire", "enquire"}
_TIME_ENTS = {"DATE", "TIME"}
_ACCORDING_FIRST = {"according", "in", "as"}
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})  # the parts of speech `_reading` reads a cue of
_WORD = re.compile(r"\w+")
# A clause at least half of whose words are quoted is one mixed quote with its lead-in, however long the lead-in,
# and with up to 12 words after its last quote (PolNeAR's Content; chosen on PolNeAR train, session 14)
MIXED_QUOTED_SHARE = 0.5
MIXED_TAIL_WORDS = 12
_CLOSING_MARKS = "\"”’»"


def _right_children(tok, deps):
    return [c for c in tok.children if c.i > tok.i and c.dep_ in deps]


_WH = {"who", "whom", "what", "which", "when", "where", "why", "how"}
_CLAUSE_DEPS = {"advcl", "csubj", "csubjpass", "ccomp", "xcomp", "acl", "relcl", "conj"}
_ACCUSE_PREPS = {"of", "for", "over", "as"}
_QUOTE_MARKS = {'"', "“", "”", "''", "``", "‘", "’", "«", "»"}



def _is_source_like(tok, lex: Lexicon) -> bool:
    """'citing anonymous sources': the object names a source, not what was said."""
    return tok.lemma_.lower() in lex.source_nouns or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _stated(doc, rng: tuple[int, int], noun, lex: Lexicon) -> tuple[int, int] | None:
    """`rng` when a commitment's to-infinitive ("pledged [to cut taxes]") or an act's object ("cited [three
    failures]", "denied [the allegations]") reports words; speech only, that needs quoted words in it or, for an
    object, a content clause of its noun ("denied [reports that he would resign]"). Otherwise it is an act or a
    plan, no statement: the quote gold (GOLD.md) asks for a reported content clause, and annotators of unseen
    news list none of these. PolNeAR's broader attributions (the learned cue switched on) keep them all."""
    if (lex.cue_model or {}).get("enabled") or any(t.text in _QUOTE_MARKS for t in doc[rng[0]:rng[1] + 1]):
        return rng
    if noun is not None and any(c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children):
        return rng
    return None


def _purpose_of_a_thing(tok, left: int, ctx, lex: Lexicon) -> bool:
    """'who requested anonymity to speak freely': a request verb whose object, where its content opens, is a bare
    mass noun (singular, no determiner, possessor or modifier; no person or group noun, no actor) before a
    to-infinitive asks nothing of anyone: the infinitive is the requester's own purpose ("urged the council to
    act", "asked voters to stay", "asked the network to pay" are requests)."""
    if tok.lemma_.lower() not in lex.request or not any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.left_edge.i != left or obj.pos_ != "NOUN" or obj.tag_ != "NN" or obj.ent_type_ or \
            any(c.i < obj.i for c in obj.children):
        return False
    nouns, lemma = ctx.knowledge.events, obj.lemma_.lower()
    if lemma in nouns.person_nouns or lemma in nouns.group_nouns:
        return False
    return ctx.mention_index.get((obj.idx, obj.idx + len(obj))) is None


def _clause_range(tok, c) -> tuple[int, int]:
    """A complement clause's tokens on its own side of the verb (relative pronouns excluded)."""
    l, r = own_side(tok, c)
    while l < r and tok.doc[l].lower_ in ("which", "who", "that") and tok.doc[l].dep_ in ("nsubj", "nsubjpass", "dobj"):
        l += 1
    return l, r


def _pick_ccomp(tok):
    """The verb's content clause: the one after it, else one just before it (', he said')."""
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    right = [c for c in comps if c.i > tok.i]
    if right:
        return right[0]
    for c in reversed(comps):
        between = tok.doc[c.right_edge.i + 1:tok.i]
        if not any(t.text == ";" or t.text == ":" for t in between) and (len(between) <= 8 or _subject_only(tok, between)):
            return c
    return None


def _subject_only(tok, between) -> bool:
    """Are the words between a clause and the verb after it the verb's subject alone, however long ('…, the
    union's deputy leader, Paul Kell, told the Lantern')? Up to 30 words, as a tag's subject after a quote."""
    subj = next((s for s in tok.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < tok.i), None)
    return subj is not None and len(between) <= 30 and \
        all(t.is_punct or t.is_space or subj.left_edge.i <= t.i <= subj.right_edge.i for t in between)


def _embedded_question(tok, c, lemma: str) -> bool:
    """'X said whether taxes rise' reports no statement; only asking verbs take such clauses.

    The question word must open the clause itself (its mark, or a wh-word of its head or of the head's
    words: "said which plan would pass", "did not say how many voters came"), not a clause inside it:
    "said if he were elected, taxes would fall" and "whether the plan works is unclear, said X" are
    statements."""
    first = tok.doc[own_side(tok, c)[0]]  # with its wh-word: "to find out [who sent it]"
    if not (first.lower_ in _QUESTION_MARKS or first.lower_ in _WH) or lemma in _ASKING:
        return False
    t = first
    while t.i != c.i and t.head.i != t.i:
        if t is not first and t.dep_ in _CLAUSE_DEPS:
            return False  # the question word opens a clause inside the reported one
        t = t.head
    return t.i == c.i


def _speech_content(tok, c, lemma: str, lex: Lexicon) -> tuple[int, int] | None:
    """A speech or cognition verb's content clause `c`: "X said [that taxes rise]", "[…], X believes".

    A cognition verb ("thinks", "believes") needs a full clause with its own subject.
    """
    l, r = _clause_range(tok, c)
    if lemma in lex.speech or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
        return l, r
    return None


def _request_content(tok, lemma: str) -> tuple[int, int] | None:
    """What a request asks for: "urged [the council to act]", "pressed for [a tariff to be lifted]",
    "appealed for [calm]"."""
    doc = tok.doc
    xs = _right_children(tok, ("xcomp",))
    if xs and (lemma != "call" or any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)):
        objs = _right_children(tok, ("dobj", "prep", "dative"))
        left = min([o.left_edge.i for o in objs if o.i < xs[0].i] + [xs[0].left_edge.i])
        if objs and objs[0].dep_ == "prep":
            left = min(left, objs[0].i + 1)
        return left, xs[-1].right_edge.i
    for c in _right_children(tok, ("advcl",)):  # "pressed for a tariff to be lifted"
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]
        if marks:
            return marks[0].i + 1, c.right_edge.i
    for p in _right_children(tok, ("prep",)):
        if p.lower_ == "for" and lemma in ("call", "appeal", "press", "ask", "push", "urge"):
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if objs:
                r = p.right_edge.i
                for c in _right_children(tok, ("advcl", "xcomp", "acl")):
                    if c.left_edge.i == r + 1 and doc[c.left_edge.i].lower_ == "to":
                        r = c.right_edge.i
                return objs[0].left_edge.i, r
    return None


def _accusation_content(tok, lemma: str) -> tuple[int, int] | None:
    """An accusation's object and charge: "accused [the police of lying]", "called [its actions defensive]"."""
    objs = _right_children(tok, ("dobj",))
    if not objs:
        return None
    comps = [c for c in _right_children(tok, ("oprd", "prep", "xcomp", "ccomp", "acomp"))
             if c.i > objs[0].i and (c.dep_ != "prep" or c.lower_ in _ACCUSE_PREPS)]
    comps += [c for c in objs[0].rights if c.dep_ == "prep" and c.lower_ in ("of", "over")]
    if lemma == "call":
        comps = [c for c in comps if c.dep_ == "oprd"] or \
            [c for c in objs[0].children if c.dep_ in ("oprd", "acomp") or (c.dep_ == "acl" and c.pos_ == "ADJ")]
    if comps:
        return objs[0].left_edge.i, max(c.right_edge.i for c in comps)
    return None


def _inverted_subject(tok):
    """The subject after a parenthetical speech verb that the parser also gave the host clause's subject before
    it: "The main problem, say engineers like X, is …" → "engineers" (not "problem"); None otherwise."""
    if tok.dep_ != "parataxis":
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < tok.i and tok.doc[tok.i - 1].is_punct]
    after = [c for c in subjects if c.i > tok.i]
    return after[0] if before and after else None


def _parenthetical_content(tok) -> tuple[int, int] | None:
    """The clause around a parenthetical cue: "The museum, [X said], would open" → "The museum … would open"."""
    h = tok.head
    L, R, sl, sr = h.left_edge.i, h.right_edge.i, tok.left_edge.i, tok.right_edge.i
    if _inverted_subject(tok) is not None:
        sl = tok.i - 1  # the subject before the comma is the host clause's
    if sl > L and sr < R:
        return L, R
    if sl <= L:
        return sr + 1, R
    return L, sl - 1


def _report_on_content(tok) -> tuple[int, int] | None:
    """The topic of "reported on [progress in the talks]" (not a date, not a bare name). Not of a verb modifying a
    noun: "people briefed on the talks said" were told, they report nothing on the talks."""
    if tok.dep_ == "acl":
        return None
    for p in _right_children(tok, ("prep",)):
        if p.lower_ in ("on", "about"):
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if objs and objs[0].ent_type_ not in _TIME_ENTS and objs[0].pos_ != "PROPN":
                return objs[0].left_edge.i, p.right_edge.i
    return None


def _content_range(tok, lemma: str, lex: Lexicon) -> tuple[int, int] | None:
    """Token range [l, r] of what the reporting verb `tok` reports, or None.

    Tried by the verb's lexicon classes in turn: speech/cognition clause, request, accusation,
    intention ("plans [to resign]"), object ("cited [three failures]"), a parenthetical speech verb,
    "reported on …".
    """
    rng = None
    if lemma in lex.speech or lemma in lex.cognition:
        c = _pick_ccomp(tok)
        if c is not None:
            if _embedded_question(tok, c, lemma):
                return None
            rng = _speech_content(tok, c, lemma, lex)
    if rng is None and lemma in lex.request:
        rng = _request_content(tok, lemma)
    if rng is None and lemma in lex.accuse:
        rng = _accusation_content(tok, lemma)
    if rng is None and lemma in lex.intent:
        xs = _right_children(tok, ("xcomp",))
        if xs and tok.doc[xs[0].left_edge.i].lower_ == "to":
            rng = _stated(tok.doc, (xs[0].left_edge.i, xs[0].right_edge.i), None, lex)
    if rng is None and lemma in lex.object:
        objs = _right_children(tok, ("dobj",))
        if objs and objs[0].pos_ != "PRON" and not _is_source_like(objs[0], lex):
            rng = _stated(tok.doc, (objs[0].left_edge.i, objs[0].right_edge.i), objs[0], lex)
    if rng is None and lemma in lex.speech and tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        rng = _parenthetical_content(tok)
    if rng is None and lemma in lex.report_on and not any(c.dep_ == "ccomp" for c in tok.children):
        rng = _report_on_content(tok)
    if rng is not None and lemma in lex.acclaim and not any(t.text in _QUOTE_MARKS for t in tok.doc[rng[0]:rng[1] + 1]):
        return None  # "praised the governor for her courage" is an act of praise, not reported words
    return rng


_AGENT_PRONOUNS = {"he", "she", "they", "we", "i"}


def _that_clause_of_agent(tok) -> tuple[int, int] | None:
    """Any verb whose subject is a person or organisation and whose complement is a that-clause
    ('Clinton argued that …', 'the campaign insists that …'): an attribution even when the verb is
    not in the lexicon."""
    if tok.pos_ != "VERB":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in _AGENT_PRONOUNS):
        return None
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return _clause_range(tok, c)
    return None


def _according_content(tok, obj) -> tuple[int, int] | None:
    """The clause 'according to X' modifies, without the phrase; else the rest of the sentence."""
    sent = sentence_of(tok)
    phrase_l = tok.i
    phrase_r = max(obj.right_edge.i, tok.i + 1)
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and sent.start <= head.i < sent.end:
        L, R = head.left_edge.i, head.right_edge.i
        for child in head.rights:  # "…, according to X, but Y maintains …": Y's clause is not X's
            if child.i > phrase_r and child.dep_ == "conj" and \
                    any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                cut = child.left_edge.i
                while cut - 1 > phrase_r and (head.doc[cut - 1].dep_ == "cc" or head.doc[cut - 1].is_punct):
                    cut -= 1
                R = min(R, cut - 1)
                break
        for child in head.lefts:
            if child.i < phrase_l and child.dep_ in ("cc",) and child.i == L:
                L += 1
        if phrase_r < head.i:
            return max(L, phrase_r + 1), R
        if phrase_l > head.i:
            return L, min(R, phrase_l - 1)
    left = (sent.start, phrase_l - 1)
    right = (phrase_r + 1, sent.end - 1)
    best = max((left, right), key=lambda lr: lr[1] - lr[0])
    return best if best[1] >= best[0] else None


def _reading(tok, lex: Lexicon, segs) -> tuple[tuple[int, int] | None, object, str]:
    """(content range, speaker word, cue) of `tok` read as a reporting cue, or (None, None, cue).

    Tried in turn: "according to X"; a lexicon verb's content (`_content_range`); any verb of a
    person with a that-clause; the learned cue (`learned.py`) for verbs, nouns and adjectives
    ("her complaints about the delay", "Lee is hopeful that …").
    """
    obj = _according(tok, lex) if tok.lower_ in _ACCORDING_FIRST else None
    if obj is not None:
        if obj.lower_ in ("which", "whom", "who", "that"):
            return None, None, tok.text  # "a report, according to which …": the relative clause, not the sentence
        return _according_content(tok, obj), refine_head(obj, lex), "according to"
    if _asked_of_the_speaker(tok) or _discourse_marker(tok):
        return None, None, tok.text
    poll = _poll_of(tok, lex)
    if poll is not None:
        return _according_content(tok, poll), refine_head(poll, lex), tok.text
    rng = None
    if tok.pos_ in ("VERB", "AUX"):
        rng = _content_range(tok, tok.lemma_.lower(), lex) or _that_clause_of_agent(tok)
    if rng is not None:
        return rng, refine_head(_inverted_subject(tok) or subject_of(tok, segs, lex=lex), lex), tok.text
    cand = learned_reading(tok, lex) if tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") else None
    if cand is None:
        return None, None, tok.text
    rng = (cand.left, cand.right)
    if cand.kind == "passive":
        holder = cand.comp  # "[the plan] was backed by Kell": the agent
    elif tok.pos_ == "NOUN":
        holder = _noun_holder(tok, segs, lex, rng)
    elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.i != tok.i:
        holder = subject_of(tok.head, segs, lex=lex)  # "Lee seemed hopeful that …": Lee
    elif tok.pos_ == "ADJ" and tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX") and \
            any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children):
        holder = subject_of(tok.head, segs, lex=lex)  # "Kell made it clear that …": "it" stands in for the clause
    else:
        holder = subject_of(tok, segs, lex=lex)
    return rng, refine_head(holder, lex), tok.text


def _poll_of(tok, lex: Lexicon):
    """PolNeAR's broad attributions only (the learned cue switched on): a clause's "in <poll>" phrase makes the
    clause the poll's finding ('In a Lantern poll, Kell led Marek', 'Kell is ahead in the latest surveys', 'in the
    average of state polls'); the poll's noun, or None. Not a report's own verb ("said in a poll" is the saying's)."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or not (lex.cue_model or {}).get("enabled"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or lex.is_cue_verb(verb.lemma_.lower()) or verb.lemma_.lower() in lex.cognition:
        return None
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    if not main or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE for c in verb.children):
        return None  # 'Lund, who leads in the polls', 'as he rises in the polls': no finding told
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or not any(c.dep_ != "det" for c in obj.children):
        return None  # "rose in the polls" is an idiom; a finding names its poll ("a Lantern poll", "the latest polls")
    of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None) if obj.lemma_.lower() in lex.finding_heads else None
    polls = [t for t in (obj, of) if t is not None and (t.lower_ in lex.finding_nouns or
                                                         t.lemma_.lower() in lex.finding_nouns)]
    return obj if polls else None


_MARKER_WORDS = {"that", "this", "being", "having", "with", "all", "been"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}


def _discourse_marker(tok) -> bool:
    """'That said, the plan stalls', 'Having said that, …', 'That being said, …': a connective opening its
    sentence, no report (the words before the comma are only the cue and demonstratives)."""
    if tok.lemma_.lower() != "say":
        return False
    doc = tok.doc
    first = sentence_of(tok).start
    comma = next((t.i for t in doc[tok.i + 1:min(tok.i + 3, len(doc))] if t.text == ","), None)
    return comma is not None and tok.i - first <= 3 and all(
        t.lower_ in _MARKER_WORDS for t in doc[first:comma] if t.i != tok.i) and doc[first].lower_ in _MARKER_WORDS


def _asked_of_the_speaker(tok) -> bool:
    """'Asked whether the plan would pass, Kell said …': the question is an unnamed reporter's, put to the
    main clause's subject ("Kell was asked whether …" too); a passive "asked" with no agent reports no one's
    words ("asked by X" does, and so does "Kell has asked whether …")."""
    if tok.lemma_.lower() != "ask" or tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"auxpass", "nsubjpass"}) or (tok.dep_ == "advcl" and not deps & {"nsubj", "aux"})


def _noun_holder(tok, segs, lex: Lexicon, content: tuple[int, int] = (-1, -1)):
    """Whose attitude a noun reports: its possessor ("her doubts about …"), its by/from agent ("complaints
    from farmers"), else the subject of the verb it is the object of ("Lee voiced doubts that …") or whose
    prepositional phrase it ends ("Lee campaigned in hopes of …"). Not an object inside the noun's `content`
    (token range): in 'Lee rose to the defense of Kell' Kell is what the defense is about, Lee defends."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or g.pos_ == "PRON") and \
                        not content[0] <= g.i <= content[1]:
                    return g
    if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head, segs, lex=lex)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head.head, segs, lex=lex)  # "Lee campaigned in hopes of …": Lee
    return None


def _runs_out_of_a_quote(start: int, end: int, direct_spans) -> bool:
    """Does the range open at or inside a direct quote and run on past its end (the quote's words, its
    closing mark and what follows)?"""
    return any(s <= start < e < end for s, e in direct_spans)


def _words_outside(text: str, start: int, end: int, direct_spans) -> int:
    return len(_WORD.findall(text[start:end])) - sum(
        len(_WORD.findall(text[max(s, start):min(e, end)])) for s, e in direct_spans if overlap((start, end), (s, e)))


def _mostly_quoted(text: str, start: int, end: int, direct_spans, quoted: int) -> list[tuple[int, int]] | None:
    """The direct quotes a clause absorbs when at least half of it is their words.

    "Lee said that “the plan is dead.”", "he called it a “stiff”", "told the crowd that the country
    should be led by those “who put it first”", "called the law “much better” than the old one": the
    clause is the content (the lead-in and a short tail belong to it), and replaces the direct quotes
    inside it. None when the clause runs on well past its last quote (more than 12 words).
    """
    inside = [(s, e) for s, e in direct_spans if start <= s and e <= end + 2]
    words = len(_WORD.findall(text[start:end]))
    if quoted < 0.5 * (end - start) or not inside or \
            words - _words_outside(text, start, end, direct_spans) < MIXED_QUOTED_SHARE * words:
        return None
    first, last = min(s for s, _ in inside), max(e for _, e in inside)
    if first <= start or len(_WORD.findall(text[last:end])) > MIXED_TAIL_WORDS:
        return None
    if ":" in text[start:first]:
        return None  # "… issued a warning to Kell: “…,” the mayor said": narration introduces the quotation
    return inside


def indirect_quotes(doc, ctx, lex: Lexicon, direct: list[Quote], segments=None,
                    absorbed: set | None = None) -> list[Quote]:
    """Indirect reports of speech (ids are set by the caller).

    `absorbed` receives the (start, end) of direct quotes that a mixed quote takes in (see
    `_mostly_quoted`); the caller drops them.
    """
    text = doc_text(doc, ctx)
    if segments is None:
        segments = find_segments(text)
    segs = sorted((s.start, s.end) for s in segments if not s.single)
    direct_spans = [(q.start, q.end) for q in direct]
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    seg_starts = [s for s, _ in segs]
    actors = ActorLookup(doc, ctx)
    broad = bool((lex.cue_model or {}).get("enabled"))
    for tok in doc:
        if tok.is_punct or tok.is_space or (tok.pos_ not in _CUE_POS and tok.lower_ not in _ACCORDING_FIRST):
            continue  # (`_reading` finds no content for a word of another part of speech but according/in/as)
        k = bisect_right(seg_starts, tok.idx) - 1
        if k >= 0 and tok.idx < segs[k][1]:
            continue  # inside quotation marks
        rng, speaker_tok, cue = _reading(tok, lex, segs)
        if rng is None:
            continue
        l, r = trim_punct(doc, *rng)
        if r - l < (0 if broad else 1) or _purpose_of_a_thing(tok, l, ctx, lex):
            continue
        start, end = doc[l].idx, doc[r].idx + len(doc[r])
        if (start, end) in seen or ctx.in_provenance(start, end):
            continue
        quoted = sum(overlap((start, end), d) for d in direct_spans)
        takes = _mostly_quoted(text, start, end, direct_spans, quoted) if quoted else None
        if takes:
            end = max(end, max(e for _, e in takes))
            if end < len(text) and text[end] in _CLOSING_MARKS:
                end += 1  # 'that “…”' carries both its marks
        elif quoted >= 0.5 * (end - start) or (quoted and _words_outside(text, start, end, direct_spans) <= 4):
            continue  # 'called his admission a “political maneuver”' with more around it: the direct quote says it
        if tok.idx >= end and _runs_out_of_a_quote(start, end, direct_spans) and \
                (speaker_tok is None or start <= speaker_tok.idx < end):
            continue  # '“…,” pilot Paul Ruiz, wearing a “…” badge, said': a direct quote and its tag, misparsed
        if speaker_tok is not None and start <= speaker_tok.idx < end and \
                not tok.left_edge.i <= speaker_tok.i <= tok.right_edge.i:
            speaker_tok = None  # the parser took part of the content as the subject
        seen.add((start, end))
        speaker = resolve(speaker_tok, ctx, lex, segs, tok, actors) if speaker_tok is not None else None
        if takes and absorbed is not None:
            absorbed.update(takes)
        out.append(Quote(id="", kind="mixed" if quoted else "indirect", text=text[start:end], start=start, end=end,
                         speaker=speaker.actor if speaker else None,
                         speaker_text=speaker.text if speaker else None, cue=cue,
                         speaker_start=speaker.start if speaker else None,
                         speaker_end=speaker.end if speaker else None))
    return out
