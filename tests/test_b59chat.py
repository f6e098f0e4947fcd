"""New-user batch 59 (live59) disability-or-workability-chat-et terse: a chat answer of figures with their group labels,
then a recap and "ok?", was read as a keyword list, on sentences written for these tests.

1. Keyed sums answer "how much": a verbless chat reply that opens with two or more sums, each with the group it is for,
   under a heading or not ("alla 18: esimene 80 €, teine 80 €, kolmas 100 €"), answers the client's "palju ...?" /
   «сколько ...?» (`keywords.answers_with_sums`), also when a recap follows. A recap's label ("kokkuvõtteks:",
   «итого:») before content is no call-model cue listed. Must-nots: sums to another question, bare sums with no group,
   one sum (left to `answers_value`), a topic list, sums with cue words or a run of bare topics after them.
2. A postposition gives a verbless fragment syntax: "otsus dokumentide põhjal", "hinnangu alusel" are no run of bare
   topics; "perearst töötukassa ühistaotlus puue" still is.
3. "ok" / "ok?" / «ок?» closing a chat recap as its own sentence is a check of understanding: the summary holds, and the
   courtesy check's keyword-line test leaves it out. A bare "ok" as the whole reply is no summary.
4. The scenario: the chat answer of the right figures meets allowance_amounts; the child's figures in the same shorthand
   still fail it.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_steps, play_to_end
from scoring_support import scenario_criterion, verdicts

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript
from trainer.simulation.library import load_library
from trainer.text.keywords import _runs_on_topics, answers_with_sums


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. keyed sums ---------------------------------------------------------------------------------------------------

SUMS = [
    ("kui palju lapsetoetust makstakse?", "alla 18: esimene 80 €, teine 80 €, kolmas 100 €. edasi vaatame avaldust.", True),
    ("palju see pension siis on?", "baasosa 340 eurot, staažiosa 12 eurot. kokkuvõtteks: avaldus iseteeninduses. ok?",
     True),
    ("ja kui suur see toetus on?", "kuus: sügav puue 90 €, raske puue 45 €", True),
    ("сколько это пособие?", "в месяц: глубокая 90 €, тяжёлая 45 €, средняя 30–40 €. итого: заявление в кассу. ок?",
     True),
    ("а сколько платят?", "первый ребёнок 80 евро, второй 80 евро, третий 100 евро.", True),
    # must-nots: another question, bare sums, one sum, a topic list, cue words, a run of bare topics
    ("kuhu ma avalduse saadan?", "sügav 90 €, raske 45 €, keskmine 30–40 €.", False),
    ("palju see toetus on?", "90 €, 45 €, 30–40 €.", False),
    ("palju see toetus on?", "sügav puue 90 €.", False),
    ("palju see toetus on?", "perearst, töötukassa, ühistaotlus, puue, toetus.", False),
    ("palju see toetus on?", "sügav 90 €, raske 45 €. Iseteenindus. Kokkuvõtteks.", False),
    ("palju see toetus on?", "sügav 90 €, raske 45 €. perearst ekspertarst töötukassa ühistaotlus iseteenindus.", False),
    ("сколько платят?", "глубокая 90 €, тяжёлая 45 €. Итог.", False),
    ("palju see toetus on?", "sügav, raske, keskmine.", False),
]


@pytest.mark.parametrize(("question", "reply", "answers"), SUMS)
def test_keyed_sums(question, reply, answers):
    assert answers_with_sums(question, reply) is answers


@pytest.fixture(scope="module")
def concepts():
    library = load_library()
    return {"et": library.concepts_for(library.get("disability-or-workability-chat-et")),
            "ru": library.concepts_for(library.get("disability-assessment-ru"))}


EARLIER = {
    "et": ("kas puude saan ka teilt?", "jah, aga tööealisena esitate Töötukassale ühe ühistaotluse, mis hindab ka puuet. "
                                       "puude otsustab amet ekspertarsti hinnangu põhjal."),
    "ru": ("а инвалидность тоже у вас?", "да, но в трудоспособном возрасте вы подаёте одно совместное заявление в кассу, "
                                         "она оценит и инвалидность. решение принимает департамент по документам."),
}


def _chain(concepts, lang: str, question: str, reply: str) -> bool:
    """Is the reply to the client's question a whole-reply keyword chain (or does it hold a stuffed item list)?"""
    ask, told = EARLIER[lang]
    transcript = Transcript(turns=[{"role": "client", "text": ask}, {"role": "agent", "text": told},
                                   {"role": "client", "text": question}, {"role": "agent", "text": reply}])
    acts = find_non_answers(transcript, concepts[lang], lang)
    return any(f.turn == 3 and (f.whole_reply or f.item_list) for f in acts.findings)


CHAT = [
    ("et", "ok, aga palju puudetoetust makstakse?",
     "tööealisele kuus: sügav 90 €, raske 45 €, keskmine 30–40 €. kokku: ühistaotlus töötukassale, otsus ekspertarsti "
     "hinnangu alusel. ok?", False),
    ("et", "ja kui suur see toetus on?",
     "kuus: sügav 90 €, raske 45 €. kokkuvõtteks: üks ühistaotlus töötukassale, otsus dokumentide põhjal.", False),
    ("ru", "а сколько это пособие?",
     "в месяц: глубокая 90 €, тяжёлая 45 €, средняя 30–40 €. итого: одно заявление в кассу, решение по документам. ок?",
     False),
    # must-nots: a pasted topic list, bare nouns, labelled sums followed by a list of topics not said before (a list of
    # what was said is a recap, as without the sums), sums to another question
    ("et", "ok, aga palju puudetoetust makstakse?", "perearst, töötukassa, ühistaotlus, puue, toetus", True),
    ("et", "ok, aga palju puudetoetust makstakse?", "sügav, raske, keskmine. kokku: perearst, töötukassa.", True),
    ("et", "ok, aga palju puudetoetust makstakse?",
     "sügav 90 €, raske 45 €. pension, iseteenindus, vanemahüvitis, elatisabi, matusetoetus.", True),
    ("ru", "а сколько это пособие?", "врач, касса, заявление, инвалидность, пособие", True),
    ("et", "kuhu ma selle taotluse saadan?",
     "kuus: sügav 90 €, raske 45 €. kokku: perearst, töötukassa, ekspertarst.", True),
]


