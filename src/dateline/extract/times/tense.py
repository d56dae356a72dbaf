"""The tense of the clause a time expression sits in: which way an underspecified date points.

"will meet on Friday" -> future, "met on Friday" -> past, "returns from recess on Monday" -> a timetable
(ahead for a weekday); a time modifying a noun ("Monday's attack") takes no direction from the verb.
"""
from __future__ import annotations

from ...knowledge.times import lexicon

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "gon"}
_PAST_AUX = {"has", "have", "had", "'ve", "'d", "did", "was", "were"}
# a modal of possibility or need looks ahead ("may meet on Monday", a weekday), unless perfect ("may have met");
# "could" also tells a past ability, so only when not negated ("could meet as early as Monday", not "could not be
# reached Monday")
_MODAL_AHEAD = {"may", "might", "must", "should", "can", "ca", "could"}


def _verb_direction(v, hops: int = 0, adverbial: bool = False, L=None) -> str | None:
    L = L or lexicon()
    auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_AUX:
        return "future"
    if auxes & _MODAL_AHEAD and not auxes & {"have", "'ve"} \
            and not ("could" in auxes and any(c.dep_ == "neg" for c in v.children)):
        return "timetable"  # a weekday ahead; a month-day stays the nearest ("could return on May 6")
    if not auxes and v.dep_ in ("conj", "advcl") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
            and hops < 3 and (v.dep_ == "conj" or v.tag_ in ("VBN", "VB")):
        return _verb_direction(v.head, hops + 1, L=L)  # "would assume office ..., run in November": shares its tense
    if v.lower_ == "going" and any(c.dep_ == "xcomp" for c in v.children):
        return "future"
    if "to" in auxes and v.head.i != v.i and hops < 2:
        head = v.head
        head_auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if adverbial and head.tag_ == "VBN" and head_auxes & {"has", "have", "'ve"} \
                and not head_auxes & {"had", "'d", "was", "were", "been"}:
            return "future"  # "I have instructed them to report on Monday": ahead of the present perfect
        if head.tag_ == "VBD" or head_auxes & _PAST_AUX:
            return None  # "was planning to hold it on Tuesday": future of a past moment
        if head.tag_ in ("VBZ", "VBP") and v.dep_ == "xcomp" and not auxes & {"have", "'ve"}:
            return "future"  # "Kell is to meet Vale on Monday", "wants to confront Vale on Monday": ahead
        if _future_verb(head, L) or head.lower_ == "going":
            return "future"
        d = _verb_direction(head, hops + 1, L=L)
        return "future" if d == "future" else None
    if _future_verb(v, L) and not auxes & _PAST_AUX and v.tag_ != "VBD":
        return "future"
    tag = v.tag_
    if tag == "VBD":
        return "past"
    if tag == "VBN":
        if auxes & _PAST_AUX or not auxes:
            return "past"
        return None
    if tag == "VBG":  # "is raising questions about Monday's debate": progressive is not the future
        if auxes & {"was", "were"}:
            return "past"
        # ... but with its own time it is an arrangement: "Kell is meeting Vale on Monday"
        return "future" if adverbial and auxes & _PRESENT_BE and not in_headline(v) else None
    if auxes & {"did"}:
        return "past"
    if v.pos_ == "AUX" and tag == "VBD":
        return "past"
    if adverbial and tag in ("VBZ", "VBP") and not auxes and v.lemma_ not in _REPORTING_PRESENT \
            and not in_headline(v):
        return "timetable"  # "Congress returns from recess on Monday": ahead for a weekday (_resolve_group)
    if adverbial and tag in ("VBZ", "VBP") and not auxes and v.lemma_ == "be" and not in_headline(v) \
            and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in v.children):
        return "timetable"  # "The vote is on Monday": the present of a scheduled thing is ahead too
    return None


def _future_verb(v, L) -> bool:
    """A verb of plan or schedule; the tagger's lemma of a participle is sometimes clipped ("slated" -> "slat")."""
    return v.lemma_ in L.future_verbs or (v.tag_ == "VBN" and v.lower_.endswith("ed")
                                          and v.lower_[:-1] in L.future_verbs)


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})
_REPORTING_PRESENT = frozenset({"say", "tell", "report", "announce", "add", "confirm", "claim", "state", "note",
                                "write", "show", "indicate", "suggest", "believe", "think", "know", "be", "have"})


