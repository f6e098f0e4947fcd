"""Non-answers: agent replies (and sentences) that perform no dialogue act towards the client.

A keyword chain ("Süsteem maas. Tagasihelistamine. Iseteenindus. Kokkuvõtteks."), a one-word question
chain («Что? Когда?»), a reply pasted again, the service standard read aloud ("Alusta tervitusega ...")
and knowledge text about "the client" in the third person say words the scorer looks for without
saying anything *to the client*. See ``/work/shared/notes/dialogue-acts.md``: such a segment has no
functional segment with a finite verb addressed to the partner, so it performs no act.

:func:`find_non_answers` classifies every agent turn of a transcript and returns, per turn, the
sentences that earn nothing and why. :func:`act_text` is the turn's text with those sentences removed:
what positive checks (content and call-model criteria) read. Every decision records its features
(kind, quoted sentence), so the result page can say why.

Kinds:

- ``keyword_chain``: no sentence of the reply has a finite verb, and at least two fragments that are
  not social formulas (greeting, thanks, goodbye, apology, the agent's name, the institution) or
  particles (jah, ei, selge, да, нет ...) remain. One elliptical answer ("30 päeva.") is not a chain.
- ``repeat``: a sentence of at least four words said in an earlier agent reply. A reply that is mostly
  (>= 80 % of its words) repeated is a repeated reply.
- ``agent_instruction``: an instruction addressed to the agent (the service standard): a clause-initial
  2nd person singular imperative in a sentence of the call model's vocabulary ("Alusta tervitusega",
  "Võta kokku"), or a call-model directive ("Tervitage klienti", «Подведите итог», «Установите личность»), or
  the agent narrating its own stage of the call model («Сейчас я выражаю сочувствие», "Nüüd ma väljendan
  kaastunnet"), or a plan or report of its steps (a sentence naming two stages in the first person in a reply
  naming three: "esiteks tuvastan Teid, teiseks kontrollin kontrollnumbrit ... vastan Teie küsimusele").
- ``third_person``: a sentence about "the client" (klient, helistaja, pöörduja; клиент, звонящий,
  обратившийся) in the third person: knowledge text,
  not talk to the person on the line.
- ``reference_text``: a passage of the knowledge base announced as such ("Infoks: ...", «Справка: «...»») and
  read out word for word (`trainer.scoring.reference`).
- ``menu``, ``checklist``: an automated phone menu read to the caller, or the call model ticked off with check
  boxes (`trainer.scoring.prompts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.addressed import addresses_listener
from trainer.scoring.clause_subject import verb_with_subject
from trainer.scoring.memo import HashedTuple
from trainer.scoring.namecheck import checks_name
from trainer.scoring.opening import opening_channel
from trainer.scoring.pointer_list import pointer_list, pointer_neighbour
from trainer.scoring.prompts import FEEDBACK as PROMPT_FEEDBACK
from trainer.scoring.prompts import KINDS as PROMPT_KINDS
from trainer.scoring.prompts import find_machine_prompts
from trainer.scoring.reference import read_to_no_one, reference_sentences
from trainer.scoring.role_narration import narrates_role
from trainer.scoring.transcript import Transcript
from trainer.text.keywords import (
    answers_how_much,
    answers_where,
    copula_dash,
    is_keyword_list,
    questions_in,
    short_check,
    takes_up_question,
    takes_up_stem,
)
from trainer.text.lexicon import dictionary_lemmas, is_verb_lemma, ru_parse
from trainer.text.questions import asks_without_verb

KINDS = ("keyword_chain", "repeat", "agent_instruction", "third_person", "reference_text", *PROMPT_KINDS)

# Concepts whose phrases are social formulas: a verbless "Tere!" or "Aitäh, head päeva!" is an act.
SOCIAL_CONCEPTS = ("greeting", "thanks", "farewell", "empathy", "institution", "offer_help")
_PARTICLES = frozenset(
    """jah ei ja jaa selge hea hasti okei ok muidugi loomulikult tapselt ise palun tere aitah nii hetk
    hetkeks uks hetk oodake teile teid sulle momento момент минутку секунду секундочку вам
    korras olgu tore sobib""".split()
) | frozenset(
    """
    да нет хорошо ясно понятно конечно пожалуйста ок ладно точно спасибо отлично договорились yes no ok sure""".split()
)
# Estonian endings of non-finite verb forms (folded): infinitives, gerund, participles.
_ET_NONFINITE = ("ma", "mas", "mast", "maks", "mata", "da", "ta", "des", "tes", "nud", "tud", "dud",
                 "tav", "dav", "tava", "dava", "mine", "mise")
# Frequent finite forms the dictionary lookup misses or reads as something else.
_ET_FINITE = frozenset(
    """on ei pole oli olid olin olime olite olen oled oleme olete oleks oleksid polnud saab saan saate
    saavad sai tuleb tulevad peab peate pean peavad voib voite voin voivad vaja palun nean naete
    tean teate soovite soovin vaatan kontrollin helistan helistame makstakse makstaks tehakse
    kehtib sobib aitab""".split()
)
_RU_FINITE_POS = frozenset({"VERB", "PRTS", "PRED", "ADJS"})
_RU_FINITE = frozenset("есть нет нужно надо можно нельзя".split())

# Instructions addressed to the agent (the service standard read aloud).
_INSTRUCTION_PHRASES = {
    "et": [
        "=alusta tervitusega", "=alustage tervitusega", "=tervitage klienti", "=tervita klienti",
        "=tutvustage ennast", "=tutvusta ennast", "=nimetage asutus", "=nimeta asutus",
        "=tuvasta helistaja", "=tuvastage helistaja", "=täpsusta vajadust", "=täpsustage vajadust",
        "=võta kokku", "=võtke kokku", "=kontrolli arusaamist", "=kontrollige arusaamist",
        "=lõpeta kõne", "=lõpetage kõne", "=väldi süüdistamist", "=vältige süüdistamist",
        "=selgita lihtsas keeles", "=selgitage lihtsas keeles", "=kasuta teie-vormi", "=kasutage teie-vormi",
        "=näidake empaatiat", "=näita empaatiat", "=väljendage empaatiat", "=pakkuge edasist abi",
    ],
    "ru": [
        "=начните с приветствия", "=поприветствуйте клиента", "=представьтесь", "=назовите учреждение",
        "=установите личность", "=идентифицируйте клиента", "=уточните вопрос", "=уточните потребность",
        "=подведите итог", "=проверьте понимание", "=объясняйте простым языком", "=избегайте обвинений",
        "=завершите разговор", "=проявите эмпатию", "=проявите понимание", "=обращайтесь на вы",
    ],
    "en": ["greet the client", "identify the caller", "sum up", "check understanding", "close the call"],
}
# words for the person on the line in the third person (knowledge text, not talk to them); compounds
# such as "klienditeenindus" are not meant
_CLIENT_WORDS = {
    "et": re.compile(r"^(?:klient|kliendi|klienti|klientide|helistaja|poorduja)"
                     r"(?:le|lt|l|ga|st|s|na|ks|ni|d|t|te|tele|id|ile|il)?$"),
    "ru": re.compile(r"^(?:клиент|звонящ|обративш)[а-яё]{0,4}$"),
    "en": re.compile(r"^(?:client|caller)s?$"),
}
# what completes a thanks formula: «Спасибо за звонок», "Aitäh kõne eest", "Tänan pöördumast"
_FORMULA_TAIL = re.compile(r"(?i)(?<=\s)(?:за\s+(?:звонок|обращение|ожидание|терпение|понимание|вопрос)|"
                           r"(?:kõne|k[oõ]ne|pöördumise|poordumise|ootamise|kannatlikkuse)\s+eest|"
                           r"(?:helistamast|pöördumast|poordumast|ootamast))\b")
_FORMULA_HEAD = re.compile(r"(?i)(?<!\w)(?:veel\s+kord|veelkord|ещё\s+раз|еще\s+раз|once\s+again)(?=\s*,?\s{2,})")
# ... and "veel" right after one ("aitäh veel", "vabandust veel, head päeva" spoken without commas): "again", no topic
_FORMULA_AGAIN = re.compile(r"(?i)(?<=[^\S\n]{2})veel(?!\w)")
# a congratulation said with the goodbye ("palju õnne juba ette sünnipäeva puhul", "õnnitlen Teid juubeli puhul",
# «заранее поздравляю Вас с днём рождения», «с наступающим юбилеем»): a wish, a social formula like "kõike head", not
# a keyword (blind round 17); the occasion named is part of it, nothing else is
_OCCASION_ET = (r"(?:(?:eelseisva|tuleva|saabuva|peatse|lapse|uue|ilusa)\w*\s+)?"
                # the new baby ("palju õnne beebi puhul", «поздравляю с малышом», blind round 29)
                r"(?:s[üy]nnip[äa]ev|juubel|juubeli|s[üy]nni|aasta|aastavahetus|p[üy]h|j[õo]ul|pulm|beebi|tita|titt|"
                r"perelisa|pisikese|"
                r"pensionile\s+j[äa]\w*)\w*(?:\s+puhul)?")
_OCCASION_RU = (r"(?:(?:наступающим|прошедшим|будущим|приближающимся)\s+)?(?:дн[её]м\s+рождения|юбилеем|"
                r"праздник(?:ом|ами)|новым\s+годом|рождеством|рождением\s+\w+|выходом\s+на\s+пенсию|малыш(?:ом|кой)|"
                r"пополнением(?:\s+в\s+семье)?|новорожд[её]нн(?:ым|ой))")
_CONGRATULATION = re.compile(
    r"(?i)(?<!\w)(?:(?:(?:juba|ka|veel)\s+)?(?:palju\s+[õo]nne|[õo]nnitle(?:n|me))"
    r"(?:\s+(?:teid|teile|juba|ette|ka|veel|v[äa]ga))*(?:\s+" + _OCCASION_ET + r")?"
    r"|(?:(?:заранее|уже|также|ещё|еще|от\s+души)\s+)*поздравля(?:ю|ем)"
    r"(?:\s+(?:вас|тебя|заранее|уже|также|ещё|еще|от\s+души))*(?:\s+с\s+" + _OCCASION_RU + r")?"
    r"|(?:заранее\s+)?с\s+" + _OCCASION_RU + r")(?!\w)")


def blank_congratulations(text: str) -> str:
    """The text with its congratulations (`_CONGRATULATION`) blanked out, positions kept."""
    return _CONGRATULATION.sub(lambda m: " " * len(m.group()), text)


_FRAGMENT_SPLIT = re.compile(r"[,;:\n•·–—]+|\s-\s")
# the client addressed by title and surname ("proua Tamm", «госпожа Ермакова») is part of a formula, not a
# keyword: «Спасибо за звонок госпожа Ермакова всего доброго» spoken without commas
_ADDRESS = re.compile(r"(?i)(?<!\w)(?:proua|pr|h[äa]rra|hr|preili|госпож[аеуи]|господин[ау]?|г-жа|г-н)\.?\s+"
                      r"[^\W\d_]+(?:-[^\W\d_]+)?")

FEEDBACK = {
    "keyword_chain": {
        "et": "„{quote}“ ({turn_label}) on märksõnade loend, mitte vastus: lauses pole tegusõna, mis räägiks kliendiga. See ei anna punkte.",
        "ru": "«{quote}» ({turn_label}) – перечень ключевых слов, а не ответ: в нём нет глагола, обращённого к клиенту. Баллов за это нет.",
        "en": "\"{quote}\" ({turn_label}) is a list of keywords, not an answer: no verb addressed to the client. It earns nothing.",
    },
    "repeat": {
        "et": "„{quote}“ ({turn_label}) kordab Teie varasemat vastust. Korduv tekst ei anna uusi punkte; vastake sellele, mida klient just küsis.",
        "ru": "«{quote}» ({turn_label}) повторяет Ваш прежний ответ. Повтор не даёт баллов; отвечайте на то, что клиент только что спросил.",
        "en": "\"{quote}\" ({turn_label}) repeats an earlier reply. Repeated text earns nothing.",
    },
    "agent_instruction": {
        "et": "„{quote}“ ({turn_label}) on juhis teenindajale, mitte lause kliendile. Ärge lugege teenindusstandardit ette – tehke, mida see ütleb.",
        "ru": "«{quote}» ({turn_label}) – инструкция для специалиста, а не фраза клиенту. Не зачитывайте стандарт обслуживания – выполняйте его.",
        "en": "\"{quote}\" ({turn_label}) is an instruction to the agent, not something said to the client.",
    },
    "third_person": {
        "et": "„{quote}“ ({turn_label}) räägib kliendist kolmandas isikus nagu teadmusbaasi tekst. Rääkige kliendiga otse, Teie-vormis.",
        "ru": "«{quote}» ({turn_label}) говорит о клиенте в третьем лице, как текст из базы знаний. Обращайтесь к клиенту напрямую, на «Вы».",
        "en": "\"{quote}\" ({turn_label}) talks about the client in the third person like a knowledge-base text.",
    },
    "reference_text": {
        "et": "„{quote}“ ({turn_label}) loeb ette teadmusbaasi teksti, mitte ei räägi kliendiga. Öelge oma sõnadega, mida see just selle kliendi jaoks tähendab.",
        "ru": "«{quote}» ({turn_label}) зачитывает текст из базы знаний, а не обращается к клиенту. Скажите своими словами, что это значит именно для этого клиента.",
        "en": "\"{quote}\" ({turn_label}) reads out knowledge-base text instead of talking to the client.",
    },
    **PROMPT_FEEDBACK,
}


@dataclass(frozen=True)
class NonAnswer:
    """A sentence (or whole reply) that earns nothing: turn index (0-based), kind and the quoted text."""

    turn: int
    kind: str
    quote: str
    whole_reply: bool = False
    item_list: bool = False  # a sentence listing four or more items (a stuffed list): fails the gate too


@dataclass
class ActAnalysis:
    """Per agent turn: the non-answer findings and the text that still counts."""

    findings: list[NonAnswer] = field(default_factory=list)
    act_texts: dict[int, str] = field(default_factory=dict)

    def replies(self) -> list[NonAnswer]:
        """Findings that make a whole reply a non-answer, or a gaming sentence (instruction, third
        person): what the ``real-answers`` check fails on."""
        return [f for f in self.findings
                if f.whole_reply or f.item_list
                or f.kind in ("agent_instruction", "third_person", "reference_text", *PROMPT_KINDS)]


# -- finite verbs -------------------------------------------------------------------------------


@lru_cache(maxsize=50_000)
def _et_finite(word: str) -> bool:
    low = word.lower()
    norm = tx.fold(low)
    if norm in _ET_FINITE:
        return True
    if len(norm) < 3 or not norm.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    if not readings or not any(is_verb_lemma(lemma) for lemma in readings):
        return _et_inflected_verb(low)
    if any(not is_verb_lemma(lemma) for lemma in readings) and not norm.endswith(("ge", "ke", "takse", "n")):
        return False  # a noun reading too ("maas", "toetus"): not evidence of a verb
    return not norm.endswith(_ET_NONFINITE) or norm.endswith(("vad", "te", "ge", "ke"))


_ET_PERSON_ENDINGS = ("ksime", "ksite", "ksin", "ksid", "sime", "site", "vad", "sin", "sid", "ks", "me", "te",
                      "ge", "ke", "b", "s", "n")


def _et_inflected_verb(low: str) -> bool:
    """A personal verb form the dictionary reads as something else ("vastas" = answered, not "opposite"):
    the stem with the 1sg ending -n is a form of a verb ("vasta" + "n" -> vastama)."""
    from trainer.text.lexicon import _lookup

    for ending in _ET_PERSON_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            lemma = _lookup(stem + "n", "et")
            if lemma is not None and is_verb_lemma(lemma) and _lookup(stem + "ma", "et") == lemma:
                return True
    return False


@lru_cache(maxsize=50_000)
def _ru_finite(word: str) -> bool:
    low = word.lower()
    if low in _RU_FINITE:
        return True
    parses = ru_parse(low)
    if not parses:
        return False
    best = parses[0]
    return (best.is_known and best.tag.POS in _RU_FINITE_POS) or _ru_prefixed_verb(best)


def _ru_prefixed_verb(parse) -> bool:
    """A verb the dictionary lacks, read as a known prefix on a dictionary verb form of four letters or more
    («перепишитесь» = пере + пишитесь, «переоформляйте»): a finite verb like the form it is built on. An unknown
    prefix («куз» + явитесь) guesses, and a noun or participle reading is no verb."""
    if parse.tag.POS != "VERB":
        return False
    stack = getattr(parse, "methods_stack", ())
    if len(stack) != 2 or type(stack[1][0]).__name__ != "KnownPrefixAnalyzer":
        return False
    return type(stack[0][0]).__name__ == "DictionaryAnalyzer" and len(stack[0][1]) >= 4


@lru_cache(maxsize=50_000)
def has_finite_verb(sentence: str, lang: str) -> bool:
    """Does the sentence have a finite verb (a predicate: "makstakse", "on", «выплачена», «нужно»)?"""
    if copula_dash(sentence):
        return True
    lang = sentence_language(sentence, lang)
    check = _ru_finite if lang == "ru" else _et_finite
    words = [tok.text for tok in tx.tokenize(sentence) if tok.is_word]
    return any(check(w) for w in words) or any(_dropped_double_verb(w, lang) for w in words)


_VOWELS = frozenset("aeiouyõäöüаеёиоуыэюя")


@lru_cache(maxsize=50_000)
def _dropped_double_verb(word: str, lang: str) -> bool:
    """A finite verb typed fast with one consonant of a double dropped ("lõpes"/"lopes" for "lõppes", «расчитали»
    for «рассчитали»): doubling one consonant gives a form whose every dictionary reading is a finite verb. Asked only
    of a sentence that has no finite verb as typed, so a real word is never read as another one beside a verb.
    In Russian the word as typed must be unknown to the dictionary; an Estonian word may have a stray reading
    ("lõpes" is listed as a case form of "lõpp") but may not be a base form of its own ("alus", not "allus")."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return False
    if lang == "ru" and (ru_parse(low) or [None])[0] is not None and ru_parse(low)[0].is_known:
        return False
    if lang != "ru" and tx.fold(low) in {tx.fold(lemma.lower()) for lemma in dictionary_lemmas(low, "et")}:
        return False  # a base form ("alus", "kassa") is the word it is, not "allus" typed short
    for k, ch in enumerate(low):
        if ch in _VOWELS or (k + 1 < len(low) and low[k + 1] == ch) or (k and low[k - 1] == ch):
            continue  # already a double; a vowel's length tells words apart ("kulud" costs, "kuulud" belong)
        doubled = low[:k] + ch + low[k:]
        if lang == "ru":
            if _ru_finite(doubled) and ru_parse(doubled)[0].tag.POS == "VERB":
                return True
            continue
        readings = dictionary_lemmas(doubled, "et")
        if readings and all(is_verb_lemma(lemma) for lemma in readings) and _et_finite(doubled):
            return True
    return False


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-zõäöüšžÕÄÖÜŠŽ]")


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def sentence_language(sentence: str, default: str) -> str:
    """The language of one sentence by its script: an Estonian sentence in a Russian call is read as
    Estonian, and the other way round."""
    cyr = len(_CYRILLIC.findall(sentence))
    latin = len(_LATIN.findall(sentence))
    if cyr > latin:
        return "ru"
    if latin > cyr and default == "ru":
        return "et"
    return default


