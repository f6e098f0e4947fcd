"""Clarifying the need (criterion "needs", blind round 13).

Questions the scorer missed because something before them was taken for the answer:
- an offer to explain with words between the verb of being able and the verb of explaining ("Üldiselt saan
  aga kõik sammud ära selgitada.", «В целом могу Вам сразу всё объяснить.») leads up to the answer;
- «не пишите сюда коды» warns not to type the code (any code word, not only «личный код»); a sentence next
  to the warning (before or after it) that says what the agent does not do with the code or the data, in
  the open chat, is the identification act, not the answer;
- an acknowledgement closed by an empathy cue naming the client's feeling ("..., saan aru, miks olete nii
  nördinud", «..., понимаю, почему Вы так возмущены») leads up to the answer;
- a client who says they know that already ("see on mul teada, aga ...", «это мне известно, но ...») rejects
  the statement; when the agent first identifies the caller, the question after the identification counts;
- in speech, an either-or statement the client answers with one of its alternatives («на карту или на
  счёт» - «на счёт») was a question.

Questions the scorer counted that ask nothing:
- a yes/no question made only of generic words ("Kas Teie küsimus puudutab toetust?", «Хотите получить
  информацию?», "Kas küsimus on Teile oluline?") asks nothing about the client's matter;
- a typed sentence opened by a question word whose clause is the subject of a verb of depending ("Milline
  riik maksab, sõltub pere olukorrast.", «Какая страна платит, определяется по ...») states; it is no question.
"""

from scoring_support import verdicts

from trainer import text as tx


def needs(lang, turns, channel="chat", **context):
    return verdicts(lang, turns, channel=channel, **context)["needs"]


# -- an offer to explain with words in between --------------------------------------------------------------

def test_offer_to_explain_with_fillers_leads_up_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Maarja. Kuidas saan aidata?"),
        ("client", "mu isa hooldaja olen, tal lõpeb puude otsus märtsis"),
        ("agent", "Üldiselt saan aga kõik sammud ära selgitada."),
        ("agent", "Kas soovite teada, kuidas uut otsust taotleda, "
                  "või kas praegune toetus makstakse edasi?"),
        ("client", "kuidas uut taotleda"),
        ("agent", "Uus taotlus tasub esitada vähemalt kaks kuud enne otsuse lõppu, enne seda pöörduge perearsti poole."),
        ("client", "selge aitäh"),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


def test_offer_to_explain_with_fillers_leads_up_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Марина. Чем могу помочь?"),
        ("client", "у мужа заканчивается решение по инвалидности в марте, что делать"),
        ("agent", "В целом могу Вам сразу всё объяснить."),
        ("agent", "Вас интересует, как подать новое заявление, или будет "
                  "ли пособие платиться дальше?"),
        ("client", "как подать новое"),
        ("agent", "Новое заявление лучше подать за два месяца до конца решения, сначала сходите к семейному врачу."),
        ("client", "понятно спасибо"),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_offer_that_goes_on_to_the_answer_still_answers_et_chat():
    # must-not: the offer with the whole explanation after it is the answer; the question after it is late
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Maarja. Kuidas saan aidata?"),
        ("client", "mu isa puude otsus lõpeb märtsis"),
        ("agent", "Saan aga kohe selgitada, et uus taotlus tuleb esitada vähemalt kaks kuud enne otsuse lõppu "
                  "ja enne seda tuleb pöörduda perearsti poole. Kas see on selge?"),
        ("client", "jah"),
        ("agent", "Aitäh, head päeva!"),
    ]) == "fail"


# -- the code warning and the sentence next to it --------------------------------------------------------------

def test_any_code_word_after_do_not_type_is_a_code_warning():
    from trainer.scoring.identification_talk import CODE_WARNING

    assert CODE_WARNING.search("пожалуйста, не пишите сюда коды и другие личные данные.")
    assert CODE_WARNING.search("не отправляйте в чат свой код, пожалуйста.")
    assert not CODE_WARNING.search("не пишите заявление от руки, лучше через самообслуживание.")


def test_what_the_agent_does_not_do_before_the_warning_is_no_answer_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"),
        ("client", "я дочь, у мамы не пришло пособие по уходу, вот её код 45505050000"),
        ("agent", "Код Вашей мамы в открытом чате я использовать не могу и её данные здесь не смотрю. "
                  "Пожалуйста, не пишите сюда коды и другие личные данные."),
        ("agent", "Чтобы понять: раньше пособие приходило ей в начале месяца, а в этот раз его нет, верно?"),
        ("client", "да всегда было в начале месяца"),
        ("agent", "Пособие по уходу платит самоуправление, поэтому о задержке нужно спросить в волости."),
        ("client", "ясно спасибо"),
        ("agent", "Всего доброго!"),
    ], no_identifiers=True) == "pass"


