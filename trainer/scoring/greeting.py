"""The greeting criterion's own-name check: the agent's own first name in the opening, in any frame and case,
not a surname alone or the client's name."""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.rubric import Check
from trainer.scoring.verdict import Outcome

# Frames that introduce the speaker's own name (folded words): before the name ("mina olen", "меня
# зовут") or after it ("kuuleb", "слушаю"). A name right after the institution also counts.
_NAME_BEFORE = {
    ("nimi", "on"), ("olen",), ("mina", "olen"), ("ma", "olen"), ("teid", "teenindab"), ("teenindab",),
    ("teiega", "raagib"), ("raagib",), ("kirjutab",), ("vastab",), ("siin", "on"), ("siin",), ("kuuleb",), ("kuulab",),
    ("teenindaja",), ("konsultant",), ("chatis", "on"), ("vestluses", "on"), ("veebivestluses", "on"),
    ("telefonil", "on"), ("infotelefonil", "on"), ("liinil", "on"),
    ("меня", "зовут"), ("мое", "имя"), ("имя",), ("это",), ("говорит",), ("на", "связи"), ("обслуживает",),
    ("специалист",), ("консультант",), ("пишет",), ("отвечает",),
    # «... на линии Анна» (a phone line's own formula, like "liinil on Kati")
    ("на", "линии"),
    # «чат ведёт Светлана», «Вас консультирует Ольга», "vestlust juhib Kati", "Teid nõustab Mari"
    ("ведет",), ("консультирует",), ("vestlust", "juhib"), ("noustab",),
    # "Teiega suhtleb Kadri", "Teiega vestleb Mari", «с Вами общается Анна»: the chat's own introduction (new-user
    # batch 60 social-welfare-redirect-chat-et good)
    ("teiega", "suhtleb"), ("suhtleb",), ("teiega", "vestleb"), ("vestleb",), ("вами", "общается"), ("общается",),
    ("name", "is"), ("this", "is"), ("i", "am"), ("i'm",), ("speaking", "with"),
}


_NAME_AFTER = {
    ("kuuleb",), ("kuulab",), ("koneleb",), ("raagib",), ("siin",), ("on", "telefonil"), ("teenindab",),
    ("vastab",), ("kirjutab",), ("слушаю",), ("слушает",), ("на", "связи",), ("на", "линии"), ("speaking",),
    ("here",),
}


# Words before a name that make it the person addressed, not the speaker ("härra Tamm", "Tere, Anne!").
_ADDRESSING = frozenset("harra proua hr pr lugupeetud kallis уважаемый уважаемая господин госпожа dear mr mrs ms".split())


def own_name(check: Check, an: TranscriptAnalysis) -> Outcome:
    """The agent's own first name in the opening: a first name (name lists, pymorphy3 "Name") in an
    introduction frame ("mina olen", "... kuuleb", "меня зовут") or right next to the institution's name;
    not a surname alone, not a name addressed to the client ("Tere, Anne!"), not the client's own name."""
    wanted = tx.fold(an.context.agent_name) if an.context.agent_name else None
    for i, lo, hi in an.spans(check.scope):
        unit = an.turns[i]
        earlier_client = {t.norm for j in range(i) if an.turns[j].role == "client"
                          for t in tx.tokenize_cached(an.turns[j].text) if t.is_word}
        institution = [(m.start, m.end) for m in an.matches(i, ["institution"], any_language=True)]
        tokens = tx.tokenize_cached(unit.text)
        words = [k for k, t in enumerate(tokens) if t.is_word]
        for n, k in enumerate(words):
            tok = tokens[k]
            if not lo <= tok.start < hi:
                continue
            if wanted is not None:
                if tok.norm != wanted and not _same_name(tok.text, an.context.agent_name):
                    continue
            elif not tx.is_first_name(tok.text) and not _named_alone(tokens, k, words, n, institution):
                continue
            if wanted is None and tok.norm in earlier_client:
                continue  # the client's own name (they introduced themself with it)
            if k > 0 and tokens[k - 1].text == "#" and tokens[k - 1].end == tok.start:
                continue  # a hashtag ("#Maarja #tervitus #nimi") is a keyword, nobody introduces themself

            before = tuple(tokens[w].norm for w in words[max(0, n - 2):n])
            after = tuple(tokens[w].norm for w in words[n + 1:n + 3])
            # a frame of one or two words right before or after the name (the frames are at most two words long)
            framed = any(before[-n_f:] in _NAME_BEFORE for n_f in range(1, len(before) + 1)) or \
                any(after[:n_f] in _NAME_AFTER for n_f in range(1, len(after) + 1))
            if before and before[-1] in _ADDRESSING:
                continue
            # "Здравствуйте, Марта, Департамент ...": a name followed at once by the institution introduces
            # the speaker; "Tere, Anne! Sotsiaalkindlustusamet" addresses the client
            follows = k + 1 < len(tokens) and tokens[k + 1].text == "," and any(
                a >= tok.end and not any(tok.end <= tokens[w].start < a for w in words) for a, _ in institution)
            if not framed and not follows and _vocative(tokens, k, words, n, an):
                continue
            near = _next_to(institution, tokens, words, n)
            common = tx.is_common_word(tok.text) and not tok.text[:1].isupper()
            if framed or (near == 1) or (near == 2 and not common):
                if wanted is None and tx.is_surname(tok.text):
                    continue
                return Outcome(True, [an.evidence(i, tok.text, tok.start, tok.end)])
    return Outcome(False, [])