# -- the detector -------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)


def _social_phrases(concepts: dict, lang: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in SOCIAL_CONCEPTS:
        entry = concepts.get(name) or {}
        out += entry.get(lang) or []
    return HashedTuple(out)  # a key of the per-sentence caches below: hashed once per transcript, not per call


def _blank(text: str, spans) -> str:
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            chars[i] = " "
    return "".join(chars)


def _opening_names(text: str, lang: str, concepts: dict) -> frozenset[str]:
    """First names (folded) the agent introduces itself with in a terse opening: a first name right next to
    the institution's name, nothing but punctuation between («здравствуйте, департамент соцстрахования,
    катрин.», "tere, SKA, kertu", "Kertu, SKA, tere"). The greeting criterion reads such a name as the
    agent's own (`greeting._own_name`); it is part of the opening act (greeting, self-introduction), not a
    keyword, also when the name lists do not know it."""
    phrases = tuple(p for names in ((concepts.get("institution") or {}).values()) for p in names)
    return _names_beside(text, lang, phrases) if phrases else frozenset()


@lru_cache(maxsize=4096)  # a pure function of the opening and the institution's names (the same in most calls)
def _names_beside(text: str, lang: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """`_opening_names` for the institution's name phrases."""
    spans = [(m.start, m.end) for m in _phrase_set(phrases, lang).find_all(text)]
    if not spans:
        return frozenset()
    words = [t for t in tx.tokenize(text) if t.is_word]
    out = set()
    for n, tok in enumerate(words):
        if any(a <= tok.start < b for a, b in spans):
            continue
        gap_before = text[words[n - 1].end:tok.start] if n > 0 else ""
        gap_after = text[tok.end:words[n + 1].start] if n + 1 < len(words) else ""
        before = n > 0 and any(a <= words[n - 1].start < b for a, b in spans) and not re.search(r"[.!?]", gap_before)
        after = n + 1 < len(words) and any(a <= words[n + 1].start < b for a, b in spans) \
            and not re.search(r"[.!?]", gap_after)
        if (before or after) and tx.is_first_name(tok.text):  # the name look-up last: it is the costly test
            out.add(tok.norm)
    return frozenset(out)


def _content_fragments(text: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> list[str]:
    """Fragments with content words after social formulas, names and particles are removed."""
    if social:
        found = _phrase_set(social, lang).find_all(text)
        text = _blank(text, found)
        text = _FORMULA_TAIL.sub(lambda m: " " * len(m.group()), text) if found else text
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text) if found else text
        # "veel kord" / «ещё раз» right before a formula repeats it ("Veel kord kaastunne, kõike head.",
        # «Ещё раз спасибо»): part of the formula, not a content word
        text = _FORMULA_HEAD.sub(lambda m: " " * len(m.group()), text) if found else text
        text = _FORMULA_AGAIN.sub(lambda m: " " * len(m.group()), text) if found else text
    text = blank_congratulations(text)
    out = []
    for sentence in (s for _, _, s in tx.split_sentences(text)):
        for fragment in _FRAGMENT_SPLIT.split(sentence):
            words = [t for t in tx.tokenize(fragment) if (t.is_word or t.text[:1].isdigit())
                     and t.norm not in _PARTICLES and t.norm not in names]
            if words:
                out.append(fragment.strip())
    return out


def _keyword_sentence(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """A verbless sentence of one or two content words that is no social formula ("Kokkuvõtteks.");
    an exclamation ("Palju õnne!") or a holding word ("Hetk.") is none."""
    if sentence.rstrip().endswith("!") or has_finite_verb(sentence, lang):
        return False
    words = _words(sentence)
    if words and (words[0] == "kas" or "ли" in words):
        return False  # "kas selge", "kas e-postiga": a yes/no question in its own frame, not a keyword
    if asks_without_verb(list(words), sentence_language(sentence, lang)):
        return False  # «на какой номер звонить», «вопрос про перерасчёт, да?»: a question, however terse
    if len(words) <= 3 and set(words) & _UNDERSTOOD and set(words) <= _UNDERSTOOD | _CHECK_WORDS:
        return False  # «Всё понятно?», «Это понятно?», "Kõik selge?" (spoken without "?" too): a check, not a keyword
    if _confirmation(sentence) or _addressed_question(sentence, lang):
        return False  # "Just nii.", «Да, именно так.»: confirming what the client said; «Вы про пенсию?»
    fragments = _content_fragments(sentence, lang, social, names)
    if not fragments:
        return False
    content = [t for f in fragments for t in tx.tokenize(f) if t.is_word or t.text[:1].isdigit()]
    if content and content[0].is_word and tx.is_first_name(content[0].text) and len(content) <= 2 \
            and all(t.is_word for t in content):
        return False  # the caller's name, with thanks or read back ("Aitäh, Maret Saar.", «Спс. Светлана Кузнецова?»)
    return len(content) <= 2 and not any(t.text[:1].isdigit() for t in content)


_IDENTIFIER_WORD = {
    "et": re.compile(r"isikukood\w*|nimi|nime\w*|perekonnanim\w*|eesnim\w*|sunni(?:kuup|aeg)\w*|aadress\w*|ik"),
    "ru": re.compile(r"код\w*|имя|фамили\w*|адрес\w*"),
}
_NEVER = re.compile(r"(?!)")
# discourse words that take the turn, not topics: «Так.», «Угу.», «Тогда спасибо ...», "Nii.", "Olgu."
_DISCOURSE = frozenset(tx.fold(w) for w in """так тогда угу ага всё все итак хорошо ладно ну вот понял поняла минуточку
    минутку секунду hetk nii noh siis olgu okei hea hästi tore""".split())
# a conjunction left alone between two formulas ("спасибо за звонок, всего доброго и отцу здоровья": blind round 25)
_CONJUNCTIONS = frozenset("и а ning ja".split())


def _bare_word(pool: list[str], lang: str, social: tuple[str, ...], names: frozenset[str]) -> bool:
    """A whole reply of one bare content word, asked or said ("Isikukood?", "Uuesti?", "Iseteenindus.",
    «Фамилия?»), that answers no question of the client: it names a topic and says nothing to the client.
    A check ("Selge?"), a held line ("Hetk."), a yes, a formula or a number ("30 päeva.") is none."""
    if len(pool) != 1 or not _keyword_sentence(pool[0], lang, social, names):
        return False
    content = [t for f in _content_fragments(pool[0], lang, social, names) for t in tx.tokenize(f)
               if t.is_word and t.norm not in _DISCOURSE]
    # a bare identifier ("isikukood", «Имя?») asks for it: an act of identification, however curt
    return len(content) == 1 and content[0].norm not in _CONJUNCTIONS \
        and not _IDENTIFIER_WORD.get(lang, _NEVER).fullmatch(content[0].norm)


def _asked(turn, lang: str) -> bool:
    """Did the client's turn before a reply ask anything: a question, or, in speech without sentence punctuation, an
    interrogative anywhere ("oh jumal ja kuidas ma seda teen mees ajas ...")? A one-word reply to it may be an
    elliptical answer ("iseteeninduses")."""
    if turn is None or turn.role != "client":
        return False
    if "?" in turn.text or questions_in(turn.text, lang):
        return True
    return not re.search(r"[.!?…]", turn.text) \
        and any(t.norm in _ASKING_WORDS for t in tx.tokenize_cached(turn.text) if t.is_word)


# interrogatives anywhere in a client's unpunctuated turn ("oh jumal ja kuidas ma seda teen")
_ASKING_WORDS = frozenset(tx.fold(w) for w in """kas kuidas kus kuhu kust millal miks mis mida kes kellele milline
    mitu kui palju как где куда откуда когда почему зачем что сколько какой какая какие ли""".split())


_UNDERSTOOD = frozenset("selge arusaadav arusaadavad понятно ясно".split())
# «Пока понятно?», "Siiani selge?": so far (new-user batch 35)
_CHECK_WORDS = frozenset("koik kas on sai teile see все всё вам теперь это nuud пока siiani seni".split())
_LABEL = re.compile(r"^\s*\w+\s*:")
# list items are split at commas (not a decimal comma: "702,35"), semicolons, colons and bullets; a dash
# joins a key and its value ("дети – 116 111", "ноябрь 2024 – август 2025") into one item
_ITEM_SPLIT = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·]+")
# words that tie a fragment into a sentence: pronouns (the client, the speaker, what was said) and
# conjunctions or relative words that open a clause; a fragment with one is no list item
_TIES = frozenset("""te teie teil teile teid teilt teiega sa sina sul sinu ma mina mul minu mind me meie meil meid
    ta tema tal tema nad nemad nende see seda selle sellel need neid mis mida kes keda et kui sest kuna ja ning
    aga kuid voi ehk seega siis
    вы вам вас ваш ваша ваше вашей вашего вашу ваши ваших я мне меня мной мы нам нас наш наша он она оно они
    его её ее их ему ей им это этот эта эти этого этой тот та то и а но или как что чтобы если когда поэтому
    потому так хотя который которая которое которые которого которой котором которым да этом этим этих
    эту тем том той ту тех кто где куда откуда почему зачем сколько какой какая какое какие kus kuhu kust
    millal miks kuidas mitu milline""".split())
_MIN_LIST_ITEMS = 4
_KEYWORD_LABEL = re.compile(r"^\s*(?:ключевые\s+слова|markson(?:ad|u)|votmesonad|keywords)\s*:")
# a list that names itself keywords wherever the label stands ("Kõik on lisas, märksõnad on: ekspertarst, vaie,
# ...", "Pension välismaal, elusolekutõend, kontonumber – need on olulised märksõnad", «..., – это ключевые слова»;
# batch 20); one keyword to search by ("leiate kodulehelt märksõnaga „elusolekutõend“") is no list
_KEYWORD_SELF_LABEL = re.compile(r"(?<!\w)(?:ключев\w+\s+слов(?:а|ами)?|markson(?:ad|u|adeks|adele)|"
                                 r"votmeson(?:ad|u|adeks)|keywords)(?!\w)")
# the fields of a record read out instead of speech: «категория: задержка / трудовая книжка / 15 рабочих дней»,
# «статус – проверка, трудовая книжка, ...», "Võtmepunktid: ..." (a ticket filled in aloud; new-user batch 18)
_RECORD_FIELD = re.compile(r"(?:^|[,;(]\s*)(?:ключевые\s+(?:пункты|моменты)|категори[яи]|статус|"
                           r"votmepunkt\w*|kategooria|staatus)\s*[:–—]\s*(?P<rest>[^.!?]*)")
_FIELD_SPLIT = re.compile(r",(?!\d)|(?<!\d),|;|\s/\s")
_MIN_FIELD_ITEMS = 3
# parts of one sentence split by semicolons: the good runs of 42 batches join at most four, the kitchen-sink dumps six
# and more
_MIN_SEMICOLON_ITEMS = 6
# a check tagged on after a comma at a sentence's end: «..., понятно?», "..., selge?"
_TAG_CHECK = re.compile(r",\s*(?:понятно|ясно|хорошо|ладно|верно|да|так|selge|arusaadav|eks|jah|onju|on\s+ju|"
                        r"ok|okei)\s*\?\s*$", re.IGNORECASE)
_MAX_ITEM_WORDS = 5


def _item_list(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str],
               informed: set[str], question: str = "", semicolons: bool = False) -> bool:
    """A sentence that lists items side by side instead of saying something to the client: four or more
    bare items (a noun phrase, a number with its unit, a verb without subject or object, at most five
    words, tied to nothing by a pronoun or a conjunction), three quarters or more of its fragments
    ("Elatisabi 200 eurot kuus, 45 päeva, makseettepaneku määrus, 150 päeva, kohtutäitur", «Россия, 4000
    человек, возобновились, не можем заменить, управа»). A verb among the items ("не можем заплатить")
    does not make the list a sentence. Not a list: items governed by a clause before them ("Kaasa võtke:
    isikut tõendav dokument, arstitõend, ...", «Департамент сам платит пособие ...: 200 евро в год,
    автоматически, без заявления»), nor a recap whose words were mostly said before (a summary), nor a
    list that answers the client's question under its own heading ("какие документы?" - «Документы:
    паспорт, справка врача, номер счёта, заявление.»). With ``semicolons`` (a reply after the opening), a sentence of
    six or more parts joined by semicolons is a list too."""
    found = _list_shape(sentence, lang, social, names, question, semicolons)
    if isinstance(found, bool):
        return found
    stems = found  # a list, unless its words were mostly said before (a summary)
    return not (stems and informed and len(stems & informed) >= 0.5 * len(stems))


@lru_cache(maxsize=16_384)  # a pure function of its arguments (the text, the phrase and name sets, the question)
def _list_shape(sentence: str, lang: str, social: tuple[str, ...], names: frozenset[str],
                question: str, semicolons: bool = False) -> bool | frozenset[str]:
    """`_item_list` up to the last step: True or False, or the list's stems, for the caller to weigh
    against what was said before."""
    if _KEYWORD_LABEL.match(tx.fold(sentence)) and len(_ITEM_SPLIT.split(sentence)) >= 3:
        return True  # «Ключевые слова: уточнение, итог, ...», "Märksõnad: ...": the list says what it is
    if _KEYWORD_SELF_LABEL.search(tx.fold(sentence.lower())) and len(_ITEM_SPLIT.split(sentence)) >= 3:
        return True
    field = _RECORD_FIELD.search(tx.fold(sentence.lower()))
    if field and len([p for p in _FIELD_SPLIT.split(field.group("rest")) if p.strip()]) >= _MIN_FIELD_ITEMS:
        return True
    if semicolons and len([p for p in sentence.split(";") if _words(p)]) >= _MIN_SEMICOLON_ITEMS:
        # every fact as a row of clauses behind semicolons («если пособие переплатили, ...; получатель обязан ...;
        # вернуть можно частями ...; ... выплата 8-го числа»; new-user batch 42): notes, not a sentence to the client,
        # unless it restates what was said (a summary); a plan stuffed into the opening is the opening's own
        # business (its greeting still counts)
        return frozenset(_stems(sentence))
    if sentence.rstrip().endswith("?"):
        tag = _TAG_CHECK.search(sentence)
        if not tag:
            return False
        # a row of keywords ending on a tag check («..., круглосуточно, бесплатно, понятно?", "..., selge?"):
        # the check asks nothing about the items (new-user batch 35); the row before it is judged as a list
        sentence = sentence[:tag.start()]
    if social:
        found = _phrase_set(social, lang).find_all(sentence)
        sentence = _blank(sentence, found)
    fragments = []
    for part in _ITEM_SPLIT.split(sentence):
        words = [t for t in tx.tokenize(part) if (t.is_word or t.text[:1].isdigit())
                 and t.norm not in _PARTICLES and t.norm not in names]
        if words:
            fragments.append((part, words))
    if pointer_list(sentence, lang) and not (question and answers_where(question, [f[0] for f in fragments])):
        # "Kõik on kirjas veebilehel: tõend, ettevõte, omaosalus", "X, Y, Z – kõik on kontrollitud": topics named
        # beside a pointer, even the topic asked about; only channels that answer "kuhu?" are an answer
        return True
    if fragments and question and ((_heading_takes_up(fragments[0][0], _asked_stems(question))
                                    and _set_off_heading(sentence, fragments[0][0]))
                                   or answers_where(question, [f[0] for f in fragments])
                                   or answers_how_much(question, [f[0] for f in fragments])):
        return False  # the list answers what the client asked, led by the word asked about, or the channels
        # that answer "kuhu ...?", "kuidas ...?", «куда ...?», «как ...?», or the sums that answer "palju ...?"
    if len(fragments) > 1 and _LABEL.match(sentence) and len(fragments[0][1]) == 1:
        fragments = fragments[1:]  # "Kokkuvõtteks: ...", «Итак: ...»: a label, not an item
    elif ":" in sentence and _summary_label(sentence.split(":", 1)[0], lang):
        # «Итак, подведу итог: ...»: the label's words are no items either
        head = sentence.index(":")
        fragments = [f for f in fragments if sentence.find(f[0]) > head]
    if len(fragments) < _MIN_LIST_ITEMS:
        return False
    items = clauses = 0
    for n, (part, words) in enumerate(fragments):
        verb = has_finite_verb(part, lang)
        tied = any(t.norm in _TIES for t in words) or (verb and verb_with_subject(part, lang))  # «направляет врач»
        if verb and (n == 0 or (not items and len(words) > 3)) and not (
                _base_form_item(words, lang) and not _set_off_heading(sentence, part)) \
                and not _noun_read_as_verb(part, lang):
            return False  # a clause that governs what follows: "Kaasa võtke: ..."
        if not tied and len(words) <= (3 if verb else _MAX_ITEM_WORDS):
            items += 1
        elif verb:
            clauses += 1
    if items < _MIN_LIST_ITEMS or items < 0.75 * len(fragments) or clauses * 4 > len(fragments):
        return False
    if ":" in sentence and _summary_label(sentence.split(":", 1)[0], lang):
        # the summary's label is no restated word ("kokkuvõtteks: varem = kogu eluks väiksem, ...", new-user batch 38)
        return frozenset(_stems(sentence.split(":", 1)[1]))
    return frozenset(_stems(sentence))


def _summary_label(head: str, lang: str) -> bool:
    """Is the text before a colon a summary label ("Kokkuvõtteks ütlen", «Итак, подведу итог»): an explicit
    summary cue and at most four words?"""
    from trainer.scoring.recap import explicit_cue  # recap uses this module's verb test: import late
    return len(_words(head)) <= 4 and explicit_cue(head, lang)


def _asked_stems(question: str) -> set[str]:
    """Stems of the content words of a client's question (not its question words)."""
    return {t.norm[:5] for t in tx.tokenize(question) if t.is_word and len(t.norm) >= 4
            and t.norm not in _TIES and t.norm not in _PARTICLES}


def _base_form_item(words: list, lang: str) -> bool:
    """A lone word in its dictionary form ("avaldus, register, ..."): a noun that only looks like a verb form
    ("avaldus" is also "it appeared"), an item, not a clause governing the list (new-user batch 30)."""
    from trainer.text.lexicon import dictionary_lemmas
    return len(words) == 1 and words[0].is_word \
        and words[0].norm in {tx.fold(lemma) for lemma in dictionary_lemmas(words[0].text.lower(), lang)}


def _noun_read_as_verb(part: str, lang: str) -> bool:
    """Is every finite verb of an Estonian fragment a noun in its dictionary form that the verb test also reads as
    a past form ("toetus" support / it leaned, "avaldus" statement / it appeared)? Then the fragment names a thing
    ("Üksi elava pensionäri toetus 200 eurot aastas, oktoobri pensioniga, ..."; new-user batch 42) and governs no
    list after it."""
    if sentence_language(part, lang) != "et" or copula_dash(part):
        return False
    verbs = [tok.text.lower() for tok in tx.tokenize(part) if tok.is_word and _et_finite(tok.text)]
    return bool(verbs) and all(
        not any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(w, "et"))
        and tx.fold(w) in {tx.fold(lemma) for lemma in dictionary_lemmas(w, "et")} for w in verbs)


