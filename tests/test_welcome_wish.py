"""A "you're welcome" with a negator in it ("pole midagi", «не за что») run straight into the parting wish in
unpunctuated speech does not deny the wish; a wish really refused stays denied (twenty-seventh session, left open by
the b40fix helper)."""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "ru": "Здравствуйте! Департамент социального страхования, Мария."}


def _closing(language: str, thanks: str, reply: str) -> str:
    turns = [Turn(role="agent" if k % 2 == 0 else "client", text=t)
             for k, t in enumerate([OPEN[language], thanks, reply])]
    result = score_transcript(Transcript(language=language, channel="phone", turns=turns), RUBRIC, SETTINGS)
    return next(c["result"] for c in result["criteria"] if c["id"] == "closing")


@pytest.mark.parametrize("language,thanks,reply", [
    ("et", "Suur aitäh Teile!", "pole midagi head päeva"),
    ("et", "Aitäh, aitasite palju.", "pole tanu vaart koike head"),
    ("ru", "Спасибо большое!", "не за что всего доброго"),
    ("ru", "Благодарю Вас.", "нет проблем до свидания всего хорошего"),
])
def test_welcome_formula_leaves_the_wish(language, thanks, reply):
    assert _closing(language, thanks, reply) == "pass"


@pytest.mark.parametrize("language,thanks,reply", [
    ("et", "Aitäh!", "head päeva ma Teile ei soovi"),
    ("ru", "Спасибо!", "всего доброго я Вам не желаю"),
])
def test_a_refused_wish_stays_denied(language, thanks, reply):
    assert _closing(language, thanks, reply) == "fail"
