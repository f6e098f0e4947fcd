"""A client who listens: what the scripted client answers to the trainee's questions and what wrong answers
it believes.

What it remembers as said is in :mod:`trainer.simulation.stated`, how it behaves after its own last line in
:mod:`trainer.simulation.closing`, its parting in :mod:`trainer.simulation.parting`, the trainee's goodbye in
:mod:`trainer.simulation.goodbye` and its own line in :mod:`trainer.simulation.client_line`.

:class:`~trainer.simulation.dialogue.Conversation` calls these with itself; they read its scenario,
persona, template values and state. The built-in lines are in :mod:`trainer.simulation.reactions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.conditions import evaluate, parse_condition
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.simulation.client_line import OPEN_WORDS, YES, last_client_line
from trainer.simulation.goodbye import goodbye_tail
from trainer.simulation.heard import MIN_QUESTION_WORDS, heard_questions, marks
from trainer.simulation.name_check import (
    asks_name,
    checks_name,
    confirm_requests,
    mentions_name,
    name_check_heads,
    own_name,
    tagged_name_check,
)
from trainer.simulation.own_details import detail_answers
from trainer.simulation.reactions import (
    CONFIRM_ANSWER,
    CONFIRM_NAME,
    CONFIRM_PHRASES,
    FRAGMENT_ANSWER,
    OPEN_QUESTION,
    OWN_NAME,
    SUITS_ANSWER,
    UNKNOWN_ANSWER,
    asks_anything_else,
    closing_question_kind,
    is_hold_question,
    language_offer_answer,
    offered_languages,
    phrase_set,
    without_hold_purpose,
)
from trainer.simulation.scenario import render
from trainer.simulation.tag_check import restates_matter

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

#: at most this many replies in one step are answered without the step going on (the client answered a
#: question and waits), before the step's own rules apply again
MAX_STAYS = 2


def client_asks(conv: Conversation, line: str) -> bool:
    """Does a client line ask something, as the scorer reads it (a question sentence; without any
    punctuation, by intonation)? Then a goodbye does not end the call before the trainee answers it."""
    lang = conv.scenario.language
    spoken = not any(ch in ".!?…,;:" for ch in line)
    # a punctuated sentence closed by a full stop or "!" states or exclaims: „Ja kui siis ka midagi ei tule, helistan
    # uuesti.“ is no question for its "kui" (new-user batch 45 letters-unanswered-et gaming: the goodbye after it
    # got "what do you mean?")
    return any(tx.is_spoken_question(s, lang, client=True) if spoken
               else not s.rstrip().endswith((".", "!")) and tx.is_question(s, lang)
               for _, _, s in tx.split_sentences(line))


def asks_client(conv: Conversation, text: str, signals: dict) -> bool:
    """Does the reply ask the client for something (the code, a name, a verifying item, an answer)? Then
    "vaatan järele" in it is no request to hold: "Selge, vaatan järele. Palun öelge oma isikukood."."""
    if signals.get("asked_identification") or signals.get("asked_name") or signals.get("asked_verification"):
        return True
    lang = conv.scenario.language  # „Kas võin Teid hetkeks ootele panna?“ asks only to hold
    return any(not _only_hold(conv, q) for q in heard_questions(tx.normalize_input(text).text, lang))


_HOLD_QUESTION_WORDS = 8


def _only_hold(conv: Conversation, question: str) -> bool:
    """A short question that asks only to hold („Kas võin Teid hetkeks ootele panna?“), not one that also checks
    the name or asks something („минуточку проверяю так оксана коваленко правильно“)."""
    lang = conv.scenario.language
    return is_hold_question(question, lang) and len(without_hold_purpose(question, lang).split()) <= _HOLD_QUESTION_WORDS \
        and not checks_name(conv, [question])


def _spoken_question_end(sentence: str, m) -> bool:
    """A `knows` phrase that ends an unpunctuated sentence of a few words is asked by intonation (« ...
    подробности рассказывать не нужно вы сейчас в безопасности»): the question falls on the last words."""
    return not sentence[m.end:].strip() and len(sentence[:m.start].split()) >= 2


def known_answers(conv: Conversation, text: str, whole: str | None = None) -> list[str]:
    """What the caller knows and the trainee asked about in this reply (``knows``), in order, then the
    answer to an offer to switch language. The answers about the client's own name (a name check, a
    request for the name) are kept in ``conv._name_answers``: a step line that says the name itself is
    not preceded by them. ``whole``: the reply's whole text, when ``text`` is only its acts: a name check
    or a request for the name is heard there too („aitäh. Maie Kuusk?“, «спасибо. вера ермакова?», „Tiina
    Lepp? Panen ootele.“ have no verb, yet the caller knows she was asked her name)."""
    lang = conv.scenario.language
    norm = tx.normalize_input(text).text
    questions = heard_questions(norm, lang)
    whole_norm = tx.normalize_input(whole).text if whole and whole != text else ""
    # speech without punctuation: a question may open mid-sentence („... aga mis aastal te sündisite ja kas
    # ...“); a `knows` phrase that opens with a question word counts there too
    spoken = [s for _, _, s in tx.split_sentences(norm)] if not any(ch in "?!,;" for ch in marks(norm)) else []
    unpunctuated = not any(ch in ".?!,;:" for ch in marks(norm))  # speech: the question falls on the last words
    out: list[str] = []
    names: set[str] = set()
    name_check = checks_name(conv, questions) or checks_name(conv, confirm_requests(conv, norm)) \
        or bool(name_check_heads(conv, questions)) or tagged_name_check(conv, norm) or bool(
        whole_norm and checks_name(conv, heard_questions(whole_norm, lang) + confirm_requests(conv, whole_norm)))
    answered: set[str] = set()  # the questions a `knows` fact answered
    for key, known in conv.scenario.knows.items():
        phrases = tuple(render(p, conv.values) for p in known.ask)
        found = phrase_set(phrases, lang)
        hits = [(q, m) for q in questions for m in found.find_all(q)]
        hits += [(s, m) for s in spoken if s not in questions for m in found.find_all(s)
                 if (s[m.start:m.end].split() or [""])[0].lower() in OPEN_WORDS | {"kas"}
                 or unpunctuated and _spoken_question_end(s, m)]
        if key == "name" and name_check and not hits:
            out.append(render(known.say, conv.values))  # „Kas olete Maie Kuusk?“ asked in words `ask` does not list
            names.add(out[-1])
            continue
        if hits:
            answered.update(q for q, _ in hits)
            say = render(known.say, conv.values)
            q, m = hits[0]
            first = (q[m.start:m.end].split() or [""])[0].lower()
            if first in OPEN_WORDS and YES.match(say):  # "Kus ema elab?" -> not "jah, ta elab ..."
                say = YES.sub("", say, count=1)
                say = say[:1].upper() + say[1:]
            out.append(say)
            if key == "name":
                names.add(say)
    if name_check and "name" not in conv.scenario.knows \
            and not any(checks_name(conv, [q]) for q in answered):  # „Kas räägin Maie Kuusega?“ answered by a fact
        out.insert(0, CONFIRM_NAME.get(lang, CONFIRM_NAME["et"]))
        names.add(out[0])
    if (asks_name(conv, norm) or whole_norm and asks_name(conv, whole_norm)) \
            and not any(mentions_name(conv, a) for a in out):
        # „Palun öelge oma ees- ja perekonnanimi.“ -> „Minu nimi on Helju Tamm.“
        out.insert(0, OWN_NAME.get(lang, OWN_NAME["et"]).format(name=own_name(conv)))
        names.add(out[0])
    # „Mis on Teie sünnikoht?“, „palun veel ainult sünnikoht“ -> „Sünnikoht on Tallinn.“ (own_details.py)
    details = detail_answers(conv, norm, questions, answered)
    out += [d for d in details if d not in out]
    offer = language_offer_answer(offered_languages(text, lang), conv.persona.language)
    if offer:  # "Kas soovite vene keeles rääkida?" -> «Да, пожалуйста, по-русски мне легче.»
        out.append(offer)
    conv._name_answers = names
    conv._detail_answers = details
    return out


#: a question whether what the agent just proposed suits the client: "this"/"so" and the verb, not a question
#: about one of the options („Kas Teile sobiks pensioni edasi lükata?“, «Вам подходит пенсия по старости или ...?»)
_SUITS = {
    "et": re.compile(r"\b(?:kas\s+)?(?:see|nii|selline\s+\w+)\s+(?:teile\s+)?sobi(?:b|ks)\b"
                     r"|\b(?:kas\s+)?teile\s+(?:see|nii)\s+sobi(?:b|ks)\b|^\W*(?:kas\s+)?sobi(?:b|ks)\s*(?:teile\s*)?\?*$"),
    "ru": re.compile(r"\b(?:это|так)\s+(?:вам\s+|вас\s+)?(?:подходит|подойдет|устроит|устраивает|удобно)\b"
                     r"|\b(?:вам|вас)\s+(?:это|так)\s+(?:подходит|подойдет|устроит|устраивает|удобно)\b"
                     r"|^\W*(?:подходит|подойдет|устраивает|устроит)\s*\?*$"),
}


def suits_answer(text: str, lang: str) -> bool:
    """Does the reply ask whether the proposal it made suits the client („Helistan homme tagasi. Kas see sobib
    Teile?“, «Я перезвоню завтра. Вас это устраивает?»)?"""
    pattern = _SUITS.get(lang, _SUITS["et"])
    return any(pattern.search(tx.fold(q)) for q in heard_questions(tx.normalize_input(text).text, lang))


#: the client's "how/where do I apply?" („kuidas seda taotleda?“, «как подать заявление?»), answered by channels
HOW_APPLY = {
    "et": re.compile(r"\b(?:kuidas|kus|kuhu|kust)\b.*\b(?:taotle\w*|esita\w*|teata\w*|saat\w*|"
                     r"saad(?:a|an|ad|ab|ame|ate|avad)\b|avaldus\w*|taotlus\w*)"),  # „kuhu ma selle saadan?“
    "ru": re.compile(r"\b(?:как|где|куда)\b.*\b(?:пода\w*|оформ\w*|заявлени\w*|сообщ\w*|отправ\w*)"),
}


#: the items of a channel list (as the scorer splits one: commas not inside a number, semicolons, colons)
_CHANNEL_ITEMS = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·]+")
#: a head before the list's colon that names where it goes („Ametisse: ...“, «В Департамент социального
#: страхования: ...»): at most this many words
_HEAD_WORDS = 5


def answers_how_to_apply(conv: Conversation, sentence: str) -> bool:
    """A list of channels („iseteeninduses (ID-kaart ...), digiallkirjaga kiri, post, klienditeenindus“) led by a
    channel, said right after the client asked how or where to apply: an elliptical answer the client hears.
    A short verbless head before its colon that names the addressee («в департамент: самообслуживание (id-карта
    ...), email с цифр подписью, почта или бюро», new-user batch 29) answers the "where" itself and leads the
    list; a call-model cue there („Kokkuvõtteks: ...“) does not."""
    from trainer.text.keywords import CUE, answers_where

    lang = conv.scenario.language
    asked = tx.fold(" ".join(heard_questions(last_client_line(conv), lang)))
    if not (asked and HOW_APPLY.get(lang, HOW_APPLY["et"]).search(asked)):
        return False
    items = [i for i in _CHANNEL_ITEMS.split(sentence) if i.strip()]
    if len(items) > 1 and answers_where("kuhu", items):  # a list: one bare word ("Iseteenindus.") is no answer
        return True
    head, colon, tail = sentence.partition(":")
    words = [t for t in tx.tokenize(head) if t.is_word]
    if not colon or not words or len(words) > _HEAD_WORDS or has_finite_verb(head, lang) or CUE.search(tx.fold(head)):
        return False
    return answers_where("kuhu", [i for i in _CHANNEL_ITEMS.split(tail) if i.strip()])


def question_answer(conv: Conversation, text: str, signals: dict) -> str | None:
    """The client's own answer to a question no ``knows`` fact answers, said when the step would otherwise
    not go on: a check of what the client wants („Kas ma saan õigesti aru, et ...?“) is confirmed, any
    other question to the client of at least three words gets "I don't know exactly" (not "I did not
    understand")."""
    lang = conv.scenario.language
    questions = heard_questions(tx.normalize_input(text).text, lang)
    from trainer.simulation.choices import choice_answer

    chosen = choice_answer(conv, questions)  # „Kas soovite A või B?“: the client picks (choices.py)
    if chosen:
        return chosen
    confirm = phrase_set(tuple(CONFIRM_PHRASES.get(lang, CONFIRM_PHRASES["et"])), lang)
    if any(confirm.find_all(q) or restates_matter(conv, q) for q in questions):  # „..., jah?“ too (tag_check.py)
        return CONFIRM_ANSWER.get(lang, CONFIRM_ANSWER["et"])
    if any(_SUITS.get(lang, _SUITS["et"]).search(tx.fold(q)) for q in questions):
        return SUITS_ANSWER.get(lang, SUITS_ANSWER["et"])  # the proposal just made suits it: no "I don't know"
    # „... kas sai selgeks aitäh et helistasite head päeva“ spoken: a check of understanding or an offer of more
    # help with the goodbye after it asks nothing the client does not know (new-user batch 34
    # pension-indexation-tax-et terse: „Aga minu küsimusele Te veel ei vastanud?“ after the answer)
    questions = [q for q in questions if not _closing_check(conv, q)]
    if signals.get("asked_question") and any(sum(t.is_word for t in tx.tokenize(q)) >= MIN_QUESTION_WORDS
                                                   for q in questions):
        return UNKNOWN_ANSWER.get(lang, UNKNOWN_ANSWER["et"])
    return None  # a one- or two-word question ("Otsus?", «Код?») is not understood: the fallback


#: the most words of a question that is only a check of understanding or an offer of more help
_CLOSING_CHECK_WORDS = 5


def _closing_check(conv: Conversation, question: str) -> bool:
    """Is the question, without the goodbye after it, only a check of understanding or an offer of more help
    („kas sai selgeks aitäh et helistasite head päeva“, «всё понятно есть ещё вопросы»), no question of fact?"""
    cut = goodbye_tail(conv, question)
    body = (question[:cut] if cut is not None else question).strip(" ,.?!")
    words = [t for t in tx.tokenize(body) if t.is_word]
    return 0 < len(words) <= _CLOSING_CHECK_WORDS and closing_question_kind(body, conv.scenario.language) is not None


def fragment_answer(conv: Conversation, step, signals: dict) -> str | None:
    """A request for more when the reply said what the step `asks` only in a fragment without a verb or a
    keyword chain („taotlus iseteeninduses (id-kaart, mobiil-id, smart-id)“): the whole text names it, the
    acts do not. Once per step (the ``stays`` limit); a reply that said nothing else ends as written."""
    whole = getattr(conv, "_whole", set())
    # what the step still asks: a part said in an earlier reply („пишется в свободной форме“) is not asked
    # again, so a fragment naming the rest („самообслуживание (id-карта ...), почтой или в бюро“) counts
    said = getattr(conv, "_said_before", None) or {}
    still = [n for n in step.asks if not said.get(n)] or list(step.asks)
    if not step.asks or conv.state["vars"].get("stays", 0) or any(signals.get(n) for n in still):
        return None
    if all(n in whole for n in still):
        return FRAGMENT_ANSWER.get(conv.scenario.language, FRAGMENT_ANSWER["et"])
    return None


def open_question(conv: Conversation, text: str, signals: dict) -> str | None:
    """"My question is still open", when no rule of the step fits a reply that offers more help or checks
    understanding ("Kas veel midagi?", «Есть ещё вопросы?») while the client's last line asked something."""
    lang = conv.scenario.language
    last = last_client_line(conv)
    if "?" in last and heard_questions(tx.normalize_input(text).text, lang) and asks_anything_else(text, signals, lang):
        return OPEN_QUESTION.get(lang, OPEN_QUESTION["et"])
    return None


def misinformation(conv: Conversation, signals: dict, facts: dict, evidence: dict, text: str) -> str | None:
    """Record the wrong answers this reply gave that the client believes; the reaction line, if any."""
    scenario = conv.scenario
    if not scenario.misinformation:
        return None
    names, functions = conv._names(signals, facts)
    reaction = None
    for mis in scenario.misinformation:
        if not evaluate(parse_condition(mis.when), names, functions):
            continue
        quote = next((q for name, q in evidence.items() if name in mis.when), text[:160])
        recorded = conv.state.setdefault("misinformed", [])
        if any(r["id"] == mis.id for r in recorded):
            continue  # believed once, reacted to once: the same wrong answer again gets no second reaction
        recorded.append({"id": mis.id, "agent_turn": conv.state["vars"]["turns"], "quote": quote})
        if reaction is None and mis.say:
            reaction = render(mis.say, conv.values)
            conv._reaction_answered = render(mis.answered, conv.values) if mis.answered else None
    return reaction
