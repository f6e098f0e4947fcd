"""Clarifying the need around side answers (criterion "needs", blind rounds 21-22; side_answers.py, clarify.py,
needs_acts.py).

Questions the scorer missed:
- a first statement that takes up a side remark, after which the client asks again and the agent's next
  message opens with a question about the matter (a choice question), or states what it sees of the client's
  facts and asks them to confirm;
- a general statement followed in the same turn by a question the client answers;
- a check naming the day a payment comes on ("... mis tuleb kümnendal");
- what leads up to the answer: a condolence with a verbless phrase before an announcement, a code read back
  ("ma kordan ... on õige"), «ничего страшного, что ...» with the burden named.

Questions the scorer saw that were none:
- a check pasted with its answer in every agent message;
- a list of kinds of matter to choose from, one of which the client has already named.
Counter-cases: an answer with its figures before the question, an answer to the client's follow-up before a
new question.
"""

from scoring_support import verdicts

ET_OPEN = "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"
RU_OPEN = "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?"


def needs(lang, turns, channel="chat", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


# -- a side answer, then the client asks again and the agent asks ------------------------------------------

def test_side_answer_then_client_asks_again_then_choice_question_et():
    assert needs("et", [
        ("agent", ET_OPEN),
        ("client", "mu toetust vähendati, kes seda üldse otsustab, mind ei ole keegi kuulanud"),
        ("agent", "Otsuse teeb spetsialist Teie esitatud paberite alusel, vestlust tavaliselt ei toimu."),
        ("client", "väga tore. ja mida ma siis nüüd tegema peaksin"),
        ("agent", "Kas soovite otsuse vaidlustada või on Teil tekkinud uusi arstlikke andmeid?"),
        ("client", "uusi andmeid ei ole, tahan vaidlustada"),
        ("agent", "Siis esitage vaie 30 päeva jooksul otsuse kättesaamisest iseteeninduses."),
        ("client", "selge"),
        ("agent", "Aitäh, kõike head!"),
    ]) == "pass"


def test_side_answer_then_client_does_not_understand_then_choice_question_ru():
    assert needs("ru", [
        ("agent", RU_OPEN),
        ("client", "пособие урезали, со мной даже никто не поговорил, хочу это оспорить, как быть"),
        ("agent", "Специалист и не обязан с Вами говорить, решение принимают по бумагам."),
        ("client", "спасибо. в письме ничего не понятно"),
        ("agent", "Вы хотите оспорить само решение или у Вас есть новые документы от врача?"),
        ("client", "новых нет, оспорить"),
        ("agent", "Тогда подайте возражение в течение 30 дней с получения решения в среде самообслуживания."),
        ("client", "хорошо"),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_observation_of_client_facts_then_tag_question_ru_speech():
    assert needs("ru", [
        ("agent", "департамент социального страхования здравствуйте меня зовут анна чем могу помочь"),
        ("client", "у меня пособие по уходу пришло меньше и я не понимаю почему"),
        ("agent", "вижу у вас пришло 310 евро а раньше было 420"),
        ("client", "да вот именно а почему"),
        ("agent", "смотрите у вас в прошлом месяце была зарплата. вы же подрабатывали да"),
        ("client", "да несколько дней"),
        ("agent", "поэтому пособие и уменьшилось за месяц с доходом его пересчитывают"),
        ("client", "поняла спасибо"),
        ("agent", "всего доброго"),
    ], channel="phone") == "pass"


def test_answer_to_a_follow_up_then_new_question_comes_after_the_answer_et():
    assert needs("et", [
        ("client", "tere, kuidas saab emale ratastooli? ta on 85"),
        ("agent", ET_OPEN + "\nRatastooli saamiseks on vaja arsti tõendit abivahendi vajaduse kohta. Tõendiga "
                  "saab minna lepingupartneri juurde ja riik tasub osa hinnast."),
        ("client", "ok. aga kas perearst saab selle tõendi anda"),
        ("agent", "Perearst saab, sobib ka eriarst.\nKas emal on puue juba määratud?"),
        ("client", "ei ole"),
        ("agent", "Tõendi jaoks ei ole see vajalik, seda saab perearstiga arutada."),
        ("client", "aitäh"),
        ("agent", "Head päeva!"),
    ]) == "fail"


# -- a general statement, then a question in the same turn ---------------------------------------------------

def test_general_statement_then_question_in_the_next_message_et():
    assert needs("et", [
        ("agent", ET_OPEN),
        ("client", "lapse isa pole pool aastat elatist maksnud, kas riik aitab kuidagi"),
        ("agent", "Riik saab mõnel juhul elatisabi maksta."),
        ("agent", "Et öelda, kas see Teile sobib: kas asi on kohtus või on juba kohtutäituri käes?"),
        ("client", "kohtus, hagi on sees"),
        ("agent", "Elatisabi saab siis, kui kohus on teinud makseettepaneku või hagi tagamise määruse."),
        ("client", "selge, aitäh"),
        ("agent", "Kõike head!"),
    ]) == "pass"


def test_answer_with_figures_then_question_in_the_next_message_comes_after_ru():
    assert needs("ru", [
        ("client", "добрый день, подала на алиментное пособие, сколько будут платить и когда?"),
        ("agent", RU_OPEN + "\nАлиментное пособие – до 200 евро в месяц на ребёнка, выплачивается 10-го числа. "
                  "Решение Вы увидите в среде самообслуживания."),
        ("agent", "А скажите, дело уже у судебного исполнителя или суд ещё идёт?"),
        ("client", "у исполнителя"),
        ("agent", "Тогда ходатайство подают через судебного исполнителя."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ]) == "fail"


# -- checks and choices that ask nothing -----------------------------------------------------------------------

def test_check_pasted_with_its_answer_in_every_message_et():
    macro = ("Kas ma saan õigesti aru, et küsite lapsetoetuse kohta? Lapsetoetust makstakse iga kuu 20. kuupäeval "
             "ja taotluse saab esitada iseteeninduses.")
    assert needs("et", [
        ("agent", ET_OPEN),
        ("client", "Tere. Millal lapsetoetus tuleb?"),
        ("agent", macro),
        ("client", "Aitäh. Aga kas ma võin samal ajal tööl käia?"),
        ("agent", macro),
        ("client", "See ei vasta mu küsimusele. Kirjutan parem e-kirja."),
    ]) == "fail"


def test_list_of_kinds_with_the_one_the_client_named_asks_nothing_ru():
    assert needs("ru", [
        ("client", "здравствуйте, мы переехали в Латвию, будет ли дальше платиться детское пособие?"),
        ("agent", RU_OPEN + "\nУточните, пожалуйста: Ваш вопрос касается детского пособия, пособия по уходу "
                  "за ребёнком, родительской компенсации или другого семейного пособия?"),
        ("client", "я же написала, детское пособие"),
        ("agent", "Если семья переехала в другую страну ЕС, пособие платит страна, где семья живёт и работает."),
        ("client", "ясно"),
        ("agent", "Всего доброго!"),
    ]) == "fail"


def test_list_of_kinds_the_client_has_not_named_asks_et():
    assert needs("et", [
        ("client", "tere, kolisime Lätti, kas toetused jäävad alles?"),
        ("agent", ET_OPEN + "\nTäpsustage palun: kas küsite lapsetoetuse, vanemahüvitise, "
                  "lasterikka pere toetuse või muu peretoetuse kohta?"),
        ("client", "lapsetoetuse"),
        ("agent", "Kui pere elab teises ELi riigis, maksab lapsetoetust üldjuhul see riik, kus pere elab."),
        ("client", "selge"),
        ("agent", "Kõike head!"),
    ]) == "pass"


def test_check_naming_the_day_the_payment_comes_on_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet liis kuuleb kuidas saan aidata"),
        ("client", "tere mul ei ole toetus tulnud täna on juba kaheteistkümnes"),
        ("agent", "saan aru see on ebameeldiv vaatame järele. kas ma saan õigesti aru et jutt on teie "
                  "lapsetoetusest mis tavaliselt tuleb kümnendal"),
        ("client", "jah just sellest"),
        ("agent", "lapsetoetus maksti välja eile ja jõuab teie kontole täna õhtuks"),
        ("client", "selge aitäh"),
        ("agent", "aitäh head päeva"),
    ], channel="phone") == "pass"


# -- what leads up to the answer -----------------------------------------------------------------------------------

def test_condolence_verbless_phrase_announcement_and_code_read_back_lead_up_et_speech():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet liis kuuleb kuidas saan aidata"),
        ("client", "tere mu ema suri septembris ja ma esitasin matusetoetuse avalduse aga keegi pole vastanud"),
        ("agent", "mul on väga kahju teie ema pärast see on raske aeg ja siis veel kõik need dokumendid "
                  "sinna juurde vaatame koos järele mis avaldusega on"),
        ("client", "jah palun"),
        ("agent", "et ma saaksin teie andmeid vaadata öelge palun oma isikukood"),
        ("client", "48805052714"),
        ("agent", "aitäh ma kordan 48805052714 on õige"),
        ("client", "jah"),
        ("agent", "kas te esitasite avalduse iseteeninduses või paberil"),
        ("client", "iseteeninduses"),
        ("agent", "avaldus on meil olemas ja on menetluses otsus tuleb iseteenindusse"),
        ("client", "aitäh"),
        ("agent", "kõike head"),
    ], channel="phone", identification_required=True) == "pass"


def test_nothing_wrong_with_being_confused_leads_up_ru():
    assert needs("ru", [
        ("agent", RU_OPEN),
        ("client", "У меня месяц назад умерла мама, надо куда-то сообщить про её пенсию, я совсем запуталась."),
        ("agent", "Соболезную. Ничего страшного, что запутались, — за месяц на Вас свалилось очень много."),
        ("client", "Спасибо. Так пенсию надо остановить?"),
        ("agent", "Сообщать отдельно не нужно, данные приходят из регистра. Когда пришла её последняя пенсия?"),
        ("client", "Пятого числа."),
        ("agent", "Тогда возвращать её не нужно: пенсия за месяц смерти выплачивается."),
        ("client", "Хорошо."),
        ("agent", "Всего доброго!"),
    ]) == "pass"
