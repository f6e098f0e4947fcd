"""The summary criterion as a mentor states it (issue 9, blind round 3): a summary comes after the answer and
recaps its key points or next steps, or checks understanding. Not a summary: a connector word ("nii et",
«в общем») inside an answer to the client's new question, a cue word with nothing stated after it, a list of
bare topic names, a "recap" of the client's own question, a check the client answered "no" to and the agent
repeated, a check followed by a goodbye in the same message, a closing formula that repeats the client's name."""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
SETTINGS = scoring_settings()

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Liina kuuleb.", "ru": "Здравствуйте! Департамент социального страхования, Лидия."}
ASK = {"et": "Tere. Millal mu matusetoetus tuleb ja kui suur see on?",
       "ru": "Здравствуйте. Когда придёт пособие на похороны и какой у него размер?"}
ANSWER = {"et": "Matusetoetus makstakse kümne päeva jooksul pärast taotlust ja see on 250 eurot.",
          "ru": "Пособие на похороны выплачивается в течение десяти дней после ходатайства, размер 250 евро."}


def _summary(language: str, turns: list[str]) -> str:
    """Score a call that goes greeting, question, answer, then the given turns (agent first, alternating)."""
    texts = [GREET[language], ASK[language], ANSWER[language]] + turns
    # after the answer: client, agent, client, ...
    roles = ["agent", "client", "agent"] + ["client" if i % 2 == 0 else "agent" for i in range(len(turns))]
    transcript = Transcript(language=language, turns=[Turn(role=r, text=t) for r, t in zip(roles, texts, strict=True)])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "summary")["result"]


