"""New-user batch 52 (health-insurance-redirect-chat-et good, at first sight): the agent introducing herself in an open
web chat ("Sotsiaalkindlustusamet, minu nimi on Anna.") asks the client for nothing; asking the client's name still
does. Own sentences with must-nots."""

import pytest

from trainer.scoring.identifier_requests import find_identifier_requests


@pytest.mark.parametrize("lang, text", [
    ("et", "Tere! Sotsiaalkindlustusamet, minu nimi on Anna. Kuidas saan aidata?"),
    ("et", "Tere, mu nimi on Kadri ja ma aitan Teid hea meelega."),
    ("ru", "Здравствуйте! Департамент социального страхования, моё имя Анна, чем могу помочь?"),
])
def test_the_agents_own_name_is_no_request(lang, text):
    assert find_identifier_requests(text, lang) == ()


@pytest.mark.parametrize("lang, text", [
    ("et", "Tere! Minu nimi on Anna. Mis on Teie nimi ja isikukood?"),
    ("et", "Palun kirjutage oma nimi ja aadress."),
    ("ru", "Меня зовут Анна. Напишите, пожалуйста, Ваше имя."),
])
def test_asking_the_clients_name_is_still_a_request(lang, text):
    assert find_identifier_requests(text, lang) != ()
