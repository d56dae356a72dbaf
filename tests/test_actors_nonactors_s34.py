"""Issue 10, session 34: what is not an actor (invented texts).

- Names in a list of three or more after a noun whose first WordNet sense is a communication ("sold under the labels
  X, Y and Z", "the albums X, Y and Z") are the things so named, as "films including X and Y" already were; not
  when a person's full name stands in the list ("the names Ana Kell, Tom Reed and Bo Lund") or the list holds two.
- A translator's credit line ("Translated by Ana Vell.") names no actor, like "Contributing: …".
- The learned non-actor decision reads what governs a name: the WordNet class of the noun it modifies ("Kellfone's
  battery": artifact) or whose "of" it follows, the preposition above it, the list it stands in and the entity
  labels of the list's other items, an indefinite article before it, and lines of title-case words (headlines and
  links to other stories).
"""
from __future__ import annotations

from conftest import actor_names

DATE = "2016-05-02"


def _names(text):
    return actor_names(text, DATE)


def test_names_listed_after_a_noun_for_labels_are_no_actors():
    names = _names("The recalled juice was sold under the labels Kellbrook, Marrow Farms, Vesta, Lundgreen and Sun "
                   "Orchard, the agency said on Monday.")
    assert not names & {"Kellbrook", "Marrow Farms", "Vesta", "Lundgreen", "Sun Orchard"}


def test_a_list_of_full_person_names_after_such_a_noun_stays():
    names = _names("Voters picked the names Ana Kell, Tom Reed and Bo Lund from the ballot on Monday.")
    assert {"Ana Kell", "Tom Reed", "Bo Lund"} <= names


def test_two_names_after_such_a_noun_are_no_list():
    names = _names("The party backed the ticket Kellner and Brisbo at the convention on Monday.")
    assert "Kellner" in names or "Brisbo" in names


def test_a_translators_credit_line_names_no_actor():
    names = _names("Ana Kell, the mayor of Lund, said on Monday the bridge would reopen in May.\n\n"
                   "Kell said the repairs had cost more than planned.\n\nTranslated by Tomas Vell.\n")
    assert "Tomas Vell" not in names
    assert "Ana Kell" in names


def _parse(text):
    from dateline import nlp
    from dateline.options import Options
    return nlp.load(Options().model)(text)


class _Mention:
    def __init__(self, start, end, text):
        self.start, self.end, self.text, self.kind = start, end, text, "name"


class _Actor:
    def __init__(self, text, name):
        start = text.index(name)
        self.mentions = [_Mention(start, start + len(name), name)]


def test_the_governor_features_read_the_noun_a_name_modifies_and_its_list():
    from dateline.extract.actors.learned import _governor_features
    from dateline.knowledge import load_knowledge
    words = load_knowledge().actor_words
    text = "Shoppers bought Kellfone's new phone, and stores sold Brisk, Lundo and Vellmix."
    doc = _parse(text)
    f = _governor_features(_Actor(text, "Kellfone"), doc, words)
    assert f.get("gov_wn=artifact") == 1.0 and f.get("possessor") == 1.0
    g = _governor_features(_Actor(text, "Lundo"), doc, words)
    assert g.get("in_list") == 1.0


def test_a_line_of_title_case_words_is_read_as_a_headline():
    from dateline.extract.actors.learned import _line_features
    text = "Mayor Slams Rival Over Kell Park Budget\n\nThe mayor said the park would open in May."
    f = _line_features(_Actor(text, "Kell Park"), text)
    assert f["title_line"] == 1.0
    text2 = "The mayor said on Monday that Kell Park would open in May after repairs."
    assert _line_features(_Actor(text2, "Kell Park"), text2)["title_line"] == 0.0
