"""Property tests: never raise, offsets always consistent."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.text import (
    PhraseSet,
    detect_language,
    find_fact,
    find_informal_address,
    find_personal_codes,
    is_negated,
    is_question,
    lemmas,
    split_sentences,
    tokenize,
)

ET = PhraseSet(["isikukood", "tere päevast", "kahju kuulda", "pension", "SKA", "tere*", "=sa", r"re:\d{5}"], "et")
RU = PhraseSet(["пенсия", "личный код", "Департамент социального страхования"], "ru")

ALPHABET = st.sampled_from(
    list("aeiouõäöüšžsktlnmpdrvhjAEIOUÕÄÖÜ .,!?-\n0123456789") + list("абвгдеёжийклмнопрстуфхцчшщъыьэюяЁЙ")
    + ["🙂", "👍", "\U0001f3fd", "\u200f", "ש", "ب", "\u0303", "ß", "İ", "ﬁ", "\u00a0", "\u202f", "\t", "ǅ", "\ufeff"]
)
texts = st.one_of(st.text(), st.text(alphabet=ALPHABET, max_size=300))


def check(text, matches):
    for m in matches:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_never_raises_and_offsets_consistent(text):
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
    check(text, ET.find_all(text))
    check(text, RU.find_all(text))
    check(text, find_informal_address(text, "et"))
    check(text, find_informal_address(text, "ru"))
    check(text, find_personal_codes(text))
    for s, e, sent in split_sentences(text):
        assert text[s:e] == sent
        is_question(sent, "et")
    m = find_fact(text, "1 245,60", "et")
    if m:
        check(text, [m])


def test_large_input():
    chunk = "Tere paevast! Teie isikukoodi 376 0503 0299 ei saa 🙂 пенсию не выплатят, ты можешь? "
    text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
    ms = ET.find_all(text)
    check(text, ms)
    assert len(ms) > 1000
    check(text, find_informal_address(text, "ru"))
    check(text, find_personal_codes(text))
    assert len(split_sentences(text)) > 1000


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=0, max_value=400), texts)
def test_helpers_never_raise(text, offset, fact):
    assert detect_language(text) in {"et", "ru", "en"}
    for lang in ("et", "ru", "en"):
        assert isinstance(is_negated(text, offset, lang), bool)
        assert isinstance(is_question(text, lang), bool)
    for tok in tokenize(text)[:20]:
        assert tok.norm in lemmas(tok.text, "et") or not tok.is_word
    m = find_fact(text, fact, "et")
    if m:
        check(text, [m])
