"""Content words of a sentence: its lemmas without stop words (`content_lemmas`), the noun-like topic words of
a client's text, a later sentence restating the earlier informs (`restates`), what a reply takes up of what was
said before it (`takes_up_said`) and a compound ending in a word's stem (`compound_tail`)."""

from __future__ import annotations

from functools import lru_cache

from trainer import text as tx

# the words of a summary cue («итак, подведём итог», "kokkuvõtteks"): they announce a recap, restate nothing
CUE_WORDS = frozenset("итак итог итоги итого подвести резюме резюмировать kokkuvote kokkuvotteks".split())


STOP = frozenset("""olema saama ja ning et kui siis see seda selle need nende oma teie te teil teile teid mina ma
    mul meie me meil ka ei pole veel juba nii kas mis mida kes kus kuidas või aga vaid ainult kohta jaoks
    быть и а но что как это этот эта эти вы ваш ваша вам вас мы нас нам я мне меня не да уже ещё еще так
    для по на в с к о от до при или же ли если можно нужно надо конечно хорошо ладно понятно спасибо пожалуйста
    vaja voib muidugi selge jah palun aitah tanan hasti""".split())


@lru_cache(maxsize=20_000)
def content_lemmas(sentence: str, language: str) -> list[frozenset[str]]:
    out = []
    for t in tx.tokenize_cached(sentence):
        if t.is_word and len(t.norm) >= 4 and t.norm not in STOP:
            lem = tx.lemmas(t.text, language)
            if not (lem & STOP):
                out.append(lem)
        elif t.text[:1].isdigit():
            out.append(frozenset({t.text}))
    return out


@lru_cache(maxsize=20_000)
def topic_words(text: str, language: str) -> frozenset[str]:
    """Noun-like content lemmas (>= 5 letters) of a client's text."""
    out: set[str] = set()
    for lem in content_lemmas(text, language):
        if not verbal(lem):
            out |= {x for x in lem if len(x) >= 5}
    return frozenset(out)


_GREETING_LEMMAS = frozenset("tere tervist здравствуйте здравствовать привет hello".split())


def verbal(lemmas: frozenset[str]) -> bool:
    """A verb (Estonian ma-infinitive, Russian infinitive) or a greeting: no topic of its own."""
    return bool(lemmas & _GREETING_LEMMAS) or any(
        x.endswith(("ть", "ться", "чь")) or (len(x) > 3 and x.endswith("ma")) for x in lemmas)


def restates(sentence: str, pool: frozenset[str], language: str, drop_cues: bool = False) -> bool:
    """A later sentence that takes up the earlier informs: >= 3 content words shared, >= 35 % of its own
    (with ``drop_cues``, not counting the words of a summary cue: «итак, подведём итог» restates nothing)."""
    if tx.is_question(sentence, language):
        return False
    words = [lem for lem in content_lemmas(sentence, language) if not (drop_cues and lem & CUE_WORDS)]
    if len(words) < 3:
        return False
    shared = sum(1 for lem in words if lem & pool)
    return shared >= 3 and shared >= 0.35 * len(words)



_TAKEN_UP = 2


def compound_tail(word: str, stems: set[str]) -> bool:
    """Does the word end in one of the stems (five letters) after three letters or more, before at most a
    case ending: "elusolekutõendit" ends in "tõend"?"""
    for stem in stems:
        k = word.find(stem, 3)
        if k >= 3 and len(word) - k - 5 <= 4:
            return True
    return False


def takes_up_said(an, i: int, a: int, text: str) -> bool:
    """Does the text take up what the agent said after the client first spoke and before position ``a`` of agent unit
    ``i``, in two or more content words of any earlier sentence, an inform or not (a terse reply may say it without a
    verb: "enne perearst, siis taotlus meile")? A verbless recap ("Kokku: pension 7. või 8. detsembril.") sums up
    what was said; one over a point never said ("Kokku: toetus 50 eurot kuus.") sums up nothing."""
    first_client = next((k for k, t in enumerate(an.turns) if t.role == "client"), len(an.turns))
    pool: set[str] = set()
    for j in an.agent_indexes:
        if j > i:
            break
        if j < first_client:
            continue
        for p, _, sentence in an.sentences(j):
            if j < i or p < a:
                for lem in content_lemmas(sentence, an.language):
                    pool |= lem
    # a noun of the recap said before as the head of an Estonian compound: "Kokku: määrus meile" after
    # "kohtumäärust pole meile saadetud" (new-user batch 72 terse)
    long_words = {w for w in pool if len(w) >= 8} if an.language == "et" else set()
    return sum(1 for lem in content_lemmas(text, an.language)
               if lem & pool or (not verbal(lem) and any(
                   compound_tail(w, {x[:5] for x in lem if len(x) >= 5}) for w in long_words))) >= _TAKEN_UP
