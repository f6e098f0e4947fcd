"""Competent replies not read as third-person knowledge text or left unheard (new-user batch 70, branch b70third).

Own sentences, not the runs': a clipped office word is no "client", the agent speaking as "we" about the specialist's
act is no role narration, a fronted translit infinitive is read as an infinitive, a typo of a signal's noun is heard,
and the application filed by phone is a named wrong channel."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.scoring.role_narration import narrates_role
from trainer.scoring.unaddressed import _third_person, not_addressed
from trainer.text.translit import cyrillic_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("sentence", [
    "Vormi saate ka kliendit. juurest",           # "kliendit." clipped from "klienditeeninduses"
    "Paberil blankett on olemas kliendit.",
    "Avalduse võib tuua meie klienditeenindusse.",
])
def test_clipped_office_word_is_no_client(sentence):
    assert not _third_person(sentence, "et")


@pytest.mark.parametrize("sentence", [
    "Kliendile makstakse toetust iga kuu.",       # must-not: knowledge text about "the client" stays so
    "Helistajat ei tuvastata telefoni teel.",
    "Klienti teavitatakse otsusest kirjalikult.",
    "Kliendid saavad iseteeninduses avalduse esitada.",
])
def test_client_in_third_person_still_read(sentence):
    assert _third_person(sentence, "et")


@pytest.mark.parametrize("sentence", [
    "Kui isa tuleb meie büroosse, klienditeenindaja vormistab avalduse tema juuresolekul.",
    "Kirjutage meile ja spetsialist kontrollib andmed üle.",
    "Мы передадим документы, специалист оформляет заявление при Вас.",
])
def test_agent_speaking_as_we_is_no_role_narration(sentence):
    lang = "ru" if any("а" <= ch <= "я" for ch in sentence.lower()) else "et"
    assert not narrates_role(sentence, lang)
    assert not_addressed(sentence, lang) == ""


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Klienditeenindaja kontrollib kõigepealt helistaja isikut.", "et"),   # must-not: the role narrated
    ("Spetsialist küsib kõigepealt, kas helistaja on ohutus kohas.", "et"),
    ("Специалист сначала уточняет, в безопасности ли человек.", "ru"),
    ("Spetsialist kontrollib arusaamist: „Kas ma selgitasin arusaadavalt?“", "et"),   # a quoted "ma" is no speaker
])
def test_role_narration_still_read(sentence, lang):
    assert narrates_role(sentence, lang)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("sami vyplatit ili kompensirovat etu summu my po pravilam ne mozhem",
     "выплатить или компенсировать эту сумму мы по правилам не можем"),
    ("zamenit staruju kartu departament sejchas ne mozhet", "заменить старую карту департамент сейчас не может"),
])
def test_fronted_translit_infinitive(latin, cyrillic):
    assert cyrillic in cyrillic_text(latin)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("oni zaplatit pensiju kogda mozhno", "они заплатит"),          # must-not: after its subject ("они заплатят")
    ("kompensirovat, my mozhem potom", "компенсироват"),          # must-not: a comma ends the clause
    ("vernut eti starye dokumenty esli mozhno", "вернут эти"),             # must-not: another clause opens before the modal
])
def test_finite_translit_verb_kept(latin, cyrillic):
    assert cyrillic in cyrillic_text(latin).lower()


def _signal(scenario: str, name: str):
    import yaml

    from trainer import text as tx

    data = yaml.safe_load((ROOT / "scenarios" / f"{scenario}.yaml").read_text(encoding="utf-8"))
    return tx.PhraseSet(data["signals"][name], data["language"])


def test_offer_heard_with_a_typo():
    offer = _signal("parental-benefit-chat-et", "offer")
    assert offer.find_all("amet teeb teile pakkumse iseteenindusse")
    assert offer.find_all("pakumus tuleb iseteenindusse, kinnitage see")
    assert not offer.find_all("Avalduse vormi leiate kodulehelt.")


def test_cannot_pay_with_an_adverbial_in_translit():
    cannot = _signal("russian-pension-ru", "explained_cannot_pay")
    assert cannot.find_all(cyrillic_text("sami vyplatit etu pensiju my po zakonu ne mozhem"))
    assert not cannot.find_all(cyrillic_text("zaplatit ranshe departament ne mozhet obeshat"))


def test_phone_filing_signal():
    phone = _signal("application-channel-chat-et", "phone_filing")
    assert phone.find_all("Lihtsaim on, kui ema esitab taotluse telefonitsi meie infoliinil.")
    assert not phone.find_all("Taotlust ei saa telefonis esitada, saatke see posti teel.")
    assert not phone.find_all("Küsimuste korral helistage infoliinile, taotluse esitate paberil.")
