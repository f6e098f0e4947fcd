"""Batch 78: the parental benefit comes as an offer the agency sends itself; saying no offer comes, or that a separate
application must be filed, is a wrong claim of `parental-benefit.proactive_offer` (new-user batch 78
parental-benefit-chat-et wrong), on own et/ru sentences with must-nots (the rule told right, its denial, what to do
if the offer does not come)."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

OFFER = "parental-benefit.proactive_offer"


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("sentence, lang", [
    ("Isa vanemahüvitise jaoks tuleb esitada eraldi taotlus: pakkumust amet isale ise ei saada.", "et"),
    ("Vanemahüvitise pakkumust amet ei saada, peate ise taotlema.", "et"),
    ("Isa vanemahüvitist peate ise taotlema iseteeninduses.", "et"),
    ("Родительскую компенсацию нужно оформить отдельным заявлением, предложение Департамент не присылает.", "ru"),
    ("Для родительской компенсации надо подать заявление в самообслуживании.", "ru"),
])
def test_no_offer_or_separate_application_is_a_claim(library, sentence, lang):
    assert OFFER in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Vanemahüvitise kohta saadab amet ise pakkumuse, eraldi taotlust pole vaja.", "et"),
    ("Kui pakkumust iseteenindusse ei tule, kirjutage meile.", "et"),
    ("Isa vanemahüvitist ei pea taotlema, pakkumus tuleb iseteenindusse.", "et"),
    ("Eraldi avaldust vanemahüvitise jaoks ei ole vaja esitada.", "et"),
    ("О родительской компенсации Департамент сам присылает предложение, отдельное заявление не нужно.", "ru"),
    ("Если предложение не придёт, напишите нам, родительскую компенсацию подтвердите в самообслуживании.", "ru"),
    ("Подавать заявление на родительскую компенсацию не нужно.", "ru"),
])
def test_offer_told_right_stays_right(library, sentence, lang):  # must-not
    assert OFFER not in wrong_claim_refs(library, sentence, lang)


# -- the client believes the rise told to come only in May (indexation-day-ru, batch 78 wrong) --------------------------

@pytest.mark.parametrize("reply, believed", [
    ("Повышение действует с апреля, но в апреле пенсию заплатят ещё по старому размеру, прибавка придёт только в мае.", True),
    ("Прибавка придёт вместе с апрельской пенсией, не в мае.", False),  # must-not: the right rule
])
def test_rise_in_may_is_believed_not_reasked(library, reply, believed):
    from datetime import date

    from client_support import play_client

    words, conv = play_client(library, library.get("indexation-day-ru"),
                              ["Здравствуйте! Департамент социального страхования, Ольга. Слушаю Вас.", reply],
                              date(2026, 12, 8))
    assert ("подожду до мая" in words) is believed, words
    assert "не поняла" not in words, words


# -- a denial later in the clause (kbclaims._DENIED_AFTER): three words on, not across a colon or another subject -------

@pytest.mark.parametrize("sentence, lang, ref", [
    # unpunctuated: another subject denied in contrast keeps the claim
    ("Volikiri peab olema notariaalne muud volikirjad ei kehti", "et", "personal-data.authorisation"),
    # a colon opens a clause of its own
    ("Iseteenindusse saab sisse ka pangalingiga: parooliga ei saa.", "et", "contact-points.self_service_login"),
])
def test_claim_kept_before_a_later_other_denial(library, sentence, lang, ref):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence, lang, ref", [
    # (four words before the denial are past the limit: "pangalingi või parooliga sinna kahjuks ei pääse" stays a claim)
    ("Iseteenindusse pääseb ID-kaardi või Smart-ID-ga – pangalingi või parooliga kahjuks ei pääse.", "et",
     "contact-points.self_service_login"),
    ("В среду самообслуживания входят с ID-картой – через интернет-банк туда войти нельзя.", "ru",
     "contact-points.self_service_login"),
])
def test_claim_denied_a_few_words_on(library, sentence, lang, ref):  # must-not
    assert ref not in wrong_claim_refs(library, sentence, lang)
