"""Who said it: from a reporting cue to the speaker's words, then to an actor id.

The speaker is read from the parse (the cue verb's subject, the object of
"according to", the possessor of "his message", the agent of "a statement
released by …"), its surface span kept as `speaker_text`, and resolved
through the actors extractor's mentions (`ctx.actor_for`), which carry the
coreference (pronouns, descriptions, anonymous sources). When no mention
covers the speaker, the surface words stay in `speaker_text` and the actor
id is None; nothing here invents actors.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...knowledge.reporting import Lexicon
from ..sentences import sentence_of
from .span_model import learned_right
from .tags import past_title, title_start

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "ccomp", "pcomp", "dep", "parataxis", "acl", "prep", "relcl")
RELATIVE = {"who", "which", "that", "whom", "whose"}
_DASHES = {"—", "–", "--", "―"}


@dataclass(slots=True)
class Speaker:
    """A speaker's surface words and, when resolved, its actor id."""
    start: int
    end: int
    text: str
    actor: str | None


def subject_of(verb, quoted=(), max_climb: int = 5, lex: Lexicon | None = None):
    """The subject of a reporting verb; participles and clauses borrow their head's subject.

    Heads inside quotation marks are passed over: in '“…,” further saying' the
    participle hangs off a verb of the quote, whose subject is not the speaker.
    """
    nearer = _nearer_clause_subject(verb)
    if nearer is None:
        nearer = _reporter_above(verb, quoted, lex)
    if nearer is not None:
        return nearer
    tok = verb
    for _ in range(max_climb):
        in_quote = tok.i != verb.i and any(s <= tok.idx < e for s, e in quoted)
        kids = () if in_quote else list(tok.children)
        name = None if in_quote else modal_name(tok)
        if name is not None:
            return name
        # a passive verb's doer is its agent, not its subject ("X was told by aides that …"; "the plan was
        # attacked by X, saying …": X speaks, not the plan)
        agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        asked = tok.i != verb.i and lex is not None and tok.lower_ in lex.question_cues
        for child in kids:
            if child.dep_ == "nsubjpass" and agent is not None and not asked:
                return agent  # but "X was asked … by reporters, responding …": the one asked answers
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in ("there",) or (child.lower_ == "it" and child.dep_ == "nsubjpass"):
                    return None  # "it was reported that …": no source
                return _after_dateline(tok, child)
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and not in_quote:
            head = tok.head
            if (tok.dep_ == "acl" and _issued_statement(head, lex)) or _object_infinitive(tok):
                tok = head.head  # "X issued a statement saying …", 'X took the chance to say …': X speaks
                continue
            # "a statement released …, saying", "officials meeting …, saying" speak; "a news
            # conference announcing …" does not: its speaker is the subject further up
            if tok.dep_ == "relcl" or head.pos_ == "PROPN" or head.ent_type_ or head.tag_ == "NNS" or \
                    (lex is not None and head.lemma_.lower() in lex.speaking_nouns):
                return head
        controller = _object_controller(tok, quoted, lex)
        if controller is not None:
            return controller
        if tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        if _adjective_frame(tok, verb):
            return _adjective_subject(tok.head)
        framed = _gerund_frame(tok, verb)
        if framed is not None and framed.pos_ in ("VERB", "AUX"):
            tok = framed
            continue
        if framed is not None:
            return framed
        break
    return _misattached_subject(tok, quoted) or _appositive_subject(tok, quoted)


def _object_infinitive(tok) -> bool:
    """Is `tok` a to-infinitive completing a common noun that is a verb's object ('took the opportunity to say',
    'took pains to stress')? The noun does not speak: the verb's subject does. Not when the verb only has or gives
    the chance ('has the right to say', 'gave Kell a chance to say'): no words are reported as said."""
    head = tok.head
    return tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
        head.pos_ == "NOUN" and not head.ent_type_ and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX") \
        and head.head.i < head.i and head.head.lemma_ not in _HAVING and \
        not any(c.dep_ in ("dative", "iobj") for c in head.head.children)


_HAVING = frozenset(("have", "get", "give", "lack", "need", "want", "deserve", "deny"))


