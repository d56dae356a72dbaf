"""Participants resolved as their names are written (issue 12, session 18): a proper name is a name whatever kind the
extractor gives it, a lower-case 'name' is an unnamed group, and a state's unnamed organ is filed under the state.
Invented records only (no NLP)."""
from __future__ import annotations

from dateline.corpus import update
from dateline.corpus.signature import event_signature
from test_corpus import _actor, _event, _partition, _record, _store

LINKED = {frozenset({("one", "e1"), ("two", "e1")})}


def _reports(src_one: dict, src_two: dict, text_one: str, text_two: str, typ: str = "ASSAULT",
             targeted: bool = True) -> set:
    """Two outlets' reports of one act on 4 May (against one named target, Lusk), the source kinded as given."""
    target, tgt = ([_actor("t", "Orrin Lusk", country=None)], ["t"]) if targeted else ([], [])
    recs = [_record("one", "2021-05-04", "o1", [dict(src_one, id="s")] + [dict(t) for t in target],
                    [_event("e1", typ, ["s"], tgt, "2021-05-04", text=text_one)]),
            _record("two", "2021-05-05", "o2", [dict(src_two, id="s")] + [dict(t) for t in target],
                    [_event("e1", typ, ["s"], tgt, "2021-05-04", text=text_two)])]
    st = _store(recs)
    update(st.conn)
    return _partition(st)


def test_a_proper_name_kinded_as_an_unnamed_group_is_still_a_name():
    """'The Iron Vale Brigades' is a group to one article's extractor and an organisation to the other's: one body,
    named alike, so one participant; an unnamed group of that sector would be anyone's."""
    group = _actor("s", "Iron Vale Brigades", kind="group", country=None, sector="REB")
    org = _actor("s", "Iron Vale Brigades", kind="organization", country=None, sector="REB")
    assert _reports(group, org, "The Iron Vale Brigades shelled the convoy of Orrin Lusk.",
                    "Fighters of the Iron Vale Brigades attacked the convoy carrying Orrin Lusk.") == LINKED
    sig = event_signature(_record("x", "2021-05-04", "o", [group], [_event("e1", "ASSAULT", ["s"], [])]),
                          _event("e1", "ASSAULT", ["s"], []))
    assert sig["src"][0]["strong"] and "n:iron vale brigades" in sig["src"][0]["keys"]


def test_a_name_written_in_lower_case_is_an_unnamed_group():
    """'the army' kinded as a named organisation was one body in every story ('n:army'); written in lower case it is
    an unnamed group of its country and sector, as 'soldiers' is: it says no more than that."""
    army = _actor("s", "army", kind="organization", country="RUR", sector="MIL")
    sig = event_signature(_record("x", "2021-05-04", "o", [army], [_event("e1", "ASSAULT", ["s"], [])]),
                          _event("e1", "ASSAULT", ["s"], []))
    assert sig["src"][0] == {**sig["src"][0], "strong": False, "keys": ["g:RUR:MIL"]}
    named = _actor("s", "Ruritanian Army", kind="organization", country="RUR", sector="MIL")
    sig = event_signature(_record("x", "2021-05-04", "o", [named], [_event("e1", "ASSAULT", ["s"], [])]),
                          _event("e1", "ASSAULT", ["s"], []))
    assert sig["src"][0]["strong"]


def test_a_states_unnamed_organ_is_filed_under_the_state():
    """'Kethmar's navy' (an unnamed organ of a state the gazetteer does not know) and 'Kethmar' are one party to the
    seizure, as event data code a state's organs; a person's office is not the person ('Ana Roe's office')."""
    organ = _actor("s", "Kethmar's navy", kind="anonymous", country=None, sector="MIL")
    state = _actor("s", "Kethmar", kind="person", country=None, sector=None)
    assert _reports(organ, state, "Kethmar's navy seized a foreign tanker in the strait.",
                    "Kethmar seized a foreign tanker in the strait.", typ="COERCE", targeted=False) == LINKED
    office = _actor("s", "Ana Roe's office", kind="anonymous", country=None, sector="GOV")
    sig = event_signature(_record("x", "2021-05-04", "o", [office], [_event("e1", "REJECT", ["s"], [])]),
                          _event("e1", "REJECT", ["s"], []))
    assert not sig["src"][0]["strong"]
