"""Blind round 10, summary: a summary cue counts only when what follows recaps an answer actually given.
Not a summary: a cue that opens a check of the need before the answer («итак подведём итог вы хотите узнать
... правильно» answered "да"), a cue followed by the client's question said back without a pronoun
("kokkuvõtteks küsisite ...", «итак хотите узнать ...»), a cue said in (almost) every reply or in a footer
under each message (a verbal tic or signature), and a cue that introduces the earlier paste again in reply
to the client's "you did not understand me". Must not: a real recap after an answer, with or without a cue
word, and a cue used now and then."""

import pytest

from tests.scoring_support import verdicts

GREET = {"et": "Tere, Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?"}


def _summary(lang: str, turns: list[str], channel: str = "phone") -> str:
    roles = ["agent"] + ["client" if k % 2 == 0 else "agent" for k in range(len(turns))]
    return verdicts(lang, list(zip(roles, [GREET[lang]] + turns, strict=True)), channel=channel)["summary"]


# the cue opens a check of the need, confirmed by the client, before any answer; nothing recaps after
CHECK_BEFORE = {
    "ru": ["алло алло вы меня слышите", "да слышу вас хорошо говорите пожалуйста",
           "у меня вопрос про пособие на ребёнка мне его перестали платить и я не знаю почему",
           "итак подведём итог вы хотите узнать почему прекратилась выплата пособия на ребёнка правильно",
           "да да именно",
           "выплату прекратили потому что ребёнку исполнилось девятнадцать лет и он закончил гимназию",
           "а если он в колледж пойдёт осенью",
           "тогда выплату можно возобновить подайте ходатайство в самообслуживании",
           "хорошо спасибо", "всего доброго"],
    "et": ["halloo kas te kuulete mind", "jah kuulen teid hästi rääkige palun",
           "mul on küsimus lapsetoetuse kohta mulle lõpetati maksmine ja ma ei tea miks",
           "kokkuvõtteks te soovite teada miks lapsetoetuse maksmine lõpetati kas nii",
           "jah just",
           "maksmine lõpetati sest laps sai üheksateist aastat vanaks ja lõpetas gümnaasiumi",
           "aga kui ta läheb sügisel kutsekooli",
           "siis saab maksmist jätkata esitage taotlus iseteeninduses",
           "hea aitäh", "head päeva"],
}
# the client's question said back after the cue, the pronoun left out
ASKED_BACK = {
    "et": ["tere mul tuli kiri et pean toetuse tagasi maksma kui kaua mul vaide jaoks aega on",
           "mõistan et teile tuli kiri ja peate toetuse tagasi maksma",
           "jah",
           "selge kokkuvõtteks küsisite kui palju aega on vaide esitamiseks",
           "jah aga vastake ka",
           "kokkuvõtteks soovite teada vaide tähtaega",
           "see ei ole vastus head aega"],
    "ru": ["здравствуйте мне пришло письмо что надо вернуть пособие сколько у меня времени на возражение",
           "понимаю вам пришло письмо и надо вернуть пособие",
           "да",
           "ясно итак спрашиваете сколько времени есть на подачу возражения",
           "да но ответьте же",
           "итак хотите узнать срок для возражения",
           "это не ответ до свидания"],
}
# the cue in every reply (a tic), each time with a bit of an answer
TIC = {
    "ru": ["у меня пенсия не пришла в этом месяце и я не знаю почему",
           "подводя итог пенсия выплачивается пятого числа",
           "а сегодня уже седьмое",
           "итак подведём итог проверьте номер счёта в самообслуживании",
           "а если счёт правильный",
           "подводя итог тогда подождите ещё два рабочих дня",
           "ну ладно", "подводя итог всего доброго"],
    "et": ["mu pension ei tulnud sel kuul ja ma ei tea miks",
           "kokkuvõtteks pension makstakse viiendal kuupäeval",
           "aga täna on juba seitsmes",
           "kokkuvõtteks kontrollige iseteeninduses oma kontonumbrit",
           "aga kui konto on õige",
           "kokkuvõtteks siis oodake veel kaks tööpäeva",
           "no hea", "kokkuvõtteks head aega"],
}
# a chat footer with the cue word under every message
FOOTER = {
    "ru": ["Здравствуйте. Сколько платят пособие по уходу за ребёнком-инвалидом?",
           "Зависит от степени инвалидности ——— Ольга | ДСС | уточняю Ваш вопрос · итог · спасибо за обращение",
           "А при тяжёлой степени?",
           "При тяжёлой 100 евро в месяц ——— Ольга | ДСС | уточняю Ваш вопрос · итог · спасибо за обращение",
           "А подать где?",
           "В самообслуживании ——— Ольга | ДСС | уточняю Ваш вопрос · итог · спасибо за обращение",
           "Ок", "Ольга | ДСС | уточняю Ваш вопрос · итог · спасибо за обращение"],
    "et": ["Tere. Kui palju makstakse puudega lapse toetust?",
           "Sõltub puude raskusest ——— Ülle | SKA | täpsustan Teie küsimust · kokkuvõte · aitäh pöördumast",
           "Aga raske puude korral?",
           "Raske puude korral 100 eurot kuus ——— Ülle | SKA | täpsustan Teie küsimust · kokkuvõte · aitäh pöördumast",
           "Kust taotleda?",
           "Iseteeninduses ——— Ülle | SKA | täpsustan Teie küsimust · kokkuvõte · aitäh pöördumast",
           "Ok", "Ülle | SKA | täpsustan Teie küsimust · kokkuvõte · aitäh pöördumast"],
}
# the same paste again after the cue, in reply to "you did not understand me"
PASTE_AFTER_NO = {
    "ru": ["можно ли мне брать отпуск по уходу одновременно с женой",
           "родительская компенсация отца тридцать дней её можно брать частями пока ребёнку не исполнится три года",
           "вы не поняли я спрашиваю можно ли одновременно с женой",
           "итак подведём итог родительская компенсация отца тридцать дней её можно брать частями пока ребёнку "
           "не исполнится три года",
           "ладно сам почитаю", "до свидания"],
    "et": ["kas ma saan isapuhkust võtta samal ajal kui naine on kodus",
           "isapuhkust on kolmkümmend päeva ja seda saab võtta osadena kuni laps saab kolmeaastaseks",
           "te ei saanud aru ma küsin kas samal ajal naisega",
           "kokkuvõtteks isapuhkust on kolmkümmend päeva ja seda saab võtta osadena kuni laps saab kolmeaastaseks",
           "hea küll loen ise", "head aega"],
}