def _object_controller(tok, quoted=(), lex: Lexicon | None = None):
    """The object that is an infinitive's subject (object control): 'the defeat led her to declare that …',
    'the ruling prompted Lund to say that …' — her and Lund speak, not the defeat or the ruling. The object (a
    name, an entity or a personal pronoun, outside quotation marks) of a verb of causing or letting
    (`lex.control_heads`) that the subjectless infinitive completes; a purpose clause ('used the platform to
    discuss …', 'emailed Lund to thank him') keeps the subject's voice."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i or lex is None or head.lemma_.lower() not in lex.control_heads or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or any(s <= obj.idx < e for s, e in quoted):
        return None
    personal = obj.lower_ in ("her", "him", "them", "us", "me")
    return obj if personal or obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") else None


NAME_MODALS = ("Will", "May")
"""Modals that are also surnames (George Will, Theresa May): the parser reads 'May said …' as a modal."""


def modal_name(verb):
    """'May said that …', '“…,” Will wrote': a capitalised modal before a past, third-person or participle form
    (a modal takes the bare verb) with no subject is the name the parser misread; None otherwise."""
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.lefts:
        if c.dep_ == "aux" and c.text in NAME_MODALS and \
                all(t.pos_ == "ADV" for t in verb.doc[c.i + 1:verb.i]):
            return c
    return None


def gerund_frame(verb):
    """The holder `_gerund_frame` finds for a gerund cue, from the cue itself."""
    return _gerund_frame(verb.head.head, verb)


def _gerund_frame(tok, verb):
    """A gerund cue under a preposition whose head is no verb ('stopped short of calling for …', 'makes no
    apologies for accusing …', 'her habit of praising …'): the noun's possessor, else the verb the head word
    belongs to (as its adverb or its only object), whose subject then speaks; None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or tok.i != verb.head.head.i or tok.pos_ not in ("NOUN", "ADJ", "ADV"):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    head = tok.head
    if tok.dep_ not in ("advmod", "dobj", "attr", "npadvmod") or head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return None
    if any(c.dep_ in ("dative", "iobj") or (c.dep_ == "dobj" and c.i != tok.i) for c in head.children):
        return None  # "voters gave Kell credit for opposing …": the credit is Kell's, not the voters'
    return head


def _adjective_frame(tok, verb) -> bool:
    """Did the climb from the cue reach an adjective of a copula through its to-infinitive ('Kell was quick to
    add that …', 'Lund is likely to argue that …')? Then the copula's subject speaks."""
    return tok.dep_ == "acomp" and tok.pos_ == "ADJ" and tok.head.pos_ in ("AUX", "VERB") and \
        tok.i < verb.i and any(c.dep_ == "xcomp" and c.left_edge.i > tok.i for c in tok.children) and \
        not any(c.lower_ in ("too", "enough") for c in tok.children)  # "too close to call" is a degree, no speech


def _adjective_subject(copula):
    """The copula's subject, but not an expletive ("It is hard to say whether …" names no one)."""
    subj = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "there", "this", "that") or subj.lower_ in RELATIVE - {"who"}:
        return None
    return subj


def _issued_statement(noun, lex: Lexicon | None) -> bool:
    """'X issued a statement saying …', 'X sent out a press release saying …': a statement noun with no
    author of its own that is the object of a verb; its participle speaks for that verb's subject."""
    if lex is None or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.lemma_.lower() not in lex.statement_nouns and noun.lower_ not in lex.statement_nouns:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)


