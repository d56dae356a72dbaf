"""Names the parse or the places stage reads as places or buildings, not actors (split out of `nonactors.py`,
which re-exports these tests).

- a place after "the city/town of" that the NER typed as an organisation ("the city of Ruriton"), or a name headed
  by a place noun after a preposition of place ("in Lund County");
- a place the NER typed as a person or organisation: the modifier or apposition of a place noun ("the Tsuen Wan
  district", "the capital, Ruriton,"), or a name the places stage resolved that does not act ("piped to Ruriton");
  and a ship named after someone ("MV Ann Kell", "the rescue ship Tom Lund");
- a country named as where something is ("jobs in Ruritania");
- a building or room only ever named as where something happens ("met in the Oval Office", "rallied outside
  the Capitol"): a FAC entity or a venue head word, every occurrence the object of a locative preposition;
- a first-level region the NER typed as a person ("the storm reached Zeeland"); a town the gazetteer knows, typed as
  an organisation or a person, modifying a common noun ("the Lund quarantine station").
"""
from __future__ import annotations

def is_place_of(span, place_nouns: frozenset) -> bool:
    """"the city of Ruriton" typed ORG: a place; so is a name headed by a place noun after a preposition of place
    ("prices rose in the Greater Ruriton Area", "in Lund County"; not "state": "fighters in the Islamic State")."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "of" and root.head.head.lemma_.lower() in place_nouns:
        return True
    return root.i == span.end - 1 and root.lower_ in place_nouns - {"state"} and root.head.lower_ in HEADED_PLACE_PREPOSITIONS


# prepositions after which a name headed by a place noun is where something is ("in the Greater Ruriton Area")
HEADED_PLACE_PREPOSITIONS = frozenset({"in", "inside", "within", "throughout", "across", "into", "near", "around"})


# where a name the places stage resolved is a place: a preposition's or verb's object, a noun's modifier
PLACE_SLOTS = frozenset({"pobj", "dobj", "compound"})


def used_as_place(span, w, place_spans) -> bool:
    """A name the parse or the places stage reads as a place, or one that names a ship: the modifier or apposition of
    a place noun ("the Tsuen Wan district", "the capital, Ruriton, fell"), a span the places stage resolved in a
    place's slot ("gas piped to Ruriton", "the Ruriton attack"; "Ruriton said", "the cities of X and Ruriton said"
    act), or a name after a ship prefix or beside a vessel noun ("MV Ann Kell", "the rescue ship Tom Lund"; `w`:
    ActorWords)."""
    root, doc = span.root, span.doc
    if root.dep_ in ("compound", "appos") and root.head.lemma_.lower() in w.place_nouns:
        return True
    before = doc[max(0, span.start - 3):span.start + 1]  # a title may stand between ("MV Professor Ann Kell")
    if any(t.text in w.vessel_prefixes and all(x.is_title for x in doc[t.i + 1:span.start]) for t in before) \
            or span.start > 0 and doc[span.start - 1].lower_ in w.vessel_heads:
        return True  # "MV Ann Kell", "the ship Ann Kell"
    if root.dep_ in ("appos", "compound") and root.head.lower_ in w.vessel_heads:
        return True  # "their ship, Ann Kell,"
    return (span.start_char, span.end_char) in place_spans and root.dep_ in PLACE_SLOTS


LOCATIVES = frozenset({"in", "inside", "within", "throughout", "across"})


# a building that stands for its state ("the Kremlin", "the White House") is also a place after these
BUILDING_LOCATIVES = LOCATIVES | {"at", "outside", "near"}


def in_a_place(span, building: bool = False) -> bool:
    """A country named as the place where something is ("jobs in Ruritania", "the war in Ruritania"): the object of
    a preposition of location; "to", "from", "with", "against" Ruritania may name the state as a party. A building
    standing for the state (`building`) is a place after "at", "outside", "near" too ("a dinner at the Palace")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in (BUILDING_LOCATIVES if building else LOCATIVES)


# prepositions that make their object a location ("met in the Oval Office", "protested outside the Capitol")
LOCATIVE = frozenset({"in", "at", "inside", "outside", "near", "into", "from", "within", "around", "across",
                      "behind", "beside", "onto"})


# prepositions whose object is a structure acted on, not a party ("the attack on the Kell Cathedral", "crowds poured
# into Lund City Hall"); "by", "from", "with", "to", "for" may name a party speaking or dealt with, "of" its staff
STRUCTURE_PREPOSITIONS = frozenset({"on", "into", "over", "under", "through", "past", "toward", "towards"})


# nouns that make "X of" a preposition of place ("in front of the Kell Hall", "on the steps of the Kell Hall")
PLACE_OF_NOUNS = frozenset({"front", "steps", "outside", "inside", "grounds", "doors", "gates", "lobby", "vicinity"})


# words that make "X to" a preposition of place ("close to the Kell Airport", "next to Lund Hall")
NEAR_WORDS = frozenset({"close", "closer", "closest", "next", "adjacent", "near", "nearer", "nearest"})


def _complex_place(prep) -> bool:
    """Is the preposition the last word of a complex one of place: "of" after a place noun ("in front of the Hall",
    "on the steps of the Hall") or "to" after a word of nearness ("close to the Hall", "adjacent to Lund School")?"""
    return prep.lower_ == "of" and prep.head.lower_ in PLACE_OF_NOUNS or prep.lower_ == "to" and (
        prep.head.lower_ in NEAR_WORDS)


