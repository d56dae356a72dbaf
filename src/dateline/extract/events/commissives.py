"""A promise of a hostile act is that act's event, not an agreement.

"Osei promised to veto the bill" is Osei's REJECT of the bill's sponsors, "Kell pledged to oppose the plan" a
REJECT, "the Front vowed to strike Velna" a threat of force: the commissive verb ("promise", "pledge", "vow",
"swear") tells the act's modality, the act tells the type. Without this, the promise reads as AGREE and the act,
the content of a governing verb, is dropped. So for a promised retreat ("promised to release the prisoners",
"vowed to withdraw"): the codebook's CONCEDE, a concession promised (`events._act_of_its_own`). A promise of
cooperation ("pledged to send aid") stays an agreement.
"""
from __future__ import annotations

COMMISSIVES = frozenset({"promise", "pledge", "vow", "swear"})
# content types that make a promise no agreement (a promised force act becomes a threat: see `_vowed`)
HOSTILE = frozenset({"REJECT", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE"})
REPLACING = HOSTILE | {"RETREAT", "CONCEDE"}  # content types that are the promise's event


def _commissive_head(cand):
    """The commissive verb whose infinitive complement this candidate's verb is ("promised to veto", "vowed to
    strike and to punish"), else None."""
    cur = cand.anchor
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if cur.dep_ != "xcomp" or cur.head.lemma_.lower() not in COMMISSIVES:
        return None
    return cur.head


def promised_hostility(cands: list) -> tuple[set[int], set[int]]:
    """(ids of commissive candidates to drop, ids of promised hostile acts to keep though governed)."""
    drop, keep = set(), set()
    by_trigger = {c.trigger.i: c for c in cands if c.anchor == c.trigger}
    for c in cands:
        if c.type not in REPLACING or not c.rule.startswith(("verb.", "light.")):
            continue
        head = _commissive_head(c)
        if head is None:
            continue
        keep.add(id(c))
        promise = by_trigger.get(head.i)
        if promise is not None and promise.type not in REPLACING:
            drop.add(id(promise))
    return drop, keep
