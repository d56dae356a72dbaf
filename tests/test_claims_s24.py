"""Session 24: a denial told without its words ('Mayor Orla Venn denied the allegations of bribery') is a
negative claim about what it denies, held by the denier, though no quote: the quotes stage reports an act's
object as a statement only with quoted words or a that-clause. Invented sentences and names."""
from __future__ import annotations

from conftest import run_text


def _claims_with(rec, fragment):
    return [c for c in rec.claims if fragment in c.text]


def test_denied_object_is_a_negative_claim_of_the_denier_and_no_quote():
    rec = run_text("Prosecutors in Dunmere said the mayor had taken bribes from a paving firm.\n\n"
                   "Mayor Orla Venn denied the allegations of bribery on Tuesday.\n\n"
                   "The council of Dunmere rejected the paving plan. Its treasurer did not deny the allegations of fraud.")
    assert not [q for q in rec.quotes if "allegations of bribery" in q.text]  # the quotes stage as it is
    [claim] = _claims_with(rec, "denied the allegations of bribery")
    venn = next(a for a in rec.actors if a.name.endswith("Venn"))
    assert claim.polarity == "negative" and claim.quote is None and claim.holder == venn.id
    assert rec.article.text[claim.start:claim.end] == claim.text
    # a refused plan is no denial of a fact, and a denial not made is no claim
    assert not _claims_with(rec, "paving plan") and not _claims_with(rec, "allegations of fraud")


def test_denied_involvement_contradicts_the_claim_of_it_in_the_article():
    rec = run_text("Police chief Ansel Brode said the Harrow Brigade carried out the arson at the depot.\n\n"
                   "The Harrow Brigade denied any involvement in the arson at the depot.")
    [denial] = _claims_with(rec, "denied any involvement")
    assert denial.polarity == "negative" and denial.quote is None
    other = next(c for c in rec.claims if "carried out the arson" in c.text)
    assert other.id in denial.conflicts_with and denial.id in other.conflicts_with


def test_a_rejection_told_without_its_words_denies_another_articles_account_across_the_corpus():
    """Through the extractor and the linker: the second article's rejection is no quote, yet a denial of the first
    article's claim (the corpus reads a quote-less negative claim's own verb of denial)."""
    from dateline.corpus import update
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.store import Store
    opts = Options()
    docs = [("m1", "Harbour Times", "Governor Ilse Marno said on Friday that the Castell Brigade was involved in the "
                                    "raid on the Norvik fuel depot."),
            ("m2", "Valley Post", "The Castell Brigade rejected any involvement in the raid on the Norvik fuel depot on "
                                  "Saturday.")]
    arts = []
    for aid, outlet, text in docs:
        art = make_article(text, source=aid, id=aid, date="2031-03-04", options=opts)
        art.outlet = outlet
        arts.append(art)
    st = Store(":memory:")
    st.upsert_records([to_dict(r.record) for r in process(arts, opts, strict=True)])
    update(st.conn)
    rows = [tuple(r) for r in st.conn.execute("SELECT kind, a_article, b_article FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert rows == [("denial", "m1", "m2")]
