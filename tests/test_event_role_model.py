"""The learned role filler (extract/events/role_model.py): a recipient the construction rules do not read.

Every text is invented. Without the filler the candidates below are dropped for want of a recipient.
"""
from __future__ import annotations

from conftest import run_text
from dateline import nlp
from dateline.extract.events import role_model
from dateline.knowledge import load_knowledge
from dateline.options import Options


def _events(text: str):
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in rec.events]


def test_the_shipped_model_fills_recipients_only():
    model = load_knowledge(Options()).events.role_model
    assert model is not None and model["classes"] == ["none", "source", "target"]
    # source filling measured worse than leaving the role empty (scripts/train_roles.py): it has no threshold
    assert model["thresholds"]["source"] is None and 0 < model["thresholds"]["target"] < 1


def test_an_opposition_noun_gets_the_actor_it_is_directed_at(monkeypatch):
    text = "Many lawmakers are not hiding their opposition to Osei."
    assert ("ACCUSE", ["Many lawmakers"], ["Osei"]) in _events(text)
    monkeypatch.setattr(role_model, "fill", lambda *a, **k: [])
    assert not any(t == "ACCUSE" for t, _, _ in _events(text))  # rules alone: no recipient, no event


def test_no_recipient_is_made_up_when_the_sentence_names_nobody_else():
    # the sentence names only the initiator: nothing to fill, the candidate stays dropped
    assert not any(t == "ACCUSE" for t, _, _ in _events("Many lawmakers are not hiding their opposition."))


def test_path_reads_up_to_the_common_head_and_down():
    doc = nlp.load(Options().model)("Kell praised the decision of the council.")
    praised, council = doc[1], doc[6]
    ups, downs = role_model.path(praised, council)
    assert ups == [] and downs == ["dobj", "prep", "pobj:of"]
    assert role_model.path(council, praised) == (["pobj", "prep", "dobj"], [])
