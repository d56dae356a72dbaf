"""Issue 10, session 37 (H5): actors and sectors on unseen news (invented texts).

- A name the NER ends at an abbreviated title, with a proper name right after the title's period ("Army Pvt. X",
  "Marine Cpl. Y"), is the service and the rank written before a person, no organisation or person of its own; the
  person keeps the whole title.
"""
from __future__ import annotations

import pytest

from conftest import run_text

DATE = "2016-05-02"


def _actors(text):
    return {a.name: a for a in run_text(text, date=DATE).actors}


@pytest.mark.parametrize("rank, service", [("Pvt.", "Army"), ("Cpl.", "Marine"), ("Spc.", "Army"),
                                           ("Sgt.", "Marine")])
def test_a_service_and_its_rank_are_no_actor(rank, service):
    actors = _actors(f"{service} {rank} Dale Rennick, 19, was wounded in the attack on Tuesday, officials said.")
    assert "Dale Rennick" in actors and actors["Dale Rennick"].sector == "MIL"
    assert not any(name.startswith(service) for name in actors), sorted(actors)


def test_an_abbreviated_title_before_a_name_still_reads():
    actors = _actors("Sen. Orla Vance of Montana voted against the bill on Tuesday.")
    assert sorted(actors) == ["Orla Vance"] and actors["Orla Vance"].sector == "LEG"
