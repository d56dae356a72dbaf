"""Issue 10, session 19 (invented texts, invented people; real organisations where the registry must know them).

- A multinational that the PETRARCH dictionaries code with its home state ('MNCUSA', 'MNCKOR') has that state as its
  country in the registry, not the bare 'MNC' mark; its staff take it through the affiliation, in a story set in
  another country too.
- A plural title before a list of names is each one's also when each name carries its state, in brackets or after
  "of" ("Sens. A (Ariz.), B (N.H.) and C (Iowa)", "senators A of Ohio, B of Utah and C of Iowa"), when the tokenizer
  split the title's period off and the parser ended a sentence there ("Sens." "."), and across a no-break space.
  A US state alone in brackets after a name places the person in the United States.
- An organisation whose name opens with an intergovernmental organisation's registry name and goes on ("the United
  Nations Office for …", "the UN Development Programme") is one of its bodies: IGO, also where its head word is one
  of a scheme's ("programme"), which made it no actor.
- Registry names are keyed with one spelling of "-ization" ("World Health Organisation" is the registry's).
- A name opened by a storm's word ("Cyclone Lola", "Tropical Storm Nadine") and that storm's own name alone later
  ("Lola caused …") are no actors.
- Two person nouns joined by "and" before a name are one title ("Canadian lawyer and author X", "Russian journalist
  and human rights activist X"): the nationality before them is the person's, and no group of its own.
- National agencies and intergovernmental bodies the PETRARCH dictionaries lack are in the registry
  (curated/agencies.csv): a US health agency in a story set in Haiti is American, not the story's country; the
  British Foreign Office in a story about Russia is British.
- "the health ministry" with no ministry named before is no other body of the state's sector named earlier (a
  state body's type word, unless a generic one such as "agency").
- A country's initials before "-based" place an organisation ("the UK-based X", "the U.S.-based Y", one token or
  three), not the story's country.
- An unnamed person of a role noun "for/at/with" an organisation ("an engineer with the U.S. Department of
  Energy", "a professor at the University of Saskatchewan") is its staff: its country and sector; the phrase
  stays the role's ("the leaders of Hamas" is still one phrase, "the government of Oman" still the state).
"""
from __future__ import annotations

from conftest import run_text
from dateline.knowledge.registry import packaged_registry


def _actors(text: str, date: str = "2016-11-20"):
    return {a.name: a for a in run_text(text, date=date).actors}


def test_a_multinational_coded_with_its_home_state_has_that_country():
    reg = packaged_registry()
    for name, home in (("Comscore", "USA"), ("Samsung", "KOR")):
        role = reg.actor(name, "2016-05-01").role_at("2016-05-01")
        assert (role.country, role.sector) == (home, "BUS"), name


def test_the_staff_of_a_multinational_take_its_home_country_abroad():
    actors = _actors("Ruritanian regulators fined three phone makers on Monday. Samsung spokesman Lee Jun-ho said "
                     "the company would appeal the ruling in Ruriton's courts.")
    assert actors["Samsung"].country == "KOR" and actors["Samsung"].country_source == "registry"
    person = actors["Lee Jun-ho"]
    assert person.country == "KOR" and person.country_source == "affiliation"


def _sector_country(text: str, names: list[str]):
    actors = _actors(text)
    return [(actors[n].sector, actors[n].country) for n in names]


def test_a_plural_title_over_a_list_of_names_with_their_states_in_brackets():
    names = ["Dan Marley", "Kelly Aymes", "Pat Tolley", "Chuck Grassman"]
    got = _sector_country("Several Republican leaders, including Sens. Dan Marley (Ariz.), Kelly Aymes (N.H.), Pat "
                          "Tolley (Pa.) and Chuck Grassman (Iowa), have since denounced the remarks.", names)
    assert got == [("LEG", "USA")] * 4


def test_a_plural_title_over_a_list_of_names_with_their_states_after_of():
    names = ["Rob Portly", "Mike Leeson", "Joni Ernstrom"]
    got = _sector_country("Republican senators Rob Portly of Ohio, Mike Leeson of Utah and Joni Ernstrom of Iowa "
                          "wrote to the agency on Monday.", names)
    assert [s for s, _ in got] == ["LEG"] * 3


