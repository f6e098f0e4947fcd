"""The call's closing: what the client answers after its own last line (a question, a check of understanding,
a check of its name, more information), and its answer to an offer of the chat transcript.

:class:`~trainer.simulation.dialogue.Conversation` calls these with itself; the built-in lines are in
:mod:`trainer.simulation.reactions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.check_reply import asks_only_what_is_left
from trainer.simulation import acceptance
from trainer.simulation.client_line import join_lines, last_client_line, thanks
from trainer.simulation.goodbye import goodbye_tail, says_farewell
from trainer.simulation.heard import MIN_QUESTION_WORDS, heard_questions
from trainer.simulation.hearing import analyse
from trainer.simulation.hollow import tells_something
from trainer.simulation.listening import client_asks, known_answers
from trainer.simulation.parting import (
    hung_up,
    parted_angry,
    parted_kindly,
    parted_unhelped,
    parted_unthanked,
    parting_line,
)
from trainer.simulation.reactions import (
    AFTER_END,
    AFTER_END_ACK,
    AFTER_END_UNHELPED,
    EMPTY_SUMMARY,
    LEFT_UNCLEAR,
    MAX_AFTER_END,
    TRANSCRIPT_ANSWER,
    TRANSCRIPT_DECLINE,
    after_end_answer,
    closing_answer,
    closing_question_kind,
    offers_transcript,
    repeated_lead,
    without_thanks,
)
from trainer.simulation.summary import empty_summary
from trainer.text.translit import cyrillic_text

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation


#: a thanks of at most this many words after the client's last line is a goodbye
_SHORT_THANKS = 8


def transcript_answer(conv: Conversation, text: str) -> str | None:
    """In a chat, the client's answer to an offer of the chat transcript (once per conversation)."""
    lang = conv.scenario.language
    text = cyrillic_text(text) if lang == "ru" else text  # "nuzhna kopija perepiski?"
    if conv.scenario.channel != "chat" or conv.state["vars"].get("transcript_offered") \
            or not offers_transcript(text, lang):
        return None
    last = last_client_line(conv)
    if client_asks(conv, last):
        return None  # its question is still open: a copy of the chat is not what it is thinking of
    conv.state["vars"]["transcript_offered"] = True
    if parted_unhelped(conv):
        return TRANSCRIPT_DECLINE.get(lang, TRANSCRIPT_DECLINE["et"])  # it got no help: no copy wanted
    return TRANSCRIPT_ANSWER.get(lang, TRANSCRIPT_ANSWER["et"])


