"""Message catalogues: same keys in et/ru/en, every key the app uses exists, placeholders match."""

from __future__ import annotations

import re
import string
from pathlib import Path

from trainer.i18n import LANGUAGES, catalogue, t

APP = Path(__file__).resolve().parents[1] / "trainer" / "app"


def test_all_catalogues_have_the_same_keys():
    keys = {lang: set(catalogue(lang)) for lang in LANGUAGES}
    assert keys["et"], "the Estonian catalogue is empty"
    for lang in LANGUAGES:
        assert keys[lang] == keys["et"], (
            f"{lang}: missing {sorted(keys['et'] - keys[lang])}, extra {sorted(keys[lang] - keys['et'])}")


def test_placeholders_are_the_same_in_every_language():
    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, text in catalogue("et").items():
        for lang in ("ru", "en"):
            assert fields(catalogue(lang)[key]) == fields(text), f"{lang}: {key}"


def test_every_literal_key_used_by_the_app_exists():
    used = set()
    for path in APP.rglob("*.py"):
        used |= set(re.findall(r"""\btr\(\s*["']([a-z_.]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "no tr() calls found"
    assert not sorted(used - set(catalogue("et")))


def test_dynamic_keys_exist():
    et = catalogue("et")
    families = {
        "role": ("trainee", "mentor", "lead", "admin"),
        "channel": ("phone", "chat"),
        "language": LANGUAGES,
        "status": ("new", "tried", "passed"),
        "mode": ("practice", "test"),
        "stage": ("greeting", "identification", "needs", "explanation", "summary", "closing"),
        "competency": ("client_focus", "expertise", "correctness", "empathy", "communication", "data_protection"),
        "login.error": ("invalid", "disabled", "locked"),
        "conversation.role": ("agent", "client"),
    }
    for prefix, names in families.items():
        for name in names:
            assert f"{prefix}.{name}" in et


def test_t_fills_placeholders_and_falls_back():
    assert t("error.too_long", "en", max=5000, length=6000).startswith("The reply is too long (6000")
    assert t("error.too_long", "xx", max=1, length=2) == t("error.too_long", "et", max=1, length=2)
    assert t("no.such.key", "ru") == "no.such.key"
