"""Rebuttals across articles (issue 12, session 15): a rejection reported by two articles is one occurrence told
twice, not one article's rebuttal of the other's event. Invented text only."""
from __future__ import annotations

import copy

from dateline.corpus import update
from test_corpus import _actor, _event, _record, _store

PEOPLE = [_actor("a1", "Alma Torvik", country="NOR"), _actor("a2", "Bram Okafor", country="NGA"),
          _actor("a3", "Cora Lindqvist", country="SWE")]


def _rows(recs) -> list[tuple]:
    st = _store(recs)
    update(st.conn)
    return [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_article, a_ref, a_value, b_article, b_ref, b_value FROM corpus_conflicts ORDER BY id")]


def test_two_reports_of_one_rejection_are_no_denial_of_each_other():
    text = "Okafor has refused again and again to take up any plan from Torvik for the dam on the river."
    recs = [_record(f"r{i}", f"2021-05-0{i + 2}", f"o{i}", copy.deepcopy(PEOPLE),
                    [_event("e1", "REJECT", ["a2"], ["a1"], text=text)]) for i in (1, 2)]
    assert _rows(recs) == []


def test_a_rejection_still_denies_another_occurrence_its_target_takes_part_in():
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PEOPLE), [_event(
                "e1", "ASSAULT", ["a1"], ["a3"], text="Torvik pushed Lindqvist at the gate of the dam on the river.")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PEOPLE), [_event(
                "e1", "REJECT", ["a2"], ["a1"], text="Okafor rejected Torvik's account of the gate of the dam on the river.")])]
    assert _rows(recs) == [("denial", "r1", "e1", "reported", "r2", "e1", "denied")]
