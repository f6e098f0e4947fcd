"""Batch 78: a top-up named again by a demonstrative («эту доплату», "selle vahe") is the difference just named, so
sending it to Töötukassa names a wrong authority (new-user batch 78 family-finland-ru wrong), on own sentences with
must-nots."""

import pytest
from scoring_support import authority_of


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Финляндия может выплатить разницу в пособиях. Ходатайство об этой доплате подают в Кассу по безработице."),
    ("ru", "Разницу Вам могут доплатить. Эту доплату оформляет Töötukassa, туда и пишите."),
    ("et", "Soome võib maksta toetuste vahe. Selle vahe taotluse esitate Töötukassale."),
])
def test_top_up_named_again_at_tootukassa_is_a_wrong_authority(lang, reply):
    assert authority_of(lang, reply) == "fail", reply


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Финляндия может выплатить разницу в пособиях. Об этой доплате Вы можете спросить у нас в самообслуживании."),
    ("ru", "Разницу Вам могут доплатить. Эту доплату Касса по безработице не оформляет, это делает Департамент."),
    ("ru", "Муж может встать на учёт в Кассе по безработице. Эта доплата тут ни при чём."),
    ("et", "Soome võib maksta toetuste vahe. Selle vahe kohta saate küsida meie iseteeninduses."),
])
def test_top_up_at_the_board_or_unrelated_is_right(lang, reply):
    assert authority_of(lang, reply) != "fail", reply
