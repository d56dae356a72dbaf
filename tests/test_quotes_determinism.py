"""The same text gives the same quotes and speakers: run to run, in any article order, under any hash seed.

Set iteration order (string hashing is seeded per process) once made a speaker flip between runs: a person
mention carrying two gendered titles ("the chairman of Mrs. Kell") took the gender of whichever title the
set yielded first, and the pronouns that gender admitted changed their speaker.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_text
from dateline.record import to_dict

# a person named with two titles of different gender ("chairman", "Mrs."), then gendered pronouns
TWO_TITLES = (
    "President Tom Kell spoke in Salem on Monday.\n\n"
    "Ana Ruiz, the chairman of Mrs. Kell's campaign, said the plan was ready.\n\n"
    "Mrs. Kell has embraced the approach, promising to meet his goals. She is proposing new bridges "
    "across the river.\n\n"
    "\"It will be first-order business,\" Ms. Ruiz said.\n"
)
INTERVIEW = (
    "Senator Lena Park met reporters in Ostrava on Tuesday.\n\n"
    "\"We will not sign this budget,\" she said. \"It cuts the schools.\"\n\n"
    "Her rival, Mayor Ivo Brandt, said the senator had misread the figures. \"They are wrong,\" he said.\n"
)


def _record(text: str) -> dict:
    rec = to_dict(run_text(text))
    return {k: rec[k] for k in ("quotes", "actors", "claims")}


def test_same_text_twice_and_in_either_order():
    first = [_record(TWO_TITLES), _record(INTERVIEW)]
    second = [_record(INTERVIEW), _record(TWO_TITLES)]
    assert first == second[::-1]


_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from conftest import run_text
from dateline.record import to_dict
rec = to_dict(run_text(sys.stdin.read()))
print(json.dumps({k: rec[k] for k in ("quotes", "actors")}, sort_keys=True))
"""


def _under_seed(seed: int, text: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    res = subprocess.run([sys.executable, "-c", _CHILD, str(Path(__file__).parent)], input=text, env=env,
                         capture_output=True, text=True, timeout=300, check=True)
    return res.stdout


@pytest.mark.slow
def test_speakers_do_not_depend_on_the_hash_seed():
    """Two processes with different string-hash seeds (1 and 5 order the two titles differently)."""
    assert _under_seed(1, TWO_TITLES) == _under_seed(5, TWO_TITLES)
