"""How well event dates are read, measured on hand-dated training events.

    python scripts/date_eval.py                     # every dated event of training/events/dates_*.jsonl
    python scripts/date_eval.py --json out.json     # also every outcome row
    python scripts/date_eval.py --set dates_s6      # one label file only (--misses prints its misses)
    python scripts/date_eval.py --articles ../shared/eval/seed ../shared/eval/dev eval/validation_s18
                                                    # article-level gold: matched events and the gold evidence,
                                                    # by the rule that dated them (blind sets refused; the
                                                    # lead: --lead-blind, aggregate lines only)

`training/events/dates_*.jsonl` give, for hand-labelled training events (not evaluation data), the date
on which each event happened, its slack and the annotator's basis (explicit, context, peg, publication,
relative, none), written by annotators who never saw Dateline's output on those documents
(`training/events/DATES_GUIDE.md`): `dates_s6` (142 PolNeAR train documents; rules were written from its
misses) and `dates_s10_s11` (20 Wikinews sample, TR-News and PolNeAR train documents labelled in session 11
before Dateline ran on them; a check set: read its figures, not its misses). Figures are printed for all
labels and for each file. Each document is run through the whole pipeline
(`role_eval.run_document`, same parse cache), and for each dated event:

Held-out files (`dates_s35.jsonl`: PolNeAR train articles labelled in session 35 before Dateline ran on them,
DATES_S35.md) are scored only when named (`--set dates_s35`), figures only (`--misses` refuses them). Spent sets,
scored by default and open to `--misses`: `dates_fresh` (118 events of 10 PolNeAR dev articles, session 11, spent in
session 12), `dates_s13` (120 events of 11 PolNeAR dev articles, session 13, spent in session 20) and `dates_s20`
(11 PolNeAR train articles, session 20, spent in session 33), `dates_s34` (14 PolNeAR train articles, session 34,
spent in session 35), `dates_s37` (27 PolNeAR train articles labelled in session 37 as training rows for the learned
date choice, DATES_S37.md).
Its records carry no sentence ids: `source` (a path under ../shared/data), `start` / `end` (character offsets
of `trigger` in that file) and no event type; the publication date is the one in the document id.

- *candidate date*: the date the events stage's dating gives (`dating.event_date`) to the candidate whose
  trigger overlaps the labelled trigger — measured whether or not the stage keeps the event, so that the
  dating is judged on every labelled event it could date;
- *event date*: the date of the Dateline event whose trigger overlaps the labelled trigger, after
  restatement merging (only for covered events — what the scorer sees);
- *every event*: the candidate date where there is a candidate, else the date `dating.event_date` gives a
  stand-in candidate (the labelled trigger's head word, anchored on its clause verb; inside a direct
  quotation, on the quotation's reporting verb, as the speech events are) — dating judged on all dated
  labels, not only on those the coder found.

Also printed: the modality of every covered labelled event of those documents against its label.

A date is right as in ../shared/eval/score.py (`date_ok`): inside the labelled date's span widened by
its slack. Events labelled `null` (no way to date them) are left out, as the scorer leaves them out.
The publication date for every event is reported as the baseline.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
SPEECH_TYPES = ("ACCUSE", "SUPPORT", "REJECT")  # the judgements speech.py reads in quotations


def interval(value: str | None) -> tuple[date, date] | None:
    """ISO date, week, month or year → (first day, last day), as the scorer reads it."""
    v = (value or "").split("T")[0]
    try:
        if len(v) == 8 and v[4:6] == "-W":
            d = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return d, d + timedelta(days=6)
        if len(v) == 10:
            d = date.fromisoformat(v)
            return d, d
        if len(v) == 7:
            d = date(int(v[:4]), int(v[5:7]), 1)
            nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            return d, nxt - timedelta(days=1)
        if len(v) == 4:
            return date(int(v), 1, 1), date(int(v), 12, 31)
    except ValueError:
        return None
    return None


def date_ok(value: str | None, gold: str, slack: int) -> bool:
    gi, si = interval(gold), interval(value)
    if not gi or not si:
        return False
    pad = timedelta(days=slack or 0)
    return si[0] >= gi[0] - pad and si[1] <= gi[1] + pad


HELD_OUT = ("dates_s35",)  # label files scored only when named, figures only (dates_s34 spent in session 35)


def load_dates(wanted: str | None = None) -> dict[str, dict]:
    """Labels by event id of one label file (`wanted`), or of every file that is not held out."""
    out = {}
    for path in sorted((ROOT / "training/events").glob("dates_*.jsonl")):
        if path.stem != wanted and (wanted is not None or path.stem.startswith(HELD_OUT)):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["event"]] = {**d, "set": path.stem}
    return out


def sentence_labels(d: dict, text: str, dates: dict):
    """(event id, date label, event label, trigger span) of each labelled event of a sentence-referenced
    document that has a date label and whose trigger is found in the text."""
    from role_eval import locate, locate_sentence

    for s in d["sentences"]:
        s_lo = locate_sentence(text, s["text"], s["start"])
        if s_lo is None:
            continue
        s_hi = s_lo + len(s["text"])
        for i, lab in enumerate(s["events"]):
            gold = dates.get(f"{s['id']}#{i}")
            span = locate(text, lab["trigger"], s_lo, s_hi, s_lo) if gold is not None else None
            if span is not None:
                yield f"{s['id']}#{i}", gold, {**lab, "sentence": s["text"]}, span


def judge(d: dict, text: str, ctx, items: list, dates: dict, modality: list) -> list[dict]:
    """One row per dated labelled event of the document; (labelled, output) modality pairs of every
    covered labelled event are appended to `modality`."""
    rows = []
    for key, gold, lab, span in sentence_labels(d, text, dates):
        events = [e for e in ctx.events if e.trigger and e.trigger.start < span[1] and span[0] < e.trigger.end]
        if events and lab.get("modality"):
            modality.append((lab["modality"], events[0].modality))
        if gold.get("date"):
            row = outcome(gold, span, lab.get("type"), ctx, items)
            rows.append({**row, "id": key, "doc": d["doc"], "trigger": lab["trigger"], "sentence": lab["sentence"]})
    return rows


def outcome(gold: dict, span: tuple[int, int], etype: str | None, ctx, items: list) -> dict:
    """How the candidate, the output event and the stand-in (`every event`) date one labelled event."""
    from date_shows import shows
    from dateline.extract.events.dating import event_date

    cands = [c for c, _ in items if span[0] <= c.trigger.idx < span[1]]
    events = [e for e in ctx.events if e.trigger and e.trigger.start < span[1] and span[0] < e.trigger.end]
    cand_date = event_date(ctx.doc, ctx, cands[0])[0] if cands else None
    cv = cand_date.value if cand_date else None
    stand_in = cands[0] if cands else stand_in_candidate(ctx, span, etype)
    av = event_date(ctx.doc, ctx, stand_in)[0] if stand_in is not None else None
    av = av.value if av else None
    path = date_path(ctx, stand_in, av)
    ev = events[0].date.value if events and events[0].date else None
    slack = gold.get("date_slack_days") or 0
    return {"set": gold["set"], "basis": gold.get("basis", "?"), "gold": gold["date"], "slack": slack,
            "published": ctx.article.date,
            "candidate": cv, "candidate_ok": date_ok(cv, gold["date"], slack) if cands else None,
            "event": ev, "event_ok": date_ok(ev, gold["date"], slack) if events else None,
            "publication_ok": date_ok(ctx.article.date, gold["date"], slack),
            "any": av, "any_ok": date_ok(av, gold["date"], slack) if stand_in is not None else None,
            "precision": cand_date.precision if cand_date else None, "path": path,
            "shows": shows(ctx, stand_in) if path == "reference" else None,
            "cause": None if stand_in is None or date_ok(av, gold["date"], slack)
            else miss_cause(ctx, stand_in, av, gold["date"], slack, path)}


def miss_cause(ctx, cand, value: str | None, gold: str, slack: int, path: str) -> str:
    """Why a date is wrong, in aggregate terms: the rule that dated it and which way it erred ('reference: gold
    older' is the story's recent day given to an older act), then where a time that would be right sits in the text
    (`_gold_place`). Gold coarser than a day read as a day is 'granularity'."""
    g, v = interval(gold), interval(value)
    if g is None or v is None:
        return f"{path}: no date"
    way = "gold older" if g[1] < v[0] else "gold newer" if g[0] > v[1] else "coarser"
    gran = {10: "day", 8: "week", 7: "month", 4: "year"}.get(len(gold.split("T")[0]), "?")
    rule = path.split("+")[0]
    kind = f"{rule}: {way}" + (f" ({gran})" if gran != "day" else "")
    return f"{kind} | {_gold_place(ctx, cand, gold, slack)}" + (" | merged" if path.endswith("+merged") else "")


def _gold_place(ctx, cand, gold: str, slack: int) -> str:
    """Where the nearest time that would date the event right is: 'own clause' (hangs from the trigger's clause),
    'sentence', 'paragraph before', 'earlier', 'later', 'publication' (none in the text, publication fits) or
    'not in text'."""
    from dateline.extract.events.dating import attached_to

    if cand is None:
        return "no candidate"
    right = [t for t in ctx.times if t.value and date_ok(t.value, gold, slack)]
    if not right:
        return "publication" if date_ok(ctx.article.date, gold, slack) else "not in text"
    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    if any(attached_to(ctx.doc, t, anchor, cand.trigger) for t in right):
        return "own clause"
    sent, text = anchor.sent, ctx.article.text
    if any(sent.start_char <= t.start < sent.end_char for t in right):
        return "sentence"
    before = [t for t in right if t.end <= sent.start_char]
    if any("\n" not in text[t.end:sent.start_char] for t in before):
        return "paragraph before"
    return "earlier" if before else "later"


def date_path(ctx, cand, value: str | None) -> str:
    """The rule of `dating.rule_date` that dated a candidate ("attached", "sentence", "peg", "reference",
    "publication", ...), "model" where the learned choice replaced it."""
    from dateline.extract.events.dating import rule_date

    if cand is None:
        return "none"
    got, _, how = rule_date(ctx.doc, ctx, cand)
    return how if (got.value if got else None) == value else "model"


def offset_documents(dates: dict) -> list[dict]:
    """Label records that point into a source file by offsets (no sentence ids), grouped by document."""
    docs: dict[str, dict] = {}
    for key, g in dates.items():
        if "start" in g and "source" in g:
            docs.setdefault(g["doc"], {"doc": g["doc"], "source": g["source"], "labels": []})["labels"].append((key, g))
    return [docs[k] for k in sorted(docs)]


def judge_offsets(d: dict, shared: Path, model, knowledge, recorder, cache) -> list[dict]:
    """Rows for one offset-referenced document (`offset_labels`)."""
    ctx, items, found = offset_labels(d, shared, model, knowledge, recorder, cache)
    return [{**outcome(g, span, None, ctx, items), "id": key, "doc": d["doc"], "trigger": g["trigger"], "sentence": ""}
            for key, g, span in found if g.get("date")]


def offset_labels(d: dict, shared: Path, model, knowledge, recorder, cache) -> tuple:
    """(context, recorded candidates, [(event id, label, trigger span)]) for one offset-referenced document: run
    the pipeline on the source file (publication date from the document id) and find each trigger in the
    normalised text near its offset."""
    import re

    from role_eval import locate, parse_cached

    from dateline.ingest import make_article
    from dateline.ingest.normalize import normalize_text
    from dateline.pipeline import run_stages

    raw = (shared / "data" / d["source"]).read_text(encoding="utf-8")
    published = re.search(r"\d{4}-\d{2}-\d{2}", d["doc"])
    article = make_article(raw, source=d["doc"], id=d["doc"], date=published.group(0) if published else None)
    recorder.items, recorder.finder = [], None
    ctx = run_stages(article, parse_cached(model, article.text, cache), knowledge)
    found = []
    for key, g in d["labels"]:
        if raw[g["start"]:g["end"]] != g["trigger"]:
            raise SystemExit(f"{key}: trigger not at its offsets in {d['source']}")
        near = len(normalize_text(raw[:g["start"]]))
        span = locate(article.text, g["trigger"], max(0, near - 200), near + 200 + len(g["trigger"]), near)
        if span is not None:
            found.append((key, g, span))
    return ctx, list(recorder.items), found


def stand_in_candidate(ctx, span, etype):
    """A candidate for a labelled event the coder has none for: the trigger's head word, anchored on its
    clause verb; a judgement (ACCUSE, SUPPORT, REJECT) inside a direct quotation with a speaker is anchored
    on the quotation's reporting verb, as the speech events are."""
    from dateline.extract.events.speech import reporting_verb
    from dateline.extract.events.triggers import Candidate

    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return None
    trigger = words.root
    anchor = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), trigger)
    quote = None if etype not in SPEECH_TYPES else next((q for q in ctx.quotes if q.kind == "direct" and q.speaker_start is not None
                  and q.start <= trigger.idx < q.end), None)
    verb = reporting_verb(ctx.doc, quote) if quote is not None else None
    if verb is not None and verb.sent == trigger.sent:
        trigger = anchor = verb
    return Candidate(etype or "ACCUSE", None, trigger, anchor, "stand-in", {})


