"""What blind round 14 (held out) showed about summary, closing, empathy and formal address in gaming-style text,
in general form, on own et/ru sentences:

- summary: a summary cue heading bare topics ("Kokkuvõtteks: ✔ vaie ✔ uus taotlus ✔ 30 päeva.") as the reply to
  the client's question tells nothing, so the check of understanding under it checks nothing; "mitte eriti" /
  «не особо» opening the client's reply is a "no" to a check;
- the call model's steps named as list items ("..., arusaadavuse kontroll, tänu, head soovid.", «...,
  проверка понимания, благодарность, пожелания») perform none of those acts: no summary, no closing;
- formal address: "head soovid", "parimad soovid", "Teie soovid" are wishes (a plural noun), no 2sg verb;
- empathy: a one-word acknowledgement opening a list ("Mõistan. ✔ Teie võimalused: • ...") responds to no one;
  naming the client's situation as "tõesti pahandav" / «действительно досадно» does.
"""

import pytest
from scoring_support import verdicts

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Helen kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, Вера. Чем могу помочь?"}
ASK = {"et": "Tere. Millal mu matusetoetus tuleb ja kui suur see on?",
       "ru": "Здравствуйте. Когда придёт пособие на похороны и какой у него размер?"}
ANSWER = {"et": "Matusetoetus makstakse kümne päeva jooksul pärast taotlust ja see on 250 eurot.",
          "ru": "Пособие на похороны выплачивается в течение десяти дней после ходатайства, размер 250 евро."}


def _after_answer(lang, turns, channel="chat", **context):
    """Greeting, question, answer, then the given turns (client first, alternating): all verdicts."""
    roles = ["client" if k % 2 == 0 else "agent" for k in range(len(turns))]
    return verdicts(lang, [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", ANSWER[lang]),
                           *zip(roles, turns, strict=True)], channel=channel, **context)


# -- summary: a cue over bare topics answers nothing, its check checks nothing -----------------------------------

@pytest.mark.parametrize("lang,turns,expected", [
    ("et", ["Aga kas taotluse võib ka paberil tuua?",
            "Kokkuvõtteks: ✔ paber ✔ klienditeenindus ✔ kümme päeva. Kas see vastas Teie küsimusele?",
            "Jah ok."], "fail"),
    ("ru", ["А ходатайство можно принести на бумаге?",
            "Итак: ✔ бумага ✔ бюро обслуживания ✔ десять дней. Я ответила на Ваш вопрос?",
            "Да, ок."], "fail"),
    # must-nots: the same check under a reply that tells the answer in words
    ("et", ["Aga kas taotluse võib ka paberil tuua?",
            "Jah, paberil saate taotluse tuua klienditeenindusse. Kas see vastas Teie küsimusele?",
            "Jah, aitäh."], "pass"),
    ("ru", ["А ходатайство можно принести на бумаге?",
            "Да, на бумаге ходатайство можно принести в бюро обслуживания. Я ответила на Ваш вопрос?",
            "Да, спасибо."], "pass"),
])
def test_a_check_under_a_cue_over_bare_topics_checks_nothing(lang, turns, expected):
    assert _after_answer(lang, turns)["summary"] == expected


@pytest.mark.parametrize("lang,reply,expected", [
    ("et", "Mitte eriti, kui aus olla.", "fail"),
    ("et", "no mitte eriti aga olgu", "fail"),
    ("ru", "Не особо, если честно.", "fail"),
    ("ru", "ну не очень", "fail"),
    # must-nots: a yes
    ("et", "Jah, sain aru.", "pass"),
    ("ru", "Да, понятно.", "pass"),
])
def test_not_really_is_a_no_to_the_check(lang, reply, expected):
    check = {"et": "Kas see on arusaadav?", "ru": "Вам понятно?"}[lang]
    r = _after_answer(lang, ["Selge.", check, reply])
    assert r["summary"] == expected


# -- the steps of the call model named as list items -------------------------------------------------------------