def _misattached_subject(verb, quoted=()):
    """A finite verb left without a subject because the parser hung the clause that has it under the verb
    ('Kell described the plan as “reckless,” criticized its cost and said …': "described" became a
    complement of "criticized"): the subject of a complement clause before it, outside quotation marks. A name or
    pronoun; a common noun only when the clause ends in its own "and" ('The union met on Monday and, after …,
    said …': the coordination shows the misreading)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for child in verb.lefts:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX") or any(s <= child.idx < e for s, e in quoted):
            continue
        subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
        pos = ("PROPN", "PRON", "NOUN") if any(c.dep_ == "cc" and c.i > subj.i for c in child.children
                                               if subj is not None) else ("PROPN", "PRON")
        if subj is not None and subj.pos_ in pos and subj.lower_ not in RELATIVE | {"it", "there"} \
                and not any(s <= subj.idx < e for s, e in quoted):
            return subj
    return None


def _appositive_subject(verb, quoted=()):
    """A finite verb left without a subject because the parser hung the name right before it as an apposition of
    a noun in the opening phrase ('Campaigning for his wife, former governor Tom Lund said …', 'In a call on
    Monday, Col. Ana Marsh, an army spokeswoman, said …'): on the path from the word before the verb up to the
    verb, through the verb's left dependents outside quotation marks, the nearest apposition that is a person's or
    organisation's name ("…, Ana Lund, former governor Tom Lund said" is Tom Lund's), else the highest one."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i < 0 or any(s <= doc[i].idx < e for s, e in quoted):
        return None
    for left in verb.lefts:  # 'WASHINGTON -- President Kell, dedicating …, said': the dateline took the name in
        if left.dep_ == "npadvmod" and _person_after_place(left, subject=False) is not None:
            return _person_after_place(left, subject=False)
    tok, top, name = doc[i], None, None
    for _ in range(12):
        if tok.i >= verb.i or tok.head.i == tok.i:
            return None
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.pos_ in ("PROPN", "NOUN"):
            top = tok
            if name is None and tok.ent_type_ in ("PERSON", "ORG") and tok.right_edge.i >= i:
                name = tok
        if tok.head.i == verb.i:
            top = name or (top if top is not None and top.pos_ == "NOUN" and not top.ent_type_ and
                           top.right_edge.i >= i else None)
            return top if top is not None and not any(s <= top.idx < e for s, e in quoted) else None
        tok = tok.head
    return None


