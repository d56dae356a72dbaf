"""Figures inside one corpus event (corpus/event_figures.py, session 22): a reread sentence's counts against its
corpus event's mentions, and counts of none.

Invented records (no NLP), built as in tests/test_corpus_reread.py: the first report holds the extracted event, the
other outlet's article only the sentence the re-reader attaches.
"""
from __future__ import annotations

from dateline.corpus import update
from test_corpus_reread import _record, _store

AMBUSH = "Pirates of the Tolm Front boarded a ferry off Brask on Thursday, wounding four sailors."


def _ambush_event(text=AMBUSH):
    return {"id": "e1", "type": "ASSAULT", "source": ["a1"], "target": [], "others": [], "modality": "asserted",
            "mode": None, "rule": "test", "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text},
            "date": {"value": "2031-05-08", "text": "on Thursday", "precision": "day"}, "location": None}


def _first():
    return _record("f1", "2031-05-08", "Outlet One", AMBUSH, ["Tolm Front"], [_ambush_event()])


def _other(text):
    return _record("f2", "2031-05-09", "Outlet Two", text, ["Tolm Front"])


def _figures(st):
    return sorted((r[0], r[1], r[2], r[3]) for r in st.conn.execute(
        "SELECT a_value, b_value, found_by, b_ref FROM corpus_conflicts WHERE kind = 'figure'"))


def test_a_reread_sentence_gives_another_count_of_the_event():
    st = _store([_first(), _other("The Brask ferry was attacked at dawn by the Tolm Front and six sailors were "
                                  "wounded, a hospital said.")])
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_rereads").fetchone()[0] == 1
    assert _figures(st) == [("4 sailor", "6 sailor", "reread", "s:0")]


def test_a_count_of_none_clashes_with_a_count_of_the_same_thing():
    st = _store([_first(), _other("The Brask ferry was attacked at dawn by the Tolm Front; none of the sailors were "
                                  "wounded, the harbour office said.")])
    update(st.conn)
    assert _figures(st) == [("4 sailor", "0 sailor", "reread", "s:0")]
    # a count of none that tells something else of the sailors is no clash
    st = _store([_first(), _other("The Brask ferry was attacked at dawn by the Tolm Front; no sailors were left on "
                                  "deck at Brask, the harbour office said.")])
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_rereads").fetchone()[0] == 1
    assert _figures(st) == []


def test_counts_of_none_are_read_in_their_clause():
    from dateline.corpus.event_figures import none_counts
    [(noun, words)] = none_counts("The harbour office said that none of the sailors were wounded.")
    assert noun == "sailor" and "wound" in words
    assert [n for n, _ in none_counts("Not a single lorry got through overnight.")] == ["lorry"]
    assert none_counts("No decision was taken on the crossing.") == []  # a singular after 'no' counts nothing