def locative_object(root) -> bool:
    """Is the token the object of a preposition of place ("in the Hall"), or of a complex one ("in front of the Hall",
    "close to the Hall")?"""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in LOCATIVE or _complex_place(prep)


def called_a_venue(root, nouns: frozenset) -> bool:
    """Is the token the subject of "be" whose attribute is a building's or a ground's noun (`nouns`: "Kell Park is a
    caravan park", "Lund House is a listed building")? The sentence says what the name is: a place."""
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(ch.dep_ == "attr" and ch.pos_ == "NOUN" and ch.lemma_.lower() in nouns for ch in root.head.children)


# where a name headed by a ground word (a street, park, farm) is the place something is: "on" and "along" as well
# ("lived on Kell Street", "a fire on Ardel Farm"); not "from", which may name a producer ("apples from Ardel Farm")
GROUND_PREPOSITIONS = LOCATIVE - {"from"} | {"on", "along", "off"}


def on_ground(root) -> bool:
    """Is the token the object of a preposition that places something on a street, a park or a farm ("at Ardel
    Farm", "on Kell Street", "in front of Lund Park")?"""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in GROUND_PREPOSITIONS or _complex_place(prep)


def venue_names(ents, heads: frozenset, norm, state_of=None, grounds: frozenset = frozenset()) -> frozenset:
    """Keys of the names the article uses only as places: a FAC entity or one whose head word is a building or
    room ("Oval Office", "the Capitol", "the Kell Embassy"), every occurrence of it the object of a locative
    preposition ("in the Oval Office", "in front of Lund City Hall"; "the embassy said" or "Capitol Police" keep it
    an actor), or — for a name not
    typed PERSON whose head word is a building's and that names no state — of a verb or a preposition of a structure
    acted on ("bombs struck the Kell Cathedral", "crowds poured into Lund City Hall"; not "stormed the Ruritanian
    Embassy"). A name headed by a ground word (`grounds`: a street, a park, a farm; WordNet) is a place where every
    occurrence is the object of a preposition of place, "on" and "along" too (`on_ground`)."""
    seen: dict[str, bool] = {}
    places = heads | grounds  # "Kell Park is a caravan park", "Lund House is a listed building": a place
    for ent in ents:
        words = [t.lower_ for t in ent if t.is_alpha]
        if ent.label_ not in ("ORG", "FAC", "GPE", "PERSON") or not words:
            continue
        k = norm(ent.text)
        root = ent.root
        venue = ent.label_ == "FAC" or words[-1] in heads
        if not venue and words[-1] in grounds:  # "at Ardel Farm", "on Kell Street", "Kell Park is a caravan park"
            seen[k] = seen.get(k, True) and (on_ground(root) or called_a_venue(root, places))
            continue
        placed = locative_object(root) or called_a_venue(root, places) or words[-1] in heads and (
            ent.label_ != "PERSON") and (root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in (
                STRUCTURE_PREPOSITIONS)) and not _names_a_state(ent, state_of)
        seen[k] = seen.get(k, True) and venue and placed
    return frozenset(k for k, only_place in seen.items() if only_place and k)


def _names_a_state(ent, state_of) -> bool:
    """Does a building's name hold a state's name or demonym ("the Ruritanian Embassy", "the United States
    Consulate")? Stormed or attacked, it stands for that state: a party, not a place."""
    if state_of is None:
        return False
    toks = [t for t in ent if t.is_alpha]
    return any(state_of(" ".join(t.text for t in toks[i:i + n])) for n in (1, 2, 3) for i in range(len(toks) - n + 1))


# what a gazetteer's kind must be for a name modifying a noun to be read as a town or region
TOWN_KINDS = frozenset({"city", "county", "state"})
# WordNet classes of a head noun that a town's name may not modify as a place: people ("the Kell clan"), a work or a
# publication ("the Lund newspaper")
NOT_TOWN_HEADS = ("group", "person", "communication")


def town_modifying_a_noun(span, gazetteer, norm, w) -> bool:
    """A town or region the gazetteer knows, typed as an organisation or a person, that modifies a common noun after it
    ("the Lund quarantine station", "pigs at Ardel farms"): where the thing is, no actor. Not a one-word name that is
    also a common noun ("Time magazine"), nor one before a noun of people, of a work or of an outlet ("the Kell clan",
    "the Lund newspaper"; `w`: ActorWords), nor a country's name that towns share; the caller checks the registry."""
    root = span.root
    head = root.head
    if root.dep_ not in ("amod", "nmod", "compound", "det") or head.i < span.end or not head.is_lower \
            or head.pos_ != "NOUN":
        return False
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not words or not all(t.is_title for t in words) \
            or len(words) == 1 and any(words[0].lower_ in ws for ws in w.noun_classes.values()):
        return False
    lemma = head.lemma_.lower()
    if lemma in w.outlet_kinds or any(lemma in w.noun_classes.get(c, ()) for c in NOT_TOWN_HEADS):
        return False
    readings = gazetteer.get(norm(span.text), ())
    # a country's name is its state's ("offered Ruritania help", "a Ruritania deal"), even where towns share it
    return not any(c.kind == "country" for c in readings) and any(c.kind in TOWN_KINDS for c in readings)


def region_named_as_person(span, gazetteer, norm) -> bool:
    """A single word the NER typed as a person that the gazetteer knows as a first-level region ("the storm reached
    Zeeland, Drenthe and Groningen": a province) — the caller checks that no person of the article bears the word."""
    words = [t for t in span if t.is_alpha]
    if len(words) != 1 or not words[0].is_title:
        return False
    return any(c.kind == "state" for c in gazetteer.get(norm(words[0].text), ()))
