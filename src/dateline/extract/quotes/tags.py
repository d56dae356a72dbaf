"""Speech tags after a closing quotation mark whose verb the lexicon does not list.

`unlisted_cue`: '“…,” Kell shot back.', '“…,” opined the Lantern.' — a verb after a comma-ending quote
introduces it when the quote is the verb's complement in the parse (or a short tag clause stands alone)
and the verb's subject (or an inverted subject the parser read as its object) follows the closing mark.
"""
from __future__ import annotations

from .marks import Segment

def complement_of(first, seg: Segment, verb) -> bool:
    """Is the quote (from its first token `first`) the verb's complement clause, its top word hanging
    on the verb ('“Many would call it a defeat” if she loses, said Kell': "call" is a ccomp of "said")?"""
    tok = first
    for _ in range(40):
        if tok is None or tok.head.i == tok.i or not seg.start <= tok.head.idx < seg.end:
            break
        tok = tok.head
    return tok is not None and tok.head.i == verb.i and tok.dep_ in ("ccomp", "parataxis", "dep")


_THING_PRONOUNS = {"it", "this", "that", "which"}


def unlisted_cue(verb, first, seg: Segment) -> bool:
    """'“…,” Kell shot back.', '“…,” she laughed.': after a quote that ends in a comma (or ? !), a verb the
    lexicon does not list introduces it when the quote is the verb's complement clause in the parse and the
    verb's subject stands after the closing mark. Not a thing's pronoun ('“…,” it read.': a letter or a sign,
    whose writer the text names elsewhere)."""
    return verb.pos_ == "VERB" and seg.close is not None and (complement_of(first, seg, verb) or _tag_clause(verb, seg)) \
        and any((c.dep_ == "nsubj" or _inverted_object(c, verb, seg)) and c.idx > seg.close
                and c.lower_ not in _THING_PRONOUNS for c in verb.children)


def _inverted_object(child, verb, seg: Segment) -> bool:
    """'“…,” opined the Valley Gazette.': the parser reads the inverted subject of a verb the lexicon lacks as its
    object. It is the speaker when the verb, finite, stands right after the closing mark and the noun phrase ends the
    sentence (no "as": '“…,” Kell described Lund as …' is no inversion; a participle's object is what it is about:
    '“…,” referencing the crowd in the hall.')."""
    doc = verb.doc
    if child.dep_ != "dobj" or child.pos_ not in ("PROPN", "NOUN") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    k = verb.i - 1
    while k >= 0 and doc[k].idx > seg.close and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    gap = k >= 0 and doc[k].idx > seg.close  # a word between the closing mark and the verb
    after = doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(doc) else None
    return not gap and verb.i == child.left_edge.i - 1 and (after is None or after.text in (".", "!") or after.is_space)


_PERSONAL = {"he", "she", "they", "i", "we"}


def _tag_clause(verb, seg: Segment) -> bool:
    """'“What changed?” Lund questioned.': the parser ends the sentence at the quote's '?', so the quote is no
    complement; a name or personal pronoun and an intransitive verb standing alone right after the closing mark, up
    to the sentence's end, are still its speech tag."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in _PERSONAL) or subj.left_edge.idx <= seg.close:
        return False
    before = [t for t in doc[:subj.left_edge.i] if t.idx > seg.close and not t.is_space]
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return not before and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.children) and \
        (after is None or after.text in (".", "!", "\n") or after.is_space)


def misread_tag(tok, seg: Segment, lex) -> bool:
    """'“…,” Lund notes.': a speech tag the parser read as a noun phrase ("Lund notes" as notes written by Lund).
    A plural noun whose singular is a reporting verb, right after a name that alone follows the closing mark, and
    ending the sentence (or followed by a comma), is the tag's verb; its speaker is `misread_speaker`."""
    if seg.close is None or tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not lex.is_cue_verb(tok.lemma_.lower()):
        return False
    name = misread_speaker(tok)
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if name is None or not (after is None or after.text in (".", ",", "!") or after.is_space):
        return False
    first = name.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].text[:1].isupper():
        first -= 1
    return not [t for t in doc[:first] if t.idx > seg.close and not (t.is_punct or t.is_space)]


def misread_speaker(tok):
    """The name a misread tag's noun hangs on ('Lund' in 'Lund notes'), when the words before it are capitalised
    compounds only."""
    doc, k = tok.doc, tok.i - 1  # the parser may tag the surname itself a common noun ("Lund"/NN)
    while k >= 0 and doc[k].dep_ == "compound" and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper():
        k -= 1
    return doc[tok.i - 1] if k < tok.i - 1 else None


