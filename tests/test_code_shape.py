"""Code shape (issue 15): no module over 600 lines and no function over 60 lines in src/dateline,
unless the function's docstring says why it is long. Known offenders being split are listed by name;
anything new fails."""
from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "src" / "dateline"
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 600, 60
# Being split by their owners (remove an entry when it is done; a new offender is never added here).
KNOWN_LONG_MODULES: set[str] = set()
KNOWN_LONG_FUNCTIONS: set[str] = set()


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8")


def long_functions(source: str) -> list[tuple[str, int]]:
    """(name, lines) of every function over the limit whose docstring does not say why it is long."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1
            doc = (ast.get_docstring(node) or "").lower()
            if lines > MAX_FUNCTION_LINES and "long" not in doc and "why" not in doc:
                out.append((node.name, lines))
    return out


def test_no_module_over_600_lines():
    over = [f"{name}: {src.count(chr(10))} lines" for name, src in _modules()
            if src.count("\n") > MAX_MODULE_LINES and name not in KNOWN_LONG_MODULES]
    assert over == [], "split these by responsibility: " + "; ".join(over)


def test_no_function_over_60_lines_without_a_reason():
    over = [f"{name}:{fn} ({n} lines)" for name, src in _modules() for fn, n in long_functions(src)
            if f"{name}:{fn}" not in KNOWN_LONG_FUNCTIONS]
    assert over == [], "split these, or say in the docstring why they are long: " + "; ".join(over)


def test_the_function_check_sees_long_functions_and_their_reasons():
    body = "\n".join(f"    x{i} = {i}" for i in range(61))
    assert long_functions(f"def f():\n{body}\n") == [("f", 62)]
    assert long_functions(f'def f():\n    """A table, long by nature."""\n{body}\n') == []
    assert long_functions(f"def f():\n{body[:200]}\n") == []
