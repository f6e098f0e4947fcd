"""New-user batch 47, client fixes (branch b47client; tests/newuser/live47). Own sentences, not the runs'.

1. Knowledge or service-standard text about "the client" pasted with a greeting or an impersonal rule beside it is
   told to no one: the client asks who is meant (told_about.py) and believes no wrong value in it; a real answer
   that names a third person and speaks to the caller („Teie isa kui klient ...“, „klienditeenindaja aitab Teil
   ...“, a passive rule with „Teie saate ...“) is heard. The scorer reads "Teie isa kui klient" as said to the
   caller and the clerk's role narrated („Klienditeenindaja teeb lõpus kokkuvõtte.“) as knowledge text.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import last_client_line, play_to_end

from trainer.scoring.unaddressed import not_addressed, speaks_to_listener
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.simulation.reactions import UNADDRESSED

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario: str, replies: list[str]) -> Conversation:
    return play_to_end(library, scenario, replies, TODAY)




# -- the scorer's reading -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, kind", [
    ("Klienditeenindaja teeb lõpus kokkuvõtte ja küsib, kas kõik on selge.", "et", "third_person"),
    ("Klient, kes soovib otsust vaidlustada, esitab vaide kirjalikult.", "et", "third_person"),
    ("Клиент, желающий обжаловать решение, подаёт возражение письменно.", "ru", "third_person"),
    # must-nots: said to the caller about a third person
    ("Teie isa kui klient saab taotluse ise esitada.", "et", ""),
    ("Ваш отец как клиент может сам подать заявление.", "ru", ""),
    ("Klienditeenindaja aitab Teil vaide vormi täita.", "et", ""),
    ("Klienditeenindaja aitab vaide vormi täita.", "et", ""),
])
def test_third_person_reading(sentence, lang, kind):
    assert not_addressed(sentence, lang) == kind


@pytest.mark.parametrize("sentence, lang, speaks", [
    ("Vaie esitatakse kirjalikult.", "et", False),
    ("Tere! Sotsiaalkindlustusamet, Mari.", "et", False),
    ("Vaide lahendamise aeg on kuni 30 päeva.", "et", False),
    ("Возражение подаётся письменно.", "ru", False),
    ("Esitage vaie kirjalikult.", "et", True),
    ("Teie vaie vaadatakse läbi kuu aja jooksul.", "et", True),
    ("Saadan vormi e-postiga.", "et", True),
    ("Kas saite otsuse kätte?", "et", True),
    ("Подайте возражение письменно.", "ru", True),
    ("Ваше заявление рассмотрят за месяц.", "ru", True),
])
def test_speaks_to_listener(sentence, lang, speaks):
    assert speaks_to_listener(sentence, lang) is speaks


# -- the client ------------------------------------------------------------------------------------------------------------

PASTE_ET = ("Tere! Sotsiaalkindlustusamet, Mari. Klient, kes soovib otsust vaidlustada, esitab vaide kirjalikult. "
            "Vaide lahendamise aeg on kuni 30 päeva.")


def test_et_paste_with_greeting_is_told_to_no_one(library):
    conv = _play(library, "appeal-howto-chat-et", [PASTE_ET])
    assert last_client_line(conv) in UNADDRESSED["et"]


def test_et_paste_never_thanked(library):
    conv = _play(library, "appeal-howto-chat-et", [
        PASTE_ET,
        "Vaie esitatakse vabas vormis digiallkirjaga või posti teel. Vaide tähtaeg on 30 päeva otsusest teada saamisest.",
        "Klienditeenindaja teeb lõpus kokkuvõtte ja küsib, kas klient sai aru. Aitäh!",
    ])
    assert conv.state["step"] != "wrap"


@pytest.mark.parametrize("reply", [
    "Tere! Vaie esitatakse 30 päeva jooksul otsusest teada saamisest, Teie saate selle esitada vabas vormis.",
    "Tere! Klienditeenindaja aitab Teil vaide vormi täita, vaide saate esitada 30 päeva jooksul.",
    "Tere! Klient, kes ei ole otsusega nõus, saab vaidlustada. Teie saate vaide esitada 30 päeva jooksul.",
])
def test_et_real_answer_naming_third_person_is_heard(library, reply):
    conv = _play(library, "appeal-howto-chat-et", [reply])
    assert last_client_line(conv) not in UNADDRESSED["et"]


def test_ru_paste_with_greeting_is_told_to_no_one(library):
    conv = _play(library, "third-party-son-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "Добрый день. Клиент, желающий получить сведения о пенсии, обращается в бюро лично. "
        "Сведения о пенсии предоставляются только по доверенности.",
    ])
    assert last_client_line(conv) in UNADDRESSED["ru"]


def test_ru_real_answer_naming_the_mother_as_client_is_heard(library):
    conv = _play(library, "third-party-son-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга.",
        "Ваша мама как клиент может сама позвонить нам, а сведения о пенсии предоставляются только по доверенности.",
    ])
    assert last_client_line(conv) not in UNADDRESSED["ru"]
