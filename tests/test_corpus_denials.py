"""Reread denials (corpus/denials.py, session 22; `linking.json` `reread_denials`, on): a sentence telling a corpus
event's act negated is listed as a denial of it only when it is negated by a negation or a verb of denial, told as
fact and of the corpus event's own place.

Invented records (no NLP), built as in tests/test_corpus_reread.py."""
from __future__ import annotations

from dateline.corpus import update
from test_corpus_reread import _meeting_event, _record, _store

LEAD = "Police detained Jan Kell near the village of Velkor on Monday, his lawyer said."


def _denials(other: str) -> list[tuple]:
    event = dict(_meeting_event(LEAD), type="COERCE", source=[], target=["a1"])
    st = _store([_record("r1", "2031-05-06", "Outlet One", LEAD, ["Jan Kell"], [event]),
                 _record("r2", "2031-05-06", "Outlet Two", other, ["Jan Kell"])])
    update(st.conn)
    return [tuple(r) for r in st.conn.execute("SELECT a_article, b_article, found_by FROM corpus_conflicts "
                                              "WHERE kind = 'denial'")]


def test_a_denial_told_as_fact_is_listed_by_default():
    assert _denials("The ministry said on Tuesday that Jan Kell had not been detained near Velkor.") == [
        ("r1", "r2", "reread")]


def test_refusals_judgements_stops_and_other_places_are_no_denials():
    from dateline.corpus.signature import settings
    cfg = settings()
    was, cfg["reread_denials"] = cfg.get("reread_denials"), True  # session 21's opt-in listed each of these
    try:
        _no_denials()
    finally:
        cfg["reread_denials"] = was


def _no_denials():
    for other in ("Jan Kell said on Tuesday that police would not detain him again near Velkor.",  # a modal
                  "The ministry said on Tuesday that Jan Kell had not been detained near Ostin.",  # another place
                  "The ministry said on Tuesday that police had stopped detaining protesters near Velkor, Jan Kell said."):
        assert _denials(other) == [], other


def test_an_act_told_without_is_no_corroboration_of_it():
    """'broke up without a deal' tells of no deal: read negated (reread._modality_cues, session 22)."""
    deal = "Ana Roe and Jan Kell agreed in Varna on Monday to reopen the port to grain ships and to cut the port fees."
    event = dict(_meeting_event(deal), type="AGREE")
    other = "The Varna session of Ana Roe and Jan Kell broke up without an agreement on the port fees for grain ships."
    st = _store([_record("r1", "2031-05-06", "Outlet One", deal, ["Ana Roe", "Jan Kell"], [event]),
                 _record("r2", "2031-05-06", "Outlet Two", other, ["Ana Roe", "Jan Kell"])])
    update(st.conn)
    assert [r[0] for r in st.conn.execute("SELECT trigger FROM corpus_rereads")] != ["agreement"]
    assert st.conn.execute("SELECT n_outlets FROM corpus_events").fetchone()[0] == 1
