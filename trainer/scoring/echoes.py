"""Echoes: agent sentences that only give the client's own words back, a quote of them with nothing of the
agent's own around it but the frame words, a check whose words after its frame are copied from a client
message (`echoes_client`), or a client message pasted back word for word (`pastes_message`). They clarify and
sum up nothing.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.check_frame import is_check_frame
from trainer.text.questions import check_frame_span


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


# quoted text in an agent message: «...», „...“, "..."
_QUOTE = re.compile(r"«([^»]*)»?|„([^“”]*)[“”]?|\"([^\"]*)\"")
# the words that frame a check of understanding or a summary around what it restates (folded)
FRAME_WORDS = frozenset(tx.fold(w) for w in """правильно верно ли я понимаю поняла понял что вы вас хотите хотели
    узнать спрашиваете спросили интересуетесь итак итог подведём подведем итого то есть
    kas ma sain saan õigesti täpselt aru et te teie soovite soovisite tahate tahtsite teada küsite küsisite
    ehk kokkuvõtteks nii siis""".split())


def client_words(an, i: int) -> list[list[str]]:
    return [_words(an.turns[j].text) for j in range(i) if an.turns[j].role == "client"]


def _contiguous_in(words: list[str], said: list[list[str]]) -> bool:
    n = len(words)
    return any(msg[k:k + n] == words for msg in said for k in range(len(msg) - n + 1))


def _pasted_spans(an, i: int) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage of agent unit i that is the client's own words (two or more, in
    their order, from one earlier client message)."""
    cache = an.__dict__.setdefault("_pasted_cache", {})
    if i in cache:
        return cache[i]
    said = None  # read only when the unit quotes something
    out = cache[i] = []
    for m in _QUOTE.finditer(an.turns[i].text):
        words = _words(next(g for g in m.groups() if g is not None))
        if said is None:
            said = client_words(an, i)
        if len(words) >= 2 and _contiguous_in(words, said):
            out.append((m.start(), m.end()))
    return out


_PASTE_WORDS = 6  # words of a client message copied in a row: a paste, not a paraphrase
_PASTE_SHARE = 0.8  # of the client message


def _pasted_messages(an, i: int) -> list[tuple[int, int]]:
    """(start, end) of each run of agent unit i that copies an earlier client message word for word: six or
    more words in a row, >= 80 % of that message ("Kas ma sain õigesti aru, et: Mul on ... Kas ma saan ...?"
    with the client's "mul" and "ma" kept), quoted or not."""
    cache = an.__dict__.setdefault("_pasted_msg_cache", {})
    if i in cache:
        return cache[i]
    tokens = [t for t in tx.tokenize_cached(an.turns[i].text) if t.is_word]
    mine = [t.norm for t in tokens]
    out = cache[i] = []
    for msg in client_words(an, i):
        if len(msg) < _PASTE_WORDS:
            continue
        best, end = 0, 0
        prev = [0] * (len(msg) + 1)
        for x, w in enumerate(mine):
            row = [0] * (len(msg) + 1)
            for y, v in enumerate(msg):
                if w == v:
                    row[y + 1] = prev[y] + 1
                    if row[y + 1] > best:
                        best, end = row[y + 1], x + 1
            prev = row
        if best >= _PASTE_WORDS and best >= _PASTE_SHARE * len(msg):
            out.append((tokens[end - best].start, tokens[end - 1].end))
    return out


def pastes_message(an, i: int, a: int, b: int) -> bool:
    """Is the sentence at [a, b) of agent unit i, but for the frame words of a check, inside a client message
    pasted back (`_pasted_messages`: "Kas ma sain õigesti aru, et: <the client's message>", «Правильно ли я
    понимаю: <the client's message>»)? The client's own question asked back asks them nothing (blind round 17);
    a paraphrase in the agent's words ("Teil jäi ...") is no paste."""
    spans = _pasted_messages(an, i)
    if not spans:
        return False
    words = [t for t in tx.tokenize_cached(an.turns[i].text[a:b]) if t.is_word and t.norm not in FRAME_WORDS]
    inside = [t for t in words if any(p <= a + t.start < q for p, q in spans)]
    return bool(words) and len(inside) >= 0.75 * len(words)


def echoes_client(an, i: int, a: int, b: int) -> bool:
    """Does the sentence at [a, b) of agent unit i only give the client's own words back: a pasted quote of
    them («Правильно ли я понимаю, что «<the client's message>»?») with nothing of the agent's own around it
    but the frame words, or a check whose words after its frame are copied (three-word runs, >= 75 % of six
    or more) from a client message ("Вы хотите узнать, <the client's question word for word>")? It clarifies
    and sums up nothing."""
    text = an.turns[i].text
    pasted = [(max(p, a), min(q, b)) for p, q in _pasted_spans(an, i) if p < b and q > a]
    sentence = text[a:b]
    if not pasted and not is_check_frame(sentence, an.language):
        return False
    own = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word
           and not any(p <= a + t.start < q for p, q in pasted)]
    rest = [w for w in own if w not in FRAME_WORDS]
    if pasted:
        from trainer.scoring.content_words import content_lemmas
        return not content_lemmas(" ".join(rest), an.language)
    if len(rest) < 6:
        return False
    k = 0
    while k < len(own) and own[k] in FRAME_WORDS:
        k += 1
    span = check_frame_span(own, an.language)
    if span and span[0] >= k:
        k = span[1]  # "aitäh enne kui vaatan kas ma saan õigesti aru et <the client's words>": after the frame
    body = own[k:]
    grams = {tuple(msg[j:j + 3]) for msg in client_words(an, i) for j in range(len(msg) - 2)}
    covered = set()
    for j in range(len(body) - 2):
        if tuple(body[j:j + 3]) in grams:
            covered |= {j, j + 1, j + 2}
    return len(body) >= 6 and len(covered) >= 0.75 * len(body)
