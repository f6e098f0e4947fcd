"""Clarifying the need (criterion "needs", blind round 18).

Real questions the scorer missed, because something before them was taken for the answer or the question was
glued to what came before it in unpunctuated speech:
- condolences and how it sounds lead up to the answer: "mul on väga kahju seda kuulda, minu kaastunne Teile",
  «сочувствую вам», "see kõlab tõesti murettekitavalt", "see teeb teid ärevaks", "see on palju ühe inimese
  kanda", «понимаю, вам сейчас очень тяжело»;
- the code and the name read back ("nii 4xxxx mari kask") is the identification act, no answer;
- in an open chat, the redirect to the self-service after the warning not to type the code and the agent's
  note of what it cannot do with it is still the identification act;
- in speech, an imperative that opens a question («подскажите пожалуйста ...») starts a new sentence even
  after «я вас вижу», and an alternative question to the client («а вы хотите ... или ...», «вас интересует
  ... или ...») after a clause of the agent's own starts one too;
- a client who draws the answer's conclusion ("aa et ma ei pea ise minema") takes it, rejects nothing.

Questions that clarify nothing of the matter (false passes):
- a question about the digits of a code the agent found wrong ("Võib-olla üks number on vale?");
- a request to wait asked as a question ("Kas võin paar minutit uurida?");
- a check whose body is a string of bare nouns («правильно ли я поняла пособие ребёнок»).

A question whether the caller holds a power of attorney still counts: the labels disagree (blind a5 calls it an
authorisation check, heldout hand-et-phone-15 and blind y-ru-phone-11 a question about the situation).
"""

from scoring_support import verdicts

from trainer.scoring.needs_acts import concludes, keyword_check
from trainer.text.spoken import normalize_input


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


# -- prefaces: condolence, how it sounds, the burden --------------------------------------------------------

def test_spoken_condolence_then_check_clarifies():
    turns = [("agent", "tere sotsiaalkindlustusamet mari kuuleb"),
             ("client", "tere mu ema suri eelmisel kuul ja ma ei tea mis nüüd saab"),
             ("agent", "oi mul on väga kahju seda kuulda minu kaastunne teile võtke rahulikult"),
             ("client", "aitäh ja küsimus on et tema oktoobri pension tuli kontole kas see tuleb tagasi maksta"),
             ("agent", "see on palju ühe inimese kanda kas ma saan õigesti aru et te tahate teada kas ema oktoobri "
                       "pension tuleb tagasi maksta"),
             ("client", "jah just"),
             ("agent", "surmakuu pension jääb pärijatele ja tagasi nõutakse ainult järgmise kuu oma")]
    assert needs("et", turns) == "pass"


def test_sounds_worrying_then_identification_then_question():
    turns = [("agent", "sotsiaalkindlustusamet tere jaan kuuleb"),
             ("client", "tere mu isa elab soomes ja tema pension ei ole kaks kuud tulnud ta on väga mures"),
             ("agent", "see kõlab tõesti murettekitavalt ma saan aru et see teeb teid ärevaks vaatame mis toimub "
                       "kas te oskate öelda isa isikukoodi"),
             ("client", "jah kolm neli üks null kaks null kolm üks kaks kaks kolm"),
             ("agent", "nii kolm neli üks null kaks null kolm üks kaks kaks kolm peeter kask"),
             ("client", "jah see on isa"),
             ("agent", "kas isa on viimasel ajal meile midagi saatnud või on tal pangakonto muutunud"),
             ("client", "ei midagi ei ole muutunud"),
             ("agent", "näen et maksmine on peatatud sest elusolekutõend ei ole meile jõudnud")]
    assert needs("et", turns) == "pass"


def test_ru_understanding_feeling_then_alternative_question():
    turns = [("agent", "департамент социального страхования добрый день ольга слушаю"),
             ("client", "здравствуйте я за отцом ухаживаю одна и ему пришло решение что степень средняя а он не "
                        "встаёт я не знаю что делать"),
             ("agent", "понимаю вам сейчас очень тяжело одной давайте разберемся а вы хотите обжаловать "
                       "решение или сначала понять почему так решили"),
             ("client", "сначала понять"),
             ("agent", "хорошо назовите личный код отца"),
             ("client", "три четыре ноль ноль один ноль один ноль ноль ноль один"),
             ("agent", "вижу решение эксперт опирался на документы семейного врача за весну")]
    assert needs("ru", turns) == "pass"


# -- the identification act in an open chat ------------------------------------------------------------------

