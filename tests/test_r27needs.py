"""What blind round 27 showed about clarifying the need, in general form, on own et/ru sentences:

- a spoken alternative question need not open with «вы»: «а ... или ...» (the asking «а»), or the client as subject
  before «или»/"või" ("te ... või ..."); not the client's options stated («да, в вашу управу или в волость»), advice
  («можно ... или ...») nor an instruction ("kirjutate meile ... või ...");
- a closing tag "kas nii" / "kas õige" stays with the check it closes (no speech break before its "kas");
- a verb of seeing before «а» embeds nothing: «так вижу а письмо о чём ...» asks;
- a statement with the particle же / ju / ometi reminds or argues, it checks nothing (also when its reply is a yes);
- a client who says they have read it already («ну я читала», "olen seda juba lugenud") rejects general conditions:
  the agent's question after that comes before the answer;
- "ootel" (pending: "kas pakkumus on ootel?") is no hold: the question is about the client's matter.
"""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.needs_acts import read_already
from trainer.scoring.uptake import rejects
from trainer.text.spoken import normalize_input
from trainer.text.statements import is_check_statement

# -- alternative questions in speech ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "так а заявление это вы подавали на себя или на мужа"),
    ("ru", "а решение это касается вашей пенсии или пенсии вашей мамы"),
    ("ru", "ну а у вас пособие на ребёнка или на уход"),
    ("ru", "а деньги вы ждёте на счёт в эстонии или в латвии"),
    ("et", "mhm ja te küsite enda või oma isa pensioni kohta"),
    ("et", "selge ja teil jäi tulemata septembri või oktoobri makse"),
    ("et", "nii te ootate lapsetoetust või vanemahüvitist"),
])
def test_spoken_alternative_question_asks(lang, sentence):
    assert tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "да в вашу районную управу или в волость"),  # the answer: the client's options
    ("ru", "можно подать ваше заявление через самообслуживание или в бюро"),  # advice
    ("ru", "а пенсию вашу мы переведём на счёт или выплатим почтой"),  # the agent's own act
    ("ru", "а ваше заявление не пришло ни по почте или через портал"),  # a negation
    ("ru", "ваш сосед получил пенсию или пособие"),  # neither «а» nor the client as subject
    ("et", "jah teie elukoha vald või linn"),  # an answer
    ("et", "teie kohtuasja kohta oskab öelda kohus või õigusnõustaja"),  # no "te" subject: a statement
    ("et", "te saate tulla bürroosse või kirjutada iseteeninduses"),  # advice
    ("et", "kirjutate meile avalduse iseteeninduses või e-kirjaga"),  # an instruction to the agent's side
    ("et", "te elate üksi või mitte"),  # a tag: judged by its own rule, not as an alternative
])
def test_options_and_advice_with_or_ask_nothing_new(lang, sentence):
    from trainer.text.questions import _alternative_about_you

    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    assert not _alternative_about_you(words, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "да в вашу районную управу или в волость"),
    ("ru", "можно подать ваше заявление через самообслуживание или в бюро"),
    ("et", "teie kohtuasja kohta oskab öelda kohus või õigusnõustaja"),
    ("et", "te saate tulla bürroosse või kirjutada iseteeninduses"),
])
def test_options_stated_are_no_spoken_question(lang, sentence):
    assert not tx.is_spoken_question(sentence, lang)


# -- a closing "kas nii" stays with its check -------------------------------------------------------------------------


def _spoken_sentences(text: str, lang: str) -> list[str]:
    return [s.strip() for _, _, s in tx.split_sentences(normalize_input(text, lang).text)]


@pytest.mark.parametrize("text", [
    "aa et te ootasite augusti pensioni ja see jäi tulemata kas nii",
    "selge ja te tahate teada millal otsus tuleb kas nii",
    "mhm te küsite isa hooldajatoetuse kohta kas õige",
])
def test_closing_kas_tag_stays_with_its_check(text):
    sentences = _spoken_sentences(text, "et")
    assert len(sentences) == 1
    assert tx.is_spoken_question(sentences[0], "et")


@pytest.mark.parametrize("text", [
    # "kas nii saab teha" asks a question of its own: a break before it
    "ma vaatasin teie taotlust üle kas nii saab teha",
    # "kas" opening a question after a statement still breaks
    "ma vaatasin teie taotlust üle kas te saite meie kirja kätte",
])
def test_kas_opening_a_question_still_breaks(text):
    assert len(_spoken_sentences(text, "et")) == 2


# -- a verb of seeing before «а» --------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "так вижу а звоните вы по какому поводу",
    "хорошо понимаю а с какого месяца не платят",
])
def test_verb_of_seeing_before_a_embeds_nothing(sentence):
    assert tx.is_spoken_question(sentence, "ru")


@pytest.mark.parametrize("sentence", [
    "я вижу сколько вам пришло в этом месяце",
    "сейчас посмотрю по какому поводу было решение",
])
def test_verb_of_seeing_still_embeds_in_its_own_clause(sentence):
    assert not tx.is_spoken_question(sentence, "ru")


# -- же / ju / ometi: an assertion ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы же сами подписали это заявление"),
    ("ru", "ну так вам же назначили большую пенсию"),
    ("et", "te ju elate praegu soomes"),
    ("et", "te olete ometi ise selle avalduse allkirjastanud"),
])
def test_statement_with_assertive_particle_checks_nothing(lang, sentence):
    assert not is_check_statement(sentence, lang)
    assert not tx.is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы получаете ту же пенсию что и раньше"),  # «ту же»: the same
    ("ru", "вы подали заявление сразу же после рождения"),  # «сразу же»: right then
    ("et", "te elate praegu soomes"),
    ("ru", "вы получаете пенсию по старости"),
])
def test_same_and_plain_checks_still_check(lang, sentence):
    assert is_check_statement(sentence, lang)


