"""What blind round 8 (held out at its first replay) showed about data protection and identification, in general
form, on own et/ru dialogues (issue #9).

- a personal code said in two parts (the agent asks for the rest, or repeats the last digits back) identifies the
  client once the parts together make a valid code; data said after the last part are said after identification;
- a decision's outcome told to a third-party caller ("isale määrati puue", «ему назначили пособие», «решение
  приняли») is the other person's private status, as an application that has arrived is; a rule said in a relative
  clause ("inimene, kellel on puue tuvastatud", «тем, у кого установлена степень») is nobody's status;
- a third-party caller who gives only the other person's code is not identified: status told to them before any
  authorisation is on file fails identification too, not only data protection.
"""

import pytest
from scoring_support import verdicts

from trainer.scoring.statements import find_status_statements

# two valid personal codes (checksum), read digit by digit
_ET_DIGITS = "kolm kuus üks null seitse üks neli null null null null".split()   # 36107140000
_RU_DIGITS = "четыре семь два ноль три ноль пять ноль ноль ноль восемь".split()  # 47203050008


def _split_code_call(lang, first, rest, early=False):
    """The client gives the code in two parts; the agent asks for the rest in between; then an amount."""
    if lang == "et":
        amount = "Teie vanemapension on nelisada kaksteist eurot kuus."
        turns = [("agent", "Tere, Sotsiaalkindlustusamet, Marge kuuleb. Kuidas saan aidata?"),
                 ("client", "Tere, tahaksin teada, kui suur mu pension on."),
                 ("agent", "Öelge palun oma isikukood."),
                 ("client", " ".join(first)),
                 ("agent", (amount + " " if early else "") + f"Jah, {first[-1]} ja edasi?"),
                 ("client", " ".join(rest)),
                 ("agent", "Aitäh. " + ("Kas veel midagi?" if early else amount)),
                 ("client", "Selge, aitäh."),
                 ("agent", "Aitäh helistamast, head päeva!")]
        return verdicts("et", turns, identification_required=True, private_facts=["412"])
    amount = "Ваша пенсия составляет пятьсот тридцать евро в месяц."
    turns = [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
             ("client", "Здравствуйте, хочу узнать, какая у меня пенсия."),
             ("agent", "Назовите, пожалуйста, Ваш личный код."),
             ("client", " ".join(first)),
             ("agent", (amount + " " if early else "") + f"Так, {first[-1]}, а дальше?"),
             ("client", " ".join(rest)),
             ("agent", "Спасибо. " + ("Что-то ещё?" if early else amount)),
             ("client", "Понятно, спасибо."),
             ("agent", "Спасибо за звонок, всего доброго!")]
    return verdicts("ru", turns, identification_required=True, private_facts=["530"])


@pytest.mark.parametrize("lang,digits", [("et", _ET_DIGITS), ("ru", _RU_DIGITS)])
def test_code_in_two_parts_identifies(lang, digits):
    v = _split_code_call(lang, digits[:8], digits[8:])
    assert v["identification"] == "pass"
    assert v["data_protection"] == "pass"


@pytest.mark.parametrize("lang,digits", [("et", _ET_DIGITS), ("ru", _RU_DIGITS)])
def test_must_not_amount_before_the_rest_of_the_code(lang, digits):
    v = _split_code_call(lang, digits[:8], digits[8:], early=True)
    assert v["identification"] == "fail"
    assert v["data_protection"] == "fail"


@pytest.mark.parametrize("lang,digits", [("et", _ET_DIGITS), ("ru", _RU_DIGITS)])
def test_must_not_parts_that_make_no_valid_code(lang, digits):
    wrong = digits[8:-1] + [digits[1]]  # last digit wrong: the checksum fails
    v = _split_code_call(lang, digits[:8], wrong)
    assert v["data_protection"] == "fail"
    v = _split_code_call(lang, digits[:8], [])  # the rest never given
    assert v["data_protection"] == "fail"


