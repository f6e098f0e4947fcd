"""Batch 15 (issue 10): terse answers that perform an act though they have no finite verb.

* A terse opening ("tere, SKA, kertu. millega aidata?", «добрый день, департамент соцстрахования, алина.
  чем помочь?») greets, names the institution and introduces the agent: the first name right next to the
  institution is a self-introduction, not a keyword (the greeting criterion reads it the same way).
* A verbless list of channels that answers the client's own how/where question ("kuidas ma avalduse
  esitan?" - "iseteeninduses (smart-id, id-kaart), e-kiri digiallkirjaga, tavapost, büroo") is an elliptical
  answer (ISO 24617-2: an answer depends on its question). The same list with no such question before it,
  a list after a when-question, a list with call-model cue words (kokkuvõtteks, empaatia, итог) or with
  topics that are no channel (tagasihelistamine) stays a non-answer.
All sentences are written for this test, not taken from the batch.
"""

from pathlib import Path

import pytest

from trainer.scoring.score import failed_criteria, score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _score(rubric, language, turns):
    t = Transcript(language=language, channel="chat",
                   turns=[Turn(role="agent" if i % 2 == 0 else "client", text=x) for i, x in enumerate(turns)])
    result = score_transcript(t, rubric, SETTINGS)
    chains = [(n["agent_turn"], n["kind"]) for n in result["non_answers"] if n["kind"] == "keyword_chain"]
    return result, chains  # agent_turn: the agent reply's number, from 1


_ET_OPEN_TAIL = ["Tere, tahaksin lapsetoetuse kohta küsida.", "Lapsetoetus makstakse iga kuu kümnendal kuupäeval. Kas see vastas Teie küsimusele?",
                 "Jah, aitäh.", "Aitäh, head päeva!"]
_RU_OPEN_TAIL = ["Здравствуйте, у меня вопрос про пособие.", "Пособие выплачивается десятого числа каждого месяца. Я ответила на Ваш вопрос?",
                 "Да, спасибо.", "Спасибо за звонок, всего доброго!"]


@pytest.mark.parametrize("language,opening", [
    ("et", "tere, SKA, kertu. millega aidata?"),
    ("et", "tere päevast, sotsiaalkindlustusamet, marit. kuidas aidata?"),
    ("ru", "добрый день, департамент соцстрахования, элина. чем помочь?"),
    ("ru", "здравствуйте, SKA, мирьям. чем помочь?"),
])
def test_terse_opening_is_an_act(rubric, language, opening):
    result, chains = _score(rubric, language, [opening] + (_ET_OPEN_TAIL if language == "et" else _RU_OPEN_TAIL))
    assert chains == []
    assert "greeting" not in failed_criteria(result)
    assert "real_answers" not in failed_criteria(result)


@pytest.mark.parametrize("language,opening", [
    ("et", "tere, SKA, kertu. pension, iseteenindus, kokkuvõtteks."),
    ("ru", "добрый день, департамент соцстрахования, алина. пенсия, самообслуживание, итог."),
])
def test_opening_with_keywords_stays_a_chain(rubric, language, opening):
    result, chains = _score(rubric, language, [opening] + (_ET_OPEN_TAIL if language == "et" else _RU_OPEN_TAIL))
    assert (1, "keyword_chain") in chains
    assert "real_answers" in failed_criteria(result)


_ET_START = ["Tere! Sotsiaalkindlustusamet, Kertu kuuleb. Kuidas saan Teid aidata?",
             "Tere. Tahan hooldajatoetust taotleda."]
_RU_START = ["Здравствуйте! Департамент социального страхования, меня зовут Алина. Чем могу помочь?",
             "Здравствуйте. Хочу оформить пособие по уходу."]
_ET_END = ["Selge, aitäh.", "Aitäh, head päeva!"]
_RU_END = ["Понятно, спасибо.", "Спасибо за звонок, всего доброго!"]

ET_CHANNELS = "iseteeninduses (smart-id, id-kaart, mobiil-id), e-kiri digiallkirjaga, tavapost, büroo. kas on selge?"
ET_CHANNELS_BARE = "iseteeninduses (smart-id või id-kaart), digiallkirjaga e-kiri, tavapost või büroo."
RU_CHANNELS = "через самообслуживание (id-карта, mobiil-id, smart-id), e-mail с цифровой подписью, почта, бюро. всё понятно?"
RU_CHANNELS_BARE = "в самообслуживании (id-карта или smart-id), e-mail с цифровой подписью, почтой или в бюро."


@pytest.mark.parametrize("language,question,reply", [
    ("et", "Kuidas ma selle avalduse esitan?", ET_CHANNELS),
    ("et", "Kuidas ma selle avalduse esitan?", ET_CHANNELS_BARE),
    ("et", "Kus seda teha saab?", ET_CHANNELS),
    ("ru", "Как мне подать это заявление?", RU_CHANNELS),
    ("ru", "Как мне подать это заявление?", RU_CHANNELS_BARE),
    ("ru", "Где это можно сделать?", RU_CHANNELS),
])
def test_channel_list_answers_how_or_where(rubric, language, question, reply):
    start, end = (_ET_START, _ET_END) if language == "et" else (_RU_START, _RU_END)
    hold = "Üks hetk." if language == "et" else "Одну минуту."
    result, chains = _score(rubric, language, start + [hold, question, reply] + end)
    assert (3, "keyword_chain") not in chains
    assert "real_answers" not in failed_criteria(result)


@pytest.mark.parametrize("language,question,reply", [
    # no question before the list: the client only says what it wants
    ("et", "Tahaksin selle avalduse ära saata.", ET_CHANNELS),
    ("et", "Tahaksin selle avalduse ära saata.", ET_CHANNELS_BARE),
    ("ru", "Я хочу отправить это заявление.", RU_CHANNELS),
    ("ru", "Я хочу отправить это заявление.", RU_CHANNELS_BARE),
    # a when-question is not answered by channels
    ("et", "Millal raha tuleb?", ET_CHANNELS_BARE),
    ("ru", "Когда придут деньги?", RU_CHANNELS_BARE),
    # a how-question answered with topics that are no channel, or with cue words
    ("et", "Kuidas ma selle avalduse esitan?", "Süsteem maas. Tagasihelistamine. Iseteenindus. Kokkuvõtteks."),
    ("et", "Kuidas ma selle avalduse esitan?", "Iseteenindus. Tagasihelistamine. Empaatia. Kokkuvõtteks."),
    ("et", "Kuidas ma selle avalduse esitan?", "iseteeninduses, e-kiri, tavapost, kokkuvõtteks. kas on selge?"),
    ("et", "Kus seda teha saab?", "Iseteenindus. Empaatia. Kokkuvõtteks."),
    ("ru", "Как мне подать это заявление?", "Самообслуживание. Обратный звонок. Эмпатия. Итог."),
    ("ru", "Как мне подать это заявление?", "через самообслуживание, e-mail, почта, итог. всё понятно?"),
    ("ru", "Где это можно сделать?", "Самообслуживание. Итог. Эмпатия."),
])
def test_channel_list_without_its_question_stays_a_chain(rubric, language, question, reply):
    start, end = (_ET_START, _ET_END) if language == "et" else (_RU_START, _RU_END)
    result, chains = _score(rubric, language, start + ["Üks hetk." if language == "et" else "Одну минуту.",
                                                        question, reply] + end)
    assert (3, "keyword_chain") in chains
    assert "real_answers" in failed_criteria(result)
