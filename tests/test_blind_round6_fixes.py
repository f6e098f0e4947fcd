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

from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.statements import find_status_statements
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


@pytest.mark.parametrize("text,sentences", [
    # "kas A või B" after a noun or verb: either ... or, part of the statement
    ("volikiri kas digiallkirjaga või paberil tema allkirjaga vorm on kodulehel vabandust järjekord on täna pikk",
     1),
    ("tõendi saab kinnitada kas kela või notar või politsei ja see saadetakse meile posti teel", 1),
    # a question after a particle, or with a pronoun or verb before "või": still its own sentence
    ("selge kas te soovite teada kuidas tasuda või vaielda", 2),
    ("jah hea et helistasite kas pension või toetus jäi tulemata", 2),
])
def test_either_or_in_speech(text, sentences):
    from trainer import text as tx

    assert len(tx.split_sentences(tx.normalize_input(text).text)) == sentences


def test_spoken_answer_recap_and_goodbye_in_one_breath():
    from scoring_support import verdicts

    turns = [("agent", "sotsiaalkindlustusamet rain tere"),
             ("client", "tere mu ema elab soomes ja tal sel kuul pension ei tulnudki"),
             ("agent", "mhm isikukood palun"),
             ("client", "neli neli üks üks kolm null kaks üks üks üheksa üheksa"),
             ("agent", "pension on peatatud alates märtsist elusolekutõendit ei ole tulnud"),
             ("client", "kas see raha kaob ära"),
             ("agent", "ei kao pärast tõendi saabumist makstakse tagantjärele nii märtsi kui aprilli eest"),
             ("client", "aga tal ei ole smart idd kas mina võin tema eest"),
             ("agent", "ainult volitusega"),
             ("client", "mis volitus kust ma selle saan"),
             ("agent", "volikiri kas digiallkirjaga või paberil tema allkirjaga vorm on kodulehel nii et kokkuvõttes "
                       "tõend kinnitada ja meile saata ja raha tuleb tagantjärele aitäh head aega"),
             ("client", "ee jah okei aitäh")]
    result = verdicts("et", turns, identification_required=True)
    assert result["summary"] == "pass"
    assert result["closing"] == "pass"
    assert result["courtesy"] == "pass"  # an answer with a pointer to the form, not a bare referral
