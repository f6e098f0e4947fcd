"""Facts by value across the knowledge base (issue #10): an agent sentence that names a fact's topic and a
number of the fact's unit is wrong when the number is none of the values of the facts whose topic it names.

Written before the check (trainer/scoring/kbvalues.py). Sentences are our own: inflected, some lowercase
and without õäöü, with two facts on one topic, a right number of another topic, questions, negations.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

import pytest

from trainer.scoring.kbvalues import find_wrong_values
from trainer.simulation.knowledge import default_knowledge_dir, load_knowledge, load_topic


@lru_cache(maxsize=1)
def _facts():
    kb = load_knowledge(default_knowledge_dir())
    assert not kb.problems, kb.problems
    return kb.value_facts()


def wrong(text: str, lang: str):
    return find_wrong_values(text, lang, _facts())


RIGHT_ET = [
    "elusolekutõend kehtib 12 kuud tõendi kuupäevast, kindlat aastatähtaega ei ole",  # batch 11 (held out)
    "vaide saate esitada 30 paeva jooksul alates otsusest teada saamisest",
    "Vaide saab esitada kolmekümne päeva jooksul, pensioniotsuse vaie vaadatakse läbi 60 päeva jooksul.",
    "ravikindlustus kehtib veel kaks kuud parast tooandja juurest lahkumist",
    "ohvriabi kriisitelefon on 116 006, helistada saab ööpäev läbi",
    "uksi elava pensionari toetus on 200 eurot aastas ja see tuleb oktoobris",
    "Lapsetoetus on 80 eurot kuus, kolmandale lapsele 100 eurot.",
    "Elatisabi on 200 eurot kuus ja kohtumenetluse ajal makstakse seda kuni 150 päeva.",
    "Kas vaide tähtaeg on teie arvates 14 päeva?",                       # a question states nothing
    "vaide tahtaeg ei ole 14 paeva, vaid 30 paeva",                      # negated number
    "vaide esitasite 3 päeva tagasi, nüüd vaatame selle läbi",           # a point in time, no duration
    "Vaide saab esitada ühe kuu jooksul.",                               # one month is 30 days
    "Isa vanemahüvitis on 30 päeva ja sünnitoetus on 320 eurot.",        # two topics, each right
    "lasteabi telefon 116 111 ja ohvriabi 116 006 on moelemad ameti teenused",
    "Tervisekassa infotelefon on 669 6630 ja Töötukassa oma 15501.",
    # a number is read only in a clause that names a topic; several payments are a multiple of the amount
    "hadaabi 112; abi teile endale – kriisitelefon 116 006; lapse jaoks lasteabi 116 111",
    "lapsetoetust maksti kaks kuud liiga palju, enammakse on 160 eurot",
]

WRONG_ET = [
    ("välismaal tuleb elusolekutõend esitada iga kuue kuu tagant", "kuue kuu"),  # batch 11 (held out)
    ("elusolekutoend kehtib 6 kuud", "6 kuud"),
    ("vaide peab esitama 14 päeva jooksul", "14 päeva"),
    ("Ravikindlustus kehtib veel kuus kuud pärast töösuhte lõppu.", "kuus kuud"),
    ("ohvriabi kriisitelefon on 116 111", "116 111"),                   # the child helpline's number
    ("uksi elava pensionari toetus on 300 eurot aastas", "300 eurot"),
    ("lapsetoetus on 60 eurot kuus", "60 eurot"),
    ("teabenoudele vastame 10 toopaeva jooksul", "10 toopaeva"),
    ("Sünnitoetus on 400 eurot ja see makstakse korraga.", "400 eurot"),
    ("Toitjakaotuspensioni makstakse tagasiulatuvalt kuni kuue kuu eest.", "kuue kuu"),
    ("isa vanemahuvitis on 60 paeva", "60 paeva"),
    ("Vaiet saab esitada kahe nädala jooksul.", "kahe nädala"),        # two weeks are 14 days
    ("Vaide saab esitada 30 päeva jooksul, ravikindlustus kehtib aga kolm kuud.", "kolm kuud"),
    ("tervisekassa telefon on 669 6000", "669 6000"),
]

RIGHT_RU = [
    "справка о нахождении в живых действует 12 месяцев с даты справки",
    "возражение можно подать в течение 30 дней",
    "Возражение подают в течение тридцати дней, а возражение по решению о пенсии рассматривают 60 дней.",
    "медицинская страховка действует еще два месяца после окончания работы",
    "позвоните на кризисный телефон помощи жертвам 116 006",
    "пособие одиноко проживающему пенсионеру 200 евро в год",
    "детское пособие 80 евро в месяц на каждого ребенка",
    "Вы подали возражение 14 дней назад?",                               # a question
    "срок для возражения не 14 дней, а 30 дней",                          # negated number
    "детское пособие не больше 100 евро",                                 # hedged "not more than"
    "заявление на пенсию можно подать за 6 месяцев до возникновения права",
    "Алиментное пособие – 200 евро в месяц, во время суда его платят до 150 дней.",
    "Касса здоровья (Tervisekassa), телефон 669 6630, а Касса по безработице – 15501.",
    "по 80 евро на двоих, плюс пособие многодетной семье 450 евро",
    "детское пособие платили лишних три месяца, это 240 евро",
    "опасность – 112, помощь жертвам – 116 006, о детях – 116 111",  # a list: each number ends its item
    "подтвердите вы а не муж пособие многодетной семье 450 евро в месяц если все детские пособия получает один",
]

WRONG_RU = [
    ("справку о нахождении в живых нужно присылать каждые шесть месяцев", "шесть месяцев"),
    ("возражение можно подать в течение 14 дней", "14 дней"),
    ("Медицинская страховка действует шесть месяцев после увольнения.", "шесть месяцев"),
    ("кризисный телефон помощи жертвам 116 111", "116 111"),
    ("пособие одиноко проживающему пенсионеру 300 евро в год", "300 евро"),
    ("детское пособие 60 евро в месяц", "60 евро"),
    ("на запрос информации ответят в течение 30 рабочих дней", "30 рабочих дней"),
    ("алиментное пособие составляет 150 евро в месяц", "150 евро"),
    ("пенсию по потере кормильца платят задним числом за 6 месяцев", "6 месяцев"),
    ("возражение можно подать в течение двух недель", "двух недель"),
    ("пособие при рождении ребенка 500 евро", "500 евро"),
    ("родительская компенсация отца 60 дней", "60 дней"),
    ("касса здоровья, телефон 669 6000", "669 6000"),
]


@pytest.mark.parametrize("sentence", RIGHT_ET)
def test_right_et(sentence):
    assert not wrong(sentence, "et")


@pytest.mark.parametrize("sentence", RIGHT_RU)
def test_right_ru(sentence):
    assert not wrong(sentence, "ru")


@pytest.mark.parametrize(("sentence", "quote"), WRONG_ET)
def test_wrong_et(sentence, quote):
    found = wrong(sentence, "et")
    assert found, sentence
    assert found[0].sentence == sentence.strip()
    assert found[0].quote == quote


@pytest.mark.parametrize(("sentence", "quote"), WRONG_RU)
def test_wrong_ru(sentence, quote):
    found = wrong(sentence, "ru")
    assert found, sentence
    assert found[0].sentence == sentence.strip()
    assert found[0].quote == quote


def test_right_value_named_from_the_knowledge_text():
    found = wrong("Tere. Ravikindlustus kehtib veel kuus kuud pärast töö lõppu. Head päeva!", "et")
    assert len(found) == 1
    assert found[0].sentence == "Ravikindlustus kehtib veel kuus kuud pärast töö lõppu."
    assert "other-institutions.health_insurance_after_job" in found[0].refs
    assert "kaks kuud" in found[0].right
    ru = wrong("Медицинская страховка действует шесть месяцев.", "ru")
    assert "два месяца" in ru[0].right


def test_numbers_read_out_as_words_count_after_normalisation():
    """The scorer reads the normalised text, where spoken digits are joined ("üks üks kuus null null kuus")."""
    from trainer import text as tx

    said = tx.normalize_input("lasteabi telefon on uks uks kuus null null kuus").text
    assert [h.quote for h in wrong(said, "et")] == ["116006"]
    said = tx.normalize_input("телефон помощи жертвам сто шестнадцать сто одиннадцать").text
    assert wrong(said, "ru")


def test_call_model_gate_names_quote_turn_and_the_knowledge():
    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import Transcript
    from trainer.simulation.library import Library, scoring_settings

    lib = Library.load(default_knowledge_dir().parent)
    transcript = Transcript.model_validate({"language": "et", "turns": [
        {"role": "agent", "text": "Tere! Sotsiaalkindlustusamet, Mari kuuleb."},
        {"role": "client", "text": "Kui kaua mu ravikindlustus kehtib?"},
        {"role": "agent", "text": "Saan aru. Ravikindlustus kehtib veel kuus kuud pärast töö lõppu."}]})
    result = score_transcript(transcript, lib.rubrics["call-model"], scoring_settings(lib.value_facts))
    crit = next(c for c in result["criteria"] if c["id"] == "knowledge_values")
    assert crit["result"] == "fail" and "knowledge_values" in result["gate_failures"]
    assert "„Ravikindlustus kehtib veel kuus kuud pärast töö lõppu.“ (2. vastus)" in crit["feedback"]
    assert "kaks kuud" in crit["feedback"]
    right = transcript.model_copy(update={"turns": [*transcript.turns[:2], transcript.turns[2].model_copy(
        update={"text": "Ravikindlustus kehtib veel kaks kuud pärast töö lõppu."})]})
    result = score_transcript(right, lib.rubrics["call-model"], scoring_settings(lib.value_facts))
    assert next(c for c in result["criteria"] if c["id"] == "knowledge_values")["result"] == "pass"


def _topic_problems(tmp_path, fact_yaml: str):
    path = tmp_path / "t.yaml"
    path.write_text("topic: t\ntitle: {et: T}\nfacts:\n" + textwrap.indent(textwrap.dedent(fact_yaml), "  "),
                    encoding="utf-8")
    _, problems, _ = load_topic(path)
    return problems


BASE = """\
- id: f
  value: "30"
  text: {et: "Vaie 30 päeva jooksul.", ru: "Возражение в течение 30 дней."}
  source: "x.ee"
  checked: 2026-01-01
  review_by: 2027-01-01
  status: verified
