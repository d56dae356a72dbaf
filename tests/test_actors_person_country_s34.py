"""Issue 10, session 34: a person no evidence places may take another country the context names (invented texts).

A person the registry, their own words and their affiliation leave without a country, and whom the learned
main-country decision (article_country.py) does not give the article's main country, is scored for each country
the sentences and paragraphs of their mentions name (extract/actors/person_country.py, trained by
eval/actors/train_person_country.py on the spent actor sets). The best one is given, as `country_source`
"context", when it is not the main country and reaches the model's threshold; else the person stays empty.
A country named only inside what the person says ("X said prices rose after Y cut aid") is a topic, not a tie.
"""
from __future__ import annotations

import json

from conftest import main_country_stub, run_text

from dateline.extract.actors import person_country
from dateline.options import Options

DAMS = """Talks on river dams stall in Egypt

CAIRO - Egypt's government said on Sunday that talks over dams on the Nile had stalled. Egypt wants more water.

Egyptian officials blamed the delays. Cairo has asked Egypt's neighbours for help.

Carl Bennet, speaking in Washington, said the United States would send an envoy.
"""

AID = """Talks on river dams stall in Egypt

CAIRO - Egypt's government said on Sunday that talks over dams on the Nile had stalled. Egypt wants more water.

Egyptian officials blamed the delays. Cairo has asked Egypt's neighbours for help.

Mona Fathy said prices rose after the United States cut aid.
"""

BREAD = """Egypt raises bread prices

CAIRO - Egypt raised the price of bread on Monday, Egypt's supply ministry said. Prices in Egypt have doubled.

Nour Hassan, a teacher, said her family could no longer afford meat.
"""


def _actor(rec, mention: str):
    return next(a for a in rec.actors if any(m.text == mention for m in a.mentions))


def test_a_person_speaking_from_another_country_takes_it():
    rec = run_text(DAMS, date="2019-02-03")
    envoy = _actor(rec, "Carl Bennet")
    assert (envoy.country, envoy.country_source) == ("USA", "context")


def test_a_country_only_in_what_a_person_says_is_a_topic_not_theirs():
    rec = run_text(AID, date="2019-02-03")
    assert _actor(rec, "Mona Fathy").country is None


def test_a_person_in_a_one_country_paragraph_keeps_the_main_country():
    rec = run_text(BREAD, date="2019-02-03")
    teacher = _actor(rec, "Nour Hassan")
    assert (teacher.country, teacher.country_source) == ("EGY", "article")


def test_no_model_leaves_the_person_empty(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "person_country_model.json").write_text(json.dumps({"=weights": {}}), encoding="utf-8")
    rec = run_text(DAMS, date="2019-02-03", options=Options(knowledge_dir=str(tmp_path)))
    envoy = _actor(rec, "Carl Bennet")
    assert (envoy.country, envoy.country_source) == (None, None)


def test_the_choice_never_gives_the_main_country_and_reads_its_switch():
    Stub = main_country_stub()

    class C:
        start, end, ts, te, mkind, text, subject = 0, 4, 0, 1, "name", "Kell", True
    Stub.countries_near = staticmethod(lambda pos: {"PER", "BOL"})
    Stub.country_marks = [(10, "BOL", 1.0, False), (30, "PER", 1.0, False)]
    Stub.doc = None
    Stub._tied_elsewhere = staticmethod(lambda cs: False)
    other = {"weights": {"other": 5.0}, "threshold": 0.5}
    assert person_country.choose({}, Stub, [C], "person", None) is None
    assert person_country.choose(other, Stub, [C], "person", None) == "BOL"
    assert person_country.choose(other, Stub, [C], "organization", None) is None
    assert person_country.choose({"weights": {"main": 5.0}}, Stub, [C], "person", None) is None  # the main: not here
    Stub.w.person_article_country = False  # switched off by the user: no inferred country for a person
    assert person_country.choose(other, Stub, [C], "person", None) is None
