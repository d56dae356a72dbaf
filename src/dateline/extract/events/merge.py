"""One record per distinct event: restatements of an event are merged into one report that stands for it.

A lead sentence and a later paragraph about the same meeting are one event.
Two drafts are the same event when they have the same type and modality,
share an initiator (for the symmetric types CONSULT/AGREE/COOPERATE: share
two participants, or one holds all the other's) and do not name different
targets.
A merged event takes its most directly read date (`absorb`); two reports whose own sentences date them to different
days are two events, not one (`dated_apart`); a report that tells its act as one more of its kind ("fired rockets
again", "a second strike", "renewed its call") is a further event, not a restatement of an earlier report
(`told_again`). Which report stands for a merged event (`stands_over`): a construction rule's reading over one
only the candidate model read (`model_only`), whichever came first; between readings of one kind, the one naming
more of the event's participants, then the surer reading; else the first. A model-alone report and a rule's report
in different sentences stay two events (`read_apart`). The reports folded into an event are kept as its further
`mentions` (text order); the report it stands on is its `evidence` and `trigger`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...record import EventMention

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# how directly a date was read, as dating._read_date gives it: 3 a day attached to the trigger, 2 another time of
# its own sentence, 1 a time told elsewhere, 0 publication. Merging prefers 3 to 2 and 1 alike (a time of the
# sentence beating the story's reference time lost on the spent label files, 35 against 36 of 46 merged events,
# and on the article sets, 13 against 14 of 16); only 2 and 3 are the report's own date.
_PREFERENCE = {3: 2, 2: 1, 1: 1, 0: 0}
OWN_DATE = 2
# how coarse an event date's precision is ("publication" dates are strength 0 and never reach the comparison)
# words that tell an act as one more of its kind: an adverb of the act ("again", "anew"), a word of the act's noun
# or its object ("another", "a second", "fresh"), a verb that takes the act up again ("renewed its call")
AGAIN_ADVERBS = frozenset({"again", "anew", "afresh"})
AGAIN_MODIFIERS = frozenset({"another", "fresh", "renewed", "repeated", "second", "third", "fourth", "fifth"})
AGAIN_VERBS = frozenset({"renew", "resume", "repeat", "reiterate"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_COARSENESS = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5}


@dataclass(slots=True)
class Draft:
    """An event before ids are assigned, with what merging needs to know."""
    event: object                 # record.Event
    sent_start: int
    mentions: int = 1
    triggers: list[int] = field(default_factory=list)
    date_strength: int = 0        # how directly its date was read (dating.ATTACHED_DAY … PUBLICATION)
    anaphoric: bool = False       # a definite event noun ("the meeting", "these talks") refers back
    again: bool = False           # told as one more act of its kind ("again", "a second strike"): `told_again`
    own_confidence: float | None = None  # its reading's confidence before a restatement raised it (`absorb`)


def _ident(aid: str) -> str:
    return aid


def _participants(ev, key=_ident) -> set[str]:
    return {key(a) for a in (*ev.source, *ev.target, *ev.others)}


def same_event(a, b, key=_ident) -> bool:
    """Do two events report the same happening? `key` maps an actor id to what identifies it
    for this purpose (the pipeline uses the country of state-like actors: "Freedonian army" and
    "the armed forces of Freedonia" are one initiator)."""
    if a.type != b.type or a.modality != b.modality:
        return False
    if a.type in SYMMETRIC:
        pa, pb = _participants(a, key), _participants(b, key)
        shared = pa & pb
        return len(shared) >= 2 or (bool(shared) and (pa <= pb or pb <= pa))
    if not {key(x) for x in a.source} & {key(x) for x in b.source}:
        return False
    ta, tb = {key(x) for x in a.target}, {key(x) for x in b.target}
    return not (ta and tb and not ta & tb)


def absorb(keep: Draft, other: Draft, key=_ident, side=_ident) -> None:
    """Fold a restatement into the event it restates: roles are united, the kept report's evidence stands and
    the other report becomes one of the event's further mentions."""
    k, o = keep.event, other.event
    if keep.own_confidence is None:
        keep.own_confidence = k.confidence
    src_sides = {side(a) for a in k.source}
    for role in ("source", "target", "others"):
        for aid in getattr(o, role):
            if aid not in k.source and aid not in k.target and aid not in k.others:
                # a participant the first report lacked; on symmetric events a new initiator is a
                # co-participant unless it stands for the same side ("the U.S." … "the U.S. envoy")
                if role == "source" and k.type in SYMMETRIC and k.source and side(aid) not in src_sides:
                    role_here = "others"
                else:
                    role_here = role
                getattr(k, role_here).append(aid)
    mine, theirs = _PREFERENCE.get(keep.date_strength, 1), _PREFERENCE.get(other.date_strength, 1)
    if o.date is not None and (theirs > mine or (theirs == mine and finer_within(o.date, k.date))):
        k.date, keep.date_strength = o.date, other.date_strength
    if k.location is None:
        k.location = o.location
    if k.mode is None:
        k.mode = o.mode
    k.confidence = max(k.confidence, o.confidence)
    keep.mentions += other.mentions
    keep.triggers += other.triggers
    told = [report_of(other), *o.mentions, *k.mentions]
    k.mentions = sorted(told, key=lambda m: (m.evidence.start, m.trigger.start if m.trigger else -1))


