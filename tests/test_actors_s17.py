"""Issue 10, session 17 (invented texts): names and countries of organisations and office holders.

- A name tagged after an "of" title that opens with the office's country ("President of Ruritania Ana Kell",
  tagged "Ruritania Ana Kell") is the person's name without the country, and the country is the title's.
- A country closing an organisation's name after a word of its own is the country of a national branch ("Brisk
  Foods Canada"), not the article's; a place's own name ("Papua New Guinea") is no branch.
- The "to" of a diplomatic posting names the host, not the employer: "X, the deputy envoy to the UN," is no
  UN official and "an ambassador to France" is no Frenchman.
- A one-word subject or possessor repeating the surname of a person named in full before it is that person, even
  when the registry knows an organisation of that name ("Ana Campo's lawyer", the company "Campo's").
- A bare singular noun of a building or place after a preposition of place ("ten years in prison", "taken to
  hospital") is where someone is, no actor; "the prison said" and "according to police" stay actors.
- A faith's civic body ("the Islamic Center of Lyon") and a name ending "International" ("Hope Harvest
  International") are no intergovernmental bodies; "the Organisation of Islamic Cooperation" stays one.
- The last part of a hyphenated proper name ("PORT-AU-PRINCE") is no role noun ("prince").
- A person noun right before a name, after an organisation or a place ("Lyon Lions striker X", "Ohio billionaire
  X"), is the person's role: the organisation's or the place's country, not the organisation's guessed sector.
- A party's member noun right before a name ("Democrat Dan Kell") is the person's party, as "Senate Republican
  X" was: the party's country in a story set in its country; inside a longer name entity ("Tory Ann Hale") it is
  no part of the name.
- A name the NER typed as an organisation that is exactly a gazetteer place, after a preposition of place or
  motion or joined with other places by "and" ("link Crete and Cyprus"), is the place, no organisation; "Toronto
  Star" (a place opening a longer name) stays one, and so does a surname the story names a person by.
- A one-word name right after "the" is no person ("the Beacon reported", "a reporter for the Lantern": the title
  before it is its employee's, not its own), and a posting's host in a title ("Ambassador to the United Nations X")
  is no affiliation.
- A run of two or three title-case proper nouns the NER left untagged, as a clause's subject, whose first word is
  a known given name ("Ana Ruiz wrote in the Courier that …") is a person, and so the report's speaker.
"""
from __future__ import annotations

from conftest import run_text


def _actors(text: str, date: str = "2020-03-01"):
    return {a.name: a for a in run_text(text, date=date).actors}


def test_a_country_after_an_of_title_is_no_part_of_the_name():
    actors = _actors("TEHRAN — President of Ukraine Vasyl Petrenko said on Monday that investigators would fly "
                     "to Tehran. Petrenko spoke after a meeting with officials in Tehran. Iran's foreign minister "
                     "said the talks were useful.")
    assert "Vasyl Petrenko" in actors
    assert actors["Vasyl Petrenko"].country == "UKR"
    assert not any(name.startswith("Ukraine ") for name in actors)


def test_a_country_closing_an_organisations_name_is_its_branchs_country():
    actors = _actors("KYIV — Brisk Foods Canada said on Tuesday that sales fell. Officials in Kyiv said the "
                     "Ukrainian market was weak, and Kyiv's mayor agreed.")
    assert actors["Brisk Foods Canada"].country == "CAN"
    assert actors["Brisk Foods Canada"].sector == "BUS"  # the head word before the country: "Foods"
    actors = _actors("The New Guinea Trading Company said prices rose, officials in Port Moresby said.")
    assert all(a.country != "GIN" for a in actors.values())  # a place's own name is no branch


def test_the_host_of_a_posting_is_no_affiliation():
    actors = _actors("Mira Okafor, the deputy envoy to the United Nations, said aid had stopped. Tom Vance, the "
                     "Kenyan ambassador to France, said talks would go on.")
    assert actors["Mira Okafor"].country != "IGO"
    assert actors["Tom Vance"].country == "KEN"


def test_a_surname_after_its_full_name_is_the_person_not_a_registry_company():
    rec = run_text("A court heard on Monday that Rosa Campbell's dog had bitten a postman. The dog was loose while "
                   "Campbell, 51, was away on a trip. Campbell's lawyer Ted Moss said she would appeal.",
                   date="2016-05-01")
    campbell = next(a for a in rec.actors if a.name == "Rosa Campbell")
    assert len([m for m in campbell.mentions if m.kind == "name"]) == 3
    assert all(a.kind == "person" for a in rec.actors if "Campbell" in a.name)


def test_a_bare_building_after_a_preposition_is_no_actor():
    actors = _actors("According to police, the man fled. He was taken to hospital and later sentenced to ten years "
                     "in prison. The prison said he was calm.")
    assert "police" in actors
    assert "hospital" not in actors
    assert [m.text for m in actors["prison"].mentions] == ["The prison"]


def test_a_faiths_body_or_an_international_charity_is_no_intergovernmental_body():
    actors = _actors("LYON — The Islamic Center of Lyon said it would hold a vigil. Staff from Hope Harvest "
                     "International said the clinic was full. The Organisation of Islamic Cooperation condemned "
                     "the attack.")
    assert actors["Islamic Center of Lyon"].country == "FRA"
    assert actors["Hope Harvest International"].country != "IGO"
    assert actors["Organisation of Islamic Cooperation"].country == "IGO"


def test_a_hyphenated_place_ending_in_a_title_word_is_no_role():
    actors = _actors("PORT-AU-PRINCE — Staff from Hope Harvest International said on Monday that the clinic was full.")
    assert not any("PRINCE" in name for name in actors)


def test_a_role_noun_after_an_organisation_or_place_places_the_person():
    actors = _actors("Lyon Lions striker Alex Moreau was taken to hospital on Monday. Ohio billionaire Dana Kell "
                     "said she would pay for the new stadium.")
    assert actors["Alex Moreau"].country == "FRA"
    assert actors["Alex Moreau"].sector == "CVL"  # the club's default sector is no player's
    assert actors["Dana Kell"].country == "USA"


def test_a_party_member_noun_before_a_name_is_the_persons_party():
    actors = _actors("WASHINGTON — Democrat Dan Kell said on Tuesday that the bill would fail in Ohio. Americans "
                     "are tired of the fight, Kell said.", date="2016-05-01")
    assert actors["Dan Kell"].country == "USA"
    assert actors["Dan Kell"].sector in ("OPP", "LEG")


def test_places_typed_as_an_organisation_are_places():
    actors = _actors("A new cable will link Crete and Cyprus by 2030, the operator said. Fighting spread to Fort "
                     "Pierce on Friday, officials said.")
    assert not any("Crete" in name for name in actors)
    assert "Fort Pierce" not in actors


def test_a_name_after_the_is_no_person():
    actors = _actors("Dan Lund, a reporter for the Lantern, spoke with Senator Ana Kell on Monday. The Beacon "
                     "reported that the vote was close.")
    assert actors["Lantern"].kind == "organization"
    assert actors["Beacon"].kind == "organization"
    assert _actors("Ambassador to the United Nations Nikki Kell said no.")["Nikki Kell"].country != "IGO"


def test_an_untagged_subject_opening_with_a_given_name_is_a_person():
    rec = run_text("Ana Ruiz wrote in the Courier that taxes would rise. Ruiz added that rents would fall.",
                   date="2016-05-01")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(q.speaker) for q in rec.quotes] == ["Ana Ruiz", "Ana Ruiz"]
