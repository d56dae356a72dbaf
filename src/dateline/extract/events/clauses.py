"""Who the parse says performs a clause: subjects inherited through control, coordination, participles
and gerunds; agents the parser hung too low; the parties of 'between A and B'. Pure functions of the
spaCy parse (no actors): `roles.py` maps the tokens they return to actors."""
from __future__ import annotations

from .kinds import RECEIVING_VERBS
from .triggers import child, direct_object, is_passive, prep_children

# verbs whose object is the one who performs their xcomp: "urged Ruritania to release …"
OBJECT_CONTROL = frozenset("urge ask force encourage advise instruct order persuade invite call press allow "
                           "permit tell help enable compel pressure push".split())
# verbs of letting or helping, whose bare clause's subject is their object ("help Ostland rebuild")
LETTING = frozenset("help allow permit enable let".split())
CLIMB_DEPS = frozenset({"advcl", "pcomp", "acl", "prep", "pobj", "dobj", "conj", "ccomp"})


def clause_subjects(verb, depth: int = 0) -> tuple[list, bool]:
    """Subject tokens of a verb's clause, inherited through control, coordination and participles.

    Returns (tokens, inherited)."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or [
        c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]  # hung on "have"
    if subj:
        s = _set_off_subject(subj)
        if s.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            return [verb.head], False
        return [s], False
    if verb.head == verb:  # "Kell Weighs In: Urges Ostland to Leave": a headline's clause after a colon continues
        lead = _colon_lead(verb)
        return ([lead], True) if lead is not None else ([], False)
    if depth >= 4:
        return [], False
    dep, head = verb.dep_, verb.head
    if dep == "xcomp":
        return _controller(head, depth), True
    if dep == "conj":
        left = _split_conjunct_subject(verb)
        if left is not None:
            return [left], False
        if head.dep_ in ("acomp", "attr"):
            # "said it was deeply concerned and offered to mediate": the parser coordinates the verb with
            # the predicate adjective; the subject is the copula's
            head = head.head
        if not is_passive(head):
            return clause_subjects(head, depth + 1)[0], True
    if dep == "advcl" and verb.tag_ == "VBG" and is_passive(head) and child(head, "nsubjpass") is not None:
        # "Kell was sworn in, thanking her voters", "she's tacked left, criticizing Osei" (the parser reads
        # "'s tacked" as a passive): a participle's doer is its clause's subject, whatever the voice
        return [child(head, "nsubjpass")], True
    doer = _gerund_doer(verb) if dep == "pcomp" else None
    if doer is None and dep in ("acl", "relcl"):
        doer = _decision_owner(verb)
    if doer is not None:
        return [doer], True
    if dep in CLIMB_DEPS:
        # "posted a message blaming Ruritania": climb to the verb that has a subject
        up = head
        while up.pos_ not in ("VERB", "AUX") and up.head != up and depth < 4:
            up, depth = up.head, depth + 1
        if up.pos_ in ("VERB", "AUX") and up != verb:
            return clause_subjects(up, depth + 1)[0], True
    return [], False


DASHES = frozenset({"-", "–", "—", ":", ")"})
QUOTE_MARKS = frozenset({'"', "”", "''", "’"})


def _set_off_subject(subj):
    """The verb's subject where the parser gave it two: a dateline or a quotation set off before the real one
    ("Velna (AP) – Ostland has shelled …", '"…," Kell said') is no subject; the later one after a dash, colon,
    closing parenthesis or a quotation's closing mark and comma is. Else the first."""
    doc = subj[0].doc
    for s in reversed(subj[1:]):
        i = s.left_edge.i
        before = doc[i - 1] if i > 0 else None
        if before is not None and (before.text in DASHES or (
                before.text in QUOTE_MARKS and i > 1 and doc[i - 2].text == ",")):
            return s
    return subj[0]


def _colon_lead(verb):
    """The subject of the clause before a colon that a subjectless headline clause continues ('Osei Hits Back:
    Slams Kell Over Tax Plan', parsed with the first clause as the second's complement), else None. Only in a line
    without a full stop (a headline or a heading): in running text a colon introduces what is said."""
    if verb.sent[-1].is_punct and verb.sent[-1].text in (".", "!", "?"):
        return None
    lead = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if lead is None or not any(t.text == ":" for t in verb.doc[lead.i:verb.i]):
        return None
    return child(lead, "nsubj")


