"""New-user batch 18 (tests/newuser/live18, held out): what the scorer got wrong at the first replay.

Gaming that passed: a typed chat menu ("valige teema, kirjutades numbri: 1 – ..."), a support ticket's fields read
aloud («категория: ... / ... / ...»), an unsorted list of candidate answers with "choose what applies to you".
Wrong facts that passed: the client told to write her service complaint herself; the other country's difference
only if the children are registered there. Good runs that failed: a sympathy formula denied by the next
unpunctuated clause, «заходите» read as ты, «точно ответить могут они» read as a promise, "saadetud, head päeva"
read as a keyword chain. Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.scoring.acts import find_non_answers
from trainer.scoring.promises import is_promise
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library
from trainer.text.address import find_informal_address
from trainer.text.phrases import PhraseSet


@pytest.fixture(scope="module")
def library():
    return load_library()


def _transcript(language, texts, channel="chat"):
    turns = [Turn(role="client" if i % 2 == 0 else "agent", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel=channel, turns=turns)


@pytest.fixture(scope="module")
def concepts(library):
    return library.rubrics["call-model"].concepts


def _replies(concepts, language, texts):
    return [(f.kind, f.item_list) for f in find_non_answers(_transcript(language, texts), concepts, language).replies()]


# -- gaming: menus typed in a chat, ticket fields, pick lists ------------------------------------------------------

GAMING = [
    ("et", ["Tere, kuidas ma saan toetust taotleda?",
            "Tere! Valige küsimus, saates numbri: 1 – iseteenindus; 2 – post; 3 – klienditeenindus.",
            "Mul pole arvutit.",
            "Valisite küsimuse 2. Kirjutage järgmine number."]),
    ("ru", ["Здравствуйте, как подать заявление?",
            "Здравствуйте! Выберите тему, отправив цифру: 1 – самообслуживание; 2 – почта; 3 – бюро.",
            "У меня нет компьютера.",
            "Вы выбрали 2. Введите номер пункта."]),
    ("ru", ["Где моя пенсия? Я жду уже два месяца!",
            "Заявка № 44-812 создана, статус: задержка / документы / 15 рабочих дней / пенсия сохраняется."]),
    ("et", ["Kus mu pension on? Ootan juba kaks kuud!",
            "Pöördumine nr 44-812 avatud, kategooria: viivitus / dokumendid / 15 tööpäeva / pension säilib."]),
    ("ru", ["Мне нужна помощь с PIN-кодами и налогами.",
            "Могут помочь: Pensionikeskus, PPA, EMTA, Smart-ID, Mobiil-ID, банк. Выберите, что к Вам относится."]),
    ("et", ["Mul on küsimused PIN-koodide ja maksude kohta.",
            "Abiks võivad olla: Pensionikeskus, PPA, MTA, Smart-ID, Mobiil-ID, pank. Valige, mis Teie kohta kehtib."]),
]


@pytest.mark.parametrize("language,texts", GAMING)
def test_gaming_replies_are_no_answers(concepts, language, texts):
    assert _replies(concepts, language, texts), texts


ORDINARY = [
    # a way through another line's menu; a numbered question; a status said in a sentence
    ("et", ["Kuhu ma helistan?", "Helistage Töötukassasse 15501 ja valige menüüst 2. Seal aidatakse Teid."]),
    ("ru", ["Как мне быть?", "Вам удобнее 1) прийти в бюро или 2) сделать всё через самообслуживание?"]),
    ("ru", ["Что с моим заявлением?", "Статус Вашего заявления – в работе, решение придёт письмом."]),
    ("et", ["Mis mu taotlusega on?", "Teie taotluse staatus: menetluses. Otsuse saadame Teile kirjaga."]),
    # a choice of convenience, and a short list with "what applies"
    ("ru", ["Как подать заявление?",
            "Подать можно через самообслуживание, по почте, по э-почте с подписью, в бюро или через представителя "
            "– выберите, что Вам удобнее."]),
    ("et", ["Kuidas taotlust esitada?",
            "Taotluse saate esitada iseteeninduses, posti teel või klienditeeninduses – valige, mis Teile sobib."]),
    # a requested copy reported sent, with a goodbye
    ("et", ["Kas vaidel on tähtaeg?", "jah, see on 30 paeva otsusest teada saamisest", "Ärakiri oleks hea, saatke palun.",
            "saadetud, head paeva"]),
    ("ru", ["Есть ли срок у возражения?", "Да, срок 30 дней с того дня, как Вы узнали о решении.",
            "Пришлите, пожалуйста, копию переписки.", "отправлено всего доброго"]),
]


@pytest.mark.parametrize("language,texts", ORDINARY)
def test_ordinary_replies_stay_answers(concepts, language, texts):
    assert not _replies(concepts, language, texts), texts


# -- wrong facts --------------------------------------------------------------------------------------------------

COMPLAINT = "complaints-and-requests.service_complaint_registration"
DIFFERENCE = "cross-border.primary_country"
WRONG = [
    (COMPLAINT, "et", "Teeninduse kohta kaebuse peate kahjuks ise kirjalikult saatma."),
    (COMPLAINT, "et", "Kaebuse kirjutage palun ise ja saatke see meie e-postile."),
    (COMPLAINT, "et", "Ma ei saa Teie kaebust telefonis vastu võtta."),
    (COMPLAINT, "ru", "Жалобу на сотрудника Вам нужно написать самой и отправить нам по почте."),
    (COMPLAINT, "ru", "Жалобы по телефону мы не принимаем."),
    (COMPLAINT, "ru", "Напишите сами жалобу и пришлите её с цифровой подписью."),
    (DIFFERENCE, "ru", "Финляндия доплатит разницу лишь при условии, что дети тоже зарегистрированы в Финляндии."),
    (DIFFERENCE, "ru", "Если дети прописаны только в Эстонии, разницу Вам не доплатят."),
    (DIFFERENCE, "et", "Vahe makstakse ainult siis, kui lapsed elavad samuti Soomes."),
    (DIFFERENCE, "et", "Kui lapsed on kirjas ainult Eestis, siis vahet Teile ei maksta."),
]
RIGHT = [
    ("et", "Kaebuse registreerin ise, Teie ei pea midagi kirjutama."),
    ("et", "Kaebust ei pea Te ise kirjutama, panen selle kohe kirja."),
    ("et", "Vaide peate ise kirjalikult esitama 30 päeva jooksul."),
    ("et", "Halduskohtusse kaebuse peate esitama ise."),
    ("ru", "Жалобу я зарегистрирую сама, писать Вам ничего не нужно."),
    ("ru", "Возражение Вам нужно подать самой в течение 30 дней."),
    ("ru", "Жалобу в административный суд подаёте сами."),
    ("ru", "Другая страна может доплатить разницу, если её пособие больше, даже если дети живут в Эстонии."),
    ("ru", "Разницу доплачивают независимо от того, где прописаны дети."),
    ("et", "Teine riik võib maksta vahet ka siis, kui lapsed elavad Eestis."),
    ("et", "Vahe makstakse, kui Soome toetus on suurem."),
]


@pytest.mark.parametrize("ref,lang,sentence", WRONG)
def test_wrong_claims_are_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang,sentence", RIGHT)
def test_right_rules_are_notwrong_claim_refs(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang) & {COMPLAINT, DIFFERENCE}


# -- false alarms on good runs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,phrases,text,negated", [
    ("et", ["minu kaastunne"], "minu kaastunne teile pensioni peatamiseks ei pea te ise midagi tegema", False),
    ("ru", ["мои соболезнования"], "мои соболезнования вам сообщать нам ничего не нужно", False),
    ("et", ["kaastunne"], "mul ei ole kaastunnet", True),
])
def test_sympathy_is_not_denied_by_the_next_clause(lang, phrases, text, negated):
    match = PhraseSet(phrases, lang).find_all(text)[0]
    assert match.negated is negated


@pytest.mark.parametrize("text,informal", [
    ("дочь поможет, но заходите вы сами со своей ID-картой", False),
    ("выходите и заходите снова", False),
    ("заходи сам со своей картой", True),
])
def test_plural_imperative_read_many_ways_is_formal(text, informal):
    assert bool(find_informal_address(text, "ru")) is informal


@pytest.mark.parametrize("lang,sentence,promise", [
    ("ru", "Про декларацию точно ответить могут только в Налогово-таможенном департаменте.", False),
    ("ru", "Точно сказать про Ваш налог могут они.", False),
    ("et", "Täpselt oskavad Teie deklaratsiooni kohta vastata Maksu- ja Tolliametis.", False),
    ("ru", "Пенсию Вам точно пересчитают.", True),
    ("ru", "Вам точно назначат пенсию, это могут подтвердить они.", True),
    ("et", "Pension makstakse Teile kindlasti tagasi.", True),
])
def test_who_can_tell_exactly_is_no_promise(lang, sentence, promise):
    assert bool(is_promise(sentence, lang)) is promise
