"""What blind round 8 (held out at its first replay) showed, in general form, on own et/ru dialogues (issue #9).

- «если коротко», «вкратце», «коротко говоря» announce a recap, like "lühidalt"; «напишите вкратце» does not;
- a reference paragraph pasted into reply after reply, with a summary cue and a check of understanding in the
  template, is no recap and checks nothing; a check after real answers still checks;
- blaming the client's reading or attention («Вы, наверное, невнимательно читали», "lugesite ilmselt
  pealiskaudselt") is discourteous in any wording; the agent blaming their own reading, an advice to read
  carefully, or a polite "if you did not notice" is not;
- a reply that is only the signature pasted under earlier answers, sent to the client's open questions, brushes
  them off; a terse but real answer under a pasted signature does not.
"""

import pytest
from scoring_support import OPENING, courtesy_of, verdicts

from trainer.scoring.transcript import Turn

# -- summary: a short-recap cue ------------------------------------------------------------------------------


def _short_recap(lang, reply):
    if lang == "ru":
        return [("agent", OPENING["ru"]),
                ("client", "Я с марта живу в Латвии, а пенсия у меня эстонская. Её будут дальше платить?"),
                ("agent", "Эстонскую пенсию платят и при жизни в другой стране ЕС, её переводят на Ваш счёт."),
                ("client", "А налог с неё кто берёт?"),
                ("agent", "Налог на эстонскую пенсию удерживает Эстония, в Латвии его платить второй раз не нужно."),
                ("client", "то есть пенсия приходит как раньше и налог только в Эстонии?"),
                ("agent", reply),
                ("client", "Спасибо."),
                ("agent", "Спасибо за обращение, всего доброго!")]
    return [("agent", OPENING["et"]),
            ("client", "Kolisin märtsis Lätti, pension on Eestist. Kas seda makstakse edasi?"),
            ("agent", "Eesti pensioni makstakse ka teises ELi riigis elades, see kantakse Teie kontole."),
            ("client", "Aga kes selle pealt tulumaksu võtab?"),
            ("agent", "Eesti pensioni tulumaksu peab kinni Eesti, Lätis teist korda maksma ei pea."),
            ("client", "et pension tuleb nagu enne ja maks ainult eestis?"),
            ("agent", reply),
            ("client", "Aitäh."),
            ("agent", "Aitäh pöördumise eest, kõike head!")]


@pytest.mark.parametrize("lang,reply,verdict", [
    # must-nots first: «напишите вкратце» is a request, no recap; a bare yes recaps nothing
    ("ru", "Да, всё так. Коротко опишите в заявлении, с какого числа Вы живёте в Латвии.", "fail"),
    ("ru", "Да.", "fail"),
    ("ru", "Да. Напишите в заявлении вкратце, с какого числа Вы в Латвии.", "fail"),
    ("ru", "Да. Если коротко: пенсия приходит на Ваш счёт как раньше, а налог удерживает только Эстония.", "pass"),
    ("ru", "Да, вкратце так: пенсию переводят как раньше, налог с неё берёт только Эстония.", "pass"),
    ("ru", "Верно. Коротко говоря, пенсия идёт на счёт, а налог удерживают только в Эстонии.", "pass"),
    ("et", "Jah. Lühidalt: pension tuleb kontole nagu enne ja tulumaksu peab kinni ainult Eesti.", "pass"),
])
def test_short_recap_cue_in_the_answer_to_a_check_question(lang, reply, verdict):
    assert verdicts(lang, _short_recap(lang, reply), channel="chat", no_identifiers=True)["summary"] == verdict


# -- summary: a pasted reference paragraph ---------------------------------------------------------------------

_PASTE = {
    "ru": ("Итак, подведём итог: пособие по уходу платит самоуправление по месту жительства, заявление подают в "
           "управу. Размер пособия решает самоуправление, оно же сообщает о решении письмом. "
           "Удалось ли ответить на Ваш вопрос? Спасибо за обращение!"),
    "et": ("Kokkuvõtteks: hooldajatoetust maksab elukohajärgne omavalitsus, avaldus esitatakse vallavalitsusele. "
           "Toetuse suuruse otsustab omavalitsus ja teatab otsusest kirjaga. "
           "Kas see vastas Teie küsimusele? Aitäh, et pöördusite!"),
}
_ASKED = {
    "ru": ["Я ухаживаю за отцом, ему положено какое-то пособие?", "а сколько это в месяц примерно?",
           "а если отец живёт в другом городе, куда подавать?", "ну ладно, сама позвоню в управу"],
    "et": ["Hooldan isa, kas mulle on mingi toetus ette nähtud?", "aga kui palju see kuus umbes on?",
           "aga kui isa elab teises linnas, kuhu ma siis avalduse annan?", "no olgu, helistan ise vallale"],
}
_ECHO = {"ru": "Правильно ли я понимаю: {}?", "et": "Kas saan õigesti aru: {}?"}


