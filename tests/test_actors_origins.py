"""Issue 10, session 13: a person's country only from evidence in the text (invented texts).

The article's main country is no default for people (words.json `person_article_country`, off by default; its
opt-in is tested in test_actors.py); the place words around a name are evidence.
"""
from __future__ import annotations

from conftest import run_text


def by_name(rec, name):
    return next((a for a in rec.actors if a.name == name), None)


def test_a_place_in_the_words_before_a_name_gives_its_country():
    # "alderman" is no title word the tables know, yet the parse joins the city to the name
    rec = run_text("Chicago Alderman Tom Reed said the budget was fair.", date="2016-05-01")
    reed = by_name(rec, "Tom Reed")
    assert (reed.country, reed.country_source) == ("USA", "title")


def test_a_person_of_a_place_takes_its_country():
    rec = run_text("Tom Reed of Boston said the budget was fair.", date="2016-05-01")
    reed = by_name(rec, "Tom Reed")
    assert (reed.country, reed.country_source) == ("USA", "of")
    # an organisation after "of" stays an affiliation, not a place
    rec = run_text("Tom Reed of Boston University said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country_source == "affiliation"


def test_a_place_named_after_the_name_elsewhere_in_the_sentence_is_no_origin():
    # only a place right after the name ("X of Y") counts, not one the sentence names later
    rec = run_text("Tom Reed said the budget of Boston was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country_source not in ("of", "place")


def test_an_organisation_named_before_a_persons_title_gives_no_place_country():
    # a sports club named after its city is an organisation, not the person's place
    rec = run_text("Former Chicago Bulls star Tom Reed said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country_source != "title"


def test_a_person_in_a_one_country_story_takes_its_country_only_as_an_inference():
    # no evidence of their own: the story's country, marked "article" (words.json person_article_country, session 22)
    rec = run_text("Kenya's parliament met in Nairobi on Monday to pass the budget. Kenyan officials welcomed it.\n\n"
                   "Joseph Mwangi, who sells shoes in the market, said the budget was fair.", date="2016-05-01")
    mwangi = by_name(rec, "Joseph Mwangi")
    assert mwangi.country == "KEN" and mwangi.country_source == "article"


def test_a_hyphened_pair_of_demonyms_gives_the_second_as_the_nationality():
    # "Ruritanian-American": an American of Ruritanian origin; "Kenyan-born" keeps Kenya
    rec = run_text("Tom Reed, an Iranian-American pastor, said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country == "USA"
    rec = run_text("Mexican-American activist Tom Reed said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country == "USA"
    rec = run_text("The Kenyan-born writer Joseph Mwangi said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Joseph Mwangi").country == "KEN"


def test_a_titled_legislator_sits_in_the_legislature_of_the_state_the_story_is_mostly_about():
    # a senator's title is an office of a state the text leaves unnamed: the article's main state (source "office",
    # as "the interior minister"), only when the article is mostly about it: senators exist in many states
    head = "Kenya's parliament met in Nairobi on Monday to pass the budget. "
    rec = run_text(head + "Senator Joseph Mwangi said the budget was fair.", date="2016-05-01")
    mwangi = by_name(rec, "Joseph Mwangi")
    assert (mwangi.country, mwangi.country_source) == ("KEN", "office")
    many = run_text("Kenya's parliament met in Nairobi on Monday. Observers from Uganda, Tanzania, Rwanda, Ethiopia "
                    "and Somalia watched. Senator Joseph Mwangi said the budget was fair.", date="2016-05-01")
    assert by_name(many, "Joseph Mwangi").country is None
    # a private person in the same story has no office: at most the story's country, as an inference
    rec = run_text(head + "Joseph Mwangi, a shopkeeper, said the budget was fair.", date="2016-05-01")
    assert by_name(rec, "Joseph Mwangi").country_source in (None, "article")


def test_a_place_after_the_persons_age_or_in_a_clause_on_their_description_is_where_they_live():
    rec = run_text("Tom Reed, 45, of Boston, said the budget was fair.", date="2016-05-01")
    assert (by_name(rec, "Tom Reed").country, by_name(rec, "Tom Reed").country_source) == ("USA", "of")
    rec = run_text("Tom Reed, a shopkeeper who lives in Boston, said it was fair.", date="2016-05-01")
    assert (by_name(rec, "Tom Reed").country, by_name(rec, "Tom Reed").country_source) == ("USA", "place")
    # a visit says nothing of where someone lives
    rec = run_text("Tom Reed, a shopkeeper who visited Boston, said it was fair.", date="2016-05-01")
    assert by_name(rec, "Tom Reed").country_source not in ("of", "place")
