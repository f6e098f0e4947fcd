"""What blind round 9 (held out) showed, in general form, on our own et/ru dialogues (issue #9).

- Labels are not acts: a bracketed slot tag ("[EMPAATIA]", «[резюме]») and a menu of items joined by "|"
  ("tere | asutus | nimi | kokkuvõtteks") greet, ask, sum up and thank nobody; a bare word left under a tag
  («[уточнение] Пенсия?») asks nothing.
- A cue the agent recited in the opening before the client said anything ("kokkuvõtteks", «правильно ли я
  понимаю», "saan aru, et see on Teile oluline") is the checklist read out; the same cue said again later is
  that recitation repeated, no act.
- A summary cue followed only by other formulas ("Kokkuvõtteks: aitäh, et helistasite!") sums up nothing.

Must-nots: real greetings, a real «Правильно ли я понимаю, что ...?» question and real recaps with
"kokkuvõtteks" / «подведём итог» keep passing.
"""

from __future__ import annotations

from scoring_support import verdicts

# -- 1. slot tags and "|" menus ------------------------------------------------------------------------------
TAGGED_RU = [
    ("agent", "[приветствие] Здравствуйте. [учреждение] [имя] [уточнение]"),
    ("client", "Добрый день. Мне шестьдесят четыре, хочу узнать, можно ли получать пенсию и работать дальше?"),
    ("agent", "[уточнение] Работать? [сочувствие] Понимаю."),
    ("client", "Да, работать, на полставки в магазине."),
    ("agent", "[ответ] Можно, пенсия от работы не зависит. [итог] Итак, подведём итог: можно. "
              "[проверка] Понятно? [прощание] До свидания."),
    ("client", "А налог с пенсии тогда больше?"),
    ("agent", "[ответ] Налог считается со всего дохода. [итог] Итак, подведём итог: налог. [проверка] Понятно? "
              "[прощание] До свидания."),
]
TAGGED_ET = [
    ("agent", "[TERE] Tere! [ASUTUS] Sotsiaalkindlustusamet. [ABI] Kuidas saan aidata?"),
    ("client", "Tere. Mu ema kolis hooldekodusse. Kas tema pension makstakse nüüd hooldekodule?"),
    ("agent", "[TÄPSUSTUS] Kas ma sain õigesti aru? [EMPAATIA] Mõistan, et see on keeruline. "
              "[VASTUS] Pension makstakse ikka emale endale."),
    ("client", "Aga kui ta ise pangas käia ei saa?"),
    ("agent", "[TÄPSUSTUS] Kas ma sain õigesti aru? [VASTUS] Siis saab ta volitada kedagi teist. "
              "[KOKKUVÕTE] Kokkuvõtteks. [LÕPP] Aitäh! Head päeva!"),
]
MENU_ET = [
    ("agent", "tere | sotsiaalkindlustusamet | mari | kuidas saan aidata | kas ma sain õigesti aru | "
              "kokkuvõtteks | aitäh | head päeva"),
    ("client", "tere, kas lapsetoetus tuleb ka siis, kui laps õpib välismaal?"),
    ("agent", "Jah, kui laps on alla 19 ja õpib, makstakse toetust edasi."),
    ("client", "selge, aitäh"),
    ("agent", "Head päeva!"),
]
MENU_RU = [
    ("agent", "здравствуйте | департамент социального страхования | анна | чем могу помочь | итак подведём итог | "
              "спасибо | всего доброго"),
    ("client", "здравствуйте, пособие на ребёнка платят, если он учится за границей?"),
    ("agent", "Да, если ребёнку нет 19 и он учится, пособие платится дальше."),
    ("client", "понятно, спасибо"),
    ("agent", "Всего доброго!"),
]
# must not: a real greeting whose words only look like a list, with a real question and a real recap
REAL_ET = [
    ("agent", "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan Teid aidata?"),
    ("client", "Tere. Kas lapsetoetus tuleb ka siis, kui laps õpib välismaal?"),
    ("agent", "Kas laps on alla 19-aastane ja õpib päevases õppes?"),
    ("client", "Jah, ta on 17 ja käib Soomes gümnaasiumis."),
    ("agent", "Siis makstakse lapsetoetust edasi, kui pere elab Eestis. Toetus tuleb iga kuu 25. kuupäeval."),
    ("client", "Hea, aitäh."),
    ("agent", "Kokkuvõtteks: lapsetoetus jätkub ka välismaal õppides ja tuleb 25. kuupäeval. Aitäh, et helistasite, "
              "head päeva!"),
]
REAL_RU = [
    ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
    ("client", "Здравствуйте. Пособие на ребёнка платят, если он учится за границей?"),
    ("agent", "Правильно ли я понимаю, что ребёнку меньше 19 лет и он учится на дневном отделении?"),
    ("client", "Да, ему 17, он в гимназии в Финляндии."),
    ("agent", "Тогда пособие платится дальше, если семья живёт в Эстонии. Оно приходит 25-го числа каждого месяца."),
    ("client", "Хорошо, спасибо."),
    ("agent", "Итак, подведём итог: пособие продолжается и во время учёбы за границей и приходит 25-го числа. "
              "Спасибо за звонок, всего доброго!"),
]


def test_slot_tags_perform_no_act():
    got = verdicts("ru", TAGGED_RU, channel="chat", no_identifiers=True)
    assert (got["needs"], got["summary"]) == ("fail", "fail"), got
    got = verdicts("et", TAGGED_ET, channel="chat", no_identifiers=True)
    assert (got["greeting"], got["needs"], got["summary"]) == ("fail", "fail", "fail"), got


