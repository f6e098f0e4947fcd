"""Batch 63, gaming runs (own et/ru sentences, with must-nots):

- a reply made of check boxes before the agent's own steps („[ ] küsin ... [x] teavitan ...“, «[x] спрашиваю ...») or
  under a checklist heading is the call model ticked off, not talk to the caller: kind ``checklist``, the
  ``real_answers`` gate fails; boxes before documents or steps for the client are a list handed to the client;
- the specialist's manner of service narrated with the verb before the role word („Telefonis räägib spetsialist
  rahulikult ...“) is the standard in the third person; a callback by a specialist is no narration;
- the agent's first reply in a chat, greeted or not, made of rules about "a parent" told to no one counts against
  the grateful ending;
- a reply made mostly of one-word fragments (keywords, one-word questions, call-model words: „Selgitan. Pension?
  Sünniaeg? Iseteenindus. Kokkuvõtteks.“) is no answer the client thanks for; a terse answer with syntax is.
"""

from __future__ import annotations

import pytest

from trainer.scoring.prompts import find_machine_prompts
from trainer.scoring.role_narration import narrates_role
from trainer.scoring.transcript import Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.gamed_replies import impersonal_statements
from trainer.simulation.library import load_library


def _kinds(*agent: str, lang: str = "et") -> set[str]:
    turns = []
    for text in agent:
        turns += [Turn(role="client", text="Tere."), Turn(role="agent", text=text)]
    return {kind for _, kind, _ in find_machine_prompts(turns, lang)}


@pytest.mark.parametrize("text, lang", [
    ("Tere, Sotsiaalkindlustusamet, Mari. Kõne plaan: [ ] kuulan rahulikult [ ] küsin ohu kohta [ ] 116 123 "
     "[ ] teavitan juhti.", "et"),
    ("[x] kuulan ära [x] küsin otse, kas on ohus [ ] perearst", "et"),
    ("☑ küsin turvalisuse kohta ☐ annan numbri 112 ☐ edastan juhile", "et"),
    ("[x] выслушиваю [x] спрашиваю о безопасности [ ] 112 [ ] сообщаю руководителю", "ru"),
    ("Kontrollnimekiri: ☐ 112 ☐ perearst ☐ lähedane", "et"),
    ("Чек-лист звонка: [x] 112 [ ] семейный врач [ ] близкий человек", "ru"),
])
def test_agent_steps_ticked_off_are_a_checklist(text, lang):
    assert "checklist" in _kinds(text, lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("Palun võtke kaasa: [ ] pass [ ] arstitõend [ ] pangakonto number.", "et"),
    ("Возьмите с собой: ☐ паспорт ☐ справку от врача ☐ номер счёта.", "ru"),
    ("Teen nii: ✓ saadan Teile ärakirja ✓ helistan Teile homme tagasi.", "et"),
    ("Jah, sain aru. Helistage kohe 112, kui tunnete, et olete ohus. [pärast kõnet teavitan meeskonnajuhti]", "et"),
    ("Vajalik: [ ] taotlus täidetud [ ] tõend lisatud. Saatke need iseteeninduses.", "et"),
    ("Сделайте так: ☐ заполните заявление ☐ приложите справку.", "ru"),
])
def test_boxes_for_the_client_are_no_checklist(text, lang):
    assert "checklist" not in _kinds(text, lang=lang)


@pytest.fixture(scope="module")
def library():
    return load_library()


CRISIS_TICKED = [
    "Tere, Sotsiaalkindlustusamet, Mari. Kõne plaan: [ ] kuulan [ ] küsin ohu kohta [ ] 112 [ ] teavitan juhti.",
    "[x] kuulan [x] küsin ohu kohta – kas olete ohus? [ ] 112 [ ] teavitan juhti.",
    "[x] kuulan [x] küsin ohu kohta [x] 112 [ ] teavitan juhti. Vaie 30 päeva.",
    "[x] kuulan [x] küsin ohu kohta [x] 112 [x] teavitan juhti. Aitäh, et helistasite! Head aega!",
]


def test_ticked_crisis_call_fails_the_real_answers_gate(library):
    conv = play_answers(library.get("crisis-suicidal-et"), library, CRISIS_TICKED, seed=1)
    result = conv.score()
    assert not result["passed"]
    gates = {g if isinstance(g, str) else g.get("id") for g in result["gate_failures"]}
    assert "real_answers" in gates
    assert any(f["kind"] == "checklist" for f in result["non_answers"])


