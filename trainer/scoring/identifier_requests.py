"""Requests for an identifier: an agent sentence asking the client for a name, address, personal code or birth date
(`find_identifier_requests`), and a change of their data the client is told to report (`reports_a_change`).

A question or a request word with an identifier word, not negated; not a channel to write to, the self-service, a
call to the info line, the chat's own transcript or save button, the Board's own e-mail address, what to write in a
document (the appeal, the application), a condition, a place, or the identifier as the
thing to change. Every finder returns the sentence as evidence (`statements.Statement`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.dont_type import dont_type as _dont_type
from trainer.scoring.promises import lang_of, rx
from trainer.scoring.statements import Statement, sentences

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
    channel = rx(_CHANNEL_USE[sl]).search(folded, max(0, start - 24))
    clause = max(folded.rfind(";", 0, start), folded.rfind(":", 0, start)) + 1  # its own clause (see `_clause`)
    return bool(channel and channel.start() <= start + 2) and not rx(_CLIENTS_OWN[sl]).search(folded[clause:start])


# "... teatage iseteeninduses", «укажите в среде самообслуживания»: given where the client is identified, not here
_SELF_SERVICE_PLACE = {"et": r"iseteenindus(?:es|se|est)|iseteeninduse\s+(?:kaudu|keskkonnas)", "ru": r"в\s+(?:среде\s+)?самообслуживани\w*|"
                       r"через\s+(?:среду\s+)?самообслуживани\w*"}
_HERE = {"et": r"siia|siin|vestlusesse|vestluses|chatti", "ru": r"сюда|здесь|в\s+чат\w*"}


# what to write IN a document, not in the chat ("vaie kirjutatakse vabas vormis: kirjutage sinna oma nimi ja isikukood",
# "taotlusele kirjutage isikukood", «Его пишут в свободной форме: укажите имя, личный код», «в возражении укажите»):
# the document's contents, asked for nowhere here (batch 81); "... a siia kirjutage isikukood" is asked here (`_HERE`)
_DOC = {"et": r"(?:vai(?:des|desse|dele|del)|taotlus(?:es|se|ele|el)|avaldus(?:es|se|ele|el)|kaebus(?:es|se|ele)|"
              r"volikirja(?:s|sse|le))",
        "ru": r"(?:в|во)\s+(?:сво\w+\s+|ваш\w+\s+)?(?:возражени|заявлени|жалоб|ходатайств|письм|доверенност|бланк)\w*"}
_PUT_IN = {"et": r"(?:kirjut|marki|margi|lisa|pan|sisest)\w*", "ru": r"(?:укаж|указ|напиш|впиш|пиш|заполн|внес|внест)\w*"}
# the document next to a writing verb ("taotlusele kirjutage", "märkige vaidesse", «в возражении укажите»), or the
# document's form ("vabas vormis", «в свободной форме», «его пишут»): "taotlusel on viga, öelge isikukood" is no such
_IN_DOCUMENT = {sl: rf"\b{_DOC[sl]}\s+(?:[\w-]+\s+){{0,2}}?\b{_PUT_IN[sl]}|\b{_PUT_IN[sl]}\s+(?:[\w-]+\s+){{0,2}}?{_DOC[sl]}\b|"
                + {"et": r"\bvabas\s+vormis\b|\b(?:kirjutatakse|koostatakse)\b",
                   "ru": r"\bв\s+свободной\s+форме|\b(?:пишется|составляется|заполняется)\b|"
                         r"\b(?:его|ее|её)\s+(?:пишут|составляют|заполняют)\b"}[sl]
                for sl in ("et", "ru")}
# the Board's own e-mail address named as a channel ("e-post info@...", «e-mail info@...»): not the client's to give,
# unless it says "your" ("oma e-post", «Ваш e-mail») in its clause (batch 81, a list of channels)
_AN_ADDRESS_AFTER = re.compile(r"\W{0,3}(?:\w+\W{1,3}){0,1}[\w.+-]{1,64}@[\w-]{1,64}\.")


def _in_document(folded: str, sl: str) -> bool:
    """Does the sentence say what to write in a document (`_IN_DOCUMENT`), not here in the chat?"""
    return bool(rx(_IN_DOCUMENT[sl]).search(folded)) and not rx(_HERE[sl]).search(folded)


def _board_mail(folded: str, m: re.Match, sl: str) -> bool:
    """Is the mail or address word `m` followed by an e-mail address, not the client's own (`_CLIENTS_OWN`)?"""
    clause = max(folded.rfind(c, 0, m.start()) for c in ",;:") + 1
    return bool(_AN_ADDRESS_AFTER.match(folded, m.end())) and not rx(_CLIENTS_OWN[sl]).search(folded[clause:m.start()])


def _in_self_service(folded: str, sl: str) -> bool:
    """Does the sentence ask for it in the self-service (and not here in the chat)?"""
    return bool(rx(_SELF_SERVICE_PLACE[sl]).search(folded)) and not rx(_HERE[sl]).search(folded)


# a change the client is to report ("teatage meile uus aadress", «сообщите новый адрес»): the procedure's step, said
# where the agent has sent the client to the self-service for it (see `identity._chat_requests`), not here
_NOTIFY = {"et": r"teatage|teavitage|teatada|teavitada|teatate|teavitate",
           "ru": r"сообщите|сообщить|уведомите|уведомить|сообщаете"}
_CHANGED = {"et": r"uus|uue|uut|uued|uute|muutu\w*|muudatus\w*", "ru": r"нов(?:ый|ого|ую|ом|ые|ых)|изменени\w*"}


