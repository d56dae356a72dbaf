"""Source, target and others of a candidate event, read from the parse around its trigger."""
from __future__ import annotations

from dataclasses import dataclass, field

from .clauses import (author_phrases, between_groups, by_agents, clause_subjects, complement_object, complement_parties,
                      counterparts, deciders, delivers, doer_groups, flow_partners, from_objects, giver_phrases, in_manner,
                      is_mediator, message_addressees, noun_preps, placed_under, possessor, predicate_subject, raised_object,
                      receives, recipient_preps, relative_clause, requested_doers, stray_agents, threat_parties)
from .actors import RELATIONAL_NOUNS
from .holders import holder_of, judged_roles
from .referents import last_pair, names_a_pair, referred_event
from .senses import threatened_party
from .sents import sentence_of
from .commissives import COMMISSIVES
from .triggers import TARGET_PREPS, Candidate, child, direct_object, evaluation_object, for_clause, is_passive, prep_children

__all__ = ["Roles", "RoleReader", "clause_subjects"]
GENERIC_EVENT_NOUNS = frozenset("decision move statement act action announcement remarks comments policy plan "
                                "order step measure".split())
REACTIVE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})
# event nouns whose from-phrase names the initiator ("support from Ostland"; not "withdrawal from Westmark")
FROM_SOURCE_TYPES = frozenset("SUPPORT ACCUSE REJECT REQUEST AID THREATEN AGREE CONCEDE ASSAULT".split())
# event nouns without a patient, whose of-phrase names the initiator ("the request of Varga")
OF_SOURCE_TYPES = frozenset({"REQUEST", "CONSULT", "AGREE", "COOPERATE", "RETREAT", "MOBILIZE", "CONCEDE", "PROTEST"})
PARTY_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
NAMED_PARTY_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
ONE_SIDED_TYPES = NAMED_PARTY_TYPES - {"CONSULT", "COOPERATE"}  # a pledge, aid, a concession may be unnamed people's


@dataclass(slots=True)
class Roles:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)  # which roles were guessed (fallback pronoun, back-reference, …)


def _add(lst: list[str], ids: list[str]) -> None:
    for i in ids:
        if i not in lst:
            lst.append(i)


