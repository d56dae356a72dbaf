"""Issue 10, session 16 (invented texts): evidence for countries, and what names an organisation.

- A name headed by an organisation's word before a connector ("Centre for Trade Reform", "Institute on Election
  Law") is a body, whatever its last word: it is no law or reform, and its staff take its place's country.
- A place inside what a person's description is about ("an expert on the war in Ruritania") is no evidence of the
  person's country or affiliation; a demonym before the role ("a Syrian expert on trade") still is.
- A role before a comma ("the president of X, Jamel Kell") is looked for back to the sentence start, but not past
  a finite verb: "Senator Ted Kell said his wife, Jane," gives Jane no title, office or sector.
- A title word opening a longer title ("Deputy Prime Minister X") starts no name of its own: the title is X's.
- An apposition's organisation is looked for past a hyphenated modifier ("the director of the France-based
  Lebanese Institute for Orchard Studies") and up to the sentence's end, not only to a comma.
- A place after "in" in a description counts whatever label the NER gave it ("a reporter in Lyon", the city tagged
  as an organisation).
- "<Place>-based" before an organisation's name is evidence of its country ("the London-based Centre for Farm
  Studies"), and so of its staff's.
- Sources and experts take their modifier's country ("Israeli sources", "Republican foreign policy experts" in a
  US story), never the article's.
- A word of letters and digits ("COVID-19", "H1N1") tagged as a person names no one.
- Credits name no actors: a photo credit in brackets ("(Karim Haddad/Agency)") and a credit sentence closing a
  paragraph ("Agency writers Dan Lund in Paris and … contributed to this report.").
"""
from __future__ import annotations

from conftest import run_text


def _actors(text: str):
    return {a.name: a for a in run_text(text, date="2016-05-01").actors}


def test_an_organisation_headed_before_a_connector_is_no_law():
    actors = _actors("Voters in Ruritania are angry. “It is a mess,” said Ana Kell, a security analyst at the Centre "
                     "for Trade Reform in London.")
    assert "Centre for Trade Reform" in actors
    assert actors["Ana Kell"].country == "GBR"
    assert actors["Ana Kell"].country_source == "affiliation"


def test_a_law_is_still_no_actor():
    actors = _actors("Lund said the Clean Rivers Reform would pass. Kell voted against the Clean Rivers Act.")
    assert not any("Clean Rivers" in n for n in actors)


def test_a_place_the_description_is_about_gives_no_country():
    actors = _actors("Voters are angry. “It is a mess,” said Ana Kell, an expert on the war in Syria.")
    assert actors["Ana Kell"].country is None


def test_a_demonym_before_the_role_still_gives_the_country():
    actors = _actors("Voters are angry. “It is a mess,” said Ana Kell, a Syrian expert on trade.")
    assert actors["Ana Kell"].country == "SYR"


def test_a_role_before_a_comma_is_not_read_past_another_persons_name():
    actors = _actors("Senator Ted Kell of Ohio said his wife, Jane, was at the meeting.")
    assert actors["Jane"].sector != "LEG"
    actors = _actors("Mayor Ana Lund of Lyon arrived with her husband, Tom Lund, on Monday.")
    assert actors["Tom Lund"].sector != "GOV"


def test_a_role_before_a_comma_still_titles_the_name_after_it():
    actors = _actors("The president of the Lyon Trade League, Jamel Kell, said the talks failed.")
    assert actors["Jamel Kell"].country == "FRA"


def test_a_photo_credit_in_brackets_names_no_actor():
    actors = _actors("Mayor Ana Kell spoke in Lyon on Monday.\n\nA man waves a flag in the northern city of Lyon in "
                     "March. (Karim Haddad/Agency)")
    assert not any("Haddad" in n for n in actors)


def test_a_credit_sentence_closing_a_paragraph_names_no_actor():
    actors = _actors("Mayor Ana Kell spoke in Lyon on Monday.\n\nKell reported from Lyon. Agency writers Dan Lund in "
                     "Paris, Ivo Marsh in Rome and Eva Stone in Madrid contributed to this report.")
    assert not {"Dan Lund", "Ivo Marsh", "Eva Stone"} & set(actors)
    actors = _actors("Mayor Ana Kell spoke in Lyon on Monday. Kell said Dan Lund in Paris contributed.")
    assert "Dan Lund" in actors


def test_a_longer_title_before_a_name_is_the_names_title():
    actors = _actors("Turkish Deputy Prime Minister Orhan Velic said the border would stay open.")
    assert set(actors) == {"Orhan Velic"}
    assert actors["Orhan Velic"].country == "TUR"
    assert _actors("Sen. Ann Hale said the bill would pass.")["Ann Hale"].sector == "LEG"


def test_an_apposition_reads_past_a_hyphenated_place_to_its_organisation():
    actors = _actors("“It is over,” said Dan Kell, the director of the France-based Lebanese Institute for Orchard Studies.")
    assert actors["Dan Kell"].country == "LBN"
    assert actors["Dan Kell"].country_source == "affiliation"


def test_a_place_after_in_counts_whatever_label_the_ner_gave_it():
    actors = _actors("“It is over,” said Dan Kell, a reporter in Lyon.")
    assert actors["Dan Kell"].country == "FRA"
    actors = _actors("“It is over,” said Dan Kell, head of forensics in eastern Aleppo.")
    assert actors["Dan Kell"].country == "SYR"


def test_a_code_of_letters_and_digits_is_no_person():
    actors = _actors("Kell tested positive for COVID-19 on Friday, her doctor said.")
    assert "COVID-19" not in actors and "Kell" in actors


def test_a_place_based_organisation_has_the_places_country():
    actors = _actors("“It is over,” said Dan Kell, the head of the London-based Centre for Farm Studies.")
    assert actors["Centre for Farm Studies"].country_source == "place"
    assert actors["Dan Kell"].country == "GBR"


def test_sources_and_experts_take_their_modifiers_country():
    actors = _actors("Voters in Ohio are angry. More than 80 Republican foreign policy experts signed a letter against Kell.")
    assert actors["Republican foreign policy experts"].country == "USA"
    assert _actors("Israeli sources said the talks had failed.")["Israeli sources"].country == "ISR"
    assert _actors("Sources said the talks had failed in Lyon.")["Sources"].country is None  # no default
