"""Targeted re-reading (corpus/reread.py): a corpus event's other reports found where no event was extracted.

Invented records (no NLP): each article's text, its actors with the offsets of their mentions, and (for the first
report) the event the extractor gave.
"""
from __future__ import annotations

import hashlib
import json

from dateline.corpus import update
from dateline.corpus.reread import modality_class, sentence_spans, trigger_table
from dateline.store import Store

MEETING = "Ana Roe met Jan Kell in Varna on Monday to discuss the grain corridor and the port fees."


def _record(aid, published, outlet, text, names, events=(), times=()):
    actors = []
    for n, name in enumerate(names, 1):
        surname = name.split()[-1]
        spans, at = [], 0
        while (i := text.find(surname, at)) >= 0:
            start = i - len(name) + len(surname) if text[max(0, i - len(name) + len(surname)):i + len(surname)] == name else i
            spans.append({"start": start, "end": i + len(surname), "text": text[start:i + len(surname)]})
            at = i + len(surname)
        actors.append({"id": f"a{n}", "name": name, "kind": "person", "country": "RUR", "sector": "GOV", "kb_id": None,
                       "mentions": spans, "role": None})
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": outlet, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": actors, "events": list(events), "quotes": [], "places": [], "times": list(times), "claims": []}


def _meeting_event(text=MEETING):
    start = 0
    return {"id": "e1", "type": "CONSULT", "source": ["a1"], "target": ["a2"], "others": [], "modality": "asserted",
            "mode": None, "rule": "test", "confidence": 0.8,
            "evidence": {"start": start, "end": len(text), "text": text},
            "date": {"value": "2031-05-05", "text": "on Monday", "precision": "day"}, "location": None}


def _first_report():
    return _record("r1", "2031-05-06", "Outlet One", MEETING, ["Ana Roe", "Jan Kell"], [_meeting_event()])


def _store(records) -> Store:
    st = Store(":memory:")
    st.upsert_records(records)
    return st


def _rereads(st: Store) -> list[tuple]:
    return [tuple(r) for r in st.conn.execute(
        "SELECT article_id, corpus_event_id, trigger, features FROM corpus_rereads ORDER BY article_id")]


OTHER = ("The port fees were the main point when Roe met Kell in Varna, officials said. "
         "The grain corridor stays open.")


def test_a_sentence_naming_the_participants_with_a_compatible_trigger_corroborates_the_event():
    st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", OTHER, ["Ana Roe", "Jan Kell"])])
    update(st.conn)
    rows = _rereads(st)
    assert [(a, t) for a, _c, t, _f in rows] == [("r2", "met")]
    why = json.loads(rows[0][3])
    assert "CONSULT" in why["trigger_types"] and "ps:roe" in why["shared"]
    counts = st.conn.execute("SELECT n_mentions, n_articles, n_outlets, n_reread FROM corpus_events").fetchone()
    assert tuple(counts) == (1, 2, 2, 1)  # one extracted mention; two articles and outlets, one by a reread


def test_a_denial_or_a_plan_is_no_corroboration():
    denied = OTHER.replace("when Roe met Kell", "although Roe did not meet Kell")
    planned = OTHER.replace("when Roe met Kell", "when Roe plans to meet Kell")
    for text in (denied, planned):
        st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", text, ["Ana Roe", "Jan Kell"])])
        update(st.conn)
        assert _rereads(st) == []
        assert st.conn.execute("SELECT n_articles FROM corpus_events").fetchone()[0] == 1


def test_a_reread_never_opens_a_corpus_event_and_leaves_with_the_event():
    st = _store([_record("r2", "2031-05-06", "Outlet Two", OTHER, ["Ana Roe", "Jan Kell"])])
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_events").fetchone()[0] == 0 and _rereads(st) == []
    st.upsert_records([_first_report()])  # the report with an event arrives later: the older article is reread
    update(st.conn)
    assert [r[0] for r in _rereads(st)] == ["r2"]
    before = _rereads(st)
    summary = update(st.conn)  # nothing new: nothing changes
    assert summary.articles_linked == 0 and _rereads(st) == before
    st.conn.execute("DELETE FROM articles WHERE id = 'r1'")
    update(st.conn)
    assert _rereads(st) == [] and st.conn.execute("SELECT COUNT(*) FROM corpus_events").fetchone()[0] == 0


def test_a_reread_article_deleted_or_changed_leaves_the_counts():
    st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", OTHER, ["Ana Roe", "Jan Kell"])])
    update(st.conn)
    assert tuple(st.conn.execute("SELECT n_articles, n_reread FROM corpus_events").fetchone()) == (2, 1)
    st.conn.execute("DELETE FROM articles WHERE id = 'r2'")
    update(st.conn)
    assert _rereads(st) == [] and tuple(st.conn.execute("SELECT n_articles, n_reread FROM corpus_events").fetchone()) == (1, 0)


def test_participants_most_articles_of_the_days_name_are_no_evidence():
    # (the crowd names the meeting's town too: a name few articles write is evidence, session 21's corpus/names.py)
    # A sentence naming one of them is no sign of this act; one naming both around the trigger is (session 26,
    # tests/test_corpus_reread_roles.py): this one names Roe meeting officials.
    crowd = [_record(f"c{n}", "2031-05-06", f"Outlet {n}", "Roe and Kell spoke in Varna about many things.",
                     ["Ana Roe", "Jan Kell"]) for n in range(3, 7)]
    one = OTHER.replace("when Roe met Kell", "when Roe met officials").replace("grain corridor", "Kell corridor")
    st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", one, ["Ana Roe", "Jan Kell"]), *crowd])
    update(st.conn)
    assert _rereads(st) == []


