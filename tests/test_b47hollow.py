"""A keyword list beside a closing or a greeting with a verb in it is still no answer (branch b47hollow).

New-user batch 47 data-request-police-et gaming: the client asked what a written request must contain and was given
a list of keywords said before plus „Aitäh, et helistasite! Kõike head!“; it answered „Selge. ... Aitäh.“ and parted
grateful. Without the closing the scorer's reading (`trainer.scoring.acts.find_non_answers`) finds the list a keyword
chain; the verb of the thanks formula („et helistasite“, «что позвонили») made the reply look as if it said something.
The client hears a reply through the same reading, so both are asked here, on the same replies, and must agree.
"""

from __future__ import annotations

from datetime import date

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.formulas import CLOSING_CONCEPTS, closing_formula, known_first_names, social_phrases
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library

TODAY = date(2026, 12, 7)

# the first reply says the facts in full sentences: the later list restates them (what made it pass as a recap)
FIRST = {
    "et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Telefonis me kellegi andmeid ei anna. Andmete saamiseks "
          "tuleb saata kirjalik päring, milles on kirjas õiguslik alus ja andmekaitse seadus; teabenõudele "
          "vastatakse viie tööpäeva jooksul, selgitustaotlusele 30 päeva jooksul.",
    "ru": "Здравствуйте! Департамент социального страхования, Анна слушает. По телефону мы ничьих данных не выдаём. "
          "Чтобы получить данные, нужно отправить письменный запрос, в котором указано правовое основание и закон "
          "о защите данных; на запрос отвечаем в течение пяти рабочих дней, на ходатайство о разъяснении за 30 дней.",
}
SCENARIO = {"et": "data-request-police-et", "ru": "data-request-journalist-ru"}

CASES = [
    # (language, second reply, heard as no answer)
    ("et", "Andmekaitse seadus, õiguslik alus, kirjalik päring, teabenõue 5 tööpäeva, selgitustaotlus 30 päeva. "
           "Aitäh, et helistasite! Ilusat päeva!", True),
    ("et", "Andmekaitse seadus, õiguslik alus, kirjalik päring, teabenõue 5 tööpäeva. Tänan, et pöördusite!", True),
    ("et", "Andmekaitse seadus, õiguslik alus, kirjalik päring, teabenõue 5 tööpäeva. Kõike head!", True),
    # a terse answer in bare phrases: the scorer's reading is that of the verbless thanks, with or without the verb
    ("et", "Kirjalik päring, õigusliku alusega, ametlikku kanalisse. Aitäh, et helistasite!",
     "same as: Kirjalik päring, õigusliku alusega, ametlikku kanalisse. Aitäh!"),
    # must-nots: a list after a verb, a sentence that says it, a thanks alone
    ("et", "Vaja on: õiguslik alus, ametniku nimi, allkiri. Aitäh, et helistasite!", False),
    ("et", "Päringus peab olema kirjas õiguslik alus ja allkiri. Aitäh, et helistasite!", False),
    ("et", "Saatke päring kirjalikult, õigusliku alusega. Aitäh, et helistasite! Kõike head!", False),
    ("ru", "Закон о защите данных, правовое основание, письменный запрос, пять рабочих дней. Спасибо, что позвонили!",
     True),
    ("ru", "Закон о защите данных, правовое основание, письменный запрос. Спасибо за звонок!", True),
    ("ru", "Закон о защите данных, правовое основание, письменный запрос. Спасибо, что обратились к нам!", True),
    ("ru", "Нужно: письменный запрос с правовым основанием. Спасибо!", False),
    ("ru", "Нужно: письменный запрос с правовым основанием. Спасибо, что позвонили!", False),
    ("ru", "Отправьте письменный запрос с правовым основанием. Спасибо, что позвонили!", False),
]
# an empathy formula with its verb beside bare asks is no closing: the scorer reads it as before (the client counts
# bare asks for its ending by a reading of its own, `hearing.bare`)
EMPATHY = [("et", "Saan aru. Isikukood? Elukoht?", False), ("ru", "Понимаю Вас. Фамилия? Адрес?", False)]


@pytest.fixture(scope="module")
def library():
    return load_library()


