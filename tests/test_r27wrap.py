"""What blind round 27 showed about identification in an authenticated chat, the summary and the closing, in general
form, on own et/ru sentences:

- identification: in a chat, the agent stating that the client is logged into the self-service ("olete iseteeninduses
  tuvastatud", "olete Mobiil-ID-ga sisse logitud", «Вы авторизованы в самообслуживании») identifies the writer, so
  the data told after it are no leak; a hypothetical ("kui olete ... tuvastatud"), a question, a bare mention of the
  self-service, a generic participle or a request to log in does not;
- a Russian verb the dictionary lacks, read as a known prefix on a dictionary verb form («переоформитесь»,
  «дозапишитесь»), is a finite verb: a recap built on it is no keyword chain (and the thanks after it closes);
- «так что коротко / вкратце» inside a spoken reply announces a recap;
- closing: a yes or a no opening the last reply to the client's yes-no question answers it, however many of its
  words were said before; not a yes to a question that asks which one or where;
- summary: an offer on the client's wish ("Kui soovite, saadan Teile ...", «Если хотите, пришлю ...») recaps nothing.
"""

import pytest
from scoring_support import RUBRIC, SETTINGS, verdicts

from trainer.scoring.finite_verbs import has_finite_verb
from trainer.scoring.leftopen import _polar
from trainer.scoring.score import score_transcript
from trainer.scoring.summary import offers_on_wish
from trainer.scoring.transcript import Context, Transcript, Turn

# -- identification: the authenticated self-service session in a chat ---------------------------------------------------


def _login_chat(lang, said):
    if lang == "et":
        return [("client", "Tere, kirjutan siit portaalist. Mulle tuli otsus, et pean hooldajatoetust tagasi maksma."),
                ("agent", "Tere, Sotsiaalkindlustusamet. Vaatame koos."),
                ("client", "Miks ma pean maksma?"),
                ("agent", said),
                ("client", "Jah, just see."),
                ("agent", "Toetus maksti Teile veel kaks kuud pärast hoolduse lõppu, seega tuli enammakse 180 eurot."),
                ("client", "Selge, aitäh."),
                ("agent", "Aitäh, et kirjutasite, kõike head!")]
    return [("client", "Здравствуйте, пишу отсюда, из портала. Пришло решение, что надо вернуть пособие по уходу."),
            ("agent", "Здравствуйте, Департамент социального страхования. Давайте посмотрим."),
            ("client", "Почему я должна платить?"),
            ("agent", said),
            ("client", "Да, именно это."),
            ("agent", "Пособие Вам платили ещё два месяца после окончания ухода, поэтому переплата 180 евро."),
            ("client", "Понятно, спасибо."),
            ("agent", "Спасибо за обращение, всего доброго!")]


def _chat_ident(lang, said):
    r = verdicts(lang, _login_chat(lang, said), channel="chat", identification_required=True, private_facts=["180"])
    return r["identification"], r["data_protection"]


@pytest.mark.parametrize("lang,said", [
    ("et", "Näen, et olete Mobiil-ID-ga iseteeninduses tuvastatud. Kas küsite hooldajatoetuse otsuse kohta?"),
    ("et", "Te olete iseteeninduses ID-kaardiga sisse logitud. Kas räägite hooldajatoetuse otsusest?"),
    ("ru", "Вижу, что Вы авторизованы в самообслуживании через Smart-ID. Вы о решении по пособию по уходу?"),
    ("ru", "Вы вошли в среду самообслуживания с ID-картой. Речь о решении по пособию по уходу?"),
])
def test_a_confirmed_self_service_session_identifies(lang, said):
    assert _chat_ident(lang, said) == ("pass", "pass")


@pytest.mark.parametrize("lang,said", [
    ("et", "Kui olete iseteeninduses tuvastatud, näete otsust ise. Kas küsite hooldajatoetuse kohta?"),
    ("et", "Kas olete iseteeninduses sisse logitud? Räägime hooldajatoetuse otsusest."),
    ("et", "Iseteeninduses tuvastatud kliendid näevad oma otsuseid. Räägime hooldajatoetusest."),
    ("et", "Palun logige iseteenindusse sisse ID-kaardiga. Räägime hooldajatoetusest."),
    ("ru", "Если Вы вошли в самообслуживание, решение видно там. Вы о пособии по уходу?"),
    ("ru", "Вы вошли в самообслуживание? Речь о пособии по уходу?"),
    ("ru", "Войдите, пожалуйста, в самообслуживание с ID-картой. Речь о пособии по уходу?"),
    ("ru", "В самообслуживании есть раздел с решениями. Речь о пособии по уходу?"),
])
def test_no_confirmed_session_identifies_no_one(lang, said):
    assert _chat_ident(lang, said) == ("fail", "fail")


