"""Which misinformation entries have no gate (issue 10, new-user batch 81 language-switch-ru wrong: `tax_board_pension`
was recorded, nothing failed). For every scenario misinformation entry: does an agent sentence of its signal (the
scenario's phrase test `match`, up to three) fail a gate (the scenario's or the call model's) when appended to the
middle reply of the scenario's exemplary run? Baseline: the run without it (client lines are a neutral "Selge.").

Run: PYTHONPATH=. python tests/misinformation_gates.py [SCENARIO ...]. Not a test: a measurement."""
import re
import sys
from pathlib import Path

from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library

L = Library.load(Path('.'))
CLIENT = {"et": "Selge.", "ru": "Понятно.", "en": "OK."}

def run(sc, answers):
    turns = []
    for n, a in enumerate(answers):
        turns.append(Turn(role="agent", text=a))
        if n < len(answers) - 1:
            turns.append(Turn(role="client", text=CLIENT.get(sc.language, "OK.")))
    t = Transcript(language=sc.language, channel="phone", context=Context(), turns=turns)
    r = L.score(sc, t)
    return {c['id'] for c in r['criteria'] if c.get('gate_failed') or (c.get('critical') and c.get('result') == 'fail')}

only = set(sys.argv[1:])
nogate = total = 0
for sid, sc in sorted(L.scenarios.items()):
    if not sc.misinformation or (only and sid not in only):
        continue
    ex = next((e for e in sc.examples if e.kind == 'exemplary'), None)
    if ex is None:
        continue
    try:
        base = run(sc, list(ex.answers))
    except Exception as e:
        print(sid, 'ERROR', e)
        continue
    for m in sc.misinformation:
        names = [n for n in re.findall(r'(?<![\w(])(?<!not )([a-z][a-z0-9_]*)\b(?!\()', m.when) if n not in ('and', 'or', 'not')]
        pos = [n for n in names if not re.search(r'not\s+' + n + r'\b', m.when)]
        sents = []
        for n in pos:
            pt = sc.tests.get(n) if isinstance(sc.tests, dict) else None
            if pt and pt.match:
                sents = list(pt.match)
                break
        total += 1
        if not sents:
            print(f"{sid} {m.id}: NO TEST SENTENCE (if: {m.when})")
            continue
        answers = list(ex.answers)
        k = len(answers) // 2
        gated = []
        for s in sents[:3]:
            a2 = answers[:k] + [answers[k] + " " + s] + answers[k + 1:]
            gated.append(sorted(run(sc, a2) - base))
        if not any(gated):
            nogate += 1
        print(f"{sid} {m.id}: {'NO GATE' if not any(gated) else 'gated'} {gated} base={sorted(base)}")
print(f"{nogate} of {total} entries: no gate fails on their own test sentences")
