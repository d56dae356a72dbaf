"""Issue 10, session 24 (invented texts, invented places, people and bodies).

- Role words the agents dictionary lacks (eval/actors/build_role_sectors.py -> knowledge/data/actors/role_sectors.json):
  a person whose title or apposition is such a word takes the sector the dictionary gives its nearest WordNet
  neighbours ("veterinarian" -> HLH, "Inspector" -> POL), only where nothing else (registry, title, affiliation,
  public people) gives one; a title the word lists keep neutral ("officer") gives none.
- A party's member word before a role of no sector, with no body named, is a party's operative (titles.py
  `_party_modifier`): "X, a Republican strategist," is OPP (was CVL); a legislator ("a Republican representative") and
  someone a body employs keep theirs.
- A body after the name's comma is its affiliation (titles.py `_role_preposition`): "X, of the Y Ministry," and
  "X, from the Y Foundation," (only "X of the Y", with no comma, was read).
- An international body's own code (IGO, NGO) is its sector and its officers' (people.py `international_sector`), as in
  every such actor of the dev gold: the World Health Organization and its spokeswoman are IGO (were HLH); armed
  bodies and forces (REB, MIL, POL), anonymous actors and groups keep their own.
- Initials the article gives to something that is no actor are no actor wherever it writes them (orgs.py
  `_initials_of_a_thing`): "New South Wales (NSW)" (a place the places stage resolved), a malady's name, "liquefied
  natural gas (LNG)" (a common noun phrase in lower case), when the long form's initials spell them.
"""
from __future__ import annotations

import json

from conftest import ROOT, run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2024-05-01").actors}


def test_a_role_word_the_agents_dictionary_lacks_takes_its_wordnet_neighbours_sector():
    assert actors("Nora Vell, a veterinarian, told the inquiry the herd had been culled.")["Nora Vell"][2] == "HLH"
    assert actors("Inspector Ivo Kellan said the three occupants were found dead.")["Ivo Kellan"][2] == "POL"
    assert actors("Chief veterinarian Ivo Kellan said the cow was born on the farm.")["Ivo Kellan"][2] == "HLH"
    # a neutral title gives none ("officer": army, police or a firm's), and a body of known sector wins
    assert actors("Nora Vell, an airport protocol officer, said the plane had landed.")["Nora Vell"][2] == "CVL"
    got = actors("Nora Vell, a veterinarian at the Brisk Dairy Company, said the herd was healthy.")
    assert got["Nora Vell"][2] == "BUS"


def test_the_learned_table_holds_only_common_nouns_the_agents_dictionary_lacks():
    from dateline.knowledge.registry import packaged_registry
    table = json.loads((ROOT / "src/dateline/knowledge/data/actors/role_sectors.json").read_text())["sector"]
    agents = packaged_registry().agents
    assert table["veterinarian"] == "HLH" and not any(w in agents for w in table)
    assert all(w == w.lower() and sector != "CVL" for w, sector in table.items())


def test_a_party_member_word_before_a_role_of_no_sector_is_a_party_operative():
    got = actors("\"Voters are angry,\" said Nora Vell, a Republican strategist.")
    assert got["Nora Vell"][2] == "OPP"
    got = actors("\"This is serious,\" said Ivo Kellan, a Republican representative who chairs the budget committee.")
    assert got["Ivo Kellan"][2] == "LEG"


def test_a_body_after_the_names_comma_is_its_affiliation():
    got = actors("\"The outbreak is over,\" said Ivo Kellan, of the Ruritown Health Ministry.")
    assert got["Ivo Kellan"][2] == "GOV"
    got = actors("Nora Vell, from the Lantern Brisk Foundation, said the drive would continue.")
    assert got["Nora Vell"][2] == "NGO"


def test_an_international_bodys_code_is_its_sector_and_its_officers():
    got = actors("The World Health Organization said the outbreak in Velkor was over. \"The camps are safe,\" said "
                 "Nora Vell, a spokeswoman for the World Health Organization.")
    assert got["World Health Organization"][1:] == ("IGO", "IGO")
    assert got["Nora Vell"][1:] == ("IGO", "IGO")


def test_initials_the_article_gives_to_a_thing_are_no_actor():
    got = actors("Exports of liquefied natural gas (LNG) will rise, the Brisk Energy Company said. LNG prices fell in May.")
    assert "LNG" not in got and "Brisk Energy Company" in got
    got = actors("Horses were kept in their stables in New South Wales (NSW) on Monday. Races in NSW were cancelled.")
    assert "NSW" not in got
    # a wire's initials after a dateline's place spell another name: they stay
    got = actors("LYON (BNA) The Brisk News Agency reported on Tuesday that the talks had failed.")
    assert "BNA" in got or "Brisk News Agency" in got
