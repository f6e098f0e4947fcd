"""Courtesy (blind rounds 19 and 20), on own et/ru sentences: keyword lines, talking down, impatient repetition.

Round 19 and 20 labellers failed courtesy where the scorer passed it:

- the client's last question answered with a keyword line that names the call model's steps ("Aitäh | kõike head |
  kokkuvõte: toetus | 30 | 45", «Анна | ДСС | резюме | всего доброго»): a label list read out instead of an answer
  is a brush-off even once; a terse list of the client's own items names no step and stays courteous;
- the matter called simple with "ju" a few words before the word ("see on ju kõik kirjas, tegelikult üsna lihtne");
- «я вам ещё раз говорю» / "ma ütlen Teile veel kord": impatient repetition, in the family of «я же Вам говорила».
"""

from scoring_support import verdicts

OPEN = {"et": ("agent", "Tere, Sotsiaalkindlustusamet, Liis kuuleb. Kuidas saan aidata?"),
        "ru": ("agent", "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?")}


def _courtesy(lang, turns, channel="chat"):
    return verdicts(lang, [OPEN[lang], *turns], channel=channel)["courtesy"]


def test_keyword_line_with_step_labels_to_the_last_question_fails_et():
    turns = [("client", "Tere. Kas hooldajatoetust makstakse ka pensionärile?"),
             ("agent", "Jah, hooldajatoetust makstakse ka pensionärile, kui vald on hoolduse määranud."),
             ("client", "Aga kuhu ma avalduse saadan?"),
             ("agent", "Aitäh | head päeva | kokkuvõte: hooldajatoetus | vald | 30")]
    assert _courtesy("et", turns) == "fail"


def test_keyword_line_with_step_labels_to_the_last_question_fails_ru():
    turns = [("client", "Здравствуйте. Пособие по уходу платят пенсионерам?"),
             ("agent", "Да, если самоуправление назначило уход, пособие платят и пенсионерам."),
             ("client", "А куда мне подавать заявление?"),
             ("agent", "Ольга | ДСС | резюме | спасибо | всего доброго")]
    assert _courtesy("ru", turns) == "fail"


def test_terse_list_of_the_clients_items_stays_courteous():
    turns = [("client", "Tere. Mul on vaja hooldajatoetust taotleda."),
             ("agent", "Selge. Taotluse saate esitada oma vallavalitsusele."),
             ("client", "Mis dokumente mul vaja on?"),
             ("agent", "Avaldus | isikut tõendav dokument | arsti tõend | volikiri. Aitäh ja head päeva!")]
    assert _courtesy("et", turns) == "pass"


def test_labelled_summary_after_the_client_is_done_stays_courteous():
    turns = [("client", "Здравствуйте. Когда придёт пособие за март?"),
             ("agent", "Пособие за март перечислим двадцатого числа."),
             ("client", "Хорошо, спасибо, всё понятно."),
             ("agent", "Итак: пособие | двадцатое число. Всего доброго!")]
    assert _courtesy("ru", turns) == "pass"


def test_simple_with_ju_a_few_words_before_fails():
    turns = [("client", "Tere, ma ei saa aru, kuidas toetust taotleda."),
             ("agent", "Taotluse saate teha iseteeninduses. See on ju kõik seal juhendis olemas, täiesti lihtne.")]
    assert _courtesy("et", turns, channel="phone") == "fail"


def test_not_simple_with_ju_sympathises():
    turns = [("client", "Tere, ma ei saa aru, kuidas toetust taotleda."),
             ("agent", "Saan aru, see ei ole ju tegelikult sugugi lihtne asi. Taotluse saate teha iseteeninduses, "
                       "ma võin Teid samm-sammult juhendada.")]
    assert _courtesy("et", turns, channel="phone") == "pass"


def test_telling_again_impatiently_fails():
    ru = [("client", "а когда придёт пенсия?"),
          ("agent", "я вам ещё раз говорю пенсию перечисляют раз в квартал")]
    et = [("client", "aga millal pension tuleb?"),
          ("agent", "Ma ütlen Teile veel kord, pensioni makstakse kord kvartalis.")]
    assert _courtesy("ru", ru, channel="phone") == "fail"
    assert _courtesy("et", et, channel="phone") == "fail"


def test_repeating_on_request_stays_courteous():
    ru = [("client", "повторите, пожалуйста, когда придёт пенсия?"),
          ("agent", "Конечно, повторю: пенсию перечисляют раз в квартал, следующая выплата в апреле.")]
    assert _courtesy("ru", ru, channel="phone") == "pass"