PASS = [
    ("et", ["Selge.", "Kokkuvõtteks: toetus tuleb kümne päeva jooksul ja summa on 250 eurot.", "Aitäh."]),
    ("et", ["Hea.", "Kokkuvõtteks: 250 eurot kümne päeva jooksul pärast taotlust.", "Aitäh."]),
    ("et", ["Hea.", "Kas see vastas Teie küsimusele?", "Jah, aitäh."]),
    ("et", ["Kas ma pean veel midagi tegema?", "Ei pea. Nii et taotlus on esitatud ja toetus tuleb kümne päeva "
            "jooksul, 250 eurot.", "Selge."]),
    ("ru", ["Хорошо.", "Итак, подведу итог: пособие придёт в течение десяти дней, размер 250 евро.", "Спасибо."]),
    ("ru", ["Ясно.", "Всё ли понятно?", "Да, спасибо."]),
    ("ru", ["Ясно.", "Итак, подведём итог. Пособие придёт в течение десяти дней после ходатайства.", "Спасибо."]),
    ("ru", ["Хорошо.", "Итак, Вы спрашивали о сроке: пособие выплачивается в течение десяти дней.", "Спасибо."]),
    ("ru", ["Не ответили, а куда подавать?", "Ходатайство подаётся в самообслуживании. Теперь понятно?",
            "Да, спасибо."]),
    # a third person who "does not answer" is no "no" to the check
    ("et", ["Selge.", "Kas see on arusaadav?", "Jah, aga mu vend ei vasta telefonile, kas ta saab ise helistada?",
            "Jah, ta saab ise helistada."]),
    ("ru", ["Ясно.", "Это понятно?", "Да, только сестра не ответила на письмо, ей можно позвонить?",
            "Да, ей можно позвонить."]),
    # a check with the goodbye after it that the client still answers, confirming and asking nothing more
    ("et", ["Selge.", "Kas kõik on arusaadav? Kõike head!", "Jah, sain aru. Aitäh!"]),
    ("ru", ["Ясно.", "Всё понятно? Всего доброго!", "Понятно, спасибо."]),
]
FAIL = [
    # a connector inside the answer to the client's new question is that answer, not a recap
    ("et", ["Aga kuhu ma taotluse saadan?", "Taotluse saab esitada iseteeninduses, nii et postiga pole vaja saata.",
            "Aitäh.", "Head päeva!"]),
    ("ru", ["А сколько дней рассматривают ходатайство?", "В общем срок рассмотрения десять рабочих дней.",
            "Спасибо.", "Всего доброго!"]),
    # a cue with nothing stated after it, or bare topic names
    ("et", ["Selge.", "Kokkuvõtteks: matusetoetus ja taotlus.", "Aitäh.", "Head päeva!"]),
    ("ru", ["Ясно.", "Итак, подведём итог. Пособие. Ходатайство.", "Спасибо.", "Всего доброго!"]),
    # ... however many (a mentor: "a list of names with no finite verb"); a phrase saying something counts above
    ("ru", ["А куда подавать ходатайство?", "Через самообслуживание. Итак: ходатайство и самообслуживание.",
            "Спасибо.", "Всего доброго!"]),
    ("et", ["Aga kuhu ma taotluse esitan?", "Iseteeninduses. Kokkuvõtteks: taotlus, iseteenindus ja tõend.",
            "Aitäh.", "Head päeva!"]),
    ("ru", ["Хорошо, так и сделаем.", "Повторю главное: ходатайство или звонок сестры. Всего доброго!"]),
    # the client's own question "recapped"
    ("et", ["Selge.", "Nii et Teie küsimus oli, millal toetus tuleb.", "Jah.", "Head päeva!"]),
    ("ru", ["Ясно.", "Итак, подведём итог: Вы хотите узнать, когда придёт пособие и какой у него размер.", "Да.",
            "Всего доброго!"]),
    # a check the client rejects, then repeated as it was
    ("et", ["Selge.", "Kas see vastas Teie küsimusele?", "Ei vastanud, kuhu ma taotluse saadan?",
            "Kas see vastas Teie küsimusele?", "Ei.", "Head päeva!"]),
    ("ru", ["Ясно.", "Ответила ли я на Ваш вопрос?", "Нет, не ответили.", "Спасибо за звонок, всего доброго!"]),
    # a check with the goodbye in the same message: no turn to answer it
    ("ru", ["Ясно.", "Ответила ли я на Ваш вопрос. Спасибо за звонок, всего доброго."]),
    ("et", ["Selge.", "Kas kõik on arusaadav? Aitäh kõne eest, head päeva!"]),
    # ... or one the client answers with a new question: the goodbye left it unanswered
    ("et", ["Selge.", "Kas kõik on arusaadav? Head päeva!", "Jah, aga kuhu ma taotluse saadan?", "Head päeva!"]),
    ("ru", ["Ясно.", "Всё понятно? Всего доброго!", "Ясно. А когда придёт решение?", "Всего доброго!"]),
    # the client says the agent did not answer (not a third person who does not)
    ("et", ["Selge.", "Kas see on arusaadav?", "Te ei vastanud mu küsimusele.", "Head päeva!"]),
    ("ru", ["Ясно.", "Это понятно?", "Вы мне так и не ответили.", "Всего доброго!"]),
]


@pytest.mark.parametrize("language, turns", PASS, ids=[f"pass-{i}" for i in range(len(PASS))])
def test_recaps_and_checks_pass(language, turns):
    assert _summary(language, turns) == "pass"


@pytest.mark.parametrize("language, turns", FAIL, ids=[f"fail-{i}" for i in range(len(FAIL))])
def test_look_alikes_fail(language, turns):
    assert _summary(language, turns) == "fail"