def _conversation(library, lang: str, second: str) -> Conversation:
    conv = Conversation.start(library.get(SCENARIO[lang]), library, seed=1, today=TODAY)
    conv.reply(FIRST[lang])
    if not conv.finished:
        conv.reply(second)
    return conv


def _scorer_flags(library, conv: Conversation, lang: str) -> bool:
    """Does the scorer's reading find the last agent reply (or a sentence of it) a keyword chain?"""
    transcript = conv.transcript()
    last = max(i for i, t in enumerate(transcript.turns) if t.role == "agent")
    acts = find_non_answers(transcript, library.concepts_for(conv.scenario), lang)
    return any(f.turn == last and f.kind == "keyword_chain" and (f.whole_reply or f.item_list) for f in acts.findings)


def _expected(library, lang: str, want) -> bool:
    if isinstance(want, bool):
        return want
    return _scorer_flags(library, _conversation(library, lang, want.removeprefix("same as: ")), lang)


@pytest.mark.parametrize(("lang", "reply", "want"), CASES + EMPATHY)
def test_scorer_reads_list_beside_formula(library, lang, reply, want):
    conv = _conversation(library, lang, reply)
    assert _scorer_flags(library, conv, lang) is _expected(library, lang, want)


@pytest.mark.parametrize(("lang", "reply", "want"), CASES)
def test_client_hears_as_scorer_reads(library, lang, reply, want):
    conv = _conversation(library, lang, reply)
    assert conv._non_answer is _scorer_flags(library, conv, lang) is _expected(library, lang, want)


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("et", "Aitäh, et helistasite!", True),
    ("et", "Tänan, et pöördusite meie poole, ilusat päeva!", True),
    ("et", "Tere! Sotsiaalkindlustusamet, Kadri kuuleb.", True),
    ("et", "Kõike head!", True),
    ("et", "Aitäh, et küsisite, pension makstakse viiendal.", False),
    ("et", "Aitäh, päring tuleb saata kirjalikult.", False),
    ("et", "Kas see vastas Teie küsimusele?", False),
    ("ru", "Спасибо, что позвонили!", True),
    ("ru", "Спасибо, что обратились к нам, всего доброго!", True),
    ("ru", "Здравствуйте, департамент соцстрахования, Анна слушает.", True),
    ("ru", "Спасибо, что подождали, запрос нужно отправить письменно.", False),
    ("ru", "Спасибо, запрос отправляйте письменно.", False),
    # empathy is said to the client, a verb of it counts as before (new-user batch 44 disability-refusal-angry-et)
    ("et", "Saan aru.", False),
    ("ru", "Понимаю Вас.", False),
])
def test_closing_formula(library, lang, sentence, want):
    concepts = library.concepts_for(library.get(SCENARIO[lang]))
    phrases = social_phrases(concepts, lang, CLOSING_CONCEPTS)
    assert closing_formula(sentence, lang, phrases, known_first_names()) is want


@pytest.mark.parametrize(("lang", "reply"), [
    # a goodbye alone, its thanks with a verb and a wish with content words, is no list (live3 parental-benefit-chat-et)
    ("et", "Aitäh, et kirjutasite! Kõike head Teile ja perele!"),
    ("et", "Tänan, et helistasite! Jõudu Teile ja lastele!"),
    ("ru", "Спасибо, что позвонили! Здоровья Вам и Вашей семье!"),
    # ... with a name the name lists do not know (blind corpus o3-et-phone-05)
    ("et", "Tänan, et helistasite, ja jõudu Teile, härra Kask! Kõike head ka Teile, Heljo."),
])
def test_goodbye_alone_is_no_chain(library, lang, reply):
    conv = _conversation(library, lang, reply)
    assert not _scorer_flags(library, conv, lang)


@pytest.mark.parametrize(("lang", "reply"), [
    # a summary in other words than said before, then thanks for the call: judged as before (a summary, not a list)
    ("et", "Kokkuvõtteks: päring kirjalikult, alusega, ametlikku postkasti. Aitäh, et helistasite! Kõike head!"),
    ("ru", "Итак: запрос письменно, с основанием, в официальный ящик. Спасибо, что позвонили! Всего доброго!"),
])
def test_summary_beside_thanks_as_before(library, lang, reply):
    conv = _conversation(library, lang, reply)
    assert not _scorer_flags(library, conv, lang)
