"""Issue #9 (blind rounds 3 and 4): in a transcript of a real call, a third person who reads out the data
subject's personal code is not identified as anyone entitled to the data. Data said to them before the agent
says their authorisation or guardianship is on file came before identification (and is a leak). Labels of four
outside authors (blind-e-et-phone-02, blind-h-ru-phone-08, blind-j-et-phone-02 fail; blind-y-ru-phone-09, where
the guardian's ruling is checked first, passes) read it so; these are our own conversations."""

from __future__ import annotations

from scoring_support import verdicts

CTX = dict(identification_required=True, third_party=True)

WIFE_ET = [
    ("agent", "Tere, Sotsiaalkindlustusamet, Kaia kuuleb."),
    ("client", "Tere, ma helistan mehe pärast, ta on kõrval. Tahaks teada, kui suur tema pension on."),
    ("agent", "Palun öelge isikukood."),
    ("client", "Tema isikukood on 36107110218."),
    ("agent", "Aitäh. Tema pension on 812,40 eurot kuus."),
    ("client", "Aa, selge, aitäh."),
    ("agent", "Kas saite aru? Aitäh, et helistasite, head päeva!"),
    ("client", "Jah, head aega."),
]
SON_RU = [
    ("agent", "Здравствуйте, Департамент социального страхования, Марина."),
    ("client", "Здравствуйте, я сын, звоню за маму. Сколько ей начислили пенсию?"),
    ("agent", "Назовите, пожалуйста, личный код."),
    ("client", "Её код 46002120318."),
    ("agent", "Спасибо. Её пенсия 690,15 евро."),
    ("client", "Понятно, спасибо."),
    ("agent", "Всё понятно? Спасибо за звонок, всего доброго!"),
    ("client", "До свидания."),
]


def test_a_third_person_reading_the_subjects_code_is_not_identified():
    got = verdicts("et", WIFE_ET, private_facts=["36107110218", "812,40"], **CTX)
    assert got["identification"] == "fail" and got["data_protection"] == "fail"
    got = verdicts("ru", SON_RU, private_facts=["46002120318", "690,15"], **CTX)
    assert got["identification"] == "fail" and got["data_protection"] == "fail"


def test_authorisation_on_file_stated_before_the_data_identifies():
    turns = WIFE_ET[:4] + [("agent", "Aitäh. Näen, et Teie volikiri on meil olemas ja kehtib. Tema pension on "
                                     "812,40 eurot kuus.")] + WIFE_ET[5:]
    got = verdicts("et", turns, private_facts=["36107110218", "812,40"], **CTX)
    assert got["identification"] == "pass" and got["data_protection"] == "pass"


def test_no_data_to_the_third_person_is_no_identification_failure():
    turns = WIFE_ET[:4] + [("agent", "Aitäh. Ilma volikirjata ei saa ma mehe andmeid Teile öelda; ta võib ise "
                                     "helistada või anda Teile volikirja.")] + WIFE_ET[5:]
    got = verdicts("et", turns, private_facts=["36107110218", "812,40"], **CTX)
    assert got["identification"] == "pass" and got["data_protection"] == "pass"
