"""New-user batch 36 (live36, authors s8 and t8): the scorer fixes, on sentences written for these tests.

1. victim compensation made to wait for the verdict with the verb between "only" and "after" («Только подать его
   можно после того, как суд ...»): `ska-services.crime_victim_compensation_no_verdict` (et, ru).
2. the guardian told no application is needed for the ward's money to go to her account: a claim of
   `identification-edge-cases.guardian_represents` (et, ru).
3. the indexation rise to be confirmed with an application: a claim of `pension-indexation.indexation_automatic`.
4. the right_authority gate: an authority named inside a longer one's name («Налогово-таможенный департамент») is
   not the Board; the pension recalculation in other words («пересчёт пенсии», "pensioni ümberarvestus").
5. knowledge text read out in a call whose agent never addresses the caller fails real_answers.
6. «Сейчас я завершаю звонок» / "Nüüd ma lõpetan kõne" said to the caller is the act of ending the call.
(The abusive-caller warning and national-pension aggregation phrases are tested in their scenarios' `tests`.)
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.reference import read_to_no_one
from trainer.scoring.score import failed_criteria
from trainer.scoring.transcript import Transcript
from trainer.scoring.unaddressed import _instruction
from trainer.simulation.library import load_library

VERDICT = "ska-services.crime_victim_compensation_no_verdict"
GUARDIAN = "identification-edge-cases.guardian_represents"
INDEXATION = "pension-indexation.indexation_automatic"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. "only ... after the verdict" with words between -----------------------------------------------------------

VERDICT_WRONG = [
    ("ru", "Жертва преступления может подать заявление на компенсацию. Только подать его можно после того, как суд вынесет приговор."),
    ("ru", "Компенсация есть. Только подать заявление Вы сможете после вынесения приговора."),
    ("ru", "Компенсацию дают, но заявление лишь тогда рассмотрят, когда суд признает нападавшего виновным."),
    ("et", "Hüvitist saab taotleda. Alles siis saab taotluse esitada, kui kohus on süüdlase süüdi mõistnud."),
    ("et", "Hüvitise taotluse saab ainult esitada pärast kohtuotsust."),
]
VERDICT_RIGHT = [
    ("ru", "Жертва преступления может подать заявление на компенсацию. Только сохраните все счета."),
    ("ru", "Жертва преступления может подать заявление на компенсацию. Только позвоните сначала на 116 006."),
    ("ru", "Компенсацию можно запросить. Только учтите, что приговора ждать не нужно."),
    ("et", "Hüvitist saab taotleda. Alles nüüd, pärast pikka ootamist, on Teil aega sellega tegeleda."),
    ("et", "Hüvitist saab taotleda ka siis, kui kohus pole veel otsust teinud."),
]


@pytest.mark.parametrize("lang, text", VERDICT_WRONG)
def test_only_after_the_verdict_is_a_wrong_claim(library, lang, text):
    assert VERDICT in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", VERDICT_RIGHT)
def test_only_without_the_verdict_is_no_wrong_claim(library, lang, text):
    assert VERDICT not in wrong_claim_refs(library, text, lang)


# -- 2. the guardian's application for the account ----------------------------------------------------------------

GUARDIAN_WRONG = [
    ("et", "Määrust meil veel ei ole. Hea on see, et avaldust konto vahetamiseks Te tegema ei pea: kui eestkoste määrus jõuab, "
           "hakkab toetus tulema Teie kontole."),
    ("et", "Kui eestkoste määrus on meil, ei pea Te eraldi avaldust tegema, me muudame konto ise."),
    ("ru", "Определения суда у нас пока нет. Заявление на смену счёта писать не нужно: когда определение об опеке будет у нас, "
           "мы сами укажем Ваш счёт."),
    ("ru", "Когда определение суда об опеке будет у нас, без всякого заявления пособие пойдёт на Ваш счёт."),
]
GUARDIAN_RIGHT = [
    ("et", "Kui määrus on meil, tuleb toetuse maksmiseks Teie kontole esitada avaldus."),
    ("et", "Eestkoste määruse koopiat ei ole vaja uuesti saata, aga toetuse maksmiseks Teie kontole on vaja avaldust."),
    ("et", "Kas Te olete juba esitanud avalduse, et toetust makstaks Teie kontole?"),
    ("ru", "Определение суда у нас. Чтобы пособие шло на Ваш счёт, нужно подать письменное заявление."),
    ("ru", "Определение суда присылать повторно не нужно, но для перевода пособия на Ваш счёт нужно подать заявление."),
    ("ru", "Вы уже подали заявление, чтобы пособие перечисляли на Ваш счёт?"),
]


@pytest.mark.parametrize("lang, text", GUARDIAN_WRONG)
def test_no_application_for_the_account_is_a_wrong_claim(library, lang, text):
    assert GUARDIAN in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", GUARDIAN_RIGHT)
def test_application_for_the_account_is_no_wrong_claim(library, lang, text):
    assert GUARDIAN not in wrong_claim_refs(library, text, lang)


# -- 3. the rise confirmed with an application -------------------------------------------------------------------

INDEXATION_WRONG = [
    ("et", "Pensionitõus tuleb iseteeninduses kinnitada, muidu seda ei arvestata."),
    ("et", "Tõusu peate ise avaldusega kinnitama."),
    ("et", "Et tõus jõustuks, tuleks see avaldusega üle kinnitada."),
    ("ru", "Ваша пенсия выросла. Чтобы прибавка применилась, её нужно подтвердить в среде самообслуживания."),
    ("ru", "Повышение пенсии нужно подтвердить заявлением, иначе пенсия останется прежней."),
]
INDEXATION_RIGHT = [
    ("et", "Tõus arvestatakse automaatselt, seda ei pea kinnitama."),
    ("et", "Tõus tuleb aprilli pensioniga, kinnitada pole vaja midagi."),
    ("et", "Tõus on kinnitatud ja tuleb 6. aprillil."),
    ("ru", "Прибавка начисляется автоматически, подтверждать её не нужно."),
    ("ru", "Индексация подтверждена решением правительства."),
]


@pytest.mark.parametrize("lang, text", INDEXATION_WRONG)
def test_rise_to_be_confirmed_is_a_wrong_claim(library, lang, text):
    assert INDEXATION in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", INDEXATION_RIGHT)
def test_automatic_rise_is_no_wrong_claim(library, lang, text):
    assert INDEXATION not in wrong_claim_refs(library, text, lang)


# -- 4. who recalculates the pension -----------------------------------------------------------------------------

AUTHORITY_WRONG = [
    ("indexation-day-ru", "Если прибавка кажется неверной, звоните в Налогово-таможенный департамент: пересчёт пенсии делают они."),
    ("indexation-day-ru", "Пересчёт пенсии делает Департамент полиции и погранохраны."),
    ("indexation-day-et", "Pensioni ümberarvestuse teeb Maksu- ja Tolliamet."),
]
AUTHORITY_RIGHT = [
    ("indexation-day-ru", "Декларацию о доходах подают в Налогово-таможенный департамент, а пересчёт пенсии делает наш Департамент."),
    ("indexation-day-ru", "Пересчёт пенсии делает Департамент социального страхования."),
    ("indexation-day-et", "Pensioni ümberarvestuse teeb Sotsiaalkindlustusamet, mitte Maksu- ja Tolliamet."),
]


@pytest.mark.parametrize("scenario, reply", AUTHORITY_WRONG)
def test_pension_recalculation_by_another_authority_fails(library, scenario, reply):
    assert "right_authority" in failed_criteria(scenario_reply_result(library, scenario, reply))


@pytest.mark.parametrize("scenario, reply", AUTHORITY_RIGHT)
def test_pension_recalculation_by_the_board_passes(library, scenario, reply):
    assert "right_authority" not in failed_criteria(scenario_reply_result(library, scenario, reply))


# -- 5. knowledge read out to a caller never spoken to ------------------------------------------------------------

def _knowledge(library, ref: str, lang: str) -> str:
    return getattr(library.knowledge.fact(ref).text, lang)


def _victim_call(library, ask: bool) -> Transcript:
    workers = _knowledge(library, "ska-services.victim_support_workers", "et")
    compensation = _knowledge(library, "ska-services.crime_victim_compensation", "et")
    agent = ["Tere, Sotsiaalkindlustusamet, Kadri.", workers, compensation,
             "Kas saite numbri kirja? Aitäh helistamast, head päeva." if ask else "Aitäh helistamast, head päeva."]
    client = ["Tere... Mind rünnati tänaval. Kas Teil on ohvritele mingit abi?", "Kas Te saate mind üldse aidata?",
              "Ma ei tea... Nägemist."]
    turns = [{"role": "agent", "text": agent[0]}]
    for c, a in zip(client, agent[1:], strict=False):
        turns += [{"role": "client", "text": c}, {"role": "agent", "text": a}]
    return Transcript(language="et", channel="phone", turns=turns)


def test_knowledge_read_to_a_caller_never_addressed_fails_real_answers(library):
    result = library.score(library.get("victim-support-et"), _victim_call(library, ask=False))
    assert "real_answers" in failed_criteria(result)
    assert not result["passed"]


def test_knowledge_in_a_call_that_asks_the_caller_is_speech(library):
    result = library.score(library.get("victim-support-et"), _victim_call(library, ask=True))
    assert "real_answers" not in failed_criteria(result)


def test_read_to_no_one_needs_a_long_pasted_reply(library):
    grams = library.value_facts.reference
    compensation = _knowledge(library, "ska-services.crime_victim_compensation", "ru")
    assert read_to_no_one(["Здравствуйте.", compensation, "До свидания."], "ru", grams) == {1}
    # the opening reply is the greeting's to judge
    assert read_to_no_one(["Здравствуйте. " + compensation, "До свидания."], "ru", grams) == frozenset()
    # own words, or the knowledge said to "Вы", or a question anywhere in the call: nothing read out
    assert read_to_no_one(["Здравствуйте.", "Компенсацию можно запросить у нас, поможет работник службы.",
                           "До свидания."], "ru", grams) == frozenset()
    assert read_to_no_one(["Здравствуйте. Чем могу помочь?", compensation], "ru", grams) == frozenset()
    assert read_to_no_one(["Здравствуйте.", compensation, "Вам всё понятно."], "ru", grams) == frozenset()


# -- 6. ending the call, said to the caller ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Сейчас я завершаю разговор."),
    ("ru", "Теперь я заканчиваю наш звонок!"),
    ("et", "Nüüd ma lõpetan selle kõne."),
    ("et", "Praegu ma lõpetan vestluse."),
])
def test_ending_the_call_told_to_the_caller_is_an_act(lang, sentence):
    assert not _instruction(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Сейчас я завершаю разговор согласно стандарту."),
    ("ru", "Теперь я завершаю."),
    ("ru", "Сейчас я выражаю сочувствие."),
    ("et", "Nüüd ma lõpetan kõne vastavalt standardile."),
    ("et", "Nüüd ma lõpetan vestluse ja jätan hüvasti."),
])
def test_narrated_stage_stays_an_instruction(lang, sentence):
    assert _instruction(sentence, lang)
