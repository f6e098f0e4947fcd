"""What blind round 7 (held out) showed, in general form, on our own et/ru dialogues (issue #9).

- A check of understanding that pastes the client's own words back (in quotes, or copied word for word after
  «Вы хотите узнать ...») clarifies nothing; a summary cue before a point the same message has just stated (or
  before «вопрос закрыт») sums up nothing.
- A step of the call model named as done («для протокола: потребность уточнена», "kokkuvõte tehtud") is a
  checklist read out, no act.
- Status of a third person's application said to a caller only after the agent stated that the caller's
  authorisation is on file is no leak (before that statement it still is).
"""

from __future__ import annotations

from scoring_support import verdicts

# -- 1. pasted echo checks ---------------------------------------------------------------------------------
ECHO_RU = [
    ("client", "Здравствуйте. Моему отцу перестали приходить деньги по уходу, он сам в санатории. Можно узнать, "
               "почему прекратили выплату и когда её возобновят?"),
    ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Правильно ли я понимаю, что «Моему отцу "
              "перестали приходить деньги по уходу, он сам в санатории. Можно узнать, почему прекратили выплату и "
              "когда её возобновят»? Итак, подведём итог: Вы хотите узнать, почему прекратили выплату и когда её "
              "возобновят. Ответила ли я на Ваш вопрос?"),
    ("client", "Нет. Вы посмотрите?"),
    ("agent", "Правильно ли я понимаю, что «Вы посмотрите?» Пособие по уходу платится, пока действует решение о "
              "степени недееспособности. Итак, подведём итог: решение. Ответила ли я на Ваш вопрос?"),
    ("client", "А что делать, если решение закончилось?"),
    ("agent", "Правильно ли я понимаю, что «А что делать, если решение закончилось»? Нужно подать новое заявление "
              "на оценку в самообслуживании. Итак, подведём итог: нужна новая оценка. Ответила ли я на Ваш вопрос?"),
    ("client", "Ладно, спасибо."),
    ("agent", "Правильно ли я понимаю, что «Ладно, спасибо»? Итак, подведём итог: вопрос закрыт. "
              "Спасибо за обращение, всего доброго!"),
]
# must not: a real check in the agent's own words, a recap of earlier points in a later message
REAL_CHECK_RU = [
    ECHO_RU[0],
    ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Правильно ли я понимаю, что выплата "
              "отцу по уходу не пришла в этом месяце впервые, а раньше приходила?"),
    ("client", "Да, до мая всё было."),
    ("agent", "Пособие по уходу платится, пока действует решение о степени недееспособности. Если решение "
              "закончилось в мае, нужно подать новое заявление на оценку в самообслуживании."),
    ("client", "Понятно. А долго ждать?"),
    ("agent", "Решение принимают в течение 30 дней после заявления."),
    ("client", "Хорошо."),
    ("agent", "Итак, подведём итог: выплата прекратилась вместе с решением, новое заявление на оценку подаётся в "
              "самообслуживании, решение будет в течение 30 дней. Всё ли понятно?"),
    ("client", "Да, спасибо."),
    ("agent", "Спасибо за обращение, всего доброго!"),
]
ECHO_ET = [
    ("client", "Tere. Mu õe laps sündis enneaegselt ja õde on haiglas. Tahaksin teada, kas vanemahüvitise avaldus "
               "on juba tehtud."),
    ("agent", "Tere! Sotsiaalkindlustusamet, Liina. Kas ma saan õigesti aru, et „Tahaksin teada, kas "
              "vanemahüvitise avaldus on juba tehtud“? Kokkuvõtteks: avaldus. Kas ma vastasin Teie küsimusele?"),
    ("client", "Ei. Kas te saate vaadata?"),
    ("agent", "Kas ma saan õigesti aru, et „Kas te saate vaadata?“ Teise inimese andmeid saab teada ainult "
              "volikirjaga. Kokkuvõtteks: vaja on volikirja. Kas ma vastasin Teie küsimusele?"),
    ("client", "Olgu, aitäh."),
    ("agent", "Kas ma saan õigesti aru, et „Olgu, aitäh“? Kokkuvõtteks: küsimus on suletud. Aitäh, head päeva!"),
]
REAL_CHECK_ET = [
    ECHO_ET[0],
    ("agent", "Tere! Sotsiaalkindlustusamet, Liina. Kas ma saan õigesti aru, et soovite teada õe "
              "vanemahüvitise taotluse seisu?"),
    ("client", "Jah."),
    ("agent", "Teise inimese andmeid saab teada ainult tema volikirjaga. Volikirja saab anda digiallkirjaga või "
              "paberil."),
    ("client", "Selge. Aga kui kaua volikiri kehtib?"),
    ("agent", "Volikiri kehtib nii kaua, kui sellele on kirjutatud."),
    ("client", "Hästi."),
    ("agent", "Kokkuvõtteks: õe andmeid saate teada tema volikirjaga, digiallkirjaga või paberil, ja see kehtib "
              "kirjas olnud ajani. Kas see on arusaadav?"),
    ("client", "Jah, aitäh."),
    ("agent", "Aitäh, head päeva!"),
]


