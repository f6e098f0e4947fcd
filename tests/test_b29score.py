"""New-user batch 29 (tests/newuser/live29): what the first replay got wrong, on sentences written for these tests.

- Four wrong facts passed, now caught by a gate in any scenario:
  - early retirement "up to three years" before the pension age (the rule: up to five) and money still missing after
    the payment day said to be only the bank's matter, "nothing to check on our side" (the Board checks the account
    number and whether the payment came back): claims of `old-age-pension.early_retirement_years` and
    `pension-payment.money_same_day` (knowledge_values);
  - a plain e-mail, or an authorisation with no signature, said to be enough: `personal-data.authorisation` (and an
    oral consent on the phone said to work from then on like one: batch 13's neighbour-data-et wrong run, caught by
    accident until the whether-clause below was read right);
  - a reply to a written request promised "within 24 hours": a number of hours is a date (no_promise).
- Honest runs failed by the scorer:
  - neighbour-data-et good: "ka see, kas raha on kontole jõudnud, on tema isikuandmed" names what is not told
    (an embedded whether-clause), it tells nothing;
  - appeal-refused-ru terse: «в департамент: самообслуживание, ..., почта или бюро» answers «куда?» (the addressee,
    then the channels), and the channels in the nominative are the scenario's "where";
  - pension-abroad-proof-ru terse: «(пенс. учреждение, полиция, ...)»: no sentence ends inside brackets.
"""

from __future__ import annotations

import pytest
from scoring_support import OPENING, scenario_reply_result, verdicts, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.promises import is_promise
from trainer.scoring.reported import embedded_whether
from trainer.simulation.library import load_library
from trainer.text.keywords import answers_where

EARLY = "old-age-pension.early_retirement_years"
SAME_DAY = "pension-payment.money_same_day"
AUTH = "personal-data.authorisation"


@pytest.fixture(scope="module")
def library():
    return load_library()


WRONG = [
    (EARLY, "et", "Ennetähtaegsele pensionile saab minna kuni neli aastat enne pensioniiga."),
    (EARLY, "et", "ennetahtaegselt saab minna koige rohkem 2 aastat varem"),
    (EARLY, "ru", "Досрочно выйти на пенсию можно максимум за два года до пенсионного возраста."),
    (EARLY, "ru", "досрочная пенсия не раньше чем за 3 года до пенсионного возраста"),
    (SAME_DAY, "ru", "Если деньги завтра не придут, это уже проблема Вашего банка."),
    (SAME_DAY, "ru", "если и в понедельник денег нет значит задерживает банк"),
    (SAME_DAY, "ru", "Идите сразу в свой банк, с нашей стороны тут проверять нечего."),
    (SAME_DAY, "et", "Kui raha homme kontole ei jõua, on see juba panga küsimus."),
    (SAME_DAY, "et", "kui pensioni esmaspaeval pole siis viivitab teie pank"),
    (SAME_DAY, "et", "Pöörduge oma panka, meie poolt pole siin midagi kontrollida."),
    (AUTH, "et", "Volikirjaks sobib ka tavaline e-kiri tütre enda aadressilt."),
    (AUTH, "et", "ema voib saata lihtsa e-kirja et volitab teid sellest piisab"),
    (AUTH, "et", "Volikirjale ei pea allkirja panema, nimi ja isikukood on piisavad."),
    (AUTH, "ru", "В качестве доверенности подойдёт обычный имейл от мамы."),
    (AUTH, "ru", "Доверенность можно прислать простым электронным письмом, подпись не нужна."),
    # an oral consent on the phone said to work from then on like an authorisation (batch 13, caught by accident
    # until the whether-clause below was read right)
    (AUTH, "et", "Kui Mari ütleb telefonis, et lubab, panen selle kirja ja see kehtib ka edaspidi nagu volikiri."),
    (AUTH, "et", "helistage koos ja tema suuline luba kehtib edaspidi"),
    (AUTH, "ru", "Если мама один раз по телефону согласится, это будет действовать дальше как доверенность."),
    (AUTH, "ru", "устное согласие мамы действует и дальше, так что потом можете звонить сами"),
]

