"""New-user batch 31 (tests/newuser/live31): what the first replay got wrong, on sentences written for these tests.

- Three wrong facts passed, now caught by a gate that names them, in any scenario:
  - a son said to fill in and sign for his mother, no authorisation needed for a close relative: claims of
    `personal-data.relative_helps_application` (and a denial after a dash opens a clause of its own);
  - the legal basis said not to be needed in a police data request: claims of
    `complaints-and-requests.no_data_to_authorities_by_phone`;
  - a disability promised "kindlasti" with the client's worries as the reason ("muredega"), "no need to doubt it",
    "ta hakkab saama puudetoetust": no_promise.
- Honest terse runs failed by the scorer:
  - "tema eest alla ära kirjutage" forbids signing ("ära" before an imperative in a phrase's gap);
  - "ilma arvutita: paberil postiga ..." and "tööealisele kuus: sügav 100 eur, ..." answer (a linker; sums after
    "palju?"), and "100 eur" is 100 euros in a value check;
  - a greeting typed in Latin translit with a stump compound ("socstrahovanija").
- Gaming that passed: a greeting stuffed with a run of keywords and numbers; the specialist's role narrated in the
  third person ("Специалист не требует ...").
- A false alarm: a knowledge phone number said before a topic phrase that has its own number.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.kbvalues import find_wrong_values
from trainer.scoring.promises import is_promise
from trainer.scoring.role_narration import narrates_role
from trainer.scoring.values import find_values
from trainer.simulation.library import load_library
from trainer.text.keywords import answers_how_much, is_keyword_list
from trainer.text.translit import to_cyrillic

REL = "personal-data.relative_helps_application"
BASIS = "complaints-and-requests.no_data_to_authorities_by_phone"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (REL, "et", "Olete ju tütar, nii et võite avalduse isa eest ära täita ja ka ise alla kirjutada."),
    (REL, "et", "Võite vanaema eest taotluse täita ning ise alla kirjutada, see on lubatud."),
    (REL, "et", "Abikaasal volikirja vaja ei ole, piisab Teie allkirjast."),
    (REL, "et", "Pereliikmena ei ole Teil vaja volikirja esitada."),
    (REL, "et", "Sugulasena võite taotluse tema eest esitada ka ilma volikirjata."),
    (REL, "ru", "Вы можете за отца заполнить и сами подписать ходатайство."),
    (REL, "ru", "Дочери доверенность не требуется, подпишите сами."),
    (REL, "ru", "Близкому родственнику не нужна доверенность на это."),
    (REL, "ru", "Член семьи может подать заявление без доверенности."),
    (BASIS, "et", "Kirjutage päring meie üldaadressile, õiguslikku alust pole vaja lisada."),
    (BASIS, "et", "Politsei päringus ei pea seaduse sätet märkima."),
    (BASIS, "et", "Päringusse ei ole vaja õiguslikku alust kirjutada, piisab ametikohast."),
    (BASIS, "ru", "Правовое основание в запросе полиции указывать не обязательно."),
    (BASIS, "ru", "В письменном запросе не нужно указывать статью закона."),
]

RIGHT = [
    # the right rule, the wrong one denied, the client signing herself, a minor's parent, a question, an appeal
    (REL, "et", "Täita võite avalduse isa eest küll, aga alla kirjutab ta ise või annab Teile volikirja."),
    (REL, "et", "Isa eest Te alla kirjutada ei tohi."),
    (REL, "et", "palun isa eest alla ära kirjutage"),
    (REL, "et", "Kui isa kirjutab ise alla, ei ole tütrel volikirja vaja."),
    (REL, "et", "Ka abikaasal on volikirja vaja."),
    (REL, "et", "Alaealise lapse vanemal ei ole volikirja vaja."),
    (REL, "et", "Kas abikaasal on volikirja vaja?"),
    (REL, "ru", "Заполнить за отца Вы можете, но подписать должен он сам."),
    (REL, "ru", "Если отец подпишет сам, доверенность дочери не нужна."),
    (REL, "ru", "Без доверенности подписывать за отца нельзя."),
    (REL, "ru", "Родственнику тоже нужна доверенность."),
    (BASIS, "et", "Päringus peab olema õiguslik alus, muidu me andmeid ei väljasta."),
    (BASIS, "et", "Vaides ei pea seaduse sätet märkima, kirjutage oma sõnadega."),
    (BASIS, "et", "Õiguslik alus tuleb päringusse lisada, paragrahvi ei pea peast teadma."),
    (BASIS, "ru", "В запросе обязательно укажите правовое основание."),
    (BASIS, "ru", "В возражении статью закона указывать не нужно."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- a phone number of the knowledge before another topic with its own number -----------------------------------------

@pytest.mark.parametrize("lang, sentence, wrong", [
    ("ru", "Кризисный телефон 116 006 и телефон помощи детям 116 111 бесплатные.", False),
    ("et", "Ohvrite kriisiliin 116 006 ja lasteabi 116 111 vastavad öösel ka.", False),
    # near misses: the number is the topic's own, or no other number follows the topic
    ("ru", "Телефон помощи детям 116 006, звоните туда.", True),
    ("et", "Lasteabi number on 116 006.", True),
])
def test_a_number_before_another_topic(library, lang, sentence, wrong):
    assert bool(find_wrong_values(tx.normalize_input(sentence, lang).text, lang, library.value_facts)) is wrong


# -- promises ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, promised", [
    ("et", "Nende tervisemuredega määratakse Teie emale puue kindlasti.", True),
    ("et", "Toetus määratakse, selles pole põhjust kahelda.", True),
    ("et", "Te hakkate kindlasti saama lapsetoetust.", True),
    ("ru", "С такими болезнями инвалидность Вам точно назначат.", True),
    # near misses: a feeling named with certainty, a refused promise, a condition, a right not doubted
    ("et", "See uudis on kindlasti suur mure.", False),
    ("et", "Ma ei saa lubada, et puue määratakse.", False),
    ("et", "Kui puue määratakse, hakkate saama ka puudetoetust.", False),
    ("et", "Selles, et vaiet võib esitada, ei ole vaja kahelda.", False),
    ("ru", "Понимаю, это точно тяжело.", False),
])
def test_promises(lang, sentence, promised):
    assert is_promise(sentence, lang) is promised


# -- "ära" before an imperative in a phrase's gap ---------------------------------------------------------------------

@pytest.mark.parametrize("text, negated", [
    ("isa eest alla ära kirjutage", True),
    ("isa eest alla ara kirjutage", True),
    ("isa eest alla kirjutage", False),
    ("isa eest alla ära kirjutada", False),  # the infinitive: "ära" is the verb's particle
])
def test_ara_before_the_imperative(text, negated):
    matches = tx.PhraseSet(["isa eest alla kirjutada"], "et").find_all(text)
    assert matches and matches[0].negated is negated


# -- keyword lists and elliptical answers -----------------------------------------------------------------------------

@pytest.mark.parametrize("fragments, listed", [
    (["ilma internetita", "paberil avaldus posti teel või ise büroosse"], False),
    (["Tööealisele kuus", "sügav 100 eur", "raske 50 eur"], False),
    (["puudetoetus sügav puue 100 eurot kuus"], False),
    (["Töötukassa 15501 ühistaotlus perearst ekspertarst sügav 100 raske 50"], True),
    (["Ilma arvutita", "Post", "Klienditeenindus"], True),
    (["Пенсионный центр 15600 второй столп банк заявление самообслуживание 30"], True),
])
def test_keyword_lists(fragments, listed):
    assert is_keyword_list(fragments) is listed


@pytest.mark.parametrize("question, items, answers", [
    ("palju see toetus siis on?", ["tööealisele kuus", "sügav 100 eur", "raske 50 eur", "keskmine 29-42 eur"], True),
    ("сколько это пособие?", ["в месяц", "80 евро за первого", "100 евро за третьего"], True),
    # near misses: no amount asked, a bare topic among the sums, a cue word
    ("kuhu ma taotluse saadan?", ["tööealisele kuus", "sügav 100 eur", "raske 50 eur"], False),
    ("palju see toetus siis on?", ["sügav 100 eur", "perearst", "raske 50 eur"], False),
    ("palju see toetus siis on?", ["sügav 100 eur", "kokkuvõtteks 50 eur"], False),
])
def test_sums_answer_how_much(question, items, answers):
    assert answers_how_much(question, items) is answers


def test_eur_is_the_euro():
    hits = find_values("puudega tööealisele sügav 100 eur kuus", "et", ("100 eurot",), ())
    assert hits and all(h.right for h in hits)


# -- the specialist narrated in the third person ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, narrated", [
    ("ru", "Специалист сначала выясняет, есть ли опасность.", True),
    ("ru", "После звонка специалист записывает случай.", True),
    ("et", "Spetsialist küsib rahulikult, kas inimene on ohus.", True),
    ("et", "Spetsialist ei kiirusta helistajat.", True),
    # near misses: what a specialist will do for the caller, another body's specialist, addressed to the caller
    ("ru", "Специалист всё проверит и перезвонит.", False),
    ("ru", "Специалист по реабилитации составляет план.", False),
    ("ru", "Специалист Вам сейчас объясняет порядок.", False),
    ("et", "Spetsialist helistab homme tagasi.", False),
    ("et", "Töötukassa spetsialist hindab töövõimet.", False),
    ("et", "Spetsialist vaatab Teie avalduse üle.", False),
])
def test_role_narration(lang, sentence, narrated):
    assert narrates_role(sentence, lang) is narrated


# -- the greeting in Latin translit -----------------------------------------------------------------------------------

@pytest.mark.parametrize("word, cyrillic", [
    ("socstrahovanija", "соцстрахования"),
    ("sotsrabotnik", "соцработник"),
    ("socialnogo", "социального"),
    ("socks", None),
])
def test_stump_compounds(word, cyrillic):
    assert to_cyrillic(word) == cyrillic


CLIENT = [("client", "здравствуйте, у меня маленькая пенсия, а счета большие. чем можете помочь?")]
AFTER = [("client", "да, долг за два месяца"),
         ("agent", "понимаю, это тяжело. правильно понимаю, нужна помощь с оплатой жилья?")]


@pytest.mark.parametrize("greeting, passed", [
    ("zdravstvujte, departament socstrahovanija, marina. chem mogu pomoch?", "pass"),
    ("dobryj den departament socstrahovanija olga slushaet", "pass"),
    # near misses: no greeting word, no name
    ("departament socstrahovanija, marina. chem mogu pomoch?", "fail"),
    ("zdravstvujte, departament socstrahovanija. chem mogu pomoch?", "fail"),
])
def test_translit_greeting(greeting, passed):
    result = verdicts("ru", [*CLIENT, ("agent", greeting), *AFTER], channel="chat")
    assert result["greeting"] == passed and result["real_answers"] == "pass"
