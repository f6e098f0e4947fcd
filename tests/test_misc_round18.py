"""Data protection and summary on blind round 18's lessons (own et/ru sentences).

Data protection, false alarms the scorer raised:
- a client logged into the self-service chat is identified as herself: her own decision, amounts and dates told
  after the agent says so are no one else's data, though the chat is about a third person too (the husband's
  application, whose status the agent rightly declines to tell); a sentence naming no one goes on about the person
  the reply named last ("Начнём с Ваших пособий. Решение принято ..."). The husband's status or amount stays a leak;
- in an open chat, the address the client's own letter went to («На какой адрес Вы писали?», "Millisele aadressile
  te kirjutasite?") is the agency's address, not an identifier asked of the client.

Summary:
- a recap that says back only what the client called about («итак вы звонили узнать ...», "Nii et te helistasite,
  et teada saada ...") restates the question, not the answers;
- a last reply applying the answer to what the client just told («Тогда это управа Ласнамяэ», "Siis on see Tartu
  linnavalitsus") is a further answer, not a recap, though it repeats the earlier answer's words;
- the client's own recap asked with a tag («Значит, ..., да?», "Nii et ..., eks?"), confirmed by the agent who
  restates its points, is the summary; a plain follow-up question after "то есть" is not.
"""

import pytest
from scoring_support import verdicts

LOGIN = {"ru": "Здравствуйте, Ирина! Департамент социального страхования, меня зовут Ольга. Вы вошли в чат через "
               "самообслуживание с Mobiil-ID, поэтому я вижу Ваши данные. Чем могу помочь?",
         "et": "Tere, Kadri! Sotsiaalkindlustusamet, mina olen Liis. Te sisenesite iseteenindusse Mobiil-ID-ga, "
               "seega näen Teie andmeid. Kuidas saan aidata?"}
ASK = {"ru": "Добрый день. Хотела узнать про свои семейные пособия. И ещё: муж подавал заявление, дошло ли оно?",
       "et": "Tere. Tahtsin teada oma peretoetustest. Ja kas mehe avaldus on kohale jõudnud?"}
OWN = {"ru": "Хорошо, начнём с Ваших пособий. Решение принято 14.10.2026: пособие 96 евро в месяц назначено.",
       "et": "Hea, alustame Teie toetustest. Otsus tehti 14.10.2026: toetus 96 eurot kuus on määratud."}
REFUSE = {"ru": "Про заявление мужа я сказать не могу: это его данные. Он увидит статус сам после входа.",
          "et": "Mehe avalduse kohta ma öelda ei saa: need on tema andmed. Ta näeb seda ise iseteeninduses."}
HIS = {"ru": "Заявление Вашего мужа поступило 21.10.2026, компенсация ему 120 евро.",
       "et": "Teie mehe avaldus on saabunud 21.10.2026, talle on määratud 120 eurot."}
THANKS = {"ru": "Понятно, спасибо.", "et": "Selge, aitäh."}
BYE = {"ru": "Спасибо за обращение, всего доброго!", "et": "Aitäh pöördumast, head päeva!"}


def _logged_in(lang, replies):
    turns = [("agent", LOGIN[lang]), ("client", ASK[lang])]
    for reply in replies:
        turns += [("agent", reply), ("client", THANKS[lang])]
    turns.append(("agent", BYE[lang]))
    return verdicts(lang, turns, channel="chat", identification_required=True, third_party=True,
                    private_status=True, private_facts=["14.10.2026", "96", "21.10.2026", "120"])


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_own_data_after_login_is_no_leak(lang):
    v = _logged_in(lang, [OWN[lang], REFUSE[lang]])
    assert v["data_protection"] == "pass"
    assert v["identification"] == "pass"


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_husbands_data_after_login_is_a_leak(lang):
    assert _logged_in(lang, [OWN[lang], HIS[lang]])["data_protection"] == "fail"
    assert _logged_in(lang, [HIS[lang]])["data_protection"] == "fail"


OPEN = {"ru": "Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?",
        "et": "Tere! Sotsiaalkindlustusamet, Maria. Kuidas saan aidata?"}
LETTER = {"ru": "я вам писала письмо месяц назад и ответа нет", "et": "kirjutasin teile kuu aega tagasi ja vastust pole"}


def _open_chat(lang, question):
    answer = {"ru": "Жаль, что пришлось ждать. На письма мы отвечаем в течение 30 дней; статус можно проверить в "
                    "самообслуживании или по телефону 16106.",
              "et": "Kahju, et pidite ootama. Kirjadele vastame 30 päeva jooksul; seisu saab vaadata iseteeninduses "
                    "või helistades 16106."}[lang]
    turns = [("agent", OPEN[lang]), ("client", LETTER[lang]), ("agent", question),
             ("client", "info@" if lang == "ru" else "üldaadressile"), ("agent", answer), ("client", THANKS[lang]),
             ("agent", BYE[lang])]
    return verdicts(lang, turns, channel="chat", no_identifiers=True)["data_protection"]


