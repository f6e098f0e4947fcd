"""New-user batch 46 (live46, authors w9 and x9): the scorer fixes, on sentences written for these tests.

1. kinship (a birth certificate, being a close relative) said to replace the authorisation: a wrong rule of
   personal-data.authorisation.
2. a value of the knowledge said for the wrong ordinal (child allowance: 80 € for the 1st and 2nd child, 100 € from
   the 3rd): "teise lapse eest 100 eurot", «100 евро на второго» are wrong though 100 is a value of the topic.
3. the Board said to grant and pay the other country's years inside one Estonian pension: a wrong rule of
   foreign-pension.min_service_abroad_years.
4./5. Russian short forms of terse chat («ДСС», «65 л.», «1 мес», «финл.», «нахожд.», «1 г»); an arrow "X → Y" read as a
   condition, so the rule of back pay after the certificate is no outcome promise.
6. a declined promise with the negated modal after the complement («обещать, что требование отменят, я не могу»),
   and a denial limited to "at once" («сразу всё платить не нужно»): no cancel promise.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer import text as tx
from trainer.simulation.library import load_library
from trainer.text.spoken import normalize_input


@pytest.fixture(scope="module")
def library():
    return load_library()


def _criterion(result, cid):
    return next(c for c in result["criteria"] if c["id"] == cid)


# -- 1. kinship is no authorisation ----------------------------------------------------------------------------------

AUTH = "personal-data.authorisation"


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kui saadate meile abielutunnistuse koopia, saate abikaasana tema pensioni kohta teavet ilma volikirjata."),
    ("et", "Sugulust tõendav dokument asendab volikirja, nii et poeg saab isa andmed kätte."),
    ("et", "Pojana saate isa taotluse kohta infot ka volikirjata, piisab sünnitunnistusest."),
    ("et", "Sünnitunnistuse koopia on piisav, siis volikirja pole vaja ja ütleme Teile ema pensioni suuruse."),
    ("ru", "Пришлите копию свидетельства о рождении – как сын Вы сможете получать информацию о пенсии отца без доверенности."),
    ("ru", "Свидетельство о браке заменяет доверенность, и мужу мы сообщим данные о пенсии."),
    ("ru", "Вы как близкий родственник можете узнавать сведения о маминой пенсии и без доверенности."),
])
def test_kinship_instead_of_authorisation_is_wrong(library, lang, sentence):
    assert AUTH in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Sünnitunnistus ei asenda volikirja: ka tütrena saate ema andmeid ainult volikirjaga."),
    ("et", "Lähisugulus ei anna õigust ema andmeid saada ilma volikirjata."),
    ("et", "Ilma volikirjata ei saa ma pojale isa pensioni kohta infot anda."),
    ("et", "Abikaasana võite aidata taotlust täita, aga andmeid saate alles volikirjaga."),
    ("ru", "Даже как дочери я без доверенности сведения о пенсии мамы сообщить не могу."),
    ("ru", "Свидетельство о рождении доверенность не заменяет, нужна письменная доверенность."),
    ("ru", "Родственникам информацию о пенсии без доверенности не даём."),
])
def test_kinship_denied_is_no_claim(library, lang, sentence):
    assert AUTH not in wrong_claim_refs(library, sentence, lang)


# -- 2. a value said for the wrong ordinal -------------------------------------------------------------------------

CHILD = {"family-benefits.child_allowance", "family-benefits.child_allowance_third_child"}


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Lapsetoetus on esimese lapse eest 80 eurot ja teise lapse eest 100 eurot."),
    ("et", "Lapsetoetust makstakse 2. lapsele 100 eurot kuus."),
    ("et", "Lapsetoetus: esimesele 80 eurot, teisele 100 eurot."),
    ("et", "Lapsetoetus on kolmanda lapse eest 80 eurot."),
    ("ru", "Детское пособие – 80 евро на первого ребёнка, а на второго уже 100 евро."),
    ("ru", "Детское пособие за второго ребёнка составляет 100 евро в месяц."),
    ("ru", "Детское пособие на третьего ребёнка – 80 евро."),
    ("et", "Lapsetoetus on 80 eurot kuus (teise lapse eest 100 eurot)."),
])
def test_value_for_the_wrong_ordinal_is_wrong(library, lang, sentence):
    assert wrong_claim_refs(library, sentence, lang) & CHILD


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Lapsetoetus on esimese ja teise lapse eest 80 eurot, kolmandast lapsest alates 100 eurot."),
    ("et", "Lapsetoetus on 80 eurot iga lapse kohta, kolmanda ja iga järgmise lapse eest 100 eurot."),
    ("et", "Lapsetoetust makstakse 3. lapsele 100 eurot ja teisele lapsele 80 eurot."),
    ("ru", "Детское пособие – 80 евро на первого и второго ребёнка и 100 евро на третьего."),
    ("ru", "Детское пособие на второго ребёнка – 80 евро, с третьего – 100 евро."),
    ("ru", "Детское пособие платят 80 евро в месяц, на второй месяц ничего не меняется."),
    ("et", "Lapsetoetust makstakse 80 eurot (alates kolmandast lapsest 100 eurot)."),
    ("ru", "Детское пособие – 80 евро в месяц (на третьего и каждого следующего ребёнка 100 евро)."),
    ("ru", "детское пособие 80 евро на первого и второго ребёнка а на третьего 100 евро"),
    ("et", "lapsetoetus 80 eurot esimese ja teise lapse eest aga kolmanda eest 100 eurot"),
])
def test_value_for_its_ordinal_is_right(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang) & CHILD


# -- 3. the Board does not pay the other country's part -----------------------------------------------------------

FOREIGN = "foreign-pension.min_service_abroad_years"


@pytest.mark.parametrize("sentence", [
    "Данные о шведском стаже мы запросим сами, назначим пенсию и за шведские годы, и будем платить всё одной эстонской пенсией.",
    "Мы учтём латвийский стаж и будем выплачивать одну общую пенсию.",
])
def test_board_pays_foreign_years_is_wrong(library, sentence):
    assert FOREIGN in wrong_claim_refs(library, sentence, "ru")


@pytest.mark.parametrize("sentence", [
    "Мы учтём шведский стаж для эстонских 15 лет, а шведскую часть назначит и будет платить шведское учреждение.",
    "Мы передадим заявление, а финскую пенсию Финляндия платит отдельно.",
])
def test_board_forwards_is_no_claim(library, sentence):
    assert FOREIGN not in wrong_claim_refs(library, sentence, "ru")


# -- 4./5. Russian short forms; the arrow of a condition -----------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("возраст 67 л. и 2 мес, не раньше", "67 лет"),
    ("стаж от 1 г нужен", "1 года"),
    ("справка о нахожд. в живых нужна", "нахождении"),
    ("стаж в финл. не пропадёт", "Финлянди"),
    ("финл. учреждение решает", "финский учреждение"),
])
def test_russian_short_forms_read(text, read):
    assert read in normalize_input(text, "ru").text


def test_board_initialism_greets(library):
    from trainer.scoring.transcript import Transcript

    scenario = library.get("foreign-eu-pension-ru")
    transcript = Transcript(language="ru", channel="chat", turns=[
        {"role": "client", "text": "здравствуйте, вопрос про пенсию"},
        {"role": "agent", "text": "добрый день, ДСС, кадри. чем помочь?"}])
    assert _criterion(library.score(scenario, transcript), "greeting")["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "в 2027 году пенс. возраст 65 л. и 1 мес, а не 65.",
    "возраст выхода – 65 л. 1 мес.",
])
def test_age_with_short_forms_is_right(library, reply):
    result = scenario_reply_result(library, "foreign-eu-pension-ru", reply)
    assert _criterion(result, "pension_age_2027")["result"] == "pass"


def test_age_65_still_wrong(library):
    result = scenario_reply_result(library, "foreign-eu-pension-ru", "в 2027 возраст 65, как и сейчас.")
    assert _criterion(result, "pension_age_2027")["result"] == "fail"


@pytest.mark.parametrize("lang, reply, promise", [
    ("ru", "Новая справка → пенсию Вам вернут задним числом.", False),
    ("et", "Uus tõend → pension makstakse Teile tagasiulatuvalt.", False),
    ("ru", "Ваше требование точно отменят.", True),
    ("ru", "Не волнуйтесь, Вам вернут всё задним числом, гарантирую.", True),
])
def test_arrow_is_a_condition(lang, reply, promise):
    from trainer.scoring.promises import is_promise

    assert bool(is_promise(tx.fold(reply), lang)) is promise


# -- 6. a declined promise; a denial limited to "at once" ----------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Возражение рассмотрят, но заранее гарантировать, что долг спишут, я не могу.",
    "Всю сумму одним платежом платить не нужно – можно договориться о рассрочке.",
    "Сразу всё платить не нужно → можно частями.",
])
def test_no_cancel_promise_false_alarms(library, reply):
    result = scenario_reply_result(library, "overpayment-recovery-ru", reply)
    assert _criterion(result, "no_cancel_promise")["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "Не переживайте, мы отменим требование.",
    "Возвращать ничего не нужно, требование спишут.",
    "Платить не нужно, можете забыть об этом письме.",
])
def test_cancel_promise_still_caught(library, reply):
    result = scenario_reply_result(library, "overpayment-recovery-ru", reply)
    assert _criterion(result, "no_cancel_promise")["result"] == "fail"


@pytest.mark.parametrize("text, phrase, counted", [
    ("Lubada, et nõue tühistatakse, ma kahjuks ei saa.", "nõue tühistatakse", False),
    ("Kõike korraga maksma ei pea, võite tasuda osade kaupa.", "maksma ei pea", False),
    ("Maksma ei pea, nõue tühistatakse.", "maksma ei pea", True),
    ("Обещать, что долг спишут, я не могу.", "долг спишут", False),
    ("Долг спишут, обещаю.", "долг спишут", True),
])
def test_scope_of_negation(text, phrase, counted):
    ps = tx.PhraseSet([phrase], "et" if phrase[0] in "nm" else "ru")
    assert any(not m.negated for m in ps.find_all(text)) is counted


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "С третьим ребёнком к детским пособиям добавляется пособие многодетной семье – 450 евро в месяц."),
    ("et", "Kolmanda lapse sünniga lisandub lapsetoetusele ka lasterikka pere toetus 450 eurot kuus."),
])
def test_other_benefit_for_an_ordinal_is_no_child_allowance(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang) & CHILD


@pytest.mark.parametrize("lang, text, counted", [
    ("ru", "Возражение отправляйте не к нам, а в административный суд.", True),
    ("et", "Vaide esitage mitte meile, vaid otse halduskohtusse.", True),
    ("ru", "Возражение подают нам, а не в суд.", False),
    ("et", "Vaie esitatakse meile, mitte kohtusse.", False),
])
def test_objection_not_to_us_but_to_court(library, lang, text, counted):
    phrases = library.rubrics["call-model"].concepts["appeal_to_court"][lang] \
        if hasattr(library.rubrics["call-model"], "concepts") else None
    if phrases is None:
        pytest.skip("no concept table")
    assert any(not m.negated for m in tx.PhraseSet(phrases, lang).find_all(text)) is counted
