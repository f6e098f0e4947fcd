"""Were the client's questions answered in substance (courtesy, closing and summary)?

A reply can be polite, grammatical and correct and still leave the client's question open: reference text
beside the point, "the decision will come", «действуют правила, установленные законом». Three signs, read
from the client's side, each one a *miss*:

- **a value question without the value**: "how much" answered with no number, "when" with no date or time,
  "A or B" with neither alternative (and no yes, no or number either);
- **the client says so**: "see ei vasta", "ma küsisin ju ...", «я же спрашивала», "kolmandat korda",
  "Te loete paberilt ette";
- **a hedged yes to "did I answer?"**: «Да, наверное.», "Jah, vist." after the agent's check of understanding;
- **the client resigned to cope alone**: "eks ma proovin kuidagi hakkama saada", «как-нибудь сама разберусь»;
- **a question put off**: "räägime sellest hiljem, kui olete valmis", «позвоните, когда будете готовы».

One miss is an ordinary working day; two or more (in different agent replies) mean the questions were not
answered: courtesy fails as a brush-off, a recap has nothing to sum up, and a goodbye after a miss leaves the
matter open (`missed_questions`, `open_at_goodbye`).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.client_reply import complains
from trainer.text.keywords import takes_up_stem
from trainer.text.spoken import number_words

AMOUNT = {"ru": re.compile(r"\b(?:сколько(?!\s+можно)|на\s+сколько|как(?:ая|ой|ую)\s+(?:\w+\s+)?(?:сумм\w*|размер\w*))\b"),
           "et": re.compile(r"\b(?:kui\s+palju|kui\s+suur\w*|mis\s+summa\w*|mitu\s+eurot)\b")}
WHEN = {"ru": re.compile(r"\b(?:когда|какого\s+числа|в\s+какой\s+день)\b"),
         "et": re.compile(r"\b(?:millal|mis\s+kuupaeva\w*|mitmenda\w*|mis\s+paeva\w*)\b")}
_OR = {"ru": re.compile(r"\s(?:или|либо)\s"), "et": re.compile(r"\s(?:voi|ehk)\s")}
# a time said without digits: a weekday, a month, a relative day or span ("järgmisel nädalal", «через неделю»)
_TIME_WORDS = re.compile(
    r"\b(?:esmaspaev|teisipaev|kolmapaev|neljapaev|reede|laupaev|puhapaev|homme|tana|ulehomme|jargmis\w*|"
    r"parast|enne|jooksul|kuni|nadal\w*|paeva\w*|kuu\s+(?:alguses|lopus)|kuul|kohe|"
    r"понедельник\w*|вторник\w*|сред[ауы]|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|завтра|сегодня|"
    r"послезавтра|через|после|до\s+\w+|в\s+течение|следующ\w*|недел\w*|месяц\w*|дн[еяи]\w*|сразу)\b")
# Estonian month stems lose their last vowel when inflected ("oktoobris", "septembrist", "detsembri lõpus")
_MONTHS = re.compile(r"\b(?:jaanuar|veebruar|marts|aprill|mai|juuni|juuli|august|septemb|oktoob|novemb|"
                     r"detsemb|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*")
_YES_NO = re.compile(r"^\W*(?:jah|jaa|ei|pole|да|нет|не)\b")

# a yes with a hedge: «Да, наверное», "ну в общем да наверное", "Jah, vist", "vist küll"
_HEDGE = re.compile(r"\b(?:наверное|наверно|вроде\s+бы|пожалуй|может\s+быть|vist|ilmselt|vast|voib-olla|voibolla|"
                    r"arvatavasti)\b")
_HEDGED_YES_WORDS = 8
# the client left to cope alone "somehow": "eks ma proovin kuidagi hakkama saada", "küllap ma ise kuidagi uurin",
# «ладно, как-нибудь сама разберусь» (the scripts' endings of a call that answered nothing)
_RESIGNED = re.compile(
    r"\bkuidagi\b(?=.*\b(?:hakkama|ise|proovin|proovime|uurin|uurime|valja)\b)|"
    r"\b(?:hakkama|ise|proovin|proovime|uurin|uurime)\b(?=.*\bkuidagi\b)|"
    r"\bкак\s*-?\s*(?:нибудь|то)\b(?=.*\b(?:сам|сама|сами|справ\w*|разбер\w*)\b)|"
    r"\b(?:сам|сама|сами|справ\w*|разбер\w*)\b(?=.*\bкак\s*-?\s*(?:нибудь|то)\b)")
_RESIGNED_WORDS = 12
# the agent putting the matter off to a later contact: a "later" or "when you are ready" with a verb of calling,
# coming or talking ("räägime sellest hiljem, kui olete valmis", "helistage meile, kui jaksate", «позвоните, когда
# будете готовы», «поговорим об этом позже»); the agent's own callback ("helistan Teile tagasi") is no putting off
_LATER = {"et": re.compile(r"\b(?:hiljem|teinekord|kui\s+(?:\w+\s+){0,2}?(?:olete\s+valmis|jaksate|jouate|tunnete|"
                           r"olete\s+(?:\w+\s+)?(?:paremini|rahunenud)))\b"),
          "ru": re.compile(r"\b(?:позже|попозже|потом|в\s+другой\s+раз|когда\s+(?:\w+\s+){0,2}?(?:будете\s+готов\w*|"
                           r"сможете|будут\s+силы|станет\s+легче))\b")}
_LATER_ACT = {"et": re.compile(r"\b(?:helistage|helistate|poorduge|poordute|tulge|tulete|votke|votate|raagime|vaatame|"
                               r"arutame|votame|tegeleme)\b"),
              "ru": re.compile(r"\b(?:позвоните|перезвоните|звоните|обратитесь|обращайтесь|приходите|придете|"
                               r"поговорим|обсудим|посмотрим|разберемся|займемся)\b")}


def folded_text(text: str) -> str:
    return " ".join(t.norm for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit())


def has_number(text: str) -> bool:
    return bool(tx.find_numbers(text)) or any(t.is_word and number_words([t.norm]) for t in tx.tokenize_cached(text))


# verbs and pronouns any reply may say: no alternative of "A or B" ("это будет пятница или понедельник")
_PLAIN = frozenset("""будет будут было есть надо нужно можно тоже этот этого это эта мне меня вам вас
    olla oleks saab saaks peab peaks tuleb tuleks mulle minu teie teile seda see""".split())
_TAGS = frozenset("нет как что так ei kuidas mis mitte".split())


def _alternatives(sentence: str, lang: str) -> set[str] | None:
    """Stems of the two content words on each side of "või" / «или» in a question, or None without one."""
    folded = folded_text(sentence)
    m = _OR[lang].search(folded)
    if not m:
        return None
    after = folded[m.end():].split()
    # a short choice ("пятница или понедельник", "paberil või digitaalselt"); a clause after "или" ("или я могу
    # за неё?") or a tag ("või kuidas", «или нет») asks something a plain statement can answer
    if not after or len(after) > 2 or set(after) <= _TAGS:
        return None
    before = [w for w in folded[:m.start()].split() if w not in _PLAIN][-len(after):]
    stems = {w[:5] for w in before + after if len(w) >= 3 and w not in _TAGS}
    return stems or None


def value_missing(question: str, reply: str, lang: str) -> bool:
    """Does the reply leave out the value the question asks for: a number for "how much", a date or a time
    word for "when", one of the alternatives of "A or B" (a yes, a no or a number answers any of them)?"""
    if lang not in AMOUNT:
        return False
    q = folded_text(question)
    folded = folded_text(reply)
    number = has_number(reply)
    if AMOUNT[lang].search(q):
        return not number
    if WHEN[lang].search(q):
        return not (number or _TIME_WORDS.search(folded) or _MONTHS.search(folded))
    stems = _alternatives(question, lang)
    if stems:
        said = any(takes_up_stem(w, stems) for w in folded.split())
        return not (said or number or any(_YES_NO.search(folded_text(s)) for _, _, s in tx.split_sentences(reply)))
    return False


def resigned(an, i: int) -> bool:
    """Is client unit i a short "I will cope somehow on my own" (no question mark: «как-нибудь» asks nothing): the
    matter left with the client?"""
    text = an.turns[i].text
    folded = folded_text(text)
    return "?" not in text and bool(_RESIGNED.search(folded)) and len(folded.split()) <= _RESIGNED_WORDS


def _left_open(an, i: int) -> bool:
    """Does client unit i say the reply missed, give a hedged yes to "did I answer?", or resign to cope alone?"""
    return complains(an.turns[i].text) or _hedged_yes(an, i) or resigned(an, i)


def puts_off(sentence: str, lang: str) -> bool:
    """Does an agent sentence put the matter off to a later contact ("räägime sellest hiljem", «позвоните, когда
    будете готовы»)?"""
    if lang not in _LATER:
        return False
    folded = folded_text(sentence)
    return bool(_LATER[lang].search(folded) and _LATER_ACT[lang].search(folded))


def _hedged_yes(an, i: int) -> bool:
    """Is client unit i a short hedged yes («Да, наверное.») to an agent's check of understanding?"""
    from trainer.scoring.asking import unit_asks

    prev = i - 1
    if prev < 0 or an.turns[prev].role != "agent" or not an.matches(prev, ["understanding_check"], any_language=True):
        return False
    folded = folded_text(an.turns[i].text)
    return bool(_HEDGE.search(folded)) and len(folded.split()) <= _HEDGED_YES_WORDS and not unit_asks(an, i)


