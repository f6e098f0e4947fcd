"""Sentences not said to the client: instructions to the agent, and knowledge text about "the client" in the third person.

The service standard read aloud ("Alusta tervitusega", «Подведите итог»), a goal's instruction in the infinitive
(«Объяснить, что ...», `author_text`), the call model's steps or name («Этап 2 модели звонка – идентификация»,
`call_model_talk`), the agent narrating its own stage of the call model («Сейчас я выражаю сочувствие») or reading
out its steps ("esiteks tuvastan Teid, teiseks kontrollin ...") or its own acts to no one ("Suunan viisakalt
Tervisekassasse", `own_acts`) is an ``agent_instruction``; a sentence about "the client" (klient, helistaja; клиент, звонящий) that speaks
to no one is ``third_person`` (:func:`not_addressed`). Talk about a client to a colleague ("Ma ütlesin kliendile
summa") and the listener named as the caller ("Teie kui helistaja nimi") are neither.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.addressed import YOU_PRONOUNS, addresses_listener
from trainer.scoring.author_text import infinitive_instruction
from trainer.scoring.call_model_talk import call_model_talk
from trainer.scoring.finite_verbs import et_finite, sentence_language
from trainer.scoring.formulas import phrase_set
from trainer.scoring.own_acts import narrates_own_acts
from trainer.scoring.role_narration import narrates_role
from trainer.text.lexicon import ru_parse

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
# such as "klienditeenindus" are not meant, nor is a clipped one ("kliendit." for "klienditeeninduses", new-user
# batch 70 application-channel-chat-et terse): "klient" takes only its own case forms (its partitive is "klienti", its
# stem "kliendi-" takes no "-t"), "helistaja" and "pöörduja" theirs ("helistajat", "helistajaid")
_CLIENT_WORDS = {
    "et": re.compile(r"^(?:klient|klienti|kliente|(?:kliendi|klientide)(?:le|lt|l|ga|st|s|sse|na|ks|ni|ta)?|kliendid|"
                     r"(?:helistaja|poorduja)(?:le|lt|l|ga|st|s|na|ks|ni|d|t|te|tele|id|ile|il)?)$"),
    "ru": re.compile(r"^(?:клиент|звонящ|обративш)[а-яё]{0,4}$"),
    "en": re.compile(r"^(?:client|caller)s?$"),
}


@lru_cache(maxsize=16_384)
def not_addressed(sentence: str, lang: str) -> str:
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
        if h < 0 or tuple(norms[h + 1:k]) != link:
            continue
        if norms[h] not in heads and h > 0 and norms[h - 1] in _YOUR.get(lang, ()) and link in (("kui",), ("как",)):
            return True  # "Teie ema kui klient saab ...", «Ваша мама как клиент ...»: the listener's own relative
        if norms[h] not in heads:
            continue
        if link in (("kui",), ("как",)) and (norms[h] == "oma" or norms[h].startswith("сво")):
            continue
        return True
    return False


# the possessive of the polite "you" before a noun in apposition ("Teie ema kui klient", «Ваша мама как клиентка»)
_YOUR = {"et": frozenset({"teie"}),
         "ru": frozenset("ваш ваша ваше вашу вашего вашей вашему вашим вашем ваши ваших".split())}


_ANSWER_PARTICLES = frozenset("jah jaa ei да нет yes no".split())


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
        return any(et_finite(tok.text) and tok.norm.endswith(("sin", "sid", "id", "in")) and len(tok.norm) > 4
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
def plan_stages(sentence: str, lang: str) -> int:
    """How many call-model stages the sentence narrates in the first person (0 for a question)."""
    patterns = _STAGES.get(sentence_language(sentence, lang))
    if not patterns or tx.is_question(sentence, lang):
        return 0
    folded = tx.fold(sentence)
    return sum(1 for p in patterns if p.search(folded))


def _instruction(sentence: str, lang: str) -> bool:
    phrases = tuple(_INSTRUCTION_PHRASES.get(lang, []))
    if phrases and any(not m.negated for m in phrase_set(phrases, lang).find_all(sentence)):
        return True
    # an instruction in the infinitive („Selgitada, et ...“, «Объяснить, что ...») or the call model talked about
    # (a step label, „Kõnemudeli järgi ...“): the scenario's goal or checklist said aloud (new-user batch 61)
    if infinitive_instruction(sentence, lang) or call_model_talk(sentence, sentence_language(sentence, lang)):
        return True
    # the agent's own acts narrated in the first person, to no one („Suunan viisakalt Tervisekassasse“, «Объясняю
    # клиенту, что ...»; `own_acts`, new-user batch 64)
    if narrates_own_acts(sentence, lang):
        return True
    narration = _NARRATION.get(lang)
    return bool(narration and narration.match(tx.fold(sentence).strip()))


def speaks_to_listener(sentence: str, lang: str) -> bool:
    """Does the sentence speak to someone on the line, as knowledge text never does: a question, the first person or
    the familiar "you" (`_personal`), a pronoun of the polite "you" ("Teie vaie", «Ваше заявление») or a verb of it,
    its imperative too ("esitage", «подайте»)? A passive or impersonal rule ("Vaie esitatakse vabas vormis",
    «Возражение подаётся в течение 30 дней»), a greeting and the agency's name speak to no one: beside a sentence
    about "the client" (`_third_person`) they are the same pasted text (new-user batch 47 appeal-howto-chat-et)."""
    lang = sentence_language(sentence, lang)
    if tx.is_question(sentence, lang):
        return True
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(sentence)]
    tokens = [t for t in tx.tokenize(sentence) if t.is_word and not any(a <= t.start < b for a, b in quoted)]
    if _personal(tokens, lang, sentence):
        return True
    if lang == "et" and any(len(t.norm) > 3 and t.norm.endswith(("n", "me")) and et_finite(t.text) for t in tokens):
        return True  # "saadan", "vaatame": the agent's own act, in the present
    if any(tx.fold(t.norm) in YOU_PRONOUNS.get(lang, ()) for t in tokens):
        return True
    if lang == "ru" and any(p.tag.POS == "VERB" and "plur" in p.tag and ("impr" in p.tag or "2per" in p.tag)
                            for tok in tokens for p in ru_parse(tok.norm)):
        return True  # «подайте», «спросите», «обратитесь»: spelt alike as imperative and future, both said to "you"
    return addresses_listener(sentence, lang, lambda tok: False)
