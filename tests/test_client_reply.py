"""The one reader of what a client's reply says about the agent's last answer (trainer/scoring/client_reply.py):
it did not answer, it was no help, it missed what was asked; and what is none of these."""

from __future__ import annotations

import pytest

from trainer.scoring.client_reply import complains, says_missed, says_unanswered


@pytest.mark.parametrize("text", [
    "Te ei vastanud mu küsimusele.",
    "Ei vastanud.",
    "aga te ei vasta ju sellele mida ma küsisin",
    "See ei aidanud mind üldse.",
    "sellest pole mulle mingit abi",
    "Вы мне так и не ответили.",
    "Это не ответ на мой вопрос.",
    "Мне это ничем не помогло.",
    "толку никакого от такого ответа",
])
def test_the_client_says_the_reply_did_not_answer(text):
    assert says_unanswered(text)
    assert complains(text)


@pytest.mark.parametrize("text", [
    "Ema telefon ei vasta, seepärast helistan mina.",
    "Tema ei vastanud kirjale.",
    "Мама не отвечает на звонки уже неделю.",
    "Никто не отвечает по тому номеру.",
    "Aitäh, rohkem pole abi vaja.",
    "Selge, aitäh, see vastas mu küsimusele.",
    "Да, Вы ответили, спасибо.",
])
def test_a_third_person_or_a_satisfied_client_is_no_complaint(text):
    assert not says_unanswered(text)
    assert not complains(text)


@pytest.mark.parametrize("text", [
    "Ma ju küsisin, millal raha tuleb.",
    "Küsin juba kolmandat korda sama asja.",
    "Te loete mulle lihtsalt teksti ette.",
    "Kodulehte ma juba lugesin, sellepärast küsingi.",
    "Я же спрашивала про сроки, а не про сайт.",
    "Спрашиваю уже третий раз.",
    "Вы читаете с листа.",
    "Сайт я читала, потому и спрашиваю.",
])
def test_the_client_says_the_reply_missed_what_was_asked(text):
    assert says_missed(text)
    assert complains(text)


@pytest.mark.parametrize("text", [
    "Ma lugesin raamatut, kui pension tuli.",
    "Я читала в газете, что пенсии повысят.",
    "Kas ma saan küsida veel ühe asja?",
    "Спасибо, теперь всё понятно.",
])
def test_other_talk_of_reading_or_asking_is_no_miss(text):
    assert not says_missed(text)
