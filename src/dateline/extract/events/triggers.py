"""Find event triggers in the parse: verbs, light-verb + event-noun pairs, nominal events.

Each rule yields a `Candidate` naming the word that reports the event (`trigger`), the clause verb that
carries its subject, tense and negation (`anchor`), the PLOVER type and mode, and the rule's name. Which
words trigger what == data (`plover_triggers.json`); the rules here only read the parse.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.symbols import AUX, NOUN, PROPN, VERB

from ..positions import with_pos
from .amounts import counted_words, measure_of, quantity_or_holding
from .deontic import deontic as _deontic
from .kinds import NAMED_PARTIES, RECEIVING_VERBS, armed, ent_kind, person_kind, verbal_noun_type, verbal_target
from .rated import rated_judgement
# the parse helpers live in tree.py; imported here also for the modules that take them from triggers
from .tree import (OBJ_DEPS, _noun_lemma, _passive, _words, child, direct_object, for_clause,  # noqa: F401
                   is_passive, prep_children, subordinate_clause)


@dataclass(slots=True)
class Candidate:
    type: str
    mode: str | None
    trigger: object          # spaCy Token: the event word
    anchor: object           # spaCy Token: the clause verb (== trigger for verb events)
    rule: str                # e.g. "verb.active", "light.issue", "nominal.between"
    sense: dict = field(default_factory=dict)


# where each type's recipient stands when a reading lists no prepositions of its own
TARGET_PREPS = {
    "ACCUSE": ("against", "at", "of", "on"), "REJECT": ("to",), "THREATEN": ("against", "on", "at"),
    "REQUEST": ("to", "from", "of"), "SUPPORT": ("for", "to", "behind"), "AID": ("to", "for"),
    "ASSAULT": ("on", "against", "at"), "COERCE": ("on", "against"), "SANCTION": ("on", "against"),
    "CONSULT": ("with", "between"), "AGREE": ("with", "between"), "COOPERATE": ("with", "between"),
    "CONCEDE": ("to",), "RETREAT": ("from",), "PROTEST": ("against", "outside", "at"), "MOBILIZE": ("to", "against", "near", "along", "towards", "toward"),
}


# ---------------------------------------------------------------------- verbs
def verb_sense(tok, lex):
    """(type, mode, sense) when this verb token reports an event, else None: the first listed sense
    of its lemma whose conditions the clause meets ("took to the streets" needs its prepositional
    object, "designated X as a terrorist group" its "as"), typed by its object where the sense says so."""
    senses = lex.verbs.get(tok.lemma_.lower())
    if not senses:
        return None
    # "pushed back on …", "stepped down on Friday": the parser often reads the particle as an adverb
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and (c.lower_ == "back" or (
        c.i == tok.i + 1 and c.lower_ in ("down", "aside", "up", "out", "off", "away"))))}
    # "fired his minister on Sunday": a date is no argument ("fired on the convoy" is)
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "dative", "agent") and not any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)}
    if for_clause(tok) is not None:
        preps.add("for")  # "called for Ruritania to withdraw" reads like "called for a withdrawal"
    obj = direct_object(tok)
    for s in senses:
        if _sense_fits(tok, s, lex, prts, preps, obj) and _object_fits(tok, s, lex, obj):
            return _sense_type(tok, s, lex, obj), s.get("mode"), s
    return None


def _sense_fits(tok, s: dict, lex, prts: set, preps: set, obj) -> bool:
    """The sense's conditions on particles, prepositions and complements ("used force against
    protesters", not "use the full force of the law"; "declined to comment" is no refusal)."""
    if prts & set(s.get("exclude_particles", ())) or prts & set(s.get("not_particles", ())):
        return False
    if "particles" in s and not prts & set(s["particles"]):
        return False
    if "particles_or_preps" in s and not (prts | preps) & set(s["particles_or_preps"]):
        return False
    if "preps_on_verb_or_object" in s and not (preps | {c.lower_ for c in (obj.children if obj is not None else ())
                                                         if c.dep_ == "prep"}) & set(s["preps_on_verb_or_object"]):
        return False
    if (s.get("needs_as") and "as" not in preps) or ("as_objects" in s and not _as_label(tok, s["as_objects"])):
        return False  # "designated X as a terrorist organisation", not "… as the security minister"
    if s.get("needs_with") and "with" not in preps:
        return False
    if s.get("not_questions") and _asks_question(tok):
        return False  # "asked Kell whether she would run": a question, not a request
    xcomp = child(tok, "xcomp")
    if (s.get("needs_xcomp") and xcomp is None) or (s.get("needs_xcomp_or_for") and xcomp is None and "for" not in preps):
        return False
    if "prep_objects" in s and not any(  # "took to the streets"
            (pobj := child(c, "pobj")) is not None and pobj.lemma_.lower() in s["prep_objects"].get(c.lower_, ())
            for c in tok.children if c.dep_ == "prep"):
        return False
    if xcomp is not None and xcomp.lemma_.lower() in lex.nonpolitical_complements:
        return False  # "declined to comment"
    if s.get("needs_instrument") and not _has_instrument(tok, lex):
        return False
    if "subjects" in s:
        subj = child(tok, "nsubj")
        if subj is None or subj.lemma_.lower() not in s["subjects"]:
            return False
    return not ("objects_or_xcomp" in s and xcomp is None and not (
        obj is not None and _words(obj) & set(s["objects_or_xcomp"])))