def test_a_split_plural_title_across_a_no_break_space():
    got = _sector_country("Several Republican leaders, including Sens.\u00a0Dan Marley (Ariz.) and Kelly Aymes (N.H.), "
                          "have denounced the remarks.", ["Dan Marley", "Kelly Aymes"])
    assert got == [("LEG", "USA")] * 2


def test_a_body_named_after_an_intergovernmental_organisation_is_one():
    actors = _actors("In Ruriton, the United Nations Office for Flood Relief Planning said 20,000 people "
                     "had fled. The UN Development Programme said food would arrive on Friday.")
    office = actors["United Nations Office for Flood Relief Planning"]
    assert (office.country, office.sector) == ("IGO", "IGO")
    assert actors["UN Development Programme"].country == "IGO"


def test_a_british_spelling_finds_the_registry_organisation():
    reg = packaged_registry()
    assert reg.actor("World Health Organisation") is reg.actor("World Health Organization") is not None


def test_storms_and_their_names_are_no_actors():
    actors = _actors("Tropical Storm Nadine dumped heavy rain on the island. Category 5 Cyclone Lola hit the coast on "
                     "Monday. Lola caused damage as it crossed the coast, officials said. Lola Brandt, a farmer, said "
                     "the crop was lost.")
    assert not {"Tropical Storm Nadine", "Nadine", "Cyclone Lola", "Lola"} & set(actors)
    assert "Lola Brandt" in actors


def test_a_nationality_before_two_joined_roles_is_the_persons():
    for text, name, iso in (("Canadian lawyer and author Dana Kell said the law was unfair.", "Dana Kell", "CAN"),
                            ("Russian journalist and human rights activist Alla Petrova was shot in Lyon.",
                             "Alla Petrova", "RUS")):
        actors = _actors(text)
        assert actors[name].country == iso and actors[name].country_source == "title", text
        assert not any(a.kind == "group" for a in actors.values()), text


def test_a_national_agency_keeps_its_country_in_a_story_set_abroad():
    actors = _actors("Cholera has killed 200 people in Haiti, officials in Port-au-Prince said on Friday. Officials at "
                     "the Centers for Disease Control said the outbreak was slowing, and the CDC sent a team to Haiti.")
    cdc = actors["Centers for Disease Control and Prevention"]
    assert (cdc.country, cdc.country_source, cdc.sector) == ("USA", "registry", "GOV")
    actors = _actors("Russia denied any role in the poisoning of the former agent in London on Monday. The Foreign "
                     "Office said it had summoned Russia's ambassador.")
    assert actors["Foreign and Commonwealth Office"].country == "GBR"


def test_a_ministry_is_no_agency_of_another_name():
    rec = run_text("Ruritania reported three cases of the flu on Tuesday. The Centers for Disease Control sent two "
                   "experts to the capital. The health ministry said schools would stay open.", date="2016-11-20")
    cdc = next(a for a in rec.actors if a.name == "Centers for Disease Control and Prevention")
    assert not any("ministry" in m.text.lower() for m in cdc.mentions)


def test_a_country_by_its_initials_before_based_places_the_organisation():
    for text, name, iso in (("The UK-based Lantern Trust said the drug had failed in Thailand.", "Lantern Trust", "GBR"),
                            ("The U.S.-based Brisk Institute said the drug had failed in Thailand.", "Brisk Institute",
                             "USA")):
        actors = _actors("Thailand reported new malaria cases on Monday. " + text + " Thai officials said they would act.")
        assert (actors[name].country, actors[name].country_source) == (iso, "place"), text


def test_an_unnamed_role_for_an_organisation_takes_its_country():
    actors = _actors("Mexico reported 20 new cases on Monday. An engineer with the U.S. Department of Energy said "
                     "the plant was safe. A professor at the University of Saskatchewan said the virus was mild.")
    engineer = next(a for a in actors.values() if a.kind == "anonymous" and a.name == "engineer")
    assert (engineer.country, engineer.country_source, engineer.sector) == ("USA", "affiliation", "GOV")
    professor = next(a for a in actors.values() if a.kind == "anonymous" and a.name == "professor")
    assert professor.country == "CAN"
