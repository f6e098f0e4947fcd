"""What blind round 14 and new-user batch 21 showed about identification and leaks, in general form, on own et/ru
sentences:

- a caller asking about their own data: the agent telling the state of their record (a benefit suspended, an
  application arrived) from the name alone, before the code was even answered, leaks as much as an amount does;
  a rule ("kui tõend on aegunud, peatatakse ..."), a future («будет приостановлена»), a question or the same
  statement after identification does not;
- a code the caller reads in digit groups with a slip (one digit too many), read back digit by digit by the agent
  ("три-четыре-девять-...", "kolm-neli-üheksa-...") and confirmed by the caller, identifies them; a read-back the
  caller denies, or a code the caller never said, does not;
- a code the caller offered and gave ("Назвать?" / "да назовите"), then the name read back with a spoken check tag
  ("aitäh mari tamm õige", «спасибо иван петров верно») and confirmed ("jah see olen mina", «да это я»), is the
  identification; a name said without any check, or a wrong name the caller denies, is not.
"""

import pytest
from scoring_support import verdicts

ET_CODE, RU_CODE = "44803158340", "34904232989"  # both pass the checksum
ET_SAID = "neli neli kaheksa null kolm üks viis kaheksa kolm neli null"
RU_SAID = "три четыре девять ноль четыре два три два девять восемь девять"


def _ident(lang, turns, facts):
    r = verdicts(lang, turns, identification_required=True, private_facts=facts)
    return r["identification"], r["data_protection"]


# -- the state of the caller's own record before identification ---------------------------------------------------

def _own_status_call(lang, early):
    if lang == "et":
        return [("agent", "tere sotsiaalkindlustusamet piret kuuleb kuidas saan aidata"),
                ("client", "tere mu nimi on maire kuusk mu pension jäi sel kuul tulemata ma ei saa aru miks"),
                ("agent", early),
                ("client", "aa selge"),
                ("agent", "palun öelge oma isikukood et ma saaksin teie andmeid vaadata"),
                ("client", ET_SAID),
                ("agent", "aitäh teie pension on kolmsada kaksteist eurot ja viiskümmend senti ja see makstakse "
                          "tagantjärele kui uus tõend jõuab meieni"),
                ("client", "hästi aitäh"),
                ("agent", "aitäh helistamast head päeva")]
    return [("agent", "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте, меня зовут Иван Петров. У меня в этом месяце не пришла пенсия, не понимаю почему."),
            ("agent", early),
            ("client", "Понятно."),
            ("agent", "Назовите, пожалуйста, Ваш личный код, чтобы я могла посмотреть Ваши данные."),
            ("client", RU_SAID),
            ("agent", "Спасибо. Ваша пенсия 312,50 евро, её выплатят задним числом, когда к нам придёт новая справка."),
            ("client", "Хорошо, спасибо."),
            ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,early,leaks", [
    ("et", "üks hetk ma vaatan jah näen siin on märge et teie pensioni maksmine on peatatud alates septembrist", True),
    ("et", "Hetk. Teie pensioni maksmine on peatatud, sest elusolekutõend on aegunud.", True),
    ("ru", "Минуточку, смотрю. Да, вижу, выплата Вашей пенсии приостановлена с сентября.", True),
    ("ru", "Секунду. Ваше заявление к нам уже поступило.", True),
    # must-nots: a rule, a condition, a question
    ("et", "Pensioni maksmine peatatakse, kui elusolekutõend on aegunud, see on tavaline põhjus.", False),
    ("et", "Kas Teie pension on peatatud või on see lihtsalt hilinenud?", False),
    ("ru", "Если справка о том, что человек жив, устарела, выплату пенсии приостанавливают.", False),
    ("ru", "Ваша пенсия приостановлена или просто задерживается?", False),
    # must-nots: what will happen without a new certificate, not the record's state
    ("ru", "Без новой справки выплата Вашей пенсии будет приостановлена, так бывает часто.", False),
    ("et", "Ilma uue tõendita Teie pensioni maksmine peatatakse, nii juhtub sageli.", False),
])
def test_the_state_of_the_callers_record_told_before_the_code_leaks(lang, early, leaks):
    facts = ["312,50", ET_CODE if lang == "et" else RU_CODE]
    ident, dp = _ident(lang, _own_status_call(lang, early), facts)
    assert (ident, dp) == (("fail", "fail") if leaks else ("pass", "pass"))


@pytest.mark.parametrize("lang,status", [
    ("et", "aitäh jah näen et teie pensioni maksmine on peatatud alates septembrist"),
    ("ru", "Спасибо. Вижу, выплата Вашей пенсии приостановлена с сентября."),
])
def test_the_same_state_told_after_the_code_does_not_leak(lang, status):
    turns = _own_status_call(lang, "Üks hetk." if lang == "et" else "Одну минуту.")
    turns[6] = ("agent", status)
    ident, dp = _ident(lang, turns, ["312,50", ET_CODE if lang == "et" else RU_CODE])
    assert (ident, dp) == ("pass", "pass")


# -- a code read in groups with a slip, read back digit by digit and confirmed -------------------------------------

