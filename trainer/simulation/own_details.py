"""The caller's own identifying details, answered from the persona when the trainee asks for them: the
birthplace, the date of birth, the home address and the phone number to call back on (new-user batch 37 letters-unanswered-et: „palun veel ainult
sünnikoht“ got "I didn't understand", then „Seda ma täpselt ei tea“: the client did not know her own birthplace).

A detail is asked in a question („Mis on Teie sünnikoht?“, «Где Вы родились?») or in a request („Palun veel
ainult sünnikoht.“, „palun öelge oma aadress“, «Назовите, пожалуйста, дату рождения.»), not negated („Sünnikohta
ma ei küsi.“), and about the caller: a sentence that names another person („Teie ema sünnikoht“, «адрес мамы»)
asks nothing the caller knows of itself. A name in another sense of the place („Teie aadressile saadetakse
kiri“, «по Вашему адресу», «на Ваш адрес») is no request. Nor is the caller's own question given back to check it
(„Kas saan õigesti aru, et soovite teada selle inimese elukoha aadressi?“: batch 15's police caller answered "Minu
aadress on ..."), nor „oma“/«свой» address in an instruction for a paper («укажите свой адрес в заявлении»), nor a
bare „Sünniaasta?“ (a year, often a child's in a keyword list; „Mis on Teie sünniaasta?“ still asks). A `knows` fact
that answered the same sentence wins (the scenario's own words). The persona's ``city`` is its birthplace, as in the
partial ``identification-item-et``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.code_talk import requests_code
from trainer.simulation.reactions import REQUEST_WORDS, phrase_set, repeated_lead
from trainer.text.negation import is_negator

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

# on folded text (lower case, õäöü -> oaou, ё -> е)
_ASKED = {
    "et": {
        "birthplace": re.compile(
            r"\bsunnikoh\w*|\bsunnilinn\w*|\b(?:kus|kust|mis\s+(?:linnas|kohas|vallas|maakonnas|riigis)|"
            r"milli?ses\s+(?:linnas|kohas|vallas|maakonnas|riigis))\b[^.?!]{0,30}?\b(?:sundisite|sundinud)\b"),
        "birth_date": re.compile(
            r"\bsunniaeg\w*|\bsunnikuupaev\w*|\bsunnipaev\w*|\bteie\s+sunniaasta\w*|"
            r"\b(?:millal|mis\s+(?:aastal|kuupaeval|paeval))\b[^.?!]{0,20}?\b(?:sundisite|sundinud)\b"),
        "address": re.compile(
            r"\b(?:teie|oma)\s+(?:enda\s+)?(?:(?:elukoha|kodune|kodu|praegune|registreeritud|posti)\s+)?aadressi?(?!\w)|"
            r"\belukoha\s*aadressi?(?!\w)|\bpostiaadressi?(?!\w)|\belukoh(?:t|ta)\b|"
            r"\bkus\s+(?:te\s+)?(?:praegu\s+|hetkel\s+)?elate\b|^\W*aadressi?\W*$"),
        # the number to call the caller back on („Millisel numbril on Teile kõige parem helistada?“, „Mis on Teie
        # telefoninumber?“, new-user batch 77 letters-unanswered-et good: the question was left unanswered)
        "phone": re.compile(
            r"\b(?:mis|milli?sel|milli?sele|mis\s+on\s+teie)\s+(?:\w+\s+)?(?:telefoni|kontakt|mobiili?)?numbri(?:l|le)?\b|"
            r"\b(?:teie|oma)\s+(?:telefoni|kontakt|mobiili?)numb(?:er|rit?)\b|"
            r"^\W*(?:telefoni|kontakt)?numb(?:er|rit?)\W*$"),
    },
    "ru": {
        "birthplace": re.compile(
            r"\bмест\w*\s+(?:вашего\s+)?рождени\w*|\bгде\s+(?:вы\s+)?родил\w*|"
            r"\bв\s+каком\s+(?:городе|месте)\s+(?:вы\s+)?родил\w*"),
        "birth_date": re.compile(
            r"\bдат\w*\s+(?:вашего\s+)?рождени\w*|\bваш\w*\s+год\w*\s+рождени\w*|\bгод\w*\s+вашего\s+рождени\w*|"
            r"\bдень\s+рождени\w*|"
            r"\bкогда\s+(?:вы\s+)?родил\w*|\bв\s+каком\s+году\s+(?:вы\s+)?родил\w*"),
        "address": re.compile(
            r"\b(?:ваш|свой)\s+(?:домашний\s+|почтовый\s+|нынешний\s+)?адрес\b(?!\w)|\bадрес\s+(?:проживания|регистрации)\b|"
            r"\bгде\s+(?:вы\s+)?(?:сейчас\s+)?(?:живете|проживаете)\b|^\W*адрес\W*$"),
        # «По какому номеру Вам перезвонить?», «Ваш номер телефона?», «Какой у Вас контактный телефон?»
        "phone": re.compile(
            r"\b(?:по|на)\s+как(?:ому|ой)\s+(?:\w+\s+)?(?:номеру|номер)\b|"
            r"(?<!на\s)(?<!по\s)(?<!в\s)\bваш\s+(?:контактный\s+|мобильный\s+)?(?:номер\s+)?телефон(?:а)?\b|"
            r"\bномер\s+вашего\s+телефона\b|"
            r"\bкакой\s+(?:у\s+вас\s+)?(?:контактный\s+|мобильный\s+)?(?:номер\s+)?телефон\w*|"
            r"\b(?:ваш|свой)\s+(?:контактный\s+)?номер\b"),
    },
}
# another person the detail would be about („Teie ema sünnikoht“, «где родилась мама», «адрес сына»)
_OTHERS = {
    "et": frozenset("""ema isa lapse laps lapsed poeg poja tutar tutre abikaasa mees mehe naine naise vanaema vanaisa
        oe ode vend venna naaber naabri naabrinaine kliendi klient hooldatav hooldatava tema ta nende talle temale
        inimene inimese""".split()),
    "ru": frozenset("""мама мамы маме маму мать матери отец отца папа папы сын сына сыну дочь дочери муж мужа жена жены
        ребенок ребенка ребенку сосед соседа соседки бабушка бабушки дедушка дедушки клиент клиента он она его ее
        их человека гражданина""".split()),
}
# the caller's own question given back, to check it was understood („Kas ma saan õigesti aru, et soovite teada
# selle inimese aadressi?“, «Правильно ли я понимаю, что Вас интересует адрес сына?»): the detail is the one the
# caller asked about, not one asked of the caller
_RESTATED = {
    "et": re.compile(r"\b(?:soovi\w*|taha\w*)\s+(?:\w+\s+)?teada\b|\boigesti\s+aru\b|\bkusi(?:te|site)\b|"
                     r"\bhuvita(?:b|s)\b"),
    "ru": re.compile(r"\b(?:хоти\w*|хотел\w*|желает\w*)\s+(?:бы\s+)?(?:\w+\s+)?узна\w*|\bвас\s+интересу\w*|"
                     r"\bвы\s+спрашива\w*|\bправильно\s+(?:ли\s+)?(?:я\s+)?(?:понима\w*|понял\w*)"),
}
# the address in another sense than the caller's own to be said: a place something is sent to («на Ваш адрес», «в
# Ваш адрес»; „Teie aadressi peale“); the cases „Teie aadressile“, «по Вашему адресу» are not matched at all
_ADDRESS_PLACE_BEFORE = frozenset("на в по к о об для".split())
_ADDRESS_PLACE_AFTER = frozenset("peale pihta jargi kaudu".split())
# „oma“/«свой» is the subject's own: „saadame oma aadressi peale“ is ours, and „märkige avaldusele oma aadress“,
# «укажите свой адрес в заявлении» instruct what to write in a paper, not ask the caller now. Such an address is
# asked only with a verb of saying („Palun öelge oma aadress.“), with a verb of writing in a sentence that names
# no paper („Kirjutage siia oma aadress.“), or in a few words („Palun veel oma aadress.“)
_SAY = {
    "et": re.compile(r"\b(?:oel\w*|utle\w*|utel\w*|nimeta\w*|teata\w*|dikteeri\w*)"),
    "ru": re.compile(r"\b(?:назов\w*|назва\w*|скаж\w*|сказа\w*|подскаж\w*|продикт\w*|сообщ\w*)"),
}
_WRITE = {
    "et": re.compile(r"\b(?:kirjuta\w*|marki\w*|sisesta\w*|lisa\w*)"),
    "ru": re.compile(r"\b(?:напиш\w*|напис\w*|укаж\w*|указ\w*|впиш\w*|введ\w*|добав\w*)"),
}
_PAPER = {
    "et": re.compile(r"\b(?:avaldus\w*|taotlus\w*|vaie|vaide\w*|kaebus\w*|kirja(?:s|sse)?|e-?kirja\w*|vorm\w*|"
                     r"blankett\w*|ankeet\w*|iseteenindus\w*|dokument\w*|portaal\w*|umbrik\w*)\b"),
    "ru": re.compile(r"\b(?:заявлени\w*|ходатайств\w*|возражени\w*|жалоб\w*|письм\w*|форм\w*|бланк\w*|анкет\w*|"
                     r"документ\w*|портал\w*|самообслуживани\w*|конверт\w*)"),
}
_FEW_WORDS = 5
# a request without a request verb: „Palun veel ainult sünnikoht.“, «Адрес, пожалуйста.»
_PLEASE = {"et": re.compile(r"\bpalun\b"), "ru": re.compile(r"\bпожалуйста\b"), "en": re.compile(r"\bplease\b")}

_CITY_RU = {"Tallinn": "Таллинн", "Tartu": "Тарту", "Narva": "Нарва", "Pärnu": "Пярну", "Kohtla-Järve": "Кохтла-Ярве",
            "Viljandi": "Вильянди", "Rakvere": "Раквере", "Maardu": "Маарду", "Kuressaare": "Курессааре",
            "Sillamäe": "Силламяэ", "Võru": "Выру", "Valga": "Валга", "Jõhvi": "Йыхви", "Haapsalu": "Хаапсалу",
            "Keila": "Кейла", "Paide": "Пайде"}
_LINES = {
    "et": {"code": "Minu isikukood on {code}.", "birthplace": "Sünnikoht on {city}.", "birth_date": "Sünniaeg on {date}.",
           "address": "Minu aadress on {address}, {city}.",
           "phone": "Samal numbril, millelt praegu helistan: {phone}."},
    "ru": {"code": "Мой личный код – {code}.", "birthplace": "Место рождения – {city}.", "birth_date": "Дата рождения – {date}.",
           "address": "Мой адрес: {address}, {city}.",
           "phone": "По этому же номеру, с которого звоню: {phone}."},
    "en": {"code": "My personal code is {code}.", "birthplace": "My place of birth is {city}.", "birth_date": "My date of birth is {date}.",
           "address": "My address is {address}, {city}.", "phone": "On this number I'm calling from: {phone}."},
}


def asked_details(sentence: str, lang: str) -> list[str]:
    """The caller's own details a question or request sentence asks for, in the order said (else none). In a
    sentence that runs on unpunctuated („vabandan et vastust pole tulnud ... palun oelge oma isikukood ja
    synnikoht“) the request is read in its own clause (`_clause`): a negation or another person in an earlier
    clause asks nothing away."""
    patterns = _ASKED.get(lang)
    if not patterns:
        return []
    folded = tx.fold(sentence)
    words = [t for t in tx.tokenize(sentence) if t.is_word]
    found = []
    for kind, rx in patterns.items():
        m = rx.search(folded)
        if m is None:
            continue
        clause = _clause(folded, m, lang)
        clause_words = [t for t in tx.tokenize(clause) if t.is_word]
        if any(is_negator(t.norm, lang) for t in clause_words) or {t.norm for t in clause_words} & _OTHERS.get(lang, frozenset()):
            continue  # „Sünnikohta ma ei küsi.“; „Teie ema sünnikoht?“: not the caller's own detail asked
        if _RESTATED[lang].search(clause):
            continue  # „Kas saan õigesti aru, et soovite teada selle inimese aadressi?“: the caller's own question
        if _CONDITION[lang].search(folded[:m.start()]):
            continue  # „kui peame vaatama Teie andmeid, palun öelge enne ...“: asked only if it comes to that
        if kind != "address" or _asks_address(folded, m, lang, len(words)):
            found.append((m.start(), kind))
    return [kind for _, kind in sorted(found)]


#: where a clause of an unpunctuated sentence starts: a mark, or a conjunction or "palun"/«пожалуйста» (folded);
#: „ja“/«и» joins the items of one request („isikukood ja sünnikoht“) and starts none
_CLAUSE_START = {
    "et": re.compile(r"[,;:–—()]|\b(?:et|aga|kuid|sest|palun|kui|vaid)\b"),
    "ru": re.compile(r"[,;:–—()]|\b(?:что|чтобы|но|а|потому|пожалуйста|если)\b"),
}


#: a condition of a later need before the request (folded): „kui meil on vaja Teie andmeid vaadata, palun öelge
#: siis ...“, «если понадобится посмотреть Ваши данные, назовите ...» ask only if it comes to that, not now (fresh
#: user: „Üldist teavet saan anda kohe; kui peame vaatama Teie isiklikke andmeid, palun öelge enne oma isikukood ja
#: sünnikoht.“ got „Sünnikoht on ...“); a polite condition („kui võimalik“, «если можно») still asks now
_CONDITION = {
    "et": re.compile(r"\bkui\b[^.?!]*?\b(?:vaja|tarvis|peame|peaksime|peaks|tuleb|vaadata|vaatama|kontrollida"
                     r"|kontrollima|vaatame|kontrollime)\b"),
    "ru": re.compile(r"\bесли\b[^.?!]*?\b(?:понадоб\w*|потребу\w*|придется|нужно\s+будет|надо\s+будет|будем"
                     r"|посмотреть|проверить|смотреть|проверять)\b"),
}


def _clause(folded: str, m: re.Match, lang: str) -> str:
    """The clause of the folded sentence that holds the match ``m``: from the last clause start before it to the
    next one after it (the whole sentence when there is none)."""
    starts = _CLAUSE_START.get(lang)
    if starts is None:
        return folded
    begin = max((c.start() for c in starts.finditer(folded, 0, m.start())), default=0)
    after = starts.search(folded, m.end())
    return folded[begin:after.start() if after else len(folded)]


def _asks_address(folded: str, m: re.Match, lang: str, n_words: int) -> bool:
    """Is an address named in a sentence (``m`` on the folded sentence) the caller's own, asked to be said now?"""
    before = re.findall(r"\w+", folded[:m.start()])
    after = re.findall(r"\w+", folded[m.end():])
    if before and before[-1] in _ADDRESS_PLACE_BEFORE or after and after[0] in _ADDRESS_PLACE_AFTER:
        return False  # «Ответ придёт на Ваш адрес.», „Saadame selle Teie aadressi peale.“
    if not re.match(r"(?:oma|свой)\b", m.group()) and not (before and before[-1] in ("oma", "свой")):
        return True  # „Mis on Teie aadress?“; „oma postiaadress“ is the subject's own as well
    paper = bool(_PAPER[lang].search(folded))
    return bool(_SAY[lang].search(folded)) or not paper and (bool(_WRITE[lang].search(folded)) or n_words <= _FEW_WORDS)


