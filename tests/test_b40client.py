"""Batch 40 client fixes, on own sentences (not the batch's), with must-nots: the payment rule's own period is no
bank delay in unpunctuated speech and a believed bank delay is taken back when corrected (corrected.py); two times
side by side in speech ("... kahe tööpäeva jooksul reedel enam ei maksta") leave the first one asserted; a reply that
only restates what was heard gets "yes, that's clear" and the open question (restated.py); a short recap of nothing
said is not heard; wrong advice believed in indexation-day-et (apply for the rise), language-switch-ru (apply for
the tax-free income) and redirects-pillar-tax-pin-* (PINs at the bank)."""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.restated import RESTATED


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, sid, answers):
    return play_answers(library.get(sid), library, answers, seed=1)


def _client(conv):
    return [(t.get("step"), t["text"], bool(t.get("fallback"))) for t in conv.turns if t["role"] == "client"]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


# -- pension-late-et: the rule's period is no bank delay; a believed delay corrected -------------------------------
LATE = ["Tere, Sotsiaalkindlustusamet, Liis kuuleb.", "Mõistan, et see teeb muret. Palun öelge oma isikukood."]


@pytest.mark.parametrize("reply", [
    "aitäh pension makstakse järgmise kahe tööpäeva jooksul raha laekub kontole samal päeval kui üheksandal pole "
    "helistage kontrollime kontonumbri",
    "aitah viies oli laupaev makstakse kahe toopaeva jooksul raha jouab teile kohe kontole",
])
def test_rule_period_then_same_day_is_no_bank_delay(library, reply):  # must-not
    conv = _play(library, "pension-late-et", [*LATE, reply])
    assert "bank_delay" not in _misinformed(conv)
    assert not any("pank hoiab" in text for _, text, _ in _client(conv))


@pytest.mark.parametrize("reply", [
    "Aitäh. Pension maksti 7. detsembril, aga raha jõuab kontole alles mõne päeva pärast.",
    "pension maksti seitsmendal aga pangas liigub raha veel paar päeva",
])
def test_real_bank_delay_still_believed(library, reply):
    conv = _play(library, "pension-late-et", [*LATE, reply])
    assert "bank_delay" in _misinformed(conv)
    assert _client(conv)[-1][1].startswith("Nii et pank hoiab veel paar päeva?")


def test_believed_bank_delay_taken_back_by_correction(library):
    conv = _play(library, "pension-late-et", [
        *LATE, "Aitäh. Pension maksti 7. detsembril, aga raha jõuab kontole alles mõne päeva pärast.",
        "Vabandust, ma eksisin: pank raha ei hoia, see on Teil samal päeval kontol. Kas olete vahepeal kontot vahetanud?"])
    assert _misinformed(conv) == []
    assert [m["id"] for m in conv.state["corrected"]] == ["bank_delay"]
    assert _client(conv)[-1][1].startswith("Selge, pank siis ei hoia – raha on samal päeval kontol.")
    believed = [m for m in conv.score()["misinformation"] if m["feedback"].startswith("Klient uskus")]
    assert believed == []  # the result no longer says the client believes it


@pytest.mark.parametrize("reply", [
    "Kas olete vahepeal kontot vahetanud?",  # no correction at all
    "Makse tehakse samal päeval, aga kontole jõuab see alles paari päeva pärast.",  # the wrong answer again
])
def test_no_correction_keeps_the_belief(library, reply):  # must-not
    conv = _play(library, "pension-late-et", [
        *LATE, "Aitäh. Pension maksti 7. detsembril, aga raha jõuab kontole alles mõne päeva pärast.", reply])
    assert _misinformed(conv) == ["bank_delay"]
    assert not conv.state.get("corrected")


# -- negation scope: two times side by side in speech ---------------------------------------------------------------
@pytest.mark.parametrize("text,negated", [
    ("pension tuleb siis järgmise kahe tööpäeva jooksul reedel enam ei maksta", False),
    ("makstakse kahe toopaeva jooksul laupaeval ei maksta", False),
    ("kahe tööpäeva jooksul ei maksta", True),          # one time alone before the negator stays denied
    ("pensioni ei maksta kahe tööpäeva jooksul", True),
    ("järgmise kahe tööpäeva jooksul enam ei maksta", True),
])
def test_second_time_takes_the_negator(text, negated):
    matches = tx.PhraseSet(("kahe tööpäeva jooksul",), "et").find_all(text)
    assert matches and matches[0].negated is negated


# -- indexation-day-et: the day heard in speech; a restatement answered, not "not understood" ------------------------
INDEX = ["Tere, Sotsiaalkindlustusamet, Mari kuuleb."]
DAY = "tous tuleb aprilli pensioniga viies on puhapaev nii et makstakse jargmise kahe toopaeva jooksul reedel ei maksta enam"


def test_day_heard_without_diacritics_and_a_later_negated_friday(library):
    conv = _play(library, "indexation-day-et", [*INDEX, DAY])
    assert conv.state["step"] == "own_amount"


