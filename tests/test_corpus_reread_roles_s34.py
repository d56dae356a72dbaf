"""A reread sentence naming both parties of a meeting needs fewer act words (corpus/reread.py `_need_words`,
linking.json `reread_both_roles_min_words`, session 34, H10): another outlet's report of one meeting that names
both parties around its trigger but tells little else of it corroborates the corpus event; a directed act (an
accusation between rivals, told again every few days) and a sentence naming one party keep the usual bar.

Invented records (no NLP), built as tests/test_corpus_reread.py builds them.
"""
from __future__ import annotations

import pytest

from dateline.corpus import update
from dateline.corpus.reread import _need_words
from dateline.corpus.signature import settings
from test_corpus_reread import _record, _rereads, _store

ROE, KELL = "Ana Roe", "Jan Kell"
FIRST = ("Ana Roe met Jan Kell in Varna to discuss the port fees, the grain corridor, the ferry tariffs "
         "and the border crossings.")
OTHER = "Roe met Kell for two hours, aides said. The harbour reopens next month."
ONE_PARTY = "Roe met for two hours with aides, they said. Kell was abroad. The harbour reopens next month."


def _first(kind: str = "CONSULT", verb: str = "met", published: str = "2031-05-06") -> dict:
    text = FIRST.replace("met", verb)
    event = {"id": "e1", "type": kind, "source": ["a1"], "target": ["a2"], "others": [], "modality": "asserted",
             "mode": None, "rule": "test", "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text},
             "date": None, "location": None}
    return _record("r1", published, "Outlet One", text, [ROE, KELL], [event])


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setitem(settings(), "reread_both_roles_min_words", 0.05)
    monkeypatch.setitem(settings(), "reread_both_roles_symmetric", True)


def test_a_short_report_naming_both_parties_of_a_meeting_corroborates_it(on):
    st = _store([_first(), _record("r2", "2031-05-06", "Outlet Two", OTHER, [ROE, KELL])])
    update(st.conn)
    assert [(a, t) for a, _c, t, _f in _rereads(st)] == [("r2", "met")]
    assert tuple(st.conn.execute("SELECT n_articles, n_outlets FROM corpus_events").fetchone()) == (2, 2)


def test_switched_off_the_usual_bar_keeps_it_out(monkeypatch):
    monkeypatch.setitem(settings(), "reread_both_roles_min_words", None)
    st = _store([_first(), _record("r2", "2031-05-06", "Outlet Two", OTHER, [ROE, KELL])])
    update(st.conn)
    assert _rereads(st) == []


def test_one_party_named_or_a_directed_act_keeps_the_usual_bar(on):
    st = _store([_first(), _record("r2", "2031-05-06", "Outlet Two", ONE_PARTY, [ROE, KELL])])
    update(st.conn)
    assert _rereads(st) == []
    accused = OTHER.replace("met Kell for two hours", "accused Kell of lying")
    st = _store([_first("ACCUSE", "accused"), _record("r2", "2031-05-06", "Outlet Two", accused, [ROE, KELL])])
    update(st.conn)
    assert _rereads(st) == []  # rivals accuse each other every few days


def test_the_bar_by_roles():
    rep = {"src": {"k:roe": 1}, "tgt": {"k:kell": 1}, "types": {"CONSULT": 1},
           "keys": {"k:roe": 1, "k:kell": 1}}
    both = {"keys": {"k:roe", "k:kell"}, "named": [(0, {"k:roe"}), (20, {"k:kell"})]}
    opts = {"min_words": 0.1, "both_roles_min_words": 0.05, "both_roles_symmetric": True}
    assert _need_words(both, rep, 10, opts) == 0.05
    assert _need_words(dict(both, keys={"k:roe"}, named=[(0, {"k:roe"})]), rep, 10, opts) == 0.1
    assert _need_words(both, dict(rep, types={"ACCUSE": 1}), 10, opts) == 0.1
    assert _need_words(both, dict(rep, types={"ACCUSE": 1}), 10, dict(opts, both_roles_symmetric=False)) == 0.05
    assert _need_words(both, dict(rep, tgt={}), 10, opts) == 0.1
    assert _need_words(both, rep, 10, dict(opts, both_roles_min_words=None)) == 0.1
    gathered = dict(rep, src={"k:roe": 1, "k:kell": 1}, tgt={"k:kell": 1, "k:roe": 1})
    assert _need_words(both, gathered, 10, opts) == 0.05
    alone = dict(both, keys={"k:kell"}, named=[(0, {"k:kell"}), (30, {"k:kell"})])
    assert _need_words(alone, gathered, 10, opts) == 0.1  # one party named twice is not both parties
