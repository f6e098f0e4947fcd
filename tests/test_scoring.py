"""Scoring real Estonian and Russian transcripts: each criterion judged as an expert would."""

from pathlib import Path

import pytest

from trainer.scoring.score import failed_criteria, score_transcript
from trainer.scoring.transcript import (
    MAX_TURN_CHARS,
    Context,
    Transcript,
    TranscriptError,
    Turn,
    load_transcript,
    parse_transcript,
)
from trainer.simulation.library import Library, scoring_settings

SETTINGS = scoring_settings()

HERE = Path(__file__).parent
ROOT = HERE.parent


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def score_file(name, rubric):
    return score_transcript(load_transcript(HERE / "transcripts" / name), rubric, SETTINGS)


# file -> (criteria that must fail, criteria that must be n/a, passed)
EXPECTED = {
    "et-phone-exemplary.yaml": (set(), {"empathy"}, True),
    "et-chat-no-diacritics.yaml": (set(), {"identification", "empathy"}, True),
    "et-phone-informal.yaml": ({"formal_address"}, {"identification", "empathy"}, True),
    # "Kas see vastas Teie küsimusele? Head päeva!" in one message gives the client no chance to answer: no summary
    "et-phone-disclosure.yaml": ({"identification", "needs", "summary", "data_protection"}, set(), False),
    "et-phone-name-only.yaml": ({"identification", "needs", "summary"}, {"empathy"}, False),
    # the client's "Mis mõttes?!" is left open: "Helistage kuhugi mujale. Head aega." is a brush-off, not a closing
    "et-phone-negated-empathy.yaml": ({"needs", "summary", "empathy", "courtesy", "closing"}, {"identification"}, False),
    "ru-chat-exemplary.yaml": (set(), {"identification", "empathy"}, True),
    "ru-phone-rude-informal.yaml": (
        {"greeting", "needs", "summary", "closing", "formal_address", "empathy", "courtesy"},
        {"identification"},
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_transcript_verdicts(name, rubric):
    must_fail, must_be_na, passed = EXPECTED[name]
    result = score_file(name, rubric)
    assert set(failed_criteria(result)) == must_fail
    assert {c["id"] for c in result["criteria"] if c["result"] == "n/a"} == must_be_na
    assert result["passed"] is passed
    for crit in result["criteria"]:
        if crit["result"] != "n/a":
            assert crit["feedback"], f"{crit['id']} has no feedback"


def test_critical_failure_zeroes_total_and_names_the_turn(rubric):
    result = score_file("et-phone-disclosure.yaml", rubric)
    assert result["score"] == 0
    assert result["critical_failures"] == ["data_protection"]
    dp = next(c for c in result["criteria"] if c["id"] == "data_protection")
    assert dp["evidence"][0] == {"turn": 3, "agent_turn": 2, "quote": "812,40"}
    assert "812,40" in dp["feedback"] and "2. vastus" in dp["feedback"]
    ident = next(c for c in result["criteria"] if c["id"] == "identification")
    assert ident["reason"] == "disclosed_before"


def test_feedback_is_in_the_transcript_language(rubric):
    ru = score_file("ru-phone-rude-informal.yaml", rubric)
    formal = next(c for c in ru["criteria"] if c["id"] == "formal_address")
    assert formal["feedback"].startswith("Вы обратились к клиенту на «ты»")
    assert formal["evidence"][0]["quote"].lower() == "ты"
    et = score_file("et-phone-informal.yaml", rubric)
    formal = next(c for c in et["criteria"] if c["id"] == "formal_address")
    assert "sinatasite" in formal["feedback"] and formal["evidence"][0]["quote"] == "sul"


def test_identification_by_name_only_does_not_count(rubric):
    result = score_file("et-phone-name-only.yaml", rubric)
    ident = next(c for c in result["criteria"] if c["id"] == "identification")
    assert ident["reason"] == "not_asked"
    # no private fact was stated, so data protection holds
    assert next(c for c in result["criteria"] if c["id"] == "data_protection")["result"] == "pass"


def test_decimal_comma_and_spaces_in_facts(rubric):
    # the context writes "1 245,60"; the agent said "1245,60": the same fact
    t = Transcript(
        language="et",
        context=Context(identification_required=True, private_facts=["1 245,60"]),
        turns=[
            Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Kadri kuuleb."),
            Turn(role="client", text="Kui suur mu pension on?"),
            Turn(role="agent", text="Teie pension on 1245.60 eurot."),
        ],
    )
    result = score_transcript(t, rubric, SETTINGS)
    assert "data_protection" in result["critical_failures"]


def test_competency_subscores(rubric):
    result = score_file("et-phone-disclosure.yaml", rubric)
    assert result["competencies"]["data_protection"] == 0
    assert result["competencies"]["empathy"] == 100


def test_same_input_same_score(rubric):
    a = score_file("et-phone-informal.yaml", rubric)
    b = score_file("et-phone-informal.yaml", rubric)
    assert a == b


@pytest.mark.parametrize(
    "text, problem",
    [
        ("turns: [", "YAML syntax error"),
        ("language: et\nturns: []\n", "no turns"),
        ("turns:\n  - {role: client, text: Tere}\n", "no agent turns"),
        ("turns:\n  - {role: agnet, text: Tere}\n", "Input should be 'agent' or 'client'"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_bad_transcripts_get_clear_errors(text, problem):
    with pytest.raises(TranscriptError) as exc:
        parse_transcript(text, "bad.yaml")
    assert problem in str(exc.value)
    assert "bad.yaml" in str(exc.value)


def test_huge_reply_emoji_and_mixed_languages(rubric):
    with pytest.raises(ValueError, match="at most 20000 characters"):  # a turn is bounded (issue 12)
        Turn(role="agent", text="pension " * 130_000)
    big = "Tere! Sotsiaalkindlustusamet, Mari kuuleb. 🙂 " + ("pension " * 2_490)
    t = Transcript(
        language=None,
        turns=[
            Turn(role="agent", text=big),
            Turn(role="client", text="Здравствуйте, я не говорю по-эстонски 😢"),
            Turn(role="agent", text="Конечно, продолжим по-русски. Правильно ли я поняла, что речь о пенсии? Всего доброго!"),
        ],
    )
    assert 19_900 < len(big) <= MAX_TURN_CHARS
    result = score_transcript(t, rubric, SETTINGS)
    assert result["language"] == "et"
    assert next(c for c in result["criteria"] if c["id"] == "greeting")["result"] == "pass"
