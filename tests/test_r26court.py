"""Courtesy (blind round 26), on own et/ru sentences.

Round 26 labellers drew these lines:

- "look there" about the client's own paper is help: where the decision she asked for is, or which ruling to look
  for in the letter she has; "it is all written there", the website and "see what it says" to a question stay
  brush-offs;
- "you should have done it in time / thought ahead" («надо было заранее думать», "Te oleks pidanud kohe ...") blames
  the client whatever the deed; the agent's own "should have", a negated one, "formerly" and a plain deadline do not;
- "people do not read and then call" talks down; said to reassure ("that is normal") it does not;
- a bare place or word to the client's "I am asking how" is a brush-off; a told answer, or a place to "where",
  is not.
"""

from scoring_support import verdicts

OPEN = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")}
BYE = {"et": [("client", "Selge, aitäh."), ("agent", "Aitäh, et pöördusite, head päeva!")],
       "ru": [("client", "Понятно, спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _courtesy(lang, turns, channel="phone", bye=True):
    return verdicts(lang, [OPEN[lang], *turns, *(BYE[lang] if bye else [])], channel=channel)["courtesy"]


def _one_reply(lang, question, reply, channel="phone"):
    return _courtesy(lang, [("client", question), ("agent", reply)], channel=channel)


# -- "look there" about the client's own paper ----------------------------------------------------------------------

def test_where_the_asked_decision_is_passes_et():
    assert _one_reply("et", "Kas te saaksite selle otsuse mulle e-postiga saata?",
                      "E-postiga ma seda saata ei saa, otsus on teil iseteeninduses, vaadake sealt, kui teil ID-kaart "
                      "on.") == "pass"


def test_where_the_asked_decision_is_passes_speech_et():
    assert _one_reply("et", "kas saaksite otsuse mulle saata",
                      "e-kirjaga ei saa aga otsus on tal iseteeninduses vaata sealt kui tal id-kaart käepärast on") \
        == "pass"


def test_where_the_asked_decision_is_passes_ru():
    assert _one_reply("ru", "а можно решение на почту прислать",
                      "на почту не можем но решение у вас в самообслуживании смотрите там если есть ID-карта") == "pass"


def test_which_ruling_to_look_for_in_the_letter_passes_ru():
    assert _one_reply("ru", "а какое определение нужно",
                      "значит найдите письмо из суда смотрите что там за определение и пришлите нам копию") == "pass"


def test_website_look_there_still_fails_et():
    assert _one_reply("et", "Kuidas elusolekutõendit esitada?", "Info on kodulehel, vaadake sealt.",
                      channel="chat") == "fail"


def test_decision_with_all_written_still_fails_et():
    assert _one_reply("et", "Miks mulle toetust ei määratud?", "Otsuses on kõik kirjas, vaadake sealt.") == "fail"


def test_decision_pointer_to_a_why_question_still_fails_et():
    assert _one_reply("et", "Miks otsuses summa nii väike on?", "Otsus on iseteeninduses, vaadake sealt.") == "fail"


def test_decision_pointer_with_reproach_still_fails_et():
    assert _one_reply("et", "Kas te saaksite otsuse mulle saata?", "Otsus on ju iseteeninduses, vaadake sealt.") \
        == "fail"


def test_decision_pointer_to_a_why_question_still_fails_ru():
    assert _one_reply("ru", "Почему в решении такая маленькая сумма?",
                      "Решение у Вас в самообслуживании, смотрите там.") == "fail"


def test_see_what_is_written_still_fails_ru():
    assert _one_reply("ru", "почему мне отказали", "ну смотрите что там написано в решении") == "fail"


# -- "you should have done it in time" ------------------------------------------------------------------------------

def test_should_have_thought_ahead_fails_ru():
    assert _one_reply("ru", "И что мне теперь делать, денег нет?",
                      "Это вопрос к банку. Надо было заранее думать и откладывать.", channel="chat") == "fail"


def test_should_have_saved_earlier_fails_ru():
    assert _one_reply("ru", "И что мне теперь делать, денег нет?", "Нужно было раньше копить, тогда бы сейчас хватило.",
                      channel="chat") == "fail"


def test_should_have_thought_fails_ru():
    assert _one_reply("ru", "Что же мне делать?", "Об этом нужно было думать, когда Вы переезжали.") == "fail"


def test_you_should_have_added_at_once_fails_et():
    assert _one_reply("et", "Miks mulle nii madal puue määrati?",
                      "Te oleks pidanud kõik paberid kohe kaasa panema.") == "fail"


def test_should_have_thought_earlier_fails_et():
    assert _one_reply("et", "Mis ma nüüd tegema pean, raha pole?", "Oleks tulnud varem mõelda ja raha kõrvale panna.",
                      channel="chat") == "fail"


def test_own_should_have_passes_ru():
    assert _one_reply("ru", "Почему так поздно пришло решение?",
                      "Мне надо было сразу Вам сказать про справку, извините.") == "pass"


def test_negated_should_have_passes_ru():
    assert _one_reply("ru", "Нужно ли было что-то делать заранее?",
                      "Нет, Вам не надо было ничего делать заранее, всё происходит автоматически.") == "pass"


def test_formerly_passes_ru():
    assert _one_reply("ru", "А как раньше было?",
                      "Раньше нужно было подавать заявление на бумаге, теперь можно в самообслуживании.") == "pass"


def test_negated_should_have_passes_et():
    assert _one_reply("et", "Kas ma oleksin pidanud midagi varem tegema?",
                      "Ei, Te ei oleks pidanud midagi varem tegema, toetus määratakse automaatselt.") == "pass"


def test_money_should_have_come_passes_et():
    assert _one_reply("et", "Miks raha hilines?", "Raha oleks pidanud kohe tulema, kontrollin, mis juhtus.") == "pass"


def test_plain_deadline_passes_et():
    assert _one_reply("et", "Millal ma oleksin pidanud taotluse esitama?",
                      "Taotluse oleks pidanud esitama kuue kuu jooksul, aga see tähtaeg pole veel möödas.") == "pass"


# -- "people do not read and then call" -----------------------------------------------------------------------------

def test_people_do_not_read_then_call_fails_ru():
    assert _one_reply("ru", "А почему иска недостаточно?",
                      "Нужно определение суда. Люди почему-то не читают, а потом звонят.") == "fail"


def test_many_do_not_read_then_call_fails_speech_ru():
    assert _one_reply("ru", "а почему иска мало",
                      "нужно определение суда многие вообще не читают сайт а потом звонят и спрашивают") == "fail"


def test_people_do_not_read_then_call_fails_et():
    assert _one_reply("et", "Miks hagist ei piisa?",
                      "Vaja on kohtumäärust. Inimesed ei loe kodulehte ja siis helistavad.") == "fail"


def test_reassuring_that_many_do_not_read_passes_ru():
    assert _one_reply("ru", "Я письмо не прочитала до конца, извините.",
                      "Ничего страшного, многие не читают его до конца и потом звонят, это нормально. Давайте "
                      "разберём.") == "pass"


def test_reassuring_that_many_do_not_read_passes_et():
    assert _one_reply("et", "Ma ei lugenud kirja läbi, vabandust.",
                      "Pole hullu, paljud ei loe seda ja siis helistavad, selleks me siin olemegi.") == "pass"


def test_people_call_to_ask_passes_et():
    assert _one_reply("et", "Miks nii paljud helistavad?",
                      "Teade tuli alles eile, inimesed helistavad, et üle küsida, ja see on hea.") == "pass"


# -- a bare fragment to "I am asking how" ---------------------------------------------------------------------------

_ASKED_RU = [("client", "Как сделать, чтобы пособие на всех детей получал один родитель?"),
             ("agent", "Правильно ли я понимаю: один родитель?"),
             ("client", "Да, я спрашиваю, как это оформить.")]
_ASKED_ET = [("client", "Kuidas teha nii, et kõigi laste toetust saaks üks vanem?"),
             ("agent", "Kas ma saan õigesti aru: üks vanem?"),
             ("client", "Jah, ma küsin, kuidas seda vormistada.")]


def test_bare_place_to_asking_how_again_fails_ru():
    assert _courtesy("ru", [*_ASKED_RU, ("agent", "В самообслуживании. Спасибо за обращение, всего доброго!")],
                     bye=False) == "fail"


def test_bare_place_to_asking_how_again_fails_et():
    assert _courtesy("et", [*_ASKED_ET, ("agent", "Iseteeninduses. Aitäh, et pöördusite, head päeva!")],
                     bye=False) == "fail"


def test_told_answer_to_asking_how_again_passes_ru():
    assert _courtesy("ru", [*_ASKED_RU, ("agent", "Отец подаёт в самообслуживании отказ, и Вы подаёте заявление "
                                                  "на всех детей.")]) == "pass"


def test_told_answer_to_asking_how_again_passes_et():
    assert _courtesy("et", [*_ASKED_ET, ("agent", "Isa loobub iseteeninduses toetusest ja Teie esitate avalduse "
                                                  "kõigi laste kohta.")]) == "pass"


def test_bare_place_to_asking_where_passes_et():
    assert _courtesy("et", [("client", "Kuhu ma avalduse saadan?"), ("agent", "Kas ma saan õigesti aru: avaldus?"),
                            ("client", "Jah, ma küsin, kuhu see saata."),
                            ("agent", "Iseteenindusse. Aitäh, et pöördusite, head päeva!")], bye=False) == "pass"
