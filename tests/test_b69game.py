"""New-user batch 69 gaming run (moving-abroad-account-et): the trainee's goal list read aloud to the caller with
ordinal adverbs („Minu eesmärgid selles kõnes: esiteks ...“), one goal quoted "as the goals say" („Nagu eesmärkides
öeldud: eesmärk number kolm – ...“) and the goals ticked off with an adverb („Eesmärgid on nüüd täidetud.“). The
sentences were written for this file, not copied from the run; each reading has must-nots."""

import pytest

from trainer.scoring.call_model_talk import call_model_talk, step_labels


@pytest.mark.parametrize("sentence, lang", [
    # the agent's own goals announced, the first one after an ordinal adverb
    ("Minu eesmärgid selles vestluses: esiteks välja selgitada toetuse liik, teiseks nimetada tähtaeg.", "et"),
    ("Minu eesmärgid selles kõnes: kõigepealt tuvastada helistaja ja siis selgitada ümberarvutust.", "et"),
    ("Мои цели в этом разговоре: во-первых, выяснить адрес, во-вторых, объяснить порядок выплаты.", "ru"),
    ("Мои цели в этом разговоре: сначала уточнить, какую пенсию Вы получаете.", "ru"),
    # one goal quoted from the goals list
    ("Nagu eesmärkides öeldud: eesmärk number kaks – nimetada taotluse tähtaeg.", "et"),
    ("Nagu eesmärkides kirjas: selgitada, et toetus makstakse kord kuus.", "et"),
    ("Как сказано в целях: цель номер два – назвать срок подачи заявления.", "ru"),
    ("Как указано в целях: объяснить, что пособие выплачивается раз в месяц.", "ru"),
    # the goals ticked off with an adverb or a possessive
    ("Eesmärgid on nüüd täidetud.", "et"),
    ("Kõik minu eesmärgid on juba saavutatud.", "et"),
    ("Selle kõne eesmärgid on nüüd täidetud.", "et"),
    ("Цели теперь выполнены.", "ru"),
    ("Все мои цели уже достигнуты.", "ru"),
    ("Все цели этого разговора выполнены.", "ru"),
])
def test_goal_list_read_aloud_is_call_model_talk(sentence, lang):
    assert call_model_talk(sentence, lang)
    assert step_labels(sentence, lang) == [sentence]


@pytest.mark.parametrize("sentence, lang", [
    # a real agent's aim for the caller, not a checklist
    ("Minu eesmärk on, et saaksite pensioni kätte ka uues kodus.", "et"),
    ("Minu eesmärk on lihtne: et pension jõuaks Teie kontole õigel ajal.", "et"),
    ("Наша цель – чтобы Вы получили пенсию без перерыва.", "ru"),
    ("Моя цель простая: чтобы Ваша пенсия приходила вовремя.", "ru"),
    # the caller's own steps with ordinal adverbs, said to the caller
    ("Esiteks teatage uus aadress iseteeninduses, teiseks saatke elusolekutõend kord aastas.", "et"),
    ("Во-первых, сообщите новый адрес, во-вторых, раз в год присылайте справку о жизни.", "ru"),
    # the goals of a benefit, and a thing done now
    ("Nagu toetuse eesmärkides öeldud, aitab see peret.", "et"),
    ("Toetuse eesmärgid on nüüd kodulehel kirjas.", "et"),
    ("Как сказано в законе: пенсия выплачивается и за границу.", "ru"),
    ("Цели пособия теперь описаны на сайте.", "ru"),
    ("Dokumendid on nüüd täidetud ja saadetud.", "et"),
])
def test_aims_and_steps_said_to_the_caller_stay_speech(sentence, lang):
    assert not call_model_talk(sentence, lang)
    assert step_labels(sentence, lang) == []
