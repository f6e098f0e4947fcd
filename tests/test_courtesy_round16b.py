"""Blind round 16, second pass: courtesy and empathy false passes (own dialogues, et and ru).

- replies recombined from the agent's earlier text (most word trigrams said before) to a client who said a reply
  missed the question are a brush-off, even when a short check question in them («Ответила ли я на Ваш вопрос?»)
  is pasted word for word; a complaint followed by a real new answer, or the same correct answer said once more
  to a client who asks again, stays courteous;
- a "summary" that lists nouns ("Kokkuvõte: toetus, register, aadress.") is a cue list even when a noun of it
  could be read as a verb form ("toetus" = leaned): a list item is no predicate;
- after two ignored questions, a goodbye while the client's question is still open and the client holds on
  («алло подождите а сколько») ignores the client to the end; one abrupt goodbye after real answers does not;
- a stock «понимаю вас» / "mõistan" glued to a keyword chain (in its sentence, or as a bare sentence just before
  it) takes up nothing of the client's distress; a short real acknowledgement ("Mõistan, see on raske uudis",
  «понимаю, как Вам сейчас тяжело») still counts.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def result(lang, turns, criterion="courtesy", channel="chat", **context):
    return verdicts(lang, turns, channel=channel, **context)[criterion]


# -- recycled replies after a complaint ------------------------------------------------------------------------

def test_recycled_replies_after_complaint_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Я подавала на пособие по уходу за мамой. Есть ли уже решение?"),
        ("agent", "Решение принято пятого марта, пособие по уходу назначено. Ответила ли я на Ваш вопрос?"),
        ("client", "А сколько денег я буду получать в месяц?"),
        ("agent", "Пособие по уходу назначено, решение принято пятого марта. Ответила ли я на Ваш вопрос?"),
        ("client", "Нет, Вы не ответили. Я спрашиваю про сумму."),
        ("agent", "Пособие выплачивается по установленным ставкам. Ответила ли я на Ваш вопрос?"),
        ("client", "По каким ставкам? И нужно ли мне ещё какое-то заявление писать?"),
        ("agent", "Решение принято пятого марта, пособие по уходу назначено по ставкам. Ответила ли я на Ваш вопрос? "
                  "Всего доброго!"),
    ]) == "fail"


def test_recycled_replies_after_complaint_et():
    assert result("et", [
        GREET_ET,
        ("client", "Esitasin hooldajatoetuse taotluse. Kas otsus on juba olemas?"),
        ("agent", "Otsus tehti 5. märtsil, hooldajatoetus on määratud. Kas vastasin Teie küsimusele?"),
        ("client", "Kui palju raha ma kuus saan?"),
        ("agent", "Nagu öeldud, otsus tehti 5. märtsil, hooldajatoetus on määratud. Kas vastasin Teie küsimusele?"),
        ("client", "Ei, Te ei vastanud. Ma küsin summat."),
        ("agent", "Toetust makstakse kehtestatud määrade järgi. Kas vastasin Teie küsimusele?"),
        ("client", "Milliste määrade järgi? Ja kas ma pean veel mingi avalduse kirjutama?"),
        ("agent", "Otsus tehti 5. märtsil, hooldajatoetus on määratud määrade järgi. Kas vastasin Teie küsimusele? "
                  "Head päeva!"),
    ]) == "fail"


def test_complaint_then_new_answer_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Я подавала на пособие по уходу за мамой. Есть ли уже решение?"),
        ("agent", "Решение принято пятого марта, пособие по уходу назначено. Ответила ли я на Ваш вопрос?"),
        ("client", "Нет, Вы не ответили: сколько денег в месяц?"),
        ("agent", "Извините. Пособие по уходу составляет 60 евро в месяц, деньги приходят до десятого числа. "
                  "Ответила ли я на Ваш вопрос?"),
        ("client", "Да, спасибо."),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_same_answer_to_repeated_question_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal lapsetoetus makstakse?"),
        ("agent", "Lapsetoetus makstakse iga kuu 10. kuupäeval Teie pangakontole. Kas vastasin Teie küsimusele?"),
        ("client", "Vabandust, side katkes. Millal see makstakse?"),
        ("agent", "Lapsetoetus makstakse iga kuu 10. kuupäeval Teie pangakontole. Kas vastasin Teie küsimusele?"),
        ("client", "Selge, aitäh."),
        ("agent", "Head päeva!"),
    ]) == "pass"


# -- a noun list as the "summary" ------------------------------------------------------------------------------

def test_noun_list_summary_to_follow_up_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas mu ema saab üksi elava pensionäri toetust? Ta elab täiesti üksi."),
        ("agent", "Toetust makstakse, kui pensionär elab rahvastikuregistri järgi üksi ja tema pension on alla "
                  "piirmäära."),
        ("client", "Aga kas tema aadressil on veel keegi kirjas? Kas Te näete seda?"),
        ("agent", "Kokkuvõte: toetus, register, aadress, pension."),
        ("client", "Nii et mida ta nüüd tegema peab?"),
        ("agent", "Märksõnad: toetus, taotlus, aitäh, head päeva."),
    ]) == "fail"


def test_noun_list_summary_to_follow_up_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Положено ли маме пособие одиноко проживающего пенсионера? Она живёт одна."),
        ("agent", "Пособие выплачивается, если пенсионер по регистру живёт один и его пенсия ниже предела."),
        ("client", "А у неё по адресу ещё кто-то записан? Вы это видите?"),
        ("agent", "Итог: пособие, регистр, адрес, пенсия."),
        ("client", "Так что ей теперь делать?"),
        ("agent", "Ключевые слова: пособие, заявление, спасибо, всего доброго."),
    ]) == "fail"


def test_terse_answer_with_verb_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas mu ema saab üksi elava pensionäri toetust?"),
        ("agent", "Jah, toetus makstakse oktoobris, 200 eurot, automaatselt, taotlust pole vaja."),
        ("client", "Aga kui tema aadressil on poeg kirjas?"),
        ("agent", "Siis toetust ei maksta. Poeg peab oma elukoha registris muutma."),
        ("client", "Selge, aitäh."),
        ("agent", "Head päeva!"),
    ]) == "pass"


# -- cue-glued keyword chains in speech, and the goodbye to the open question ---------------------------------

CHAINS_RU = [
    ("agent", "алло департамент социального страхования меня зовут ольга слушаю вас"),
    ("client", "здравствуйте у меня мужу дали инвалидность а я не знаю что теперь делать с работой я так "
               "растерялась"),
    ("agent", "понимаю итак подведём итог работа больничный касса трудоустройства спасибо за звонок"),
    ("client", "простите я не поняла мне в кассу идти или к вам"),
    ("agent", "касса трудоустройства заявление среда самообслуживания понимаю вас"),
    ("client", "так куда идти"),
    ("agent", "уточните пожалуйста итак подведём итог ответила ли я на ваш вопрос"),
    ("client", "нет не ответили а пособие какое-то будет и когда"),
    ("agent", "пособие тридцать дней итак подведём итог спасибо за звонок всего доброго"),
    ("client", "алло подождите а сколько"),
]


def test_cue_chains_then_goodbye_ru():
    assert result("ru", CHAINS_RU, channel="phone", client_upset=True) == "fail"


def test_cue_chain_understanding_is_no_empathy_ru():
    assert result("ru", CHAINS_RU, "empathy", channel="phone", client_upset=True) == "fail"


def test_one_abrupt_goodbye_after_answers_passes_ru():
    assert result("ru", [
        ("agent", "алло департамент социального страхования меня зовут ольга слушаю вас"),
        ("client", "здравствуйте мужу дали инвалидность что теперь с его работой"),
        ("agent", "он может работать дальше работодатель должен приспособить рабочее место если нужно"),
        ("client", "а пособие ему положено"),
        ("agent", "да пособие по инвалидности назначается вместе со степенью оно приходит на счёт каждый месяц"),
        ("client", "а когда первая выплата"),
        ("agent", "первая выплата приходит в следующем месяце после решения спасибо за звонок всего доброго"),
        ("client", "алло подождите а ещё про лекарства"),
    ], channel="phone") == "pass"


def test_stock_cue_before_chain_is_no_empathy_et():
    assert result("et", [
        GREET_ET,
        ("client", "Mu pojal avastati diabeet ja arst ütles, et võiks puuet taotleda. Ma olen täiesti šokis ega tea, "
                   "kust alustada."),
        ("agent", "Mõistan. Perearst, taotlus, puude raskusaste, iseteenindus."),
        ("client", "Kas ma pean kõigepealt perearsti juurde minema?"),
        ("agent", "Taotluse esitate iseteeninduses, perearst lisab oma arvamuse."),
    ], "empathy", client_upset=True) == "fail"


def test_real_acknowledgement_before_steps_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Mu pojal avastati diabeet ja arst ütles, et võiks puuet taotleda. Ma olen täiesti šokis ega tea, "
                   "kust alustada."),
        ("agent", "Mõistan, see on raske uudis. Perearst, taotlus, puude raskusaste, iseteenindus."),
        ("client", "Kas ma pean kõigepealt perearsti juurde minema?"),
        ("agent", "Taotluse esitate iseteeninduses, perearst lisab oma arvamuse."),
    ], "empathy", client_upset=True) == "pass"


def test_real_acknowledgement_in_speech_passes_ru():
    assert result("ru", [
        ("agent", "алло департамент социального страхования меня зовут ольга слушаю вас"),
        ("client", "здравствуйте у сына нашли диабет врач сказала можно оформить инвалидность я в шоке не знаю с "
                   "чего начать"),
        ("agent", "понимаю как вам сейчас тяжело сначала семейный врач пишет ходатайство потом вы подаёте "
                  "заявление в среде самообслуживания"),
        ("client", "а долго ждать решения"),
        ("agent", "решение принимается в течение тридцати дней"),
    ], "empathy", channel="phone", client_upset=True) == "pass"


def test_stock_cue_with_real_answer_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "У сына нашли диабет, врач сказала, что можно оформить инвалидность. Я в шоке, не знаю, с чего "
                   "начать."),
        ("agent", "Понимаю Вас, сначала семейный врач пишет ходатайство, потом Вы подаёте заявление в среде "
                  "самообслуживания."),
        ("client", "А долго ждать решения?"),
        ("agent", "Решение принимается в течение 30 дней."),
    ], "empathy", client_upset=True) == "pass"