def report_of(d: Draft) -> EventMention:
    """A draft's own report (its sentence, trigger, reading and that reading's confidence) as a mention."""
    ev, own = d.event, round(min(1.0, max(0.0, reading_confidence(d))), 3)
    return EventMention(evidence=ev.evidence, rule=ev.rule, confidence=own, trigger=ev.trigger)


def finer_within(new, old) -> bool:
    """Does a restatement's date name a day (or week) inside the coarser date of the first report ("Kell
    accused Vale this month" … "the accusation, made on Tuesday, …": Tuesday)? Read as directly as the first
    report's date, it says more; a day outside that span, or one no finer, does not replace it."""
    if old is None or not old.value or not new.value:
        return old is None
    rank_new, rank_old = _COARSENESS.get(new.precision or ""), _COARSENESS.get(old.precision or "")
    if rank_new is None or rank_old is None or rank_new >= rank_old:
        return False
    if old.precision == "week":  # a week is written as one of its days
        try:
            a, b = date.fromisoformat(new.value[:10]), date.fromisoformat(old.value[:10])
        except ValueError:
            return False
        return a.isocalendar()[:2] == b.isocalendar()[:2]
    span = old.value[:7] if old.precision == "month" else old.value[:4]
    return new.value.startswith(span)


def dated_apart(a: Draft, b: Draft) -> bool:
    """Do two reports each date themselves, in their own sentence, to days that do not meet ("Kell accused Vale
    on Monday." … "On Thursday Kell accused Vale again.")? Then they tell two events (GOLD.md: one entry per
    distinct event), each with its own date. A finer day inside the other's month or week meets it."""
    da, db = a.event.date, b.event.date
    if a.date_strength < OWN_DATE or b.date_strength < OWN_DATE or da is None or db is None:
        return False
    if not da.value or not db.value or finer_within(da, db) or finer_within(db, da):
        return False
    va, vb = da.value[:10], db.value[:10]
    return va[:min(len(va), len(vb))] != vb[:min(len(va), len(vb))]


def refers_back(earlier, definite) -> bool:
    """Can a definite event noun ("the meeting took place between …") restate this earlier event?"""
    if earlier.type != definite.type:
        return False  # modality is the governing clause's ("a chance to use the talks"), not the event's
    pa, pb = _participants(earlier), _participants(definite)
    return bool(pa & pb) or len(pb) <= 1


def _once_more(tok) -> bool:
    """Is the act of this verb told as repeated by an adverb ("again", "anew", "once more")?"""
    return any(c.dep_ == "advmod" and (c.lower_ in AGAIN_ADVERBS or (c.lower_ == "more" and c.i > 0 and c.nbor(-1).lower_ == "once"))
               for c in tok.children)


