"""Whom a person works for: whom their staff role serves, "X, a top adviser to Senator Y", "Y's longtime aide X", "Y spokeswoman X" — the person
Y is X's affiliation, so X takes Y's sector and country where nothing else gives them one (words `staff_roles`);
and where a former role says they are now ("X, a former Treasury official now at the Y Institute", "..., who is now a
fellow at the Y Institute"): Y, not the former office.

Read after every name is found (the principal is often named after the staffer), from the parse alone: a staff role
in apposition to the name, or a compound before it, whose to/for-object, possessor or compound is a person's name."""
from __future__ import annotations

from .cands import Cand

PRINCIPAL_PREPOSITIONS = ("to", "for")
FORMER = ("former", "ex", "onetime", "erstwhile")
NOW_REACH = 10  # tokens after "now" to look for the present employer in


class StaffMixin:
    """Needs the Finder's `doc`, `w` and `taken`."""

    def _staff_principals(self, out: list[Cand]) -> None:
        """Give each named person whose staff role names another person that person as affiliation."""
        if not self.w.staff_roles:
            return
        for c in out:
            if c.akind != "person" or c.mkind != "name" or c.affiliation is not None or c.te <= c.ts:
                continue
            head = self.doc[c.te - 1]
            roles = [t for t in head.children if t.dep_ in ("appos", "compound") and self._staff_word(t)]
            if head.dep_ == "appos" and self._staff_word(head.head):  # "her longtime aide, X" (the role first)
                roles.append(head.head)
            principal = next((p for p in map(lambda r: self._principal_of(r, c), roles) if p is not None), None)
            if principal is not None:
                c.affiliation = principal

    def _staff_word(self, tok) -> bool:
        return tok.lemma_.lower() in self.w.staff_roles or tok.lower_ in self.w.staff_roles

    def _principal_of(self, role, c: Cand) -> Cand | None:
        """The person a staff role serves: its to/for-object, or a possessor or compound before it."""
        for ch in role.children:
            if ch.dep_ == "prep" and ch.lower_ in PRINCIPAL_PREPOSITIONS:
                obj = next((o for o in ch.children if o.dep_ == "pobj"), None)
            elif ch.dep_ in ("poss", "compound") and ch.i < role.i:
                obj = ch
            else:
                continue
            p = self.taken.get(obj.i) if obj is not None else None
            if p is not None and p is not c and p.akind == "person":
                return p
        return None

    def _current_employers(self, out: list[Cand]) -> None:
        """A former role in apposition to a name that goes on to say where the person is now ("X, a former Brisk
        Department lawyer now at the Kell Institute", "X, a former Treasury official who is now a fellow at the Kell
        Institute"): the organisation after "now" is the affiliation, and the former office gives no sector."""
        doc = self.doc
        for c in out:
            if c.akind != "person" or c.mkind != "name" or c.te <= c.ts:
                continue
            role = next((t for t in doc[c.te - 1].children if t.dep_ == "appos" and t.i >= c.te), None)
            if role is None or not any(ch.lower_ in FORMER for ch in role.lefts):
                continue
            now = next((t for t in [*role.subtree, *doc[c.te - 1].rights] if t.lower_ == "now" and t.i > role.i), None)
            end = min(now.sent.end, now.i + NOW_REACH) if now is not None else 0
            org = next((self.taken[i] for i in range(now.i + 1, end) if i in self.taken
                        and self.taken[i].akind == "organization"), None) if now is not None else None
            if org is not None:
                c.affiliation, c.sector, c.office = org, None, None