def _set_off_heading(sentence: str, part: str) -> bool:
    """Is the list's first fragment set off as its heading: followed by a colon ("Документы: паспорт, ...") or
    a key with its value after a dash ("Matusetoetus – omavalitsus, ...")? The asked word as the first of a
    row of bare words ("avaldus, rahvastikuregister, automaatne, ...") heads nothing (new-user batch 30)."""
    at = sentence.find(part)
    rest = sentence[at + len(part):].lstrip() if at >= 0 else ""
    return rest.startswith(":") or bool(_HEADING_DASH.search(part))


_HEADING_DASH = re.compile(r"\S\s*[–—]\s*\S|\s-\s")


def _heading_takes_up(heading: str, asked: set[str]) -> bool:
    """Does the first fragment of a list take up a word of the client's question, also as the last part
    of a compound ("palju see toetus on?" - "Lapsetoetus kuus: ...", see `takes_up_stem`)?"""
    return any(t.is_word and len(t.norm) >= 4 and takes_up_stem(t.norm, asked) for t in tx.tokenize(heading))


@lru_cache(maxsize=16_384)  # a pure function of the text (callers only read it)
def _stems(text: str) -> frozenset[str]:
    return frozenset(t.norm[:5] for t in tx.tokenize_cached(text)
                     if (t.is_word and len(t.norm) >= 4) or t.text[:1].isdigit())


