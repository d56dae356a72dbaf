"""Issue 9, session 34: the report reading of a labelled sentence (batch m) and what reads it. Invented sentences."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_labels", ROOT / "scripts/event_study/check_labels.py")
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)

TEXT = "Mayor Lund urged the council to resign."


def test_a_report_reading_names_its_cue_and_speaker_from_the_sentence():
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund", "carries": True}, TEXT) == []
    assert checker.report_problems({"cue": "urged", "speaker": "", "carries": False}, TEXT) == []
    assert checker.report_problems({"cue": "said", "speaker": "Mayor Lund", "carries": True}, TEXT)  # not there
    assert checker.report_problems({"cue": "", "speaker": "Mayor Lund", "carries": True}, TEXT)
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund", "carries": "yes"}, TEXT)
    assert checker.report_problems({"cue": "urged", "speaker": "Mayor Lund"}, TEXT)


def test_the_checker_takes_a_record_with_or_without_a_report_reading():
    import hashlib
    refs = [{"id": "s0", "source": "x", "doc": "d", "start": 0, "end": len(TEXT),
             "sha1": hashlib.sha1(TEXT.encode()).hexdigest()[:12]}]

    class Texts:
        def get(self, source, doc):
            return TEXT

    modes = {"REQUEST": {"", "change"}}
    ev = {"type": "REQUEST", "mode": "change", "also": [], "trigger": "urged", "source": "Mayor Lund",
          "target": "the council", "modality": "asserted"}
    plain = {"id": "s0", "events": [ev], "uncertain": False}
    read = dict(plain, report={"cue": "urged", "speaker": "Mayor Lund", "carries": True})
    assert checker.check([plain], refs, Texts(), modes) == []
    assert checker.check([read], refs, Texts(), modes) == []
    assert checker.check([dict(plain, report={"cue": "told"})], refs, Texts(), modes)
    assert checker.check([dict(plain, other=1)], refs, Texts(), modes)
