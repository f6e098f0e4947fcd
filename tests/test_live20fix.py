"""Speech without punctuation (live20 pension-indexation-tax-et terse_good):

- a figure opening a new statement after an Estonian denial is not denied ("tõus ei ole kõigil sama 5,3 protsenti
  on keskmine tõus": `trainer.text.figure_clause`);
- a money amount said without its currency states the right value ("maksuvaba tulu 776 arvestatakse ise":
  `trainer.scoring.bare_amount`);
- the client's question restated in the second person with a question word ("küsite miks ...", «вы спрашиваете
  почему ...») is a check of understanding without a marker when the client goes on without a denial
  (`trainer.scoring.spoken_recap`).
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.values import find_values

# --- 1 and 2: value statements -------------------------------------------------------------------------------------
_MONEY = ("600 eurot",)
_PERCENT = ("protsentides",)

SAID = [
    ("et", "ei ole kõigile ühesugune 4 protsenti on keskmise toetuse kasv", _PERCENT),
    ("et", "ei pea midagi tegema toetus 600 eurot makstakse ise kontole", _MONEY),
    ("et", "ei pea avaldust tegema toetus 600 makstakse ise kontole", _MONEY),
    ("et", "toetus on 600 kuus", _MONEY),
]
NOT_SAID = [
    ("et", "ma ei saa Teile 600 eurot maksta", _MONEY),           # an infinitive: still denied
    ("et", "toetus ei ole 600 eurot", _MONEY),                    # the figure right after the denial's verb
    ("et", "ei ole kõigil 600 eurot ega rohkem", _MONEY),         # no finite verb after the figure
    ("et", "toetus tuleb 600 päeva jooksul", _MONEY),             # another unit
    ("et", "toetust makstakse 15. kuupäeval", ("15 eurot",)),    # a date is no amount
    ("et", "kasv ei ole 4 protsenti", _PERCENT),
]


@pytest.mark.parametrize(("lang", "text", "right"), SAID)
def test_value_said_in_run_on_speech(lang, text, right):
    assert any(h.right for h in find_values(text, lang, right, (), (), False))


@pytest.mark.parametrize(("lang", "text", "right"), NOT_SAID)
def test_value_not_said(lang, text, right):
    assert not any(h.right for h in find_values(text, lang, right, (), (), False))


def test_bare_amount_never_wrong():
    hits = find_values("toetus on 500 kuus", "et", _MONEY, ("500 eurot",), (), True)
    assert not any(not h.right for h in hits)


# --- 3: the second-person frame with a question word -----------------------------------------------------------
_ET_CLIENT = "Tere, mu lapsetoetus on sel kuul väiksem kui eelmisel, miks nii?"
_RU_CLIENT = "Здравствуйте, мне пособие на ребёнка пришло меньше чем в прошлом месяце, почему так?"


def _needs(lang: str, agent: str, reply: str) -> str:
    if lang == "et":
        turns = [("agent", "tere sotsiaalkindlustusamet kadri kuuleb"), ("client", _ET_CLIENT), ("agent", agent),
                 ("client", reply),
                 ("agent", "toetus arvutatakse igal kuul uuesti sel kuul oli üks päev vähem kas see on arusaadav"),
                 ("client", "Jah, aitäh."), ("agent", "head päeva")]
    else:
        turns = [("agent", "здравствуйте департамент социального страхования ольга"), ("client", _RU_CLIENT),
                 ("agent", agent), ("client", reply),
                 ("agent", "пособие пересчитывают каждый месяц в этом месяце на день меньше вам понятно"),
                 ("client", "Да, спасибо."), ("agent", "всего доброго")]
    return verdicts(lang, turns)["needs"]


_ET_CODE, _RU_CODE = "Jah, 48505050005.", "Да, 48505050005."
FRAMED = [
    ("et", "mõistan küsite miks lapsetoetus on väiksem palun öelge isikukood", _ET_CODE),
    ("et", "soovite teada kuidas lapsetoetus arvutati öelge palun isikukood", _ET_CODE),
    ("ru", "понимаю вы спрашиваете почему пособие меньше назовите пожалуйста личный код", _RU_CODE),
    ("ru", "вас интересует сколько составит пособие назовите личный код", _RU_CODE),
]
NOT_FRAMED = [
    ("et", "kui küsite miks lapsetoetus on väiksem siis vastan et palun öelge isikukood", _ET_CODE),  # a condition
    ("et", "mõistan küsite miks lapsetoetus on väiksem palun öelge isikukood", "Ei, ma küsin hoopis pensionist."),
    ("et", "küsite miks ilm on halb palun öelge isikukood", _ET_CODE),                              # not their words
    ("ru", "если вы спрашиваете почему пособие меньше то назовите личный код", _RU_CODE),
    ("ru", "понимаю вы спрашиваете почему пособие меньше назовите пожалуйста личный код", "Нет, я про пенсию."),
]


@pytest.mark.parametrize(("lang", "agent", "reply"), FRAMED)
def test_framed_question_clarifies(lang, agent, reply):
    assert _needs(lang, agent, reply) == "pass"


@pytest.mark.parametrize(("lang", "agent", "reply"), NOT_FRAMED)
def test_framed_question_must_nots(lang, agent, reply):
    assert _needs(lang, agent, reply) == "fail"
