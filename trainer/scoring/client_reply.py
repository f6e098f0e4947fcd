"""What a client's reply says about the agent's last answer, read in one place for every check that asks:

* it did not answer (`says_unanswered`): a negated verb of answering said to the agent ("Te ei vastanud mu
  küsimusele", "Ei vastanud.", «Вы мне так и не ответили», «это не ответ»), or the reply was no help ("see ei
  aidanud", "sellest pole mulle abi", «мне это не помогло», «толку никакого»), the reply was about something
  else ("see pole see, mida ma küsisin", «это не то, что я спрашивала») or she asks whether anybody will answer
  ("kas keegi vastab mu küsimusele", «кто-нибудь ответит на мой вопрос?»); not a third person who does not
  answer ("ema telefon ei vasta", «мама не отвечает») and not "no more help needed" ("rohkem pole abi vaja");
* it missed what was asked (`says_missed`): "ma ju küsisin ...", "kolmandat korda", "Te loete ette", «я же
  спрашивала», «третий раз», «читаете по бумажке», or the client had read that already, which is why they ask
  ("Kodulehte ma lugesin, sellepärast küsingi", «Сайт я читала, потому и спрашиваю»).

Courtesy (a reply that ignored the question), the closing and the summary (a matter left open), substance (a
reply the client shows was no answer) and the tone of the whole call read these, so they agree on what a client
said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.text.sources import COMPUTER, SELF_SERVICE_ET, SELF_SERVICE_RU, WEBSITE

_NOT_ANSWERED = re.compile(
    r"(?<!\w)(?P<neg>ei|pole|ega|не)\s+(?:\w+\s+){0,2}?"
    r"(?:vastanud|vastasite|vastate|vastas|vasta|vastus|ответили|ответил\w*|отвечаете|ответ)(?!\w)|"
    # the reply was of no help (not "rohkem pole abi vaja": no more help needed)
    r"(?<!\w)(?:ei\s+ole|ei\s+olnud|pole|polnud)\s+(?:\w+\s+){0,2}?(?:abi|abiks|kasu)(?!\w)(?!\s+(?:\w+\s+)?vaja)|"
    r"(?<!\w)ei\s+(?:\w+\s+){0,1}?aidanud(?!\w)|"
    r"(?<!\w)не\s+(?:\w+\s+){0,1}?(?:помогло|помогли|помог|помогла|помогает|помогаете)(?!\w)|"
    r"(?<!\w)толку\s+(?:\w+\s+){0,2}?(?:нет|никакого|ноль)(?!\w)|"
    # the question left without an answer: "see küsimus jäi ju (vastamata)", «мой вопрос остался без ответа»
    r"(?<!\w)k[uy]simus\w*\s+(?:\w+\s+){0,2}?(?:jai|on\s+jaanud)\s+(?:ju\s+)?(?:vastamata|vastuseta|ohku|lahtiseks)(?!\w)|"
    r"(?<!\w)(?:see|mu|minu)\s+(?:\w+\s+)?k[uy]simus\s+jai\s+ju\W*$|"
    r"(?<!\w)вопрос\w*\s+(?:\w+\s+){0,2}?остал\w*\s+(?:\w+\s+)?(?:без\s+ответа|открыт\w*)(?!\w)|"
    # the reply was about something else: "see pole see, mida ma küsisin", «это не то, что я спрашивала» (round 24)
    r"(?<!\w)(?:see|seda)\s+(?:pole|ei\s+ole|polnud|ei\s+olnud)\s+(?:ju\s+)?(?:see|seda)\W+(?:mida|mis|millest)\s+"
    r"(?:ma\s+|mina\s+)?k[uy]si(?:sin|n)(?!\w)|"
    r"(?<!\w)это\s+(?:же\s+)?не\s+то\W+(?:о\s+)?(?:что|чем)\s+(?:я\s+)?(?:спрашивал\w*|спросил\w*|спрашиваю)(?!\w)|"
    # "that was not my question": "see ei olnud mu küsimus", «это не мой вопрос» (round 30)
    r"(?<!\w)(?:see|seda)\s+(?:pole|ei\s+ole|polnud|ei\s+olnud)\s+(?:ju\s+|ikka\s+)?(?:minu|mu)\s+k[uy]simus(?:t)?(?!\w)|"
    r"(?<!\w)это\s+(?:же\s+|было\s+)?не\s+(?:был\s+)?мой\s+вопрос(?!\w)|"
    # whether anybody answers her question at all: "kas keegi vastab mu küsimusele ka", «кто-нибудь ответит на мой вопрос»
    r"(?<!\w)kas\s+keegi\s+(?:ka\s+)?(?:vastab|vastaks)\s+(?:ka\s+)?(?:minu|mu)\s+k[uy]simus\w*|"
    r"(?<!\w)кто\s*-?\s*(?:нибудь|то)\s+(?:мне\s+)?(?:ответит|ответ\w+\s+ли)\s+(?:мне\s+)?на\s+(?:мой\s+)?вопрос")
# who does not answer, right before the negation: a third person or a telephone, not the agent
_THIRD_SUBJECT = re.compile(r"(?<!\w)(?:ta|tema|ema|isa|poeg|tutar|vend|ode|mees|naine|abikaasa|naaber|telefon|keegi|"
                            r"nemad|nad|он|она|они|мама|папа|сын|дочь|брат|сестра|муж|жена|сосед\w*|телефон|никто)"
                            r"\s+(?:\w+\s+)?$")

_MISSED = re.compile(
    r"\bэто\s+не\s+ответ\b|"
    # the replies only give the question back, or sound like a machine: "Te kordate ainult minu küsimusi", «вы
    # только повторяете мои вопросы», "kas te olete robot", «вы робот?»; "aga vastust ju pole", «ответа же нет»
    r"\b(?:kordate|kordad)\s+(?:\w+\s+)?(?:minu|mu)\s+k[uy]simus\w*|\bповторяете\s+(?:\w+\s+)?мо[иейё]\w*\s+вопрос\w*|"
    r"\bkas\s+(?:te|sa)\s+(?:olete|oled)\s+(?:\w+\s+)?robot\w*|\bвы\W+(?:что\W+)?(?:\w+\s+)?робот\w*|"
    r"\bvastust?\s+(?:ju|ikka|ikkagi)\s+(?:pole|ei\s+ole)\b|\bответа\s+(?:же|так\s+и|вс[её]\s+равно)\s+нет\b|\bma\s+(?:ju\s+)?kusisin\b|\bkusisin\s+ju\b|\b(?:teist|kolmandat|neljandat)\s+korda\b|"
    r"\bя\s+(?:же\s+)?(?:спрашивал\w*|спросил\w*)\b|\b(?:второй|третий|четв[её]ртый)\s+раз\b|"
    r"\bloete\s+(?:\w+\s+){0,3}?ette\b|\bчитаете\s+(?:\w+\s+){0,2}?(?:с|по)\s+(?:листа|бумажк\w*)\b|"
    # they read that already, that is why they ask
    r"\b(?:seda|kodulehte|veebilehte|lehte|otsust)\s+(?:ma\s+)?(?:olen\s+)?(?:juba\s+)?(?:lugesin|lugenud|vaatasin|"
    r"vaadanud)\b|"
    r"\bma\s+(?:olen\s+)?(?:juba\s+)?(?:lugesin|lugenud)\s+(?:seda|kodulehte|veebilehte|lehte)\b|"
    r"\b(?:selleparast|seeparast|seetottu)\s+(?:ma\s+)?(?:ju\s+)?(?:kusingi|kusin|helistangi|kirjutangi)\b|"
    r"\b(?:это|сайт|его|письмо|решение)\s+я\s+(?:уже\s+)?(?:читал|прочитал|смотрел|посмотрел|видел)\w*|"
    r"\bя\s+(?:уже\s+)?(?:читал|прочитал)\w*\s+(?:это|сайт|его)\b|"
    r"\b(?:потому|поэтому)\s+(?:я\s+)?и\s+(?:спрашива\w*|звон\w*|пиш\w*)")


def _folded(text: str) -> str:
    return tx.fold(text.lower())


@lru_cache(maxsize=20_000)
def says_unanswered(text: str) -> bool:
    """Does a client's text tell the agent it did not answer, or that the answer was no help?"""
    folded = _folded(text)
    for m in _NOT_ANSWERED.finditer(folded):
        if m.group("neg") is None or not _THIRD_SUBJECT.search(folded[:m.start()]):
            return True
    return False


