"""Scorer fixes from new-user batch 37 (tests/newuser/live37, issue 10).

1. A regex phrase that runs over a clause break is negated by a negator after its last clause: «… одно совместное
   заявление – к нам отдельно подавать не нужно» denies filing with the Board (`negation.negated_tail`).
2. A scenario's own processing times are checked by value where its deadline is told without the knowledge base's
   topic words: «решение принимается в течение 30 рабочих дней» in the disability scenario (`kbscope`).
3. A sentence that names "the caller" but speaks to the client with the polite "you" in a clause of its own is no
   third-person knowledge text: "… helistajat ei saa kindlalt tuvastada ja uue konto teatate kirjalikult"
   (`addressed`).

The sentences are written for these tests (not the runs' own), in Estonian and Russian, with must-not cases.
"""

from pathlib import Path

import pytest

from trainer import text as tx
from trainer.scoring.addressed import addresses_listener
from trainer.scoring.kbscope import fact_kinds, number_kinds
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.scoring.unaddressed import _CLIENT_WORDS, _third_person
from trainer.simulation.knowledge import load_knowledge
from trainer.simulation.library import Library
from trainer.text import PhraseSet

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
FACTS = LIBRARY.value_facts


def _signal(scenario_id: str, name: str, text: str) -> list[bool]:
    """The negation flags of a scenario signal's matches in one text ([] when nothing matches)."""
    scenario = LIBRARY.scenarios[scenario_id]
    return [m.negated for m in PhraseSet(scenario.signals[name], scenario.language).find_all(text)]


# -- 1. a negated "file with us" after a clause break is no wrong authority ----------------------------------------

@pytest.mark.parametrize("scenario_id, text", [
    ("disability-assessment-ru",
     "Оценка трудоспособности и инвалидность идут одним совместным заявлением – к нам его отдельно присылать не надо."),
    ("disability-assessment-ru", "Всё входит в одно совместное заявление, нам отдельно подавать ничего не требуется."),
    ("disability-or-workability-chat-et", "Ühistaotlus hõlmab ka puude – meile Te eraldi midagi saatma ei pea."),
    ("disability-or-workability-chat-et", "Puue on samas ühistaotluses, meile eraldi avaldust esitada pole vaja."),
])
def test_a_negated_filing_with_the_board_after_a_clause_break_is_negated(scenario_id, text):
    found = _signal(scenario_id, "joint_to_us", text)
    assert found and all(found)


@pytest.mark.parametrize("scenario_id, text", [
    ("disability-assessment-ru", "Совместное заявление отправляете нам, а мы передадим его дальше."),
    ("disability-assessment-ru", "Одно совместное заявление – к нам, это проще всего."),
    ("disability-or-workability-chat-et", "Ühistaotlus hõlmab ka puude – meile saadate selle iseteeninduse kaudu."),
    ("disability-or-workability-chat-et", "Üks taotlus, meile, ja kõik."),
])
def test_filing_with_the_board_said_across_a_clause_break_still_counts(scenario_id, text):
    found = _signal(scenario_id, "joint_to_us", text)
    assert found and not any(found)


@pytest.mark.parametrize("scenario_id, criterion, text, passed", [
    ("disability-assessment-ru", "tootukassa_redirect",
     "Одно совместное заявление подаётся в Кассу по безработице (15501) – к нам его отдельно направлять не нужно.", True),
    ("disability-assessment-ru", "tootukassa_redirect",
     "Одно совместное заявление – к нам, а мы сами передадим его в Кассу по безработице (15501).", False),
    ("disability-or-workability-chat-et", "joint_application",
     "Ühistaotlus läheb Töötukassasse (15501), see hõlmab ka puude – meile Te eraldi midagi saatma ei pea.", True),
    ("disability-or-workability-chat-et", "joint_application",
     "Ühistaotlus hõlmab töövõimet ja puuet – meile saadate selle iseteeninduse kaudu, me edastame Töötukassale.", False),
])
def test_the_authority_gate_reads_the_negated_tail(scenario_id, criterion, text, passed):
    scenario = LIBRARY.scenarios[scenario_id]
    assert LIBRARY.criterion_verdict(scenario, criterion, text) is passed