"""


def test_schema_accepts_topic_and_said_as(tmp_path):
    ok = BASE + '  topic: {et: [vaie], ru: [возражение]}\n  said_as: {et: ["30 päeva"], ru: ["30 дней"]}\n'
    assert _topic_problems(tmp_path, ok) == []


@pytest.mark.parametrize(("extra", "words"), [
    ('  topic: {et: [vaie], ru: [возражение]}\n  said_as: {et: ["14 päeva"], ru: ["30 дней"]}\n', "14"),
    ('  topic: {et: [vaie], ru: [возражение]}\n  said_as: {et: ["kolmkümmend"], ru: ["30 дней"]}\n', "unit"),
    ('  topic: {et: [vaie], ru: [возражение]}\n', "said_as"),
    ('  said_as: {et: ["30 päeva"], ru: ["30 дней"]}\n', "topic"),
    ('  topic: {et: [vaie]}\n  said_as: {et: ["30 päeva"]}\n', "ru"),
])
def test_schema_problems_have_lines(tmp_path, extra, words):
    problems = _topic_problems(tmp_path, BASE + extra)
    assert problems, extra
    assert problems[0].line is not None and problems[0].line >= 4
    assert words in problems[0].message + problems[0].hint


@pytest.mark.parametrize("lang, sentence, wrong", [
    # a day of a month is a date, compared with the fact's date (indexation on 1 April)
    ("ru", "Пенсии индексируют каждый год 1 января, а выплачивать начинают с апреля.", ["1 января"]),
    ("et", "pensione indekseeritakse igal aastal 1. jaanuaril", ["1. jaanuaril"]),
    ("ru", "Пенсии индексируют каждый год 1 апреля.", []),
    ("et", "Indekseerimine on 1. aprillil, raha laekub 7. aprillil.", []),  # the payment day in its own clause
    ("ru", "Пенсии повышают 1 апреля, а деньги придут 7 апреля.", []),
])
def test_a_date_fact_is_compared_as_a_date(lang, sentence, wrong):
    from trainer.scoring.kbvalues import find_wrong_values
    from trainer.simulation.library import scoring_settings

    assert [w.quote for w in find_wrong_values(sentence, lang, scoring_settings().knowledge)] == wrong


def test_only_the_first_date_after_the_topic_is_its_date():
    from trainer.scoring.kbvalues import find_wrong_values
    from trainer.simulation.library import scoring_settings

    spoken = ("пенсии повышаются каждый год первого апреля и повышение придёт вместе с апрельской пенсией "
              "пятого числа в этом году пятое апреля воскресенье")
    assert find_wrong_values(spoken, "ru", scoring_settings().knowledge) == ()
    wrong = "пенсии повышаются каждый год первого января и повышение придёт пятого апреля"
    assert [w.quote for w in find_wrong_values(wrong, "ru", scoring_settings().knowledge)] == ["первого января"]


# a fact with wrong claims only (tests/test_knowledge_claims.py reads the claims)
CLAIM_BASE = """\
- id: login
  text: {et: "Iseteenindusse saab ainult ID-kaardiga.", ru: "В самообслуживание только с ID-картой."}
  source: "x.ee"
  checked: 2026-01-01
  review_by: 2027-01-01
  status: verified
