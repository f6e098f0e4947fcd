"""Batch 49: the parental benefit and the birth grant are the Board's family benefits, so sending them to Töötukassa
names a wrong authority (new-user batch 49 parental-benefit-chat-et wrong), on own sentences with must-nots."""

import pytest
from scoring_support import authority_of


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vanemahüvitist taotlete Töötukassast, nende e-teeninduses."),
    ("et", "Isa vanemahüvitise avalduse peate esitama Töötukassale."),
    ("et", "Sünnitoetuse maksab välja Töötukassa."),
    ("ru", "Родительскую компенсацию оформляют в Кассе по безработице."),
])
def test_parental_benefit_sent_to_tootukassa_is_a_wrong_authority(lang, reply):
    assert authority_of(lang, reply) == "fail", reply


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vanemahüvitise taotluse esitate Sotsiaalkindlustusameti iseteeninduses."),
    ("et", "Kui olete Töötukassas töötuna arvel, ei takista see vanemahüvitist, mida maksab Sotsiaalkindlustusamet."),
    ("ru", "Родительскую компенсацию назначает Департамент социального страхования, заявление подаётся нам."),
])
def test_parental_benefit_at_the_board_is_right(lang, reply):
    assert authority_of(lang, reply) != "fail", reply