def test_longer_note_after_the_warning_is_no_answer_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "mu peretoetus ei tulnud sel kuul, isikukood 39001010000"),
        ("agent", "Palun ärge kirjutage isikukoodi siia vestlusesse. See kanal ei ole kaitstud, seega ma ei saa "
                  "siin Teie andmeid näha ega saadetud koodi kasutada."),
        ("agent", "Kas ma saan õigesti aru, et eelmisel kuul toetus tuli, aga sel kuul mitte?"),
        ("client", "jah eelmisel kuul tuli"),
        ("agent", "Toetus makstakse iga kuu 20. kuupäevaks; kui seda pole, vaadake iseteenindusest, kas otsus kehtib."),
        ("client", "selge"),
        ("agent", "Aitäh, head päeva!"),
    ], no_identifiers=True) == "pass"


def test_data_note_that_answers_is_still_the_answer_et_chat():
    # must-not: a sentence next to the warning that tells the client their matter answers it
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"),
        ("client", "mu peretoetus ei tulnud sel kuul, isikukood 39001010000"),
        ("agent", "Palun ärge kirjutage isikukoodi siia vestlusesse. Peretoetus makstakse iga kuu 20. kuupäevaks, "
                  "seega see peaks varsti laekuma."),
        ("agent", "Kas ma saan õigesti aru, et eelmisel kuul toetus tuli?"),
        ("client", "jah"),
        ("agent", "Aitäh, head päeva!"),
    ], no_identifiers=True) == "fail"


# -- an acknowledgement closed by an empathy cue ---------------------------------------------------------

def test_acknowledgement_closed_by_empathy_leads_up_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Татьяна. Чем могу помочь?"),
        ("client", "мне отказали в пособии и одновременно сократили пенсию, это вообще нормально?!"),
        ("agent", "Отказ и сокращение в один месяц – понимаю, почему Вы так возмущены."),
        ("agent", "Уточню: оба письма пришли от Департамента или одно из них от Кассы по безработице?"),
        ("client", "одно от кассы"),
        ("agent", "Тогда решение Кассы обжалуют в Кассе, а наше решение – у нас, срок 30 дней."),
        ("client", "ясно"),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_acknowledgement_closed_by_empathy_leads_up_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Liina. Kuidas saan aidata?"),
        ("client", "mulle keelduti toetusest ja pensioni vähendati samal kuul, kuidas nii saab?!"),
        ("agent", "Keeldumine ja vähendamine ühel ajal – saan aru, miks olete nii nördinud."),
        ("agent", "Kas mõlemad kirjad tulid meilt või üks neist Töötukassast?"),
        ("client", "üks tuli töötukassast"),
        ("agent", "Siis Töötukassa otsust vaidlustate Töötukassas ja meie otsust meil, tähtaeg on 30 päeva."),
        ("client", "selge"),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


def test_feeling_then_the_rule_is_still_the_answer_ru_chat():
    # must-not: the acknowledgement that goes on to the rule in the same sentence answers
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Татьяна. Чем могу помочь?"),
        ("client", "мне отказали в пособии, это нормально?!"),
        ("agent", "Понимаю, почему Вы возмущены, решение можно обжаловать у нас в течение 30 дней."),
        ("agent", "Вы получили решение письмом?"),
        ("client", "да"),
        ("agent", "Всего доброго!"),
    ]) == "fail"


# -- the client knew that already; the question after the identification ----------------------------

def test_known_already_rejects_and_question_after_identification_counts_et_phone():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet mari kuuleb kuidas saan aidata"),
        ("client", "tere mul on küsimus lapsetoetuse kohta see oktoobri raha tuli vähem kui varem"),
        ("agent", "jah lapsetoetus on teil määratud ja seda makstakse kuni lapse kuueteistkümnenda eluaastani"),
        ("client", "jah see on mul teada aga miks raha vähem tuli"),
        ("agent", "selge summa vaatamiseks pean teid tuvastama palun öelge oma isikukood"),
        ("client", "kolm üheksa null null üks null üks null null null null"),
        ("agent", "aitäh kas ma sain õigesti aru et küsite selle makse kohta mis tuli oktoobris"),
        ("client", "jah just selle"),
        ("agent", "oktoobris peeti toetusest kinni ettemaks mis tuli septembris üle makstud seepärast oli summa väiksem"),
        ("client", "aa selge aitäh"),
        ("agent", "aitäh helistamast head päeva"),
    ], channel="phone") == "pass"


