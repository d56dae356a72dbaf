"""window_s37: prints every span text[start:end] of mentions.tsv and checks labels, articles and counts
(adapted from window_s27/check.py: also checks that every article is a PolNeAR train article published inside
the window, that every event has two reporting articles or more, and that no span is blank).
python3 check.py [--quiet]   (texts: $POLNEAR_TEXT or /work/shared/data/polnear/train/text;
metadata: $POLNEAR_META or /work/shared/data/polnear/metadata.tsv, skipped when absent)"""
import csv, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.environ.get('POLNEAR_TEXT', '/work/shared/data/polnear/train/text')
META = os.environ.get('POLNEAR_META', '/work/shared/data/polnear/metadata.tsv')
WINDOW = ('2016-07-22', '2016-08-11')
quiet = '--quiet' in sys.argv

def rd(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))

arts = {r['article']: r for r in rd('articles.tsv')}
events = {r['label']: r for r in rd('events.tsv')}
ments = rd('mentions.tsv')
confs = rd('conflicts.tsv')
errors = 0
if os.path.exists(META):
    with open(META, encoding='utf-8') as f:
        meta = {r['filename']: r for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)}
    for a, r in arts.items():
        m = meta.get(a)
        if m is None or m['compartment'] != 'train' or m['publisher'] != r['outlet'] \
                or m['publication_date'] != r['date'] or r['file'] != a + '.txt':
            print('ERROR article not a matching PolNeAR train article', a); errors += 1
        if not WINDOW[0] <= r['date'] <= WINDOW[1]:
            print('ERROR article outside the window', a, r['date']); errors += 1
by_label = defaultdict(set)
seen = set()
for r in ments:
    a, lab = r['article'], r['label']
    if a not in arts:
        print('ERROR article not in articles.tsv', a); errors += 1; continue
    if lab not in events:
        print('ERROR label not in events.tsv', lab); errors += 1
    if (lab, a) in seen:
        print('ERROR two rows for one label and article', lab, a); errors += 1
    seen.add((lab, a))
    text = open(os.path.join(TEXT, arts[a]['file']), encoding='utf-8').read()
    s, e = int(r['evidence_start']), int(r['evidence_end'])
    if not (0 <= s < e <= len(text)):
        print('ERROR bad span', r); errors += 1; continue
    if not text[s:e].strip():
        print('ERROR blank span', r); errors += 1
    by_label[lab].add(a)
    if not quiet:
        print('%-42s %-52s %s' % (lab, a, text[s:e].replace('\n', ' ')))
for lab, ev in events.items():
    n = len(by_label[lab]); no = len(set(arts[a]['outlet'] for a in by_label[lab]))
    if n != int(ev['n_articles']) or no != int(ev['n_outlets']):
        print('ERROR counts', lab, n, ev['n_articles'], no, ev['n_outlets']); errors += 1
for lab in events:
    if len(by_label[lab]) < 2:
        print('ERROR event reported by fewer than two articles', lab); errors += 1
for c in confs:
    for k in ('article_a', 'article_b'):
        if c[k] not in arts:
            print('ERROR conflict article', c[k]); errors += 1
used = set(a for s in by_label.values() for a in s) | set(c['article_a'] for c in confs) | set(c['article_b'] for c in confs)
for a in arts:
    if a not in used:
        print('note: article with no mention or conflict', a)
multi = [l for l in events if len(by_label[l]) >= 2]
kinds = defaultdict(int)
for c in confs:
    kinds[c['kind']] += 1
outl = defaultdict(int)
for a in arts.values():
    outl[a['outlet']] += 1
print('articles %d, outlets %d %s' % (len(arts), len(outl), dict(sorted(outl.items()))))
print('events %d (reported by >=2 articles: %d; by >=2 outlets: %d; by >=3 outlets: %d), mentions %d' % (
    len(events), len(multi), sum(int(events[l]['n_outlets']) >= 2 for l in events),
    sum(int(events[l]['n_outlets']) >= 3 for l in events), len(ments)))
print('conflicts %d %s' % (len(confs), dict(kinds)))
print('errors', errors)
