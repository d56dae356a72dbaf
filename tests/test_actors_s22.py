"""Issue 10, session 22 (invented texts, invented states, people and outlets).

- A state no dictionary knows (extract/actors/unknown_states.py) is an actor of kind "state", sector GOV, with no
  country code, when the article gives evidence of it: the NER types it GPE everywhere and it is named as a party
  (a subject, a possessor, an object), it owns something only a state has ("Ostrania's parliament", "Marvonia
  recalled its ambassador"), or the article uses its demonym ("Ostrania" … "the Ostranian government"). A role
  phrase with that demonym stands for it. Named as a place ("fighting in Ostrania") it is no mention; a religion
  and its adjective ("Islam" … "Islamic") are no state. In an article naming no known country, "the government"
  is the one unknown state named before it.
- A known given name written right before a one-word name the NER typed ORG, GPE or PERSON makes one person ("An
  email from Ana Vell" with only "Vell" tagged: the person Ana Vell, not an organisation Vell).
- More of what only a business has (words.json business_nouns): "the X mining company", "X's chief executive", "the
  X plant", "X's subsidiary" make an otherwise unsectored organisation a company (BUS).
- Titles the agent dictionary lacks (words.json title_sectors): business roles ("venture capitalist X", "billionaire
  X", "financier X", "developer X": BUS) and broadcasters' ("anchor X", "pundit X", "presenter X": MED).
- Police titles and bodies: "Officer X" alone before a name is a police officer (words.json bare_title_sectors; not
  "chief financial officer X"); a police word before a state body's generic head ("Lakeview Police Department", "the
  County Sheriff's Office"; words.json generic_state_bodies) makes the body POL, and its officers with it. Rank
  abbreviations ("Cpl.", "Det.", "Ofc.") are titles; a rank the parser split from its name ("Cpl" "." "Ana Kell")
  is no person of its own.
- Speakers the stage left uncovered: a given-name run inside an entity of another label ("Twitter's Adam Vell said",
  all typed WORK_OF_ART) is a person; an indefinite party member who acts ("a Nevada Democrat said") is an anonymous
  party member (OPP; the United States in a US article).
- A person with no evidence of their own takes the article's main country (country_source "article": an inference
  from the story's focus, not a default) only when the article is mostly about that country (share >= 0.5) and
  the paragraph first naming them names no other country, and their own words tie them to no other country's party
  and make them no commentator on the story's place (words.json person_article_country, on since session 22; a
  knowledge directory switches it off).
"""
from __future__ import annotations

from conftest import run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2024-05-01").actors}


def mentions(text: str, name: str) -> list[str]:
    return next((sorted(m.text for m in a.mentions) for a in run_text(text, date="2024-05-01").actors
                 if a.name == name), [])


def test_unknown_state_that_recalls_its_ambassador():
    got = actors("Marvonia recalled its ambassador from Quellan on Friday after a dispute over fishing rights.")
    assert got.get("Marvonia") == ("state", None, "GOV")


def test_unknown_state_and_its_demonym_are_one_actor():
    text = ("The Ostranian government said on Monday that it would close the border. Ostrania's parliament approved "
            "the plan a day later, and Ostrania asked Kelvaria to withdraw its troops.")
    got = actors(text)
    assert got.get("Ostrania") == ("state", None, "GOV")
    assert got.get("Kelvaria") == ("state", None, "GOV")
    assert "The Ostranian government" in mentions(text, "Ostrania")


def test_unknown_state_named_as_a_place_is_no_mention():
    text = ("Fighting continued in Ostrania, where the Ostranian government has lost control of the north. "
            "Scholars of Islam say Islamic charities in the region have grown.")
    assert mentions(text, "Ostrania") == ["the Ostranian government"]
    assert "Islam" not in actors(text)


