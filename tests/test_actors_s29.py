"""Issue 10, session 29: what other articles call a person or a body (invented texts, people, bodies and rows).

- A packaged table of public bodies (actors/bodies.json, words.json `public_bodies`), mined by
  scripts/build_public_actors.py from news text no evaluation reads: a named organisation the registry lacks and the
  text gives no sector takes the table's sector (was the unknown body's NGO), and so does its officer ("X, director
  of Y"). Bodies carry no country: a body's name is often any state's ("the Senate"). The text's own words still
  come first ("Y's shareholders" is a company whatever the table says).
- The builder reads each text with the actors stage's defaults off (no private person's CVL, no unknown body's NGO),
  so a mined sector is evidence; an entry needs the same sector from at least two different articles and more than
  half of the articles giving any; a person needs a full name and a publication date; a registry organisation is
  left to the registry.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import run_text

from dateline.options import Options

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_public_actors", ROOT / "scripts" / "build_public_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _with_bodies(tmp_path, bodies: dict, on: bool = True) -> Options:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "bodies.json").write_text(json.dumps({"bodies": bodies}), encoding="utf-8")
    (tmp_path / "actors" / "words.json").write_text(json.dumps({"public_bodies": on}), encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def _got(text: str, options: Options | None = None) -> dict[str, tuple]:
    rec = run_text(text, date="2016-05-01", options=options) if options else run_text(text, date="2016-05-01")
    return {a.name: (a.kind, a.country, a.sector) for a in rec.actors}


BODY = {"wendlemoor brisk": {"sector": "BUS", "articles": 3}}
TEXT = "Wendlemoor Brisk said on Monday that it would close two offices in the north of the country."


def test_a_body_the_table_holds_takes_its_sector_but_not_a_country(tmp_path):
    got = _got(TEXT, _with_bodies(tmp_path, BODY))
    assert got.get("Wendlemoor Brisk", (None,) * 3)[1:] == (None, "BUS"), got  # "the Senate" is many states' body


def test_without_the_table_the_body_is_the_unknown_bodys_default(tmp_path):
    got = _got(TEXT, _with_bodies(tmp_path, BODY, on=False))
    assert got.get("Wendlemoor Brisk", (None,) * 3)[2] == "NGO", got


def test_the_officer_of_a_body_the_table_holds_takes_its_sector(tmp_path):
    text = '"We will not sell," said Tomas Wendle, director of Wendlemoor Brisk, on Monday.'
    got = _got(text, _with_bodies(tmp_path, BODY))
    assert got.get("Tomas Wendle", (None,) * 3)[2] == "BUS", got


def test_the_texts_own_words_come_before_the_table(tmp_path):
    options = _with_bodies(tmp_path, {"wendlemoor brisk": {"sector": "NGO", "articles": 2}})
    got = _got("Wendlemoor Brisk's shareholders voted on Monday to sell the company.", options)
    assert got.get("Wendlemoor Brisk", (None,) * 3)[2] == "BUS", got


def _row(article, name, sector, kind="person", date="2016-03-01", country=None, kb=None):
    return dict(article=article, date=date, kind=kind, name=name, kb=kb, sector=sector, country=country)


def test_an_entry_needs_two_articles_agreeing():
    b = _builder()
    people, _ = b.tables([_row("a1", "Ana Kell", "LEG"), _row("a1", "Ana Kell", "LEG")])
    assert people == {}  # one article, however often
    people, _ = b.tables([_row("a1", "Ana Kell", "LEG"), _row("a2", "Ana Kell", "LEG", date="2016-05-02",
                                                               country="USA"), _row("a3", "Ana Kell", None)])
    assert people["ana kell"]["sector"] == "LEG" and people["ana kell"]["first"] == "2016-03-01"
    assert people["ana kell"]["last"] == "2016-05-02" and people["ana kell"]["country"] is None  # one article only


def test_a_split_verdict_a_bare_surname_or_an_undated_person_gives_no_entry():
    b = _builder()
    rows = [_row("a1", "Ana Kell", "LEG"), _row("a2", "Ana Kell", "LEG"), _row("a3", "Ana Kell", "BUS"),
            _row("a4", "Ana Kell", "BUS")]
    assert b.tables(rows)[0] == {}  # 2 of 4: no majority
    assert b.tables(rows[:3])[0]["ana kell"]["sector"] == "LEG"  # 2 of 3
    assert b.tables([_row("a1", "Kell", "LEG"), _row("a2", "Kell", "LEG")])[0] == {}
    assert b.tables([_row("a1", "Ana Kell", "LEG", date=None), _row("a2", "Ana Kell", "LEG", date=None)])[0] == {}


def test_bodies_are_keyed_by_their_normal_form_and_registry_bodies_left_out():
    b = _builder()
    rows = [_row("a1", "The Wendlemoor Brisk", "BUS", kind="organization", date=None),
            _row("a2", "Wendlemoor Brisk", "BUS", kind="organization", date=None),
            _row("a1", "Kessel Bank", "BUS", kind="organization", kb="dl:1"),
            _row("a2", "Kessel Bank", "BUS", kind="organization", kb="dl:1")]
    _, bodies = b.tables(rows)
    assert list(bodies) == ["wendlemoor brisk"] and bodies["wendlemoor brisk"]["sector"] == "BUS"


def test_while_mining_a_person_without_evidence_has_no_sector():
    b = _builder()
    text = "Tomas Wendle said on Monday that the offices would close."
    with b.evidence_only():
        inside = _got(text)
    assert inside.get("Tomas Wendle", (None,) * 3)[2] is None, inside
    assert _got(text).get("Tomas Wendle", (None,) * 3)[2] == "CVL"