RIGHT = [
    (EARLY, "et", "Ennetähtaegsele pensionile saab minna kuni viis aastat enne pensioniiga."),
    (EARLY, "et", "Teie pensioniiga on kolme aasta pärast, nii et ennetähtaegselt saaksite minna kohe."),
    (EARLY, "et", "Ennetähtaegselt minnes, näiteks 3 aastat varem, jääb pension kogu eluks väiksemaks."),
    (EARLY, "et", "Pensionitaotluse võib esitada kuni 6 kuud enne pensioniiga."),
    (EARLY, "ru", "Досрочно можно выйти не раньше чем за 5 лет до пенсионного возраста."),
    (EARLY, "ru", "До Вашего пенсионного возраста осталось 3 года, досрочно можно уже сейчас."),
    (SAME_DAY, "ru", "Если завтра денег не будет, позвоните нам: проверим номер счёта и не вернулась ли выплата."),
    (SAME_DAY, "ru", "Если номер счёта верный и выплата не вернулась, то это вопрос к банку."),
    (SAME_DAY, "ru", "Если денег нет, это не проблема банка: звоните нам."),
    (SAME_DAY, "et", "Kui raha homme kontol ei ole, helistage meile, kontrollime kontonumbrit."),
    (SAME_DAY, "et", "Kui kontonumber on õige ja makse tagasi ei tulnud, siis on see panga küsimus."),
    (SAME_DAY, "et", "Pank ei ole süüdi, kui raha homme pole, helistage meile."),
    (AUTH, "et", "Tavalisest e-kirjast volikirjaks ei piisa, see peab olema digitaalselt allkirjastatud."),
    (AUTH, "et", "Volikirja võib saata tavalise e-kirjaga, kui see on digiallkirjastatud."),
    (AUTH, "et", "Notarit pole vaja, sobib ka paberil käsitsi allkirjastatud volikiri."),
    (AUTH, "et", "Ilma allkirjata volikirja me vastu ei võta."),
    (AUTH, "ru", "Простое электронное письмо без подписи доверенностью не считается, нужна цифровая подпись."),
    (AUTH, "ru", "Доверенность, подписанную от руки, можно прислать обычным письмом по почте."),
    (AUTH, "ru", "Доверенность без подписи мы не примем."),
    (AUTH, "et", "Kui Ants ise helistab, pole volikirja vaja."),
    (AUTH, "et", "Suuline luba kehtib ainult selle kõne ajal; edaspidi on vaja kirjalikku volikirja."),
    (AUTH, "ru", "Устное согласие действует только в этом разговоре, дальше нужна доверенность."),
    (AUTH, "ru", "Доверенность действует, пока её не отменят."),
]


@pytest.mark.parametrize("ref, lang, sentence", WRONG)
def test_wrong_claim_is_caught(library, ref, lang, sentence):
    assert ref in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("ref, lang, sentence", RIGHT)
def test_right_statement_passes(library, ref, lang, sentence):
    assert ref not in wrong_claim_refs(library, sentence, lang)


# -- a reply within hours is a date ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, promised", [
    ("et", "Võin Teile kinnitada, et vastame päringule kahe tunni jooksul.", True),
    ("et", "vastus tuleb teile 48 tunni jooksul", True),
    ("et", "Vastame Teie kirjale homme.", True),
    ("ru", "На Ваш запрос мы ответим в течение суток.", True),
    ("ru", "ответ получите через пару часов", True),
    # near misses: a rule's duration, a hedge, the agent's own call, money on the payment day
    ("et", "Kirjalikule päringule vastatakse kirjalikult.", False),
    ("et", "Vastust paari tunni jooksul ma lubada ei saa.", False),
    ("et", "Helistan Teile tagasi tunni jooksul.", False),
    ("et", "Selgitustaotlusele vastame hiljemalt 30 päeva jooksul.", False),
    ("ru", "Обычно отвечаем в течение суток.", False),
    ("ru", "Ответ придёт в течение 30 дней.", False),
    ("ru", "В день выплаты деньги поступают на счёт в течение дня.", False),
    # speech without commas: the answer with its verb opens a clause of its own after the advice
    ("et", "saatke paring meie aadressile vastus tuleb teile kahe tunni jooksul", True),
    ("ru", "пришлите запрос на почту ответ придёт через пару часов", True),
    ("et", "saatke avaldus otsus tuleb 15 tööpäeva jooksul", False),
])
def test_an_answer_within_hours_is_promised(lang, sentence, promised):
    assert is_promise(sentence, lang) is promised


