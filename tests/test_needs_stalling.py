"""Questions that only stand in for an answer (criterion "needs", blind round 10).

- A list of step labels ("#уточнение #верно_ли_я_поняла", "#täpsustus #kas_ma_sain_õigesti_aru") asks nothing.
- With no answer in the whole conversation, an agent whose questions the client meets by asking again
  ("jah, sain eile. aga tähtaeg?", «да, в марте. а срок какой?») twice or more bounced the questions back:
  they clarify nothing.
- "mõistan et <the client's own words>" and "kokkuvõtteks küsisite ..." («итак подведём итог вы спрашиваете ...»)
  give the client's words back: no answer, so the parroting checks after them are not before an answer.

Must-nots: a label before a real question ("#täpsustus Kas Te esitasite taotluse ise?"), a client who asks
again once and then gets the answer, and an empathy cue followed by the agent's own words keep their verdicts.
"""

from scoring_support import verdicts


def needs(lang, turns, channel="chat", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


def test_label_list_asks_nothing_ru():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
        ("client", "Почему мне в этом году не пришло пособие по уходу?"),
        ("agent", "#уточнение #верно_ли_я_поняла"),
        ("client", "Что? Вы мне ответите?"),
        ("agent", "Пособие по уходу выплачивает местное самоуправление, обратитесь в свою управу."),
        ("client", "Спасибо."),
        ("agent", "Всего доброго!"),
    ]) == "fail"


def test_label_list_asks_nothing_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Miks mulle sel aastal üksi elava pensionäri toetust ei tulnud?"),
        ("agent", "#täpsustus #kas_ma_sain_õigesti_aru?"),
        ("client", "Ei saa aru. Kas vastate ka?"),
        ("agent", "Toetust makstakse, kui elasite aprillist septembrini rahvastikuregistri järgi üksi."),
        ("client", "Aitäh."),
        ("agent", "Head päeva!"),
    ]) == "fail"


def test_label_before_a_real_question_still_asks_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Puudega lapse toetust pole tulnud."),
        ("agent", "#täpsustus Kas Te esitasite taotluse ise iseteeninduses või tegi seda perearst?"),
        ("client", "Ise iseteeninduses."),
        ("agent", "Otsus tehakse 30 päeva jooksul, seisu näete iseteeninduses."),
        ("client", "Aitäh."),
        ("agent", "Head päeva!"),
    ]) == "pass"


def test_questions_bounced_back_without_any_answer_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "sain otsuse et pean toetuse tagasi maksma. mis on vaide tähtaeg?"),
        ("agent", "Millal Te otsuse kätte saite? Kas see vastas Teie küsimusele?"),
        ("client", "eile. aga mis tähtaeg on?"),
        ("agent", "Kas Teil on ID-kaart, et vaie allkirjastada?"),
        ("client", "on. aga TÄHTAEG?"),
        ("agent", "Kas soovite vaide esitada ise või esindaja kaudu?"),
        ("client", "ise. te ei vasta mulle"),
        ("agent", "Aitäh, kõike head!"),
    ]) == "fail"


def test_questions_bounced_back_without_any_answer_ru_speech():
    assert needs("ru", [
        ("agent", "департамент социального страхования здравствуйте мария слушаю"),
        ("client", "мне пришло решение о переплате сколько у меня времени чтобы оспорить"),
        ("agent", "когда вы получили решение"),
        ("client", "вчера а срок какой"),
        ("agent", "есть ли у вас id-карта чтобы подписать возражение"),
        ("client", "есть ну а срок какой вы скажете или нет"),
        ("agent", "вы будете подавать сами или через представителя"),
        ("client", "сама"),
        ("agent", "спасибо за звонок до свидания"),
    ], channel="phone") == "fail"


def test_client_asks_again_once_then_gets_the_answer_ru():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
        ("client", "Мне пришло решение о переплате. Сколько времени на возражение?"),
        ("agent", "Когда Вы получили решение?"),
        ("client", "Вчера. А срок какой?"),
        ("agent", "Возражение можно подать в течение 30 дней со дня, когда Вы узнали о решении."),
        ("client", "Спасибо."),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_parroting_checks_and_recap_of_the_questions_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet mart kuuleb kuidas saan aidata"),
        ("client", "mul lõpetati ära töövõimetoetus ja nüüd tuli veel kiri et pean kaks kuud raha tagasi maksma "
                   "ma ei saa aru kas see on õige ja kuidas seda vaidlustada"),
        ("agent", "mõistan et teil lõpetati ära töövõimetoetus ja nüüd tuli veel kiri et peate kaks kuud raha "
                  "tagasi maksma kas ma saan õigesti aru et te ei saa aru kas see on õige ja kuidas seda vaidlustada"),
        ("client", "jah seda ma ütlesingi aga kuidas ma vaidlustan"),
        ("agent", "selge kokkuvõtteks küsisite kuidas tagasinõuet vaidlustada kas see vastas teie küsimusele"),
        ("client", "ei vastanud kuidas ma vaidlustan"),
        ("agent", "kokkuvõtteks soovite teada kuidas vaidlustada aitäh et helistasite head päeva"),
    ], channel="phone") == "fail"


def test_empathy_cue_with_own_words_then_question_clarifies_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet mart kuuleb kuidas saan aidata"),
        ("client", "mul lõpetati töövõimetoetus ja nüüd tuli kiri et pean kaks kuud tagasi maksma"),
        ("agent", "mõistan et selline kiri tuleb ootamatult ja teeb muret"),
        ("agent", "kas teie töövõime hindamise otsus muutus või läksite tööle"),
        ("client", "läksin tööle"),
        ("agent", "tagasinõuet saab vaidlustada kolmekümne päeva jooksul vaidega iseteeninduses"),
        ("client", "selge aitäh"),
        ("agent", "head päeva"),
    ], channel="phone") == "pass"


def test_recap_of_the_questions_restates_the_need_et_ru():
    from trainer.text import restates_need

    assert restates_need("selge kokkuvõtteks küsisite kui pikk on vaide tähtaeg", "et")
    assert restates_need("mhm kokkuvõtteks soovite teada kas saab osade kaupa maksta", "et")
    assert restates_need("хорошо итак подведём итог вы спрашиваете про срок возражения", "ru")
    # must-nots: the recap of an answer after the same lead states something
    assert not restates_need("selge kokkuvõtteks vaide saate esitada kolmekümne päeva jooksul", "et")
    assert not restates_need("итак подведём итог возражение подаётся в течение тридцати дней", "ru")
