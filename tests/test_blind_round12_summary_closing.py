"""Blind round 12, summary and closing.

Summary: a connector ("nii et", «таким образом») in the middle of a sentence that first gives a fresh answer
concludes that answer, it recaps nothing; a check of understanding the client answers "Ei, ma küsisin ...",
«нет, не совсем» checked nothing; the same check said in three or more replies and confirmed in none is a
paste; a reply to the client's "ma ei saanud aru" answers anew, it is no recap.
Closing: a goodbye after the client's last message still asks ("aga see toetus siis", «так а пенсия то»,
"... kaheksakümmend või rohkem" in unpunctuated speech) or says "no" to the agent's check leaves the matter
open. Must not: a real recap, a confirmed check, an honest goodbye after "hea küll, aitäh"."""

import pytest

from tests.scoring_support import verdicts

GREET = {"et": "Tere, Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?"}


def _verdicts(lang: str, turns: list[str], channel: str = "phone") -> dict[str, str]:
    roles = ["agent"] + ["client" if k % 2 == 0 else "agent" for k in range(len(turns))]
    return verdicts(lang, list(zip(roles, [GREET[lang]] + turns, strict=True)), channel=channel)


# the connector joins the fresh answer to an elliptical question; nothing is recapped after it
CONNECTOR = {
    "et": ["tere mul jäi pensionilisa tänavu saamata kas seda saab veel taotleda",
           "jah pensionilisa saab taotleda kuue kuu jooksul iseteeninduses",
           "selge aga see raha siis",
           "raha kantakse üle järgmise kuu viiendal kuupäeval nii et see jõuab teie kontole varsti",
           "okei aitäh",
           "aitäh helistamast head päeva"],
    "ru": ["здравствуйте у меня не пришла доплата к пенсии можно ли её ещё запросить",
           "да доплату можно запросить в течение шести месяцев в самообслуживании",
           "ясно а деньги тогда",
           "деньги перечисляют пятого числа следующего месяца таким образом они придут на ваш счёт скоро",
           "ладно спасибо",
           "спасибо за звонок всего доброго"],
}
# must not: the same call with a real recap at the end
CONNECTOR_RECAP = {
    "et": CONNECTOR["et"][:4] + ["okei aitäh",
                                 "nii et kokkuvõttes pensionilisa taotlete iseteeninduses ja raha tuleb viiendal kuupäeval "
                                 "aitäh helistamast head päeva"],
    "ru": CONNECTOR["ru"][:4] + ["ладно спасибо",
                                 "итак подведём итог доплату запрашиваете в самообслуживании а деньги придут пятого "
                                 "числа спасибо за звонок всего доброго"],
}

# must not: after the connector the next step for the client ("palun kontrollige", «проверьте»)
CONNECTOR_STEP = {
    "et": CONNECTOR["et"][:3] + ["raha kanti üle eile nii et palun kontrollige homme oma pangakontot ja kui "
                                 "seda ei ole siis helistage uuesti", "okei aitäh", "aitäh helistamast head päeva"],
    "ru": CONNECTOR["ru"][:3] + ["деньги перечислили вчера таким образом проверьте завтра свой счёт а если их нет "
                                 "позвоните нам снова", "ладно спасибо", "спасибо за звонок всего доброго"],
}

# the client says "no, I asked about ..." to the check; nothing is recapped or checked after the answer
REJECTED = {
    "et": ["Tere. Mul on uus arstitõend. Kas ma saan selle vaide juurde lisada?",
           "Vaie esitatakse 30 päeva jooksul otsusest teadasaamisest. Kas see vastas Teie küsimusele?",
           "Ei, ma küsisin arstitõendi kohta, mitte tähtaja kohta.",
           "Arstitõendi saate lisada vaidele, see võetakse arvesse.",
           "Hästi.",
           "Aitäh, et helistasite! Head päeva!"],
    "ru": ["Здравствуйте. У меня новая справка от врача. Можно её приложить к возражению?",
           "Возражение подаётся в течение 30 дней. Я ответила на Ваш вопрос?",
           "Нет, не совсем, я спрашивала про справку, а не про срок.",
           "Справку можно приложить к возражению, её учтут.",
           "Хорошо.",
           "Спасибо за звонок! Всего доброго!"],
}
CONFIRMED = {
    "et": REJECTED["et"][:2] + ["Jah, vastas. Aitäh.", "Palun! Head päeva!"],
    "ru": REJECTED["ru"][:2] + ["Да, понятно, спасибо.", "Пожалуйста! Всего доброго!"],
}

