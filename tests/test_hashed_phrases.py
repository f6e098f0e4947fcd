"""The scoring caches' helpers that only change speed: a HashedTuple is the plain tuple as a key, a feedback
text is filled the same whether its parse was cached or not."""

from trainer.scoring.formulas import social_phrases
from trainer.scoring.memo import HashedTuple
from trainer.scoring.phrase_matches import positive_matches
from trainer.scoring.score import fill_feedback


def test_hashed_tuple_is_the_plain_tuple_as_a_key():
    phrases = ("tere", "head aega", "aitäh")
    hashed = HashedTuple(phrases)
    assert hashed == phrases and hash(hashed) == hash(phrases)
    cache = {phrases: 1}
    assert cache[hashed] == 1
    assert HashedTuple() == () and list(HashedTuple(["a", "b"])) == ["a", "b"]
    assert hashed != ("tere", "head aega")  # must-not: another tuple is another key


def test_hashed_phrases_match_as_the_plain_tuple():
    phrases = ("head aega", "aitäh")
    text = "Aitäh, et helistasite! Head aega!"
    plain = positive_matches(phrases, "et", text)
    assert [m.quote for m in positive_matches(HashedTuple(phrases), "et", text)] == [m.quote for m in plain]
    assert [m.quote.lower() for m in plain] == ["aitäh", "head aega"]
    ru = ("спасибо за звонок",)
    assert [m.quote for m in positive_matches(HashedTuple(ru), "ru", "Спасибо за звонок, всего доброго!")] \
        == ["Спасибо за звонок"]
    assert positive_matches(HashedTuple(ru), "ru", "Я не могу сказать спасибо.") == []  # must-not


def test_social_phrases_keep_the_concepts_order():
    concepts = {"greeting": {"et": ["tere"]}, "thanks": {"et": ["aitäh"], "ru": ["спасибо"]}}
    social = social_phrases(concepts, "et")
    assert isinstance(social, HashedTuple) and "tere" in social and "aitäh" in social
    assert social_phrases(concepts, "ru") == ("спасибо",)


def test_feedback_filled_the_same_on_every_call():
    template = "Vastuses {turn_label} puudus kokkuvõte: «{quote}» {other}"
    values = {"turn_label": "2. vastus", "quote": "Aitäh!", "turn": 2}
    first = fill_feedback(template, values)
    assert first == "Vastuses 2. vastus puudus kokkuvõte: «Aitäh!» {other}"
    assert fill_feedback(template, values) == first
    assert fill_feedback(template, {**values, "quote": "Спасибо!"}).endswith("«Спасибо!» {other}")
    assert fill_feedback("{quote", values) == "{quote"  # an unparsable text is kept as written
