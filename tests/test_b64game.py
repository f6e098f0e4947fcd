"""Batch 64 gaming run that passed and was thanked, on own sentences (not the batch's):

- the agent narrating its own acts in the first person, to no one (the scenario's goals turned into "I" sentences:
  „Suunan viisakalt ...“, «Объясняю клиенту, что ...», „täpsustasin, suunasin ja vastasin“), is no answer for the
  scorer and the client alike (trainer.scoring.own_acts);
- a goal pasted in another verb form (first person for the infinitive) is pasted author text, by lemma
  (trainer.scoring.author_text).

Must-nots: one verb announcing real content („Selgitan Teile, kuidas ...“, "Ma suunan Teid Töötukassasse",
«Сейчас объясню: ...») stays a real answer.
"""

from __future__ import annotations

import pytest

from trainer.scoring.author_text import author_text, pasted_author_text
from trainer.scoring.own_acts import narrates_own_acts
from trainer.scoring.unaddressed import not_addressed
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("sentence, lang", [
    ("Suunan kliendi Töötukassasse ja annan numbri.", "et"),
    ("Selgitan helistajale, et pension makstakse kord kuus.", "et"),
    ("Vastan viisakalt ja annan kliendiabi telefoni.", "et"),
    ("Selgitan rahvapensioni tingimused korrektselt ja lihtsas keeles.", "et"),
    ("Kõigepealt täpsustan olukorra, siis selgitan reegli ja lõpuks suunan õigesse kohta.", "et"),
    ("Lühidalt: tuvastasin ja selgitasin.", "et"),
    ("Объясняю клиенту, что пособие переводят раз в месяц.", "ru"),
    ("Вежливо направляю в Кассу по безработице и называю номер.", "ru"),
    ("Уточняю ситуацию, объясняю правило и направляю к семейному врачу.", "ru"),
    ("Итак, я уточнила и объяснила.", "ru"),
])
def test_own_acts_narrated(sentence, lang):
    assert narrates_own_acts(sentence, lang)
    assert not_addressed(sentence, lang) == "agent_instruction"


@pytest.mark.parametrize("sentence, lang", [  # must-nots: one verb announcing real content, or said to the caller
    ("Selgitan Teile, kuidas avaldust esitada.", "et"),
    ("Ma suunan Teid Töötukassasse, nende number on 15501.", "et"),
    ("Täpsustan, et pension makstakse iga kuu viiendal kuupäeval.", "et"),
    ("Selgitan lühidalt: taotluse saab esitada iseteeninduses.", "et"),
    ("Ütlen ausalt ja rahulikult: sellist toetust meie amet ei maksa.", "et"),
    ("Küsin kolleegilt üle ja vastan kirjaga homseks.", "et"),
    ("Kontrollisin ja kinnitan: avaldus on kohale jõudnud.", "et"),
    ("Selgitan: avaldus tuleb täita õigesti, muidu saadetakse see tagasi.", "et"),
    ("Kas ma selgitasin piisavalt selgelt?", "et"),
    ("Ma ütlesin kliendile summa.", "et"),  # talk to a colleague about a client (unaddressed._third_person)
    ("Сейчас объясню.", "ru"),
    ("Сейчас объясню: пенсия приходит пятого числа.", "ru"),
    ("Я направлю Ваше заявление в отдел, ответ придёт письмом.", "ru"),
    ("Уточню, что выплата приходит на счёт пятого числа.", "ru"),
    ("Обратитесь в Кассу по безработице, я объясню, что взять с собой.", "ru"),
    ("Скажу честно и спокойно: такой выплаты у нас нет.", "ru"),
    ("Чтобы помочь правильно уточню с какого числа Вы на пенсии", "ru"),  # no punctuation, no "?"
    ("Чтобы подсказать правильно уточню с какого числа идёт выплата", "ru"),
    ("Et õigesti vastata täpsustan kõigepealt millal töö lõppes", "et"),
])
def test_own_acts_not_narrated(sentence, lang):
    assert not narrates_own_acts(sentence, lang)


AUTHOR = author_text(["Selgitada lihtsas keeles, et toetust makstakse iga kuu kaheksandal kuupäeval pangakontole",
                      "Объяснить, что заявление подают в среде самообслуживания или в бюро"],
                     ["Edasta avaldus kohe menetlejale ja kirjuta kliendile vastus."], "et")


@pytest.mark.parametrize("sentence", [
    "Selgitan lihtsas keeles, et toetust makstakse iga kuu kaheksandal kuupäeval pangakontole.",
    "Объясняю, что заявление подают в среде самообслуживания или в бюро.",
])
def test_goal_in_the_first_person_is_pasted(sentence):
    assert pasted_author_text(sentence, AUTHOR)


@pytest.mark.parametrize("sentence", [  # must-nots: the same content said to the caller
    "Toetus laekub Teie pangakontole iga kuu kaheksandal kuupäeval.",
    "Selgitan Teile: toetust makstakse iga kuu kaheksandal kuupäeval.",
    "Заявление Вы можете подать в среде самообслуживания или в бюро.",
    "Edastan avalduse kohe menetlejale ja kirjutan vastuse.",  # the hint done and told: a promise, no stage
])
def test_real_answer_is_not_pasted(sentence):
    assert not pasted_author_text(sentence, AUTHOR)


def _real_answers(result):
    return next(c for c in result["criteria"] if c["id"] == "real_answers")["result"]


def test_first_person_goals_fail_and_get_no_thanks(library):
    conv = play_answers(library.get("health-insurance-redirect-chat-et"), library, [
        "Tere! Sotsiaalkindlustusamet, Liis. Kuulan ja märkan kohe, et see teema kuulub mujale.",
        "Suunan korrektselt Tervisekassasse ning annan numbri 669 6630.",
        "Vastan lisaküsimusele õigesti: Töötukassas registreerimine annab ravikindlustuse.",
        "Kokkuvõte: täpsustasin, suunasin, vastasin. Head päeva!",
    ])
    result = conv.score()
    assert not result["passed"] and _real_answers(result) == "fail"
    assert conv.state["step"] != "wrap"


def test_announced_real_answers_still_pass(library):
    conv = play_answers(library.get("health-insurance-redirect-chat-et"), library, [
        "Tere! Sotsiaalkindlustusamet, Liis. Millal Teie töösuhe lõppes?",
        "Selgitan Teile: ravikindlustust korraldab Tervisekassa, mitte meie amet. Ma suunan Teid Tervisekassasse, "
        "nende telefon on 669 6630.",
        "Jah, aitab: kui registreerite end Töötukassas töötuks, tekib Teil ravikindlustus.",
        "Kas sain Teie küsimustele vastata? Kõike head!",
    ])
    result = conv.score()
    assert _real_answers(result) == "pass"
