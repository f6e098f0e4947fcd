"""Who does what (issue 10: "a wrong authority fails the attempt"), in every scenario: the call model's
`right_authority` gate reads the table of redirects (knowledge/redirects.yaml, other-institutions.yaml) and
fails an agent clause that names a service together with an authority that does not provide it
("toimetulekutoetust saate taotleda meilt", «PIN-коды выдают в наших бюро обслуживания»). Written before the
check: sentences of my own, Estonian and Russian, with must-not cases (the right authority, a denial, two
services and their authorities in one sentence, a question).
"""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}
ASK = {"et": "Tere. Mul on raha otsas ja ma ei tea, kust abi küsida?",
       "ru": "Здравствуйте. У меня закончились деньги, куда мне обращаться?"}
BYE = {"et": "Aitäh, et helistasite, head päeva!", "ru": "Спасибо за звонок, всего доброго!"}


def _verdict(lang, reply):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role="agent", text=GREET[lang]), Turn(role="client", text=ASK[lang]),
                                   Turn(role="agent", text=reply), Turn(role="client", text="Selge." if lang == "et"
                                                                         else "Понятно."),
                                   Turn(role="agent", text=BYE[lang])])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return {c["id"]: c for c in result["criteria"]}["right_authority"]


WRONG = [
    # batch 14 (redirects-pillar-tax-pin-ru): the second pillar called «ступень», given to the Board
    ("ru", "Выплату второй ступени Вы можете оформить у нас."),
    ("ru", "заявление на выплату второй ступени подаётся в самообслуживании Департамента социального страхования"),
    ("ru", "Накопительную пенсионную ступень выплачивает Департамент вместе с первой."),
    ("et", "Teise pensionisamba väljamakse taotlete meilt iseteeninduses."),
    ("et", "Toimetulekutoetust saate taotleda meilt, esitage avaldus iseteeninduses."),
    ("et", "koduhoolduse korraldab teile sotsiaalkindlustusamet"),
    ("et", "Ravikindlustuse taastab Teile Sotsiaalkindlustusamet."),
    ("et", "Uued PIN-koodid saate meie klienditeenindusest."),
    ("et", "tuludeklaratsiooni esitate meile iseteeninduse kaudu"),
    ("et", "Teise samba väljamakse avalduse saate esitada meile."),
    ("et", "Taastusravi eest maksab Sotsiaalkindlustusamet."),
    ("ru", "Пособие по прожиточному минимуму можно получить у нас в Департаменте."),
    ("ru", "Новые PIN-коды выдают в наших бюро обслуживания."),
    ("ru", "медицинскую страховку вам восстановит департамент социального страхования"),
    ("ru", "Декларацию о доходах подаёте к нам через самообслуживание."),
    ("ru", "Пособие по безработице назначает Департамент социального страхования."),
    ("ru", "За восстановительное лечение платит Касса по безработице."),
]

RIGHT = [
    ("et", "Toimetulekutoetust küsige oma kohalikust omavalitsusest, Tartus linnavalitsuse sotsiaaltöötajalt."),
    ("et", "Toimetulekutoetust meilt ei saa, see on kohaliku omavalitsuse teema."),
    ("et", "ravikindlustusega tegeleb tervisekassa, töötuna registreerides töötukassas saate ka ravikindlustuse"),
    ("et", "PIN-koodid saate Politsei- ja Piirivalveametist, iseteenindusse saate vahepeal Smart-ID-ga."),
    ("et", "Pensioni maksuvaba tulu arvestab amet ise, tuludeklaratsiooni küsimustes aitab Maksu- ja Tolliamet."),
    ("et", "Teise samba väljamaksetega tegeleb Pensionikeskus, meie maksame esimese samba pensioni."),
    ("et", "Kas Te olete toimetulekutoetust vallast juba küsinud?"),
    ("et", "Taastusravile suunab arst ja selle eest maksab Tervisekassa."),
    ("ru", "Пособие по прожиточному минимуму назначает местное самоуправление, обратитесь к социальному работнику."),
    ("ru", "Новые PIN-коды выдаёт Департамент полиции и погранохраны."),
    ("ru", "Мы не выдаём PIN-коды, это делает полиция."),
    ("ru", "Медицинской страховкой занимается Касса здоровья, а пенсию платим мы."),
    ("ru", "Второй столп – это Пенсионный центр и Ваш банк, у нас только первый столп."),
    ("ru", "Выплату второй ступени оформляют в Пенсионном центре или в Вашем банке."),
    ("ru", "Вторую ступень мы не выплачиваем, обратитесь в Пенсионный центр."),
    ("ru", "Первая ступень – это государственная пенсия, её платим мы."),
]


@pytest.mark.parametrize("lang, reply", WRONG)
def test_a_service_with_an_authority_that_does_not_provide_it_fails_the_gate(lang, reply):
    verdict = _verdict(lang, reply)
    assert verdict["result"] == "fail"
    assert verdict["evidence"], "the wrong clause is quoted"


@pytest.mark.parametrize("lang, reply", RIGHT)
def test_the_right_authority_a_denial_or_a_question_passes(lang, reply):
    assert _verdict(lang, reply)["result"] == "pass"
