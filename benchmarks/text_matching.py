"""Text-analysis hot path: turns/s for the scorer's bundle of checks (a benchmark, not a test).

    python benchmarks/text_matching.py

Requirement: >= 200 transcripts/s of 10-20 turns on one core, i.e. ~3000 turns/s for the
whole bundle below. Measured on the dev box: ~6500 turns/s warm, ~4000 cold.
"""

import time

from trainer.text import PhraseSet, find_fact, find_informal_address, is_question, split_sentences

TURNS = [
    "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?",
    "Palun öelge oma isikukood, et olla kindel, et räägin Teiega.",
    "Saan aru, et see on Teile oluline. Vabandan ebamugavuste pärast.",
    "Teie pension makstakse viiendal kuupäeval. Kokkuvõtteks: raha tuleb esmaspäeval.",
    "Kas see vastas Teie küsimusele? Kas saan veel millegagi aidata?",
    "Aitäh, et helistasite! Kõike head!",
    "Taotluse saate esitada iseteeninduses, digiallkirjastatud e-kirjaga voi kontoris.",
    "Uksi elava pensionari toetus on 200 eurot ja see makstakse oktoobris.",
] * 40
PHRASES = ["tere", "tere päevast", "sotsiaalkindlustusamet", "isikukood", "kahju kuulda", "vabandan",
           "saan aru", "kokkuvõtteks", "kas see vastas", "kõike head", "iseteenindus", "pension", "toetus",
           "taotlus", "ootele", "elusolekutõend", "töötukassa", "aitäh", "head päeva", r"re:\b1610\d\b"]


def main() -> None:
    sets = [PhraseSet(PHRASES[i:i + 4], "et") for i in range(0, 20, 4)] + [PhraseSet(PHRASES, "et")]

    def score(text):
        for ps in sets:
            ps.find_all(text)
        find_informal_address(text, "et")
        for _, _, sentence in split_sentences(text):
            is_question(sentence, "et")
        find_fact(text, "860 eurot", "et")

    start = time.perf_counter()
    for text in TURNS[:8]:  # first sight of every word: lemma look-ups, fuzzy candidates
        score(text)
    cold = 8 / (time.perf_counter() - start)
    for text in TURNS:  # warm the caches
        score(text)
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for text in TURNS:
            score(text)
        best = max(best, len(TURNS) / (time.perf_counter() - start))
    print(f"cold (first sight of the words): {cold:,.0f} turns/s")
    print(f"warm (best of 3 x {len(TURNS)} turns): {best:,.0f} turns/s  "
          f"(~{best / 15:,.0f} transcripts/s of 15 turns; target 200/s needs ~3,000 turns/s)")


if __name__ == "__main__":
    main()