def _requests(norm: str, lang: str) -> list[str]:
    """The reply's sentences that ask the client to say something without a question („Palun veel ainult
    sünnikoht.“, „palun öelge oma aadress“, «Назовите дату рождения.»)."""
    verbs = phrase_set(tuple(REQUEST_WORDS.get(lang, REQUEST_WORDS["en"])), lang)
    please = _PLEASE.get(lang, _PLEASE["en"])
    more = _MORE.get(lang)
    return [s for _, _, s in tx.split_sentences(norm)
            if please.search(tx.fold(s)) or any(not m.negated for m in verbs.find_all(s))
            or more is not None and more.search(tx.fold(s)) and len(tx.fold(s).split()) <= _FEW_WORDS + 1]


#: a short verbless request that adds a detail to the identification (folded): «Ещё место рождения – для
#: проверки.», „Veel sünnikoht kontrolliks.“ (new-user batch 47 complaint-registration-ru terse: not answered)
_MORE = {
    "et": re.compile(r"^\W*(?:\w+\W+)?(?:veel|ka|lisaks|samuti)\b|\bkontrolliks\b"),
    "ru": re.compile(r"^\W*(?:\w+\W+)?(?:еще|также|и)\b|\bдля\s+проверки\b"),
}


def detail_line(conv: Conversation, kind: str) -> str:
    """The client's answer giving one of its own details, in the scenario's language."""
    lang = conv.scenario.language
    persona = conv.persona
    city = _CITY_RU.get(persona.city, persona.city) if lang == "ru" else persona.city
    date = persona.birth_date.strftime("%d.%m.%Y")
    return _LINES.get(lang, _LINES["en"])[kind].format(city=city, date=date, address=persona.address,
                                                       code=persona.isikukood, phone=persona.phone)


