"""New-user batch 65 gaming runs: the scenario's goals read out as "my goals" and ticked off („Eesmärk 2: ...“,
«Все цели выполнены»), knowledge pasted as an impersonal bulletin („Amet teavitab. ...“), and the same macro sent
again trimmed. The sentences were written for this file, not copied from the runs; each reading has must-nots."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.call_model_talk import call_model_talk, step_labels
from trainer.scoring.reference import reference_grams, reference_sentences
from trainer.scoring.score import builtin_concepts
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

CONCEPTS = {**builtin_concepts(scoring_settings()),
            **Library.load(Path(__file__).parent.parent).rubrics["call-model"].concepts}


# --- goals of the call read out and ticked off -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("Eesmärk 1 täidetud.", "et"),
    ("Eesmärk 2: toetus 120 eurot, tähtaeg 30 päeva.", "et"),
    ("Teine eesmärk – maksepäev 5. kuupäev.", "et"),
    ("Kõik eesmärgid on saavutatud.", "et"),
    ("Eesmärgid täidetud.", "et"),
    ("Minu eesmärgid selles vestluses: selgitada toetuse suurust ja nimetada tähtaeg.", "et"),
    ("Цель 2: срок подачи 30 дней, размер 120 евро.", "ru"),
    ("Цель первая выполнена.", "ru"),
    ("Все цели достигнуты.", "ru"),
    ("Мои цели в этом разговоре: уточнить дату рождения и объяснить размер пособия.", "ru"),
])
def test_goal_labels_are_call_model_talk(sentence, lang):
    assert call_model_talk(sentence, lang)
    assert step_labels(sentence, lang) == [sentence]


@pytest.mark.parametrize("sentence, lang", [
    ("Meie eesmärk on, et saaksite toetuse kätte enne tähtaega.", "et"),
    ("Toetuse eesmärk: aidata peret, kui teine vanem elatist ei maksa.", "et"),
    ("Minu eesmärk: et Te saaksite raha kätte juba järgmisel kuul.", "et"),
    ("Eesmärk on lihtne – taotlus tuleb esitada 45 päeva jooksul.", "et"),
    ("Цель этого пособия – помочь семье, пока идёт суд.", "ru"),
    ("Моя цель – чтобы Вы получили выплату вовремя.", "ru"),
    ("Все документы выполнены верно, заявление принято.", "ru"),
])
def test_goal_words_in_speech_stay_speech(sentence, lang):
    assert not call_model_talk(sentence, lang)


# --- an impersonal bulletin of the knowledge --------------------------------------------------------------------

KB_ET = ("Elatisabi makstakse igal kuul 10. kuupäeval. Elatisabi suurus on 200 eurot kuus ühe lapse kohta. "
         "Taotlus tuleb esitada 45 päeva jooksul kohtu määruse tegemisest.")
KB_RU = ("Пособие одиноко проживающему пенсионеру выплачивается один раз в год в октябре. Размер пособия "
         "составляет 200 евро, ходатайство подавать не нужно.")


@pytest.mark.parametrize("sentences, kb, pasted", [
    (["Sotsiaalkindlustusamet teavitab.", "Elatisabi makstakse igal kuul 10. kuupäeval.",
      "Elatisabi suurus on 200 eurot kuus ühe lapse kohta."], KB_ET, 3),
    (["Amet teatab:", "Taotlus tuleb esitada 45 päeva jooksul kohtu määruse tegemisest."], KB_ET, 2),
    (["Департамент социального страхования информирует.",
      "Пособие одиноко проживающему пенсионеру выплачивается один раз в год в октябре."], KB_RU, 2),
])
def test_bulletin_header_heads_a_paste(sentences, kb, pasted):
    assert len(reference_sentences(sentences, reference_grams([kb]))) == pasted


@pytest.mark.parametrize("sentences, kb", [
    # the agency tells the caller something: no bulletin header
    (["Sotsiaalkindlustusamet teavitab Teid otsusest kirjaga.", "Elatisabi makstakse igal kuul 10. kuupäeval."], KB_ET),
    (["Amet teatab otsusest posti teel.", "Elatisabi makstakse igal kuul 10. kuupäeval."], KB_ET),
    # an impersonal rule inside a real answer
    (["Tere!", "Elatisabi makstakse igal kuul 10. kuupäeval.", "Kas see vastab Teie küsimusele?"], KB_ET),
    (["Департамент сообщит Вам решение письмом.",
      "Пособие одиноко проживающему пенсионеру выплачивается один раз в год в октябре."], KB_RU),
])
def test_no_bulletin_without_a_header(sentences, kb):
    assert not reference_sentences(sentences, reference_grams([kb]))


# --- the same macro sent again, trimmed ------------------------------------------------------------------------

def _findings(lang, texts):
    turns = [Turn(role="client" if i % 2 == 0 else "agent", text=t) for i, t in enumerate(texts)]
    return find_non_answers(Transcript(language=lang, turns=turns), CONCEPTS, lang).findings


RU_MACRO = ("Добрый день! Департамент социального страхования, меня зовут Ольга. Мне очень жаль, что так вышло. "
            "Оплату коммунальных услуг Департамент не компенсирует. Социальный отдел волости, пособие по "
            "прожиточному минимуму, помощь на дому. Пособие одинокому пенсионеру 200 евро ежегодно, в октябре, "
            "без заявления. Я ответила на Ваш вопрос? Спасибо за звонок, всего доброго!")
RU_MACRO_AGAIN = ("Добрый день! Департамент социального страхования, меня зовут Ольга. Мне очень жаль, что так "
                  "вышло. Оплату коммунальных услуг Департамент не компенсирует. Социальный отдел волости, помощь "
                  "на дому. 200 евро в октябре, без заявления. Спасибо за звонок, всего доброго!")
ET_MACRO = ("Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Mul on väga kahju, et nii läks. Elatisabi taotletakse "
            "ametist 45 päeva jooksul pärast kohtu määrust. Toetus on 200 eurot kuus, makse tuleb igal kuul 10. "
            "kuupäeval. Kas vastasin Teie küsimusele? Aitäh, et helistasite, head päeva!")
ET_MACRO_AGAIN = ("Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Mul on väga kahju, et nii läks. Elatisabi taotletakse "
                  "ametist 45 päeva jooksul. Toetus on 200 eurot, makse tuleb 10. kuupäeval. Aitäh, et helistasite, "
                  "head päeva!")


@pytest.mark.parametrize("lang, first, again", [("ru", RU_MACRO, RU_MACRO_AGAIN), ("et", ET_MACRO, ET_MACRO_AGAIN)])
def test_trimmed_macro_again_is_a_whole_repeat(lang, first, again):
    client = {"ru": ["Помогите, не хватает денег на квартиру.", "Спасибо, а куда именно идти?"],
              "et": ["Tere, lapse isa ei maksa elatist.", "Aga kas see kehtib ka minu puhul?"]}[lang]
    found = _findings(lang, [client[0], first, client[1], again])
    assert any(f.whole_reply and f.kind == "repeat" and f.turn == 3 for f in found)


def test_good_run_repeating_a_polite_phrase_is_no_macro():
    found = _findings("et", [
        "Tere, millal mu pension tuleb?",
        "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Pension makstakse igal kuul 5. kuupäeval Teie pangakontole. "
        "Kas see on arusaadav?",
        "Aga kui 5. on pühapäev?",
        "Kui 5. kuupäev on puhkepäev, makstakse pension eelmisel tööpäeval. Kas see on arusaadav?",
        "Jah, aitäh.",
        "Kokkuvõtteks: pension tuleb 5. kuupäeval, puhkepäeva korral eelmisel tööpäeval. Aitäh, et helistasite!",
    ])
    assert not any(f.whole_reply for f in found)


def test_recap_of_long_answers_is_no_macro():
    found = _findings("ru", [
        "Здравствуйте, когда придёт пособие?",
        "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Пособие одинокому пенсионеру "
        "перечисляют на Ваш счёт в октябре, заявление подавать не нужно, сумма 200 евро. Это понятно?",
        "А если я в октябре буду в больнице?",
        "Это не важно: деньги придут на счёт автоматически, даже если Вы в больнице. Подводя итог: пособие "
        "перечисляют в октябре, заявление подавать не нужно. Спасибо за звонок, всего доброго!",
    ])
    assert not any(f.whole_reply for f in found)


def test_one_rule_said_again_briefly_is_no_macro():
    found = _findings("et", [
        "Millal mu pension tuleb?",
        "Tere! Pension makstakse 5. kuupäeval, pühade korral järgmisel tööpäeval.",
        "Ma ei saanud aru, millal siis?",
        "Pension makstakse 5. kuupäeval.",
    ])
    assert not any(f.whole_reply for f in found)
