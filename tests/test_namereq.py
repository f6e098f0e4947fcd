"""The caller's name read back after identification ("Kas räägin Tiina Lepaga?", «Я говорю с Виктором
Смирновым?») is part of identification: a question check that leaves identification questions out (the call
model's and the scenarios' ``needs``) leaves it out too (`namecheck.reads_back_name`). A question that asks about the
matter, or says more than the name, still clarifies the need; the name read-back still confirms the name where a
scenario asks for it (``name-confirmed``).
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.namecheck import reads_back_name
from trainer.scoring.transcript import Transcript
from trainer.simulation.library import load_library

_ET = {"hello": "Tere, mu lapsetoetus on jäänud tulemata.",
       "open": "Tere, Sotsiaalkindlustusamet, Kadri kuuleb. Palun öelge oma isikukood.",
       "code": "48505050005, Kaja Mets.",
       "answer": "Lapsetoetus maksti välja 20. kuupäeval ja jõuab Teie kontole järgmisel tööpäeval. Kas see on arusaadav?",
       "thanks": "Jah, aitäh.", "bye": "Head päeva!"}
_RU = {"hello": "Здравствуйте, мне не пришло пособие на ребёнка.",
       "open": "Здравствуйте, Департамент социального страхования, Ольга. Назовите, пожалуйста, Ваш личный код.",
       "code": "48505050005, Светлана Орлова.",
       "answer": "Пособие выплачено 20-го числа и поступит на Ваш счёт в следующий рабочий день. Вам понятно?",
       "thanks": "Да, спасибо.", "bye": "Всего доброго!"}


def _needs(lang: str, asked: str) -> str:
    t = _ET if lang == "et" else _RU
    yes = "Jah." if lang == "et" else "Да."
    turns = [("client", t["hello"]), ("agent", t["open"]), ("client", t["code"]),
             ("agent", ("Aitäh. " if lang == "et" else "Спасибо. ") + asked), ("client", yes),
             ("agent", t["answer"]), ("client", t["thanks"]), ("agent", t["bye"])]
    return verdicts(lang, turns)["needs"]


READ_BACKS = [("et", "Kas räägin Kaja Metsaga?"), ("et", "Kas ma räägin proua Metsaga?"), ("et", "Kaja Mets, eks?"),
              ("et", "Kas olete Kaja Mets?"), ("et", "kas raagin kaja metsaga"),
              ("ru", "Я разговариваю со Светланой Орловой?"), ("ru", "Я говорю со Светланой Орловой?"),
              ("ru", "Это Светлана Орлова?"), ("ru", "Вы Светлана Орлова, верно?"),
              ("ru", "Я говорю с госпожой Орловой?"), ("ru", "ya govoryu so svetlanoi orlovoi?")]
# questions about the matter, some with the words of a read-back ("räägite", «говорите», «с кем»)
MATTER = [("et", "Kas räägite lapsetoetusest või vanemahüvitisest?"),
          ("et", "Kas ma saan õigesti aru, et lapsetoetus on hilinenud?"),
          ("et", "Kas soovite rääkida oma poja toetusest?"),
          ("ru", "Вы говорите о пособии на ребёнка?"),
          ("ru", "С кем из родителей Вы хотите это обсудить?"),
          ("ru", "Правильно ли я поняла, что пособие не пришло?"),
          # the name as an address before a question on the matter
          ("ru", "Светлана, о каком пособии идёт речь?"), ("et", "Kaja, millisest toetusest räägite?")]


@pytest.mark.parametrize(("lang", "sentence"), READ_BACKS)
def test_name_read_back_is_recognised(lang, sentence):
    assert reads_back_name(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), MATTER)
def test_question_on_the_matter_is_no_read_back(lang, sentence):
    assert not reads_back_name(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), READ_BACKS[:-1])
def test_name_read_back_does_not_clarify_the_need(lang, sentence):
    assert _needs(lang, sentence) == "fail"


@pytest.mark.parametrize(("lang", "sentence"), MATTER)
def test_question_on_the_matter_still_clarifies(lang, sentence):
    assert _needs(lang, sentence) == "pass"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _scenario(library, scenario_id: str, turns: list[tuple[str, str]]) -> dict:
    scenario = library.get(scenario_id)
    transcript = Transcript(language=scenario.language, channel=scenario.channel,
                            turns=[{"role": r, "text": t} for r, t in turns])
    return {c["id"]: c["result"] for c in library.score(scenario, transcript)["criteria"]}


def test_scenario_needs_override_leaves_the_read_back_out_too(library):
    # living-alone-chat-et overrides the needs exclusions: the read-back still asks nothing about the matter
    base = [("agent", "Tere! Sotsiaalkindlustusamet, Kadri kirjutab. Kuidas saan aidata?"),
            ("client", "Tere, ma elan üksi. Kas mulle on mingit toetust?"),
            ("agent", "Palun kirjutage oma nimi."), ("client", "Kaja Mets.")]
    answer = [("agent", "Üksi elavale pensionärile makstakse kord aastas toetust, kui pension on alla seadusega "
                        "kehtestatud piiri ja Teie aadressile pole registreeritud teisi inimesi."),
              ("client", "Aitäh."), ("agent", "Head päeva!")]
    read_back = _scenario(library, "living-alone-chat-et", base + [("agent", "Kas räägin Kaja Metsaga?"),
                                                                   ("client", "Jah.")] + answer)
    asked = _scenario(library, "living-alone-chat-et",
                      base + [("agent", "Kas Teie aadressile on registreeritud veel keegi?"),
                              ("client", "Ei, elan üksi.")] + answer)
    assert read_back["needs"] == "fail"
    assert asked["needs"] == "pass"


@pytest.mark.parametrize(("sentence", "result"), [("Kas räägin Maret Saarega?", "pass"),
                                                  ("Kas ma räägin proua Saarega?", "pass"),
                                                  ("Kas räägin Mari Tammega?", "fail")])
def test_name_read_back_still_confirms_the_name(library, sentence, result):
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kadri kuuleb."),
             ("client", "Tere. Ma tahan kaevata teenindaja peale."),
             ("agent", "Mul on kahju, et nii juhtus. Palun öelge oma isikukood."), ("client", "46203150286."),
             ("agent", "Aitäh. " + sentence), ("client", "Jah.")]
    assert _scenario(library, "complaint-registration-et", turns)["name_confirmed"] == result
