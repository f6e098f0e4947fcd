"""A keyword line is a brush-off with or without its punctuation, and a client's "I now know where to send it"
asks nothing (metamorphic no_punct courtesy failures after blind round 22), on own et/ru sentences.

- a verbless reply ending on a bare step label ("... iseteenindus taotlus Kokkuvõtteks", «... заявление Итог»)
  is a keyword line whether its items are typed with full stops, one-word questions inside, or nothing at all;
  a sentence with a verb that ends on "kokkuvõtteks" is not;
- "selge, kuhu helistada ja mida öelda, see on nüüd teada" / «куда звонить, это теперь понятно» state what the
  client knows: no question, so a recap after them is no brush-off.
"""

from scoring_support import verdicts

from trainer import text as tx

OPEN = {"et": ("agent", "Tere! Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте! Департамент социального страхования, Нина. Чем могу помочь?")}
BYE = {"et": [("client", "Hästi, aitäh."), ("agent", "Aitäh, et helistasite, ilusat päeva!")],
       "ru": [("client", "Хорошо, спасибо."), ("agent", "Спасибо за звонок, хорошего дня!")]}


def _reply(lang, question, reply, channel="chat"):
    turns = [OPEN[lang], ("client", question), ("agent", reply), *BYE[lang]]
    return verdicts(lang, turns, channel=channel)["courtesy"]


def test_keyword_line_ending_on_cue_fails_et_without_punctuation():
    assert _reply("et", "Kuidas ma hooldajatoetust taotlen?",
                  "Hooldajatoetus Vallavalitsus Taotlus Kokkuvõtteks") == "fail"


def test_keyword_line_ending_on_cue_fails_et_lowercase_speech():
    assert _reply("et", "kuidas ma hooldajatoetust taotlen",
                  "hooldajatoetus vallavalitsus taotlus kokkuvõtteks", channel="phone") == "fail"


def test_keyword_line_with_one_word_question_ending_on_cue_fails_et():
    assert _reply("et", "Miks mu toetus väiksem on?",
                  "Sissetulek. Vanemahüvitis. Töötasu? Kokkuvõtteks.") == "fail"


def test_keyword_line_ending_on_cue_fails_ru_without_punctuation():
    assert _reply("ru", "Как мне подать на пособие по уходу?",
                  "Пособие по уходу Волость Заявление Итог") == "fail"


def test_keyword_line_ending_on_cue_fails_ru_with_full_stops():
    assert _reply("ru", "Когда придёт перерасчёт?",
                  "Перерасчёт. Апрель. Индексация. Итог.") == "fail"


def test_sentence_with_verb_ending_on_cue_passes_et():
    assert _reply("et", "Millal pension tuleb?",
                  "Pension tuleb kontole viiendal kuupäeval, see on lühidalt kokkuvõtteks") == "pass"


def test_known_clause_is_no_question_et():
    assert not tx.is_question("selge, kuhu helistada ja mida öelda, see on nüüd teada.", "et")
    assert not tx.is_question("kuidas taotlust täita, see on juba selge", "et")
    assert tx.is_question("kuhu helistada ja mida öelda?", "et")
    assert tx.is_question("kuhu ma selle avalduse saadan", "et")


def test_known_clause_is_no_question_ru():
    assert not tx.is_question("Ладно, куда звонить, это теперь понятно.", "ru")
    assert tx.is_question("куда мне звонить?", "ru")


def test_recap_after_the_client_says_she_knows_is_no_brush_off_et():
    turns = [OPEN["et"],
             ("client", "mu ema kukkus kodus, kuidas hooldust saab?"),
             ("agent", "Mul on kahju, et nii juhtus. Hooldust korraldab kohalik omavalitsus: helistage oma valla "
                       "sotsiaaltöötajale ja kirjeldage, millist abi ema vajab. Kas oskate valla numbri leida?"),
             ("client", "jah leian. ok, selge, kuhu helistada ja mida öelda, see on nüüd teada. aitah"),
             ("agent", "Kokkuvõtteks: valla sotsiaaltöötaja, abivajaduse kirjeldus ja taotlus. Aitäh, et "
                       "pöördusite! Kõike head!")]
    assert verdicts("et", turns, channel="chat")["courtesy"] == "pass"
