"""New-user batch 53 (client, at first sight).

1. overpayment-recovery-et gaming: the trainee promised the recovery would be dropped; the client ended on `false_hope`
   with "Aitäh!". A client who leaves believing a wrong answer says what it will do and parts without thanks (as
   indexation-day-et/-ru `wrong_date` already do): a thanks there tells the trainee the call went well. Checked for every
   end step reached by a misinformation reaction and every end-step line said on one, in every scenario.
"""

from __future__ import annotations

import re

import pytest
from client_support import hears

from trainer.simulation.client_line import thanks
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_LIBRARY = load_library()

#: end steps the client reaches believing a wrong answer where the condition does not name the misinformation's
#: signal itself (system-down-callback-et: `not guessed`, the misinformation is `not guessed and sure_outcome`;
#: redirects-pillar-tax-pin-ru: `agency_does_pillar2` has no misinformation entry there)
_NAMED = {("system-down-callback-et", "wrong_wrap"), ("redirects-pillar-tax-pin-ru", "wrong_owner")}


def _norm(expr: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"ever\(([a-z0-9_]+)\)", r"\1", expr.strip())).strip("() ")


def _wrong_terms(scenario) -> set[str]:
    """The misinformation conditions of the scenario (whole, and each alternative of an `or`), and their ids."""
    terms: set[str] = set()
    for m in scenario.misinformation:
        terms |= {m.id, _norm(m.when)} | {_norm(d) for d in m.when.split(" or ")}
    return terms


def _is_reaction(cond: str | None, terms: set[str]) -> bool:
    """Is every alternative of the condition a misinformation heard (one of its terms not negated)?"""
    if not cond:
        return False
    return all(_norm(d) in terms or any(_norm(t) in terms for t in d.split(" and ")) for d in cond.split(" or "))


def _wrong_belief_lines():
    for sid in sorted(_LIBRARY.scenarios):
        scenario = _LIBRARY.get(sid)
        terms = _wrong_terms(scenario)
        if not terms:
            continue
        steps = scenario.step_list()
        for step in (s for s in steps if s.end and s.id != scenario.dialogue.on_stuck):
            incoming = [t for s in steps if isinstance(s.next, list) for t in s.next if t.then == step.id]
            whole = (sid, step.id) in _NAMED or (incoming and all(_is_reaction(t.when, terms) for t in incoming))
            for line in step.lines():
                for part in line.parts():
                    if whole or _is_reaction(part.when or line.when, terms):
                        yield pytest.param(sid, step.id, part.say, id=f"{sid}:{step.id}:{part.say[:24]}")


WRONG_BELIEF_LINES = list(_wrong_belief_lines())


def test_the_wrong_belief_lines_are_found():
    found = {(sid, step) for sid, step, _ in (p.values for p in WRONG_BELIEF_LINES)}
    for pair in [("overpayment-recovery-et", "false_hope"), ("overpayment-recovery-ru", "false_hope"),
                 ("death-report-et", "wrong_wrap"), ("death-report-ru", "wrong_wrap"),
                 ("system-down-callback-et", "wrong_wrap"), ("assistive-device-rehab-et", "wrong_promise"),
                 ("assistive-device-rehab-ru", "wrong_promise"), ("early-or-later-retirement-et", "wrap_wrong"),
                 ("children-pension-chat-et", "wrap_wrong"), ("russian-pension-ru", "wrap_wrong"),
                 ("redirects-pillar-tax-pin-et", "wrong_owner"), ("indexation-day-et", "wrong_date"),
                 ("indexation-day-ru", "wrong_same")]:
        assert pair in found
    # must-nots: the grateful ends of right answers are not wrong-belief lines
    for pair in [("overpayment-recovery-et", "wrap"), ("death-report-et", "wrap"), ("russian-pension-ru", "wrap")]:
        assert pair not in found


@pytest.mark.parametrize("sid, step, line", WRONG_BELIEF_LINES)
def test_a_client_leaving_with_a_wrong_belief_does_not_thank(sid, step, line):
    assert not thanks(None, line), f"{sid} {step}: {line}"


@pytest.mark.parametrize("sentence", ["Oi, tore, siis ma ei maksa midagi! Aitäh!", "Hea, aitäh Teile.",
                                      "Ну хорошо, спасибо.", "Понятно, благодарю."])
def test_a_thanks_is_recognised(sentence):
    assert thanks(None, sentence)


