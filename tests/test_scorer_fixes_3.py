"""Scorer misjudgements found on held-out blind new-user runs, round 3.

The sentences here are paraphrases written for this test (not the runs' sentences), in Estonian and
Russian, each group with must-not-match cases.
"""

from pathlib import Path

import pytest

from trainer.scoring.checks import TranscriptAnalysis, evaluate_check
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings
from trainer.text import PhraseSet

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]


def _criterion(scenario_id, criterion_id, text):
    """(passed, wrong, quotes) of a scenario's content criterion on one agent reply."""
    scenario = LIBRARY.scenarios[scenario_id]
    check = LIBRARY.rubric_for(scenario).criterion(criterion_id).check
    transcript = Transcript(language=scenario.language, channel=scenario.channel,
                            context=Context(third_party=scenario.situation.third_party),
                            turns=[{"role": "agent", "text": text}])
    outcome = evaluate_check(check, TranscriptAnalysis(transcript, LIBRARY.concepts_for(scenario),
                                                       SETTINGS.identification_policy))
    return outcome.passed, outcome.wrong, [e.quote for e in outcome.evidence]


def _negated(phrases, text, lang):
    found = PhraseSet(phrases, lang).find_all(text)
    assert found, (phrases, text)
    return all(m.negated for m in found)


# -- 1. a parenthetical between commas does not end the clause: "X, kahjuks, ei ole" denies X ------------

STATE_RU = ["государственное пособие на похороны"]
STATE_ET = ["riiklik matusetoetus"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Государственного пособия на похороны, увы, нет."),
    ("ru", "Государственного пособия на похороны, к сожалению, не существует."),
    ("ru", "Отдельного государственного пособия на похороны, конечно, не бывает."),
    ("et", "Riiklikku matusetoetust, kahjuks, ei ole."),
    ("et", "Riiklikku matusetoetust, paraku, pole olemas."),
])
def test_a_parenthetical_does_not_shield_the_noun_from_a_later_negator(lang, text):
    assert _negated(STATE_RU if lang == "ru" else STATE_ET, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Государственное пособие на похороны, конечно, есть."),
    ("ru", "Государственное пособие на похороны платим мы, а пособия по уходу нет."),
    ("et", "Riiklik matusetoetus, muidugi, on olemas."),
    ("et", "Riiklik matusetoetus on meil olemas, aga hooldajatoetust ei ole."),
])
def test_an_asserted_noun_stays_asserted(lang, text):
    assert not _negated(STATE_RU if lang == "ru" else STATE_ET, text, lang)


def test_denying_the_state_funeral_benefit_passes_the_authority_gate():
    passed, wrong, _ = _criterion("death-report-ru", "funeral_municipality",
                                  "Государственного пособия на похороны, увы, нет. Его выплачивает местное "
                                  "самоуправление, обратитесь, пожалуйста, в городскую управу.")
    assert passed and not wrong
    passed, wrong, _ = _criterion("death-report-et", "funeral_municipality",
                                  "Riiklikku matusetoetust, kahjuks, ei ole. Matusetoetust maksab kohalik omavalitsus.")
    assert passed and not wrong
    passed, wrong, _ = _criterion("death-report-ru", "funeral_municipality",
                                  "Государственное пособие на похороны, конечно, есть, его платит местное самоуправление.")
    assert wrong


# -- 2. an Estonian particle verb split by its object or adverbial: "liidetakse ... kokku" ---------------

AGGREGATION = ["liidetakse kokku", "arvestatakse kokku"]


@pytest.mark.parametrize("text", [
    "Soomes töötatud aastad arvestatakse Eesti 15-aastase staažinõude täitmisel kokku.",
    "Eesti ja Soome tööaastad liidetakse pensioniõiguse saamiseks kokku.",
    "teistes liikmesriikides töötatud aastad liidetakse staaži arvestamisel kokku",
])
def test_a_particle_verb_matches_across_the_words_between(text):
    assert PhraseSet(AGGREGATION, "et").matches(text)


