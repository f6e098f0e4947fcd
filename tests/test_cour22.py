"""Courtesy (blind rounds 21 and 22), on own et/ru sentences: condescension in friendly words, keyword replies.

Round 21 and 22 labellers failed courtesy where the scorer passed it:

- the client put among people who get it wrong, by age or family role, "constantly", or beside "such simple
  things" («многие пожилые путаются», "paljud eakad ajavad need segi"); "many mix these up" alone, the rule as
  the subject ("see ajab paljusid segadusse") and things that get mixed up stay courteous;
- "even pensioners manage it themselves"; "даже если" / a negation do not compare;
- the matter called elementary, with or without a particle;
- "it is all written there" with a particle or "although" («там же ... всё расписано»); «реквизиты там же» (the
  same place) and «всё же» (nevertheless) are no reproach;
- "it is written there, if one reads it carefully"; "if you read it carefully and something is unclear" is advice;
- "it is clear without a call"; "you can do it without calling" informs;
- «это все родители знают» (everybody of a group knows); «не все родители это знают» sympathises;
- "you should have kept track of it" («Надо было следить за этим.»); "we had to keep track" owns it;
- a keyword line with a step label or a "Keywords:" label as the reply to a question in the turn before, at any
  turn, with bars, slashes or full stops between the items; a "Jah." before it, or a list of the client's own
  items, answers.
"""

from scoring_support import verdicts