def _nearer_clause_subject(verb):
    """'X expressed outrage, although the statement … sought to soften it, saying …': a participle
    right after a subordinate or coordinate clause with its own subject belongs to that clause."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > verb.head.i and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    if i <= verb.head.i:
        return None
    tok = doc[i]
    for _ in range(6):
        if tok.i <= verb.head.i:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "conj") and tok.head.i == verb.head.i:
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.lower_ not in RELATIVE and subj.lower_ not in ("it", "there"):
                return subj
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _reporter_above(verb, quoted=(), lex: Lexicon | None = None):
    """'Lund said the levy was unfair and that the council had ignored farmers, adding, “…”': a participle cue
    after a comma that the parser hung on a reported clause is the reporter's, not the clause subject's. The first
    clause above the participle with a subject (through advcl / xcomp / conj) is the complement of a cue verb
    that stands before it; that verb's subject, outside quotation marks, speaks."""
    if lex is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or not lex.is_cue_verb(verb.lemma_.lower()) \
            or verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    tok = verb.head
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or tok.dep_ not in ("advcl", "xcomp", "conj"):
            break
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    rep = tok.head
    if tok.dep_ != "ccomp" or rep.i > tok.left_edge.i or not lex.is_cue_verb(rep.lemma_.lower()):
        return None
    subj = next((c for c in rep.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in RELATIVE | {"it", "there"} or any(s <= subj.idx < e for s, e in quoted):
        return None
    return subj


def _place_word(t) -> bool:
    """A place name or a dateline's capitals ('SALEM', 'WASHINGTON')."""
    return t.ent_type_ in ("GPE", "LOC") or (len(t.text) > 1 and t.text.isupper())


def _spaced_dash(t) -> bool:
    """A dash standing between words ('SALEM -- Kell', 'SALEM - Kell'), not a hyphen inside one ('ex-wife')."""
    return t.text in _DASHES | {"-"} and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _after_dateline(verb, subj):
    """Of two subjects the parser gave one verb, a dateline's place and the name after its dash ('LONDON (AFP) –
    Ana Kell has said …'), the name."""
    if not _place_word(subj):
        return subj  # 'the party's leaders -- Kell, Lund and Ruiz -- all plan …' is no dateline
    later = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > subj.i]
    doc = verb.doc
    if later and any(_spaced_dash(t) for t in doc[subj.i + 1:later[-1].left_edge.i]):
        return later[-1]
    return subj


def _person_after_place(tok, subject: bool = True):
    """A place the parser made the subject (or, with `subject` False, any dependent) with a name apposed or
    coordinated after it and no "and" between (a dateline 'SALEM -- Governor Ana Kell, opening …, said'; 'Speaking
    in Salem, Oregon, Kell said …'): places do not speak, the name after them does."""
    doc = tok.doc
    dateline = tok.text.isupper() and tok.i + 1 < len(doc) and _spaced_dash(doc[tok.i + 1])
    if (tok.ent_type_ not in ("GPE", "LOC") and not dateline) or (subject and tok.dep_ not in SUBJECT_DEPS):
        return None
    names = [c for c in tok.rights if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
             and c.ent_type_ not in ("GPE", "LOC", "NORP") and c.right_edge.i < tok.head.i]
    if not names or any(c.dep_ == "cc" for c in tok.rights):
        return None
    return names[-1]


def _relative_subject(tok) -> bool:
    return tok.lower_ in RELATIVE and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "relcl"


def refine_head(tok, lex: Lexicon, possessor: bool = True):
    """From a subject's head to the speaker: 'his message' → his; 'a statement by X' → X; 'who' → antecedent."""
    if tok is None:
        return None
    if _relative_subject(tok):
        return tok  # resolve() reads its antecedent; the words stay "who"
    if not tok.ent_type_ and tok.pos_ in ("NOUN", "PROPN"):  # "Former US Ambassador …, Nikki Haley"
        for child in tok.rights:
            if child.dep_ in ("appos", "compound", "flat") and child.ent_type_ in ("PERSON", "ORG"):
                return child
    person = _person_after_place(tok)
    if person is not None:
        return person
    if tok.lemma_.lower() in lex.statement_nouns or tok.lower_ in lex.statement_nouns:
        for child in tok.children:
            if child.dep_ == "poss" and possessor:
                return child
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for g in child.children:
                    if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN") and \
                            g.lemma_.lower() not in lex.statement_nouns:
                        return g
            if child.dep_ == "acl":
                for g in child.children:
                    if g.dep_ == "agent":
                        for h in g.children:
                            if h.dep_ == "pobj":
                                return h
    return tok


def noun_span(tok) -> tuple[int, int]:
    """Token range [l, r] of the noun phrase headed by tok, without clauses or appositions."""
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in ("punct", "cc", "relcl", "advmod", "preconj", "appos"):
            continue
        left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nummod") and child.i == right + 1:
            right = child.right_edge.i
        elif child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "for", "from") and child.i == right + 1:
            sub = [t for t in child.subtree]
            if len(sub) <= 4 and any(t.pos_ == "PROPN" for t in sub):
                right = child.right_edge.i
            break
        else:
            break
    if tok.ent_type_:  # never cut a name
        s = tok.i
        while s > 0 and doc[s].ent_iob_ == "I":
            s -= 1
        e = tok.i
        while e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I":
            e += 1
        left, right = min(left, s), max(right, e)
    while left < right and doc[left].is_punct:
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    return left, right


def _relative_before_cue(c, cue) -> bool:
    """'Ana Ruiz, who runs the Kell Foundation, said': a relative clause between the speaker and the cue
    describes the speaker; so does one after a speaker who follows the cue ("said Ana Ruiz, who runs the
    Kell Foundation"), PolNeAR's Source."""
    return c.dep_ == "relcl" and cue is not None and (c.right_edge.i < cue.i or cue.i < c.head.i)


def full_span(tok, cue=None, model: dict | None = None) -> tuple[int, int]:
    """Token range [l, r] of the whole noun phrase: appositions and modifiers included (PolNeAR's Source).

    Never reaches the cue: in 'a message on Twitter blaming Iran' the clause
    with the reporting verb is not part of who speaks.
    """
    doc = tok.doc
    l, r = noun_span(tok)
    learned = learned_right(tok, r, cue, model)
    if learned is not None:  # the learned ends (span_model.py); a bracket opened inside keeps its ')'
        r = learned
        if r + 1 < len(doc) and _closes_bracket(doc, l, r + 1):
            r += 1
        while r > l and (doc[r].is_space or (doc[r].is_punct and not _closes_bracket(doc, l, r))):
            r -= 1
        return l, r
    for child in tok.rights:
        if cue is not None and child.left_edge.i <= cue.i <= child.right_edge.i:
            break
        if child.dep_ in ("appos", "prep", "acl", "relcl", "amod", "compound", "flat", "nummod", "punct", "cc", "conj") \
                and child.i > r:
            if child.dep_ == "punct" and child.i + 1 < len(doc) and not any(
                    c.i > child.i and (c.dep_ in ("appos", "conj") or _relative_before_cue(c, cue)) for c in tok.rights):
                if _closes_bracket(doc, l, child.i):
                    r = child.i
                break
            r = max(r, child.right_edge.i)
    while r > l and (doc[r].is_space or (doc[r].is_punct and not _closes_bracket(doc, l, r))):
        r -= 1
    return l, r