def detail_value(conv: Conversation, kind: str) -> str:
    """The value a line of `kind` gives: a step line that already says it needs no answer before it."""
    persona = conv.persona
    if kind == "birth_date":
        return persona.birth_date.strftime("%d.%m.%Y")
    if kind == "address":
        return persona.address
    if kind == "code":
        return persona.isikukood
    if kind == "phone":
        return persona.phone
    return _CITY_RU.get(persona.city, persona.city) if conv.scenario.language == "ru" else persona.city


def detail_answers(conv: Conversation, norm: str, questions: list[str], answered: set[str]) -> dict[str, str]:
    """The client's answers to the requests for its own details in the reply (``norm``, normalised), each with the
    value it gives: {line: value}. ``questions``: the reply's question sentences; ``answered``: those a ``knows``
    fact already answered. A detail the client gave before is given again with „Ma juba ütlesin: ...“."""
    lang = conv.scenario.language
    sentences = [q for q in questions if q not in answered]
    sentences += [s for s in _requests(norm, lang) if s not in sentences and s not in answered]
    kinds: list[str] = []
    for sentence in sentences:
        asked = asked_details(sentence, lang)
        if asked and "code" not in kinds and requests_code(conv, sentence):
            kinds.append("code")  # „isikukood ja sünnikoht“: a caller reads the code first, then the rest
        kinds += [k for k in asked if k not in kinds]
    said_before = " ".join(t["text"] for t in conv.turns if t["role"] == "client")
    out: dict[str, str] = {}
    for kind in kinds:
        line = detail_line(conv, kind)
        if line in said_before:  # asked again: "as I said"
            lead = repeated_lead(lang, conv.persona.sex)
            line = f"{lead} {line[:1].lower()}{line[1:]}"
        out[line] = detail_value(conv, kind)
    return out