def _pasted_run(lang, cue_alone=False):
    paste = _PASTE[lang]
    if cue_alone:  # the cue as its own sentence before the pasted paragraph
        cue, rest = paste.split(":", 1)
        paste = cue + ". " + rest.strip()[0].upper() + rest.strip()[1:]
    turns = [("agent", OPENING[lang])]
    for asked in _ASKED[lang]:
        turns += [("client", asked), ("agent", _ECHO[lang].format(asked.rstrip("?")) + " " + paste)]
    return turns


@pytest.mark.parametrize("lang", ["ru", "et"])
@pytest.mark.parametrize("cue_alone", [False, True])
def test_a_paragraph_pasted_into_every_reply_is_no_recap(lang, cue_alone):
    assert verdicts(lang, _pasted_run(lang, cue_alone), channel="chat", no_identifiers=True)["summary"] == "fail"


def _check_after_real_answers(lang):
    if lang == "ru":
        return [("agent", OPENING["ru"]),
                ("client", "Я ухаживаю за отцом, ему положено какое-то пособие?"),
                ("agent", "Пособие по уходу платит самоуправление по месту жительства отца."),
                ("client", "а сколько это в месяц примерно?"),
                ("agent", "Размер решает само самоуправление, в разных волостях он разный."),
                ("client", "а заявление куда подавать?"),
                ("agent", "Заявление подают в управу той волости, где отец живёт. Удалось ли ответить на Ваш вопрос?"),
                ("client", "да, спасибо"),
                ("agent", "Спасибо за обращение, всего доброго!")]
    return [("agent", OPENING["et"]),
            ("client", "Hooldan isa, kas mulle on mingi toetus ette nähtud?"),
            ("agent", "Hooldajatoetust maksab isa elukohajärgne omavalitsus."),
            ("client", "aga kui palju see kuus umbes on?"),
            ("agent", "Suuruse otsustab omavalitsus ise, vallati on see erinev."),
            ("client", "kuhu ma avalduse annan?"),
            ("agent", "Avaldus antakse selle valla valitsusele, kus isa elab. Kas see vastas Teie küsimusele?"),
            ("client", "jah, aitäh"),
            ("agent", "Aitäh, kõike head!")]


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_must_not_a_check_after_real_answers_still_checks(lang):
    result = verdicts(lang, _check_after_real_answers(lang), channel="chat", no_identifiers=True)
    assert result["summary"] == "pass"


# -- courtesy: blaming the client's reading or attention --------------------------------------------------------


def _courtesy(lang, *texts):
    turns = [Turn(role="agent", text=OPENING[lang])]
    turns += [Turn(role="client" if i % 2 == 0 else "agent", text=t) for i, t in enumerate(texts)]
    return courtesy_of(turns, lang, "chat")["result"]


_ASK = {"ru": "Почему мне отказали в пособии? Я ничего не понимаю.",
        "et": "Miks mulle toetust ei määratud? Ma ei saa midagi aru."}


