"""A lone polite opener followed by a string of bare keywords (a "stuffed" run of pension-weekend-ru).

«Понимаю пенсия перенос выходные 7-го понедельник банк», "Mõistan pension väljamakse nädalavahetus esmaspäev
pangakonto": one opener (понимаю, спасибо, мне жаль, сочувствую, ясно; saan aru, selge, aitäh, kahju, mõistan ...)
and then four or more words in their dictionary form, with no punctuation inside, no linking word and no finite verb.
The opener's verb («понимаю», "saan aru") made the whole sentence look like a clause, so the scorer read the keywords
as an answer and the client heard them (it even thanked the agent). Only the opener is said; the keywords are a
keyword chain (`trainer.scoring.opener_chain`), for the scorer and the client alike.

An ordinal's case ending («5-е», «7-го», «1-го числа») is no finite verb («е» is a dictionary abbreviation of
«есть»), and its hyphen is no punctuation between keywords (`keyword_tails`).

Identification: a chain naming «личный код» does not ask for the code; the client, hearing only «Понимаю», goes on
as after empathy and waits to be asked (accepted, see test_chain_naming_the_code_asks_nothing).

Must-nots: the same openers with a real clause (a finite verb, a linker, punctuation), terse answers without
punctuation that have a verb, and short answers of three words or fewer after the opener.
"""

from __future__ import annotations

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.keyword_tails import keyword_tails
from trainer.simulation.library import load_library

_OPENING = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
            "ru": "Здравствуйте! Департамент социального страхования, Мария."}
_QUESTION = {"et": "Kus mu pension on? Alati tuli viiendal kuupäeval, aga kontol pole midagi.",
             "ru": "Где моя пенсия? Всегда приходила пятого, а на счёте пусто."}


def _acts(reply: str, lang: str):
    turns = [Turn(role="agent", text=_OPENING[lang]), Turn(role="client", text=_QUESTION[lang]),
             Turn(role="agent", text=reply)]
    acts = find_non_answers(Transcript(language=lang, channel="chat", turns=turns), {}, lang)
    return [f for f in acts.findings if f.turn == 2], acts.act_texts.get(2, reply)


_CHAINS = [
    # (lang, reply, the opener that alone may stay, a keyword that must not be heard)
    ("ru", "Понимаю пенсия перенос выходные 7-го понедельник банк", "Понимаю", "пенсия"),
    ("ru", "Сочувствую задержка выплата выходные следующий рабочий день", "Сочувствую", "выплата"),
    ("ru", "Спасибо большое личный код пенсия 1-го числа банк счёт", "Спасибо большое", "пенсия"),
    ("ru", "Ясно выплата пенсия суббота перенос рабочий день", "Ясно", "выплата"),
    ("ru", "Мне очень жаль пенсия банк задержка выходные", "Мне очень жаль", "задержка"),
    ("et", "Mõistan pension väljamakse nädalavahetus esmaspäev pangakonto", "Mõistan", "pension"),
    ("et", "Saan aru isikukood pension 6. kuupäev pühapäev tööpäev", "Saan aru", "pension"),
    ("et", "Kahju pension hilinemine laupäev järgmine tööpäev", "Kahju", "hilinemine"),
    ("et", "Tänan pension pangakonto väljamakse tööpäev", "Tänan", "pangakonto"),
]


@pytest.mark.parametrize("lang, reply, opener, keyword", _CHAINS)
def test_opener_chain_is_a_keyword_chain(lang, reply, opener, keyword):
    findings, acted = _acts(reply, lang)
    assert [f.kind for f in findings] == ["keyword_chain"], findings
    assert keyword not in acted.lower(), acted
    assert acted.strip() in ("", opener), acted  # only the opener counts as said (or nothing)


_MUST_NOTS = [
    ("ru", "Понимаю, пенсия поступит 7-го, в понедельник."),
    ("ru", "Спасибо, что дождались: выплата будет на счёте в следующий рабочий день"),
    ("ru", "понимаю пенсия поступит 7го в понедельник"),
    ("ru", "Сочувствую, выплата задержалась из-за выходных."),
    ("ru", "Спасибо, код верный."),
    ("ru", "Понимаю ваше беспокойство"),
    ("et", "Saan aru, pension laekub kontole esmaspäeval 7. kuupäeval."),
    ("et", "Tänan! Pension makstakse välja järgmisel tööpäeval."),
    ("et", "selge pension tuleb kontole esmaspäeval"),
    ("et", "Aitäh, isikukood klapib."),
    ("et", "Mõistan, et pension hilineb nädalavahetuse tõttu."),
]


@pytest.mark.parametrize("lang, reply", _MUST_NOTS)
def test_real_answers_after_an_opener_stay_answers(lang, reply):
    findings, acted = _acts(reply, lang)
    assert findings == [], findings
    assert acted == reply


@pytest.mark.parametrize("sentence, verb", [
    ("пенсия 5-е число выходные рабочие дни", False),
    ("выплата 10-е число банк", False),
    ("пенсия 1-го числа банк счёт", False),
    ("пенсия придёт 5-е число", True),
    ("деньги будут 7-го", True),
])
def test_ordinal_ending_is_no_finite_verb(sentence, verb):
    assert has_finite_verb(sentence, "ru") is verb


@pytest.mark.parametrize("reply, tail", [
    ("Вы про пенсию за декабрь? выплата 7-го рабочий день банк счёт", True),
    ("Вы про пенсию за декабрь? пенсия 5-е число выходные перенос", True),
    ("Вы про пенсию за декабрь? выплата придёт 7-го в понедельник", False),
])
def test_keyword_tail_with_an_ordinal(reply, tail):
    assert bool(keyword_tails(reply, "ru")) is tail


@pytest.fixture(scope="module")
def library():
    return load_library()


_GREETING = "Здравствуйте! Департамент социального страхования, меня зовут Мария. Чем могу помочь?"
_ASK_CODE = "Понимаю Ваше беспокойство. Назовите, пожалуйста, Ваш личный код."


def _client_lines(library, replies: list[str]) -> list[str]:
    conv = play_answers(library.get("pension-weekend-ru"), library, [_GREETING, *replies])
    return [t["text"] for t in conv.turns if t["role"] == "client"]


def test_client_does_not_hear_the_rule_in_a_chain(library):
    lines = _client_lines(library, [_ASK_CODE, "Сочувствую задержка выплата выходные следующий рабочий день"])
    assert "из-за выходных" not in lines[-1], lines


def test_client_hears_the_rule_said_with_the_opener(library):
    lines = _client_lines(library, [_ASK_CODE, "Сочувствую, выплата переносится на следующий рабочий день, "
                                               "потому что 5-е выпало на выходные."])
    assert "из-за выходных" in lines[-1], lines


def test_chain_naming_the_code_asks_nothing(library):
    """«Понимаю личный код ...» asks for no code: the client hears «Понимаю» and gives none."""
    lines = _client_lines(library, ["Понимаю личный код пенсия перенос выходные 7-го понедельник"])
    assert not any(ch.isdigit() for ch in lines[-1]), lines


def test_stuffed_run_earns_no_payment_rule(library):
    conv = play_answers(library.get("pension-weekend-ru"), library, [
        _GREETING, _ASK_CODE, "Мне очень жаль задержка пенсия выходные следующий рабочий день",
        "Всего доброго, до свидания!"])
    result = conv.score()
    crit = {c["id"]: c for c in result["criteria"]}
    assert crit["payment_rule"]["result"] == "fail", crit["payment_rule"]
    assert crit["real_answers"]["result"] == "fail", crit["real_answers"]
