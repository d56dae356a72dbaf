"""Phrase triggers for re-reading (corpus/reread.py `phrase_triggers`, session 22): a verb and the object word of one
of its patterns in the compiled event dictionary report an act no single word of the sentence types.

Invented records (no NLP), built as in tests/test_corpus_reread.py."""
from __future__ import annotations

from dateline.corpus import update
from test_corpus_reread import _record, _store

ARREST = "Police arrested the union leader Ana Roe at her home in Varna on Monday, her lawyer said."


def _arrest_event(text=ARREST):
    return {"id": "e1", "type": "COERCE", "source": [], "target": ["a1"], "others": [], "modality": "asserted",
            "mode": None, "rule": "test", "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text},
            "date": {"value": "2031-05-05", "text": "on Monday", "precision": "day"}, "location": None}


def _rereads(st):
    return [tuple(r) for r in st.conn.execute("SELECT article_id, trigger FROM corpus_rereads ORDER BY article_id")]


def test_held_in_custody_reports_an_arrest():
    other = ("Officers held the union leader Roe in custody at her home in Varna on Monday, colleagues of Ana Roe said. "
             "Her lawyer was not allowed to see her.")
    st = _store([_record("p1", "2031-05-05", "Outlet One", ARREST, ["Ana Roe"], [_arrest_event()]),
                 _record("p2", "2031-05-06", "Outlet Two", other, ["Ana Roe"])])
    update(st.conn)
    assert _rereads(st) == [("p2", "held custody")]
    assert st.conn.execute("SELECT n_outlets FROM corpus_events").fetchone()[0] == 2
    # told negated, between the verb and its object, it is no corroboration
    denied = other.replace("Officers held", "Officers never held")
    st = _store([_record("p1", "2031-05-05", "Outlet One", ARREST, ["Ana Roe"], [_arrest_event()]),
                 _record("p2", "2031-05-06", "Outlet Two", denied, ["Ana Roe"])])
    update(st.conn)
    assert _rereads(st) == []


def test_phrase_triggers_keep_to_their_clause():
    from dateline.corpus.reread import _TOKEN, phrase_triggers
    assert [found[1] for found in phrase_triggers(_TOKEN.findall("Troops opened fire near Brask."))] == [
        "opened fire"]
    # the object word of another clause is no object of the verb
    assert phrase_triggers(_TOKEN.findall("The delegates opened late; fire crews stood by.")) == []


def test_a_sentence_dating_the_act_to_its_day_needs_fewer_act_words():
    """`linking.json` `reread_dated_min_words` (session 22): a short report in other words shares few act words with
    the corpus event's evidence; when the sentence dates the act to the corpus event's day, 0.05 of them do (the
    linker's bar for weak links), else 0.1 as before."""
    other = ("Ana Roe, who leads the dockers' union, was detained on Monday, colleagues said. "
             "Her lawyer was not allowed to see her.")
    at = other.index("on Monday")
    monday = [{"type": "DATE", "value": "2031-05-05", "precision": "day", "start": at, "end": at + 9,
               "text": "on Monday"}]
    for times, expected in ((monday, [("p2", "detained")]), ([], [])):
        st = _store([_record("p1", "2031-05-05", "Outlet One", ARREST, ["Ana Roe"], [_arrest_event()]),
                     _record("p2", "2031-05-06", "Outlet Two", other.replace("on Monday", "") if not times else other,
                             ["Ana Roe"], times=times)])
        update(st.conn)
        assert _rereads(st) == expected
