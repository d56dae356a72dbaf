"""Reports whose doer the text does not give (extract/events/assemble.py): kept apart from the events, in
`unattributed_events`, with the target, date and evidence, and never with a guessed source."""
from __future__ import annotations

import copy

import pytest

from conftest import run_text
from dateline.record import from_dict, to_dict
from dateline.validate import problems


def _untold(text: str, date: str = "2024-05-02"):
    rec = run_text(text, date=date)
    names = {a.id: a.name for a in rec.actors}
    return rec, [(u.type, [names[t] for t in u.target], u.source, u.date.value if u.date else None)
                 for u in rec.unattributed_events]


def test_an_agentless_arrest_is_kept_without_a_doer():
    rec, untold = _untold("Jan Kell was arrested on Monday in Varna.")
    assert rec.events == []
    assert untold == [("COERCE", ["Jan Kell"], [], "2024-04-29")]
    [u] = rec.unattributed_events
    assert u.id == "u1" and "arrested" in u.evidence.text and u.trigger.text == "arrested"


def test_an_act_told_with_its_doer_is_not_repeated_without_one():
    rec, untold = _untold("Police arrested Jan Kell on Monday. Kell was arrested outside his home in Varna.")
    assert [e.type for e in rec.events] == ["COERCE"]
    assert untold == []


def test_a_passive_with_an_agent_is_no_unattributed_report():
    # the agent is named (here not an actor the text tells as a party): nothing is guessed and nothing is
    # listed as told without a doer
    _, untold = _untold("Jan Kell was arrested by a man in a grey coat on Monday.")
    assert untold == []


def test_a_meeting_without_parties_is_not_kept():
    rec, untold = _untold("Talks were held in Varna on Monday.")
    assert rec.events == [] and untold == []


def test_two_reports_of_one_detention_are_one_record():
    _, untold = _untold("Jan Kell was arrested on Monday in Varna. Kell was arrested as he left a meeting.")
    assert [u[:2] for u in untold] == [("COERCE", ["Jan Kell"])]


def test_unattributed_reports_round_trip_and_validate():
    rec = run_text("Two Ostlandic soldiers were killed on Tuesday near the border.", date="2024-05-02")
    data = to_dict(rec)
    assert [u["type"] for u in data["unattributed_events"]] == ["ASSAULT"]
    assert data["unattributed_events"][0]["source"] == []
    assert problems(data) == []
    assert to_dict(from_dict(data)) == data
    broken = copy.deepcopy(data)
    broken["unattributed_events"][0]["target"] = ["a99"]
    assert any("unattributed_events/0/target" in p for p in problems(broken))
    broken = copy.deepcopy(data)
    broken["unattributed_events"][0]["source"] = [data["actors"][0]["id"]]
    assert problems(broken)  # a doer would make it an event: the schema keeps `source` empty here


def test_the_text_summary_and_the_article_page_show_them_apart(tmp_path):
    from dateline.present import summary
    from dateline.store import Store
    data = to_dict(run_text("Jan Kell was arrested on Monday in Varna.", date="2024-05-02"))
    text = summary(data)
    assert "REPORTED WITHOUT A DOER" in text and "COERCE: ? → Jan Kell" in text and "\nEVENTS" not in text
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient
    from dateline.web.app import create_app
    data["article"]["id"] = "untold-1"
    with Store(tmp_path / "u.db") as st:
        st.upsert_records([data])
    page = TestClient(create_app(tmp_path / "u.db")).get("/articles/untold-1").text
    assert "Reported without a doer (1)" in page and 'id="rec-untold-u1"' in page


def test_a_verb_whose_subject_is_the_act_itself_tells_no_doer():
    # the subject names the attack, not who made it; a storm is no attack at all
    _, untold = _untold("A car bomb killed nine Iraqi soldiers in Mosul on Monday.")
    assert [u[:3] for u in untold] == [("ASSAULT", ["nine Iraqi soldiers"], [])]
    rec, untold = _untold("The attack, which killed four Kenyan soldiers, was condemned on Tuesday.")
    assert [u[:2] for u in untold] == [("ASSAULT", ["four Kenyan soldiers"])]
    rec, untold = _untold("The storm killed nine people in Manila on Monday.")
    assert untold == [] and rec.events == []


def test_what_someone_received_befell_them_whether_or_not_the_giver_is_named(monkeypatch):
    from test_event_roles import roles_of
    src, tgt, _, _ = roles_of(monkeypatch, "Jan Kell received strong criticism from Russia over the plan.", "criticism")
    assert (src, tgt) == (["Russia"], ["Jan Kell"])
    src, tgt, _, _ = roles_of(monkeypatch, "Jan Kell has received death threats since Monday.", "threats")
    assert (src, tgt) == ([], ["Jan Kell"])


def test_the_frames_hold_a_table_of_them():
    pytest.importorskip("pandas")
    import dateline
    recs = list(dateline.analyze_many(["Jan Kell was arrested on Monday in Varna."]))
    frames = dateline.to_frames(recs)
    table = frames["unattributed_events"]
    kell = next(a.id for a in recs[0].actors if a.name == "Jan Kell")
    assert list(table["type"]) == ["COERCE"] and list(table["target"]) == [kell]
    assert list(table["evidence"]) == ["Jan Kell was arrested on Monday in Varna."]
    assert frames["event_actors"].empty


def test_what_its_target_received_or_came_under_is_kept_other_event_nouns_are_not():
    _, untold = _untold("Jan Kell came under heavy criticism on Monday for the plan.")
    assert [u[:3] for u in untold] == [("ACCUSE", ["Jan Kell"], [])]
    _, untold = _untold("Jan Kell has received death threats since Monday.")
    assert [u[:2] for u in untold] == [("THREATEN", ["Jan Kell"])]
    rec, untold = _untold("The arrest of Jan Kell on Monday angered his supporters.")
    assert untold == [] and rec.events == []  # measured: event nouns without a doer are mostly no report of an act
