"""The client hears answers it re-asked or fell back on in new-user batches 75/76 (trainer issue #10), on sentences
written for these tests:

1. moving-abroad-account-ru: the payment abroad said verb first in speech («будут платить в Германию»).
2. pension-age-early-et: the early pension said to be recalculated to the ordinary old-age pension at pension age
   (wrong): the client hears the answer to "is it the same size?" and believes it; the scorer fails the gate.
3. abusive-caller-ru: the callback time said as «не позднее завтрашнего дня» answers «А когда?».
4. assistive-device-rehab-et: the first step said as "the doctor's or another specialist's certificate".
5. survivors-pension-grief-et: the application sent to the municipality (wrong) is heard as where to apply.
Must-nots: the denied or unrelated sentences stay unheard, the right answers keep their endings."""

from __future__ import annotations

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client(conv):
    return [(t.get("step"), t["text"]) for t in conv.turns if t["role"] == "client"]


def _misinformed(conv):
    return [m["id"] for m in conv.state.get("misinformed", [])]


def _steps(conv):
    return [step for step, _ in _client(conv)]


# -- 1. the payment abroad, verb first ---------------------------------------------------------------------------------

_MOVE = ["добрый день департамент соцстрахования анна",
         "номер счёта по телефону не принимаем, новый счёт сообщите письменно через самообслуживание с ид-картой"]


def test_ru_paid_abroad_verb_first_is_heard(library):
    conv = play_answers(library.get("moving-abroad-account-ru"), library, [
        *_MOVE, "да всё в порядке пенсию вам будут платить в германию и раз в год нужна справка о нахождении в живых",
        "спасибо за звонок всего доброго"])
    steps = _steps(conv)
    assert "wrap" in steps, _client(conv)
    assert not any("не совсем поняла" in text for _, text in _client(conv))


def test_ru_paid_abroad_denied_is_not_heard(library):  # must-not
    conv = play_answers(library.get("moving-abroad-account-ru"), library, [
        *_MOVE, "в германию платить пенсию не будут", "всего доброго"])
    assert "wrap" not in _steps(conv), _client(conv)


# -- 2. the early pension "recalculated to the ordinary pension" -------------------------------------------------------

_EARLY = ["Tere! Sotsiaalkindlustusamet, Liis kirjutab. Kas soovite teada oma pensioniiga ja seda, kas saab varem minna?",
          "Teie pensioniiga on 65 aastat ja 1 kuu, sest alates 2027. aastast on see seotud oodatava elueaga.",
          "Varem saab minna kuni 5 aastat enne pensioniiga, ennetähtaegselt ka kohe."]


def test_et_recalculated_to_ordinary_pension_is_heard_and_fails(library):
    conv = play_answers(library.get("pension-age-early-et"), library, [
        *_EARLY, "Pension on esialgu väiksem, kuid pensioniikka jõudes arvutatakse see ümber tavaliseks vanaduspensioniks.",
        "Taotluse saate esitada iseteeninduses. Kõike head!"])
    assert "wrong_early" in _misinformed(conv), _client(conv)
    assert not any("ei saanud" in text for _, text in _client(conv))
    verdict = scenario_criterion(library, "pension-age-early-et", "early_is_smaller",
                                 "Pensioniikka jõudes arvutatakse Teie pension ümber tavaliseks vanaduspensioniks.")
    assert verdict["result"] == "fail" and verdict.get("misinforms")


def test_et_not_recalculated_is_right(library):  # must-not
    conv = play_answers(library.get("pension-age-early-et"), library, [
        *_EARLY, "Pensioniikka jõudes seda tavaliseks vanaduspensioniks ümber ei arvutata: pension jääb kogu eluks väiksemaks.",
        "Taotluse saate esitada iseteeninduses. Kõike head!"])
    assert "wrong_early" not in _misinformed(conv), _client(conv)


# -- 3. the callback "no later than tomorrow" --------------------------------------------------------------------------

_ABUSE = ["Здравствуйте, Департамент социального страхования, Ольга.",
          "Я понимаю, что Вы долго ждали. Но прошу без оскорблений, иначе мне придётся закончить разговор. "
          "Могу записать Вашу просьбу: руководитель группы Вам перезвонит."]


def test_ru_callback_by_tomorrow_is_heard(library):
    conv = play_answers(library.get("abusive-caller-ru"), library, [
        *_ABUSE, "Руководитель перезвонит Вам до конца завтрашнего дня.", "Всего доброго."])
    assert "calms_again" not in _steps(conv), _client(conv)


def test_ru_callback_some_day_is_asked_again(library):  # must-not
    conv = play_answers(library.get("abusive-caller-ru"), library, [
        *_ABUSE, "Руководитель перезвонит Вам, когда освободится.", "Всего доброго."])
    assert "calms_again" in _steps(conv), _client(conv)


# -- 4. the certificate of the doctor or another specialist ------------------------------------------------------------

_WALKER = ["Tere, Sotsiaalkindlustusamet, Mari.", "Kas rulaatorit on vaja Teile endale?"]


def test_et_doctor_or_specialist_certificate_is_heard(library):
    conv = play_answers(library.get("assistive-device-rehab-et"), library, [
        *_WALKER, "Esimene samm on perearsti või füsioterapeudi tõend, meile pole vaja midagi esitada.", "Head aega."])
    assert "where_to_go" in _steps(conv), _client(conv)
    assert "opening_again" not in _steps(conv)


def test_et_denied_certificate_is_not_heard(library):  # must-not
    conv = play_answers(library.get("assistive-device-rehab-et"), library, [
        *_WALKER, "Arsti või kellegi muu tõendit pole vaja.", "Head aega."])
    assert "where_to_go" not in _steps(conv), _client(conv)


# -- 5. the application sent to the municipality -----------------------------------------------------------------------

_GRIEF = ["Tere, Sotsiaalkindlustusamet, Kadri.",
          "Mul on väga kahju Teie kaotusest. Kas Teil on alaealisi lapsi?",
          "Tütar saab toitjakaotustoetust, kuni ta on 19, õppides kuni 21. Kiirustada ei ole vaja."]


def test_et_municipality_channel_is_heard_and_believed(library):
    conv = play_answers(library.get("survivors-pension-grief-et"), library, [
        *_GRIEF, "Taotluse esitate oma linnavalitsusele, seal aitab sotsiaaltöötaja.", "Jõudu Teile."])
    steps = _steps(conv)
    assert "wrong_place" in steps and "how_again" not in steps, _client(conv)
    assert "aitäh" not in _client(conv)[-1][1].lower()


def test_et_municipality_for_other_help_keeps_the_right_channel(library):  # must-not
    conv = play_answers(library.get("survivors-pension-grief-et"), library, [
        *_GRIEF, "Toimetulekutoetust küsige vallavalitsusest, tütre taotluse saate esitada aga iseteeninduses.",
        "Jõudu Teile."])
    steps = _steps(conv)
    assert "wrong_place" not in steps and "wrap" in steps, _client(conv)
