"""Issue 10, session 35 (H13): abbreviated titles and former states in the registry (invented texts).

- The tokenizer splits the period off most rank abbreviations ("Col" "." "Ana Kell"); the title map
  (words.json `title_abbreviations`) holds them unpointed too, so the rank is read in full: "Lt. Col. X" is a
  lieutenant colonel (MIL), "Insp. X" an inspector (POL), and "Det. Sgt. X" makes no person "Det". Not "Lt", "Capt"
  and "Cmdr", which police forces use too ("Velmora Police Lt. X" stays POL).
- A PETRARCH role code that opens with a former state's ISO 3166-3 code is that state's, even where the letters are
  a sector code too ("SUN": the Soviet Union, also PETRARCH's Sunni code); the Soviet Union is read as Russia, the
  state that continued it, as "YUG" is read as Serbia.
"""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_text

from dateline.knowledge.registry import load_registry

DATE = "2016-05-02"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def _actors(text):
    return {a.name: a for a in run_text(text, date=DATE).actors}


def test_a_split_colonel_rank_is_military():
    actors = _actors("Lt. Col. Ana Kell told reporters on Monday that the base near Velmora was closed.")
    assert actors["Ana Kell"].sector == "MIL"
    assert not {"Lt", "Col"} & set(actors)


def test_a_split_admiral_rank_is_military():
    actors = _actors("Adm. Tom Vell said on Tuesday that the ship had left port.")
    assert actors["Tom Vell"].sector == "MIL"


def test_a_police_lieutenant_stays_police():
    # "Lt", "Capt", "Cmdr" stay out of the map unpointed: a police body's word before them says more than the rank
    actors = _actors("Velmora Police Lt. Ana Kell said on Tuesday that the road was closed.")
    assert actors["Ana Kell"].sector == "POL"


def test_a_detective_sergeant_makes_no_person_of_the_first_rank():
    actors = _actors("Det. Sgt. Tom Vell said on Tuesday that the suspect had fled.")
    assert "Tom Vell" in actors and "Det" not in actors


def test_every_listed_rank_abbreviation_has_its_unpointed_form():
    import json
    words = json.loads((Path(__file__).resolve().parents[1] / "src/dateline/knowledge/data/actors/words.json")
                       .read_text(encoding="utf-8"))["title_abbreviations"]
    for rank in ("brig", "col", "maj", "adm", "pvt", "supt", "insp", "det", "atty", "amb"):
        assert words[rank] == words[rank + "."]


def test_a_former_states_code_is_no_religious_sector():
    import build_registry as b
    assert b.parse_code("SUNGOV 19171109-19911225")["country"] == "RUS"
    assert b.parse_code("SUNGOV 19171109-19911225")["sector"] == "GOV"
    assert b.parse_code("SUN") == {"country": "RUS", "sector": "GOV", "start": None, "end": None}
    assert b.parse_code("SUNREL")["sector"] == "REL"  # ... a religious code after it is still read
    assert b.parse_code("SUNREB")["sector"] == "REB"
    assert b.parse_code("DDRGOV") is None  # a former state with no continuator here gives no role
    assert b.parse_code("SUN", prefer_branch=True)["sector"] == "GOV"


def test_the_registry_soviet_union_is_russias_state():
    soviet = load_registry().actor("Soviet Union")
    assert soviet is not None
    role = soviet.role_at(None)
    assert (role.country, role.sector) == ("RUS", "GOV")
