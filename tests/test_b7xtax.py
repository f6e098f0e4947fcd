"""New-user batches 71/72, two wrong facts that passed at first sight (branch b7xtax), on sentences written for
these tests:

1. the child's survivor's benefit (toitjakaotustoetus) said to be taxed: income tax withheld from it, "maksustatav",
   «облагается налогом». It is a family benefit and is not taxed (ska-facts.md topic 12, knowledge
   survivors-pension.child_benefit); the fact now lists the tax as a wrong claim (`wrong`), read by the
   knowledge_values gate. A bare "toetus" / «пособие» in the next sentence points back to the benefit just named
   (`kbclaims`: the head noun of the last subject's topic).
2. the pension certificate said to take days or weeks ("saadetakse 15 tööpäeva jooksul", «придёт через неделю»): it
   is downloaded from iseteenindus at once (ska-facts.md, knowledge pension-payment.pension_certificate).

Must-nots: a denial, "maksuvaba", a question, the pension's own tax (another fact), the certificate downloaded at
once, other certificates (proof of life, a school's) and their validity or filing deadlines.
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

TAX = "survivors-pension.child_benefit"
CERT = "pension-payment.pension_certificate"


@pytest.fixture(scope="module")
def library():
    return load_library()


TAX_WRONG = [
    ("et", "Toitjakaotustoetus on maksustatav tulu, nii et kätte saate veidi vähem."),
    ("et", "Toitjakaotustoetuselt peetakse kinni ka tulumaks."),
    ("et", "Pidage meeles, et toitjakaotustoetust maksustatakse tulumaksuga."),
    ("et", "toitjakaotustoetuse pealt tuleb tasuda ka tulumaksu"),
    ("et", "Toitjakaotustoetus läheb tulumaksu alla."),
    ("et", "Lapsele makstakse toitjakaotustoetust, millelt arvestatakse maha tulumaks."),
    ("et", "Tütrele hakatakse maksma toitjakaotustoetust. Toetus on küll tulumaksuga maksustatav."),
    ("ru", "Пособие по потере кормильца облагается подоходным налогом."),
    ("ru", "С пособия по потере кормильца удерживается подоходный налог."),
    ("ru", "Дочь будет получать пособие по потере кормильца, с него удержат налог."),
    ("ru", "Пособие по потере кормильца считается налогооблагаемым доходом."),
    ("ru", "Сыну назначат пособие по потере кормильца. Пособие облагается налогом, так что на руки выйдет меньше."),
]
TAX_RIGHT = [
    ("et", "Toitjakaotustoetus ei ole maksustatav, see makstakse välja täies ulatuses."),
    ("et", "Toitjakaotustoetuselt tulumaksu kinni ei peeta."),
    ("et", "Toitjakaotustoetus on maksuvaba."),
    ("et", "Kas toitjakaotustoetus on maksustatav?"),
    ("et", "Toitjakaotustoetust tulumaksuga ei maksustata."),
    ("et", "Tütar saab toitjakaotustoetust. Teie enda palgalt peetakse tulumaks kinni nagu ennegi."),
    ("et", "Pensionilt peetakse tulumaks kinni ainult maksuvaba tulu ületavalt osalt."),
    ("ru", "Пособие по потере кормильца налогом не облагается."),
    ("ru", "С пособия по потере кормильца налог не удерживается."),
    ("ru", "Облагается ли пособие по потере кормильца налогом?"),
    ("ru", "С пенсии налог удерживается только с суммы выше необлагаемого дохода."),
]


@pytest.mark.parametrize("lang, sentence", TAX_WRONG)
def test_child_benefit_said_taxed_is_wrong(library, lang, sentence):
    assert TAX in wrong_claim_refs(library, sentence, lang), sentence


@pytest.mark.parametrize("lang, sentence", TAX_RIGHT)
def test_child_benefit_tax_right_or_other_stays(library, lang, sentence):
    assert TAX not in wrong_claim_refs(library, sentence, lang), sentence


CERT_WRONG = [
    ("et", "Tõendi saadame Teile kümne tööpäeva jooksul."),
    ("et", "Pensionitõend jõuab Teieni umbes kahe nädala pärast."),
    ("et", "Tellige tõend iseteeninduses, see valmib viie tööpäeva jooksul."),
    ("et", "Tõend väljastatakse 10 tööpäeva jooksul pärast tellimist."),
    ("et", "tõendi saate kätte paari päeva pärast"),
    ("et", "Tõendit tuleb oodata umbes kaks nädalat."),
    ("et", "Tõendi tellite iseteenindusest ja kahe nädala jooksul saadetakse see Teile."),
    ("ru", "Справку о пенсии вышлем Вам в течение 10 рабочих дней."),
    ("ru", "Закажите справку в самообслуживании, она будет готова через неделю."),
    ("ru", "Справка придёт примерно через две недели."),
    ("ru", "Справку о размере пенсии оформляют до пяти рабочих дней."),
]
CERT_RIGHT = [
    ("et", "Tõendi saate iseteenindusest kohe ise alla laadida."),
    ("et", "Tõend on iseteeninduses kohe olemas, seda ei pea ootama."),
    ("et", "Elusolekutõend kehtib 12 kuud."),
    ("et", "Elusolekutõend tuleb esitada kord aastas."),
    ("et", "Kooli tõend tuleb esitada 30 päeva jooksul."),
    ("et", "Kas tõend jõuab Teieni paari päeva jooksul?"),
    ("et", "Tõend pensioni kohta viimase 3 kuu eest on iseteeninduses."),
    ("ru", "Справку можно сразу скачать в самообслуживании."),
    ("ru", "Справка о нахождении в живых действует 12 месяцев."),
    ("ru", "Справку о пенсии за последние 3 месяца скачаете в самообслуживании."),
]


@pytest.mark.parametrize("lang, sentence", CERT_WRONG)
def test_certificate_said_to_take_days_is_wrong(library, lang, sentence):
    assert CERT in wrong_claim_refs(library, sentence, lang), sentence


@pytest.mark.parametrize("lang, sentence", CERT_RIGHT)
def test_certificate_at_once_or_other_stays(library, lang, sentence):
    assert CERT not in wrong_claim_refs(library, sentence, lang), sentence