"""


def test_a_fact_with_wrong_claims_needs_no_number(tmp_path):
    ok = CLAIM_BASE + '  topic: {et: [iseteenindus], ru: [самообслуживание]}\n' \
                      '  wrong: {et: [pangalingiga], ru: ["через банк"]}\n'
    assert _topic_problems(tmp_path, ok) == []


@pytest.mark.parametrize(("extra", "words"), [
    ('  wrong: {et: [pangalingiga], ru: ["через банк"]}\n', "topic"),
    ('  topic: {et: [iseteenindus], ru: [самообслуживание]}\n  wrong: {et: [pangalingiga]}\n', "wrong.ru"),
    ('  topic: {et: [iseteenindus], ru: [самообслуживание]}\n', "value"),
])
def test_wrong_claim_schema_problems_have_lines(tmp_path, extra, words):
    problems = _topic_problems(tmp_path, CLAIM_BASE + extra)
    assert problems, extra
    assert problems[0].line is not None and problems[0].line >= 4
    assert words in problems[0].message + problems[0].hint


# new-user batch 15: a total computed from right amounts is no value of a fact, and a phone number read out in
# an unpunctuated list after the topic's own number is the next item of the list (our own sentences)
TOTALS_AND_LISTS_RIGHT = [
    ("ru", "На троих детские пособия 80 + 80 + 100, то есть 260 евро в месяц."),
    ("ru", "детское пособие 80, 80 и 100 евро, получается 260 евро, плюс пособие многодетной семье 450 евро, "
           "итого 710 евро."),
    ("ru", "детские пособия восемьдесят плюс восемьдесят плюс сто то есть двести шестьдесят евро в месяц"),
    ("et", "Lapsetoetus 80 + 80 + 100 eurot ehk 260 eurot kuus, pluss suurperetoetus 450 eurot, kokku 710 eurot."),
    ("et", "lapsetoetused kaheksakümmend ja kaheksakümmend ja sada eurot see teeb kakssada kuuskümmend eurot kuus"),
    ("et", "lapsetoetus 80 + 80 + 100 = 260 ja koos suurperetoetusega kokku 710 eurot."),
    ("ru", "телефон помощи детям сто шестнадцать сто одиннадцать если опасность сто двенадцать а вам самой "
           "сто шестнадцать ноль ноль шесть"),
    ("et", "lasteabi telefon üks üks kuus üks üks üks kui on oht helistage ühte ühte kahte teile endale "
           "üks üks kuus null null kuus"),
    ("ru", "позвоните сто двенадцать если опасность, детское пособие 80 евро"),
]

TOTALS_AND_LISTS_WRONG = [
    ("ru", "детское пособие 60 евро в месяц, на троих 60 + 60 + 100, то есть 220 евро", "60 евро"),
    ("ru", "детские пособия 80 + 80 + 100, то есть 270 евро в месяц.", "270 евро"),   # the sum is wrong
    ("ru", "детское пособие, то есть 60 евро в месяц.", "60 евро"),
    ("et", "lastetoetus on 90 eurot, kolme lapse peale kokku 260 eurot.", "90 eurot"),
    # a topic between the amounts and the number: not their total
    ("et", "lapsetoetus 80 eurot ja kolmandale 100 eurot ning lapsetoetus neljandale 180 eurot.", "180 eurot"),
    ("et", "lapsetoetus 80 + 80 + 100 eurot ehk 250 eurot kuus.", "250 eurot"),
    ("ru", "кризисный телефон помощи жертвам сто шестнадцать сто одиннадцать а детям сто шестнадцать ноль ноль "
           "шесть", "116111"),
    ("ru", "телефон помощи детям сто шестнадцать ноль ноль шесть если опасность сто двенадцать", "116006"),
    ("et", "lasteabi telefon on 116 006 ja ohu korral 112.", "116 006"),    # the first number after the topic
    ("ru", "телефон помощи детям 116 111 а вам 116 123", "116 123"),  # an unknown number is no item of a list
]


@pytest.mark.parametrize(("lang", "sentence"), TOTALS_AND_LISTS_RIGHT)
def test_totals_and_spoken_number_lists_are_no_wrong_values(lang, sentence):
    from trainer import text as tx

    assert not wrong(tx.normalize_input(sentence).text, lang), sentence


@pytest.mark.parametrize(("lang", "sentence", "quote"), TOTALS_AND_LISTS_WRONG)
def test_wrong_amounts_and_numbers_beside_totals_and_lists_are_caught(lang, sentence, quote):
    from trainer import text as tx

    found = wrong(tx.normalize_input(sentence).text, lang)
    assert [w.quote for w in found] == [quote], sentence