@pytest.mark.parametrize("lang,said,words", [
    ("et", "Näen, et olete Mobiil-ID-ga iseteeninduses tuvastatud. Kas küsite hooldajatoetuse otsuse kohta?",
     "iseteeninduse kaudu tuvastatud"),
    ("ru", "Вижу, что Вы авторизованы в самообслуживании через Smart-ID. Вы о решении по пособию по уходу?",
     "идентифицирован через среду самообслуживания"),
])
def test_the_session_pass_says_how_the_client_was_identified(lang, said, words):
    """The pass names the session it rests on and quotes the agent's words, not "you asked for the code"."""
    transcript = Transcript(language=lang, channel="chat",
                            context=Context(identification_required=True, private_facts=["180"]),
                            turns=[Turn(role=r, text=t) for r, t in _login_chat(lang, said)])
    ident = next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == "identification")
    assert ident["result"] == "pass"
    assert words in ident["feedback"] and said.split(". ")[0] in ident["feedback"]
    assert "isikukoodi" not in ident["feedback"] and "личный код" not in ident["feedback"]


# -- a prefixed Russian verb the dictionary lacks ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Переоформитесь на новый адрес до мая.", "Дозапишитесь в очередь сегодня же.",
                                      "Перевыпишитесь у мамы и всё."])
def test_a_known_prefix_on_a_dictionary_verb_is_a_verb(sentence):
    assert has_finite_verb(sentence, "ru")


@pytest.mark.parametrize("sentence", ["Перепись населения.", "Кузявитесь на адрес.", "Переоформление до мая.",
                                      "Переписка, адрес, май."])
def test_no_verb_in_nouns_or_an_unknown_prefix(sentence):
    assert not has_finite_verb(sentence, "ru")


def _ru_address_chat(last):
    return [("agent", "Здравствуйте, Департамент социального страхования, Ирина. Чем могу помочь?"),
            ("client", "Здравствуйте, почему мне в этом году не дали пособие одинокому пенсионеру?"),
            ("agent", "Пособие получает тот, кто на 1 апреля один зарегистрирован по своему адресу. По регистру у Вас "
                      "по адресу прописан ещё сын, поэтому пособие в этом году не назначено."),
            ("client", "а если он выпишется, то дадут?"),
            ("agent", "В этом году уже нет. Если сын выпишется до 1 апреля следующего года, пособие придёт осенью "
                      "само, заявление не нужно."),
            ("client", "ясно"),
            ("agent", last)]


@pytest.mark.parametrize("recap", ["Итого: причина в прописке сына, переоформитесь до апреля.",
                                   "Итого: дело в прописке сына, дозапишитесь на приём до апреля."])
def test_a_recap_on_a_prefixed_verb_sums_up_and_closes(recap):
    r = verdicts("ru", _ru_address_chat(recap + " Спасибо за обращение, всего доброго!"), channel="chat")
    assert (r["summary"], r["closing"]) == ("pass", "pass")


def test_a_verbless_topic_list_still_closes_nothing():
    r = verdicts("ru", _ru_address_chat("Итого: прописка, сын, апрель. Спасибо за обращение, всего доброго!"),
                 channel="chat")
    assert r["summary"] == "fail"


# -- «так что коротко» inside a spoken reply ----------------------------------------------------------------------------


def _spoken_recap(last):
    return [("agent", "департамент социального страхования ирина здравствуйте"),
            ("client", "здравствуйте мне пришло письмо что я должен вернуть двести евро пособия"),
            ("agent", "да вижу пособие Вам платили после переезда в латвию поэтому возникла переплата двести евро"),
            ("client", "а сразу всё отдавать надо"),
            ("agent", "нет можно попросить график и платить частями а если не согласны можно подать возражение "
                      "в течение тридцати дней"),
            ("client", "а куда подавать"),
            ("agent", last),
            ("client", "ладно спасибо"),
            ("agent", "всего доброго до свидания")]


@pytest.mark.parametrize("cue", ["так что коротко", "так что вкратце"])
def test_so_in_short_announces_a_recap(cue):
    last = (f"через самообслуживание или письмом в бюро {cue} двести евро можно вернуть частями или подать "
            "возражение в течение тридцати дней")
    assert verdicts("ru", _spoken_recap(last))["summary"] == "pass"


def test_the_same_reply_without_the_cue_recaps_nothing():
    last = "через самообслуживание или письмом в бюро обслуживания"
    assert verdicts("ru", _spoken_recap(last))["summary"] == "fail"


# -- closing: a yes or a no to the client's yes-no question ---------------------------------------------------------------


@pytest.mark.parametrize("lang,sentence", [
    ("et", "Kas ma saan avalduse hiljem ka posti teel saata?"), ("et", "Aga kas tõendi võib lisada hiljem?"),
    ("ru", "А можно ли отправить заявление позже по почте?"), ("ru", "Справку можно добавить потом?"),
])
def test_yes_no_questions(lang, sentence):
    assert _polar(sentence, lang)


@pytest.mark.parametrize("lang,sentence", [
    ("et", "Kas saadan selle posti või e-postiga?"), ("et", "Kas teate, kuhu ma selle saatma pean?"),
    ("ru", "Отправить по почте или через бюро?"), ("ru", "А куда можно отправить заявление?"),
])
def test_questions_no_yes_answers(lang, sentence):
    assert not _polar(sentence, lang)