def summarise(rows: list[dict]) -> dict:
    def acc(rs, key):
        judged = [r[key] for r in rs if r[key] is not None]
        return {"n": len(judged), "acc": round(sum(judged) / len(judged), 3) if judged else None}

    by_basis = defaultdict(list)
    for r in rows:
        by_basis[r["basis"]].append(r)
    out = {"all": {k: acc(rows, k) for k in ("candidate_ok", "event_ok", "any_ok", "publication_ok")}}
    for b, rs in sorted(by_basis.items()):
        out[b] = {k: acc(rs, k) for k in ("candidate_ok", "event_ok", "any_ok", "publication_ok")}
    return out


def by_path(rows: list[dict], key: str = "any_ok", path: str = "path") -> dict[str, tuple[int, int]]:
    """Rule that dated the event -> (right, judged), over the rows judged by `key`."""
    out: dict[str, list[int]] = {}
    for r in rows:
        if r.get(key) is not None:
            cell = out.setdefault(r.get(path) or "none", [0, 0])
            cell[0] += int(r[key])
            cell[1] += 1
    return {k: tuple(v) for k, v in sorted(out.items(), key=lambda kv: -kv[1][1])}


def print_table(summary: dict) -> None:
    print("Event dates on hand-dated training events (scripts/date_eval.py); accuracy as score.py's date_ok")
    print(f"{'basis':14s} {'candidates':>16s} {'events':>16s} {'every event':>16s} {'publication date':>18s}")
    for basis, s in summary.items():
        cells = [f"{s[k]['acc']} / {s[k]['n']}" for k in ("candidate_ok", "event_ok", "any_ok", "publication_ok")]
        print(f"{basis:14s} {cells[0]:>16s} {cells[1]:>16s} {cells[2]:>16s} {cells[3]:>18s}")


