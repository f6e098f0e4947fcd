"""New-user batch 59 (live59), the leftovers of trainer issue #10: a terse agent's verbless recap and dates the
client did not hear, and a finite verb the dictionary read as a noun. Own sentences, with must-nots.

A1. A recap under a label ("Kokku: ...", "Kokkuvõttes: ...", «Итак: ...», «Итого: ...») without a verb states a
    point when what follows says something of a topic: a date said as one ("8. detsembril": the ordinal's dot ends
    no item) or as two alternatives ("7. või 8. detsembril", «7 или 8 декабря»: one date, not two bare items). A
    verbless label recap sums up only what was said before (`_restates`): the same label over a point never said
    sums up nothing. A bare label, a label over a list of unrelated nouns stay no summary.
A2. confused-elderly-repeats-et weekend_rule: the pension paid on 7 or 8 December (the next two working days after
    Saturday 5 December) is the rule said in dates; a date alone, "5. detsember on laupäev", a question, a negation
    and another day are not.
C.  "lähete" (and the other finite forms of "minema", also typed without diacritics) is a finite verb, not the noun
    "lähe": an earlier "ei pea ... tulema" does not negate the route after it.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import client_steps, play_to_end
from scoring_support import scenario_criterion, verdicts

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- A1. the verbless label recap ------------------------------------------------------------------------------------

ET_CALL = [("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
           ("client", "Tere. Millal see pension tänavu detsembris tuleb?"),
           ("agent", "Pension tuleb tavaliselt 5. kuupäeval. Detsembris on see laupäev, siis tuleb raha järgmise kahe "
                     "tööpäeva jooksul, 7. või 8. detsembril."),
           ("client", "Aa, selge. Aitäh, kullake.")]
RU_CALL = [("agent", "Здравствуйте, Департамент социального страхования, Ольга."),
           ("client", "Здравствуйте. Когда в декабре придёт пенсия?"),
           ("agent", "Обычно пенсия приходит 5-го числа. В декабре это суббота, поэтому деньги придут в течение двух "
                     "рабочих дней, 7 или 8 декабря."),
           ("client", "А, понятно. Спасибо.")]


def _summary(lang: str, goodbye: str) -> str:
    return verdicts(lang, (ET_CALL if lang == "et" else RU_CALL) + [("agent", goodbye)])["summary"]


@pytest.mark.parametrize("lang,goodbye", [
    ("et", "Kokku: pension 7. või 8. detsembril. Aitäh, head päeva!"),
    ("et", "Kokkuvõttes: raha 7. või 8. detsembril. Kõike head!"),
    ("et", "Kokku: pension 8. detsembril. Kõike head!"),
    ("et", "Kokkuvõttes: pension kahe tööpäeva jooksul, 7. või 8. detsembril. Kõike head!"),
    ("ru", "Итак: пенсия 7 или 8 декабря. Всего доброго!"),
    ("ru", "Итого: пенсия 8 декабря. Всего доброго!"),
])
def test_verbless_label_recap_of_the_point_is_a_summary(lang, goodbye):
    assert _summary(lang, goodbye) == "pass"


@pytest.mark.parametrize("lang,goodbye", [
    ("et", "Kokku: Aitäh, head päeva!"),                         # a bare label
    ("et", "Kokku: pension, paber, pliiats. Kõike head!"),       # a label over unrelated nouns
    ("et", "Kokku: pension paber pliiats. Kõike head!"),
    ("et", "Kokku: toetus 50 eurot kuus. Kõike head!"),          # the first time this point is said
    ("et", "Kokku: lapsetoetus 15. jaanuaril. Kõike head!"),
    ("et", "Kokkuvõttes: 7. või 8. Kõike head!"),               # bare numbers
    ("ru", "Итак: Спасибо, всего доброго!"),
    ("ru", "Итого: пенсия, бумага, ручка. Всего доброго!"),
    ("ru", "Итого: пособие 50 евро в месяц. Всего доброго!"),     # the first time this point is said
])
def test_label_over_nothing_said_before_is_no_summary(lang, goodbye):
    assert _summary(lang, goodbye) == "fail"


def test_states_point_reads_ordinal_dates_as_one_phrase():
    from trainer.scoring.recap import states_point, topic_list

    assert states_point("pension 7. või 8. detsembril", "et")
    assert states_point("toetus 15. jaanuaril", "et")
    assert states_point("пенсия 7 или 8 декабря", "ru")
    assert not states_point("7. või 8.", "et")
    assert not states_point("pension, paber", "et")
    assert topic_list("vaie, 30 päeva, iseteenindus", "et")


# -- A2. the December payment said in dates ---------------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Pensioni saate kätte 7. või 8. detsembril.",
    "Pension laekub Teile 8. detsembril.",
    "Sel kuul tuleb raha kontole 7. detsembril.",
    "8. detsembril on pension kindlasti kontol.",
    "Pension: 7. või 8. detsember.",
])
def test_weekend_rule_in_dates(library, reply):
    assert scenario_criterion(library, "confused-elderly-repeats-et", "weekend_rule", reply)["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "7. detsembril.",                               # a bare date
    "7. või 8. detsember.",
    "5. detsember on laupäev.",
    "Pension tuleb 5. detsembril.",
    "Kas pension tuleb 8. detsembril?",
    "Pension ei tule 7. detsembril.",
    "Pensionäride jõulupidu on 7. detsembril.",
    "Pension tuleb 4. detsembril.",                 # the abolished Friday rule stays wrong
])
def test_not_the_weekend_rule_in_dates(library, reply):
    assert scenario_criterion(library, "confused-elderly-repeats-et", "weekend_rule", reply)["result"] == "fail"


TODAY = date(2026, 12, 2)
OPENING = "Tere, Sotsiaalkindlustusamet, Mari kuuleb."
FIRST = "Tavaliselt 5. kuupäeval. Detsembris on 5. laupäev, siis tuleb pension järgmise kahe tööpäeva jooksul."


@pytest.mark.parametrize("again", [
    "Pole hullu. Kas Teil on paber? Pension tuleb 7. või 8. detsembril, pange see paberile kirja.",
    "Kirjutage üles: pensioni saate 8. detsembril, hiljemalt.",
])
def test_the_client_hears_the_dates_as_the_rule(library, again):
    conv = play_to_end(library, "confused-elderly-repeats-et", [OPENING, FIRST, again], TODAY)
    assert client_steps(conv)[-1] == "write_down"
    assert not any(t.get("fallback") for t in conv.turns)


# -- C. "lähete" is a finite verb -------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["lähete", "lahete", "lähen", "läheb", "läheme", "lähevad", "lahen", "laheb"])
def test_forms_of_minema_are_finite(word):
    from trainer.scoring.finite_verbs import has_finite_verb
    from trainer.text.verb_forms import is_finite

    assert is_finite(word, "et")
    assert has_finite_verb(f"tõendiga {word} poodi", "et")


ROUTE_OPENING = ["tere sotsiaalkindlustusamet mari kuuleb",
                 "kas rulaatorit on vaja teile endale ja kas perearst on tõendi juba teinud",
                 "esimene samm on abivahendi vajaduse tõend selle kirjutab arst kas sai selgeks"]


@pytest.mark.parametrize("route,heard", [
    ("büroosse te ei pea tulema paberiga lähete ettevõttesse millel on ametiga leping nimekirja leiate kodulehelt", True),
    ("te ei pea meile tulema tõendiga lahete firmasse kellel on sotsiaalkindlustusametiga leping", True),
    # the route itself negated stays unheard
    ("te ei pea minema ettevõttesse millel on ametiga leping", False),
    ("ärge minge ettevõttesse kellel on ametiga leping", False),
])
def test_route_after_a_negated_modal(library, route, heard):
    conv = play_to_end(library, "assistive-device-rehab-et", ROUTE_OPENING + [route], TODAY)
    assert bool(conv.state["ever"].get("contracted_company")) is heard


# -- C2. the answer to "who refers me to rehabilitation?" in a spoken run-on, taken with "aa siis ..." ---------------

REHAB_CALL = [("agent", "tere sotsiaalkindlustusamet mari kuuleb"),
              ("client", "Tere. Mul on pärast operatsiooni vaja rulaatorit. Kuhu ma sellega pöördun?"),
              ("agent", "rulaatori jaoks on vaja arsti tõendit sellega lähete ettevõttesse millel on meiega leping kas selge"),
              ("client", "Selge. Aga kes mind siis taastusravile suunab?")]


# "siis" opening the client's reply ("Aa, siis ma helistan ...") is a function word: it takes up no check from the
# agent's run-on, whose tail "see on puudega lastele ..." is then not read as a yes/no question (and the run-on as no
# answer). A content word of the check still takes it up.
RUN_ON = ("taastusravile suunab teid perearst ja tasub tervisekassa meil on hoolekanne see on puudega lastele "
          "kokkuvõttes tõend perearstilt siis firma rulaatori jaoks aitäh helistamast jõudu")


HEAD_TAKEN = ("hea et perearstiga räägite taastusravile suunab ka tema ja tasub tervisekassa meil on hoolekanne see "
              "on puudega lastele kokkuvõttes tõend perearstilt siis firma rulaatori jaoks aitäh helistamast jõudu")


@pytest.mark.parametrize("last,client,result", [
    (RUN_ON, "Aa, siis ma helistan perearstile. Aitäh.", "pass"),
    (RUN_ON, "No siis ma räägin arstiga. Aitäh.", "pass"),
    (HEAD_TAKEN, "Aa, siis ma räägin perearstiga. Aitäh.", "pass"),
    # the question left open: a goodbye only
    ("aitäh helistamast jõudu", "Aa, siis ma helistan perearstile. Aitäh.", "fail"),
])
def test_spoken_answer_taken_with_a_function_word(last, client, result):
    verdict = verdicts("et", REHAB_CALL + [("agent", last), ("client", client)])
    assert verdict["closing"] == result


def test_a_content_word_still_takes_up_a_check():
    from scoring_support import RUBRIC, SETTINGS

    from trainer.scoring.analysis import TranscriptAnalysis
    from trainer.scoring.score import _concepts
    from trainer.scoring.transcript import Transcript, Turn

    concepts, phrases = _concepts(RUBRIC, SETTINGS, None)
    turns = [Turn(role="agent", text="tere sotsiaalkindlustusamet mari kuuleb"),
             Turn(role="client", text="Tere. Mul on küsimus lapse toetuse kohta."),
             Turn(role="agent", text="see on teie kolmas laps"),
             Turn(role="client", text="Kolmas, tüdruk. Millal toetus tuleb?")]
    an = TranscriptAnalysis(Transcript(language="et", channel="phone", turns=turns), concepts,
                            SETTINGS.identification_policy, phrases)
    a, b, sentence = an.sentences(2)[0]
    assert an.confirmed_check(2, a, b, sentence)