def _another(noun) -> bool:
    """Is this noun one more of its kind ("another attack", "a second strike", "fresh clashes", not "the second
    strike", which may name one told before)?"""
    kids = list(noun.children)
    return (any(c.dep_ in ("amod", "det") and c.lower_ in AGAIN_MODIFIERS for c in kids)
            and not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids))


def told_again(trigger, anchor) -> bool:
    """Does the sentence tell this act as one more of its kind? "Ostland again fired rockets", "launched a second
    strike", "carried out fresh airstrikes", "renewed its call for talks", "resumed talks": a further act, not a
    restatement of one told before."""
    verbs = [t for t in (trigger, anchor) if t.pos_ in ("VERB", "AUX")]
    if trigger.dep_ in ("dobj", "xcomp") and trigger.head.pos_ == "VERB":
        verbs.append(trigger.head)  # "renewed its call", "resumed firing"
    if any(_once_more(v) or (v != trigger and v.lemma_.lower() in AGAIN_VERBS) for v in verbs):
        return True
    nouns = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ == "dobj"]
    return any(_another(n) for n in nouns)


def merge_restatements(drafts: list[Draft], key=_ident, side=_ident) -> list[Draft]:
    """Drafts in text order → one draft per distinct event. `key` identifies initiators for
    merging; `side` (e.g. the country of any actor) only decides where a merged-in initiator goes."""
    out: list[Draft] = []
    for d in drafts:
        if any(d.triggers and set(d.triggers) & set(o.triggers) for o in out):
            continue
        target = next((o for o in out if same_event(o.event, d.event, key) and not dated_apart(o, d)
                       and not read_apart(o, d) and not (d.again and not o.again)), None)
        if target is None and d.anaphoric and not d.again:
            target = next((o for o in reversed(out) if refers_back(o.event, d.event) and not dated_apart(o, d)), None)
        if target is None:
            out.append(d)
        elif stands_over(d, target):
            # the later report's reading stands for the event and the earlier one becomes its further mention
            absorb(d, target, key, side)
            out[next(i for i, o in enumerate(out) if o is target)] = d
        else:
            absorb(target, d, key, side)
    return out


def stands_over(later: Draft, first: Draft) -> bool:
    """Does a later report's reading stand for an event instead of the one standing for it so far (`first`, with
    the participants it has gathered)? A construction rule's reading over the candidate model's alone
    (`model_only`), never the reverse; between readings of one kind, the later one when it alone names more of the
    event's participants ("Kell met Vale." … "Kell, Vale and Osei met in Velna.") or, naming as many, when its
    own reading is surer (`reading_confidence`: the candidate model's or the rule's, before merging)."""
    if model_only(first) != model_only(later):
        return model_only(first)
    return (_parties(later), reading_confidence(later)) > (_parties(first), reading_confidence(first))


def _parties(d: Draft) -> int:
    ev = d.event
    return len(ev.source) + len(ev.target) + len(ev.others)


def reading_confidence(d: Draft) -> float:
    """The confidence of a draft's own reading, before any restatement merged into it raised it."""
    return d.event.confidence if d.own_confidence is None else d.own_confidence


def model_only(d: Draft) -> bool:
    """Is the draft a reading of the candidate model alone (a dictionary word no construction rule read,
    rule '….model')? When it restates a report a construction rule read, the rule's reading stands."""
    return d.event.rule.endswith(".model")


def read_apart(a: Draft, b: Draft) -> bool:
    """Are these a model-alone reading and a construction rule's reading told in different sentences ("Kell
    slammed Vale's plan on Monday." … "Kell criticized the plan in a speech to members.")? Then each sentence's
    act is an event of its own; inside one sentence ("Kell slammed the plan, criticizing Vale …") they stay one
    event, the rule's reading standing for it."""
    return model_only(a) != model_only(b) and a.sent_start != b.sent_start
