"""Courtesy fails on blame, condescension, sarcasm and brush-offs (rubrics/call-model.yaml, `courtesy`).

Own sentences in Estonian and Russian, inflected, typed without õäöü and spoken without punctuation, with
must-not cases: a polite redirect (with an address or an offer to help) or a neutral statement stays
polite. Gaming: ignoring the client's direct questions with a repeated reply or a keyword chain at least
twice is a brush-off (reason ``brush_off``; the feedback quotes the agent's turn)."""

from pathlib import Path

import pytest
from scoring_support import OPENING

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()
QUESTION = {"et": "Mul on küsimus toetuse kohta, kuidas ma selle kätte saan?",
            "ru": "У меня вопрос по пособию, как мне его получить?"}


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _courtesy(rubric, language, *texts, channel="chat"):
    turns = [Turn(role="agent", text=OPENING[language]), Turn(role="client", text=QUESTION[language])]
    for i, text in enumerate(texts):
        turns.append(Turn(role="agent" if i % 2 == 0 else "client", text=text))
    result = score_transcript(Transcript(language=language, channel=channel, turns=turns), rubric, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "courtesy")


RUDE = [
    # brush-offs: sent off without help
    ("et", "Infot leiab kodulehelt, vaadake sealt."),
    ("et", "info on kodulehel vaadake sealt"),
    ("et", "Kodulehel on see olemas."),
    ("et", "Kirjutage meile lihtsalt."),
    ("et", "Kirjutage meile."),
    ("et", "See pole ju meie asi."),
    ("et", "see ei ole meie asi"),
    ("et", "Nii on kõigil, midagi pole teha."),
    ("et", "see on koigil samamoodi"),
    ("ru", "Мы с этим ничего не делаем."),
    ("ru", "мы этим ничего не делаем"),
    ("et", "Sellega me midagi ei tee."),
    ("ru", "Всё есть на сайте, смотрите там."),
    ("ru", "Пишите нам."),
    ("ru", "У всех одинаково, ничего не поделаешь."),
    # blame
    ("et", "Teatamine on ikka kliendi enda kohustus."),
    ("et", "see on teie enda kohustus"),
    ("et", "See on ju Teie enda süü."),
    ("et", "Kui Te oleksite õigel ajal teatanud, oleks raha käes."),
    ("ru", "Об этом вообще-то писали во всех новостях."),
    ("ru", "это вообще то было во всех новостях"),
    ("ru", "Надо было раньше подавать."),
    ("ru", "Если бы Вы вовремя сообщили, деньги бы уже пришли."),
    # sarcasm and condescension
    ("ru", "Расписание, думаю, Вы и сами найти можете."),
    ("ru", "календарь вы и сами посмотреть можете"),
    ("et", "Kalendrit oskate ju ise vaadata."),
    ("et", "ma ju utlesin juba"),
    ("et", "Ma ju ütlesin Teile juba."),
    ("et", "Jah, makstakse viiendal 🙄"),
]

POLITE = [
    ("et", "Täpsema info leiate kodulehelt sotsiaalkindlustusamet.ee, saadan lingi."),
    ("et", "Lapsetoetust makstakse iga kuu, taotlust pole vaja. Lisainfot leiate kodulehelt sotsiaalkindlustusamet.ee."),
    ("et", "Kirjutage meile aadressile info@sotsiaalkindlustusamet.ee, vastame 30 päeva jooksul."),
    ("et", "See on Teie enda otsus."),
    ("et", "Taotluse saate ise iseteeninduses esitada, ma selgitan, kuidas."),
    ("et", "Sellega tegeleb pank, aga ma aitan Teil leida, kuhu pöörduda."),
    ("ru", "Подробнее можно прочитать на сайте, я пришлю ссылку."),
    ("ru", "Это было в новостях, но я объясню."),
    ("ru", "Вы можете сами подать заявление на портале, я подскажу как."),
    # curt but a redirect: who does it is named (a blind labeller's reading)
    ("ru", "Это уже вопрос к банку, мы с этим ничего не делаем."),
    ("et", "Sellega tegeleb pank, meie sellega midagi ei tee."),
    # a polite answer on how to send something, with an e-mail among the channels
    ("et", "Saab: postiga, digiallkirjaga e-kirjaga või klienditeeninduses."),
    ("et", "Te ise oma andmeid muuta ei saa, aga ma teen selle Teie eest ära."),
    ("ru", "Напишите нам на info@sotsiaalkindlustusamet.ee, ответ придёт в течение 30 дней."),
]


@pytest.mark.parametrize("language,text", RUDE)
def test_blame_condescension_sarcasm_and_brush_offs_fail(rubric, language, text):
    c = _courtesy(rubric, language, text)
    assert c["result"] == "fail", text
    assert c["evidence"], text


@pytest.mark.parametrize("language,text", POLITE)
def test_polite_redirects_and_neutral_statements_pass(rubric, language, text):
    assert _courtesy(rubric, language, text)["result"] == "pass", text


MACRO_RU = ("Пособие назначается по заявлению. Заявление можно подать в среде самообслуживания. "
            "Выплата производится ежемесячно. Ответила ли я на Ваш вопрос?")
MACRO_ET = "Toetus määratakse avalduse alusel. Avalduse saab esitada iseteeninduses. Kas see vastas Teie küsimusele?"


