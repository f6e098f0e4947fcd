"""New-user batch 22 (tests/newuser/live22, held out): wrong facts the first replay let pass (issue 10).

Knowledge facts' `wrong` claims, read in every scenario by the knowledge_values gate:
1. Fresh certificates told to be added to the vaie: later health data go in a new expertise application
   (disability.new_data_after_decision).
2. The difference from the second country denied outright (cross-border.primary_country); a denial tied to a
   condition ("if its benefit is not larger") is the rule.
3. Actual living told to count instead of the population register (pensioner-living-alone.registered_relatives_trap).
4. An EU country told to need no proof of life (pension-abroad.proof_of_life_yearly).
5. The father's 30 days told to be taken in one go (parental-benefit.father_days); a plural pronoun ("need",
   «их») points back to the subject of the sentence before.
Scenario gate: 6. Tervisekassa named as the payer of a crime victim's costs (victim-support-ru
compensation_mentioned).
Sentences written for these tests, not copied from the runs."""

from __future__ import annotations

import pytest
from scoring_support import scenario_reply_result, wrong_claim_refs

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


NEW_DATA = "disability.new_data_after_decision"
DIFFERENCE = "cross-border.primary_country"
REGISTER = "pensioner-living-alone.registered_relatives_trap"
PROOF = "pension-abroad.proof_of_life_yearly"
FATHER = "parental-benefit.father_days"

WRONG = [
    (NEW_DATA, "et", "Vaidele lisage kindlasti ka uued arstitõendid, mis saate pärast otsust."),
    (NEW_DATA, "et", "vaidele tasub lisada varsked uuringud ja toendid"),
    (NEW_DATA, "ru", "К возражению приложите, пожалуйста, новые медицинские справки."),
    (NEW_DATA, "ru", "В возражение можно добавить свежие обследования от врача."),
    (DIFFERENCE, "et", "Teine riik vahet ei maksa, isegi kui sealne toetus on suurem."),
    (DIFFERENCE, "et", "Vahet kahjuks ei maksta, Soome osa jääb saamata."),
    (DIFFERENCE, "ru", "Другая страна ничего не доплачивает, даже если у неё пособие выше."),
    (DIFFERENCE, "ru", "Разницы в вашем случае не будет."),
    (DIFFERENCE, "ru", "Итак, пособие платит одна страна, доплаты разницы нет."),
    (REGISTER, "et", "Oluline on tegelik elukoht, mitte rahvastikuregistri kanne."),
    (REGISTER, "et", "Loeb tegelik elamine, mitte registrikanne, nii et toetuse saate."),
    (REGISTER, "ru", "Учитывается фактическое проживание, а не регистрация."),
    (REGISTER, "ru", "Для пособия важно не прописка, а фактическое место жительства."),
    (PROOF, "et", "Elusolekutõendit Saksamaalt esitama ei pea, see on ELi riik."),
    (PROOF, "et", "Euroopa Liidu riigist ei ole vaja elusolekutoendit saata."),
    (PROOF, "ru", "Справку о нахождении в живых из Франции присылать не нужно, это Европейский союз."),
    (PROOF, "ru", "Из стран ЕС не нужно присылать справку о нахождении в живых."),
    (FATHER, "et", "Isa vanemahüvitise 30 päeva tuleb võtta ühe korraga."),
    (FATHER, "et", "Isa vanemahüvitis on 30 päeva. Osadeks neid jagada ei saa."),
    (FATHER, "ru", "Родительскую компенсацию отца нельзя делить на части."),
    (FATHER, "ru", "Родительская компенсация отца – 30 дней. Их нужно взять сразу все, подряд."),
]

