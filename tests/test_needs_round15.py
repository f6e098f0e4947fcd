"""Clarifying the need (criterion "needs", blind round 15).

Questions the scorer missed because something before them was taken for the answer:
- an offer of general information after the warning not to type the code ("Üldist teavet annan hea meelega",
  «Общие сведения я охотно дам») leads up to the answer;
- an acknowledgement goes on with the clause that says what feels so ("see on tõesti ebameeldiv, kui ...",
  «понятно, что сейчас тяжело разбираться ...»), with the person and "now" inside it ("see on teile praegu
  raske"); a condolence with its clause ("mul on kahju, et teie ema suri"), "võtke aega, me ei kiirusta"
  and "proovime koos vaadata" / «давайте вместе разберёмся» lead up to the answer;
- the right to represent found and the agent now free to speak of the data ends the identification act;
- a check of the topic may name the day of the month the payment comes ("viiendal kuupäeval").

Questions the scorer saw that were none:
- a check of only the kind of matter the client already named ("... soovite teada pensioni kohta" after "mul on
  küsimus pensioni kohta", «Ваш вопрос касается пенсии?» after «вопрос про пенсию»);
- a «ли» after a verb of checking in a typed statement («проверить, есть ли у него право, здесь нельзя.»);
- «правильно» before a past-tense verb is no tag («банк вам правильно сказал»).
"""

from scoring_support import verdicts

from trainer.scoring.needs_acts import feeling_clause_end
from trainer.text.question_tags import tag_closes_question
from trainer.text.questions import is_question


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


GREET_ET = ("agent", "tere sotsiaalkindlustusamet kadri kuuleb kuidas saan aidata")
GREET_RU = ("agent", "здравствуйте департамент социального страхования анна слушаю")


# -- an offer of general information is no answer ---------------------------------------------------------------

def _offer_chat(lang, offer):
    if lang == "ru":
        return [
            ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"),
            ("client", "Когда придёт пособие по уходу в марте? Мой код 49001015555."),
            ("agent", "Пожалуйста, не пишите личный код в открытый чат, здесь я не могу проверить Вашу личность. "
                      + offer),
            ("agent", "Уточню: Вы получаете пособие по уходу за ребёнком-инвалидом?"),
            ("client", "Да, за дочь."),
            ("agent", "Пособие по уходу перечисляют до 20-го числа следующего месяца, в марте - до 20 марта."),
            ("client", "Спасибо."),
        ]
    return [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "Millal tuleb märtsis hooldajatoetus? Minu kood on 49001015555."),
        ("agent", "Palun ärge kirjutage isikukoodi avatud vestlusesse, siin ma ei saa Teid tuvastada. " + offer),
        ("agent", "Täpsustan: kas saate puudega lapse hooldaja toetust?"),
        ("client", "Jah, tütre eest."),
        ("agent", "Hooldajatoetus makstakse järgmise kuu 20. kuupäevaks, märtsi oma 20. aprilliks."),
        ("client", "Aitäh."),
    ]


def test_offer_of_general_information_is_no_answer_ru_chat():
    assert needs("ru", _offer_chat("ru", "Общую информацию я Вам с удовольствием дам."), channel="chat") == "pass"


def test_offer_of_general_information_is_no_answer_et_chat():
    assert needs("et", _offer_chat("et", "Üldist teavet annan Teile muidugi hea meelega."), channel="chat") == "pass"


def test_a_statement_with_the_matter_after_the_offer_still_answers_et_chat():
    # must-not: the same message goes on to the answer itself, so the question after it comes too late
    assert needs("et", _offer_chat("et", "Üldist teavet annan: hooldajatoetus makstakse alati järgmise kuu "
                                         "kahekümnendaks kuupäevaks teie kontole."), channel="chat") == "fail"


# -- an acknowledgement with its clause ------------------------------------------------------------------------

