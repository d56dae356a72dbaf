"""The scores of `score()` as a plain-text report (what `dateline eval` prints)."""
from __future__ import annotations

from typing import Any

HEADLINE = ("events_prf", "events_date_acc", "events_modality_acc", "quotes_prf", "quotes_speaker_acc",
            "times_prf", "times_value_acc", "actors_found", "actors_country_acc", "actors_sector_acc",
            "provenance_acc", "conflicts_recall")


def _counts(row: dict[str, int]) -> str:
    return "; ".join(f"{k} {v}" for k, v in row.items())


def _event_types(result: dict[str, Any]) -> list[str]:
    lines = ["events by PLOVER type:", f"  {'type':<10} {'P':>5} {'R':>5} {'F1':>5}  {'gold':>4} {'sys':>4}"]
    for k, (p, r, f, gold_n, sys_n) in result["events_by_type"].items():
        lines.append(f"  {k:<10} {p:.3f} {r:.3f} {f:.3f}  {gold_n:>4} {sys_n:>4}")
    return lines


def _event_errors(result: dict[str, Any]) -> list[str]:
    lines = [f"missed gold events, by what the system put on their evidence: "
             f"{_counts(result['events_missed_by_cause'])}",
             f"false positives: {_counts(result['events_false_positives'])}",
             "wrong-type matches (gold type -> system type on the same evidence):"]
    wrong = result["events_wrong_type"]
    lines.append("  " + (", ".join(f"{pair} {c}" for pair, c in wrong.items()) if wrong else "none"))
    return lines


def format_report(result: dict[str, Any]) -> str:
    """The scores as a plain-text report: headline figures, then per-type event figures and errors."""
    lines = [f"articles scored: {result['articles']} (missing from output: {result['missing']})", ""]
    for k in HEADLINE:
        v = result[k]
        if isinstance(v, (tuple, list)):
            v = f"P {v[0]:.3f}  R {v[1]:.3f}  F1 {v[2]:.3f}"
        lines.append(f"  {k:<24} {v}")
    lines += ["", *_event_types(result), "", *_event_errors(result), ""]
    lines.append("event precision by confidence band (precision, events):")
    for band, (p, n) in result["events_precision_by_confidence"].items():
        lines.append(f"  {band}  {'-' if p is None else f'{p:.3f}'}  {n}")
    if result.get("events_reliability"):
        lines.append("event reliability (band: events, mean confidence, share right; "
                     f"expected calibration error {result['events_calibration_error']}):")
        for band, (n, conf, share) in result["events_reliability"].items():
            lines.append(f"  {band}  {n:4d}  {conf:.3f}  {share:.3f}")
    return "\n".join(lines)
