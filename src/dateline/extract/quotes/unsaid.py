"""Reports of words nobody said (issue 10, speech only): hypothetical speech, findings of polls and data, and
headline fragments.

- Hypothetical speech: a reporting verb in a condition ("If Kell says that …"), in a yes/no question ("Will Kell
  argue that …?") or under a modal of possibility ("Kell could argue that …", "she might claim that …") tells of
  words that may never be said, and so does a by-phrase or a leading participle of a verb under such a modal ("Lund
  could do this by telling Kell that …", "Assuming that Kell wins, she might …"). "would" is left alone (it also
  narrates: "Kell would later say that …") unless a guess goes with it ("many would likely point out that …"), and
  so are obligations, as in `unreal.py` ("Kell must confirm that …" keeps a speech verb's reading).
- "according to" a measurement ("according to a Lantern poll", "according to state data") or to a document no
  organisation wrote ("according to the study") is a finding, as "a poll found that …" is (`turns.not_speech`).
- A headline's object reading ("Kell Slams Marek Over Levy" → "Marek Over Levy") is a fragment of the line: in a
  title-case line an indirect report must be a clause with its own subject ("Kell Says Levy Is Theft").
- A stance with no one to hold it (`sourceless_stance`): a belief is a source's report only when a named person,
  organisation or state holds it ("Many farmers believe that …", "Critics fear that …" sum up a crowd), and an
  accusation or request made by no actor the text names ("Some called the bridge a waste") is narration. Verbs of
  saying keep their report whoever the speaker is ("Some said that …").
- A report with no speaker at all (`unsourced_report`): the text, read by every speaker pass, names no one.
- A question asked (`asked_not_told`): "Kell asked whether …" reports no statement.

Words in quotation marks stay quotes (someone wrote them), and PolNeAR-style attributions (the learned cue on)
count all three, so none of this runs there.
"""
from __future__ import annotations

from ...record import Quote
from .speakers import gerund_frame, modal_name
from .turns import _cue_token, title_line

_CONDITIONS = frozenset({"if", "unless"})
_POSSIBLE = frozenset({"could", "might", "may"})
_GUESSES = frozenset({"likely", "probably", "presumably", "undoubtedly", "surely"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _broad(lex) -> bool:
    return bool(lex.cue_model and lex.cue_model.get("enabled"))


def hypothetical(q: Quote, index, lex) -> bool:
    """An indirect report under a condition, in a yes/no question or under a modal of possibility (module note)."""
    if q.kind != "indirect" or not q.cue or q.cue == "according to" or _broad(lex):
        return False
    cue = _cue_token(index, q)
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in cue.children):
        return True
    name = modal_name(cue)  # "May said that …": a name, not a modal
    aux = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i and (name is None or c.i != name.i)]
    if any(a.lower_ in _POSSIBLE for a in aux) or _guessed(cue, aux) or _under_possible(cue):
        return True
    subj = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    sent = cue.sent
    asked = sent[-1].text == "?" and q.end <= sent.end_char
    return asked and subj is not None and any(a.i < subj.i for a in aux)


def framed_gerund(q: Quote, index, lex) -> bool:
    """Speech only: a gerund cue under a word that is no verb ('stopped short of calling for …', 'her habit of
    praising …', 'made no apologies for accusing …') tells of a stance or a habit, not of words said on an
    occasion; PolNeAR's broad attributions keep it, with the holder `speakers.gerund_frame` finds."""
    if q.kind != "indirect" or not q.cue or _broad(lex):
        return False
    cue = _cue_token(index, q)
    return cue is not None and cue.tag_ == "VBG" and gerund_frame(cue) is not None


def _guessed(cue, aux) -> bool:
    """'would' with a guess ('many would likely point out that …', 'she would probably say that …')."""
    return any(a.lower_ == "would" for a in aux) and \
        any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in cue.children)


