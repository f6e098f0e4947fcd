"""Courtesy (blind round 25), on own et/ru sentences.

Round 25 labellers drew these lines:

- "I am telling you in plain Russian" and "what is there not to understand" talk down; an offer to explain in
  Russian or simply, and asking what is unclear, do not;
- "had you read the decision carefully, you would know" blames the client; a counterfactual of the agency's own
  reading, or one without reading, does not;
- the client's omission with "yourself" or "that is how it happened" blames her; the plain cause, an "if" and the
  agency's own omission do not;
- "as I already wrote" rebukes; "as I said" recalling a point politely does not;
- a refusal ("we do not deal with that") and a bare pointer to the internet to a question is a brush-off; a
  redirect that names where and what to do is help; «это не наш вопрос» is a brush-off;
- "how to apply is written on our website, read it there" is a statement (a bare pointer), not a question;
- "look in the mail there" about a letter sent by post is no brush-off; "look on the website there" stays one.
"""

from scoring_support import verdicts

from trainer.text import is_question

OPEN = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")}
BYE = {"et": [("client", "Selge, aitäh."), ("agent", "Aitäh, et pöördusite, head päeva!")],
       "ru": [("client", "Понятно, спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _courtesy(lang, turns, channel="chat", bye=True):
    return verdicts(lang, [OPEN[lang], *turns, *(BYE[lang] if bye else [])], channel=channel)["courtesy"]


def _one_reply(lang, question, reply, channel="chat"):
    return _courtesy(lang, [("client", question), ("agent", reply)], channel=channel)


# -- plain language, rhetorical "what is unclear" -------------------------------------------------------------------

def test_told_you_in_plain_russian_fails_ru():
    assert _one_reply("ru", "Но почему мне не начислили надбавку, я же живу одна?",
                      "По регистру у Вас прописана дочь. Я Вам русским языком объясняю: по регистру Вы живёте не одна.",
                      channel="phone") == "fail"


def test_what_is_there_not_to_understand_fails_ru():
    assert _one_reply("ru", "Я не понимаю, почему мне отказали в пособии.",
                      "Срок подачи истёк в марте. Что тут непонятного.", channel="phone") == "fail"


def test_told_you_in_plain_estonian_fails_et():
    assert _one_reply("et", "Aga miks ma toetust ei saa, ma elan ju üksi?",
                      "Registri järgi elab Teiega veel üks inimene. Ma ütlesin Teile selges eesti keeles, et loeb "
                      "register.", channel="phone") == "fail"


def test_what_is_so_hard_to_understand_fails_et():
    assert _one_reply("et", "Ma ei saa aru, miks taotlus tagasi lükati.",
                      "Tähtaeg möödus märtsis. Mis siin siis arusaamatut on.", channel="phone") == "fail"


def test_offer_to_explain_in_russian_passes_ru():
    assert _one_reply("ru", "Можно, пожалуйста, по-русски? Я не очень понимаю по-эстонски.",
                      "Конечно. Могу объяснить русским языком: надбавка положена, если по регистру Вы живёте одна.",
                      channel="phone") == "pass"


def test_asking_what_is_unclear_passes_ru():
    assert _one_reply("ru", "Я не понимаю, почему мне отказали в пособии.",
                      "Срок подачи истёк в марте. Что именно Вам непонятно в решении, я объясню подробнее?",
                      channel="phone") == "pass"


def test_asking_what_remained_unclear_passes_et():
    assert _one_reply("et", "Ma ei saa aru, miks taotlus tagasi lükati.",
                      "Tähtaeg möödus märtsis. Mis jäi arusaamatuks, selgitan meelsasti?", channel="phone") == "pass"


def test_offer_to_explain_simply_passes_et():
    assert _one_reply("et", "Ma ei saa neist ametlikest sõnadest aru, mis see otsus tähendab?",
                      "Selgitan lihtsas eesti keeles: toetust makstakse edasi, aga väiksemas summas.") == "pass"


# -- "had you read it, you would know" -----------------------------------------------------------------------------

def test_had_you_read_you_would_know_fails_et():
    assert _one_reply("et", "Kas ma saan vaidele lisada uue arstitõendi?",
                      "Ei. Kui Te oleksite teate tähelepanelikult läbi lugenud, siis teaksite, et vaie käib vana "
                      "otsuse kohta.") == "fail"


def test_had_you_read_you_would_know_fails_ru():
    assert _one_reply("ru", "Можно ли к возражению приложить новую справку?",
                      "Нет. Если бы Вы внимательно прочитали письмо, Вы бы знали, что возражение касается старого "
                      "решения.") == "fail"


def test_had_we_read_your_letter_passes_ru():
    assert _one_reply("ru", "Почему мне так долго не отвечали?",
                      "Извините. Если бы мы сразу прочитали Ваше письмо, Вы бы знали ответ ещё в мае.") == "pass"


def test_counterfactual_without_reading_passes_et():
    assert _one_reply("et", "Kas otsuse saab ka e-postiga?",
                      "Jah. Kui oleksite soovinud, oleksime selle kohe e-postiga saatnud; saadan selle täna.") == "pass"


def test_advice_to_read_carefully_passes_et():
    assert _one_reply("et", "Kas ma saan vaidele lisada uue arstitõendi?",
                      "Vaie käib vana otsuse kohta, uue tõendiga saab esitada uue taotluse. Lugege otsus "
                      "hoolikalt läbi, seal on ka tähtaeg.") == "pass"


# -- the client's own omission as the cause --------------------------------------------------------------------------

def test_you_yourself_did_not_report_fails_ru():
    assert _one_reply("ru", "Почему с меня требуют вернуть 300 евро?",
                      "Пособие платилось после окончания учёбы сына. Вы сами не уведомили нас об этом.") == "fail"


def test_you_did_not_report_so_it_happened_fails_et():
    assert _one_reply("et", "Miks ma pean 300 eurot tagasi maksma?",
                      "Toetust maksti edasi pärast kooli lõppu. Te ei teatanud kooli lõpust, sellepärast nii "
                      "läkski.") == "fail"


def test_you_yourself_did_not_submit_fails_et():
    assert _one_reply("et", "Miks ma pean 300 eurot tagasi maksma?",
                      "Toetust maksti edasi pärast kooli lõppu. Te ise ei esitanud õigel ajal koolitõendit.") == "fail"


def test_plain_cause_passes_ru():
    assert _one_reply("ru", "Почему с меня требуют вернуть 300 евро?",
                      "Сведения об окончании учёбы к нам не поступили, поэтому возникла переплата. Её можно вернуть "
                      "частями.") == "pass"


def test_our_own_omission_passes_ru():
    assert _one_reply("ru", "Почему с меня требуют вернуть 300 евро?",
                      "Простите, мы сами вовремя не проверили данные, поэтому так и получилось. Переплату можно "
                      "вернуть частями.") == "pass"


def test_omission_as_a_condition_passes_et():
    assert _one_reply("et", "Miks ma pean 300 eurot tagasi maksma?",
                      "Kui Te ei teatanud kooli lõpust, siis maksti toetust edasi. Summa saab tasuda osade kaupa.") \
        == "pass"


# -- "as I already wrote" / "as I said" ------------------------------------------------------------------------------

def test_as_i_already_wrote_fails_et():
    assert _courtesy("et", [("client", "Kas lapsetoetus tõuseb?"),
                            ("agent", "Jah, jaanuarist on see 100 eurot kuus."),
                            ("client", "ja kui palju see siis on?"),
                            ("agent", "Nagu ma juba kirjutasin: 100 eurot kuus.")]) == "fail"


def test_as_i_already_explained_fails_ru():
    assert _courtesy("ru", [("client", "Пособие повысится?"),
                            ("agent", "Да, с января оно составит 100 евро в месяц."),
                            ("client", "а сколько будет?"),
                            ("agent", "Как я Вам уже объясняла, 100 евро в месяц.")]) == "fail"


def test_as_i_said_recalling_a_point_passes_et():
    assert _courtesy("et", [("client", "Kas lapsetoetus tõuseb?"),
                            ("agent", "Jah, jaanuarist on see 100 eurot kuus ja see tuleb automaatselt."),
                            ("client", "Kas ma pean midagi tegema?"),
                            ("agent", "Ei pea. Nagu ma ütlesin, see tuleb automaatselt, taotlust pole vaja.")]) == "pass"


# -- refusals and bare pointers --------------------------------------------------------------------------------------

def test_we_do_not_deal_with_it_search_the_internet_fails_et():
    assert _one_reply("et", "Kuidas ma saan ema aadressi rahvastikuregistris muuta?",
                      "Aadressi muutmisega meie ei tegele. Info on internetis, otsige sealt.") == "fail"


def test_we_do_not_deal_with_it_but_the_municipality_does_passes_et():
    assert _one_reply("et", "Kuidas ma saan ema aadressi rahvastikuregistris muuta?",
                      "Aadressi muutmisega meie ei tegele, seda teeb vallavalitsus: esitage elukohateade oma "
                      "vallavalitsusele või eesti.ee portaalis.") == "pass"


def test_we_do_not_deal_with_it_fails_ru():
    assert _one_reply("ru", "Как мне переписать адрес мамы в регистре?",
                      "Изменением адресов мы не занимаемся. Всё есть в интернете.") == "fail"


def test_we_do_not_deal_with_it_the_municipality_does_passes_ru():
    assert _one_reply("ru", "Как мне переписать адрес мамы в регистре?",
                      "Изменением адресов мы не занимаемся, это делает местное самоуправление: подайте там "
                      "уведомление о месте жительства или через eesti.ee.") == "pass"


def test_not_our_question_fails_ru():
    assert _one_reply("ru", "А кто мне вернёт деньги за лекарства?",
                      "Это вообще не наш вопрос.", channel="phone") == "fail"


def test_how_to_apply_is_on_the_website_read_it_there_fails_ru():
    assert _one_reply("ru", "То есть мне всё заново подавать?? У меня нет сил на эти бумаги",
                      "Такие правила. Как подать заявление, написано на нашем сайте, ознакомьтесь там.") == "fail"


def test_how_to_apply_on_the_website_with_the_steps_passes_ru():
    assert _one_reply("ru", "То есть мне всё заново подавать?? У меня нет сил на эти бумаги",
                      "Понимаю, что это утомительно. Как подать заявление, написано на сайте, но я помогу: нужна "
                      "справка от семейного врача, а само заявление можно подать в самообслуживании за пять "
                      "минут.") == "pass"


def test_subject_clause_of_stating_is_no_question():
    assert not is_question("Как подать заявление, написано на нашем сайте.", "ru")
    assert not is_question("Kuidas taotlust esitada, on kirjas meie kodulehel.", "et")
    assert is_question("Как подать заявление, подскажите?", "ru")
    assert is_question("Kuidas taotlust esitada", "et")


def test_look_in_the_mail_there_passes_et():
    assert _one_reply("et", "Miks isa pole otsust kätte saanud?",
                      "Otsus on tehtud ja saadeti postiga tema kodusele aadressile, vaadake sealt postkastist "
                      "järele.", channel="phone") == "pass"


def test_look_on_the_website_there_fails_et():
    assert _one_reply("et", "Millised dokumendid on vaja?",
                      "Info on kodulehel, vaadake sealt.", channel="phone") == "fail"
