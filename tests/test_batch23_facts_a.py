"""New-user batch 23 (tests/newuser/live23, author w3): wrong facts without a number that the first replay let
pass (issue 10). Knowledge facts' `wrong` claims, read in every scenario by the knowledge_values gate:

1. The child-allowance offer said to be confirmable only in person, not in the self-service
   (family-benefits.child_allowance_offer).
2. The vaie said to go to the ministry, or not to the agency at all, and the agency said not to review its own
   decisions (deadlines.appeal_filed_with_board).
3. Töötukassa said to decide the disability itself, the agency said to have stopped dealing with adults'
   disability (disability.joint_application_working_age).
4. The personal code said to be secret like a PIN, known only to its owner (personal-data.isikukood_not_secret).

Sentences written for these tests, not copied from the runs; the right rule, its denial and a question are no
claim."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


OFFER = "family-benefits.child_allowance_offer"
APPEAL = "deadlines.appeal_filed_with_board"
JOINT = "disability.joint_application_working_age"
CODE = "personal-data.isikukood_not_secret"

WRONG = [
    (OFFER, "et", "Pakkumust iseteeninduses kinnitada ei saa, selleks peate tulema meie büroosse."),
    (OFFER, "et", "Pakkumuse saab kinnitada ainult kohapeal klienditeeninduses."),
    (OFFER, "et", "Iseteeninduse kaudu ei ole pakkumust võimalik kinnitada."),
    (OFFER, "et", "Pakkumuse kinnitamiseks tuleb Teil isiklikult kohale tulla."),
    (OFFER, "ru", "Подтвердить предложение в среде самообслуживания нельзя, приходите в бюро."),
    (OFFER, "ru", "Предложение можно подтвердить только лично в бюро обслуживания."),
    (OFFER, "ru", "Для подтверждения предложения нужно прийти лично с документом."),
    (APPEAL, "et", "Vaie tuleb saata Sotsiaalministeeriumisse, mitte meile."),
    (APPEAL, "et", "Vaide lahendab ministeerium, meie sellega ei tegele."),
    (APPEAL, "et", "Meie amet oma otsuseid ise üle ei vaata."),
    (APPEAL, "et", "Sotsiaalkindlustusamet ei vaata oma otsust uuesti läbi."),
    (APPEAL, "et", "Vaiet meile ei esitata, vaid see saadetakse ministeeriumi kaudu."),
    (APPEAL, "ru", "Возражение подавайте в Министерство социальных дел."),
    (APPEAL, "ru", "Возражение рассматривает министерство, а не мы."),
    (APPEAL, "ru", "Департамент свои решения сам не пересматривает."),
    (APPEAL, "ru", "Возражение подаётся не нам, а сразу в административный суд."),
    (JOINT, "et", "Töötukassa otsustab ise ka puude raskusastme."),
    (JOINT, "et", "Puude raskusastme määrab nüüd Töötukassa."),
    (JOINT, "et", "Esitage taotlus Töötukassale, kes tuvastab ka puude."),
    (JOINT, "et", "Täiskasvanute puudega Sotsiaalkindlustusamet enam ei tegele."),
    (JOINT, "et", "Puude otsuse teeb nüüd Töötukassa."),
    (JOINT, "ru", "Степень тяжести инвалидности теперь определяет Касса по безработице."),
    (JOINT, "ru", "Касса по безработице сама устанавливает и инвалидность."),
    (JOINT, "ru", "Департамент больше не занимается инвалидностью взрослых."),
    (JOINT, "ru", "Решение об инвалидности принимает Töötukassa."),
    (CODE, "et", "Isikukood on salajane, nii et selle järgi tean, et see olete Teie."),
    (CODE, "et", "Teie isikukood on nagu PIN-kood, seda ei tohi kellelegi öelda."),
    (CODE, "et", "Isikukoodi teate ainult Teie ise."),
    (CODE, "et", "Isikukood tõendab kindlalt, kellega ma räägin."),
    (CODE, "ru", "Личный код – это секрет, как PIN-код от карты."),
    (CODE, "ru", "Свой личный код знаете только вы."),
    (CODE, "ru", "Личный код надёжно подтверждает, что я говорю именно с вами."),
]

RIGHT = [
    (OFFER, "et", "Pakkumuse kinnitate iseteeninduses, sinna saab ID-kaardi, mobiil-ID või Smart-ID-ga."),
    (OFFER, "et", "Kui iseteenindusse ei pääse, saate pakkumuse kinnitada ka klienditeeninduses."),
    (OFFER, "et", "Kas pakkumust saab kinnitada ainult iseteeninduses?"),
    (OFFER, "et", "Pakkumuse kinnitamiseks ei pea kohale tulema."),
    (OFFER, "ru", "Предложение вы подтверждаете в среде самообслуживания."),
    (OFFER, "ru", "Приходить лично для подтверждения предложения не нужно."),
    (OFFER, "ru", "Можно ли подтвердить предложение только в бюро?"),
    (OFFER, "ru", "Подтвердить предложение можно в самообслуживании, а если не получается, то и в бюро."),
    (OFFER, "et", "Kui ID-kaarti pole, ei saa iseteenindusse siseneda, aga pakkumuse saab kinnitada ka klienditeeninduses."),
    (APPEAL, "et", "Vaie esitatakse meile, mitte ministeeriumile."),
    (APPEAL, "et", "Vaide vaatab amet ise läbi 30 päeva jooksul."),
    (APPEAL, "et", "Kui vaideotsusega ei nõustu, võite pöörduda halduskohtusse."),
    (APPEAL, "et", "Vaiet ei saa telefoni teel esitada, see peab olema kirjalik."),
    (APPEAL, "et", "Kas amet oma otsuseid üle ei vaata?"),
    (APPEAL, "ru", "Возражение подаётся нам, а не в министерство."),
    (APPEAL, "ru", "Департамент сам рассматривает возражение и может пересмотреть своё решение."),
    (APPEAL, "ru", "Если с решением по возражению не согласны, можно обратиться в административный суд."),
    (APPEAL, "ru", "Возражение рассматривает Департамент, министерство этим не занимается."),
    (APPEAL, "et", "Sotsiaalministeerium vaiet ei lahenda, vaide vaatab läbi amet."),
    (JOINT, "et", "Töötukassa hindab töövõimet, puude raskusastme otsustab Sotsiaalkindlustusamet."),
    (JOINT, "et", "Töötukassa otsustab töövõime ja puude otsustab amet ekspertarsti hinnangu põhjal."),
    (JOINT, "et", "Ühistaotluse esitate Töötukassale, puude tuvastab siis amet."),
    (JOINT, "et", "Kas Töötukassa otsustab ka puude?"),
    (JOINT, "ru", "Касса по безработице оценивает трудоспособность, а инвалидность определяет Департамент."),
    (JOINT, "ru", "Совместное заявление подают в Кассу по безработице, инвалидность потом устанавливает Департамент."),
    (JOINT, "ru", "Разве Касса по безработице сама устанавливает инвалидность?"),
    (CODE, "et", "Isikukood ei ole saladus, seepärast küsin lisaks sünnikohta."),
    (CODE, "et", "Isikukood pole salajane, aga sellega leian Teie andmed."),
    (CODE, "et", "Palun ärge öelge mulle kunagi oma PIN-koodi ega parooli."),
    (CODE, "et", "Kas isikukood on salajane?"),
    (CODE, "ru", "Личный код не тайна, его знание мало что доказывает."),
    (CODE, "ru", "это защита персональных данных личный код не тайна его знание не доказывает согласие"),
    (CODE, "ru", "PIN-код никому не сообщайте, а личный код нужен, чтобы найти ваши данные."),
    (CODE, "et", "Isikukood on avalik teave, mitte saladus, seepärast küsin veel üht kontrollküsimust."),
    (JOINT, "et", "Töötukassa ekspertarst hindab tegevuspiiranguid ja selle põhjal otsustab puude raskusastme amet."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_the_wrong_rule_is_a_wrong_claim(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_the_right_rule_a_denial_or_a_question_is_no_claim(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)
