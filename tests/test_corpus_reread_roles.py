"""A reread sentence naming both roles of a corpus event around its trigger (issue 12, session 26): participants most
articles of the days name are no evidence alone (corpus/reread.py), but a sentence telling the source acting on the
target, as an active clause tells them, is a sign of this act however common the names (`reread_both_named`).
Invented records only (no NLP)."""
from __future__ import annotations

from dateline.corpus import update
from test_corpus_reread import OTHER, _first_report, _record, _rereads, _store

CROWD = [_record(f"c{n}", "2031-05-06", f"Outlet {n}", "Roe and Kell spoke in Varna about many things.",
                 ["Ana Roe", "Jan Kell"]) for n in range(3, 7)]


def test_both_roles_named_around_the_trigger_corroborate_however_common_the_names():
    """Before: Roe and Kell are named by five articles of the day, so 'when Roe met Kell in Varna' was no evidence."""
    st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", OTHER, ["Ana Roe", "Jan Kell"]), *CROWD])
    update(st.conn)
    assert [r[0] for r in _rereads(st)] == ["r2"]
    assert tuple(st.conn.execute("SELECT n_articles, n_outlets, n_reread FROM corpus_events").fetchone()) == (2, 2, 1)


def _accusation(aid: str, published: str, text: str) -> dict:
    event = {"id": "e1", "type": "ACCUSE", "source": ["a1"], "target": ["a2"], "others": [], "modality": "asserted",
             "mode": None, "rule": "test", "confidence": 0.8, "evidence": {"start": 0, "end": len(text), "text": text},
             "date": {"value": "2031-05-05", "text": "on Monday", "precision": "day"}, "location": None}
    return _record(aid, published, "Outlet One", text, ["Ana Roe", "Jan Kell"], [event])


def test_a_directed_act_told_the_other_way_round_stays_no_evidence():
    """'Kell accused Roe …' names both, but the target before the trigger and the source after it: another act."""
    first = _accusation("r1", "2031-05-06", "Ana Roe accused Jan Kell of hiding the port fees on Monday.")
    told = "The port fees were hidden, Roe accused Kell in Varna, officials said."
    turned = "The port fees were hidden, Kell accused Roe in Varna, officials said."
    for text, want in ((told, ["r2"]), (turned, [])):
        st = _store([first, _record("r2", "2031-05-06", "Outlet Two", text, ["Ana Roe", "Jan Kell"]), *CROWD])
        update(st.conn)
        assert [r[0] for r in _rereads(st)] == want, text