@pytest.mark.parametrize("phrase, text, negated", [
    # a match inside one clause: as before
    ("re:\\bsaadate\\s+meile", "Avalduse saadate meile posti teel.", False),
    ("re:\\bпришлите\\s+нам", "Документы пришлите нам по почте.", False),
    # a match that runs over a comma into a clause whose verb is negated later
    ("re:\\bavaldus\\w*[^.]*?\\bmeile", "Avaldus on valmis, meile seda saatma ei pea.", True),
    ("re:\\bзаявлени\\w*[^.]*?\\bнам", "Заявление готово, нам его присылать не нужно.", True),
    # ... but not a negator of another clause after a further break
    ("re:\\bavaldus\\w*[^.]*?\\bmeile", "Avaldus on valmis, meile, mitte Töötukassale.", False),
    ("re:\\bзаявлени\\w*[^.]*?\\bнам", "Заявление готово, нам, а в кассу не нужно.", False),
])
def test_negated_tail_of_a_regex_phrase(phrase, text, negated):
    lang = "ru" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "et"
    found = PhraseSet([phrase], lang).find_all(text)
    assert found and found[0].negated is negated


# -- 2. the scenario's own deadlines, checked by value -------------------------------------------------------------

def _wrong(scenario_id: str, text: str, scoped: bool = True) -> list[tuple[str, tuple[str, ...]]]:
    scenario = LIBRARY.scenarios[scenario_id]
    scope = frozenset(scenario.reference) if scoped else frozenset()
    return [(w.quote, w.refs) for w in find_wrong_values(text, scenario.language, FACTS, scope)]


@pytest.mark.parametrize("scenario_id", ["disability-assessment-ru", "disability-or-workability-chat-et",
                                         "disability-refusal-angry-et"])
def test_every_disability_scenario_refers_to_the_assessment_deadline(scenario_id):
    assert "deadlines.disability_assessment_days" in LIBRARY.scenarios[scenario_id].reference


@pytest.mark.parametrize("scenario_id, text", [
    ("disability-assessment-ru", "Врач-эксперт посмотрит бумаги, а решение вынесут в течение двадцати рабочих дней."),
    ("disability-assessment-ru", "Решают обычно за 25 рабочих дней."),
    ("disability-or-workability-chat-et", "Ekspertarst vaatab paberid läbi ja otsus tuleb 30 tööpäeva jooksul."),
    ("disability-or-workability-chat-et", "20 tööpäeva jooksul tehakse otsus."),
    ("disability-refusal-angry-et", "Kui esitate uued terviseandmed, tehakse uus otsus 40 tööpäeva jooksul."),
])
def test_a_wrong_deadline_of_the_scenario_is_found_without_its_topic_words(scenario_id, text):
    found = _wrong(scenario_id, text)
    assert found and found[0][1] == ("deadlines.disability_assessment_days",)
    assert not _wrong(scenario_id, text, scoped=False)  # only the scenario's reference makes it a topic


@pytest.mark.parametrize("scenario_id, text", [
    ("disability-assessment-ru", "Решение принимается в течение 15 рабочих дней."),  # the right value
    ("disability-assessment-ru", "Решение вынесут не за 30 рабочих дней, а быстрее."),  # negated
    ("disability-assessment-ru", "Решение будет через 30 рабочих дней?"),  # a question
    ("disability-assessment-ru", "Töötukassa перезвонит Вам в течение 3 рабочих дней."),  # no deadline of that kind
    ("disability-assessment-ru", "Записаться к врачу можно за 5 рабочих дней."),
    ("disability-or-workability-chat-et", "Otsus tehakse tavaliselt 15 tööpäeva jooksul."),
    ("disability-or-workability-chat-et", "Töötukassa helistab Teile 3 tööpäeva jooksul tagasi."),
    ("disability-or-workability-chat-et", "Vastame kirjale 2 tööpäeva jooksul."),  # an answer: not this fact's kind
    ("disability-or-workability-chat-et", "Perearsti juurde saate aja umbes 10 päeva pärast."),
    # the period counted from the decision: a filing deadline, not a decision's
    ("disability-refusal-angry-et", "Vaide saate esitada 30 päeva jooksul otsusest teada saamisest."),
    ("appeal-refused-ru", "Подать можно в течение 30 дней с того дня, как Вы узнали о решении."),
    ("appeal-refused-ru", "Возражение рассмотрят в течение 60 дней."),
])
def test_a_right_or_unrelated_number_is_not_a_wrong_deadline(scenario_id, text):
    assert not _wrong(scenario_id, text)


