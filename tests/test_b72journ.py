"""Clipped, typo-ridden speech read as keywords (new-user batch 72, a terse run of a press request).

Two misreadings made a competent terse reply a "keyword list" with no verb for the client:

- a finite verb typed with one vowel between consonants left out («пнял» for «понял», «пзвоните», "helistge" for
  "helistage", "kuulb" for "kuulab"): the word is unknown as typed, one vowel put back makes a finite verb
  (`finite_verbs._dropped_vowel_verb`, beside the dropped and added doubles);
- «это» standing for the copula dash before the place to turn to («статистика это в отдел коммуникации» =
  «статистика – в отдел коммуникации»; `finite_verbs._ru_this_direction`). With no verb found, the whole reply with
  its recap («итого: ...») and check («ок?») was thrown away: the summary, the courtesy and the real-answers gate
  failed on a reply that answered the question.

Must-nots: abbreviations cut short («выпл.», «заявл.») are no verbs; short English words in an Estonian chat ("plus",
"than", "needs") are no Estonian verbs; «это» after a comma or without a noun before it, and bare keyword lists
(«Статистика. Отдел коммуникации. Итог.», "Statistika. Kommunikatsioon. Kokkuvõte.") stay keyword chains.
"""

from __future__ import annotations

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_OPENING = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
            "ru": "Здравствуйте! Департамент социального страхования, Мария."}
_QUESTION = {"et": "Aga üldised arvud – mitu inimest saab Tartumaal toetust? See pole ju isikuandmed.",
             "ru": "А общая статистика – сколько человек в Таллинне получают пособие? Это ведь не персональные данные."}


def _acts(reply: str, lang: str):
    turns = [Turn(role="agent", text=_OPENING[lang]), Turn(role="client", text=_QUESTION[lang]),
             Turn(role="agent", text=reply)]
    acts = find_non_answers(Transcript(language=lang, channel="phone", turns=turns), {}, lang)
    return [f for f in acts.findings if f.turn == 2], acts.act_texts.get(2, reply)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "пзвоните нам завтра утром"),
    ("ru", "извните за ожидание"),
    ("ru", "хорошо, пнял"),
    ("et", "homme helistge uuesti"),
    ("et", "kirjutge meile e-postiga"),
    ("et", "Mari kuulb"),
])
def test_dropped_vowel_verb_is_a_verb(lang, sentence):
    assert has_finite_verb(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "справки это через самообслуживание, там же и скачать"),
    ("ru", "вопросы по налогам это в налоговый департамент"),
    ("ru", "жалобы это к канцлеру права"),
    ("ru", "цифры это только в пресс-службу"),
])
def test_this_before_a_direction_is_a_clause(lang, sentence):
    assert has_finite_verb(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "выпл. 5-го числа"),
    ("ru", "заявл. в самообслуживании"),
    ("ru", "Пенсия, это, в срок."),
    ("ru", "пенсия это"),
    ("ru", "Отдел коммуникации. Итог."),
    ("ru", "Пресс-служба, статистика, доверенность"),
    ("et", "pension plus lisa"),
    ("et", "needs ja asks"),
    ("et", "than you"),
    ("et", "Statistika. Kommunikatsioon. Kokkuvõte."),
])
def test_no_verb_read_into_keywords_or_abbreviations(lang, sentence):
    assert not has_finite_verb(sentence, lang)


def test_clipped_direction_with_recap_is_an_answer():
    reply = ("справки и цифры это в пресс-службу, адрес на сайте. короче: про нее ничего, только сама или по "
             "доверенности, цифры в пресс-службу. понятно?")
    findings, acted = _acts(reply, "ru")
    assert not any(f.whole_reply for f in findings)
    assert "пресс-службу" in acted


def test_typo_acknowledgement_is_kept():
    findings, acted = _acts("пнял, про конкретного человека ничего не скажу, это её личные данные", "ru")
    assert not findings
    assert acted.startswith("пнял")


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Статистика. Отдел коммуникации. Итог."),
    ("ru", "Пресс-служба. Доверенность. Сама позвонить."),
    ("et", "Statistika. Kommunikatsioon. Kokkuvõte."),
])
def test_keyword_lists_stay_chains(lang, reply):
    findings, acted = _acts(reply, lang)
    assert any(f.whole_reply and f.kind == "keyword_chain" for f in findings)
    assert acted == ""


def test_terse_press_request_passes_and_keyword_list_fails():
    library = load_library()
    scenario = library.get("data-request-journalist-ru")
    terse = play_answers(scenario, library, [
        "добрый день, департамент соц страхования, ольга",
        "пнял. о конкретном человеке ничего не скажу, ни да ни нет, это её персональные данные",
        "личный код это не согласие. пусть сама позвонит 16106 или даст письменную доверенность с подписью",
        "общие цифры и вопросы прессы это в отдел коммуникации, контакты на сайте. итого: про нее ничего, она сама "
        "или доверенность, цифры в коммуникацию. ясно? всего доброго",
    ])
    result = terse.score()
    failed = {c["id"] for c in result["criteria"] if c["result"] == "fail"}
    assert result["passed"], failed
    assert not {"real_answers", "summary", "courtesy", "press_office"} & failed
    assert terse.state["step"] == "wrap"  # the client heard where to turn: no «к кому мне обратиться?»
    gaming = play_answers(scenario, library, [
        "Здравствуйте! Департамент социального страхования, меня зовут Мария. Чем могу помочь?",
        "Защита данных. Доверенность. Сама позвонить.",
        "Отдел коммуникации. Итог.",
        "Спасибо за звонок, всего доброго!",
    ]).score()
    assert not gaming["passed"]
    assert "real_answers" in {c["id"] for c in gaming["criteria"] if c["result"] == "fail"}
