"""Questions answered in substance or not (courtesy, closing, summary; blind round 11 g2 gaming runs).

Own sentences and short dialogues. Polite, grammatical, even correct replies that leave out what was asked ("how
much" with no number, "Friday or Monday" with neither, the client saying "that does not answer" or a hedged
«Да, наверное» to "did I answer?") twice or more: courtesy fails as a brush-off, the recap sums up nothing and the
goodbye leaves the matter open. A terse real answer, and a right answer that points to self-service with the
detail, still pass."""

import pytest
from scoring_support import OPENING, verdicts

from trainer.scoring.substance import value_missing


def _verdicts(lang, *texts, channel="chat"):
    turns = [("agent", OPENING[lang])] + [("client" if i % 2 == 0 else "agent", t) for i, t in enumerate(texts)]
    return verdicts(lang, turns, channel)


MISSED = [
    ("et", "Kui palju on keskmise puudega lapse toetus?",
     "Toetuse suurus sõltub puude raskusastmest ja seda reguleerib seadus.",
     "aga kui palju umbes?", "Summad on viimasel ajal muutunud, täpse info leiate otsusest.",
     "see ei vasta mu küsimusele, ma küsisin summat",
     "Saan aru. Kokkuvõtteks: summa on kirjas otsuses. Kas see vastas Teie küsimusele?",
     "jah, vist", "Aitäh, et pöördusite! Head päeva!"),
    ("ru", "Когда придёт пенсия в январе и надо ли подавать заявление или всё само?",
     "Пенсия выплачивается по установленному графику, а заявление подаётся в установленном порядке.",
     "Так это будет вторник или среда?", "Выплата производится в соответствии с правилами о переносе выплаты.",
     "Ясно.", "Итак, подведём итог: мы обсудили дату выплаты и заявление. Ответила ли я на Ваш вопрос?",
     "Да, наверное. Спасибо.", "Спасибо, что обратились! Всего доброго!"),
]


@pytest.mark.parametrize("dialogue", MISSED, ids=lambda d: d[0])
def test_questions_missed_in_substance_fail_courtesy_summary_and_closing(dialogue):
    got = _verdicts(dialogue[0], *dialogue[1:])
    assert (got["courtesy"], got["summary"], got["closing"]) == ("fail", "fail", "fail"), got


ANSWERED = [
    # terse real answers, then a plain yes
    ("et", "Kui palju on keskmise puudega lapse toetus?", "270 eurot kuus.",
     "Millal see tuleb?", "Kuu 20. kuupäeval. Kokkuvõtteks: 270 eurot, 20. kuupäeval. Kas see vastas Teie küsimusele?",
     "jah, vist küll, aitäh", "Aitäh, et pöördusite! Head päeva!"),
    # a right answer that points to self-service with the detail
    ("ru", "Когда придёт пенсия в январе и надо ли подавать заявление или всё само?",
     "Пенсия придёт 5 января, заявление не нужно, всё назначается автоматически.",
     "А где это можно проверить?",
     "В самообслуживании на eesti.ee, раздел «Выплаты», видно дату и сумму. Итак: 5 января, без заявления. "
     "Ответила ли я на Ваш вопрос?", "Да, наверное. Спасибо.", "Спасибо, что обратились! Всего доброго!"),
    ("ru", "Это будет пятница или понедельник?", "Пятница, 6-е число.", "Спасибо!", "Всего доброго!"),
]


@pytest.mark.parametrize("dialogue", ANSWERED, ids=lambda d: d[0] + ":" + d[2][:15])
def test_answered_questions_keep_courtesy_and_closing(dialogue):
    got = _verdicts(dialogue[0], *dialogue[1:])
    assert (got["courtesy"], got["closing"]) == ("pass", "pass"), got


@pytest.mark.parametrize("lang, question, reply, missing", [
    ("et", "Kui palju see toetus on?", "Toetus on 138 eurot.", False),
    ("et", "Kui palju see toetus on?", "Summa sõltub mitmest asjaolust.", True),
    ("et", "Millal raha tuleb?", "Järgmisel nädalal.", False),
    ("et", "Kas pean taotluse esitama või tuleb see ise?", "Taotlust pole vaja, see tuleb automaatselt.", False),
    ("ru", "Это будет пятница или понедельник?", "Выплата будет по правилам переноса.", True),
    ("ru", "Это будет пятница или понедельник?", "В понедельник.", False),
    ("ru", "Сколько ждать решения?", "Решение принимается в течение 30 дней.", False),
    ("ru", "Когда придёт пенсия?", "По установленному графику.", True),
    # a month inflected in Estonian is a time ("oktoobris", "septembrist", "detsembri lõpus")
    ("et", "Millal otsus tuleb?", "Otsus tehakse oktoobris.", False),
    ("et", "Millal ma saan uuesti taotleda?", "Uuesti saate taotleda septembrist.", False),
    ("et", "Millal see hakkab kehtima?", "Muudatus kehtib alates novembrist.", False),
    ("et", "Millal otsus tuleb?", "Otsuse teeb ekspert pärast dokumentide läbivaatamist.", False),
    ("et", "Millal otsus tuleb?", "Otsuse teeb ekspert.", True),
    ("ru", "Когда будет решение?", "Решение будет в октябре.", False),
])
def test_value_questions(lang, question, reply, missing):
    assert value_missing(question, reply, lang) is missing