@pytest.mark.parametrize("text", [
    "Aastad liidetakse. Kokku on ema staaž 33 aastat.",  # another sentence
    "Eesti aastad arvestatakse, Soome aastad kokku on 25.",  # another clause
    "Soomes töötatud aastaid Eesti staažinõude täitmisel kokku ei arvestata.",  # negated
])
def test_a_particle_verb_does_not_reach_past_its_clause(text):
    assert not PhraseSet(AGGREGATION, "et").matches(text)


def test_aggregation_said_with_the_particle_apart_passes_and_a_wrong_rule_fails():
    passed, wrong, _ = _criterion(
        "national-pension-chat-et", "aggregation",
        "Teistes ELi riikides töötatud aastad liidetakse Eesti 15-aastase staažinõude täitmisel kokku, seega saab "
        "ema Eestist vanaduspensioni oma 8 aasta eest ja Soome maksab oma 25 aasta eest.")
    assert passed and not wrong
    passed, wrong, _ = _criterion("national-pension-chat-et", "aggregation",
                                  "Pensioniks on vaja vähemalt 15 aastat Eestis, Soome aastaid ei arvestata.")
    assert not passed and wrong


# -- 3. a first-person verb of a phrase ("we decide") is not another person's verb ("Finland decides") ----

@pytest.mark.parametrize("lang, phrase, text", [
    ("et", "Soome pensioni üle otsustame", "Soome pensioni üle otsustab Soome pensioniasutus."),
    ("et", "Soome pensioni maksame", "Soome pensioni maksab Soome Kela."),
    ("et", "matusetoetust maksame meie", "Matusetoetust maksab kohalik omavalitsus, mitte meie."),
    ("ru", "финскую пенсию назначаем", "Финскую пенсию назначает финское учреждение."),
    ("ru", "пособие на похороны платим", "Пособие на похороны платит местное самоуправление."),
])
def test_a_first_person_phrase_verb_does_not_match_another_person(lang, phrase, text):
    assert not PhraseSet([phrase], lang).find_all(text)


@pytest.mark.parametrize("lang, phrase, text", [
    ("et", "Soome pensioni üle otsustame", "Soome pensioni üle otsustame meie."),
    ("et", "Soome pensioni maksame", "Soome pensioni maksame siit Eestist."),
    ("et", "Soome pensioni maksame", "Soome pensioni maksaksime ka ise."),
    ("ru", "финскую пенсию назначаем", "Финскую пенсию назначаем тоже мы."),
    ("ru", "пособие на похороны платим", "Пособие на похороны платим мы."),
    ("ru", "отменим требование", "Не переживайте, отменят требование."),  # indefinite 3rd plural: "we" unnamed
    ("et", "Soome pensioni maksame", "Soome pensioni makstakse siit."),  # impersonal
])
def test_a_first_person_phrase_verb_still_matches_the_first_person(lang, phrase, text):
    assert PhraseSet([phrase], lang).matches(text)


def test_forwarding_to_finland_passes_the_foreign_pension_gate():
    passed, wrong, _ = _criterion(
        "national-pension-chat-et", "foreign_pension",
        "Ema saab Soome pensioni taotluse esitada siin Sotsiaalkindlustusametile, meie edastame selle Soome; "
        "Soome pensioni üle otsustab ja seda maksab Soome pensioniasutus.")
    assert passed and not wrong
    passed, wrong, _ = _criterion("national-pension-chat-et", "foreign_pension",
                                  "Soome pensioni taotluse saab esitada meile. Soome pensioni üle otsustame ka meie.")
    assert wrong


# -- 4. a verbless spoken recap after the points were explained is a summary, not a keyword chain --------

