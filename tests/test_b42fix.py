"""New-user batch 42 (live42, authors o9 and p9): the scorer fixes, on sentences written for these tests.

1. a document handed back at the office («там снимут копию и вернут Вам оригинал», "originaal tagastatakse kohe") is
   office procedure, no promised outcome; the right to back pay said with its verb («с того дня, когда у Вас
   возникло право») is the rule, no promised date; "kuni 12 kuud" (two digits) is a rule's bound (`promises`).
2. a phone photo said to be enough, or "nothing to certify" for the work book: `old-age-pension.service_documents`;
   the work book brought to an office or a notarised copy sent by post is a next step (angry-delay-ru).
3. a kitchen-sink list: a noun that the verb test also reads as a past form ("toetus", "avaldus") heads no list, and
   a sentence of six or more semicolon-joined parts is notes, not an answer (`acts.item_list`).
4. a relative clause whose head the main clause denies ("Tähtaega, mille jooksul peate kohe ..., ei ole") says
   nothing exists (`negation`).
5. the reason of a refusal named as the refused object («данные другого человека сообщить не могу») and the
   authorisation named as its condition («без доверенности») (third-party-son-ru).
6. family benefits (the child's toitjakaotustoetus) come from the Board, also when named again by a demonstrative
   ("Selle toetuse taotlus esitatakse vallale"): the call model's right_authority gate.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.scoring.item_list import item_list
from trainer.scoring.promises import is_promise
from trainer.scoring.score import failed_criteria
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE
from trainer.simulation.library import load_library
from trainer.text.negation import is_negated

DOCUMENTS = "old-age-pension.service_documents"


@pytest.fixture(scope="module")
def library():
    return load_library()


def _verdict(library, scenario_id: str, name: str, sentence: str) -> bool:
    """A scenario criterion's verdict on one reply, or a signal's."""
    from trainer.scoring.signals import analyse_reply

    scenario = library.get(scenario_id)
    if name in {c.id for c in scenario.criteria}:
        return library.criterion_verdict(scenario, name, sentence)
    conv = Conversation.start(scenario, library, seed=1, today=EXAMPLE_DATE)
    return bool(analyse_reply(sentence, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"].get(name))


# -- 1. promises -----------------------------------------------------------------------------------------------------

NO_PROMISE = [
    ("ru", "Приходите с паспортом в бюро: там с документа снимут копию и сразу вернут его Вам."),
    ("ru", "Оригинал свидетельства Вам вернут в тот же день."),
    ("ru", "Заявление подано вовремя, так что пенсию назначат с того дня, когда у Вас появилось право, то есть с марта."),
    ("ru", "Пособие назначат с момента, как право возникло, то есть с мая."),
    ("et", "Tooge tööraamat klienditeenindusse, sealt tehakse koopia ja originaal tagastatakse Teile kohe."),
    ("et", "Teile makstakse pensioni tagasiulatuvalt kuni 12 kuud tagasi."),
    ("et", "Seda pensioni saab taotleda igal ajal ja Teile makstakse kuni 12 kuud tagasi."),  # a two-digit bound
    ("et", "Pension määratakse Teile märtsist, sest siis tekkis Teil õigus."),
]
PROMISE = [
    ("ru", "Переплату Вам вернут в декабре."),
    ("ru", "Не волнуйтесь, деньги Вам точно вернут."),
    ("ru", "Документы мы посмотрим, а деньги Вам обязательно вернут."),
    ("ru", "Пенсию Вам точно назначат с марта."),
    ("et", "Raha tagastatakse Teile kindlasti."),
    ("et", "Pension määratakse Teile kindlasti märtsist."),
]


@pytest.mark.parametrize("lang, sentence", NO_PROMISE)
def test_procedure_and_back_pay_rule_are_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", PROMISE)
def test_money_returned_or_certain_start_stays_a_promise(lang, sentence):
    assert is_promise(sentence, lang)


# -- 2. the work book ----------------------------------------------------------------------------------------------

DOCUMENTS_WRONG = [
    ("ru", "Просто снимите трудовую книжку на телефон и пришлите фото нам на почту – этого вполне достаточно."),
    ("ru", "Отсканируйте трудовую книжку и отправьте скан, заверять ничего не нужно."),
    ("ru", "Сфотографируйте страницы трудовой книжки, этого будет достаточно."),
    ("et", "Tehke tööraamatust telefoniga pilt ja saatke see meile, sellest piisab."),
    ("et", "Skannige tööraamat ja laadige üles, midagi ei pea kinnitama."),
]
DOCUMENTS_RIGHT = [
    ("ru", "Фото трудовой книжки, к сожалению, недостаточно: нужен оригинал или нотариально заверенная копия."),
    ("ru", "Скан трудовой книжки не подойдёт, этого не хватит."),
    ("ru", "Принесите трудовую книжку в бюро: оригинал заверять не нужно, с него снимут копию."),
    ("ru", "Копию трудовой книжки заверять ничего не нужно?"),
    ("et", "Tööraamatu fotost ei piisa, vaja on originaali või notariaalselt kinnitatud koopiat."),
    ("et", "Tooge tööraamatu originaal, seda ei pea kinnitama."),
]


@pytest.mark.parametrize("lang, text", DOCUMENTS_WRONG)
def test_photo_of_the_work_book_is_a_wrong_claim(library, lang, text):
    assert DOCUMENTS in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("lang, text", DOCUMENTS_RIGHT)
def test_original_or_notarised_copy_stays_right(library, lang, text):
    assert DOCUMENTS not in wrong_claim_refs(library, text, lang)


@pytest.mark.parametrize("sentence, passes", [
    ("Принесите трудовую книжку в ближайшее бюро обслуживания.", True),
    ("Вы можете прийти с трудовой книжкой в бюро.", True),
    ("Или пришлите нотариально заверенную копию по почте.", True),
    ("Нужна трудовая книжка.", False),
    ("Нужна заверенная копия.", False),
    ("Принесли ли Вы трудовую книжку?", False),
])
def test_bringing_the_work_book_is_a_next_step(library, sentence, passes):
    assert _verdict(library, "angry-delay-ru", "concrete_next_step", sentence) is passes


# -- 3. kitchen-sink lists -----------------------------------------------------------------------------------------

LISTS = [
    ("et", "Lapse toetus 80 eurot kuus, iga kuu 8. kuupäeval, automaatselt, iseteenindus, ID-kaart, mobiil-ID, "
           "Smart-ID, 16106, vaie 30 päeva, ärakiri."),
    ("et", "Avaldus iseteeninduses, 15 tööpäeva, rahvastikuregister, elukoht, vaie 30 päeva, 16106, ärakiri."),
    ("ru", "Если пособие переплатили, его требуют вернуть; получатель сообщает об изменениях; вернуть можно частями; "
           "можно удерживать из выплат; возражение подают в течение 30 дней; инфотелефон 16106."),
]
NOT_LISTS = [
    ("et", "Kaasa võtke: isikut tõendav dokument, tööraamat, pangakonto number ja avaldus."),
    ("et", "Toetus makstakse automaatselt koos oktoobri pensioniga, kui elasite registri järgi üksi."),
    ("ru", "Итак, подведём итог: переплату можно вернуть частями; возражение – в течение 30 дней; звоните 16106."),
    ("ru", "Вернуть можно частями; если не согласны, подайте возражение в течение 30 дней."),
]


@pytest.mark.parametrize("lang, sentence", LISTS)
def test_kitchen_sink_is_a_list(lang, sentence):
    assert item_list(sentence, lang, (), frozenset(), set(), semicolons=True)


@pytest.mark.parametrize("lang, sentence", NOT_LISTS)
def test_sentences_and_short_recaps_are_no_list(lang, sentence):
    assert not item_list(sentence, lang, (), frozenset(), set(), semicolons=True)


# -- 4. a denied relative clause -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, word, negated", [
    ("et", "Tähtaega, mille jooksul peate kohe taotluse esitama, Teil ei ole.", "peate", True),
    ("et", "Sellist kuud, mille jooksul peaksite kiirustama, pole.", "peaksite", True),
    ("ru", "Срока, в течение которого нужно срочно подать заявление, нет.", "срочно", True),
    ("et", "Tähtaeg, mille jooksul peate kohe tegutsema, on üks kuu.", "peate", False),
    ("et", "Tähtaega, mille jooksul peate kohe tegutsema, on üks kuu ja seda ei ole mõtet oodata.", "peate", False),
    ("ru", "Срок, в течение которого нужно срочно подать заявление, – один месяц.", "срочно", False),
])
def test_relative_clause_of_a_denied_head(lang, sentence, word, negated):
    assert is_negated(sentence, sentence.index(word), lang) is negated


@pytest.mark.parametrize("sentence, passes", [
    ("Kindlat tähtaega, mille jooksul peate kohe tegutsema, ei ole.", True),
    ("Tähtaeg on kuu aja jooksul, peate kohe tegutsema.", False),
])
def test_denied_deadline_is_no_pressure(library, sentence, passes):
    assert _verdict(library, "survivors-pension-grief-et", "no_pressure", sentence) is passes


# -- 5. the refusal's reason ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, passes", [
    ("Данные другого человека я сообщить не могу, для этого нужна доверенность.", True),
    ("извините но данные другого человека назвать не могу нужна доверенность", True),
    ("К сожалению, не могу сообщить данные другого человека без доверенности.", True),
    ("Сумму не скажу, нужна доверенность.", False),
    ("Данные другого человека сообщить не могу.", False),
])
def test_reason_named_in_the_refusal(library, sentence, passes):
    assert _verdict(library, "third-party-son-ru", "refusal_explained", sentence) is passes


# -- 6. who pays family benefits -----------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario, reply, fails", [
    ("survivors-pension-grief-et",
     "Tütar saab toitjakaotustoetust. Selle toetuse taotluse esitate oma vallavalitsusele.", True),
    ("survivors-pension-grief-et", "Toitjakaotustoetust maksab vallavalitsus.", True),
    ("survivors-pension-grief-et",
     "Tütar saab toitjakaotustoetust. Selle toetuse taotluse saate esitada meie iseteeninduses.", False),
    ("survivors-pension-grief-et",
     "Tütar saab toitjakaotustoetust. Kui vajate lisaks abi, pöörduge oma vallavalitsusse.", False),
    ("survivors-pension-grief-et", "Toitjakaotustoetust vallavalitsus ei maksa, seda maksame meie.", False),
    ("child-allowance-ru", "Детское пособие выплачивает местное самоуправление.", True),
    ("child-allowance-ru", "Детское пособие платит Департамент, а за помощью на дому обратитесь в управу.", False),
])
def test_family_benefit_from_the_municipality_is_a_wrong_authority(library, scenario, reply, fails):
    assert ("right_authority" in failed_criteria(scenario_reply_result(library, scenario, reply))) is fails