def _closes_bracket(doc, l: int, r: int) -> bool:
    """Is doc[r] the ')' of a '(' inside doc[l:r] ('Sen. Kell (R-Ore.)')?"""
    return doc[r].text == ")" and any(t.text == "(" for t in doc[l:r])


def _phrase_head(tok, lex: Lexicon):
    """The head of the whole source phrase around a speaker word, which the speaker's words keep (PolNeAR's
    Source): the description a name is in apposition to ("The leader of the Kell Foundation, Ana Ruiz,
    said"), the document a name sent ("an email from Ana Ruiz", "a report by the ministry")."""
    head = tok.head
    if tok.dep_ == "appos" and head.i < tok.i and head.pos_ in ("NOUN", "PROPN") and (head.dep_ in SUBJECT_DEPS or (
            head.dep_ == "pobj" and head.head.lower_ in ("to", "by", "from"))) and \
            not (_place_word(head) and any(_spaced_dash(t) for t in head.doc[head.i + 1:tok.i])):
        return head  # not 'Campaigning for his wife, Tom Lund said', nor a dateline 'SALEM -- Gov. Ana Kell said'
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in ("from", "by") and head.head.i < head.i:
        noun = head.head
        if head.dep_ == "agent" and noun.dep_ == "acl" and noun.head.i < noun.i:  # "a statement released by X"
            noun = noun.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.statement_nouns:
            return noun
    return tok


