"""Results told in a subordinate or relative clause (issue 12, session 30), read for the contest reports only.

`contests.outcomes(..., wide=True)` reads a result in its own clause: the place must be named inside it. Campaign
news often names the place outside the clause that tells the win, or the win inside a clause the plain reader takes
for a prepositional phrase:
- a relative clause whose antecedent is the place or the contest ('Osei carried Tarn but lost Varna, which Kell won
  by ten points', 'the Varna primary, which Kell won', 'In Varna, where Kell won handily, ...'): the antecedent's
  names are the outcome's place;
- a clause opened by a conjunction that is also a preposition ('After Kell won Varna, Osei quit', 'since Kell won
  Varna'): the name after the conjunction is the win's subject, not the preposition's object ('in Varna won' stays
  no subject).
"""
from __future__ import annotations

from typing import Any

from . import contests as C

_RELATIVES = frozenset(("which", "where"))
_CONJUNCTIONS = frozenset(("after", "before", "since"))  # prepositions that also open a clause


def _skip_back(toks: list[str], j: int) -> int:
    """The index before the auxiliaries and -ly adverbs ending at j ('who has narrowly')."""
    while j >= 0 and (toks[j].lower() in C._BETWEEN or (toks[j].islower() and toks[j].endswith("ly"))):
        j -= 1
    return j


def clause_subject(toks: list[str], runs: list, i: int) -> tuple[int, int, str] | None:
    """The name run right before the verb at token i (auxiliaries and -ly adverbs between) when a conjunction that
    is also a preposition opens its clause: 'after Kell won' (Kell won), not 'in Varna won'."""
    j = _skip_back(toks, i - 1)
    run = next((r for r in runs if r[1] == j), None) if j >= 0 else None
    if run is None or run[0] == 0 or toks[run[0] - 1].lower() not in _CONJUNCTIONS:
        return None
    return run


def antecedent_names(toks: list[str], runs: list, i: int, found: dict[str, Any]) -> list[str]:
    """The keys of the place or contest a relative clause holding the outcome at token i stands for: the name run
    (with the names listed before it) ending right before ', which' / ', where' — or before one contest noun
    ('the Varna primary, which ...'). Nothing when the outcome's clause names its place itself, when no relative
    opens it, or when its subject is no name of the clause ('..., which the polls say Kell won')."""
    if found.get("n") or not found.get("w"):
        return []
    j = _skip_back(toks, i - 1)
    subject = next((r for r in runs if r[1] == j), None) if j >= 0 else None
    if subject is None or subject[0] < 2 or toks[subject[0] - 1].lower() not in _RELATIVES:
        return []
    comma = subject[0] - 2
    if toks[comma] != ",":
        return []
    end = comma - 1 - (comma > 1 and C._contest_noun(toks[comma - 1].lower()))
    run = next((r for r in runs if r[1] == end), None)
    if run is None or run[2].startswith(C.PRONOUN) or run[2] == found["w"] or run[2] == found.get("l"):
        return []
    listed = [run]
    while (k := listed[0][0] - 1) > 0 and toks[k].lower() in (",", "and", "&"):
        before = next((r for r in runs if r[1] == k - 1 - (toks[k - 1] == ",")), None)
        if before is None or before[2].startswith(C.PRONOUN):
            break
        listed.insert(0, before)
    return sorted({w for r in listed for w in C._words(toks, r)})


def subordinate_read(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """The outcome a verb of the table at token i tells in a clause opened by 'after', 'before' or 'since' ('After
    Kell won Varna, ...', 'since Osei lost to Kell', 'before Kell beat Osei'), or None; a plan, a condition or a
    negation tells none, as in `contests._read`."""
    low = toks[i].lower().replace("’", "'")
    role = C.table()["verbs"].get(C._verb_forms().get(low, ""))
    subj = clause_subject(toks, runs, i) if role and toks[i].islower() and not C._noun_role(low) else None
    if subj is None or (toks[i - 1].lower() if i else "") in C._BE:
        return None  # 'after Varna win': a noun; 'after Osei was beaten': a passive the plain reader takes
    cut = subj[0]  # the clause starts after its conjunction: names before it are another clause's
    toks, i, subj = toks[cut:], i - cut, (0, subj[1] - cut, subj[2])
    runs = [(a - cut, b - cut, k) for a, b, k in runs if a >= cut]
    start = max([j + 1 for j in range(i) if toks[j] in C._SENTENCE] + [0])
    if any(t.lower() in C._NO_ACT or t.lower().endswith("n't") for t in toks[max(0, i - 3):i]) or any(
            t.lower() in C._CONDITION for t in toks[start:i]):
        return None
    if role == "defeat":
        beaten = C._run_at(runs, i + 2 if i + 1 < len(toks) and toks[i + 1].lower() == "the" else i + 1)
        return C._outcome(toks, runs, i, subj, beaten, False) if beaten else None
    if not C._contest_object(toks, runs, i):
        return None
    if role == "win":
        over = C._after(toks, runs, i, "over")
        return C._outcome(toks, runs, i, subj, over, over is None)
    return C._outcome(toks, runs, i, C._after(toks, runs, i, "to"), subj, False)