def reports_a_change(sentence: str, lang: str) -> bool:
    """Does the sentence tell the client to report a change of their data (a new address, a new account) without
    asking for it here ("Kolides teatage uus elukohariik ja aadress", «Сообщите новый адрес»)?"""
    sl = lang_of(sentence, lang)
    if sl not in _NOTIFY:
        return False
    folded = tx.fold(sentence)
    return bool(rx(_NOTIFY[sl]).search(folded) and rx(_CHANGED[sl]).search(folded)) \
        and not rx(_HERE[sl]).search(folded)


# "helistage 16106 ja öelge isikukood telefonis", «позвоните на 16106 и назовите код по телефону»: the code is
# given on another channel, where the caller is identified; not when it is also to be typed (`_TYPE_IT`) or here
_ON_THE_PHONE = {"et": r"\b(?:helistage|helistate|helistades|helistab|voite\s+(?:ka\s+)?helistada|telefoni\s+teel|telefonis|"
                       r"infotelefonil\w*|kone\s+ajal)\b",
                 "ru": r"\b(?:позвоните|позвонив|наберите|звоните|звонит|по\s+телефону|при\s+звонке)\b"}
_TYPE_IT = {"et": r"\b(?:kirjut\w*|sisest\w*|saat(?:ke|a)|truki\w*)\b",
            "ru": r"\b(?:напиш\w*|пиш\w*|введ\w*|вве?дите|пришли\w*|отправ\w*|укаж\w*)\b"}


def _on_the_phone(folded: str, sl: str) -> bool:
    """Does the sentence ask for it on a call to the info line (and not to be typed or given here)?"""
    return bool(rx(_ON_THE_PHONE[sl]).search(folded)) and not rx(_TYPE_IT[sl]).search(folded) \
        and not rx(_HERE[sl]).search(folded)


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
    return bool(rx(_TRANSCRIPT_OFFER[sl]).search(folded)) and not rx(_WRITE_IT[sl]).search(folded)


def _saves_the_chat(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word `m` the e-mail the chat window's save button sends the chat to (`_CHAT_SAVED`),
    nobody asking for it here?"""
    return bool(_MAIL_WORD.fullmatch(m.group()) and rx(_CHAT_SAVED[sl]).search(folded)) \
        and not rx(_WRITE_IT[sl]).search(folded) and not rx(_YOUR_MAIL[sl]).search(folded)


@lru_cache(maxsize=20_000)
def find_identifier_requests(text: str, lang: str) -> tuple[Statement, ...]:
    """Sentences asking the client for an identifier (name, address, personal code, birth date):
    a question or a request verb with an identifier word, not negated ("Palun kirjutage oma nimi",
    "Mis on Teie isikukood?", «Напишите, пожалуйста, Ваше имя»). "Ärge kirjutage siia isikukoodi" and
    "isikukoodi pole vaja" are no requests."""
    out = []
    for start, end, sentence in sentences(text):
        sl = lang_of(sentence, lang)
        if sl not in _IDENTIFIER:
            continue
        folded = tx.fold(sentence)
        for m in rx(_IDENTIFIER[sl]).finditer(folded):
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
            if rx(_HOUSEHOLD[sl]).search(folded) and rx(_PLACE[sl]).search(folded):
                break  # "Kas Teie aadressile on registreeritud veel keegi?": who else lives there, no identifier
            if _changes_it(folded, m, sl) or _in_condition(folded, m, sl) or _place_of(folded, m, sl):
                continue
            if _names_a_channel(folded, m.start(), sl) or _in_self_service(folded, sl) or _offers_transcript(folded, sl) \
                    or _saves_the_chat(folded, m, sl) or _in_document(folded, sl) or _board_mail(folded, m, sl) \
                    or _on_the_phone(folded, sl) or _on_the_phone(_clause(folded, m.start()), sl) \
                    or rx(_OUR_ADDRESS[sl]).search(folded):
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
    if before and rx(_CHANGED[sl]).fullmatch(before[-1]):
        return False
    verb = rx(_CHANGE_VERB[sl])
    return any(verb.fullmatch(w) and not rx(_PARTICIPLE[sl]).fullmatch(w) for w in before + after)


_IF = {"et": r"(?<!\w)(?:kui|juhul)(?!\w)", "ru": r"(?<!\w)(?:если|когда)(?!\w)"}


def _in_condition(folded: str, m: re.Match, sl: str) -> bool:
    """Is the identifier word `m` inside a condition clause ("..., kui olete oma aadressil ainsana kirjas?", «...,
    если ваш адрес в регистре верный?») with no request word from the condition word on and none after the clause
    ("kui Teil on isikukood käepärast, palun kirjutage see" asks for it)? The condition names the identifier as
    a circumstance, it asks for no value."""
    start = max(folded.rfind(c, 0, m.start()) for c in ",;:") + 1
    cond = next(reversed(list(rx(_IF[sl]).finditer(folded, start, m.start()))), None)
    if cond is None:
        return False
    ends = [k for k in (folded.find(c, m.end()) for c in ",;:") if k >= 0]
    rest = folded[min(ends):] if ends else ""
    request = rx(_REQUEST[sl])
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
    for m in rx(_REQUEST[sl]).finditer(folded):
        pos = m.start() if len(folded) == len(sentence) else int(m.start() * len(sentence) / max(1, len(folded)))
        if not tx.is_negated(sentence, pos, sl):
            return True
    return False
