"""Uptake: how a client's reply takes the agent's statement before it (criterion "needs"). It accepts it
("ok, selge, ...", «понятно», "aitäh": `accepts`), rejects it (a denial, "kus ...", «я знаю», "see on mul teada":
`rejects`), adds a matter of its own («а вот ещё ...», "aga veel üks asi": `adds_matter`) or opens by denying
("Ei, ...", «Нет, ...»: `denies`).

A client who takes the answer ("Aitäh. Aga kas ...") and asks something new did not reject it; one who says they
know that already ("see on mul teada, aga ...") rejects it. The first answer (first_answer.py), the check of
understanding a client denies (clarify.py) and the checks that ask whether a reply took the answer (courtesy,
the matter left open, side answers) read these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.needs_acts import concludes, read_already

# a client's reply that opens by taking the answer
_ACCEPT = frozenset("""selge arusaadav aitah tanan tanud okei ok hasti hea suureparane
    понятно ясно спасибо хорошо ладно ок отлично""".split())
LEADS = frozenset("no noh aa ahaa nii а ага ну так".split())
# a reply that says the matter still stands: a denial ("pole", «нет»), where the money is, "I know that"
_REJECT = frozenset("ei pole ega mitte не нет нету kus где tean знаю".split())


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def accepts(text: str) -> bool:
    """Does a client's reply open by taking what was said ("ok, selge, ...", «понятно», "aitäh")?"""
    words = _words(text)
    while len(words) > 1 and words[0] in LEADS:
        words = words[1:]
    return bool(words) and words[0] in _ACCEPT


# "I know that already": "see on mul (juba) teada", «это мне уже известно», «я в курсе»
_KNOWN = re.compile(r"(?<!\w)(?:(?:mul|mulle|minul)\s+(?:on\s+)?(?:juba\s+)?teada|мне\s+(?:это\s+)?(?:уже\s+)?известно"
                    r"|я\s+(?:это\s+)?(?:уже\s+)?в\s+курсе)(?!\w)")


def rejects(text: str) -> bool:
    """Does a client's reply reject the statement before it (a denial, "kus ...", «я знаю», "see on mul
    teada", «я читала»: `read_already`), without first taking it ("selge", «понятно», "aitäh")?"""
    words = _words(text)
    return not accepts(text) and not adds_matter(text) and not concludes(text) and (
        any(w in _REJECT for w in words) or bool(_KNOWN.search(" ".join(words))) or read_already(text))


_ALSO = frozenset("ещё еще veel".split())


def adds_matter(text: str) -> bool:
    """Does a client's reply open by adding a matter («а вот ещё у меня инвалидность ... не помню ...», "aga veel
    üks asi ...": «ещё»/"veel" among its first three words, not before a denial: «а ещё не пришло»)? It takes
    up something new; a «не» further on ("не помню") does not reject the answer."""
    words = _words(text)[:4]
    return any(w in _ALSO and (k + 1 >= len(words) or words[k + 1] not in DENY) for k, w in enumerate(words[:3]))


def denies(text: str) -> bool:
    """Does a client's reply open by denying ("Ei, ...", "ma ei küsinud ...", «Нет, ...»: a denial among its
    first three words)? Not a refusal further on ("milleks teile ...? ma ei taha ...")."""
    words = _words(text)
    while len(words) > 1 and words[0] in LEADS:
        words = words[1:]
    return any(w in DENY for w in words[:3])


DENY = frozenset("ei pole ega не нет".split())
