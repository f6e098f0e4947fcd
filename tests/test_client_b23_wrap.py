"""A question answered only with a website pointer, an empty recap and a goodbye leaves the client unsure, not
grateful (new-user batch 23, child-allowance-ru gaming): the scripted client does not end on its thankful line."""

from __future__ import annotations

import pytest

from tests.client_support import end_step
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


ET_FIRST = ("Tere! Sotsiaalkindlustusamet, mina olen Piret. Avaldust ei ole vaja teha: kui sünd on registreeritud, "
            "saadame Teile iseteenindusse pakkumise. Toetus on 80 eurot kuus ja see makstakse iga kuu 8. kuupäeval.")
RU_HELLO = "Здравствуйте! Департамент социального страхования, меня зовут Ольга."
RU_FIRST = ("Поздравляю! Заявление писать не "
            "нужно: Департамент сам пришлёт предложение в самообслуживание. На каждого ребёнка платят 80 евро, на "
            "третьего 100 евро, деньги приходят 8-го числа. Предложение должен подтвердить тот же родитель, который "
            "получает пособие на старших детей.")


@pytest.mark.parametrize("last", [
    "Täpsemalt saate lugeda meie kodulehelt sotsiaalkindlustusamet.ee. Kokkuvõtteks: kõik sai räägitud. "
    "Aitäh, et pöördusite, head päeva!",
    "Vaadake palun meie veebilehte. Lühidalt kokku võttes: arutasime kõik läbi. Head aega!",
])
def test_et_pointer_empty_recap_goodbye_is_unsure(library, last):
    assert end_step(library, "child-allowance-et", [ET_FIRST, last]) == "done_unsure"


@pytest.mark.parametrize("last", [
    "Подробности о выплатах смотрите на нашем сайте sotsiaalkindlustusamet.ee. Итак, подведём итог: мы всё "
    "обсудили. Спасибо за звонок, всего доброго!",
    "Всё описано на сайте. Подведу итог. До свидания!",
])
def test_ru_pointer_empty_recap_goodbye_is_unsure(library, last):
    assert end_step(library, "child-allowance-ru", [RU_HELLO, RU_FIRST, last]) == "wrap_unsure"


# must-nots: a pointer beside a real answer, a recap with content, the website as the answer to where to apply
@pytest.mark.parametrize("last", [
    "Tähtaega ei ole, pakkumise saate kinnitada siis, kui Teile sobib. Täpsem info on kodulehel "
    "sotsiaalkindlustusamet.ee. Aitäh, head päeva!",
    "Täpsem info on kodulehel sotsiaalkindlustusamet.ee. Kokkuvõtteks: kinnitage pakkumine iseteeninduses, "
    "toetus tuleb iga kuu 8. kuupäeval. Aitäh, head päeva!",
])
def test_et_real_answer_or_recap_stays_grateful(library, last):
    assert end_step(library, "child-allowance-et", [ET_FIRST, last]) == "done"


@pytest.mark.parametrize("last", [
    "На троих выходит 80, 80 и 100 евро, деньги приходят 8-го числа. Подробнее на нашем сайте. Спасибо за "
    "звонок, до свидания!",
    "Подробнее на нашем сайте. Итак, подведём итог: подтвердите предложение в самообслуживании, на третьего "
    "100 евро, выплата 8-го числа. Спасибо за звонок, до свидания!",
])
def test_ru_real_answer_or_recap_stays_grateful(library, last):
    assert end_step(library, "child-allowance-ru", [RU_HELLO, RU_FIRST, last]) == "wrap"


def test_et_where_to_apply_answered_with_website_unchanged(library):
    first = ("Tere! Sotsiaalkindlustusamet, Piret. Avalduse saate esitada meie veebilehel sotsiaalkindlustusamet.ee. "
             "Kokkuvõtteks: kõik sai räägitud. Aitäh, head päeva!")
    assert end_step(library, "child-allowance-et", [first]) == "confused"


def test_ru_where_to_apply_answered_with_website_unchanged(library):
    first = ("Заявление подаётся на нашем сайте sotsiaalkindlustusamet.ee. Итак, подведём итог: всё обсудили. "
             "Спасибо за звонок, до свидания!")
    assert end_step(library, "child-allowance-ru", [RU_HELLO, first]) == "details"