def test_feeling_with_its_clause_then_check_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere lapsetoetust ei ole tulnud ja mul on vaja lasteaia eest maksta ma olen nii ärevil"),
        ("agent", "saan aru et olete ärevil see on tõesti keeruline kui raha ei jõua õigel ajal . kas ma saan "
                  "õigesti aru et jutt on lapsetoetusest mis tavaliselt tuleb kahekümnendal kuupäeval"),
        ("client", "jah lapsetoetus"),
        ("agent", "ma näen et teie toetus on välja makstud täna ja jõuab kontole homme"),
        ("client", "aitäh"),
    ]) == "pass"


def test_understandable_that_it_is_hard_then_question_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "у меня муж умер месяц назад. дочке 8. говорят ей что-то положено, я ничего не понимаю"),
        ("agent", "Соболезную. Месяц - это очень мало, и понятно, что сейчас трудно разбираться с документами. "
                  "Давайте вместе разберёмся."),
        ("agent", "Чтобы ответить точно: Вы спрашиваете о выплате для дочери или и о чём-то для себя?"),
        ("client", "для дочери"),
        ("agent", "Ребёнок, потерявший родителя, получает пособие по потере кормильца, его назначают по заявлению."),
        ("client", "спасибо"),
    ], channel="chat") == "pass"


def test_condolence_comfort_and_look_together_then_question_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere mu ema suri eelmisel nädalal ja ma ei tea üldse mida ma nüüd tegema pean"),
        ("agent", "mul on väga kahju et teie ema suri võtke aega me ei kiirusta kuhugi ja proovime koos "
                  "vaadata mis saab"),
        ("client", "aitäh pank ütles et raha tuleb tagasi maksta"),
        ("agent", "mis teile praegu kõige rohkem muret teeb kas ema viimane pension või matusetoetus"),
        ("client", "see pension"),
        ("agent", "surmakuu pension jääb alles aga järgmise kuu pension nõutakse pangalt tagasi"),
        ("client", "selge aitäh"),
    ]) == "pass"


def test_feeling_with_a_clause_that_goes_on_to_the_answer_still_answers_et_phone():
    # must-not: after the feeling comes the answer ("aga ..."), so the later question comes too late
    assert needs("et", [
        GREET_ET,
        ("client", "tere pension ei ole tulnud ja mul on vaja üüri maksta"),
        ("agent", "see on tõesti ebameeldiv kui raha hilineb aga teie pension on täna hommikul välja makstud ja "
                  "jõuab homme teie kontole"),
        ("agent", "kas te saate pensioni eesti pangakontole"),
        ("client", "jah"),
        ("agent", "siis on raha homme kontol"),
    ]) == "fail"


def test_feeling_clause_stops_at_a_contrast():
    assert feeling_clause_end(" kui raha ei ole seal kus ootate .", "et") > 0
    assert feeling_clause_end(" разбираться с бумагами.", "ru") > 0
    assert feeling_clause_end(", когда деньги задерживаются, но пенсия уже перечислена.", "ru") > 0
    assert feeling_clause_end(" kui raha hilineb aga pension on välja makstud", "et") == 0
    assert feeling_clause_end(" пенсия перечислена сегодня", "ru") == 0


# -- the right to represent found ends the identification -------------------------------------------------------

def test_access_granted_is_no_answer_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere ma helistan oma isa asjus ma olen tema eestkostja ja tahan teada millal tema puue lõpeb"),
        ("agent", "aitäh palun öelge oma isikukood"),
        ("client", "neli viis üks null kaks null kolm üks kaks kaks kolm"),
        ("agent", "aitäh ootamast eestkoste kohtumäärus on meil olemas nii et isa andmetest saan teiega rääkida"),
        ("agent", "kas ma sain õigesti aru et teid huvitab mis ajani puue kehtib ja kuidas uut taotlust esitada"),
        ("client", "jah just"),
        ("agent", "teie isa puue kehtib augusti lõpuni ja uue taotluse saab esitada töötukassale"),
        ("client", "aitäh"),
    ]) == "pass"


def test_access_granted_is_no_answer_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "Я пишу по делу отца, у меня есть доверенность. Хочу узнать про его пособие по инвалидности."),
        ("agent", "Спасибо, доверенность у нас есть, так что о данных отца я могу с Вами говорить."),
        ("agent", "Вас интересует, до какого числа назначено пособие, или как подать новое заявление?"),
        ("client", "до какого числа"),
        ("agent", "Пособие отцу назначено до конца августа, новое заявление подают через кассу по безработице."),
        ("client", "спасибо"),
    ], channel="chat") == "pass"


