"""The claims lexicon (`knowledge/data/claim_lexicon.json`)."""
from __future__ import annotations


class ClaimLexicon:
    """Cue words, frame words, synonym groups and antonym pairs that claims are read with."""

    def __init__(self, d: dict):
        s = lambda k: set(d.get(k, []))  # noqa: E731
        self.request, self.speech, self.cognition = s("request_cues"), s("speech_cues"), s("cognition_cues")
        self.deny, self.accuse, self.frame = s("deny_cues"), s("accuse_cues"), s("frame_words")
        self.opinion, self.intention = s("modal_opinion"), s("intention_aux")
        self.report_np = s("report_np_cues")
        self.assert_verbs, self.deny_objects = s("assert_verbs"), s("deny_objects")
        self.epistemic = s("epistemic_frames")
        self.possibility, self.opinion_verbs = s("modal_possibility"), s("opinion_verbs")
        self.canon: dict[str, str] = {}
        for group in d.get("synonyms", []):
            for w in group:
                self.canon.setdefault(w, group[0])
        self.antonyms = [(set(a), set(b)) for a, b in d.get("antonyms", [])]


def load(source=None) -> ClaimLexicon:
    """The claims lexicon from a DataSource (default: the packaged files)."""
    from . import PACKAGED
    return ClaimLexicon((source or PACKAGED).read_json("claim_lexicon.json"))
