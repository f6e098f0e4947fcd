"""Courtesy and closing (blind round 28), on own et/ru sentences.

Round 28 labellers failed where the scorer passed:

- the fault put on the client («это было Ваше упущение», "see oli Teie enda tegematajätmine") and "nobody has to
  watch over you" («школа не обязана за Вас следить», "keegi ei pea Teie järel valvama"): blame
  (`trainer.scoring.courtesy_fault`);
- a gaming run answering two client questions with bare chains of step cues: a brush-off
  (`courtesy_court.cue_chain_replies`);
- a spoken client question closed by "or not" and her own doubt («налог снимают или нет я не понял») or by «как
  так», left without an answer at the goodbye: the closing fails (`text.statements.tag_then_doubt`).
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx

OPEN = {"et": ("agent", "Tere, Sotsiaalkindlustusamet, Maarja kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?")}
CLIENT = {"et": "Mulle tuli kiri, et pean 300 eurot peretoetust tagasi maksma. Tütar lõpetas kooli juba jaanuaris, "
                "ma ei teadnud, et sellest peab teatama.",
          "ru": "Мне пришло письмо, что я должна вернуть 300 евро семейного пособия. Дочь бросила учёбу ещё в "
                "январе, я не знала, что об этом надо сообщать."}
AFTER = {"et": "Summa saab tasuda ka osade kaupa, selleks kirjutage iseteeninduses taotlus.",
         "ru": "Сумму можно вернуть частями, для этого напишите заявление в среде самообслуживания."}


def _courtesy(lang, sentence):
    turns = [OPEN[lang], ("client", CLIENT[lang]), ("agent", sentence + " " + AFTER[lang])]
    return verdicts(lang, turns, channel="chat")["courtesy"]


# -- the fault put on the client -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Сообщать об изменениях должен получатель, так что тут целиком Ваше упущение."),
    ("ru", "Переплата возникла по Вашей же вине."),
    ("ru", "Это недосмотр с Вашей стороны, правила были в решении."),
    ("ru", "Это была Ваша оплошность, теперь сумму надо вернуть."),
    ("et", "See oli Teie enda tegematajätmine, reeglid olid otsuses kirjas."),
    ("et", "Ettemaks tekkis Teie enda süül."),
    ("et", "See on puhtalt Teie hooletus, teatama pidite ise."),
])
def test_the_fault_stated_as_the_clients_fails(lang, sentence):
    assert _courtesy(lang, sentence) == "fail"


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Никто не обязан за Вами следить, сообщать нужно самой."),
    ("ru", "Вам никто не должен напоминать о таких вещах."),
    ("ru", "Департамент не обязан за Вас проверять, учится ли дочь."),
    ("et", "Keegi ei pea Teie järel valvama, teatama pidite ise."),
    ("et", "Kool ei ole kohustatud Teid jälgima."),
    ("et", "Meie ei pea Teile meelde tuletama, millest teatada."),
])
def test_nobody_has_to_watch_over_the_client_fails(lang, sentence):
    assert _courtesy(lang, sentence) == "fail"


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Это не Ваша вина, о таком правиле многие не знают."),
    ("ru", "Это было наше упущение, мы должны были предупредить, приношу извинения."),
    ("ru", "Вы не обязаны за этим следить сами, в будущем мы пришлём напоминание."),
    ("ru", "Школа не обязана сообщать нам об отчислении, поэтому о таких изменениях сообщает получатель."),
    ("ru", "Это было не Ваше упущение: школа передала данные с опозданием."),
    ("et", "See ei olnud Teie viga, sellest reeglist ei tea paljud."),
    ("et", "See oli meie tegematajätmine, vabandan."),
    ("et", "Te ei pea selle järele ise valvama, edaspidi saadame meeldetuletuse."),
    ("et", "Kool ei pea meile teatama, seepärast peab muutustest teatama toetuse saaja."),
])
def test_no_fault_of_the_client_or_a_rule_stays_courteous(lang, sentence):
    assert _courtesy(lang, sentence) == "pass"


# -- questions met with bare cue chains ------------------------------------------------------------------------------

_CHAIN = {"ru": "итак подведём итог ответил ли я на ваш вопрос спасибо за звонок всего доброго",
          "et": "kokkuvõtteks kas see vastas teie küsimusele aitäh kõne eest head päeva"}
_STUFFED_KEYWORD = {"ru": "перерасчёт итак подведём итог правильно ли я понимаю ответил ли я на ваш вопрос",
                    "et": "ümberarvutus kokkuvõtteks kas ma saan õigesti aru kas see vastas teie küsimusele"}
_CALL = {"ru": [("agent", "здравствуйте департамент социального страхования меня зовут олег чем могу помочь"),
                ("client", "здравствуйте у меня пособие по уходу пришло меньше почему так"),
                ("agent", "пособие пересчитали с января по новой ставке итак подведём итог"),
                ("client", "а сестре пересчитали по-другому она получает больше как так"),
                ("agent", None),
                ("client", "и ещё с него подоходный налог удерживают или нет я не поняла"),
                ("agent", None)],
         "et": [("agent", "tere sotsiaalkindlustusamet teid teenindab oleg kuidas saan aidata"),
                ("client", "tere mu hooldustoetus tuli väiksem miks nii"),
                ("agent", "toetus arvutati jaanuarist uue määra järgi ümber kokkuvõtteks"),
                ("client", "aga õele arvutati teisiti tema saab rohkem miks nii"),
                ("agent", None),
                ("client", "ja veel kas sellelt võetakse tulumaksu või mitte ma ei saanud aru"),
                ("agent", None)]}
_ANSWERS = {"ru": ("у сестры другая степень поэтому и сумма другая",
                   "нет налог с этого пособия не удерживается спасибо за звонок всего доброго"),
            "et": ("õel on teine puudeaste seetõttu on ka summa teine",
                   "ei sellelt tulumaksu ei võeta aitäh kõne eest head päeva")}


def _call(lang, second, third):
    filled = iter((second, third))
    return [(role, text if text is not None else next(filled)) for role, text in _CALL[lang]]


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_two_questions_met_with_cue_chains_are_a_brush_off(lang):
    found = verdicts(lang, _call(lang, _STUFFED_KEYWORD[lang], _CHAIN[lang]))
    assert found["courtesy"] == "fail"
    assert found["closing"] == "fail"  # the tax question is still open at the goodbye


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_one_cue_chain_among_answers_is_no_brush_off(lang):
    found = verdicts(lang, _call(lang, _ANSWERS[lang][0], _CHAIN[lang]))
    assert found["courtesy"] == "pass"
    assert found["closing"] == "fail"  # but the last question is left open


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_answers_with_cues_around_them_pass(lang):
    found = verdicts(lang, _call(lang, *_ANSWERS[lang]))
    assert found["courtesy"] == "pass"
    assert found["closing"] == "pass"


# -- spoken client questions closed by "or not" and a doubt, or by «как так» -----------------------------------------

@pytest.mark.parametrize("lang, line", [
    ("ru", "и ещё пенсию мне на карту переведут или нет я так и не поняла"),
    ("ru", "а соседке дали больше а мне меньше как так"),
    ("ru", "ну а пособие сохранится или нет не знаю"),
    ("et", "aga pension kantakse kaardile või mitte ma ei saanud aru"),
    ("et", "kas mulle jääb toetus alles või ei ma ei tea"),
])
def test_client_question_closed_by_doubt_or_how_come_asks(lang, line):
    assert tx.is_spoken_question(line, lang, client=True)


@pytest.mark.parametrize("lang, line", [
    ("ru", "подавать или нет решу сама потом"),
    ("ru", "ну я не знаю снимают налог или нет вот"),
    ("ru", "сделаю как так надо"),
    ("et", "ma ei tea kas esitan või mitte eks ma mõtlen"),
    ("et", "esitan või ei ma veel ei tea"),
])
def test_own_decision_or_embedded_doubt_asks_nothing(lang, line):
    assert not tx.is_spoken_question(line, lang, client=True)
