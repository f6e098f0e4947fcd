"""New-user batch 45 (live45, authors u9 and v9): the scorer fixes, on sentences written for these tests.

1. a legal deadline said in another unit of time ("kuue kuu jooksul", «в течение трёх месяцев» for 45 days) is a
   wrong value under ``other_values: other_units``, while another number of the same unit (150 days of payment)
   stays another fact; maintenance-support-et's deadline gate uses it.
2. the bailiff's written data request sent to another body (the tax board, Pensionikeskus): data-request-bailiff-et's
   request_to_board gate.
"""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result

from trainer.scoring.values import find_values
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _wrong(text, lang, right, mode):
    hits = find_values(text, lang, right, (), (), other_values_wrong=mode == "wrong",
                       other_units_wrong=mode in ("any_unit", "other_units"))
    return [h.quote for h in hits if not h.right]


# -- 1. a deadline in another unit of time ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, right", [
    ("Avalduse võib esitada kahe kuu jooksul otsusest.", "et", ("45 päeva",)),
    ("Teil on selleks aega kolm nädalat, pärast seda õigus kaob.", "et", ("45 päeva",)),
    ("Подать заявление можно в течение трёх месяцев после решения.", "ru", ("45 дней",)),
    ("Срок – четыре недели с момента решения суда.", "ru", ("45 дней",)),
])
def test_other_unit_of_time_is_wrong(text, lang, right):
    assert _wrong(text, lang, right, "other_units")


@pytest.mark.parametrize("text, lang, right", [
    ("Toetust makstakse kuni 150 päeva, avaldus esitage 45 päeva jooksul.", "et", ("45 päeva",)),
    ("Заявление подайте в течение 45 дней, платят до 150 дней.", "ru", ("45 дней",)),
    ("Mitte kahe kuu jooksul, vaid 45 päeva jooksul.", "et", ("45 päeva",)),
])
def test_same_unit_and_negated_other_unit_are_not_wrong(text, lang, right):
    assert not _wrong(text, lang, right, "other_units")


def test_ignore_mode_still_ignores_other_units():
    assert not _wrong("Avalduse võib esitada kahe kuu jooksul.", "et", ("45 päeva",), "ignore")


def _criterion(result, cid):
    return next(c for c in result["criteria"] if c["id"] == cid)


@pytest.mark.parametrize("reply", [
    "Jah, määrus sobib. Taotluse saate esitada kolme kuu jooksul määruse tegemisest, nii et aega on.",
    "Tähtaeg on pool aastat määrusest, kiiret ei ole.",
])
def test_maintenance_deadline_in_months_fails_the_gate(library, reply):
    result = scenario_reply_result(library, "maintenance-support-et", reply)
    assert _criterion(result, "deadline_45")["result"] == "fail"
    assert "deadline_45" in result["gate_failures"]


@pytest.mark.parametrize("reply", [
    "Taotlus tuleb esitada 45 päeva jooksul, elatisabi makstakse kohtumenetluse ajal kuni 150 päeva.",
])
def test_maintenance_right_deadline_passes(library, reply):
    result = scenario_reply_result(library, "maintenance-support-et", reply)
    assert _criterion(result, "deadline_45")["result"] == "pass"


# -- 2. the bailiff's request sent elsewhere -----------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Telefonis ma andmeid ei anna. Kirjaliku päringu saatke palun Pensionikeskusele, nemad vastavad.",
    "Andmeid ma öelda ei saa, täiturite päringud käivad Maksu- ja Tolliameti kaudu.",
])
def test_bailiff_request_to_another_body_fails_the_gate(library, reply):
    result = scenario_reply_result(library, "data-request-bailiff-et", reply)
    assert _criterion(result, "request_to_board")["result"] == "fail"
    assert "request_to_board" in result["gate_failures"]


@pytest.mark.parametrize("reply", [
    "Telefonis ma andmeid ei anna. Saatke kirjalik päring õigusliku alusega ameti üldisele e-posti aadressile.",
    "Päringut ei pea saatma Maksu- ja Tolliametile, vastame sellele ise kirjalikult.",
])
def test_bailiff_request_to_the_board_passes(library, reply):
    result = scenario_reply_result(library, "data-request-bailiff-et", reply)
    assert _criterion(result, "request_to_board")["result"] == "pass"


# -- 3. who will tell, with one body as the subject, is no promise ----------------------------------------------------

from trainer.scoring.statements import find_promises  # noqa: E402


@pytest.mark.parametrize("sentence, lang", [
    ("Täpselt vastab tööõnnetuse kohta Tervisekassa, helistage neile.", "et"),
    ("Точно про налоговую льготу подскажет налоговый департамент, позвоните им.", "ru"),
    ("Подробно про регистрацию ответит Касса по безработице.", "ru"),
    ("Точно про обязанность продлить вид на жительство ответит Департамент полиции и погранохраны – это их сфера.", "ru"),
    ("Täpselt selgitab töötuna arvelevõtmise kohustust Töötukassa – see on nende valdkond.", "et"),
])
def test_who_will_tell_is_no_promise(sentence, lang):
    assert not find_promises(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Pension makstakse Teile kindlasti juba homme välja.", "et"),
    ("Пенсию Вам точно пересчитают в следующем месяце.", "ru"),
])
def test_outcome_promise_still_found(sentence, lang):
    assert find_promises(sentence, lang)


# -- 4. another body's documents are no needless paperwork for the Board ------------------------------------------

@pytest.mark.parametrize("reply, result", [
    ("За пособием на похороны обратитесь в волость: там объяснят, что нужно, как правило свидетельство о смерти.", "pass"),
    ("Свидетельство о смерти нам присылать не нужно, данные придут из регистра.", "pass"),
    ("Пожалуйста, принесите нам копию свидетельства о смерти.", "fail"),
])
def test_death_certificate_for_another_body(library, reply, result):
    res = scenario_reply_result(library, "death-report-ru", reply)
    assert _criterion(res, "no_needless_paperwork")["result"] == result


# -- 5. fast typing: «здрасте», the institution clipped, «заявл.» -------------------------------------------------

from scoring_support import verdicts  # noqa: E402

from trainer.text.spoken import normalize_input  # noqa: E402


@pytest.mark.parametrize("opening, result", [
    ("Здрасьте, Деп. соц. страхования, Ольга. Чем помочь?", "pass"),
    ("добрый день, деп соц страх, ольга. слушаю", "pass"),
    ("Здрасьте, Ольга слушает. Чем помочь?", "fail"),          # no institution
    ("Деп. соц. страхования, Ольга. Чем помочь?", "fail"),        # no greeting
])
def test_terse_russian_opening(opening, result):
    turns = [("agent", opening), ("client", "Здравствуйте, у меня вопрос про пособие."),
             ("agent", "Хорошо, сейчас посмотрю.")]
    assert verdicts("ru", turns)["greeting"] == result


@pytest.mark.parametrize("text, read", [
    ("нужно подать заявл. в кассу по безработице", "заявление в кассу"),
    ("одно заявл. на оба вопроса", "одно заявление на"),
])
def test_clipped_application_is_read(text, read):
    assert read in normalize_input(text, "ru").text


def test_clipped_application_at_sentence_end_stays():
    assert "заявл." in normalize_input("Это моё заявл. Дальше не знаю.", "ru").text