def test_topic_check_naming_the_payment_date_clarifies_ru_phone():
    # a date in a check of the topic picks out which payment the client means; it recites no fact
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ирина слушаю"),
        ("client", "здравствуйте у меня пособие по уходу за ребёнком пришло меньше чем обычно"),
        ("agent", "правильно ли я понимаю что ваш вопрос о выплате которая пришла десятого ноября"),
        ("client", "да именно о ней"),
        ("agent", "в октябре у вас был доход от работы поэтому ноябрьская выплата уменьшена"),
        ("client", "понятно спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ], channel="phone") == "pass"


def test_identity_check_after_a_turn_that_also_informs_is_late_ru_phone():
    # must-not: the turn with the code request also tells the client something (no mere identification), so
    # the check of who is on the line after it does not come before the answer
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования ольга слушает"),
        ("client", "пособие опять не пересчитали соедините меня с начальником"),
        ("agent", "мне жаль что так вышло я готова помочь но соединить с начальником сейчас не могу"),
        ("client", "нет мне нужен начальник вы что не слышите"),
        ("agent", "соединить по требованию не могу но руководитель отдела перезвонит вам завтра до обеда "
                  "для этого мне нужен ваш личный код"),
        ("client", "ну ладно да сейчас 38001010000"),
        ("agent", "спасибо я говорю с павлом ивановым руководитель позвонит вам завтра"),
        ("client", "да павел иванов"),
        ("agent", "всего доброго"),
    ], channel="phone", identification_required=True) == "fail"


def test_known_already_rejects_ru():
    from trainer.scoring.uptake import rejects

    assert rejects("да это мне известно но почему сумма меньше")
    assert rejects("jah see on mul juba teada aga miks summa väiksem on")
    assert not rejects("selge, see on mul nüüd teada")  # taken first: "selge"


def test_question_after_the_answer_and_identification_is_late_et_phone():
    # must-not: the client takes the answer; the identification and question after it do not clarify
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet mari kuuleb kuidas saan aidata"),
        ("client", "tere millal lapsetoetus tuleb"),
        ("agent", "lapsetoetus makstakse iga kuu kahekümnendaks kuupäevaks teie kontole"),
        ("client", "selge aga mul on veel küsimus"),
        ("agent", "palun öelge oma isikukood"),
        ("client", "kolm üheksa null null üks null üks null null null null"),
        ("agent", "aitäh kas te küsite oma isa pensioni kohta"),
        ("client", "jah"),
        ("agent", "pension tuleb viiendal kuupäeval aitäh helistamast head päeva"),
    ], channel="phone") == "fail"


# -- a spoken either-or answered with one of its alternatives ------------------------------------

def test_spoken_either_or_answered_with_an_alternative_ru_phone():
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования олег слушаю вас"),
        ("client", "здравствуйте у отца пенсия в этом месяце не пришла он живёт в нарве"),
        ("agent", "понял а отец получает пенсию на карту в банке или по почте"),
        ("client", "на карту в банке у него счёт в сео"),
        ("agent", "пенсию перечисляют пятого числа если пятое выпало на выходные то в течение двух рабочих дней"),
        ("client", "понятно спасибо"),
        ("agent", "спасибо за звонок всего доброго"),
    ], channel="phone") == "pass"


def test_spoken_either_or_answered_with_an_alternative_et_phone():
    assert needs("et", [
        ("agent", "tere sotsiaalkindlustusamet jaan kuuleb"),
        ("client", "tere mu ema pension jäi tulemata ta elab pihkvas"),
        ("agent", "selge ja ema saab pensioni eesti pangakontole või vene pangakontole"),
        ("client", "eesti pangakontole swedis"),
        ("agent", "pension makstakse viiendal kuupäeval kui see on nädalavahetusel siis kahe järgmise tööpäeva jooksul"),
        ("client", "selge aitäh"),
        ("agent", "aitäh helistamast head päeva"),
    ], channel="phone") == "pass"


def test_spoken_either_or_rule_not_taken_up_is_no_question_ru_phone():
    # must-not: a rule with "или" the client does not answer with an alternative asks nothing
    assert needs("ru", [
        ("agent", "здравствуйте департамент социального страхования олег слушаю вас"),
        ("client", "здравствуйте у отца пенсия в этом месяце не пришла"),
        ("agent", "пенсию перечисляют пятого числа на карту или на счёт"),
        ("client", "спасибо понятно"),
        ("agent", "спасибо за звонок всего доброго"),
    ], channel="phone") == "fail"


