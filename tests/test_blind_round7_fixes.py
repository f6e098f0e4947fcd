"""What blind round 7 (held out at its first replay) showed, in general form, on own et/ru dialogues (issue #9).

- a summary cue that opens a later sentence of a message («... Итого: ...», "... Kokku: ...") recaps;
- saying why the client must be identified ("pean olema kindel, kellega ma räägin", «мне нужно убедиться, что я
  говорю с Вами»), or that the code is not needed in the open chat, is no answer to the client's matter; nor is an
  empathy said in one breath right before the code is asked;
- «Это не наш вопрос.» as the whole reply brushes off; "Nii on kõikide pensionide puhul" explains; a shrug emoji
  and «это вообще-то на сайте написано» condescend.
"""

import pytest
from scoring_support import OPENING, courtesy_of, verdicts

from trainer.scoring.transcript import Turn


def _recap_turns(lang, recap):
    if lang == "ru":
        return [("agent", OPENING["ru"]),
                ("client", "Пенсия пришла на старый счёт, он закрыт. Что теперь?"),
                ("agent", "Правильно ли я понимаю, что счёт уже закрыт?"),
                ("client", "Да, закрыт."),
                ("agent", "Банк вернёт деньги нам, и мы выплатим их на новый счёт, когда Вы его сообщите."),
                ("client", "А как сообщить новый счёт?"),
                ("agent", "Новый счёт сообщаете в самообслуживании или в бюро. " + recap),
                ("client", "Понятно, спасибо."),
                ("agent", "Спасибо за обращение, всего доброго!")]
    return [("agent", OPENING["et"]),
            ("client", "Pension läks vanale kontole, see on suletud. Mis nüüd?"),
            ("agent", "Kas ma saan õigesti aru, et konto on juba suletud?"),
            ("client", "Jah, suletud."),
            ("agent", "Pank tagastab raha meile ja me maksame selle uuele kontole, kui selle teatate."),
            ("client", "Kuidas ma uue konto teatan?"),
            ("agent", "Uue konto teatate iseteeninduses või klienditeeninduses. " + recap),
            ("client", "Selge, aitäh."),
            ("agent", "Aitäh, kõike head!")]


@pytest.mark.parametrize("lang,recap,verdict", [
    ("ru", "Итого: деньги вернутся к нам, новый счёт сообщаете в самообслуживании, и пенсия придёт на него.", "pass"),
    ("et", "Kokku: raha tuleb meile tagasi, uue konto teatate iseteeninduses ja pension makstakse sinna.", "pass"),
    ("ru", "Итого 600 евро за месяц.", "fail"),
])
def test_summary_cue_opening_a_later_sentence(lang, recap, verdict):
    assert verdicts(lang, _recap_turns(lang, recap), channel="chat")["summary"] == verdict


@pytest.mark.parametrize("lang,preamble", [
    ("et", "Enne kui ma räägin Teie andmetest, pean olema kindel, kellega ma räägin."),
    ("ru", "Чтобы посмотреть Ваше дело, мне нужно убедиться, что я говорю именно с Вами."),
])
def test_saying_why_identification_comes_first_is_no_answer(lang, preamble):
    ask = {"et": "Palun öelge oma isikukood.", "ru": "Назовите, пожалуйста, Ваш личный код."}[lang]
    clarify = {"et": "Kas küsite tagasinõude põhjuse kohta või soovite maksegraafikut?",
               "ru": "Вы спрашиваете о причине возврата или хотите рассрочку?"}[lang]
    answer = {"et": "Tagasinõue tuli, sest toetust maksti pärast õppimise lõppu.",
              "ru": "Возврат требуют, потому что пособие платили после окончания учёбы."}[lang]
    recap = {"et": "Kokkuvõtteks: nõue tuli õppimise lõpu tõttu. Kas on arusaadav?",
             "ru": "Итак: возврат из-за окончания учёбы. Всё понятно?"}[lang]
    code = {"et": "neli üks null null kaks null kaks kolm seitse kaks kuus", "ru": "41002023726"}[lang]
    turns = [("agent", OPENING[lang]),
             ("client", {"et": "Mulle tuli tagasinõude kiri, mis see on?",
                         "ru": "Мне пришло письмо о возврате денег, что это?"}[lang]),
             ("agent", preamble + " " + ask), ("client", code), ("agent", clarify),
             ("client", {"et": "Põhjuse kohta.", "ru": "О причине."}[lang]),
             ("agent", answer), ("client", {"et": "Selge.", "ru": "Понятно."}[lang]),
             ("agent", recap), ("client", {"et": "Jah, aitäh.", "ru": "Да, спасибо."}[lang]),
             ("agent", {"et": "Aitäh, head päeva!", "ru": "Спасибо, всего доброго!"}[lang])]
    assert verdicts(lang, turns, identification_required=True)["needs"] == "pass"


