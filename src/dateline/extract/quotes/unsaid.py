"""Reports of words nobody said (issue 10, speech only): hypothetical speech, findings of polls and data, and
headline fragments.

- Hypothetical speech: a reporting verb in a condition ("If Kell says that …"), in a yes/no question ("Will Kell
  argue that …?") or under a modal of possibility ("Kell could argue that …", "she might claim that …") tells of
  words that may never be said. "would" is left alone (it also narrates: "Kell would later say that …"), and so
  are obligations, as in `unreal.py` ("Kell must confirm that …" keeps a speech verb's reading).
- "according to" a measurement ("according to a Lantern poll", "according to state data") or to a document no
  organisation wrote ("according to the study") is a finding, as "a poll found that …" is (`turns.not_speech`).
- A headline's object reading ("Kell Slams Marek Over Levy" → "Marek Over Levy") is a fragment of the line: in a
  title-case line an indirect report must be a clause with its own subject ("Kell Says Levy Is Theft").

Words in quotation marks stay quotes (someone wrote them), and PolNeAR-style attributions (the learned cue on)
count all three, so none of this runs there.
"""
from __future__ import annotations

from ...record import Quote
from .turns import _cue_token, title_line

_CONDITIONS = frozenset({"if", "unless"})
_POSSIBLE = frozenset({"could", "might", "may"})
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
    aux = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i]
    if any(a.lower_ in _POSSIBLE for a in aux):
        return True
    subj = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    sent = cue.sent
    asked = sent[-1].text == "?" and q.end <= sent.end_char
    return asked and subj is not None and any(a.i < subj.i for a in aux)


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