# the same check pasted into every reply, the client never confirming it
PASTED_CHECK = {
    "et": ["Tere. Mu emale ei määratud enam hooldajatoetust. Kas seda saab vaidlustada?",
           "Jah, otsuse peale saab esitada vaide 30 päeva jooksul. Kas see vastas Teie küsimusele?",
           "Aga mida ma sinna vaidesse kirjutan?",
           "Vaides kirjutate, millise otsusega Te ei nõustu ja miks. Kas see vastas Teie küsimusele?",
           "Ja kuhu ma selle saadan?",
           "Vaide saab saata e-postiga digiallkirjaga. Kas see vastas Teie küsimusele?",
           "Kas ema saab vahepeal midagi?",
           "Vahepeal makstakse kehtiva otsuse järgi, seega praegu toetust ei ole. Aitäh, et helistasite! Kõike head!"],
    "ru": ["Здравствуйте. Маме отказали в пособии по уходу. Можно это обжаловать?",
           "Да, на решение можно подать возражение в течение 30 дней. Я ответила на Ваш вопрос?",
           "А что писать в возражении?",
           "В возражении пишете, с каким решением Вы не согласны и почему. Я ответила на Ваш вопрос?",
           "А куда его отправить?",
           "Возражение можно отправить по электронной почте с цифровой подписью. Я ответила на Ваш вопрос?",
           "А мама пока что-то получит?",
           "Пока платят по действующему решению, таким образом сейчас пособия нет. Спасибо за звонок! Всего доброго!"],
}
# must not: the same check, confirmed once by the client
PASTED_CHECK_CONFIRMED = {
    "et": PASTED_CHECK["et"][:5] + ["Vaide saab saata e-postiga digiallkirjaga. Kas see vastas Teie küsimusele?",
                                    "Jah, nüüd on selge. Aitäh.", "Palun! Kõike head!"],
    "ru": PASTED_CHECK["ru"][:5] + ["Возражение можно отправить по электронной почте с цифровой подписью. Я ответила на Ваш вопрос?",
                                    "Да, теперь понятно. Спасибо.", "Пожалуйста! Всего доброго!"],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_connector_inside_fresh_answer_is_no_summary(lang):
    assert _verdicts(lang, CONNECTOR[lang])["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_real_recap_still_counts(lang):
    assert _verdicts(lang, CONNECTOR_RECAP[lang])["summary"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_connector_before_next_step_still_recaps(lang):
    assert _verdicts(lang, CONNECTOR_STEP[lang])["summary"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_check_answered_no_i_asked_checks_nothing(lang):
    assert _verdicts(lang, REJECTED[lang])["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_confirmed_check_counts(lang):
    assert _verdicts(lang, CONFIRMED[lang])["summary"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_check_pasted_into_every_reply_never_confirmed(lang):
    assert _verdicts(lang, PASTED_CHECK[lang])["summary"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_repeated_check_confirmed_once_counts(lang):
    assert _verdicts(lang, PASTED_CHECK_CONFIRMED[lang])["summary"] == "pass"


# the last reply answers the client's "I did not understand" anew, restating words of earlier answers
NOT_UNDERSTOOD = {
    "et": ["Tere. Mu pojale ei määratud puuet. Kas ta saab puudetoetust edasi?",
           "Puudetoetus makstakse vastavalt kehtivale otsusele.",
           "Ma ei saanud aru, kas jah või ei.",
           "Kehtiva otsuse järgi puuet ei ole, puudetoetust praegu ei maksta. Aitäh, et helistasite! Kõike head!"],
    "ru": ["Здравствуйте. Сыну не установили инвалидность. Ему будут платить пособие по инвалидности?",
           "Пособие по инвалидности выплачивается согласно действующему решению.",
           "Я не поняла, да или нет.",
           "По действующему решению инвалидности нет, пособие по инвалидности сейчас не выплачивается. Спасибо за звонок! Всего доброго!"],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_answer_to_not_understood_is_no_recap(lang):
    assert _verdicts(lang, NOT_UNDERSTOOD[lang])["summary"] == "fail"


# closing: the client's last message still asks (speech, no question mark), the agent only says goodbye
OPEN_ELLIPTIC = {
    "et": ["tere mu pensionilisa ei tulnud kas seda saab veel taotleda",
           "jah pensionilisa saab taotleda kuue kuu jooksul iseteeninduses",
           "okei no ma siis vaatan aga see lesepension siis",
           "selge no aitäh helistamast ja head päeva"],
    "ru": ["здравствуйте мне не пришла доплата к пенсии можно её ещё запросить",
           "да доплату можно запросить в течение шести месяцев в самообслуживании",
           "ну ладно так а пенсия по потере кормильца то",
           "спасибо за звонок всего доброго"],
}
OPEN_ALTERNATIVE = {
    "et": ["tere mu pensionilisa ei tulnud kas seda saab veel taotleda",
           "jah pensionilisa saab taotleda kuue kuu jooksul iseteeninduses",
           "okei ma vaatan aga see lisa on siis ka kakssada eurot või natuke rohkem",
           "selge no aitäh helistamast ja head päeva"],
}  # (Russian «... или больше» is read as a question already)
# the client says "no" to the check, the agent only thanks and wishes
OPEN_NO = {
    "et": ["Tere. Mu pension jäi sel kuul tulemata. Kas seda saab videokõnega kinnitada?",
           "Pension peatatakse, kui elusolekutõend jääb esitamata. Kas see vastas Teie küsimusele?",
           "Ei. Helistan siis parem kohalikku ametisse.",
           "Aitäh pöördumise eest! Kõike head!"],
    "ru": ["Здравствуйте. Пенсия в этом месяце не пришла. Можно ли подтвердить справку по видео?",
           "Если справка не представлена, выплата пенсии приостанавливается. Я ответила на Ваш вопрос?",
           "Нет. Позвоню лучше в местную службу.",
           "Спасибо за обращение! Всего доброго!"],
}
# the same with an offer after the goodbye: it takes up nothing of the "no"
OPEN_NO_OFFER = {
    "et": OPEN_NO["et"][:3] + ["Aitäh pöördumise eest! Kõike head! Soovi korral saadan Teile vestluse koopia."],
    "ru": OPEN_NO["ru"][:3] + ["Спасибо за обращение! Всего доброго! Если хотите, могу отправить Вам копию переписки."],
}
# must not: the client is done
DONE = {
    "et": OPEN_ELLIPTIC["et"][:2] + ["okei no hea küll aitäh", "selge no aitäh helistamast ja head päeva"],
    "ru": OPEN_ELLIPTIC["ru"][:2] + ["ну ладно хорошо спасибо", "спасибо за звонок всего доброго"],
}
# must not: the client's "no" is answered anew before the goodbye
NO_ANSWERED = {
    "et": OPEN_NO["et"][:3] + ["Videokõnega kinnitada ei saa, tõendi saate saata e-postiga. Aitäh pöördumise eest! Kõike head!"],
    "ru": OPEN_NO["ru"][:3] + ["По видео подтвердить нельзя, справку можно отправить по электронной почте. Спасибо за обращение! Всего доброго!"],
}


@pytest.mark.parametrize("lang", ["et", "ru"])
@pytest.mark.parametrize("case", [OPEN_ELLIPTIC, OPEN_NO, OPEN_NO_OFFER], ids=["elliptic", "no", "no_offer"])
def test_goodbye_with_question_left_open(lang, case):
    assert _verdicts(lang, case[lang])["closing"] == "fail"


def test_goodbye_after_spoken_alternative_left_open():
    assert _verdicts("et", OPEN_ALTERNATIVE["et"])["closing"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
@pytest.mark.parametrize("case", [DONE, NO_ANSWERED], ids=["done", "no_answered"])
def test_honest_goodbye_passes(lang, case):
    assert _verdicts(lang, case[lang])["closing"] == "pass"