def in_headline(v) -> bool:
    """A first line without a full stop: news headlines tell past events in the present ("Rebels attack convoy")."""
    sent = v.sent
    return sent.start == 0 and not sent[-1].is_punct


def tense_direction(doc, start: int, end: int, through_nouns: bool = False, L=None) -> str | None:
    """'past' / 'future' / None from the verb governing the span at [start, end); None when the span
    modifies a noun, unless `through_nouns` (the clause's tense, wherever the span sits)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    inside = range(span.start, span.end)
    adverbial = True  # the expression modifies the verb itself, not a noun ("Monday's attack")
    setting = False   # ... or a noun that is the act's setting ("will clash in Monday's debate")
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and not _title_word(tok):
            break
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "poss" or (tok.i not in inside and tok.pos_ in ("NOUN", "PROPN", "PRON")):
            adverbial = False
            setting = setting or _is_setting(tok)
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if adverbial:
        tok = _reporting_head(tok, span)
    elif (ahead := _before_noun(span)) is not None:
        # "ahead of Monday's vote": the vote comes after the act, so ahead of it unless the act is past;
        # "before Monday's vote" only when the act itself is ahead ("will tour the province before ...")
        d = _verb_direction(tok, adverbial=True, L=L)
        if d == "future" or (ahead and d != "past"):
            return "future"
    if not adverbial and not through_nouns:
        # the day dates a noun's event, not the clause's ("Monday's bid for October elections
        # failed", "will discuss Monday's attack"): the verb's tense says nothing about it — unless the
        # noun is where the act takes place ("will speak at Friday's rally": the rally is ahead too)
        return _verb_direction(tok, L=L) if setting else None
    return _verb_direction(tok, adverbial=adverbial, L=L)


def _title_word(verb) -> bool:
    """A capitalised verb inside a sentence that is not written in title case is a word of a name ("told NBC's Meet
    the Press on Sunday", "on CBS's Face the Nation"), not the clause's verb."""
    sent = verb.sent
    if verb.i == sent.start or not verb.text[:1].isupper() or not verb.text[1:2].islower() \
            or verb.doc[verb.i - 1].is_punct:  # '"Leave now," ...', ": Leave now"
        return False
    words = [t for t in sent if t.is_alpha and t.i != sent.start]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)


_SETTING_PREPS = frozenset({"in", "at", "during", "on"})


def _is_setting(noun) -> bool:
    """Is the noun the object of a preposition of place or occasion hanging from a verb ("at Friday's rally")?"""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX")


def _reporting_head(verb, span):
    """The reporting verb a time between it and its reported clause belongs to ("said Monday it will cut taxes",
    "said on Monday that it would", "said on Monday she would"), though the parser hangs the time on the reported
    verb."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or not head.i < span.start < verb.i:
        return verb
    root = span.root  # "said on Monday she would": the time's own preposition is not the reported clause's
    skip = {t.i for t in root.head.subtree} if root.dep_ == "pobj" and root.head.dep_ == "prep" else set()
    rest = [t.i for t in verb.subtree if not span.start <= t.i < span.end and t.i not in skip]
    return head if rest and span.end <= min(rest) else verb


_AHEAD_OF = frozenset({"ahead", "advance", "run-up", "lead-up", "eve"})
# a word whose "to" / "for" leads into an occasion still to come: "invited to Monday's debate", "prepare for
# Monday's debate" (with the lexicon's plan verbs: "plans for Monday's vote")
_LEAD_IN = {"to": frozenset({"invite", "invitation"}), "for": frozenset({"preparation", "ready", "rehearse"})}


def _before_noun(span) -> bool | None:
    """Is the span the possessor of a noun the act comes before? True for "ahead of Monday's vote", "on the eve of
    Monday's vote", "in the run-up to Monday's vote"; False for "before Monday's vote" (the act is no surer ahead);
    None otherwise."""
    tok = span.root
    if tok.dep_ not in ("poss", "compound", "npadvmod"):
        return None
    noun = tok.head
    while noun.dep_ in ("compound", "poss") and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ in ("of", "to") and prep.head.lower_ in _AHEAD_OF:
        return True
    if prep.head.lemma_ in _LEAD_IN.get(prep.lower_, ()) \
            or (prep.lower_ == "for" and _future_verb(prep.head, lexicon())):
        return True  # the act leads into the occasion: ahead unless the act is past
    return False if prep.lower_ == "before" else None
