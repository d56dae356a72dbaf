"""Time the times and places extractors per article against bare spaCy parsing (a stage-level speed check).

usage: python scripts/stage_speed.py

Parses the bundled Wikinews sample (repeated 4 times) once, then times extract_times and
extract_places alone (best of 3), reported in ms per article and as a fraction of nlp time per article.
"""
import json
import time
from pathlib import Path
from dateline import nlp
from dateline.extract import Context
from dateline.extract.times import extract_times
from dateline.extract.places import extract_places
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.record import Article
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "wikinews-politics-sample.jsonl"
base = [json.loads(line) for line in SAMPLE.read_text().splitlines()]
texts = [(b["text"], b.get("date")) for b in base] * 4
k = load_knowledge(); m = nlp.load(Options().model)
docs = list(m.pipe(t for t, _ in texts))
ctxs = [Context(article=Article(id=str(i), text=t, date=d), doc=doc, knowledge=k) for i, ((t, d), doc) in enumerate(zip(texts, docs))]
t0 = time.perf_counter(); [m(t) for t, _ in texts[:20]]; t_nlp = (time.perf_counter() - t0) / 20
for name, f in (("times", extract_times), ("places", extract_places)):
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        for doc, ctx in zip(docs, ctxs):
            f(doc, ctx)
        best = min(best, time.perf_counter() - t0)
    print(name, f"{best / len(docs) * 1000:.1f} ms/article", f"{best / len(docs) / t_nlp:.3f} of nlp per article")
