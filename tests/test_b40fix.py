"""New-user batch 40 (live40, authors k9 and l9): the scorer fixes, on sentences written for these tests.

1. Accepting a client's apology or thanks («ничего», «ничего страшного», "kõik korras") before a goodbye is a social
   formula, not a keyword list (`acts.find_non_answers`, rubric concept apology_accepted); a request reported done
   («просьба записана», "kaebus on kirja pandud") registers it (scenario signals).
2. A refusal in the first person («ничего не подтверждаем и не опровергаем», «про неё ничего не скажу», "me ei
   kinnita") refuses (scenario signals); a check word closing a spoken reply («... понятно», "... ok") is a check of
   understanding (`breaks._trailing_check`, rubric understanding_check), not when it is the clause's predicate.
3. An Estonian spoken restatement after "selge"/"nii et"/"ehk" framed as the client's question ("selge küsite ...")
   clarifies when the client goes on without contradicting; Russian the same («значит вы спрашиваете ...», which
   speech segmentation keeps one sentence) (`spoken_recap`).
4. A Russian first name in Latin letters that the Estonian dictionary knows only as a name ("Alina") is the agent's
   own name in the greeting (`names._russian_name_in_latin`); a clarifying check that names the matter («вопрос про
   ...») counts in language-switch-ru.
5. A forbidden phrase matched across a clause boundary of unpunctuated speech is not said (`clause_span`).
6. A recap in note form after the answers in full, in the same reply, is a summary, not a keyword list
   (`acts._informed_before`); a list alone still is one.
Wrong facts: the pension rise or the pension's tax-free amount said to need an application (knowledge
pension-indexation); PIN codes from the Board's customer service with a mid-sentence "aga" (`authorities`), or from
the bank in a case form the lemmas miss.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS, wrong_claim_refs

from trainer import text as tx
from trainer.scoring.clause_span import crosses_clause
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _call_model(language: str, texts: list[str]) -> dict:
    turns = [Turn(role="agent" if k % 2 == 0 else "client", text=t) for k, t in enumerate(texts)]
    return score_transcript(Transcript(language=language, channel="phone", turns=turns), RUBRIC, SETTINGS)


def _verdict(result: dict, cid: str) -> str:
    return next(c["result"] for c in result["criteria"] if c["id"] == cid)


def _scenario(library, sid: str, texts: list[str]) -> dict:
    scenario = library.get(sid)
    turns = [{"role": "agent" if k % 2 == 0 else "client", "text": t} for k, t in enumerate(texts)]
    return library.score(scenario, Transcript(language=scenario.language, channel=scenario.channel, turns=turns))


OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Mari kuuleb.", "ru": "Здравствуйте! Департамент социального страхования, Мария."}


# -- 1. accepting an apology --------------------------------------------------------------------------------------------

ACCEPTED = [
    ("ru", "Простите, что я так кричал на Вас.", "ничего всего хорошего до свидания"),
    ("ru", "Извините меня, нервы.", "Ничего страшного. Всего доброго!"),
    ("ru", "Спасибо Вам большое, и простите за грубость.", "ничего до свидания"),
    ("et", "Vabandage, et ma Teie peale karjusin.", "Kõik korras. Kõike head!"),
]


@pytest.mark.parametrize("language,apology,reply", ACCEPTED)
def test_accepting_an_apology_is_no_keyword_list(language, apology, reply):
    result = _call_model(language, [OPEN[language], apology, reply])
    assert result.get("non_answers") == []
    assert _verdict(result, "closing") == "pass"


STILL_KEYWORDS = [
    # keywords after the apology are keywords still; a bare «Ничего.» to a question is no acceptance
    ("ru", "Извините, что накричал.", "Ничего, пенсия, перерасчёт, руководитель, два дня."),
    ("ru", "А что мне теперь делать?", "Ничего. Всего доброго."),
    ("et", "Vabandust, et karjusin.", "Kõik korras, pension, ümberarvutus, juht, kaks päeva."),
]


@pytest.mark.parametrize("language,before,reply", STILL_KEYWORDS)
def test_keywords_beside_an_acceptance_stay_keywords(language, before, reply):
    assert _call_model(language, [OPEN[language], before, reply]).get("non_answers")


REGISTERED = [
    ("abusive-caller-ru", "request_registered", "Хорошо. Ваша просьба записана, руководитель группы перезвонит."),
    ("abusive-caller-ru", "request_registered", "спасибо просьба у меня зарегистрирована руководитель позвонит"),
    ("complaint-registration-ru", "complaint_registered", "жалоба ваша уже записана ответ придет письменно"),
    ("complaint-registration-et", "complaint_registered", "Kaebus on nüüd kirja pandud, vastus tuleb kirjalikult."),
    ("complaint-registration-et", "complaint_registered", "panin teie kaebuse kirja ja see läheb juhile"),
]
NOT_REGISTERED = [
    ("abusive-caller-ru", "request_registered", "Ваша просьба пока не записана, позвоните позже."),
    ("abusive-caller-ru", "request_registered", "Просьбу запишете сами в самообслуживании."),
    ("complaint-registration-et", "complaint_registered", "Kaebus ei ole veel kirjas, kirjutage see ise."),
]


def _reply_verdict(library, sid: str, cid: str, reply: str) -> str:
    from scoring_support import scenario_reply_result

    return _verdict(scenario_reply_result(library, sid, reply), cid)


@pytest.mark.parametrize("sid,cid,reply", REGISTERED)
def test_a_request_reported_done_is_registered(library, sid, cid, reply):
    assert _reply_verdict(library, sid, cid, reply) == "pass"


@pytest.mark.parametrize("sid,cid,reply", NOT_REGISTERED)
def test_a_request_not_done_is_not_registered(library, sid, cid, reply):
    assert _reply_verdict(library, sid, cid, reply) == "fail"


# -- 2. a refusal in the first person; a check word closing a spoken reply ----------------------------------------------

REFUSALS = [
    ("data-request-journalist-ru", "refused_person", "О конкретных людях журналистам мы ничего не подтверждаем."),
    ("data-request-journalist-ru", "refused_person", "про вашу героиню я ничего не скажу пусть звонит сама"),
    ("data-request-journalist-ru", "refused_person", "Я не могу ничего рассказать о её пенсии."),
    ("data-request-police-et", "refused_by_phone", "Konkreetse inimese kohta me telefonis midagi ei kinnita."),
    ("data-request-police-et", "refused_by_phone", "ma ei saa teile tema kohta midagi öelda"),
]
NO_REFUSALS = [
    ("data-request-journalist-ru", "refused_person", "Скажу сразу: вопросы прессы – в отдел коммуникации."),
    ("data-request-journalist-ru", "refused_person", "Подтверждаю, что получила Ваш вопрос."),
    ("data-request-police-et", "refused_by_phone", "Kinnitan, et Teie päring on kätte saadud."),
]


@pytest.mark.parametrize("sid,cid,reply", REFUSALS)
def test_first_person_refusals_refuse(library, sid, cid, reply):
    assert _reply_verdict(library, sid, cid, reply) == "pass"


@pytest.mark.parametrize("sid,cid,reply", NO_REFUSALS)
def test_other_sentences_refuse_nothing(library, sid, cid, reply):
    assert _reply_verdict(library, sid, cid, reply) == "fail"


def _spoken_sentences(text: str, language: str) -> list[str]:
    norm = tx.normalize_input(text, language)
    return [s.strip() for _, _, s in tx.split_sentences(norm.text)]


SPLIT = [
    ("ru", "пенсия пришла седьмого на ваш счет все в порядке понятно",
     ["пенсия пришла седьмого на ваш счет все в порядке.", "понятно"]),
    ("et", "saatke määrus iseteeninduses ja siis helistage uuesti ok",
     ["saatke määrus iseteeninduses ja siis helistage uuesti.", "ok"]),
    ("et", "toetus tuleb kaheksandal kuupäeval pangakontole selge", ["toetus tuleb kaheksandal kuupäeval pangakontole.", "selge"]),
]
NOT_SPLIT = [
    ("ru", "это мне теперь тоже понятно"),
    ("ru", "пособие назначено с мая деньги придут восьмого всё понятно"),  # «всё понятно» may state: no check
    ("et", "volikirja peab ta ise tegema see on ju kõigile täiesti selge"),
    ("ru", "давайте подведем итог пенсия пришла седьмого"),
    ("et", "jah selge"),
    ("et", "pension tuleb seitsmendal kas selge"),
    ("et", "ma saan aru see on teile selge"),
]


@pytest.mark.parametrize("language,text,sentences", SPLIT)
def test_a_closing_check_word_is_a_sentence_of_its_own(language, text, sentences):
    assert _spoken_sentences(text, language) == sentences


@pytest.mark.parametrize("language,text", NOT_SPLIT)
def test_governed_or_short_check_words_stay_in_their_sentence(language, text):
    assert _spoken_sentences(text, language) == [text]


def test_a_spoken_check_word_after_the_answer_is_the_summary_check():
    ru = _call_model("ru", [OPEN["ru"], "Когда придёт пособие на ребёнка?",
                            "Пособие на ребёнка платят восьмого числа каждого месяца.", "А если восьмое в субботу?",
                            "тогда в пятницу перед выходными раньше не бывает понятно", "Да, понятно, спасибо.",
                            "Всего доброго!"])
    assert _verdict(ru, "summary") == "pass"
    et = _call_model("et", [OPEN["et"], "Millal lapsetoetus tuleb?", "Lapsetoetus makstakse iga kuu kaheksandal.",
                            "Ja kui see on laupäeval?", "siis makstakse see eelmisel tööpäeval ehk reedel ok",
                            "Jah, selge.", "Head päeva!"])
    assert _verdict(et, "summary") == "pass"


# -- 3. the spoken restatement --------------------------------------------------------------------------------------

def _needs(library, sid: str, texts: list[str]) -> str:
    return _verdict(_scenario(library, sid, texts), "needs")


CLIENT_ET = "Tere. Ma sain kirja, et mu töövõimetoetus lõpetatakse, ja ei saa aru, miks."
CLIENT_RU = "Здравствуйте. Мне пришло письмо, что пособие по уходу прекращают, не понимаю почему."


def test_an_estonian_restatement_of_the_clients_question_clarifies(library):
    texts = [OPEN["et"], CLIENT_ET,
             "selge te kusite miks toovoimetoetus lopetatakse palun oelge oma isikukood",
             "Jah, 48001010000.", "Aitäh. Toetus lõpetati, sest töövõime hindamise otsus lõppes märtsis.",
             "Ahaa, selge.", "Aitäh, head päeva!"]
    assert _needs(library, "pension-late-et", texts) == "pass"


def test_a_denied_or_unframed_restatement_does_not_clarify(library):
    denied = [OPEN["et"], CLIENT_ET, "selge te kusite miks toovoimetoetus lopetatakse palun oelge oma isikukood",
              "Ei, ma küsisin hoopis pensioni kohta. 48001010000.", "Aitäh. Pension tuleb viiendal.", "Selge.",
              "Head päeva!"]
    assert _needs(library, "pension-late-et", denied) == "fail"
    unframed = [OPEN["et"], CLIENT_ET, "selge toovoimetoetus lopetatakse marsis palun oelge oma isikukood",
                "Jah, 48001010000.", "Aitäh. Töövõime hindamise otsus lõppes.", "Selge.", "Head päeva!"]
    assert _needs(library, "pension-late-et", unframed) == "fail"


def test_a_russian_restatement_framed_as_the_clients_question_clarifies(library):
    texts = [OPEN["ru"], CLIENT_RU,
             "значит вы спрашиваете почему прекращают пособие по уходу назовите пожалуйста личный код",
             "Сейчас: 48001010000.", "Спасибо. Пособие прекращено, потому что срок решения закончился в марте.",
             "А, понятно.", "Всего доброго!"]
    assert _needs(library, "pension-weekend-ru", texts) == "pass"


# -- 4. the greeting with a Latin Russian name; the language-switch check ---------------------------------------------

@pytest.mark.parametrize("opening", ["Tere! Sotsiaalkindlustusamet, Alina kuuleb.", "tere sotsiaalkindlustusamet jelena kuuleb",
                                     "Здравствуйте, Департамент социального страхования, Alina."])
def test_a_russian_name_in_latin_letters_is_the_agents_own(opening):
    assert _verdict(_call_model("ru", [opening, "Tere, mul on küsimus."]), "greeting") == "pass"


def test_the_greeting_still_needs_a_name():
    assert _verdict(_call_model("ru", ["Tere! Sotsiaalkindlustusamet kuuleb.", "Tere."]), "greeting") == "fail"
    assert not tx.is_first_name("pension") and not tx.is_first_name("Narva")


def test_a_check_naming_the_matter_clarifies_after_the_switch(library):
    texts = ["Tere! Sotsiaalkindlustusamet, Alina kuuleb.", "Tere... ee... pension... Vabandage, ma eesti keelt halvasti.",
             "давайте по-русски у вас вопрос о пенсии за апрель да",
             "Да, по-русски лучше. Почему прибавка такая маленькая?",
             "Прибавка у каждого своя, она зависит от размера пенсии.", "Понятно, спасибо.", "Всего доброго!"]
    assert _verdict(_scenario(library, "language-switch-ru", texts), "needs") == "pass"


# -- 5. a match across a clause boundary -------------------------------------------------------------------------------

def _crosses(sentence: str, quote: str, language: str) -> bool:
    start = sentence.index(quote)
    return crosses_clause(sentence, start, start + len(quote), language)


def test_a_phrase_across_two_spoken_clauses_is_not_one_claim():
    assert _crosses("toetus kantakse üle kolme tööpäeva jooksul raha on siis kohe kontol",
                    "kolme tööpäeva jooksul raha on", "et")
    assert _crosses("пенсию выплатят в течение двух рабочих дней деньги придут в тот же день",
                    "двух рабочих дней деньги придут", "ru")


def test_a_phrase_inside_one_clause_is_a_claim():
    assert not _crosses("makse tehti aga kolme tööpäeva jooksul raha jõuab kontole",
                        "kolme tööpäeva jooksul raha jõua", "et")  # "aga" opens the clause
    assert not _crosses("raha jõuab kontole alles mõne päeva pärast", "alles mõne päeva", "et")
    assert not _crosses("деньги придут в течение двух рабочих дней после выплаты",
                        "деньги придут в течение двух рабочих дней", "ru")


def test_a_written_remark_is_read_as_written():
    """Typed text with commas is not re-segmented: a condescending remark stays one (courtesy)."""
    result = _call_model("et", [OPEN["et"], "Kas ma saan teilt töövõimetoetust?",
                                "Töövõimetoetus pole meie teema, see on ju kodulehel ka selgelt kirjas. Helistage "
                                "Töötukassasse, 15501.", "Aa, ok.", "Head päeva!"])
    assert _verdict(result, "courtesy") == "fail"


def test_pension_late_same_day_rule_in_speech_is_no_bank_delay(library):
    base = [OPEN["et"], "Tere, mu pension pole kontole jõudnud!", "vaatan järele palun öelge isikukood",
            "35309138677."]
    right = _scenario(library, "pension-late-et", base + [
        "aitäh pension tuli seitsmendal sest viies oli laupäev siis makstakse järgmise kahe tööpäeva jooksul raha jõuab "
        "kontole samal päeval"])
    assert _verdict(right, "no_false_promise") == "pass"
    wrong = _scenario(library, "pension-late-et", base + [
        "aitäh pension tuli seitsmendal aga raha jõuab kontole alles mõne päeva pärast"])
    assert _verdict(wrong, "no_false_promise") == "fail"


# -- 6. a recap in note form after the answers ---------------------------------------------------------------------

RECAPS = [
    ("ru", "Как получить вторую ступень и кто выдаёт PIN-коды?",
     "вторую ступень выплачивает пенсионный центр вместе с банком. пин коды выдаёт департамент полиции. "
     "войти можно и со smart-id. справку найдёте в самообслуживании. "
     "итого: вторая ступень пенсионный центр, пин полиция, вход smart-id, справка самообслуживание."),
    ("et", "Kust ma saan teise samba raha ja uued PIN-koodid?",
     "teise samba raha maksab Pensionikeskus koos pangaga. PIN-koodid annab politsei. sisse saate logida ka "
     "smart-id-ga. tõendi leiate iseteenindusest. "
     "kokkuvõttes: teine sammas pensionikeskus, PIN politsei, sisselogimine smart-id, tõend iseteenindus."),
]


@pytest.mark.parametrize("language,question,reply", RECAPS)
def test_a_recap_after_answers_in_full_is_no_keyword_list(language, question, reply):
    assert _call_model(language, [OPEN[language], question, reply]).get("non_answers") == []


LISTS = [
    ("ru", "Как получить вторую ступень?",
     "итого: вторая ступень пенсионный центр, пин полиция, вход smart-id, справка самообслуживание."),
    ("et", "Kust ma saan teise samba raha?",
     "teine sammas, pensionikeskus, pank. kokkuvõttes: teine sammas pensionikeskus, pank, sisselogimine smart-id, "
     "tõend iseteenindus."),
]


@pytest.mark.parametrize("language,question,reply", LISTS)
def test_a_recap_with_nothing_said_before_stays_a_list(language, question, reply):
    assert _call_model(language, [OPEN[language], question, reply]).get("non_answers")


# -- wrong facts ----------------------------------------------------------------------------------------------------

WRONG = [
    ("et", "Pensionitõus ei tule iseenesest, selleks tuleb iseteeninduses avaldus teha.", "indexation_automatic"),
    ("et", "tõusu saamiseks esitage palun indekseerimise avaldus", "indexation_automatic"),
    ("et", "Uus summa hakkab kehtima, tõus tuleb pärast Teie avaldust.", "indexation_automatic"),
    ("ru", "Индексация сама не происходит, подайте заявление в самообслуживании.", "indexation_automatic"),
    ("ru", "Прибавка придёт после заявления.", "indexation_automatic"),
    ("et", "Maksuvaba tulu ei rakendu pensionile automaatselt, esitage avaldus Maksu- ja Tolliametile.",
     "tax_free_amount"),
    ("et", "pensioni maksuvaba tulu saamiseks tuleb teil esitada avaldus", "tax_free_amount"),
    ("ru", "Необлагаемый доход к пенсии автоматически не учитывается, подайте заявление в налоговую.", "tax_free_amount"),
    ("ru", "чтобы с пенсии не брали налог для необлагаемого дохода нужно заявление", "tax_free_amount"),
]
RIGHT = [
    ("et", "Tõus arvestatakse automaatselt, avaldust ei ole vaja esitada."),
    ("et", "Teil ei ole vaja esitada indekseerimise avaldust."),
    ("ru", "Индексация происходит автоматически, заявление не нужно."),
    ("ru", "Заявление на индексацию подавать не нужно."),
    ("et", "Pensioni maksuvaba tulu arvestame ise, avaldust ei ole vaja."),
    ("et", "Kui soovite maksuvaba tulu arvestada hoopis palgalt, esitage avaldus tööandjale."),
    ("ru", "Необлагаемый доход мы применяем к пенсии сами, ничего подавать не нужно."),
    ("ru", "Если хотите, чтобы необлагаемый доход учитывался на работе, подайте заявление работодателю."),
]


@pytest.mark.parametrize("language,sentence,fact", WRONG)
def test_an_application_for_what_comes_by_itself_is_wrong(library, language, sentence, fact):
    assert f"pension-indexation.{fact}" in wrong_claim_refs(library, sentence, language)


@pytest.mark.parametrize("language,sentence", RIGHT)
def test_the_right_rule_and_its_denials_are_not_wrong(library, language, sentence):
    refs = wrong_claim_refs(library, sentence, language)
    assert "pension-indexation.indexation_automatic" not in refs and "pension-indexation.tax_free_amount" not in refs


def _authority(language: str, reply: str) -> str:
    question = {"et": "Kust ma uued PIN-koodid saan?", "ru": "Где взять новые PIN-коды?"}[language]
    return _verdict(_call_model(language, [OPEN[language], question, reply]), "right_authority")


@pytest.mark.parametrize("reply", ["Uued PIN-koodid saate aga meie klienditeenindusest.",
                                   "PIN-koodid saate hoopis oma pangast.",
                                   "ID-kaardi PIN-koodid annab aga kätte Sotsiaalkindlustusamet."])
def test_pin_codes_from_the_board_or_the_bank_are_the_wrong_authority(reply):
    assert _authority("et", reply) == "fail"


@pytest.mark.parametrize("reply", ["PIN-koodid saate aga Politsei- ja Piirivalveametist.",
                                   "Pensioni maksame meie, aga PIN-koodid annab PPA.",
                                   "Pension makstakse Teie pangakontole, PIN-koodid annab politsei."])
def test_pin_codes_from_the_police_are_right(reply):
    assert _authority("et", reply) == "pass"