WH_WORDS = frozenset("what why how when where".split())  # not the relative "which", "who"


def _asks_question(verb) -> bool:
    """A clause asking a question: an "if" / "whether" or wh- complement, or "a question" as its object."""
    # an "if" clause the parser hangs on the verb is a condition where something is requested ("will ask X to
    # help if the vote fails"), the question asked where nothing is ("asked Kell if she would run")
    deps = ("ccomp",) if child(verb, "xcomp") is not None else ("ccomp", "advcl")
    for c in verb.children:
        if c.dep_ in deps and (any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
                                  or c.left_edge.lower_ in WH_WORDS or c.lemma_.lower() == "question"):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() == "question":
            return True
    return False


def _people(obj, s: dict, lex) -> bool:
    """'beat the protesters', 'captured two soldiers': a noun naming people (WordNet person or group nouns) is
    an actor object of force; of aid it is not ('helped farmers' names no party)."""
    low = obj.lemma_.lower()
    return s["type"] != "AID" and (low in lex.person_nouns or low in lex.group_nouns)


def _object_fits(tok, s: dict, lex, obj) -> bool:
    """The sense's conditions on the direct object ("held a ceremony", "threw a party" are no events; "boycotted
    the ceremony", "sued the Velland Party" — a name — or "slammed Lindqvist's comments" are)."""
    if (s.get("needs_object") and obj is None) or (s.get("not_with_object") and obj is not None):
        return False
    if obj is not None and obj.lemma_.lower() in lex.nonpolitical_objects and not (
            obj.pos_ == "PROPN" or obj.ent_type_) and (
            obj.lemma_.lower() not in s.get("allow_objects", ())) and not (
            s["type"] in ("ACCUSE", "SUPPORT", "REJECT") and child(obj, "poss") is not None) and not (
            (own := child(obj, "poss")) is not None and (own.pos_ == "PROPN" or own.ent_type_)):  # "subpoenaed Kell's records"
        return False
    if "objects" in s:
        ok = obj is not None and bool((_words(obj) | counted_words(obj, lex)) & set(s["objects"]))
        if not ok and obj is not None and s.get("objects_any_actor"):
            ok = obj.pos_ == "PROPN" or bool(obj.ent_type_)
        if not ok:
            return False
    if s.get("objects_any_actor") and "objects" not in s:
        if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ or obj.lower_ in ("him", "her") or _people(obj, s, lex)):
            return False
    if s.get("objects_actor_person") and (obj is None or ent_kind(obj) != "PERSON"):
        return False
    if s.get("objects_act") and (obj is None or not (  # "brushed off the criticism", not "... the snow"
            obj.lemma_.lower() in lex.act_nouns or obj.lemma_.lower() in lex.nouns or obj.pos_ == "PROPN")):
        return False
    if s.get("not_between_persons") and obj is not None and person_kind(obj) == "PERSON":
        subj = child(tok, "nsubj")  # "only Kell can beat Osei": rivals in a contest, not a beating
        if subj is not None and (ent_kind(subj) == "PERSON" or subj.lower_ in ("he", "she")) and not _has_instrument(tok, lex):
            return False
    return not (s.get("objects_not_actor") and obj is not None and ent_kind(obj) == "PERSON")


