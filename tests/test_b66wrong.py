"""New-user batch 66 (live66): two wrong facts that passed, on sentences written for these tests.

1. health data from after the decision told to be added to the appeal (vaie), or the expert told to weigh them
   when deciding it: more claims of `disability.new_data_after_decision` (et, ru). The appeal contests the
   decision on the data it was made on; later data go into a new expertise application. New data sent to a new
   application, a denial, a question, and data that existed at the time of the decision stay right.
2. victim support said to be the police's (PPA's) *service* («служба», "kuulub politsei alla") with "not ours"
   after it: the scenario gate `no_police_service` of victim-support-et/-ru. The police referring a victim to
   victim support, reporting the crime to the police, a question and a denial stay right.

Both fail by a gate whose feedback names the misinformation with the quoted words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.score import failed_criteria
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import Library, load_library

NEW_DATA = "disability.new_data_after_decision"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. new health data into the appeal ----------------------------------------------------------------------------

NEW_DATA_WRONG = [
    ("et", "Kui saite pärast otsust uusi arstitõendeid, lisage need ka vaidele."),
    ("et", "kui kaisite hiljem veel arsti juures siis need uued paberid pange kindlasti vaide juurde"),
    ("et", "Esitage vaie koos värskete terviseandmetega."),
    ("et", "Ekspertarst arvestab vaide lahendamisel ka Teie hilisemaid terviseandmeid."),
    ("et", "Pärast otsust tehtud uuringud saatke vaidega kaasa."),
    ("et", "Vaide juurde võite panna ka uued uuringutulemused, mis tulid pärast otsust."),
    ("ru", "Если после решения Вы были у врача, приложите эти справки к возражению."),
    ("ru", "Подайте возражение вместе со свежими справками от врача."),
    ("ru", "При рассмотрении возражения эксперт учтёт и Ваши новые данные о здоровье."),
    ("ru", "обследования сделанные после решения тоже приложите к возражению"),
    ("ru", "Новые медицинские документы отправьте вместе с возражением."),
]
NEW_DATA_RIGHT = [
    ("et", "Uued terviseandmed vaidesse ei lisata, nende jaoks esitage uus ekspertiisitaotlus."),
    ("et", "Kui Teil on pärast otsust uusi terviseandmeid, lisage need uuele ekspertiisitaotlusele."),
    ("et", "Vaie vaidlustab otsust nende andmete põhjal, mis olid olemas otsuse tegemise ajal."),
    ("et", "Kas soovite vaidele lisada uusi dokumente?"),
    ("et", "Vaidele lisage otsuse number ja oma põhjendus."),
    ("et", "Hilisemad terviseandmed ei kuulu vaide juurde."),
    ("et", "Kui mõni dokument oli olemas juba enne otsust, aga jäi arvestamata, võite selle vaidele lisada."),
    ("et", "Ekspertarst otsustab vaide lahendamisel nende dokumentide põhjal, mis olid otsuse tegemise ajal."),
    ("et", "Vaide juurde uusi andmeid ei panda; uute andmetega tehke uus taotlus."),
    ("ru", "Новые справки к возражению не прикладывают, по ним подают новое заявление на экспертизу."),
    ("ru", "Если после решения появились новые данные о здоровье, приложите их к новому заявлению на экспертизу."),
    ("ru", "Возражение рассматривают по тем данным, которые были на момент решения."),
    ("ru", "Можно ли приложить к возражению новые справки?"),
    ("ru", "К возражению приложите копию решения и свои доводы."),
    ("ru", "Новые данные о здоровье при рассмотрении возражения не учитываются."),
]


@pytest.mark.parametrize("lang, sentence", NEW_DATA_WRONG)
def test_later_health_data_into_the_appeal_is_a_wrong_claim(library, lang, sentence):
    assert NEW_DATA in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", NEW_DATA_RIGHT)
def test_a_new_application_a_denial_or_a_question_stays_right(library, lang, sentence):
    assert NEW_DATA not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("scenario, reply, quoted", [
    ("appeal-howto-chat-et", "Vaide kirjutage vabas vormis. Kui saite pärast otsust uusi arstitõendeid, lisage need ka "
     "vaidele.", "lisage need ka vaidele"),
    ("appeal-refused-ru", "Подайте возражение вместе со свежими справками от врача.", "вместе со свежими справками"),
])
def test_the_knowledge_gate_fails_and_names_the_words(library, scenario, reply, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert "knowledge_values" in failed_criteria(result)
    assert "knowledge_values" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "knowledge_values")
    assert quoted in feedback


# -- 2. victim support said to be the police's service -------------------------------------------------------------

LIBRARY = Library.load(Path(__file__).parent.parent)

POLICE_WRONG = {
    "victim-support-ru": [
        "Помощь жертвам – это служба полиции, а не наша.",
        "Служба помощи жертвам относится к Департаменту полиции и погранохраны, не к нам.",
        "помощь жертвам это служба департамента полиции и погранохраны не нашего департамента",
        "Помощью жертвам занимается полиция, не мы.",
    ],
    "victim-support-et": [
        "Ohvriabi on Politsei- ja Piirivalveameti teenus, mitte meie oma.",
        "Ohvriabi kuulub politsei alla, see ei ole meie teenus.",
        "ohvriabiga tegeleb politsei mitte meie amet",
    ],
}
POLICE_RIGHT = {
    "victim-support-ru": [
        "Полиция может направить Вас в службу помощи жертвам.",
        "О преступлении заявите в полицию, если ещё не заявили.",
        "Разве помощь жертвам – это служба полиции?",
        "Помощь жертвам – это не служба полиции, а наша служба.",
        "Помощь жертвам – служба Департамента социального страхования, а не полиции.",
        "Помощь жертвам оказывает наш Департамент; расследованием занимается полиция.",
        "Работник службы помощи жертвам не из полиции, он из нашего Департамента.",
    ],
    "victim-support-et": [
        "Politsei võib Teid ohvriabisse suunata.",
        "Kuriteost teatage politseile, kui Te pole seda veel teinud.",
        "Kas ohvriabi on politsei teenus?",
        "Ohvriabi ei ole politsei teenus, see on meie teenus.",
        "Ohvriabi on Sotsiaalkindlustusameti teenus, mitte politsei oma.",
        "Ohvriabi pakub meie amet; kuriteo uurimisega tegeleb politsei.",
    ],
}


def _police_signal(scenario, sentence: str) -> bool:
    from trainer.scoring.signals import analyse_reply

    conv = Conversation.start(scenario, LIBRARY, seed=1, today=EXAMPLE_DATE)
    found = analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"]
    return bool(found.get("police_service"))


@pytest.mark.parametrize("sid, sentence", [(s, x) for s, xs in POLICE_WRONG.items() for x in xs])
def test_victim_support_as_the_police_service_fails_the_gate(sid, sentence):
    scenario = LIBRARY.get(sid)
    conv = Conversation.start(scenario, LIBRARY, seed=1, today=EXAMPLE_DATE)
    assert _police_signal(scenario, sentence)
    assert not LIBRARY.criterion_verdict(scenario, "no_police_service", sentence, conv.values)


@pytest.mark.parametrize("sid, sentence", [(s, x) for s, xs in POLICE_RIGHT.items() for x in xs])
def test_a_police_referral_a_report_a_question_or_a_denial_stays_right(sid, sentence):
    scenario = LIBRARY.get(sid)
    conv = Conversation.start(scenario, LIBRARY, seed=1, today=EXAMPLE_DATE)
    assert not _police_signal(scenario, sentence)
    assert LIBRARY.criterion_verdict(scenario, "no_police_service", sentence, conv.values)


@pytest.mark.parametrize("scenario, reply, quoted", [
    ("victim-support-ru", "Помощь жертвам – это служба полиции, а не наша. Позвоните 116 006.",
     "служба полиции"),
    ("victim-support-et", "Ohvriabi on Politsei- ja Piirivalveameti teenus, mitte meie oma. Helistage 116 006.",
     "Piirivalveameti teenus"),
])
def test_the_police_service_gate_names_the_words(library, scenario, reply, quoted):
    result = scenario_reply_result(library, scenario, reply)
    assert "no_police_service" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "no_police_service")
    assert quoted in feedback


def test_the_appeal_scenario_gate_fails_too(library):
    """The scenario's own gate agrees with the knowledge gate (no "you did not suggest adding later data" beside it)."""
    reply = "Kui saite pärast otsust uusi arstitõendeid, lisage need ka vaidele. Vaie 30 päeva jooksul, koos uute terviseandmetega."
    result = scenario_reply_result(library, "appeal-howto-chat-et", reply)
    assert "no_new_data_in_appeal" in (result.get("gate_failures") or [])
    feedback = next(c["feedback"] for c in result["criteria"] if c["id"] == "no_new_data_in_appeal")
    assert "lisage need ka vaidele" in feedback or "koos uute terviseandmetega" in feedback
