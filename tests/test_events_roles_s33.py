"""Session 33, issue 9: recipients in prepositional phrases the verb's frame gives (events' clauses.py, roles.py): the
party at the other end of a flow a measure restricts ("an embargo on arms sales to X"), and a place of protest the
parser read as an adverb's object ("protested outside X's embassy").

Every text is invented."""
from __future__ import annotations

from test_event_roles import roles_of


# ---------------------------------------------------------------- a measure on a flow addresses its other end
def test_an_embargo_on_exports_to_a_state_targets_that_state(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The United States imposed an embargo on weapons exports to Peru.", "imposed")
    assert src == ["United States"] and tgt == ["Peru"]


def test_a_ban_on_imports_from_a_state_targets_that_state(monkeypatch):
    # (guard: read before too, as the from-phrase of what the measure is on)
    src, tgt, _, _ = roles_of(monkeypatch, "Norway imposed a ban on imports from Peru.", "imposed")
    assert src == ["Norway"] and tgt == ["Peru"]


def test_banning_sales_to_a_state_targets_that_state_when_the_parser_hangs_it_on_the_verb(monkeypatch):
    # the to-phrase is parsed as the verb's; the sales it says where to are the verb's object
    src, tgt, _, _ = roles_of(monkeypatch, "Norway banned arms sales to Peru.", "banned")
    assert src == ["Norway"] and tgt == ["Peru"]


def test_sanctions_on_exports_to_a_state_target_that_state(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Japan announced sanctions on exports to North Korea.", "sanctions")
    assert src == ["Japan"] and tgt == ["North Korea"]


def test_lifting_restrictions_on_flights_to_a_state_addresses_that_state(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The European Union lifted restrictions on flights to Russia.", "lifted")
    assert src == ["European Union"] and tgt == ["Russia"]


def test_a_judgement_of_a_sale_does_not_target_the_buyer(monkeypatch):
    # (guard) a stance on a flow or a measure addresses whoever made it, which the sentence does not say here
    _, tgt, _, _ = roles_of(monkeypatch, "Norway condemned the sale of fighter jets to Peru.", "condemned")
    assert "Peru" not in tgt


def test_a_flow_noun_without_a_measure_on_it_keeps_its_ordinary_reading(monkeypatch):
    # (guard) a withdrawal's from-phrase is no flow: the troops are no goods moving between parties
    src, tgt, _, _ = roles_of(monkeypatch, "Chile banned protests in the capital on Monday.", "banned")
    assert src == ["Chile"] and tgt == []


# ---------------------------------------------------------------- a place of protest read as an adverb's object
def test_a_protest_outside_a_states_embassy_targets_it_when_outside_is_parsed_as_an_adverb(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Thousands of people protested outside Velland's embassy in Port Aster.",
                              "protested")
    assert src == ["Thousands of people"] and tgt and "Velland" in tgt[0]
