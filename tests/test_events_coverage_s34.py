"""Session 34 (issue 9, H11): event nouns the dictionary's verbs give by English morphology — the -ing noun of a
typed verb ('the hacking of the servers'), -ode -> -osion, -fend -> -fense, -ue -> -uit — built only with
`build_event_lexicon.py --more-nouns` (measured, not kept: the packaged dictionary is the default build).
Every text is invented."""
from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT


def _build_module():
    spec = importlib.util.spec_from_file_location("build_event_lexicon", ROOT / "scripts/build_event_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("verb, noun", [
    ("explode", "explosion"), ("defend", "defense"), ("defend", "defence"), ("sue", "suit"), ("pursue", "pursuit"),
])
def test_more_suffixes_only_when_asked(verb, noun):
    mod = _build_module()
    assert noun in mod.nominalisations(verb, more=True) and noun not in mod.nominalisations(verb)


@pytest.mark.parametrize("verb, noun", [("hack", "hacking"), ("probe", "probing"), ("ban", "banning"),
                                        ("target", "targeting")])
def test_the_ing_noun_is_listed_only_when_asked(verb, noun):
    mod = _build_module()
    assert noun in mod.nominalisations(verb, more=True) and noun not in mod.nominalisations(verb)


def test_a_silent_e_is_kept_where_dropping_it_would_change_the_word():
    mod = _build_module()
    assert "fleeing" in mod.gerunds("flee") and "fleing" not in mod.gerunds("flee")


def test_the_suffix_rules_do_not_make_a_common_noun_of_send_or_tend():
    mod = _build_module()
    assert "sense" not in mod.nominalisations("send", more=True)
    assert "tense" not in mod.nominalisations("tend", more=True)


def test_the_packaged_dictionary_is_the_default_build():
    from dateline.knowledge import load_knowledge

    dic = load_knowledge().events.dictionary
    assert dic.nouns.get("accusation") == "accuse" and "hacking" not in dic.nouns and "explosion" not in dic.nouns
