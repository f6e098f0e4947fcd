"""Promises and guesses: a future outcome of the client's case stated as certain, or tied to a day.

Read clause by clause, because a sentence mixes a condition, advice and the promise itself:

- A guessed amount of the client's own benefit ("по опыту это будет примерно 150 евро", "tuleb Teile umbes
  150 eurot") is a guess; a known amount said roughly ("see on umbes 345 eurot kuus") and an average
  ("keskmine pension on umbes 860 eurot") are not.
- A **promise** is a clause with an outcome of the client's case (a decision, an answer, money, a disability
  degree, a cancelled claim) and either a certainty marker anywhere in the sentence ("kindlasti",
  "võite kindel olla", «точно», «не сомневайтесь», «гарантирую») or, for a decision's outcome, a specific
  day or month ("homme", "järgmisel nädalal", "jaanuari alguses", "veebruaris", «к пятнице», «20 декабря»,
  «в феврале»), or to a number of hours ("vastame 24 tunni jooksul", «ответим в течение суток»: today or tomorrow;
  no rule of the Board is counted in hours). A condition before it
  ("kui saadate täna, ...", «если подадите сегодня, ...») does not take it back: it is a promise on a
  condition. A guess ("küllap on kõik korras", «наверное, уже поступило») is read the same way. So does a
  condition on the client's own circumstances before an assessed outcome ("kui Teil on tervis sama, siis vaide
  peale puue taastatakse", «если у Вас ..., то инвалидность восстановят»): `promise_conditions`.
- **Not a promise:** a question; a hedged or refused sentence ("üldjuhul", "otsuse teeb ekspert", "ma ei saa
  lubada", «как правило», «не могу обещать»); advice or necessity ("kindlasti esitage taotlus", "taotlus tuleb
  kindlasti allkirjastada", «обязательно подайте заявление», «нужно обязательно подписать»); a rule with a
  duration or a recurring day ("30 päeva jooksul", «пятого числа каждого месяца»); the agent's own commitment
  ("helistan kindlasti tagasi", «я обязательно помогу с вопросом о пособии», unless a day is named in the sentence or
  the help is to get the money: `HELP_ACT`); a past fact ("otsus tehti eile"); a right the law grants said to be there
  ("tütre toetus on kindlalt olemas": `promise_rights`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.promise_conditions import rule_condition
from trainer.scoring.promise_days import specific_day as _specific_day
from trainer.scoring.promise_markers import (
    ANTECEDENT,
    ASSURE,
    CERTAIN,
    DATED,
    DEADLINE,
    DECIDED,
    DECISION,
    FEELING,
    FUTURE,
    HEDGE,
    HELP_ACT,
    MODAL,
    NOT_PAST,
    OUTCOME,
    OWN_ACT,
    PAST,
    PROCESSED,
    REFUSED,
    RULE,
    USUALLY,
    WILL,
)
from trainer.scoring.promise_rights import certain_right
from trainer.text.lexicon import is_verb_lemma

# word shapes by ending (str.endswith: a regex search over a 20,000-letter word would be quadratic)
_ET_INFINITIVE = (("da", "ta"), 5)
_ET_IMPERATIVE = (("ge", "ke"), 4)
_RU_INFINITIVE = (("ть", "ться", "ти"), 4)
_RU_IMPERATIVE = (("йте", "ите", "ьте", "итесь", "йтесь", "ьтесь"), 5)
_RU_NOT_IMPERATIVE = frozenset("получите".split())
# a document handed back ("originaal tagastatakse kohe", «с оригинала снимут копию и сразу вернут его Вам»; new-user
# batch 42) or received ("paberid ... võetakse kindlasti vastu", «документы там обязательно примут»; new-user batch 79
# complaint-registration-et good): office procedure, no outcome of the case, unless the clause names money ("raha
# tagastatakse", «деньги вернут», «переплату вернут»); the document may be named in an earlier clause and taken up by
# a pronoun. What is decided on it is read apart: "otsus võetakse vastu" keeps its "otsus", «решение примут» its «решение»
_RETURN = {"et": r"tagasta\w*|(?:saate|saab|antakse|anname)\s+(?:\w+\s+){0,2}?tagasi|"
                 r"vo(?:etakse|tame|tab|tavad|ta)(?=\s+(?:\w+\s+){0,3}?vastu(?!\w))|vastu\s+vo(?:etakse|tame|tab|tavad|ta)",
           "ru": r"верн(?:ет|ут|ем|ём)|возвра(?:щают|тят|щаем|тим)|прим(?:ут|ем|ём|ет)|принима(?:ют|ем|ет)"}
_DOCUMENT = {"et": r"originaal\w*|dokumen[dt]\w*|tooraamat\w*|pass\w*|\w*tunnistus\w*|id-?kaar\w*|volikir\w*|"
                   r"paber\w*|toend\w*|taotlus\w*|avaldus\w*|vaie|vaide\w*|kaebus\w*",
             "ru": r"оригинал\w*|подлинник\w*|документ\w*|книжк\w*|паспорт\w*|удостоверени\w*|свидетельств\w*|"
                   r"справк\w*|доверенност\w*|бумаг\w*|заявлени\w*|ходатайств\w*|возражени\w*|жалоб\w*"}
_MONEY_NAMED = {"et": r"raha|summa\w*|eur\w*|\w*maks\w*|volg\w*|pension\w*|\w*toetus\w*|huvitis\w*|vahe",
                "ru": r"деньг\w*|денег|сумм\w*|евро|\w*плат\w*|долг\w*|пенси\w*|пособи\w*|разниц\w*"}


def _document_back(clause: str, before: str, lang: str) -> str:
    """The clause with a document's return blanked out (:data:`_RETURN`), when the document is named in it or
    before it in the sentence and the clause names no money."""
    if not rx(_DOCUMENT[lang]).search(before + " " + clause) or rx(_MONEY_NAMED[lang]).search(clause):
        return clause
    return rx(_RETURN[lang]).sub(lambda m: " " * len(m.group()), clause)


_PERFORMATIVE = ("luba", "garant", "обеща", "гарант", "уверя")
_CASE = {"et": r"teile|teie|teid|vahe|sulle|sinu", "ru": r"вам|ваш\w*|вас|разниц\w*|недоплат\w*"}
_CONDITION = {
    # an arrow of terse typing ("uus tõend → makstakse tagasiulatuvalt", «справка → пенсию вернут задним числом», new-user
    # batch 46 pension-abroad-proof-ru terse) is "if ... then": the rule on the client's own step, as "kui" / «если»
    # the start date of a right ("со дня возникновения права", "alates õiguse tekkimisest") is the rule of back pay
    "et": r"kui|juhul|tingimusel|parast\s+seda\s+kui|alles\s+parast|automaatselt|iseenesest|indekseer\w*|→|->|=>|"
          r"\w*oiguse\s+tekki\w*|alates\s+paevast|tekki\w*\s+(?:\w+\s+){0,2}?\w*oigus\w*|\w*oigus\w*\s+(?:\w+\s+){0,2}?tekki\w*|"
          # from the day of an event ("pensioniea täitumise päevast", "avalduse esitamise päevast", "päevast, mil ...";
          # new-user batch 48): the rule of when the benefit starts
          r"\w+mise\s+paevast|paevast\s*,?\s+(?:mil|kui|millal)",
    # «само» (by itself: «пособие будет назначено само», new-user batch 35) is «автоматически» in other words; no
    # agent is neuter, so «руководитель сам пересчитает» stays a promise, and «само собой» (of course) is no rule
    "ru": r"если|в\s+случае|при\s+условии|после\s+того\s+как|только\s+после|автоматически|само(?!\s+собой)|→|->|=>|"
          r"индексац\w*|со\s+дня|с\s+момента|с\s+даты|возникновени\w*\s+права|"
          # the right said with its verb («с того дня, когда у Вас возникло право», new-user batch 42)
          r"(?:возник|появ)\w*\s+(?:\w+\s+){0,2}?прав\w*|прав\w*\s+(?:\w+\s+){0,2}?(?:возник|появ)\w*",
}
# a bound, not a day: "no earlier than" and "from" a date ("otsus tehakse mitte enne 14. jaanuari", «решение будет
# после 14 января», «пенсию назначат с 20 ноября»: the start of the right) say when it can be, not when it will be
# The event may stand between ("otsus tuleb pärast õiguse tekkimist mais", «решение будет после возникновения права в
# мае»; batch 26): the client's own date dates the right, and the decision is bounded by it, not promised for it
_EVENT = {
    "et": r"(?:(?:pensioni)?oiguse\s+tekki\w*|pensioniea\s+taitumis\w*|pensionieani\s+jou\w*|pensioniikka\s+jou\w*)\s+",
    "ru": r"(?:возникновени\w+\s+(?:\w+\s+)?права(?:\s+на\s+пенси\w+)?|(?:наступлени|достижени)\w+\s+пенсионного\s+возраста)\s+",
}
_BOUND = {"et": r"(?:parast|mitte\s+enne|alles\s+parast|alates)\s+(?:" + _EVENT["et"] + r")?$",
          "ru": r"(?:после|не\s+раньше|не\s+ранее|с|со)\s+(?:" + _EVENT["ru"] + r")?$"}
# where the answer will be read ("Точно это будет видно в решении", "täpselt on see kirjas otsuses"): telling where,
# not what; its «точно» is "exactly", not "certainly"
_WHERE_SHOWN = {"et": r"on\s+(?:\w+\s+)?(?:kirjas|naha)|saab\s+(?:\w+\s+)?naha|naete|naeb",
                "ru": r"буд(?:ет|ут)\s+(?:\w+\s+)?(?:видн\w*|указан\w*|написан\w*|известн\w*|сказан\w*|отражен\w*)"}
# a country as the subject ("Eesti maksab", «Эстония назначит пропорциональную пенсию, а Финляндия — свою»): how
# the coordination rules split a pension between states, no decision of the Board on the client's case
_COUNTRY = {"et": r"eesti|soome|lati|leedu|venemaa|saksamaa|rootsi|norra|iga\s+riik|kumbki\s+riik|molemad\s+riigid",
            "ru": r"эстония|финляндия|латвия|литва|россия|германия|швеция|норвегия|кажд\w+\s+стран\w*|"
                  r"обе\s+страны|каждое\s+государство"}
# another state's institution named anywhere in the clause ("назначит и будет платить финское учреждение", "Soome
# pensioniasutus määrab ja maksab"; batch 26): who decides and pays under the coordination rules, no outcome promised
_FOREIGN_BODY = {
    "et": r"(?:soome|lati|leedu|rootsi|saksa|norra|vene|teise\s+riigi|selle\s+riigi|valisriigi)\s+"
          r"(?:pensioni|sotsiaalkindlustus)?(?:asutus\w*|amet\w*|pool\w*|fond\w*)|kela\w*",
    "ru": r"(?:финск|латвийск|литовск|шведск|немецк|германск|норвежск|российск|иностранн|зарубежн)\w*\s+"
          r"(?:пенсионн\w+\s+)?(?:учреждени|ведомств|сторон|орган|фонд|служб)\w*|"
          r"(?:учреждени|ведомств|орган|фонд|служб)\w*\s+(?:другой|той|этой)\s+страны|kela",
}
# a clause that restates the one before it ("ehk", "st", «то есть»): a date there dates the decision before it
_APPOSITION = {"et": r"(?:ehk|s\.?\s?t\.?|see\s+tahendab|teisisonu)\b", "ru": r"(?:(?:то\s+)?есть|т\.\s?е\.?|иначе\s+говоря)\b"}  # the clause cut drops «то» of «то есть»
# a decision counted from an event ("pärast õiguse tekkimist", «после возникновения права») is dated by the rule
_AFTER_EVENT = {"et": r"parast|alates|\w*oiguse\s+tekki\w*", "ru": r"после|с\s+момента|со\s+дня"}
# clause breaks; "siis" and «то» close an unpunctuated condition ("kui esitate nüüd siis toetus tuleb ...")
# and "ehk" opens a restating clause of its own ("... 15 tööpäeva jooksul ehk enne jõule", speech without commas)
_JOINED = re.compile(r"\s(?:ja|ning|и)\s$")
# and, in speech without commas, a decision or the money named right before its future verb opens a clause of its own
# ("saatke päring meie aadressile vastus tuleb Teile kahe tunni jooksul", «пришлите запрос ответ придёт завтра»)
_CLAUSE = re.compile(r"[,;:–—]|\s(?:ja|ning|aga|kuid|nii et|et|siis|и|а|но|так что|что|то)\s|\s(?=ehk\s)|"
                     r"\s(?=(?:vastus|otsus|raha|toetus|pension)\s+(?:tuleb|saabub|jouab|laekub)\s)|"
                     r"\s(?=(?:ответ|решение|деньги|пенсия|пособие)\s+(?:придет|прид[её]т|придут|будет|поступ\w+)\s)")


@lru_cache(maxsize=64)
def rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


def names_feeling(text: str, lang: str) -> bool:
    """Does the (folded) text name a feeling ("ärritav", «неприятно», «тяжело»): empathy, not a fact?"""
    pattern = FEELING.get(lang)
    return bool(pattern) and rx(pattern).search(tx.fold(text)) is not None


def _clauses(folded: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(folded):
        out.append((start, folded[start:m.start()]))
        start = m.end()
    out.append((start, folded[start:]))
    return [(s, c) for s, c in out if c.strip()]


def _with_joined(clause: str, k: int, clauses: list[tuple[int, str]], folded: str) -> str:
    """The clause with the next one when "ja" / «и» joins them: two verbs sharing a subject said after both
    ("назначит и будет платить финское учреждение")."""
    if k + 1 < len(clauses) and _JOINED.search(folded[:clauses[k + 1][0]]):
        return clause + " " + clauses[k + 1][1]
    return clause


def _shaped(word: str, shape: tuple[tuple[str, ...], int]) -> bool:
    endings, shortest = shape
    return len(word) >= shortest and word.endswith(endings)


def _et_verb(word: str, shape: tuple[tuple[str, ...], int]) -> bool:
    return _shaped(word, shape) and any(is_verb_lemma(lemma) for lemma in tx.lemmas(word, "et"))


# a certainty adverb on a word of necessity states a requirement, not an outcome ("see on kindlasti vajalik",
# «так как отец обращается впервые, это нужно обязательно»; blind round 25)
_REQUIRED = {
    "et": r"(?:vaja|vajalik\w*|kohustuslik\w*)\s+(?:on\s+)?(?:kindlasti|kindlalt)|(?:kindlasti|kindlalt)\s+(?:on\s+)?"
          r"(?:vaja|vajalik\w*|kohustuslik\w*)",
    "ru": r"(?:нужн\w*|надо|необходим\w*|требуется)\s+(?:(?:это|всё|все)\s+)?(?:обязательно|точно)|"
          r"(?:обязательно|точно)\s+(?:нужн\w*|надо|необходим\w*|требуется)",
}


# reassurance formulas are imperatives that advise nothing ("ärge muretsege", «не переживайте»)
_REASSURE = re.compile(r"(?<!\w)(?:[aä]rge|[aä]rme)\s+(?:muretsege|muretse|kartke)|olge\s+mureta|"
                       r"не\s+(?:переживайте|волнуйтесь|беспокойтесь|бойтесь)", re.IGNORECASE)


def _past(clause: str, lang: str) -> bool:
    """Does the clause tell a past fact (a past verb or a participle that is not future or attributive)?"""
    not_past = [m.span() for m in rx(NOT_PAST[lang]).finditer(clause)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in not_past) for m in rx(PAST[lang]).finditer(clause))


def _advice(clause: str, lang: str) -> bool:
    words = re.findall(r"\w+", clause)
    if lang == "et":  # "esitage", "lisage" (not "raske", "kõike"); "tuleb ... allkirjastada"
        if any(_et_verb(w, _ET_IMPERATIVE) for w in words):
            return True
        modal = rx(MODAL["et"]).search(clause)
        return bool(modal) and any(_et_verb(w, _ET_INFINITIVE) for w in re.findall(r"\w+", clause[modal.end():]))
    if any(_shaped(w, _RU_IMPERATIVE) and w not in _RU_NOT_IMPERATIVE for w in words):
        return True
    return bool(rx(MODAL["ru"]).search(clause)) and any(_shaped(w, _RU_INFINITIVE) for w in words)


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def lang_of(sentence: str, lang: str) -> str:
    cyr = sum(1 for ch in sentence if "\u0400" <= ch <= "\u04ff")
    return "ru" if cyr * 2 > len(sentence.replace(" ", "")) else ("et" if lang == "ru" and cyr == 0 else lang)


def _negated(sentence: str, folded: str, pos: int, lang: str) -> bool:
    pos = min(pos, len(sentence) - 1) if len(folded) == len(sentence) else int(pos * len(sentence) / max(1, len(folded)))
    return tx.is_negated(sentence, pos, lang)


# a guessed amount of the client's own benefit: a guess marker with a sum of money ("по опыту это будет примерно
# 150 евро"), or "about" with a sum and a future predicate in one clause ("финская пенсия будет около 150 евро",
# "Soome pension tuleb Teile umbes 150 eurot"); a known amount said roughly ("see on umbes 345 eurot kuus") and an
# average ("keskmine pension on umbes 860 eurot") are no guess
_GUESS = {
    "et": r"kogemuse\s+pohjal|arvatavasti|toenaoliselt|arvan|oletan|minu\s+hinnangul",
    "ru": r"по\s+опыту|наверное|скорее\s+всего|думаю|полагаю|по\s+моей\s+оценке|видимо",
}
_APPROX = {
    "et": r"umbes|u\.?|ligikaudu|ligi|kuskil|orienteeruvalt|ca\.?",
    "ru": r"примерно|около|приблизительно|порядка|где-то|ориентировочно",
}
_FUTURE_AMOUNT = {"et": r"tuleb|tulevad|saate|hakkab|hakkate", "ru": r"будет|будут|составит|получите|получать"}
_MONEY = re.compile(r"\d[\d\s]*(?:[.,]\d+)?\s*(?:eurot?|euro|евро|eur|€)|€\s*\d", re.IGNORECASE)
_AVERAGE = {"et": r"keskmi\w*|keskeltlabi", "ru": r"средн\w*|в\s+среднем"}


def _guessed_amount(clause: str, before: str, folded: str, lang: str) -> bool:
    """An amount said with a guess in its own clause or in a clause of its own just before it ("Arvatavasti, see
    on umbes 700 eurot"); a guess about something else in a run-on sentence ("tulumaks on tõenäoliselt palgalt
    ... maksuvaba tulu on 776 eurot") guesses no amount."""
    if not _MONEY.search(clause) or rx(_AVERAGE[lang]).search(folded):
        return False
    lone = rx(_GUESS[lang]).search(before)
    return bool(rx(_GUESS[lang]).search(clause)) or bool(lone and len(before.split()) <= 3) or (
        bool(rx(_APPROX[lang]).search(clause)) and bool(rx(_FUTURE_AMOUNT[lang]).search(clause)))


# a hedged comparison ("ilmselt on naabri pension lihtsalt suurem"): explains why two amounts differ, guesses no
# outcome of the case, unless it is tied to a day or a future predicate ("ilmselt on pension järgmisest kuust suurem")
_HEDGED = ("ilmselt", "vist", "наверное", "скорее", "должно")
_COMPARATIVE = {
    "et": r"suurem\w*|vaiksem\w*|korgem\w*|madalam\w*|pikem\w*|luhem\w*|rohkem|vahem",
    "ru": r"больше|меньше|выше|ниже|длиннее|короче",
}


def _compares(marker: str, clause: str, folded: str, lang: str) -> bool:
    return marker.startswith(_HEDGED) and bool(rx(_COMPARATIVE[lang]).search(clause)) \
        and not _specific_day(lang).search(folded) and not rx(FUTURE[lang]).search(folded)


def _hedged(folded: str, lang: str) -> bool:
    """A hedge in the sentence, unless every hedge is a "usually" in a clause before a later clause that says
    an outcome is certain (that clause is a promise drawn from the usual case)."""
    hedges = list(rx(HEDGE[lang]).finditer(folded))
    refused = list(rx(REFUSED[lang]).finditer(folded))
    if not hedges and not refused:
        return False
    if not all(rx(USUALLY[lang]).fullmatch(h.group()) for h in hedges):
        return True
    hedges += refused
    # a "usually" that is a clause of its own («Как правило, деньги точно приходят ...») qualifies the whole sentence
    if any(rx(USUALLY[lang]).fullmatch(clause.strip(" .!")) for _start, clause in _clauses(folded)):
        return True
    last = max(h.start() for h in hedges)
    later = [c for c in _clauses(folded) if c[0] > last]
    return not any(rx(CERTAIN[lang]).search(clause) for _start, clause in later)


# another person's benefit guessed ("у соседки, видимо, народная пенсия", "naaber saab ilmselt rahvapensioni"): a
# status nobody looked up, told as the reason; "ilmselt on naabri pension lihtsalt suurem" names no benefit
_THIRD = {"et": r"naab\w*|tema|ta|temal|tal|sugula\w*|tuttav\w*",
          "ru": r"сосед\w*|она|он|у\s+нее|у\s+него|ей|ему|родственни\w*|знаком\w*"}
_BENEFIT_KIND = {"et": r"rahvapension\w*|toovoimetoetus\w*|puue\w*|puude\w*|toitjakaotus\w*|\w+toetus\w*",
                 "ru": r"народн\w+\s+пенси\w*|пенси\w+\s+по\s+(?:инвалидност|потере)\w*|инвалидност\w*|"
                       r"пособи\w*|надбавк\w*"}


_HEDGED_WORDS = {"et": r"ilmselt|vist|ilmselgelt", "ru": r"видимо|скорее\s+всего|наверное|вероятно"}  # hedges that guess too
_NEAR = 45  # letters either side of the guess word: the person and the benefit guessed are next to it


def _guessed_status(folded: str, lang: str) -> bool:
    for guess in rx(_GUESS[lang] + "|" + _HEDGED_WORDS[lang]).finditer(folded):
        near = folded[max(0, guess.start() - _NEAR):guess.end() + _NEAR]
        if rx(_THIRD[lang]).search(near) and rx(_BENEFIT_KIND[lang]).search(near):
            return True
    return False


def is_promise(sentence: str, lang: str) -> bool:
    """Does this one sentence promise or guess an outcome or a date (see the module docstring)?"""
    lang = lang_of(sentence, lang)
    if lang not in CERTAIN or tx.is_question(sentence, lang):
        return False
    folded = tx.fold(sentence)
    if _guessed_status(folded, lang):
        return True
    if _hedged(folded, lang):
        return False
    sentence = _REASSURE.sub(lambda m: " " * len(m.group()), sentence)  # its "ärge"/«не» negates nothing after it
    certain = outcome = decision_before = carried = assured = False
    clauses = _clauses(folded)
    for k, (start, clause) in enumerate(clauses):
        clause = _REASSURE.sub(lambda m: " " * len(m.group()), clause)  # not a feeling, not advice
        if not _specific_day(lang).search(clause):
            clause = rx(PROCESSED[lang]).sub(lambda m: " " * len(m.group()), clause)
        clause = _document_back(clause, folded[:start], lang)
        stripped = clause.strip()
        # the decision stays the subject of a clause joined by "ja" / «и» ("otsus on valmis ja jõuab Teieni
        # lähipäevil", «решение принято и придёт в ближайшие дни»)
        named = bool(rx(DECISION[lang]).search(clause))
        subject = named or (carried and bool(_JOINED.search(folded[:start])))
        carried = subject
        # a feeling named is empathy, unless the clause decides the case ("selliste muredega määratakse puue
        # kindlasti": the worries are the reason the outcome is promised for; new-user batch 31)
        feeling = rx(FEELING[lang]).search(clause) and not rx(DECIDED[lang]).search(clause)
        if rx(ANTECEDENT[lang]).match(stripped) or _advice(stripped, lang) or feeling:
            continue
        if rx(_WHERE_SHOWN[lang]).search(clause) and not _specific_day(lang).search(clause):
            continue
        own_act = rx(OWN_ACT[lang]).search(clause)
        if own_act and rx(HELP_ACT[lang]).fullmatch(own_act.group()) and _specific_day(lang).search(folded):
            own_act = None  # «обязательно поможем, деньги придут к понедельнику»: the help's certainty dates money
        marker = rx(CERTAIN[lang]).search(clause)
        required = [m.span() for m in rx(_REQUIRED[lang]).finditer(clause)]
        if marker and any(a <= marker.start() < b for a, b in required):
            marker = None  # "это нужно обязательно": a requirement, not a certain outcome
        if marker and certain_right(clause, marker.group(), lang) and not _specific_day(lang).search(folded):
            marker = None  # "tütre toetus on kindlalt olemas": the law's right on given facts (promise_rights.py)
        # "siis vaatame taotluse seisu kindlasti üle": an adverb of certainty on the agent's own act is no
        # promise of an outcome; a performative one ("ma luban, et ...", «обещаю») promises what follows
        if marker and (not own_act or marker.group().startswith(_PERFORMATIVE)) \
                and not _negated(sentence, folded, start + marker.start(), lang) \
                and not _compares(marker.group(), clause, folded, lang):
            certain = True
        assurance = rx(ASSURE[lang]).search(clause)
        if assurance:  # the assurance itself is no outcome ("kinnita*" is one elsewhere)
            assured = not _negated(sentence, folded, start + assurance.start(), lang)
            clause = clause[:assurance.start()] + " " * (assurance.end() - assurance.start()) + clause[assurance.end():]
        if own_act or _past(clause, lang):
            continue
        if _guessed_amount(clause, clauses[k - 1][1] if k else "", folded, lang):
            return True
        if decision_before and rx(_APPOSITION[lang]).match(stripped) and _specific_day(lang).search(clause) \
                and not rx(DEADLINE[lang]).search(clause):
            return True  # "saate otsuse 15 tööpäeva jooksul, ehk juba enne jõule": the duration said as a date
        # a decision with a future predicate and no condition of its own ("pärast õiguse tekkimist")
        decision_before = bool(rx(DECISION[lang]).search(clause) and rx(FUTURE[lang]).search(clause)) \
            and not rx(_CONDITION[lang]).search(clause) and not rx(_AFTER_EVENT[lang]).search(clause)
        if not any(not _negated(sentence, folded, start + m.start(), lang) for m in rx(OUTCOME[lang]).finditer(clause)):
            continue
        outcome = True
        if assured and not rx(RULE[lang]).search(clause) and (
                rx(FUTURE[lang]).search(clause) or rx(WILL[lang]).search(clause) or _specific_day(lang).search(clause)):
            return True
        decided = rx(DECIDED[lang]).search(clause)
        if decided and rx(_CASE[lang]).search(folded) and not rule_condition(folded, lang, _CONDITION[lang]) \
                and not rx(RULE[lang]).search(clause) \
                and not _negated(sentence, folded, start + decided.start(), lang) \
                and not rx(_COUNTRY[lang]).search(clause[:decided.start()]) \
                and not rx(_FOREIGN_BODY[lang]).search(_with_joined(clause, k, clauses, folded)):
            return True
        day = _specific_day(lang).search(clause)
        if day and rx(_BOUND[lang]).search(clause[:day.start()]):
            day = None
        if day and subject and rx(FUTURE[lang]).search(clause) \
                and not rx(RULE[lang]).search(clause) and not rx(DEADLINE[lang]).search(clause) \
                and not rx(DATED[lang]).search(clause):
            return True
    return certain and outcome