def gives_code(conv: Conversation) -> bool:
    """Does the caller give its code when asked with another detail, on a line that does not give it? Not an upset
    caller: asked out of turn, it talks of its matter, not its details («Вы меня вообще слышите? ...»)."""
    return not conv.scenario.situation.client_upset


#: the code named in the client's line (folded), and a code's digits in it
_CODE_WORD = re.compile(r"\bisikukood\w*|\bкод\w*\b")
_DIGITS = re.compile(r"\d{6,}")


def own_detail_parts(conv: Conversation, prefix: list[str], said: str | None, step) -> tuple[list[str], list[str]]:
    """The parts said before and after a step's line, with the answers about the client's own details placed: one
    whose value the line says itself („Jah, hetk... 45309138670. Sünnikoht on Tallinn.“) is dropped; after a line
    that gives the code (a step that ``identifies``) they follow it, as a caller reads the code first."""
    details = getattr(conv, "_detail_answers", None) or {}
    if not details or not any(p in details for p in prefix):
        return prefix, []
    line = tx.fold(said or "")
    kept = [p for p in prefix if p not in details or tx.fold(details[p]) not in line]
    code = conv.persona.isikukood
    if any(details.get(p) == code for p in kept):
        # its code asked with a detail, and the line does not give it: a caller that gives its code (gives_code)
        # says both, as it would at a step that identifies it; a line that speaks of the code without it («Какой ещё код?!») or a caller that does not give
        # it gives neither; a line that gives another code (a mistyped one) keeps only the detail
        # (at a step that identifies the caller its line gives the code, even when the same sentence was dropped
        # from the line as said once: the code then follows the line with the rest)
        identifies = said is not None and step.identifies
        if not _DIGITS.search(line) and not identifies and (_CODE_WORD.search(line) or not gives_code(conv)):
            return [p for p in kept if p not in details], []
        if _DIGITS.search(line):
            kept = [p for p in kept if details.get(p) != code]
    if said is None or not step.identifies:
        return kept, []
    return [p for p in kept if p not in details], [p for p in kept if p in details]