# 34|90|04|23|298|9 and 44|80|03|15|83|40 read one "0" too many: 12 digits, no valid code as said
RU_GROUPS = "Тридцать четыре, девяносто, ноль четыре, двадцать три, двести девяносто восемь, девять."
ET_GROUPS = "nelikümmend neli kaheksakümmend null kolm viisteist kaheksakümmend kolm nelikümmend"
RU_BACK = "Повторяю: три-четыре-девять-ноль-четыре-два-три-два-девять-восемь-девять. Верно?"
ET_BACK = "Kordan: neli-neli-kaheksa-null-kolm-üks-viis-kaheksa-kolm-neli-null. Kas on õige?"


def _read_back_call(lang, said, back, reply):
    if lang == "et":
        return [("agent", "Tere! Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?"),
                ("client", "Tere. Mulle tuli puude otsus, aga toetust ei ole tulnud."),
                ("agent", "Kas otsus tuli Teile endale postiga?"),
                ("client", "Jah, eelmisel kuul."),
                ("agent", "Otsuse vaatamiseks palun öelge oma isikukood."),
                ("client", said), ("agent", back), ("client", reply),
                ("agent", "Aitäh. Otsus on tehtud 19.11.2026 ja puue on määratud kuni 30.11.2029."),
                ("client", "Selge, aitäh."), ("agent", "Aitäh, head päeva!")]
    return [("agent", "Здравствуйте! Департамент социального страхования, Наталья. Чем могу помочь?"),
            ("client", "Здравствуйте. Мне пришло решение об инвалидности, а пособия нет."),
            ("agent", "Решение пришло Вам лично по почте?"),
            ("client", "Да, в прошлом месяце."),
            ("agent", "Чтобы посмотреть решение, назовите, пожалуйста, Ваш личный код."),
            ("client", said), ("agent", back), ("client", reply),
            ("agent", "Спасибо. Решение принято 19.11.2026, степень установлена до 30.11.2029."),
            ("client", "Понятно, спасибо."), ("agent", "Спасибо за звонок, всего доброго!")]


@pytest.mark.parametrize("lang,said,back,reply,identified", [
    ("ru", RU_GROUPS, RU_BACK, "Верно.", True),
    ("et", ET_GROUPS, ET_BACK, "Jah, õige.", True),
    ("ru", RU_SAID, RU_BACK, "Да.", True),
    # must-nots: the caller denies the read-back; the caller said no code and the agent reads one from the record
    ("ru", RU_GROUPS, RU_BACK, "Нет, не так.", False),
    ("et", ET_GROUPS, ET_BACK, "Ei, see pole õige.", False),
    ("ru", "Я не помню код, у меня его нет с собой.", RU_BACK, "Да.", False),
    ("et", "Ma ei mäleta seda peast, kaarti ka pole käepärast.", ET_BACK, "Jah.", False),
])
def test_a_code_read_back_digit_by_digit_and_confirmed_identifies(lang, said, back, reply, identified):
    facts = ["19.11.2026", "30.11.2029"]
    ident, dp = _ident(lang, _read_back_call(lang, said, back, reply), facts)
    assert (ident, dp) == (("pass", "pass") if identified else ("fail", "fail"))


# -- a name read back with a spoken check tag after the code ---------------------------------------------------

def _name_check_call(lang, check, reply):
    if lang == "et":
        return [("agent", "sotsiaalkindlustusamet piret tere"),
                ("client", "Tere. Tahtsin teada, kas mu toetus on määratud. Mul on kaardil mingi kood, kas ütlen selle?"),
                ("agent", "jah öelge palun"),
                ("client", f"Hetk... {ET_CODE}."),
                ("agent", check), ("client", reply),
                ("agent", "toetus on määratud summa 312,50 eurot makstakse iga kuu kaheksandal"),
                ("client", "Aitäh, head aega."), ("agent", "head aega aitäh helistamast")]
    return [("agent", "департамент социального страхования наталья здравствуйте"),
            ("client", "Здравствуйте. Хотел узнать, назначено ли мне пособие. У меня на карточке есть код, назвать?"),
            ("agent", "да назовите"),
            ("client", f"Сейчас... {RU_CODE}."),
            ("agent", check), ("client", reply),
            ("agent", "пособие назначено сумма 312,50 евро выплата восьмого числа каждого месяца"),
            ("client", "Спасибо, до свидания."), ("agent", "всего доброго спасибо за звонок")]


@pytest.mark.parametrize("lang,check,reply,identified", [
    ("et", "aitäh mari tamm õige", "Jah, see olen mina.", True),
    ("et", "aitäh räägin mari tammega eks", "Jah.", True),
    ("ru", "спасибо иван петров верно", "Да, это я.", True),
    ("ru", "спасибо вы иван петров правильно", "Да.", True),
    # the name said without a check and not confirmed: the valid code the caller gave, taken by the agent,
    # identifies all the same (identification in passing, blind round 25: `volunteered.volunteered_code`)
    ("et", "aitäh mari tamm hetk vaatan", "Hästi.", True),
    ("ru", "спасибо иван петров секунду смотрю", "Хорошо.", True),
    # must-nots: a wrong name denied
    ("et", "aitäh mari tamm õige", "Ei, mina olen Malle Kask.", False),
    ("ru", "спасибо иван петров верно", "Нет, я Игорь Петренко.", False),
])
def test_a_name_read_back_with_a_tag_and_confirmed_identifies(lang, check, reply, identified):
    ident, dp = _ident(lang, _name_check_call(lang, check, reply), ["312,50"])
    assert (ident, dp) == (("pass", "pass") if identified else ("fail", "fail"))