def _named_alone(tokens, k: int, words: list[int], n: int, institution: list[tuple[int, int]]) -> bool:
    """An Estonian proper noun missing from the name lists (`tx.is_et_proper_noun`: "Mairo") set off by
    itself after a comma, within two words after the institution's name ("Sotsiaalkindlustusameti
    veebivestlus, Mairo."): the speaker signing the opening with their name."""
    tok = tokens[k]
    if not tx.is_et_proper_noun(tok.text) or k == 0 or tokens[k - 1].text != ",":
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if nxt not in {".", "!", ",", ""}:
        return False
    return any(tok.start >= b for _, b in institution) and _next_to(institution, tokens, words, n) in (1, 2)


def _same_name(word: str, name: str) -> bool:
    """The same first name in another case («Кристиной», "Kristinat" is not expected in an intro)."""
    if not name:
        return False
    parses = tx.ru_parse(word.lower())
    return any(tx.fold(p.normal_form) == tx.fold(name) for p in parses[:2])


def _vocative(tokens, k: int, words: list[int], n: int, an: TranscriptAnalysis) -> bool:
    """A name right after a greeting word and followed by "!" or "," (or ending the sentence): the client
    addressed ("Tere, Anne!", "Здравствуйте, Анна!")."""
    if n == 0:
        return False
    prev = tokens[words[n - 1]]
    greeting = an.phrase_set(["greeting"])
    if not greeting.matches(prev.text) and not any(
            an.phrase_set(["greeting"], language=lang).matches(prev.text) for lang in ("et", "ru", "en")):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if nxt not in {"!", ",", ".", ""}:
        return False
    # only a greeting that opens its sentence addresses someone ("Tere, Anne!"); after the institution
    # ("Sotsiaalkindlustusameti infotelefon, tere, Kati.") the name is the speaker's
    j = words[n - 1] - 1
    while j >= 0 and not tokens[j].is_word:
        if tokens[j].text in ".!?…":
            return True
        j -= 1
    return j < 0


def _next_to(institution: list[tuple[int, int]], tokens, words: list[int], n: int) -> int:
    """How many words separate the name from the institution's name (1 = adjacent), or 0 if not near."""
    if not institution:
        return 0
    tok = tokens[words[n]]
    best = 0
    for a, b in institution:
        inside_before = [w for w in words if b <= tokens[w].start < tok.start]
        inside_after = [w for w in words if tok.end <= tokens[w].start < a]
        if tokens[words[n]].start >= b:
            gap = len(inside_before) + 1
        elif tok.end <= a:
            gap = len(inside_after) + 1
        else:
            continue
        if gap <= 2 and (best == 0 or gap < best):
            best = gap
    return best