def test_pasted_echo_checks_clarify_and_sum_up_nothing():
    got = verdicts("ru", ECHO_RU, channel="chat", third_party=True, no_identifiers=True)
    assert got["needs"] == "fail" and got["summary"] == "fail" and got["greeting"] == "pass"
    got = verdicts("et", ECHO_ET, channel="chat", third_party=True, no_identifiers=True)
    assert got["needs"] == "fail" and got["summary"] == "fail" and got["greeting"] == "pass"


def test_own_words_check_and_later_recap_still_pass():
    got = verdicts("ru", REAL_CHECK_RU, channel="chat", third_party=True, no_identifiers=True)
    assert got["needs"] == "pass" and got["summary"] == "pass"
    got = verdicts("et", REAL_CHECK_ET, channel="chat", third_party=True, no_identifiers=True)
    assert got["needs"] == "pass" and got["summary"] == "pass"


# -- 2. the checklist narrated as done ---------------------------------------------------------------------
NARRATED_RU = [
    ("agent", "добрый день департамент социального страхования меня зовут светлана слушаю вас"),
    ("client", "здравствуйте мне вот пришло письмо что пенсию пересчитали а я не поняла почему"),
    ("agent", "так для протокола вопрос клиента уточнён пересчёт пенсии правильно"),
    ("client", "ну да"),
    ("agent", "пенсию пересчитали с апреля потому что выросла индексация стало на двадцать евро больше "
              "для протокола ответ дан"),
    ("client", "а делать что то надо"),
    ("agent", "нет ничего делать не надо для протокола проверка понимания проведена всё ясно"),
    ("client", "ну ясно"),
    ("agent", "итак для протокола итог подведён разговор завершён спасибо за звонок всего доброго"),
    ("client", "до свидания"),
]
NARRATED_ET = [
    ("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
    ("client", "tere mul tuli kiri et pensioni arvutati ümber aga ma ei saa aru miks"),
    ("agent", "protokolli jaoks vajadus täpsustatud pensioni ümberarvutus eks ole"),
    ("client", "jah"),
    ("agent", "pension arvutati aprillist ümber indekseerimise tõttu ja see on kakskümmend eurot suurem"),
    ("client", "kas ma pean midagi tegema"),
    ("agent", "ei pea midagi tegema protokolli jaoks arusaamise kontroll tehtud kõik selge"),
    ("client", "selge"),
    ("agent", "protokolli jaoks kokkuvõte tehtud kõne lõpetatud aitäh et helistasite head päeva"),
    ("client", "head aega"),
]
# must not: a real recap and a real check in spoken form
REAL_SPOKEN_RU = NARRATED_RU[:2] + [
    ("agent", "вы про письмо о пересчёте с апреля спрашиваете или про какое то другое"),
    ("client", "да про это"),
    ("agent", "пенсию пересчитали с апреля потому что выросла индексация стало на двадцать евро больше"),
    ("client", "а делать что то надо"),
    ("agent", "нет ничего делать не надо"),
    ("client", "ну ясно"),
    ("agent", "итак подведём итог пенсия с апреля выросла на двадцать евро из за индексации делать ничего не "
              "надо всё понятно"),
    ("client", "да понятно"),
    ("agent", "спасибо за звонок всего доброго"),
    ("client", "до свидания"),
]


def test_a_step_named_as_done_is_no_act():
    got = verdicts("ru", NARRATED_RU)
    assert got["needs"] == "fail" and got["summary"] == "fail" and got["greeting"] == "pass"
    got = verdicts("et", NARRATED_ET)
    assert got["needs"] == "fail" and got["summary"] == "fail" and got["greeting"] == "pass"


def test_a_spoken_check_and_recap_still_count():
    got = verdicts("ru", REAL_SPOKEN_RU)
    assert got["needs"] == "pass" and got["summary"] == "pass"


# -- 3. the authorisation stated before a third person's status ----------------------------------------------
DAUGHTER_RU = [
    ("agent", "Здравствуйте, Департамент социального страхования, Анна. Чем могу помочь?"),
    ("client", "Здравствуйте, я звоню за отца, он после инсульта. Он подал заявление на пособие по уходу, "
               "дошло ли оно?"),
    ("agent", "Доверенность от отца Вы уже оформили?"),
    ("client", "Да, он подписал её мобиил-ID на прошлой неделе."),
    ("agent", "Хорошо. Назовите, пожалуйста, Ваш личный код."),
    ("client", "49003150220."),
    ("agent", "Спасибо. И личный код отца?"),
    ("client", "35508120349."),
    ("agent", "Минуту, я проверю. Доверенность с цифровой подписью у нас есть, она действует до 2028 года."),
    ("client", "Хорошо."),
    ("agent", "Заявление отца поступило 3 марта, все документы есть."),
    ("client", "Понятно, спасибо."),
    ("agent", "Итак, подведём итог: заявление отца поступило 3 марта, решение будет в течение 30 дней. "
              "Всё ли понятно? Всего доброго!"),
    ("client", "Да, до свидания."),
]
PRIVATE = dict(identification_required=True, third_party=True, private_status=True,
               private_facts=["49003150220", "35508120349"])


def test_status_after_the_authorisation_on_file_is_no_leak():
    got = verdicts("ru", DAUGHTER_RU, **PRIVATE)
    assert got["data_protection"] == "pass"


def test_status_before_the_authorisation_is_still_a_leak():
    turns = DAUGHTER_RU[:8] + [("agent", "Заявление отца поступило 3 марта. Минуту, я проверю доверенность. "
                                         "Доверенность с цифровой подписью у нас есть.")] + DAUGHTER_RU[9:]
    assert verdicts("ru", turns, **PRIVATE)["data_protection"] == "fail"
    # no authorisation said at all
    turns = DAUGHTER_RU[:8] + [("agent", "Минуту, я посмотрю.")] + DAUGHTER_RU[9:]
    assert verdicts("ru", turns, **PRIVATE)["data_protection"] == "fail"


def test_status_after_the_authorisation_et():
    turns = [
        ("agent", "Tere, Sotsiaalkindlustusamet, Kai kuuleb."),
        ("client", "Tere, helistan ema eest. Kas tema pensionitaotlus on kohale jõudnud?"),
        ("agent", "Palun öelge oma isikukood."),
        ("client", "49003150220."),
        ("agent", "Aitäh. Näen, et ema volikiri on meil olemas ja kehtib aasta lõpuni."),
        ("client", "Hea."),
        ("agent", "Ema taotlus on kohale jõudnud ja kõik dokumendid on olemas."),
        ("client", "Aitäh."),
        ("agent", "Kokkuvõtteks: taotlus on kohal, otsus tuleb 30 päeva jooksul. Kas on arusaadav? Head päeva!"),
        ("client", "Jah, head aega."),
    ]
    ctx = dict(PRIVATE, private_facts=["49003150220"])
    assert verdicts("et", turns, **ctx)["data_protection"] == "pass"
    early = turns[:4] + [("agent", "Aitäh. Ema taotlus on kohale jõudnud. Näen, et ema volikiri on meil olemas.")] \
        + turns[5:]
    assert verdicts("et", early, **ctx)["data_protection"] == "fail"
