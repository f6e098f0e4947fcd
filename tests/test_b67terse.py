"""New-user batch 67, three competent terse runs that failed (branch b67terse). Own sentences, not the runs'.

1. A yes with a colon before a recap in note form ("jah: tõend arstilt -> ettevõte, ...") confirms the client's plan
   as "jah, ..." does (`keyword_chain._LEADING_YES`): a recap of what was said, not a keyword list.
2. An acronym with a case ending ("TK-st", "SKA-le", "EMTAsse") is an inflected word, not a bare topic
   (`keywords.bare`): "töövõimetoetus eraldi TK-st" after a table of sums is a terse answer, not a list.
3. A login with the right means said without a preposition, as speech runs it on («вход айди карта мобиил айди смарт
   айди или заявление ... по почте»), stops the login window as «вход с ID-картой» does: the post that follows
   belongs to the other way (an application), not to the login (contact-points.yaml self_service_login).

Must-nots: a keyword list with a yes and a colon before things never said, a run-on list of bare topics with an
inflected acronym, a real wrong login rule in either language, spoken with or without punctuation.
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript
from trainer.simulation.library import load_library
from trainer.text.keywords import bare, is_keyword_list

LOGIN = "contact-points.self_service_login"


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a yes and a colon before a recap ------------------------------------------------------------------------------

EARLIER = {
    "et": "Rulaatori jaoks on vaja arsti tõendit. Tõendiga minge ettevõttesse, millel on ametiga leping. "
          "Füsioteraapia suunab arst, selle eest tasub Tervisekassa.",
    "ru": "Для ходунков нужна справка врача. Со справкой идите в фирму, у которой договор с Департаментом. "
          "Физиотерапию назначает врач, оплачивает Касса здоровья.",
}
PLAN = {"et": "Selge, siis räägin arstiga. Aitäh.", "ru": "Понятно, тогда поговорю с врачом. Спасибо."}


def _whole_chain(library, lang: str, reply: str) -> bool:
    concepts = library.concepts_for(library.get(f"assistive-device-rehab-{lang}" if lang == "et"
                                                else "child-allowance-ru"))
    turns = [{"role": "client", "text": {"et": "Tere, mul on vaja rulaatorit.", "ru": "Здравствуйте, мне нужны ходунки."}[lang]},
             {"role": "agent", "text": EARLIER[lang]},
             {"role": "client", "text": PLAN[lang]},
             {"role": "agent", "text": reply}]
    acts = find_non_answers(Transcript(turns=turns), concepts, lang)
    return any(f.turn == 3 and f.kind == "keyword_chain" and f.whole_reply for f in acts.findings)


@pytest.mark.parametrize("lang, reply", [
    ("et", "jah: arsti tõend -> lepinguga ettevõte, füsioteraapia arsti kaudu Tervisekassast. aitäh, kõike head!"),
    ("et", "Jah: tõend arstilt, siis ettevõte ametiga lepinguga. Head paranemist!"),
    ("ru", "да: справка врача -> фирма с договором, физиотерапия через врача из Кассы здоровья. спасибо, всего доброго!"),
])
def test_yes_colon_recap_is_no_keyword_list(library, lang, reply):
    assert not _whole_chain(library, lang, reply)


@pytest.mark.parametrize("lang, reply", [  # must-not: a yes and a colon before topics never said
    ("et", "jah: pension, vaie, iseteenindus, kokkuvõte. aitäh, kõike head!"),
    ("ru", "да: пенсия, возражение, самообслуживание, итог. спасибо, всего доброго!"),
])
def test_yes_colon_before_new_topics_stays_a_list(library, lang, reply):
    assert _whole_chain(library, lang, reply)


# -- 2. an inflected acronym ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["TK-st", "SKA-le", "EMTA-sse", "PPA-ga", "SKAst", "EMTAle"])
def test_inflected_acronym_is_not_bare(word):
    assert not bare(word)


@pytest.mark.parametrize("word", ["SKA", "EMTA", "Töötukassa", "ID-kaart"])
def test_acronym_and_nominative_stay_bare(word):  # must-not
    assert bare(word)


@pytest.mark.parametrize("fragment", ["töövõimetoetus eraldi TK-st", "hüvitis eraldi EMTA-lt"])
def test_source_named_by_inflected_acronym_is_no_run_on_list(fragment):
    assert not is_keyword_list([fragment], text=fragment)


@pytest.mark.parametrize("fragments", [  # must-not: a run-on of bare topics stays a list beside an inflected acronym
    ["töövõime puue perearst ekspertarst ühistaotlus TK-sse"],
    ["pension vaie iseteenindus kokkuvõte SKA-le"],
])
def test_bare_run_on_with_acronym_stays_a_list(fragments):
    assert is_keyword_list(fragments, text=fragments[0])


def _chain_to_amounts(library, reply: str) -> bool:
    concepts = library.concepts_for(library.get("disability-or-workability-chat-et"))
    turns = [{"role": "client", "text": "Tere, arst ütles, et peaksin puuet taotlema."},
             {"role": "agent", "text": "Tere! Puude ja töövõime taotlus on üks ühistaotlus, see läheb Töötukassale."},
             {"role": "client", "text": "Ja kui suur see puudetoetus kuus on?"},
             {"role": "agent", "text": reply}]
    acts = find_non_answers(Transcript(turns=turns), concepts, "et")
    return any(f.turn == 3 and f.kind == "keyword_chain" and f.whole_reply for f in acts.findings)


def test_terse_amounts_with_inflected_acronym_answer(library):
    assert not _chain_to_amounts(library, "lapsel sügav 100€, raske 50€ kuus. töövõimetoetus eraldi TK-lt")


def test_keyword_list_with_acronym_still_fails(library):  # must-not
    assert _chain_to_amounts(library, "puue. töövõime. perearst. ekspertarst. TK-sse. kokkuvõte.")


# -- 3. the right login means run on into another way -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang", [
    ("konto muudatus kirjalikult iseteeninduses sisse logimine id kaart mobiil id smart id või avaldus "
     "digiallkirjaga e-postiga", "et"),
    ("смену счёта подайте письменно через самообслуживание вход айди карта мобиил айди смарт айди или заявление с "
     "цифровой подписью по почте", "ru"),
    ("адрес меняйте в самообслуживании вход ID-карта Smart-ID или письмо с подписью по электронной почте", "ru"),
])
def test_right_means_then_another_way_is_no_claim(library, sentence, lang):
    assert LOGIN not in wrong_claim_refs(library, sentence, lang)


@pytest.mark.parametrize("sentence, lang", [  # must-not: a real wrong login rule, punctuated or run on
    ("в самообслуживание вход по паролю из смс", "ru"),
    ("в самообслуживание войти можно через электронную почту по ссылке из письма", "ru"),
    ("счёт сообщите через самообслуживание вход по паролю или по смс коду", "ru"),
    ("В самообслуживание войти можно с личным кодом и паролем.", "ru"),
    ("iseteenindusse saab sisse logida parooliga voi sms koodiga", "et"),
    ("самообслуживание вход без айди карты по паролю из смс", "ru"),
    ("в самообслуживание войти можно и без смарт айди с паролем", "ru"),
    ("Iseteenindusse saab sisse logida ka pangalingiga.", "et"),
])
def test_wrong_login_rule_still_caught(library, sentence, lang):
    assert LOGIN in wrong_claim_refs(library, sentence, lang)
