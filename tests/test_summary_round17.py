"""Blind round 17 (lead's fix): a "summary" the client answers with "nothing was answered" sums up nothing.

- a check of understanding the client answers "jah, sain aru, aga vastust ju pole" / «да, но ответа же нет»;
- a cue recap the client answers "Te kordate ainult minu küsimusi" / «вы только повторяете мои вопросы»;
- a cue recap that is only a website pointer ("Kokkuvõtteks: vormi kohta leiate info meie kodulehelt.").

Own dialogues, et and ru; near misses keep passing: a real answer recapped and confirmed, a recap after an answer
the client thanks for.
"""

from scoring_support import verdicts

from trainer.scoring.client_reply import complains


def _summary(lang, turns):
    return verdicts(lang, turns, channel="chat")["summary"]


ET_OPEN = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
RU_OPEN = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def test_client_reply_reads_repeats_and_robot():
    for text in ["Te kordate lihtsalt mu küsimusi.", "kas te olete mingi robot", "aga vastust ju pole",
                 "Вы повторяете мои вопросы.", "Вы что, робот?", "Ответа так и нет."]:
        assert complains(text), text
    for text in ["vastust pole veel tulnud, ootan kirja", "kas robot-tolmuimeja on abivahend?",
                 "Ответа из России пока нет."]:
        assert not complains(text), text


def test_check_answered_with_no_answer_sums_up_nothing_et():
    turns = [ET_OPEN,
             ("client", "Tere. Mu isa suri Soomes. Kas ema saab nüüd toitjakaotuspensioni?"),
             ("agent", "Kas küsite Soome või Eesti pensioni kohta?"),
             ("client", "Eesti oma."),
             ("agent", "Toitjakaotuspensioni määramisel arvestatakse mitut asjaolu. Kas see vastas Teie küsimusele?"),
             ("client", "jah said õigesti aru aga vastust ju pole"),
             ("agent", "Aitäh, et kirjutasite! Head päeva!")]
    assert _summary("et", turns) == "fail"


def test_cue_recap_answered_with_you_repeat_my_questions_ru():
    turns = [RU_OPEN,
             ("client", "Здравствуйте. Как подать заявление на пособие по уходу?"),
             ("agent", "Вы спрашиваете о пособии для взрослого или для ребёнка?"),
             ("client", "Для взрослого."),
             ("agent", "Заявление на пособие по уходу рассматривается в установленном порядке."),
             ("client", "Понятно. А где форма?"),
             ("agent", "Итак, бланк у нас имеется, подробности на нашем сайте."),
             ("client", "Вы только повторяете мои вопросы."),
             ("agent", "Спасибо за обращение, всего доброго!")]
    assert _summary("ru", turns) == "fail"


def test_pointer_recap_sums_up_nothing_et():
    turns = [ET_OPEN,
             ("client", "Kuidas rehabilitatsiooni taotleda?"),
             ("agent", "Kas küsite sotsiaalse rehabilitatsiooni kohta?"),
             ("client", "Jah."),
             ("agent", "Taotluse saab esitada iseteeninduses või e-postiga."),
             ("client", "Kas selleks on vorm?"),
             ("agent", "Kokkuvõtteks: vormi kohta leiate info meie kodulehelt."),
             ("client", "Selge."),
             ("agent", "Aitäh, head päeva!")]
    assert _summary("et", turns) == "fail"


def test_real_recap_confirmed_still_passes_et():
    turns = [ET_OPEN,
             ("client", "Kuidas rehabilitatsiooni taotleda?"),
             ("agent", "Kas küsite sotsiaalse rehabilitatsiooni kohta?"),
             ("client", "Jah."),
             ("agent", "Taotluse saab esitada iseteeninduses või e-postiga, vorm on kodulehel."),
             ("client", "Selge, aitäh."),
             ("agent", "Kokkuvõtteks: esitate taotluse iseteeninduses või e-postiga. Kas see vastas Teie küsimusele?"),
             ("client", "Jah, vastas."),
             ("agent", "Aitäh, head päeva!")]
    assert _summary("et", turns) == "pass"


def test_real_recap_still_passes_ru():
    turns = [RU_OPEN,
             ("client", "Как подать заявление на пособие по уходу?"),
             ("agent", "Вы спрашиваете о пособии для ребёнка-инвалида или для взрослого?"),
             ("client", "Для взрослого."),
             ("agent", "Заявление подаётся в местное самоуправление, пособие платит самоуправление."),
             ("client", "Понятно, спасибо."),
             ("agent", "Итак, заявление подаёте в самоуправление. Ответила ли я на Ваш вопрос?"),
             ("client", "Да, спасибо."),
             ("agent", "Всего доброго!")]
    assert _summary("ru", turns) == "pass"