@pytest.mark.parametrize("lang,reply,verdict", [
    # must-nots first: the agent's own reading, an advice to read carefully, a polite "if you did not notice",
    # a question whether the letter arrived
    ("ru", "Извините, я, видимо, невнимательно прочитала Ваше сообщение. Отказ из-за дохода выше предела.", "pass"),
    ("ru", "Отказ из-за дохода выше предела. Прочитайте, пожалуйста, решение внимательно, там есть расчёт.", "pass"),
    ("ru", "Если Вы не обратили внимания, в решении есть расчёт дохода: он выше предела.", "pass"),
    ("ru", "Мы, к сожалению, невнимательно проверили то, что Вы прислали, и решение пересмотрим.", "pass"),
    ("et", "Vabandust, lugesin Teie kirja ilmselt tähelepanematult. Keeldumise põhjus on piirmäärast suurem sissetulek.",
     "pass"),
    ("et", "Põhjus on piirmäärast suurem sissetulek. Lugege otsus palun rahulikult ja hoolikalt läbi, seal on arvutus.",
     "pass"),
    ("et", "Kui Te ei pannud tähele, siis otsuses on sissetuleku arvutus: see on üle piiri.", "pass"),
    # blame in several wordings
    ("ru", "Причина указана в решении. Вы его, наверное, читали невнимательно.", "fail"),
    ("ru", "Там всё есть, просто Вы не обратили внимания на расчёт дохода.", "fail"),
    ("ru", "Причина в доходе. Похоже, Вы прочли решение поверхностно.", "fail"),
    ("ru", "Вы были невнимательны, когда заполняли заявление, поэтому отказ.", "fail"),
    ("et", "Põhjus on otsuses kirjas. Te lugesite seda ilmselt tähelepanematult.", "fail"),
    ("et", "Sissetulek oli üle piiri, Te lihtsalt ei pannud seda otsuses tähele.", "fail"),
    ("et", "Põhjus on sissetulek. Tundub, et lugesite otsust pealiskaudselt.", "fail"),
    ("et", "Te olite avaldust täites hooletu, sellepärast ei määratud.", "fail"),
])
def test_blaming_the_clients_reading_or_attention(lang, reply, verdict):
    assert _courtesy(lang, _ASK[lang], reply, {"ru": "Понятно.", "et": "Selge."}[lang]) == verdict


# -- courtesy: the bare signature macro to open questions --------------------------------------------------------

_SIG = {"et": "\n\n— Mart | Sotsiaalkindlustusamet | Saame koos selgeks. Kas vastus aitas? Aitäh kirjutamast!",
        "ru": "\n\n— Марина | Департамент социального страхования | Всегда рады помочь. Был ли ответ полезен? "
              "Спасибо, что написали!"}


def _signed(lang, answers, questions, last):
    sig = _SIG[lang]
    turns = [Turn(role="agent", text={"et": "Tere! Kuidas saan aidata?", "ru": "Здравствуйте! Чем могу помочь?"}[lang]
                  + sig)]
    for q, a in zip(questions, answers + [last], strict=True):
        turns += [Turn(role="client", text=q), Turn(role="agent", text=(a + sig) if a else sig.strip())]
    return turns


_Q = {"et": ["kas puudega lapse toetust saab ka tagantjärele?", "kui kaua tagasi?", "kuidas taotleda?",
             "ja kas pean arstilt midagi tooma? millal otsus tuleb?"],
      "ru": ["пособие на ребёнка с инвалидностью можно получить задним числом?", "за какой срок?", "как подать?",
             "а справку от врача нужно? и когда будет решение?"]}
_A = {"et": ["Jah, toetust saab ka tagantjärele.", "Toetust makstakse kuni kuus kuud tagasi.",
             "Taotluse saab esitada iseteeninduses."],
      "ru": ["Да, пособие можно получить и задним числом.", "Пособие платят до шести месяцев назад.",
             "Заявление подаётся в среде самообслуживания."]}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_must_not_terse_answers_under_a_pasted_signature_are_polite(lang):
    last = {"et": "Ei pea, arvamuse küsime ise. Otsus tuleb 30 päeva jooksul.",
            "ru": "Не нужно, мнение врача запросим сами. Решение будет в течение 30 дней."}[lang]
    assert courtesy_of(_signed(lang, _A[lang], _Q[lang], last), lang)["result"] == "pass"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_the_bare_signature_to_open_questions_brushes_them_off(lang):
    assert courtesy_of(_signed(lang, _A[lang], _Q[lang], ""), lang)["result"] == "fail"


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_must_not_the_same_answer_repeated_to_the_same_question(lang):
    answer = {"et": "Toetus makstakse iga kuu 20. kuupäeval.", "ru": "Пособие выплачивается 20-го числа каждого месяца."}
    ask = {"et": ["millal toetus tuleb?", "ja millal täpselt see raha tuleb?", "aa selge, aitäh"],
           "ru": ["когда придёт пособие?", "а когда точно придут деньги?", "а, понятно, спасибо"]}
    turns = [Turn(role="agent", text=OPENING[lang])]
    turns += [Turn(role="client", text=ask[lang][0]), Turn(role="agent", text=answer[lang]),
              Turn(role="client", text=ask[lang][1]), Turn(role="agent", text=answer[lang]),
              Turn(role="client", text=ask[lang][2]),
              Turn(role="agent", text={"et": "Aitäh, head päeva!", "ru": "Спасибо, всего доброго!"}[lang])]
    assert courtesy_of(turns, lang)["result"] == "pass"
