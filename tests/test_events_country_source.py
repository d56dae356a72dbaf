"""Every actor the events stage makes says where its country came from (`country_source`). Invented text."""
from __future__ import annotations

from conftest import run_text


def test_actors_made_by_the_events_stage_name_the_source_of_their_country():
    rec = run_text("The Ruritanian energy ministry sued the state of Ohio on Monday over a pipeline permit. "
                   "Farmers from Ohio protested outside the courthouse.")
    placed = [a for a in rec.actors if a.country]
    assert any(a.name == "Ohio" and a.kind == "state" for a in placed)
    assert all(a.country_source for a in placed), [(a.name, a.country, a.country_source) for a in placed]