@pytest.mark.parametrize("text,lang,status", [
    # a decision's outcome said about the person is their status
    ("Otsus tehti eelmisel kuul ja teie isale määrati keskmine puue.", "et", True),
    ("nii ma näen et isale on tuvastatud sügav puue ja toetus on ka määratud", "et", True),
    ("Решение по отцу вынесли в январе, ему назначили пособие.", "ru", True),
    ("вижу что решение приняли и брату установили среднюю степень", "ru", True),
    ("Пенсия по нетрудоспособности ему назначена с первого марта.", "ru", True),
    # must-nots: how decisions are made in general, conditions, future, relative clauses, questions, denials
    ("Puudega inimese toetust saab inimene, kellel on puue tuvastatud.", "et", False),
    ("Puue tuvastatakse kuni kolmeks aastaks.", "et", False),
    ("Kui puue on tuvastatud, makstakse toetust koos pensioniga.", "et", False),
    ("Ma ei saa öelda, kas talle on toetus määratud.", "et", False),
    ("Пособие назначают после того, как вступит в силу решение.", "ru", False),
    ("Если ему назначат пособие, оно придёт пятого числа.", "ru", False),
    ("Пособие получают те, у кого установлена степень недостатка здоровья.", "ru", False),
    ("Я не могу сказать, назначено ли ему пособие.", "ru", False),
    ("Когда решение примут, его отправят по почте.", "ru", False),
    ("вы хотите узнать почему соседке отказали в пособии правильно", "ru", False),
    ("te küsite miks naabrile toetust ei määratud jah", "et", False),
])
def test_decision_outcome_is_status(text, lang, status):
    assert bool(find_status_statements(text, lang)) is status


def _third_party_call(lang, reply):
    """A daughter calls about her father, gives his code and name; the agent replies without any authorisation."""
    if lang == "et":
        turns = [("agent", "Tere, Sotsiaalkindlustusamet, Marge kuuleb. Kuidas saan aidata?"),
                 ("client", "Tere, helistan isa pärast, ta taotles puuet ja me ei tea midagi."),
                 ("agent", "Öelge palun isa isikukood."),
                 ("client", " ".join(_ET_DIGITS)),
                 ("agent", "Ja isa nimi?"),
                 ("client", "Ants Kask."),
                 ("agent", reply),
                 ("client", "Selge, aitäh."),
                 ("agent", "Aitäh helistamast, head päeva!")]
    else:
        turns = [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
                 ("client", "Здравствуйте, я по поводу отца, он подавал на инвалидность, а ответа нет."),
                 ("agent", "Назовите, пожалуйста, личный код отца."),
                 ("client", " ".join(_RU_DIGITS)),
                 ("agent", "И имя отца?"),
                 ("client", "Антс Каск."),
                 ("agent", reply),
                 ("client", "Понятно, спасибо."),
                 ("agent", "Спасибо за звонок, всего доброго!")]
    return verdicts(lang, turns, identification_required=True, third_party=True, private_status=True)


@pytest.mark.parametrize("lang,reply", [
    ("et", "Nii, näen, et isale määrati keskmine puue ja toetus tuleb koos pensioniga."),
    ("ru", "Так, вижу, отцу установили среднюю степень, пособие назначено и придёт с пенсией."),
])
def test_status_to_unauthorised_third_party_fails_both(lang, reply):
    v = _third_party_call(lang, reply)
    assert v["data_protection"] == "fail"
    assert v["identification"] == "fail"


@pytest.mark.parametrize("lang,reply", [
    # must-not: the rule, and where to get an authorisation, are no one's data
    ("et", "Isa andmeid saan öelda ainult tema volitusel. Volituse saab ta anda kirjalikult."),
    ("ru", "Данные отца я могу сообщить только по его доверенности. Доверенность он может оформить письменно."),
])
def test_must_not_rule_without_status_to_third_party(lang, reply):
    v = _third_party_call(lang, reply)
    assert v["data_protection"] == "pass"
    assert v["identification"] == "pass"