def test_a_later_report_counts_only_when_it_dates_the_act_to_the_event_day():
    later = "Roe met Kell in Varna on 5 May to discuss the grain corridor and the port fees, the ministry recalled."
    day = {"text": "5 May", "start": later.index("5 May"), "end": later.index("5 May") + 5, "type": "DATE",
           "value": "2031-05-05", "precision": "day"}
    dated = _record("r3", "2031-05-20", "Outlet Three", later, ["Ana Roe", "Jan Kell"], times=[day])
    undated = _record("r4", "2031-05-20", "Outlet Four", later.replace(" on 5 May", ""), ["Ana Roe", "Jan Kell"])
    st = _store([_first_report(), dated, undated])
    update(st.conn)
    assert [r[0] for r in _rereads(st)] == ["r3"]


def test_trigger_words_come_from_the_event_dictionaries_without_reporting_verbs_or_stop_words():
    table = trigger_table()
    assert "CONSULT" in table["met"] and "CONSULT" in table["talks"]
    assert "said" not in table and "told" not in table and "back" not in table and "will" not in table


def test_modality_cues_before_a_trigger_in_its_clause():
    words = "Roe did not meet Kell".split()
    assert modality_class(words, 3, 5) == "negated"
    assert modality_class("Roe will meet Kell".split(), 2, 5) == "threat"
    assert modality_class("If Roe meets Kell".split(), 2, 5) == "hypothetical"
    assert modality_class("No deal , but Roe met Kell".split(), 5, 5) == "asserted"  # the comma ends the clause


def test_sentence_spans_split_at_sentence_marks_and_line_breaks():
    text = "Roe met Kell. Gov. Kell left.\nThe talks ended"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Roe met Kell.", "Gov. Kell left.", "The talks ended"]


def test_an_act_denied_in_a_that_clause_far_from_the_denial_verb_is_no_corroboration():
    """'X denied on Monday that the minister Roe had ever met Kell' is a denial of the meeting, however many words
    lie between the denial verb and the act (session 20: a denial read as a corroboration on invented batch an);
    a clause of its own after 'and' or 'after' is not under the denial."""
    denied = ("The ministry denied on Monday that the trade minister Ana Roe had met Jan Kell in Varna about the "
              "port fees and the grain corridor.")
    st = _store([_first_report(), _record("r2", "2031-05-06", "Outlet Two", denied, ["Ana Roe", "Jan Kell"])])
    update(st.conn)
    assert _rereads(st) == []
    tokens = "The ministry denied on Monday that the trade minister Ana Roe had met Jan Kell".split()
    assert modality_class(tokens, tokens.index("met"), 5) == "negated"
    tokens = "The ministry denied the report on Monday and the trade minister Ana Roe met Jan Kell".split()
    assert modality_class(tokens, tokens.index("met"), 5) == "asserted"
    tokens = "The ministry denied that Roe had been fined after the trade minister Ana Roe met Jan Kell".split()
    assert modality_class(tokens, tokens.index("met"), 5) == "asserted"


def test_an_act_the_lead_typed_otherwise_is_reread_by_what_its_evidence_words_mean_when_dated_to_its_day():
    """Session 21 (`linking.json` `reread_evidence_acts`): the extractor typed the lead's act by its other verb
    (an accusation); the other report says 'expelled' and dates it to the same day — a trigger whose types are
    among those the dictionaries give the lead's evidence words. Undated, the looser type match is not enough."""
    lead = "Ana Roe expelled Jan Kell from Varna on Monday, accusing him of spying."
    event = dict(_meeting_event(lead), type="ACCUSE")
    other = "Jan Kell was expelled on Monday, officials said."
    day = {"text": "on Monday", "start": other.index("on Monday"), "end": other.index("on Monday") + 9,
           "type": "DATE", "value": "2031-05-05", "precision": "day"}
    first = _record("r1", "2031-05-06", "Outlet One", lead, ["Ana Roe", "Jan Kell"], [event])
    st = _store([first, _record("r2", "2031-05-06", "Outlet Two", other, ["Jan Kell"], times=[day])])
    update(st.conn)
    assert [(a, t) for a, _c, t, _f in _rereads(st)] == [("r2", "expelled")]
    st = _store([first, _record("r2", "2031-05-06", "Outlet Two", other, ["Jan Kell"])])
    update(st.conn)
    assert _rereads(st) == []


def test_a_reread_denial_is_listed_as_a_conflict_when_asked_for():
    """Session 21 (`linking.json` `reread_denials`, off then; on since session 22): a sentence passing every reread
    gate but telling the act negated is no corroboration; with the setting on it is listed as a denial (found_by
    'reread')."""
    from dateline.corpus.signature import settings
    lead = "Police detained Jan Kell in Varna on Monday, his lawyer said."
    event = dict(_meeting_event(lead), type="COERCE", source=[], target=["a1"])
    other = "The ministry said on Tuesday that Jan Kell had not been detained in Varna."
    records = [_record("r1", "2031-05-06", "Outlet One", lead, ["Jan Kell"], [event]),
               _record("r2", "2031-05-06", "Outlet Two", other, ["Jan Kell"])]
    cfg = settings()
    was = cfg.get("reread_denials")
    try:
        for on in (False, True):
            cfg["reread_denials"] = on
            st = _store(records)
            update(st.conn)
            assert _rereads(st) == []
            rows = st.conn.execute("SELECT kind, a_article, b_article, a_value, b_value, found_by FROM corpus_conflicts"
                                   ).fetchall()
            assert [tuple(r) for r in rows] == ([("denial", "r1", "r2", "reported", "denied", "reread")] if on else [])
    finally:
        cfg["reread_denials"] = was
