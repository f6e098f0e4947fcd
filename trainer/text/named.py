"""Readings shared by code and scenario files: a phrase "@name" in a phrase list (`phrases.PhraseSet`) is the regex
of that name for the list's language, over the folded text. The code that needs the same reading calls the module
the regex lives in, so a scenario's signal and the scripted client or the scorer cannot read it differently.

- ``@ending_warning``: the call will end if the abuse goes on (`ending_warning.py`).
- ``@ending_now``: the call ended now as an obligation, a goodbye after it (`ending_warning.py`).
- ``@pension_other_day``: the pension said to be paid on another day of the month than the 5th (`payment_day.py`).
- ``@pension_age_no_age``: the pension age said to be a number of months (weeks, days) alone (`ages.py`).
"""

from __future__ import annotations

import re

from .ages import PENSION_AGE_NO_AGE
from .ending_warning import ENDING_NOW, ENDING_WARNING
from .payment_day import PENSION_OTHER_DAY

__all__ = ["NAMED_READINGS"]

NAMED_READINGS: dict[str, dict[str, re.Pattern[str]]] = {"ending_warning": ENDING_WARNING, "ending_now": ENDING_NOW,
                                                          "pension_other_day": PENSION_OTHER_DAY,
                                                          "pension_age_no_age": PENSION_AGE_NO_AGE}
