"""What the trainee must not say, heard by the client as the scorer counts it.

A scenario signal that a content criterion forbids (``{type: not-concept, value: takes_account}``, alone or inside
an ``all``) often leads the client to an end step („Väga hea, kirjutage üles: FI21...“). The scorer does not count
it where it is not said: in a question that gives the client's own question back („Kas ma sain õigesti aru, et ...
küsite, kas ütlete mulle numbri?“), in a rule told as former, in an embedded whether-clause
(:func:`trainer.scoring.checks._not_asserted`). Neither does the client now (new-user batch 37
moving-abroad-account-et gaming: a mirrored question sent the caller to dictate its account number, and the call
ended on „Jah, sain aru. Aitäh!“).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from trainer.scoring.rubric import Check
    from trainer.simulation.dialogue import Conversation
    from trainer.simulation.scenario import Scenario


def _forbidding(check: Check, signals: set[str], out: dict[str, Check]) -> None:
    if check.type == "not-concept" and check.phrases is None:
        values = check.value_list()
        if len(values) == 1 and values[0] in signals:
            out.setdefault(values[0], check)
    if check.base_type == "all" and not check.negated:
        for sub in check.checks:
            _forbidding(sub, signals, out)


def forbidden_checks(scenario: Scenario) -> dict[str, Check]:
    """Signal name -> the ``not-concept`` check of a scenario criterion that forbids exactly that signal."""
    out: dict[str, Check] = {}
    for crit in scenario.criteria:
        _forbidding(crit.check, set(scenario.signals), out)
    return out


def unhear_unsaid(conv: Conversation, acted: str, signals: dict, evidence: dict, heard: list[str]) -> None:
    """A forbidden signal heard in `acted` that the scorer's check does not count there (the reply said it only
    inside the client's question given back, a former rule, a whether-clause) is not heard by the client either."""
    from trainer.scoring.checks import TranscriptAnalysis, evaluate_check
    from trainer.scoring.transcript import Context, Transcript
    from trainer.simulation.library import scoring_settings

    scenario = conv.scenario
    found = [(name, check) for name, check in forbidden_checks(scenario).items()
             if signals.get(name) and name not in scenario.criterion_signals]
    if not found or not acted:
        return
    transcript = Transcript(language=scenario.language, channel=scenario.channel,
                            context=Context(third_party=scenario.situation.third_party),
                            turns=[*({"role": "client", "text": t} for t in heard), {"role": "agent", "text": acted}])
    library = conv.library
    analysis = TranscriptAnalysis(transcript, conv.concepts, scoring_settings(library.value_facts).identification_policy)
    analysis.knowledge = library.value_facts
    for name, check in found:
        if evaluate_check(check, analysis).passed:  # nothing forbidden said, as the scorer reads it
            signals[name] = False
            evidence.pop(name, None)