@pytest.mark.parametrize("lang, question, expected", [
    ("ru", "На какой адрес Вы писали, на общий или специалисту?", "pass"),
    ("ru", "Адрес, на который Вы отправили письмо, какой был?", "pass"),
    ("et", "Millisele aadressile te kirjutasite, üldaadressile või spetsialistile?", "pass"),
    ("ru", "Напишите, пожалуйста, Ваш домашний адрес.", "fail"),
    ("ru", "На какой адрес Вам отправить ответ?", "fail"),
    ("et", "Mis on Teie elukoha aadress?", "fail"),
])
def test_address_the_client_wrote_to(lang, question, expected):
    assert _open_chat(lang, question) == expected


SUMMARY_OPEN = {"ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?",
                "et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?"}


def _summary(lang, turns):
    return verdicts(lang, [("agent", SUMMARY_OPEN[lang])] + turns, channel="phone")["summary"]


CALLED = {
    "ru": [("client", "я подал на пенсию по старости хочу узнать сколько будет и когда решение"),
           ("agent", "пенсия у вас будет около шестисот евро в месяц а решение примут в течение тридцати дней"),
           ("client", "ну ладно подожду")],
    "et": [("client", "esitasin vanaduspensioni taotluse tahan teada kui palju tuleb ja millal otsus tuleb"),
           ("agent", "pension tuleb umbes kuussada eurot kuus ja otsus tehakse kolmekümne päeva jooksul"),
           ("client", "no hea ootan siis")],
}


@pytest.mark.parametrize("lang, recap, expected", [
    ("ru", "итак значит вы звонили узнать сколько будет пенсия и когда решение", "fail"),
    ("et", "nii et te helistasite et teada saada kui palju pension tuleb ja millal otsus", "fail"),
    ("ru", "итак пенсия будет около шестисот евро в месяц а решение примут в течение тридцати дней понятно",
     "pass"),
])
def test_recap_of_why_the_client_called(lang, recap, expected):
    turns = CALLED[lang] + [("agent", recap), ("client", "да" if lang == "ru" else "jah"),
                            ("agent", BYE[lang])]
    assert _summary(lang, turns) == expected


THEN = {
    "ru": [("client", "Можно ли получить пособие по прожиточному минимуму?"),
           ("agent", "Пособие по прожиточному минимуму назначает социальный отдел местного самоуправления по месту "
                     "жительства, там же подаётся заявление."),
           ("client", "Я живу в Нарве."),
           ("agent", "Тогда заявление подаётся в социальный отдел Нарвской городской управы по месту жительства."),
           ("client", "Хорошо, спасибо."), ("agent", BYE["ru"])],
    "et": [("client", "Kas ma saan toimetulekutoetust?"),
           ("agent", "Toimetulekutoetust määrab elukohajärgse kohaliku omavalitsuse sotsiaalosakond, sinna esitatakse "
                     "ka taotlus."),
           ("client", "Elan Tartus."),
           ("agent", "Siis esitatakse taotlus Tartu linnavalitsuse sotsiaalosakonda elukoha järgi."),
           ("client", "Hea, aitäh."), ("agent", BYE["et"])],
}


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_answer_applied_to_the_clients_case_is_no_recap(lang):
    assert _summary(lang, THEN[lang]) == "fail"


def _client_recap(lang, client_recap):
    if lang == "ru":
        turns = [("client", "Пришло решение по инвалидности, я не согласен. Что делать?"),
                 ("agent", "Решение можно оспорить: возражение подаётся в течение 30 дней. Если есть новые "
                           "медицинские документы, подаётся новое заявление через семейного врача."),
                 ("client", client_recap),
                 ("agent", "Да, именно так. Возражение в течение 30 дней, а с новыми документами новое заявление "
                           "через семейного врача."),
                 ("client", "Спасибо."), ("agent", "Пожалуйста.")]
    else:
        turns = [("client", "Sain puude otsuse, ma ei ole nõus. Mida teha?"),
                 ("agent", "Otsuse peale saab esitada vaide 30 päeva jooksul. Kui on uusi terviseandmeid, esitatakse "
                           "uus taotlus perearsti kaudu."),
                 ("client", client_recap),
                 ("agent", "Jah, täpselt. Vaie 30 päeva jooksul, uute andmetega aga uus taotlus perearsti kaudu."),
                 ("client", "Aitäh."), ("agent", "Palun.")]
    return _summary(lang, turns)


@pytest.mark.parametrize("lang, client_recap, expected", [
    ("ru", "Хорошо. Значит, либо возражение за 30 дней, либо новое заявление с новыми документами, да?", "pass"),
    ("et", "Selge. Nii et kas vaie 30 päeva jooksul või uus taotlus uute paberitega, eks?", "pass"),
    ("ru", "То есть новое заявление подаёт семейный врач?", "fail"),
    ("et", "Nii et uue taotluse esitab perearst?", "fail"),
])
def test_confirmed_client_recap(lang, client_recap, expected):
    assert _client_recap(lang, client_recap) == expected
