"""Session 31 (issue 9): event coverage — acts in adverbial clauses, event nouns WordNet derives. Every text is invented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT
from test_event_roles import events

WORDNET = Path("/usr/share/wordnet")


def _build_module():
    spec = importlib.util.spec_from_file_location("build_event_lexicon", ROOT / "scripts/build_event_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("text, etype, source", [
    ("After the Velland council refused to renew the permit, Mayor Tom Osei blamed the councillors.", "REJECT",
     "Velland"),
    ("When the Acme Corporation refused to pay the fine, Governor Mara Vell condemned the company.", "REJECT",
     "Acme"),
])
def test_an_act_in_an_adverbial_clause_of_time_is_no_content_of_the_main_verb(text, etype, source):
    got = [e for e in events(text) if e[0] == etype]
    assert any(source in " ".join(src) for _, src, _ in got), events(text)


def test_an_act_the_main_verb_reports_stays_its_content():
    # "urged X to withdraw": the urging is the event, the withdrawal what is asked (unchanged)
    text = "Governor Mara Vell urged the Acme Corporation to withdraw the lawsuit."
    got = events(text)
    assert any(e[0] == "REQUEST" for e in got), got
    assert not any(e[0] == "RETREAT" for e in got), got


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet 3.0 dict files not installed")
def test_wordnet_derivations_give_deeds_and_statements_not_doers():
    derived = _build_module().wordnet_derived_nouns(WORDNET, {"criticise", "scrutinize", "sue"})
    assert derived.get("criticism") == "criticise"  # noun.communication (WordNet links the -ise spelling)
    assert derived.get("scrutiny") == "scrutinize"  # noun.act
    assert derived.get("suit") == "sue"
    assert "critic" not in derived and "suer" not in derived  # noun.person: the doer, not the deed