def _sense_type(tok, s: dict, lex, obj) -> str:
    """The sense's type, refined by what is withdrawn from, by the object, or by a named person as
    the object of a named party with no weapon in the clause (the verbal reading)."""
    etype = s["type"]
    if "from_types" in s:  # PLOVER: a country withdrawing from a treaty or organisation is a SANCTION
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
            pobj = child(p, "pobj")
            if pobj is not None and pobj.lemma_.lower() in s["from_types"]:
                etype = s["from_types"][pobj.lemma_.lower()]
    if obj is not None and "object_types" in s:
        etype = s["object_types"].get(obj.lemma_.lower(), s["object_types"].get(obj.lower_, etype))
    subj = child(tok, "nsubj")
    if obj is None and "person_object_types" in s:  # "clashed with Senator Osei"
        obj = next((o for p in prep_children(tok, set(s.get("target_preps", ()))) for o in p.children
                    if o.dep_ == "pobj"), None)
    if subj is None and "person_object_types" in s and tok.pos_ == "VERB":
        from .clauses import inherited_subject  # (clauses reads this module's helpers)
        subj = inherited_subject(tok)  # "Kell is on solid ground attacking Osei": the clause's subject attacks
        subj = None if subj is not None and armed(subj) else subj  # a commander's "plans to attack troops"
    speaker = tok.head if tok.dep_ == "acl" else subj
    if speaker is not None and speaker.lemma_.lower() in lex.speech_nouns and "ACCUSE" in s.get("person_object_types", {}).values():
        return "ACCUSE"  # "an ad attacking Osei": words attack by speech
    kind = person_kind(obj) if obj is not None else None
    if not kind and obj is not None and subj is not None and ent_kind(subj) == "PERSON" and _people(obj, s, lex):
        kind = "PERSON"  # "Senator Kell attacked a federal judge": a named person's attack on people a noun names
    if kind in s.get("person_object_types", {}) and verbal_target(kind, subj, obj) and not _has_instrument(tok, lex) \
            and subj is not None and (ent_kind(subj) in NAMED_PARTIES or subj.lower_ in ("he", "she")):
        # "Senator Kell attacked Governor Osei", "she attacked him": one named party attacking a named
        # person, with no weapon in the clause, is the verbal reading (PLOVER: criticism is ACCUSE); "two
        # men attacked the governor" keeps the physical one
        etype = s["person_object_types"][kind]
    return etype


def _as_label(verb, labels) -> bool:
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        pobj = child(p, "pobj")
        if pobj is not None and bool(_words(pobj) & set(labels)):
            return True
    return False


def _epistemic(verb, lex) -> bool:
    """'no evidence to support the claims', 'grounds to accuse': a verb completing a noun of evidence
    or reason speaks of what the evidence shows, not of an act."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.epistemic_nouns and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def evaluation_object(verb):
    """What an evaluative verb judges: 'called Osei's decree prudent', 'found the raid justified'."""
    for dep in ("dobj", "oprd"):
        o = child(verb, dep)
        if o is not None and o.pos_ in ("NOUN", "PROPN", "PRON"):
            return o
    comp = child(verb, "ccomp", "xcomp")
    if comp is not None:
        return child(comp, "nsubj", "nsubjpass")
    return None


LIKENING = ("compare", "liken")  # "compared X to a dictator": the judgement is in the to-phrase


def evaluation(verb, lex) -> str | None:
    """SUPPORT or ACCUSE when an evaluative verb ('call', 'describe', 'find') judges something with
    clearly positive or negative words ('a grave mistake', 'prudent, firm and timely')."""
    if verb.lemma_.lower() not in lex.evaluative_verbs or not lex.evaluation_words:
        return None
    obj = evaluation_object(verb)
    if obj is None:
        return None
    # only the judgement itself: the predicate complement ("a grave mistake", "swift, forceful and
    # decisive", "as a mistake"), not adverbial clauses that follow
    region = []
    for c in verb.children:
        # (also a second object: "branded Kell a liar" is often parsed with two)
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "attr") or (c.dep_ == "prep" and (c.lower_ == "as" or (
                c.lower_ in ("to", "with") and verb.lemma_.lower() in LIKENING))) or (
                c.dep_ == "dobj" and c.i > obj.i):
            region += [t for t in c.subtree if t.i != obj.i]
    for c in obj.children:  # "called Osei's decree prudent, …": a postposed adjective is the complement
        if c.dep_ in ("amod", "appos") and c.i > obj.i:
            region += list(c.subtree)
    if _blames(region, lex, hostile_only=False):
        return "ACCUSE"  # "held the rebels responsible for the massacre", "… for the delays"
    words = [t.lemma_.lower() for t in region] + [t.lower_ for t in region]
    score = {etype: sum(w in vocab for w in set(words)) for etype, vocab in lex.evaluation_words.items()}
    best = max(score, key=score.get)
    if score[best] == 0:
        return rated_judgement(region, lex)
    if list(score.values()).count(score[best]) > 1:
        return None
    return best


HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def _blames(tokens, lex, hostile_only: bool = True) -> bool:
    """A predicate that lays a hostile act at someone's door: "responsible for the massacre", "behind the
    bombing" (the act an event noun of an attack, a crackdown, a sanction or a threat). A verb of judging lays
    anything at their door ("held the mayor responsible for the delays"); a copula needs the hostile act
    ("the mayor is responsible for the budget" says whose task it is)."""
    for t in tokens:
        if not hostile_only and t.lower_ == "responsible" and prep_children(t, {"for"}):
            return True
        if t.lower_ in ("responsible", "behind"):
            preps = [t] if t.lower_ == "behind" and t.dep_ == "prep" else [
                c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
            for p in preps:
                for o in p.children:
                    if o.dep_ == "pobj" and {s["type"] for s in lex.nouns.get(o.lemma_.lower(), ())} & HOSTILE_TYPES:
                        return True
    return False


def copular_evaluation(be, lex) -> str | None:
    """SUPPORT or ACCUSE for 'X is a model of honesty' / 'X is a liar': a named subject and a
    predicate made of evaluation words."""
    subj = child(be, "nsubj")
    if subj is None or not lex.evaluation_words:
        return None
    if _judged_false(be, subj, lex):
        return "REJECT"  # 'Osei said the allegations were "baseless"', "Kell's claims are not true"
    # a named party, or a measure ("the ruling is particularly unwelcome and inappropriate"); not a
    # clause ("Cutting the subsidy is a grave error": whose act it judges is not in the sentence)
    if subj.pos_ != "PROPN" and subj.lower_ not in ("he", "she") and not (subj.pos_ == "NOUN" and subj.lemma_.lower() in lex.policy_nouns
                                     and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)):
        return None
    if any(c.dep_ == "neg" for c in be.children):
        return None
    # a comparative compares states ("X is much stronger now"), it does not judge: not an evaluation word
    region = [t for c in be.children if c.dep_ in ("attr", "acomp") for t in c.subtree if t.tag_ not in ("JJR", "RBR")]
    if _blames(region + [c for c in be.children if c.dep_ == "prep"], lex):
        return "ACCUSE"  # "Hezbollah was behind the rocket attack", "X was responsible for the massacre"
    words = {t.lemma_.lower() for t in region} | {t.lower_ for t in region}
    score = {etype: len(words & vocab) for etype, vocab in lex.evaluation_words.items()}
    best = max(score, key=score.get)
    if score[best] == 0 or list(score.values()).count(score[best]) > 1:
        return None
    return None if best == "SUPPORT" and subj.pos_ == "PRON" else best  # "she's right" praises nobody in particular


def _judged_false(be, subj, lex) -> bool:
    """A claim noun as the subject of a predicate of falsity ('the allegations are false', 'not true')."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in lex.claim_nouns:
        return False
    words = {t.lemma_.lower() for c in be.children if c.dep_ in ("attr", "acomp") for t in c.subtree}
    negated = any(c.dep_ == "neg" for c in be.children)
    return bool(words & (lex.falsity_negated if negated else lex.falsity_words))


def _violation(verb, lex) -> bool:
    """A clause saying a (third) party breaks a law or agreement: 'are breaking the law', 'violated
    the ceasefire'. Only as reported speech (the source is its speaker, see roles)."""
    if verb.lemma_.lower() not in lex.violation_verbs or any(c.dep_ == "neg" for c in verb.children):
        return False
    obj = child(verb, *OBJ_DEPS)
    subj = child(verb, "nsubj")
    if obj is None or subj is None or not _words(obj) & lex.violation_objects:
        return False
    word = "".join(ch for ch in subj.lower_ if ch.isalpha())
    return word not in lex.first_person and word not in ("it", "this", "that", "there", "which", "who")