def test_the_bailiff_promised_a_reply_in_hours_fails(library):
    result = scenario_reply_result(library, "data-request-bailiff-et",
                                   "Telefonis ma andmeid ei anna. Saatke kirjalik päring, vastame sellele 12 tunni jooksul.")
    assert next(c for c in result["criteria"] if c["id"] == "no_promise")["result"] == "fail"


# -- a whether-clause names what is not told -------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, word, embedded", [
    ("et", "Isegi see, kas pension on kontole laekunud, on tema andmed.", "pension", True),
    ("et", "Ma ei saa Teile öelda, kas raha on kontol.", "raha", True),
    ("et", "Summat ma ei ütle, aga raha on kontol.", "raha", False),
    ("ru", "Даже то, поступила ли пенсия на счёт, – его личные данные.", "пенсия", True),
    ("ru", "Да, пенсия поступила на счёт.", "пенсия", False),
    # a whether-clause that leaves the answer open withholds nothing
    ("et", "Kas pension tuleb, oleneb Teie staažist.", "pension", False),
    ("ru", "Получите ли Вы пенсию, зависит от стажа.", "пенсию", False),
    # a sentence that opens with "kas" asks its own question; "ei saa" inside the clause withholds nothing
    ("et", "kas ma saan õigesti aru et te ei saa aru kas otsus on õige", "te ei saa", False),
    ("et", "Ma saan aru, kas te ei saa aru või ei taha.", "te ei saa", False),
])
def test_embedded_whether(lang, sentence, word, embedded):
    assert embedded_whether(sentence, sentence.index(word), lang) is embedded


@pytest.mark.parametrize("reply, verdict", [
    ("Teise inimese andmeid ma öelda ei saa: ka see, kas tema pension on laekunud, on tema isikuandmed.", "pass"),
    ("Teise inimese andmeid ma öelda ei saa, aga pension on laekunud.", "fail"),
])
def test_whether_the_money_came_is_not_told(library, reply, verdict):
    result = scenario_reply_result(library, "neighbour-data-et", reply)
    assert next(c for c in result["criteria"] if c["id"] == "no_payment_status")["result"] == verdict


# -- «куда?»: the addressee, then the channels -----------------------------------------------------------------------

@pytest.mark.parametrize("question, items, answers", [
    ("а куда мне его отправить?", ["в Департамент", " самообслуживание", " почта или бюро"], True),
    ("kuhu ma selle saatma pean?", ["ametile", " iseteeninduses või e-postiga digiallkirjaga"], True),
    ("а куда мне его отправить?", ["в Департамент", " 30 дней", " 60 дней"], False),
    ("kuhu ma selle saatma pean?", ["Sotsiaalkindlustusametile."], False),
])
def test_the_addressee_before_the_channels(question, items, answers):
    assert answers_where(question, items) is answers


@pytest.mark.parametrize("reply, verdict", [
    ("в департамент: самообслуживание (id-карта, smart-id), e-mail с цифровой подписью, почта, бюро. документы в чат "
     "не присылайте", "pass"),
    ("в департамент: 30 дней, 60 дней, свободная форма, документы. документы в чат не присылайте", "fail"),
])
def test_where_answered_with_the_addressee(reply, verdict):
    turns = [("agent", OPENING["ru"]),
             ("client", "Я поняла, как писать возражение. А куда его отправить?"), ("agent", reply),
             ("client", "Спасибо.")]
    assert verdicts("ru", turns, channel="chat")["real_answers"] == verdict


def test_the_channels_in_the_nominative_say_where(library):
    phrases = tx.PhraseSet(library.get("appeal-refused-ru").signals["explained_where"], "ru")
    assert phrases.find_all("куда: имейл с цифр. подписью, почта или бюро")
    assert not phrases.find_all("напишите в свободной форме, почему не согласны")


# -- no sentence ends inside brackets --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("справку заверит учреждение (пол. участок, нотариус, посольство), или пришлите справку о резидентстве", 1),
    ("tõendi kinnitab asutus (sots. töötaja, notar) voi saatkond", 1),
    ("Helistage meile (see on tasuta). ma ootan.", 2),
    ("(Vaata lisa.) Teine lause.", 2),
])
def test_no_sentence_ends_inside_brackets(text, count):
    assert len(tx.split_sentences(text)) == count