def test_code_not_needed_warning_is_no_answer():
    turns = [("agent", OPENING["ru"]),
             ("client", "мне в сентябре колено поменяли, врач сказал про реабилитацию, это к вам?"),
             ("agent", "Личный код для этого вопроса не нужен, и лучше не писать его в открытом чате. Уточните, "
                       "пожалуйста: врач говорил о лечении после операции или о социальной реабилитации?"),
             ("client", "о лечении после операции"),
             ("agent", "Восстановительное лечение после операции назначает врач, его оплачивает Больничная касса."),
             ("client", "понятно, спасибо"),
             ("agent", "Итак: лечение после операции идёт через врача и Больничную кассу. Всё понятно?"),
             ("client", "да"),
             ("agent", "Спасибо за обращение, всего доброго!")]
    assert verdicts("ru", turns, channel="chat", no_identifiers=True)["needs"] == "pass"


def test_spoken_empathy_right_before_the_code_request_is_no_answer():
    turns = [("agent", "sotsiaalkindlustusamet kaja kuuleb tere"),
             ("client", "nad panid mulle keskmise puude aga ma ei saa ju enam ilma kepita poodi minna"),
             ("agent", "mhm ma saan aru et see otsus on teid päris endast välja viinud ja see on arusaadav vaatame "
                       "koos rahulikult läbi mis teha saab et ma teie otsust näeksin kas ma võiksin küsida teie "
                       "isikukoodi"),
             ("client", "neli üks null null kaks null kaks kolm seitse kaks kuus"),
             ("agent", "aitäh kas te soovite otsust vaidlustada või on teil pärast otsust uusi terviseandmeid"),
             ("client", "uusi andmeid on neuroloogilt"),
             ("agent", "siis on mõistlik esitada uus taotlus perearsti kaudu uute andmete põhjal"),
             ("client", "selge"),
             ("agent", "nii et kokkuvõttes uus taotlus perearsti kaudu kas on arusaadav"),
             ("client", "jah aitäh"),
             ("agent", "aitäh head päeva")]
    assert verdicts("et", turns, identification_required=True, client_upset=True)["needs"] == "pass"


def _courtesy(lang, *texts):
    turns = [Turn(role="agent", text=OPENING[lang])]
    turns += [Turn(role="client" if i % 2 == 0 else "agent", text=t) for i, t in enumerate(texts)]
    return courtesy_of(turns, lang, "chat")["result"]


@pytest.mark.parametrize("lang,texts,verdict", [
    ("ru", ("а похороны, есть какая-то помощь???", "Это не наш вопрос."), "fail"),
    ("ru", ("а похороны, есть какая-то помощь?", "Это не наш вопрос: пособие на похороны платит самоуправление, "
                                                 "обратитесь в свою волость."), "pass"),
    ("et", ("Miks pank seda ei teata?", "Pank kontode muudatusi ei teata. Nii on kõikide pensionide puhul."), "pass"),
    ("et", ("Miks see nii on?", "Nii on kõigil, midagi ei saa teha."), "fail"),
    ("ru", ("а как подать заявление?", "это вообще-то на сайте написано 🙂"), "fail"),
    ("ru", ("а если у меня нет компьютера?", "ну если с компом совсем никак 🤷 приходите в бюро"), "fail"),
])
def test_courtesy_round7(lang, texts, verdict):
    assert _courtesy(lang, *texts) == verdict


def test_hashtags_label_steps_and_perform_none():
    turns = [("agent", "#tere #sotsiaalkindlustusamet #kadi #kuidassaanaidata"),
             ("client", "Tere. Olen 61 ja mõtlen, kas jääda ennetähtaegselt pensionile. Kui palju väiksem pension on?"),
             ("agent", "#täpsustus #mõistan #empaatia"),
             ("client", "Vabandust, ma ei saanud aru."),
             ("agent", "Ennetähtaegne pension on kuni 5 aastat enne pensioniiga ja jääb väiksemaks. #kokkuvõte #aitäh")]
    result = verdicts("et", turns, channel="chat", client_upset=True)
    assert result["greeting"] == "fail"
    assert result["empathy"] == "fail"
    assert result["summary"] == "fail"
