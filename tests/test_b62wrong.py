"""Batch 62 wrong facts that passed (trainer issue #10): victim support said to be the police's service,
the pension case said to be dropped over the abuse, a written authorisation said to lapse after six months.
Each is now a gate with a misinformation record, in the Estonian scenario and its Russian twin where there is one."""

from pathlib import Path

import pytest

from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import Library

LIBRARY = Library.load(Path(__file__).parent.parent)

# (scenario, gate criterion, misinformation signal, wrong sentences, right sentences that must keep passing)
CASES = [
    ("victim-support-et", "no_police_service", "police_service",
     ["Ohvriabi on tegelikult politsei teenus, nemad võtavad Teiega ise ühendust.",
      "Teie ohvriabi korraldab nüüd edasi politsei, sest kuritegu on registreeritud.",
      "Ohvriabi alal politsei pakub Teile tuge."],
     ["Politsei võib Teid ohvriabisse suunata.", "Kuriteost teatage politseile, kui Te pole seda veel teinud.",
      "Ohvriabi on meie, Sotsiaalkindlustusameti teenus: helistage 116 006.",
      "Ohvriabi ei korralda politsei, vaid Sotsiaalkindlustusamet."]),
    ("victim-support-ru", "no_police_service", "police_service",
     ["Службу помощи жертвам Вам уже организует полиция.",
      "Помощь жертвам – услуга полиции, обращайтесь туда."],
     ["Полиция может направить Вас к работнику службы помощи жертвам.",
      "О нападении сообщите в полицию, а помощь жертвам – по телефону 116 006.",
      "Помощь жертвам организует Департамент, а не полиция."]),
    ("abusive-caller-et", "no_false_sanction", "sanction",
     ["Selle ähvarduse tõttu lõpetatakse Teie pensionitaotluse menetlus.",
      "Teil tuleb nüüd avaldus uuesti esitada, sest ähvardasite."],
     ["Kui sõimamine jätkub, pean kõne lõpetama.", "Ähvardusi ma kuulata ei saa, seepärast lõpetan nüüd kõne.",
      "Teie taotluse menetlus jätkub ka siis, kui ma kõne lõpetan.", "Uut taotlust Te esitama ei pea.",
      # terse, unpunctuated (new-user batch 42 terse): the call ended, then the way back to the pension case
      "nii ma lopetan vestluse pensioniasjaga aitan hea meelega kui helistate rahulikult tagasi"]),
    ("abusive-caller-ru", "no_false_sanction", "sanction",
     ["Из-за Ваших угроз производство по заявлению прекращено.",
      "Теперь Вам придётся оформить заявление повторно."],
     ["Если оскорбления продолжатся, я буду вынуждена завершить разговор.",
      "Я завершаю разговор; Ваше заявление рассматривается дальше.", "Заново подавать ничего не нужно."]),
    ("daughter-for-mother-et", "no_poa_expiry", "poa_expiry",
     ["Kirjalik volikiri kehtib meie juures kõigest kuus kuud.", "Notariaalne volikiri kehtib ühe aasta jooksul.",
      "Kahe kuu möödudes tuleb teha uus volikiri."],
     ["Volikiri kehtib volikirjas märgitud tähtaja jooksul.", "Volikiri kehtib, kuni see tagasi võetakse.",
      "Ema saab anda digitaalselt allkirjastatud volikirja.", "Kuus kuud tagasi saadetud taotlus on kohal."]),
]


def _signal(scenario, name: str, sentence: str) -> bool:
    from trainer.scoring.signals import analyse_reply

    conv = Conversation.start(scenario, LIBRARY, seed=1, today=EXAMPLE_DATE)
    return bool(analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"].get(name))


@pytest.mark.parametrize("sid,gate,signal,wrong,right", CASES, ids=[c[0] for c in CASES])
def test_wrong_fact_fails_the_gate_and_is_recorded(sid, gate, signal, wrong, right):
    scenario = LIBRARY.get(sid)
    criterion = next((c for c in scenario.criteria if c.id == gate), None)
    assert criterion is not None and criterion.gate, f"{sid}: no gate {gate}"
    assert any(signal in str(m) for m in scenario.misinformation), f"{sid}: no misinformation on {signal}"
    conv = Conversation.start(scenario, LIBRARY, seed=1, today=EXAMPLE_DATE)
    for sentence in wrong:
        assert _signal(scenario, signal, sentence), sentence
        assert not LIBRARY.criterion_verdict(scenario, gate, sentence, conv.values), sentence
    for sentence in right:
        assert not _signal(scenario, signal, sentence), sentence
        assert LIBRARY.criterion_verdict(scenario, gate, sentence, conv.values), sentence
