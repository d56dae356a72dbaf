"""Issue 10, session 27: where an actor no evidence places gets the article's country (invented texts).

- The article's main country for an actor that neither the registry, its own words nor its affiliation places is
  a learned decision (extract/actors/article_country.py, knowledge/data/actors/article_country_model.json,
  trained by eval/actors/train_article_country.py on the spent actor sets): a farmer quoted in a story about one
  country takes it even when the paragraph also names a neighbour that offered help (the old rule gave no country
  to anyone in a paragraph naming a second country).
- A role phrase placed by "in/from" + a country written with its article ("doctors in the United States") takes
  that country: the place's whole name is read, not its head word "States" (it fell back to the story's country).
- "Officials in Kenya said ..." is Kenya, as "Kenyan officials" is: a bare "officials" is too vague to be an
  actor, but one the sentence places is not.
- A registry organisation whose name is "The" and a role noun ("The Economist reported ...") is that organisation,
  not a group of economists in the story's country (the registry scan only started at a proper noun).
- A post held in a relative clause is read as "who was ..." is: "X, who served two terms as U.S. envoy to Y," is
  American, "X, who served as director for Asia policy on the National Security Council," takes the council's country.
"""
from __future__ import annotations

import json

from conftest import main_country_stub, run_text

from dateline.extract.actors import article_country
from dateline.options import Options

FLOODS = """Floods cut roads across southern Peru

LIMA - Heavy rain has flooded dozens of towns in southern Peru, the interior ministry said on Tuesday.

Rosa Quispe, a farmer, said the water reached her roof in two hours. Peru's neighbour Bolivia has offered to send boats.

"We lost everything," said Mario Huaman, who runs a shop near the river. Officials in Peru expect more rain this week.
"""

DROUGHT = """Somalia hit by drought

MOGADISHU - Somalia faces its worst drought in decades, the Somali government said on Monday.

Officials in Kenya said they would open the border. Doctors in the United States sent medicine.

Somali farmers said their herds had died.
"""


def _actor(rec, mention: str):
    return next(a for a in rec.actors if any(m.text == mention for m in a.mentions))


def test_a_local_person_beside_a_neighbour_takes_the_story_country():
    rec = run_text(FLOODS, date="2015-02-03")
    farmer = _actor(rec, "Rosa Quispe")
    assert (farmer.country, farmer.country_source) == ("PER", "article")
    assert _actor(rec, "Bolivia").country == "BOL"


def test_no_model_leaves_the_rules_in_charge(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "article_country_model.json").write_text(json.dumps({"=weights": {}}), encoding="utf-8")
    rec = run_text(FLOODS, date="2015-02-03", options=Options(knowledge_dir=str(tmp_path)))
    assert _actor(rec, "Rosa Quispe").country is None  # the paragraph names a second country: the rule gives none


def test_decision_reads_its_model():
    Stub = main_country_stub()

    class C:
        start, end, mkind, text = 0, 4, "name", "Kell"
    assert article_country.takes_main_country({}, Stub, [C], "person", None) is None
    assert article_country.takes_main_country({"weights": {"kind=person": 5.0}}, Stub, [C], "person", None) is True
    assert article_country.takes_main_country({"weights": {"kind=person": -5.0}}, Stub, [C], "person", None) is False
    assert article_country.takes_main_country({"weights": {"kind=person": 5.0}}, Stub, [C], "state", None) is None
    Stub.w.person_article_country = False  # switched off by the user: never for a person, whatever the score
    assert article_country.takes_main_country({"weights": {"kind=person": 5.0}}, Stub, [C], "person", None) is False


def test_a_role_placed_in_a_country_written_with_its_article():
    rec = run_text(DROUGHT, date="2015-02-03")
    doctors = _actor(rec, "Doctors")
    assert (doctors.country, doctors.country_source) == ("USA", "place")


def test_officials_placed_in_a_country_stand_for_it():
    rec = run_text(DROUGHT, date="2015-02-03")
    officials = _actor(rec, "Officials in Kenya")
    assert officials.country == "KEN"


def test_a_registry_outlet_named_the_and_a_role_noun_is_the_outlet():
    rec = run_text("Cholera in Haiti\n\nPORT-AU-PRINCE - Cholera has killed ten people in Haiti, officials said.\n\n"
                   "The Economist reported that the outbreak began in May.\n", date="2015-02-03")
    outlet = _actor(rec, "The Economist")
    assert (outlet.kind, outlet.country, outlet.sector) == ("organization", "GBR", "MED")


def test_a_post_held_in_a_relative_clause_is_a_title():
    text = ("Myanmar opens its economy\n\nYANGON - Myanmar will open more of its economy to foreign firms, its "
            "government said on Monday.\n\nDaniel Kessler, who served two terms as U.S. envoy to Myanmar, said the move "
            "was overdue. Anna Brill, who served as director for Asia policy on the National Security Council, "
            "agreed.\n")
    rec = run_text(text, date="2015-02-03")
    assert _actor(rec, "Daniel Kessler").country == "USA"  # not the story's Myanmar
    brill = _actor(rec, "Anna Brill")
    assert (brill.country, brill.country_source) == ("USA", "affiliation")