def _yes_no_chat(lang, question, last):
    if lang == "et":
        return [("agent", "Tere, Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
                ("client", "Tere, kuidas ma puudega lapse toetuse uuesti taotlen? Eelmine taotlus lükati tagasi."),
                ("agent", "Uue taotluse saate esitada iseteeninduses, kui arsti uus hinnang on olemas. Taotlusele "
                          "lisage arsti hinnang, ilma selleta ei saa me taotlust lahendada."),
                ("client", question),
                ("agent", last)]
    return [("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Здравствуйте, как мне снова подать на пособие ребёнку с инвалидностью? Прошлое отклонили."),
            ("agent", "Новое заявление можно подать в самообслуживании, когда будет новая оценка врача. К заявлению "
                      "приложите оценку врача, без неё мы не сможем решить заявление."),
            ("client", question),
            ("agent", last)]


@pytest.mark.parametrize("lang,question,last", [
    ("et", "Selge. Kas arsti hinnangu saan hiljem ka iseteeninduses lisada?",
     "Jah, arsti hinnangu saate lisada iseteeninduses ka hiljem taotlusele. Aitäh ja ilusat päeva!"),
    ("ru", "Понятно. А оценку врача можно потом добавить в самообслуживании?",
     "Да, оценку врача можно добавить к заявлению в самообслуживании и позже. Спасибо за обращение, всего доброго!"),
])
def test_a_yes_to_a_yes_no_question_answers_it(lang, question, last):
    assert verdicts(lang, _yes_no_chat(lang, question, last), channel="chat")["closing"] == "pass"


@pytest.mark.parametrize("lang,question,last", [
    # a yes to "which one": the question stays open
    ("et", "Selge. Kas arsti hinnangu lisan iseteeninduses või saadan posti teel?",
     "Jah, arsti hinnangu saate lisada taotlusele. Aitäh ja ilusat päeva!"),
    ("ru", "Понятно. А оценку врача куда добавить?",
     "Да, оценку врача можно добавить к заявлению. Спасибо за обращение, всего доброго!"),
    # no yes or no: the earlier answer said again
    ("et", "Selge. Kas arsti hinnangu saan hiljem ka iseteeninduses lisada?",
     "Uue taotluse saate esitada iseteeninduses, kui arsti uus hinnang on olemas. Aitäh ja ilusat päeva!"),
])
def test_no_yes_or_no_to_a_yes_no_question_leaves_it_open(lang, question, last):
    assert verdicts(lang, _yes_no_chat(lang, question, last), channel="chat")["closing"] == "fail"


# -- summary: an offer on the client's wish ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Kui soovite, saadan Teile selle vestluse koopia e-postile.",
                                      "Soovi korral saadan Teile otsuse uuesti.",
                                      "Если хотите, пришлю Вам копию этой переписки.",
                                      "При желании отправлю Вам решение ещё раз."])
def test_an_offer_on_the_wish_is_no_recap(sentence):
    assert offers_on_wish(sentence, True)


@pytest.mark.parametrize("sentence,offered", [("Saadan Teile täna järelpärimise, nagu kokku leppisime.", True),
                                              ("Kui soovite, võite taotluse esitada iseteeninduses.", False),
                                              ("Отправлю запрос сегодня, как договорились.", True)])
def test_no_offer_on_the_wish(sentence, offered):
    assert not offers_on_wish(sentence, offered)


def _offer_chat(lang, last):
    if lang == "et":
        return [("client", "Tere! Kuidas saan oma pensioni andmeid küsida? Kas e-postiga saab?"),
                ("agent", "Tere, Sotsiaalkindlustusamet. Oma andmeid saate vaadata iseteeninduses või küsida "
                          "digiallkirjastatud päringuga e-posti teel. Vestluses endas ma Teie andmeid näha ei saa."),
                ("client", "ok ja kas isa saab paberil ka küsida, tal pole arvutit"),
                ("agent", "Saab küll. Kui ta soovib, võib ta päringu paberil kirjutada, selle allkirjastada ja saata "
                          "posti teel."),
                ("client", "super aitäh"),
                ("agent", last)]
    return [("client", "Здравствуйте! Как мне запросить свои данные о пенсии? По e-mail можно?"),
            ("agent", "Здравствуйте, Департамент социального страхования. Свои данные можно посмотреть в "
                      "самообслуживании или запросить письмом с цифровой подписью по e-mail. В самой переписке я "
                      "Ваши данные не вижу."),
            ("client", "ок а папа может на бумаге запросить, у него нет компьютера"),
            ("agent", "Да, может. Если хочет, папа может написать запрос на бумаге, подписать его и отправить по "
                      "почте."),
            ("client", "супер спасибо"),
            ("agent", last)]


@pytest.mark.parametrize("lang,last", [
    ("et", "Aitäh, et kirjutasite! Kui soovite, saadan Teile selle vestluse koopia. Head päeva!"),
    ("ru", "Спасибо, что написали! Если хотите, отправлю Вам копию этой переписки. Всего доброго!"),
])
def test_a_transcript_offer_sums_nothing_up(lang, last):
    assert verdicts(lang, _offer_chat(lang, last), channel="chat")["summary"] == "fail"
