"""Issue 10, session 36: what is not an actor (invented texts).

- "close to", "next to", "adjacent to" are prepositions of place: a building or a ground named only there is a place
  ("close to the Varno International Airport").
- A name the sentence says is a building or a ground ("Kellby Home Park is a well run facility"; the subject of "be"
  whose attribute is a venue or ground noun of venue_heads.json) is a place where no other mention of it acts.
- A name typed PERSON that the sentence calls a creative work ("her sitcom, Morning Stand,"; venue_heads.json `works`:
  WordNet 3.0 films, shows, series, books, plays, songs, artworks) is no person; a person noun keeps the person
  ("her co-star, Tom Vell,").
- A town the gazetteer knows, typed as an organisation, modifying a common noun ("pigs in Tarlac farms") is where the
  thing is, no actor; not a one-word name that is also a common noun ("Time magazine").
"""
from __future__ import annotations

from conftest import actor_names

DATE = "2016-05-02"


def _names(text):
    return actor_names(text, DATE)


def test_an_airport_a_depot_is_close_to_is_no_actor():
    names = _names("The new depot is located on the main highway, close to the Varno International Airport, "
                   "officials said on Monday.")
    assert "Varno International Airport" not in names


def test_a_station_a_plant_is_next_to_is_no_actor():
    names = _names("The plant sits next to Kellby Central Station, the council said on Tuesday.")
    assert "Kellby Central Station" not in names


def test_a_person_a_depot_is_close_to_stays():
    names = _names("The new depot is close to Mayor Ana Kell, officials said. Kell said she welcomed it.")
    assert "Ana Kell" in names


def test_a_park_the_sentence_calls_a_facility_is_no_actor():
    names = _names("Two men were hurt on Monday. Kellby Home Park is a well run facility, said Tom Vell, a "
                   "councillor.")
    assert "Kellby Home Park" not in names
    assert "Tom Vell" in names


def test_a_club_called_a_club_stays():
    names = _names("Lund Park Rangers is a football club. Lund Park Rangers said on Monday it would appeal.")
    assert "Lund Park Rangers" in names


def test_a_sitcom_typed_as_a_person_is_no_actor():
    names = _names("Already a star of radio, comedian Ana Kell marked the 100th episode of her current sitcom, "
                   "Morning Stand, on Friday.")
    assert "Morning Stand" not in names
    assert "Ana Kell" in names


def test_a_co_star_in_apposition_stays_a_person():
    names = _names("Her co-star, Tom Vell, said on Monday that the show would return.")
    assert "Tom Vell" in names


def test_a_town_modifying_a_noun_is_no_actor():
    names = _names("Tests showed that pigs in Tarlac and Pampanga farms were infected, officials said on Monday.")
    assert "Tarlac" not in names
    names = _names("Forty horses are held at the Werribee quarantine station, officials said on Monday.")
    assert "Werribee" not in names


def test_a_name_that_is_a_common_word_before_a_publication_noun_stays():
    names = _names("In an interview with Time magazine, the mayor said he would run again.")
    assert "Time" in names