def _recap(sentences: list[str], lang: str, summary: tuple[str, ...], informed: set[str],
           social: tuple[str, ...] = ()) -> bool:
    """A verbless summary ("Kokkuvõtteks: vaie 30 päeva jooksul, ...") restating what the agent already
    said in earlier replies is a summary act, not a keyword chain; so is a restatement followed by a short
    check of understanding ("Ehk: vaie 30 päeva, uus info uue taotlusega. Selge?", «... Понятно?»). A
    closing formula is no restated content, also when spoken without "!" («итого справка от врача и
    фирма с договором все понятно спасибо за звонок всего доброго»)."""
    if not summary or not informed:
        return False
    # "Just nii. Kokku: ...", «Да, именно так. Тридцать дней, ...»: confirming the client's own summary
    confirmed = bool(sentences) and _confirmation(sentences[0])
    checks = [s for s in sentences if short_check(s, lang)] + (sentences[:1] if confirmed else [])
    # what is restated: not the check, nor an exclamation ("Aitäh, head päeva!") or a closing formula
    text = " ".join(s for s in sentences if s not in checks and not s.rstrip().endswith("!"))
    if social and text:
        found = _phrase_set(social, lang).find_all(text)
        if found:
            text = _FORMULA_TAIL.sub(lambda m: " " * len(m.group()), _blank(text, found))
    marker = _summary_marker(text, lang, summary)
    if not text.strip() or not (marker or checks):
        return False
    stems = _stems(_blank(text, marker))
    return bool(stems) and len(stems & informed) >= 0.5 * len(stems)


