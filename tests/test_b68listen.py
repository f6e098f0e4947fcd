"""The client hears competent terse replies (new-user batch 67/68, trainer issue #10): a contraction round a hyphen
(«рук-ль»), the Estonian "kp" of "kuupäev" with its case ending ("kp-ni") and a spaced "k" of "kuud" after a number
("2 k jooksul"), and an Estonian participle before its negated copula ("esitatud ei ole") are read as what they say.
Must-nots: the words they are not stay as typed, and a keyword list of them still earns nothing."""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations
from trainer.text.modal_order import modal_order_variant
from trainer.text.phrases import PhraseSet
from trainer.text.spoken import normalize_input


@pytest.mark.parametrize("text, expected", [
    ("Жалобу рассмотрит рук-ль отдела выплат.", "Жалобу рассмотрит руководитель отдела выплат."),
    ("Передам рук-лю отдела.", "Передам руководителю отдела."),
    ("Вас беспокоит г-н Петров?", "Вас беспокоит господин Петров?"),
    ("mis kp-ni saab taotleda?", "mis kuupäevani saab taotleda?"),
    ("taotluse kp-st alates", "taotluse kuupäevast alates"),
])
def test_contractions_read_in_full(text, expected):
    assert expand_abbreviations(text) == expected


@pytest.mark.parametrize("text", ["Из рук в руки не передаём.", "KP-d ei ole", "Рука болит.",
                                  "avalduse kp on oluline"])
def test_other_words_stay(text):
    assert expand_abbreviations(text) == text


def test_spaced_k_after_number_is_months():
    assert "2 kuud jooksul" in normalize_input("taotlege 2 k jooksul pärast seda", "et").text


@pytest.mark.parametrize("text", ["toetus on 3k eurot", "summa 3 k€", "kuni 3 k.", "Тема 3 k дней"])
def test_other_k_stays(text):
    assert "kuud" not in normalize_input(text, "et").text


def test_participle_before_negated_copula():
    assert modal_order_variant("ei ole esitatud", "et") == "esitatud ei ole"
    ps = PhraseSet(["ei ole esitatud", "=pole jõudnud"], "et")
    assert ps.find("Avaldust meile veel esitatud ei ole.") is not None
    assert ps.find("Dokument meile jõudnud pole.") is not None
    # must-nots: the positive, a question answered in the next sentence, a phrase with no participle
    assert ps.find("Avaldus on meile esitatud.") is None
    assert ps.find("Kas avaldus on esitatud? Ei ole.") is None
    assert modal_order_variant("ei ole vaja", "et") is None


@pytest.fixture(scope="module")
def library():
    return load_library()


def _client_lines(conv) -> list[str]:
    return [t["text"] for t in conv.turns if t["role"] == "client"]


_RU_COMPLAINT = ["Добрый день, Департамент соцстрахования, Ольга.",
                 "Простите за это. Значит, жалоба и письменное объяснение расчёта? Назовите имя и личный код.",
                 "Жалобу запишу я, Вам писать не нужно. Как Вас зовут и где Вы родились?"]


def test_ru_who_and_when_with_contraction_is_heard(library):
    conv = play_answers(library.get("complaint-registration-ru"), library, [
        *_RU_COMPLAINT,
        "Спасибо, сходится. Жалобу записала. Ответит рук-ль пенсионного отдела, в теч. 30 дней, на e-mail.",
        "Всего доброго!"])
    lines = _client_lines(conv)
    assert not any("кто ответит и когда" in line for line in lines), lines


def test_ru_contraction_keyword_list_earns_nothing(library):
    conv = play_answers(library.get("complaint-registration-ru"), library, [
        *_RU_COMPLAINT, "Жалоба рук-ль письменно 30 дней", "Всего доброго!"])
    crit = {c["id"]: c for c in conv.score()["criteria"]}
    assert crit["answer_and_when"]["result"] == "fail", crit["answer_and_when"]


_ET_GUARDIAN = ["Tere! Sotsiaalkindlustusamet, Maris. Kuidas saan aidata?",
                "Mõistan. Enne andmeid tuvastan Teid: öelge palun oma isikukood.",
                "Tänan. Kas räägin Tiina Lepaga? Palun oodake hetk, vaatan järele, mis meil eestkoste kohta on."]


def test_et_participle_first_result_of_check_is_heard(library):
    conv = play_answers(library.get("guardian-for-ward-et"), library, [
        *_ET_GUARDIAN, "Aitäh, et ootasite. Teie õigust venna nimel asju ajada meil veel registreeritud ei ole, nii et "
                       "tema andmeid ma praegu anda ei saa.", "Head päeva!"])
    lines = _client_lines(conv)
    assert not any("Kas näete midagi" in line for line in lines), lines


def test_et_positive_result_is_not_heard_as_missing(library):
    conv = play_answers(library.get("guardian-for-ward-et"), library, [
        *_ET_GUARDIAN, "Aitäh, et ootasite. Vaatasin süsteemi.", "Head päeva!"])
    lines = _client_lines(conv)
    assert any("Kas näete midagi" in line for line in lines), lines


_ET_WINDOW = ["tere, SKA, Maris. vanaduspension? mis kp-ks saab pensioniiga täis?",
              "jah, saab. taotluse võib esitada kuni 6 kuud enne, nii et kohe. iseteeninduses ID-kaardiga."]


def test_et_terse_months_are_heard(library):
    conv = play_answers(library.get("pension-application-window-et"), library, [
        *_ET_WINDOW, "kuni 3 k pärast pensioniiga saate pensioni ikka algusest peale.", "aitäh, head päeva!"])
    lines = _client_lines(conv)
    assert not any("ei saanud" in line for line in lines), lines
    assert any("kus seda teha saab" in line for line in lines), lines


def test_et_keyword_list_with_terse_months_still_fails(library):
    conv = play_answers(library.get("pension-application-window-et"), library, [
        "Märksõnad: vanaduspension, kuni 6 k enne, kuni 3 k pärast, taotluse kp, iseteenindus.", "Head päeva!"])
    crit = {c["id"]: c for c in conv.score()["criteria"]}
    assert crit["real_answers"]["result"] == "fail", crit["real_answers"]
    assert crit["window_after"]["result"] == "fail", crit["window_after"]
