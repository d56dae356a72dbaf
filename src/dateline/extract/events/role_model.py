"""Learned role filling: the actor in a candidate's sentence that plays a role the construction rules left empty.

The rules in `roles.py` read source and target where the parse shows them (subject, object, agent, the
preposition a reading lists). When they find no source, or no recipient for a type that needs one, the
events stage used to drop the candidate. Here a linear model over the dependency path between the event
word and each actor named in its sentence ("up from the event word through xcomp to the governing verb,
down to its nsubj"), the actor's kind and place, the quotation around both and the event type scores
each actor as the event's source, its target or neither; the likeliest one fills the empty role when its
probability reaches the model's threshold. The model is trained on the hand-labelled training sentences
(`scripts/train_roles.py`, never on evaluation data) and chooses nothing when the text gives nobody the
role: labelled events whose source the sentence does not name teach it to leave the role empty.
"""
from __future__ import annotations

from dataclasses import dataclass

from .sents import sentence_of
from .speech import probabilities

MAX_PATH = 4  # longer paths are one feature, "long"
MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})


@dataclass
class Filler:
    token: object  # spaCy Token heading the actor's mention in the sentence
    aid: str


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def path(src, dst) -> tuple[list[str], list[str]]:
    """Dependency labels up from `src` to the lowest common ancestor and down from it to `dst`."""
    up_chain, down_chain = _ancestors(src), _ancestors(dst)
    down_index = {t.i: n for n, t in enumerate(down_chain)}
    for n, t in enumerate(up_chain):
        if t.i in down_index:
            ups = [x.dep_ for x in up_chain[:n]]
            downs = [x.dep_ if x.dep_ != "pobj" else f"pobj:{x.head.lower_}" for x in down_chain[:down_index[t.i]]]
            return ups, list(reversed(downs))
    return [x.dep_ for x in up_chain], []  # different sentences (a parse with two roots)


def fillers(cand, finder) -> list[Filler]:
    """One filler per actor named in the candidate's sentence: the mention token nearest the event word in
    the tree. Named actors and resolved pronouns only (no new generic participants are made)."""
    skip = {cand.trigger.i, cand.anchor.i}
    saved, finder.generic_ok = finder.generic_ok, False
    best: dict[str, tuple[int, object]] = {}
    try:
        for t in sentence_of(cand.trigger):
            if t.pos_ not in MENTION_POS or t.i in skip:
                continue
            # a pronoun counts as the actor the actors stage resolved it to (the events stage's own fallback
            # search for an antecedent costs more than the rest of the filler together)
            ids = ([a] if (a := finder.span_actor(t)) else []) if t.pos_ == "PRON" else finder.named_by(t)
            if not ids or (t.head is not t and t.head.pos_ in MENTION_POS and finder.named_by(t.head) == ids):
                continue  # "Donald" inside "Donald Trump": the mention's head stands for it
            ups, downs = path(cand.trigger, t)
            for aid in ids:
                if aid not in best or len(ups) + len(downs) < best[aid][0]:
                    best[aid] = (len(ups) + len(downs), t)
    finally:
        finder.generic_ok = saved
    return [Filler(tok, aid) for aid, (_, tok) in sorted(best.items(), key=lambda kv: kv[1][1].i)]


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def features(cand, filler: Filler, finder, quote_of) -> list[str]:
    """Binary features of (candidate, filler): path, position, kind, quotation. (What the rules chose is left
    out: trained with it, the model learns to trust the rules and has nothing to say where they are silent.)"""
    trig, tok = cand.trigger, filler.token
    ups, downs = path(trig, tok)
    steps = ["^" + d for d in ups] + ["v" + d for d in downs]
    p = " ".join(steps) if len(steps) <= MAX_PATH else "long"
    etype, family = cand.type, cand.rule.split(".")[0]
    f = [f"path={p}", f"path_t={etype}|{p}", f"path_f={family}|{p}", f"type={etype}", f"family={family}",
         f"tpos={trig.pos_}", f"up1={ups[0] if ups else '-'}", f"down={downs[-1] if downs else '-'}",
         f"down_t={etype}|{downs[-1] if downs else '-'}", f"nup={min(len(ups), 4)}", f"ndown={min(len(downs), 4)}",
         f"side={'before' if tok.i < trig.i else 'after'}", f"dist={_bucket(abs(tok.i - trig.i))}",
         f"kind={finder.kind_of(filler.aid)}", f"fpos={tok.pos_}", f"fdep={tok.dep_}"]
    f += [f"prep={d}" for d in downs if d.startswith("pobj:")]
    tq, fq = quote_of(trig.idx), quote_of(tok.idx)
    f.append(f"quote={'both' if tq and fq and tq == fq else 'trigger' if tq else 'filler' if fq else 'none'}")
    if tq and tq[2] == filler.aid:
        f.append("speaker_of_trigger_quote")
    if tok.pos_ == "PRON":
        f.append(f"pron={tok.lower_}")
    return f


def quote_lookup(ctx):
    """char -> (start, end, speaker) of the quotation holding it, or None."""
    spans = [(q.start, q.end, q.speaker) for q in ctx.quotes]

    def of(char: int):
        return next((s for s in spans if s[0] <= char < s[1]), None)

    return of


def fill(cand, roles, finder, model: dict, quote_of, want: tuple[str, ...]) -> list[str]:
    """Fill the wanted empty roles ("source", "target") with the likeliest filler at or above the model's
    threshold for that role (a role without a threshold is never filled); returns the roles filled."""
    scored = [(fl, probabilities(model, features(cand, fl, finder, quote_of))) for fl in fillers(cand, finder)]
    done = []
    for role in want:
        taken = set(roles.source) | set(roles.target) | set(roles.others)
        options = [(p[role], fl) for fl, p in scored if fl.aid not in taken and p[role] == max(p.values())]
        if not options:
            continue
        prob, fl = max(options, key=lambda x: x[0])
        threshold = model["thresholds"].get(role)
        if threshold is not None and prob >= threshold:
            (roles.source if role == "source" else roles.target).append(fl.aid)
            roles.inferred.append(f"learned-{role}")
            done.append(role)
    return done
