"""Names as written find the other reports of a corpus event (corpus/names.py, session 21).

Invented records (no NLP): an unknown state is an organisation without a country in one report and the adjective
of its ministry in another; a front is only words after its fighters; identified entities give no name keys.
"""
from __future__ import annotations

import hashlib

from dateline.corpus import update
from dateline.corpus.names import fold, name_keys
from dateline.store import Store

LEAD = "VOSK \u2014 Kelvaria expelled the ambassador of Ostrania, Jon Vask, on Tuesday."
OTHER = "VOSK \u2014 The Kelvarian foreign ministry expelled the Ostranian ambassador on Tuesday."


def _actor(aid, name, kind, text, country=None):
    spans = []
    at = text.find(name)
    if at >= 0:
        spans.append({"start": at, "end": at + len(name), "text": name})
    return {"id": aid, "name": name, "kind": kind, "country": country, "sector": "GOV", "kb_id": None,
            "mentions": spans, "role": None}


def _record(aid, outlet, text, actors, events=()):
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": "2031-05-07", "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": outlet, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": actors, "events": list(events), "quotes": [], "places": [], "times": [], "claims": []}


def _lead():
    start = LEAD.index("Kelvaria")
    event = {"id": "e1", "type": "SANCTION", "source": ["a1"], "target": ["a2"], "others": [], "modality": "asserted",
             "mode": None, "rule": "test", "confidence": 0.5,
             "evidence": {"start": start, "end": len(LEAD), "text": LEAD[start:]},
             "date": {"value": "2031-05-06", "text": "on Tuesday", "precision": "day"}, "location": None}
    return _record("r1", "Outlet One", LEAD, [_actor("a1", "Kelvaria", "organization", LEAD),
                                               _actor("a2", "Jon Vask", "person", LEAD)], [event])


def _other(country=None):
    return _record("r2", "Outlet Two", OTHER, [
        _actor("a1", "Kelvarian foreign ministry", "organization", OTHER, country),
        _actor("a2", "Ostranian ambassador", "anonymous", OTHER, country and "OST")])


def _rereads(st):
    return [tuple(r) for r in st.conn.execute("SELECT article_id, trigger FROM corpus_rereads")]


def test_a_demonym_meets_its_place_where_the_resolved_actors_share_nothing():
    st = Store(":memory:")
    st.upsert_records([_lead(), _other()])
    update(st.conn)
    assert _rereads(st) == [("r2", "expelled")]
    assert tuple(st.conn.execute("SELECT n_articles, n_outlets, n_reread FROM corpus_events").fetchone()) == (2, 2, 1)


def test_either_order_of_arrival_finds_the_other_report():
    for first, second in ((_lead(), _other()), (_other(), _lead())):
        st = Store(":memory:")
        st.upsert_records([first])
        update(st.conn)
        st.upsert_records([second])
        update(st.conn)
        assert _rereads(st) == [("r2", "expelled")]


def test_names_of_identified_entities_give_no_name_keys():
    """An actor with a country (or registry id) keeps its identity keys; its words are no name keys, so the
    ministry and envoy of known states are no longer found through them."""
    st = Store(":memory:")
    st.upsert_records([_lead(), _other(country="KLV")])
    update(st.conn)
    assert _rereads(st) == []
    text = "Officials in Iraq met Ostranian envoys."
    assert name_keys(text, {"officials"}, identified=frozenset({"iraq"})) == [(text.index("Ostranian"), "w:ostr")]


def test_fold_demonyms_and_sentence_first_words():
    assert fold("Kelvarian") == fold("Kelvaria") == "kelvar"
    assert fold("Ostrani") == fold("Ostran") and fold("Iranian") == fold("Iran") == "iran"
    assert fold("Norlandic") == fold("Norland") == "norland"
    assert fold("Tuesday") is None and fold("Roe") is None
    text = "Fighters attacked the post. The Ostrel Front said so."
    # 'Fighters' and 'The' begin sentences (no name unless written capitalised inside one or found by a stage)
    assert [k for _, k in name_keys(text, {"the"})] == ["w:ostrel", "w:front"]
    assert [k for _, k in name_keys(text, {"the"}, known=frozenset({"fighters"}))] == ["w:fighters", "w:ostrel",
                                                                                       "w:front"]


def _report(aid, outlet, text, src, tgt, typ="ASSAULT"):
    actors = [_actor("a1", src[0], src[1], text), _actor("a2", tgt[0], tgt[1], text)]
    actors[0]["sector"], actors[1]["sector"] = src[2], tgt[2]
    event = {"id": "e1", "type": typ, "source": ["a1"], "target": ["a2"], "others": [], "modality": "asserted",
             "mode": None, "rule": "test", "confidence": 0.5, "evidence": {"start": 0, "end": len(text), "text": text},
             "date": {"value": "2031-05-05", "text": "on Monday", "precision": "day"}, "location": None}
    return _record(aid, outlet, text, actors, [event])


def test_two_extracted_reports_whose_named_roles_do_not_compare_link_by_a_name_both_write():
    """One report's attackers are 'Fighters' (an unnamed group), the other's the front itself; their targets are
    unnamed groups of other sectors. No resolved key is shared; both evidences write 'Ostrel' and 'Dorsk'."""
    a = _report("r1", "Outlet One", "Fighters of the Ostrel Front attacked an army post near Dorsk on Monday.",
                ("Fighters", "group", "REB"), ("army post", "group", "MIL"))
    b = _report("r2", "Outlet Two", "The Ostrel Front said its men stormed the guards' camp near Dorsk on Monday.",
                ("Ostrel Front", "organization", "REB"), ("guards", "group", "GOV"))
    st = Store(":memory:")
    st.upsert_records([a, b])
    update(st.conn)
    assert tuple(st.conn.execute("SELECT COUNT(*), MAX(n_outlets) FROM corpus_events").fetchone()) == (1, 2)
    other = dict(b, events=[dict(b["events"][0], date={"value": "2031-05-09", "text": "on Monday", "precision": "day"})])
    st = Store(":memory:")
    st.upsert_records([a, other])  # four days apart: two occasions, whatever they share
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_events").fetchone()[0] == 2


def test_two_records_of_one_text_string_are_read_apart():
    """The name keys of the last record read are kept; a second record with the same text object but other actors
    (identified now) must not be given the first one's keys."""
    from dateline.corpus.names import article_names
    plain, identified = _other(), _other(country="KLV")
    assert plain["article"]["text"] is identified["article"]["text"]
    assert {k for _, k in article_names(plain, {"the"})} == {"w:kelvar", "w:ostr"}
    assert article_names(identified, {"the"}) == []