def test_given_name_before_a_surname_typed_as_an_organisation():
    # the NER types only "Vell" (ORG) and leaves the given name untagged: one person, not an organisation "Vell"
    text = ("An email from Ana Vell reveals that the plan was drafted in March. Ana Vell said he and his staff had "
            "not seen it. Vell declined to comment further.")
    got = actors(text)
    assert got.get("Ana Vell", ("",))[0] == "person"
    assert "Vell" not in got


def test_business_and_broadcast_roles_before_a_name():
    got = actors("The fund's board includes Lakeview venture capitalist Ana Brisk and Ohio billionaire Tomas Vell, who "
                 "both backed the plan. Evening news anchor Mira Kell asked the mayor about it on Monday.")
    assert got["Ana Brisk"][2] == "BUS"
    assert got["Tomas Vell"][2] == "BUS"
    assert got["Mira Kell"][2] == "MED"


def test_what_only_a_business_has_makes_a_company():
    got = actors("Ellen Ward, Halvorsen's longtime chief executive, resigned on Monday. Dozens of workers at the "
                 "Marlowe plant walked out on Friday.")
    assert got["Halvorsen"][2] == "BUS"
    assert got["Marlowe"][2] == "BUS"


def test_given_name_before_a_surname_typed_as_a_person():
    got = actors("Ana Kell worked as a geologist for the Centrix mining company, her brother said.")
    assert got.get("Ana Kell", ("",))[0] == "person"
    assert "Kell" not in got


def test_police_titles_and_bodies():
    got = actors("Officer Ana Kell said the suspect fled on foot. Sgt. Tom Vell of the Lakeview Police Department said "
                 "two men were arrested.")
    assert got["Ana Kell"][2] == "POL"
    assert got["Lakeview Police Department"][2] == "POL"
    assert got["Tom Vell"][2] == "POL"


def test_abbreviated_rank_parsed_apart_from_its_name():
    got = actors("Army Sgt. Ana Brisk was wounded in the attack, the Pentagon said. Cpl. Tomas Derlin was killed.")
    assert "Cpl" not in got
    assert got["Tomas Derlin"][2] == "MIL"


def test_speakers_the_actor_stage_left_uncovered():
    text = ('"We take these reports seriously," Twitter\'s Adam Vell said in a statement on Monday. "He has no chance '
            'here," a Nevada Democrat said in Washington.')
    got = actors(text)
    assert got.get("Adam Vell", ("",))[0] == "person"
    assert got.get("Nevada Democrat") == ("anonymous", "USA", "OPP")


def test_the_government_of_the_one_unknown_state():
    text = ("Ostrania's parliament voted on Monday to dissolve itself. The government said new elections would be "
            "held in June.")
    assert "The government" in mentions(text, "Ostrania")


def test_a_person_takes_the_story_country_only_from_a_paragraph_about_it(tmp_path):
    # words.json person_article_country, on since session 22: an inference from the story's focus ("article"), only
    # where the article is mostly about one country and the person's first paragraph names no other
    import json

    from dateline.options import Options
    head = "Kenya's parliament met in Nairobi on Monday to pass the budget. Kenyan officials welcomed it.\n\n"
    alone = head + "Joseph Mwangi, who sells shoes in the market, said the budget was fair."
    other = head + "Joseph Mwangi, who sells shoes in the market, said the budget was fairer than Uganda's."
    mwangi = next(a for a in run_text(alone, date="2016-05-01").actors if a.name == "Joseph Mwangi")
    assert (mwangi.country, mwangi.country_source) == ("KEN", "article")
    mwangi = next(a for a in run_text(other, date="2016-05-01").actors if a.name == "Joseph Mwangi")
    assert mwangi.country is None
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "words.json").write_text(json.dumps({"person_article_country": False}), encoding="utf-8")
    off = run_text(alone, date="2016-05-01", options=Options(knowledge_dir=str(tmp_path)))
    assert next(a for a in off.actors if a.name == "Joseph Mwangi").country is None
