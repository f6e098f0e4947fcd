"""What batch 14's good runs showed (issue #10), in general form, on own et/ru dialogues:

- "veel kord" / «ещё раз» right before a social formula ("Veel kord kaastunne, kõike head.") is part of the
  formula: the goodbye is no keyword chain and closes the call;
- "väga kahju" and "kahju Teie isa pärast" are sympathy (not "väga suur kahju", not "kahju hüvitatakse pärast
  otsust"); «очень жаль» is sympathy.
"""

import pytest
from scoring_support import OPENING, verdicts


def _grief(lang, reply, last):
    if lang == "ru":
        return [("agent", OPENING["ru"]),
                ("client", "Здравствуйте... У меня умер отец. Нужно ли вам сообщать, чтобы пенсию прекратили?"),
                ("agent", reply),
                ("client", "Хорошо, спасибо, что объяснили."),
                ("agent", last)]
    return [("agent", OPENING["et"]),
            ("client", "Tere... Mu isa suri. Kas ma pean teile teatama, et pension lõpetataks?"),
            ("agent", reply),
            ("client", "Selge, aitäh, et selgitasite."),
            ("agent", last)]


@pytest.mark.parametrize("lang,last,verdict", [
    ("et", "Palun. Veel kord kaastunne, kõike head.", "pass"),
    ("et", "palun. veel kord kaastunne, koike head", "pass"),
    ("ru", "Пожалуйста. Ещё раз мои соболезнования, всего доброго.", "pass"),
    # must-nots: a keyword list with a goodbye is still no closing act
    ("ru", "Ещё раз заявление, самообслуживание, всего доброго.", "fail"),
])
def test_once_again_before_a_formula_is_part_of_it(lang, last, verdict):
    reply = {"et": "Mul on väga kahju. Teatama ei pea: amet saab andmed rahvastikuregistrist.",
             "ru": "Примите мои соболезнования. Сообщать не нужно: данные придут из регистра народонаселения."}[lang]
    assert verdicts(lang, _grief(lang, reply, last))["closing"] == verdict


@pytest.mark.parametrize("lang,reply,verdict", [
    ("et", "Väga kahju Teie isa pärast. Teatama ei pea, amet saab andmed rahvastikuregistrist.", "pass"),
    ("et", "vaga kahju teie isa parast. teatama ei pea, amet saab andmed rahvastikuregistrist", "pass"),
    ("et", "Kahju Teie kaotuse pärast. Teatama ei pea, amet saab andmed rahvastikuregistrist.", "pass"),
    ("ru", "Очень жаль, что так случилось. Сообщать не нужно, данные придут из регистра.", "pass"),
    # must-nots: "kahju" as damage, "pärast" as a preposition
    ("et", "Kahju hüvitatakse pärast otsust. Teatama ei pea, amet saab andmed rahvastikuregistrist.", "fail"),
    ("et", "Väga suur kahju ei teki. Teatama ei pea, amet saab andmed rahvastikuregistrist.", "fail"),
    ("ru", "Сообщать не нужно, данные придут из регистра.", "fail"),
])
def test_elliptic_sorry_is_empathy(lang, reply, verdict):
    last = {"et": "Aitäh, kõike head!", "ru": "Спасибо, всего доброго!"}[lang]
    assert verdicts(lang, _grief(lang, reply, last), client_upset=True)["empathy"] == verdict


@pytest.mark.parametrize("sentence,lang,promise", [
    ("Отменить требование я пообещать не могу, но возражение обязательно рассмотрят.", "ru", False),
    ("Vaie vaadatakse kindlasti läbi.", "et", False),
    ("Teie vaide vaatame kindlasti üle, tulemust ma lubada ei saa.", "et", False),
    # must-nots: an outcome beside it, or a day tied to the handling, is still a promise
    ("Возражение обязательно рассмотрят и требование отменят.", "ru", True),
    ("Возражение обязательно рассмотрят до пятницы.", "ru", True),
    ("Vaie vaadatakse kindlasti läbi ja nõue tühistatakse.", "et", True),
    ("Vaie vaadatakse kindlasti läbi reedeks.", "et", True),
])
def test_handling_an_appeal_is_no_promise(sentence, lang, promise):
    from trainer.scoring.promises import is_promise
    assert is_promise(sentence, lang) is promise


def test_confirming_the_clients_recap_is_an_answer_not_a_keyword_chain():
    from scoring_support import verdicts

    turns = [("agent", "Здравствуйте! Департамент социального страхования, меня зовут Янек. Чем могу помочь?"),
             ("client", "Я переезжаю в Германию. Пенсию туда будут платить?"),
             ("agent", "Вы переезжаете насовсем?"),
             ("client", "Да, насовсем."),
             ("agent", "Да, пенсию выплачивают в страну ЕС. Новый счёт сообщаете письменно в самообслуживании."),
             ("client", "Теперь понятно: счёт письменно, и раз в год справка. Спасибо Вам большое."),
             ("agent", "Совершенно верно, итог именно такой. Спасибо за звонок, всего доброго Вам на новом месте!")]
    result = verdicts("ru", turns)
    assert result["real_answers"] == "pass"
    assert result["closing"] == "pass"
    # must-not: a verbless list of topics without the confirmation is still a keyword chain
    turns[-1] = ("agent", "Итог: справка, счёт, самообслуживание. Спасибо, всего доброго!")
    assert verdicts("ru", turns)["real_answers"] == "fail"


@pytest.mark.parametrize("sentence,lang,promise", [
    ("декларация это вопрос налогово-таможенного департамента там скажут точно", "ru", False),
    ("Seal öeldakse Teile kindlasti täpselt, mida teha.", "et", False),
    ("Там Вам точно помогут с деньгами.", "ru", True),
    ("Pension makstakse kindlasti homme.", "et", True),
])
def test_being_told_for_certain_is_no_promised_outcome(sentence, lang, promise):
    from trainer.scoring.promises import is_promise

    assert is_promise(sentence, lang) is promise


@pytest.mark.parametrize("lang,reply,verdict", [
    ("ru", "это не к нам, это в Пенсионный центр, там всё оформят", "pass"),
    ("ru", "Это не к нам.", "fail"),
    # blame stays blame beside a named place
    ("ru", "это через самоуправление, а вообще это ваша ответственность, а не наша", "fail"),
])
def test_not_ours_with_the_place_named_is_a_redirect(lang, reply, verdict):
    from scoring_support import OPENING, courtesy_of

    from trainer.scoring.transcript import Turn

    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text="как получить деньги второй ступени?"),
             Turn(role="agent", text=reply)]
    assert courtesy_of(turns, lang, "phone")["result"] == verdict