def test_pipe_menu_greets_nobody():
    assert verdicts("et", MENU_ET, channel="chat", no_identifiers=True)["greeting"] == "fail"
    assert verdicts("ru", MENU_RU, channel="chat", no_identifiers=True)["greeting"] == "fail"


def test_real_greeting_question_and_recap_still_pass():
    for lang, turns in (("et", REAL_ET), ("ru", REAL_RU)):
        got = verdicts(lang, turns, no_identifiers=True)
        assert (got["greeting"], got["needs"], got["summary"]) == ("pass", "pass", "pass"), (lang, got)


# -- 2. cues recited in the opening before the client spoke ---------------------------------------------------
RECITED_ET = [
    ("agent", "tere sotsiaalkindlustusamet jaan kuuleb mõistan teie muret kas ma sain õigesti aru et te küsite "
              "kokkuvõtteks aitäh et helistasite kuidas saan aidata"),
    ("client", "tere mul jäi novembris pension tulemata ja ma ei tea miks see on ju minu ainus sissetulek"),
    ("agent", "öelge palun oma isikukood"),
    ("client", "kolm viis null null kolm kaks üks null üks kaks kolm"),
    ("agent", "aitäh pension peatati sest te ei ole eestis elanud"),
    ("client", "aga ma elan ju eestis mis ma nüüd tegema pean"),
    ("agent", "mõistan teie muret kokkuvõtteks aitäh et helistasite"),
]
RECITED_RU = [
    ("agent", "здравствуйте департамент социального страхования меня зовут олег правильно ли я понимаю что вы "
              "звоните по вопросу итак подведём итог спасибо за звонок чем могу помочь"),
    ("client", "здравствуйте я хотела узнать когда придёт пособие по уходу за ребёнком за декабрь"),
    ("agent", "пособие платится восьмого числа"),
    ("client", "восьмого декабря или января"),
    ("agent", "правильно ли я понимаю что восьмого января"),
    ("client", "а если восьмое выходной"),
    ("agent", "итак подведём итог в рабочий день"),
]
# must not: the same cues said only once the client has spoken, with content
SPOKEN_ET = [
    ("agent", "tere sotsiaalkindlustusamet jaan kuuleb kuidas saan aidata"),
    ("client", "tere mul jäi novembris pension tulemata ja ma ei tea miks see on ju minu ainus sissetulek"),
    ("agent", "kas ma sain õigesti aru et novembri pension jäi tulemata aga oktoobris tuli"),
    ("client", "jah just nii"),
    ("agent", "pension peatati sest rahvastikuregistris on teie elukoht välismaal"),
    ("client", "aa selge"),
    ("agent", "kokkuvõtteks pension jätkub kui te elukoha registris eestisse parandate aitäh et helistasite"),
]
SPOKEN_RU = [
    ("agent", "здравствуйте департамент социального страхования меня зовут олег чем могу помочь"),
    ("client", "здравствуйте я хотела узнать когда придёт пособие по уходу за ребёнком за декабрь"),
    ("agent", "правильно ли я понимаю что вы уже получаете это пособие и вопрос только про дату"),
    ("client", "да только про дату"),
    ("agent", "пособие за декабрь приходит восьмого января"),
    ("client", "понятно"),
    ("agent", "итак подведём итог пособие за декабрь придёт восьмого января спасибо за звонок"),
]


def test_cues_recited_in_the_opening_perform_no_act_later():
    got = verdicts("et", RECITED_ET, client_upset=True)
    assert (got["summary"], got["empathy"]) == ("fail", "fail"), got
    got = verdicts("ru", RECITED_RU, no_identifiers=True)
    assert (got["needs"], got["summary"]) == ("fail", "fail"), got


def test_cues_said_after_the_client_spoke_still_count():
    got = verdicts("et", SPOKEN_ET)
    assert (got["needs"], got["summary"]) == ("pass", "pass"), got
    got = verdicts("ru", SPOKEN_RU, no_identifiers=True)
    assert (got["needs"], got["summary"]) == ("pass", "pass"), got


# -- 3. a summary cue with nothing but formulas after it ------------------------------------------------------
EMPTY_CUE_ET = [
    ("agent", "Tere! Sotsiaalkindlustusamet, Mari. Kuidas saan aidata?"),
    ("client", "Tere. Millal tuleb peretoetus?"),
    ("agent", "Kas küsite lapsetoetuse kohta?"),
    ("client", "Jah."),
    ("agent", "Lapsetoetus makstakse iga kuu 25. kuupäeval."),
    ("client", "Ahaa."),
    ("agent", "Kokkuvõtteks: aitäh, et pöördusite! Head päeva!"),
]
EMPTY_CUE_RU = [
    ("agent", "Здравствуйте! Департамент социального страхования, Анна. Чем могу помочь?"),
    ("client", "Здравствуйте. Когда приходит семейное пособие?"),
    ("agent", "Вы спрашиваете о пособии на ребёнка?"),
    ("client", "Да."),
    ("agent", "Пособие на ребёнка выплачивается 25-го числа каждого месяца."),
    ("client", "Ага."),
    ("agent", "Итак, подведём итог: спасибо за обращение, всего доброго!"),
]


def test_a_cue_with_only_formulas_after_it_sums_up_nothing():
    assert verdicts("et", EMPTY_CUE_ET, channel="chat", no_identifiers=True)["summary"] == "fail"
    assert verdicts("ru", EMPTY_CUE_RU, channel="chat", no_identifiers=True)["summary"] == "fail"
