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
def test_seed_reuters_conflicts_with_israeli_official(seed_record, seed_gold):
    [pair] = seed_gold["conflicts"]  # the gold's one conflict: a wire report (a) against an official (b)
    reuters = claim_with(seed_record, pair["a"][:45])
    official = claim_with(seed_record, pair["b"][:40])
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


def linked(a, b):
    return b.id in a.conflicts_with and a.id in b.conflicts_with


def test_refusals_requests_intentions_and_unsaid_things_are_not_claims(monkeypatch):
    import dateline.extract.claims as claims_mod
    monkeypatch.setattr(claims_mod, "CLAIMS_OUTSIDE_QUOTES", True)
    rec = run_text("Parliament has repeatedly denied funding for such a fence. "
                   "“We will close the border next week,” Interior Minister Tom Berg said. "
                   "“If the talks fail, the ceasefire will end,” General Ali Noor said. "
                   "The mayor did not say that the army had withdrawn from the city.")
    texts = [c.text for c in rec.claims]
    assert not [t for t in texts if "funding for such a fence" in t or "close the border" in t
                or "ceasefire will end" in t or "army had withdrawn" in t], texts


def test_antonymous_predicates_about_the_same_thing_conflict():
    rec = run_text("The state news agency said that oil exports were continuing.\n\n"
                   "Reuters reported that oil exports had been disrupted by the fire.")
    assert linked(claim_with(rec, "exports were continuing"), claim_with(rec, "exports had been disrupted"))


def test_claim_of_responsibility_and_no_evidence_conflict(monkeypatch):
    import dateline.extract.claims as claims_mod
    monkeypatch.setattr(claims_mod, "CLAIMS_OUTSIDE_QUOTES", True)
    rec = run_text("The rebel group claimed responsibility for the attacks on the refinery.\n\n"
                   "Interior Minister Karl Weber said there was no evidence the attacks came from the rebels.")
    claim = claim_with(rec, "claimed responsibility for the attacks")
    denial = claim_with(rec, "no evidence the attacks came from")
    assert claim.quote is None and denial.polarity == "negative"
    assert linked(claim, denial)


def test_negated_finding_is_part_of_the_claim_and_contradicts_the_accusation():
    rec = run_text("Attorney General Mark Lund accused the broadcaster of violating its licence.\n\n"
                   "A parliamentary committee did not find that the broadcaster had breached its licence.")
    accusation = claim_with(rec, "of violating its licence")
    finding = claim_with(rec, "did not find that the broadcaster had breached")
    assert finding.polarity == "negative" and linked(accusation, finding)


def test_negation_elsewhere_or_another_date_is_no_conflict():
    rec = run_text("Trade Minister Ana Ruiz said that trade with Kenya would grow this year.\n\n"
                   "Economist Paul Mensah said that without Kenya the trade zone would not have grown.\n\n"
                   "The commission said that there will be no debate on October 15.\n\n"
                   "The organisers said that the debate is still scheduled for October 22.")
    assert not any(c.conflicts_with for c in rec.claims), [(c.text, c.conflicts_with) for c in rec.claims]


def test_self_descriptions_opinions_and_narrower_denials_do_not_conflict():
    rec = run_text("“We are not terrorists,” refugee Amina Yusuf said.\n\n"
                   "Police chief Jan Olsen said the bombing was the work of terrorists.\n\n"
                   "Former employees said that the company offers no paid parental leave.\n\n"
                   "Company spokesman Tim Cole said that the company allows twelve weeks of unpaid parental leave.\n\n"
                   "“I think the golf industry is not dying,” investor Lea Ross said.\n\n"
                   "Analyst Bo Kim said that the golf industry is dying.")
    assert not any(c.conflicts_with for c in rec.claims), [(c.text, c.conflicts_with) for c in rec.claims]
    assert not [c for c in rec.claims if c.text.startswith("I think")]


def test_a_run_on_sentence_is_no_claim_so_claims_stay_linear():
    """A 'sentence' of more than MAX_CLAIM_TOKENS tokens (a run-on, a list, markup) is not read as a claim."""
    from dateline.extract.claims import MAX_CLAIM_TOKENS
    run_on = " and ".join(["the river rose"] * (MAX_CLAIM_TOKENS // 3 + 5))
    rec = run_text(f"Mayor Lena Ward said that {run_on}. Mayor Lena Ward said that the bridge was closed.")
    assert [c.text for c in rec.claims if "bridge was closed" in c.text]
    assert not [c for c in rec.claims if "river rose" in c.text]


def test_actor_lookup_agrees_with_context_actor_for():
    """The claims' indexed span → actor lookup gives what the linear `ctx.actor_for` gives."""
    from types import SimpleNamespace

    from dateline.extract import Context  # noqa: F401  (the real Context's rule is what is mirrored)
    from dateline.extract.quotes.common import ActorLookup as _ActorLookup
    index = {(0, 12): "a1", (20, 25): "a2", (22, 40): "a3", (50, 52): "a1"}
    ctx = SimpleNamespace(mention_index=index)
    look = _ActorLookup(SimpleNamespace(ents=()), ctx)

    def linear(start, end):
        best, best_len = None, 0
        for (s, e), aid in index.items():
            ov = min(e, end) - max(s, start)
            if ov > 0 and ov > best_len:
                best, best_len = aid, ov
        return best
    for span in [(0, 3), (11, 21), (21, 24), (23, 39), (41, 49), (49, 60), (0, 60)]:
        assert look.span(*span) == linear(*span), span
