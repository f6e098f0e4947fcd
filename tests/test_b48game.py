"""Batch 48, non-answers and gaming (own et/ru sentences, with must-nots):

- a call that only mirrors the client (checks of understanding, empathy and "summaries" made of the client's words)
  fails the real_answers gate (kind ``mirror``); one check before real answers does not;
- «по вашему адресу» (the caller's own address) asks no opinion: a factual reply with it and a trailing «понятно» is
  no quiz; «как Вы думаете ...?», «кто, по-вашему, ...?» still are;
- a note headed by the institution as its author („Sotsiaalkindlustusameti teave: ...“) is not said to the caller:
  the client counts it against the grateful ending.
"""

from __future__ import annotations

import pytest

from trainer.scoring.mirror import mirror_replies
from trainer.scoring.prompts import find_machine_prompts
from trainer.scoring.quiz import opinion_quiz
from trainer.scoring.transcript import Turn
from trainer.simulation.library import load_library
from trainer.simulation.quiz import _asks_guess
from trainer.simulation.unspoken import labelled_note


@pytest.fixture(scope="module")
def concepts():
    from trainer.simulation.examples import play_answers

    library = load_library()
    scenario = library.get("child-allowance-et")
    conv = play_answers(scenario, library, ["Tere, Sotsiaalkindlustusamet, Mari kuuleb."], seed=1)
    return conv.concepts


def _turns(*pairs: tuple[str, str]) -> list[Turn]:
    return [Turn(role=role, text=text) for role, text in pairs]


MIRROR_ET = _turns(
    ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
    ("client", "Tere. Mul jäi lapsetoetus sel kuul saamata, kas see on hiljaks jäänud või kaotati ära?"),
    ("agent", "Kas ma saan õigesti aru, et lapsetoetus jäi sel kuul saamata ja Te küsite, kas see on hiljaks jäänud?"),
    ("client", "Jah, just. Kas see kaotati ära või tuleb hiljem?"),
    ("agent", "Mõistan, see on Teile oluline. Te küsite, kas lapsetoetus kaotati ära või tuleb hiljem, eks?"),
    ("client", "No jah, seda ma küsisingi."),
    ("agent", "Kokkuvõtteks: lapsetoetus jäi saamata ja Te küsite, kas see tuleb hiljem. Aitäh, et helistasite!"),
)

MIRROR_RU = _turns(
    ("agent", "Здравствуйте, Департамент социального страхования, Ольга."),
    ("client", "Здравствуйте, мне пенсию в этом месяце не перевели, куда она делась?"),
    ("agent", "Правильно ли я понимаю, что Вам пенсию в этом месяце не перевели и Вы спрашиваете, куда она делась?"),
    ("client", "Да, так и есть. Куда делась пенсия?"),
    ("agent", "Я понимаю, как это для Вас важно. Итак, пенсию не перевели, и Вы спрашиваете, куда она делась."),
)

# one check of understanding, then answers with their own words: no mirror
CHECK_THEN_ANSWER = _turns(
    ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
    ("client", "Tere. Mul jäi lapsetoetus sel kuul saamata, kas see on hiljaks jäänud või kaotati ära?"),
    ("agent", "Kas ma saan õigesti aru, et lapsetoetus jäi sel kuul saamata ja Te küsite, kas see on hiljaks jäänud?"),
    ("client", "Jah, just."),
    ("agent", "Peretoetused makstakse iga kuu 20. kuupäeval; kui see langeb nädalavahetusele, siis eelneval tööpäeval."),
    ("client", "Aga kas see kaotati ära?"),
    ("agent", "Ei, lapsetoetust ei kaotatud ära. Kontrollin Teie andmed: palun öelge oma isikukood."),
)

