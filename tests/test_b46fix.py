"""New-user batch 46 (live46, authors w9 and x9): the non-answer, quiz and warning fixes, on sentences written for these tests.

1. a Russian zero-copula clause (a nominative subject and a negated prepositional predicate «X не в списке», a name or
   pronoun «в» a place, «X это Y») is a predicate: the sentence is no keyword list and governs a list after it; bare
   keyword chains stay non-answers.
2. a terse relation of the client's values in a reply to the client's question ("Vanus 2028 = 65 a + 3 kuud",
   "Sünd. 05/1963 → pension 08/2028") is an answer; a chain of bare keywords joined by "=" or "→" is none.
3. a quiz of opinion questions handed back to the client in reply after reply («А как Вы думаете ...?», «по-Вашему»,
   «Вы слышали о ...? Подумайте ...», "Mis Te ise arvate ...?", "Kas olete kuulnud ...?", "Mõelge ...") fails the
   real_answers gate; one real clarifying question does not.
4. the abusive caller's warning read lowercase, unpunctuated and inside a reply with other content ("aga sõimata ei
   tohi - kui see jätkub, pean kõne lõpetama", «ругаться нельзя – если продолжится, я закончу разговор»).
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.item_list import item_list
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. Russian zero copula -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Норвегия не в Евросоюзе.",
    "Ваш сын не в списке получателей.",
    "Она сейчас в отпуске до понедельника.",
    "Финляндия это тоже страна ЕС.",
    "Эстония не в списке стран, о которых Вы говорите.",
])
def test_ru_zero_copula_is_a_predicate(sentence):
    assert has_finite_verb(sentence, "ru")


@pytest.mark.parametrize("sentence", [
    "Самообслуживание. Справка. Срок 30 дней.",
    "Германия, справка, счёт.",
    "Работа в Финляндии.",
    "Справка о нахождении в живых.",
    "Пенсия, Германия, не в срок.",
])
def test_ru_bare_keywords_have_no_predicate(sentence):
    assert not has_finite_verb(sentence, "ru")


def test_ru_zero_copula_governs_a_list_in_brackets():
    sentence = "Норвегия не в списке исключений (туда входят только Швеция, Дания, Исландия, Ирландия, Польша)."
    assert not item_list(sentence, "ru", (), frozenset(), set(), "", True)
    bare = "Справка, Швеция, Дания, Исландия, Ирландия, Польша."
    assert item_list(bare, "ru", (), frozenset(), set(), "", True)


RU_OPEN = "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"


def test_ru_zero_copula_reply_is_an_answer():
    result = verdicts("ru", [
        ("agent", RU_OPEN),
        ("client", "Я переезжаю в Норвегию. Нужна ли мне какая-то справка и куда её присылать?"),
        ("agent", "Да, раз в год справку о нахождении в живых присылаете Вы сами. Норвегия не в списке исключений "
                  "(там только Швеция, Дания, Исландия, Ирландия, Польша). Понятно?"),
    ])
    assert result["real_answers"] == "pass"


def test_ru_keyword_chain_reply_still_fails():
    result = verdicts("ru", [
        ("agent", RU_OPEN),
        ("client", "Я переезжаю в Норвегию. Что мне нужно сделать?"),
        ("agent", "Норвегия, справка, счёт. Самообслуживание. Срок 30 дней."),
    ])
    assert result["real_answers"] == "fail"


# -- 2. "=" and "→" relating the client's values ------------------------------------------------------------------

ET_OPEN = "Tere, Sotsiaalkindlustusamet, Mari. Kuidas saan aidata?"


@pytest.mark.parametrize("reply", [
    "Vanaduspensioni iga 2028 = 65 a + 3 kuud (seotud keskmise elueaga). Sünd. 05/1963 → pension alates 08/2028. Ok?",
    "Teie aastakäik 1963 → pensioniiga 65 a 3 k. Selge?",
])
def test_et_value_relation_is_an_answer(reply):
    result = verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "tere, olen sündinud mais 1963. tahaks teada, millal päriselt raha tuleb ja kas varem ka saab."),
        ("agent", reply),
    ], channel="chat")
    assert result["real_answers"] == "pass"


@pytest.mark.parametrize("reply", [
    "Pensioniiga = iseteenindus → taotlus. Selge?",
    "Pensioniiga → taotlus → iseteenindus → otsus.",
])
def test_et_keyword_chain_with_arrows_is_no_answer(reply):
    result = verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "tere, olen sündinud mais 1963, millal ma pensionile saan?"),
        ("agent", reply),
    ], channel="chat")
    assert result["real_answers"] == "fail"


def test_ru_value_relation_is_an_answer():
    result = verdicts("ru", [
        ("agent", RU_OPEN),
        ("client", "я родилась в мае 1963, когда мне на пенсию?"),
        ("agent", "Пенс. возраст 2028 = 65 л. + 3 мес. Род. 05/1963 → пенсия с 08/2028. Понятно?"),
    ], channel="chat")
    assert result["real_answers"] == "pass"


# -- 3. a quiz of opinion questions ------------------------------------------------------------------------------------

RU_QUIZ = [
    ("agent", RU_OPEN),
    ("client", "муж работает в швеции, а мы живём в тарту. можно получать детские в обеих странах?"),
    ("agent", "Интересный вопрос! А как Вы сами думаете: платят ли две страны одно и то же пособие одновременно?"),
    ("client", "не знаю, поэтому и спрашиваю. так можно или нет?"),
    ("agent", "Попробуем вместе. Какая страна, по-Вашему, отвечает за пособие в первую очередь?"),
    ("client", "я не понимаю. ответьте просто."),
    ("agent", "Хорошо. А Вы слышали о правиле приоритета? Подумайте, что оно значит для Вашей семьи."),
    ("client", "ладно, спасибо."),
]

ET_QUIZ = [
    ("agent", ET_OPEN),
    ("client", "tere, mees töötab rootsis ja me elame tartus. kas lastetoetust saab mõlemast riigist?"),
    ("agent", "Hea küsimus! Mis Te ise arvate: kas kaks riiki maksavad sama toetust korraga?"),
    ("client", "ei tea, seepärast küsingi. kas saab või ei?"),
    ("agent", "Mõelgem koos. Kas olete kuulnud esmase riigi põhimõttest? Mõelge, mida see Teie pere jaoks tähendab."),
    ("client", "ma ei saa aru. öelge lihtsalt."),
    ("agent", "Teie arvates, kumb riik peaks maksma esimesena?"),
    ("client", "olgu, aitäh."),
]


@pytest.mark.parametrize("lang, turns", [("ru", RU_QUIZ), ("et", ET_QUIZ)])
def test_opinion_quiz_fails_real_answers(lang, turns):
    assert verdicts(lang, turns, channel="chat")["real_answers"] == "fail"


def test_real_clarifying_question_is_no_quiz():
    result = verdicts("et", [
        ("agent", ET_OPEN),
        ("client", "tere, mees töötab rootsis ja me elame tartus. kas lastetoetust saab mõlemast riigist?"),
        ("agent", "Täpsustan: kas Te olete ise Eestis tööl?"),
        ("client", "jah, töötan poes."),
        ("agent", "Täit toetust kahest riigist korraga ei maksta. Esmalt maksab üks riik, teine võib maksta vahe, kui "
                  "tema toetus on suurem. Mis Te arvate, kas sobib, kui saadan selle kirjalikult ka?"),
        ("client", "jah, aitäh."),
        ("agent", "Kokkuvõttes: üks riik maksab, teine võib vahe juurde maksta. Kas see vastas küsimusele? Kõike head!"),
    ], channel="chat")
    assert result["real_answers"] == "pass"


# -- 4. the abusive caller's warning --------------------------------------------------------------------------------

def _signal(library, scenario_id: str, name: str, sentence: str) -> bool:
    from trainer.scoring.signals import analyse_reply

    scenario = library.get(scenario_id)
    if name in {c.id for c in scenario.criteria}:
        return library.criterion_verdict(scenario, name, sentence)
    conv = Conversation.start(scenario, library, seed=1, today=EXAMPLE_DATE)
    return bool(analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"].get(name))


@pytest.mark.parametrize("scenario_id, sentence", [
    ("abusive-caller-et", "mõistan et olete pahane. aga ropendada ei tohi - kui see jätkub pean vestluse lõpetama. "
                          "öelge palun oma nimi"),
    ("abusive-caller-et", "Tahan aidata, kuid kui Te sõimamist jätkate, siis tuleb mul kõne lõpetada."),
    ("abusive-caller-et", "solvata ei tohi, muidu lõpetan kõne ära"),
    ("abusive-caller-ru", "понимаю вас, но ругаться нельзя – если это продолжится, я закончу разговор. назовите код"),
    ("abusive-caller-ru", "Оскорблять нельзя: если так будет дальше, мне придётся прервать звонок."),
])
def test_warning_read(library, scenario_id, sentence):
    assert _signal(library, scenario_id, "warning_given", sentence)


@pytest.mark.parametrize("scenario_id, sentence", [
    ("abusive-caller-et", "Kui Teil tekib veel küsimusi, helistage uuesti."),
    ("abusive-caller-et", "Kui ootamine jätkub, saadame Teile teate."),
    ("abusive-caller-et", "Kuidas saan Teid aidata?"),
    ("abusive-caller-ru", "Если пенсия не придёт, я закончу проверку и перезвоню."),
    ("abusive-caller-ru", "Если захотите продолжить, позвоните снова."),
])
def test_no_warning_read(library, scenario_id, sentence):
    assert not _signal(library, scenario_id, "warning_given", sentence)
