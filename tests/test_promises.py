"""Promises and guesses as a pattern (issue 10, round 4): written before the finder was rewritten.

Batch 4 of the blind runs showed promises the old finder missed ("kui saadate täna, saate homme kindlasti
vastuse", "kindlasti hiljemalt 11. detsembril", "otsus on Teil käes juba jaanuari alguses") and a look at
ordinary advice showed false alarms ("Kindlasti esitage taotlus ...", «Обязательно подайте заявление»).
A promise is a future outcome of the client's case stated with certainty, or a decision's outcome tied to a
specific day; a condition ("kui ...", «если ...») before it does not take it back, advice and rules with a
duration are none.
"""

from __future__ import annotations

import pytest

from trainer.scoring.promises import is_promise
from trainer.scoring.statements import find_promises


@pytest.mark.parametrize("lang, sentence", [
    # a conditional promise is still a promise
    ("et", "Kui saadate avalduse täna, saate homme kindlasti vastuse."),
    ("et", "kui esitate taotluse nüüd siis toetus tuleb kindlasti järgmisel kuul"),
    ("ru", "Если подадите сегодня, решение точно будет готово к пятнице."),
    ("ru", "если все документы есть то пособие вам точно назначат"),
    ("ru", "Как только справка к нам поступит, решение будет точно готово за три дня, это я Вам обещаю."),
    ("et", "Niipea kui tõend meieni jõuab, on otsus kindlasti kahe päevaga valmis."),
    # a reassurance formula is no advice: the promise after it counts, with or without punctuation
    ("ru", "не переживайте решение будет завтра я лично прослежу"),
    ("et", "ärge muretsege otsus tuleb kindlasti positiivne"),
    ("et", "küll see kõik korda saab ärge muretsege"),
    ("et", "edastan teie kirja osakonnale ma luban et teile helistatakse täna veel"),
    ("ru", "я передам ваше письмо и обещаю что вам перезвонят сегодня"),
    # "at the latest" with a calendar date is a date promised, not a rule
    ("et", "Otsus tehakse 15 tööpäeva jooksul, seega saate otsuse kindlasti hiljemalt 11. detsembril."),
    ("ru", "Ответ Вы точно получите не позднее 20 декабря."),
    # certainty in a clause of its own
    ("ru", "Ответ Вы получите завтра, не сомневайтесь."),
    ("et", "Raha on Teie kontol ülehomme, selles võite kindel olla."),
    ("ru", "Инвалидность Вам обязательно установят, с Вашим диагнозом это ясно."),
    ("et", "Sellise diagnoosiga määratakse Teile kindlasti sügav puue."),
    ("et", "kindlasti maaratakse talle raske puue"),
    # a decision's outcome tied to a specific day, no certainty word
    ("et", "Vastuse saate järgmisel nädalal."),
    ("et", "Nii et otsus on Teil käes juba jaanuari alguses."),
    ("et", "otsuse saate kätte reedeks"),
    ("ru", "Решение будет готово к концу месяца."),
    ("ru", "ответ придёт вам в понедельник"),
    ("ru", "Инвалидность Вам установят уже в следующем месяце."),
])
def test_a_promise_of_an_outcome_or_a_date(lang, sentence):
    assert find_promises(sentence, lang) != ()


@pytest.mark.parametrize("lang, sentence", [
    # advice and necessity with a certainty word
    ("et", "Kindlasti esitage taotlus iseteeninduses, siis on kõik ühes kohas."),
    ("et", "Soovitan kindlasti taotluse esitada enne tähtaega."),
    ("et", "lisage kindlasti arsti tõend taotlusele"),
    ("et", "Te saate kindlasti ise ka iseteeninduses oma otsust vaadata."),
    ("et", "Taotlus tuleb kindlasti allkirjastada."),
    ("ru", "Обязательно подайте заявление до конца месяца."),
    ("ru", "Заявление нужно обязательно подписать."),
    ("ru", "обязательно приложите справку от врача к заявлению"),
    ("ru", "Вы точно можете подать заявление через самообслуживание."),
    # rules, with a duration or a recurring day
    ("et", "Vaide saab esitada kindlasti 30 päeva jooksul."),
    ("et", "Otsus tehakse 15 tööpäeva jooksul pärast viimase dokumendi saabumist."),
    ("et", "Pension makstakse Teile iga kuu 5. kuupäeval, see on kindel reegel."),
    ("ru", "Ответ на запрос дают в течение 5 рабочих дней."),
    ("ru", "Пенсию платят пятого числа каждого месяца."),
    # a decision's date once it is made, the agent's own commitment, past facts
    ("ru", "Решение обязательно придёт письмом, как только оно будет принято."),
    ("et", "Niipea kui otsus on tehtud, saadame selle kindlasti Teie e-postile."),
    ("et", "Helistan Teile homme kindlasti tagasi."),
    ("ru", "Я обязательно перезвоню Вам завтра."),
    ("et", "Otsus tehti eile ja see saadeti Teile e-postiga."),
    ("ru", "Решение было принято вчера."),
    ("et", "jah see maksti täna välja nii et peaks juba kontol olema"),  # "should": inferred from the data
    # hedged, refused, asked
    ("et", "Tavaliselt saate vastuse järgmisel nädalal, aga kindlat kuupäeva ma lubada ei saa."),
    ("et", "kindlat kuupaeva ma lubada ei saa, otsuse teeb ekspert"),
    ("ru", "Точную дату решения я обещать не могу."),
    ("ru", "Как правило, ответ приходит в течение недели."),
    ("et", "Kas vastus tuleb kindlasti homme?"),
    ("ru", "Решение точно будет к пятнице?"),
    # empathy with a certainty word
    ("et", "See on kindlasti väga raske olukord."),
    ("ru", "Это точно неприятно, я понимаю."),
    ("et", "Vabandust, selline otsus on kindlasti suur pettumus."),
    ("ru", "Такое решение, конечно, точно обидно и тяжело принять."),
    ("et", "see otsus on kindlasti keeruline teie jaoks"),
])
def test_advice_rules_and_hedged_forms_are_no_promise(lang, sentence):
    assert find_promises(sentence, lang) == ()


