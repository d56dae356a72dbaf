"""Named actors written in an event's evidence without a role (issue 12, session 16): reports of one occurrence
assign its roles differently but name the same bodies (ships off: linking.json `evidence_names`). Invented records
only (no NLP)."""
from __future__ import annotations

import hashlib
import json

import pytest

from dateline.corpus import update
from dateline.corpus.signature import event_signature, settings
from dateline.store import Store


@pytest.fixture(autouse=True)
def evidence_names_on(monkeypatch):
    """The context participants ship off (linking.json `evidence_names`); these tests read them on."""
    monkeypatch.setitem(settings(), "evidence_names", True)

RAID = "Police raided the offices of the Harbour Gazette in Tarnow."
SHUT = "Police raided the Harbour Gazette offices in Tarnow and shut them."


def _actors(text: str) -> list[dict]:
    """Unnamed police and the named newspaper, each with its mention in `text`."""
    def at(word: str) -> list[dict]:
        i = text.find(word)
        return [{"start": i, "end": i + len(word), "text": word, "kind": "name"}] if i >= 0 else []
    return [{"id": "a1", "name": "Police", "kind": "group", "country": "RUR", "sector": "POL", "kb_id": None,
             "mentions": at("Police"), "role": None},
            {"id": "a2", "name": "Harbour Gazette", "kind": "organization", "country": "RUR", "sector": "MED",
             "kb_id": None, "mentions": at("Harbour Gazette"), "role": None}]


def _record(aid: str, published: str, typ: str, text: str, target=(), modality: str = "asserted") -> dict:
    event = {"id": "e1", "type": typ, "source": ["a1"], "target": list(target), "others": [], "modality": modality,
             "mode": None, "rule": "test", "confidence": 0.8, "trigger": None,
             "evidence": {"start": 0, "end": len(text), "text": text}, "date": None, "location": None}
    return {"schema": "dateline/article@1", "article": {
        "id": aid, "text": text, "date": published, "title": aid, "url": f"https://example.org/{aid}",
        "language": "en", "authors": [], "outlet": "o-" + aid, "original_publisher": None, "cited_sources": [],
        "sha256": hashlib.sha256(text.encode()).hexdigest(), "metadata": {}, "provenance_spans": []},
        "actors": _actors(text), "events": [event], "quotes": [], "places": [], "times": [], "claims": []}


def _groups(records: list[dict]) -> set[frozenset]:
    st = Store(":memory:")
    st.upsert_records(records)
    update(st.conn)
    groups: dict[int, set] = {}
    for a, c in st.conn.execute("SELECT article_id, corpus_event_id FROM corpus_mentions"):
        groups.setdefault(c, set()).add(a)
    return {frozenset(g) for g in groups.values()}


def test_a_body_named_in_the_evidence_without_a_role_links_a_report_typed_differently():
    # one report reads the raid as force by the police (the newspaper has no role), the other as a sanction
    # against the newspaper: their evidence agrees and both name the newspaper
    recs = [_record("r1", "2022-03-08", "ASSAULT", RAID), _record("r2", "2022-03-09", "SANCTION", SHUT, ["a2"])]
    assert _groups(recs) == {frozenset({"r1", "r2"})}


def test_the_named_body_links_no_other_occurrence_and_no_denial():
    recs = [_record("r1", "2022-03-08", "ASSAULT", RAID),
            _record("r2", "2022-03-16", "SANCTION", SHUT, ["a2"]),  # a week later: another raid
            _record("r3", "2022-03-09", "SANCTION", SHUT.replace("raided", "had not raided"), ["a2"], "negated")]
    assert _groups(recs) == {frozenset({"r1"}), frozenset({"r2"}), frozenset({"r3"})}


def test_context_participants_are_named_actors_in_the_evidence_without_a_role():
    rec = _record("r1", "2022-03-08", "ASSAULT", RAID)
    sig = event_signature(rec, rec["events"][0])
    assert [p["name"] for p in sig["ctx"]] == ["Harbour Gazette"]  # the unnamed police are the source
    rec["events"][0]["target"] = ["a2"]
    assert event_signature(rec, rec["events"][0])["ctx"] == []  # a participant in a role is no context
    rec = _record("r2", "2022-03-08", "ASSAULT", RAID)
    rec["actors"][1]["mentions"] = [{"start": 900, "end": 915, "text": "Harbour Gazette", "kind": "name"}]
    assert event_signature(rec, rec["events"][0])["ctx"] == []  # named elsewhere in the article only
    assert json.dumps(sig)  # signatures stay plain JSON


def test_the_context_participants_ship_off(monkeypatch):
    monkeypatch.setitem(settings(), "evidence_names", False)
    recs = [_record("r1", "2022-03-08", "ASSAULT", RAID), _record("r2", "2022-03-09", "SANCTION", SHUT, ["a2"])]
    assert _groups(recs) == {frozenset({"r1"}), frozenset({"r2"})}
    assert event_signature(recs[0], recs[0]["events"][0])["ctx"] == []
