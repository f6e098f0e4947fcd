"""What an agent's sentence states: a promise or guess (`promises.py`), an application's status, the state of
the caller's own record, a wink. Facts by value are in `values.py`, requests for an identifier in
`identifier_requests.py`.

These are patterns over sentences, not phrase lists. A statement of status is an application, decision or
letter with a state predicate ("on saabunud", "on menetluses", «поступило», «рассматривается»); a promise
is read clause by clause in `promises.py`. Every finder returns the sentence as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from trainer import text as tx

# the word-bounded pattern and the per-sentence language are shared with the promise finder
from trainer.scoring.promises import is_promise, lang_of, rx
from trainer.scoring.that_clause import unasserted_that


@dataclass(frozen=True)
class Statement:
    """A sentence of a turn that states something: its offsets in the turn, the quote and the kind."""

    start: int
    end: int
    quote: str
    kind: str


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of `text` that are not blank: (start, end, sentence), as every finder here reads them."""
    return [(s, e, sent) for s, e, sent in tx.split_sentences(text) if sent.strip()]


# -- promises and guesses: trainer/scoring/promises.py ------------------------------------------------


@lru_cache(maxsize=20_000)
def find_promises(text: str, lang: str) -> tuple[Statement, ...]:
    """Sentences promising or guessing an outcome, a date or an amount (`promises.is_promise`).

    "Kui saadate täna, saate homme kindlasti vastuse." / "Vastuse saate järgmisel nädalal." / «Гарантирую,
    деньги придут сегодня.» count; "Üldjuhul makstakse 8. kuupäeval", "Ma ei saa lubada, et ...",
    "Kindlasti esitage taotlus ...", "Kas raha on kindlasti laekunud?" do not.
    """
    return tuple(Statement(start, end, sentence.strip(), "promise")
                 for start, end, sentence in sentences(text) if is_promise(sentence, lang))


def _asserted_folded(sentence: str, folded: str, pos: int, lang: str) -> bool:
    # folding keeps lengths for et/ru text apart from rare ligatures: map the offset proportionally
    pos = min(pos, len(sentence) - 1) if len(folded) == len(sentence) else int(pos * len(sentence) / max(1, len(folded)))
    if tx.is_question(sentence, lang) or tx.is_negated(sentence, pos, lang):
        return False
    return not re.search(r"(?:^|[\s,])(?:kas|kui|если|ли)\s", folded[:pos]) and not unasserted_that(folded[:pos])


# -- status of an application -------------------------------------------------------------------

_STATUS = {
    "et": (
        # "kirjalik*" (written: "kirjalikult", "kirjalikule päringule") is no letter, like «письменный»
        r"taotlus\w*|avaldus\w*|otsus\w*|vaie|vaide\w*|dokument\w*|kiri|kirja(?!lik)\w*|paberi\w*|asi|asjad|koik",
        r"(?:on|oli|olid|sai)(?:\s+\w+){0,2}?\s+(?:saabunud|laekunud|kohale\s+joudnud|menetluses|menetlusse|"
        r"labi\s+vaadatud|registreeritud|rahuldatud|kinnitatud|lahendatud|tehtud|valmis|olemas|korras|toos|"
        r"vastu\s+voetud|jarjekorras|ootel|tootlemisel)"
        r"|(?:saime|oleme)(?:\s+\w+){0,2}?\s+kat(?:t)?e(?:\s+saanud)?|meil\s+(?:on\s+)?olemas",
    ),
    "ru": (
        # «письмо» in any case, not «письменный» (written); «готово/готовится», not «готовит» (prepares)
        r"заявлени\w*|ходатайств\w*|решени\w*|документ\w*|письм(?:о|а|у|ом|е|ами|ах)?\b|писем|возражени\w*|"
        r"всё|все|дело",
        r"поступил\w*|получен\w*|получили|зарегистрирован\w*|рассматрива\w*|в обработке|на рассмотрении|"
        r"принят\w*|одобрен\w*|готов(?:о|а|ы|ится|ятся)?\b|в порядке|уже есть|у нас есть",
    ),
}
_RULE = re.compile(r"jooksul|kuni\s+\d|\bв течение\b|\bдо\s+\d", re.IGNORECASE)
# the active present of "consider" says how the Board handles such things, unless it is somebody's
# («её заявление рассматривают», "Teie avaldust vaadatakse")
_GENERIC_ACTIVE = re.compile(r"рассматрива(?:ют|ет|ем)$")
_OWNER = re.compile(r"\b(?:ее|её|его|их|ваш\w*|твое|твоё|этот|это|эту|teie|tema|ta|selle|see)\b")
# that the person (he, she) receives a benefit or is a client at all: their data as much as an application's status
# (not that they let someone else receive or can do something: «она разрешает Вам получать ...», "ta saab lubada ...")
_RECEIVES = {
    "et": r"(?:ta|tema)\s+(?:\w+\s+){0,2}?(?:saab|sai)\s+(?:(?!(?:lubada|volitada|anda|kusida|taotleda|vaadata)\s)\w+\s+){0,3}?"
          r"(?:toetus|pension|huvitis|labi)\w*"
          r"|(?:ta|tema)\s+on\s+meil\s+(?:kull\s+)?(?:olemas|kirjas|registris|arvel)",
    "ru": r"(?:он|она)\s+(?:(?!разреш|позвол|довер|уполномоч|поруч)\w+\s+){0,2}?получа\w*\s+(?:\w+\s+){0,3}?"
          r"(?:пособи|пенси|выплат|компенсаци)\w*"
          r"|(?:он|она)\s+у\s+нас\s+(?:есть|числится|состоит|получает)",
}