def _reply_window(an, i: int) -> list[int]:
    """The agent units that answer client unit i: up to the next client unit that asks something new."""
    from trainer.scoring.asking import unit_asks

    out = []
    for j in range(i + 1, len(an.turns)):
        if an.turns[j].role == "client":
            if unit_asks(an, j):
                break
            continue
        out.append(j)
    return out


def missed_questions(an) -> list[tuple[int, int, str]]:
    """The client units whose question was missed: (client unit, the agent unit that missed it, kind) with
    kind ``value``, ``said``, ``hedged``, ``resigned`` or ``put_off``; at most one per client unit, in order."""
    from trainer.scoring.asking import client_asks

    if an.language not in AMOUNT:
        return []
    out = []
    for i, unit in enumerate(an.turns):
        if unit.role != "client":
            continue
        prev = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "agent"), None)
        if prev is not None and prev != an.agent_indexes[0] and _left_open(an, i):
            kind = "said" if complains(unit.text) else "hedged" if _hedged_yes(an, i) else "resigned"
            out.append((i, prev, kind))
            continue
        window = _reply_window(an, i)
        if not window:
            continue
        reply = " ".join(an.turns[j].text for j in window)
        asked = [s for _, _, s in an.sentences(i) if client_asks(unit, s, an.language)]
        if any(value_missing(s, reply, an.language) for s in asked):
            out.append((i, max(window, key=lambda j: len(longest_sentence(an, j))), "value"))
            continue
        # the question met with "later, when you are ready": put off, not answered
        off = next((j for j in window for _, _, s in an.sentences(j) if puts_off(s, an.language)), None) \
            if asked else None
        if off is not None:
            out.append((i, off, "put_off"))
    return out