def _under_possible(cue) -> bool:
    """A cue with no subject of its own that tells how or on what assumption a verb under could/might/may would
    happen: a by-phrase ('Lund could do this by telling Kell that …') or a participle before its verb ('Assuming
    that Kell wins, she might …'); not a participle after it ('Kell could not hide her anger, saying that …': said)."""
    if any(c.dep_ in _SUBJECTS for c in cue.children):
        return False
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ == "by":
        verb = cue.head.head
    elif cue.dep_ == "advcl" and cue.i < cue.head.i:
        verb = cue.head
    else:
        return False
    kids = list(verb.children) if verb.pos_ in ("VERB", "AUX") else []
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in kids) and not any(c.dep_ == "neg" for c in kids)


_HOLDERS = frozenset({"person", "organization", "state"})


def sourceless_stance(q: Quote, index, ctx, lex) -> bool:
    """An indirect belief, accusation or request (a cue that is no verb of saying) with no one to hold it: a belief
    whose speaker is no named person, organisation or state, an accusation or request whose speaker is no actor
    (module note). Run after the speaker passes, on the speakers they settled."""
    if q.kind != "indirect" or not q.cue or q.cue == "according to" or _broad(lex):
        return False
    cue = _cue_token(index, q)
    lemma = cue.lemma_.lower() if cue is not None else ""
    if not lemma or lemma in lex.speech:
        return False
    kind = next((a.kind for a in ctx.actors if a.id == q.speaker), None) if q.speaker else None
    if lemma in lex.cognition:
        return kind not in _HOLDERS
    return kind is None and (lemma in lex.accuse or lemma in lex.request)


_QUESTION_WORDS = frozenset({"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"})


def asked_not_told(q: Quote, index, lex) -> bool:
    """A question's content ("Kell asked whether the levy would pass", "Lund wondered how the council could pay"):
    an asking verb with an embedded question reports no statement (speech only). A request stays ("asked the
    council to drop the levy"), and so does the question's use for turn-taking: this runs after the speaker passes."""
    if q.kind != "indirect" or not q.cue or _broad(lex):
        return False
    cue = _cue_token(index, q)
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cue.lemma_.lower()  # question_cues holds written forms ("asked", "wondered", "inquired")
    if not (cue.lower_ in lex.question_cues or f"{lemma}ed" in lex.question_cues or f"{lemma}d" in lex.question_cues):
        return False
    first = index.at(q.start)
    if first is None:
        return False
    opener = index.doc[first.i - 1] if first.i > 0 and first.lower_ not in _QUESTION_WORDS else first
    return opener.lower_ in _QUESTION_WORDS and opener.i > cue.i


def unsourced_report(q: Quote, lex) -> bool:
    """An indirect report (speech only) whose speaker no reading of the text gives, after every speaker pass: a
    sentence that names no one ("Later, after the vote, said that …") or whose subject the parser lost. The
    product tells who said what; a report of no one's words is left out. Quoted words stay quotes."""
    return q.kind == "indirect" and q.speaker_text is None and not _broad(lex)


def measured_source(q: Quote, ctx, lex) -> bool:
    """'according to' a poll, data or a document no organisation or state wrote (module note)."""
    if q.kind != "indirect" or q.cue != "according to" or _broad(lex) or not q.speaker_text:
        return False
    last = q.speaker_text.split()[-1].lower().strip(".,’'")
    if last in lex.measurement_nouns:
        return True
    if last not in lex.document_nouns or q.speaker_start is None:
        return False
    return not any(q.speaker_start <= m.start < q.speaker_end for a in ctx.actors
                   if a.kind in ("organization", "state") for m in a.mentions)


def headline_object(q: Quote, text: str, index, lex) -> bool:
    """An indirect report in a title-case line whose content has no subject of its own (module note)."""
    if q.kind != "indirect" or _broad(lex) or not title_line(q, text, lex):
        return False
    first, last = index.at(q.start), index.at(max(q.start, q.end - 1))
    if first is None or last is None:
        return False
    return not any(t.dep_ in _SUBJECTS for t in index.doc[first.i:last.i + 1])
