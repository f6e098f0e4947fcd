"""What blind round 6 (held out at its first replay) showed, in general form, on own et/ru sentences (issue #9).

- «от её имени» / «на его имя» (on behalf of, in the name of) ask for no name in an open chat; the Board's own
  address to write to asks for no identifier;
- «Возражение рассматривают по данным ...» is how appeals are handled, nobody's status;
- courtesy: the second person matters ("oleksite pidanud" blames, "oleks pidanud tulema raske puue" does not;
  "vaadake ise" brushes off, "kas vaataksin teie enda andmed üle" offers help); «Как я уже написала выше ...
  Читайте внимательнее» is condescending.
"""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.statements import find_identifier_requests, find_status_statements
from trainer.scoring.transcript import Turn


@pytest.mark.parametrize("lang,sentence,asks", [
    ("ru", "Если Вы хотите вести дело от её имени, нужна письменная доверенность.", False),
    ("ru", "Доверенность на его имя оформите у нотариуса.", False),
    ("ru", "Напишите, пожалуйста, на общий адрес электронной почты Департамента, что это запрос СМИ.", False),
    ("et", "Kirjutage ameti üldaadressile ja märkige, et see on meediapäring.", False),
    ("ru", "Напишите, пожалуйста, её имя.", True),
    ("ru", "Напишите, пожалуйста, Ваш адрес электронной почты.", True),
    ("et", "Palun kirjutage oma e-posti aadress.", True),
])
def test_identifier_requests(lang, sentence, asks):
    assert bool(find_identifier_requests(sentence, lang)) is asks


@pytest.mark.parametrize("sentence,status", [
    ("Возражение рассматривают по данным, которые были на момент решения.", False),
    ("Департамент рассматривает возражение в течение 30 дней.", False),
    ("Её возражение рассматривают.", True),
    ("Заявление вашей мамы рассматривается.", True),
    ("Ваше заявление поступило.", True),
])
def test_status_of_an_application(sentence, status):
    assert bool(find_status_statements(sentence, "ru")) is status


def _courtesy(language, *texts):
    turns = [Turn(role="agent", text=OPENING[language])]
    turns += [Turn(role="client" if i % 2 == 0 else "agent", text=text) for i, text in enumerate(texts)]
    return courtesy_of(turns, language, "phone")["result"]


@pytest.mark.parametrize("language,texts", [
    ("et", ("lasterikka pere toetust ei tulnud", "selge kas te soovite et ma vaataksin teie enda andmed süsteemist üle "
                                              "või on küsimus pigem üldiselt")),
    ("et", ("kas ma pean vaide esitama", "kui te arvate et juba novembris olemas olnud dokumentide põhjal oleks "
                                      "pidanud tulema raske puue siis esitate vaide")),
])
def test_third_person_and_offers_are_polite(language, texts):
    assert _courtesy(language, *texts) == "pass"


@pytest.mark.parametrize("language,texts", [
    ("et", ("Kuidas ma taotlen?", "Vaadake ise kodulehelt.")),
    ("et", ("Miks mu toetus peatati?", "Te oleksite pidanud tõendi õigel ajal saatma.")),
    ("ru", ("А в США народную пенсию платят?",
            "Как я уже написала выше, народную пенсию в США не платят. Читайте, пожалуйста, внимательнее.")),
])
def test_blame_brush_off_and_condescension_still_fail(language, texts):
    assert _courtesy(language, *texts) == "fail"


@pytest.mark.parametrize("text", ["Soome kohta ma ei tea, uuri ise Soomest.", "Loe ise kodulehelt.", "Vaata ise."])
def test_informal_brush_offs_still_fail(text):
    assert _courtesy("et", "Kas Soome pension mõjutab?", text) == "fail"
