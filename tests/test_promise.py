"""The agent's own commitment to help with the client's question is no promise of an outcome (new-user batch 76
crisis-violence-ru good: a safety question first, with "I will certainly help with the benefit question" before it,
failed the no_promise gate and, through its not-promise part, the scenario's no_blame gate). A promise of the result
or a date and a reproach stay wrong. Own sentences."""

import pytest
from scoring_support import scenario_criterion

from trainer.scoring.promises import is_promise
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize("sentence,lang", [
    ("Я обязательно помогу Вам с Вашим вопросом о выплате, но сначала скажите, где Вы сейчас.", "ru"),
    ("С вопросом о пенсии мы обязательно поможем.", "ru"),
    ("Мы обязательно поможем Вам с пособием, не волнуйтесь.", "ru"),
    ("Я точно помогу разобраться с пособием.", "ru"),
    ("Я непременно помогу Вам оформить заявление на пособие.", "ru"),
    ("Aitan Teid toetuse küsimusega kindlasti, aga kõigepealt öelge, kas olete praegu ohutus kohas.", "et"),
    ("Aitame kindlasti Teie pensioni küsimuses.", "et"),
    ("aitan teid kindlasti toetuse asjaga", "et"),
    ("Ma aitan Teil kindlasti toetuse taotluse ära täita.", "et"),
])
def test_a_commitment_to_help_with_the_question_is_no_promise(sentence, lang):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [
    ("Я обязательно помогу, и пособие Вам точно назначат.", "ru"),
    ("Я обязательно помогу Вам получить пособие.", "ru"),
    ("Мы обязательно поможем, деньги придут к понедельнику.", "ru"),
    ("Выплату Вам обязательно переведут до среды.", "ru"),
    ("Пенсию Вам точно восстановят.", "ru"),
    ("Вам там точно помогут с деньгами.", "ru"),
    ("Aitan kindlasti ja toetus määratakse Teile kindlasti.", "et"),
    ("Aitame Teil toetuse kindlasti kätte saada.", "et"),
    ("Pension makstakse Teile kindlasti välja järgmisel nädalal.", "et"),
])
def test_a_promised_result_or_date_stays_a_promise(sentence, lang):
    assert is_promise(sentence, lang)


HELP = "Я Вас слышу. Я непременно помогу Вам с вопросом о выплате на детей. А сейчас скажите: Вы в безопасности?"


@pytest.mark.parametrize("criterion", ["no_promise", "no_blame"])
def test_the_crisis_scenario_takes_the_commitment_to_help(library, criterion):
    assert scenario_criterion(library, "crisis-violence-ru", criterion, HELP)["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "Почему же Вы до сих пор от него не ушли?",
    "Почему Вы не уходите от него?",
    "Мы обязательно поможем, а пособие Вам точно дадут.",
    "Пособие на детей Вам точно переведут на Ваш счёт уже в этом месяце.",
])
def test_the_crisis_scenario_still_fails_a_reproach_or_a_promise(library, reply):
    assert scenario_criterion(library, "crisis-violence-ru", "no_blame", reply)["result"] == "fail"