@pytest.mark.parametrize("sentence", ["Oi, tore, siis ma ei maksa midagi. Head aega.", "Hea, siis ootan. Nägemist.",
                                      "Ну хорошо, тогда жду. До свидания."])
def test_a_parting_without_thanks_is_not_thanks(sentence):
    assert not thanks(None, sentence)


def _play(sid, answers):
    conv = play_answers(_LIBRARY.get(sid), _LIBRARY, answers)
    last = next(t["text"] for t in reversed(conv.turns) if t["role"] == "client")
    return conv, last


def test_the_promised_cancellation_is_believed_without_thanks_et():
    conv, last = _play("overpayment-recovery-et", [
        "Tere, Sotsiaalkindlustusamet, Liis kuuleb.",
        "Ärge muretsege, see oli meie viga, me kustutame selle nõude ja Te ei pea midagi maksma.",
    ])
    assert conv.state["step"] == "false_hope"
    assert "ei maksa" in last and not thanks(conv, last)


def test_the_promised_cancellation_is_believed_without_thanks_ru():
    conv, last = _play("overpayment-recovery-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "Не волнуйтесь, это наша ошибка, мы отменим требование, платить ничего не нужно.",
    ])
    assert conv.state["step"] == "false_hope"
    assert "ничего не плачу" in last and not thanks(conv, last)


# -- 2. Re-asks in batch 53 terse/wrong runs ---------------------------------------------------------------------------

def _hears(sid: str, name: str, sentence: str) -> bool:
    return hears(_LIBRARY, sid, name, sentence)


# overpayment-recovery-et terse/wrong: "korraga ei pea [maksma] – saate taotleda osamakseid": Estonian "ei" negates its
# own (connegative) verb; a finite verb with a personal ending after it ("saate", "võite") is a predicate of its own,
# and the infinitive after it is not the negated modal's
@pytest.mark.parametrize("sentence", [
    "Kogu summat ei pea korraga tasuma saate maksta osamaksetena",
    "Korraga ei pea maksma – võite taotleda osamakseid.",
    "te ei pea koike korraga maksma voite tasuda osamaksetena",
    "Kõike korraga ei pea võite maksta osamaksetena kuu kaupa",
    "kohe ei pea voite esitada osamaksete avalduse",
    "Ei pea kohe kõike ära maksma, saate osamakseid taotleda.",
])
def test_instalments_after_a_denied_must_are_heard(sentence):
    assert _hears("overpayment-recovery-et", "instalments", sentence)


@pytest.mark.parametrize("sentence", [
    "Osamakseid kahjuks taotleda ei saa.",
    "Te ei saa osamakseid taotleda.",
    "Ei pea osamakseid taotlema, makske korraga ära.",
    "Te ei tohi seda osamaksetena tasuda.",
    "Summa tuleb maksta korraga.",
])
def test_denied_instalments_stay_denied(sentence):
    assert not _hears("overpayment-recovery-et", "instalments", sentence)


@pytest.mark.parametrize("sentence", [
    "Сразу всё платить не нужно, можно выплачивать частями.",
    "Не обязательно платить всю сумму сразу – можно договориться о рассрочке.",
])
def test_instalments_after_a_denied_must_are_heard_ru(sentence):
    assert _hears("overpayment-recovery-ru", "instalments", sentence)


@pytest.mark.parametrize("sentence", ["Рассрочку, к сожалению, дать не можем.", "Частями платить нельзя."])
def test_denied_instalments_stay_denied_ru(sentence):
    assert not _hears("overpayment-recovery-ru", "instalments", sentence)


# assistive-device-rehab-ru terse: the paper named «справка о необходимости вспомогательного средства" (the
# certificate of need in other words: необходимость/нуждаемость as well as потребность)
@pytest.mark.parametrize("sentence", [
    "Это справка о необходимости вспомогательного средства, её выписывает врач.",
    "Врач оформит Вам справку о нуждаемости во вспомогательном средстве.",
    "Бумага от врача – это и есть справка о необходимости ходунков.",
])
def test_the_certificate_of_need_in_other_words_is_heard(sentence):
    assert _hears("assistive-device-rehab-ru", "need_document", sentence)


@pytest.mark.parametrize("sentence", [
    "Справку о доходах возьмите в банке.",
    "Справка о необходимости Вам не нужна, идите сразу в магазин.",
    "Идите сразу в магазин.",
])
def test_other_papers_are_not_the_certificate_of_need(sentence):
    assert not _hears("assistive-device-rehab-ru", "need_document", sentence)