@pytest.mark.parametrize("lang,last,expected", [
    ("et", "Kokkuvõte: matusetoetus 250 eurot, kümne päeva jooksul, arusaadavuse kontroll, tänu, head soovid.",
     ("fail", "fail")),
    ("ru", "Подведу итог: пособие 250 евро, выплата в течение десяти дней, проверка понимания, благодарность, "
           "пожелания.", ("fail", "fail")),
    # must-nots: the recap said and the thanks given as acts
    ("et", "Kokkuvõtteks: matusetoetus on 250 eurot ja see makstakse kümne päeva jooksul. Aitäh, et helistasite, "
           "head päeva!", ("pass", "pass")),
    ("ru", "Итак, пособие 250 евро, его выплатят в течение десяти дней. Спасибо за звонок, всего доброго!",
     ("pass", "pass")),
])
def test_steps_listed_by_name_perform_no_act(lang, last, expected):
    r = _after_answer(lang, ["Selge." if lang == "et" else "Понятно.", last, "Head aega." if lang == "et" else "До свидания."],
                      channel="phone")
    assert (r["summary"], r["closing"]) == expected


# -- formal address: "head soovid" are wishes ------------------------------------------------------------------

@pytest.mark.parametrize("lang,last,expected", [
    ("et", "Aitäh, et helistasite! Head soovid Teile ja perele.", "pass"),
    ("et", "Aitäh! Parimad soovid, kõike head.", "pass"),
    ("et", "Teie soovid on kirjas, aitäh ja head päeva!", "pass"),
    ("ru", "Спасибо за звонок! Наилучшие пожелания Вам и семье.", "pass"),
    # must-nots: the 2sg verb
    ("et", "Kui soovid, võid ka iseteenindusest vaadata. Head päeva!", "fail"),
    ("et", "Kas soovid veel midagi teada? Head päeva!", "fail"),
    ("ru", "Если хочешь, посмотри сам в самообслуживании. Всего доброго!", "fail"),
])
def test_wishes_are_no_informal_verb(lang, last, expected):
    r = _after_answer(lang, ["Selge, aitäh." if lang == "et" else "Понятно, спасибо.", last])
    assert r["formal_address"] == expected


# -- empathy: a token opening a list; the client's situation named ---------------------------------------------

UPSET = {"et": "Olen väga pahane, mu taotlus jäi rahuldamata ja keegi ei seletanud midagi! Mis ma nüüd teen?",
         "ru": "Я очень расстроена, мне отказали и никто ничего не объяснил! Что мне теперь делать?"}


def _upset_chat(lang, reply):
    follow = {"et": "Selge.", "ru": "Понятно."}[lang]
    bye = {"et": "Aitäh, et kirjutasite, head päeva!", "ru": "Спасибо, что написали, всего доброго!"}[lang]
    return verdicts(lang, [("agent", GREET[lang]), ("client", UPSET[lang]), ("agent", reply), ("client", follow),
                           ("agent", bye)], channel="chat", client_upset=True)


@pytest.mark.parametrize("lang,reply,expected", [
    ("et", "Mõistan. ✔ Teie võimalused: • vaie 30 päeva jooksul • uus taotlus • perearst", "fail"),
    ("et", "Mõistan. • vaie • uus taotlus • perearst", "fail"),
    ("ru", "Понимаю. ✔ Ваши варианты: • возражение в течение 30 дней • новое ходатайство • семейный врач", "fail"),
    ("ru", "Понимаю. • возражение • новое ходатайство • семейный врач", "fail"),
    # must-nots: the acknowledgement before an answer in words; the client's situation named as vexing
    ("et", "Mõistan. Otsuse peale saate esitada vaide 30 päeva jooksul ja lisada sellele uued dokumendid.", "pass"),
    ("ru", "Понимаю. На решение Вы можете подать возражение в течение 30 дней и приложить новые документы.", "pass"),
    ("et", "Keeldumine ilma selgituseta, kui olete oodanud kuid, on tõesti pahandav. Otsuse peale saate esitada "
           "vaide 30 päeva jooksul.", "pass"),
    ("ru", "Получить отказ без объяснений после месяцев ожидания действительно досадно. На решение можно подать "
           "возражение в течение 30 дней.", "pass"),
])
def test_empathy_token_before_a_list_and_the_situation_named(lang, reply, expected):
    assert _upset_chat(lang, reply)["empathy"] == expected


@pytest.mark.parametrize("sentence", [
    "Sammud: tervitus, kokkuvõte, vajadus.",
    "Этапы: приветствие, уточняющий вопрос, благодарность.",
])
def test_step_names_at_the_head_of_a_line_of_the_list_are_read(sentence):
    """The first name on each line of the step-name list kept its indentation and was never matched."""
    from trainer.scoring.steplist import names_steps

    assert names_steps(sentence)