def predicate_subject(t):
    """What a predicate noun stands for: 'Ostland is the fifth state that Kell has sued' — the state is Ostland
    (the copula's subject); any other token is itself."""
    if t.dep_ == "attr" and t.pos_ == "NOUN" and t.head.lemma_ == "be":
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("which", "who", "whom", "that", "whose"):
            return subj
    return t


def inherited_subject(verb):
    """The subject a subjectless participle or complement takes from its clause, else None."""
    subj, inherited = clause_subjects(verb)
    return subj[0] if subj and inherited else None


def _controller(head, depth: int) -> list:
    """Who performs an xcomp of `head`: the object of an object-control verb ("urged Ruritania to
    release …"), the passive subject ("Ostland was urged to withdraw", "Varga is expected to resign"),
    the subject of the copula an adjective is the predicate of ("Varga is ready to resign", "she was
    proud to endorse Osei"), else the subject of `head`."""
    obj = child(head, "dobj")
    if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
        return [obj]
    passive_subject = child(head, "nsubjpass")
    if passive_subject is not None:
        return [passive_subject]
    if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head.pos_ in ("AUX", "VERB") and depth < 4:
        return clause_subjects(head.head, depth + 1)[0]
    return clause_subjects(head, depth + 1)[0]


def _split_conjunct_subject(verb):
    """'… had beaten the militia and Ruritania would be moving into Freedonia': the parser took the new
    clause's subject as a second object; the noun right before the verb group is its subject."""
    left = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if left is not None and left.dep_ == "conj" and left.pos_ in ("PROPN", "NOUN") and left.head.dep_ in ("dobj", "pobj"):
        return left
    return None


def _gerund_doer(verb):
    """'accused Freedonia of shelling …', 'lashed out at Varga for ignoring …', 'Varga was arrested for
    attacking …': the one accused, blamed or arrested is the doer of the gerund."""
    head = verb.head
    if not (head.dep_ == "prep" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB"):
        return None
    obj = direct_object(head.head)
    if obj is None:
        at = next(iter(prep_children(head.head, {"at", "on"})), None)
        obj = child(at, "pobj") if at is not None else None
    return obj


def _decision_owner(verb):
    """'Ostland's decision to expel the envoys', 'the decision by Ostland to …', 'the Ostland decision to …': the
    maker of the decision performs its infinitive."""
    head = verb.head
    if head.pos_ != "NOUN" or verb.tag_ != "VB":
        return None
    if head.dep_ == "attr" and head.head.pos_ == "AUX" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Ostland was the first state to recognize Velna": the one the copula says the noun is performs it
        subj = child(head.head, "nsubj")
        if subj is not None:
            return subj
    owner = child(head, "poss")
    if owner is None:
        by = next(iter(prep_children(head, {"by"})), None)
        owner = child(by, "pobj") if by is not None else None
    if owner is None:  # "the FBI decision not to indict Kell": a name modifying the noun is its maker
        owner = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i), None)
    return owner


def stray_agents(verb) -> list:
    """By-phrases of a passive verb that the parser hung lower down: 'was shot in the back by a guard'
    (on the noun), 'was invited to speak by the union' (on the complement verb). Only through
    prepositional phrases and complements of the verb, at most three steps down, never inside another
    clause with its own subject."""
    out, frontier = [], [(c, 1) for c in verb.children if c.dep_ in ("prep", "xcomp")]
    while frontier:
        tok, depth = frontier.pop(0)
        if tok.dep_ in ("agent", "prep") and tok.lower_ == "by" and tok.head != verb:
            out.append(tok)
            continue
        if depth >= 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        frontier += [(c, depth + 1) for c in tok.children if c.dep_ in ("prep", "pobj", "agent")]
    return out


def between_groups(tok) -> list:
    """The conjoined participants of 'between A, B and C' under this token."""
    for p in prep_children(tok, {"between", "among"}):
        pobj = child(p, "pobj")
        if pobj is not None:
            return [pobj, *pobj.conjuncts]
    return []