def _entity_of(tok):
    if not tok.ent_type_:
        return None
    for ent in sentence_of(tok).ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def resolve(tok, ctx, lex: Lexicon, quoted=(), cue=None, actors=None) -> Speaker | None:
    """The speaker whose head is `tok`: its words, and its actor id when one can be found.

    `actors` (a `common.ActorLookup` built once per article) makes each lookup logarithmic; without it
    `ctx.actor_for` scans every mention."""
    if tok is None or tok.is_space or tok.is_punct:
        return None
    doc = tok.doc
    actor_for = actors.span if actors is not None else ctx.actor_for
    entity_of = (lambda t: actors.ent_at.get(t.i)) if actors is not None else _entity_of
    if _relative_subject(tok):  # "Bolton, who said …": the words are "who", the speaker its antecedent
        antecedent = tok.head.head
        actor = actor_for(tok.idx, tok.idx + len(tok)) or actor_for(antecedent.idx, antecedent.idx + len(antecedent))
        if actor is None:
            ent = entity_of(antecedent)
            if ent is not None:
                actor = actor_for(ent.start_char, ent.end_char)
        if actor is None and tok.lower_ == "who":
            holder = _phrase_holder(antecedent, _person_nouns(ctx))
            actor = actor_for(holder.idx, holder.idx + len(holder)) if holder is not None else None
        if actor is not None:
            return Speaker(tok.idx, tok.idx + len(tok), tok.text, actor)
        tok = (_phrase_holder(antecedent, _person_nouns(ctx)) if tok.lower_ == "who" else None) or antecedent
    titles = _title_abbreviations(ctx)
    titled = past_title(tok, titles)
    title_at, tok = (noun_span(tok)[0], titled) if titled is not tok else (None, tok)  # 'said Sgt. Maj. Ana Kell
    span_tok = _phrase_head(tok, lex)
    l, r = full_span(span_tok, cue, lex.source_span)
    l = title_start(doc, l if title_at is None else min(l, title_at), titles)
    if len([t for t in doc[l:r + 1] if not t.is_punct]) > 40:
        l, r = noun_span(tok)
    while l < tok.i and any("\n" in doc[k].text_with_ws for k in range(l, tok.i)):
        l += 1  # a speaker's words stay in the speaker's paragraph ('11:05 a.m.\n\nDonald Trump')
    while r > tok.i and any("\n" in doc[k].text_with_ws for k in range(tok.i, r)):
        r -= 1
    while l < span_tok.i and any(doc[k].text in _DASHES for k in range(l, span_tok.i)):
        l += 1  # 'WASHINGTON — Sen. Kell said': the dateline before the dash is no part of the speaker
    while r > l and (doc[r].is_space or "\n" in doc[r].text or (doc[r].is_punct and not _closes_bracket(doc, l, r))):
        r -= 1  # 'Sen. Kell (R-Ore.)' keeps its closing bracket
    while l < r and (doc[l].is_space or doc[l].is_punct):
        l += 1
    span = doc[l:r + 1]
    start, end = span.start_char, span.end_char
    if ctx.in_provenance(start, end):
        return None
    actor = actor_for(tok.idx, tok.idx + len(tok))
    if actor is None:
        ent = entity_of(tok)
        if ent is not None:
            actor = actor_for(ent.start_char, ent.end_char)
    if actors is not None and (tok.pos_ == "PROPN" or tok.text in NAME_MODALS or tok.ent_type_ == "PERSON"):
        # "Kell said" where the parser saw no name (read "May" as a modal, "according to Kell" as a common noun
        # of a person entity): the person named
        actor = actors.surname(tok) if actor is None else actors.other_person(tok, actor)  # Kell; "Eric Kell" ≠ Tom
    if actor is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.statement_nouns:
        issuer = statement_issuer(tok, lex, quoted)
        if issuer is not None:  # "The ministry issued a statement. The statement said …": the ministry's
            found = resolve(issuer, ctx, lex, quoted, None, actors)
            actor = found.actor if found is not None else None
    return Speaker(start, end, span.text, actor)


def _title_abbreviations(ctx) -> dict:
    words = getattr(getattr(ctx, "knowledge", None), "actor_words", None)
    return words.title_abbreviations if words is not None else {}


def _person_nouns(ctx) -> frozenset[str]:
    nouns = getattr(getattr(ctx, "knowledge", None), "events", None)
    return frozenset() if nouns is None else nouns.person_nouns | nouns.group_nouns


def _phrase_holder(noun, person_nouns: frozenset[str]):
    """The person whose phrase a relative clause's thing antecedent ends ('one farmer familiar with the talks, who
    added …': the parser hangs "who" on "talks"; the farmer speaks): from a common noun that names no person, up
    through its preposition (and an adjective or participle) to a person's noun or name; None when there is none."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.dep_ != "pobj" or noun.lemma_.lower() in person_nouns:
        return None
    tok = noun.head
    for _ in range(3):
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.i < noun.i:
            person = tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in person_nouns
            return tok if person else None
        if tok.dep_ not in ("amod", "acl", "prep") or tok.head.i == tok.i:
            return None
    return None


def statement_issuer(tok, lex: Lexicon, quoted=()):
    """Who issued the statement a speaker phrase names without its author ("The statement said …"): the
    subject (or passive agent) of the nearest earlier verb whose object is the same noun ("The ministry
    released a statement", "X said in a statement"), within this sentence and the two before it."""
    doc, lemma = tok.doc, tok.lemma_.lower()
    first = sentence_of(tok).start
    for _ in range(2):
        if first > 0:
            first = sentence_of(doc[first - 1]).start
    for t in reversed(doc[first:tok.i]):
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "through", "via") else t.head
        if t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(s <= t.idx < e for s, e in quoted):
            continue
        if t.dep_ != "nsubjpass":  # "X issued a statement", "X said in a statement"
            subj = subject_of(verb, quoted, lex=lex)
        else:  # "a statement was released by the ministry"
            subj = next((g for c in t.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subj = refine_head(subj, lex)
        if subj is not None and subj.lemma_.lower() not in lex.statement_nouns and subj.i != tok.i:
            return subj
        return None
    return None