@lru_cache(maxsize=20_000)
def says_missed(text: str) -> bool:
    """Does a client's text say the answer missed what they asked (asked already, the n-th time, read out, or read
    already and that is why they ask)? The agent's next reply answers anew; it recaps nothing. Calling the n-th
    time («звоню уже третий раз, всё занято», "helistan juba kolmandat korda") is about getting through, not about
    an answer."""
    folded = _folded(text)
    return any(not _CALLING.search(folded[max(0, m.start() - 30):m.start()]) for m in _MISSED.finditer(folded))


# a verb of calling or getting through just before "the n-th time"
_CALLING = re.compile(r"\b(?:звон\w*|позвон\w*|дозвон\w*|набира\w*|helistan|helistasin|helistanud|helistama)"
                      r"(?:\s+\w+){0,2}\s*$")


# the client telling the agent her remark was a poor joke: "очень смешно", «вам смешно?», "väga naljakas", "see pole
# naljakas", "kas Te irvitate"; not about a rule ("see on ju naljakas reegel", «ну это смешно конечно»)
_MOCKED = re.compile(
    r"^\W*(?:ну\s+|да\s+)?(?:очень|оч|как|ха\s+ха)\s+смешно\b|^\W*(?:мне\s+)?(?:совсем\s+)?не\s+смешно\b|"
    r"\bвам\s+(?:\w+\s+)?смешно\b|\bсмешно\s+вам\b|\bвы\s+(?:\w+\s+)?(?:надо\s+мной\s+)?(?:смеетесь|насмехаетесь)\s+надо\s+мной\b|"
    r"^\W*(?:no\s+|jah\s+)?(?:vaga|nii|kui)\s+naljakas\b|^\W*(?:see\s+)?(?:ei\s+ole|pole)\s+(?:uldse\s+)?naljakas\b|"
    r"\bteile\s+(?:on\s+)?(?:see\s+)?naljakas\b|\bkas\s+te\s+(?:\w+\s+)?(?:irvitate|pilkate|monitate|naerate\s+(?:minu|mu)\s+ule)\b")


