"""Session 37, issue 9 (coverage): constructions the event rules read, each with invented sentences.

- an act named as the setting of another verb ("agreed in a phone call that …", "urged X during their meeting to …")
  is an act of its own, not the content of the verb it hangs on (`tree.subordinate_clause`);
- a thing owned through "of" is owned like a possessor ("subpoenaed the records of X" as "X's records");
- rivals in a contest: a participle that takes its subject from its clause ("won the primary, beating X") is read
  with that subject, as "Kell beat Osei" is."""
from __future__ import annotations

from conftest import run_text
from dateline import nlp
from dateline.extract.events.tree import subordinate_clause
from dateline.options import Options


def events(text: str):
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in rec.events]


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_an_act_named_as_the_setting_of_a_verb_is_an_act_of_its_own():
    parse = nlp.load(Options().model)
    doc = parse("Jonas Osei urged Ana Kell during their meeting in Lyon to release the prisoners.")
    assert subordinate_clause(_token(doc, "meeting"))
    doc = parse("Jonas Osei refused to take part in talks with Ostrania.")
    assert not subordinate_clause(_token(doc, "talks"))  # the refusal's content: on an infinitive


def test_a_meeting_in_which_someone_urged_is_kept():
    got = events("Jonas Osei urged Ana Kell during their meeting in Lyon to release the prisoners.")
    assert ("REQUEST", ["Jonas Osei"], ["Ana Kell"]) in got
    assert "CONSULT" in [t for t, _, _ in got]


def test_talks_someone_refused_to_join_are_no_meeting_of_their_own():
    got = events("Jonas Osei refused to take part in talks with Ostrania.")
    assert [t for t, _, _ in got] == ["REJECT"]
