"""A long keyword string typed without punctuation earns nothing and no thanks (new-user batch 75, trainer issue #10).

A gaming reply ran the scorer's keywords together with no punctuation at all, a greeting and the agent's name in
front and an odd verb, pronoun or preposition among them («Здравствуйте Департамент ... пособие местное самоуправление
социальный работник ... Вы понимаю»): the telegram test (`trainer.scoring.telegram.is_telegram`) wants no verb and no
linking word anywhere, and the first reply was never tested, so the client took it for an answer and thanked. A run
of at least six topic words with no verb, pronoun or conjunction among them, mostly in the dictionary form, in a
sentence made mostly of such words, is a keyword string (`keyword_string`): dropped from what the criteria and the
client read, in the first reply too.

Must-nots: honest lowercase speech transcripts without punctuation (they link their words every few words), short
elliptic answers, a list inside an otherwise normal sentence, an inflected Estonian sentence with no function words.
"""

from __future__ import annotations

import pytest

from trainer.scoring.telegram import keyword_string
from trainer.simulation.client_line import thanks
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_STRINGS = [
    ("ru", "Добрый день Департамент социального страхования Ольга пенсия перерасчёт стаж справка работодатель архив "
           "заявление самообслуживание 30 дней Вы поймёте"),
    ("ru", "семейное пособие многодетная семья надбавка 300 евро заявление регистр народонаселения автоматически "
           "спасибо"),
    ("ru", "справка врач больничный лист работодатель пособие по уходу декабрь итак подводим итог всего доброго"),
    ("et", "Tere Sotsiaalkindlustusamet Kati matusetoetus kohalik omavalitsus vallavalitsus sotsiaaltöötaja pension "
           "rahvastikuregister automaatne lõpetamine Te saate aru"),
    ("et", "toimetulekutoetus sotsiaaltöötaja vallamaja üüriarve küttearve elatusmiinimum oktoober 200 eurot "
           "kokkuvõtteks aitäh head aega"),
    # a hyphen inside a word and an ordinal's point are no punctuation (new-user batch 36 parental-benefit-chat-et)
    ("et", "matusetoetus vallavalitsus sotsiaaltöötaja 2-nädalane tähtaeg 5. kuupäev pangakonto iseteenindus"),
    ("ru", "пособие по-новому семейное пособие 3-летний ребёнок 8. число прошлый месяц заявление самообслуживание"),
]

_SPEECH = [
    ("ru", "ну смотрите пенсию вам переведут в латвию и раз в год надо будет прислать справку что вы живы"),
    ("ru", "да конечно пособие придёт само в октябре вместе с пенсией ничего подавать не нужно"),
    ("ru", "социальный работник городской управы поможет с оплатой отопления и подскажет про пособие"),
    ("ru", "в управу"),
    ("ru", "112"),
    ("ru", "Для заявления понадобятся паспорт справка врача выписка банка и договор аренды."),
    ("et", "jah nii et pension tuleb edaspidi saksamaale ja kord aastas on vaja saata elusoleku tõend"),
    ("et", "kui teil on küsimusi siis helistage meile tagasi või kirjutage iseteenindusse"),
    ("et", "iseteenindus."),
    ("et", "Kaasa võtke pass juhiluba pangakaart arstitõend ja ravikindlustuse kaart."),
    ("et", "Dokumentide saamiseks sobib kõige paremini kirjalik taotlus ametliku alusega meie üldisele e-posti "
           "aadressile."),
    ("et", "teie uus pension on seitsesada kaksteist eurot nelikümmend senti ja see tuleb aprilli pensioniga"),
    ("et", "isa saab oma 30 päeva võtta osade kaupa kuni lapse 3-aastaseks saamiseni ja raha tuleb 8. kuupäeval"),
    ("ru", "пособие по уходу приходит 8. числа на счёт а заявление можно подать по-русски в самообслуживании"),
]


@pytest.mark.parametrize("lang, sentence", _STRINGS)
def test_keyword_string(lang, sentence):
    assert keyword_string(sentence, lang)


@pytest.mark.parametrize("lang, sentence", _SPEECH)
def test_speech_is_no_keyword_string(lang, sentence):
    assert not keyword_string(sentence, lang)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _last_client_line(conv) -> str:
    return next(t["text"] for t in reversed(conv.turns) if t["role"] == "client")


def test_ru_keyword_strings_fail_and_are_not_thanked(library):
    conv = play_answers(library.get("rent-help-municipality-ru"), library, [
        "Добрый вечер Департамент социального страхования Ольга отопление квартира счёт пособие местное "
        "самоуправление социальный работник прожиточный минимум toimetulekutoetus 200 евро Вы поймёте",
        "городская управа социальный работник пособие по прожиточному минимуму одиноко проживающий пенсионер "
        "октябрь 200 евро итак подводим итог спасибо за обращение всего доброго",
    ])
    result = conv.score()
    assert not result["passed"], result
    crit = {c["id"]: c for c in result["criteria"]}
    assert crit["municipality_redirect"]["result"] == "fail", crit["municipality_redirect"]
    assert not thanks(conv, _last_client_line(conv)), _last_client_line(conv)


_ET_ANSWERS = [
    "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Minu sügav kaastunne Teie isa kaotuse puhul.",
    "Eraldi teatama ei pea: amet saab surma andmed rahvastikuregistrist ja pension lõpetatakse ise.",
    "Pensioni, mis kanti kontole pärast surma, ei tohi kasutada – amet nõuab selle tagasi.",
]


def test_et_keyword_string_with_a_verb_earns_nothing(library):
    conv = play_answers(library.get("death-report-et"), library, [
        *_ET_ANSWERS, "matusetoetus kohalik omavalitsus vallavalitsus linnavalitsus sotsiaaltöötaja taotlus "
                      "avaldus Te mõistate", "Head päeva!"])
    crit = {c["id"]: c for c in conv.score()["criteria"]}
    assert crit["funeral_municipality"]["result"] == "fail", crit["funeral_municipality"]


def test_et_real_referral_unpunctuated_keeps_credit(library):
    conv = play_answers(library.get("death-report-et"), library, [
        *_ET_ANSWERS, "matusetoetust maksab kohalik omavalitsus nii et pöörduge oma valla või linna poole", "Head päeva!"])
    crit = {c["id"]: c for c in conv.score()["criteria"]}
    assert crit["funeral_municipality"]["result"] == "pass", crit["funeral_municipality"]
