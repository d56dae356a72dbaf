"""Issue 10, session 28: quantified groups as parties (invented texts).

- A group's mention is the whole quantified phrase that names it ("Some Ruritanians", "Many Republicans", "two
  Ruritanians"): the quantifier belongs to the mention (it was left out, so the
  phrase an annotator or an event's source names did not match the mention), while the group keeps its own name, so
  "some Republicans" and a later "Republicans" stay one group.
- A bare quantifier as a subject ("Many carried banners", "others walked out") is a plural pronoun: it points back to
  the group or body named in this or the previous sentence, as "they" does, so the act it does has a party.
"""
from __future__ import annotations

from conftest import run_text

QUANTIFIED = """Dock strike spreads in Lyon

LYON, France - Hundreds of dockworkers marched through the port on Tuesday. Some Ruritanians living in the city
joined them. Two Ruritanians were arrested.

Analysts said the strike would cost millions. Many Republicans in the regional council praised Mayor
Ann Kell for her patience, and some Republicans criticised the union.
"""

ANAPHORA = """Levy vote in Lyon

LYON, France - Farmers gathered outside the town hall on Monday. Many carried banners attacking Mayor Ann Kell.

Some lawmakers backed the levy, but others condemned Mayor Ann Kell for the plan.
"""


def _actor_with(rec, mention: str):
    return next((a for a in rec.actors if any(m.text == mention for m in a.mentions)), None)


def test_a_quantified_group_mention_is_the_whole_phrase():
    rec = run_text(QUANTIFIED, date="2016-05-03")
    texts = {m.text for a in rec.actors for m in a.mentions}
    assert "Some Ruritanians" in texts and "Two Ruritanians" in texts
    assert "Many Republicans" in texts


def test_a_quantified_party_group_stays_one_group():
    rec = run_text(QUANTIFIED, date="2016-05-03")
    many, some = _actor_with(rec, "Many Republicans"), _actor_with(rec, "some Republicans")
    assert many is not None and many is some
    assert many.name == "Republicans" and many.sector == "OPP"


def test_a_bare_quantifier_subject_is_the_group_just_named():
    rec = run_text(ANAPHORA, date="2016-05-03")
    farmers = _actor_with(rec, "Farmers")
    assert farmers is not None and _actor_with(rec, "Many") is farmers
    lawmakers = _actor_with(rec, "Some lawmakers")
    assert lawmakers is not None and _actor_with(rec, "others") is lawmakers


def test_a_quantifier_heading_its_own_phrase_or_in_a_quote_is_no_pronoun():
    text = """Levy vote in Lyon

LYON, France - Farmers gathered outside the town hall on Monday. Many of them carried banners.

"Many will leave," said Mayor Ann Kell.
"""
    rec = run_text(text, date="2016-05-03")
    assert _actor_with(rec, "Many") is None
