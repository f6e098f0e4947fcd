"""New-user batch 55, good and terse runs that failed (branch b55good; tests/newuser/live55). Own sentences, not the runs'.

1. A comment on the saying set off by commas («, честно скажу,», «, признаюсь,», ", ütlen ausalt,") is no clause of
   its own: the negated modal after it still denies the infinitive before it (`scope.parenthetical_end`), so «X я,
   честно скажу, не могу» promises nothing. An example after "например" / "näiteks" belongs to the fragment before
   it and is no item of a list (`item_list._examples_joined`): a sentence with its predicate is an answer.
2. Russian in Latin letters: an abbreviation in capitals that spells only an abbreviation ("SKA") and the Estonian
   term "vaie" stay as typed; ё after a hushing consonant is typed "o" ("uchoby"); "prof-" is a stump; a fronted
   infinitive keeps its soft sign across the subject and «не» ("otmenit ... ja ne mogu").
3. Estonian typed with y for ü ("yhistaotlus", "byroo", "yle") reads as ü, only in Estonian conversations, after the
   Russian typed in Latin letters in them (`trainer.text.et_y`).
"""

from __future__ import annotations

from datetime import date

import pytest

from trainer.scoring.item_list import item_list
from trainer.scoring.signals import analyse_reply
from trainer.simulation.dialogue import Conversation
from trainer.simulation.library import load_library
from trainer.text.negation import is_negated
from trainer.text.spoken import normalize_input
from trainer.text.translit import cyrillic_text

TODAY = date(2026, 4, 1)
_LIBRARY = load_library()


def _signals(sid: str, text: str) -> dict:
    scenario = _LIBRARY.get(sid)
    conv = Conversation.start(scenario, _LIBRARY, seed=1, today=TODAY)
    found = analyse_reply(text, scenario.language, conv.concepts, conv.signals, conv.facts)["signals"]
    return {k for k, v in found.items() if v}


# -- 1. a parenthetical comment does not cut the negation; an example is no list item -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Отменить требование мы, честно скажу, не можем, но частями платить можно.",
    "Отменить это требование я, признаюсь, не могу – только по возражению.",
    "Отменить требование я, откровенно говоря, не могу.",
])
def test_a_negated_modal_after_a_comment_promises_nothing(sentence):
    assert "cancel_promise" not in _signals("overpayment-recovery-ru", sentence)


@pytest.mark.parametrize("sentence", [
    "Требование мы, честно скажу, отменим.",
    "Отменить требование я, честно скажу, могу.",
    "Честно скажу: требование отменим, не волнуйтесь.",
])
def test_a_promise_with_a_comment_is_still_a_promise(sentence):
    assert "cancel_promise" in _signals("overpayment-recovery-ru", sentence)


@pytest.mark.parametrize("language, sentence, word, negated", [
    ("ru", "Списать долг я, признаюсь, не могу.", "Списать", True),
    ("ru", "Списать долг я, честно скажу, могу.", "Списать", False),
    ("et", "Nõuet tühistada ma, ütlen ausalt, ei saa.", "tühistada", True),
    ("et", "Nõuet tühistada, ütlen ausalt, saab.", "tühistada", False),
])
def test_negation_reaches_over_a_comment(language, sentence, word, negated):
    assert is_negated(sentence, sentence.index(word), language) is negated


@pytest.mark.parametrize("language, sentence", [
    ("ru", "На всякий случай: о переменах, которые касаются выплаты, например о переезде, надо сообщать Департаменту."),
    ("ru", "Для справки: об изменениях, которые касаются выплаты, например о смене счёта, следует сообщать Департаменту."),
    ("et", "Tuleviku jaoks: muudatustest, mis puudutavad toetust, näiteks õpingute lõpust, tuleb teatada ametile."),
    ("ru", "Впредь: о переменах, которые касаются выплаты, например о переезде, надо сообщать нам."),
])
def test_a_sentence_with_an_example_is_no_list(language, sentence):
    assert not item_list(sentence, language, (), frozenset(), set(), "", True)


@pytest.mark.parametrize("language, sentence", [
    ("ru", "Итог: переплата, например рассрочка, возражение, 30 дней, бюро."),
    ("ru", "Рассрочка, возражение, например бюро, 30 дней, самообслуживание, 16106."),
    ("et", "Kokkuvõte: vaie, näiteks iseteenindus, 30 päeva, büroo, e-post, 16106."),
])
def test_a_list_with_an_example_is_still_a_list(language, sentence):
    assert item_list(sentence, language, (), frozenset(), set(), "", True)


# -- 2. Russian in Latin letters -------------------------------------------------------------------------------------

@pytest.mark.parametrize("latin, cyrillic", [
    ("dobryj den, SKA, Marina u telefona", "SKA"),
    ("mozhno podat vozrazhenie vaie v techenie 30 dnej", "vaie"),
    ("ego uchoba zakonchilas v ijune", "учёба"),
    ("on uchilsja v profuchilishhe", "профучилище"),
    ("otmenit reshenie my ne mozhem", "отменить решение мы не можем"),
    ("eto NE nado delat segodnja", "НЕ"),   # a Russian word in capitals for stress is read in Cyrillic
    ("on otmenit reshenie zavtra", "он отменит решение"),  # no modal: the future stays
])
def test_translit_reading(latin, cyrillic):
    assert cyrillic in cyrillic_text(latin)


def test_greeting_with_the_board_in_latin_capitals_names_the_institution():
    reply = "zdravstvujte, SKA, Marina slushaet"
    assert "SKA" in normalize_input(reply, "ru").text


def test_the_estonian_term_in_translit_is_the_appeal():
    assert "appeal" in _signals("overpayment-recovery-ru", "esli ne soglasny mozhno podat vaie v techenie 30 dnej")


# -- 3. y for ü in Estonian --------------------------------------------------------------------------------------------

def _u_for_y(text: str) -> str:
    # imported here: the module is new in this branch, so before it the tests fail rather than the collection
    from trainer.text.et_y import u_for_y

    return u_for_y(text)


@pytest.mark.parametrize("typed, read", [
    ("esitage yks yhistaotlus", "esitage üks ühistaotlus"),
    ("andmed lähevad infosysteemi, siis minge byroosse", "andmed lähevad infosüsteemi, siis minge büroosse"),
    ("Yhistaotlus katab mõlemad, kyll", "Ühistaotlus katab mõlemad, küll"),
])
def test_y_for_u_is_read_as_u(typed, read):
    assert _u_for_y(typed) == read


@pytest.mark.parametrize("typed", [
    "hobby ja system", "Yana helistab", "SYG", "kirjutage info@yahoo.com", "vaadake www.yle.fi",
])
def test_english_names_addresses_and_capitals_keep_their_y(typed):
    assert _u_for_y(typed) == typed


def test_only_estonian_conversations_read_y_as_u():
    assert "ühistaotlus" in normalize_input("esitage yhistaotlus", "et").text
    assert "yhistaotlus" in normalize_input("esitage yhistaotlus", "ru").text
    # Russian typed in Latin letters inside an Estonian chat stays Russian
    assert "вы можете" in normalize_input("vy mozhete napisat po-russki, kui lihtsam", "et").text.lower()


@pytest.mark.parametrize("reply, joint", [
    ("tooealisena saate esitada 1 yhistaotluse tootukassale, toovoime ja puue korraga", True),
    ("yhistaotlust esitada ei saa, vaja on kaks eraldi taotlust", False),
])
def test_the_joint_application_typed_with_y(reply, joint):
    assert ("joint" in _signals("disability-or-workability-chat-et", reply)) is joint
