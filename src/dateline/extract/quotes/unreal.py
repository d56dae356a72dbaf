"""Attitude cues that report nothing anyone said or found (issue 10, speech only).

A cognition or evidential verb that is no verb of saying ("find", "prove", "show", "believe") reports a finding or a
belief only when it happened. Two readings of such a verb say nothing of the kind:

- an unrealised one: an obligation or an attempt ("Kell must prove that he can win", "will have to show that …",
  "an effort to prove that …", "voters need to believe that …"), where the clause is what is yet to be shown;
- a reflexive small clause ("Kell found himself defending the plan", "she considers herself a moderate"), which
  tells of the subject's state, not of a finding about the world.

A thing cannot intend either: an intention verb that foretells (`foretelling`: "threaten", "promise") whose subject is a thing ("the storm
threatened to cut power", "a case that had threatened to cripple the unions", "that threatened to …") foretells, it
reports no one's words; "the union threatened to strike" stays.

Speech verbs keep their reading ("Kell must confirm that …" is left alone), and so do raising verbs that hedge a real
report ("Kell seemed to suggest that …"). The words that make a reading unrealised are data
(reporting_verbs.json `unrealised_heads`, `obligation_modals`).
"""
from __future__ import annotations

from ...record import Quote
from .agents import a_thing
from .turns import _cue_token, _subject_heads

_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself",
                         "yourselves", "oneself"})


def _attitude_cue(cue, lex) -> bool:
    """A cognition or evidential verb that is no verb of saying."""
    lemma = cue.lemma_.lower()
    return (lemma in lex.cognition or lemma in lex.evidential) and lemma not in lex.speech


def unrealised(cue, lex) -> bool:
    """Is the cue verb an obligation or an attempt, not an act: "must prove", "has to show", "tried to prove", "an
    effort to prove", "is unable to show"? An infinitive under a verb or adjective of `unrealised_heads`, an
    infinitive modifying a noun, or an obligation modal."""
    if any(c.dep_ == "aux" and c.lower_ in lex.obligation_modals for c in cue.children):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    head = cue.head
    if cue.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return True  # "an effort to prove that …", "the first chance to show that …"
    return cue.dep_ in ("xcomp", "ccomp", "advcl") and head.lemma_.lower() in lex.unrealised_heads


def reflexive_state(cue, q: Quote, text: str) -> bool:
    """ "Kell found himself defending the plan": the content opens with a reflexive pronoun, the subject of the
    small clause the cue reports."""
    first = text[q.start:q.end].split(None, 1)
    if not first or first[0].lower().strip(",.") not in _REFLEXIVES:
        return False
    return any(c.lower_ in _REFLEXIVES for c in cue.subtree if c.i > cue.i)


def unreal_attitude(q: Quote, index, text: str, lex) -> bool:
    """An indirect report whose attitude cue is unrealised or reflexive (see the module's note). Speech only."""
    if q.kind == "direct" or not q.cue or (lex.cue_model and lex.cue_model.get("enabled")):
        return False
    cue = _cue_token(index, q)
    if cue is None or not _attitude_cue(cue, lex):
        return False
    return unrealised(cue, lex) or reflexive_state(cue, q, text)


def unsaid_speech(q: Quote, index, lex) -> bool:
    """A speech verb's to-infinitive under a plan, wish, expectation, duty or refusal ("Kell plans to tell the
    council that …", "is expected to say that …"): words not said, so no quote (`unsaid_heads`). Indirect reports
    only (words in quotation marks were said by someone), and speech only."""
    if q.kind != "indirect" or not q.cue or (lex.cue_model and lex.cue_model.get("enabled")):
        return False
    cue = _cue_token(index, q)
    if cue is None or not lex.is_cue_verb(cue.lemma_.lower()) or cue.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return cue.head.lemma_.lower() in lex.unsaid_heads or cue.head.lower_ in lex.unsaid_heads


def _thing(head, ctx, lex) -> bool:
    """A subject word that names a thing: a demonstrative or indefinite thing pronoun ("that", "something"), or a
    common noun no person, group or actor ("the storm", "the new rules")."""
    kinds = lex.no_source or {}
    if head.pos_ == "PRON" or head.tag_ == "DT":
        return head.lower_ in kinds.get("things", ()) or head.lower_ in ("that", "which")
    if head.lower_ in kinds.get("quantifier", ()) or head.lower_ in kinds.get("generic", ()):
        return False  # "others vowed to …": people
    low = head.lemma_.lower()
    if low in lex.document_nouns or low in lex.statement_nouns or head.lower_ in lex.document_nouns:
        return False  # "the report threatens to …": a document speaks
    return a_thing(head, ctx)


def thing_intends(q: Quote, index, ctx, lex) -> bool:
    """An intention verb whose subject is a thing (see the module's note). Speech only."""
    if q.kind != "indirect" or not q.cue or (lex.cue_model and lex.cue_model.get("enabled")):
        return False  # words in quotation marks stay: someone wrote them
    cue = _cue_token(index, q)
    if cue is None or cue.lemma_.lower() not in lex.foretelling:
        return False
    heads = _subject_heads(cue)
    if len(heads) == 1 and heads[0].tag_ == "WDT" and cue.dep_ == "relcl":
        heads = [cue.head]  # "a case that had threatened to …": the relative clause's noun
    return bool(heads) and all(_thing(h, ctx, lex) for h in heads)