def after_end(conv: Conversation, text: str) -> str | None:
    """The client's answer to a reply after its last line, or None when the call ends. A question is
    answered (a check of understanding, an offer of help, any other question); information that is no
    goodbye („Vaide saab esitada ka iseteeninduses.“) is acknowledged and the client stays on the line for
    the goodbye, if it parted with thanks; a goodbye, a short thanks, a request for the code or a reply that
    says nothing (a keyword chain, a pasted repeat) ends the call. At most :data:`MAX_AFTER_END` answers.

    A question followed by a goodbye in the same reply ("Kas see vastas Teie küsimusele? Aitäh, head
    päeva!", «... всё понятно спасибо за звонок всего доброго») is answered and the call ends with the
    answer (``vars.close_after_answer``). A client who hung up („(... paneb toru ära.)“) answers nothing;
    nor does anyone answer a bare word or number asked („116 111?“, «Код?»)."""
    count = conv.state["vars"].get("after_end", 0)
    if count >= MAX_AFTER_END or hung_up(conv):
        return None
    lang = conv.scenario.language
    text = cyrillic_text(text) if lang == "ru" else text  # "nuzhna kopija perepiski? vsego dobrogo"
    analysis = analyse(conv, text)
    signals, acted = analysis["signals"], analysis["acted"]
    cut = goodbye_tail(conv, text)
    body = text[:cut].strip() if cut is not None else text
    kind = closing_question_kind(body, lang) if body and not any(ch in "?" for ch in body) else None
    if parted_unhelped(conv) and kind is None and "?" not in body:
        # plain information after its last line, acknowledged („Selge, aitäh.“), not a recap put with a check
        acceptance.hear_after_parting(conv, acted, signals, analysis["facts"])
    named = name_answers(conv, acted, body)
    if named:  # the name checked after the code led to the last line („спасибо и ваше имя фамилия“)
        conv.state["vars"]["after_end"] = count + 1
        if cut is not None:
            conv.state["vars"]["close_after_answer"] = True
        return " ".join(named)
    if not acted and kind is None:  # a keyword chain or a pasted repeat says nothing: the call ends as before
        return None
    if kind is None and len([t for t in tx.tokenize(body) if t.is_word or t.text[:1].isdigit()]) \
            < MIN_QUESTION_WORDS and heard_questions(tx.normalize_input(body).text, lang):
        return None  # "116 111?", «Код?»: a bare word asked is no question the client can answer
    answer = after_end_answer(signals, lang) if acted else None
    if answer == closing_answer("yes", lang) and body:  # «Ещё вопросы есть?»: "no", not "yes, fine" (batch 38)
        answer = closing_answer(closing_question_kind(body.strip(" ?!.,"), lang) or "yes", lang)
    if answer is None and kind is not None:  # "... kas selge", «... есть ещё вопросы» typed without "?"
        answer = closing_answer(kind, lang)
    if answer == closing_answer("understood", lang) and empty_summary(conv, body):
        answer = EMPTY_SUMMARY.get(lang, EMPTY_SUMMARY["et"])  # „Kokkuvõtteks. Kas see vastas ...?“: no thanks
    elif answer is not None and parted_unhelped(conv) and acceptance.helped_after_parting(conv):
        answer = acceptance.accepted_answer(answer, lang)  # what it left without was told after its last line
    elif answer is not None and parted_unhelped(conv):
        line = parting_line(conv)  # on the stuck end, yet it thanked for what it will do: it accepts (acceptance.py)
        answer = acceptance.accepted_answer(answer, lang) if not parted_angry(conv) \
            and acceptance.accepted(conv, line, thanks(conv, line)) else unhelped_answer(answer, lang)
        if answer == AFTER_END_UNHELPED["understood"].get(lang) and asks_only_what_is_left(body, lang):
            answer = LEFT_UNCLEAR.get(lang, LEFT_UNCLEAR["et"])  # „Kas jäi midagi arusaamatuks?“: not „Ei ...“
    transcript = transcript_answer(conv, acted) if acted else None
    if transcript:  # „Soovi korral saadan vestluse ärakirja.“: the client takes it
        asked = heard_questions(tx.normalize_input(body).text, lang)
        only_offer = asked and all(offers_transcript(q, lang) for q in asked) and kind is None
        # «копию чата прислать?» asks only that: the copy is the answer, no „Да, хорошо. Спасибо!“ before it
        answer = join_lines(answer, transcript) if answer and not only_offer else transcript
    if answer is None and not heard_questions(tx.normalize_input(acted).text, lang):
        short = len(tx.tokenize(acted)) <= _SHORT_THANKS
        again = code_again(conv, signals)
        if again:  # its code asked for again after it gave it: it says it again and stays for the goodbye
            conv.state["vars"]["after_end"] = count + 1
            return again
        if signals.get("said_goodbye") or signals.get("thanked") and short or not parted_kindly(conv) \
                or signals.get("asked_identification") or signals.get("asked_name") \
                or says_farewell(conv, last_client_line(conv)) and not of_its_matter(conv, analysis) \
                and (cut is not None or not tells_something(conv, acted)):
            # a goodbye; or the client hung up angrily, or got what it wanted and needs no code; or its latest
            # line said goodbye („Ладно, спрошу у дочери. До свидания.“; a thanks alone, „Jah, sain aru. Aitäh!“,
            # is none) and the reply says nothing of its matter (comfort, a hold, a keyword chain) or closes too:
            # no „Понятно.“ that keeps the call open, the call has ended (fresh user, codeplace); an answer to its
            # worry, or an honest reply that still tells it something without closing („Подождите: счёт по
            # телефону не меняем, но я объясню, как это сделать.“), keeps it on the line (clientid)
            return None
        answer = AFTER_END_ACK.get(lang, AFTER_END_ACK["et"])
    elif answer is None:
        answer = after_end_answer({"asked_question": True}, lang)
    if parted_unthanked(conv):  # it parted without thanks (believing a wrong answer): none after it either
        answer = without_thanks(answer)
    conv.state["vars"]["after_end"] = count + 1
    if cut is not None and body and transcript != TRANSCRIPT_ANSWER.get(lang, TRANSCRIPT_ANSWER["et"]):
        conv.state["vars"]["close_after_answer"] = True  # the trainee said goodbye after asking (a copy asked
        # for stays open for the agent to confirm it)
    return answer


def of_its_matter(conv: Conversation, analysis: dict) -> bool:
    """Does the reply say something of the client's matter: a fact or one of the scenario's own signals heard
    („можно видеовстреча, бронируется в среде самообслуживания“), not comfort or a hold alone?"""
    names = set(conv.scenario.signals) | set(conv.scenario.criterion_signals)
    return any(analysis["facts"].values()) or any(analysis["signals"].get(n) for n in names)


def code_again(conv: Conversation, signals: dict) -> str | None:
    """After its last line, the client asked again for the code it gave („Nazovite lichnyj kod“ written for a
    client that had not heard the first request, new-user batch 48 abusive-caller-ru terse): „Я же уже сказал:
    35604268670.“, not a hang-up. None when it was not asked, or never said its code."""
    if not signals.get("asked_identification") or signals.get("said_goodbye"):
        return None
    code = conv.persona.isikukood
    if not any(code in t["text"] for t in conv.turns if t["role"] == "client"):
        return None
    return f"{repeated_lead(conv.scenario.language, conv.persona.sex)} {code}."


def unhelped_answer(answer: str, lang: str) -> str:
    """The closing answer of a client who parted unhelped: the same kind of answer without thanks."""
    for kind, lines in AFTER_END.items():
        if answer == lines.get(lang, lines["et"]):
            return AFTER_END_UNHELPED[kind].get(lang, AFTER_END_UNHELPED[kind]["et"])
    return answer


def name_answers(conv: Conversation, acted: str, whole: str) -> list[str]:
    """The client's answers to a check of or a request for its own name in the reply (else none)."""
    if not whole.strip():
        return []
    answers = known_answers(conv, acted or whole, whole=whole)
    return [a for a in answers if a in getattr(conv, "_name_answers", set())]
