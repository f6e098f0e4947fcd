"""New-user batch 57 (live57): two competent runs that failed, fixed in general, on sentences written for these tests.

1. The case's legal deadline said with certainty and "at the latest" ("Vastus tuleb Teile kindlasti hiljemalt 20.
   jaanuariks", «Ответ Вы точно получите не позднее 20 января») is the rule the Board is bound by, not a promise,
   when the date is the legal deadline: a due-date fact of the scenario, or the date the agent derived from the
   rule in the same call. A decision (an expert's) by that date, a day tomorrow, a date earlier than the deadline, an outcome («решение будет
   положительным»), a raise ("luban, et pension tõuseb") and a call-back by another department stay promises.
2. A telegraphic reply pairing the asked topic with its value ("250 eurot kuus iga lapse kohta.", "Kuni 120 päeva,
   mitte kauem kui otsuseni.", «Не более 120 дней, 250 евро в месяц на ребёнка.») answers the client's question; a
   bare keyword list with a number ("toetus, 7. kuupäev, taotlus, 16106", «Ключевые слова: пособие, 30 дней»)
   stays a keyword list.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.promise_deadline import deadline_dates, legal_deadline_only
from trainer.scoring.value_fragment import value_statement

# -- 1. the legal deadline "at the latest" ---------------------------------------------------------------------------

ET_OPEN = "Tere, Sotsiaalkindlustusamet, Liina kuuleb. Kuidas saan aidata?"
RU_OPEN = "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"
ET_RULE = "Teie avaldus registreeriti 21. detsembril. Selgitustaotlusele vastame 30 päeva jooksul, ehk hiljemalt 20. jaanuariks."
RU_RULE = "Ваше обращение зарегистрировано 21 декабря. На запрос разъяснения отвечаем в течение 30 дней, то есть не позднее 20 января."


def _et(reply: str, **context) -> dict:
    return verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "Ma saatsin kirja juba ammu ja keegi ei vasta. Millal ma vastuse saan?"),
        ("agent", ET_RULE),
        ("client", "Aga kas keegi sellega üldse tegeleb?"),
        ("agent", reply),
    ], **context)


def _ru(reply: str, **context) -> dict:
    return verdicts("ru", [
        ("agent", RU_OPEN),
        ("client", "Я давно отправила письмо, и никто не отвечает. Когда я получу ответ?"),
        ("agent", RU_RULE),
        ("client", "А кто-нибудь вообще этим занимается?"),
        ("agent", reply),
    ], **context)


@pytest.mark.parametrize("reply", [
    "Jah, edastan selle menetlejale. Vastuse saate kindlasti hiljemalt 20. jaanuariks.",
    "Edastan pöördumise osakonnale; vastus tuleb Teile kindlasti hiljemalt 20. jaanuariks.",
])
def test_et_legal_deadline_at_the_latest_is_no_promise(reply):
    assert _et(reply)["no_promise"] == "pass"


@pytest.mark.parametrize("reply", [
    "Да, передаю его специалисту. Ответ Вы точно получите не позднее 20 января.",
    "Передаю обращение в отдел, ответ придёт обязательно до 20 января.",
])
def test_ru_legal_deadline_at_the_latest_is_no_promise(reply):
    assert _ru(reply)["no_promise"] == "pass"


@pytest.mark.parametrize("reply", [
    "Vastus tuleb kindlasti homme.",
    "Vastuse saate kindlasti hiljemalt 10. jaanuariks.",  # earlier than the legal deadline
    "Luban, et pension tõuseb ja vastuse saate kindlasti hiljemalt 20. jaanuariks.",
    "Vastus on kindlasti positiivne ja tuleb hiljemalt 20. jaanuariks.",
    # a decision is an expert's: its processing time is no date to be certain of (batch 18 refuses-code-et wrong)
    "Otsuse saate kindlasti hiljemalt 20. jaanuariks.",
])
def test_et_other_promises_stay(reply):
    assert _et(reply)["no_promise"] == "fail"


@pytest.mark.parametrize("reply", [
    "Решение будет положительным, ответ точно придёт не позднее 20 января.",
    "Ответ Вы точно получите не позднее 10 января.",
    "Ответ Вы точно получите завтра.",
    "Решение Вы точно получите не позднее 20 января.",
])
def test_ru_other_promises_stay(reply):
    assert _ru(reply)["no_promise"] == "fail"


@pytest.mark.parametrize("sentence,lang", [
    ("Menetleja helistab Teile kindlasti hiljemalt 20. jaanuariks.", "et"),  # a call-back by another department
    ("Vastus tuleb kindlasti homme.", "et"),
    ("Luban, et vastuse saate hiljemalt 20. jaanuariks.", "et"),
    ("Специалист Вам точно перезвонит не позднее 20 января, ответ будет.", "ru"),
    ("Решение будет положительным не позднее 20 января.", "ru"),
])
def test_callbacks_and_outcomes_are_not_taken_back(sentence, lang):
    assert not legal_deadline_only(sentence, lang, frozenset({"20.1"}))


def test_no_deadline_in_the_call_keeps_the_promise():
    result = verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "Millal ma vastuse saan?"),
        ("agent", "Vastuse saate kindlasti hiljemalt 20. jaanuariks."),
    ])
    assert result["no_promise"] == "fail"


def test_scenario_due_date_fact_is_the_deadline():
    due = deadline_dates(["21. detsembril", "20. jaanuariks"], [], "et")
    assert due == frozenset({"20.1"})
    assert legal_deadline_only("Vastuse saate kindlasti hiljemalt 20. jaanuariks.", "et", due)
    # the agent's own derivation does not move the fact's date
    assert not legal_deadline_only("Vastuse saate kindlasti hiljemalt 15. jaanuariks.", "et", due)
    assert deadline_dates(["21 декабря", "до 20 января"], [], "ru") == frozenset({"20.1"})


# -- 2. telegraphic value-bearing answers -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "250 eurot kuus iga lapse kohta.",
    "Kuni 120 päeva, mitte kauem kui otsuseni.",
    "Hüvitis 80 eurot kuus.",
])
def test_et_value_statement(sentence):
    assert value_statement(sentence, "et")


@pytest.mark.parametrize("sentence", [
    "250 евро в месяц на ребёнка.",
    "Не более 120 дней, до решения суда.",
])
def test_ru_value_statement(sentence):
    assert value_statement(sentence, "ru")


@pytest.mark.parametrize("sentence,lang", [
    ("toetus, 7. kuupäev, taotlus, 16106", "et"),
    ("Märksõnad: toetus, 30 päeva", "et"),
    ("Toetus, 250 eurot.", "et"),
    ("Ключевые слова: пособие, 30 дней, 16106", "ru"),
    ("Пособие, 30 дней.", "ru"),
    ("6 kuud enne 3 kuud pärast iseteenindus id-kaart kokkuvõtteks", "et"),  # keywords spoken without punctuation
])
def test_keyword_lists_are_no_value_statements(sentence, lang):
    assert not value_statement(sentence, lang)


def test_et_telegraphic_answer_counts():
    result = verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "Kohus tegi määruse. Palju seda toetust makstakse ja kui kaua?"),
        ("agent", "250 eurot kuus iga lapse kohta. Kuni 120 päeva, mitte kauem kui otsuseni. Makse 15. kuupäeval."),
    ])
    assert result["real_answers"] == "pass"


def test_ru_telegraphic_answer_counts():
    result = verdicts("ru", [
        ("agent", RU_OPEN),
        ("client", "Суд вынес определение. Сколько платят и как долго?"),
        ("agent", "250 евро в месяц на ребёнка. Не более 120 дней, до решения суда. Выплата 15 числа."),
    ])
    assert result["real_answers"] == "pass"


@pytest.mark.parametrize("lang,reply", [
    ("et", "toetus, 7. kuupäev, taotlus, 16106"),
    ("ru", "Ключевые слова: пособие, 30 дней, 16106"),
])
def test_keyword_list_with_a_number_stays_no_answer(lang, reply):
    client = {"et": "Palju toetust makstakse ja millal?", "ru": "Сколько платят и когда?"}[lang]
    result = verdicts(lang, [("agent", ET_OPEN if lang == "et" else RU_OPEN), ("client", client), ("agent", reply)])
    assert result["real_answers"] == "fail"
