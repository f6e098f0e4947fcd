"""The six fixes left open (branch redoleftopen), on sentences written for these tests.

1. a wrong answer the client believes is reacted to in its parting line when the reply leads into an end step
   (`trainer/simulation/believed.py` parting_line), not skipped.
2. "8. kuup" is the 8th day of the month (quantities, clarify); «Ой, как хорошо, ...» / „Oi, kui tore!“ is an
   exclamation, not a question (`trainer/text/exclamations.py`).
3. a colon after a complete negated clause ends the negation: "Seda ei ole vaja: saate esitada taotluse ..."
   (`trainer/text/scope.py`); a bare "Pole vaja:" still governs what it introduces.
5. a denial "mitte ainult pärast ..." / «не только после ...» fires no wrong claim whose pattern matches "ainult
   pärast" / «только после» (ska-services, crisis-and-safety, family-benefits, victim-support-et/-ru).
"""

from __future__ import annotations

import pytest
from scoring_support import wrong_claim_refs

from trainer import text as tx
from trainer.simulation.believed import parting_line
from trainer.simulation.dialogue import Conversation
from trainer.simulation.examples import EXAMPLE_DATE, play_answers
from trainer.simulation.library import load_library
from trainer.text.negation import is_negated
from trainer.text.quantities import find_quantities

LIBRARY = load_library()


# -- 1. the believed reaction in the parting line ------------------------------------------------------------

VICTIM_OPENING = [
    "Tere! Sotsiaalkindlustusamet, Liisa kuuleb. Kuidas saan Teid aidata?",
    "Mul on väga kahju, et see Teiega juhtus. Kas Te olete praegu kindlas kohas?",
    "Ohvriabi on meie ameti teenus: helistage ohvriabi kriisitelefonile 116 006, sealt saate ohvriabitöötaja abi.",
]


def _last_client(conv: Conversation) -> str:
    return next(t["text"] for t in reversed(conv.turns) if t["role"] == "client")


def test_verdict_wait_reaction_is_the_parting_line():
    conv = play_answers(LIBRARY.get("victim-support-et"), LIBRARY, [
        *VICTIM_OPENING,
        "Ravikulude ja psühholoogi kulude eest saab hüvitist taotleda, aga ainult pärast seda, kui kohus on "
        "kurjategija süüdi mõistnud; seni hoidke arved alles.",
    ])
    assert conv.current_step.end
    last = _last_client(conv)
    assert "enne kohtuotsust ma midagi taotleda ei saa" in last
    assert "Aitäh, et Te mind kuulasite" in last
    assert "helistan sinna veel täna" not in last  # the contradicting end line does not play
    assert any(rec["id"] == "verdict_wait" for rec in conv.state["misinformed"])


def test_right_answer_parts_on_the_step_line():
    conv = play_answers(LIBRARY.get("victim-support-et"), LIBRARY, [
        *VICTIM_OPENING,
        "Ravikulude ja psühholoogi kulude eest saab hüvitist taotleda juba kriminaalmenetluse ajal, kohtuotsust "
        "ootama ei pea; taotlusega aitab ohvriabitöötaja.",
    ])
    assert conv.current_step.id == "wrap"
    assert _last_client(conv) == "Hästi. Ma helistan sinna veel täna. Aitäh, et Te mind kuulasite."
    assert not conv.state.get("misinformed")


@pytest.fixture()
def victim_conv() -> Conversation:
    return Conversation.start(LIBRARY.get("victim-support-et"), LIBRARY, seed=1, today=EXAMPLE_DATE)


def test_parting_line_drops_questions_and_keeps_the_closing(victim_conv):
    wrap = victim_conv.scenario.step("wrap")
    line = parting_line(victim_conv, wrap, "Kas tõesti? Siis ma ootan veel. Mis ma nüüd teen?",
                        "Selge. Aitäh, et Te mind kuulasite!", False)
    assert line == "Siis ma ootan veel. Aitäh, et Te mind kuulasite!"


def test_parting_line_thanks_once_with_the_step_lines_thanks(victim_conv):
    wrap = victim_conv.scenario.step("wrap")
    line = parting_line(victim_conv, wrap, "Hea, siis ei pea ma midagi tegema. Suur aitäh!",
                        "spasibo, aitäh! Ma helistan sinna.", False)
    assert line == "Hea, siis ei pea ma midagi tegema. Spasibo, aitäh!"  # the end's thanks, not two
    assert parting_line(victim_conv, wrap, "Hea, siis ei pea ma midagi tegema. Suur aitäh!",
                        "Ma helistan sinna.", False) == "Hea, siis ei pea ma midagi tegema. Suur aitäh!"


def test_parting_line_of_a_question_only_reaction_keeps_the_step_line(victim_conv):
    wrap = victim_conv.scenario.step("wrap")
    assert parting_line(victim_conv, wrap, "Päriselt? Kuidas siis nii?", "Selge. Head aega.", False) \
        == "Selge. Head aega."


# -- 2. "8. kuup" is a day; «как хорошо» exclaims --------------------------------------------------------------

def test_abbreviated_kuupaev_is_a_day_of_month():
    [found] = find_quantities("toetus laekub igal kuul 12. kuup, mitte varem", "et")
    assert (found.value, found.unit) == (12, ("kuupaev",))
    assert not any(q.unit == ("kuupaev",) for q in find_quantities("mahuti on 3 kuupmeetrit", "et"))


PARENTAL = [
    "tere, siin Mari sotsiaalkindlustusametist. palju õnne lapse puhul!",
    "taotlust pole vaja, amet saadab teile pakkumise iseteenindusse ja te lihtsalt kinnitate selle",
    "jah 30 päeva, neid võib võtta ka osade kaupa kuni laps saab 3",
]


