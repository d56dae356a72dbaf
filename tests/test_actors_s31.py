"""Issue 10, session 31: names that are no actors by their form or their list (invented texts).

- A species written with its genus abbreviated ("E. coli", "T. b. brucei") is a microbe, a plant or an animal,
  whatever the NER typed it: a person's name never ends in a lower-case epithet.
- A name listed as an example of works ("films including X and Y", "her films include X", "novels such as X")
  names a work: the list's noun is a communication by its first WordNet sense. Lists of people ("allies
  include X") or of outlets stay actors, and so does a titled person in any list ("comments including Rep. X").
- A disease's name is read as a company's only where the company speaks: "appear" is speech only with "on"
  ("appeared on Lund Today"), not where a disease "appeared in poultry markets".
- A single word the NER typed as a person that the gazetteer knows as a first-level region ("the storm reached
  Zeeland, Drenthe and Groningen") is a province, unless a person of the article bears the word.
- A platform something is taken or posted to ("took to Twitter", "posted it to Facebook") is the medium, as "on
  Twitter" already was; so is a platform's name alone on its line (left under an embedded post).
- Initials right after a clock time ("3 p.m. BST") are its time zone; a model's code in the plural ("AK-47s") is
  the things built to it; one word ending in "-ism" or "-phobia" names a doctrine or a fear.
- A building named as the object of a complex preposition of place ("in front of X Hall", "on the steps of X
  Hall") is a place, as "in X Hall" already was.
- The article's main country as a learned decision: each kind of actor has its own threshold, raised from the
  model's where held-out wrong countries fall and no held-out right one is lost (train_article_country.py).
"""
from __future__ import annotations

from conftest import actor_names, main_country_stub

DATE = "2016-05-02"


def _names(text):
    return actor_names(text, DATE)


def test_an_abbreviated_species_is_no_person():
    names = _names("Doctors found T. b. brucei in the samples, said Dr. Ana Kell.")
    assert "T. b. brucei" not in names
    assert "Ana Kell" in names


def test_names_listed_as_films_are_works():
    names = _names("The festival showed films including Ardel Vasko, Marin Lode and Tessa Brandt.")
    assert not names & {"Ardel Vasko", "Marin Lode", "Tessa Brandt"}
    names = _names("Her best-known films include Ardel Vasko, Marin Lode and Tessa Brandt. Critics loved them.")
    assert not names & {"Ardel Vasko", "Marin Lode", "Tessa Brandt"}


def test_names_listed_as_people_stay_actors():
    names = _names("Her closest allies include Ardel Vasko and Marin Lode, who said the plan would fail.")
    assert {"Ardel Vasko", "Marin Lode"} <= names
    names = _names("The board read many comments, including Rep. Marin Lode, before the vote on Monday.")
    assert "Marin Lode" in names


def test_a_region_typed_as_a_person_is_a_place():
    assert "Groningen" not in _names("The storm reached Zeeland, Drenthe and Groningen before dawn.")
    assert "Ana Groningen" in _names("Professor Ana Groningen said the plan would fail. Groningen spoke in Lyon.")


def test_a_platform_taken_or_posted_to_is_the_medium():
    assert "Twitter" not in _names("The senator took to Twitter to attack the plan.")
    assert "Twitter" not in _names("The senator posted the letter to Twitter on Monday.")


def test_initials_after_a_clock_time_are_its_zone():
    assert "BST" not in _names("The final is at 3 p.m. BST on Sunday. Kick-off is at 3 p.m. GMT.")


def test_a_platform_alone_on_its_line_is_no_actor():
    names = _names("Ana Kell wrote that the plan failed.\nTwitter\nLund said she agreed.")
    assert not any(n.strip() == "Twitter" for n in names)
    assert "Ana Kell" in names


def test_a_hall_in_front_of_which_people_gather_is_a_place():
    assert "Lund City Council Hall" not in _names("Protesters gathered in front of Lund City Council Hall on Monday.")
    assert "Lund City Council Hall" in _names("Lund City Council Hall said on Monday it would close the road.")


def test_a_model_code_in_the_plural_is_a_thing():
    assert "AK-47s" not in _names("Rebels carried AK-47s and fired at the convoy.")


def test_a_doctrine_or_a_fear_by_its_ending_is_no_actor():
    names = _names("Critics said Ruritanism was to blame for the unrest. Ana Kell said Ruritanism had failed.")
    assert "Ruritanism" not in names and "Ana Kell" in names
    assert "Lundophobia" not in _names("Activists said Lundophobia was spreading in schools.")


# --- the article's main country: a threshold per kind (article_country.py, train_article_country.py) ---

class _Mention:
    start, end, mkind, text = 0, 6, "nominal", "groups"


def test_a_kind_reads_its_own_threshold():
    from dateline.extract.actors import article_country
    stub = main_country_stub()
    model = {"weights": {"kind=group": 0.5, "kind=person": 0.5}, "threshold": 0.5}  # a score of about 0.62
    assert article_country.takes_main_country(model, stub, [_Mention], "group", None) is True
    model["kind_thresholds"] = {"group": 0.7}
    assert article_country.takes_main_country(model, stub, [_Mention], "group", None) is False
    assert article_country.takes_main_country(model, stub, [_Mention], "person", None) is True  # its own: the model's


def _trainer():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "eval/actors/train_article_country.py"
    spec = importlib.util.spec_from_file_location("train_article_country_s31", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _row(kind, main_ok, none_ok=False):
    return dict(kind=kind, feats={f"kind={kind}": 1.0}, main_ok=main_ok, none_ok=none_ok, wanted=not none_ok,
                article="a", rule_gave=False)


def test_a_kind_threshold_rises_only_where_wrong_countries_fall_and_no_right_one_is_lost():
    trainer = _trainer()
    # groups: the wrong ones score 0.55-0.6, the right ones 0.7 and up -> raised to 0.65
    rows = [_row("group", True), _row("group", True), _row("group", False), _row("group", False)]
    probs = [0.8, 0.7, 0.6, 0.55]
    # persons: a right one at 0.55 would be lost by any rise -> stays at 0.5
    rows += [_row("person", True), _row("person", False), _row("person", True)]
    probs += [0.55, 0.6, 0.9]
    got = trainer.kind_thresholds(rows, probs, 0.5)
    assert got["group"] == 0.65
    assert got["person"] == 0.5


def test_a_disease_that_appears_somewhere_is_no_company():
    names = _names("Brisk Swine Flu appeared in poultry markets last week, officials said.")
    assert not any("Flu" in n for n in names)
