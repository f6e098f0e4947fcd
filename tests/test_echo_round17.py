"""Blind round 17: checks and recaps that only give the client's own words back.

- A question of the agent that is a client's message pasted back word for word ("Kas ma sain õigesti aru, et:
  <the client's message, "mul", "ma" and all>", «Правильно ли я понимаю: <the client's message>») asks the client
  nothing about their matter: it clarifies nothing. A paraphrase in the agent's own words ("Teil jäi ...") still
  checks understanding.
- A guess at what the client asks ("Kas küsite lapsetoetuse kohta?") that the client corrects ("ei, ...") and
  after which the agent answers the guessed topic anyway, nothing of the correction, clarified nothing; the same
  guess followed by an answer on the corrected topic did.
- A "summary" that replies to the client's question by saying it back as their wish ("Kokkuvõtteks: Te soovite
  ...", «Итак, Вы хотите ...») sums up no answer; a recap of an answer given before, in the client's own words,
  still does.

Own dialogues, et and ru; must-match and must-not cases.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Liis. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Вера. Чем могу помочь?")


def result(lang, turns, criterion, channel="chat"):
    return verdicts(lang, turns, channel=channel)[criterion]


# -- the client's message pasted back as a "check" ---------------------------------------------------------------

def test_pasted_message_as_check_clarifies_nothing_et():
    assert result("et", [
        GREET_ET,
        ("client", "Mul tuli kiri, et pean hooldajatoetuse tagasi maksma. Kas ma saan seda osade kaupa teha?"),
        ("agent", "Kas ma sain õigesti aru, et: Mul tuli kiri, et pean hooldajatoetuse tagasi maksma. "
                  "Kas ma saan seda osade kaupa teha?"),
        ("client", "Jah."),
        ("agent", "Jah, tagasimakse saab jagada osadeks, kui esitate iseteeninduses maksegraafiku taotluse."),
        ("client", "Aitäh."),
        ("agent", "Aitäh, et kirjutasite! Kõike head!"),
    ], "needs") == "fail"


def test_pasted_message_as_check_clarifies_nothing_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Мне пришло письмо о переплате пособия по уходу. Могу ли я вернуть деньги частями?"),
        ("agent", "Правильно ли я понимаю: Мне пришло письмо о переплате пособия по уходу. "
                  "Могу ли я вернуть деньги частями?"),
        ("client", "Да."),
        ("agent", "Да, возврат можно разбить на части, если подать в самообслуживании ходатайство о графике."),
        ("client", "Спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ], "needs") == "fail"


def test_paraphrase_check_still_clarifies_et():
    # must-not: the agent checks the matter in its own words before answering
    assert result("et", [
        GREET_ET,
        ("client", "Mul tuli kiri, et pean hooldajatoetuse tagasi maksma. Kas ma saan seda osade kaupa teha?"),
        ("agent", "Kas ma sain õigesti aru, et Teilt nõutakse hooldajatoetus tagasi ja soovite summa "
                  "jagada mitmeks makseks?"),
        ("client", "Jah."),
        ("agent", "Jah, tagasimakse saab jagada osadeks, kui esitate iseteeninduses maksegraafiku taotluse."),
        ("client", "Aitäh."),
        ("agent", "Aitäh, et kirjutasite! Kõike head!"),
    ], "needs") == "pass"


def test_paraphrase_check_still_clarifies_ru():
    # must-not
    assert result("ru", [
        GREET_RU,
        ("client", "Мне пришло письмо о переплате пособия по уходу. Могу ли я вернуть деньги частями?"),
        ("agent", "Правильно ли я понимаю, что от Вас требуют вернуть пособие и Вы хотели бы платить "
                  "по частям?"),
        ("client", "Да."),
        ("agent", "Да, возврат можно разбить на части, если подать в самообслуживании ходатайство о графике."),
        ("client", "Спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ], "needs") == "pass"


# -- a guess the client corrects, then ignored ------------------------------------------------------------------

def _guess_et(answer):
    return [
        GREET_ET,
        ("client", "Mu abikaasa suri eelmisel kuul. Kas mulle makstakse nüüd mingit toetust?"),
        ("agent", "Mul on väga kahju. Kas Te küsite matusetoetuse kohta?"),
        ("client", "Ei, ma mõtlen toitjakaotuspensioni, meil on kaks alaealist last."),
        ("agent", answer),
        ("client", "Selge."),
        ("agent", "Aitäh, et kirjutasite! Kõike head!"),
    ]


def _guess_ru(answer):
    return [
        GREET_RU,
        ("client", "У меня в прошлом месяце умер муж. Положена ли мне теперь какая-то выплата?"),
        ("agent", "Примите соболезнования. Вы спрашиваете о выплате пособия на похороны?"),
        ("client", "Нет, я про пенсию по потере кормильца, у нас двое несовершеннолетних детей."),
        ("agent", answer),
        ("client", "Понятно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]


def test_corrected_guess_then_ignored_clarifies_nothing_et():
    assert result("et", _guess_et(
        "Matusetoetust riik enam ei maksa, matusetoetust võib küsida kohalikust omavalitsusest."), "needs") == "fail"


def test_corrected_guess_then_ignored_clarifies_nothing_ru():
    assert result("ru", _guess_ru(
        "Пособие на похороны государство больше не платит, пособие на похороны можно спросить в местном "
        "самоуправлении."), "needs") == "fail"


def test_corrected_guess_then_followed_still_clarifies_et():
    # must-not: the answer takes up the client's correction
    assert result("et", _guess_et(
        "Toitjakaotuspensioni saavad lapsed kuni 18-aastaseks, õppides kuni 24-aastaseks. Taotluse saate "
        "esitada iseteeninduses."), "needs") == "pass"


def test_corrected_guess_then_followed_still_clarifies_ru():
    # must-not
    assert result("ru", _guess_ru(
        "Пенсию по потере кормильца получают дети до 18 лет, а если учатся, то до 24 лет. Ходатайство "
        "можно подать в самообслуживании."), "needs") == "pass"


# -- a "summary" that says the client's question back -----------------------------------------------------------

def _asked_back_et(reply):
    return [
        GREET_ET,
        ("client", "Mul tuli otsus, et puude raskusastet ei määratud. Kui kaua mul vaide jaoks aega on?"),
        ("agent", "Vaide saate esitada 30 päeva jooksul alates päevast, mil otsusest teada saite."),
        ("client", "Kas ma võin vaide ka posti teel saata?"),
        ("agent", reply),
        ("client", "Olgu."),
        ("agent", "Aitäh, et kirjutasite! Kõike head!"),
    ]


def _asked_back_ru(reply):
    return [
        GREET_RU,
        ("client", "Мне отказали в степени инвалидности. Сколько у меня времени на возражение?"),
        ("agent", "Возражение можно подать в течение 30 дней с того дня, когда Вы узнали о решении."),
        ("client", "А можно отправить возражение по почте?"),
        ("agent", reply),
        ("client", "Ладно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]


def test_question_said_back_as_wish_is_no_summary_et():
    assert result("et", _asked_back_et("Kokkuvõtteks: Te soovite vaide posti teel saata."), "summary") == "fail"


def test_question_said_back_as_wish_is_no_summary_ru():
    assert result("ru", _asked_back_ru("Итак, подведём итог: Вы хотите отправить возражение по почте."),
                  "summary") == "fail"


def test_recap_of_answer_in_clients_words_is_summary_et():
    # must-not: the recap restates the answer given before, whatever words the client used
    turns = _asked_back_et("Jah, võite vaide saata ka posti teel.")
    turns[-2:-2] = [("agent", "Kokkuvõtteks: vaide võite saata posti teel 30 päeva jooksul.")]
    assert result("et", turns, "summary") == "pass"


def test_recap_of_answer_in_clients_words_is_summary_ru():
    # must-not
    turns = _asked_back_ru("Да, возражение можно отправить и по почте.")
    turns[-2:-2] = [("agent", "Итак, подведём итог: возражение можно отправить по почте в течение 30 дней.")]
    assert result("ru", turns, "summary") == "pass"


def test_unsure_reply_to_guess_is_no_correction_et():
    # must-not: "ma ei tea" answers the either-or guess, it corrects nothing; the answer that follows explains
    assert result("et", [
        GREET_ET,
        ("client", "Meil sündis tütar. Mul oleks küsimus vanemahüvitise kohta."),
        ("agent", "Palju õnne! Kas Te küsite isa vanemahüvitise või jagatava vanemahüvitise kohta?"),
        ("client", "Ei tea, mis vahe neil üldse on?"),
        ("agent", "Isa vanemahüvitis on ainult isale, jagatavat vanemahüvitist saavad vanemad omavahel jagada."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, et kirjutasite! Kõike head!"),
    ], "needs") == "pass"


def test_unsure_reply_to_guess_is_no_correction_ru():
    # must-not
    assert result("ru", [
        GREET_RU,
        ("client", "У нас родилась дочь. У меня вопрос про родительское пособие."),
        ("agent", "Поздравляю! Вы спрашиваете о пособии для отца или о делимом родительском пособии?"),
        ("client", "Не знаю, а какая между ними разница?"),
        ("agent", "Пособие для отца положено только отцу, а делимое родительское пособие родители делят между собой."),
        ("client", "Понятно, спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ], "needs") == "pass"