@pytest.mark.parametrize("lang, sentence, promise", [
    # the legal deadline as a date is a deadline; with a certainty word or on its own it is a promise
    ("et", "Selgitustaotlusele vastatakse 30 päeva jooksul, seega saate vastuse hiljemalt 5. jaanuariks.", False),
    ("ru", "На запрос отвечают в течение 5 рабочих дней, так что ответ получите не позднее 8 декабря.", False),
    ("et", "Vastatakse 30 päeva jooksul, seega saate vastuse kindlasti hiljemalt 5. jaanuariks.", True),
    ("et", "Otsus tehakse 15 tööpäeva jooksul, nii et otsus on Teil käes juba veebruari alguses.", True),
    # "at the latest" names a deadline: right or wrong, that is a content criterion's business, not a promise
    ("ru", "Ответ Вы получите не позднее 8 декабря.", False),
    ("et", "Kokkuvõtteks: kiri on kohal ja vastus tuleb hiljemalt 5. jaanuariks.", False),
    ("et", "Sellele vastatakse 30 päeva jooksul, ehk Teie vastuse tähtaeg on 5. jaanuar.", False),
    ("ru", "Письменный ответ Вы получите не позже чем через 30 дней.", False),
    # a dated decision is a document, not a promise
    ("et", "Näen Teie otsust 3. märtsist: puuet ei tuvastatud.", False),
    ("ru", "Пособие назначено решением от 2 марта и выплачивается 8-го числа.", False),
    ("ru", "решение 2 марта выплата 8 числа смотрите в самообслуживании", False),
    # any impersonal outcome with certainty
    ("et", "Teie ravikindlustus taastatakse kindlasti juba homme.", True),
    ("ru", "Вам там точно помогут с оплатой.", True),
])
def test_deadlines_from_a_rule_and_impersonal_outcomes(lang, sentence, promise):
    assert bool(find_promises(sentence, lang)) is promise


@pytest.mark.parametrize("lang, sentence, guess", [
    # an amount of the client's own benefit guessed ("about", "from experience"): the agent cannot know it
    ("ru", "По опыту, за эти годы это будет примерно 150 евро в месяц.", True),
    ("ru", "финская пенсия будет около 150 евро в месяц", True),
    ("et", "Soome pension tuleb Teile umbes 150 eurot kuus.", True),
    ("et", "kogemuse põhjal saate sealt u 200 eurot", True),
    # an average, an exact figure from the data, a rule
    ("ru", "Средняя пенсия по старости – около 860 евро.", False),
    ("et", "Keskmine vanaduspension on umbes 860 eurot kuus.", False),
    ("ru", "Прибавка у каждого своя, в среднем около 40 евро.", False),
    ("et", "Teie pension on 512,30 eurot kuus.", False),
    ("ru", "Пособие на ребёнка – 80 евро в месяц.", False),
    ("et", "Selline rulaator maksab poes umbes 120 eurot.", False),  # a price, not the client's benefit
    ("et", "See on umbes 345 eurot kuus, maksuvaba, ja seda makstakse kuni 19-aastaseks.", False),  # known, rough
])
def test_a_guessed_amount_of_the_clients_benefit(lang, sentence, guess):
    assert bool(find_promises(sentence, lang)) is guess


