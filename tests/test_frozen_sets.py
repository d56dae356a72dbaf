"""The blind sets and the held-out label sets are frozen: their files must keep the hashes taken when they were
annotated."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize("name, articles", [("blind", 27), ("blind_s11", 10), ("blind_s17", 10), ("blind_s19", 7), ("blind_s19t", 3)])
def test_blind_set_matches_its_frozen_hashes(name, articles):
    root = EVAL / name
    lines = (root / "FROZEN.sha256").read_text().splitlines()
    assert len(lines) >= articles + 1
    for line in lines:
        digest, file = line.split(maxsplit=1)
        assert hashlib.sha256((root / file).read_bytes()).hexdigest() == digest, f"{name}/{file} changed after freezing"
    frozen = {ln.split(maxsplit=1)[1] for ln in lines}
    on_disk = {f"gold/{p.name}" for p in (root / "gold").glob("*.gold.json")}
    assert len(on_disk) == articles
    assert on_disk <= frozen, f"gold files added to {name} after freezing: {sorted(on_disk - frozen)}"


# held-out label sets of the actors and quotes areas and the validation sets frozen since session 26, each by a sha1
# list (file name, line count)
SHA1_LISTS = [("actors/FROZEN_S22.sha1", 16), ("actors/FROZEN_S23.sha1", 17), ("actors/FROZEN_S24.sha1", 13),
              ("actors/FROZEN_S25.sha1", 21), ("actors/FROZEN_S26.sha1", 15), ("quotes/s25/FROZEN.sha1", 25),
              ("validation_s26/FROZEN.sha1", 15), ("corpus_linking/window_s26/FROZEN.sha1", 4),
              ("actors/FROZEN_S27.sha1", 22), ("corpus_linking/window_s27/FROZEN.sha1", 4),
              ("actors/FROZEN_S28.sha1", 22), ("validation_s28/FROZEN.sha1", 19),
              ("actors/FROZEN_S33.sha1", 22),
              ("actors/FROZEN_S36.sha1", 3), ("corpus_linking/window_s37/FROZEN.sha1", 4)]


@pytest.mark.parametrize("listing, count", SHA1_LISTS)
def test_held_out_label_set_matches_its_frozen_hashes(listing, count):
    path = EVAL / listing
    lines = path.read_text().splitlines()
    assert len(lines) == count
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha1((path.parent / name).read_bytes()).hexdigest() == digest, f"{name} changed after freezing"


def test_every_sha1_list_is_checked():
    listed = {str(p.relative_to(EVAL)) for p in EVAL.rglob("FROZEN*.sha1")}
    assert listed == {name for name, _ in SHA1_LISTS}