# ---------------------------------------------------------------- article-level gold (GOLD.md)
def article_rows(gold_dirs: list[str], shared: Path, cache: Path | None) -> list[dict]:
    """One row per required, dated gold event of article-level gold sets (a folder of *.gold.json beside its
    texts, or a set with a manifest such as eval/validation_s18; blind sets are refused): whether score.py pairs a
    system event with it, that event's date, whether it is right and the rule that dated it; and the date the rules
    give a stand-in candidate on the gold evidence's head word (`stand_in_candidate`) with its rule — dating
    judged where the annotator read the event, whether or not the coder found it."""
    import importlib.util

    from role_eval import parse_cached

    from dateline import nlp
    from dateline.evaluate.runner import blind_set, dev_set
    from dateline.extract.events import dating
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages
    from dateline.record import ArticleRecord, to_dict

    spec = importlib.util.spec_from_file_location("gold_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    seen: dict[int, tuple] = {}
    original = dating.rule_date

    def recording(doc, ctx, cand):
        got = original(doc, ctx, cand)
        seen[cand.trigger.idx] = (got[2], got[0].value if got[0] else None)
        return got

    rows, groups = [], MergeRecorder()
    for where in gold_dirs:
        gold_set = blind_set(where, shared) if (Path(where) / "manifest.json").exists() else dev_set([where])
        dating.rule_date = recording
        groups.install()
        try:
            for art in gold_set.inputs(options):
                if getattr(art, "id", None) not in gold_set.gold:
                    continue
                seen.clear()
                ctx = run_stages(art, parse_cached(model, art.text, cache), knowledge)
                rec = to_dict(ArticleRecord(article=art, actors=ctx.actors, events=ctx.events, quotes=ctx.quotes,
                                            places=ctx.places, times=ctx.times, claims=ctx.claims))
                rows += _gold_rows(score, gold_set.gold[art.id], rec, ctx, dict(seen), Path(where).name, groups.mentions)
        finally:
            dating.rule_date = original
            groups.remove()
    return rows


class MergeRecorder:
    """Records, for the last article run, the mentions each output event was merged from: {start of the kept
    trigger: [(trigger start, trigger end, the mention's own date value), ...]} (the kept one first)."""

    def __init__(self):
        self.mentions: dict[int, list[tuple]] = {}
        self._original = None

    def install(self):
        from dateline.extract.events import assemble as events  # where the events stage merges restatements

        self._original = original = events.merge_restatements

        def recording(drafts, *args, **kwargs):
            own = {d.triggers[0]: d.event for d in drafts}
            merged = original(drafts, *args, **kwargs)
            self.mentions = {}
            for d in merged:
                evs = [own[t] for t in d.triggers if t in own and own[t].trigger is not None]
                if d.event.trigger is not None:
                    self.mentions[d.event.trigger.start] = [
                        (e.trigger.start, e.trigger.end, e.date.value if e.date else None) for e in evs]
            return merged
        events.merge_restatements = recording

    def remove(self):
        from dateline.extract.events import assemble as events

        if self._original is not None:
            events.merge_restatements, self._original = self._original, None


def _gold_rows(score, gold: dict, rec: dict, ctx, seen: dict, set_name: str, mentions: dict | None = None) -> list[dict]:
    """Rows of one article (`article_rows`); `mentions` as `MergeRecorder.mentions`."""
    from date_shows import shows
    from dateline.extract.events.dating import event_date

    text, gev, sev = rec["article"]["text"], gold.get("events", []), rec["events"]
    taken: set = set()
    g_at = [score.locate(text, ge.get("evidence") or "", taken) for ge in gev]
    s_at = [score.sys_span(text, se.get("evidence") or {}) for se in sev]
    pairs = score.best_matching(gev, sev, lambda ge, se: score.event_matches(rec, se, ge),
                                lambda gi, si: int(bool(g_at[gi] and s_at[si] and score.cover(g_at[gi], s_at[si]))))
    rows = []
    for gi, ge in enumerate(gev):
        if ge.get("optional") or not ge.get("date"):
            continue
        row = {"set": set_name, "doc": rec["article"]["id"], "gold": ge["date"], "slack": ge.get("date_slack_days") or 0,
               "published": rec["article"].get("date"), "matched": gi in pairs, "event_ok": None, "any_ok": None}
        if gi in pairs:
            se = sev[pairs[gi]]
            value = (se.get("date") or {}).get("value")
            how, ruled = seen.get((se.get("trigger") or {}).get("start"), ("none", None))
            row.update(event=value, event_ok=bool(score.date_ok(se.get("date"), ge)),
                       event_path=how if ruled == value else f"{how}+merged",
                       same_place=bool(g_at[gi] and s_at[pairs[gi]] and score.cover(g_at[gi], s_at[pairs[gi]])))
            if not row["same_place"]:
                row.update(_elsewhere(score, ge, se, g_at[gi], sev, mentions or {}))
            trig = se.get("trigger") or {}
            if not row["event_ok"] and trig.get("start") is not None:
                row["event_cause"] = miss_cause(ctx, stand_in_candidate(ctx, (trig["start"], trig["end"]), se.get("type")),
                                                value, ge["date"], row["slack"], row["event_path"])
        words = ctx.doc.char_span(*g_at[gi], alignment_mode="expand") if g_at[gi] else None
        cand = stand_in_candidate(ctx, (words.start_char, words.end_char), ge["type"]) if words is not None else None
        if cand is not None:
            got = event_date(ctx.doc, ctx, cand)[0]
            row.update(any=got.value if got else None, path=date_path(ctx, cand, got.value if got else None),
                       any_ok=bool(score.date_ok({"value": got.value} if got else None, ge)))
            if row["path"] == "reference":
                row["shows"] = shows(ctx, cand)
            if not row["any_ok"]:
                row["cause"] = miss_cause(ctx, cand, row["any"], ge["date"], row["slack"], row["path"])
        rows.append(row)
    return rows


def _elsewhere(score, ge: dict, se: dict, at, sev: list, mentions: dict) -> dict:
    """Why a gold event was paired with a system event read elsewhere: `merged` (a mention of that event at the
    gold evidence was merged into it; `mention_ok`: would that mention's own date be right), `other` (a system
    event, or a mention merged into one, at the gold evidence that did not pair) or `none` (nothing read there)."""
    def inside(start):
        return bool(at) and at[0] <= start < at[1]

    own = mentions.get((se.get("trigger") or {}).get("start"), [])
    here = [m for m in own[1:] if inside(m[0])]
    if here:
        return {"elsewhere": "merged", "mention_ok": bool(score.date_ok({"value": here[0][2]} if here[0][2] else None, ge))}
    starts = [m[0] for ms in mentions.values() for m in ms] or [(e.get("trigger") or {}).get("start", -1) for e in sev]
    return {"elsewhere": "other" if any(inside(s) for s in starts) else "none"}


def print_articles(rows: list[dict]) -> None:
    from date_shows import print_split

    print("Article-level gold (GOLD.md): matched = the system event score.py pairs with a required dated gold event;"
          " at evidence = a stand-in candidate on the gold evidence")
    for name in sorted({r["set"] for r in rows}):
        rs = [r for r in rows if r["set"] == name]
        mt = [r for r in rs if r["matched"]]
        same = [r for r in mt if r.get("same_place")]
        print(f"  {name}: dated gold {len(rs)}; matched {sum(r['event_ok'] for r in mt)} / {len(mt)} right "
              f"(read at the gold place {sum(r['event_ok'] for r in same)} / {len(same)}, elsewhere "
              f"{sum(r['event_ok'] for r in mt if not r.get('same_place'))} / {len(mt) - len(same)}); at evidence "
              f"{sum(bool(r['any_ok']) for r in rs)} / {sum(r['any_ok'] is not None for r in rs)}")
        print(f"    matched by rule: {by_path(mt, 'event_ok', 'event_path')}")
        away = [r for r in mt if not r.get("same_place")]
        print("    matched elsewhere, by what was read at the gold evidence (right / paired, stand-in there right):",
              {k: (sum(r["event_ok"] for r in group), len(group), sum(bool(r["any_ok"]) for r in group))
               for k in ("merged", "other", "none") if (group := [r for r in away if r.get("elsewhere") == k])},
              f"merged mention's own date right {sum(bool(r.get('mention_ok')) for r in away)}")
        print(f"    at evidence by rule: {by_path(rs)}")
    print_causes(rows, "event_cause", "matched events' date misses by cause")
    print_causes(rows, "cause", "date misses at the gold evidence by cause")
    print_split(rows)


def print_causes(rows: list[dict], key: str, title: str) -> None:
    """Counts of `miss_cause` over the rows (all sets pooled)."""
    counts = Counter(r[key] for r in rows if r.get(key))
    print(f"  {title} ({sum(counts.values())}):")
    for cause, n in counts.most_common():
        print(f"    {n:3d}  {cause}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data directory")
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache", help="parse cache directory ('' = none)")
    ap.add_argument("--json", help="write the figures and every outcome row here")
    ap.add_argument("--misses", action="store_true", help="print every wrongly dated event (training text)")
    ap.add_argument("--set", help="only the labels of training/events/<SET>.jsonl")
    ap.add_argument("--articles", nargs="+", metavar="GOLD_DIR", help="article-level gold instead (GOLD.md): "
                    "folders of *.gold.json beside their texts or sets with a manifest (eval/validation_s18); "
                    "blind sets are refused")
    ap.add_argument("--lead-blind", action="store_true", help="the lead only, at a milestone: allow blind sets with "
                    "--articles, figures only (no --json)")
    args = ap.parse_args(argv)
    if args.articles:
        for where in args.articles:
            blind = Path(where).resolve().name.startswith("blind") or Path(where).resolve().parent.name.startswith("blind")
            if blind and not (args.lead_blind and not args.json):
                raise SystemExit(f"{where}: blind sets are scored by the lead only (--lead-blind, figures only)")
        rows = article_rows(args.articles, Path(args.shared), Path(args.cache) if args.cache else None)
        print_articles(rows)
        if args.json:
            Path(args.json).write_text(json.dumps({"rows": rows}, indent=1), encoding="utf-8")
        return 0

    from date_shows import print_split
    from role_eval import DatedTexts, Recorder, labelled_documents, run_document

    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    if args.misses and (args.set or "").startswith(HELD_OUT):
        raise SystemExit(f"{args.set} is held out: figures only, no --misses")
    dates = load_dates(args.set)
    if not dates:
        raise SystemExit(f"no training/events/{args.set or 'dates_*'}.jsonl: nothing to measure")
    wanted = {d["doc"] for d in dates.values()}
    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    texts = DatedTexts(Path(args.shared))
    recorder = Recorder()
    recorder.install()
    cache = Path(args.cache) if args.cache else None
    rows, modality = [], []
    for d in labelled_documents():
        if d["doc"] not in wanted:
            continue
        text, ctx, items, _ = run_document(d, texts, model, knowledge, recorder, cache)
        rows += judge(d, text, ctx, items, dates, modality)
    for d in offset_documents(dates):
        rows += judge_offsets(d, Path(args.shared), model, knowledge, recorder, cache)
    summary = summarise(rows)
    sets = sorted({r["set"] for r in rows})
    if args.misses:
        for r in (r for r in rows if r["any_ok"] is False):
            print(f"{r['id']} {r['basis']} gold {r['gold']}±{r['slack']} published {r['published']} -> {r['any']} ({r['path']})"
                  f" [{r['trigger']}] {r['sentence'][:160]!r}")
    print_table(summary)
    for name in sets if len(sets) > 1 else ():
        cells = summarise([r for r in rows if r["set"] == name])["all"]
        print(f"  {name}: " + " / ".join(f"{cells[k]['acc']} ({cells[k]['n']})" for k in
                                         ("candidate_ok", "event_ok", "any_ok", "publication_ok")))
    pairs = Counter(modality)
    right = sum(n for (g, o), n in pairs.items() if g == o)
    print(f"modality of covered labelled events: {right} / {sum(pairs.values())} right;",
          "confusions (label -> output):", {f"{g}->{o}": n for (g, o), n in pairs.most_common() if g != o})
    print("events dated:", len(rows), "| bases:", dict(Counter(r["basis"] for r in rows)))
    print("every event by the rule that dated it (right, judged):", by_path(rows))
    print_causes(rows, "cause", "every event's date misses by cause")
    print_split(rows)
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
