"""Reports whose doer the text does not give (a record's `unattributed_events`, corpus/unattributed.py): they corroborate
the corpus event of the same type, target, days and place, and never open a corpus event of their own.

Invented records (no NLP): each article's text, its actors with the offsets of their mentions, its events.
"""
from __future__ import annotations

import hashlib
import json

from dateline.corpus import update
from dateline.corpus.export import rows as export_rows
from dateline.corpus.signature import settings
from dateline.store import Store

DONE = "The Ostrelian interior ministry arrested Jan Kell in Varna on Monday after the port strike."
PASSIVE = "Jan Kell was arrested in Varna on Monday, his lawyer said."


def _actor(n, name, kind, text):
    at = text.find(name.split()[-1])
    start = text.find(name) if name in text else at
    return {"id": f"a{n}", "name": name, "kind": kind, "country": "OST", "sector": "GOV" if kind != "person" else None,
            "kb_id": None, "role": None, "mentions": [{"start": start, "end": start + len(name) if name in text else
                                                       at + len(name.split()[-1]), "text": name}]}


def _event(eid, text, typ, source, target, day="2031-05-05", day_text="on Monday"):
    return {"id": eid, "type": typ, "source": source, "target": target, "others": [], "modality": "asserted",
            "mode": None, "rule": "test", "confidence": 0.7, "trigger": None,
            "evidence": {"start": 0, "end": len(text), "text": text},
            "date": {"value": day, "text": day_text, "precision": "day"}, "location": None}


def _record(aid, published, outlet, text, actors, events=(), unattributed=()):
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": outlet, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": actors, "events": list(events), "unattributed_events": list(unattributed), "quotes": [],
        "places": [], "times": [], "claims": []}


def _done(aid="r1", published="2031-05-06", outlet="Outlet One"):
    actors = [_actor(1, "Ostrelian interior ministry", "organization", DONE), _actor(2, "Jan Kell", "person", DONE)]
    return _record(aid, published, outlet, DONE, actors, [_event("e1", DONE, "COERCE", ["a1"], ["a2"])])


def _passive(aid="r2", published="2031-05-06", outlet="Outlet Two", text=PASSIVE, name="Jan Kell", **date):
    return _record(aid, published, outlet, text, [_actor(1, name, "person", text)],
                   unattributed=[_event("u1", text, "COERCE", [], ["a1"], **date)])


def _attached(st):
    return [tuple(r) for r in st.conn.execute(
        "SELECT article_id, event_id, corpus_event_id, features FROM corpus_unattributed ORDER BY article_id")]


def test_a_report_naming_no_doer_corroborates_the_event_of_its_target_and_day(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)  # the re-reader would count the sentence too (corpus/reread.py)
    st = Store(":memory:")
    st.upsert_records([_done(), _passive()])
    update(st.conn)
    (cev, n_mentions, n_articles, n_outlets, n_un), = st.conn.execute(
        "SELECT id, n_mentions, n_articles, n_outlets, n_unattributed FROM corpus_events").fetchall()
    assert (n_mentions, n_articles, n_outlets, n_un) == (1, 2, 2, 1)
    (aid, eid, got, features), = _attached(st)
    assert (aid, eid, got) == ("r2", "u1", cev)
    why = json.loads(features)
    assert why["by"] == "type" and "ps:kell" in why["target"] and why["days_apart"] == 0
    row, = export_rows(st.conn, "corpus-events")
    assert (row["NumArticles"], row["NumSources"], row["NumUnattributed"]) == (2, 2, 1)


def test_it_never_opens_a_corpus_event_of_its_own():
    st = Store(":memory:")
    st.upsert_records([_passive()])
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_events").fetchone()[0] == 0
    assert [r[2] for r in _attached(st)] == [None]


def test_another_target_or_another_week_is_not_attached(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)
    other = PASSIVE.replace("Jan Kell", "Ana Roe")
    later = PASSIVE.replace("Monday", "Friday")
    for rec in (_passive(text=other, name="Ana Roe"),
                _passive(published="2031-05-17", text=later, day="2031-05-16", day_text="on Friday")):
        st = Store(":memory:")
        st.upsert_records([_done(), rec])
        update(st.conn)
        assert [r[2] for r in _attached(st)] == [None]
        assert st.conn.execute("SELECT n_articles FROM corpus_events").fetchone()[0] == 1


def test_an_earlier_report_is_attached_when_the_event_arrives_later_and_let_go_when_it_leaves(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)
    st = Store(":memory:")
    st.upsert_records([_passive(published="2031-05-05")])
    update(st.conn)
    st.upsert_records([_done()])
    update(st.conn)  # a second run: the new article's corpus event finds the report filed at its target's key
    assert tuple(st.conn.execute("SELECT n_articles, n_unattributed FROM corpus_events").fetchone()) == (2, 1)
    assert update(st.conn).as_dict()["articles_linked"] == 0  # idempotent
    st.conn.execute("DELETE FROM articles WHERE id = 'r1'")
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_events").fetchone()[0] == 0
    assert [r[2] for r in _attached(st)] == [None]


