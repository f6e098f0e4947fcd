"""Blind round 16: a summary cue over bare topic nouns (typed or spoken without commas) sums up nothing; a word
split in two by speech recognition ("де партамент") is still the word; a signature line of ticked step names
introduces nobody; thanks and wishes ticked as list items in a footer thank nobody.

Own dialogues, et and ru. Near misses keep the old verdicts: a short spoken recap of the next step, a recap with a
verb, a plain signature with name and institution, a real thanks at the end.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def result(lang, turns, criterion="summary", channel="chat"):
    return verdicts(lang, turns, channel=channel)[criterion]


def _et(recap):
    return [
        GREET_ET,
        ("client", "Mu pension ei tulnud sel kuul, mis juhtus?"),
        ("agent", "Vaatasin: pension läks vanale kontole, mille Te sulgesite. Esitage iseteeninduses uus "
                  "kontonumber, siis kanname raha uuesti üle."),
        ("client", "Selge."),
        ("agent", recap),
        ("client", "Aitäh."),
        ("agent", "Aitäh, et pöördusite! Kõike head!"),
    ]


def _ru(recap):
    return [
        ("agent", "департамент социального страхования здравствуйте меня зовут ольга"),
        ("client", "здравствуйте у меня пенсия не пришла в этом месяце"),
        ("agent", "вижу пенсия ушла на старый счёт который вы закрыли нужно подать новый номер счёта в "
                  "самообслуживании и мы перечислим деньги повторно"),
        ("client", "понятно"),
        ("agent", recap),
        ("client", "спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ]


# -- a cue over bare topic nouns ---------------------------------------------------------------------------------

def test_cue_over_topic_nouns_is_no_recap_et():
    assert result("et", _et("Kokkuvõtteks: pension, toetus, kontonumber.")) == "fail"


def test_spoken_cue_over_topic_nouns_is_no_recap_ru():
    assert result("ru", _ru("ну вот итак пенсия старый счёт новый счёт самообслуживание вот"), channel="phone") \
        == "fail"


def test_recap_with_a_verb_still_passes_et():
    assert result("et", _et("Kokkuvõtteks: esitate uue kontonumbri ja pension tuleb uuesti.")) == "pass"


def test_short_spoken_recap_of_next_step_passes_ru():
    assert result("ru", _ru("значит подаёте новый номер счёта и деньги придут повторно"), channel="phone") == "pass"


# -- a word split by speech recognition ---------------------------------------------------------------------------

def test_split_institution_word_still_greets_ru():
    turns = [("agent", "де партамент социального страхования добрый день меня зовут ирина чем могу помочь"),
             ("client", "здравствуйте когда придёт пенсия"),
             ("agent", "пенсия приходит пятого числа"),
             ("client", "спасибо"),
             ("agent", "спасибо за звонок всего доброго")]
    assert result("ru", turns, "greeting", channel="phone") == "pass"


# -- a signature of ticked step names -----------------------------------------------------------------------------

def _sig(lang, opening):
    if lang == "ru":
        rest = [("client", "Когда придёт пенсия?"), ("agent", "Пенсия приходит пятого числа."),
                ("client", "Спасибо."), ("agent", "Спасибо за обращение! Всего доброго!")]
    else:
        rest = [("client", "Millal pension tuleb?"), ("agent", "Pension tuleb viiendal kuupäeval."),
                ("client", "Aitäh."), ("agent", "Aitäh, et pöördusite! Kõike head!")]
    return [("agent", opening)] + rest


def test_ticked_step_names_signature_introduces_nobody_ru():
    assert result("ru", _sig("ru", "Добрый день! Чем могу помочь? — Ирина | Департамент социального страхования | "
                                   "приветствие ✓ представление ✓"), "greeting") == "fail"


def test_ticked_step_names_signature_introduces_nobody_et():
    assert result("et", _sig("et", "Tere! Kuidas saan aidata? — Kadri | Sotsiaalkindlustusamet | tervitus ✔ "
                                   "tutvustus ✔"), "greeting") == "fail"


def test_plain_signature_still_greets_ru():
    assert result("ru", _sig("ru", "Добрый день! Чем могу помочь? — Ирина | Департамент социального страхования"),
                  "greeting") == "pass"


# -- thanks and wishes ticked in a footer ---------------------------------------------------------------------------

def test_ticked_thanks_in_footer_is_no_closing_et():
    turns = _sig("et", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")[:-1] + [
        ("agent", "Palun. — Kokkuvõtteks: selgitus ✔ kokkuvõte ✔ aitäh ✔ kõike head ✔")]
    assert result("et", turns, "closing") == "fail"


def test_ticked_thanks_in_footer_is_no_closing_ru():
    turns = _sig("ru", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")[:-1] + [
        ("agent", "Пожалуйста. — Итог: ответ ✓ итог ✓ спасибо ✓ всего доброго ✓")]
    assert result("ru", turns, "closing") == "fail"


def test_real_thanks_still_closes_et():
    turns = _sig("et", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
    assert result("et", turns, "closing") == "pass"


# -- a spoken answer that runs on into a recap --------------------------------------------------------------------

def _run_on(lang, last):
    if lang == "ru":
        return [("agent", "департамент социального страхования здравствуйте меня зовут ольга"),
                ("client", "здравствуйте у меня пенсия не пришла в этом месяце"),
                ("agent", "пенсия ушла на старый счёт нужно подать заявление с новым номером счёта и мы "
                          "перечислим деньги повторно"),
                ("client", "а где это заявление подать у меня нет компьютера"),
                ("agent", last)]
    return [("agent", "sotsiaalkindlustusamet tere mina olen kadri"),
            ("client", "tere mu pension ei tulnud sel kuul"),
            ("agent", "pension läks vanale kontole tuleb esitada avaldus uue kontonumbriga ja me kanname raha "
                      "uuesti üle"),
            ("client", "aga kus ma selle avalduse esitan mul pole arvutit"),
            ("agent", last)]


def test_answer_running_into_recap_passes_ru():
    assert result("ru", _run_on("ru", "в бюро обслуживания с паспортом значит подаёте новый номер счёта и деньги "
                                      "перечислим повторно спасибо за звонок до свидания"), channel="phone") == "pass"


def test_answer_running_into_recap_passes_et():
    assert result("et", _run_on("et", "klienditeeninduses isikut tõendava dokumendiga nii et esitate uue "
                                      "kontonumbri ja raha kantakse uuesti üle aitäh kõne eest head päeva"),
                  channel="phone") == "pass"


def test_answer_with_connector_but_no_recap_fails_ru():
    assert result("ru", _run_on("ru", "в бюро обслуживания значит там вам всё объяснят на месте спасибо за звонок "
                                      "до свидания"), channel="phone") == "fail"


# -- "toetus" is a noun: topic nouns in reply to a question are no answer and no recap ------------------------------

def _asked(recap_line):
    return [GREET_ET,
            ("client", "Miks peretoetus sel kuul ei tulnud?"),
            ("agent", "Vaatasin: lapsetoetust saavad kaks eri vanemat, seepärast peretoetus automaatselt ei lisandu."),
            ("client", "Mida ma siis tegema pean?"),
            ("agent", recap_line),
            ("client", "Selge, aitäh."),
            ("agent", "Aitäh, et pöördusite! Kõike head!")]


def test_toetus_keywords_in_reply_to_question_are_no_recap_et():
    assert result("et", _asked("Kokkuvõtteks: lapsetoetus, peretoetus, üks vanem. Kas see vastas Teie "
                               "küsimusele?")) == "fail"


def test_terse_recap_of_who_does_what_still_passes_et():
    assert result("et", _asked("Kokkuvõtteks: esitage iseteeninduses avaldus, et kogu lapsetoetust saaks üks "
                               "vanem. Kas see vastas Teie küsimusele?")) == "pass"
