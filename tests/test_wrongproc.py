"""New-user batch 73 wrong facts that passed at first sight (issue #10), read by the knowledge base in every scenario.

1. The disability procedure: the family doctor said not to be needed first, or the expert doctor said to examine the
   person in person (disability.family_doctor_first, disability.expert_decides_from_documents, et and ru). The truth:
   the family doctor first, then the application; the expert doctor decides from the documents. "Family doctor first",
   a second visit not needed, the expert not examining, and an expert who *may* invite someone stay right.
2. Maintenance support (elatisabi) said to be paid until the child is 18, whatever the court decides, or on after the
   judgment (maintenance-support.court_proceedings_days). The truth: up to 150 days during court proceedings, not past
   the judgment. The 150 days, the stop at the judgment, the parent's own maintenance (elatis) until 18 and the bailiff
   in enforcement stay right.

Written before the change; the sentences are our own, not the runs'. Some are without diacritics on purpose.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library

DOCTOR = "disability.family_doctor_first"
EXPERT = "disability.expert_decides_from_documents"
ELATISABI = "maintenance-support.court_proceedings_days"


@lru_cache(maxsize=1)
def _library():
    return load_library()


def refs(text: str, lang: str) -> set[str]:
    return wrong_claim_refs(_library(), text, lang)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Идти к семейному врачу заранее не надо, сразу подавайте заявление."),
    ("ru", "Семейный врач Вам тут не нужен, подавайте ходатайство напрямую."),
    ("ru", "Обращаться к семейному врачу сначала необязательно."),
    ("ru", "Вам не нужно сначала ходить к семейному врачу."),
    ("ru", "Заявление можно подать без визита к семейному врачу."),
    ("et", "Perearsti juurde ei pea enne minema, esitage taotlus kohe."),
    ("et", "perearsti poole poorduda pole vaja, taotluse voite kohe ara saata"),
    ("et", "Te ei pea kõigepealt perearsti juurde minema."),
    ("et", "Taotluse saab esitada ilma perearsti visiidita."),
])
def test_family_doctor_said_not_needed_first_is_wrong(lang, text):
    assert DOCTOR in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("ru", "Врач-эксперт потом вызовет Вас на осмотр и сам оценит Ваше здоровье."),
    ("ru", "эксперт осмотрит вас лично"),
    ("ru", "На приём Вас пригласит врач-эксперт."),
    ("et", "Ekspertarst kutsub Teid vastuvõtule ja vaatab Teid ise üle."),
    ("et", "ekspert vaatab teid hiljem ise ule"),
    ("et", "Vastuvõtule kutsub Teid ekspertarst."),
])
def test_expert_said_to_examine_in_person_is_wrong(lang, text):
    assert EXPERT in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("ru", "Сначала обратитесь к семейному врачу, затем подайте заявление."),
    ("ru", "Без обращения к семейному врачу заявление рассматривать не будут."),
    ("ru", "Если Вы уже были у семейного врача, ещё раз идти к нему не нужно."),
    ("ru", "Врач-эксперт решает по документам, лично приходить на осмотр не нужно."),
    ("ru", "Эксперт Вас не осматривает, он оценивает документы."),
    ("ru", "При необходимости эксперт может пригласить Вас на приём."),
    ("et", "Kõigepealt pöörduge perearsti poole, seejärel esitage taotlus."),
    ("et", "Kui olete perearsti juures juba käinud, ei pea uuesti minema."),
    ("et", "Ilma perearsti andmeteta taotlust ei menetleta."),
    ("et", "Ekspertarst otsustab dokumentide alusel, vastuvõtule tulema ei pea."),
    ("et", "Ekspertarst ei kutsu Teid vastuvõtule, ta hindab dokumente."),
    ("et", "Vajadusel võib ekspertarst kutsuda Teid vastuvõtule."),
    # the expert deciding "not at an appointment" (new-user batch 24 terse run, own wording here)
    ("et", "Ekspertarst otsustab paberite järgi, mitte vastuvõtul."),
    ("ru", "Эксперт решает по бумагам, не на приёме."),
    # the expertise application is not the expert
    ("et", "Ekspertiisitaotluse saate esitada ka isiklikult büroos."),
    ("ru", "Заявление на экспертизу можно подать лично в бюро, эксперт решит по документам."),
    # the expert "assessing you" from the documents (batches 51 and 59 good runs, own wording here)
    ("et", "Seejärel hindab ekspertarst Teid dokumentide alusel ja amet otsustab puude."),
    ("et", "ekspert hindab teid dokumentide pohjal"),
    ("ru", "Врач-эксперт примет решение на основании документов, без встречи."),
])
def test_disability_procedure_said_right_is_no_wrong_claim(lang, text):
    assert not refs(text, lang) & {DOCTOR, EXPERT}, text


@pytest.mark.parametrize("lang, text", [
    ("et", "Elatisabi makstakse kuni lapse täisealiseks saamiseni, ükskõik mis kohus otsustab."),
    ("et", "elatisabi saate olenemata kohtumenetluse tulemusest"),
    ("et", "Kui elatisabi on määratud, makstakse seda edasi ka pärast kohtuotsust."),
    ("et", "Elatisabi jääb Teile kuni lapse 18-aastaseks saamiseni."),
    ("ru", "Алиментное пособие будут платить до 18 лет ребенка."),
    ("ru", "Алиментное пособие выплачивается независимо от решения суда."),
    ("ru", "Elatisabi Вы получаете, чем бы ни закончился суд."),
    ("ru", "Алиментное пособие сохраняется и после решения суда."),
])
def test_maintenance_support_said_paid_past_the_judgment_is_wrong(lang, text):
    assert ELATISABI in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Kohtumenetluse ajal makstakse elatisabi kuni 150 päeva, kuid mitte kauem kui kohtuotsuseni."),
    ("et", "Pärast kohtuotsust elatisabi enam ei maksta."),
    ("et", "Elatisabi on ajutine abi. Elatist peab isa maksma kuni lapse 18-aastaseks saamiseni."),
    ("et", "Täitemenetluse ajal taotletakse elatisabi kohtutäituri kaudu."),
    ("et", "Elatisabi saab taotleda alla 18-aastasele lapsele."),
    ("ru", "Во время суда алиментное пособие платят до 150 дней, но не дольше, чем до решения суда."),
    ("ru", "После решения суда алиментное пособие больше не выплачивается."),
    ("ru", "Алиментное пособие – временная помощь, а алименты отец платит до совершеннолетия ребёнка."),
    ("ru", "Алиментное пособие назначают на ребёнка до 18 лет."),
])
def test_maintenance_support_said_right_is_no_wrong_claim(lang, text):
    assert ELATISABI not in refs(text, lang), text
