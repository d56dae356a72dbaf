"""The blind sets are frozen: their manifests and gold files must keep the hashes taken when they were annotated."""
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
