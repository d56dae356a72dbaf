"""Issue 10, session 20: news outlets the registry lacks (invented texts, invented outlets and people).

- A name beside a media kind noun ("the Indonesian daily X", "the Brazilian weekly Y", "the newspaper Z"; words.json
  outlet_kinds) is an organisation of the media sector even when the NER typed it a person; the demonym before the
  kind noun gives its country, also when the name stands in apposition to the kind noun ("the Greek newspaper, X,").
- The kind noun itself ("the Ruritanian newspaper" before "Kell Post") is no second actor: it names the outlet's kind.
"""
from __future__ import annotations

from conftest import run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2016-05-01").actors}


def test_a_name_after_a_media_kind_noun_is_an_outlet_with_the_demonyms_country():
    got = actors("The Indonesian daily Kompas Raya said the minister had resigned.")
    assert got.get("Kompas Raya") == ("organization", "IDN", "MED"), got
    got = actors("Ana Ruiz, a columnist for the Brazilian weekly Veja Nova, said the tariffs would stay.")
    assert got.get("Veja Nova") == ("organization", "BRA", "MED"), got
    got = actors("Portuguese daily Diario Kell said the talks had failed.")  # "daily" hung under the demonym
    assert got.get("Diario Kell") == ("organization", "PRT", "MED"), got
    got = actors("The Greek newspaper, Proini Kell, reported on Monday that the tariffs would stay.")
    assert got.get("Proini Kell") == ("organization", "GRC", "MED"), got  # the name in apposition to the kind


def test_the_kind_noun_before_an_outlets_name_is_no_actor_of_its_own():
    got = actors("Tomas Kell told the Ruritanian newspaper Dagbladet Nord that he would resign.")
    assert got.get("Dagbladet Nord", (None,))[0] == "organization", got
    assert not [n for n in got if "newspaper" in n.lower()], got
    got = actors("The Ruritanian newspaper Daily Star reported on Monday that the mayor had resigned.")
    assert not [n for n in got if "newspaper" in n.lower()], got


def test_a_legislators_title_gives_no_country_when_their_paragraph_names_another():
    # the lead's probe (requests.md, session 20), invented: a US senator in a story mostly about Germany
    text = ("Senator Dan Kellner visited Delaware on Monday. The chancellor met the German cabinet in Berlin on "
            "Tuesday, and Germany's ministers spoke in Hamburg and Munich.")
    got = actors(text)
    assert got.get("Dan Kellner", (None, None))[1] != "DEU", got
    assert actors("Senator Dan Kellner visited the harbour on Monday.").get("Dan Kellner")[1] in (None, "USA")
