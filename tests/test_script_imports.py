"""Every name a script of scripts/ imports from a sibling script exists there, including imports inside functions
(a renamed helper once broke the retraining command's speech step without any test noticing). The study scripts of
scripts/event_study/ need torch and are left out."""
from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"


def sibling_imports() -> list[tuple[str, str, str]]:
    """(importing script, sibling module, name) for every `from <sibling> import <name>` under scripts/."""
    siblings = {p.stem for p in SCRIPTS.glob("*.py")}
    out = []
    for path in sorted(SCRIPTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in siblings:
                out += [(str(path.relative_to(ROOT)), node.module, a.name) for a in node.names if a.name != "*"]
    return out


def test_names_imported_from_sibling_scripts_exist():
    found = sibling_imports()
    assert any(m == "sample_event_sentences" for _, m, _ in found)  # the scan sees imports inside functions
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    missing = [(script, module, name) for script, module, name in found
               if not hasattr(importlib.import_module(module), name)]
    assert not missing, missing