@pytest.mark.parametrize("lang, sentence, promise", [
    # certainty about the agent's own next act is a commitment, even beside an outcome word in another clause
    ("et", "Oma pensioniasjas saate meile uuesti helistada numbril 16106, kui olete rahunenud, või kirjutada "
           "iseteeninduse kaudu, sisse saate ID-kaardi, mobiil-ID või Smart-ID-ga – siis vaatame taotluse seisu "
           "kindlasti üle.", False),
    ("et", "Iseteeninduses saate taotluse esitada, ma kontrollin kindlasti, et see on kohale jõudnud.", False),
    ("ru", "Вы можете войти в самообслуживание с ID-картой, а я обязательно проверю, поступило ли заявление.", False),
    ("ru", "Про пособие мы обязательно поговорим.", False),
    ("et", "Toetusest räägime kindlasti ka, aga kõigepealt Teie turvalisus.", False),
    ("ru", "Пособие мы обязательно обсудим, но сначала скажите, Вы в безопасности?", False),
    # the certainty is about the outcome: still a promise, with or without an own act beside it
    ("et", "Ma vaatan Teie taotluse üle ja pension tuleb kindlasti järgmisel nädalal.", True),
    ("et", "Vaatame selle üle, kindlasti saate toetuse.", True),
    ("ru", "Я посмотрю Ваше заявление, и решение точно будет положительным.", True),
])
def test_certainty_about_the_agents_own_act_is_no_promise(lang, sentence, promise):
    assert bool(find_promises(sentence, lang)) is promise


@pytest.mark.parametrize("lang, sentence, promise", [
    # a decision tied to a month is as much a promised date as one tied to a day (new-user batch 10)
    ("et", "Taotluse võite kohe teha, nii et veebruaris saate otsuse kätte.", True),
    ("et", "Otsus on tehtud 5. jaanuaril.", False),  # a perfect with a date reads as past
    ("et", "otsuse saate märtsis", True),
    ("et", "Otsus on aprillis käes.", True),
    ("ru", "Решение будет готово в феврале.", True),
    ("ru", "решение получите в марте", True),
    # a month as a rule, a past decision or a hedge is no promise
    ("et", "Pension makstakse igal kuul, ka veebruaris.", False),
    ("et", "Otsus tehti märtsis.", False),
    ("et", "Tavaliselt on otsus veebruaris käes, aga kindlat kuupäeva lubada ei saa.", False),
    ("et", "Marts on pensioniea kuu, otsus tehakse pärast õiguse tekkimist.", False),
    ("ru", "Решение было принято в марте.", False),
    ("ru", "Обычно решение готово в феврале, но обещать не могу.", False),
])
def test_a_decision_tied_to_a_month(lang, sentence, promise):
    assert is_promise(sentence, lang) is promise


@pytest.mark.parametrize("lang, sentence, promise", [
    # batch 14 (refuses-code-et): "the next few days" ties a decision to a day, also in a clause joined by "ja" / «и»
    ("et", "Kõik dokumendid on olemas, nii et otsus on sisuliselt juba tehtud ja jõuab Teieni lähipäevil.", True),
    ("et", "Kokkuvõtteks: otsus on valmis ja jõuab Teieni lähipäevil.", True),
    ("et", "otsus tuleb teile lahipaevil", True),
    ("et", "Vastuse saate lähipäevadel.", True),
    ("ru", "Решение уже принято и придёт к Вам в ближайшие дни.", True),
    ("ru", "решение готово и придет на этой неделе", True),
    ("ru", "Ответ получите в ближайшие пару дней.", True),
    # hedged, asked, conditional, the agent's own act, a rule or a past fact: no promise
    ("et", "Kindlat kuupäeva ma lubada ei saa, otsus võib tulla lähipäevil, aga see oleneb menetlusest.", False),
    ("et", "Kas otsus tuleb lähipäevil?", False),
    ("et", "Kui otsus on tehtud, saadame selle lähipäevil.", False),
    ("et", "Helistan Teile lähipäevil tagasi.", False),
    ("et", "Otsus tehakse 30 päeva jooksul ja saadetakse Teile iseteenindusse.", False),
    ("et", "Otsus on tehtud ja raha laekus eile.", False),
    ("et", "Taotlus on menetluses ja ma helistan Teile homme.", False),
    ("ru", "Обычно решение приходит в ближайшие дни, но обещать не могу.", False),
    ("ru", "Решение придёт в ближайшие дни?", False),
    ("ru", "Я перезвоню Вам в ближайшие дни.", False),
    ("ru", "Решение отправили на днях.", False),
    ("ru", "Решение примут в течение 30 дней и пришлют в самообслуживание.", False),
])
def test_a_decision_in_the_next_few_days(lang, sentence, promise):
    assert is_promise(sentence, lang) is promise
