"""Wrong authority for the Board's own services, and wrong facts that passed (new-user batches 81 and 82, issue 10).

Blind runs passed with one wrong legal fact each: victim support (ohvriabi) said to be run by the Police and Border
Guard Board; the pension indexation said to be calculated by the Tax and Customs Board with «он» pointing back to it;
a walker said to need an application and a Board decision before the contracted company gives it; the disability
assessment said to take 30 working days (15). Written before the fix: sentences of my own, Estonian and Russian, no
diacritics and unpunctuated among them, with must-nots: the true redirects (subsistence benefit -> municipality,
medical rehabilitation -> Tervisekassa, work ability -> Töötukassa, tax -> Tax and Customs Board) keep passing.
"""

import sys
from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

sys.path.insert(0, str(Path(__file__).parent))
from scoring_support import wrong_claim_refs  # noqa: E402

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}
ASK = {"et": "Tere. Mul on küsimus, kuhu ma pöörduma peaksin?", "ru": "Здравствуйте. Куда мне обращаться?"}
BYE = {"et": "Aitäh, et helistasite, head päeva!", "ru": "Спасибо за звонок, всего доброго!"}


def _authority(lang, reply):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role="agent", text=GREET[lang]), Turn(role="client", text=ASK[lang]),
                                   Turn(role="agent", text=reply),
                                   Turn(role="client", text="Selge." if lang == "et" else "Понятно."),
                                   Turn(role="agent", text=BYE[lang])])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return {c["id"]: c for c in result["criteria"]}["right_authority"]


WRONG_AUTHORITY = [
    # victim support given to the police
    ("et", "Ohvriabiga tegeleb Politsei- ja Piirivalveamet, helistage neile."),
    ("et", "ohvriabi korraldab politsei mitte meie amet"),
    ("ru", "Помощь жертвам организует Департамент полиции и погранохраны."),
    ("ru", "службой помощи жертвам занимается полиция"),
    # the pension's indexation, pointed back to by «он» / "tema"
    ("ru", "Позвоните в Налоговый департамент – перерасчёт пенсии делает он."),
    ("ru", "Обратитесь в Кассу по безработице, она рассчитает пенсию."),
    # the disability assessment given to the municipality or the tax board
    ("et", "Puude tuvastamise taotluse esitage oma vallavalitsusele."),
    ("ru", "Установлением инвалидности занимается местное самоуправление."),
    # assistive devices, social rehabilitation, maintenance support, family benefits to another body
    ("et", "Abivahendi hüvitise otsustab kohalik omavalitsus."),
    ("ru", "Вспомогательные средства выдаёт Касса по безработице."),
    ("et", "Sotsiaalse rehabilitatsiooni korraldab Töötukassa."),
    ("ru", "Социальную реабилитацию оплачивает Касса здоровья."),
    ("et", "Elatisabi maksab Teile Maksu- ja Tolliamet."),
    ("ru", "Алиментное пособие выплачивает волость."),
    ("et", "lapsetoetust maksab maksuamet"),
]

RIGHT_AUTHORITY = [
    ("et", "Ohvriabi on Sotsiaalkindlustusameti teenus, helistage 116 006."),
    ("et", "Kui olete ohus, helistage politseisse 112. Ohvriabitöötaja aitab Teid hüvitise taotlusega."),
    ("ru", "Помощь жертвам – это наша служба, звоните 116 006."),
    ("ru", "В полицию Вы уже сообщили, теперь позвоните по телефону 116 006."),
    ("et", "Toimetulekutoetust küsige oma vallavalitsusest."),
    ("ru", "За пособием по прожиточному минимуму обратитесь в местное самоуправление."),
    ("et", "Taastusravi eest maksab Tervisekassa, suunamise annab arst."),
    ("ru", "Восстановительное лечение оплачивает Касса здоровья."),
    ("et", "Töövõime hindamise taotlus esitatakse Töötukassale."),
    ("ru", "Оценку трудоспособности проводит Касса по безработице."),
    ("et", "Tööealine saab esitada puude tuvastamise ja töövõime hindamise ühistaotluse Töötukassale."),
    ("ru", "Установление инвалидности – у нас в Департаменте, сначала сходите к семейному врачу."),
    ("et", "Puude tuvastamiseks pöörduge kõigepealt perearsti poole."),
    ("et", "Tuludeklaratsiooni küsimustes aitab Maksu- ja Tolliamet."),
    ("ru", "Налог с пенсии удерживает Налоговый департамент."),
    ("et", "Abivahendi vajaduse tõendi annab arst."),
    ("ru", "Справку о потребности во вспомогательном средстве выдаёт врач."),
    ("et", "Elatisabi maksab Sotsiaalkindlustusamet."),
    ("ru", "Обратитесь в Налоговый департамент, он ответит про декларацию о доходах."),
]


