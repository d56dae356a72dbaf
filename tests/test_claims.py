"""Claims: attributed statements, their polarity, and conflicts between holders."""
from __future__ import annotations

from conftest import needs_shared, run_text


def claim_with(rec, fragment):
    hits = [c for c in rec.claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}: {[c.text for c in rec.claims]}"
    return hits[0]


def test_quote_becomes_claim_with_holder_and_quote_link():
    rec = run_text("Health Minister Sara Cohen said that the outbreak was under control.")
    c = claim_with(rec, "the outbreak was under control")
    q = next(q for q in rec.quotes if q.id == c.quote)
    assert c.holder == q.speaker and c.polarity == "positive"
    assert rec.article.text[c.start:c.end] == c.text


def test_questions_and_commands_are_not_claims():
    rec = run_text("“Why would we stop now?” asked Mayor Tim Olsen. "
                   "“Release all of the prisoners today,” General Omar Said told the rebels.")
    assert not [c for c in rec.claims if "Why would we" in c.text or "Release all" in c.text]


def test_contradicting_holders_are_linked():
    text = ("The Associated Press reported on progress in the talks toward a second phase of the truce.\n\n"
            "A government spokesman said, “There has been no progress toward the second phase.”")
    rec = run_text(text)
    a = claim_with(rec, "progress in the talks")
    b = claim_with(rec, "no progress toward the second phase")
    assert b.polarity == "negative"
    assert b.id in a.conflicts_with and a.id in b.conflicts_with


def test_same_holder_or_unrelated_claims_do_not_conflict():
    text = ("Finance Minister Petra Holm said that inflation was falling. "
            "Opposition leader Jan Berg said that the football team did not win the cup.")
    rec = run_text(text)
    assert not any(c.conflicts_with for c in rec.claims)


@needs_shared
def test_seed_reuters_conflicts_with_israeli_official(seed_record):
    reuters = claim_with(seed_record, "progress in negotiations to move to the next phase")
    official = claim_with(seed_record, "Israel is not aware of progress toward Phase 2")
    assert official.polarity == "negative"
    assert official.id in reuters.conflicts_with
    names = {a.id: a.name for a in seed_record.actors}
    assert names.get(reuters.holder) == "Reuters"


def test_each_sentence_of_a_quote_is_its_own_claim():
    rec = run_text("“The group is not defeated [...] The biggest lie is that the group is defeated,” "
                   "Senator Lee Graham said.")
    texts = [c.text for c in rec.claims]
    assert "The group is not defeated" in texts
    assert any(t.startswith("The biggest lie") for t in texts)
