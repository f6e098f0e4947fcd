"""Spoken checks about the person the call is about («а мама уже в пенсионном возрасте», "ja ema elab üksi"): a
statement of that person's situation that the client's yes or no shows was asked (blind round 28).

`is_check_statement` reads checks about the client ("вы ...", "te ..."); a caller who rings about their mother is
asked about her just as well. Whether it was a question is decided by the reply, as for any check statement."""

from __future__ import annotations

from .lexicon import ru_parse
from .normalize import fold, tokenize_cached

__all__ = ["about_named_person"]

# the person asked about, as the subject (nominative), with the client's possessive before it (folded)
_KIN = {"ru": frozenset("""мама мать отец папа сын дочь дочка муж жена бабушка дедушка брат сестра ребёнок ребенок""".split()),
        "et": frozenset(fold(w) for w in "ema isa poeg tütar mees abikaasa laps vanaema vanaisa vend õde".split())}
_POSSESSIVE = frozenset("ваша ваш ваши твоя твой teie sinu".split())
# what may lead the check: the asking «а», "and", a filler
_LEADS = frozenset("а и так ну ja aga no nii".split())
# the agent speaking of itself, advice, a modal or what will be done: an answer or a step, not a check (folded)
_NOT_CHECK = frozenset(fold(w) for w in """я мне меня мы нам нас можете можно нужно надо должна должен должны следует
    будет будут получит получат придёт придет придут не нет ли
    ma mina mul minu me meie meil saab saate võib võite peab peate tuleb tulevad vaja makstakse hakkab ei kas""".split())
_LONGEST = 10


def _same_person(word: str, said: set[str], lang: str) -> bool:
    if lang == "ru":
        lemma = {p.normal_form for p in ru_parse(word)[:1]}
        return any(w[:3] == word[:3] or {p.normal_form for p in ru_parse(w)[:1]} == lemma for w in said)
    return any(w[:3] == word[:3] for w in said)


def about_named_person(sentence: str, lang: str, said: set[str]) -> bool:
    """Could this unpunctuated statement be a yes/no check of the situation of the person the client rang about
    («а мама уже в пенсионном возрасте», «отец живёт один», "ja ema elab üksi")? The person (a kinship noun,
    maybe after «ваша»/"teie") opens it after at most two lead words and is one the client named (``said``: the
    client's folded words so far); three to ten words, no number, nothing of the agent itself, no advice, modal,
    future, negation or imperative («мама получит пособие вместе с пенсией» tells what will happen: no check)."""
    if lang not in _KIN or any(ch.isdigit() for ch in sentence):
        return False
    words = [t.norm for t in tokenize_cached(sentence) if t.is_word]
    if not 3 <= len(words) <= _LONGEST or any(w in _NOT_CHECK for w in words):
        return False
    k = 0
    while k < 2 and k < len(words) and words[k] in _LEADS:
        k += 1
    if k < len(words) and words[k] in _POSSESSIVE:
        k += 1
    if k >= len(words) - 1 or words[k] not in _KIN[lang] or not _same_person(words[k], said, lang):
        return False
    if lang == "ru":
        for w in words[k + 1:]:
            tag = ru_parse(w)[0].tag if ru_parse(w) else None
            if tag is not None and tag.POS == "VERB" and ("futr" in tag or "impr" in tag or "1per" in tag):
                return False
    else:
        from .statements import et_first_person_verb

        if any(w.endswith(("ge", "ke")) or et_first_person_verb(w) for w in words[k + 1:]):
            return False
    return True