def _own_phrase(tok):
    """The tokens of tok's phrase without its coordinated siblings ('A, B and C' → A)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if not (t == tok and c.dep_ in ("conj", "cc")))
    return out


def is_mediator(tok) -> bool:
    """'representatives of mediators Westmark and Ostland': a party that brokers, not a side."""
    return any(t.lemma_.lower() in ("mediator", "mediate", "host", "broker") for t in _own_phrase(tok))


def doer_groups(act) -> list[list]:
    """Tokens that may name who did the act a noun names, in the order to try them: its possessor ("Kell's
    decision"), its by-phrase ("the raid by the Front"), a by-phrase the parser hung on the act's object
    ("the attack on the embassy by the Front"), the agent of a participle on it ("a bill sponsored by Kell",
    "statements made by Kell"), a modifier naming a party ("a coalition airstrike", "a police raid")."""
    groups = [[c for c in act.children if c.dep_ == "poss"], by_agents(act), participle_agents(act)]
    groups.append([c for c in act.children if c.dep_ in ("compound", "amod") and c.i < act.i])  # "a coalition airstrike"
    groups.append(participants_in(act))
    return [g for g in groups if g]


# what someone has in an act ("Ostland's role in the attack", "the involvement of two officers in the raid")
PARTICIPATION_NOUNS = frozenset({"role", "part", "involvement", "participation", "complicity"})
# verbs whose subject takes part in the act their in-phrase names ("took part in", "was involved in")
PARTICIPATION_VERBS = frozenset({"participate", "engage", "involve"})


def participants_in(act) -> list:
    """'Two officers took part in the attack', 'the Front was involved in the bombing', 'forces were engaged in
    clashes with X', 'Ostland's role in the attack', 'the involvement of two officers in the raid': who takes part
    in the act an in-phrase names does it. Not 'the plot involved two officers' (the active of involve names what
    the plot includes), nor a part someone else plays in it ('a role for Ostland')."""
    if act.dep_ != "pobj" or act.head.lower_ != "in":
        return []
    holder = act.head.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() == "part" and holder.dep_ == "dobj":
        holder = holder.head  # "took part in …" with the in-phrase on the noun
    lemma = holder.lemma_.lower()
    if holder.pos_ == "NOUN" and lemma in PARTICIPATION_NOUNS:
        owners = [c for c in holder.children if c.dep_ == "poss"]
        return owners or [o for p in prep_children(holder, {"of"}) for o in p.children if o.dep_ == "pobj"]
    if holder.pos_ != "VERB":
        return []
    taking_part = lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in holder.children)
    if not (taking_part or lemma in PARTICIPATION_VERBS) or (lemma == "involve" and not is_passive(holder)):
        return []
    passive_subject = child(holder, "nsubjpass") if is_passive(holder) else None
    return [passive_subject] if passive_subject is not None else clause_subjects(holder)[0]


def requested_doers(noun, verb) -> list:
    """'Osei froze the funds at Kell's request', 'the troops returned, at the government's request, in 2014': the one
    asked is who did what the verb says, its active subject (inherited through coordination and gerunds); empty when
    the request is no at-phrase of that verb, or the verb is passive (who was asked is then untold)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.head != verb or verb.pos_ != "VERB":
        return []
    return [] if is_passive(verb) else clause_subjects(verb)[0]


def participle_agents(noun) -> list:
    """'A bill sponsored by Kell', 'the attack, reportedly conducted by the Front': the by-agents of the past
    participles on a noun."""
    parts = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [o for v in parts for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def in_manner(noun, verb) -> bool:
    """'Dockworkers walked out in protest', 'fired back in retaliation': a bare event noun in an in-phrase of the verb
    is the manner of the verb's own act, which its subject does; 'hurt in the protest' names another act."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head == verb and not any(
        c.dep_ in ("det", "poss") for c in noun.children)


def by_agents(act) -> list:
    """'The arrest of three reporters by the police', 'a statement by the ministry': the by-phrase of a noun (also one
    the parser hung on its of-, on- or against-object) names who did or made it — never its possessor, which is as
    often what underwent it ("Kell's arrest")."""
    holders = [act] + [o for p in prep_children(act, {"on", "against", "of"}) for o in p.children if o.dep_ == "pobj"]
    return [o for h in holders for p in prep_children(h, {"by"}) for o in p.children if o.dep_ == "pobj"]


def counterparts(obj) -> list:
    """'Severed its ties with Ostland', 'deployed troops to its border with Ostland': the with-phrase of an object the
    doer owns (no possessor, or a pronoun one) names the other party of the act."""
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
        return []  # "Kell's talks with Osei": a named owner's thing
    return [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


def complement_parties(comp, obj) -> list:
    """'Agreed to resume joint patrols with Ostland', 'offered to open talks with the government': the other party
    of an intended act is the with-phrase of its verb or of the object the doer owns (`counterparts`)."""
    own = [o for p in prep_children(comp, {"with"}) for o in p.children if o.dep_ == "pobj"]
    return own + (counterparts(obj) if obj is not None else [])


CONDITIONS = frozenset({"unless", "if", "until"})
THREAT_PREPS = frozenset({"on", "against", "to", "with"})


def threat_parties(verb, comp, obj) -> list:
    """Who a threat addresses, in order: the object of a recipient preposition on the act threatened or on its object
    ('threatened to impose tariffs on Ostland', 'to cut ties with Ostland'), then the subject of the condition the
    threat sets ('threatened to quit the talks unless Ostland stopped its patrols': who is to comply)."""
    held = [child(p, "pobj") for t in (comp, obj) if t is not None for p in prep_children(t, THREAT_PREPS)]
    conditions = [c for v in (verb, comp) for c in v.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)]
    return [o for o in held if o is not None] + [s for c in conditions for s in c.children if s.dep_ == "nsubj"]


OWN_ARGUMENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "attr", "oprd", "acomp"})


def raised_object(verb, preps) -> list:
    """'Ostland condemned and rejected the decision', 'endorsed and campaigned for Bell': a transitive verb
    with no argument of its own, coordinated with a later verb of the same clause, shares that verb's object
    (or the object of one of `preps` on it). Returns the shared object tokens (none when the verb has its own
    argument, is passive, or the later conjunct has its own subject)."""
    if is_passive(verb) or any(c.dep_ in OWN_ARGUMENT_DEPS for c in verb.children):
        return []
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if later is None or is_passive(later) or any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
        return []
    obj = direct_object(later)
    if obj is not None:
        return [obj]
    return [o for p in prep_children(later, preps) for o in p.children if o.dep_ == "pobj"]


def author_phrases(tok) -> list:
    """'proposals by Varga', 'the offer made by Ostland', 'demands from the union': the phrases that may name
    who made the thing an act responds to, in order."""
    out = [child(p, "pobj") for p in prep_children(tok, {"by", "from"})]
    for part in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        out += [child(a, "pobj") for a in part.children if a.dep_ == "agent"]
    if tok.dep_ == "dobj" and not is_passive(tok.head):
        # "dismissed the accusation by Kell": the parser hangs the object's by-phrase on the active verb
        out += [child(p, "pobj") for p in prep_children(tok.head, {"by"}) if p.i == tok.right_edge.i + 1]
    return [o for o in out if o is not None]


def from_objects(verb) -> list:
    """The objects of 'from' on the verb or on its prepositional phrase ('came under fire from X', 'came under
    attack on Monday from X')."""
    return phrase_objects([verb] + phrase_objects([verb], {"under"}), {"from"})


def phrase_objects(heads, preps) -> list:
    """The objects of the prepositional phrases (`preps`) on each of `heads`, in order."""
    return [o for h in heads for p in prep_children(h, preps) for o in p.children if o.dep_ == "pobj"]


# phrasal verbs of receiving ("picked up the endorsement of Acme", "racked up endorsements from unions")
RECEIVING_PHRASALS = frozenset({("pick", "up"), ("rack", "up")})
# the phrase that says what a reaction is about ("criticism for the move", "drew fire over its plan")
REASON_PREPS = frozenset({"for", "over", "about"})


# verbs whose subject undergoes the act their object names ("Kell faces charges", "suffered attacks from X")
UNDERGOING_VERBS = frozenset({"face", "suffer", "endure", "undergo"})


def receives(verb) -> bool:
    """'Won the backing of …', 'picked up the endorsement of …', 'faces charges': a verb whose subject receives or
    undergoes its object."""
    lemma = verb.lemma_.lower()
    return lemma in RECEIVING_VERBS or lemma in UNDERGOING_VERBS or any(
        c.dep_ == "prt" and (lemma, c.lower_) in RECEIVING_PHRASALS for c in verb.children)


def giver_phrases(heads) -> list:
    """The objects of 'from' on the heads of a reaction ('support from Ostland', 'drew criticism from Kell'), also
    a named person's or organisation's from-phrase the parser hung on the reason ('criticism for the move from
    Kell', 'faced criticism over its plan from the Acme union'); a place there is where the reason comes from
    ('support for refugees from Westmark')."""
    reasons = phrase_objects(heads, REASON_PREPS)
    named = [o for o in phrase_objects(reasons, {"from"}) if o.ent_type_ in ("PERSON", "ORG")]
    return phrase_objects(heads, {"from"}) + named


# verbs whose subject does the act their object noun names, beside the lexicon's light verbs: aiming or throwing it at
# someone ("aimed its attacks at X", "lobbed criticisms at X", "heaped praise on X") or taking it up ("took over the
# investigation", "stepped up its attacks"); a particle other than the listed ones changes the act ("threw out the case")
AIMING_VERBS = frozenset({"aim", "direct"})
# what is thrown is words: "lobbed attacks at X" is a verbal attack, never an act of force
THROWING_VERBS = frozenset("lob hurl fling sling throw heap pile shower".split())
DELIVERING_PHRASALS = frozenset({("take", "over"), ("step", "up"), ("ramp", "up")})
# running an act ("oversaw the investigation", "orchestrated the attacks"): the subject is the one who does it (not
# the verbs of ending it: "closed its inquiry without charges" tells how an act ended, measured in session 31)
RUNNING_VERBS = frozenset("oversee supervise orchestrate mastermind spearhead coordinate head".split())


def delivers(verb, etype: str) -> bool:
    """'Lobbed criticisms at X', 'took over the investigation', 'oversaw the inquiry': a verb whose subject does what
    its object names (an act of type `etype`)."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if particles:
        return any((lemma, p) in DELIVERING_PHRASALS for p in particles)
    return lemma in AIMING_VERBS or lemma in RUNNING_VERBS or (lemma in THROWING_VERBS and etype != "ASSAULT")


# what carries a message to its addressee ("in a letter to X"); a closed class of words
MESSAGE_NOUNS = frozenset({"letter", "message", "email", "e-mail", "memo", "note", "statement", "call", "cable",
                           "text", "petition", "appeal", "ultimatum", "telegram"})


def message_addressees(verb) -> list:
    """Who the message a speech act travels in is sent to ('asked for the files in a letter to the ministry',
    'warned them in a message to the embassy'): the objects of 'to' on the message noun. The in-phrase may hang on
    what is asked for ('asked for the return of the files in a letter to the ministry')."""
    heads = [verb, *(o for p in prep_children(verb, {"for"}) for o in p.children if o.dep_ == "pobj")]
    msgs = [o for h in heads for p in prep_children(h, {"in", "through", "via", "with"}) for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in MESSAGE_NOUNS]
    return [o for m in msgs for p in prep_children(m, {"to"}) for o in p.children if o.dep_ == "pobj"]


def placed_under(noun):
    """'placed Kell under house arrest', 'put the town under siege', 'Kell was placed under arrest by the army':
    an event noun after "under" names what the verb's object undergoes. Returns (patients, agents): the tokens
    of the one it is done to (the object, or a passive's subject) and of the one who does it (the clause's
    subject, or a passive's by-phrase); None when the noun is not in that construction."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if is_passive(verb):
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return (patients, agents) if patients else None
    obj = direct_object(verb)
    return ([obj], clause_subjects(verb)[0]) if obj is not None else None



def recipient_preps(tok, names) -> list:
    """The prepositions of `tok` with these words, and a particle or adverb the parser gave an object ('calling on
    authorities to act', where 'on' is read as the verb's particle with 'authorities' its object; 'protested outside
    Ostland's embassy', where 'outside' is read as an adverb with 'embassy' its object)."""
    return prep_children(tok, names) + [c for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in names
                                        and any(o.dep_ == "pobj" for o in c.children)]


# nouns of goods, money or people moving between two parties, and the measures that restrict such a flow: a measure
# on the flow addresses the party at its other end ("an embargo on arms sales to Velland", "a ban on imports from
# Ostland", "restrictions on trade with Velland", "suspended flights to Velland")
FLOW_NOUNS = frozenset("sale export import shipment delivery transfer flight trade supply purchase investment "
                       "remittance".split())
RESTRICTION_NOUNS = frozenset("ban embargo sanction restriction curb tariff limit moratorium boycott".split())


# readings that undo a measure: easing it addresses whom the measure was on ("lifted sanctions against Velland")
EASING_TYPES = frozenset({"RETREAT", "CONCEDE"})


def flow_partners(tok, etype: str | None = None) -> list:
    """The tokens naming the other end of a flow `tok` names ('sales to Velland', 'imports from Ostland', 'trade with
    Velland'; the to-phrase may hang on the verb whose object the flow is: 'banned arms sales to Velland'), or of the
    flow a restriction noun is on ('an embargo on weapons exports to Velland'); for an easing reading (`etype` RETREAT
    or CONCEDE) also the party a restriction is on ('suspended the sanctions against Velland'). Empty for any other
    noun."""
    lemma = tok.lemma_.lower()
    if lemma in RESTRICTION_NOUNS:
        flows = [o for p in prep_children(tok, {"on", "against"}) for o in p.children if o.dep_ == "pobj"]
        return [t for f in flows for t in (_flow_ends(f) if f.lemma_.lower() in FLOW_NOUNS
                                            else [f] if etype in EASING_TYPES else [])]
    return _flow_ends(tok) if lemma in FLOW_NOUNS else []


def _flow_ends(flow) -> list:
    holders = [flow, flow.head] if flow.dep_ == "dobj" else [flow]
    return [o for h in holders for p in prep_children(h, {"to", "from", "with"}) for o in p.children if o.dep_ == "pobj"]


def relative_clause(pron):
    """The relative clause a relative pronoun belongs to, also the second of two coordinated ones ('the plan, which
    Kell proposed and which Osei criticized') and through an infinitive ('whom Kell refused to endorse'); else None."""
    clause = pron.head
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def complement_object(comp):
    """The object of a complement verb: its object or dative, else, for a verb of letting or helping, the subject
    the parser gave its bare clause ('offered to help Ostland rebuild', 'agreed to allow Kell to speak' read as
    'Ostland rebuild', 'Kell to speak'); None when there is none."""
    obj = child(comp, "dobj") or child(comp, "dative")
    if obj is None and comp.lemma_.lower() in LETTING:
        clause = next((c for c in comp.children if c.dep_ == "ccomp" and not any(
            m.dep_ == "mark" for m in c.children)), None)
        obj = child(clause, "nsubj") if clause is not None else None
    return obj


def noun_preps(noun, names) -> list:
    """The prepositions of an event noun with these words, also those of a bare participle on it ('a meeting planned
    with Osei', 'the sanctions imposed on Ostland'; not 'talks held in Velna with …' read by the noun's own phrase)."""
    parts = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and not any(
        g.dep_ in ("nsubj", "nsubjpass", "agent") for g in c.children)]
    return prep_children(noun, names) + [p for c in parts for p in prep_children(c, names)]


# the bodies that sentence or convict ("was sentenced in the Velna District Court")
COURT_NOUNS = frozenset({"court", "tribunal"})
COURT_TYPES = frozenset({"SANCTION", "COERCE"})
# verbs whose subject decides what a passive in their clause says is done ("…, the judge ordered")
ORDERING_VERBS = frozenset({"order", "rule", "decree", "direct"})


def deciders(verb, etype: str) -> list:
    """Who does what an agentless passive says was done to someone, where the clause names them without a by-phrase:
    the court in whose proceedings a sentence or a conviction happened ('Kell was sentenced in the Velna District
    Court', 'was found guilty at the High Court'), or the subject of a verb of ordering whose complement the passive
    is ('the judge ordered that Kell be detained', 'Kell is to be held without bail, the judge ordered'). Tokens; empty
    when the passive has an agent or the clause names no decider."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    courts = [o for p in prep_children(verb, {"in", "at", "before"}) for o in p.children if o.dep_ == "pobj"
              and o.lemma_.lower() in COURT_NOUNS] if etype in COURT_TYPES else []
    if courts:
        return courts
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" else verb  # "Kell is to be held"
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in ORDERING_VERBS or is_passive(head):
        return []
    # "the court ruled that Kell was detained unlawfully" finds what was done, it does not order it
    found = clause.i > head.i and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in verb.children)
    return [] if found else clause_subjects(head)[0]


def possessor(tok, depth: int = 0):
    """The possessor of a phrase, also through up to two of-phrases ('the leader of the party of Kell'), else None."""
    own = next((c for c in tok.children if c.dep_ == "poss"), None)
    if own is not None or depth >= 2:
        return own
    for p in prep_children(tok, {"of"}):
        pobj = child(p, "pobj")
        if pobj is not None:
            return possessor(pobj, depth + 1)
    return None