_CONFIRM_WORDS = frozenset("jah jaa just nii tapselt oige oigus kull да именно так верно точно все всё правильно".split())


_YOU_WORDS = frozenset("te teie teil teile teid teilt вы вас вам вами ваш ваша ваше вашей вашего вашу ваши ваших".split())


def _addressed_question(sentence: str, lang: str) -> bool:
    """An elliptical question to the client, of three or more words with "Te"/«Вы» («вы про решение об отказе
    ...?», "Teie ema pensioni kohta?"): it asks, though without a verb. «Что? Когда? Код?» does not."""
    words = _words(sentence)
    return len(words) >= 3 and any(w in _YOU_WORDS for w in words) and (
        sentence.rstrip().endswith("?") or tx.is_question(sentence, lang))


def _confirmation(sentence: str) -> bool:
    """A sentence of confirmation words only ("Just nii.", "jah just nii", «Да, именно так.», «Всё верно.»)."""
    words = [tx.fold(w) for w in _words(sentence)]
    return 1 <= len(words) <= 4 and all(w in _CONFIRM_WORDS for w in words) \
        and any(w not in ("nii", "так", "все", "всё") for w in words)


def _summary_marker(text: str, lang: str, summary: tuple[str, ...]) -> list:
    return [m for m in _phrase_set(summary, lang).find_all(text) if not m.negated] if summary else []