# a wink: the status confirmed off the record ("Te ei eksi", «я бы не стал писать, что Вы ошибаетесь», «если Вы
# понимаете, о чём я», «между нами говоря», «там действительно фигурирует»; batch 20). The negators are part of
# the wink, so only a question or a condition before it takes it back
_WINK = {
    "et": r"\bte\s+ei\s+eksi\b|\bte\s+ei\s+ole\s+(?:\w+\s+)?valel\s+jaljel|"
          r"\bkui\s+(?:te\s+)?saate\s+aru,?\s+mida\s+ma\s+(?:motlen|silmas\s+pean)|"
          r"\bmeie\s+vahel\s+(?:oeldes|oeldud)|\b(?:ainult|puhtalt|rangelt)\s+meie\s+vahel|"
          r"\bmitteametlikult\s+(?:oeldes|utlen|voin\s+oelda|ma\s+utlen)",
    "ru": r"\bвы\s+не\s+ошибаетесь|\bбы\s+не\s+стал\w*\s+(?:писать|утверждать|говорить|спорить)|"
          r"\bне\s+стал\w*\s+бы\s+(?:писать|утверждать|говорить|спорить)|"
          r"\bесли\s+(?:вы\s+)?понимаете,?\s+о\s+ч[её]м\s+я|"
          r"\bмежду\s+нами\s+говоря|\b(?:строго|только|чисто)\s+между\s+нами|\bне\s+для\s+протокола|"
          r"\bнеофициально\s+(?:скажу|могу\s+сказать|говоря)|"
          r"\b(?:там|у\s+нас|в\s+системе)\s+(?:\w+\s+)?(?:фигурирует|фигурируют|значится|значатся)",
}


# a winking face on a statement says more than its words ("Taotlust tasub küll esitada 😉", «запрос писать смысл
# есть 😉»): the same off-the-record confirmation, unless the sentence only thanks or says goodbye
_WINK_FACE = re.compile(r"[\U0001F609\U0001F61C]|(?<![\w(]);-?\)")
_COURTESY_ONLY = {"et": r"aitah|tanan|tanud|head\s+(?:paeva|aega|jatku)|koike\s+head|palun\s+vabandust|tere",
                  "ru": r"спасибо|благодар\w*|всего\s+(?:доброго|хорошего)|до\s+свидания|хорошего\s+дня|здравствуйте"}


def winks_by_face(original: str, sentence: str, lang: str) -> bool:
    """Does a statement of three or more words carry a winking face (`_WINK_FACE`; `original`: the words as typed,
    which normalising may have stripped of it), not a question, a condition or mere thanks or goodbye?"""
    sl = lang_of(sentence, lang)
    if sl not in _COURTESY_ONLY or not _WINK_FACE.search(original):
        return False
    folded = tx.fold(sentence)
    words = sum(t.is_word for t in tx.tokenize_cached(sentence))
    return words >= 3 and not tx.is_question(sentence, sl) and not tx.is_question(original, sl) \
        and not rx(_COURTESY_ONLY[sl]).search(folded) and not re.search(r"(?:^|[\s,])(?:kas|kui|если|ли)\s", folded)


