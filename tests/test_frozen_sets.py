"""The blind set is frozen: its manifest and gold files must keep the hashes taken when it was annotated."""
from __future__ import annotations

import hashlib
from pathlib import Path

BLIND = Path(__file__).resolve().parents[1] / "eval" / "blind"


def test_blind_set_matches_its_frozen_hashes():
    lines = (BLIND / "FROZEN.sha256").read_text().splitlines()
    assert len(lines) >= 21
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256((BLIND / name).read_bytes()).hexdigest() == digest, f"{name} changed after freezing"
    frozen = {ln.split(maxsplit=1)[1] for ln in lines}
    on_disk = {f"gold/{p.name}" for p in (BLIND / "gold").glob("*.gold.json")}
    assert on_disk <= frozen, f"gold files added after freezing: {sorted(on_disk - frozen)}"
