"""An act one report tells as a possibility and a later one as done (corpus/reread.py `_same_class`, linking.json
`reread_hypothetical_done`, session 34): the later report of the act come true corroborates the corpus event read
hypothetical; an earlier report, and the execution of a threat or an intention, stay apart.

Invented records (no NLP), built as tests/test_corpus_reread.py builds them.
"""
from __future__ import annotations

import json

import pytest

from dateline.corpus import update
from dateline.corpus.reread import _same_class
from dateline.corpus.signature import settings
from test_corpus_reread import _record, _rereads, _store

ROE, KELL = "Ana Roe", "Jan Kell"
DONE = ("The port fees were the main point when Roe met Kell in Varna, officials said. "
        "The grain corridor stays open.")


def _possible(modality: str, text: str, published: str = "2031-05-06") -> dict:
    event = {"id": "e1", "type": "CONSULT", "source": ["a1"], "target": ["a2"], "others": [], "modality": modality,
             "mode": None, "rule": "test", "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text},
             "date": None, "location": None}
    return _record("r1", published, "Outlet One", text, [ROE, KELL], [event])


COULD = "Ana Roe could meet Jan Kell in Varna to discuss the grain corridor and the port fees."
PLANS = "Ana Roe plans to meet Jan Kell in Varna to discuss the grain corridor and the port fees."


@pytest.fixture
def later(monkeypatch):
    monkeypatch.setitem(settings(), "reread_hypothetical_done", "later")


def test_a_later_report_of_the_act_done_corroborates_a_possibility(later):
    st = _store([_possible("hypothetical", COULD), _record("r2", "2031-05-07", "Outlet Two", DONE, [ROE, KELL])])
    update(st.conn)
    assert [(a, t, json.loads(f).get("told_as")) for a, _c, t, f in _rereads(st)] == [("r2", "met", "asserted")]
    assert tuple(st.conn.execute("SELECT n_articles, n_outlets FROM corpus_events").fetchone()) == (2, 2)


def test_an_earlier_report_of_the_act_done_or_a_threat_carried_out_stays_apart(later):
    earlier = _record("r0", "2031-05-05", "Outlet Two", DONE, [ROE, KELL])
    st = _store([_possible("hypothetical", COULD), earlier])
    update(st.conn)
    assert _rereads(st) == []  # told done first, a possibility after: not this act come true
    settings()["reread_hypothetical_done"] = "any"  # (restored by the fixture's monkeypatch)
    st = _store([_possible("hypothetical", COULD), earlier])
    update(st.conn)
    assert [r[0] for r in _rereads(st)] == ["r0"]  # the date order alone kept it out
    st = _store([_possible("intended", PLANS), _record("r2", "2031-05-07", "Outlet Two", DONE, [ROE, KELL])])
    update(st.conn)
    assert _rereads(st) == []  # an intention and its execution are two events (issue 12)


def test_switched_off_the_classes_stay_apart(monkeypatch):
    monkeypatch.setitem(settings(), "reread_hypothetical_done", False)
    st = _store([_possible("hypothetical", COULD), _record("r2", "2031-05-07", "Outlet Two", DONE, [ROE, KELL])])
    update(st.conn)
    assert _rereads(st) == []


def test_the_class_test_by_date_order():
    rep = {"mod": "hypothetical", "lo": 100}
    assert _same_class("asserted", rep, 100, {"hypothetical_done": "later"})
    assert not _same_class("asserted", rep, 99, {"hypothetical_done": "later"})
    assert _same_class("asserted", rep, 99, {"hypothetical_done": "any"})
    assert not _same_class("negated", rep, 101, {"hypothetical_done": "later"})
    assert not _same_class("asserted", dict(rep, mod="threat"), 101, {"hypothetical_done": "later"})
    assert _same_class("threat", dict(rep, mod="threat"), 50, {})