@lru_cache(maxsize=16_384)
def _words(sentence: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit())


@lru_cache(maxsize=16_384)
def _not_addressed(sentence: str, lang: str) -> str:
    """"agent_instruction", "third_person" or "" (a sentence said to the client): the sentence alone
    decides, so it is worked out once per sentence, not once per transcript."""
    if _instruction(sentence, lang):
        return "agent_instruction"
    if _third_person(sentence, lang) or narrates_role(sentence, sentence_language(sentence, lang)):
        return "third_person"
    return ""


def _third_person(sentence: str, lang: str) -> bool:
    """A sentence about "the client" that speaks to no one: knowledge text. One where the speaker says
    "I" or "you" (singular or plural) is talk about a client to a colleague or a mentor ("Sa küsisid
    kliendilt isikukoodi", "Ma ütlesin kliendile summa", «Ты сразу назвала клиенту сумму»): an
    exercise of duties 3.3 and 3.6, not a pasted text."""
    lang = sentence_language(sentence, lang)
    pattern = _CLIENT_WORDS.get(lang, _CLIENT_WORDS["et"])
    tokens = [tok for tok in tx.tokenize(sentence) if tok.is_word]
    said = [k for k, tok in enumerate(tokens) if pattern.match(tok.norm)]
    if not said:
        return False
    if all(_addressee_apposition(tokens, k, lang) for k in said):
        return False  # "öelge oma, st helistaja enda isikukood", «Вы как клиент»: the word names the listener
    if len(tokens) > 1 and tokens[0].norm in _ANSWER_PARTICLES:
        return False  # "Ei, telefonis ei saa helistajat kindlalt tuvastada ...": an answer to the client's question
    if addresses_listener(sentence, lang, lambda tok: bool(pattern.match(tok.norm))):
        return False  # "... helistajat ei saa tuvastada ja uue konto teatate kirjalikult": "you" in a clause of its own
    return not _personal(tokens, lang, sentence)


# the listener named by a second-person word (or the reflexive "oma"/«свой» of a polite imperative) and, in
# apposition right after it, by the word for the caller: "oma, st helistaja enda isikukood", "Teie kui helistaja
# nimi", «Ваш, то есть звонящего, личный код», «Вам как клиенту». Knowledge text names the client as a third
# party beside the listener ("küsige kliendilt", «сообщите клиенту»), never as the listener themself.
_YOU_HEAD = {
    "et": frozenset("oma te teie teil teile teid teilt".split()),
    "ru": frozenset("""свой своя своё свое свою своего своей своим своём своем свои своих вы вас вам вами ваш ваша
        ваше вашу вашего вашей вашему вашим вашем ваши ваших""".split()),
}
_APPOSITION_LINK = {
    "et": (("st",), ("s", "t"), ("ehk",), ("see", "tahendab"), ("tahendab",), ("kui",)),
    "ru": (("то", "есть"), ("т", "е"), ("иначе", "говоря"), ("как",)),
}


def _addressee_apposition(tokens, k: int, lang: str) -> bool:
    """Is the client word at ``tokens[k]`` an apposition to a second-person word just before it (at most the link
    between them: "st", "ehk", "kui"; «то есть», «как»)? "oma" needs "st"/"ehk" ("kus klient oma andmeid näeb" is
    about the client); a link "kui"/«как» needs a pronoun of the polite "you"."""
    heads, links = _YOU_HEAD.get(lang), _APPOSITION_LINK.get(lang, ())
    if not heads:
        return False
    norms = [tx.fold(tok.norm) for tok in tokens]
    for link in links:
        h = k - len(link) - 1
        if h < 0 or tuple(norms[h + 1:k]) != link or norms[h] not in heads:
            continue
        if link in (("kui",), ("как",)) and (norms[h] == "oma" or norms[h].startswith("сво")):
            continue
        return True
    return False


_ANSWER_PARTICLES = frozenset("jah jaa ei да нет yes no".split())
# a client's apology or thanks (folded), which an acceptance («ничего», "pole midagi") answers
_APOLOGY_OR_THANKS = re.compile(r"(?<!\w)(?:извин\w*|простите|прости|прощени\w*|спасибо|благодар\w*|vabanda\w*|"
                                r"andestust|andeks|aitah|tanan|tanud|sorry|thanks?)(?!\w)")
# a confirmation of what the client asked or summed up («Совершенно верно, итог именно такой.», "Täpselt nii."):
# an answer, however few verbs it has
_CONFIRMATION = re.compile(r"^\W*(?:(?:да|jah|jaa)[\s,]+)?(?:(?:совершенно|абсолютно|все|всё)\s+)?"
                           r"(?:верно|правильно|именно\s+так|так\s+и\s+есть)\b"
                           r"|^\W*(?:(?:jah|jaa)[\s,]+)?(?:tapselt|just|oige|nii\s+on)\b"
                           # the client's request reported done ("saadetud, head päeva", «отправлено, всего доброго»)
                           r"|^\W*(?:(?:jah|jaa|да|okei|хорошо)[\s,]+)?(?:(?:on\s+)?(?:saadetud|edastatud|tehtud)|"
                           r"(?:уже\s+)?(?:отправлен[оа]?|выслан[оа]?|сделано|готово|передан[оа]?))\b")


_PERSONAL = {
    "et": frozenset("ma mina mul minul minu mind minult sa sina sul sinul sinu sind sinult me meie meil".split()),
    "ru": frozenset("я мне меня мной мы нам нас ты тебе тебя тобой твой твоя твоё твое твои".split()),
    "en": frozenset("i me my we you your".split()),
}


