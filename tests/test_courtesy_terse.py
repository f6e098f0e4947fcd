"""Brush-offs by terse replies, and terse replies that are no brush-off (issue #9, criterion courtesy).

Own sentences and short dialogues. A brush-off is a pattern: fragments that answer no "why / how / what does it mean / what if"
question (twice, or once with the client saying they do not understand). A terse but real answer to a
simple question ("Jah, 10. kuupäeval.", «Да, придёт 5-го.») is polite, and so is a referral to a named
page that answers a "where" question."""

import pytest
from scoring_support import OPENING, RUBRIC, courtesy_of

from trainer.scoring.transcript import Turn


@pytest.fixture(scope="module")
def rubric():
    return RUBRIC


def _courtesy(rubric, language, *texts, channel="chat"):
    """Courtesy of a dialogue: the agent's opening, then client and agent turns alternating from the client."""
    turns = [Turn(role="agent", text=OPENING[language])]
    turns += [Turn(role="client" if i % 2 == 0 else "agent", text=text) for i, text in enumerate(texts)]
    return courtesy_of(turns, language, channel)


ANSWERED_LAST = [
    ("et", "Mu toetus jäi tulemata, millal see tuleb?", "Toetus makstakse kuu viiendal kuupäeval.",
     "Kas ma saan selle ka varem kätte?", "Kahjuks ei. Aitäh, et pöördusite! Head päeva!"),
    ("et", "Mu toetus jäi tulemata, millal see tuleb?", "Toetus makstakse kuu viiendal kuupäeval.",
     "Kas ma võin veel helistada, kui midagi tekib?", "Muidugi! Head päeva!"),
    ("et", "Mu toetus jäi tulemata, millal see tuleb?", "Toetus makstakse kuu viiendal kuupäeval.",
     "Kas avalduse saab esitada paberil?", "Saab, tooge see klienditeenindusse. Kõike head!"),
    ("et", "Mu toetus jäi tulemata, millal see tuleb?", "Toetus makstakse kuu viiendal kuupäeval.",
     "Selge, aitäh, rohkem küsimusi pole.", "Aitäh, et pöördusite! Head päeva!"),
    ("ru", "Когда придёт пособие на ребёнка?", "Пособие выплачивается двадцатого числа.",
     "А на карту мужа можно?", "Да, можно, укажите его счёт в заявлении. Всего доброго!"),
    ("ru", "Когда придёт пособие на ребёнка?", "Пособие выплачивается двадцатого числа.",
     "Понятно, спасибо, это всё.", "Спасибо за звонок, всего доброго!"),
    ("ru", "Когда придёт пособие на ребёнка?", "Пособие выплачивается двадцатого числа.",
     "А точно двадцатого?", "Конечно. Всего доброго!"),
]


@pytest.mark.parametrize("dialogue", ANSWERED_LAST, ids=lambda d: d[0] + ":" + d[3][:20])
def test_an_answered_last_question_or_a_thanks_before_the_close_is_polite(rubric, dialogue):
    assert _courtesy(rubric, dialogue[0], *dialogue[1:])["result"] == "pass"


FRAGMENTS = [
    ("et", "Miks mu pension on hiljaks jäänud?", "Nädalavahetus.", "Mida see tähendab?", "Kuupäev.",
     "Selge."),
    ("et", "kuidas ma selle hüvitise saan", "Taotlus.", "mis mõttes??? kuhu ma selle saadan",
     "Iseteenindus.", "ok"),
    ("ru", "Почему пенсия не пришла?", "Выходные.", "А если и завтра не придёт?", "Придёт.", "Ну ладно."),
    ("ru", "как мне оформить пособие", "Заявление.", "не понимаю, какое заявление? куда",
     "Самообслуживание.", "ясно"),
]


@pytest.mark.parametrize("dialogue", FRAGMENTS, ids=lambda d: d[0] + ":" + d[2])
def test_fragments_that_explain_nothing_are_a_brush_off(rubric, dialogue):
    c = _courtesy(rubric, dialogue[0], *dialogue[1:])
    assert c["result"] == "fail" and c["reason"] == "brush_off", c


