"""The learned attribution cue (PolNeAR's broad attributions) and mixed quotes, on invented sentences."""
from __future__ import annotations

from conftest import run_text
from dateline.extract.quotes.learned import candidates, probability
from dateline.knowledge import read_json
from dateline.options import Options


def quotes(text: str, options: Options = Options()):
    rec = run_text(text, options=options)
    names = {a.id: a.name for a in rec.actors}
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text, names.get(q.speaker) or q.speaker_text) for q in rec.quotes]


def test_packaged_model_is_off_by_default_and_well_formed():
    model = read_json("quotes/cue_model.json")
    assert model["enabled"] is False
    assert set(model["thresholds"]) == {"clause", "object", "topic", "passive"}
    assert all(0.0 < t < 1.0 for t in model["thresholds"].values())
    assert probability(model, []) < 0.5  # no evidence: no attribution


def test_an_attitude_with_a_clause_is_an_attribution_only_when_switched_on(broad):
    text = "Senator Ann Hale seemed hopeful that the water bill would pass before the summer recess."
    assert quotes(text) == []  # speech only by default: a hope is not a quotation
    got = quotes(text, broad)
    assert [(k, t) for k, t, _ in got] == [("indirect", "that the water bill would pass before the summer recess")]
    assert "Hale" in got[0][2]  # the adjective's holder is the copula's subject


def test_an_expressed_concern_is_attributed_to_its_holder(broad):
    got = quotes("Governor Lena Park expressed concern about the rising cost of school lunches.", broad)
    assert [t for _, t, _ in got] == ["concern about the rising cost of school lunches"]
    assert "Park" in got[0][2]


def test_an_ordinary_action_is_no_attribution(broad):
    assert quotes("Workers repaired the harbour wall before the winter storms arrived.", broad) == []


def test_candidates_read_clauses_topics_and_objects():
    from dateline import nlp
    doc = nlp.load(Options().model)("Ms. Vega talked about taxes and expressed doubts that the plan works.")
    kinds = {(c.cue.lower_, c.kind) for t in doc for c in candidates(doc, t)}
    assert ("talked", "topic") in kinds and ("expressed", "object") in kinds
    assert any(k == "clause" for _, k in kinds)  # "doubts that the plan works"


def test_a_clause_that_is_mostly_a_direct_quote_is_one_mixed_quote():
    got = quotes('Mayor Tom Reyes said that "the bridge will reopen in May, and not a day later."')
    assert got == [("mixed", 'that "the bridge will reopen in May, and not a day later."', "Tom Reyes")]


def test_a_long_indirect_clause_with_a_short_quote_keeps_its_direct_quote():
    text = ('Mayor Tom Reyes said the council would review the tender, the contract and the schedule '
            'for the new ferry terminal before calling the delay "regrettable".')
    got = quotes(text)
    assert ("direct", "regrettable") in [(k, t) for k, t, _ in got]


def test_reported_words_inside_an_interview_turn_stay_in_the_turn(broad):
    text = ("Reporter Dana Whitfield interviewed Governor Ana Morales on Sunday.\n\n"
            "WHITFIELD: Will you sign the water bill this week?\n\n"
            "MORALES: We will sign it once the budget office has checked the costs.\n\n"
            "WHITFIELD: And the farmers who oppose it?\n\n"
            "MORALES: They have been heard, and their concerns are in the final text.")
    got = quotes(text, broad)
    assert [k for k, _, _ in got] == ["direct"] * 4
    assert "Whitfield" in got[0][2] and "Morales" in got[1][2]


def test_a_hope_in_a_prepositional_phrase_belongs_to_the_verbs_subject(broad):
    got = quotes("Governor Lena Park toured the valley in hopes of winning over the farmers.", broad)
    hits = [s for _, t, s in got if t.startswith("winning over the farmers")]
    assert hits and "Park" in hits[0]


def test_a_finding_is_no_speech_but_a_broad_attribution(broad):
    text = "A new study found that river levels had fallen by a third since 2010."
    assert not [q for q in quotes(text) if "river levels" in q[1]]
    assert [q for q in quotes(text, broad) if "river levels" in q[1]]
