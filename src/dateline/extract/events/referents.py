"""What a phrase that refers back stands for: "the two", "both sides" (the parties of an earlier event),
"the raid", "the decision" (an earlier event of that kind)."""
from __future__ import annotations

from ..positions import with_lemma

ACTION_TYPES = frozenset({"RETREAT", "SANCTION", "COERCE", "ASSAULT", "AID", "MOBILIZE", "CONCEDE", "AGREE", "COOPERATE"})

PAIR_NOUNS = frozenset("sides countries nations parties governments leaders neighbours neighbors rivals men women "
                       "camps states presidents ministers".split())


def names_a_pair(tok) -> bool:
    """'The two agreed to meet', 'urged both sides', 'the two countries': a phrase that refers back to
    two parties named before ("two governments" without the article introduces new ones)."""
    low = tok.lower_
    if low == "both" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "quantmod", "amod")}
    if low == "two" and tok.pos_ == "NUM" and "the" in kids and tok.dep_ != "nummod":
        return True
    return tok.pos_ == "NOUN" and low in PAIR_NOUNS and ("both" in kids or {"the", "two"} <= kids)


# events whose two parties are the sides of a story's dyad (not a request to, or aid from, a third party)
DYAD_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE",
                        "CONSULT", "AGREE", "COOPERATE", "CONCEDE", "RETREAT"})


def last_pair(history) -> list[str]:
    """The two sides a phrase like "both sides" refers to (`history`: (candidate, roles) pairs read so far): the
    pair of parties that meets most often in the events read with two (ties: the latest), counting the dyad
    events ("Russia urged both sides" after Armenia accused Azerbaijan and asked the UN to meet: Armenia and
    Azerbaijan); else the latest pair of any event."""
    counts: dict[frozenset, list] = {}
    latest: list[str] = []
    for k, (cand, roles) in enumerate(history):
        parties = list(dict.fromkeys([*roles.source, *roles.target, *roles.others]))
        if len(parties) < 2:
            continue
        latest = parties[:2]
        if cand.type in DYAD_TYPES:
            row = counts.setdefault(frozenset(parties[:2]), [0, k, parties[:2]])
            row[0], row[1] = row[0] + 1, k
    if counts:
        return max(counts.values(), key=lambda r: (r[0], r[1]))[2]
    return latest


def referred_event(history, senses, lemma: str):
    """The roles of the earlier event an event phrase refers back to (`senses`: the lexicon's readings of
    its noun, None for a generic noun such as "the decision"), or None. The story's first report of that
    kind of event is the salient referent ("these talks" = the talks of the lead, "spoke out against the
    raid" = the story's attack), then one of the same word; "the decision", "the move": the first action."""
    if senses:
        types = {s["type"] for s in senses}
        tests = [lambda prev: prev.type in types, lambda prev: prev.trigger.lemma_.lower() == lemma]
        if any(s.get("refers_by_lemma") for s in senses):
            tests = tests[1:]  # "the subpoena" is the subpoena, not any earlier request
    else:
        tests = [lambda prev: prev.type in ACTION_TYPES]
    for same in tests:
        for prev, prev_roles in history:
            if prev_roles.source and same(prev):
                return prev_roles
    return None


RESPONSIBILITY_VERBS = frozenset("claim take accept admit assume bear".split())


def _claim(resp):
    """(claimant token, event noun) of 'X claimed responsibility for the bombings' at its "responsibility"
    token, else None (also for "denied any responsibility", "did not claim responsibility")."""
    if resp.lemma_.lower() != "responsibility":
        return None
    verb = resp.head
    if resp.dep_ != "dobj" or verb.lemma_.lower() not in RESPONSIBILITY_VERBS \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    noun = next((o for p in resp.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"), None)
    return (subj, noun) if subj is not None and noun is not None else None


def claimant_of(noun, finder) -> list[str]:
    """'X claimed responsibility for the bombings': X, for the event noun after "for" (else nobody)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    claim = _claim(prep.head) if prep is not None and prep.lower_ == "for" else None
    return finder.participants_of(claim[0]) if claim is not None and claim[1] == noun else []


def claimed_responsibility(drafts, doc, finder) -> None:
    """'The Front claimed responsibility for the attack': the claimant is a source of the attack (the event
    the noun names, else the latest earlier event of the noun's reading), as an analyst would code it."""
    # (only the words of that lemma are looked at, found in the LEMMA array)
    for claim in filter(None, (_claim(doc[i]) for i in with_lemma(doc, "responsibility"))):
        subj, noun = claim
        claimant = finder.participants_of(subj)
        if not claimant:
            continue
        event = next((d.event for d in drafts if noun.i in d.triggers), None) or next(
            (d.event for d in reversed(drafts) if d.triggers and d.triggers[0] < noun.i and d.event.type == "ASSAULT"), None)
        if event is not None:
            event.source = list(dict.fromkeys([*claimant, *event.source]))
            event.target = [t for t in event.target if t not in event.source]


def protest_aims(drafts, doc) -> None:
    """'Thousands marched in the capital to demand the resignation of President Kell': a protest the text gives no
    addressee is aimed at whoever the demand (or protest) of its purpose clause addresses."""
    for d in drafts:
        if d.event.type != "PROTEST" or d.event.target or not d.triggers:
            continue
        purpose = {t.i for c in doc[d.triggers[0]].children if c.dep_ in ("advcl", "xcomp")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}
        aim = next((o.event for o in drafts if o is not d and o.event.type in ("REQUEST", "PROTEST", "ACCUSE")
                    and o.event.target and set(o.triggers) & purpose), None)
        if aim is not None:
            d.event.target = [t for t in aim.target if t not in d.event.source]


def assailant(finder) -> list[str]:
    """The article's attacker ("the attacker", "the gunmen"): the agent a passive attack leaves out."""
    for tok in finder.doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in finder.lex.assailant_nouns and (
                tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")):
            # the attacker as a doer ("the attacker jumped on stage", "used by the assailant"),
            # not as someone acted upon ("fired a shot at the attacker")
            ids = finder.participants_of(tok, head_only=True)
            if ids:
                return ids
    return []


def police_in(finder, sent, exclude) -> list[str]:
    """A police actor named in this sentence (who makes an arrest the passive leaves unsaid)."""
    for tok in sent:
        aid = finder.span_actor(tok)
        if aid and aid not in exclude and (a := finder.actor(aid)) is not None and a.sector == "POL":
            return [aid]
    return []
