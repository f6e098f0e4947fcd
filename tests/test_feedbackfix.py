"""Explainable feedback (issue 10, feedbackfix): an empty recap is named with its quote, and a pronoun-only pointer
("all that we have too") answers no "where" question."""

from __future__ import annotations

import pytest
from scoring_support import OPENING, RUBRIC, SETTINGS

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.scoring.vague_pointer import names_nothing


def _criterion(lang: str, turns: list[tuple[str, str]], cid: str) -> dict:
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    return next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == cid)


_ASK = {"et": "Tere, millal mulle lapsetoetus laekub?", "ru": "Добрый день, когда мне придёт детское пособие?"}
_ANSWER = {"et": "Lapsetoetus laekub Teie kontole iga kuu kaheksandal kuupäeval.",
           "ru": "Детское пособие приходит на Ваш счёт восьмого числа каждого месяца."}
_THANKS = {"et": "Selge, tänan.", "ru": "Ясно, благодарю."}


def _summary(lang: str, last: str) -> dict:
    turns = [("agent", OPENING[lang]), ("client", _ASK[lang]), ("agent", _ANSWER[lang]), ("client", _THANKS[lang]),
             ("agent", last)]
    return _criterion(lang, turns, "summary")


@pytest.mark.parametrize("lang, last, quote", [
    ("et", "Kokkuvõtteks: kõik on nüüd korras. Ilusat päeva!", "Kokkuvõtteks: kõik on nüüd korras."),
    ("et", "Lühidalt: asi on selge. Aitäh, head aega!", "Lühidalt: asi on selge."),
    ("et", "kokkuvottes koik sai raagitud aitah", "kokkuvottes koik sai raagitud aitah"),
    ("ru", "Подводя итог: всё хорошо. Хорошего дня!", "Подводя итог: всё хорошо."),
    ("ru", "Итак, мы всё выяснили. До свидания!", "Итак, мы всё выяснили."),
    ("ru", "подведем итог вопрос решен всего доброго", "подведем итог вопрос решен всего доброго"),
])
def test_empty_recap_is_quoted_and_named(lang: str, last: str, quote: str) -> None:
    verdict = _summary(lang, last)
    assert verdict["result"] == "fail"
    assert verdict.get("reason") == "empty_recap"
    assert verdict["evidence"] and verdict["evidence"][0]["quote"] == quote
    assert quote in verdict["feedback"]
    word = {"et": "kokku leppisite", "ru": "договорились"}[lang]
    assert word in verdict["feedback"]


@pytest.mark.parametrize("lang, last", [
    ("et", "Kokkuvõtteks: lapsetoetus tuleb kaheksandal kuupäeval kontole. Ilusat päeva!"),
    ("et", "Kokkuvõtteks. Toetus kaheksandal kuupäeval kontole. Head aega!"),
    ("ru", "Подводя итог: пособие придёт восьмого числа на счёт. Хорошего дня!"),
    ("ru", "Итак, пособие восьмого числа на Ваш счёт, всё в порядке. До свидания!"),
])
def test_recap_with_content_still_passes(lang: str, last: str) -> None:
    assert _summary(lang, last)["result"] == "pass"


@pytest.mark.parametrize("lang, last", [("et", "Ilusat päeva!"), ("ru", "До свидания!")])
def test_no_recap_keeps_the_plain_feedback(lang: str, last: str) -> None:
    verdict = _summary(lang, last)
    assert verdict["result"] == "fail" and verdict.get("reason") != "empty_recap"


@pytest.mark.parametrize("sentence", ["Всё это у нас тоже есть.", "Это всё можно сделать у нас.",
                                      "Kõik see on meil ka olemas.", "See kõik on meil samuti olemas."])
def test_pronoun_only_object_names_nothing(sentence: str) -> None:
    assert names_nothing(sentence)


@pytest.mark.parametrize("sentence", ["Vaide saate esitada iseteeninduses või e-postiga info@sotsiaalkindlustusamet.ee.",
                                      "возражение можно подать через самообслуживание",
                                      "Это есть у нас в бюро.", "Kõik see on meil kodulehel olemas.",
                                      "Всё это у нас есть, 30 дней."])
def test_a_named_channel_is_no_vague_pointer(sentence: str) -> None:
    assert not names_nothing(sentence)


