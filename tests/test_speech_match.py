"""Re-matching a hand-labelled speech pair to the pair today's pipeline makes (scripts/speech_match.py): the same
quotation and actor under moved offsets or a longer name keep their label; another speaker or actor loses it.
Invented text only."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from types import SimpleNamespace as NS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from speech_match import match_pair, same_name  # noqa: E402

RAW = 'Osei said: "The plan Kell wrote is a disgrace to this town," at the rally.'
Q0, Q1 = RAW.index('"'), RAW.rindex('"') + 1
KELL = RAW.index("Kell")


def label(**kw) -> dict:
    row = {"quote_start": Q0, "quote_end": Q1, "sha1": hashlib.sha1(RAW[Q0:Q1].encode()).hexdigest()[:12],
           "speaker": "Osei", "actor": "Kell", "actor_start": KELL, "label": "ACCUSE"}
    return {**row, **kw}


def today(q0=Q0, q1=Q1, speaker="Osei", actor="Kell", mention=(KELL, KELL + 4), actor_is_speaker=False):
    """A context with one quotation and its pair, as the pipeline makes them now."""
    spk = NS(id="a1", name=speaker, mentions=[NS(start=0, end=4)] + [NS(start=mention[0], end=mention[1])] * actor_is_speaker)
    act = spk if actor_is_speaker else NS(id="a2", name=actor, mentions=[NS(start=mention[0], end=mention[1])])
    q = NS(start=q0, end=q1, speaker="a1")
    made = [] if actor_is_speaker else [NS(quote=q, target="a2")]
    return made, NS(quotes=[q], actors=[spk] if actor_is_speaker else [spk, act])


def test_exact_pair_is_matched():
    made, ctx = today()
    p, how = match_pair(label(), made, ctx, RAW)
    assert p is made[0] and how == "exact"


def test_quotation_without_its_marks_is_the_same_quotation():
    made, ctx = today(q0=Q0 + 1, q1=Q1 - 2)
    assert match_pair(label(), made, ctx, RAW, rematch=False)[0] is None  # the old matching lost it
    p, how = match_pair(label(), made, ctx, RAW)
    assert p is made[0] and how == "span moved"


def test_longer_names_of_the_same_speaker_and_actor_keep_the_label():
    made, ctx = today(speaker="Ama Osei", actor="Kell's", mention=(KELL, KELL + 4))
    assert match_pair(label(), made, ctx, RAW)[0] is made[0]
    assert same_name("Ana Kell", "Kell") and not same_name("Ana Kell", "Bo Kell")


def test_another_speaker_or_actor_loses_the_label():
    assert match_pair(label(), *today(speaker="Mensah"), RAW) == (None, "speaker changed")
    assert match_pair(label(), *today(actor="Town council"), RAW) == (None, "actor renamed")
    assert match_pair(label(speaker="Kell"), *today(speaker="Kell", actor_is_speaker=True), RAW) == (
        None, "actor merged into speaker")


def test_a_fragment_of_the_quotation_is_not_the_same_quotation():
    made, ctx = today(q0=KELL - 2, q1=KELL + 8)
    assert match_pair(label(), made, ctx, RAW) == (None, "quote span changed")


def test_changed_text_loses_the_label():
    made, ctx = today()
    assert match_pair(label(sha1="000000000000"), made, ctx, RAW) == (None, "text changed")
