"""A chat's short goodbye closes the call for the scorer as it does for the client (`simulation/goodbye.py`):
"Head!" ending the last reply, «До связи!», «Всех благ!» are a farewell of the closing criterion. Own sentences.

Must-nots: "head" as an adjective ("Tulemused on head.", "Väga head!", "head uudised"), "Head!" before more text,
and the informal «Пока!» / «Всего!» (no formal goodbye to a client addressed as «Вы»).
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

ET = [("agent", "Tere, Sotsiaalkindlustusamet, Piret kirjutab. Kuidas saan aidata?"),
      ("client", "Kus ma taotluse esitan?"),
      ("agent", "Taotluse saate esitada iseteeninduses. Kas sellest on abi?"),
      ("client", "Jah, aitäh, saatke mulle ka link.")]
RU = [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
      ("client", "Где подать заявление?"),
      ("agent", "Заявление можно подать на портале самообслуживания. Это помогло?"),
      ("client", "Да, спасибо, пришлите ссылку.")]


def _closing(lang: str, last: str) -> str:
    return verdicts(lang, [*(ET if lang == "et" else RU), ("agent", last)], channel="chat")["closing"]


@pytest.mark.parametrize("lang, last", [
    ("et", "Saatsin lingi Teie e-postile. Head!"),
    ("et", "Link läks teele, aitäh ja head!"),
    ("et", "Head!"),
    ("ru", "Ссылку отправила на почту. До связи!"),
    ("ru", "Ссылка у Вас в почте. Всех благ!"),
])
def test_short_chat_goodbye_closes(lang, last):
    assert _closing(lang, last) == "pass"


@pytest.mark.parametrize("lang, last", [
    ("et", "Saatsin lingi. Tulemused on head."),
    ("et", "Link on saadetud. Väga head!"),
    ("et", "Head uudised: link on teel."),
    ("et", "Head! Nüüd saadan ka lingi."),
    ("ru", "Ссылку отправила. Пока!"),
    ("ru", "Ссылку отправила. Всего!"),
])
def test_no_goodbye_or_an_informal_one_does_not_close(lang, last):
    assert _closing(lang, last) == "fail"
