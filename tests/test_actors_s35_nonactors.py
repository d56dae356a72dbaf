"""Issue 10, session 35: what is not an actor (invented texts).

- A name headed by a ground word (a street, road, park, farm, ranch: WordNet 3.0 first senses below road, lane, path,
  tract of land and farm; venue_heads.json `grounds`) is a place where every mention of it is the object of a
  preposition of place, "on" and "along" included ("at Ardel Farm", "on Vellano Street"); not after "from", which
  may name a producer ("pears from Ardel Farm").
- The author's note closing an opinion piece ("X, a fellow at the Y Institute, is the author of …"): the employer
  and the books on it are no actors; the author stays.
- A title the NER typed as a person before an abbreviated one ("Sgt. Maj. Paul Kell") is no person "Sgt".
- A reporters' credit glued to the last sentence by a lost line break ("… rose.Contributing: X") names no actor.
"""
from __future__ import annotations

from conftest import actor_names

DATE = "2016-05-02"


def _names(text):
    return actor_names(text, DATE)


def test_a_farm_named_only_as_where_something_happened_is_no_actor():
    names = _names("Police said a fire broke out at Ardel Farm on Tuesday. Firefighters from Kell County arrived "
                   "within an hour.")
    assert "Ardel Farm" not in names


def test_a_street_named_only_as_where_something_is_is_no_actor():
    names = _names("Shops on Vellano Street closed early on Monday, police said.")
    assert "Vellano Street" not in names


def test_a_farm_a_product_comes_from_stays():
    names = _names("Pears from Ardel Farm sold well this year, the Ardel Farm manager said on Monday.")
    assert "Ardel Farm" in names


def test_the_authors_note_names_no_employer():
    names = _names("Ruritania's finance minister Tom Vell said on Monday that taxes would rise.\n\n"
                   "\"We have no choice,\" Vell said.\n\n"
                   "Mara Lindqvist, a senior fellow at the Brisk Policy Institute, is the author of \"Lund Rising.\"")
    assert "Brisk Policy Institute" not in names
    assert {"Tom Vell", "Mara Lindqvist"} <= names


def test_a_person_quoted_before_the_last_line_is_no_author():
    names = _names("Mara Lindqvist of the Brisk Policy Institute said on Monday that taxes would rise.\n\n"
                   "Lindqvist, a senior fellow at the Brisk Policy Institute, is a critic of the plan.")
    assert "Brisk Policy Institute" in names


def test_a_title_before_an_abbreviated_title_is_no_person():
    names = _names("Troops left the base on Monday. \u201cWe will stay,\u201d said Sgt. Maj. Paul Kell.")
    assert "Sgt" not in names
    assert "Paul Kell" in names


def test_a_credit_glued_to_the_last_sentence_names_no_actor():
    names = _names("The talks ended on Friday, Ana Kell said. Officials said prices rose.Contributing: Tom Vell")
    assert "Tom Vell" not in names
    assert "Ana Kell" in names


def test_a_closing_line_that_is_no_note_keeps_its_names():
    # one line is no article with a note; a closing line whose "be" is an auxiliary tells news, not a biography
    assert "Ana Osei" in _names("Tom Vell is to be questioned next week, Judge Ana Osei ruled.")
    names = _names("Prices rose again on Monday.\n\nTom Vell is to be questioned by the Ruritania Tax Office, "
                   "Judge Ana Osei ruled.")
    assert {"Ana Osei", "Ruritania Tax Office"} <= names
