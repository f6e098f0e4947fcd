"""A clarifying question after a preface to the answer (criterion "needs", blind round 10).

What leads up to the answer is no answer, so a question about the client's matter after it still comes
before the answer: an acknowledgement that names the client's situation and how it feels ("Kuu aega
ootamist, kui arved ootavad, on tõesti raske."), an offer or announcement to explain or look («давайте я
посмотрю, что с Вашим заявлением», "Üldiselt saan selgitada, kuidas see käib."), in an open chat the client
sent to the self-service right after a warning not to type the code there, and the agent's reply to a
client who only checked the line («алло, вы меня слышите?»).

Must-nots: a feeling word before a real statement ("See on ebameeldiv, aga toetus makstakse 8. kuupäeval."),
an announcement that goes on to the answer ("Selgitan: ..."), a self-service pointer without a code warning,
and a client whose first message already raises the matter keep their verdicts (the question came after
the answer).
"""

from scoring_support import verdicts


def needs(lang, turns, channel="phone", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


# -- the preface is no answer ------------------------------------------------------------------------------

def test_feeling_acknowledgement_then_question_clarifies_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        ("client", "Mu ema hooldajatoetust pole kuu aega tulnud, arved kogunevad ja ma ei tea, mis toimub."),
        ("agent", "Kuu aega ootamist, kui arved kogunevad ja keegi midagi ei ütle, on tõesti raske."),
        ("agent", "Kas Te esitasite taotluse vallavalitsusele või meile ja kas Teile on mõni kiri tulnud?"),
        ("client", "Vallale esitasin, kirja pole tulnud."),
        ("agent", "Hooldajatoetust maksab kohalik omavalitsus, nii et selle seisu saab teada vallavalitsusest."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ], channel="chat") == "pass"


def test_announcement_then_either_or_question_clarifies_ru_speech():
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования меня зовут ольга чем могу помочь"),
        ("client", "здравствуйте я подала заявление на пособие по уходу за ребёнком и ничего не приходит"),
        ("agent", "давайте я посмотрю что с вашим заявлением"),
        ("agent", "скажите пожалуйста вы подавали через среду самообслуживания или отправляли по почте"),
        ("client", "через среду самообслуживания в марте"),
        ("agent", "заявление рассматривается до тридцати дней после этого приходит решение"),
        ("client", "понятно спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ]) == "pass"


def test_offer_to_explain_then_question_clarifies_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Merle kuuleb. Kuidas saan aidata?"),
        ("client", "Helistan venna pärast, tal on puue ja ta ei saa toetust kätte."),
        ("agent", "Selge. Üldiselt saan Teile selgitada, kuidas puudega inimese toetus käib."),
        ("client", "Hea küll."),
        ("agent", "Kas vend on juba taotluse esitanud või alles kavatseb?"),
        ("client", "Esitas kevadel."),
        ("agent", "Puude raskusastme otsus tehakse üldjuhul 30 päeva jooksul, otsuse näeb iseteeninduses."),
        ("client", "Aitäh."),
        ("agent", "Aitäh, et helistasite, head päeva!"),
    ]) == "pass"


def test_redirect_after_code_warning_in_open_chat_then_question_clarifies_ru():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?"),
        ("client", "мне пришло письмо вернуть деньги за пособие, почему? мой код 46001010000"),
        ("agent", "Пожалуйста, не пишите личный код в этот открытый чат. Письмо Вы можете открыть в среде "
                  "самообслуживания, войдя с ID-картой или Smart-ID."),
        ("agent", "Уточню: это решение о возврате с суммой или только уведомление о переплате?"),
        ("client", "решение, там сумма 150 евро"),
        ("agent", "Если по решению возникла переплата, её можно вернуть частями по графику, ходатайство "
                  "подаётся через самообслуживание."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ], channel="chat", no_identifiers=True) == "pass"


def test_reply_to_line_check_is_no_answer_ru_speech():
    assert needs("ru", [
        ("agent", "департамент социального страхования здравствуйте меня зовут ирина чем могу помочь"),
        ("client", "алло алло здравствуйте вы меня слышите"),
        ("agent", "да слышу вас хорошо говорите пожалуйста"),
        ("client", "мне в этом году пенсию прибавили меньше чем мужу почему так"),
        ("agent", "правильно ли я понимаю вы хотите узнать почему прибавка к пенсии у вас меньше чем у мужа"),
        ("client", "да"),
        ("agent", "прибавка к пенсии зависит от размера самой пенсии поэтому у всех она разная"),
        ("client", "понятно спасибо"),
        ("agent", "всего доброго"),
    ]) == "pass"


def test_reply_to_line_check_is_no_answer_et_speech():
    assert needs("et", [
        ("agent", "sotsiaalkindlustusamet tere anne kuuleb"),
        ("client", "halloo tere kas te kuulete mind"),
        ("agent", "jah kuulen teid väga hästi ma olen siin rääkige palun"),
        ("client", "mul jäi pension sel kuul tulemata"),
        ("agent", "kas te saite pensioni eelmisel kuul samale kontole või vahetasite vahepeal panka"),
        ("client", "vahetasin panka"),
        ("agent", "pension makstakse kontole mis on meil kirjas uue konto peate meile teatama"),
        ("client", "selge aitäh"),
        ("agent", "head päeva"),
    ]) == "pass"


# -- must-nots: the answer came first ----------------------------------------------------------------------

def test_feeling_word_before_a_real_statement_is_the_answer_et():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        ("client", "Peretoetust pole veel tulnud, mis toimub?"),
        ("agent", "See on ebameeldiv, aga peretoetus makstakse iga kuu 8. kuupäeval, nii et see tuleb homme."),
        ("client", "Aa, selge."),
        ("agent", "Kas Teil on veel küsimusi peretoetuse kohta või soovite midagi muud teada?"),
        ("client", "Ei, aitäh."),
        ("agent", "Head päeva!"),
    ], channel="chat") == "fail"


def test_announcement_that_goes_on_to_the_answer_is_the_answer_ru():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?"),
        ("client", "Когда приходит пенсия по старости?"),
        ("agent", "Объясню: пенсия по старости перечисляется на Ваш счёт каждый месяц, как правило в начале месяца."),
        ("client", "Ясно."),
        ("agent", "Вы сейчас ещё работаете или уже нет?"),
        ("client", "Не работаю."),
        ("agent", "Всего доброго!"),
    ], channel="chat") == "fail"


def test_self_service_pointer_without_code_warning_is_the_answer_ru():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, меня зовут Анна. Чем могу помочь?"),
        ("client", "где мне посмотреть решение по пенсии?"),
        ("agent", "Решение Вы можете открыть в среде самообслуживания, войдя с ID-картой или Smart-ID."),
        ("client", "спасибо"),
        ("agent", "Вы получаете пенсию по старости или по нетрудоспособности?"),
        ("client", "по старости"),
        ("agent", "Всего доброго!"),
    ], channel="chat", no_identifiers=True) == "fail"


def test_client_raising_the_matter_at_once_keeps_the_answer_et_speech():
    assert needs("et", [
        ("agent", "sotsiaalkindlustusamet tere anne kuuleb"),
        ("client", "halloo tere kas te kuulete mind mul jäi pension sel kuul tulemata"),
        ("agent", "pension makstakse kontole mis on meil kirjas kui vahetasite panka peate uue konto teatama"),
        ("client", "selge aitäh"),
        ("agent", "kas te vahetasite panka hiljuti"),
        ("client", "jah"),
        ("agent", "head päeva"),
    ]) == "fail"
