"""The quick "cannot match" test of phrase sets (trainer/text/phrase_filter.py) and the joined regex test:
they may only skip work, never a match. Each case compares ``find_all`` with the full matcher run without
either shortcut, on texts that match through every path of ``PhraseSet._hits`` (inflection, compound tail,
typo, prefix, exact word, hyphen, digits, regex) and on near misses that must keep finding nothing."""

from __future__ import annotations

import pytest

from trainer.text.phrase_filter import text_keys
from trainer.text.phrases import PhraseSet, _alternation


def _full(ps: PhraseSet, text: str):
    """find_all without the shortcuts: every token's hits, every regex run on its own."""
    joined, ps._any_regex = ps._any_regex, None
    try:
        return ps._find_all(text, True)
    finally:
        ps._any_regex = joined


CASES = [
    # (phrases, language, text, must match?)
    (["pension"], "et", "Teie vanaduspensioni suurus ei muutu.", True),  # compound tail
    (["toetus"], "et", "Kas lapsetoetust makstakse ka suvel?", True),  # unknown compound: head + known tail
    (["isikukood"], "et", "Öelge palun oma isikukoodi.", True),  # inflected
    (["isikukood"], "et", "Öelge palun oma isikukkoodi.", True),  # typo
    (["pension makstakse"], "et", "Pension makstakse viiendal.", True),
    (["makstakse välja"], "et", "Raha makstakse kuu lõpus teie kontole välja.", True),  # particle later
    (["maks*"], "et", "Maksuamet saatis kirja.", True),  # prefix
    (["=saan aru"], "et", "Jah, saan aru küll.", True),  # exact first word
    (["=saan aru"], "et", "Jah, saime aru küll.", False),  # must-not: exact word in another form
    (["ID-kaart"], "et", "Logige sisse id kaardiga.", True),  # hyphenated phrase with a space
    (["SKA"], "et", "Helistasin SKA-st eile.", True),  # case ending after a hyphen
    (["teenindus"], "et", "Kasutage e-teenindust.", True),  # tail after a hyphen
    (["116 006"], "et", "Helistage numbril 116006.", True),  # digit groups joined
    (["tasu"], "et", "Teenus on tasuta.", False),  # must-not: a lexicalised case form
    (["pension"], "et", "Ilm on täna ilus ja päikeseline.", False),  # must-not: nothing near
    (["пенсия"], "ru", "Когда придёт моя пенсия?", True),
    (["пенсия"], "ru", "Когда придёт моя пеннсия?", True),  # typo
    (["выплачивать пенсию"], "ru", "Пенсию платят пятого числа.", False),  # must-not: word order
    (["платить пенсию"], "ru", "Вам будут выплачивать пенсию.", True),  # verb family
    (["пенсия"], "ru", "Сегодня хорошая погода на улице.", False),  # must-not
    (["re:\\bkoju\\b", "re:\\bmaja\\w*", "kodu"], "et", "Ta läks koju ja jäi majja.", True),
    (["re:\\bkoju\\b", "re:\\bmaja\\w*"], "et", "Ta läks kontorisse tööle.", False),  # must-not: no regex hits
    (["re:(ab)\\1", "re:cd"], "et", "abab ja cd", True),  # a backreference: no joined regex
]


@pytest.mark.parametrize(("phrases", "lang", "text", "hit"), CASES)
def test_shortcuts_change_no_match(phrases, lang, text, hit):
    ps = PhraseSet(phrases, lang)
    full = _full(ps, text)
    assert bool(full) == hit
    assert ps.find_all(text) == full
    assert ps.find_all(text) == full  # the second call reads the per-set cache


def test_unrelated_text_is_skipped_without_token_hits():
    ps = PhraseSet(["vanaduspension", "isikukood", "taotlus"], "et")
    text = "Ilm on täna ilus ja päikeseline."
    assert not ps._may_start(text)
    assert ps.find_all(text) == []
    assert not ps._cache  # no token of the text was analysed against the set


def test_related_text_is_not_skipped():
    ps = PhraseSet(["isikukood"], "et")
    assert ps._may_start("Mis on Teie isikukoodi number?")
    assert not ps._may_start("Mis on Teie telefoni number?")  # must-not


def test_text_keys_cover_compound_tails_and_unknown_words():
    keys = text_keys("Teie vanaduspensioni xyzqwerty", "et").keys
    assert "pensioni" in keys  # a tail after >= 3 letters of head
    assert "\x01x" in keys  # an unknown word of >= 5 letters: typo matching by first letter
    assert "\x01v" not in keys  # must-not: a known word gets no typo key


def test_alternation_joins_only_when_group_numbers_stay():
    import re

    joined = _alternation([re.compile("koju"), re.compile("maja")])
    assert joined is not None and joined.search("MAJA") and not joined.search("kodu")
    assert _alternation([re.compile("(a)\\1"), re.compile("b")]) is None
    assert _alternation([re.compile("(?P<x>a)"), re.compile("(?P<x>b)")]) is None  # one name twice
    assert _alternation([re.compile("a")]) is None  # one regex runs as it is