RIGHT = [
    (NEW_DATA, "et", "Uued arstitõendid ei kuulu vaide juurde, nende põhjal esitage uus ekspertiisitaotlus."),
    (NEW_DATA, "et", "Kas soovite vaidele lisada uusi tõendeid?"),
    (NEW_DATA, "et", "Vaides kirjutage, millise otsusega ei nõustu ja miks; lisage olemasolevad dokumendid."),
    (NEW_DATA, "ru", "Новые справки к возражению не прилагают, по ним подают новое заявление на экспертизу."),
    (NEW_DATA, "ru", "Новые данные о здоровье приложите к новому заявлению на экспертизу."),
    (NEW_DATA, "ru", "Можно ли приложить к возражению новые справки?"),
    (DIFFERENCE, "et", "Teine riik võib maksta vahe, kui tema toetus on suurem."),
    (DIFFERENCE, "et", "Vahet ei maksta, kui Soome toetus ei ole suurem."),
    (DIFFERENCE, "et", "Kas teine riik vahet ei maksa?"),
    (DIFFERENCE, "ru", "Другая страна может доплатить разницу, если её пособие больше."),
    (DIFFERENCE, "ru", "Вторая страна не доплачивает, если её пособие не больше."),
    (DIFFERENCE, "ru", "Разве вторая страна разницу не доплачивает?"),
    (REGISTER, "et", "Loeb rahvastikuregistri kanne, mitte tegelik elamine."),
    (REGISTER, "et", "Kas loeb tegelik elamine, mitte registrikanne?"),
    (REGISTER, "ru", "Решает регистрация, а не фактическое проживание."),
    (REGISTER, "ru", "Разве важно фактическое проживание, а не регистрация?"),
    (PROOF, "et", "Elusolekutõendit ei pea esitama ainult Venemaal, Lätis, Leedus ja mõnes muus riigis elades."),
    (PROOF, "et", "Saksamaa on ELi riik, aga elusolekutõend tuleb ikkagi igal aastal esitada."),
    (PROOF, "et", "Kas ELi riigist ei pea elusolekutõendit esitama?"),
    (PROOF, "ru", "Справку о нахождении в живых нужно присылать и из Германии, хотя это страна ЕС."),
    (PROOF, "ru", "Справка о нахождении в живых не нужна только из России, Беларуси, Латвии, Литвы, Молдовы и Украины."),
    (PROOF, "ru", "Не нужна ли справка о нахождении в живых из страны ЕС?"),
    (FATHER, "et", "Isa vanemahüvitise 30 päeva saab võtta ka osade kaupa, kuni laps saab 3-aastaseks."),
    (FATHER, "et", "Isa vanemahüvitis on 30 päeva. Neid võib võtta korraga või osadeks jagada."),
    (FATHER, "et", "Kas isa vanemahüvitise päevi ei saa osadeks jagada?"),
    (FATHER, "ru", "Родительскую компенсацию отца можно брать частями, пока ребёнку не исполнится 3 года."),
    (FATHER, "ru", "Родительская компенсация отца – 30 дней. Их можно взять сразу или по частям."),
    (FATHER, "ru", "Разве родительскую компенсацию отца нельзя делить на части?"),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_the_wrong_rule_is_a_wrong_claim(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_the_right_rule_a_denial_or_a_question_is_no_claim(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


def _compensation(library, scenario: str, reply: str) -> str:
    """"wrong" when the gate fails on something said (with evidence), else its result ("fail" when missing)."""
    verdict = next(c for c in scenario_reply_result(library, scenario, reply)["criteria"]
                   if c["id"] == "compensation_mentioned")
    return "wrong" if verdict["result"] == "fail" and verdict.get("evidence") else verdict["result"]


@pytest.mark.parametrize("scenario, reply", [
    ("victim-support-ru", "Расходы на психолога возмещает не наш Департамент, а Касса здоровья."),
    ("victim-support-ru", "Эти счета Вам компенсирует Касса здоровья."),
    ("victim-support-ru", "Касса здоровья возмещает расходы на лечение, счета отправьте им."),
    ("victim-support-et", "Ravikulud ja psühholoogi arved hüvitab Tervisekassa, mitte meie."),
])
def test_another_payer_of_a_victims_costs_is_wrong(library, scenario, reply):
    assert _compensation(library, scenario, reply) == "wrong"


@pytest.mark.parametrize("scenario, reply", [
    ("victim-support-ru", "Касса здоровья это не оплачивает. Компенсацию можно запросить у нашего Департамента."),
    ("victim-support-ru", "Можно подать заявление на компенсацию, в том числе расходов на психологическую помощь."),
    ("victim-support-et", "Hüvitist saate taotleda meilt, ohvriabitöötaja aitab taotlusega."),
    ("victim-support-et", "Tervisekassa siin ei aita, hüvitist saate taotleda meilt."),
])
def test_the_board_as_the_payer_is_right(library, scenario, reply):
    assert _compensation(library, scenario, reply) == "pass"
