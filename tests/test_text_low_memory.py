"""The low-memory backend (TRAINER_TEXT_LOW_MEMORY=1) gives the same answers on core cases."""

import json
import os
import subprocess
import sys

SCRIPT = r"""
import json
from trainer.text import PhraseSet, find_informal_address, lemmas
out = {
    "isikukood": [m.quote for m in PhraseSet(["isikukood"], "et").find_all("Palun öelge oma isikukoodi, isikukodi.")],
    "diacritics": [m.quote for m in PhraseSet(["üksi elava pensionäri toetus"], "et").find_all(
        "uksi elava pensionari toetus")],
    "compound": [m.quote for m in PhraseSet(["pension"], "et").find_all("Vanaduspensioni ja rahvapensionit")],
    "negated": [m.negated for m in PhraseSet(["toetus"], "et").find_all("Te ei saa toetust. Jäite toetuseta.")],
    "ru": [m.quote for m in PhraseSet(["Департамент социального страхования"], "ru").find_all(
        "из Департамента социального страхования")],
    "informal": [m.quote for m in find_informal_address("Kas sa saad? Kas Te saate? Oota!", "et")],
    "lemmas": sorted(lemmas("pensionari", "et")),
}
print(json.dumps(out, ensure_ascii=False))
"""


def run(low_memory: bool) -> dict:
    env = dict(os.environ, TRAINER_TEXT_LOW_MEMORY="1" if low_memory else "0")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120,
                          cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_low_memory_same_core_answers():
    low = run(True)
    assert low == run(False)
    assert low["isikukood"] == ["isikukoodi", "isikukodi"]
    assert low["negated"] == [True, True]
    assert low["informal"] == ["sa", "saad", "Oota"]
