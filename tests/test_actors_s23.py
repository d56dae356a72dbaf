"""Issue 10, session 23 (invented texts, invented places, people and bodies).

- Drugs, diseases and microbes are no actors (extract/actors/nonactors.py `names_a_malady`, the packaged WordNet
  table knowledge/data/actors/medical_names.json built by eval/actors/build_medical_names.py): a name the NER typed
  as an organisation or a person that is, as a whole, a WordNet noun below drug, medicine, disease, illness,
  infection, microorganism, virus or pathogen with no sense naming a person or a group ("Aspirin", "BSE",
  "Salmonella"), or a name of two or three words that ends with a disease's or a microbe's word and holds no word
  of an organisation's name ("Avian Flu", "Lassa Virus"; not "the Flu Research Council"). A registry actor, and a
  name the article also uses as a company (a speaker, "Bayer said"; what only a business has, "Bayer's
  shareholders"), stay actors.
- A name the sentence calls a place below a state or a work is no actor (orgs.py `_names_a_thing`,
  nonactors.named_nouns): its apposition, the noun it stands in apposition to, or a determiner's noun right before
  it is a place noun (words.json place_nouns but "state" and "capital": "Kampelu, a small village near the river")
  or, for a name typed as an organisation, a noun whose first WordNet sense is a communication ("the film X", "the
  sitcom X"; not an outlet's, a medium's product or a body's word). Not when another such noun calls it a person
  ("the committee chairman X"), the registry knows it or the article uses it as a company.
- A sectorless role that serves someone takes the sector of the role noun or office its for/to-phrase names
  (person_predicates.py `_principal_sector`): "X, spokesperson for the provincial governor," is GOV (the governor's office),
  "X, an aide to the police chief," POL (was CVL, the last resort); an organisation there stays the affiliation.
"""
from __future__ import annotations

from conftest import run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2024-05-01").actors}


def test_a_drug_a_disease_and_a_microbe_are_no_actors():
    got = actors("Doctors in Velkor gave the children Aspirin after the fever spread. The clinic said Aspirin was in "
                 "short supply.")
    assert "Aspirin" not in got and "Doctors" in got
    assert "BSE" not in actors("Officials in Lakeview confirmed a case of BSE on a dairy farm on Monday. BSE was last "
                               "found there in 2011.")
    got = actors("Salmonella sickened forty guests at the Brisk Hotel, the county health office said on Friday.")
    assert "Salmonella" not in got
    got = actors("Staphylococcus was found in the ward, and Fentanyl was seized by police in Lakeview.")
    assert "Staphylococcus" not in got and "Fentanyl" not in got and "police" in got


def test_a_name_ending_with_a_disease_is_no_actor_but_a_body_named_for_one_is():
    assert "Avian Flu" not in actors("Avian Flu killed thousands of birds in Quellan last winter, and farmers asked "
                                     "the ministry for help.")
    got = actors("Health workers said that Dengue Fever had reached the coast, and Lassa Virus cases rose in the "
                 "north.")
    assert "Dengue Fever" not in got and "Lassa Virus" not in got
    assert "Flu Research Council" in actors("The Flu Research Council said on Monday that vaccines would arrive in "
                                            "March.")


def test_a_drug_maker_named_like_its_drug_stays_a_company():
    # the guard of the rule above: "Bayer" is a drug's name in WordNet, but here the company speaks and has
    # shareholders (this part passed before the rule too; the first assertion did not)
    assert "Salmonella" not in actors("Salmonella sickened forty guests at the Brisk Hotel on Friday, the county "
                                      "health office said.")
    got = actors("Bayer said on Tuesday that it would cut 2,000 jobs. Bayer's shareholders approved the plan.")
    assert got.get("Bayer", ("",))[0] == "organization"


def test_a_village_and_a_film_named_by_their_nouns_are_no_actors():
    assert "Kampelu" not in actors("Twelve people died in Kampelu, a small village near the river, officials said.")
    got = actors("The film Vellano opened in Lyon on Friday, and the Brisk Institute praised it.")
    assert "Vellano" not in got and "Brisk Institute" in got
    got = actors("The sitcom Harbor Lights returned on Monday, the Brisk Network said.")
    assert "Harbor Lights" not in got and "Brisk Network" in got
    assert "Brisk Air" in actors("Brisk Air, a budget airline, cancelled forty flights on Monday.")


def test_a_spokesperson_for_an_office_takes_the_office_sector():
    got = actors("Omar Vell, spokesperson for the regional governor, told reporters that twelve died.")
    assert got["Omar Vell"][2] == "GOV"
    got = actors("Omar Vell, an aide to the police chief, told reporters that twelve died.")
    assert got["Omar Vell"][2] == "POL"