_WHERE = {"et": ("Tere, mulle keelduti puude määramisest. Kuidas ma vaide esitan?",
                 "Vaide kirjutate vabas vormis, tähtaeg on 30 päeva otsusest teadasaamisest.",
                 "Ja kuhu ma selle vaide saatma pean?"),
          "ru": ("Здравствуйте, мне отказали в пособии. Как подать возражение?",
                 "Возражение пишется в свободной форме, срок 30 дней с того дня, как Вы узнали о решении.",
                 "А куда мне это возражение отправить?")}


@pytest.mark.parametrize("lang, last, result", [
    ("ru", "Всё это у нас тоже есть. Всего доброго!", "fail"),
    ("et", "Kõik see on meil ka olemas. Head aega!", "fail"),
    ("ru", "Возражение можно подать через самообслуживание. Всего доброго!", "pass"),
    ("et", "Vaide saate esitada iseteeninduses või e-postiga info@sotsiaalkindlustusamet.ee. Head aega!", "pass"),
])
def test_vague_pointer_leaves_the_where_question_open(lang: str, last: str, result: str) -> None:
    ask, answer, where = _WHERE[lang]
    turns = [("agent", OPENING[lang]), ("client", ask), ("agent", answer), ("client", where), ("agent", last)]
    verdict = _criterion(lang, turns, "closing")
    assert verdict["result"] == result
    if result == "fail":
        assert verdict["evidence"] and verdict["evidence"][0]["quote"] == where


def test_recap_in_the_answers_own_message_is_quoted() -> None:
    """A recap said in the answer's own message counts as none; the feedback quotes it, it does not say none was made."""
    turns = [("agent", OPENING["et"]), ("client", _ASK["et"]),
             ("agent", "Lapsetoetus laekub iga kuu kaheksandal. Kokkuvõtteks: toetus tuleb kaheksandal."),
             ("client", _THANKS["et"]), ("agent", "Ilusat päeva!")]
    verdict = _criterion("et", turns, "summary")
    assert verdict["result"] == "fail" and verdict.get("reason") == "not_a_recap"
    assert "„Kokkuvõtteks: toetus tuleb kaheksandal.“" in verdict["feedback"]


def test_keyword_recap_without_answer_is_quoted() -> None:
    turns = [("agent", OPENING["ru"]), ("client", _ASK["ru"]),
             ("agent", "Итак, подведём итог: пособие, счёт, число. До свидания!")]
    verdict = _criterion("ru", turns, "summary")
    assert verdict["result"] == "fail" and verdict.get("reason") in ("not_a_recap", "no_answer")
    assert verdict["evidence"][0]["quote"] == "Итак, подведём итог: пособие, счёт, число."
    assert "«Итак, подведём итог: пособие, счёт, число.»" in verdict["feedback"]


@pytest.mark.parametrize("lang, last", [
    ("ru", "Главное: пособие, счёт, восьмое число. Благодарю за звонок, хорошего дня!"),
    ("et", "Spetsialist teeb kokkuvõtte ja lõpetab viisakalt: tänan pöördumast, ilusat päeva."),
])
def test_goodbye_that_did_not_count_is_quoted(lang: str, last: str) -> None:
    """Thanks said in a keyword list or a narration close nothing; the feedback quotes them, not "none was said"."""
    turns = [("agent", OPENING[lang]), ("client", _ASK[lang]), ("agent", _ANSWER[lang]), ("client", _THANKS[lang]),
             ("agent", last)]
    verdict = _criterion(lang, turns, "closing")
    assert verdict["result"] == "fail" and verdict.get("reason") == "closing_not_counted"
    assert verdict["evidence"][0]["quote"] == last and last in verdict["feedback"]


@pytest.mark.parametrize("lang, last, result", [
    ("et", "Toetus tuleb kaheksandal.", "no_closing"),
    ("ru", "Пособие придёт восьмого.", "no_closing"),
    ("et", "Tänan pöördumast, ilusat päeva!", None),
    ("ru", "Благодарю за звонок, хорошего дня!", None),
])
def test_plain_closings_keep_their_verdicts(lang: str, last: str, result: str | None) -> None:
    turns = [("agent", OPENING[lang]), ("client", _ASK[lang]), ("agent", _ANSWER[lang]), ("client", _THANKS[lang]),
             ("agent", last)]
    verdict = _criterion(lang, turns, "closing")
    assert verdict["result"] == ("pass" if result is None else "fail")
    assert verdict.get("reason") == result