def _winks(sentence: str, folded: str, lang: str) -> bool:
    m = rx(_WINK[lang]).search(folded)
    if m is None:
        return winks_by_face(sentence, sentence, lang)
    return not tx.is_question(sentence, lang) and not re.search(r"(?:^|[\s,])(?:kas|если|ли)\s", folded[:m.start()])


# a decision's outcome said about the person ("isale määrati puue", «ему назначили пособие», «решение приняли»):
# their status as much as an arrived application; past and perfect forms only (the present "määratakse",
# «назначают» says how the Board decides in general, the future «назначат» nothing yet)
_OUTCOME = {
    "et": (
        r"otsus\w*|puue|puude\w*|puuet|toetus\w*|pension\w*|huvitis\w*|raskusast\w*|toovoime\w*",
        r"(?:on|oli)(?:\s+\w+){0,3}?\s+(?:maaratud|tuvastatud|otsustatud|maaranud|tuvastanud|"
        # a payment suspended or ended ("Teie pensioni maksmine on peatatud"): the record's state as much
        r"peatatud|lopetatud|katkestatud)"
        r"|\b(?:maarati|tuvastati|otsustati|tehti|peatati|lopetati)\b|otsuse\s+(?:\w+\s+){0,1}?teinud",
    ),
    "ru": (
        r"решени\w*|заявлени\w*|ходатайств\w*|пособи\w*|пенси\w*|степен\w*|инвалидност\w*|выплат\w*|"
        r"компенсаци\w*",
        r"приняли|принял[аио]?\b|вынесли|вынесен[аоы]?\b|назначил[аио]?\b|назначен[аоы]?\b|"
        r"установил[аио]?\b|установлен[аоы]?\b|определил[аио]?\b|определен[аоы]?\b|отказали|"
        r"приостановлен[аоы]?\b|приостановили|прекращен[аоы]?\b|прекратили",
    ),
}
# a relative clause describes whoever qualifies, nobody's record ("inimene, kellel on puue tuvastatud",
# «те, у кого установлена степень»); «чтобы решение приняли» wishes, it does not state
_GENERIC_CLAUSE = re.compile(r"(?<!\w)(?:kellel|kellele|kelle|kes|у\s+кого|кому|которы\w*|которо\w*|чтобы)(?!\w)")


# a future or a possibility («пособия будут приостановлены», «может быть прекращена»): nothing decided yet
_NOT_YET = re.compile(r"(?<!\w)(?:будет|будут|быть|станет|станут)\s+$")


def _states_outcome(sentence: str, folded: str, lang: str) -> bool:
    subject, predicate = _OUTCOME[lang]
    if not rx(subject).search(folded) or _RULE.search(folded) or tx.is_spoken_question(sentence, lang):
        return False  # a check question by intonation repeats what the caller asks («..., правильно»)
    for m in rx(predicate).finditer(folded):
        if _NOT_YET.search(folded[max(0, m.start() - 10):m.start()]):
            continue
        if not _GENERIC_CLAUSE.search(folded[:m.start()]) and _asserted_folded(sentence, folded, m.start(), lang):
            return True
    return False


# a word that opens a new main clause (folded): a contrast, a reason or an example. Words only, so that speech without
# punctuation reads the same.
# "õiguslik alus on Teil olemas, aga päring ... nt digiallkirjaga kiri" says the caller has a legal basis; the letter
# is in the next clause (new-user batch 77 data-request-bailiff-et terse, with and without commas)
_MAIN_CLAUSE_CUE = re.compile(r"\b(?:aga|kuid|ent|sest|nt|naiteks|но|однако|зато|потому|например)\b")
# a subject that says nothing of its own ("kõik", «всё»): the predicate's only when at most two words before it
_VAGUE_SUBJECT = re.compile(r"koik|asi|asjad|вс[её]|дело")
_NEAR_BEFORE = re.compile(r"\s*(?:\w+\s+){0,2}")
# a pronoun standing for the thing of an earlier clause ("Kiri jõudis kohale, aga see on menetluses")
_THING_PRONOUN = re.compile(r"\b(?:see|seda|ta|tema|need|это|оно|она|он|они|его|её|ее)\b")


