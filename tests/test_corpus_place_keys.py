"""Place keys for re-reading (signature._place_keys, `linking.json` `reread_place_keys`, session 22): an event whose
parties are unnamed groups is looked for again in the other reports that name its place.

Invented records (no NLP), built as in tests/test_corpus_reread.py."""
from __future__ import annotations

from dateline.corpus import update
from test_corpus_reread import _record, _store

MARCH = "About 3,000 students marched through Velkor on Tuesday against higher tuition fees, police said."
OTHER = ("Organisers said more than 9,000 students took part in the march through Velkor on Tuesday against the "
         "tuition fees. The union will meet again next month.")
VELKOR = 7654321  # an invented gazetteer id


def _with_place(rec, word="Velkor"):
    text = rec["article"]["text"]
    at = text.index(word)
    rec["places"] = [{"text": word, "start": at, "end": at + len(word), "name": word, "country": None, "lat": 1.0,
                      "lon": 2.0, "geonameid": VELKOR, "kind": "city", "role": "literal", "stands_for": None}]
    return rec


def _students(rec, text):
    at = text.index("students")
    rec["actors"] = [{"id": "a1", "name": "students", "kind": "group", "country": None, "sector": "EDU", "kb_id": None,
                      "mentions": [{"start": at, "end": at + 8, "text": "students"}], "role": None}]
    return rec


def test_an_event_of_unnamed_groups_is_reread_by_its_place():
    event = {"id": "e1", "type": "PROTEST", "source": ["a1"], "target": [], "others": [], "modality": "asserted",
             "mode": None, "rule": "test", "confidence": 0.8,
             "evidence": {"start": 0, "end": len(MARCH), "text": MARCH},
             "date": {"value": "2031-05-06", "text": "on Tuesday", "precision": "day"}, "location": None}
    first = _with_place(_students(_record("m1", "2031-05-06", "Outlet One", MARCH, [], [event]), MARCH))
    other = _with_place(_students(_record("m2", "2031-05-07", "Outlet Two", OTHER, []), OTHER))
    st = _store([first, other])
    update(st.conn)
    rows = [tuple(r) for r in st.conn.execute("SELECT article_id, trigger FROM corpus_rereads")]
    assert rows == [("m2", "march")]
    assert st.conn.execute("SELECT n_outlets FROM corpus_events").fetchone()[0] == 2
