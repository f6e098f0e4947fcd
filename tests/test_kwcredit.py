"""A keyword telegram earns no criterion and no thanks (judging "stuffed" conversations, trainer issue #10).

A trainee who pastes bare keyword fragments instead of sentences («Срок заявление возражение 30 дней», "Matusetoetus
vallavalitsus linnavalitsus pöördumine palun aitäh") was credited with the scenario criterion the keywords name, and the
scripted client thanked for the Estonian one as if it had been told where to turn. A verbless run of topic nouns with
no punctuation, no preposition and no linking word is a telegram (`trainer.scoring.telegram`): it is dropped from what
the criteria and the client read, and the result says why (a non-answer with feedback in the trainee's language).

Must-nots: terse but real answers ("vaie 30 p jooksul otsusest", «возражение – 30 дней с решения») keep their credit
and the client's thanks.
"""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_TELEGRAMS = [
    ("ru", "Срок заявление возражение 30 дней"),
    ("ru", "Почта бюро самообслуживание e-mail"),
    ("ru", "Возражение причина документы трудовая книжка"),
    ("et", "Matusetoetus vallavalitsus linnavalitsus pöördumine palun aitäh"),
    ("et", "Vaie tähtaeg otsus 30 päeva"),
    ("et", "Pension rahvastikuregister teatamine amet"),
]

_SENTENCES = [
    ("ru", "Возражение подаётся в течение 30 дней с того дня, как Вы узнали о решении."),
    ("ru", "возражение – 30 дней с решения"),
    ("ru", "возражение 30 дней с момента решения"),
    ("ru", "пособие 80 евро в месяц"),
    ("ru", "почта, бюро или e-mail с цифровой подписью"),
    ("ru", "Бюро обслуживания в Нарве"),
    ("ru", "понятно"),
    ("et", "Vaide võib esitada 30 päeva jooksul."),
    ("et", "vaie 30 p jooksul otsusest"),
    ("et", "lapsetoetus 80 eurot kuus"),
    ("et", "matusetoetus kohalikust omavalitsusest"),
    ("et", "raske puue"),
    ("et", "Palun pöörduge matusetoetuse asjus oma valda, aitäh"),
]


@pytest.mark.parametrize("lang, sentence", _TELEGRAMS)
def test_keyword_telegram(lang, sentence):
    from trainer.scoring.telegram import is_telegram

    assert is_telegram(sentence, lang)


@pytest.mark.parametrize("lang, sentence", _SENTENCES)
def test_terse_sentence_is_no_telegram(lang, sentence):
    from trainer.scoring.telegram import is_telegram

    assert not is_telegram(sentence, lang)


@pytest.fixture(scope="module")
def library():
    return load_library()


_RU_OPENING = ("Здравствуйте! Департамент социального страхования, меня зовут Анна. Вы не согласны с решением об отказе "
               "в досрочной пенсии, верно? Личный код в чат, пожалуйста, не пишите.")
_RU_HOW = "Напишите возражение в свободной форме: почему Вы не согласны, и приложите копию трудовой книжки."
_RU_WHERE = "Отправить его можно по почте, по e-mail с цифровой подписью или принести в бюро обслуживания."


def _score(library, scenario: str, answers: list[str]):
    conv = play_answers(library.get(scenario), library, answers)
    result = conv.score()
    return conv, result, {c["id"]: c for c in result["criteria"]}


def test_ru_telegram_earns_no_deadline(library):
    _, result, crit = _score(library, "appeal-refused-ru", [
        _RU_OPENING, _RU_HOW, _RU_WHERE, "Срок заявление возражение 30 дней", "Всего доброго!"])
    assert crit["client_deadline"]["result"] == "fail", crit["client_deadline"]
    why = [n for n in result["non_answers"] if "30 дней" in n["quote"]]
    assert why and "ключевых слов" in why[0]["feedback"], result["non_answers"]
    # the criterion itself quotes the telegram and says why it earned nothing, in the trainee's language
    assert "без глагола" in crit["client_deadline"]["feedback"], crit["client_deadline"]
    assert crit["client_deadline"]["evidence"][0]["quote"] == "Срок заявление возражение 30 дней"


def test_ru_telegram_then_bare_ponyatno_is_no_summary(library):
    _, _, crit = _score(library, "appeal-refused-ru", [
        _RU_OPENING, _RU_HOW, _RU_WHERE, "Срок заявление возражение 30 дней. понятно", "Всего доброго!"])
    assert crit["client_deadline"]["result"] == "fail", crit["client_deadline"]
    assert crit["summary"]["result"] == "fail", crit["summary"]


@pytest.mark.parametrize("reply", ["Возражение можно подать в течение 30 дней с того дня, когда Вы узнали о решении.",
                                   "возражение – 30 дней с решения"])
def test_ru_real_deadline_keeps_credit(library, reply):
    _, _, crit = _score(library, "appeal-refused-ru", [_RU_OPENING, _RU_HOW, _RU_WHERE, reply, "Всего доброго!"])
    assert crit["client_deadline"]["result"] == "pass", crit["client_deadline"]


_ET_ANSWERS = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Minu sügav kaastunne Teie isa kaotuse puhul.",
    "Eraldi teatama ei pea: amet saab surma andmed rahvastikuregistrist ja pension lõpetatakse ise.",
    "Pensioni, mis kanti kontole pärast surma, ei tohi kasutada – amet nõuab selle tagasi.",
]


def _et_last_client_line(conv) -> str:
    agent = [k for k, t in enumerate(conv.turns) if t["role"] == "agent"]
    return conv.turns[agent[3] + 1]["text"]


def test_et_telegram_is_not_thanked_nor_credited(library):
    conv, result, crit = _score(library, "death-report-et", [
        *_ET_ANSWERS, "Matusetoetus vallavalitsus linnavalitsus pöördumine palun aitäh", "Head päeva!"])
    assert crit["funeral_municipality"]["result"] == "fail", crit["funeral_municipality"]
    assert "ilma tegusõnata" in crit["funeral_municipality"]["feedback"], crit["funeral_municipality"]
    line = _et_last_client_line(conv).lower()
    assert "tean, kuhu" not in line and "kannatlik" not in line, line  # no thanks for being told where to turn


@pytest.mark.parametrize("reply", ["Matusetoetust maksab kohalik omavalitsus – pöörduge oma valla või linna poole.",
                                   "matusetoetus kohalikust omavalitsusest, st vallast või linnast"])
def test_et_real_referral_keeps_credit_and_thanks(library, reply):
    conv, _, crit = _score(library, "death-report-et", [*_ET_ANSWERS, reply, "Head päeva!"])
    assert crit["funeral_municipality"]["result"] == "pass", crit["funeral_municipality"]
    assert "tean, kuhu" in _et_last_client_line(conv).lower()


def test_note_form_recap_of_what_was_said_stays_a_summary(library):
    """A recap in note form after the answers in full («итого ...»: the stems were said before) is a summary, not a
    telegram (new-user batch 14 redirects-pillar-tax-pin-ru terse_good is of this kind)."""
    _, _, crit = _score(library, "appeal-refused-ru", [
        _RU_OPENING, _RU_HOW, _RU_WHERE,
        "Возражение подают в течение 30 дней с того дня, как Вы узнали о решении, рассматривают его до 60 дней.",
        "итого возражение трудовая книжка почта бюро 30 дней все понятно", "Всего доброго!"])
    assert crit["summary"]["result"] == "pass", crit["summary"]
    assert crit["client_deadline"]["result"] == "pass", crit["client_deadline"]