def _subject_in_clause(folded: str, start: int, end: int, subject: str) -> bool:
    """Is a status predicate at [start, end) of a folded sentence said of a status subject (`_STATUS`): one in its
    own main clause (`_MAIN_CLAUSE_CUE` bounds it; punctuation does not, a relative clause may stand between), or
    a pronoun there standing for one named earlier in the sentence?"""
    cues = list(_MAIN_CLAUSE_CUE.finditer(folded))
    a = max((c.end() for c in cues if c.end() <= start), default=0)
    b = min((c.start() for c in cues if c.start() >= end), default=len(folded))
    for m in rx(subject).finditer(folded, a, b):
        # "kõik", «всё» is the predicate's own subject only right before it ("kõik on korras"), not in a comma
        # clause of its own («Всё понятно, право у Вас уже есть»)
        if not _VAGUE_SUBJECT.fullmatch(m.group(0)) or _NEAR_BEFORE.fullmatch(folded[m.end():start]):
            return True
    return bool(_THING_PRONOUN.search(folded[a:b])) and bool(rx(subject).search(folded[:a]))


@lru_cache(maxsize=20_000)
def find_status_statements(text: str, lang: str) -> tuple[Statement, ...]:
    """Sentences stating the status of an application, decision or letter ("Teie ema taotlus on
    saabunud ja on menetluses", «Заявление поступило»). A rule with a duration ("vaadatakse läbi 30 päeva
    jooksul"), a question, a negation or a "kas/kui" clause is no statement of status."""
    out = []
    for start, end, sentence in sentences(text):
        sl = lang_of(sentence, lang)
        if sl not in _STATUS:
            continue
        folded = tx.fold(sentence)
        if _winks(sentence, folded, sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        receives = rx(_RECEIVES[sl]).search(folded)
        if receives and _asserted_folded(sentence, folded, receives.start(), sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        if _states_outcome(sentence, folded, sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        subject, predicate = _STATUS[sl]
        if not rx(subject).search(folded) or _RULE.search(folded):
            continue
        for m in rx(predicate).finditer(folded):
            if _GENERIC_ACTIVE.match(m.group(0)) and not _OWNER.search(folded):
                continue  # «Возражение рассматривают по данным ...»: how appeals are handled, nobody's status
            if not _subject_in_clause(folded, m.start(), m.end(), subject):
                continue
            if _asserted_folded(sentence, folded, m.start(), sl):
                out.append(Statement(start, end, sentence.strip(), "status"))
                break
    return tuple(out)


# -- the caller's own record ---------------------------------------------------------------------

# whose record a status is (folded text): the caller's, said next to the thing it is about ("teie pensioni
# maksmine", "Teie taotlus", «выплата Вашей пенсии», «Ваше заявление»), or read off the record ("näen siin", "siin
# on märge", «вижу», «в системе», «у меня здесь»)
_OWN_THING = {
    "et": r"(?:teie|teie\s+enda)\s+(?:\w+\s+)?(?:taotlus|avaldus|otsus|vaie|vaide|pension|toetus|huvitis|puue|puude|"
          r"makse|maksmine|kiri|dokument|tootlemine|menetlus)\w*",
    "ru": r"(?:ваш\w*|у\s+вас)\s+(?:\w+\s+)?(?:заявлени|ходатайств|решени|возражени|пенси|пособи|выплат|инвалидност|"
          r"степен|документ|письм|дел)\w*"
          r"|(?:заявлени|ходатайств|решени|возражени|пенси|пособи|выплат|документ)\w*\s+(?:\w+\s+)?ваш\w*",
}
_READS_RECORD = {
    "et": r"naen|naeme|mul\s+on\s+siin|siin\s+on\s+(?:\w+\s+)?marge|susteemis|registris|andmetes",
    "ru": r"вижу|видим|у\s+меня\s+(?:здесь|тут)|в\s+системе|по\s+(?:нашим\s+)?данным|в\s+базе|стоит\s+отметка|"
          r"значится",
}


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def states_own_record(sentence: str, lang: str) -> bool:
    """Does an agent sentence tell the state of the caller's own record: a status (`find_status_statements`: an
    application arrived, a decision made, a payment suspended) of a thing said to be theirs ("teie pensioni
    maksmine on peatatud", «Ваше заявление поступило») or read off the record ("näen, et otsus on tehtud", «вижу,
    выплата приостановлена»)? A rule ("pension peatatakse, kui ..."), a question or a condition states nothing."""
    sl = lang_of(sentence, lang)
    if sl not in _OWN_THING or not find_status_statements(sentence, lang):
        return False
    folded = tx.fold(sentence)
    return bool(rx(_OWN_THING[sl]).search(folded) or rx(_READS_RECORD[sl]).search(folded))