# -- a check of only the kind of matter asks nothing ------------------------------------------------------------

def test_check_of_only_the_topic_word_clarifies_nothing_et_phone():
    assert needs("et", [
        GREET_ET,
        ("client", "tere mul on küsimus toetuse kohta mu poeg läks kutsekooli kas ma saan lapsetoetust edasi"),
        ("agent", "kas ma saan õigesti aru et te soovite teada toetuse kohta"),
        ("client", "jah"),
        ("agent", "lapsetoetust makstakse kuni lapse 16 aastaseks saamiseni ja õppimise korral kauem"),
        ("client", "aitäh"),
    ]) == "fail"


def test_check_of_only_the_topic_word_clarifies_nothing_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "У меня вопрос про пенсию. Почему в этом месяце пришло на 40 евро меньше?"),
        ("agent", "Правильно ли я понимаю, что Ваш вопрос касается пенсии?"),
        ("client", "ну да"),
        ("agent", "Пенсию пересчитали после индексации, подробности видны в среде самообслуживания."),
        ("client", "спасибо"),
    ], channel="chat") == "fail"


def test_check_of_a_kind_the_client_did_not_name_still_clarifies_ru_chat():
    # must-not: to an open request the kind narrows the matter
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "У меня умер муж, что мне теперь делать?"),
        ("agent", "Правильно ли я понимаю, что Ваш вопрос касается пенсии?"),
        ("client", "да, пенсии по потере кормильца"),
        ("agent", "Пенсию по потере кормильца назначают по заявлению, его можно подать в среде самообслуживания."),
        ("client", "спасибо"),
    ], channel="chat") == "pass"


def test_check_naming_which_pension_still_clarifies_ru_chat():
    # must-not: the check names which payment and where it comes
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования. Чем могу помочь?"),
        ("client", "Когда в этом месяце придёт пенсия?"),
        ("agent", "Правильно ли я понимаю, что Ваш вопрос касается пенсии по старости на счёт в эстонском банке?"),
        ("client", "да"),
        ("agent", "Пенсию по старости перечисляют 5-го числа каждого месяца."),
        ("client", "спасибо"),
    ], channel="chat") == "pass"


def test_check_with_an_alternative_still_clarifies_et_chat():
    # must-not: "pension või toetus" asks which one
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet. Kuidas saan aidata?"),
        ("client", "Miks mulle sel kuul vähem raha tuli?"),
        ("agent", "Kas Teie küsimus puudutab pensioni või toetust?"),
        ("client", "Pensioni."),
        ("agent", "Pension on sel kuul sama, kuid tulumaks arvestati uue määraga."),
        ("client", "Aitäh."),
    ], channel="chat") == "pass"


# -- indirect «ли» and «правильно» before a verb ----------------------------------------------------------------

def test_li_after_a_verb_of_checking_in_a_typed_statement_asks_nothing():
    assert not is_question("Данные по чату не сообщаются: узнать, кто пишет и имеет ли он право, здесь нельзя.", "ru")
    assert not is_question("Я не знаю, получает ли она пособие.", "ru")


def test_li_that_asks_still_asks():
    # must-nots: the frame, an opening request and speech without a full stop
    assert is_question("Правильно ли я понимаю, что Вы про пособие.", "ru")
    assert is_question("Можно узнать, получаете ли Вы пенсию.", "ru")
    assert is_question("Скажите, получали ли Вы письмо.", "ru")
    assert is_question("вы не знаете получает ли она пособие", "ru")


def test_pravilno_before_a_past_verb_is_no_tag():
    assert not tag_closes_question("то есть в банке вам правильно".split(), "объяснили", "ru")
    assert tag_closes_question("вы про пенсию по старости правильно".split(), "сейчас", "ru")
    assert tag_closes_question("вы про пенсию по старости правильно".split(), "посмотрю", "ru")
