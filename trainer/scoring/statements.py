"""What an agent's sentence states: a fact's value, a promise or guess (`promises.py`), an application's
status, a request for an identifier.

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
from trainer.scoring.bare_amount import bare_amounts
from trainer.scoring.dont_type import dont_type as _dont_type
from trainer.scoring.promises import _lang_of, _rx, is_promise
from trainer.scoring.resumptive import with_condition
from trainer.scoring.that_clause import unasserted_that
from trainer.text.ages import is_age
from trainer.text.former_clause import former_clause_end
from trainer.text.quantities import find_quantities, parse_quantity


@dataclass(frozen=True)
class Statement:
    """A sentence of a turn that states something: its offsets in the turn, the quote and the kind."""

    start: int
    end: int
    quote: str
    kind: str


def _sentences(text: str) -> list[tuple[int, int, str]]:
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
                 for start, end, sentence in _sentences(text) if is_promise(sentence, lang))


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
    sl = _lang_of(sentence, lang)
    if sl not in _COURTESY_ONLY or not _WINK_FACE.search(original):
        return False
    folded = tx.fold(sentence)
    words = sum(t.is_word for t in tx.tokenize_cached(sentence))
    return words >= 3 and not tx.is_question(sentence, sl) and not tx.is_question(original, sl) \
        and not _rx(_COURTESY_ONLY[sl]).search(folded) and not re.search(r"(?:^|[\s,])(?:kas|kui|если|ли)\s", folded)


def _winks(sentence: str, folded: str, lang: str) -> bool:
    m = _rx(_WINK[lang]).search(folded)
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
    if not _rx(subject).search(folded) or _RULE.search(folded) or tx.is_spoken_question(sentence, lang):
        return False  # a check question by intonation repeats what the caller asks («..., правильно»)
    for m in _rx(predicate).finditer(folded):
        if _NOT_YET.search(folded[max(0, m.start() - 10):m.start()]):
            continue
        if not _GENERIC_CLAUSE.search(folded[:m.start()]) and _asserted_folded(sentence, folded, m.start(), lang):
            return True
    return False


@lru_cache(maxsize=20_000)
def find_status_statements(text: str, lang: str) -> tuple[Statement, ...]:
    """Sentences stating the status of an application, decision or letter ("Teie ema taotlus on
    saabunud ja on menetluses", «Заявление поступило»). A rule with a duration ("vaadatakse läbi 30 päeva
    jooksul"), a question, a negation or a "kas/kui" clause is no statement of status."""
    out = []
    for start, end, sentence in _sentences(text):
        sl = _lang_of(sentence, lang)
        if sl not in _STATUS:
            continue
        folded = tx.fold(sentence)
        if _winks(sentence, folded, sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        receives = _rx(_RECEIVES[sl]).search(folded)
        if receives and _asserted_folded(sentence, folded, receives.start(), sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        if _states_outcome(sentence, folded, sl):
            out.append(Statement(start, end, sentence.strip(), "status"))
            continue
        subject, predicate = _STATUS[sl]
        if not _rx(subject).search(folded) or _RULE.search(folded):
            continue
        for m in _rx(predicate).finditer(folded):
            if _GENERIC_ACTIVE.match(m.group(0)) and not _OWNER.search(folded):
                continue  # «Возражение рассматривают по данным ...»: how appeals are handled, nobody's status
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
    sl = _lang_of(sentence, lang)
    if sl not in _OWN_THING or not find_status_statements(sentence, lang):
        return False
    folded = tx.fold(sentence)
    return bool(_rx(_OWN_THING[sl]).search(folded) or _rx(_READS_RECORD[sl]).search(folded))


# -- requests for identifiers ---------------------------------------------------------------------

_IDENTIFIER = {
    # "nimel" (on behalf of), "nime alla" (to sign in someone's name) and "Teie nimele" (a power of attorney, an
    # account in someone's name) ask for no name; "kelle nimele?", "mis nimele?" ask whose it is
    "et": r"isikukood\w*|nim(?:i\w*|e(?!l\b|le\b|\s+alla\b)\w*)|(?<=kelle\s)nimele|(?<=mis\s)nimele|"
          r"perekonnanim\w*|eesnim\w*|aadress\w*|elukoh\w*|"
          r"sunnikuup\w*|sunniaeg\w*|"
          r"telefoninum\w*|e-?post\w*|ik",
    # «от имени отца», «на имя матери», «доверенность на Ваше имя» (on behalf of, in the name of) ask for no name
    "ru": r"личн\w*\s+код\w*|код\w*|(?<!на\s)(?<!на\sее\s)(?<!на\sего\s)(?<!на\sих\s)(?<!на\sваше\s)"
          r"(?<!на\sмое\s)(?<!на\sсвое\s)(?<!на\sтвое\s)(?<!на\sнаше\s)имя|"
          r"(?<!от\s)(?<!на\s)(?<!от\sее\s)(?<!от\sего\s)(?<!от\sих\s)(?<!вашего\s)(?<!своего\s)имени|фамили\w*|адрес\w*|дат\w*\s+рождения|номер\w*\s+телефона|"
          r"e-?mail|почт\w*|isikukood\w*",
}
_REQUEST = {
    "et": r"oelge|oelda|kirjutage|kirjutada|sisestage|saatke|andke|teatage|palun|vajan|vajame|tean\s+vaja|"
          r"kirjuta|utle|saada|anna|sisesta|"  # the informal imperative asks too
          r"on\s+vaja|mis\s+on|kuidas\s+on|"
          # an invitation is a request too: "võite isikukoodi siia kirjutada" (batch 26, an open chat)
          r"(?:voite|voiksite|vois|saate|saab)\s+(?:\w+\s+){0,2}?(?:kirjutada|saata|sisestada|lisada)",
    "ru": r"назовите|напишите|укажите|сообщите|введите|пришлите|продиктуйте|пожалуйста|нужн\w*|мне\s+нужно|"
          r"назови|напиши|скажи|продиктуй|"
          r"как\s+(?:Вас|вас)\s+зовут|какой|"
          # an invitation is a request too: «можете написать код здесь» (batch 26, an open chat)
          r"(?:можете|можно|могли\s+бы)\s+(?:\w+\s+){0,2}?(?:написать|прислать|указать|ввести|отправить|продиктовать)",
}

# a question about who else lives or is registered at the client's address asks about the household, asked with
# a negative pronoun ("кроме Вас, никто не прописан?") or about "other people" ("teisi inimesi") too (blind round 24)
_HOUSEHOLD = {"et": r"kes|keegi|kedagi|kellel|keda|kellegi|teisi\s+(?:inimesi|isikuid|elanikke)|"
                    r"teised\s+(?:inimesed|isikud|elanikud)",
              "ru": r"кто|кого|кто-то|кто-нибудь|кто-либо|кого-то|никто|никого|"
                    r"други[ех]\s+(?:люд\w*|лиц\w*|человек\w*|жильц\w*)"}
_PLACE = {"et": r"aadressil\w*|aadressile|elukohas|elukohta", "ru": r"по\s+(?:\w+\s+)?адресу|на\s+адресе"}


# a channel, not the client's identifier: "e-posti teel", "e-postiga", "aadressil info@...", «по почте»,
# «электронной почтой», «на адрес info@...» (unless the client's own: "oma e-posti aadress", «Ваш адрес»)
_CHANNEL_USE = {
    "et": r"e-?post(?:iga|i\s+(?:teel|kaudu))|postiga|posti\s+(?:teel|kaudu)|aadressil(?=\s+\S+@)|aadressile(?=\s+\S+@)",
    "ru": r"по\s+(?:электронной\s+)?почте|почтой|на\s+(?:нашу\s+)?(?:электронную\s+)?почту|на\s+адрес(?=\s+\S+@)",
}
# the Board's own address to write to ("ameti üldaadressile", «на общий адрес электронной почты Департамента»)
_OUR_ADDRESS = {
    "et": r"\b(?:ameti|sotsiaalkindlustusameti|meie|uld)\s*(?:e-?posti\s+)?(?:uld)?aadress\w*|\buldaadress\w*"
          # where the client's own letter went ("millisele aadressile te kirjutasite?"): the address they wrote to
          r"|\baadressi(?:le|l)\s+(?:\w+\s+){0,2}(?:kirjutasite|saatsite|poordusite|kirjutate|saadate)\b",
    "ru": r"\b(?:общ\w+|наш\w*)\s+(?:электронн\w+\s+)?(?:адрес|почт)\w*|\bадрес\w*\s+(?:электронной\s+почты\s+)?департамент\w*"
          # «на какой адрес Вы писали?», «адрес, на который Вы отправили письмо»: the address the client wrote to
          r"|\bна\s+(?:\w+\s+){0,2}адрес\w*\s+(?:\w+\s+){0,2}(?:писали|написали|отправ(?:или|ляли)|прислали|присылали)\b"
          r"|\bадрес\w*,?\s+на\s+котор\w+\s+(?:\w+\s+){0,2}(?:писали|написали|отправ(?:или|ляли)|прислали|присылали)\b",
}
_CLIENTS_OWN = {"et": r"\b(?:oma|teie|te)\b", "ru": r"\b(?:ваш\w*|свой|свою|своего|своём|своем)\b"}


def _names_a_channel(folded: str, start: int, sl: str) -> bool:
    """Is the identifier word at `start` a channel (how to write to us), not something asked of the client?"""
    channel = _rx(_CHANNEL_USE[sl]).search(folded, max(0, start - 24))
    clause = max(folded.rfind(";", 0, start), folded.rfind(":", 0, start)) + 1  # its own clause (see `_clause`)
    return bool(channel and channel.start() <= start + 2) and not _rx(_CLIENTS_OWN[sl]).search(folded[clause:start])


# "... teatage iseteeninduses", «укажите в среде самообслуживания»: given where the client is identified, not here
_SELF_SERVICE_PLACE = {"et": r"iseteenindus(?:es|se|est)|iseteeninduse\s+(?:kaudu|keskkonnas)", "ru": r"в\s+(?:среде\s+)?самообслуживани\w*|"
                       r"через\s+(?:среду\s+)?самообслуживани\w*"}
_HERE = {"et": r"siia|siin|vestlusesse|vestluses|chatti", "ru": r"сюда|здесь|в\s+чат\w*"}


def _in_self_service(folded: str, sl: str) -> bool:
    """Does the sentence ask for it in the self-service (and not here in the chat)?"""
    return bool(_rx(_SELF_SERVICE_PLACE[sl]).search(folded)) and not _rx(_HERE[sl]).search(folded)


# a change the client is to report ("teatage meile uus aadress", «сообщите новый адрес»): the procedure's step, said
# where the agent has sent the client to the self-service for it (see `identity._chat_requests`), not here
_NOTIFY = {"et": r"teatage|teavitage|teatada|teavitada|teatate|teavitate",
           "ru": r"сообщите|сообщить|уведомите|уведомить|сообщаете"}
_CHANGED = {"et": r"uus|uue|uut|uued|uute|muutu\w*|muudatus\w*", "ru": r"нов(?:ый|ого|ую|ом|ые|ых)|изменени\w*"}


def reports_a_change(sentence: str, lang: str) -> bool:
    """Does the sentence tell the client to report a change of their data (a new address, a new account) without
    asking for it here ("Kolides teatage uus elukohariik ja aadress", «Сообщите новый адрес»)?"""
    sl = _lang_of(sentence, lang)
    if sl not in _NOTIFY:
        return False
    folded = tx.fold(sentence)
    return bool(_rx(_NOTIFY[sl]).search(folded) and _rx(_CHANGED[sl]).search(folded)) \
        and not _rx(_HERE[sl]).search(folded)


# "helistage 16106 ja öelge isikukood telefonis", «позвоните на 16106 и назовите код по телефону»: the code is
# given on another channel, where the caller is identified; not when it is also to be typed (`_TYPE_IT`) or here
_ON_THE_PHONE = {"et": r"\b(?:helistage|helistate|helistades|helistab|voite\s+(?:ka\s+)?helistada|telefoni\s+teel|telefonis|"
                       r"infotelefonil\w*|kone\s+ajal)\b",
                 "ru": r"\b(?:позвоните|позвонив|наберите|звоните|звонит|по\s+телефону|при\s+звонке)\b"}
_TYPE_IT = {"et": r"\b(?:kirjut\w*|sisest\w*|saat(?:ke|a)|truki\w*)\b",
            "ru": r"\b(?:напиш\w*|пиш\w*|введ\w*|вве?дите|пришли\w*|отправ\w*|укаж\w*)\b"}


def _on_the_phone(folded: str, sl: str) -> bool:
    """Does the sentence ask for it on a call to the info line (and not to be typed or given here)?"""
    return bool(_rx(_ON_THE_PHONE[sl]).search(folded)) and not _rx(_TYPE_IT[sl]).search(folded) \
        and not _rx(_HERE[sl]).search(folded)


# the offer of the chat's transcript or copy („Kas soovite vestluse ärakirja e-postile?“, «Хотите получить копию
# этого чата на e-mail?»): the chat's own service, no request for an identifier unless it says "write your e-mail"
_TRANSCRIPT_OFFER = {"et": r"arakir\w*|koopia\w*|vestluse\s+teksti", "ru": r"копи\w*\s+(?:этого\s+|нашего\s+)?(?:чат|переписк|"
                     r"разговор|диалог)\w*|стенограмм\w*|расшифровк\w*"}
_WRITE_IT = {"et": r"kirjutage|oelge|sisestage|kirjuta|utle|sisesta", "ru": r"напишите|укажите|сообщите|введите|"
             r"продиктуйте|назовите|напиши|укажи"}


# the chat saved or sent by the chat window's own button ("Vestluse saate salvestada, akna all on nupp „Saada vestlus
# e-postile“", «Переписку можно сохранить кнопкой «Отправить чат на почту»»): the window mails it to an address the
# client types there, asked for by no one; not when the client is to give "your e-mail" (`_YOUR_MAIL`)
_CHAT_SAVED = {"et": r"\bvestlus\w*\s+(?:\w+\s+){0,2}(?:salvest\w*|e-?postile)|\bsalvest\w*\s+(?:\w+\s+){0,2}vestlus\w*|"
                     r"\bsaada\s+vestlus\w*",
               "ru": r"\b(?:чат|переписк|диалог|разговор)\w*\s+(?:\w+\s+){0,2}(?:сохран\w*|на\s+(?:e-?mail|почт\w*))|"
                     r"\bсохран\w*\s+(?:\w+\s+){0,2}(?:чат|переписк|диалог|разговор)\w*"}
_YOUR_MAIL = {"et": r"\b(?:oma|teie|sinu|enda)\s+(?:\w+\s+)?e-?post\w*",
              "ru": r"\b(?:ваш|свой|сво[юе]|твой|твою)\w*\s+(?:\w+\s+)?(?:e-?mail|почт\w*|адрес\w*)"}


_MAIL_WORD = re.compile(r"e-?post\w*|e-?mail\w*|почт\w*")


def _offers_transcript(folded: str, sl: str) -> bool:
    return bool(_rx(_TRANSCRIPT_OFFER[sl]).search(folded)) and not _rx(_WRITE_IT[sl]).search(folded)


def _saves_the_chat(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word `m` the e-mail the chat window's save button sends the chat to (`_CHAT_SAVED`),
    nobody asking for it here?"""
    return bool(_MAIL_WORD.fullmatch(m.group()) and _rx(_CHAT_SAVED[sl]).search(folded)) \
        and not _rx(_WRITE_IT[sl]).search(folded) and not _rx(_YOUR_MAIL[sl]).search(folded)


@lru_cache(maxsize=20_000)
def find_identifier_requests(text: str, lang: str) -> tuple[Statement, ...]:
    """Sentences asking the client for an identifier (name, address, personal code, birth date):
    a question or a request verb with an identifier word, not negated ("Palun kirjutage oma nimi",
    "Mis on Teie isikukood?", «Напишите, пожалуйста, Ваше имя»). "Ärge kirjutage siia isikukoodi" and
    "isikukoodi pole vaja" are no requests."""
    out = []
    for start, end, sentence in _sentences(text):
        sl = _lang_of(sentence, lang)
        if sl not in _IDENTIFIER:
            continue
        folded = tx.fold(sentence)
        for m in _rx(_IDENTIFIER[sl]).finditer(folded):
            pos = m.start() if len(folded) == len(sentence) else int(m.start() * len(sentence) / max(1, len(folded)))
            if tx.is_negated(sentence, pos, sl) or re.search(r"\b(?:pole|ei ole|ei)\s+vaja|не\s+нужн|не\s+надо|"
                                                             r"ärge|arge|не\s+пишите|не\s+указывайте|"
                                                             # "ära kirjutage" (typed "ara"): a prohibitive before
                                                             # the verb; "kirjutage ... ära" (write it down) is none
                                                             r"\b(?:ära|ara)\s+(?:kirjut|sisest|saat|jaga|lisa|pan)\w*|"
                                                             r"\bmitte\s+(?:\w+\s+)?(?:kirjutada|sisestada|saata|"
                                                             r"jagada|lisada)\b|не\s+(?:стоит|следует|присылайте|"
                                                             r"вводите|отправляйте|сообщайте)", folded) \
                    or _dont_type(folded):
                continue
            if _OWN_IDENTIFIER.search(folded[:m.start()]):
                continue  # "minu nimi on Anna": the agent introduces herself (new-user batch 52)
            if _rx(_HOUSEHOLD[sl]).search(folded) and _rx(_PLACE[sl]).search(folded):
                break  # "Kas Teie aadressile on registreeritud veel keegi?": who else lives there, no identifier
            if _changes_it(folded, m, sl) or _in_condition(folded, m, sl) or _place_of(folded, m, sl):
                continue
            if _names_a_channel(folded, m.start(), sl) or _in_self_service(folded, sl) or _offers_transcript(folded, sl) \
                    or _saves_the_chat(folded, m, sl) \
                    or _on_the_phone(folded, sl) or _on_the_phone(_clause(folded, m.start()), sl) \
                    or _rx(_OUR_ADDRESS[sl]).search(folded):
                continue
            if tx.is_question(sentence, sl) or _asks_for_it(sentence, folded, sl) or _ELLIPTIC[sl].match(folded):
                out.append(Statement(start, end, sentence.strip(), "identifier"))
                break
    return tuple(out)


# the speaker's own identifier right before the word ("minu nimi on Anna", "mu nimi on", «моё имя»): no request
_OWN_IDENTIFIER = re.compile(r"\b(?:minu|mu|моё|мое|мой)\s+$")


# the identifier as the thing to change or register, not its value ("kas poeg peab elukoha ümber registreerima",
# «нужно ли сменить адрес регистрации»): asks about a procedure; "uus aadress", «новый адрес» is a value again
_CHANGE_VERB = {
    "et": r"(?:umber\s+)?registreeri\w*|muut\w*|muuda\w*|vaheta\w*",
    "ru": r"перерегистр\w*|зарегистр\w*|регистрир\w*|смен\w*|измен\w*|помен\w*|пропис\w*|выпис\w*",
}


# a participle describes the identifier ("registreeritud aadress", «зарегистрированный адрес»): its value is asked
_PARTICIPLE = {"et": r"\w+(?:tud|dud)", "ru": r"\w*нн\w*|\w+(?:ый|ий|ого|ому|ом|ой|ую|ая|ое|ые|ых)"}


def _changes_it(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word `m` (in folded text) the object of a change or registration verb within two words of
    it, with no "new" before it (see `_CHANGE_VERB`)?"""
    before = [w.strip(",.;:!?") for w in folded[max(0, m.start() - 30):m.start()].split()[-2:]]
    after = [w.strip(",.;:!?") for w in folded[m.end():m.end() + 40].split()[:2]]
    if before and _rx(_CHANGED[sl]).fullmatch(before[-1]):
        return False
    verb = _rx(_CHANGE_VERB[sl])
    return any(verb.fullmatch(w) and not _rx(_PARTICIPLE[sl]).fullmatch(w) for w in before + after)


_IF = {"et": r"(?<!\w)(?:kui|juhul)(?!\w)", "ru": r"(?<!\w)(?:если|когда)(?!\w)"}


def _in_condition(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word `m` inside a condition clause ("..., kui olete oma aadressil ainsana kirjas?", «...,
    если ваш адрес в регистре верный?») with no request word from the condition word on and none after the clause
    ("kui Teil on isikukood käepärast, palun kirjutage see" asks for it)? The condition names the identifier as
    a circumstance, it asks for no value."""
    start = max(folded.rfind(c, 0, m.start()) for c in ",;:") + 1
    cond = next(reversed(list(_rx(_IF[sl]).finditer(folded, start, m.start()))), None)
    if cond is None:
        return False
    ends = [k for k in (folded.find(c, m.end()) for c in ",;:") if k >= 0]
    rest = folded[min(ends):] if ends else ""
    request = _rx(_REQUEST[sl])
    return not request.search(folded, cond.start(), m.start()) and not request.search(rest)


def _clause(folded: str, pos: int) -> str:
    """The clause of a sentence around `pos`, between semicolons or colons: a summary lists several steps in one
    sentence ("...; siis helistage infotelefonile oma isikukoodiga", «...; после этого звоните на 16106 со своим
    личным кодом»)."""
    start = max(folded.rfind(";", 0, pos), folded.rfind(":", 0, pos)) + 1
    ends = [k for k in (folded.find(";", pos), folded.find(":", pos)) if k >= 0]
    return folded[start:min(ends, default=len(folded))]


# the address as the place where someone is registered or a letter went ("kas poeg oli teie aadressil kirjas?",
# "kas kiri tuli teie aadressile?", «сын прописан по Вашему адресу?»), not its value, unless asked which one
# ("millisel aadressil te elate?", «по какому адресу Вы живёте?») (blind round 25)
_AT_ADDRESS = {"et": r"(?:\w+\s+)?aadressi(?:l|le|lt)$|(?:\w+\s+)?elukohas$",
               "ru": r"(?:по|на)\s+(?:\w+\s+)?адрес(?:у|е)$"}
_WHICH = {"et": r"^(?:milli\w*|mis|mitmend\w*)\s", "ru": r"^(?:по|на)\s+(?:как\w*|котор\w*)\s"}


def _place_of(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word at `m` the address as a place (`_AT_ADDRESS`), not asked which one (`_WHICH`) nor
    said for the client to confirm?"""
    head = re.search(r"(?:\S+\s+){0,2}$", folded[:m.start()]).group() + m.group()
    place = re.search(_AT_ADDRESS[sl], head)
    # "aadressil Tamme 5", «по адресу Садовая 3»: the address said, to be confirmed, is asked all the same
    value = re.match(r"\s+(?:\S+\s+){0,2}\S*\d", folded[m.end():])
    return place is not None and value is None and not re.search(_WHICH[sl], place.group())


# a verbless "and your name" after thanks or the code read back, said without a question mark ("aitäh, 4480... ja teie
# ees- ja perekonnanimi", «спасибо, а ваше имя и фамилия»): the ellipsis asks for it (blind round 25); also with the
# read-back announced ("ma kordan 4480... ja nimi on teil", «повторяю 3490... а фамилия у вас»: the name "you have")
_ACK = {"et": r"(?:(?:aitah|tanan|tanud|selge|hasti|hea|jah|jaa|mhm|okei|ok|nii|(?:ma\s+)?kord(?:an|ame))\W+"
              r"|\d[\d\s-]*\W*)*",
        "ru": r"(?:(?:спасибо|благодарю|хорошо|так|да|ага|угу|понятно|отлично|(?:я\s+)?повтор(?:яю|ю))\W+"
              r"|\d[\d\s-]*\W*)*"}
_NAMED = {"et": r"(?:ees-?\s*(?:ja|ning)\s+)?(?:perekonna|ees)?nimi|isikukood|aadress|elukoht|sunnikuupaev",
          "ru": r"(?:имя|фамилия|отчество)(?:\s+и\s+(?:имя|фамилия|отчество))*|личный\s+код|адрес|дата\s+рождения"}
_ELLIPTIC = {
    "et": re.compile(rf"^\W*{_ACK['et']}(?:ja|ning|aga)\s+(?:(?:teie|te)\s+(?:{_NAMED['et']})(?:\s+on)?"
                     rf"|(?:{_NAMED['et']})\s+on\s+teil)(?:\W+palun)?\W*$"),
    "ru": re.compile(rf"^\W*{_ACK['ru']}(?:а|и)\s+(?:(?:ваш[аеи]?|ваше)\s+(?:{_NAMED['ru']})|(?:{_NAMED['ru']})\s+у\s+вас)"
                     rf"(?:\W+пожалуйста)?\W*$"),
}


def _asks_for_it(sentence: str, folded: str, sl: str) -> bool:
    """Has the sentence a request word not under negation? "ma ei saa öelda, ka kui isikukood on teada",
    «не могу сказать, даже если код известен»: the agent's own refusal asks the client for nothing."""
    for m in _rx(_REQUEST[sl]).finditer(folded):
        pos = m.start() if len(folded) == len(sentence) else int(m.start() * len(sentence) / max(1, len(folded)))
        if not tx.is_negated(sentence, pos, sl):
            return True
    return False


# -- facts by value --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueHit:
    """A sentence stating a value: right or wrong, with the quoted words."""

    start: int
    end: int
    quote: str
    sentence: str
    right: bool


# Units of time: with other_units_wrong, another unit of time for the same fact is a wrong value ("5 tööpäeva" where
# the answer comes within "30 päeva"); calendar days are days.
_TIME_UNITS = frozenset("paev toopaev nadal kuu aasta tund день неделя месяц год час".split())
# "eur" typed short is the euro ("sügav 100 eur", new-user batch 31), as in kbvalues
_SAME_UNIT = {("kalendripaev",): ("paev",), ("календарный", "день"): ("день",), ("eur",): ("euro",)}


def _canonical_unit(unit: tuple[str, ...]) -> tuple[str, ...]:
    if len(unit) == 1 and unit[0].startswith("kalendripae"):
        return ("paev",)  # a compound the dictionary may not know ("kalendripäeva")
    return _SAME_UNIT.get(unit, unit)


def _time_unit(unit: tuple[str, ...]) -> bool:
    return unit[-1] in _TIME_UNITS or _canonical_unit(unit)[-1] in _TIME_UNITS


def _bare_quantity(phrase: str, lang: str):
    """The quantity of a wrong phrase that is little more than that quantity ("до 1 марта", "14 päeva"),
    else None: a longer phrase with a number in it («в двух странах полностью») must match as a whole,
    or any "двух стран" in a reply would count as the wrong rule."""
    q = parse_quantity(phrase, lang)
    if q is None:
        return None
    rest = (phrase[:q.start] + " " + phrase[q.end:]).split()
    if any(tx.fold(w.lower()) in _RATES for w in rest):
        return None  # "200 eurot kuus": the rate is the wrong part, "200 eurot" alone is right
    return q if len(rest) <= 1 else None


# a rate after an amount: "200 eurot kuus", "aastas", «ежемесячно»
_RATES = frozenset("kuus aastas paevas nadalas igakuine ежемесячно ежегодно ежедневно".split())


# -- a former rule told as former: "Varem maksti reedel, aga nüüd enam mitte.", «Раньше платили в пятницу, теперь
# нет.» explains that a rule was abolished; it does not state it. Matched on folded text (õäöü -> oaou).
_ABOLISHED = {
    "et": r"\b(?:kaotati|kaotatud|kaotas|tuhistati|tuhistatud|ei\s+kehti|enam\s+ei|enam\s+mitte|ei\s+ole\s+enam|pole\s+enam|"
          r"ei\s+\w+\s+enam|enam\s+\w+\s+ei)\b",
    "ru": r"(?:\bотмен\w*|\bне\s+действует|\bбольше\s+не\b|\bуже\s+не\b|\bбольше\s+так\s+не\b|\bтеперь\s+нет\b|"
          r"\bсейчас\s+нет\b|\bне\s+\w+\s+больше\b)",
}
_FORMERLY = {
    "et": r"\b(?:varem|varasemalt|vanasti|kunagi|kuni\s+\d{4}|enne\s+\d{4}|\d{4}\.?\s+aastani|(?:maksti|kehtis|oli)\b)",
    "ru": r"(?:\bраньше\b|\bпрежде\b|\bдо\s+\d{4}|\bплатили\b|\bдействовал\w*|\bбыло\b)",
}
#: "as before", "still": the former rule said to hold now
_STILL = {"et": r"\b(?:nagu\s+varem|nagu\s+vanasti|endiselt|ikka\s+veel|jatkuvalt)\b",
          "ru": r"(?:\bкак\s+(?:и\s+)?раньше\b|\bпо-прежнему\b|\bвсё\s+ещё\b|\bвсе\s+еще\b)"}


#: a bound that puts the rule in the past: up to a year („kuni 2024. aasta lõpuni“, „2024. aastani“, «до 2025 года»,
#: «до конца 2024 года») or the old order named („vana korra järgi“, «по старому правилу»)
_PAST_BOUND = {
    "et": r"\b(?:kuni\s+(?:\d{4}|aastani\s+\d{4})|enne\s+\d{4}|\d{4}\.?\s+(?:aastani|aasta\s+lopuni)|"
          r"vana(?:st|s|d|l|le|sse)?\s+(?:korra\w*|kord|reegli\w*|reegel)|vanasti)\b",
    "ru": r"(?:\bдо\s+(?:конца\s+)?\d{4}|\bпо\s+стар\w+\s+(?:правил\w*|порядк\w*)|\bстар\w+\s+(?:правил\w*|порядк\w*)|"
          r"\bпо-старому\b)",
}
#: a past-tense verb of paying or holding („maksti“, „kanti“, „tuli“, «платили», «выплачивали», «перечисляли»)
_PAST_VERB = {
    "et": r"\b(?:maksti|makseti|maksis|kanti|tehti|kehtis|tuli|tulid|laekus|joudis|joudsid|saadeti|oli)\b",
    "ru": r"(?:\b(?:вы)?плачивал\w*|\b(?:вы)?платил\w*|\bперечислял\w*|\bзачислял\w*|\bпереводил\w*|\bприходил\w*|"
          r"\bпоступал\w*|\bдействовал\w*|\bбыл[аои]?\b)",
}
#: the same rule said to hold now too: "ja nüüd ka", "praegu samamoodi", «и сейчас тоже», «так же»
_NOW_TOO = {
    "et": r"\b(?:(?:nuud|praegu|tana)\s+(?:\w+\s+){0,3}?ka|ka\s+(?:nuud|praegu)|nuudki|praegugi|samamoodi|sama\s+moodi|"
          r"samuti|nagu\s+ka)\b",
    "ru": r"(?:\b(?:и|так\s+же)\s+(?:сейчас|теперь)\b|\b(?:сейчас|теперь)\s+(?:\w+\s+){0,2}?тоже\b|\bтак\s+же\b|"
          r"\bточно\s+так\b|\bкак\s+и\s+до\b)",
}


def tells_former_rule(sentence: str, lang: str) -> bool:
    """Does the sentence tell a rule as one that no longer holds ("Varem, kuni 2024. aasta lõpuni, maksti
    reedel, aga nüüd enam mitte.", "see reegel kaotati", «раньше платили в пятницу, теперь нет»)? Then a wrong
    rule's words in it state nothing wrong. "nagu varem", «как раньше», "endiselt" say it still holds.
    A rule bounded by a past year or named as the old order, with a verb in the past tense, is told as former
    too („kuni 2024. aasta lõpuni maksti eelneval reedel, aga alates 2025 ...“, «до 2025 года платили в пятницу»,
    «по старому правилу перечисляли накануне выходных»), unless the sentence says it holds now too („ja nüüd
    ka“, „samamoodi“, «и сейчас тоже»); the same words in the present („kuni 2024 makstakse“) still say it."""
    sl = "ru" if lang == "ru" else "et"
    folded = tx.fold(sentence)
    if re.search(_STILL[sl], folded):
        return False
    past = former_part(sentence, lang)
    if past and past >= len(sentence.rstrip(" .!;…")):
        return True  # «Раньше пенсию платили в пятницу.», «раньше – в пятницу.»: history (trainer.text.former_clause)
    abolished = re.search(_ABOLISHED[sl], folded)
    if abolished and re.search(r"\b(?:kaotati|kaotatud|tuhistati|tuhistatud)\b|\bотмен(?:или|ено|ен|ён|ена|ены|ил|ила)\b",
                               folded):
        return True
    if abolished and re.search(_FORMERLY[sl], folded):
        return True
    return bool(re.search(_PAST_BOUND[sl], folded) and re.search(_PAST_VERB[sl], folded)
                and not re.search(_NOW_TOO[sl], folded))


def former_part(sentence: str, lang: str) -> int:
    """How many characters at the start of `sentence` tell a rule as history („Varem maksti reedel, aga alates
    2025 ...“: up to „aga“; the whole of «Раньше платили в пятницу.»); 0 if none. A wrong rule's words there are
    not said (`trainer.text.former_clause`)."""
    return former_clause_end(sentence, lang) or 0


def find_values(text: str, lang: str, right: tuple[str, ...], wrong: tuple[str, ...],
                topic: tuple[str, ...] = (), other_values_wrong: bool = True,
                other_units_wrong: bool = False, first_on_topic: bool = False) -> list[ValueHit]:
    """Right and wrong statements of a fact in `text`.

    ``right``: phrases that state the fact ("30 päeva", "8. kuupäeval", "kahe tööpäeva jooksul"); a phrase
    with a number matches the same value counted in the same unit in digits or words ("kolmekümne
    päeva"), other phrases match like concept phrases. ``wrong``: phrases of wrong rules ("reedel",
    «в пятницу»); a wrong phrase with a number also matches that value in words («до первого марта» for
    "до 1 марта"). With ``other_values_wrong``, another number of the same unit as a right phrase is wrong
    ("14 päeva"); with ``other_units_wrong`` (``other_values: any_unit``), so is a number of another unit
    of time ("5 tööpäeva", "kahe nädala" where the fact is "30 päeva"; calendar days are days; so it is without
    ``other_values_wrong``, ``other_values: other_units``: "kuue kuu jooksul" for "45 päeva"): give such a
    check a ``topic``, or another duration in the reply ("kehtib veel kaks kuud") counts against it. Only asserted statements count: in a question or a negation neither a right nor a
    wrong value is said. With ``topic``, only sentences containing a topic phrase are read; with
    ``first_on_topic`` the first sentence is read anyway (it answers the client's question on the topic).
    """
    right_q = [q for q in (parse_quantity(p, lang) for p in right) if q is not None]
    right_words = tuple(p for p in right if parse_quantity(p, lang) is None)
    wrong_q = [q for q in (_bare_quantity(p, lang) for p in wrong) if q is not None]
    units = {_canonical_unit(q.unit) for q in right_q}
    time_fact = other_units_wrong and any(_time_unit(u) for u in units)
    out: list[ValueHit] = []
    topic_set = _phrase_set(topic, lang) if topic else None
    sentences = _sentences(text)
    for n, (start, _end, sentence) in enumerate(sentences):
        previous = sentences[n - 1][2] if n else ""
        if tx.is_question(sentence, lang):
            cut = _spoken_instruction(sentence, lang)
            if cut is None:
                continue
            start, sentence = start + cut, sentence[cut:]
        if topic_set is not None and not (n == 0 and first_on_topic) \
                and not any(not m.negated for m in topic_set.find_all(sentence)):
            continue
        said: set[int] = set()
        former = tells_former_rule(sentence, lang)  # a wrong rule told as abolished is not said
        past = former_part(sentence, lang)  # «Раньше платили в пятницу, а теперь ...»: the clause before «а»
        for q in find_quantities(sentence, lang):
            if q.negated or is_age(sentence, q.start, q.end, lang):
                continue  # "kuni laps 3 a": a child's age is no value of the fact (trainer.text.ages)
            unit = _canonical_unit(q.unit)
            if any(w.value == q.value and _canonical_unit(w.unit) == unit for w in wrong_q):
                if former or q.end <= past:
                    said.add(q.start)
                    continue
                out.append(ValueHit(start + q.start, start + q.end, q.quote, sentence.strip(), False))
                said.add(q.start)
                continue
            if unit not in units and not (time_fact and _time_unit(unit)):
                continue
            ok = any(r.value == q.value and _canonical_unit(r.unit) == unit for r in right_q)
            if ok or other_values_wrong or unit not in units:  # not in units: another unit of time
                out.append(ValueHit(start + q.start, start + q.end, q.quote, sentence.strip(), ok))
                said.add(q.start)
        out += [ValueHit(start + a, start + b, quote, sentence.strip(), True)  # "maksuvaba tulu 776 ..." (speech)
                for a, b, quote in bare_amounts(sentence, lang, right_q) if a not in said]
        for phrases, ok in ((right_words, True), (wrong, False)):
            if not phrases or former and not ok:
                continue
            # a wrong rule's condition may be the sentence before ("... varem. Siis pension ei vähene.")
            shift, read = (0, sentence) if ok else with_condition(previous, sentence, lang)
            for m in _phrase_set(phrases, lang).find_all(read):  # a match ending in this sentence is said in it
                a, b = max(m.start - shift, 0), m.end - shift
                if b > 0 and not m.negated and not any(a <= pos < b for pos in said) and (ok or b > past):
                    out.append(ValueHit(start + a, start + b, read[a + shift:m.end], sentence.strip(), ok))
    return out


# a Russian present form that looks like an imperative («вы хотите ...»): asked, not told
_RU_NOT_IMPERATIVE = frozenset("хотите видите слышите".split())


def _spoken_instruction(sentence: str, lang: str) -> int | None:
    """Where an instruction starts in a question typed or spoken without "?": an imperative after the question's
    first three words („kas teil on plaan kui tunnete et ei suuda end hoida helistage kohe üks üks kaks“,
    «вы сейчас в безопасности если что звоните сто двенадцать»: new-user batch 35 crisis-suicidal-et terse); the
    value after it is told, not asked. None for a question with its mark or without such a verb."""
    if "?" in sentence:
        return None
    from trainer.text.verb_forms import _et_imperative

    words = [t for t in tx.tokenize(sentence) if t.is_word]
    for t in words[3:]:
        low = t.text.lower()
        told = _et_imperative(low) if lang == "et" else (
            lang == "ru" and re.search(r"(?:ите|йте)(?:сь)?$", low) is not None and low not in _RU_NOT_IMPERATIVE)
        if told:
            return t.start
    return None


@lru_cache(maxsize=1024)
def _phrase_set(phrases: tuple[str, ...], lang: str) -> tx.PhraseSet:
    return tx.PhraseSet(phrases, lang)