def _agent_subject(verb, lex):
    """(subject token, type, agent noun) when the verb's doer is an agent noun ('thousands of protesters').
    Also repairs 'protesters wearing masks and helmets gathered …', parsed as a participle main clause
    with 'helmets' as the subject of 'gathered'."""
    subjects = [child(verb, "nsubj")]
    head = verb.head
    if verb.dep_ == "conj" and head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        subjects.append(child(head, "nsubj"))
    for subj in subjects:
        if subj is None:
            continue
        noun = subj
        if noun.lemma_.lower() in ("thousand", "hundred", "dozen", "crowd", "group", "number") or noun.pos_ == "NUM":
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = child(of, "pobj") if of is not None else None
            noun = pobj if pobj is not None else noun
        etype = lex.agent_nouns.get(noun.lemma_.lower())
        if etype:
            return subj, etype, noun.lemma_.lower()
    return None


def _imperative(verb) -> bool:
    """'Free the detainees at once': a bare command has no initiator to read from the clause."""
    if verb.tag_ != "VB" or verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "relcl", "csubj"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


WEAPONS = frozenset({"drone", "missile", "rocket", "bomb", "shell", "airstrike", "strike", "artillery", "mortar", "knife", "gun"})


def _has_instrument(verb, lex) -> bool:
    """'hit by drone strikes', 'missiles hit X': the agent or subject is itself an attack or weapon."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj" and (_noun_lemma(p) in WEAPONS or p.lemma_.lower() in WEAPONS or
                                          any(lemma == "ASSAULT" for lemma in _noun_types(p, lex))):
                    return True
        if c.dep_ == "nsubj" and c.lemma_.lower() in WEAPONS:
            return True
    # "attacked him with a knife" (the parser may hang "with" on the object)
    withs = [p for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children
             if p.dep_ == "prep" and p.lower_ == "with"]
    return any(o.dep_ == "pobj" and (_noun_lemma(o) in WEAPONS or o.lemma_.lower() in WEAPONS) for p in withs for o in p.children)


def _noun_types(tok, lex):
    return [s["type"] for s in lex.nouns.get(_noun_lemma(tok), ())]


# ---------------------------------------------------------------------- nouns

def noun_sense(tok, lex, light: bool):
    """(type, mode, sense) when this noun names an event, else None."""
    lemma = _noun_lemma(tok)
    senses = lex.nouns.get(lemma) or lex.nouns.get(tok.lemma_.lower())
    if not senses:
        return None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if tok.dep_ == "compound":
        mods.add(tok.head.lemma_.lower())
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    for s in senses:
        if s.get("plural_only") and tok.tag_ != "NNS":
            continue
        if s.get("light_only") and not light:
            continue
        if "with_light_verbs" in s and tok.head.lemma_.lower() not in s["with_light_verbs"]:
            continue  # "opened fire on", not "held fire"
        if "needs_modifier" in s and not mods & set(s["needs_modifier"]):
            continue
        if s.get("needs_for") and "for" not in preps:
            continue
        if not light and "nominal_needs" in s and not preps & set(s["nominal_needs"]):
            continue
        return s["type"], s.get("mode"), s
    return None


def find_candidates(doc, lex, skip=lambda tok: False) -> list[Candidate]:
    """Every trigger in the document, in text order."""
    out: list[Candidate] = []
    for tok in map(doc.__getitem__, with_pos(doc, VERB, AUX, NOUN, PROPN)):  # no Token made for the other words
        pos = tok.pos_
        if pos == "VERB":
            if _imperative(tok) or _epistemic(tok, lex) or tok.dep_ == "amod":
                continue  # "271 pledged delegates": a participle describing a noun reports no act
            got = verb_sense(tok, lex)
            if got and is_passive(tok) and _deontic(tok, lex) and not any(c.dep_ == "agent" for c in tok.children):
                got = None  # "the prisoners must be released": the demand is the event, its doer unsaid
            if got:
                etype, mode, sense = got
                rule = "verb.passive" if is_passive(tok) else "verb.active"
                out.append(Candidate(etype, mode, tok, tok, f"{rule}.{tok.lemma_.lower()}", sense))
                continue
            got = evaluation(tok, lex)
            if got:
                out.append(Candidate(got, None, tok, tok, f"eval.{tok.lemma_.lower()}", {"evaluative": True}))
                continue
            if _violation(tok, lex):
                # "the British government are breaking the law," X said: the speaker accuses the subject
                out.append(Candidate("ACCUSE", None, tok, tok, f"violation.{tok.lemma_.lower()}", {"copular": True}))
                continue
            if _deontic(tok, lex):
                # "Ruritania must halt the advance," X said: the speaker demands it of the subject
                out.append(Candidate("REQUEST", None, tok, tok, "deontic.must", {"deontic": True}))
                continue
            # "protesters gathered around the police complex": the agent noun makes the event
            if tok.lemma_.lower() in lex.agent_noun_verbs:
                got = _agent_subject(tok, lex)
                if got:
                    subj, etype, noun = got
                    out.append(Candidate(etype, None, tok, tok, f"agent.{noun}", {"agent_noun": True, "subject_i": subj.i}))
        elif pos == "AUX" and tok.lemma_ == "be" and (got := copular_evaluation(tok, lex)):
            # 'He said Osei is "a paragon of fairness"': the speaker judges the subject
            out.append(Candidate(got, None, tok, tok, "eval.copula", {"copular": True, "judged_false": got == "REJECT"}))
        elif pos == "NOUN" or (pos == "PROPN" and tok.lower_ == "talks"):
            cand = _noun_candidate(tok, lex)
            if cand:
                out.append(cand)
    return [c for c in out if not skip(c.trigger)]


def _at_request(tok, lex) -> Candidate | None:
    """'… dissolved by the monarch at the request of Prime Minister Osei': X asked for the act."""
    if tok.lemma_.lower() not in lex.request_nouns or tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "upon", "on"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or child(of, "pobj") is None:
        return None
    return Candidate("REQUEST", None, tok, tok.head.head, "nominal.at-request", {"at_request": True})


def _noun_candidate(tok, lex) -> Candidate | None:
    head = tok.head
    claimed = _at_request(tok, lex)
    if claimed:
        return claimed
    if quantity_or_holding(tok, lex):
        return None
    # light verb: "issued a threat", "expressed outrage", "held talks", "tendered his resignation"; also through a
    # measure of it ("sent 20 tonnes of food aid")
    obj = measure_of(tok, lex) or tok
    verb = obj.head
    if obj.dep_ in OBJ_DEPS + ("nsubjpass",) and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex.light_verbs:
        got = noun_sense(tok, lex, light=True)
        if got:
            etype = verbal_noun_type(tok, got[2], verb) or got[0]
            return Candidate(etype, got[1], tok, verb, f"light.{verb.lemma_.lower()}.{_noun_lemma(tok)}", got[2])
    if tok.dep_ == "conj" and tok.head.dep_ in OBJ_DEPS and head.head.lemma_.lower() in lex.light_verbs:
        got = noun_sense(tok, lex, light=True)
        if got:
            return Candidate(got[0], got[1], tok, head.head, f"light.{head.head.lemma_.lower()}.{_noun_lemma(tok)}", got[2])
    # "the meeting took place …", "the negotiations focused on …"
    if tok.dep_ == "nsubj" and head.lemma_.lower() in lex.happen_verbs:
        if head.lemma_.lower() != "take" or any(c.lemma_.lower() == "place" for c in head.children):
            got = noun_sense(tok, lex, light=False)
            if got:
                return Candidate(got[0], got[1], tok, head, f"nominal.happen.{_noun_lemma(tok)}", got[2])
    got = noun_sense(tok, lex, light=False)
    if not got:
        return None
    got = (verbal_noun_type(tok, got[2], tok.head) or got[0], *got[1:])
    # "direct talks with the Front", "Ruritania's attack on …"; "won the backing of X", "received support from X"
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    received = tok.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS  # with or without its giver
    if preps & {"with", "between"} or preps & set(got[2].get("target_preps", ())) or child(tok, "poss") is not None or received:
        anchor = tok
        while anchor.dep_ not in ("ROOT",) and anchor.pos_ not in ("VERB", "AUX") and anchor.head != anchor:
            anchor = anchor.head
        return Candidate(got[0], got[1], tok, anchor, f"nominal.{_noun_lemma(tok)}", got[2])
    return None
