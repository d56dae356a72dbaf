"""Readings of a trigger word that its lexicon flags rule out in the clause at hand (`sense_vetoes`).

The flags are data (`knowledge/data/plover_triggers.json`, on a word's sense of one type); the tests that read
them from the parse live here.
"""
from __future__ import annotations

from .clauses import EASING_TYPES
from .dictionary import match_verb
from .triggers import Candidate, child


def _sense_flags(cand: Candidate, lex) -> dict:
    """The lexicon's flags on the candidate word's readings of its type (for the model's candidates too)."""
    t = cand.trigger
    table = lex.verbs if t.pos_ == "VERB" else lex.nouns
    flags: dict = {}
    for s in table.get(t.lemma_.lower(), ()):
        if s.get("type") == cand.type:
            flags.update(s)
    return flags


def sense_vetoes(cand: Candidate, roles, finder, lex) -> bool:
    """Readings the lexicon's flags rule out in this clause:
    - `needs_content`: agreeing names what is agreed ("Osei agreed with Kell" is an opinion; "agreed to meet
      Kell" is not; a reporting clause after a comma, "agreed with Kell, the poll found", is no content; nor is a
      that-clause after a present tense, "voters agree that the roads are poor");
    - `not_with_complement`: "demonstrated that …", "rallied thousands to …" report no protest;
    - `forecast_unless_own`: a warning with no addressee about what others will do is a forecast (`_forecast`);
    - `own_unless_against`: a person's or a party's own rally ("Kell held a rally", "at Kell's rally") is no
      protest unless it is against someone ("an anti-Kell rally", "rallied against the tax");
    and a measure its verb lifts or eases is no imposition (`eased_measure`)."""
    if eased_measure(cand, lex):
        return True
    flags = _sense_flags(cand, lex)
    if not flags:
        return False
    t = cand.trigger
    verb = t.pos_ == "VERB"
    if flags.get("needs_content") and verb:
        content = [c for c in t.children if c.i > t.i and (c.dep_ in ("xcomp", "ccomp", "dobj") or (
            c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")))]
        content = [c for c in content if not any(w.text == "," for w in t.doc[t.i:c.left_edge.i])]
        if not content:
            return True
        # "most voters agree that the roads are poor": agreeing in the present that something is so is an opinion
        if t.tag_ in ("VBZ", "VBP") and all(c.dep_ == "ccomp" for c in content) and not any(
                c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
    if flags.get("forecast_unless_own") and verb and _forecast(t, roles, finder, lex):
        return True
    if flags.get("own_unless_against") and any(
            (c.dep_ == "prep" and c.lower_ == "against") or c.lower_.startswith("anti") for c in t.children):
        return False
    if flags.get("not_with_complement") and verb and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children):
        return True
    if flags.get("own_unless_against"):
        return any(finder.kind_of(a) in ("person", "organization") for a in roles.source) or any(
            c.dep_ == "poss" for c in t.children)
    return False


# the readings of a verb that undo a measure are clauses.EASING_TYPES (PLOVER: easing economic sanctions is RETREAT,
# administrative ones CONCEDE); the CAMEO codes of easing (081 administrative sanctions, curfews, emergencies; 085
# economic sanctions, boycotts, embargoes), and the readings of a noun that impose a measure
EASING_CODES = ("081", "085")
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


def eased_measure(cand: Candidate, lex) -> bool:
    """Is the candidate a measure ("a ban", "sanctions", "the curfew") its verb lifts or eases ("lifted its ban on
    imports", "the curfew was eased", "waived the sanctions")? The verb's lexicon sense of easing names the noun
    among its objects, or the field's dictionary reads the clause as easing (a pattern of its own words coded 081 or
    085: "revoke … ban", "end … embargo"); that verb tells the event, and the measure it undoes is no new imposition."""
    t = cand.trigger
    if t.pos_ != "NOUN" or cand.type not in MEASURE_TYPES or t.dep_ not in ("dobj", "nsubjpass") or t.head.pos_ != "VERB":
        return False
    words = {t.lemma_.lower(), t.lower_}
    if any(s.get("type") in EASING_TYPES and words & set(s.get("objects", ()))
           for s in lex.verbs.get(t.head.lemma_.lower(), ())):
        return True
    m = match_verb(lex.dictionary, t.head) if lex.dictionary is not None else None
    return m is not None and m.words > 0 and m.code.startswith(EASING_CODES)


def _forecast(t, roles, finder, lex) -> bool:
    """'Officials warned that the river would flood', 'the agency warns of ice': a warning that addresses nobody
    and tells what others or the world will do is a forecast, not a threat. 'Ostland warned that it would
    retaliate' (its own act), 'warned Kell not to …', 'warned against the plan' and 'warned that the organisers
    would be arrested' (a punishment whose doer goes unsaid, `threatened_party`) stay threats."""
    if any(c.dep_ in ("dobj", "dative", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("against", "to"))
           for c in t.children):
        return False
    clauses = [c for c in t.children if c.dep_ == "ccomp"]
    if not clauses and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False
    for clause in clauses:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if threatened_party(clause, lex) is not None and (roles.target or finder.actors_of(subj)):
            return False
        doers = [subj, *(c for c in subj.children if c.dep_ == "poss")]  # "its forces would respond"
        if subj.lower_ in ("i", "we") or any(set(finder.actors_of(d)) & set(roles.source) for d in doers):
            return False
    return True


# acts a warning threatens someone with when its clause says only who would undergo them
PUNITIVE = frozenset({"COERCE", "SANCTION", "ASSAULT"})


def threatened_party(clause, lex):
    """The one a warning's clause says would undergo a coercion, a sanction or an attack, no doer named ("warned
    that the organisers would be arrested", "… that Kell's aides would be expelled"): the warner's side is the
    unsaid doer, so this is whom the warning threatens. None for an active clause, a passive with its agent ("would
    be arrested by the army": a forecast of another's act) or an act of another kind ("the bridge would be closed")."""
    from .learned import _dict_match, _hand_type
    subj = child(clause, "nsubjpass")
    if clause.pos_ != "VERB" or subj is None or child(clause, "agent") is not None:
        return None
    m = _dict_match(clause, lex)
    return subj if _hand_type(clause, lex) in PUNITIVE or (m is not None and m.default_type in PUNITIVE) else None


# what a survey finds is a result, not an act (GOLD conventions: poll and election results are no events)
POLL_NOUNS = frozenset({"poll", "survey", "polling"})


def poll_finding(cand: Candidate) -> bool:
    """Is the candidate what a poll found ("a new poll found that most voters support Kell", "most voters
    oppose the plan, the survey shows", "according to the survey, most voters oppose the plan")?"""
    cur = cand.anchor if cand.anchor is not None else cand.trigger
    if _according_to_poll(cur):
        return True
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head == cur:
            return False
        via, cur = cur.dep_, cur.head
        if via == "ccomp" and any(c.dep_ == "nsubj" and c.lemma_.lower() in POLL_NOUNS for c in cur.children):
            return True
    return False


def _according_to_poll(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "according" and any(o.lemma_.lower() in POLL_NOUNS for o in c.subtree)
               for c in verb.children)