def past_tag_end(verb, subj, quoted) -> bool:
    """Is the subject the parser gave a tag's verb no part of the tag: inside a quotation, or after the verb past the
    sentence's end ('“…,” Lund notes. “It was …”' with "It" as the subject of "notes")?"""
    if any(s <= subj.idx < e for s, e in quoted):
        return True
    return subj.i > verb.i and any(sentence_stop(t) for t in verb.doc[verb.i + 1:subj.i])


def sentence_stop(t) -> bool:
    """Is `t` a ".", "!" or "?" that ends a sentence? Not the period the tokenizer split off an abbreviated title
    ('said Lt. Gen. Ana Kell' is tokenized 'Lt' '.'): one glued to a capitalised word of five letters at most,
    which the parser hangs inside the phrase rather than as the sentence's punctuation."""
    if t.text not in (".", "!", "?"):
        return False
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return not (t.text == "." and t.dep_ != "punct" and prev is not None and not prev.whitespace_ and
                prev.text.isalpha() and prev.text[:1].isupper() and len(prev.text) <= 5)


def reply_tag(seg: Segment, after, lex):
    """'“Never,” was Kell's answer.', '“Not yet,” came the reply from the ministry.': after the closing mark, a
    clause of "be" or "come" whose noun phrase, an answer (`lex.reply_nouns`), ends the sentence is the quote's
    tag. `after` is the first word after the closing mark; the answer noun, or None."""
    if seg.close is None or after is None or after.lemma_ not in ("be", "come") or after.pos_ not in ("AUX", "VERB"):
        return None
    noun = next((c for c in after.children if c.dep_ in ("nsubj", "attr") and c.i > after.i
                 and c.lemma_.lower() in lex.reply_nouns), None)
    return noun if noun is not None and _ends_sentence(noun) else None


def _ends_sentence(tok) -> bool:
    doc, k = tok.doc, tok.right_edge.i + 1
    return k >= len(doc) or doc[k].is_space or "\n" in doc[k].text or sentence_stop(doc[k])


def answer_holder(noun, verb=None):
    """Whose answer the noun is: its possessor ('Kell's answer', 'her reply'), the object of its "from" or "of"
    ('the reply from Kell'), or a fronted "For X," of its clause ('For Kell, the answer is simple: “…”'); None."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON", "NOUN")), None)
            if obj is not None:
                return obj
    if verb is None:
        return None
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < noun.i
                    and (c.i == 0 or c.is_sent_start)), None)
    obj = next((g for g in fronted.children if g.dep_ == "pobj"), None) if fronted is not None else None
    return obj if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in _PERSONAL | {"him", "her", "them"}) else None


def past_title(tok, titles) -> object:
    """'“…,” said Sgt. Maj. Ana Kell': the tokenizer splits a title's abbreviation from its period and the parser
    may take the abbreviation alone for the subject (and NER for a person). From such an abbreviation (a key of
    `titles`, the actors' title abbreviations, with its period) over the titles after it to the name they lead to:
    its last capitalised word on the same line; `tok` itself when it is no such abbreviation."""
    doc, k = tok.doc, tok.i
    while k < len(doc):
        if k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_ and doc[k].text[:1].isupper() \
                and f"{doc[k].lower_}." in titles:
            k += 2  # 'Sgt' '.'
        elif k > tok.i and doc[k].text.endswith(".") and doc[k].lower_ in titles:
            k += 1  # 'Gen.' kept whole
        else:
            break
    if k == tok.i:
        return tok
    last = None
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        last, k = doc[k], k + 1
        if not doc[k - 1].whitespace_ or "\n" in doc[k - 1].whitespace_:
            break
    return last if last is not None and (last.pos_ == "PROPN" or last.ent_type_ == "PERSON") else tok


def title_start(doc, l: int, titles) -> int:
    """The first token of a speaker's words with the title abbreviations right before them ('Capt. Ana Kell said',
    'Brig. Gen. Ana Kell said': the parse may start the name after a title whose period the tokenizer split off)."""
    while l > 0 and "\n" not in doc[l - 1].whitespace_:
        prev = doc[l - 1]
        if prev.text == "." and l >= 2 and not doc[l - 2].whitespace_ and doc[l - 2].text[:1].isupper() and \
                f"{doc[l - 2].lower_}." in titles:
            l -= 2
        elif prev.text[:1].isupper() and prev.text.endswith(".") and prev.lower_ in titles:
            l -= 1
        else:
            break
    return l


def writers_aside(tok) -> bool:
    """Is the verb the writer's own "I quote" with no object, hung on another verb ('Kell said, and I quote, “…”')? It
    vouches for the words and reports none: the cue is the speech verb before it, whose subject speaks. 'I quote
    from the report: “…”' (the sentence's own verb) stays the writer's."""
    return tok.lemma_.lower() == "quote" and tok.dep_ in ("conj", "ccomp", "parataxis") \
        and not any(c.dep_ in ("dobj", "obj") for c in tok.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children)