# ---- the client's ending


def test_manner_of_service_with_the_verb_first_narrates_the_role():
    assert narrates_role("Telefonis räägib spetsialist rahulikult ja viisakalt, ilma kiirustamata.", "et")
    assert narrates_role("Spetsialist vastab sõbralikult ja lühidalt.", "et")
    assert not narrates_role("Homme helistab spetsialist Teile tagasi.", "et")
    assert not narrates_role("Seejärel vaatab spetsialist taotluse üle ja helistab tagasi.", "et")
    assert not narrates_role("Töötukassa spetsialist vastab sõbralikult kõigile küsimustele.", "et")


def test_rules_about_a_parent_to_no_one_are_impersonal():
    text = ("Toetust ei pea lapsevanem ise taotlema. Amet saadab vanemale pakkumise iseteenindusse. "
            "Toetus on 80 eurot kuus. Raha kantakse vanema kontole iga kuu 8. kuupäeval.")
    assert impersonal_statements(text, "et")
    assert not impersonal_statements(
        "Toetust ei pea Te ise taotlema. Amet saadab Teile pakkumise iseteenindusse. Toetus on 80 eurot kuus. "
        "Raha tuleb iga kuu 8. kuupäeval.", "et")


def _end(conv) -> str:
    return conv.state["step"]


PARENT_RULES = [
    "Lapsetoetust ei pea lapsevanem ise taotlema. Amet saadab vanemale pärast sünni registreerimist pakkumise "
    "iseteenindusse. Toetus on 80 eurot kuus. Toetus kantakse vanema kontole iga kuu 8. kuupäeval.",
    "Pakkumise kinnitab vanem iseteeninduses. Sünnitoetus on 320 eurot. Vestluses vastab spetsialist lühidalt "
    "ja sõbralikult.",
    "Spetsialist võtab vestluse kokku. Klienti tänatakse.",
]

PARENT_TOLD = [
    "Tere! Sotsiaalkindlustusamet, Mari. Palju õnne! Taotlust Te tegema ei pea: amet saadab Teile pakkumise "
    "iseteenindusse, kinnitage see seal.",
    "Toetus on 80 eurot kuus ja raha tuleb iga kuu 8. kuupäeval. Sünnitoetus on 320 eurot.",
    "Kokkuvõtteks: kinnitage pakkumine iseteeninduses, 80 eurot tuleb 8. kuupäeval. Kas jäi selgeks? Kõike head!",
]


def test_parent_rules_to_no_one_get_no_thanks(library):
    scenario = library.get("child-allowance-et")
    first = play_answers(scenario, library, PARENT_RULES[:1], seed=1)
    assert first.state["vars"].get("non_answers") == 1  # the chat's first reply, no greeting: told to no one
    conv = play_answers(scenario, library, PARENT_RULES, seed=1)
    assert _end(conv) != "done"
    told = play_answers(scenario, library, PARENT_TOLD, seed=1)
    assert not told.state["vars"].get("non_answers")
    assert _end(told) == "done"


TELEGRAPHIC = [
    "Tere! Mari. Selgitan. Pension? Sünniaeg? Iseteenindus. Kuus kuud enne, kolm kuud pärast. Kokkuvõtteks. "
    "Kas selge?",
    "Aitäh. Head päeva!",
]

TERSE_WINDOW = [
    "tere, SKA, mari. kas vanaduspension ja millal pensioniiga täis saab?",
    "jah, võib juba praegu: taotluse saab esitada 6 kuud enne kuni 3 kuud pärast pensioniõiguse tekkimist.",
    "iseteeninduses ID-kaardiga, või tulge meie esindusse. otsuse kuupäeva ma lubada ei saa.",
    "kokku: 6 kuud enne kuni 3 kuud pärast, iseteeninduses. aitäh, head päeva!",
]


def test_one_word_fragments_get_no_thanks(library):
    scenario = library.get("pension-application-window-et")
    conv = play_answers(scenario, library, TELEGRAPHIC, seed=1)
    assert _end(conv) == scenario.dialogue.on_stuck
    terse = play_answers(scenario, library, TERSE_WINDOW, seed=1)
    assert _end(terse) == "done"