@pytest.mark.parametrize("language, answer, reply", [
    ("et", "Toetus makstakse kümne päeva jooksul, 250 eurot. Kas kõik on arusaadav? Head päeva!", "Jah, sain aru."),
    ("ru", "Пособие придёт в течение десяти дней, 250 евро. Всё понятно? Всего доброго!", "Да, понятно."),
])
def test_check_stuffed_into_the_first_answer_fails(language, answer, reply):
    """One message that answers, checks and says goodbye at once is stuffed, even when the client confirms."""
    turns = [("agent", GREET[language]), ("client", ASK[language]), ("agent", answer), ("client", reply)]
    transcript = Transcript(language=language, turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    assert next(c for c in result["criteria"] if c["id"] == "summary")["result"] == "fail"


# -- unpunctuated checks (speech recognition): a check at the end of a reply is a check ----------------------

@pytest.mark.parametrize("language, turns, result", [
    ("et", ["Selge aga kuhu ma taotluse esitan", "Taotluse saate esitada iseteeninduses kas nii sobib",
            "Jah sobib aitäh", "Head päeva"], "pass"),
    ("et", ["Selge", "Toetus tuleb kümne päeva jooksul ja summa on 250 eurot kas sai selgeks", "Jah aitäh",
            "Head päeva"], "pass"),
    ("ru", ["Ясно", "Пособие придёт в течение десяти дней всё понятно", "Да спасибо", "Всего доброго"], "pass"),
    # "kas ... sobib" that offers a time or asks about something else is no check
    ("et", ["Selge", "Kas nii sobib kui ma helistan Teile homme tagasi", "Jah", "Head päeva"], "fail"),
    ("et", ["Selge", "Ma võin Teile homme tagasi helistada kas teile kell kümme sobib", "Jah", "Head päeva"], "fail"),
    # a check with the goodbye after it in the same message still checks nothing
    ("et", ["Selge", "Kas nii sobib aitäh kõne eest head päeva"], "fail"),
])
def test_unpunctuated_checks_at_the_end_of_a_reply(language, turns, result):
    assert _summary(language, turns) == result


def _summary_of(language: str, turns: list[tuple[str, str]]) -> str:
    transcript = Transcript(language=language, turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "summary")["result"]


@pytest.mark.parametrize("language, recap, result", [
    # bare topic names in a message of their own restate nothing, even when the names were said before
    ("ru", "Итак: ходатайство, самообслуживание и справка.", "fail"),
    ("et", "Kokkuvõttes: taotlus, iseteenindus ja tõend.", "fail"),
    ("ru", "Итак: ходатайство подаётся через самообслуживание, пособие придёт через десять дней.", "pass"),
    ("et", "Kokkuvõttes: taotluse saab esitada iseteeninduses ja toetus tuleb kümne päeva jooksul.", "pass"),
])
def test_a_recap_sent_as_its_own_message_must_state_a_point(language, recap, result):
    ask = {"et": "Aga kuhu ma taotluse ja tõendi esitan?", "ru": "А куда подавать ходатайство и справку?"}
    where = {"et": "Taotluse ja tõendi saate esitada iseteeninduses.",
             "ru": "Ходатайство и справку можно подать через самообслуживание."}
    thanks, bye = ("Aitäh.", "Head päeva!") if language == "et" else ("Спасибо.", "Всего доброго!")
    turns = [("agent", GREET[language]), ("client", ASK[language]), ("agent", ANSWER[language]),
             ("client", ask[language]), ("agent", where[language]), ("agent", recap), ("client", thanks),
             ("agent", bye)]
    assert _summary_of(language, turns) == result


@pytest.mark.parametrize("sentence, listed", [
    # a summary label before the colon ("Итак, подведу итог:") is a label, not items of a list
    ("Итак, подведу итог: заявление в управу, ответ примерно через месяц.", False),
    ("Kokkuvõtteks ütlen veel: taotlus vallale, vastus umbes kuu aja pärast.", False),
    # ... but a stuffed list after it is still a list
    ("Итак, подведу итог: пособие, управа, месяц, заявление, справка.", True),
    ("Kokkuvõtteks: pension, vald, kuu, taotlus, arstitõend.", True),
])
def test_a_summary_label_is_no_list_item(sentence, listed):
    from trainer.scoring.item_list import item_list
    language = "ru" if any("а" <= c <= "я" for c in sentence.lower()) else "et"
    assert item_list(sentence, language, (), frozenset(), set()) is listed