TERSE_POLITE = [
    ("et", "Kas pension tuleb kümnendal?", "Jah, 10. kuupäeval.", "Kas pangakontole?",
     "Jah, Teie kontole.", "Aitäh!"),
    ("et", "Miks mu pension hilineb?", "Nädalavahetuse tõttu.", "Kuidas ma hüvitist taotlen?",
     "Iseteeninduses.", "Aitäh!"),
    ("et", "Millal raha tuleb?", "Viiendal.", "Mis päev see on?", "Teisipäev.", "Selge, aitäh."),
    ("ru", "Пенсия придёт пятого?", "Да, придёт 5-го.", "На карту?", "Да, на ваш счёт.", "Спасибо."),
    ("ru", "Можно брать отпуск частями?", "Можно частями.", "До какого возраста?", "До трёх лет.",
     "Понятно, спасибо."),
]


@pytest.mark.parametrize("dialogue", TERSE_POLITE, ids=lambda d: d[0] + ":" + d[2])
def test_terse_real_answers_to_simple_questions_are_polite(rubric, dialogue):
    assert _courtesy(rubric, dialogue[0], *dialogue[1:])["result"] == "pass"


WHERE_ANSWERED = [
    ("et", "Mul on vaja volikirja vormi. Kus see vorm on?",
     "Vormi leiate meie kodulehelt rubriigist „Blanketid ja vormid“."),
    ("et", "kust ma leian lepinguga ettevõtete nimekirja", "Nimekiri on meie kodulehel abivahendite lehel."),
    ("ru", "а где найти контакт отдела коммуникации", "на нашем сайте в разделе контактов есть контакт для прессы"),
    ("ru", "Где можно скачать бланк заявления?", "Бланк есть на нашем сайте на странице «Пособия»."),
]


@pytest.mark.parametrize("dialogue", WHERE_ANSWERED, ids=lambda d: d[0] + ":" + d[1][:20])
def test_a_named_page_answers_a_where_question(rubric, dialogue):
    assert _courtesy(rubric, dialogue[0], *dialogue[1:], "Aitäh!" if dialogue[0] == "et" else "Спасибо!")[
        "result"] == "pass"


@pytest.mark.parametrize("dialogue", [
    ("et", "Kui palju ma toetust saan?", "Info on kodulehel."),
    ("et", "Miks mu taotlus tagasi lükati?", "Vaadake kodulehelt."),
    ("ru", "Сколько мне положено?", "Всё есть на сайте."),
], ids=lambda d: d[0] + ":" + d[1][:20])
def test_the_website_is_still_no_answer_to_how_much_or_why(rubric, dialogue):
    c = _courtesy(rubric, dialogue[0], *dialogue[1:], "Aha." if dialogue[0] == "et" else "Ага.")
    assert c["result"] == "fail", c


@pytest.mark.parametrize("language, text, word, negated", [
    # a contrast between the negated verb of saying and the что-clause starts a clause of its own
    ("ru", "нам не сообщили а деньги что сами должны были вас найти", "сами", False),
    ("ru", "вы не сказали а пенсия что сама должна была прийти", "сама", False),
    # must-not: the что-clause of a negated verb of saying or promising stays under it
    ("ru", "я не могу обещать что пенсия придёт завтра", "пенсия", True),
    ("ru", "не могу сказать что деньги уже пришли", "деньги", True),
    ("et", "ma ei saa lubada, et raha tuleb homme", "raha", True),
])
def test_a_contrast_ends_the_clause_of_a_negated_saying(language, text, word, negated):
    from trainer import text as tx

    assert tx.is_negated(text, text.index(word), language) is negated


def test_sarcasm_after_a_negated_verb_of_telling_fails(rubric):
    c = _courtesy(rubric, "ru", "Пенсия ушла на закрытый счёт.",
                  "ну вот вы счёт закрыли а нам не сообщили а деньги что сами должны были вас найти", "Ну знаете.")
    assert c["result"] == "fail", c


def _unpunctuated(text: str) -> str:
    return " ".join("".join(ch for ch in text if ch.isalnum() or ch in " -").split())


@pytest.mark.parametrize("dialogue", FRAGMENTS, ids=lambda d: d[0] + ":" + d[2][:20])
def test_brush_offs_without_punctuation_still_fail(rubric, dialogue):
    c = _courtesy(rubric, dialogue[0], *map(_unpunctuated, dialogue[1:]), channel="phone")
    assert c["result"] == "fail", c


@pytest.mark.parametrize("dialogue", TERSE_POLITE + ANSWERED_LAST, ids=lambda d: d[0] + ":" + d[2][:20])
def test_polite_terse_answers_without_punctuation_pass(rubric, dialogue):
    assert _courtesy(rubric, dialogue[0], *map(_unpunctuated, dialogue[1:]), channel="phone")["result"] == "pass"
