"""New-user batch 19 (tests/newuser/live19, held out): five wrong facts passed at the first replay (issue 10).

Knowledge claims (every scenario):
1. an invented condition for the child-allowance offer ("the offer comes only after the baby is registered with
   a family doctor"): the only condition is the registered birth (family-benefits.child_allowance_offer);
2. a service complaint forwarded to, or handled by, the Chancellor of Justice: the Board handles it itself
   (complaints-and-requests.service_complaint_registration);
3. the money "only sent" on the payment day and on the account a working day later: it arrives the same day
   (pension-payment.money_same_day).
Who does what (right_authority gate):
4. the vaie against a disability decision filed with Töötukassa: the Board decides on disability;
5. the pension amount told by Töötukassa, also when "there" points back to it from the previous clause.
Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import verdicts, wrong_claim_refs

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


OFFER = "family-benefits.child_allowance_offer"
CHANCELLOR = "complaints-and-requests.service_complaint_registration"
SAME_DAY = "pension-payment.money_same_day"

WRONG = [
    (OFFER, "et", "Pakkumus ilmub iseteenindusse ainult siis, kui laps on perearsti nimistus."),
    (OFFER, "et", "Lapsetoetuse pakkumuse saate alles pärast seda, kui olete lapsele perearsti valinud."),
    (OFFER, "et", "pakkumus tuleb alles siis kui olete lapsele isikukoodi ja arsti saanud"),
    (OFFER, "ru", "Предложение в самообслуживании появится только после того, как ребёнка прикрепят к семейному врачу."),
    (OFFER, "ru", "Предложение придёт лишь при условии, что Вы сначала подадите заявление в бюро."),
    (CHANCELLOR, "ru", "Вашу жалобу я передам канцлеру юстиции, ответ придёт от них."),
    (CHANCELLOR, "ru", "Жалобы на обслуживание у нас разбирает канцлер юстиции."),
    (CHANCELLOR, "ru", "жалоба записана и будет направлена канцлеру юстиции"),
    (CHANCELLOR, "et", "Teie kaebuse edastan õiguskantslerile, tema vastab kirjalikult."),
    (CHANCELLOR, "et", "Teeninduse kohta käivad kaebused vaatab läbi õiguskantsler."),
    (SAME_DAY, "ru", "В день выплаты деньги лишь перечисляются, на счету они будут на следующий рабочий день."),
    (SAME_DAY, "ru", "Деньги появятся на счёте на следующий день после дня выплаты."),
    (SAME_DAY, "et", "Maksepäeval raha alles saadetakse teele, kontole jõuab see järgmisel tööpäeval."),
    (SAME_DAY, "et", "Raha laekub kontole järgmisel tööpäeval pärast maksepäeva."),
]

RIGHT = [
    # the real condition, the confirmation, a denial of the invented one
    ("et", "Pakkumus tuleb iseteenindusse alles siis, kui lapse sünd on registreeritud."),
    ("et", "Toetust hakatakse maksma alles pärast seda, kui olete pakkumuse kinnitanud."),
    ("et", "Pakkumuse saamiseks ei pea last perearsti juurde registreerima."),
    ("ru", "Предложение придёт только после регистрации рождения ребёнка."),
    ("ru", "Пособие начнут платить лишь после того, как Вы подтвердите предложение."),
    ("ru", "Для предложения не нужно прикреплять ребёнка к семейному врачу."),
    # the Chancellor as the client's own route, or named as not handling it
    ("ru", "Жалобу я зарегистрирую сама и передам руководителю бюро, ответ придёт письменно в течение 30 дней."),
    ("ru", "Если ответ Вас не устроит, Вы можете сами обратиться к канцлеру юстиции."),
    ("ru", "Жалобу мы канцлеру юстиции не передаём, её рассматривает руководитель."),
    ("et", "Kaebuse edastan vastutavale juhile ja vastus tuleb kirjalikult 30 päeva jooksul."),
    ("et", "Soovi korral võite ka ise pöörduda õiguskantsleri poole."),
    ("et", "Kaebust me õiguskantslerile ei edasta, selle vaatab läbi juht."),
    # the same day; the weekend rule; money due tomorrow
    ("ru", "В день выплаты деньги поступают на счёт в тот же день."),
    ("ru", "Если 5-е выпадает на выходные, деньги поступят на счёт на следующий рабочий день."),
    ("ru", "Если завтра денег на счёте не будет, позвоните нам."),
    ("et", "Maksepäeval jõuab raha kontole samal päeval."),
    ("et", "Kui 5. kuupäev on nädalavahetusel, laekub raha kontole järgmisel tööpäeval."),
    ("et", "Kui raha homme kontol ei ole, helistage meile."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_a_wrong_claim_is_found(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT)
def test_a_right_or_negated_sentence_is_no_claim(library, lang, sentence):
    assert not (wrong_claim_refs(library, sentence, lang) & {OFFER, CHANCELLOR, SAME_DAY})


# -- who does what ----------------------------------------------------------------------------------------

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}
ASK = {"et": "Tere. Mul on küsimus puude ja pensioni kohta.",
       "ru": "Здравствуйте. У меня вопрос про инвалидность и пенсию."}
BYE = {"et": "Aitäh, et helistasite, head päeva!", "ru": "Спасибо за звонок, всего доброго!"}


def _authority(lang, reply):
    turns = [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", reply),
             ("client", "Selge." if lang == "et" else "Понятно."), ("agent", BYE[lang])]
    return verdicts(lang, turns)["right_authority"]


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vaide puude otsusele saatke Töötukassale."),
    ("et", "puude otsuse vaie läheb töötukassasse, nemad vaatavad selle üle"),
    ("ru", "Возражение на решение об инвалидности подайте в Кассу по безработице."),
    ("ru", "Возражение по решению о степени инвалидности рассматривает Касса по безработице."),
    ("ru", "Размер пенсии Вам назовут в Кассе по безработице."),
    ("ru", "Позвоните в Кассу по безработице, там скажут сумму пенсии."),
    ("et", "Helistage Töötukassasse, seal öeldakse Teile pensioni suurus."),
    ("et", "Pensioni summa ütleb Teile Töötukassa."),
])
def test_a_wrong_authority_fails(lang, reply):
    assert _authority(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vaide puude otsusele esitate meile 30 päeva jooksul."),
    ("et", "Töövõime otsuse vaie läheb Töötukassale, puude otsuse vaie meile."),
    ("et", "Ühistaotluse saate esitada Töötukassale."),
    ("ru", "Возражение на решение об инвалидности подаётся в Департамент в течение 30 дней."),
    ("ru", "Возражение на решение о трудоспособности подают в Кассу по безработице."),
    ("ru", "Сумму пенсии Вы увидите в среде самообслуживания или узнаете у нас по телефону 16106."),
    ("ru", "Позвоните нам, там назовут сумму пенсии."),
    ("ru", "Касса по безработице пенсию не платит, сумму пенсии скажем мы."),
    ("et", "Pensioni suurust näete iseteeninduses, Töötukassa seda ei tea."),
    ("et", "Helistage Töötukassasse töötutoetuse pärast, pensioni suuruse ütleme meie."),
])
def test_the_right_authority_or_a_denial_passes(lang, reply):
    assert _authority(lang, reply) == "pass"