def _group(n, name, text, sector):
    start = text.find(name)
    return {"id": f"a{n}", "name": name, "kind": "group", "country": "OST", "sector": sector, "kb_id": None,
            "role": None, "mentions": [{"start": start, "end": start + len(name), "text": name}]}


def test_a_named_target_written_in_the_evidence_of_an_event_that_names_none(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)
    done = "Police in Halvor detained the port union's leader, Oren Valdis, on Wednesday after the harbour strike."
    later = "Valdis, detained on Wednesday, is to appear before a judge next week, her lawyer said."
    first = _record("r1", "2031-05-08", "Outlet One", done, [_group(1, "Police", done, "POL")],
                    [_event("e1", done, "COERCE", ["a1"], [], day="2031-05-07", day_text="on Wednesday")])
    second = _passive(published="2031-05-08", text=later, name="Oren Valdis", day="2031-05-07",
                      day_text="on Wednesday")
    second["actors"][0]["mentions"] = [{"start": 0, "end": 6, "text": "Valdis"}]
    st = Store(":memory:")
    st.upsert_records([first, second])
    update(st.conn)
    (_a, _e, cev, features), = _attached(st)
    assert cev is not None and "w:valdis" in json.loads(features)["target_written"]


def test_an_unnamed_target_needs_its_group_its_own_day_and_a_place_both_write(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)
    done = "Velkor gunners shelled an army outpost near Dremnitz on Tuesday, killing three soldiers."
    first = _record("r1", "2031-05-07", "Outlet One", done,
                    [_group(1, "Velkor gunners", done, "MIL"), _group(2, "soldiers", done, "MIL")],
                    [_event("e1", done, "ASSAULT", ["a1"], ["a2"], day="2031-05-06", day_text="on Tuesday")])
    for text, attached in (("Three soldiers died near Dremnitz on Tuesday, the army said.", True),
                           ("Three soldiers died on Tuesday, the army said.", False)):
        report = _record("r2", "2031-05-07", "Outlet Two", text, [_group(1, "soldiers", text, "MIL")],
                         unattributed=[_event("u1", text, "ASSAULT", [], ["a1"], day="2031-05-06",
                                              day_text="on Tuesday")])
        st = Store(":memory:")
        st.upsert_records([first, report])
        update(st.conn)
        (_a, _e, cev, features), = _attached(st)
        assert (cev is not None) is attached
        if attached:
            assert json.loads(features)["target_group"] == ["g:OST:MIL"]


def test_end_to_end_the_passive_report_of_an_arrest_corroborates_the_arrest(monkeypatch):
    """Invented articles through the extractor: the second names no doer, so the events stage lists it apart."""
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    monkeypatch.setitem(settings(), "reread", False)  # the re-reader would count the sentence too
    opts = Options()
    docs = [("k1", "Harbour Times", "Police arrested the opposition blogger Lazlo Verrin at his home in Kestrel on "
                                    "Monday, the interior ministry said."),
            ("k2", "Valley Post", "Lazlo Verrin was arrested in Kestrel on Monday, his lawyer said.")]
    arts = []
    for aid, outlet, text in docs:
        art = make_article(text, source=aid, id=aid, date="2031-03-04", options=opts)
        art.outlet = outlet
        arts.append(art)
    recs = [to_dict(r.record) for r in process(arts, opts, strict=True)]
    assert not recs[1]["events"] and recs[1]["unattributed_events"]
    st = Store(":memory:")
    st.upsert_records(recs)
    update(st.conn)
    assert tuple(st.conn.execute("SELECT type, n_mentions, n_articles, n_outlets, n_unattributed FROM corpus_events")
                 .fetchone()) == ("COERCE", 1, 2, 2, 1)
    (aid, _e, cev, features), = _attached(st)
    assert aid == "k2" and cev is not None and "ps:verrin" in json.loads(features)["target"]


def test_a_negated_report_naming_no_doer_denies_the_act_and_does_not_corroborate_it(monkeypatch):
    monkeypatch.setitem(settings(), "reread", False)
    text = "Jan Kell was not arrested in Varna on Monday, the interior ministry said."
    denied = _passive(text=text)
    denied["unattributed_events"][0].update(modality="negated", trigger={"start": 16, "end": 24, "text": "arrested"})
    st = Store(":memory:")
    st.upsert_records([_done(), denied])
    update(st.conn)
    assert [r[2] for r in _attached(st)] == [None]
    assert st.conn.execute("SELECT n_articles FROM corpus_events").fetchone()[0] == 1
    rows = st.conn.execute("SELECT kind, a_article, b_article, b_ref FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("denial", "r1", "r2", "u1")]
    monkeypatch.setitem(settings(), "unattributed_denials", False)
    st = Store(":memory:")
    st.upsert_records([_done(), denied])
    update(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts").fetchone()[0] == 0