def longest_sentence(an, i: int) -> str:
    """The longest sentence of unit i (the evidence quoted for a reply that missed the question)."""
    return max((s.strip() for _, _, s in an.sentences(i)), key=len, default=an.turns[i].text)


_LEAST = 2


def unanswered(an) -> list[tuple[int, int, str]]:
    """The misses when there are two or more of them (the questions were not answered), else []."""
    an = getattr(an, "raw", None) or an  # the client's words and the agent's, non-answers included
    if an.language not in AMOUNT or not an.agent_indexes:
        return []
    # cheap test first (most calls end here): the client's last unit before the goodbye must be a complaint about
    # the reply or a hedged yes to it, exactly the "said"/"hedged" misses `missed_questions` finds
    client = next((i for i in range(an.agent_indexes[-1] - 1, -1, -1) if an.turns[i].role == "client"), None)
    if client is None:
        return []
    prev = next((j for j in range(client - 1, -1, -1) if an.turns[j].role == "agent"), None)
    if prev is None or prev == an.agent_indexes[0] or not _left_open(an, client):
        return []
    cached = getattr(an, "_substance_misses", None)
    if cached is None:
        cached = missed_questions(an)
        an._substance_misses = cached
    # a complaint about the reply that already missed ("Но Вы не сказали, сколько это займёт?") is the same
    # miss; the goodbye after it is the closing's matter, not a second reply beside the point
    # a client resigned to cope alone shows the matter open, not which reply missed it: it is no miss of its own
    replies = {j for _, j, kind in cached if j != an.agent_indexes[-1] and kind != "resigned"}
    if len(replies) < _LEAST:
        return []
    # the matter must still be open at the end (the client's last word a complaint or a hedged yes, tested above)
    # and the agent's last reply no answer to it (a late answer, "пятого числа", settles it, however mechanical)
    return [] if _answers_at_last(an) else cached


def _answers_at_last(an) -> bool:
    """Does the agent's last unit tell something new: an informing sentence that is no referral, offer or recap
    ("Пенсии выплачиваются пятого числа." after «Нет, не ответили»)?"""
    from trainer.scoring.courtesy_informs import ADDRESS_RE, NAMED_PAGE, sentence_informs

    last = an.agent_indexes[-1]
    summary, referral = an.phrase_set(("summary",)), an.phrase_set(("referral",))
    return any(sentence_informs(an, s, ("offer",)) and not summary.find_all(s)
               and not (referral.find_all(s) and not (ADDRESS_RE.search(s) or NAMED_PAGE.search(s)))
               for _, _, s in an.sentences(last))


def open_at_goodbye(an, before: int | None) -> bool:
    """Is the client's unit before the goodbye a miss ("uskumatu, kolmandat korda", «да, наверное»), in a
    conversation whose questions were not answered?"""
    return before is not None and any(i == before and kind != "value" for i, _, kind in unanswered(an))


def check_rejected_at_end(an) -> int | None:
    """The client unit that said "no" to the agent's last check of understanding ("Kas see vastas Teie küsimusele?"
    - "no mitte päris aga olgu ...", «Ответил ли я на Ваш вопрос?» - «Не совсем. А если ...») when no later reply
    of the agent answers anew (a goodbye, a pointer to the website): the matter is open at the end, a recap
    before it summed up nothing (criterion "summary", blind round 15). None otherwise."""
    from trainer.scoring.leftopen import answers_anew
    from trainer.scoring.recap import says_no

    checks = [i for i in an.agent_indexes if an.matches(i, ["understanding_check"], any_language=True)]
    if not checks:
        return None
    reply = next((j for j in range(checks[-1] + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    # a plain "no" (`says_no`), not "Ma ikka ei saa aru, miks ...": the declared examples keep that recap for now
    if reply is None or not says_no(an.turns[reply].text, an.language):
        return None
    later = [j for j in an.agent_indexes if j > reply]
    if any(answers_anew(an, j, reply if j == later[0] else None, skip=("offer",)) for j in later):
        return None
    return reply
