"""Issue 10, session 25 (invented texts, invented places, people, bodies and maladies).

- A malady is no actor by more of its names (article_names.py `names_a_malady`, `malady_names`): a name of any
  length that ends with a disease's or a microbe's word ("the Blue Ear Pig Disease"; "and" may join its words), a short name a
  disease's or a microbe's word opens ("Ebola Reston": a strain), a one-word scientific name ("Filoviridae", "-itis",
  "-osis"), and a name the article itself puts right before a malady word ("the Marburg virus" … "Marburg spread").
- A long form's initials skip its joiners when the window is counted back (orgs.py `_initials_start`): "Kell
  Reproductive and Respiratory Syndrome Virus (KRRSV)" … "KRRSV".
- A name the article calls a place below a state elsewhere is that place wherever it stands (article_names.py
  `place_names`, orgs.py `_called_a_place`): "four villages: A, B and C", "the village of A", "the residents of A";
  not when it is an active subject ("A said", "Kell won Ohio" after "the Kell camp") or a word of a person's name the
  article gives, nor the places an active subject names ("the cities of A and B said").
- Places joined to a place: the first of them gives the slot ("ports in Lyon and Nantes", orgs.py `_named_place`,
  names.py `_classify_person` via article_names.py `first_conjunct`); title-case conjuncts and a place noun's nmod count
  for `place_names` ("in the Ardel, Kellmark and Vostmark provinces").
- A name the sentence calls a drug is no actor ("Brisovan, an antiviral,"; orgs.py `_names_a_thing`: a named noun the
  WordNet table files as a drug).
- A name headed by a building's word is no actor as the object of a verb or of a preposition of a structure acted
  on ("bombs struck the Kell Cathedral"; nonactors.py `venue_names`); "the cathedral said" keeps it, and so does a
  state's name in it ("stormed the Russian Embassy": the state's mission, a party to the event).
"""
from __future__ import annotations

from conftest import run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2024-05-01").actors}


def test_a_name_the_article_puts_before_a_malady_word_is_that_malady():
    got = actors("The Marburg virus was found in bats in May. Marburg spread quickly, the Brisk Health Ministry said.")
    assert "Marburg" not in got and "Brisk Health Ministry" in got
    got = actors("The Ruriton Virus Institute said on Monday that it would hire staff.")  # a body's name: an actor
    assert "Ruriton Virus Institute" in got


def test_a_strain_named_by_its_disease_word_first_is_no_actor():
    got = actors("Pigs in the region were infected with the Ebola-Reston virus. Officials said Ebola-Reston poses "
                 "little risk to people.")
    assert not any("Reston" in name for name in got)


def test_a_scientific_name_of_a_disease_is_no_actor():
    got = actors("Cases of Nonalcoholic Steatohepatitis rose sharply, Dr. Tom Berg said on Monday.")
    assert not any("Nonalcoholic" in name or "Steatohepatitis" in name for name in got) and "Tom Berg" in got


def test_a_long_malady_name_with_and_and_its_initials_are_no_actors():
    got = actors("Pigs carried the Kell Reproductive and Respiratory Syndrome Virus (KRRSV), the Brisk Agency said on "
                 "Monday. KRRSV spreads fast.")
    assert "KRRSV" not in got and "Brisk Agency" in got


def test_villages_the_article_lists_are_places_wherever_they_stand():
    got = actors("The fever has reached four villages: Kampelu, Ardel and Vost, Dr. Ana Kell said. Kampelu was "
                 "quarantined on Monday. Officials sent doctors to Vost.")
    assert not {"Kampelu", "Ardel", "Vost"} & set(got) and "Ana Kell" in got
    got = actors("Tom Berg visited the village of Kellby on Monday. Kellby said it would sue the Brisk Corporation.")
    assert "Kellby" in got  # a place that speaks stays an actor


def test_a_building_struck_or_cleaned_is_no_actor():
    got = actors("Twin bombs struck the Lundby Cathedral on Sunday, the Ruritanian army said.")
    assert not any("Lundby" in name for name in got)
    got = actors("Officials want to clean up the Vostok International Airport, a hot spot for toxins.")
    assert not any("Vostok" in name for name in got)
    got = actors("The Lundby Cathedral said on Sunday that it would hold a vigil.")  # it speaks: an actor
    assert any("Lundby" in name for name in got)


def test_places_joined_to_a_place_or_listed_before_a_place_noun_are_places():
    got = actors("The tanker sailed to ports in Gdansk and Klaipeda, said Ana Kell of the Brisk Shipping Company.")
    assert "Klaipeda" not in got and "Ana Kell" in got
    got = actors("Cases were reported in the Ardel West, Kellmark and Vostmark provinces, Dr. Ana Lund said.")
    assert not {"Kellmark", "Vostmark"} & set(got) and "Ana Lund" in got


def test_a_name_the_sentence_calls_a_drug_is_no_actor():
    got = actors("Doctors prescribed Brisovan, an antiviral, to the students, the Brisk Health Ministry said.")
    assert "Brisovan" not in got and "Brisk Health Ministry" in got


def test_a_candidate_whose_camp_the_article_names_stays_an_actor():
    got = actors("Aides in the Sanders camp were upset. Sanders won Michigan on Tuesday, and Sanders thanked voters.")
    assert "Sanders" in got


def test_a_state_s_mission_stormed_stays_an_actor():
    got = actors("Protesters stormed the Russian Embassy on Monday, the police said.")
    assert "Russian Embassy" in got
