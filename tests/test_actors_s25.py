"""Issue 10, session 25 (invented texts, invented places, people and bodies)."""
from __future__ import annotations

from conftest import ROOT, run_text


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2024-05-01").actors}


def test_the_session_25_held_out_labels_are_frozen():
    import hashlib
    root = ROOT / "eval" / "actors"
    lines = (root / "FROZEN_S25.sha1").read_text().splitlines()
    assert len(lines) == 21
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha1((root / name).read_bytes()).hexdigest() == digest, f"{name} changed after freezing"
