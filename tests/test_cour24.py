"""Courtesy (blind round 24), on own et/ru sentences.

Round 24 labellers drew these lines:

- the client's mix-up stated as the cause («Вы, видимо, перепутали ...», "Te ajasite ... segi") blames her; a
  question, an "if" or the agency's own mix-up does not;
- a duty to read put with "after all" («Решения всё-таки надо читать», "otsuseid tuleb ju ikka lugeda") or "more
  carefully" («Надо внимательнее смотреть») reproaches; advice without them, or the agent's own duty, does not;
- "it is all written there" about the page of another agency the sentence names as the one that handles the matter
  is a redirect, not a brush-off (with "ju" / «же» it still reproaches; our own website stays a brush-off);
- a curt reply that gives the value asked for ("millal?" - "Pärast registreerimist.") with cue words stuffed after
  it answers; a line of figures each bound by a dash to what it is for answers "how much";
- the client saying the reply was about something else ("see pole see, mida küsisin", «это не то, что я
  спрашивала») or asking whether anybody answers her question marks it unanswered: a question asked twice and
  ignored, then a goodbye, is a brush-off.
"""

from scoring_support import verdicts

OPEN = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте! Департамент социального страхования, Марина. Чем могу помочь?")}
BYE = {"et": [("client", "Selge, aitäh."), ("agent", "Aitäh, et pöördusite, head päeva!")],
       "ru": [("client", "Понятно, спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _courtesy(lang, turns, channel="chat", bye=True):
    return verdicts(lang, [OPEN[lang], *turns, *(BYE[lang] if bye else [])], channel=channel)["courtesy"]


def _one_reply(lang, question, reply, channel="chat"):
    return _courtesy(lang, [("client", question), ("agent", reply)], channel=channel)


# -- the client's mix-up as the cause ---------------------------------------------------------------------------

def test_you_mixed_up_the_payments_fails_ru():
    assert _one_reply("ru", "Почему с пенсии в этот раз сняли больше, чем обычно?",
                      "Пенсия пришла полностью. Вы, наверное, просто спутали её с выплатой от работодателя.") == "fail"


def test_you_mixed_up_the_dates_fails_et():
    assert _one_reply("et", "Miks toetus jäi sel kuul tulemata?",
                      "Toetus tuli kolmapäeval. Te ajasite lihtsalt kuupäevad segi.") == "fail"


def test_asking_whether_mixed_up_passes_ru():
    assert _one_reply("ru", "Почему с пенсии в этот раз сняли больше, чем обычно?",
                      "С пенсии налог не удерживали. Вы не перепутали её с выплатой от работодателя?") == "pass"


def test_our_own_mix_up_passes_et():
    assert _one_reply("et", "Miks mulle tuli kiri kellegi teise nimega?",
                      "Vabandust, me ajasime kaks pöördumist segi. Saadan Teile õige kirja täna.") == "pass"


def test_mix_up_as_a_condition_passes_ru():
    assert _one_reply("ru", "Почему с пенсии в этот раз сняли больше, чем обычно?",
                      "Если Вы перепутали поступления, это нестрашно: с пенсии налог не удерживали.") == "pass"


# -- a duty to read with "after all" or "more carefully" --------------------------------------------------------

def test_one_has_to_read_decisions_after_all_fails_ru():
    assert _one_reply("ru", "Почему мне никто не сказал, что выплата закончится?",
                      "Это указано в письме. Письма от нас всё-таки надо читать.", channel="phone") == "fail"


def test_one_has_to_read_decisions_after_all_fails_et():
    assert _one_reply("et", "Miks mulle keegi ei öelnud, et toetus lõpeb?",
                      "See oli otsuses kirjas. Otsuseid tuleb ju ikka lugeda.", channel="phone") == "fail"


def test_look_more_carefully_fails_et():
    assert _one_reply("et", "Miks mu pension on väiksem?",
                      "Pension on sama suur. Peaksite hoolikamalt vaatama, kellelt raha laekus.") == "fail"


def test_advice_to_read_passes_ru():
    assert _one_reply("ru", "Как понять, до какого числа мне платят?",
                      "Срок указан в решении, его стоит внимательно прочитать: выплата идёт до 31 мая.") == "pass"


def test_agents_own_reading_passes_et():
    assert _one_reply("et", "Mis mu otsuses on kirjas?",
                      "Hetk, ma pean ikka otsuse ise läbi lugema. Otsuse järgi makstakse toetust mai lõpuni.") == "pass"


# -- another agency's page -------------------------------------------------------------------------------------

def test_other_agency_page_with_all_written_passes_et():
    assert _one_reply("et", "Kas ma saan kuskilt ka sõidukulude hüvitist?",
                      "Sõidukulusid hüvitab Transpordiamet, vaadake nende lehelt, seal on kõik kirjas.") == "pass"


def test_other_agency_page_with_all_written_passes_ru():
    assert _one_reply("ru", "А налог с зарплаты мне вернут?",
                      "Возврат налога делает Налогово-таможенный департамент, посмотрите их сайт, там всё написано.") \
        == "pass"


def test_our_own_website_all_written_still_fails_et():
    assert _one_reply("et", "Kuidas ma hooldajatoetust taotlen?",
                      "Vaadake meie kodulehelt, seal on kõik kirjas.") == "fail"


def test_other_agency_with_a_reproachful_particle_fails_ru():
    assert _one_reply("ru", "А налог с зарплаты мне вернут?",
                      "Этим занимается Налогово-таможенный департамент, там же всё написано.") == "fail"


# -- the value asked for, curt, with cues stuffed after it -------------------------------------------------------

STUFFED = {"et": ("agent", "Tere! Sotsiaalkindlustusamet. kokkuvõte kas sain õigesti aru see on Teile oluline aitäh "
                           "kõike head"),
           "ru": ("agent", "Здравствуйте! Департамент. итог правильно ли я поняла это для Вас важно спасибо "
                           "всего доброго")}


def _stuffed(lang, turns):
    return verdicts(lang, [STUFFED[lang], *turns], channel="chat")["courtesy"]


def test_curt_values_with_cues_pass_et():
    assert _stuffed("et", [
        ("client", "kas matusetoetust peab ise taotlema?"),
        ("agent", "Jah."),
        ("client", "millal see raha tuleb?"),
        ("agent", "Kuu lõpus. Aitäh. Kokkuvõte."),
        ("client", "palju see on"),
        ("agent", "250 eurot. Kokkuvõtteks."),
        ("client", "ok aitah"),
        ("agent", "Palun."),
    ]) == "pass"


def test_curt_values_with_cues_pass_ru():
    assert _stuffed("ru", [
        ("client", "пособие на похороны надо самой просить?"),
        ("agent", "Да."),
        ("client", "а когда деньги придут?"),
        ("agent", "В конце месяца. Спасибо. Итог."),
        ("client", "а сколько это?"),
        ("agent", "250 евро. Итог."),
        ("client", "ок спасибо"),
        ("agent", "Пожалуйста."),
    ]) == "pass"


def test_cue_chain_with_several_items_still_fails_et():
    assert _stuffed("et", [
        ("client", "millal see raha tuleb?"),
        ("agent", "Kokkuvõte. Matusetoetus. 30 päeva. Iseteenindus."),
        ("client", "palju see on"),
        ("agent", "Toetus. 250. Kokkuvõtteks."),
        ("client", "ok"),
        ("agent", "Aitäh."),
    ]) == "fail"


def test_figures_bound_to_what_they_are_for_answer_ru():
    assert _one_reply("ru", "А сколько вообще разница между пособиями?",
                      "В общем: пособие при умеренной степени – 100 евро в месяц, при тяжёлой – 200 евро в месяц.") \
        == "pass"


def test_figures_bound_to_what_they_are_for_answer_et():
    assert _one_reply("et", "Kui palju need toetused üldse erinevad?",
                      "Kokkuvõttes: keskmise puudega lapse toetus – 100 eurot kuus, raske puudega – 200 eurot kuus.") \
        == "pass"


def test_bare_figures_in_a_labelled_line_still_fail_ru():
    assert _one_reply("ru", "А сколько вообще разница между пособиями?",
                      "Итак, подведём итог: пособие / 100 / 200.") == "fail"


# -- a question asked twice and ignored -------------------------------------------------------------------------

def test_question_ignored_twice_then_goodbye_fails_et():
    assert _stuffed("et", [
        ("client", "kas isapuhkust saab jagada?"),
        ("agent", "Jah."),
        ("client", "kas need päevad on tööpäevad või kalendripäevad"),
        ("agent", "Puhkust saab võtta lapse 3-aastaseks saamiseni."),
        ("client", "see pole see mida ma kysisin"),
        ("agent", "Kokkuvõtteks: iseteenindus. Aitäh. Head päeva."),
        ("client", "kas keegi vastab mu kysimusele"),
    ]) == "fail"


def test_question_ignored_twice_then_goodbye_fails_ru():
    assert _stuffed("ru", [
        ("client", "отпуск отца можно делить?"),
        ("agent", "Да."),
        ("client", "а дни считаются рабочие или календарные?"),
        ("agent", "Отпуск можно взять до трёх лет ребёнка."),
        ("client", "это не то, что я спрашивала"),
        ("agent", "Итак: самообслуживание. Спасибо. Всего доброго."),
        ("client", "кто-нибудь ответит на мой вопрос?"),
    ]) == "fail"


def test_client_saying_she_meant_something_else_is_no_complaint_et():
    assert _stuffed("et", [
        ("client", "kas isapuhkust saab jagada?"),
        ("agent", "Jah, isa saab 30 päeva võtta osade kaupa kuni lapse 3-aastaseks saamiseni."),
        ("client", "aa see pole see, mida ma mõtlesin, aga selge"),
        ("agent", "Kas saan veel millegagi aidata?"),
        ("client", "ei, aitäh"),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"
