"""The agent narrating its own acts in the call, in the first person, instead of doing them (new-user batch 64).

A scenario's goals turned into the first person („Täpsustan enne vastamist, mis juhtus, ja märkan, et ...“, „Suunan
viisakalt Tervisekassasse ja annan kontakti“, «Объясняю клиенту, что ...») read like speech, yet they tell the caller
nothing: they are a commentary on the call, said to no one. :func:`narrates_own_acts` reads a sentence that speaks
to no one on the line (no polite "you", no verb of it, no question) as such a commentary when a first-person verb of
what the agent does in a call (explain, clarify, refer, answer, notice, calm ...):

- has "the client" in the third person as its object or addressee ("suunan kliendi ...", „selgitan kliendile“,
  «объясняю клиенту, что ...», «направлю клиентку»): the caller talked about, not to (the past, "ütlesin kliendile",
  is talk to a colleague and stays as `unaddressed._third_person` reads it);
- goes with a grade of the agent's own service in its clause ("viisakalt", "õigesti", "korrektselt", «вежливо», «правильно»):
  nobody tells the caller they answer correctly; "ausalt", "rahulikult" («честно», «спокойно») are how a real
  agent announces a hard truth („Ütlen ausalt: ...“) and do not count, nor does a grade of an infinitive beside it
  (the aim: «Чтобы ответить правильно, уточню ...», typed without commas too);
- is one of a chain of such verbs: three in one sentence (a checklist: "täpsustan, suunan ja vastan") or two in the
  past ("täpsustasin ja suunasin", «уточнила и направила»), a report of the call's own stages.

One such verb announcing what follows is a real act: „Selgitan Teile, kuidas ...“, "Ma suunan Teid Töötukassasse",
«Сейчас объясню: ...», „Täpsustan, et pension makstakse 5. kuupäeval“, "Küsin kolleegilt ja vastan kirjaga"
(asking a colleague is no stage of the call). The pasted goal word for word in another verb form is
`author_text.pasted_author_text`'s, by lemma, when it opens with such a verb of a stage
(:func:`opens_with_own_stage`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.addressed import YOU_PRONOUNS, polite_you
from trainer.scoring.finite_verbs import et_finite, sentence_language
from trainer.text.lexicon import first_lemma as _lemma
from trainer.text.lexicon import ru_parse

__all__ = ["narrates_own_acts", "opens_with_own_stage"]

#: verbs of what the agent does in a call (lemmas, folded): with the client as object or a grade of service
CALL = {
    "et": frozenset("""selgitama utlema tapsustama kusima nimetama pakkuma suunama rahustama tuvastama teavitama
        markama vastama julgustama juhatama eristama tutvustama hoiatama andma edastama""".split()),
    "ru": frozenset("""объяснить объяснять разъяснить разъяснять пояснить пояснять сказать говорить уточнить уточнять
        спросить спрашивать назвать называть предложить предлагать направить направлять перенаправить успокоить
        успокаивать сообщить сообщать рассказать рассказывать заметить замечать ответить отвечать
        идентифицировать установить предупредить предупреждать дать давать""".split()),
}
#: the stages of the call among them, whose chain reports the call's own course („täpsustasin, suunasin ja vastasin“)
_STAGES = {
    "et": frozenset("""selgitama tapsustama suunama rahustama tuvastama markama vastama julgustama juhatama eristama
        tutvustama""".split()),
    "ru": frozenset("""объяснить объяснять разъяснить разъяснять уточнить уточнять направить направлять перенаправить
        успокоить успокаивать заметить замечать ответить отвечать идентифицировать установить""".split()),
}
#: a grade of the agent's own service, beside the verb
_GRADE = {
    "et": frozenset("""viisakalt oigesti korrektselt empaatiliselt lugupidavalt sobralikult professionaalselt
        taktitundeliselt""".split()),
    "ru": frozenset("""вежливо корректно правильно эмпатично уважительно доброжелательно профессионально
        тактично""".split()),
}
#: the person on the line in the third person
_CLIENT = {
    "et": re.compile(r"^(?:klient|kliendi|klienti|helistaja|helistajat|poorduja|poordujat)"
                     r"(?:le|lt|ga|st|s|ks|ni)?$"),
    "ru": re.compile(r"^(?:клиент|клиентк|звонящ|обративш)[а-яё]{0,4}$"),
}
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
#: how far after the verb its object stands ("suunan siis kliendi", «объясняю сейчас клиенту»)
_OBJECT_SPAN = 3


def first_person(word: str, norm: str, lang: str, i_said: bool) -> str:
    """"present" (the present or future), "past" or "" for a word that is no first-person verb."""
    if lang == "ru":
        parses = ru_parse(word.lower())
        tag = parses[0].tag if parses else None
        if tag is None or tag.POS != "VERB" or "impr" in tag:
            return ""
        if "1per" in tag:  # «мы предлагаем клиенту ...» is the agency's voice, read as `unaddressed` reads it
            return "present" if "sing" in tag else ""
        return "past" if "past" in tag and "plur" not in tag and i_said else ""
    if len(norm) < 5 or not et_finite(word):
        return ""
    if norm.endswith("sin"):
        return "past"
    # the singular only: „anname teavet ja pakume kliendile ...“ is the agency's voice (unaddressed._third_person)
    return "present" if norm.endswith("n") else ""


_CLAUSE_MARKS = frozenset(",;:–—()-")


def _clause_of(tokens, words) -> list[int]:
    """The clause number of each word: the sentence's commas, colons, semicolons, dashes and brackets part them."""
    out, clause, k = [], 0, 0
    for tok in tokens:
        if tok.is_word:
            out.append(clause)
            k += 1
        elif tok.text in _CLAUSE_MARKS and k:
            clause += 1
    return out[:len(words)]


