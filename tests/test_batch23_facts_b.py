"""New-user batch 23 (tests/newuser/live23, author x3): four wrong facts without a number passed at the first replay.

Knowledge claims: a shelter place only after a police report (crisis-and-safety.domestic_violence_steps); the
pension rise applied for, not automatic (pension-indexation.indexation_automatic); the Board keeping the population
register and changing a relative's residence on a call (pensioner-living-alone.registered_relatives_trap); a
spouse getting the survivor's pension always and automatically (survivors-pension.who_can_get, apply_any_time).
Sentences written for these tests, not copied from the runs; the must-nots say the right rule, deny the wrong
one, or say the same words of another matter."""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


SHELTER = "crisis-and-safety.domestic_violence_steps"
RISE = "pension-indexation.indexation_automatic"
REGISTER = "pensioner-living-alone.registered_relatives_trap"
ALWAYS = "survivors-pension.who_can_get"
AUTOMATIC = "survivors-pension.apply_any_time"

WRONG = [
    (SHELTER, "ru", "Убежище Вам предоставят только после того, как Вы напишете заявление в полицию."),
    (SHELTER, "ru", "Без заявления в полицию место в приюте не дают."),
    (SHELTER, "ru", "Чтобы попасть в убежище, сначала нужно подать на мужа заявление в полицию."),
    (SHELTER, "et", "Turvakodusse saab alles pärast seda, kui olete politseisse avalduse teinud."),
    (SHELTER, "et", "Varjupaika antakse ainult siis, kui mees on politseile üles antud."),
    (SHELTER, "et", "Ilma politseiavalduseta turvakodu kohta ei saa."),
    (RISE, "et", "Pensionitõusu saamiseks peate esitama avalduse iseteeninduses."),
    (RISE, "et", "Tõusu tuleb Teil ise taotleda, muidu seda ei arvestata."),
    (RISE, "et", "Tõus arvestatakse ainult avalduse alusel."),
    (RISE, "et", "Palun taotlege tõusu iseteeninduses."),
    (RISE, "ru", "Чтобы получить прибавку, нужно подать заявление через самообслуживание."),
    (RISE, "ru", "Индексация делается только по заявлению пенсионера."),
    (RISE, "ru", "Подайте заявление на индексацию в самообслуживании."),
    (REGISTER, "ru", "Регистр народонаселения ведёт Департамент социального страхования."),
    (REGISTER, "ru", "Пусть сын позвонит нам, и мы выпишем его с Вашего адреса."),
    (REGISTER, "ru", "По его звонку мы сами изменим его место жительства."),
    (REGISTER, "et", "Rahvastikuregistrit peab meie amet, nii et poeg võib lihtsalt helistada."),
    (REGISTER, "et", "Helistage meile ja me kirjutame Teie poja Teie aadressilt välja."),
    (REGISTER, "et", "Me muudame tema elukoha registris ise ära."),
    (ALWAYS, "et", "Abikaasale makstakse toitjakaotuspensioni alati."),
    (ALWAYS, "et", "Lesk saab alati toitjakaotuspensioni, muid tingimusi pole."),
    (ALWAYS, "ru", "Вдове пенсия по потере кормильца положена всегда."),
    (ALWAYS, "ru", "Супруг всегда получает пенсию по потере кормильца."),
    (AUTOMATIC, "et", "Teie toitjakaotuspension määratakse automaatselt."),
    (AUTOMATIC, "et", "Teie enda toitjakaotuspension tuleb juba ise."),
    (AUTOMATIC, "ru", "Пенсию по потере кормильца Вам назначат автоматически."),
    (AUTOMATIC, "ru", "Без заявления Вам назначат пенсию по потере кормильца."),
]
RIGHT = [
    # shelter: no condition, the police as the emergency line, the police condition of another matter
    ("ru", "Убежище можно получить и без заявления в полицию."),
    ("ru", "Если он угрожает прямо сейчас, звоните 112; с убежищем поможет телефон 116 006."),
    ("ru", "Заявление в полицию для убежища подавать не обязательно, решать сейчас ничего не нужно."),
    ("ru", "Условие для убежища не заявление в полицию, а Ваша безопасность."),
    ("et", "Turvakodu leidmisel aitab ohvriabi kriisitelefon 116 006, politseisse pöördumine ei ole tingimus."),
    ("et", "Otsese ohu korral helistage 112; turvakodu leidmisel aitab 116 006."),
    ("et", "Turvakodusse saab ka ilma politseiavalduseta."),
    # the rise: automatic, denied, an application for something else
    ("et", "Pensionitõusu ei pea taotlema, see tuleb automaatselt."),
    ("et", "Tõusu jaoks avaldust esitada ei ole vaja."),
    ("et", "Pension tõuseb 1. aprillil automaatselt; iseteeninduses näete oma uut summat."),
    ("et", "Rahvapensioni peate taotlema, pensionitõus tuleb aga ise."),
    ("et", "Tõus tuleb automaatselt, aga lapse eest pensionilisa saamiseks peate avalduse esitama."),
    ("ru", "Прибавку не нужно запрашивать, пенсия повышается автоматически."),
    ("ru", "Заявление на индексацию подавать не нужно."),
    ("ru", "Для народной пенсии нужно подать заявление, а индексация происходит сама."),
    ("ru", "Вы можете запросить расчёт индексации в самообслуживании."),
    # the register: the person's own step, denied, read by the Board, another act of the Board
    ("ru", "Сын должен сам изменить место жительства в регистре народонаселения, через самоуправление или eesti.ee."),
    ("ru", "Мы не можем изменить его регистрацию, это делает самоуправление."),
    ("ru", "Мы проверим по регистру народонаселения, кто зарегистрирован по Вашему адресу."),
    ("ru", "Мы выпишем Вам справку о размере пенсии."),
    ("ru", "Регистр народонаселения ведёт не наш Департамент, а Министерство внутренних дел."),
    ("et", "Elukoha muudab poeg ise rahvastikuregistris, kohaliku omavalitsuse kaudu."),
    ("et", "Meie ei saa tema elukohta muuta."),
    ("et", "Me näeme rahvastikuregistrist, et Teie aadressil on registreeritud ka poeg."),
    ("et", "Rahvastikuregistrit peab Siseministeerium, kanded teeb kohalik omavalitsus."),
    ("et", "Rahvastikuregistri andmeid peame me enne otsust kontrollima."),
    # survivor's pension: the conditions, an application, "always" of applying, the child's pension kept
    ("et", "Toitjakaotuspensioni saab abikaasa siis, kui ta vastab tingimustele; taotluse võib esitada igal ajal."),
    ("et", "Toitjakaotuspensioni ei määrata automaatselt, selleks tuleb esitada taotlus."),
    ("et", "Toitjakaotuspensioni taotluse saab alati esitada ka klienditeeninduses."),
    ("et", "Kuni 30.10.2026 määratud toitjakaotuspension jääb alles ja seda makstakse edasi."),
    ("ru", "Пенсию по потере кормильца супруг получает, только если выполнены условия."),
    ("ru", "Заявление на пенсию по потере кормильца можно подать всегда, в любое время."),
    ("ru", "Пенсия по потере кормильца не назначается автоматически, нужно подать заявление."),
    ("ru", "Пенсия по старости придёт автоматически."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_a_wrong_claim_is_found(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("lang, sentence", RIGHT)
def test_the_right_rule_in_other_words_is_no_claim(library, lang, sentence):
    assert not wrong_claim_refs(library, sentence, lang)