EARLIER_ET = [
    ("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?"),
    ("client", "mul on küsimused teise samba, ID-kaardi PIN-koodide ja tuludeklaratsiooni kohta"),
    ("agent", "Teise samba küsimustes aitab Pensionikeskus, neile saate helistada või kirjutada."),
    ("client", "aga PIN-koodid?"),
    ("agent", "Uued PIN-koodid annab PPA, neid saate tellida PPA iseteeninduses mobiil-ID-ga."),
    ("client", "ja tuludeklaratsioon?"),
    ("agent", "Tuludeklaratsiooni küsimustes aitab MTA; maksuvaba tulu arvestatakse pensionile automaatselt."),
    ("client", "selge"),
]
EARLIER_RU = [
    ("agent", "Здравствуйте, Департамент социального страхования, Анна. Чем могу помочь?"),
    ("client", "у меня вопросы про второй столп, PIN-коды и налоговую декларацию"),
    ("agent", "По второму столпу Вам поможет Пенсионный центр, туда можно позвонить или написать."),
    ("client", "а PIN-коды?"),
    ("agent", "Новые PIN-коды выдаёт Департамент полиции, их можно заказать в самообслуживании через Mobiil-ID."),
    ("client", "а декларация?"),
    ("agent", "С декларацией поможет Налоговый департамент; необлагаемый доход учитывается автоматически."),
    ("client", "понятно"),
]
RECAPS = [
    ("et", "kokku teine sammas pensionikeskus pin-koodid ppa iseteenindus tuludeklaratsioon mta maksuvaba tulu kas selge"),
    ("et", "lühidalt pensionikeskus teine sammas ppa pin-koodid mobiil-id tuludeklaratsioon mta kas on selge"),
    ("ru", "итого второй столп пенсионный центр pin-коды департамент полиции самообслуживание декларация "
           "налоговый департамент понятно?"),
    ("ru", "короче второй столп пенсионный центр pin-коды самообслуживание декларация налоговый департамент "
           "всё понятно?"),
]


def _score(lang, turns):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return {c["id"]: c["result"] for c in result["criteria"]}, [n["kind"] for n in result["non_answers"]]


@pytest.mark.parametrize("lang, recap", RECAPS)
def test_a_terse_recap_after_the_explanations_is_a_summary(lang, recap):
    earlier = EARLIER_ET if lang == "et" else EARLIER_RU
    bye = "Head päeva!" if lang == "et" else "Всего доброго!"
    verdicts, kinds = _score(lang, earlier + [("agent", recap), ("client", "jah" if lang == "et" else "да"),
                                              ("agent", bye)])
    assert "keyword_chain" not in kinds
    assert verdicts["real_answers"] == "pass" and verdicts["summary"] == "pass"


# (the "lühidalt ..." recap is no keyword chain as a first reply either, before and after this change: its
# plural and compound words are not bare topics)
@pytest.mark.parametrize("lang, recap", [RECAPS[0], RECAPS[2], RECAPS[3]])
def test_the_same_words_as_a_first_reply_stay_a_keyword_chain(lang, recap):
    opening = [EARLIER_ET[0], ("client", "tere, mul oleks üks mure")] if lang == "et" else \
        [EARLIER_RU[0], ("client", "здравствуйте, у меня один вопрос")]
    _, kinds = _score(lang, opening + [("agent", recap)])
    assert "keyword_chain" in kinds


SUMMARY = RUBRIC.concepts["summary"]


@pytest.mark.parametrize("lang, text", [
    ("et", "kokku teine sammas pensionikeskus"), ("et", "Kokku: vaie 30 päeva jooksul."),
    ("ru", "итого второй столп пенсионный центр"), ("ru", "Короче, заявление через самообслуживание."),
])
def test_a_reply_opening_with_kokku_itogo_korotshe_is_marked_as_a_summary(lang, text):
    assert PhraseSet(SUMMARY[lang], lang).matches(text)