@pytest.mark.parametrize(("lang", "question", "reply", "chain"), CHAT)
def test_chat_answer_with_recap(concepts, lang, question, reply, chain):
    assert _chain(concepts, lang, question, reply) is chain


# -- 2. postpositions --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("item", "run"), [
    ("otsus dokumentide põhjal", False),
    ("otsus dok-de põhjal", False),
    ("raskusaste ekspertarsti hinnangu alusel", False),
    ("viivitus puhkuste tõttu", False),
    # must-nots: runs of bare topics
    ("perearst töötukassa ühistaotlus puue", True),
    ("otsus ekspertarst perearst töötukassa", True),
])
def test_postposition_is_syntax(item, run):
    assert _runs_on_topics(item) is run


# -- 3. "ok?" closing a chat recap ------------------------------------------------------------------------------------

DIALOGUE = {
    "et": [("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
           ("client", "Tere. Tahan puuet taotleda, kuhu ma taotluse saadan?"),
           ("agent", "Kas olete tööealine? Siis esitate Töötukassale ühe ühistaotluse, mis hindab nii töövõimet kui ka "
                     "puuet, ja otsus tehakse dokumentide põhjal."),
           ("client", "Aga palju seda toetust makstakse?")],
    "ru": [("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
           ("client", "Здравствуйте. Хочу оформить инвалидность, куда подавать заявление?"),
           ("agent", "Вы трудоспособного возраста? Тогда подаёте одно совместное заявление в Кассу по безработице, она "
                     "оценит и трудоспособность, и инвалидность, решение по документам."),
           ("client", "А сколько это пособие?")],
}
END = {"et": [("client", "Selge, aitäh."), ("agent", "Head päeva!")],
       "ru": [("client", "Понятно, спасибо."), ("agent", "Всего доброго!")]}

RECAPS = [
    ("et", "tööealisele kuus: sügav 90 €, raske 45 €, keskmine 30–40 €. kokku: ühistaotlus töötukassale, otsus "
           "dokumentide põhjal. ok?", "pass"),
    ("et", "tööealisele kuus: sügav 90 €, raske 45 €, keskmine 30–40 €. kokku: ühistaotlus töötukassale, otsus "
           "dokumentide põhjal. ok", "pass"),
    ("ru", "в месяц: глубокая 90 €, тяжёлая 45 €, средняя 30–40 €. итого: заявление в кассу, решение по документам. "
           "ок?", "pass"),
    ("ru", "в месяц: глубокая 90 €, тяжёлая 45 €, средняя 30–40 €. итого: заявление в кассу, решение по документам. "
           "ок", "pass"),
    # must-nots: a bare "ok" as the whole reply sums up nothing
    ("et", "ok", "fail"),
    ("ru", "ок?", "fail"),
]


@pytest.mark.parametrize(("lang", "reply", "summary"), RECAPS)
def test_chat_recap_with_ok(lang, reply, summary):
    found = verdicts(lang, [*DIALOGUE[lang], ("agent", reply), *END[lang]], channel="chat")
    assert found["summary"] == summary
    assert found["real_answers"] == "pass"
    assert found["courtesy"] == "pass"


def test_topic_list_with_ok_still_fails():
    """A pasted topic list with "ok?" after it is no answer and no summary."""
    found = verdicts("et", [*DIALOGUE["et"], ("agent", "perearst, töötukassa, ühistaotlus, puue, toetus. ok?"),
                            *END["et"]], channel="chat")
    assert found["real_answers"] == "fail"


# -- 4. the scenario ---------------------------------------------------------------------------------------------------

SCENARIO = "disability-or-workability-chat-et"


def test_right_figures_in_shorthand_meet_amounts(library):
    reply = "tööealisel kuus: sügav 100 €, raske 50 €, keskmine 29–42 €."
    assert scenario_criterion(library, SCENARIO, "allowance_amounts", reply)["result"] == "pass"


def test_child_figures_in_shorthand_fail_amounts(library):
    reply = "tööealisel kuus: sügav 270 €, raske 180 €, keskmine 139 €."
    assert scenario_criterion(library, SCENARIO, "allowance_amounts", reply)["result"] == "fail"


def test_client_takes_the_chat_answer(library):
    """The client hears the figures and the recap: it parts content (wrap), not unsure (wrap_unsure)."""
    replies = ["tere! kati, sotsiaalkindlustusamet. olete tööealine ja perearstiga räägitud?",
               "töövõime = töötukassa (15501). seal teete 1 ühistaotluse, mis hindab töövõimet ja tuvastab ka puude. "
               "puude otsustame meie ekspertarsti hinnangu põhjal.",
               "tööealisele kuus: sügav 100 €, raske 50 €, keskmine 29–42 €. kokku: perearst ✔, siis ühistaotlus "
               "töötukassale, otsus dokumentide põhjal. ok?",
               "küsimuste korral kirjutage. aitäh, head päeva!"]
    conv = play_to_end(library, SCENARIO, replies, date(2026, 12, 7))
    steps = client_steps(conv)
    assert "amounts_q" in steps
    assert "wrap_unsure" not in steps and "wrap" in steps
