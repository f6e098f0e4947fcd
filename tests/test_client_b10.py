"""Issue #10, batch 10 client notes (tests/newuser/README-client10.md).

1. A gaming run does not end on the grateful `wrap` because a rule's condition merely *names* something wrong
   (`ever(gave_116111) or wrong_child_line`): the end step is kept for what the trainee did wrong only when
   that wrong thing was actually heard; `gave_*` names good things (a helpline given), only `gave_code*`
   (a code read back) is a wrong.
2. Bare one- or two-word replies without a verb („Rahvastikuregister.“, «Да.») count with the non-answers for
   the ending: a call answered mostly that way does not end on the grateful line. Real short answers among
   full sentences keep it.
"""

from __future__ import annotations

import pytest
from client_support import end_step as _end

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()




# -- 1. a rule naming a wrong thing that was not said ------------------------------------------------------

RU_PASTED = ("Добрый день, Департамент социального страхования, Вера. Вы сейчас в безопасности? При опасности "
             "звоните 112, помощь жертвам насилия 116 006, телефон помощи детям 116 111. Всё понятно? Всего доброго!")


def test_ru_pasted_helplines_three_times_ends_unsatisfied(library):
    assert _end(library, "crisis-violence-ru", [RU_PASTED, RU_PASTED, RU_PASTED]) == "wrap_unsure"


def test_ru_helplines_said_for_real_keep_grateful_end(library):
    answers = [
        "Добрый день, Департамент социального страхования, Вера. Я Вас слушаю, не торопитесь. Вы сейчас в безопасности?",
        "Мне очень жаль, что Вам приходится это переживать. Если вечером он начнёт угрожать, сразу звоните 112.",
        "Помощь жертвам насилия оказывают по круглосуточному телефону 116 006, там Вам помогут и с убежищем.",
        "За детей можно позвонить на телефон помощи детям 116 111, там подскажут, как их поддержать.",
    ]
    assert _end(library, "crisis-violence-ru", answers) == "wrap"


def test_ru_wrong_child_line_still_kept(library):
    """Must-not: the end step reached because of a wrong number believed is kept (it records the wrong)."""
    answers = [
        "Добрый день, Департамент социального страхования, Вера. Я Вас слушаю, не торопитесь. Вы сейчас в безопасности?",
        "Мне очень жаль. Если вечером он начнёт угрожать, сразу звоните 112.",
        "Помощь жертвам насилия оказывают по круглосуточному телефону 116 006.",
        "По поводу детей позвоните на телефон помощи детям 116 006, там помогут.",
    ]
    assert _end(library, "crisis-violence-ru", answers) == "wrap"


# -- 2. bare one-word replies ------------------------------------------------------------------------------

ET_ONE_WORD = [
    "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
    "Rahvastikuregister.",
    "Ei.",
    "Tagasinõue.",
    "Omavalitsus.",
    "Head aega.",
]


def test_et_one_word_replies_end_unsatisfied(library):
    assert _end(library, "death-report-et", ET_ONE_WORD) != "wrap"


def test_et_terse_but_real_answers_keep_grateful_end(library):
    """Must-not: short lowercase replies without õäü but with a verb are answers, not bare words."""
    answers = [
        "tere sotsiaalkindlustusamet kati kuuleb",
        "minu kaastunne. teatama ei pea, surm laheb rahvastikuregistrisse ja pension lopetatakse ise",
        "summat telefonis oelda ei saa. surmakuu pension jaab, parast surma jargmise kuu eest kantud raha ei tohi "
        "kasutada, see noutakse tagasi",
        "matusetoetust maksab kohalik omavalitsus ehk vald voi linn, mitte meie",
        "aitah et helistasite koike head",
    ]
    assert _end(library, "death-report-et", answers) == "wrap"


RU_ONE_WORD = [
    "Здравствуйте, Департамент социального страхования, Вера.",
    "Регистр.",
    "Нет.",
    "Вернуть.",
    "Самоуправление.",
    "До свидания.",
]


def test_ru_one_word_replies_end_unsatisfied(library):
    assert _end(library, "death-report-ru", RU_ONE_WORD) != "wrap"


@pytest.mark.parametrize("scenario_id", ["death-report-et", "death-report-ru", "crisis-violence-ru"])
def test_exemplary_keeps_its_end(library, scenario_id):
    scenario = library.get(scenario_id)
    for example in scenario.examples:
        if example.kind == "exemplary" and example.expect_end:
            assert _end(library, scenario_id, example.answers) == example.expect_end
