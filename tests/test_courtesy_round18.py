"""Courtesy and the empathy tied to it (blind round 18), on own et/ru sentences.

Round 18 showed rudeness the scorer missed, in wordings no phrase list held:
- condescension: the matter called obvious with "ju"/«же» ("see on ju iseenesestmõistetav", «это ведь очевидно»),
  or obvious to anybody ("seda teab iga laps", «это любому школьнику понятно»);
- irony: the purpose of reading as a truism with a particle ("Eks otsused saadetaksegi selleks, et neid
  loetakse", «Уведомления на то и присылают, чтобы их читали»);
- refusing the client's language: asked for Russian (Estonian), the agent keeps to the call's language with no
  offer of a colleague, twice or stating a service rule ("meie teenindame ainult eesti keeles");
- a bare "not ours" redirect with a goodbye in the same breath cuts the client's question off.
A false alarm: "not ours, but the school's" («это не к нам, а в школу») names where to go. Empathy: "Mõistan
Teie küsimust" acknowledges no feeling, and an apology taken back by irony in the same reply responds to nothing.
"""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
BYE = {"et": [("client", "Aitäh."), ("agent", "Aitäh pöördumast, kõike head!")],
       "ru": [("client", "Спасибо."), ("agent", "Спасибо за обращение, всего доброго!")]}


def _courtesy(lang, turns, channel="phone", **context):
    return verdicts(lang, [("agent", OPEN[lang]), *turns, *BYE[lang]], channel=channel, **context)["courtesy"]


@pytest.mark.parametrize("lang, client, reply", [
    ("et", "Kas ma pean lapsetoetuse uuesti taotlema, kui laps läheb kooli?",
     "Ei pea, see on ju iseenesestmõistetav, toetus jätkub kuni laps on 16."),
    ("et", "Miks mu abikaasa ei saa minu pensioni kohta küsida?",
     "Teise inimese andmeid me ei anna, seda teab iga laps."),
    ("ru", "А почему муж не может узнать про мою пенсию?",
     "Данные другого человека мы не даём, это ведь очевидно."),
    ("ru", "Нужно ли заново подавать на пособие, когда ребёнок пойдёт в школу?",
     "Не нужно, это любому школьнику понятно, пособие платится до 16 лет."),
])
def test_condescension_fails(lang, client, reply):
    assert _courtesy(lang, [("client", client), ("agent", reply)]) == "fail"


@pytest.mark.parametrize("lang, client, reply", [
    ("et", "Miks mulle tagasinõue tuli?",
     "Otsus oli Teile saadetud. Eks otsused saadetaksegi selleks, et neid loetakse. Summa on 40 eurot."),
    ("ru", "Почему мне пришло требование вернуть деньги?",
     "Решение Вам отправили. Уведомления на то и присылают, чтобы их читали. Сумма 40 евро."),
])
def test_irony_about_reading_fails(lang, client, reply):
    assert _courtesy(lang, [("client", client), ("agent", reply)], channel="chat") == "fail"


@pytest.mark.parametrize("lang, client, reply", [
    # negated "not simple" sympathises; a purpose explained without a particle informs; an understanding check
    ("et", "Kas vaide kirjutamine on keeruline?",
     "See ei ole ju lihtne, aga aitan meelsasti: kirjutage, millise otsusega Te ei nõustu ja miks."),
    ("et", "Miks mulle see kiri saadeti?",
     "Otsus saadetakse Teile selleks, et saaksite seda lugeda ja vajadusel 30 päeva jooksul vaide esitada."),
    ("ru", "Зачем мне прислали это письмо?",
     "Решение отправляют, чтобы Вы могли его прочитать и при несогласии в течение 30 дней подать возражение."),
    ("et", "Kas toetus jätkub?", "Jah, toetus jätkub automaatselt. Kas see on Teile selge?"),
])
def test_plain_explanations_pass(lang, client, reply):
    assert _courtesy(lang, [("client", client), ("agent", reply)], channel="chat") == "pass"


def test_language_refused_twice_fails():
    turns = [("client", "tere mul on küsimus toetuse kohta vabandust kas saab vene keeles rääkida"),
             ("agent", "räägime eesti keeles ma räägin lihtsalt"),
             ("client", "ma ei saa hästi aru vene keelt keegi ei räägi"),
             ("agent", "ma selgitan uuesti eesti keeles toetus tuleb kahekümnendal kuupäeval"),
             ("client", "olgu")]
    assert _courtesy("et", turns) == "fail"


def test_language_rule_stated_fails():
    turns = [("client", "здравствуйте можно мне по-эстонски я плохо русский понимаю"),
             ("agent", "у нас обслуживание по-русски говорите"),
             ("client", "хорошо когда придёт пособие"),
             ("agent", "пособие приходит двадцатого числа")]
    assert _courtesy("ru", turns) == "fail"


@pytest.mark.parametrize("reply", [
    "kahjuks ma ise vene keelt ei räägi aga ühendan Teid kolleegiga kes räägib",
    "Да, конечно, давайте по-русски. Что Вас интересует?",
])
def test_language_offered_passes(reply):
    turns = [("client", "tere kas saab vene keeles rääkida ma ei saa eesti keelest hästi aru"),
             ("agent", reply),
             ("client", "aitäh")]
    assert _courtesy("et", turns) == "pass"


def test_bare_redirect_with_goodbye_fails():
    turns = [("client", "а можно ещё спросить про пособие по уходу за мужем?"),
             ("agent", "это не к нам, это в волость. до свидания")]
    result = verdicts("ru", [("agent", OPEN["ru"]), ("client", "Когда придёт пенсия?"),
                             ("agent", "Пенсия приходит пятого числа."), *turns], channel="phone")
    assert result["courtesy"] == "fail"


def test_contrast_redirect_passes():
    turns = [("client", "А стипендию для студентов вы платите?"),
             ("agent", "Нет. Стипендии — это не к нам, а в учебное заведение, там подскажут условия.")]
    assert _courtesy("ru", turns, channel="chat") == "pass"


def test_apology_undercut_by_irony_is_no_empathy():
    turns = [("agent", OPEN["et"]),
             ("client", "Mulle tuli nõue 90 eurot tagasi maksta, ma olin siis haiglas ja olen täiesti endast väljas!"),
             ("agent", "Vabandan, et nii läks. Eks teated saadetaksegi selleks, et neid loetakse."),
             ("client", "Kas ma saan vaiet esitada?"),
             ("agent", "Mõistan Teie küsimust. Vaide saab esitada 30 päeva jooksul iseteeninduses."),
             *BYE["et"]]
    result = verdicts("et", turns, channel="chat", client_upset=True)
    assert result["empathy"] == "fail" and result["courtesy"] == "fail"


def test_apology_without_irony_keeps_counting():
    turns = [("agent", OPEN["et"]),
             ("client", "Mulle tuli nõue 90 eurot tagasi maksta, ma olin siis haiglas ja olen täiesti endast väljas!"),
             ("agent", "Vabandan, et see Teid nii häirib, ja soovin kiiret paranemist. Nõue tuli, sest toetus maksti "
                       "pärast puude lõppu."),
             *BYE["et"]]
    assert verdicts("et", turns, channel="chat", client_upset=True)["empathy"] == "pass"