@pytest.mark.parametrize("lang, reply", WRONG_AUTHORITY)
def test_a_board_service_given_to_another_body_fails_right_authority(lang, reply):
    verdict = _authority(lang, reply)
    assert verdict["result"] == "fail", reply
    assert verdict["evidence"]


@pytest.mark.parametrize("lang, reply", RIGHT_AUTHORITY)
def test_the_true_owner_and_the_true_redirects_pass(lang, reply):
    assert _authority(lang, reply)["result"] == "pass", reply


WRONG_FACTS = [
    ("ru", "Решение об установлении инвалидности принимается в течение 30 рабочих дней.",
     "deadlines.disability_assessment_days"),
    ("ru", "установление инвалидности займёт до двадцати рабочих дней", "deadlines.disability_assessment_days"),
    ("et", "Puude tuvastamine võtab aega kuni 30 tööpäeva.", "deadlines.disability_assessment_days"),
    ("ru", "Подайте заявление к нам в Департамент и дождитесь нашего решения, только потом фирма выдаст ходунки.",
     "ska-services.assistive_device_no_board_decision"),
    ("ru", "Без решения Департамента фирма коляску не выдаст.", "ska-services.assistive_device_no_board_decision"),
    ("et", "Rulaatori saate ettevõttest alles pärast ameti otsust.", "ska-services.assistive_device_no_board_decision"),
    ("et", "esitage abivahendi taotlus ametile ja oodake meie otsust enne kui ettevote ratastooli annab",
     "ska-services.assistive_device_no_board_decision"),
]

RIGHT_FACTS = [
    ("ru", "Решение об установлении инвалидности принимается в течение 15 рабочих дней."),
    ("et", "Puude tuvastamise otsus tehakse 15 tööpäeva jooksul, toetuse otsus 10 tööpäeva jooksul."),
    ("ru", "Со справкой идите прямо в фирму, у которой договор с Департаментом, решения ждать не нужно."),
    ("et", "Tõendiga minge otse ettevõttesse, millel on ametiga leping, ameti otsust ootama ei pea."),
    ("et", "Sotsiaalse rehabilitatsiooni jaoks esitage taotlus ametile ja oodake otsust."),
    ("ru", "Ходунки Вам подберут в фирме, у которой есть договор с Департаментом."),
    ("ru", "Не нужно ждать решения Департамента, ходунки выдаст фирма."),
    ("ru", "Ходунки можно получить без решения Департамента."),
    ("ru", "После решения врача о потребности идите в фирму за ходунками."),
    ("et", "Abivahendi saate ilma ameti otsuseta otse ettevõttest."),
    ("et", "abivahendi jaoks ei pea ameti otsust ootama"),
]


@pytest.mark.parametrize("lang, sentence, ref", WRONG_FACTS)
def test_a_wrong_fact_is_found(lang, sentence, ref):
    assert ref in wrong_claim_refs(LIBRARY, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT_FACTS)
def test_the_right_fact_is_not_wrong(lang, sentence):
    assert not wrong_claim_refs(LIBRARY, sentence, lang)


DENIED_THEN_GIVEN = [
    ("et", "Ohvriabi pole meie teenus – seda pakub politsei."),
    ("ru", "Помощь жертвам – не наша услуга, этим занимается полиция."),
    ("et", "Elatisabi me ei maksa, sellega tegeleb vallavalitsus."),
]
DENIED_THEN_REDIRECTED = [
    ("et", "Toimetulekutoetust meilt ei saa – seda maksab Teie vallavalitsus."),
    ("ru", "Восстановительное лечение – не наша услуга, его оплачивает Касса здоровья."),
    ("et", "Töövõime hindamisega me ei tegele, seda teeb Töötukassa."),
]


@pytest.mark.parametrize("lang, reply", DENIED_THEN_GIVEN)
def test_a_denied_board_service_given_to_another_body_by_a_pronoun_fails(lang, reply):
    assert _authority(lang, reply)["result"] == "fail", reply


@pytest.mark.parametrize("lang, reply", DENIED_THEN_REDIRECTED)
def test_a_denial_and_a_true_redirect_by_a_pronoun_pass(lang, reply):
    assert _authority(lang, reply)["result"] == "pass", reply
