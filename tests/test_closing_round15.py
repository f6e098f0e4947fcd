"""Blind round 15: the matter left open at the goodbye (closing) and recaps that sum up nothing (summary).

Own dialogues, et and ru: a client who says the reply was of no help; a question in a clause of its own at the end
of the client's line; a conceded "not quite" to the check; an invitation to come back is no answer; a pointer back
("all I wrote above") is no recap; a curt check of understanding without "I" counts; a recap whose check the
client says "no" to, with nothing answered after it, sums up nothing. Near misses keep the old verdicts.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def result(lang, turns, criterion="closing", channel="chat"):
    return verdicts(lang, turns, channel=channel)[criterion]


# -- the client says the reply was of no help ------------------------------------------------------------------

def test_no_help_leaves_the_matter_open_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas ma saan hooldajatoetust, kui ema kolib minu juurde?"),
        ("agent", "Hooldajatoetust maksab kohalik omavalitsus."),
        ("client", "Sellest pole mulle mingit abi. Nägemist."),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ]) == "fail"


def test_no_help_leaves_the_matter_open_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Положено ли мне пособие по уходу, если мама переедет ко мне?"),
        ("agent", "Пособие по уходу платит местное самоуправление."),
        ("client", "Мне это не помогло. До свидания."),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ]) == "fail"


def test_no_more_help_needed_is_a_closing_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal pension sel kuul tuleb?"),
        ("agent", "Pension makstakse viiendal kuupäeval."),
        ("client", "Selge, rohkem pole abi vaja. Aitäh!"),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ]) == "pass"


def test_you_helped_me_is_a_closing_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Когда в этом месяце придёт пенсия?"),
        ("agent", "Пенсия выплачивается пятого числа."),
        ("client", "Вы мне очень помогли, спасибо."),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ]) == "pass"


# -- a question in a clause of its own at the end of the client's line ------------------------------------------

def test_a_question_clause_after_a_comma_is_open_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal lapsetoetus tuleb?"),
        ("agent", "Lapsetoetus makstakse kümnendal kuupäeval."),
        ("client", "Jah. Aga veel see puudega lapse toetus, kas selle jaoks tuleb uus avaldus teha või…"),
        ("agent", "Aitäh, et helistasite! Head päeva!"),
    ], channel="phone") == "fail"


def test_a_question_at_the_end_of_a_spoken_line_is_open_ru():
    assert result("ru", [
        ("agent", "здравствуйте департамент социального страхования ольга слушаю"),
        ("client", "когда придёт пособие на ребёнка"),
        ("agent", "пособие выплачивается десятого числа"),
        ("client", "понятно только у меня компьютера нет и телефон простой как мне тогда это оформить"),
        ("agent", "спасибо за звонок до свидания"),
    ], channel="phone") == "fail"


def test_a_settled_question_clause_is_a_closing_ru():
    assert result("ru", [
        ("agent", "здравствуйте департамент социального страхования ольга слушаю"),
        ("client", "когда придёт пособие на ребёнка"),
        ("agent", "пособие выплачивается десятого числа на ваш счёт"),
        ("client", "хорошо теперь понятно как мне быть спасибо"),
        ("agent", "спасибо за звонок до свидания"),
    ], channel="phone") == "pass"


def test_the_clients_own_plan_is_a_closing_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal lapsetoetus tuleb?"),
        ("agent", "Lapsetoetus makstakse kümnendal kuupäeval."),
        ("client", "Hästi, ma vaatan, kus see pangas näha on."),
        ("agent", "Aitäh, et helistasite! Head päeva!"),
    ], channel="phone") == "pass"


# -- "not quite" to the check, an invitation to come back -----------------------------------------------------

def test_a_conceded_not_quite_leaves_it_open_et():
    assert result("et", [
        ("agent", "tere sotsiaalkindlustusamet kadri kuuleb"),
        ("client", "kas mu lätis töötatud aastad lähevad pensioni arvesse"),
        ("agent", "pensioni saamiseks on vaja viisteist aastat staaži kas see vastas teie küsimusele"),
        ("client", "mitte päris aga olgu ma uurin ise"),
        ("agent", "aitäh et helistasite kõike head"),
    ], channel="phone") == "fail"


def test_a_no_met_with_an_invitation_to_come_back_is_open_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему пособие на сына перестали платить?"),
        ("agent", "Пособие на ребёнка составляет 80 евро в месяц. Ответила ли я на Ваш вопрос?"),
        ("client", "Нет!"),
        ("client", "ладно сама узнаю"),
        ("agent", "Спасибо за обращение! Если появятся вопросы, пишите, мы всегда рады помочь."),
    ]) == "fail"


def test_a_new_question_met_with_an_invitation_is_open_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Когда придёт пенсия?"),
        ("agent", "Пенсия приходит пятого числа."),
        ("client", "Понятно, спасибо. А справку о пенсии где заказать?"),
        ("agent", "Если у Вас возникнут ещё какие-то вопросы, мы всегда рады помочь. Всего доброго!"),
    ]) == "fail"


def test_an_answer_then_an_invitation_is_a_closing_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal pension tuleb?"),
        ("agent", "Pension tuleb viiendal kuupäeval."),
        ("client", "Aga pensionitõend, kust seda tellida?"),
        ("agent", "Pensionitõendi saate tellida iseteeninduses, see tuleb e-postile. Kui tekib veel küsimusi, "
                  "kirjutage. Kõike head!"),
    ]) == "pass"


# -- summary ------------------------------------------------------------------------------------------------

ANSWER_RU = [
    GREET_RU,
    ("client", "Можно ли получать эстонскую пенсию, если я перееду в Латвию?"),
    ("agent", "Да, эстонскую пенсию выплачивают и в Латвию, нужно только сообщить новый банковский счёт."),
]
ANSWER_ET = [
    GREET_ET,
    ("client", "Kas ma saan Eesti pensioni, kui kolin Lätti?"),
    ("agent", "Jah, Eesti pensioni makstakse ka Lätti, tuleb ainult teatada uus pangakonto."),
]


def test_a_pointer_back_is_no_recap_ru():
    assert result("ru", ANSWER_RU + [
        ("client", "А как сообщить счёт?"),
        ("agent", "Итак, подведём итог: всё, что нужно, я Вам уже написала выше."),
        ("client", "ок"),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ], "summary") == "fail"


def test_a_pointer_back_is_no_recap_et():
    assert result("et", ANSWER_ET + [
        ("client", "Kuidas ma konto teatan?"),
        ("agent", "Kokkuvõtteks: kõik vajaliku kirjutasin Teile juba eespool."),
        ("client", "ok"),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ], "summary") == "fail"


def test_a_real_recap_still_counts_ru():
    assert result("ru", ANSWER_RU + [
        ("client", "Понятно."),
        ("agent", "Итак, подведём итог: пенсию будут платить и в Латвию, а Вы сообщите новый банковский счёт."),
        ("client", "Да, спасибо."),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ], "summary") == "pass"


def test_a_curt_check_without_i_counts_ru():
    assert result("ru", ANSWER_RU + [
        ("agent", "Доступно объяснила?"),
        ("client", "Да, спасибо."),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ], "summary") == "pass"


def test_a_curt_check_without_ma_counts_et():
    assert result("et", ANSWER_ET + [
        ("agent", "Arusaadavalt seletasin?"),
        ("client", "Jah, aitäh."),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ], "summary") == "pass"


def test_a_recap_the_client_says_no_to_and_nothing_after_sums_up_nothing_ru():
    assert result("ru", ANSWER_RU + [
        ("client", "А если у меня счёт в литовском банке?"),
        ("agent", "Итак, подведём итог: эстонскую пенсию платят и в Латвию, если сообщить счёт. Ответила ли я на "
                  "Ваш вопрос?"),
        ("client", "Не совсем. А литовский банк подойдёт?"),
        ("agent", "Подробная информация есть на нашем сайте. Всего доброго!"),
    ], "summary") == "fail"


def test_a_recap_the_client_says_no_to_and_nothing_after_sums_up_nothing_et():
    assert result("et", ANSWER_ET + [
        ("client", "Aga kui mul on Leedu pangas konto?"),
        ("agent", "Kokkuvõtteks: Eesti pensioni makstakse ka Lätti, kui teatate konto. Kas see vastas Teie "
                  "küsimusele?"),
        ("client", "Mitte päris, aga olgu."),
        ("agent", "Aitäh, et helistasite! Kõike head!"),
    ], "summary") == "fail"


def test_a_no_to_the_check_answered_anew_keeps_the_recap_ru():
    assert result("ru", ANSWER_RU + [
        ("client", "Понятно."),
        ("agent", "Итак, подведём итог: пенсию будут платить и в Латвию, нужно сообщить новый счёт. Ответила ли я "
                  "на Ваш вопрос?"),
        ("client", "Не совсем. А литовский банк подойдёт?"),
        ("agent", "Да, счёт в литовском банке тоже подойдёт, пенсию перечисляют в любой банк Евросоюза."),
        ("client", "Спасибо."),
        ("agent", "Спасибо за обращение! Всего доброго!"),
    ], "summary") == "pass"


def test_an_if_clause_that_names_who_answers_is_an_answer_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Когда придёт пенсия?"),
        ("agent", "Пенсия приходит пятого числа."),
        ("client", "А кто мне скажет про налоговую декларацию?"),
        ("agent", "Если появятся вопросы о декларации, ими занимается Налогово-таможенный департамент. "
                  "Спасибо за звонок, всего доброго!"),
    ]) == "pass"


def test_an_if_clause_that_names_who_answers_is_an_answer_et():
    assert result("et", [
        GREET_ET,
        ("client", "Millal pension tuleb?"),
        ("agent", "Pension tuleb viiendal kuupäeval."),
        ("client", "Aga kes mulle tuludeklaratsiooni kohta ütleb?"),
        ("agent", "Kui tekib küsimusi deklaratsiooni kohta, nendega tegeleb Maksu- ja Tolliamet. Aitäh, et helistasite!"),
    ]) == "pass"