def _beside_infinitive(words, j: int, lang: str) -> bool:
    """Does the grade at ``words[j]`` go with an infinitive beside it («Чтобы ответить правильно уточню ...», „et
    õigesti vastata“): the aim of an act, not a grade of it?"""
    for k in (j - 1, j + 1):
        if not 0 <= k < len(words):
            continue
        if lang == "ru":
            parses = ru_parse(words[k].norm)
            if parses and parses[0].tag.POS == "INFN":
                return True
        elif words[k].norm.endswith(("da", "ta")) and _lemma(words[k].text, lang).endswith("ma"):
            return True
    return False


@lru_cache(maxsize=16_384)
def narrates_own_acts(sentence: str, lang: str) -> bool:
    """Does the sentence narrate the agent's own acts in the first person, speaking to no one (module doc)?"""
    lang = sentence_language(sentence, lang)
    if lang not in CALL or tx.is_question(sentence, lang):
        return False
    plain = _QUOTED.sub(" ", sentence)
    words = [t for t in tx.tokenize_cached(plain) if t.is_word]
    norms = [tx.fold(t.norm) for t in words]
    if any(n in YOU_PRONOUNS[lang] for n in norms) or any(polite_you(t, lang) for t in words):
        return False
    if lang == "ru" and any(p.tag.POS == "VERB" and "impr" in p.tag and "plur" in p.tag
                            for t in words for p in ru_parse(t.norm)[:1]):
        return False  # «обратитесь в Кассу»: said to the caller
    i_said = "я" in norms
    acts: list[tuple[int, str, str]] = []  # (position, tense, lemma)
    for k, tok in enumerate(words):
        tense = first_person(tok.text, norms[k], lang, i_said)
        if tense and (lemma := _lemma(tok.text, lang)) in CALL[lang]:
            acts.append((k, tense, lemma))
    if not acts:
        return False
    clause = _clause_of(tx.tokenize_cached(plain), words)
    for k, tense, _ in acts:
        if tense == "present" and any(_CLIENT[lang].match(n) for n in norms[k + 1:k + 1 + _OBJECT_SPAN]):
            return True
        if any(clause[j] == clause[k] and norms[j] in _GRADE[lang] and not _beside_infinitive(words, j, lang)
               for j in range(len(words))):
            return True
    stages = [tense for _, tense, lemma in acts if lemma in _STAGES[lang]]
    return len(stages) >= 3 or stages.count("past") >= 2


#: how far into the sentence its opening verb stands („Kõigepealt ma täpsustan ...“)
_OPENING = 3


def opens_with_own_stage(sentence: str, lang: str) -> bool:
    """Does the sentence open with a first-person verb of a stage of the call („Täpsustan enne vastamist ...“,
    «Объясняю, что ...»)? A goal pasted in that form is the call narrated (`author_text`); a first-person act of
    another kind („Teatan tõrkest kohe IT-toele“: the agent's promise) is no stage."""
    lang = sentence_language(sentence, lang)
    if lang not in _STAGES:
        return False
    words = [t for t in tx.tokenize_cached(_QUOTED.sub(" ", sentence)) if t.is_word][:_OPENING]
    i_said = any(tx.fold(t.norm) == "я" for t in words)
    return any(first_person(t.text, tx.fold(t.norm), lang, i_said) and _lemma(t.text, lang) in _STAGES[lang]
               for t in words)