# answers that take up the client's words but bring a figure or facts of their own: no mirror
ANSWERS_IN_CLIENT_WORDS = _turns(
    ("agent", "Здравствуйте, Департамент социального страхования, Ольга."),
    ("client", "Здравствуйте, мне пенсию в этом месяце не перевели, куда она делась?"),
    ("agent", "Пенсию в этом месяце переведут седьмого числа, потому что пятое выпало на субботу."),
    ("client", "А куда она делась тогда, если не перевели?"),
    ("agent", "Она никуда не делась: пенсию перевели 7 числа, деньги приходят в тот же день."),
)


def test_mirroring_call_is_found(concepts):
    assert mirror_replies(MIRROR_ET, "et", concepts) == [2, 4, 6]
    assert mirror_replies(MIRROR_RU, "ru", concepts) == [2, 4]
    kinds = {kind for _, kind, _ in find_machine_prompts(MIRROR_ET, "et", concepts)}
    assert "mirror" in kinds


def test_check_before_answers_is_no_mirror(concepts):
    assert mirror_replies(CHECK_THEN_ANSWER, "et", concepts) == []
    assert mirror_replies(ANSWERS_IN_CLIENT_WORDS, "ru", concepts) == []
    # without the rubric's concepts nothing is read (old callers)
    assert mirror_replies(MIRROR_ET, "et", None) == []


def test_mirroring_call_fails_real_answers_gate():
    from trainer.simulation.examples import play_answers

    library = load_library()
    scenario = library.get("confused-elderly-repeats-et")
    answers = [
        "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?",
        "Kas ma saan õigesti aru, et Te küsite, millal see pension nüüd tuleb, ja Te ei mäleta enam päeva?",
        "Mõistan, et see on Teile oluline. Te küsite, millal pension tuleb ja kas see tuleb viiendal, eks?",
        "Kokkuvõtteks: Te küsite, millal pension tuleb. Aitäh, et helistasite! Head päeva!",
    ]
    result = play_answers(scenario, library, answers, seed=1).score()
    assert not result["passed"]
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["result"] == "fail"
    assert "kliendi enda sõnu" in real["feedback"]


def _agent_client(*agent: str) -> list[Turn]:
    turns = []
    for text in agent:
        turns += [Turn(role="client", text="Почему мне не дали пособие?"), Turn(role="agent", text=text)]
    return turns


def test_factual_reply_with_your_address_and_trailing_check_is_no_quiz():
    replies = ("пособие платят автоматически с октябрьской пенсией если вы живете одна смотрят кто записан по "
               "вашему адресу в регистре понятно",
               "по вашему адресу записана дочь поэтому пособие не назначили ей надо обновить адрес в регистре ясно")
    assert opinion_quiz(_agent_client(*replies), "ru") == []
    assert not _asks_guess("а кто записан по вашему адресу?", "ru")
    assert not _asks_guess("решение пришлём по вашему личному коду в самообслуживании", "ru")


def test_opinion_questions_stay_a_quiz():
    replies = ("А как Вы думаете, кто записан по Вашему адресу?", "Хорошо, а кто, по-вашему, должен выписаться?")
    assert opinion_quiz(_agent_client(*replies), "ru") == [1, 3]
    assert opinion_quiz(_agent_client("а как по вашему кому платят это пособие", "подумайте сами кто там записан"),
                        "ru") == [1, 3]
    assert _asks_guess("кто, по-вашему, записан по адресу?", "ru")


@pytest.mark.parametrize("text", [
    "Sotsiaalkindlustusameti teave: taotleja esitab avalduse oma elukohariigi asutusele.",
    "Töötukassa selgitab: hüvitist makstakse kuni 180 päeva.",
    "Департамент социального страхования сообщает: заявление подают в стране проживания.",
])
def test_institution_note_is_a_note(text):
    assert labelled_note(text)


@pytest.mark.parametrize("text", [
    "Sotsiaalkindlustusameti teave: Teie ema saab avalduse esitada meile.",
    "Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
    "Sotsiaalkindlustusamet maksab pensioni iga kuu viiendal kuupäeval.",
    "Департамент сообщает Вам решение письмом: ждите до пятницы.",
])
def test_institution_named_in_speech_is_no_note(text):
    assert not labelled_note(text)
