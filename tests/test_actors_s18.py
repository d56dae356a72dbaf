"""Issue 10, session 18 (invented texts, invented people; real places, which the gazetteer must know).

- A place the NER left untagged or tagged as part of a name, before a person's title ("Saskatchewan Premier X",
  "Regina MLA X", "Nova Scotia Finance Minister X"), gives the person its country (`title`), by the gazetteer: a
  first-level region, a county or a town of 15,000 people, by its own name; the name is the words after the title.
  A place before a body's word ("Green Party", "Sharjah Media") opens no title; a place the NER typed as an
  organisation or a person there is no actor.
- Westminster legislators' abbreviations (MLA, MPP, MSP, MNA, MHA) are legislator titles.
- A place before a noun of living somewhere ("a Dunmore resident", "Halifax residents") gives the phrase, and a
  name in apposition to it, the place's country (a town of any size there); the town is no organisation.
- A first-level region of any country after "of" inside an organisation's name ("the University of Saskatchewan")
  places the organisation by its name, and so its staff through the affiliation; a US state already did.
- A generic office word ("president", "director") before or after a body of unknown sector is the body's
  office, not a state's: the officer takes the body's (guessed) sector; "Commerce Secretary X" stays GOV.
- An organisation's type word: "Co." and "Inc." with their periods are companies'; a generic body's word
  ("centre": NGO) yields to a telling word before it ("Ridgeway Health Centre": HLH).
- A town opening an organisation's name that the article names as a place itself ("KINGSTON, N.Y. —" … "Kingston
  College") is that place, not a capital of that name elsewhere; so is a place the gazetteer reads in a name.
- A name headed by a place noun after a preposition of place ("in the Greater Ruriton Area", "in Lund County")
  is a place, no organisation ("state" is left out: "fighters in the Islamic State").
- A name in apposition with a noun whose first WordNet sense is an idea or a scheme ("a new policy, Vision
  Lyon 2030,"; noun.cognition: policy, plan, strategy, programme) names the thing, no actor.
- A town after a title's "of" that the NER typed as a name ("X, the mayor of Lyon," with Lyon an ORG) is the place of
  the office: its country, not the story's, and no actor.
- A legislature's committee, caucus or council ("the House Fisheries Committee", "the Legislative Council") and
  the House of Commons or Lords are legislative (LEG), not the unknown-organisation or council (GOV) guess.
- Local legislators' titles (alderman, councilman, assemblywoman) are legislator titles; a title word the
  registry's agent nouns lack gives its sector from words.json title_sectors ("Justice X": JUD; not "Secretary of
  Justice X"); an entity of title words only right before a name tagged apart ("Alderman" "Will Burton") is the
  name's title.
- A field's type word before a role noun of no sector of its own ("health worker X", "bank worker X") gives the
  field's sector (words.json org_name_sector), not the civilian default.
- A place noun after "from" names the place in its modifier or its "of" ("X, 31, from the Lyon suburb of
  Villeurbanne,"): that place's country.
- The words of another name ("Martin Kell's predecessor") and a place after the role's head ("a former president of
  Lyon College") are no place modifying the role.
"""
from __future__ import annotations

from conftest import run_text


def _actors(text: str, date: str = "2016-11-20"):
    return {a.name: a for a in run_text(text, date=date).actors}


def test_a_place_before_a_title_inside_the_name_gives_the_country():
    actors = _actors("Saskatchewan Premier Brent Halloway said on Monday that the budget would pass. Halloway spoke to "
                     "reporters after a cabinet meeting.")
    assert "Brent Halloway" in actors
    person = actors["Brent Halloway"]
    assert person.kind == "person" and person.country == "CAN" and person.country_source == "title"
    assert person.sector == "GOV"


def test_a_place_and_a_legislator_abbreviation_before_the_name():
    actors = _actors("Regina MLA Dana Kell drew long applause on Wednesday after her speech in the assembly. "
                     "Kell said the comments were hateful.")
    assert "Dana Kell" in actors
    person = actors["Dana Kell"]
    assert person.country == "CAN" and person.sector == "LEG"
    assert not any(name.startswith("Regina") for name in actors)


def test_a_region_before_a_longer_title_is_no_body_word():
    actors = _actors("Nova Scotia Finance Minister Carl Dunne said the deficit would shrink. Green Party candidate Jill "
                     "Stone said the forecast was wrong.")
    assert actors["Carl Dunne"].country == "CAN"
    assert "Green Party" in actors  # a party, not a place before a title


def test_a_town_before_a_residence_noun_places_the_phrase_and_its_apposition():
    actors = _actors("A Dunmore resident, Carl Pike, said the water smelled of fuel. One Winnipeg resident said "
                     "the streets were unsafe.")
    assert actors["Carl Pike"].country == "USA"
    assert "Dunmore" not in actors
    winnipeg = next(a for a in actors.values() if a.name.endswith("Winnipeg resident"))
    assert winnipeg.country == "CAN" and winnipeg.country_source == "place"


def test_a_region_after_of_in_an_organisations_name_places_its_staff():
    actors = _actors("Tom Reyes, a history professor at the University of Saskatchewan, said the government "
                     "had changed its plan. Lantern Bank chief Martin Kell's deputy, Ann Bair, disagreed.")
    assert actors["University of Saskatchewan"].country == "CAN"
    assert actors["Tom Reyes"].country == "CAN"
    assert actors["Ann Bair"].country != "SVK"  # "Martin" (a Slovak town) is a word of another name here


