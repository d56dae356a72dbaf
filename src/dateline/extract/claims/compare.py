"""Claims of one article that contradict each other (see `claims`)."""
from __future__ import annotations

from ...knowledge.claims import ClaimLexicon as _Lex
from ...record import Claim, Quote
from .reading import _PRONOUNS, _RESPONSIBLE, MAX_COMPARED, _Info

_SHARE = 0.3


def _holder_key(q: Quote, names: dict[str, str]) -> str | None:
    if q.speaker:
        return q.speaker
    st = (q.speaker_text or "").strip().lower()
    if not st or st in _PRONOUNS:
        return None  # an unresolved pronoun could be anyone, the other holder included
    return "text:" + st


def _same_holder(a: _Info, b: _Info, names: dict[str, str]) -> bool:
    if a.holder == b.holder:
        return True
    na = names.get(a.holder) or a.holder.removeprefix("text:")
    nb = names.get(b.holder) or b.holder.removeprefix("text:")
    wa, wb = set(na.lower().split()), set(nb.lower().split())
    return bool(na.split()[-1:] == nb.split()[-1:] or (wa & wb - {"the", "of", "a", "an"} and
                                                       (wa <= wb or wb <= wa)))



def _antonymous(a: set[str], b: set[str], lex: _Lex) -> bool:
    return any((a & x and b & y) or (a & y and b & x) for x, y in lex.antonyms)


def _conflict(a: _Info, b: _Info, lex: _Lex) -> bool:
    if a.span[0] < b.span[1] and b.span[0] < a.span[1]:
        return False  # one stretch of text (overlapping quotes) is not two holders' statements
    shared = a.matter & b.matter
    words = {w for w in shared if w[0] != "@"} - {_RESPONSIBLE} - (a.names & b.names)
    if not words and not (_RESPONSIBLE in shared and any(w[0] == "@" for w in shared)):
        return False  # nothing in common but names (or a charge against someone else)
    for x, y in ((a, b), (b, a)):
        if x.first_person and not x.self_refs & y.matter:
            return False  # "we are not terrorists" is about its holder: only a claim about them contradicts it
    if a.when and b.when and not a.when & b.when:
        return False  # "no debate on October 15" vs "the debate on October 22": different matters
    if a.negative != b.negative:
        neg = a if a.negative else b
        if not (neg.focus & shared):
            return False  # what is negated is not what the other one says
        other = b if neg is a else a
        if not neg.qualifiers <= other.matter:
            return False  # "no paid parental leave" / "12 weeks of unpaid leave"
        if other.negated_words & neg.focus & shared:
            return False  # "… and does not constitute an endorsement": the other one denies it too
        n = len(shared) + bool(a.self_refs & b.matter) + bool(b.self_refs & a.matter)
        if not neg.whole and neg.core_verbs and not neg.core_verbs & shared:
            return False  # "Manafort did not lose a delegate" / "Manafort will oversee the delegate process"
        if n >= 2 and n >= _SHARE * min(len(a.matter), len(b.matter)):
            return True  # two shared items, and a good part of the shorter claim
        # one shared word is enough only when it is the predicate of both and denied outright:
        # "there has been no progress" / "progress in the talks", "denied that he was slain" / "his murder"
        return neg.direct and bool(shared & a.core_stems & b.core_stems & (a.core_nouns | b.core_nouns))
    # antonymous predicates of the same subject: "exports were continuing" / "export of oil had been disrupted"
    return bool(a.subjects & b.subjects) and _antonymous(a.core - b.core, b.core - a.core, lex)



def _link_conflicts(claims: list[Claim], infos: list[_Info], names: dict[str, str], lex: _Lex) -> None:
    """Claims of different holders that contradict each other point to each other (conflicts_with)."""
    for i, a in enumerate(claims):
        for j in range(i + 1, min(len(claims), i + 1 + MAX_COMPARED)):
            ia, ib = infos[i], infos[j]
            if ia.holder is None or ib.holder is None or _same_holder(ia, ib, names):
                continue
            if _conflict(ia, ib, lex):
                a.conflicts_with.append(claims[j].id)
                claims[j].conflicts_with.append(a.id)

