"""Fresh judge, issue #10: a recap that names topics as talked about ("Kokkuvõtteks: rääkisime taotlusest,
pakkumisest ja maksepäevast.", «Итак: мы с Вами обсудили, как написать возражение и куда его отправить.») when
no earlier agent reply explained them sums up nothing, and the check pasted after it in the same message checks
nothing. Honest recaps of what was said (also terse, lowercase, typed without õäöü) still count; so does a recap
naming topics the agent did explain. A "not really" to the check ("Ei, tegelikult mitte.") is a "no".
Own sentences, not the judge's.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.summary_topics import frames_talk, names_unexplained_topics

ET_CALL = [("agent", "Tere, Sotsiaalkindlustusamet, Kadri kuuleb."),
           ("client", "Tere. Millal mu vanaduspension detsembris kätte tuleb?"),
           ("agent", "Pension makstakse iga kuu 5. kuupäeval. Kui see päev on nädalavahetus, tuleb raha "
                     "järgmisel tööpäeval."),
           ("client", "Aa, selge.")]
RU_CALL = [("agent", "Здравствуйте, Департамент социального страхования, Ольга."),
           ("client", "Здравствуйте. Когда в декабре придёт моя пенсия по старости?"),
           ("agent", "Пенсия выплачивается 5-го числа каждого месяца. Если это выходной, деньги придут в "
                     "следующий рабочий день."),
           ("client", "А, понятно.")]


def _summary(lang: str, recap: str, reply: str = "Jah, aitäh.") -> str:
    call = ET_CALL if lang == "et" else RU_CALL
    reply = reply if lang == "et" or reply != "Jah, aitäh." else "Да, спасибо."
    bye = "Aitäh, head päeva!" if lang == "et" else "Спасибо, всего доброго!"
    return verdicts(lang, call + [("agent", recap), ("client", reply), ("agent", bye)])["summary"]


@pytest.mark.parametrize("lang,recap", [
    # topics never explained in this call, named as talked about (with or without a check after them)
    ("et", "Kokkuvõtteks: rääkisime avaldusest, tõenditest ja iseteenindusest. Kas see vastas Teie küsimusele?"),
    ("et", "Kokkuvõtteks: arutasime läbi, kuidas avaldust esitada ja milliseid tõendeid lisada."),
    ("et", "kokkuvotteks: raakisime avaldusest, toenditest ja volikirjast. kas selge"),
    ("et", "Niisiis, selgitasin Teile, kuhu avaldus saata ja kuidas volikiri vormistada. Kas on arusaadav?"),
    ("ru", "Итак, подведём итог: мы с Вами обсудили, как оформить доверенность, куда подать заявление и какие "
           "справки приложить. Ответила ли я на Ваш вопрос?"),
    ("ru", "Итак: мы поговорили о заявлении, справках и доверенности. Всё понятно?"),
    ("ru", "итак мы обсудили заявление справки доверенность и сроки подачи. понятно?"),
    ("ru", "Подведу итог: я объяснила Вам, как подать ходатайство и какие документы к нему нужны."),
])
def test_recap_of_topics_never_explained_is_no_summary(lang, recap):
    assert _summary(lang, recap) == "fail"


@pytest.mark.parametrize("lang,recap", [
    # honest recaps of what was said
    ("et", "Kokkuvõtteks: pension tuleb 5. kuupäeval, nädalavahetusel järgmisel tööpäeval. Kas see vastas Teie "
           "küsimusele?"),
    ("et", "kokkuvotteks: pension tuleb 5. kuupaeval, nadalavahetusel jargmisel toopaeval. kas selge"),
    ("et", "Kokkuvõtteks: rääkisime, et pension makstakse 5. kuupäeval ja nädalavahetusel järgmisel tööpäeval."),
    ("et", "Kokkuvõtteks: rääkisime pensioni maksmisest ja nädalavahetuse päevast. Kas see vastas Teie küsimusele?"),
    ("ru", "Итак, подведём итог: пенсия приходит 5-го числа, а если это выходной – в следующий рабочий день. "
           "Ответила ли я на Ваш вопрос?"),
    ("ru", "итак пенсия 5 числа если выходной то в следующий рабочий день. понятно?"),
    ("ru", "Итак, мы с Вами обсудили, что пенсия выплачивается 5-го числа, а в выходной – в следующий рабочий день."),
    ("ru", "Итак: мы поговорили о выплате пенсии 5-го числа и о выходном дне. Ответила ли я на Ваш вопрос?"),
])
def test_honest_recap_is_a_summary(lang, recap):
    assert _summary(lang, recap) == "pass"


def test_not_really_to_the_check_is_a_no():
    # a bare check, said "not really" to, checked nothing; the same check answered "yes" did
    check = "Kas see vastas Teie küsimusele?"
    assert _summary("et", check, "Ei, tegelikult mitte.") == "fail"
    assert _summary("et", check, "Jah, aitäh.") == "pass"
    assert _summary("ru", "Ответила ли я на Ваш вопрос?", "Нет, на самом деле нет.") == "fail"


@pytest.mark.parametrize("lang,sentence", [
    ("et", "Pension makstakse iga kuu 5. kuupäeval."),
    ("et", "Kas me rääkisime juba avaldusest?"),          # no frame without a first-person past? still framed: see below
    ("ru", "Пенсия приходит пятого числа."),
    ("ru", "Подайте заявление через самообслуживание."),
])
def test_no_talk_frame_in_a_plain_statement(lang, sentence):
    if "?" in sentence:
        assert frames_talk(sentence, lang)  # framed, but a question never reaches the recap rule
    else:
        assert not frames_talk(sentence, lang)
        assert not names_unexplained_topics(sentence, lang, frozenset())


# -- the client: told after it parted unsure what it was waiting for, it does not say "no" to the check ------------

from datetime import date  # noqa: E402

from client_support import client_lines, play_to_end  # noqa: E402

from trainer.simulation.library import load_library  # noqa: E402

_OPENING = "Tere! Sotsiaalkindlustusamet, Liis kirjutab. Õnnitlen Teid beebi puhul!"
_NO_APPLICATION = ("Lapsetoetuse jaoks ei ole vaja avaldust esitada. Kui sünd on rahvastikuregistris, saadame Teile "
                   "iseteenindusse pakkumise.")
_OFF_POINT = "Iseteenindusse saate sisse logida ID-kaardi või Mobiil-ID-ga ja pakkumise seal kinnitada."
_CHECK = "Kokkuvõtteks: avaldust pole vaja, pakkumine tuleb iseteenindusse ja raha laekub 8. kuupäeval. " \
         "Kas see vastas Teie küsimusele?"


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_client_told_the_payment_day_after_parting_accepts_the_check(library):
    late = "Toetus on 80 eurot kuus ja see makstakse iga kuu 8. kuupäeval."
    conv = play_to_end(library, "child-allowance-et", [_OPENING, _NO_APPLICATION, _OFF_POINT, late, _CHECK],
                       date(2026, 12, 7))
    lines = client_lines(conv)
    assert not lines[-1].startswith("Ei"), lines


def test_client_told_nothing_more_after_parting_still_says_no(library):
    late = "Iseteeninduses näete ka oma andmeid."
    conv = play_to_end(library, "child-allowance-et", [_OPENING, _NO_APPLICATION, _OFF_POINT, late,
                                                        "Kas see vastas Teie küsimusele?"], date(2026, 12, 7))
    lines = client_lines(conv)
    assert lines[-1].startswith("Ei"), lines