@pytest.mark.parametrize("lang, text", [
    ("et", "Eesti ja Soome aastad liidetakse kokku."),  # a verb particle
    ("et", "Kokku 700 eurot kuus."), ("et", "kokku 25 aastat"),  # a sum
    ("ru", "Итого 700 евро в месяц."),  # a sum
    ("ru", "Срок теперь короче."),  # a comparative
])
def test_kokku_itogo_korotshe_elsewhere_mark_no_summary(lang, text):
    assert not PhraseSet(SUMMARY[lang], lang).matches(text)


def test_a_negated_verb_without_person_still_matches_as_negated():
    found = PhraseSet(["Soome pensioni otsustame"], "et").find_all("Soome pensioni ei otsusta meie.")
    assert [m.negated for m in found] == [True]  # "ei otsusta" has no person of its own


# -- 2b. a part that is missing is not quoted with another part's words --------------------------------

def test_a_missing_part_is_not_quoted_with_another_parts_words():
    scenario = LIBRARY.scenarios["national-pension-chat-et"]
    transcript = Transcript(language="et", channel=scenario.channel, context=Context(), turns=[
        Turn(role="agent", text="Tere, Sotsiaalkindlustusamet, Mari. Ema saab Eestist vanaduspensioni oma 8 aasta eest.")])
    result = LIBRARY.score(scenario, transcript)
    crit = next(c for c in result["criteria"] if c["id"] == "aggregation")
    assert crit["result"] == "fail"
    # the passing part's "Eestist vanaduspensioni" / "8 aasta eest" is no quote for the missing aggregation
    assert crit["feedback"] and "„" not in crit["feedback"]


# -- a language switch agreed to is no answer to the client's matter (lead's spot check) --------------
_SWITCH_RU = ["Здравствуйте, я плохо говорю по-эстонски. Можно по-русски?",
              "Мне в мае будет шестьдесят пять, когда можно подавать на пенсию по старости?"]


@pytest.mark.parametrize("lang, agree, clarify, answer", [
    ("et", "Jah, muidugi, võime rääkida vene keeles. Kuidas saan aidata?",
     "Вы хотите узнать, когда подать заявление на свою пенсию по старости, верно?",
     "Заявление можно подать не раньше чем за год до пенсионного возраста, в самообслуживании или в бюро."),
    ("ru", "Конечно, давайте говорить по-русски. Чем могу помочь?",
     "Правильно ли я понимаю, что речь о Вашей собственной пенсии по старости?",
     "Подать заявление можно за год до пенсионного возраста, через самообслуживание или в бюро обслуживания."),
])
def test_agreeing_to_switch_language_is_no_main_answer(lang, agree, clarify, answer):
    turns = [("agent", "Tere, Sotsiaalkindlustusamet, Marko kuuleb." if lang == "et" else
              "Департамент социального страхования, Марко, здравствуйте."),
             ("client", _SWITCH_RU[0]), ("agent", agree), ("client", _SWITCH_RU[1]), ("agent", clarify),
             ("client", "Да, для себя."), ("agent", answer)]
    assert _score(lang, turns)[0]["needs"] == "pass"
    # the switch agreed and the answer given at once: still no clarifying question
    assert _score(lang, turns[:4] + [("agent", answer)])[0]["needs"] == "fail"


# -- "nimel" (on behalf of) and "nime alla" (sign someone's name) ask for no name (held-out batch 2) -------
@pytest.mark.parametrize("sentence, asks", [
    ("Kui ema lubab, võite ka ise tema nime alla kirjutada.", False),
    ("Te võite tema nimel taotluse esitada, kui Teil on volikiri.", False),
    ("Ema kirjutab ise oma nime alla ja saadab taotluse posti teel.", False),
    ("Palun kirjutage siia oma nimi ja isikukood.", True),
    ("Mis on Teie ema nimi?", True),
    ("Kelle nimele konto on avatud, palun?", True),
])
def test_signing_or_acting_in_someones_name_is_no_identifier_request(sentence, asks):
    from trainer.scoring.identifier_requests import find_identifier_requests

    assert bool(find_identifier_requests(sentence, "et")) is asks, sentence
