"""Wrong rules across the knowledge base (issue #10): a knowledge fact may list `wrong` claims, the common
wrong rules about it ("116 006 vastab tööpäeviti 9-17", «в самообслуживание можно войти через интернет-банк»).
An agent sentence that states one of them about the fact's topic fails the knowledge-values gate in every
scenario, not only where a scenario's own criterion lists it.

Written before the check. Sentences are our own: inflected, lowercase without õäöü, unpunctuated, with the
claim said of another line or channel beside the topic, negated, or asked.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from trainer.scoring.kbvalues import find_wrong_values
from trainer.simulation.knowledge import default_knowledge_dir, load_knowledge


@lru_cache(maxsize=1)
def _facts():
    kb = load_knowledge(default_knowledge_dir())
    assert not kb.problems, kb.problems
    return kb.value_facts()


def refs(text: str, lang: str) -> set[str]:
    return {r for hit in find_wrong_values(text, lang, _facts()) for r in hit.refs}


@pytest.mark.parametrize("lang, text, ref", [
    ("ru", "Позвоните на кризисный телефон помощи жертвам 116 006. Только учтите, он работает по рабочим дням "
           "с 9 до 17, поэтому лучше позвонить сейчас.", "crisis-and-safety.crisis_lines_hours"),  # "он": the line
    ("ru", "Кризисный телефон 116 006 работает по рабочим дням с 9 до 17.", "crisis-and-safety.crisis_lines_hours"),
    ("ru", "кризисный телефон 116 006 работает только днём до 17 часов", "crisis-and-safety.crisis_lines_hours"),
    ("et", "Ohvriabi kriisitelefon 116 006 vastab tööpäeviti kella 9-17.", "crisis-and-safety.crisis_lines_hours"),
    ("et", "ohvriabi 116 006 on avatud ainult toopaevadel", "crisis-and-safety.crisis_lines_hours"),
    ("et", "Lasteabi 116 111 töötab esmaspäevast reedeni.", "crisis-and-safety.crisis_lines_hours"),
    ("ru", "В самообслуживание можно войти через интернет-банк, по банковской ссылке.",
     "contact-points.self_service_login"),
    ("et", "Iseteenindusse saate sisse logida ka pangalingiga.", "contact-points.self_service_login"),
    ("et", "iseteenindusse saab sisse ka interneti panga kaudu", "contact-points.self_service_login"),
    # the abolished weekend rule, the topic inside the claim ("перед выходными")
    ("ru", "Если пятое число выпадает на выходные, пенсию платят в пятницу перед выходными.",
     "pension-payment.weekend_rule"),
    ("et", "Kui viies kuupäev on nädalavahetusel, makstakse pension eelneval reedel.", "pension-payment.weekend_rule"),
    ("et", "kui 5 kuupaev on puhkepaeval tuleb pension juba eelmisel reedel", "pension-payment.weekend_rule"),
    # insured at once on registering as unemployed
    # (the fact's topic is the noun "ravikindlustus": "olete ravikindlustatud kohe ..." names no topic, and adding
    # the participle would pull the two-month rule's sentences into this fact's number check)
    ("et", "Töötuna registreerides kehtib ravikindlustus kohe registreerimise päevast.",
     "other-institutions.unemployed_health_insurance"),
    ("ru", "Медицинская страховка появится сразу со дня регистрации в Кассе по безработице.",
     "other-institutions.unemployed_health_insurance"),
    # family benefits on the pension day (batch 9: family-finland-ru)
    ("ru", "И для ориентира: эстонское детское пособие – 80 евро на ребёнка в месяц, приходит 5-го числа, в тот же "
           "день, что и пенсии.", "family-benefits.payment_day"),
    ("et", "Lapsetoetus tuleb iga kuu 5. kuupäeval koos pensioniga.", "family-benefits.payment_day"),
    # batch 8: "only a notarised authorisation"
    ("ru", "А чтобы Вы могли получать её данные, нужна доверенность – но учтите, мы принимаем только нотариально "
           "заверенную доверенность, простую бумагу с подписью принять нельзя.", "personal-data.authorisation"),
    ("ru", "Нужна именно нотариальная доверенность от госпожи Петровой.", "personal-data.authorisation"),
    ("et", "Volikiri peab olema notariaalselt kinnitatud, käsitsi allkirjastatud paber ei sobi.",
     "personal-data.authorisation"),
    ("et", "ema andmete saamiseks on vaja volikirja ainult notari juures tehtud", "personal-data.authorisation"),
    # batch 17: a particle between the modal and the notary
    ("et", "Volikiri peab küll olema notari juures kinnitatud, paberil allkirjastatud volitusega me andmeid ei anna.",
     "personal-data.authorisation"),
    ("et", "volikiri tuleb kindlasti notariaalselt kinnitada", "personal-data.authorisation"),
    # batch 10: maintenance support "for the whole court case, however long" (it is at most 150 days)
    ("et", "Kui kohtuasi venib, makstakse elatisabi kogu kohtumenetluse aja, ükskõik kui kaua see kestab.",
     "maintenance-support.court_proceedings_days"),
    ("et", "elatisabi saate kogu kohtumenetluse vältel kuni kohus otsuse teeb", "maintenance-support.court_proceedings_days"),
    ("ru", "Алиментное пособие выплачивается всё время судебного разбирательства, сколько бы оно ни длилось.",
     "maintenance-support.court_proceedings_days"),
])
def test_a_wrong_claim_about_a_fact_is_found(lang, text, ref):
    assert ref in refs(text, lang)
    assert all(hit.claim for hit in find_wrong_values(text, lang, _facts()) if ref in hit.refs)


@pytest.mark.parametrize("lang, text", [
    # the right rule, in other words
    ("ru", "Кризисный телефон 116 006 работает круглосуточно и бесплатно."),
    ("et", "Ohvriabi kriisitelefon 116 006 vastab ööpäev läbi, ka nädalavahetusel."),
    # the hours said of another line in the same sentence
    ("et", "Meie infotelefon 16106 on avatud tööpäeviti 9-17, ohvriabi kriisitelefon 116 006 aga ööpäev läbi."),
    ("ru", "Наша инфолиния 16106 работает по рабочим дням с 9 до 17, а кризисный телефон 116 006 – круглосуточно."),
    ("et", "infotelefon 16106 toopaeviti kriisitelefon 116 006 kogu aeg"),
    ("ru", "Доверенность может быть с цифровой подписью, подписанная от руки на бумаге или нотариально заверенная."),
    ("et", "Volikiri võib olla digiallkirjaga, paberil käsitsi allkirjastatud või ka notariaalne."),
    ("ru", "Нотариальная доверенность тоже подойдёт, но это не обязательно."),
    ("et", "Volikiri peab olema kirjalik: digiallkirjaga, paberil käsitsi allkirjastatud või notariaalne."),
    ("et", "Notari juurde minema ei pea, volikiri peab lihtsalt olema allkirjastatud."),
    ("et", "Varem maksti pension nädalavahetuse korral eelneval reedel, nüüd järgmise kahe tööpäeva jooksul."),
    ("et", "Kuni 2024. aasta lõpuni maksti pension nädalavahetuse korral välja sellele eelneval reedel."),
    ("ru", "До 2025 года при выходных пенсию выплачивали в предшествующую пятницу."),
    ("ru", "Раньше при выходных платили в пятницу перед выходными, теперь – в течение двух следующих рабочих дней."),
    ("et", "Kui 5. kuupäev on nädalavahetusel, makstakse pension järgmise kahe tööpäeva jooksul, eelneval reedel enam mitte."),
    ("et", "Ravikindlustus tekib töötuna arveloleku 31. päevast, töötutoetuse saajal selle õiguse tekkimise päevast."),
    ("ru", "Медицинская страховка появится не сразу, а с 31-го дня регистрации."),
    ("ru", "Пенсия приходит 5-го числа, а детское пособие – 8-го."),
    ("et", "Pension makstakse 5. kuupäeval, lapsetoetus aga 8. kuupäeval."),
    ("et", "Lapsetoetus makstakse 8. kuupäeval, sel kuul 8. on pühapäev, nii et raha tuleb järgmisel tööpäeval."),
    # the next sentence speaks of another line
    ("ru", "Позвоните на кризисный телефон 116 006. Наша инфолиния работает по рабочим дням с 9 до 17."),
    ("et", "Helistage ohvriabi kriisitelefonile 116 006. Meie infotelefon 16106 vastab tööpäeviti."),
    # found by batch 8: the agency's own hours after the lines were named, and a denial after the claim
    ("ru", "Коротко повторю: при опасности – сразу 112; помощь для Вас – 116 006; по поводу детей – 116 111. "
           "Насчёт пособия звоните нам в любой рабочий день, мы поможем."),
    ("et", "seni saate iseteenindusse sisse ka mobiil-id voi smart-id-ga, parooli voi pangalingiga mitte"),
    ("ru", "В самообслуживание через интернет-банк нельзя, только с ID-картой, Mobiil-ID или Smart-ID."),
    # negated or asked
    ("et", "Kriisitelefon 116 006 ei tööta ainult tööpäeviti, vaid ööpäev läbi."),
    ("ru", "Кризисный телефон 116 006 работает только по рабочим дням?"),
    # the bank in another role
    ("ru", "Пенсия приходит через банк, а в самообслуживание Вы входите с ID-картой или Smart-ID."),
    ("et", "Iseteenindusse logite sisse ID-kaardi, mobiil-ID või Smart-IDga; pangalingiga sinna ei saa."),
    ("et", "Pension makstakse pangakontole, iseteeninduses saate konto numbrit muuta."),
    # maintenance support: the right rule, and the court case's own length
    ("et", "Elatisabi makstakse kohtumenetluse ajal kuni 150 päeva, kuid mitte kauem kui kohtuotsuseni."),
    ("et", "Kohtumenetlus võib kesta ükskõik kui kaua, elatisabi makstakse selle ajal kuni 150 päeva."),
    ("ru", "Алиментное пособие платят во время суда до 150 дней, но не дольше, чем до решения суда."),
])
def test_right_rules_and_other_subjects_are_no_wrong_claim(lang, text):
    assert not refs(text, lang) & {"crisis-and-safety.crisis_lines_hours", "contact-points.self_service_login",
                                   "personal-data.authorisation", "pension-payment.weekend_rule",
                                   "other-institutions.unemployed_health_insurance", "family-benefits.payment_day"}