def test_open_chat_redirect_after_warning_and_note_is_no_answer():
    turns = [("agent", "Tere! Sotsiaalkindlustusameti veebivestlus, Liis. Kuidas saan aidata?"),
             ("client", "saatsin matusetoetuse avalduse, kas see on kohal? mu kood 38001010000"),
             ("agent", "Palun ärge kirjutage isikukoodi avatud vestlusesse. Ma ei saa seda siin kasutada, sest "
                       "vestluses ei ole näha, kes kirjutab. Oma avalduse seisu näete iseteeninduses."),
             ("client", "ok"),
             ("agent", "Et saaksin Teid õigesti suunata: kas soovite teada, kas avaldus on kohal, või millal "
                       "raha tuleb?"),
             ("client", "peamiselt millal raha tuleb"),
             ("agent", "Otsus tehakse 10 tööpäeva jooksul ja raha makstakse järgmisel päeval.")]
    assert needs("et", turns, channel="chat", identification_required=True, no_identifiers=True) == "pass"


# -- speech breaks --------------------------------------------------------------------------------------------

def test_imperative_question_after_seeing_starts_a_sentence():
    text = normalize_input("спасибо ирина я вас вижу подскажите пожалуйста а какое письмо вам пришло").text
    assert "вижу. подскажите" in text


def test_bare_imperative_in_a_chain_does_not_break():
    text = normalize_input("назовите пожалуйста личный код понимаю уточните итак подведём итог").text
    assert ". уточните" not in text


def test_alternative_question_to_client_starts_a_sentence():
    assert "разберёмся. а вы" in normalize_input(
        "мне очень жаль давайте разберёмся а вы хотите подать жалобу или сначала узнать срок").text
    assert "говорить. вас" in normalize_input(
        "доверенность у нас есть так что я могу с вами говорить вас интересует срок или сумма выплаты").text
    # after a request and its politeness word the question goes on: no break
    assert "пожалуйста. вас" not in normalize_input(
        "мы всё разберём скажите пожалуйста вас интересует пенсия или пособие").text


# -- the client's conclusion takes the answer -----------------------------------------------------------------

def test_client_conclusion_is_no_rejection():
    assert concludes("aa et ma ei pea ise kohale minema")
    assert concludes("а, то есть приходить не надо")
    assert not concludes("aga raha ei ole ju kontol")


def test_question_after_the_concluded_answer_clarifies_nothing():
    turns = [("agent", "Tere! Sotsiaalkindlustusameti veebivestlus, Mart. Millega saan aidata?"),
             ("client", "emal on vaja rulaatorit, kuidas seda riigi kaudu saab"),
             ("agent", "Rulaatori saamiseks on vaja perearsti tõendit abivahendi vajaduse kohta. Tõendiga "
                       "pöördute ettevõttesse, millel on meiega leping."),
             ("client", "aa et meie juurde ei pea tulema. kas ma võin ema eest asju ajada?"),
             ("agent", "Kes see ikka tahaks ise kohale sõita, eks? Üldjuhul saab lähedane ettevõttes asjad ära ajada.")]
    assert needs("et", turns, channel="chat") == "fail"


# -- questions that are not about the matter ------------------------------------------------------------------

def test_code_repair_question_is_no_clarification():
    turns = [("agent", "Tere! Sotsiaalkindlustusamet, Kaie. Kuidas saan aidata?"),
             ("client", "Tere. Tahaks teada, kas mu tütre lapsetoetus jätkub, ta sai 17."),
             ("agent", "Selge. Palun öelge oma isikukood."),
             ("client", "Neli kaheksa null, null üks, null üks, null null null null."),
             ("agent", "Vabandust, see kood ei ole õige, kontrollnumber ei klapi. Võib-olla üks number on vale? "
                       "Palun öelge veel kord."),
             ("client", "Neli kaheksa null null üks null üks null null null üks."),
             ("agent", "Aitäh, leidsin Teid. Lapsetoetust makstakse kuni 19-aastaseks saamiseni, kui laps õpib.")]
    assert needs("et", turns, identification_required=True) == "fail"


def test_hold_request_as_question_is_no_clarification():
    turns = [("agent", "Tere! Sotsiaalkindlustusameti veebivestlus, Kaie. Millega saan aidata?"),
             ("client", "emal on vaja kuuldeaparaati, kust seda odavamalt saab"),
             ("agent", "Kas võin paar minutit uurida, et anda täpne vastus?"),
             ("client", "jah"),
             ("agent", "Kuuldeaparaadi saamiseks on vaja arsti tõendit. Riik hüvitab osa hinnast.")]
    assert needs("et", turns, channel="chat") == "fail"


def test_keyword_check_is_no_check():
    assert keyword_check("правильно ли я поняла пособие ребёнок", "ru")
    assert not keyword_check("правильно ли я поняла заявление на пособие", "ru")
    assert not keyword_check("правильно ли я поняла что вы подали заявление", "ru")
