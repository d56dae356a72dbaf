"""Reports of one act name its participants differently (issue 12, session 25): a surname alone that the extractor
kinds as an organisation, a person's name with a headline's words swept into it, and one report listing every target
of an attack where another names the one it is about. Invented records only (no NLP)."""
from __future__ import annotations

from dateline.corpus import update
from dateline.corpus.signature import actor_keys
from test_corpus import _actor, _event, _partition, _record, _store

LINKED = {frozenset({("one", "e1"), ("two", "e1")})}


def _pair(src_one: dict, src_two: dict, text_one: str, text_two: str) -> set:
    """Two outlets' reports on 4 and 5 May of one accusation against Ana Roe, each source as given."""
    target = _actor("t", "Ana Roe", country=None)
    recs = [_record("one", "2021-05-04", "o1", [dict(src_one, id="s"), dict(target)],
                    [_event("e1", "ACCUSE", ["s"], ["t"], "2021-05-04", text=text_one)]),
            _record("two", "2021-05-05", "o2", [dict(src_two, id="s"), dict(target)],
                    [_event("e1", "ACCUSE", ["s"], ["t"], "2021-05-04", text=text_two)])]
    st = _store(recs)
    update(st.conn)
    return _partition(st)


def test_a_surname_kinded_as_an_organisation_meets_the_full_name():
    """'Kell accused Ana Roe' with 'Kell' kinded as an organisation, and 'Pel Kell accused Ana Roe': one source."""
    kell = _actor("s", "Kell", kind="organization", country=None, sector=None)
    assert "ps:kell" in actor_keys(kell)[0]
    full = _actor("s", "Pel Kell", country=None)
    assert _pair(kell, full, "Kell accused Ana Roe of lying about the harbour fees.",
                 "Pel Kell accused Ana Roe of lying about the harbour fees.") == LINKED


def test_a_headlines_words_after_a_written_name_leave_the_name():
    """An actor resolved to 'Pel Kell Slams Levy' (a headline) but written 'Pel Kell' in the text is Pel Kell; a name
    written with another surname is still another person's ('Bo Vass' among Pel Kell's mentions)."""
    junk = dict(_actor("s", "Pel Kell Slams Levy", country=None),
                mentions=[{"text": t, "start": s, "end": s + len(t)} for t, s in
                          (("Pel Kell Slams Levy", 0), ("Pel Kell", 40), ("Pel Kell", 90), ("Bo Vass", 120))])
    keys = actor_keys(junk)[0]
    assert "n:pel kell" in keys and "ps:kell" in keys and "n:bo vass" not in keys
    full = _actor("s", "Pel Kell", country=None)
    assert _pair(junk, full, "Pel Kell accused Ana Roe of lying about the harbour fees.",
                 "Pel Kell accused Ana Roe of lying about the harbour fees.") == LINKED


def test_one_report_lists_every_target_the_other_the_one_it_is_about():
    """'Ana Roe lashed out at Pel Kell' (dated in its words) and, a day later undated, 'Roe went after Kell, Dorn,
    Vass and Mott': the longer list holds the shorter, so the targets agree (before: one of four, short of a link)."""
    actors = [_actor(a, n, country=None) for a, n in
              (("r", "Ana Roe"), ("k", "Pel Kell"), ("d", "Ivo Dorn"), ("v", "Bo Vass"), ("m", "Lu Mott"))]
    recs = [_record("one", "2021-05-04", "o1", [dict(a) for a in actors[:2]],
                    [_event("e1", "ACCUSE", ["r"], ["k"], "2021-05-04", text="Ana Roe lashed out at Pel Kell")]),
            _record("two", "2021-05-05", "o2", [dict(a) for a in actors],
                    [_event("e1", "ACCUSE", ["r"], ["k", "d", "v", "m"],
                            text="Roe went after Kell, Dorn, Vass and Mott in a long speech at the fairground, mocking their "
                                 "record on roads, schools and ferries.")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == LINKED


def test_an_organisations_initials_meet_a_group_named_by_them():
    """'The Vardic People's Army agreed to a truce with Nalo Vint' and 'VPA rebels accepted a truce with Nalo Vint': the
    initials leave out function words and a possessive only ('vpa'; before, 'people' was a stop word: 'vsa'), and a
    group named by an initialism in capitals is filed under it. A stop word of English is still an initial
    ('Marsh Liberation Front': 'mlf')."""
    from dateline.corpus.signature import _participant
    army = _actor("s", "Vardic People's Army", kind="organization", country=None, sector="REB")
    rebels = _actor("s", "VPA rebels", kind="group", country=None, sector="REB")
    assert "n:vpa" in _participant(army, "s")["keys"] and _participant(rebels, "s")["keys"] == ["n:vpa"]
    assert "n:mlf" in actor_keys(_actor("f", "Marsh Liberation Front", kind="organization"))[0]
    vint = _actor("t", "Nalo Vint", country=None)
    recs = [_record("one", "2021-05-04", "o1", [army, dict(vint)],
                    [_event("e1", "AGREE", ["s"], ["t"], "2021-05-04", text="the army agreed to a truce with Vint")]),
            _record("two", "2021-05-05", "o2", [rebels, dict(vint)],
                    [_event("e1", "AGREE", ["s"], ["t"], "2021-05-04", text="the rebels accepted a truce with Vint")])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == LINKED


def test_another_type_the_evidence_words_can_mean_is_compared_as_one_family():
    """'Ana Roe agreed to a truce with Pel Kell' typed AGREE and, in another outlet, 'Roe signed the truce in Varna'
    typed RETREAT: signing a truce can be an agreement by the event dictionaries, so the two are compared role by role
    as one family (the source agrees) instead of needing the similarity gate of unrelated types, which their few
    shared words miss."""
    varna = {"name": "Varna", "country": "RUR", "lat": 43.2, "lon": 27.9}
    actors = [_actor("r", "Ana Roe", country=None), _actor("k", "Pel Kell", country=None)]
    recs = [_record("one", "2021-05-04", "o1", [dict(a) for a in actors],
                    [_event("e1", "AGREE", ["r"], ["k"], "2021-05-04", text="Ana Roe agreed to a truce with Pel Kell",
                            place=dict(varna))]),
            _record("two", "2021-05-05", "o2", [dict(actors[0])],
                    [_event("e1", "RETREAT", ["r"], [], "2021-05-04", text="Roe signed the truce in Varna",
                            place=dict(varna))])]
    st = _store(recs)
    update(st.conn)
    assert _partition(st) == LINKED
