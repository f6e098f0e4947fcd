"""New-user batch 35 (live35, authors q8 and r8): the scorer fixes, on sentences written for these tests.

1. a menu read out as bare commands: "Valige number.", "Palun vastake punktile 3", «Выберите цифру.», «Ответьте на
   пункт 2», and a "Menüü:" / «Меню:» heading before numbered options, count as menu prompts (`prompts.py`).
2. a row of keywords ending on a tag check ("..., selge?", «..., понятно?») is judged as a list (`acts.py`);
   «Пока понятно?» / "Siiani selge?" is a check, not a keyword.
3. the crisis line (116 006, ohvriabi) said to help only after a police report: a claim of
   `crisis-and-safety.domestic_violence_steps` (et, ru).
4. the police said to get personal data by phone, or after a call back: a claim of
   `complaints-and-requests.no_data_to_authorities_by_phone` (et, ru).
5. disability-or-workability-chat-et: "meile" denied right after it ("eraldi avaldust meile ei ole vaja") is not the
   joint application sent to the Board.
6. «само» / "iseenesest" (by itself) is the automatic rule, like «автоматически»: no promise.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS, scenario_reply_result, wrong_claim_refs

from trainer.scoring.acts import find_non_answers
from trainer.scoring.promises import is_promise
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library

DV = "crisis-and-safety.domestic_violence_steps"
PHONE = "complaints-and-requests.no_data_to_authorities_by_phone"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _transcript(language: str, texts: list[str], channel: str = "phone") -> Transcript:
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel=channel, turns=turns)


def _kinds(language: str, texts: list[str]) -> list[str]:
    return [f.kind for f in find_non_answers(_transcript(language, texts), {}, language).findings]


# -- 1. menu prompts -----------------------------------------------------------------------------------------------

MENUS = [
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari. Valige küsimus: 1) pension 2) peretoetus 3) muu.",
            "Mul on pensioni küsimus.", "[ ] pension [ ] maksepäev [ ] summa. Valige number.", "Maksepäev.",
            "Menüü: 1) kordamine 2) lõpetamine. Head päeva!"]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari. Valige teema: 1) toetus 2) pension.", "Toetus.",
            "Palun vastake punktile 1. Aitäh!"]),
    ("ru", ["Здравствуйте! Департамент, Мария. Выберите тему: 1) пенсия 2) пособие 3) другое.", "Пенсия.",
            "☐ пенсия ☐ дата выплаты ☐ сумма. Выберите цифру.", "Дата.", "Меню: 1) повтор 2) завершить. До свидания!"]),
    ("ru", ["Здравствуйте! Департамент, Мария. Выберите тему: 1 – пенсия, 2 – пособие.", "Пособие.",
            "Ответьте на пункт 2. Спасибо!"]),
]
NOT_MENUS = [
    # one way through another line's menu, a number asked for, a plain numbered list of steps
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Kuidas Töötukassasse helistada?",
            "Helistage numbril 15501 ja valige menüüst 2. Valige number, mis Teie küsimusele sobib, seal ise.",
            "Aitäh.", "Head päeva!"]),
    ("et", ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Mida ma tegema pean?",
            "Teil on kaks sammu: 1) pöörduge perearsti juurde, 2) esitage taotlus. Kas see on selge?", "Jah.",
            "Öelge palun oma isikukoodi number.", "38001010000.", "Aitäh, head päeva!"]),
    ("ru", ["Здравствуйте! Департамент, Мария.", "Как позвонить в кассу?",
            "Позвоните по номеру 15501 и там выберите цифру 2.", "Спасибо.", "Назовите, пожалуйста, номер Вашего счёта.",
            "EE12.", "Меню сайта удобное: там есть раздел пенсий. Всего доброго!"]),
]


@pytest.mark.parametrize("language,texts", MENUS)
def test_bare_menu_commands_and_headings_are_prompts(language, texts):
    assert "menu" in _kinds(language, texts)
    result = score_transcript(_transcript(language, texts, "chat"), RUBRIC, SETTINGS)
    assert next(c for c in result["criteria"] if c["id"] == "real_answers")["result"] == "fail"


@pytest.mark.parametrize("language,texts", NOT_MENUS)
def test_ways_through_other_menus_and_requests_are_no_prompts(language, texts):
    assert "menu" not in _kinds(language, texts)


# -- 2. a keyword row ending on a tag check --------------------------------------------------------------------------

def _non_answer_quotes(language: str, texts: list[str]) -> list[str]:
    result = score_transcript(_transcript(language, texts), RUBRIC, SETTINGS)
    return [n["quote"] for n in result.get("non_answers") or []]


TAGGED_ROWS = [
    ("ru", "Сочувствую, пенсия, 5-е число, счёт, самообслуживание, перерасчёт, понятно?"),
    ("ru", "Выплата, 8-е число, 80 евро, 100 евро, многодетность, автоматически, хорошо?"),
    ("et", "Pension, 5. kuupäev, pangakonto, iseteenindus, ümberarvutus, selge?"),
    ("et", "Toetus, 8. kuupäev, 80 eurot, 100 eurot, automaatselt, eks?"),
]
TAGGED_SENTENCES = [
    ("ru", "Пенсию платят пятого числа на Ваш счёт, понятно?"),
    ("ru", "Пока понятно?"),
    ("et", "Pension makstakse iga kuu viiendal kuupäeval Teie pangakontole, selge?"),
    ("et", "Siiani selge?"),
]
OPEN = {"et": ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?", "Mul on küsimus."],
        "ru": ["Здравствуйте! Департамент социального страхования, Мария. Чем могу помочь?", "У меня вопрос."]}


@pytest.mark.parametrize("language,sentence", TAGGED_ROWS)
def test_keyword_row_with_a_tag_check_is_a_list(language, sentence):
    assert sentence in _non_answer_quotes(language, OPEN[language] + [sentence, "Hm.", "Head päeva!"])


@pytest.mark.parametrize("language,sentence", TAGGED_SENTENCES)
def test_sentence_or_check_with_a_tag_is_no_list(language, sentence):
    assert sentence not in _non_answer_quotes(language, OPEN[language] + [sentence, "Jah.", "Head päeva!"])


# -- 3. the crisis line after a police report ------------------------------------------------------------------------

CRISIS_WRONG = [
    ("et", "Ohvriabi saab Teid aidata alles pärast seda, kui olete politseisse avalduse teinud."),
    ("et", "Kõigepealt peate politseisse pöörduma, alles siis aitab Teid kriisitelefon 116 006."),
    ("et", "Ilma politsei avalduseta ohvriabi Teid ei aita."),
    ("ru", "Телефон 116 006 помогает только после того, как Вы обратитесь в полицию."),
    ("ru", "Без заявления в полицию кризисный телефон Вам ничем не сможет помочь."),
    ("ru", "Сначала нужно написать заявление в полицию, потом звоните в Ohvriabi."),
]
CRISIS_RIGHT = [
    ("et", "Ohvriabi 116 006 aitab ka siis, kui Te pole politseisse pöördunud."),
    ("et", "Politseisse võite pöörduda, kui olete valmis; kriisitelefon 116 006 aitab Teid kohe."),
    ("et", "Otsese ohu korral helistage 112, politsei tuleb kohale; ohvriabi aitab ka hiljem."),
    ("ru", "Заявление в полицию для звонка на 116 006 не требуется."),
    ("ru", "Кризисный телефон 116 006 поможет и без заявления в полицию."),
    ("ru", "Сначала позвоните 116 006, а в полицию можно обратиться позже, если захотите."),
]


@pytest.mark.parametrize("language,sentence", CRISIS_WRONG)
def test_crisis_line_told_to_need_a_police_report_is_wrong(library, language, sentence):
    assert DV in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize("language,sentence", CRISIS_RIGHT)
def test_crisis_line_without_a_police_report_is_right(library, language, sentence):
    assert DV not in wrong_claim_refs(library, sentence, language)


# -- 4. the police's data by phone -------------------------------------------------------------------------------------

PHONE_WRONG = [
    ("et", "Politseil on erandkorras õigus saada isikuandmeid telefoni teel."),
    ("et", "Kohtutäitur, ma helistan Teile ameti üldnumbril tagasi ja siis ütlen Teile võlgniku aadressi."),
    ("et", "Kiirel juhul saab uurija aadressi ka suuliselt."),
    ("ru", "Следователь может получить сведения по телефону, если дело срочное."),
    ("ru", "Назовите номер служебного удостоверения, я перезвоню в префектуру и тогда продиктую адрес."),
    ("ru", "Полиция вправе узнать адрес устно."),
]
PHONE_RIGHT = [
    ("et", "Politsei ei saa andmeid telefoni teel, saatke palun kirjalik päring."),
    ("et", "Politsei saab andmed kirjaliku päringu alusel, mitte telefonis."),
    ("et", "Ma helistan Teile tagasi ja siis saame Teie pensioni küsimust arutada."),
    ("ru", "Полиция не может получить данные по телефону, только по письменному запросу."),
    ("ru", "Я перезвоню Вам завтра и тогда скажу, когда придёт решение."),
    ("ru", "По телефону данные полиции не сообщаются, нужен письменный запрос с правовым основанием."),
]


@pytest.mark.parametrize("language,sentence", PHONE_WRONG)
def test_data_by_phone_to_the_police_is_wrong(library, language, sentence):
    assert PHONE in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize("language,sentence", PHONE_RIGHT)
def test_no_data_by_phone_or_other_callbacks_are_right(library, language, sentence):
    assert PHONE not in wrong_claim_refs(library, sentence, language)


# -- 5. the joint application: "meile" denied --------------------------------------------------------------------------

def _joint_wrong(library, reply: str) -> bool:
    result = scenario_reply_result(library, "disability-or-workability-chat-et", reply)
    joint = next(c for c in result["criteria"] if c["id"] == "joint_application")
    return joint["result"] == "fail" and "joint_application" in (result.get("gate_failures") or [])


@pytest.mark.parametrize("reply", [
    "Töötukassale esitatud ühistaotlusega tuvastatakse ka puue, eraldi avaldust meile ei ole vaja.",
    "Puude osa on sama ühistaotluse sees, ametile midagi eraldi ei pea saatma.",
])
def test_joint_application_with_us_denied_is_right(library, reply):
    assert not _joint_wrong(library, reply)


@pytest.mark.parametrize("reply", [
    "Ühistaotluse saate esitada ka meile, me saadame selle Töötukassale edasi.",
    "Esitage ühistaotlus meie iseteeninduses.",
])
def test_joint_application_to_us_is_wrong(library, reply):
    assert _joint_wrong(library, reply)


# -- 6. «само» as the automatic rule ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language,sentence", [
    ("ru", "Когда дочь сменит адрес, пособие Вам в следующем году будет назначено само."),
    ("ru", "Со следующего года пособие Вам будет приходить само, вместе с октябрьской пенсией."),
    ("et", "Kui tütar elukoha muudab, määratakse toetus Teile järgmisel aastal iseenesest."),
])
def test_automatic_rule_in_other_words_is_no_promise(language, sentence):
    assert not is_promise(sentence, language)


@pytest.mark.parametrize("language,sentence", [
    ("ru", "Руководитель сам пересчитает Вам пенсию."),
    ("ru", "Само собой, пособие Вам будет назначено."),
    ("ru", "Пособие Вам будет назначено в следующем году."),
    ("et", "Toetus määratakse Teile järgmisel aastal."),
])
def test_decisions_said_as_certain_stay_promises(language, sentence):
    assert is_promise(sentence, language)