def _parental(day_reply: str) -> Conversation:
    return play_answers(LIBRARY.get("parental-benefit-chat-et"), LIBRARY, [*PARENTAL, day_reply])


def test_abbreviated_day_is_the_payment_day_the_client_hears():
    conv = _parental("jah võite olla samal ajal kodus. raha laekub igal kuul 8. kuup eelmise kuu eest")
    assert not conv.state.get("misinformed")
    wrong = _parental("jah võite olla samal ajal kodus. raha laekub igal kuul 15. kuup eelmise kuu eest")
    assert [rec["id"] for rec in wrong.state["misinformed"]] == ["wrong_payment_day"]


@pytest.mark.parametrize("sentence, lang", [
    ("Ой, как хорошо, значит, деньги придут раньше.", "ru"),
    ("Ах, как жаль, что я не знала.", "ru"),
    ("Как обидно...", "ru"),
    ("как хорошо что вы мне это сказали", "ru"),
    ("Oi, kui tore, siis ma ootan.", "et"),
])
def test_exclamations_ask_nothing(sentence, lang):
    assert not tx.is_question(sentence, lang)
    assert not tx.is_spoken_question(sentence, lang, client=True)


@pytest.mark.parametrize("sentence, lang", [
    ("Как часто приходит пособие", "ru"),
    ("Ой, как это оформить", "ru"),
    ("Как долго ещё ждать?", "ru"),
    ("Как же мне теперь быть", "ru"),
    ("Kui palju ma kätte saan", "et"),
    ("Oi, kui kaua see kestab?", "et"),
])
def test_how_questions_still_ask(sentence, lang):
    assert tx.is_question(sentence, lang)


# -- 3. a colon after a complete negated clause ---------------------------------------------------------------

def _negated(sentence: str, word: str, lang: str) -> bool:
    return is_negated(sentence, sentence.index(word), lang)


@pytest.mark.parametrize("sentence, word, lang", [
    ("Seda ei ole vaja: saate esitada taotluse iseteeninduses.", "taotluse", "et"),
    ("Paberil avaldust pole vaja: võite kinnitada pakkumise iseteeninduses.", "pakkumise", "et"),
    ("Отдельное заявление не нужно: достаточно подтвердить предложение на портале.", "предложение", "ru"),
    ("Этого делать не надо: можно отправить справку по почте.", "справку", "ru"),
])
def test_colon_after_a_complete_negated_clause_ends_the_negation(sentence, word, lang):
    assert not _negated(sentence, word, lang)


@pytest.mark.parametrize("sentence, word, lang", [
    ("Pole vaja: saata avaldust paberil.", "avaldust", "et"),  # a bare negated modal before the colon
    ("Teil pole vaja saata tõendit.", "tõendit", "et"),
    ("Paberil avaldust pole vaja esitada.", "avaldust", "et"),
    ("Не нужно: присылать справку.", "справку", "ru"),
    ("Заявление подавать не нужно.", "Заявление", "ru"),
])
def test_negation_still_reaches_without_a_complete_clause(sentence, word, lang):
    assert _negated(sentence, word, lang)


# -- 5. "mitte ainult" / «не только» is no "only after" ----------------------------------------------------------

VERDICT = "ska-services.crime_victim_compensation_no_verdict"
SAFETY = "crisis-and-safety.domestic_violence_steps"
OFFER = "family-benefits.child_allowance_offer"


@pytest.mark.parametrize("sentence, lang, ref", [
    ("Hüvitist võite küsida mitte ainult pärast kohtuotsust, vaid ka kohe praegu.", "et", VERDICT),
    ("Возмещение можно запросить не только после приговора, но и сейчас.", "ru", VERDICT),
    ("Turvakodusse võite minna mitte ainult pärast politseisse pöördumist, vaid ka ilma selleta.", "et", SAFETY),
    ("В убежище можно обратиться не только после заявления в полицию, но и без него.", "ru", SAFETY),
    ("Pakkumus tuleb mitte ainult siis, kui Te ise helistate, vaid ka ise.", "et", OFFER),
])
def test_not_only_after_is_no_wrong_claim(sentence, lang, ref):
    assert ref not in wrong_claim_refs(LIBRARY, sentence, lang)


@pytest.mark.parametrize("sentence, lang, ref", [
    ("Hüvitist võite küsida alles pärast kohtuotsust.", "et", VERDICT),
    ("Возмещение можно запросить только после приговора.", "ru", VERDICT),
    ("Turvakodusse võite minna ainult pärast politseisse pöördumist.", "et", SAFETY),
    ("В убежище можно обратиться лишь после заявления в полицию.", "ru", SAFETY),
    ("Pakkumus tuleb ainult siis, kui Te selle eest avalduse teete.", "et", OFFER),
])
def test_only_after_is_still_a_wrong_claim(sentence, lang, ref):
    assert ref in wrong_claim_refs(LIBRARY, sentence, lang)


def test_not_only_after_the_verdict_is_not_believed_as_a_wait():
    conv = play_answers(LIBRARY.get("victim-support-et"), LIBRARY, [
        *VICTIM_OPENING,
        "Ravikulude ja psühholoogi kulude eest saab hüvitist taotleda mitte ainult pärast kohtuotsust, vaid juba "
        "praegu; taotlusega aitab ohvriabitöötaja.",
    ])
    assert "verdict_wait" not in [rec["id"] for rec in conv.state.get("misinformed", [])]
