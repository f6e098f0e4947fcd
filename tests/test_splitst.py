"""trainer/scoring/statements.py split by meaning (issue 10 housekeeping): facts by value in values.py, requests for
an identifier in identifier_requests.py, each finder defined once in its home and no re-export left behind."""

from pathlib import Path

import pytest

from trainer.scoring import identifier_requests, statements, values

_HOMES = {
    statements: ("Statement", "sentences", "find_promises", "find_status_statements", "states_own_record",
                 "winks_by_face"),
    identifier_requests: ("find_identifier_requests", "reports_a_change"),
    values: ("ValueHit", "find_values", "tells_former_rule", "former_part"),
}


@pytest.mark.parametrize("module", list(_HOMES), ids=lambda m: m.__name__)
def test_each_name_is_defined_in_its_home(module):
    for name in _HOMES[module]:
        assert getattr(module, name).__module__ == module.__name__, name


@pytest.mark.parametrize("name", _HOMES[identifier_requests] + _HOMES[values] + ("parse_quantity",))
def test_statements_re_exports_nothing_moved(name):
    assert not hasattr(statements, name)


@pytest.mark.parametrize("module", list(_HOMES), ids=lambda m: m.__name__)
def test_modules_stay_under_400_lines(module):
    assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) <= 400


def test_the_finders_read_as_before():
    """Own sentences, with must-nots: the moved finders answer as they did in statements.py."""
    assert identifier_requests.find_identifier_requests("Palun kirjutage siia oma sünnikuupäev.", "et")
    assert not identifier_requests.find_identifier_requests("Ärge saatke meile oma isikukoodi e-postiga.", "et")
    assert identifier_requests.reports_a_change("Сообщите нам, пожалуйста, ваш новый адрес.", "ru")
    hits = values.find_values("Otsus tehakse 30 päeva jooksul.", "et", ("30 päeva",), ())
    assert [h.right for h in hits] == [True]
    assert [h.right for h in values.find_values("Решение примут за 14 дней.", "ru", ("30 дней",), ())] == [False]
    assert values.tells_former_rule("Раньше пенсию платили в пятницу, теперь нет.", "ru")
    assert not values.tells_former_rule("Пенсию, как и раньше, платят в пятницу.", "ru")