class RoleReader:
    """Reads roles for candidates of one article; remembers earlier events for back-references."""

    def __init__(self, finder, lex):
        self.finder, self.lex = finder, lex
        self.history: list[tuple[Candidate, Roles]] = []
        self._type, self._trigger = "", None  # the candidate being read

    def read(self, cand: Candidate) -> Roles:
        roles = Roles()
        self._type, self._trigger = cand.type, cand.trigger
        self.finder.used_fallback = False
        # a participant noun ("two suspects", "thousands of protesters") may stand as an actor in the acts
        # ordinary people take part in; meetings, agreements and aid name their parties (but ONE_SIDED_TYPES)
        self.finder.generic_ok = "subnational" if cand.type in NAMED_PARTY_TYPES else True
        try:
            if cand.trigger == cand.anchor and cand.trigger.pos_ in ("VERB", "AUX"):
                self._verb_roles(cand, roles)
            else:
                self._noun_roles(cand, roles)
        finally:
            self.finder.generic_ok = False
        if self.finder.used_fallback:
            roles.inferred.append("pronoun")
        if not roles.target and cand.trigger.dep_ == "conj" and roles.source:
            # "accused Serbia of … and warned that …": a coordinated act of the same doer addresses the same party
            prev = next((r for c, r in reversed(self.history) if c.trigger == cand.trigger.head and r.target
                         and set(r.source) == set(roles.source)), None)
            if prev is not None:
                roles.target, roles.inferred = list(prev.target), [*roles.inferred, "coordinated-target"]
        # an actor cannot be its own counterpart
        roles.target = [t for t in roles.target if t not in roles.source]
        roles.others = [o for o in roles.others if o not in roles.source and o not in roles.target]
        self.history.append((cand, roles))
        return roles

    # ------------------------------------------------------------------ verbs
    def _subject(self, tok) -> list[str]:
        if names_a_pair(tok):  # "the two agreed": the parties of the latest event with two
            return last_pair(self.history) or self.finder.actors_of(tok)
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.lex.act_nouns or tok.lemma_.lower() in self.lex.nouns):
            ids = self._doer(tok)  # "Kell's decision drew criticism", "the raid on the base by the Front killed two"
            if ids:
                return ids
        ids = self.finder.actors_of_head(tok) if tok.dep_ == "conj" else self.finder.actors_of(tok)  # a conjunct alone
        # a thing that names nobody stands for its owner: "Ostland's new law drew criticism from …"
        return ids or [i for c in tok.children if c.dep_ == "poss" and tok.pos_ == "NOUN" for i in self.finder.actors_of(c)]

    def _doer(self, act, exclude=()) -> list[str]:
        """Who did the act a noun names (`doer_groups`: its possessor, else its by-phrase), other than
        `exclude` ("the envoy's assassination by a guard": the possessor is the victim, the guard the doer)."""
        for group in doer_groups(act):
            ids = [i for t in group for i in self.finder.actors_of(t) if i not in exclude]
            if ids:
                return list(dict.fromkeys(ids))
        return []

    def _subject_actors(self, verb) -> tuple[list[str], bool]:
        """Actors of the verb's subject; a subjectless clause inherits, climbing past subjects
        that name no actor ('… the president stated, issued a threat')."""
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and child(verb, "nsubj") is None:
            # "protesters demanding Varga's resignation": the participle's noun, where it names an actor
            ids = self.finder.actors_of_head(verb.head)
            if ids:
                return ids, True
        subj, inherited = clause_subjects(verb)
        ids = [i for s in subj for i in self._subject(s)]
        cur = verb
        for _ in range(2):
            if ids or not inherited or not subj:
                break
            # the inherited subject named nobody: climb to the clause that owns it and inherit from there
            owner = subj[0].head
            if owner == cur or owner.head == owner or owner.dep_ not in ("conj", "advcl"):
                break  # never past a reporting clause: the reporter is not the agent
            cur = owner
            subj, _ = clause_subjects(owner.head)
            ids = [i for s in subj for i in self._subject(s)]
        return list(dict.fromkeys(ids)), inherited

    def _verb_roles(self, cand: Candidate, roles: Roles) -> None:
        """Roles of a verb trigger: by the reading's construction (judgement, demand, agent noun), else the clause's
        arguments ("Ruritania shelled Freedonia", "Freedonia was shelled by Ruritania"), then prepositions, complements."""
        verb, sense = cand.trigger, cand.sense
        if sense.get("evaluative"):
            self._evaluative_roles(verb, roles)
            return
        if sense.get("deontic") or sense.get("copular"):
            self._speaker_roles(verb, sense, roles)
            return
        if sense.get("wrongdoing") and judged_roles(self.finder, self._subject_actors, verb, roles):
            return
        if sense.get("subject_i") is not None:
            self._agent_noun_roles(verb, sense, roles)
            return
        if is_passive(verb):
            self._passive_args(verb, roles)
        else:  # what a mobilisation moves or alerts is its doer's own force, never its recipient
            self._active_args(verb, {**sense, "object_not_target": True} if cand.type == "MOBILIZE" else sense, roles)
        if sense.get("subject_is_target"):  # "Kell came under fire from Osei": Osei criticised Kell
            roles.target, roles.source = roles.source, [i for o in from_objects(verb) for i in self.finder.actors_of(o)]
            return
        self._prep_targets(verb, sense, roles)
        roles.target = self.finder.recipient_of_forces(verb, roles.target, roles.source)
        if not roles.target and cand.type == "REQUEST":
            self._request_for_target(verb, roles)
        if not roles.target:
            self._complement_target(verb, cand.type, roles)
        if not roles.target and cand.type in ("ACCUSE", "THREATEN"):
            self._accused_in_clause(verb, roles, cand.type)  # also "warned that Ostland would pay a price"
        if not roles.target and cand.type == "REQUEST":
            self._that_clause_target(verb, roles)
        for obj in [] if roles.target else raised_object(verb, self._listed_preps(sense)):
            _add(roles.target, self._target_of(obj, roles))  # "condemned and rejected Ostland's decision"
        if cand.type in ("CONSULT", "AGREE", "COOPERATE"):
            self._participants(verb, roles)

    def _evaluative_roles(self, verb, roles: Roles) -> None:
        """'Varga called the ruling unjust': the judge is the source, what is judged (its maker) the target;
        'called its own moves justified' judges oneself, 'calling it an aggression' an act it leaves unnamed (no target)."""
        ids, _ = self._subject_actors(verb)
        _add(roles.source, ids)
        obj = evaluation_object(verb)
        own = obj is not None and (obj.lower_ == "it" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children))
        if obj is not None and not own:
            _add(roles.target, self._target_of(obj, roles))

    def _speaker_roles(self, verb, sense: dict, roles: Roles) -> None:
        """A demand or judgement in someone's words ('Ostland must withdraw', said Varga): the one who says what must
        be done is the source (the quote's speaker, else the reporter), the one who must act the target."""
        find = self.finder.actors_of
        spk = holder_of(self.finder, verb)
        if not spk:
            return
        roles.source.append(spk)
        if sense.get("deontic") and is_passive(verb):
            return  # "the killers must be brought to justice": who must act is not said
        subj = child(verb, "nsubj")
        if subj is not None and subj.pos_ == "NOUN" and (subj.lemma_.lower() in self.lex.policy_nouns
                                                         or subj.lemma_.lower() in self.lex.claim_nouns):
            _add(roles.target, self._target_of(subj, roles))  # "the ruling is … inappropriate", "X's claims are false"
        else:
            _add(roles.target, find(subj) if subj is not None else [])
        if sense.get("deontic"):  # "They must, with their neighbours, oversee …"
            for p in prep_children(verb, {"with"}):
                for o in p.children:
                    if o.dep_ == "pobj":
                        _add(roles.target, find(o))

    def _agent_noun_roles(self, verb, sense: dict, roles: Roles) -> None:
        """'Hundreds of protesters gathered outside parliament': the agent noun the trigger rule found is
        the source, the place's owner or the object the target."""
        find = self.finder.actors_of
        _add(roles.source, find(verb.doc[sense["subject_i"]]))
        for p in prep_children(verb, {"around", "outside", "at", "against", "on"}):
            for o in p.children:
                if o.dep_ == "pobj":
                    _add(roles.target, self._target_of(o, roles))
        if not roles.target and direct_object(verb) is not None:
            _add(roles.target, find(direct_object(verb)))

    def _passive_args(self, verb, roles: Roles) -> None:
        """'Freedonia was shelled by Ruritania': the by-agent is the source, the passive subject the target."""
        agents = [c for c in verb.children if c.dep_ == "agent"] or [
            a for a in stray_agents(verb)  # "arrested over attacks by the Front": that is the attacks' agent
            if a.head.lemma_.lower() not in self.lex.nouns and a.head.lower_ not in self.lex.nouns]
        for a in agents:
            for p in a.children:
                if p.dep_ == "pobj":
                    _add(roles.source, self.finder.actors_of(p))
        if not agents:  # "was sentenced in the Velna District Court", "…, the judge ordered"
            _add(roles.source, [i for t in deciders(verb, self._type) for i in self.finder.actors_of(t)])
        patient = direct_object(verb)
        if patient is not None:
            _add(roles.target, self._target_of(patient, roles))

    def _active_args(self, verb, sense: dict, roles: Roles) -> None:
        """'Ruritania shelled Freedonia', 'gave Ostland aid': the subject (inherited by a subjectless
        clause) is the source, the object or the dative the target."""
        find = self.finder.actors_of
        ids, inherited = self._subject_actors(verb)
        if not ids and self._type in ONE_SIDED_TYPES:  # "staffers apologized", "the team will assist"
            ids = [i for s in clause_subjects(verb)[0] for i in self.finder.participants_of(s)]
        _add(roles.source, ids)
        if inherited and roles.source:
            roles.inferred.append("inherited-subject")
        obj = direct_object(verb)
        left = self._left_party(verb, sense)
        if left is not None:  # "withdrew Freedonia from the treaty with Ruritania": the other party is the target
            _add(roles.target, left)
            obj = None
        if sense.get("object_not_target"):
            obj = None  # "deployed troops to Libya": the troops are what is moved, Libya the target
        if sense.get("target_as_object") is None and obj is not None:
            _add(roles.target, self._target_of(obj, roles))
        elif obj is not None:
            _add(roles.target, find(obj))
        dat = child(verb, "dative")
        if dat is not None:
            pobj = child(dat, "pobj")
            _add(roles.target, find(pobj if pobj is not None else dat))

    def _prep_targets(self, verb, sense: dict, roles: Roles) -> None:
        """Recipients in the reading's prepositions, on the verb or on its object ('levied sanctions
        against Ostland', 'withdrew from using …')."""
        obj = direct_object(verb)
        listed = self._listed_preps(sense)
        preps = recipient_preps(verb, listed)  # also 'calling on X', where the parser reads 'on' as a particle
        if obj is not None and not is_passive(verb):
            preps += prep_children(obj, listed - {"of"})
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj" and p.lower_ in ("at", "during") and o.lemma_.lower() in self.lex.nouns and not any(
                        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in o.children):
                    continue  # "mocked a reporter at a rally": the occasion, not the one addressed
                if o.dep_ == "pobj":
                    _add(roles.target, self._target_of(o, roles))
                elif o.dep_ == "pcomp":
                    inner = child(o, "dobj")
                    if inner is not None:
                        _add(roles.target, self.finder.actors_of(inner))
        if not roles.target:  # "asked for the files in a letter to the ministry" (not "in a statement to reporters")
            _add(roles.target, [a for o in message_addressees(verb) for a in self.finder.actors_of(o)
                                if self.finder.sector(a) != "MED"])

    def _listed_preps(self, sense: dict) -> set[str]:
        """The reading's own recipient prepositions, else its type's ("blamed the riot on X"; "accused X of …")."""
        return set(sense["target_preps"]) if "target_preps" in sense else set(TARGET_PREPS.get(self._type, ())) - {"of"}

    def _request_for_target(self, verb, roles: Roles) -> None:
        """'called for regional action', 'asked for Varga's resignation', 'asked for help from Ostland' (not 'the release of
        X from jail'): the one asked is named in the request; 'called for Ruritania to withdraw': the for-clause's subject."""
        clause = for_clause(verb)
        subj = child(clause, "nsubj", "nsubjpass") if clause is not None else None
        if subj is not None:
            _add(roles.target, self.finder.actors_of(subj))
        for p in prep_children(verb, {"for"}):
            pobj = child(p, "pobj")
            if pobj is None:
                continue
            preps = {"of"} if any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children) else {"of", "from"}
            for c in pobj.children:
                named = c if c.dep_ in ("poss", "compound", "nmod") else (
                    child(c, "pobj") if c.dep_ == "prep" and c.lower_ in preps else None)
                if named is not None:
                    _add(roles.target, self.finder.actors_of(named))

    def _that_clause_target(self, verb, roles: Roles) -> None:
        """'demanded that Ostland withdraw', 'asked that the agency return him': the one asked is the
        active subject of the clause that says what is asked."""
        for c in verb.children:
            if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                subj = child(c, "nsubj")  # not "demanded that the prisoners be released"
                if subj is not None:
                    _add(roles.target, self.finder.actors_of(subj))

    def _complement_target(self, verb, etype: str, roles: Roles) -> None:
        """'refused to supply the agency with …': the object sits in the complement clause; 'threatened to impose tariffs
        on Ostland', 'a threat to strike against the ministry', 'threatened to cut ties with Ostland': the recipient of
        the act threatened (for an event noun, its infinitive); 'agreed to resume patrols with Ostland': its partner."""
        find = self.finder.actors_of
        # "promised that her government would sign the accord with Ostland": a promise's clause is its content too
        x = child(verb, "xcomp") or (child(verb, "ccomp") if verb.lemma_.lower() in COMMISSIVES else None)
        if x is None and verb.pos_ == "NOUN":
            x = next((c for c in verb.children if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if x is None or (verb.pos_ == "VERB" and child(verb, "dobj") is not None):
            return  # "urged member states to accept refugees": the one urged is the object, not what it is to accept
        o = complement_object(x)  # also "offered to help Ostland rebuild"
        if o is not None:
            _add(roles.target, find(o))
        for t in complement_parties(x, o) if etype != "THREATEN" else threat_parties(verb, x, o):
            if not roles.target:  # the first that names an actor
                _add(roles.target, find(t))

    def _accused_in_clause(self, verb, roles: Roles, etype: str) -> None:
        """'Kell charged that the ministry hid the report', 'Osei claimed Kell had lied': an accusation whose
        content is a clause accuses that clause's subject (never the accuser itself); a threat, who would undergo it."""
        for c in verb.children:
            subj = None if c.dep_ != "ccomp" else child(c, "nsubj") or (etype == "THREATEN" and threatened_party(c, self.lex)) or None
            owner = child(subj, "poss") if subj is not None else None
            if owner is not None and set(self.finder.actors_of(owner)) <= set(roles.source):
                continue  # "warned that his government would respond": the speaker's own side
            if subj is not None:
                _add(roles.target, [a for a in self.finder.actors_of(subj)  # never the speaker's own government
                                    if a not in roles.source and not self.finder.own_government(a, roles.source)])
                if roles.target:
                    return

    # ------------------------------------------------------------------ nouns
    def _noun_roles(self, cand: Candidate, roles: Roles) -> None:
        """Roles of an event noun: its own arguments ('Ruritania's attack on Freedonia', 'the attack on
        Freedonia by Ruritania'), the participants of a meeting, else the clause it stands in ('Varga
        filed his resignation', 'the talks took place between …')."""
        noun, anchor, sense = cand.trigger, cand.anchor, cand.sense
        if sense.get("at_request"):
            self._at_request_roles(noun, anchor, roles)
            return
        if sense.get("between_roles"):
            self._participants(noun, roles)  # "clashes between police and protesters"
        under = placed_under(noun)  # "placed Kell under arrest": the object undergoes it, the subject does it
        if under is not None:
            _add(roles.target, [i for t in under[0] for i in self.finder.actors_of(t)])
            return _add(roles.source, [i for t in under[1] for i in self._subject(t)])
        poss_role = sense.get("poss_role", "source")
        delivered = noun.dep_ == "dobj" and noun.head == anchor and delivers(anchor, cand.type)  # "lobbed criticisms at"
        light = cand.rule.startswith("light.") or delivered
        if light and poss_role == "source" and anchor.pos_ in ("VERB", "AUX") and not is_passive(anchor):
            ids, inherited = self._subject_actors(anchor)  # "Varga filed his resignation"
            _add(roles.source, ids)
            if inherited and ids:
                roles.inferred.append("inherited-subject")
        self._noun_source(noun, poss_role, roles)
        of_used = self._noun_from_of_source(noun, cand.type, roles) if not roles.source else False
        self._noun_targets(noun, sense, roles, skip_of=of_used)
        if not roles.target and cand.type == "REQUEST":  # "froze the funds at Kell's request": the one asked did it
            asked = [i for t in requested_doers(noun, anchor) for i in self._subject(t)]
            _add(roles.target, [i for i in asked if i not in roles.source])
        if cand.rule.startswith("agent."):
            return
        if cand.type in ("CONSULT", "AGREE", "COOPERATE", "RETREAT"):
            self._participants(noun, roles)
            if cand.rule.startswith("nominal.happen") and not roles.source:
                self._participants(anchor, roles)  # "the meeting took place between …"
        # a bare event noun takes the clause's subject for meetings ("In talks with X, Y said") and as the act's manner
        inherits = cand.rule.startswith(("light.", "nominal.happen")) or cand.type == "CONSULT" or in_manner(noun, anchor)
        if not roles.source and inherits and anchor != noun and anchor.pos_ in ("VERB", "AUX"):
            self._clause_source(noun, anchor, roles)
        if not roles.target and anchor != noun and light:
            self._light_targets(anchor, sense, roles)
        if not roles.target:
            self._complement_target(noun, cand.type, roles)

    def _noun_source(self, noun, poss_role: str, roles: Roles) -> None:
        """The initiator named on the noun itself: its possessor ('Ruritania's attack'), a name modifying it
        ('the Ruritanian offensive'), its by-phrase, or the agent of a participle on it ('the attack,
        reportedly conducted by the Front')."""
        find = self.finder.actors_of
        for c in noun.children:
            if c.dep_ == "poss" and not (roles.source and poss_role == "source"):
                _add(roles.target if poss_role == "target" else roles.source, find(c))
            elif c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN"):
                _add(roles.source, find(c))
        if not roles.source:  # its by-phrase (also one the parser hung on its object), a participle's agent
            _add(roles.source, self._doer(noun, exclude=set(roles.target)))

    def _noun_from_of_source(self, noun, etype: str, roles: Roles) -> bool:
        """An initiator in a prepositional phrase on the noun. 'Support from Ostland', 'condemnation from
        Varga', 'condemnation came from Varga': the from-phrase of a reaction, request or aid; 'Osei
        received support from Ostland', 'Osei drew criticism from Varga': the from-phrase of the clause
        the noun is the object of, whose subject is then the recipient. 'The request of Varga', 'the meeting of
        Ostland, Westmark and Freedonia' (the parties), 'the refusal of Ostland to pay': the of-phrase of
        an event without a patient, or of one whose own to-clause says what is done. True when the
        of-phrase was read so (it is then no target)."""
        find = self.finder.actors_of
        if etype in FROM_SOURCE_TYPES:
            heads = [noun]
            if noun.dep_ == "nsubj" and direct_object(noun.head) is None:
                heads.append(noun.head)  # "Support for the plan came from Ostland"
            received = noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and bool(giver_phrases([noun.head, noun]))
            if received:
                heads.append(noun.head)  # "Varga received support from Ostland", "drew criticism from …"
            for pobj in giver_phrases(heads):
                _add(roles.source, find(pobj))
            won = noun.dep_ == "dobj" and receives(noun.head) and not roles.source
            if won:  # "Kell won the backing of the union", "received the endorsement of Acme"
                _add(roles.source, [i for p in prep_children(noun, {"of"}) for o in p.children if o.dep_ == "pobj"
                                    for i in find(o)])
            taken = noun.dep_ == "dobj" and receives(noun.head)
            if (received and roles.source or taken) and not is_passive(noun.head):
                # the one who receives the support or the criticism is its recipient, its giver told or not
                # ("Kell has received death threats")
                subj, _ = clause_subjects(noun.head)
                _add(roles.target, [i for t in subj for i in self._subject(t) if i not in roles.source])
            if roles.source:
                return won
        to_clause = any(c.dep_ in ("acl", "xcomp", "relcl") and c.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)
        if not (etype in OF_SOURCE_TYPES or to_clause):
            return False
        for p in prep_children(noun, {"of"}):
            pobj = child(p, "pobj")
            if pobj is None:
                continue
            groups = [ids for ids in (self.finder.actors_of_head(g) for g in (pobj, *pobj.conjuncts)) if ids]
            if len(groups) > 1 and etype in PARTY_TYPES:  # the parties of a meeting or agreement
                _add(roles.source, groups[0])
                _add(roles.target, groups[1])
                for g in groups[2:]:
                    _add(roles.others, g)
            else:
                for g in groups:
                    _add(roles.source, g)
            return bool(groups)
        return False

    def _noun_targets(self, noun, sense: dict, roles: Roles, skip_of: bool = False) -> None:
        """The recipient in the reading's prepositions on the noun ('the attack on Freedonia'), or on the
        nominalisation's object ('the withholding of security aid to Westmark')."""
        preps = set(sense.get("target_preps", ())) - {"between"} - ({"of"} if skip_of else set())
        for p in noun_preps(noun, preps):  # also "a meeting planned with Osei", "the sanctions imposed on Ostland"
            for o in p.children:
                if o.dep_ == "pobj":
                    _add(roles.target, self._target_of(o, roles))
        if roles.target:
            return
        for p in prep_children(noun, {"of"}):
            obj = child(p, "pobj")
            for q in prep_children(obj, set(sense.get("target_preps", ())) - {"of", "between"}) if obj is not None else ():
                for o in q.children:
                    if o.dep_ == "pobj":
                        _add(roles.target, self.finder.actors_of(o))

    def _clause_source(self, noun, anchor, roles: Roles) -> None:
        """The source of the clause an event noun is an argument of ('Ruritania held talks', 'talks were held by …')."""
        direct = noun.head == anchor or (noun.head.dep_ == "prep" and noun.head.head == anchor)
        direct = direct or (noun.dep_ == "conj" and noun.head.head == anchor)
        if not direct:
            return
        if is_passive(anchor) and noun.dep_ == "nsubjpass":
            for a in (c for c in anchor.children if c.dep_ == "agent"):
                for p in a.children:
                    if p.dep_ == "pobj":
                        _add(roles.source, self.finder.actors_of(p))
        else:
            ids, inherited = self._subject_actors(anchor)
            _add(roles.source, ids)
            if inherited and roles.source:
                roles.inferred.append("inherited-subject")

    def _light_targets(self, anchor, sense: dict, roles: Roles) -> None:
        """'issued a warning to Ostland', 'gave Ostland an ultimatum': the light verb's recipient."""
        for p in prep_children(anchor, set(sense.get("target_preps", ())) | {"to", "against", "with"}):
            for o in p.children:
                if o.dep_ == "pobj":
                    _add(roles.target, self._target_of(o, roles))
        dat = child(anchor, "dative")
        if dat is not None and not roles.target:
            _add(roles.target, self.finder.actors_of(child(dat, "pobj") or dat))

    def _at_request_roles(self, noun, anchor, roles: Roles) -> None:
        """Source: the 'of' party; target: who performed the requested act (its 'by' agent or subject)."""
        for p in prep_children(noun, {"of"}):
            pobj = child(p, "pobj")
            if pobj is not None:
                _add(roles.source, self.finder.actors_of(pobj))
        # the nearest 'by' phrase before it ("dissolution … by the monarch at the request of …"): the
        # parser often hangs "at the request" on a verb further up, so read the words, not the tree
        doer = None
        sent_start = sentence_of(noun).start
        for i in range(noun.i - 1, sent_start - 1, -1):
            w = noun.doc[i]
            if w.lower_ == "by" and w.dep_ in ("agent", "prep"):
                doer = child(w, "pobj")
                break
        if doer is None and anchor.pos_ in ("VERB", "AUX") and not is_passive(anchor):
            doer = child(anchor, "nsubj")
        if doer is not None:
            _add(roles.target, self.finder.actors_of(doer))

    def _left_party(self, verb, sense) -> list[str] | None:
        """For withdrawal from a treaty or organisation: the parties named in it, else None."""
        if "from_types" not in sense:
            return None
        for p in prep_children(verb, {"from"}):
            pobj = child(p, "pobj")
            if pobj is not None and pobj.lemma_.lower() in sense["from_types"]:
                ids = self.finder.actors_of(pobj)
                for q in prep_children(pobj, {"with", "between"}):
                    for o in q.children:
                        if o.dep_ == "pobj":
                            _add(ids, self.finder.actors_of(o))
                return ids
        return None

    def _possessor(self, tok, depth: int) -> list[str]:
        owner = possessor(tok, depth)
        return self.finder.actors_of(owner) if owner is not None else []

    def _author_of(self, tok) -> list[str]:
        """'denounced proposals by Varga', 'rejected the offer made by Ostland', 'criticised demands from
        the union': who made the thing an act responds to."""
        return next((ids for ids in map(self.finder.actors_of, author_phrases(tok)) if ids), [])

    def _participants(self, tok, roles: Roles) -> None:
        """'between A, B and representatives of mediators C and D' → source A, target B, others C, D."""
        groups = between_groups(tok)
        if not groups:
            return
        ids = [i for i in (self.finder.actors_of_head(g) for g in groups if not is_mediator(g)) if i]
        for group in ids:
            if not roles.source:
                _add(roles.source, group)
            elif not roles.target and not set(group) & set(roles.source):
                _add(roles.target, group)
            else:
                _add(roles.others, group)
        for g in (g for g in groups if is_mediator(g)):
            ids = self.finder.actors_of(g)
            _add(roles.others, ids)
            if ids:
                roles.inferred.append("mediator")

    def _target_of(self, tok, roles: Roles) -> list[str]:
        """Actors named by an object phrase; for an event phrase ('these talks'), the initiator of that event."""
        clause = relative_clause(tok) if tok.lower_ in ("which", "that", "whom") else None
        if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
            tok = predicate_subject(clause.head)  # "Varga's plan, which Osei criticized": what it stands for
        ids = (names_a_pair(tok) and last_pair(self.history)) or (  # "condemned the arrest of reporters by police": police
            [i for o in by_agents(tok) for i in self.finder.actors_of(o)] if tok.pos_ == "NOUN" else []) or self.finder.actors_of(tok)
        if ids and tok.tag_ == "NN" and self._type in REACTIVE_TYPES and tok.lemma_.lower() not in RELATIONAL_NOUNS \
                and all(i in self.finder.pending for i in ids):  # "critical of Osei's leadership": what is Osei's
            ids = self._possessor(tok, 2) or ids  # (not "accused its ally": someone else)
        if ids:
            return ids
        # "an embargo on arms sales to Velland" (a stance on such a measure addresses whoever took it, not Velland)
        ids = [i for t in flow_partners(tok, self._type) for i in self.finder.actors_of(t)] if self._type not in REACTIVE_TYPES else []
        if ids:
            return ids
        lemma = tok.lemma_.lower()
        topic = self._type in PARTY_TYPES and lemma not in self.lex.person_nouns and lemma not in self.lex.group_nouns
        ids = ([i for o in counterparts(tok) for i in self.finder.actors_of(o)] if self._type not in REACTIVE_TYPES else []
               ) or (self._possessor(tok, 0) if not topic else []) or self._author_of(tok)  # "its ties with X", "Varga's offer"
        if ids:
            return ids
        # "the state of emergency the governor declared": whoever made the thing is the one addressed
        for c in tok.children:
            if c.dep_ == "relcl" and not is_passive(c) and c != self._trigger:  # not "an allegation X denied"
                subj = child(c, "nsubj")
                if subj is not None and subj.lower_ not in ("which", "that", "who"):
                    ids = self.finder.actors_of(subj)
                    if ids:
                        return ids
        low = tok.lower_
        if lemma in self.lex.policy_nouns or low in self.lex.policy_nouns:
            roles.inferred.append("policy-object")  # a stance on a measure ("support for the inquiry")
        event_noun = lemma in self.lex.nouns or low in self.lex.nouns
        if not (event_noun or lemma in GENERIC_EVENT_NOUNS):
            return []
        venue = event_noun and all(s["type"] in PARTY_TYPES for s in self.lex.nouns.get(low, self.lex.nouns.get(lemma, ())))
        if self._type in REACTIVE_TYPES and not venue:
            # "condemned the coup in Westmark", "criticised the crackdown in Port Aster": the state where it
            # happened is what a stance addresses; where talks were held or an agreement signed is no party
            for p in prep_children(tok, {"in"}):
                pobj = child(p, "pobj")
                if pobj is not None and pobj.pos_ == "PROPN":
                    ids = [i for i in self.finder.actors_of(pobj) if self.finder.kind_of(i) == "state"]
                    if ids:
                        roles.inferred.append("place-target")
                        return ids
        prev_roles = referred_event(self.history, self.lex.nouns.get(low, self.lex.nouns.get(lemma)), lemma)
        if prev_roles is not None:
            roles.inferred.append("back-reference")
            # criticising what troops did addresses the state that commands them
            return [*self.finder.commanding_states(prev_roles.source), *prev_roles.source]
        return []
