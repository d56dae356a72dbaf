"""Session 34 (issue 10: quote speakers; PolNeAR tooling); invented text and names."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


_TEXT = "Ana Kell said the levy was unfair. Tom Lund wants a vote. Paul Ruiz denied it."


def _att(source: str | None, content: str) -> dict:
    def at(words: str) -> tuple[int, int]:
        s = _TEXT.index(words)
        return s, s + len(words)

    return {"Source": [at(source)] if source else [], "Content": [at(content)], "Cue": []}


def test_one_attribution_classifier_serves_both_polnear_tools():
    pe = _load("polnear_eval", ROOT / "scripts" / "polnear_eval.py")
    shapes = _load("polnear_shapes", ROOT / "eval" / "quotes" / "polnear_shapes.py")
    assert shapes.polnear_eval.attribution_kind is pe.attribution_kind
    sc = pe.shared_scorer()
    toks = [m.span() for m in sc.TOKEN.finditer(_TEXT)]

    def span(words: str) -> tuple[int, int]:
        s = _TEXT.index(words)
        return s, s + len(words)

    pairs = [(span("the levy was unfair"), span("Ana Kell")), (span("a vote"), None),
             (span("denied it"), span("Paul"))]
    kinds = [pe.attribution_kind(sc, _TEXT, toks, _att(src, content), pairs)[0]
             for src, content in (("Ana Kell", "the levy was unfair"), ("Tom Lund", "a vote"),
                                  ("Paul Ruiz", "denied it"), ("Ana Kell", "Tom Lund wants"))]
    assert kinds == ["exact", "no speaker", "partial", "not found"]
    kind, gold, got = pe.attribution_kind(sc, _TEXT, toks, _att("Tom Lund", "denied it"), pairs)
    assert kind == "wrong" and gold and got and not gold & got