def test_a_named_topic_is_read_by_its_own_facts_not_the_scenarios():
    # the family benefit's decision is 10 working days; the disability scenario's 15 does not make 15 right for it
    found = _wrong("disability-assessment-ru", "Решение по ходатайству о семейном пособии принимается за 15 рабочих дней.")
    assert found and found[0][1] == ("deadlines.family_benefit_processing_days",)


@pytest.mark.parametrize("text, lang, kinds", [
    ("Puude raskusastme tuvastamise otsus tehakse 15 tööpäeva jooksul.", "et", {"decision"}),
    ("Kui klient ei ole otsusega nõus, saab ta esitada vaide 30 päeva jooksul.", "et", set()),
    ("Selgitustaotlusele vastatakse 30 päeva jooksul.", "et", {"answer"}),
    ("Возражение по решению о пенсии Департамент рассматривает в течение 60 дней.", "ru", {"decision", "review"}),
    ("Если клиент не согласен с решением, он может подать возражение в течение 30 дней.", "ru", set()),
])
def test_the_kind_of_a_facts_deadline(text, lang, kinds):
    assert fact_kinds(text, lang) == frozenset(kinds)


@pytest.mark.parametrize("clause, number, lang, kinds", [
    ("otsus tehakse 30 tööpäeva jooksul", "30", "et", {"decision"}),
    ("30 tööpäeva jooksul tehakse otsus", "30", "et", {"decision"}),
    ("30 päeva jooksul otsusest teada saamisest", "30", "et", set()),
    ("в течение 30 дней с того дня, как узнали о решении", "30", "ru", set()),
    ("в течение 15 рабочих дней будет принято решение", "15", "ru", {"decision"}),
])
def test_the_kind_of_deadline_a_number_tells(clause, number, lang, kinds):
    start = clause.index(number)
    end = clause.index(" ", start + len(number) + 1)
    assert number_kinds(clause, start, end, lang) == frozenset(kinds)


def test_a_wrong_scenario_deadline_fails_the_knowledge_values_gate_and_is_named():
    scenario = LIBRARY.scenarios["disability-or-workability-chat-et"]
    transcript = Transcript(language="et", channel=scenario.channel, context=Context(), turns=[
        Turn(role="client", text="Kui kaua puude raskusastme otsuse tegemine aega võtab?"),
        Turn(role="agent", text="Ekspertarst hindab dokumente ja otsus tehakse 25 tööpäeva jooksul.")])
    result = LIBRARY.score(scenario, transcript)
    crit = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert crit["result"] == "fail" and crit.get("gate_failed") and crit.get("misinforms")
    assert "25 tööpäeva" in crit["feedback"] and "15 tööpäeva" in crit["feedback"]
    assert "knowledge_values" in result["gate_failures"] and not result["passed"]


def test_the_same_sentence_in_a_scenario_without_the_deadline_is_not_read():
    scenario = LIBRARY.scenarios["moving-abroad-account-et"]
    transcript = Transcript(language="et", channel=scenario.channel, context=Context(), turns=[
        Turn(role="agent", text="Otsus tehakse 25 tööpäeva jooksul.")])
    result = LIBRARY.score(scenario, transcript)
    crit = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert crit["result"] == "pass"


