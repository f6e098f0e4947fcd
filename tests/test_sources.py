"""The source words (website, self-service, computer) are spelt once (trainer/text/sources.py) and read alike."""

import pytest

from trainer.scoring.client_reply import cannot_use_sites
from trainer.scoring.pointer_list import pointer_clause


@pytest.mark.parametrize("text", [
    "ma ei oska seda iseteenindust kasutada",
    "portaali ma kasutada ei oska",           # the portal is a site too
    "mul pole arvutit",
    "я в сайтах совсем не разбираюсь",
    "в самообслуживании я плохо разбираюсь",
    "компьютером я не пользуюсь",
])
def test_client_cannot_use_sites(text):
    assert cannot_use_sites(text)


@pytest.mark.parametrize("text", [
    "ma lugesin kodulehte ja sain aru",
    "portaalis ma juba käisin",
    "я смотрела на сайте, там всё понятно",
    "компьютер у меня есть",
])
def test_client_can_use_sites(text):
    assert not cannot_use_sites(text)


@pytest.mark.parametrize("part", ["vaadake kodulehelt", "Täpsemalt lugege meie veebilehelt.", "смотрите на сайте",
                                  "Всё описано на сайте."])
def test_pointer_clause_reads_the_same_site_words(part):
    assert pointer_clause(part)


@pytest.mark.parametrize("part", ["Taotluse saate esitada iseteeninduses.", "Пенсия приходит восьмого числа."])
def test_no_pointer_clause(part):
    assert not pointer_clause(part)
