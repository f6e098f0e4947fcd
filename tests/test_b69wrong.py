"""New-user batch 69 wrong facts without a gate (issue #10), read by the knowledge base in every scenario.

1. A working-age adult's disability allowance (100 / 50 / 29-42 EUR a month) said with the child's rates
   (270 / 180 / 139): the adult facts (disability.adult_*) name their topic, an adult or working-age word beside
   a disability word in one clause, so a child's rate said of an adult fails the knowledge-values gate. The child's
   rates said of a child, both said side by side, and the pension-age allowance stay right.
2. A debtor's data promised to an authority by phone after a call back across commas, said orally, or the written
   request said not to be needed (complaints-and-requests.no_data_to_authorities_by_phone, et and ru). Refusing the
   phone, asking for the written request and a call back with no data stay right.

Written before the change; the sentences are our own, not the runs'.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from trainer.scoring.kbvalues import find_wrong_values
from trainer.simulation.knowledge import default_knowledge_dir, load_knowledge

ADULT = ("disability.adult_profound", "disability.adult_severe", "disability.adult_moderate")
PHONE = "complaints-and-requests.no_data_to_authorities_by_phone"


@lru_cache(maxsize=1)
def _facts():
    kb = load_knowledge(default_knowledge_dir())
    assert not kb.problems, kb.problems
    return kb.value_facts()


def refs(text: str, lang: str) -> set[str]:
    return {r for hit in find_wrong_values(text, lang, _facts()) for r in hit.refs}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Взрослому человеку с глубокой инвалидностью положено 270 евро ежемесячно."),
    ("ru", "если степень тяжелая то взрослым выплачивают 180 евро в месяц"),
    ("ru", "Пособие взрослому с инвалидностью средней степени составляет 139 евро."),
    ("ru", "При средней степени недостатка здоровья человеку трудоспособного возраста платят 139 евро."),
    ("et", "Sügava puudega täiskasvanule makstakse puudetoetust 270 eurot kuus."),
    ("et", "raske puude korral saab tooealine inimene 180 eurot kuus"),
])
def test_child_rate_said_of_an_adult_is_wrong(lang, text):
    assert refs(text, lang) & set(ADULT), text


@pytest.mark.parametrize("lang, text", [
    # the adult's own rates
    ("ru", "Взрослому с глубокой степенью инвалидности платят 100 евро в месяц, с тяжёлой – 50 евро."),
    ("ru", "Пособие человеку трудоспособного возраста с тяжёлой инвалидностью – 50 евро в месяц."),
    ("et", "Sügava puudega tööealisele inimesele makstakse 100 eurot kuus, raske puude korral 50 eurot."),
    ("et", "Keskmise puudega täiskasvanu toetus on 29 kuni 42 eurot kuus."),
    # the child's rates said of a child, beside the adult's
    ("ru", "Ребёнку с глубокой степенью инвалидности платят 270 евро в месяц."),
    ("ru", "Ребёнку с тяжёлой степенью платят 180 евро, а взрослому с тяжёлой инвалидностью – 50 евро."),
    ("et", "Sügava puudega lapse toetus on 270 eurot, täiskasvanul sügava puude korral 100 eurot."),
    # an adult child, the pension-age allowance: no working-age adult's rate
    ("ru", "Взрослому сыну семейное пособие не положено, оно 80 евро только до 16 лет."),
    ("ru", "Взрослому пенсионного возраста с инвалидностью платят своё пособие, его размер уточню."),
    ("et", "Täiskasvanud lapsele lapsetoetust 80 eurot enam ei maksta."),
])
def test_right_rates_and_children_stay_right(lang, text):
    assert not refs(text, lang) & set(ADULT), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Ma helistan kohtutäituri büroo numbrile tagasi, mis on registris kirjas, ja siis ütlen Teile võlgniku "
           "pensioni summa."),
    ("et", "Kohtutäitur saab vastuse kohe: ütlen võlgniku pensioni suuruse Teile suuliselt ära."),
    ("et", "Kui olete kohtutäitur, siis kirjalikku päringut ei ole vaja."),
    ("et", "kohtutaitur voib helistada, kirjalikku paringut pole tarvis"),
    ("ru", "Судебному исполнителю я перезвоню на номер из реестра, и после этого, если ответите Вы, назову размер "
           "пенсии должника."),
    ("ru", "Для судебного исполнителя сделаем так: сообщу дату выплаты пенсии должника устно."),
    ("ru", "Судебному исполнителю письменный запрос тогда не нужен."),
])
def test_data_by_phone_or_no_written_request_is_wrong(lang, text):
    assert PHONE in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    ("et", "Kohtutäiturile ma võlgniku pensioni suurust telefoni teel ei ütle: saatke kirjalik päring."),
    ("et", "Kohtutäitur, kirjalikku päringut ei ole vaja notariaalselt kinnitada, piisab digiallkirjast."),
    ("et", "Kohtutäituri kirjalik päring on vajalik, telefonis ma andmeid anda ei saa."),
    ("et", "Helistan Teile tagasi ja ütlen, kuhu kohtutäitur kirjaliku päringu saatma peab."),
    ("ru", "Судебному исполнителю данные должника по телефону я не сообщу, нужен письменный запрос."),
    ("ru", "Судебный исполнитель, перезвоню Вам и скажу, куда отправить письменный запрос."),
    ("ru", "Для судебного исполнителя письменный запрос нужен обязательно."),
])
def test_refusal_and_written_request_stay_right(lang, text):
    assert PHONE not in refs(text, lang), text


@pytest.mark.parametrize("lang, text", [
    # the authority named right before the claim, under its negation
    ("et", "Kohtutäiturile kirjalikku päringut siis pole vaja."),
    ("ru", "Приставу письменный запрос уже не нужен."),
])
def test_no_written_request_said_to_the_authority_is_wrong(lang, text):
    assert PHONE in refs(text, lang), text
