"""Session 36, issue 12: the oracle's sides of each cause and its figure with ties given apart
(scripts/corpus_oracle.py), and the layer letters of one hand mention (scripts/corpus_window.layer_letters).
Invented records and the invented mini set of test_corpus_window.py only."""
from __future__ import annotations

from pathlib import Path

from dateline.corpus import update
from test_corpus import _store
from test_corpus_s35 import _oracle
from test_corpus_window import _module as _window, _records, _write_set


def _set(labels_and_articles: list[tuple[str, str]]):
    return _window().WindowSet(root=Path("."), mentions=[{"label": lab, "article": art}
                                                         for lab, art in labels_and_articles])


def test_ties_apart_gives_two_results_of_one_sentence_their_own_clusters():
    """Two results told in the same two sentences ('Kell won Varna and Osei won Tarn'), each listed once per
    sentence: every mention overlaps both contests, so the scorer's lowest id puts both results in one cluster; with
    ties given apart each result keeps its own, as the system filed them."""
    mod = _oracle()
    ws = _set([("varna", "one"), ("tarn", "one"), ("varna", "two"), ("tarn", "two")])
    found = [{-1, -2}] * 4
    gold = [m["label"] for m in ws.mentions]
    assert mod.clusters(ws, found) == [-2, -2, -2, -2]
    apart = mod.ties_apart(ws, found)
    assert apart[0] == apart[2] and apart[1] == apart[3] and apart[0] != apart[1]
    assert mod.bcubed_f1(gold, apart) == 1.0 > mod.bcubed_f1(gold, mod.clusters(ws, found))


def test_ties_apart_keeps_a_clear_majority_and_a_lone_mention():
    """An event whose votes are not tied keeps its most voted cluster even when another event took it first; a
    mention overlapping nothing stays alone."""
    mod = _oracle()
    ws = _set([("x", "one"), ("x", "two"), ("y", "two"), ("z", "three")])
    found = [{7}, {7}, {7}, set()]
    assert mod.ties_apart(ws, found) == [7, 7, 7, "alone:3"] == mod.clusters(ws, found)


def test_layer_letters_of_one_hand_mention():
    win = _window()
    rec = {"events": [{"evidence": {"start": 0, "end": 30}}], "quotes": [{"start": 40, "end": 60}],
           "claims": [], "actors": [{"mentions": [{"start": 0, "end": 8, "kind": "name"},
                                                  {"start": 45, "end": 47, "kind": "pronoun"}]}]}
    assert win.layer_letters(rec, {"evidence_start": 0, "evidence_end": 30}) == "E---N"
    assert win.layer_letters(rec, {"evidence_start": 35, "evidence_end": 70}) == "--Q--"  # a pronoun is no name
    assert win.layer_letters(rec, {"evidence_start": 100, "evidence_end": 120}) == "-----"


def test_oracle_sides_on_the_invented_mini_set(tmp_path):
    """The mini set's one missed pair (Kell's march: a protest in one article, an accusation in the other) is
    counted under its cause by its hand type and both sides' layers; ties apart change nothing there."""
    mod, win = _oracle(), _window()
    ws = win.read_set(_write_set(tmp_path / "set"))
    st = _store(_records())
    update(st.conn)
    got = mod.oracle(st.conn, ws, with_sides=True)
    assert set(got["sides"]) == set(got["causes"])
    (cause, row), = got["sides"].items()
    assert row == {"PROTEST E----/E----": 1}  # an event on both sides; the mini records locate no names
    assert got["bcubed_ties_apart"] == got["bcubed"]
    assert "sides" not in mod.oracle(st.conn, ws)


# ---------------------------------------------------------------- what a figure counts, past 'other' and 'more'

def test_a_figure_counts_the_noun_after_other_or_more():
    """'five other states' counts states: two reports giving 'four other' and 'five other' of different things no
    longer share the counted noun 'other' (a figure conflict between them needs one noun)."""
    from dateline.corpus.signature import figures
    assert figures("Voters in Varna and five other states cast ballots.") == [(5.0, "state")]
    assert figures("Kell faces two more debates.") == [(2.0, "debate")]
    assert figures("Osei will need three additional delegates.") == [(3.0, "delegate")]
    assert figures("Four other members left.") == [(4.0, "member")]
    assert figures("Kell wants five more.") == [(5.0, "more")]  # no noun after it: kept as written
    assert figures("Forty protesters and 12 of 30 police officers") == [(40.0, "protester"), (12.0, "30"),
                                                                        (30.0, "police")]  # 'of' as before


def test_a_rate_counts_per_its_unit():
    """'$12 an hour' is a rate: its noun is the unit ('hour', which figure conflicts skip), not the article 'an'."""
    from dateline.corpus.signature import figures
    assert figures("A living wage in Varna is about $12 an hour.") == [(12.0, "hour")]
    assert figures("Kell backs a wage of $15 an hour for 200 workers.") == [(15.0, "hour"), (200.0, "worker")]


# ---------------------------------------------------------------- a negated verb over the act's word is no denial of it

def test_an_act_word_under_another_negated_verb_is_not_denied():
    """A denial negates the act; a negated verb whose prepositional object the act's word is tells the act as given
    ('has not replied to the requests': there were requests)."""
    from dateline.corpus.denials import told_negated

    def negated(text: str, word: str) -> bool:
        return told_negated(text, text.index(word))
    assert not negated("Osei said Kell has not replied to his interview requests.", "requests")
    assert not negated("Roe was not involved in the raid on the depot.", "raid")
    assert not negated("Kell has not commented on the meeting with Roe.", "meeting")
    assert negated("Kell had not been detained, police said.", "detained")
    assert negated("There was no sign of a raid on the depot.", "raid")  # 'of': no sign of the act denies it
    assert negated("The ministry denied on Monday that police had detained Kell.", "detained")  # a clause of its own
    assert negated("No one in Varna was detained.", "detained")  # the preposition is inside the subject
    assert negated("Police in Varna did not detain Kell.", "detain")


def test_a_phrase_act_is_negated_at_its_verb():
    """A phrase trigger's act is told by its verb: 'had not been taken into custody' denies the detention although
    its object word follows a preposition."""
    from dateline.corpus.denials import told_as_denial
    text = "Police said on Wednesday that Jan Kell had not been taken into custody at any point."
    got = {"text": text, "start": 0, "at": text.index("custody"), "trigger": "taken custody"}
    assert told_as_denial(got, ["Police detained Jan Kell at a roadblock."])
    text = "Osei said Kell has not replied to his interview requests."
    got = {"text": text, "start": 0, "at": text.index("requests"), "trigger": "requests"}
    assert not told_as_denial(got, ["Kell requested a meeting with Osei."])