def test_the_same_paste_to_every_question_is_a_brush_off(rubric):
    c = _courtesy(rubric, "ru", MACRO_RU, "А сколько это будет в месяц?", MACRO_RU,
                  "Вы мне одно и то же пишете. Когда придут деньги?", MACRO_RU)
    assert c["result"] == "fail"
    assert c["reason"] == "brush_off"
    assert "Пособие назначается" in c["feedback"] and "ответ" in c["feedback"]


def test_keyword_chains_to_the_clients_questions_are_a_brush_off(rubric):
    c = _courtesy(rubric, "et", "Taotlus. Iseteenindus. Kolmkümmend päeva.", "Kuhu ma taotluse saadan?",
                  "Iseteenindus. Kokkuvõtteks. Aitäh.", "Aga millal raha tuleb?",
                  "Kokkuvõtteks: taotlus, tähtaeg, iseteenindus.", channel="phone")
    assert c["result"] == "fail" and c["reason"] == "brush_off"
    assert "Iseteenindus" in c["feedback"]


def test_one_repeat_after_a_question_is_no_brush_off(rubric):
    # the client asks again and the agent repeats the answer once: no pattern of ignoring
    c = _courtesy(rubric, "et", MACRO_ET, "Vabandust, kus ma selle esitan?", MACRO_ET, "Selge, aitäh.",
                  "Palun, head päeva!")
    assert c["result"] == "pass"


@pytest.mark.parametrize("language,text", [
    ("et", "Palun kirjutage oma isikukood, ma vaatan järele."),
    ("et", "Saate otsuse vaidlustada, kirjutage vaie ja lisage uued dokumendid."),
    ("et", "Jah, täitke ja kirjutage ise alla."),
    ("ru", "Напишите, пожалуйста, Ваше имя, я проверю."),
])
def test_writing_instructions_are_no_brush_off(rubric, language, text):
    assert _courtesy(rubric, language, text)["result"] == "pass", text


def test_terse_questions_and_numbers_are_no_ignored_question(rubric):
    c = _courtesy(rubric, "et", "Lapsed üksi? Praegu?", "Jah, üksi, ema on ära.", "112. Lasteabi 116 111.",
                  "Kas ma pean ise helistama?", "Jah. Kohe.", channel="phone")
    assert c["result"] == "pass"


# Round 2 of the blind corpus: condescension and sarcasm in other words and
# a referral with a service office. Own sentences, inflected, typed without õäöü and
# spoken without punctuation.
RUDE_2 = [
    # condescension: "as clearly written", "everybody copes", "your memory fails you"
    ("et", "Nagu teatises on väga selgelt kirjas, tuleb avaldus esitada."),
    ("et", "nagu kirjas selgelt oeldud tuleb avaldus esitada"),
    ("et", "Sajad inimesed saavad sellega iga päev hakkama."),
    ("et", "koik teised saavad sellega hakkama"),
    ("et", "Teie mälu võib Teid petta, taotlust meil ei ole."),
    ("et", "malu voib vahel petta"),
    ("ru", "Как ясно написано в письме, справку надо прислать."),
    ("ru", "как в письме ясно написано надо прислать справку"),
    ("ru", "Тысячи пенсионеров с этим справляются без проблем."),
    ("ru", "память может подводить заявления у нас нет"),
    # sarcasm: "not in the papers you read", "so good luck", "and you worry here"
    ("ru", "Видимо, не в тех газетах, которые Вы читаете."),
    ("ru", "видимо не во всех газетах которые вы читаете"),
    ("ru", "Жалобу подать можно, но суд уже всё решил, так что удачи."),
    ("ru", "жаловаться можно но так что удачи"),
    ("ru", "Деньги, может, давно на счёте, а Вы тут волнуетесь."),
    ("ru", "деньги наверно уже пришли а вы тут переживаете"),
    ("et", "Raha on ehk ammu kontol, aga Teie siin muretsete."),
    ("et", "Kaevata voite, aga kohus on juba otsustanud, nii et edu."),
]

POLITE_2 = [
    # a warm wish at the end of a helpful answer, encouragement, an honest "everyone is paid so"
    ("ru", "Заявление можно подать на портале, я подскажу как. Удачи Вам!"),
    ("ru", "заявление можно подать на портале я подскажу как удачи вам"),
    ("et", "Avalduse saate esitada iseteeninduses, ma juhatan Teid. Te saate sellega kindlasti hakkama."),
    ("et", "te saate sellega kindlasti hakkama ma aitan"),
    ("ru", "Не переживайте, я сейчас проверю, когда придут деньги."),
    ("et", "Ärge muretsege, ma vaatan kohe järele."),
    ("ru", "В письме написано, что справку надо прислать до конца месяца, я объясню подробнее."),
    ("et", "Teatises on kirjas, et tõend tuleb saata aasta jooksul, ma selgitan."),
    # a referral that names a service office too: an alternative, not a brush-off
    ("ru", "бланк есть на сайте его можно также получить в бюро обслуживания"),
    ("et", "Blankett on kodulehel, selle saab ka klienditeenindusest."),
]


@pytest.mark.parametrize("language,text", RUDE_2)
def test_condescension_and_sarcasm_in_other_words_fail(rubric, language, text):
    c = _courtesy(rubric, language, text)
    assert c["result"] == "fail", text
    assert c["evidence"], text


@pytest.mark.parametrize("language,text", POLITE_2)
def test_warm_wishes_encouragement_and_office_referrals_pass(rubric, language, text):
    assert _courtesy(rubric, language, text)["result"] == "pass", text