OPEN = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")}
BYE = {"et": [("client", "Selge, aitäh."), ("agent", "Aitäh, et pöördusite, head päeva!")],
       "ru": [("client", "Понятно, спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _courtesy(lang, turns, channel="chat"):
    return verdicts(lang, [OPEN[lang], *turns, *BYE[lang]], channel=channel)["courtesy"]


def _one_reply(lang, question, reply, channel="chat"):
    return _courtesy(lang, [("client", question), ("agent", reply)], channel=channel)


# -- the client put among people who get it wrong -----------------------------------------------------------------

def test_elderly_who_confuse_it_fails_ru():
    assert _one_reply("ru", "Почему мне не начислили надбавку к пенсии?",
                      "Не волнуйтесь, в этих надбавках многие пенсионеры путаются. Надбавку платят, если Вы живёте "
                      "одна по регистру.") == "fail"


def test_elderly_who_confuse_it_fails_et_typed():
    assert _one_reply("et", "miks mulle lisa ei makstud?",
                      "Pole hullu, paljud eakad ajavad need kaks toetust segi. Lisa makstakse siis, kui elate "
                      "registri järgi üksi.") == "fail"


def test_people_confuse_it_constantly_fails_speech_ru():
    assert _one_reply("ru", "а почему деньги не пришли я смотрю в банке",
                      "ну у людей часто два счёта люди это всё время путают деньги ушли пятого числа",
                      channel="phone") == "fail"


def test_mothers_confuse_simple_things_fails_et():
    assert _one_reply("et", "Kas lapsetoetus lõpeb, kui mees läheb Soome tööle?",
                      "Emad lähevad selliste lihtsate asjadega tihti segadusse. Toetust maksab esmajärjekorras üks "
                      "riik, teine võib vahe juurde maksta.") == "fail"


def test_many_mix_them_up_alone_passes_ru():
    assert _one_reply("ru", "Я запуталась, это пособие по уходу или пенсия по нетрудоспособности?",
                      "Многие путают эти две выплаты, давайте разберёмся. Пенсию платит Департамент, а пособие по "
                      "уходу платит самоуправление.") == "pass"


def test_the_rule_confuses_many_passes_et():
    assert _one_reply("et", "miks pension reedel ei tulnud?",
                      "See muudatus ajab paljusid segadusse. Kui viies kuupäev on nädalavahetusel, makstakse "
                      "pension järgmisel tööpäeval.") == "pass"


def test_things_get_mixed_up_passes_et():
    assert _one_reply("et", "Kas puue ja töövõime on sama asi?",
                      "Need lähevad tihti segamini. Puue näitab toimetulekut, töövõime seda, kui palju saate "
                      "tööd teha.") == "pass"


# -- even they manage --------------------------------------------------------------------------------------------

def test_even_pensioners_manage_fails_ru():
    assert _one_reply("ru", "Где взять бланк доверенности?",
                      "Бланк есть на сайте в разделе «Бланки», его заполнить легко, даже бабушки сами "
                      "справляются.") == "fail"


def test_even_children_manage_fails_et_speech():
    assert _one_reply("et", "kuidas ma selle taotluse teen",
                      "iseteeninduses vajutate taotlused ja täidate vormi sellega saab isegi laps hakkama",
                      channel="phone") == "fail"


def test_even_if_is_a_condition_passes_ru():
    assert _one_reply("ru", "Можно подать заявление на пособие, если я пенсионерка?",
                      "Да, даже если Вы пенсионерка и сами не справляетесь с компьютером, заявление можно подать "
                      "в бюро обслуживания.") == "pass"


def test_even_they_do_not_manage_sympathises_et():
    assert _one_reply("et", "Ma ei saa selle vormiga hakkama.",
                      "See vorm on tõesti keeruline, isegi noored lapsevanemad ei saa sellega alati hakkama. "
                      "Täidame selle koos, ütlen Teile sammud ette.") == "pass"


# -- elementary ---------------------------------------------------------------------------------------------------

def test_elementary_without_particle_fails_ru():
    assert _one_reply("ru", "Почему я должна вернуть пособие?",
                      "Ну это, честно говоря, правило элементарное: об изменениях получатель сообщает сам. "
                      "Переплата 200 евро.") == "fail"


def test_elementary_fails_et_typed():
    assert _one_reply("et", "miks ma pean raha tagasi maksma",
                      "See on tegelikult elementaarne asi, muudatustest teatab saaja ise. Enammakse on 200 eurot.") \
        == "fail"


def test_not_elementary_sympathises_et():
    assert _one_reply("et", "Miks ma pean raha tagasi maksma?",
                      "See reegel ei ole sugugi elementaarne, paljud ei tea seda. Muudatustest tuleb teatada, "
                      "enammakse on 200 eurot.") == "pass"


# -- it is all written there, with a particle ---------------------------------------------------------------------

def test_all_written_there_with_particle_fails_ru():
    assert _one_reply("ru", "А сколько у меня времени на возражение?",
                      "Так в письме же всё подробно указано. Возражение подаётся в течение 30 дней.") == "fail"


def test_although_all_written_fails_ru():
    assert _one_reply("ru", "Какие документы нужны для пособия?",
                      "Нужны заявление и справка из школы, хотя всё это описано на нашем сайте.") == "fail"


def test_all_written_with_ju_fails_et():
    assert _one_reply("et", "Mis tähtaeg mul vaidlustamiseks on?",
                      "No otsuses on ju kõik see kirjas. Vaide saab esitada 30 päeva jooksul.") == "fail"


def test_same_place_is_no_reproach_ru():
    assert _one_reply("ru", "Где мне взять реквизиты для оплаты?",
                      "Сумма указана в решении, реквизиты там же. Всё остальное я Вам сейчас продиктую.") == "pass"


def test_nevertheless_is_no_reproach_ru():
    assert _one_reply("ru", "Мне нужно куда-то сообщать об учёбе сына?",
                      "Обычно данные приходят сами, всё же в решении написано, что об изменениях сообщаете Вы. "
                      "Поэтому напишите нам, если сын бросит учёбу.") == "pass"


# -- if one reads it carefully ------------------------------------------------------------------------------------

def test_written_if_read_carefully_fails_ru():
    assert _one_reply("ru", "Почему эксперт меня не осмотрел?",
                      "Экспертиза проводится по документам, это указано в письме, если его внимательно "
                      "почитать.") == "fail"


def test_written_if_read_carefully_fails_et():
    assert _one_reply("et", "Miks ekspert mind ei näinud?",
                      "Hindamine tehakse dokumentide põhjal, see on otsuses kirjas, kui seda hoolikalt lugeda.") \
        == "fail"


def test_read_carefully_advice_passes_ru():
    assert _one_reply("ru", "Что мне делать с решением?",
                      "Если внимательно прочитаете решение и что-то будет непонятно, позвоните нам, я объясню.") \
        == "pass"


# -- clear without a call -----------------------------------------------------------------------------------------

def test_clear_without_a_call_fails_ru():
    assert _one_reply("ru", "Можно вернуть переплату частями?",
                      "Посмотрите решение, там всё ясно и без звонков. Частями можно по ходатайству.") == "fail"


def test_clear_without_calling_fails_et():
    assert _one_reply("et", "Kas võlga saab osade kaupa maksta?",
                      "Vaadake otsust, see on ka ilma helistamata selge. Osamakseid saab taotleda.") == "fail"


def test_can_be_done_without_calling_informs_et():
    assert _one_reply("et", "Kas ma pean avalduse jaoks helistama?",
                      "Ei pea, avalduse saate esitada ka helistamata iseteeninduses, see on kiire.") == "pass"


# -- everybody of a group knows; should have kept track -----------------------------------------------------------

def test_every_parent_knows_fails_ru():
    assert _one_reply("ru", "Почему у меня переплата по пособию?",
                      "Так это все родители знают: после 19 лет пособие платят, только пока ребёнок учится.",
                      channel="phone") == "fail"


def test_not_every_parent_knows_sympathises_ru():
    assert _one_reply("ru", "Почему у меня переплата по пособию?",
                      "Это правило не все родители знают: после 19 лет пособие платят, только пока ребёнок "
                      "учится.") == "pass"


def test_should_have_kept_track_fails_ru():
    assert _one_reply("ru", "Откуда я должна была знать, что сын бросил школу?",
                      "Получатель пособия обязан сообщать об изменениях. Нужно было за этим следить.") == "fail"


def test_we_should_have_kept_track_owns_it_ru():
    assert _one_reply("ru", "Почему мне так поздно сообщили о переплате?",
                      "Вы правы, нам нужно было следить за этим раньше, извините. Переплата 80 евро.") == "pass"


# -- keyword replies with step labels, at any turn ----------------------------------------------------------------

def test_keywords_label_to_a_middle_question_fails_et():
    assert _courtesy("et", [
        ("client", "Kas isa saab vanemahüvitist osade kaupa võtta?"),
        ("agent", "Märksõnad: isapuhkus | osade kaupa | iseteenindus | kokkuvõte"),
        ("client", "Ok aga kas see vähendab ema päevi?"),
        ("agent", "Ei vähenda, isa 30 päeva on eraldi ema päevadest."),
    ]) == "fail"


def test_slash_list_after_summary_cue_to_a_question_fails_ru():
    assert _courtesy("ru", [
        ("client", "Почему не пришла пенсия из Латвии? Что мне теперь делать?"),
        ("agent", "Итак, подводя итог: пенсия / Латвия / перевод. Ответила ли я на Ваш вопрос?"),
    ]) == "fail"


def test_fragments_with_full_stops_fail_et_phone():
    assert _courtesy("et", [
        ("client", "kas emalt võetakse pensioni pealt tulumaksu"),
        ("agent", "Tulumaks. Maksuvaba miinimum. Indekseerimine. Selgitus."),
    ], channel="phone") == "fail"


def test_cues_listed_as_keywords_to_the_last_question_fail_ru():
    assert _courtesy("ru", [
        ("client", "Пособие на ребёнка продлевается, если он учится в гимназии?"),
        ("agent", "Да, пока он учится в гимназии, пособие платят до окончания учебного года."),
        ("client", "А справку из школы мне самой приносить?"),
        ("agent", "Ключевые слова: итог, всё ли понятно, спасибо, всего доброго"),
    ]) == "fail"


def test_yes_before_a_list_answers_et():
    assert _courtesy("et", [
        ("client", "Kas ma saan hüvitist osade kaupa võtta?"),
        ("agent", "Jah. Kokkuvõte: 30 päeva, osade kaupa, kuni lapse 3-aastaseks saamiseni."),
    ]) == "pass"


def test_list_of_the_clients_items_answers_ru():
    assert _courtesy("ru", [
        ("client", "Какие документы нужны для пособия по уходу?"),
        ("agent", "Заявление / паспорт / справка от врача / доверенность, если подаёт представитель."),
    ]) == "pass"


def test_real_answer_with_a_keyword_tail_is_no_keyword_reply_et():
    assert _courtesy("et", [
        ("client", "Kas lapsetoetus jätkub, kui poeg käib veel gümnaasiumis?"),
        ("agent", "Jah, toetus jätkub õppeaasta lõpuni. Kokkuvõte: toetus | õppimine | õppeaasta lõpp"),
    ]) == "pass"


def test_keyword_line_with_figures_to_the_last_question_fails_et():
    assert verdicts("et", [
        OPEN["et"],
        ("client", "Kui suur on elatisabi?"),
        ("agent", "Elatisabi on 200 eurot kuus lapse kohta."),
        ("client", "Kust ma kohtu määruse saan?"),
        ("agent", "Aitäh | kõike head | kokkuvõte: elatisabi | 200 | 30"),
    ], channel="chat")["courtesy"] == "fail"


def test_clarifying_question_in_keywords_asks_back_ru():
    assert _courtesy("ru", [
        ("client", "Положено ли мне пособие по уходу за отцом и будет ли ему самому какое-то пособие?"),
        ("agent", "Уточняющий вопрос | пособие по уходу | степень | возраст отца"),
        ("client", "Ему 80 лет, степень тяжёлая."),
        ("agent", "Тогда пособие по уходу назначает самоуправление, а отцу положено пособие пенсионеру с "
                  "инвалидностью."),
    ]) == "pass"


def test_bracketed_formulas_to_the_last_question_are_a_goodbye_ru():
    # only thanks, a check and goodbyes in brackets: an abrupt closing, judged by the closing criterion
    assert verdicts("ru", [
        OPEN["ru"],
        ("client", "Пенсию можно перевести на латвийский счёт?"),
        ("agent", "Можно, новый счёт сообщите письменно через среду самообслуживания."),
        ("client", "А старый счёт когда можно закрыть?"),
        ("agent", "[итак подведём итог | понятно ли Вам | спасибо за обращение | всего доброго]"),
    ], channel="chat")["courtesy"] == "pass"
