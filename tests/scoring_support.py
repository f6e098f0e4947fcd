"""Shared helper of the scorer-fix tests (test_scorer_fixes_*_blind.py): score a conversation with the call model."""

from __future__ import annotations

from pathlib import Path

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import Library, scoring_settings

RUBRIC = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
SETTINGS = scoring_settings()


def verdicts(lang: str, turns: list[tuple[str, str]], channel: str = "phone", **context) -> dict[str, str]:
    """{criterion id: pass | fail | n/a} for (role, text) turns scored with the call model."""
    transcript = Transcript(language=lang, channel=channel, context=Context(**context),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    return {c["id"]: c["result"] for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"]}


#: the agent's opening of the courtesy tests' dialogues (test_courtesy.py, test_courtesy_terse.py)
OPENING = {"et": "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?",
           "ru": "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"}

#: a client's opening that asks nothing in particular (the right_authority tests: one reply judged on its own)
PLAIN_QUESTION = {"et": "Tere, mul on küsimus.", "ru": "Здравствуйте, у меня вопрос."}


def authority_of(lang: str, reply: str) -> str:
    """The right_authority verdict of one agent reply after the opening and a plain question."""
    turns = [("agent", OPENING[lang]), ("client", PLAIN_QUESTION[lang]), ("agent", reply)]
    return verdicts(lang, turns)["right_authority"]


def courtesy_of(turns: list[Turn], language: str, channel: str = "chat") -> dict:
    """The courtesy verdict (the criterion's result dict) of these turns, scored with the call model."""
    result = score_transcript(Transcript(language=language, channel=channel, turns=turns), RUBRIC, SETTINGS)
    return next(c for c in result["criteria"] if c["id"] == "courtesy")


#: a trainee's opening for scenario replies (test_batch15_wrong_claims.py, test_batch17_wrong_claims.py)
TRAINEE_OPENING = {"et": "Tere! Sotsiaalkindlustusamet, Maris kuuleb.",
                   "ru": "Здравствуйте! Департамент социального страхования, Мария."}


def scenario_reply_result(library, scenario_id: str, reply: str, values: dict | None = None) -> dict:
    """The scenario's result for one trainee reply after an opening and a client's "I have a question"
    (``values``: the conversation's on-screen values, for criteria that compare with them)."""
    scenario = library.get(scenario_id)
    lang = scenario.language
    client = {"et": "Tere, mul on küsimus.", "ru": "Здравствуйте, у меня вопрос."}[lang]
    transcript = Transcript(language=lang, channel=scenario.channel, turns=[
        {"role": "agent", "text": TRAINEE_OPENING[lang]}, {"role": "client", "text": client},
        {"role": "agent", "text": reply}])
    return library.score(scenario, transcript, values) if values is not None else library.score(scenario, transcript)


def scenario_criterion(library, scenario_id: str, criterion: str, reply: str) -> dict:
    """One criterion's verdict (its result dict) for one reply, with the on-screen values of the example seed."""
    conv = Conversation.start(library.get(scenario_id), library, seed=1, today=EXAMPLE_DATE)
    result = scenario_reply_result(library, scenario_id, reply, conv.values)
    return next(c for c in result["criteria"] if c["id"] == criterion)


def wrong_claim_refs(library, sentence: str, lang: str) -> set[str]:
    """The knowledge facts a sentence contradicts (`find_wrong_values` on the normalised text, as the
    knowledge_values gate reads a reply), by ref."""
    from trainer.scoring.kbvalues import find_wrong_values
    from trainer.text.spoken import normalize_input

    text = normalize_input(sentence, lang).text
    return {ref for hit in find_wrong_values(text, lang, library.value_facts) for ref in hit.refs}