def test_spoken_rule_listing_who_issues_is_no_question_et_phone():
    # must-not: a rule naming several who may issue the paper, taken up by the client, states
    assert needs("et", [
        ("agent", "sotsiaalkindlustusamet tere kuuleb peeter"),
        ("client", "tere kuidas ema ratastooli saab"),
        ("agent", "ratastooli saamiseks on vaja tõendit selle annab kas perearst või eriarst või füsioterapeut"),
        ("client", "perearst lubas kirjutada"),
        ("agent", "hea siis tõendiga minge ettevõttesse kellel on meiega leping nimekiri on kodulehel"),
        ("client", "aitäh"),
        ("agent", "aitäh head päeva"),
    ], channel="phone") == "fail"


# -- empty questions --------------------------------------------------------------------------------------

def test_generic_questions_ask_nothing_et_chat():
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Tiina. Kuidas saan aidata?"),
        ("client", "kas puuetoetust saab ka pensionär? isa on 80"),
        ("agent", "Kas Teie küsimus puudutab toetust? Kas soovite teavet?"),
        ("client", "jah ütlesin ju"),
        ("agent", "Kokkuvõte: puuetoetus – pensioniiga – taotlus – iseteenindus."),
        ("client", "mida see tähendab"),
        ("agent", "Kas küsimus on Teile oluline? Kas soovite täpsustada? Aitäh, head päeva!"),
    ]) == "fail"


def test_generic_questions_ask_nothing_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Нина. Чем могу помочь?"),
        ("client", "положено ли пособие по инвалидности пенсионеру? отцу 80"),
        ("agent", "Ваш вопрос касается пособия? Хотите получить информацию?"),
        ("client", "да я же написала"),
        ("agent", "Итог: пособие – пенсионный возраст – заявление – самообслуживание."),
        ("client", "и что это значит"),
        ("agent", "Вопрос для Вас важен? Всего доброго!"),
    ]) == "fail"


def test_a_specific_yes_no_question_still_clarifies_et_chat():
    # must-not: a yes/no question naming the client's own matter clarifies
    assert needs("et", [
        ("agent", "Tere! Sotsiaalkindlustusamet, Tiina. Kuidas saan aidata?"),
        ("client", "kas puuetoetust saab ka pensionär? isa on 80"),
        ("agent", "Kas isal on puude raskusaste juba tuvastatud?"),
        ("client", "ei ole veel"),
        ("agent", "Siis tuleb esmalt esitada puude raskusastme tuvastamise taotlus; pensioniealisele makstakse toetust ka."),
        ("client", "selge aitäh"),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


def test_a_specific_topic_check_still_clarifies_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Нина. Чем могу помочь?"),
        ("client", "хочу узнать про пособие, у меня сын родился"),
        ("agent", "Ваш вопрос касается родительской компенсации или детского пособия?"),
        ("client", "детского"),
        ("agent", "Детское пособие назначается автоматически после регистрации рождения, 80 евро в месяц."),
        ("client", "спасибо"),
        ("agent", "Всего доброго!"),
    ]) == "pass"


# -- an indirect question as the subject of a verb of depending ---------------------------------------

def test_indirect_question_subject_is_no_question():
    assert not tx.is_question("Какая страна платит первой, определяется по месту работы родителей.", "ru")
    assert not tx.is_question("Milline riik maksab esimesena, sõltub vanemate töökohast.", "et")
    assert not tx.is_question("Сколько Вы получите, зависит от стажа.", "ru")
    # must-nots: a question mark, or no verb of depending after the comma, still ask
    assert tx.is_question("Какая страна платит, определяется по месту работы?", "ru")
    assert tx.is_question("Какая у Вас ситуация, работаете ли Вы сейчас.", "ru")
    assert tx.is_question("Milline toetus, kas lapsetoetus.", "et")


def test_answer_at_once_with_an_indirect_question_fails_ru_chat():
    assert needs("ru", [
        ("agent", "Здравствуйте! Департамент социального страхования, Карл. Чем могу помочь?"),
        ("client", "У нас трое детей, жена работает в Швеции. Теперь пособия будет платить Швеция?"),
        ("agent", "Если один из родителей работает в другой стране ЕС, семейные пособия сначала платит одна страна."),
        ("client", "То есть мы не останемся без пособия?"),
        ("agent", "Нет, не останетесь. Какая страна платит первой, определяется по ситуации семьи, "
                  "а разницу доплачивает другая."),
        ("client", "А мне нужно что-то подавать?"),
        ("agent", "По Вашей семье напишите нам через среду самообслуживания, там мы посмотрим Ваши данные."),
        ("client", "Понятно, спасибо!"),
        ("agent", "Всего доброго!"),
    ]) == "fail"