# -- 3. the polite "you" in a clause of its own speaks to the client -----------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("et", "telefonis seda muuta ei saa sest helistaja isikut ei saa kontrollida ja uue aadressi teatate "
           "iseteeninduses"),
    ("et", "helistajat ei saa telefonis usaldusväärselt tuvastada, seepärast saatke taotlus digiallkirjaga"),
    ("et", "Helistaja isikut me telefonis ei näe, nii et kontonumbri saadate meile kirjalikult."),
    ("ru", "звонящего по телефону надёжно не проверить поэтому новый счёт вы сообщаете письменно"),
    ("ru", "Личность звонящего по телефону проверить нельзя, поэтому заявление подадите через самообслуживание."),
])
def test_a_sentence_naming_the_caller_but_speaking_to_the_client_is_addressed(lang, text):
    assert not _third_person(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("et", "Klient teatab uue konto kirjalikult."),
    ("et", "Uue arveldusarve teatab klient ise iseteeninduses."),
    ("et", "Küsige kliendilt isikukoodi."),  # an instruction about the client
    ("et", "Kui helistaja sõimab, jääge rahulikuks."),  # a rule about callers
    ("et", "Tuvasta helistaja: „Palun öelge oma isikukood.“"),  # the polite "you" only in a quoted example
    ("ru", "О новом счёте клиент сообщает сам письменно."),
    ("ru", "Направьте клиента в местное самоуправление."),
    ("ru", "Покажите, что понимаете беспокойство клиента."),  # the indicative in the client word's clause
    ("ru", "Проверьте, получил ли клиент ответ."),  # the imperative instructs the agent
    ("ru", "Если звонящий угрожает, сохраняйте спокойствие."),
])
def test_third_person_knowledge_text_still_counts(lang, text):
    assert _third_person(text, lang)


def test_no_knowledge_sentence_about_the_client_reads_as_addressed():
    knowledge = load_knowledge(ROOT / "knowledge")
    checked = 0
    for _, fact in knowledge.facts():
        for lang in ("et", "ru"):
            text = fact.text.get(lang)
            pattern = _CLIENT_WORDS[lang]
            for _, _, sentence in tx.split_sentences(text or ""):
                if any(pattern.match(t.norm) for t in tx.tokenize(sentence) if t.is_word):
                    checked += 1
                    assert not addresses_listener(sentence, lang, lambda t, p=pattern: bool(p.match(t.norm))), sentence
    assert checked > 50


def test_a_speech_transcript_explaining_the_caller_rule_passes_real_answers():
    scenario = LIBRARY.scenarios["moving-abroad-account-et"]
    transcript = Transcript(language="et", channel=scenario.channel, context=Context(), turns=[
        Turn(role="agent", text="tere sotsiaalkindlustusamet kati kuuleb kuidas saan aidata"),
        Turn(role="client", text="Kas ma võin Teile uue kontonumbri kohe öelda?"),
        Turn(role="agent", text="telefoni teel me kontot vastu ei võta sest helistaja isikut ei saa kindlalt kontrollida "
                                "ja uue konto teatate kirjalikult iseteeninduses id kaardiga"),
    ])
    result = LIBRARY.score(scenario, transcript)
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["result"] == "pass", real["feedback"]


def test_pasted_third_person_text_still_fails_real_answers():
    scenario = LIBRARY.scenarios["moving-abroad-account-et"]
    transcript = Transcript(language="et", channel=scenario.channel, context=Context(), turns=[
        Turn(role="agent", text="Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan aidata?"),
        Turn(role="client", text="Kas ma võin Teile uue kontonumbri kohe öelda?"),
        Turn(role="agent", text="Klient teatab uue arvelduskonto kirjalikult. Helistaja kontonumbrit telefonis vastu ei "
                                "võeta, sest helistajat ei saa kindlalt tuvastada."),
    ])
    result = LIBRARY.score(scenario, transcript)
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["result"] == "fail"
