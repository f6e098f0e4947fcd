"""New-user batch 22 (indexation-day-ru good): a knowledge fact's wrong claim told as the abolished rule is no
claim ("the Friday before, as it used to be, is no longer paid"), as `values.find_values` already reads it;
the same words said as the rule now, or "as before", still are."""

from __future__ import annotations

import pytest

from trainer.scoring.kbvalues import find_wrong_values
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def facts():
    return load_library().knowledge.value_facts()


def _claims(text, lang, facts):
    return [w for w in find_wrong_values(text, lang, facts) if w.claim]


@pytest.mark.parametrize("text,lang", [
    ("В пятницу перед выходными, как было раньше и как говорит соседка, больше не платят.", "ru"),
    ("Накануне выходных, как делали раньше, теперь уже не перечисляют.", "ru"),
    ("Eelneval reedel, nagu varem tehti, enam ei maksta.", "et"),
    ("reedel enne nadalavahetust nagu vanasti enam ei maksta", "et"),
])
def test_abolished_rule_told_as_former_is_no_claim(text, lang, facts):
    assert not _claims(text, lang, facts)


@pytest.mark.parametrize("text,lang", [
    ("Пенсию выплатят в пятницу перед выходными.", "ru"),
    ("В пятницу перед выходными платят, как и раньше.", "ru"),
    ("Kui 5. kuupäev on nädalavahetusel, makstakse pension eelneval reedel.", "et"),
    ("Nagu varem, kui 5. kuupäev on nädalavahetusel, makstakse pension eelneval reedel.", "et"),
])
def test_the_old_rule_said_as_now_is_still_a_claim(text, lang, facts):
    assert _claims(text, lang, facts)