@lru_cache(maxsize=20_000)
def says_mocked(text: str) -> bool:
    """Does a client's text tell the agent her last remark mocked the client ("очень смешно", "väga naljakas")?"""
    return bool(_MOCKED.search(_folded(text)))


# the client saying she cannot use websites or computers: «я в сайтах не разбираюсь», «плохо разбираюсь в
# интернете», "ma ei oska arvutit kasutada", "internetiga ma hakkama ei saa", "mul pole arvutit"
_SITE = rf"(?:{WEBSITE}|{SELF_SERVICE_ET}|{SELF_SERVICE_RU}|{COMPUTER})"
_CANNOT_RU = r"(?:не|плохо|слабо|никак\s+не)\s+(?:\w+\s+)?(?:разбираюсь|умею|понимаю|дружу|пользуюсь|могу)"
_CANNOT_ET = (r"(?:ei|halvasti|kehvasti|hasti\s+ei)\s+(?:\w+\s+)?(?:oska|jaga|tunne|saa\s+(?:\w+\s+)?hakkama|"
              r"saa\s+(?:\w+\s+)?aru|kasuta)|pole\s+(?:\w+\s+)?(?:arvutit|internetti)")
_CANNOT_USE = re.compile(rf"\b(?:{_SITE}\s+(?:\w+\s+){{0,3}}?(?:{_CANNOT_RU}|{_CANNOT_ET})|(?:{_CANNOT_RU}|{_CANNOT_ET})"
                         rf"\s+(?:\w+\s+){{0,2}}?(?:в\s+|с\s+)?(?:\w+\s+)?{_SITE})\b|\bmul\s+pole\s+(?:\w+\s+)?(?:arvutit|internetti)\b|"
                         r"\bу\s+меня\s+нет\s+(?:\w+\s+)?(?:компьютера|интернета)\b")


@lru_cache(maxsize=20_000)
def cannot_use_sites(text: str) -> bool:
    """Does a client's text say she cannot use websites or a computer (so a pointer there answers nothing)?"""
    return bool(_CANNOT_USE.search(_folded(text)))


def complains(text: str) -> bool:
    """Either of the two: the client says the reply was no answer."""
    return says_unanswered(text) or says_missed(text)


# the client turning to another channel or person instead: a first-person "I'll rather call / ask elsewhere"
# ("helistan parem infotelefonile", "küsin siis mujalt", «позвоню лучше на 16106», «спрошу в другом месте»)
_TURN_VERB = (r"(?:helistan|kusin|uurin|lahen|kirjutan|poordun|позвоню|перезвоню|спрошу|узнаю|схожу|пойду|"
              r"обращусь|напишу|поеду)")
_INSTEAD = r"(?:parem|pigem|mujalt|mujale|kuskilt\s+mujalt|kelleltki\s+teiselt|лучше|в\s+другом\s+месте|" \
           r"в\s+другое\s+место|где-?(?:то|нибудь)\s+ещ[её]|у\s+кого-?(?:то|нибудь)\s+другого)"
_ELSEWHERE = re.compile(rf"\b{_TURN_VERB}\s+(?:\w+\s+){{0,2}}?{_INSTEAD}(?!\w)|"
                        rf"\b{_INSTEAD}\s+(?:\w+\s+){{0,2}}?{_TURN_VERB}\b")


@lru_cache(maxsize=20_000)
def turns_elsewhere(text: str) -> bool:
    """Does a client's text say she will rather call, ask or go somewhere else ("olgu, helistan parem
    infotelefonile", "küsin siis mujalt", «ладно, позвоню лучше на 16106», «спрошу в другом месте»)? Said after a
    reply that answered nothing new, the matter is left open (blind round 24)."""
    return bool(_ELSEWHERE.search(_folded(text)))
