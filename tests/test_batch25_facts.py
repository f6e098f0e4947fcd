"""New-user batch 25 (tests/newuser/live25): two wrong facts passed at the first replay, both a wrong authority.

- a bailiff's written request for the Board's pension data sent to the Tax and Customs Board ("the data are given
  out by MTA, not by us"): the Board holds the data, so the request comes to the Board's own official channel
  (`complaints-and-requests.no_data_to_authorities_by_phone`);
- the joint application for work ability and disability filed with the Health Insurance Fund («совместное
  заявление подают в Кассу здоровья»): it is filed with Töötukassa (`disability.joint_application_working_age`).

Both are now wrong claims of the knowledge fact, so the knowledge_values gate fails the run in any scenario.
Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

BAILIFF = "complaints-and-requests.no_data_to_authorities_by_phone"
JOINT = "disability.joint_application_working_age"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (BAILIFF, "et", "Kohtutäitur, saatke see kirjalik päring palun Maksu- ja Tolliametile, nemad vastavad."),
    (BAILIFF, "et", "Võlgniku pensioni andmeid annab kohtutäiturile Maksu- ja Tolliamet, mitte meie."),
    (BAILIFF, "et", "politsei päringud käivad Töötukassale, sealt vastatakse"),
    (BAILIFF, "ru", "Судебный исполнитель, отправьте письменный запрос в Налогово-таможенный департамент."),
    (BAILIFF, "ru", "Приставу данные о пенсии выдаёт Налогово-таможенный департамент, а не мы."),
    (JOINT, "ru", "Совместное заявление на трудоспособность и инвалидность подаётся в Кассу здоровья."),
    (JOINT, "ru", "после врача подайте совместное заявление через больничную кассу"),
    (JOINT, "et", "Ühistaotluse töövõime ja puude jaoks saate esitada Tervisekassale."),
    (JOINT, "et", "Tervisekassasse saab esitada ühe ühistaotluse korraga mõlema jaoks."),
]

RIGHT = [
    (BAILIFF, "et", "Kohtutäitur, saatke kirjalik päring koos õigusliku alusega meie ameti üldisele e-posti aadressile."),
    (BAILIFF, "et", "Ärge saatke päringut Maksu- ja Tolliametile, vaid meile."),
    (BAILIFF, "et", "Maksuküsimustes aitab Maksu- ja Tolliamet, telefon 880 0811."),
    (BAILIFF, "ru", "Судебный исполнитель направляет нам письменный запрос с правовым основанием."),
    (BAILIFF, "ru", "По налогам обращайтесь в Налогово-таможенный департамент."),
    (JOINT, "ru", "Совместное заявление подают в Кассу по безработице (Töötukassa), а не в Кассу здоровья."),
    (JOINT, "ru", "Вопросы медстраховки решает Касса здоровья, а совместное заявление – в Töötukassa."),
    (JOINT, "et", "Ühistaotluse esitate Töötukassale, mitte Tervisekassale."),
    (JOINT, "et", "Ravikindlustuse kohta küsige Tervisekassast, ühistaotlus läheb Töötukassale."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_authority_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_authority_in_other_words_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)