@pytest.mark.parametrize("sentence", [
    "вы же работали в прошлом году да",  # a tag asks, whatever the particle
    "а что же мне теперь делать",  # a question word's «же»
])
def test_particle_does_not_undo_a_tag_or_question_word(sentence):
    assert tx.is_spoken_question(sentence, "ru")


# -- the client has read it already -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ну я читала. мама живёт одна и пенсия маленькая",
    "я это уже читал но у нас всё подходит",
    "olen seda juba lugenud aga ema elab ju üksi",
    "lugesin jah. ta vastab kõigile tingimustele",
])
def test_client_has_read_it_rejects(text):
    assert read_already(text)
    assert rejects(text)


@pytest.mark.parametrize("text", [
    "я читала письмо и там про возврат",  # names what was read: the letter
    "понятно, спасибо, я почитаю потом на сайте",
    "lugesin kirja ja seal oli tagasimaksest juttu",
    "aitäh, loen kodulehelt edasi",
])
def test_reading_something_named_is_no_rejection(text):
    assert not read_already(text)


# -- whole conversations ----------------------------------------------------------------------------------------------

_RU_OPEN = "департамент социального страхования здравствуйте меня зовут ирина"
_ET_OPEN = "sotsiaalkindlustusamet tere kadri kuuleb"


def test_alternative_question_before_the_answer_passes_ru():
    turns = [("agent", _RU_OPEN),
             ("client", "здравствуйте мне пришло решение что пенсию пересчитали и я ничего не понимаю"),
             ("agent", "так а решение это касается вашей собственной пенсии или пенсии кого-то из родных"),
             ("client", "моей"),
             ("agent", "понятно назовите пожалуйста ваш личный код"),
             ("client", "четыре восемь ноль ноль один ноль один два два три четыре"),
             ("agent", "вижу пенсию пересчитали с января потому что добавился стаж и теперь она больше на сорок евро"),
             ("client", "понятно спасибо"),
             ("agent", "всего доброго до свидания")]
    assert verdicts("ru", turns, identification_required=True)["needs"] == "pass"


def test_assertion_with_zhe_before_the_answer_fails_ru():
    turns = [("agent", _RU_OPEN),
             ("client", "здравствуйте мне отказали в пособии и я не понимаю почему"),
             ("agent", "назовите ваш личный код"),
             ("client", "четыре восемь ноль ноль один ноль один два два три четыре"),
             ("agent", "так по закону пособие не платят если доход выше нормы"),
             ("client", "но у меня маленький доход"),
             ("agent", "ну вы же работаете полный день вам же платят зарплату"),
             ("client", "какая зарплата я на пенсии уже год"),
             ("agent", "до свидания")]
    assert verdicts("ru", turns, identification_required=True)["needs"] == "fail"


def test_closing_kas_nii_check_passes_et():
    turns = [("agent", _ET_OPEN),
             ("client", "tere ma helistan isa pärast tal jäi septembri pension tulemata ja ta muretseb"),
             ("agent", "mhm et isal jäi septembri pension tulemata ja te tahate teada miks kas nii"),
             ("client", "jah just nii"),
             ("agent", "selge öelge palun isa isikukood"),
             ("client", "kolm neli null null üks null üks kaks kaks kolm neli"),
             ("agent", "pension jäi tulemata sest isa pangakonto suleti augustis ja raha tuli meile tagasi"),
             ("client", "aa selge aitäh"),
             ("agent", "head päeva")]
    assert verdicts("et", turns, identification_required=True, third_party=True)["needs"] == "pass"


def test_pending_offer_question_is_no_hold_et():
    turns = [("client", "tere, mul sündis laps kuu aega tagasi ja toetust pole tulnud. kas pean taotlema?"),
             ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Taotlema ei pea. Kas Te olete iseteeninduses vaadanud, "
                       "kas Teile on seal pakkumus ootel?"),
             ("client", "ei ole vaadanud"),
             ("agent", "Pakkumus tuleb iseteenindusse pärast lapse registreerimist. Kui kinnitate selle, hakkab "
                       "toetus tulema iga kuu 8. kuupäeval.")]
    assert verdicts("et", turns, channel="chat")["needs"] == "pass"


def test_hold_request_is_still_no_clarifying_question_et():
    turns = [("client", "tere, mul sündis laps kuu aega tagasi ja toetust pole tulnud. kas pean taotlema?"),
             ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kas võin Teid hetkeks ootele panna?"),
             ("client", "jah"),
             ("agent", "Taotlema ei pea. Pakkumus tuleb iseteenindusse pärast lapse registreerimist. Kui kinnitate "
                       "selle, hakkab toetus tulema iga kuu 8. kuupäeval.")]
    assert verdicts("et", turns, channel="chat")["needs"] == "fail"


def test_question_after_client_read_the_conditions_passes_ru():
    turns = [("client", "добрый день. почему маме не пришло пособие одиноко проживающему пенсионеру? она живёт одна"),
             ("agent", "Здравствуйте, Департамент социального страхования, Ирина. Пособие платят автоматически "
                       "в октябре, если человек по регистру живёт один и пенсия ниже 1,2 средней."),
             ("client", "ну я читала. мама живёт одна, пенсия маленькая. в чём тогда дело"),
             ("agent", "А кто-нибудь ещё зарегистрирован по её адресу? Обычно причина в этом."),
             ("client", "да, мой сын там прописан, но он там не живёт"),
             ("agent", "Значит, по регистру она живёт не одна, поэтому пособие не назначили.")]
    assert verdicts("ru", turns, channel="chat")["needs"] == "pass"