@pytest.mark.parametrize("lang", ["ru", "et"])
@pytest.mark.parametrize("case", [CHECK_BEFORE, ASKED_BACK, TIC, FOOTER, PASTE_AFTER_NO],
                         ids=["check_before", "asked_back", "tic", "footer", "paste_after_no"])
def test_cue_that_recaps_no_answer_fails(case, lang):
    channel = "chat" if case is FOOTER else "phone"
    assert _summary(lang, case[lang], channel) == "fail"


# must not: a real recap after an answer, with or without a cue word
REAL = {
    "ru": [
        ["мне перестали платить пособие на ребёнка почему",
         "выплату прекратили потому что ребёнку исполнилось девятнадцать лет и он закончил гимназию",
         "а если он пойдёт в колледж",
         "тогда выплату можно возобновить подайте ходатайство в самообслуживании",
         "понятно",
         "итак подведём итог выплата прекращена из-за возраста но после поступления в колледж подайте ходатайство",
         "спасибо", "всего доброго"],
        # the same without a cue word
        ["мне перестали платить пособие на ребёнка почему",
         "выплату прекратили потому что ребёнку исполнилось девятнадцать лет и он закончил гимназию",
         "понятно",
         "то есть выплата прекращена из-за того что ребёнку девятнадцать лет и гимназия закончена",
         "да спасибо", "всего доброго"],
        # the answer repeated after the cue, the client had taken it
        ["можно ли брать компенсацию отца частями",
         "родительская компенсация отца тридцать дней её можно брать частями пока ребёнку не исполнится три года",
         "хорошо понял",
         "итак подведём итог родительская компенсация отца тридцать дней её можно брать частями пока ребёнку "
         "не исполнится три года",
         "спасибо", "до свидания"],
    ],
    "et": [
        ["mulle lõpetati lapsetoetuse maksmine miks",
         "maksmine lõpetati sest laps sai üheksateist aastat vanaks ja lõpetas gümnaasiumi",
         "aga kui ta läheb kutsekooli",
         "siis saab maksmist jätkata esitage taotlus iseteeninduses",
         "selge",
         "kokkuvõtteks maksmine lõpetati vanuse tõttu aga kutsekooli minnes esitage uus taotlus",
         "aitäh", "head päeva"],
        ["mulle lõpetati lapsetoetuse maksmine miks",
         "maksmine lõpetati sest laps sai üheksateist aastat vanaks ja lõpetas gümnaasiumi",
         "selge",
         "nii et maksmine lõpetati kuna laps sai üheksateist ja gümnaasium on lõpetatud",
         "jah aitäh", "head päeva"],
        ["kas isapuhkust saab võtta osadena",
         "isapuhkust on kolmkümmend päeva ja seda saab võtta osadena kuni laps saab kolmeaastaseks",
         "selge sain aru",
         "kokkuvõtteks isapuhkust on kolmkümmend päeva ja seda saab võtta osadena kuni laps saab kolmeaastaseks",
         "aitäh", "head aega"],
    ],
}