def _personal(tokens, lang: str, sentence: str) -> bool:
    """Does the sentence speak in the first person or to "you" in the singular (pronoun or personal verb
    form)? Words inside quotation marks (an example phrase quoted in a knowledge text) do not count, nor
    does an imperative: knowledge texts instruct the agent with them ("suuna klient ...")."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    tokens = [tok for tok in tokens if not any(a <= tok.start < b for a, b in quoted)]
    if any(tok.norm in _PERSONAL.get(lang, _PERSONAL["et"]) for tok in tokens):
        return True
    if lang == "ru":
        for tok in tokens:
            parses = ru_parse(tok.norm)
            tag = parses[0].tag if parses else None
            if tag is not None and tag.POS == "VERB" and "impr" not in tag and (
                    "1per" in tag or ("2per" in tag and "sing" in tag)):
                return True  # «спросила я», «ты назвала», «скажешь»
        return False
    if lang == "et":  # 1sg and 2sg: "ütlesin", "küsisid"
        return any(_et_finite(tok.text) and tok.norm.endswith(("sin", "sid", "id", "in")) and len(tok.norm) > 4
                   for tok in tokens)
    return False


_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")


# The agent narrating its own call-model act instead of performing it ("Сейчас я выражаю сочувствие и
# понимание.", "Nüüd ma väljendan kaastunnet."): the service standard turned into a running commentary. A
# now-adverb, "I", and a verb that names a stage of the call model; a real hold ("сейчас я посмотрю", "nüüd ma
# vaatan") or an announcement with content ("nüüd ma selgitan: ...") names no stage. Ending the call is done by
# saying so: «Сейчас я завершаю звонок», "Nüüd ma lõpetan kõne" told to the caller is the act itself (new-user batch 36
# abusive-caller-ru good), unless it names the call-model stage ("завершаю разговор по стандарту" has no object then).
_NARRATION = {
    "et": re.compile(r"^(?:nuud|praegu|jargmiseks|seejarel)\s+(?:ma|mina)\s+(?:valjendan|naitan\s+(?:moistmist|empaatiat)|"
                     r"sailitan|teen\s+kokkuvotte(?!\s*:)|kontrollin\s+arusaamist|jatan\s+hyvasti|jatan\s+huvasti|"
                     r"lopetan(?!\s+(?:selle\s+)?(?:kone|vestluse)\s*(?:[.!]|$))|tervitan\s+klienti|tutvustan\s+ennast)\b"),
    "ru": re.compile(r"^(?:сейчас|теперь|далее|затем)\s+я\s+(?:выражаю|проявляю|показываю|уточняю|подвожу|резюмирую|"
                     r"проверяю\s+понимание|благодарю|прощаюсь|сохраняю|приветствую|представляюсь|перехожу|"
                     r"(?:завершаю|заканчиваю)(?!\s+(?:этот\s+|наш\s+)?(?:звонок|разговор)\s*(?:[.!]|$)))\b"),
}


# A plan or report of the call model's steps said instead of doing them ("esiteks tuvastan Teid, teiseks kontrollin
# kontrollnumbrit ... vastan Teie küsimusele", "tuvastasin, kontrollisin, vastasin küsimusele", «установлю личность,
# проверю контрольную цифру и отвечу на Ваш вопрос»): the first person of a verb that names a stage of the call
# model (identify, check the check digit or the understanding, answer the question, sum up, end the call, redirect,
# express sympathy, greet). One announced step is a real act ("Kõigepealt tuvastan Teid: palun öelge isikukood");
# a sentence naming two or more in a reply naming three or more is the checklist read aloud. Questions ("Kas
# vastasin Teie küsimusele?", «Ответил ли я на Ваш вопрос?») check understanding and are not read.
_STAGES = {
    "et": tuple(re.compile(p) for p in (
        r"\btuvasta(?:n|sin|me|sime)\b",
        r"\bkontrolli(?:n|sin|me|sime)\b[\s,]+(?:(?:kas|ka|teie|siis)\s+)*(?:kontrollnumb|arusaamis|isikukood)\w*",
        r"\bvasta(?:n|sin|me|sime)\s+(?:(?:teie|teile|ka|siis|kohe)\s+)*kusimus\w*",
        r"\b(?:teen|tegin|teeme|tegime)\s+(?:ka\s+|siis\s+)?kokkuvotte",
        r"\blopeta(?:n|sin|me|sime)\s+(?:\w+\s+)?(?:kone|vestluse)\b",
        r"\bsuuna(?:n|sin|me|sime)\b",
        r"\b(?:valjenda(?:n|sin)\s+(?:\w+\s+)?(?:kaastunnet|empaatiat|moistmist)|tervita(?:n|sin)\b)",
    )),
    "ru": tuple(re.compile(p) for p in (
        r"\b(?:установ(?:лю|ил|ила|им|или)\s+(?:\w+\s+)?личност\w*|идентифицир(?:ую|овал\w*))",
        r"\bпровер(?:ю|яю|ил|ила|им|или)\s+(?:\w+\s+){0,2}(?:контрольн|понимани|личн\w*\s+код)\w*",
        r"\b(?:отвечу|отвечаю|ответил\w*)\s+на\s+(?:\w+\s+)?вопрос\w*",
        r"\b(?:подведу|подвожу|подв[её]л\w*|резюмир(?:ую|овал\w*))\b",
        r"\b(?:заверш|законч|заканчива)\w*\s+(?:\w+\s+)?(?:разговор|звонок)\b",
        r"\bнаправ(?:лю|ляю|ил|ила)\b",
        r"\b(?:выражу|выражаю|выразил\w*)\s+(?:\w+\s+)?сочувстви\w*",
    )),
}


@lru_cache(maxsize=16_384)
def _plan_stages(sentence: str, lang: str) -> int:
    """How many call-model stages the sentence narrates in the first person (0 for a question)."""
    patterns = _STAGES.get(sentence_language(sentence, lang))
    if not patterns or tx.is_question(sentence, lang):
        return 0
    folded = tx.fold(sentence)
    return sum(1 for p in patterns if p.search(folded))


def _instruction(sentence: str, lang: str) -> bool:
    phrases = tuple(_INSTRUCTION_PHRASES.get(lang, []))
    if phrases and any(not m.negated for m in _phrase_set(phrases, lang).find_all(sentence)):
        return True
    narration = _NARRATION.get(lang)
    return bool(narration and narration.match(tx.fold(sentence).strip()))


def find_non_answers(transcript: Transcript, concepts: dict, language: str,
                     agent_names: frozenset[str] = frozenset(),
                     reference: frozenset[tuple[str, ...]] = frozenset()) -> ActAnalysis:
    """Classify every agent turn; returns the findings and each agent turn's act text (see module doc).

    ``concepts`` are the rubric's concept phrase lists (for the social formulas); ``agent_names`` folded
    first names that count as part of a social formula ("Kati kuuleb"); ``reference`` the runs of words of the
    knowledge texts (`reference.reference_grams`), for passages read out of them.
    """
    out = ActAnalysis()
    social = _social_phrases(concepts, language)
    # after a client's apology or thanks, accepting it («ничего», "pole midagi") is a formula too
    social_ack = HashedTuple([*social, *((concepts.get("apology_accepted") or {}).get(language) or [])])
    names = agent_names or _known_first_names()
    said: set[tuple[str, ...]] = set()
    said_any: dict[tuple[str, ...], str] = {}  # every sentence's words said so far -> " joined words "
    informed: set[str] = set()  # word stems of the act sentences said so far (what a summary may restate)
    summary = tuple((concepts.get("summary") or {}).get(language) or [])
    # consecutive agent messages are one reply: "Пособие 80 евро." sent after "Да, оно назначено." is
    # the same answer as both in one message
    run_of: dict[int, int] = {}
    run_sentences: dict[int, list[str]] = {}
    # classify the normalised text (fillers, repeats and emoji dropped, numbers in words as digits,
    # speech sentence breaks); findings quote the original words
    spans_of: dict[int, list[tuple[str, str]]] = {}
    for i, turn in enumerate(transcript.turns):
        if turn.role != "agent":
            continue
        run_of[i] = run_of.get(i - 1, i) if i > 0 and transcript.turns[i - 1].role == "agent" else i
        spans_of[i] = _sentence_quotes(turn.text, language)
        run_sentences.setdefault(run_of[i], []).extend(s for s, _ in spans_of[i])
    first_agent = next((i for i, t in enumerate(transcript.turns) if t.role == "agent"), None)
    agent_turns = [i for i, t in enumerate(transcript.turns) if t.role == "agent"]
    # knowledge read out in a call that never speaks to the caller (`reference.read_to_no_one`)
    read_out = {agent_turns[k] for k in read_to_no_one([transcript.turns[i].text for i in agent_turns], language,
                                                       reference)}
    for i, turn in enumerate(transcript.turns):
        if turn.role != "agent":
            continue
        if i in read_out:
            out.findings.append(NonAnswer(i, "reference_text", turn.text.strip(), whole_reply=True))
            out.act_texts[i] = ""
            continue
        first = run_of[i] == first_agent
        previous = transcript.turns[run_of[i] - 1] if run_of[i] > 0 else None
        social_here = social_ack if previous is not None and previous.role == "client" \
            and _APOLOGY_OR_THANKS.search(tx.fold(previous.text.lower())) else social
        together = run_sentences[run_of[i]]
        # the agent's name in a terse opening ("tere, SKA, kertu. millega aidata?") belongs to the formula
        names_here = names | _opening_names(" ".join(together), language, concepts) \
            | opening_channel(" ".join(together), language, concepts) if first else names
        spans = spans_of[i]
        sentences = [s for s, _ in spans]
        quote = dict(spans)
        candidates: list[str] = []
        repeated_words = total_words = 0
        own: list[tuple[str, ...]] = []
        stages = {sentence: _plan_stages(sentence, language) for sentence in sentences}
        pasted = reference_sentences(sentences, reference)
        checklist = sum(stages.values()) >= 3
        for sentence in sentences:
            words = _words(sentence)
            total_words += len(words)
            if words in said_any or (len(words) >= 2 and _said_within(words, said_any)):
                repeated_words += len(words)  # said before, alone or inside a longer sentence
            kind = _not_addressed(sentence, language) or (
                "agent_instruction" if checklist and stages[sentence] >= 2 else "") or (
                "reference_text" if sentence in pasted else "")
            if kind:
                out.findings.append(NonAnswer(i, kind, quote[sentence]))
            elif len(words) >= 4 and words in said:
                out.findings.append(NonAnswer(i, "repeat", quote[sentence]))
            else:
                own.append(words)
                candidates.append(sentence)
        said.update(w for w in own if len(w) >= 4)
        for sentence in sentences:
            words = _words(sentence)
            if words not in said_any:
                said_any[words] = " " + " ".join(words) + " "
        if total_words >= 6 and repeated_words >= 0.8 * total_words:
            out.findings.append(NonAnswer(i, "repeat", turn.text.strip(), whole_reply=True))
            out.act_texts[i] = ""
            continue
        # a reply sent as several messages in a row is judged whole ("Pensionikeskus." then "Pank.")
        pool = together if len(together) > len(sentences) else candidates
        asked = transcript.turns[run_of[i] - 1] if run_of[i] > 0 else None
        question = questions_in(asked.text, language) if asked is not None and asked.role == "client" else ""
        if candidates and not any(has_finite_verb(s, language) or _addressed_question(s, language)
                                  or asks_without_verb(list(_words(s)), sentence_language(s, language))
                                  # the caller's name read back with a tag ("aitäh, mari tamm, eks?", «спасибо,
                                  # Оксана Коваленко, верно?»): a check said to the client, no keyword
                                  or checks_name(s, sentence_language(s, language), agent_names)
                                  for s in candidates) \
                and not any(has_finite_verb(s, language) for s in together) \
                and not _recap(pool, language, summary, informed, social_here) \
                and not (asked is not None and asked.role == "client" and _CONFIRMATION.match(tx.fold(pool[0].lower()))
                         and len(_words(pool[0])) <= 6
                         # the rest a thanks or a wish ("Спасибо за звонок, всего доброго Вам на новом месте!"),
                         # not keywords nobody said ("jah just nii. tõend iseteenindus korteriühistu")
                         and all(_phrase_set(social_here, language).find_all(p)
                                 or not _content_fragments(p, language, social_here, names_here) for p in pool[1:])):
            fragments = _content_fragments(" ".join(pool), language, social_here, names_here)
            # a list of bare topics, or a verbless "summary" with nothing said before it to restate; not an
            # elliptical answer to the client's question ("kuidas taotleda?" - "taotlemine iseteeninduses")
            answers_question = bool(question) and takes_up_question(fragments, question, _PARTICLES | names_here,
                                                                    " ".join(pool))
            if not answers_question and (is_keyword_list(fragments, _PARTICLES | names_here, " ".join(pool)) or (
                    len(fragments) >= 2 and _summary_marker(" ".join(pool), language, summary))
                    or (not first and len(sentences) == 1 and not _asked(asked, language)
                        and _bare_word(together, language, social_here, names_here))):
                out.findings.append(NonAnswer(i, "keyword_chain", turn.text.strip(), whole_reply=True))
                out.act_texts[i] = ""
                continue
        kept = []
        for sentence in candidates:
            if len(together) > 1 and not first and _keyword_sentence(sentence, language, social_here, names_here):
                # "Tagasihelistamine." "Kokkuvõtteks." between real sentences: a keyword, no act
                out.findings.append(NonAnswer(i, "keyword_chain", quote[sentence]))
            elif _item_list(sentence, language, social_here, names_here, _informed_before(informed, kept, language),
                            question, semicolons=not first) or (
                    not first and pointer_neighbour(sentences, sentences.index(sentence), language)
                    and not answers_where(question, _ITEM_SPLIT.split(sentence))):
                # facts stuffed as a list beside real sentences (the greeting, a "Понятно?"): no answer
                out.findings.append(NonAnswer(i, "keyword_chain", quote[sentence], item_list=True))
            else:
                kept.append(sentence)
        out.act_texts[i] = turn.text if len(kept) == len(sentences) else " ".join(quote[k] for k in kept)
        informed |= _stems(" ".join(kept))
    for i, kind, text in find_machine_prompts(transcript.turns, language):
        out.findings.append(NonAnswer(i, kind, text))
    return out


def _informed_before(informed: set[str], kept: list[str], language: str) -> set[str]:
    """What a list in a reply may restate: the stems said in earlier replies and in this reply's sentences before it
    that say something (a finite verb), so a recap in note form after the answers in full («декларация это
    налогово-таможенный департамент ... итого: 2 ступень pensionikeskus, пин ппа, ..., декларация emta»; new-user
    batch 40) restates them; notes after notes restate nothing."""
    said = [s for s in kept if has_finite_verb(s, language)]
    return informed | _stems(" ".join(said)) if said else informed


@lru_cache(maxsize=16_384)  # a pure function of the reply: the same replies recur across turns and calls
def _sentence_quotes(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """(normalised sentence, its original words) of every sentence of an agent reply (`tx.normalize_input`)."""
    norm = tx.normalize_input(text, language)
    return tuple((s.strip(), norm.quote(a, b)) for a, b, s in tx.split_sentences_cached(norm.text) if s.strip())


def _said_within(words: tuple[str, ...], said: dict[tuple[str, ...], str]) -> bool:
    """Are the words said before as a run inside a longer sentence ("Tunnen kaasa." after "Tunnen kaasa,
    mul on väga kahju, võtke aega.")? A line taken out of an earlier reply is a repeat of it. `said` maps the
    words of each earlier sentence to them joined with spaces around (joined once per sentence, not once per
    later sentence)."""
    needle = " " + " ".join(words) + " "
    return any(len(w) > len(words) and needle in joined for w, joined in said.items())


@lru_cache(maxsize=1)
def _known_first_names() -> frozenset[str]:
    from faker.providers.person.et_EE import Provider as EtNames
    from faker.providers.person.ru_RU import Provider as RuNames

    names = set(EtNames.first_names) | set(RuNames.first_names_male) | set(RuNames.first_names_female)
    names |= {"Mari", "Kati", "Liis", "Kadri", "Triin", "Maarja", "Мария", "Анна", "Ольга"}
    return frozenset(tx.fold(n) for n in names)


def act_transcript(transcript: Transcript, acts: ActAnalysis) -> Transcript:
    """The transcript with each agent turn reduced to the sentences that perform an act."""
    # an agent turn whose every sentence acts is kept as it is (nothing changes turns: no copy needed)
    turns = [t.model_copy(update={"text": acts.act_texts[i]}) if t.role == "agent" and acts.act_texts.get(i, t.text) != t.text
             else t for i, t in enumerate(transcript.turns)]
    return transcript.model_copy(update={"turns": turns})