def test_restated_day_is_acknowledged_with_the_open_question(library):
    conv = _play(library, "indexation-day-et", [*INDEX, DAY, "jah nagu ütlesin esmaspäeval või teisipäeval"])
    step, text, fallback = _client(conv)[-1]
    assert (step, fallback) == ("own_amount", False)
    assert text == f"{RESTATED['et']} Aga kui palju minu oma tõuseb?"


def test_keywords_after_the_day_still_not_understood(library):  # must-not
    conv = _play(library, "indexation-day-et", [*INDEX, DAY, "Pension. Aprill."])
    assert _client(conv)[-1][2]  # a fallback: a keyword chain restates nothing the client can read


def test_new_answer_goes_on(library):  # must-not: the restated line only when nothing new was said
    conv = _play(library, "indexation-day-et", [*INDEX, DAY, "Teie summa näen pärast tuvastamist, öelge palun isikukood."])
    assert conv.state["step"] == "id_give_code"


# -- wrong advice believed -----------------------------------------------------------------------------------------
INDEX_ID = [*INDEX, "Saan aru. Tõus tuleb aprilli pensioniga, järgmise kahe tööpäeva jooksul. Öelge palun isikukood."]


def test_rise_application_is_believed(library):
    conv = _play(library, "indexation-day-et", [
        *INDEX_ID, "Aitäh. Teie pension tõuseb 35,10 eurot. Tõus ei tule automaatselt, tehke iseteeninduses taotlus.",
        "Aitäh, head aega!"])
    assert "must_apply" in _misinformed(conv)
    assert "avaldus" in _client(conv)[-2][1].lower()


def test_rise_without_application_is_not_believed_wrong(library):  # must-not
    conv = _play(library, "indexation-day-et", [
        *INDEX_ID, "Aitäh. Teie pension tõuseb 35,10 eurot, tõusu ei pea taotlema, see tuleb kõigile ise."])
    assert "must_apply" not in _misinformed(conv)


LANG = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "Давайте по-русски. Вы спрашиваете о прибавке с апреля?",
        "5,3 % – это рост средней пенсии, прибавка у каждого своя. Назовите, пожалуйста, личный код."]


def test_tax_free_application_is_believed(library):
    conv = _play(library, "language-switch-ru", [
        *LANG, "Спасибо. Ваша прибавка 24,60 евро. Чтобы необлагаемый доход учитывался, напишите заявление в налоговую.",
        "Всего доброго!"])
    assert "tax_free_application" in _misinformed(conv)
    assert "заявление" in " ".join(text for _, text, _ in _client(conv)[-2:]).lower()


def test_tax_free_automatic_is_not_believed_wrong(library):  # must-not
    conv = _play(library, "language-switch-ru", [
        *LANG, "Спасибо. Ваша прибавка 24,60 евро. Необлагаемый доход учитывается сам, заявление не нужно."])
    assert "tax_free_application" not in _misinformed(conv)


def test_pins_at_the_bank_are_believed_not_asked_again_ru(library):
    conv = _play(library, "redirects-pillar-tax-pin-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "Вторая ступень – это Пенсионный центр и Ваш банк. А за новыми пин кодами идите в отделение банка."])
    assert "pin_at_bank" in _misinformed(conv)
    assert conv.state["step"] == "tax_q"
    assert "в банке" in _client(conv)[-1][1]


def test_pins_at_ppa_beside_a_bank_is_no_bank_ru(library):  # must-not
    conv = _play(library, "redirects-pillar-tax-pin-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "PIN-коды выдаёт Департамент полиции и погранохраны, а вторую ступень оформляют в Пенсионном центре и в банке."])
    assert "pin_at_bank" not in _misinformed(conv)
    assert "в банке" not in _client(conv)[-1][1]


def test_pins_at_the_bank_are_believed_et(library):
    conv = _play(library, "redirects-pillar-tax-pin-et", [
        "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
        "Teise samba raha küsige Pensionikeskusest. Uued PIN-koodid saate oma pangakontorist."])
    assert "pin_at_bank" in _misinformed(conv)
    assert conv.state["step"] == "tax_q"


# -- a short recap of nothing said ---------------------------------------------------------------------------------
def test_bare_recap_of_nothing_said_is_not_heard(library):
    conv = _play(library, "redirects-pillar-tax-pin-et", [
        "Tere, Sotsiaalkindlustusamet, Kati kuuleb.", "Pensionikeskus, PPA, Maksu- ja Tolliamet, iseteenindus.",
        "Kokkuvõtteks: Pensionikeskus, PPA, Maksu- ja Tolliamet. Kas on arusaadav?"])
    assert conv.state["step"] != "tax_q"
    assert not conv.state["ever"].get("pensionikeskus")


def test_recap_of_what_was_said_stays_heard(library):  # must-not
    conv = _play(library, "redirects-pillar-tax-pin-et", [
        "Tere, Sotsiaalkindlustusamet, Kati kuuleb.",
        "Teise samba väljamaksega tegeleb Pensionikeskus. PIN-koodid annab Politsei- ja Piirivalveamet.",
        "Kokkuvõtteks: Pensionikeskus, PPA."])
    assert conv.state["ever"].get("pensionikeskus") and conv.state["ever"].get("ppa")