@pytest.mark.parametrize("lang,turns", [(lang, t) for lang, ts in REAL.items() for t in ts])
def test_real_recap_still_passes(lang, turns):
    assert _summary(lang, turns) == "pass"



def test_restated_answer_after_cue_with_pronounless_verb_still_recaps():
    """"Kokkuvõtteks: küsisite tähtaega; vaide saab esitada ..." answers after the semicolon: a recap."""
    turns = ["kui palju mul on aega vaide jaoks",
             "vaide saab esitada kolmekümne päeva jooksul otsuse kättesaamisest",
             "selge",
             "kokkuvõtteks küsisite tähtaega; vaide saab esitada kolmekümne päeva jooksul otsuse kättesaamisest",
             "aitäh", "head aega"]
    assert _summary("et", turns) == "pass"


# the last reply answers the client's new alternative question («а ... или ...») with the earlier words in it:
# an answer, not a recap
NEW_QUESTION = {
    "ru": ["почему мне пенсию прибавили меньше чем соседке",
           "пенсии индексируются каждый год первого апреля и прибавка зависит от размера самой пенсии",
           "ну ладно а в следующем году тоже прибавят или это только в этом году было",
           "пенсии индексируются каждый год первого апреля а размер прибавки станет известен весной",
           "ну спасибо", "всего доброго"],
    "et": ["miks mulle tõsteti pensioni vähem kui naabrile",
           "pensione indekseeritakse igal aastal esimesel aprillil ja tõus sõltub pensioni suurusest",
           "no hea aga kas järgmisel aastal ka tõstetakse või oli see ainult sel aastal",
           "pensione indekseeritakse igal aastal esimesel aprillil aga tõusu suurus selgub kevadel",
           "no aitäh", "head aega"],
}


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_answer_to_new_alternative_question_is_no_recap(lang):
    assert _summary(lang, NEW_QUESTION[lang]) == "fail"


@pytest.mark.parametrize("lang,sentence,said_back", [
    ("et", "selge kokkuvõtteks küsisite kui palju aega on vaide jaoks", True),
    ("et", "kokkuvõtteks soovite teada tähtaega", True),
    ("ru", "итак спрашиваете сколько времени есть на возражение", True),
    ("ru", "ясно итак хотите узнать срок возражения", True),
    ("et", "kokkuvõtteks kui soovite teada summat vaadake iseteenindusest", False),
    ("ru", "итак если хотите узнать сумму смотрите в самообслуживании", False),
])
def test_question_said_back_without_pronoun(lang, sentence, said_back):
    from trainer.scoring.recap import restates_question

    assert restates_question(sentence, lang) is said_back