def test_a_town_the_ner_missed_after_from_or_lives_in_is_where_the_person_is_from():
    actors = _actors("Mayor Ines Calloway of Dunmore said the bridge would close. Ana Sirait, who lived in Sumedang, "
                     "said the water had risen.")
    assert actors["Ines Calloway"].country == "USA"
    assert "Dunmore" not in actors  # the town, no person
    assert actors["Ana Sirait"].country == "IDN" and actors["Ana Sirait"].country_source == "place"


def test_a_generic_office_of_a_body_of_unknown_sector_is_no_state_office():
    # "President" alone reads as a state's office (GOV); before a body's name it is the body's officer
    actors = _actors("Brisk Union President Dan Shelton said the strike would go on. Commerce Secretary Ana Ruiz "
                     "said the talks had failed.")
    assert actors["Dan Shelton"].sector == actors["Brisk Union"].sector != "GOV"
    assert actors["Ana Ruiz"].sector == "GOV"  # a state's department: its secretary stays a government officer


def test_an_organisations_type_word_with_abbreviations_and_generic_heads():
    actors = _actors("Brisk Foods Co. is recalling its nuts, and Lantern Farms Inc. said it would help. The Ridgeway "
                     "Health Centre said two patients were ill.")
    assert actors["Brisk Foods Co."].sector == "BUS" and actors["Lantern Farms Inc."].sector == "BUS"
    assert actors["Ridgeway Health Centre"].sector == "HLH"  # a generic head yields to a telling word before it


def test_a_town_opening_an_organisations_name_is_the_one_the_article_names():
    # "Kingston" and "Lima" alone are capitals' names (Jamaica, Peru); the dateline says which town the story is in
    actors = _actors("KINGSTON, N.Y. (AP) - Ana Ruiz is a student at Kingston College. The college said classes "
                     "would resume on Monday.")
    assert actors["Kingston College"].country == "USA"
    assert actors["Ana Ruiz"].country == "USA"
    actors = _actors("LIMA, Ohio (AP) - Ana Ruiz is a student at Lima Technical College. The college said classes "
                     "would resume on Monday.")
    assert actors["Lima Technical College"].country == "USA"


def test_a_name_headed_by_a_place_noun_after_in_is_a_place():
    actors = _actors("An analyst says price growth will slow in the Greater Vancouver Area, but prices could rise in "
                     "Alberta.")
    assert "Greater Vancouver Area" not in actors


def test_a_name_in_apposition_with_a_policy_or_plan_is_no_actor():
    actors = _actors("The city adopted a new policy, Vision Lyon 2030, to help end traffic deaths. Ottawa adopted a "
                     "Danish housing strategy, Homes First Canada, to help end homelessness.")
    assert "Vision Lyon 2030" not in actors and "Homes First Canada" not in actors


def test_the_place_of_an_office_typed_as_a_name_gives_the_country_not_the_story():
    # in a story set in the United States, a foreign town's mayor: the town (tagged as an organisation or a
    # person by the NER) is the place of the office, not the article's country and not an actor
    text = ("WASHINGTON - President Obama praised Dan Kell, the mayor of Lyon, on Monday. Senators in Washington "
            "and officials in New York agreed.")
    actors = _actors(text)
    assert actors["Dan Kell"].country == "FRA"
    assert "Lyon" not in actors


def test_a_legislatures_committee_or_council_is_legislative():
    actors = _actors("Dan Kell, who chairs the House Fisheries Committee, said the quota was too low. The House of "
                     "Lords voted on Monday, and the Ruritanian Legislative Council adjourned.")
    assert actors["House Fisheries Committee"].sector == "LEG"
    assert actors["House of Lords"].sector == "LEG"
    assert actors["Ruritanian Legislative Council"].sector == "LEG"


def test_local_legislators_and_justices_by_their_titles():
    actors = _actors("The council heard from Alderman Will Burton, whose ward includes the park. Assemblywoman Jill "
                     "Torres said the bill would pass. Justice Jim Harlow sentenced the man to nine years, and "
                     "Secretary of Justice Ana Vidal said the ruling was fair.")
    assert actors["Will Burton"].sector == "LEG" and "Alderman" not in actors  # the title tagged apart is his
    assert actors["Jill Torres"].sector == "LEG"
    assert actors["Jim Harlow"].sector == "JUD"
    assert actors["Ana Vidal"].sector != "JUD"  # the justice her office is of is no title of hers


def test_a_fields_type_word_before_a_civilians_role_noun_gives_the_sector():
    actors = _actors("Community health worker Mary Wanjiku told a newspaper that the water was dirty. Bank worker "
                     "Dan Kell said the vault was open.")
    assert actors["Mary Wanjiku"].sector == "HLH"
    assert actors["Dan Kell"].sector == "BUS"


def test_a_place_noun_after_from_names_where_the_person_is_from():
    actors = _actors("Dana Kell, 31, from the Lyon suburb of Villeurbanne, won the race on Sunday.")
    assert actors["Dana Kell"].country == "FRA" and actors["Dana Kell"].country_source == "place"
