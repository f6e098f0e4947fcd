"""Summary, the agent's reply to the client's last words: a reply drawing on what the client just told is a further
answer, not a recap; a reply confirming the client's own recap and restating its points is one (blind round 18)."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.content_words import content_lemmas

# a reply opening with what follows from the client's words ("Siis on see ...", «Тогда это ...», «В таком случае»)
# after a particle that takes the turn ("no siis ongi nii, et ...", «ну тогда ...»; blind round 28)
_THEN = re.compile(r"^\W*(?:(?:no|noh|jah|aa|ahaa|ну|да|а|ага)\W+)?"
                   r"(?:siis|sel\s+juhul|kui\s+nii|тогда|в\s+таком\s+случае|раз\s+так)(?!\w)")

# the client (or the agent) summing up in their own words: a sentence opening with a conclusion ("Nii et ...", "Tähendab ...",
# «Значит, ...», «То есть ...»), after fillers of assent ("Hea. Nii et ...", «Хорошо. Значит, ...»; folded text)
_CLIENT_RECAP = re.compile(
    r"(?:^|[.!?]\s*)\W*(?:(?:hea|selge|okei|ok|jah|хорошо|ладно|ясно|понятно|так|да)\W+)*"
    r"(?:nii\s+et|niisiis|seega|tahendab|ehk\s+siis|значит|то\s+есть|итак|выходит|получается)(?!\w)")

# ... ending in a tag that asks to confirm it ("..., eks?", «..., да?», «..., верно?»): a plain question after "nii
# et" («То есть пенсия будет?») asks something new
_TAG = re.compile(r"(?<!\w)(?:jah|eks|onju|oige|ega|да|верно|так|правильно|правда)\s*\?+\W*$")

# the agent confirming it at the start of the reply ("Jah, täpselt.", «Да, именно так.», «Всё верно.»)
_CONFIRM = re.compile(r"^\W*(?:jah|jaa|just|tapselt|oige|tapselt\s+nii|да|верно|именно|вс[её]\s+верно|точно|"
                      r"совершенно\s+верно|правильно)(?!\w)")


def draws_on_client(an, i: int) -> bool:
    """Does agent unit `i` open by applying the answer to what the client just told ("Elan Tartus." - "Siis on see
    Tartu linna sotsiaalosakond.", «Я живу в Ласнамяэ.» - «Тогда это управа Ласнамяэ.»)? It is a further answer
    to the client's own case, not a recap, though it repeats the earlier answer's words."""
    return i > 0 and an.turns[i - 1].role == "client" and bool(_THEN.search(tx.fold(an.turns[i].text.lower())))


def confirms_client_recap(an, i: int) -> bool:
    """Is agent unit `i` the confirmation of the client's own recap, asked with a tag ("Nii et vaie 30 päeva jooksul
    või uus taotlus, eks?" - "Jah, täpselt nii: ...", «Значит, либо ..., либо ..., да?» - «Да, именно так. ...»)?
    The client's check of understanding, confirmed: the points the reply restates after it are the summary."""
    if i == 0 or an.turns[i - 1].role != "client":
        return False
    said = an.turns[i - 1].text
    folded = tx.fold(said.lower())
    return (bool(_TAG.search(folded)) and bool(_CLIENT_RECAP.search(folded))
            and bool(_CONFIRM.search(tx.fold(an.turns[i].text.lower()))))


_OWN_WORDS = 2  # content words of the answer, not the client's, that a recap without a cue says again


def restates_own_answer(an, answer: tuple[int, int], sentence: str, message: str, pool: frozenset[str]) -> bool:
    """Does the message of a recap without a summary cue say again what the agent answered, not only the matter
    the client raised: two or more content words that earlier informs said (``pool``) and the client's words
    before the main answer did not? A sentence opening with a conclusion («Значит, раз Вы живёте в Эстонии,
    справку отправлять не надо», "Tähendab, ...") draws it from the answer in the client's own words: it
    counts. «Пособие ... добавляется автоматически, только если один родитель получает детское
    пособие на всех детей» after «пособие многодетное не пришло ... детские» shares the client's topic (пособие,
    детский, дети) and adds a rule: a further answer, not a recap (blind round 23)."""
    if _CLIENT_RECAP.match(tx.fold(sentence.lower())):
        return True
    topic: set[str] = set()
    for j in range(answer[0]):
        if an.turns[j].role == "client":
            for lem in content_lemmas(an.turns[j].text, an.language):
                topic |= lem
    own = [lem for lem in content_lemmas(message, an.language) if lem & pool and not lem & topic]
    return len(own) >= _OWN_WORDS
