"""What makes a cue word or a check of understanding a summary (issue 9, blind round 3).

A summary comes after the answer and recaps its key points or next steps, or checks understanding. These
predicates say when a sentence that carries a summary cue or a check is none:

- a connector ("nii et", "seega", "kõigepealt", «в общем», «во-первых») inside the answer to the client's new
  question joins that answer; only an explicit summary cue ("kokkuvõtteks", «подведём итог») or a sentence
  that restates what was said before recaps there (:func:`explicit_cue`);
- after the cue something must be stated: a predicate, or a phrase that says something about a topic
  ("vaie 30 päeva jooksul"); bare topic names ("tõend ja tagantjärele", «справка, фирма и наше
  ходатайство») state nothing, however many (:func:`states_point`);
- the client's own question said back ("Teie küsimus oli ...", «Вы хотите узнать ...») restates the need,
  not the answer (:func:`restates_question`);
- a check the client answers "no" to (:func:`rejects`) checked nothing, nor does the same check said again;
  a third person who "does not answer" ("ema ei vasta") is no such "no";
- a check with the goodbye after it in its message leaves the client no turn to answer, unless the client
  still answers it, confirming and asking nothing more (:func:`confirms`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.finite_verbs import et_finite, has_finite_verb, sentence_language
from trainer.text.keywords import copula_dash

# explicit summary vocabulary (folded): a recap announced as one, wherever it stands
_EXPLICIT = {
    "et": re.compile(r"\b(?:kokkuvotte\w*|kokku\s+vottes|kokkuvottes|kordan\s+(?:ule|veel)|lyhidalt|luhidalt|"
                     r"jargmi\w*\s+samm\w*|kokku\s+lepitud|paari\s+sonaga)\b|^\s*(?:ehk|kokku)\s*:"),
    "ru": re.compile(r"\b(?:итак|итог\w*|подвед\w*\s+итог\w*|подводя\s+итог|подыто\w+|резюмир\w+|повторю|"
                     r"следующий\s+шаг|коротко|вкратце|в\s+двух\s+словах)\b"),
}
# the client's question or wish as the topic of the sentence: "Teie küsimus oli", «Вы хотите узнать»
# the client's call or letter and what it was for (folded): "helistasite, et teada saada", «звонили узнать»
_CALLED = {
    "et": r"(?:helistasite|poordusite|kirjutasite)\s+(?:\w+\s+){0,3}?(?:et\s+)?(?:teada\s+saada|kusida|uurida|"
          r"kusimusega|kusimuses)",
    "ru": r"(?:звонили|позвонили|обратились|обращались|написали)\s+(?:\w+\s+)?(?:узнать|спросить|уточнить|"
          r"по\s+поводу|насч[её]т|с\s+вопросом)",
}
_ASKED = {
    "et": re.compile(r"\b(?:(?:teie|te)\s+(?:kusimus\s+(?:oli|on|puudutas|kais)|kusite|kusisite|soovite\s+teada|soovisite\s+teada|"
                     r"tahate\s+teada|tahtsite\s+teada)|teid\s+huvitab"
                     # what the client called or wrote about ("te helistasite, et teada saada ...") is the question too
                     rf"|(?:te\s+|teie\s+)?{_CALLED['et']})\b"),
    "ru": re.compile(r"\b(?:вы\s+(?:спрашива\w+|спросил\w*|хоти\w*\s+узнать|хотел\w*\s+узнать|интересу\w+)|"
                     r"ваш\s+вопрос\s+(?:был|касал\w+)|вас\s+интересу\w+"
                     # «вы звонили узнать ...», «Вы обратились по поводу ...»: why the client called, not the answer
                     rf"|(?:вы\s+)?{_CALLED['ru']})\b"),
}
# the same said without the pronoun (a verb form of the second person), right after the cue and fillers that
# open the sentence: "kokkuvõtteks küsisite ...", «итак хотите узнать ...»; not "kui soovite teada, ..." inside
_ASKED_BARE = {
    "et": re.compile(r"^(?:(?:selge|mhm|jah|hea|nii|et|ehk|siis|seega|kokkuvotteks|kokkuvottes|lyhidalt|luhidalt)\s+)*"
                     rf"(?:kusisite|kusite|soovite\s+teada|soovisite\s+teada|tahate\s+teada|tahtsite\s+teada|{_CALLED['et']})\b"),
    "ru": re.compile(r"^(?:(?:ясно|понятно|так|итак|значит|хорошо|подвед\w*|подводя|итог\w*|коротко|вкратце)\s+)*"
                     rf"(?:спрашиваете|спросили|хотите\s+узнать|хотели\s+узнать|интересуетесь|интересовались|{_CALLED['ru']})\b"),
}
# the client's "no" to a check: it is not clear, or the agent did not answer (said to the agent, or opening
# the reply: "Ei vastanud.", "Te ei vastanud", «Вы мне так и не ответили»; not "ema ei vasta")
_NO = {
    "et": re.compile(r"^\s*ei\s*[.!]*\s*$|\b(?:ei|pole)\s+(?:saanud\s+aru|saa\s+aru|(?:ole\s+)?(?:selge|arusaadav))\b|"
                     r"(?:^\s*(?:(?:aga|no|ei)[\s,]+)?|\b(?:te|teie|mulle|kusimusele)\s+(?:\w+\s+){0,2})"
                     r"(?:ei|pole)\s+(?:\w+\s+)?vasta(?:nud)?\b"),
    "ru": re.compile(r"^\s*нет\s*[.!]*\s*$|\bне\s+(?:понял\w*|понятно|ясно)\b|"
                     r"(?:^\s*(?:(?:но|нет)[\s,]+)?|\b(?:вы|мне|вопрос)\s+(?:\w+\s+){0,2})не\s+ответил\w*\b"),
}
# the client's "yes, understood" to a check: an opening yes or a word of understanding
_YES = {
    "et": re.compile(r"^\s*(?:(?:nii|no|noh|oi)\s+)?(?:jah|jaa|jep|selge|arusaadav|sain\s+aru|saan\s+aru|hasti|"
                     r"hea\s+kull|okei|ok)\b"),
    "ru": re.compile(r"^\s*(?:(?:так|ну|а|ага)\s*,?\s*)?(?:да|ага|угу|понятно|ясно|понял\w*|хорошо|ладно)\b"),
}
# a statement that the matter is settled, with nothing of it said («вопрос решён», «вопрос закрыт», "küsimus on
# lahendatud")
SETTLED = re.compile(r"^\W*(?:(?:итак|итого|значит|nii|niisiis|seega|kokkuvotteks|kokkuvottes)\W+)*(?:(?:ваш|teie)\s+)?(?:вопрос|все|всё|kusimus|asi|koik)\s+(?:(?:on|был|было)\s+)?"
                      r"(?:реш[её]н\w*|решено|закрыт\w*|в\s+порядке|ясно|понятно|lahendatud|lahenda\w*|suletud|korras|selge)\W*$")
# list separators: commas, bullets, tick marks ("✔ vaie ✔ uus taotlus", blind round 14), "ja", «и»; not the dot of
# an ordinal before a lower-case word ("8. detsembril": one date)
_ITEM_SPLIT = re.compile(r",(?!\d)|(?<!\d),|[;:\n•·▪►✔✓✅☑]+|(?<!\d)\.(?!\d)|(?<=\d)\.(?!\d)(?!\s+[a-zäöüõšž])|"
                         r"\s(?:ja|ning|või|и|или|а)\s")
# two numbers as alternatives or a range ("7. või 8. detsembril", «7 или 8 декабря»): one date, not two items
_NUMBER_ALTERNATIVE = re.compile(r"(?<=\d)\.?\s+(?:või|kuni|или|либо)\s+(?=\d)", re.IGNORECASE)


def _items(text: str) -> list[str]:
    """The list items of the text, numbers said as alternatives kept together ("pension 7. või 8. detsembril")."""
    return _ITEM_SPLIT.split(_NUMBER_ALTERNATIVE.sub("-", text))


def _folded(text: str) -> str:
    return " ".join(t.norm for t in tx.tokenize_cached(text) if t.is_word or t.text[:1].isdigit())


def explicit_cue(sentence: str, language: str) -> bool:
    """Does the sentence announce a summary in so many words ("Kokkuvõtteks", «Подведу итог»), not only
    join a conclusion with a connector ("nii et", «в общем»)?"""
    pattern = _EXPLICIT.get(language)
    return bool(pattern and pattern.search(tx.fold(sentence.lower())))


def states_point(text: str, language: str) -> bool:
    """Does the text state a key point: a predicate ("toetus tuleb 5. kuupäeval"), or, without one, a phrase
    of three or more words that says something about a topic ("vaie 30 päeva jooksul", «пенсия 712,90
    евро»)? Bare topic names ("tõend ja tagantjärele", «Возражение. Рассрочка.») state nothing, nor do topics
    strung together by dashes or slashes ("töötamine – toetus – omavalitsus – taotlus", blind round 13)."""
    if not any(t.is_word for t in tx.tokenize_cached(text)):
        return False
    if SETTLED.search(tx.fold(text.lower())):
        return False  # «вопрос решён», "kõik on korras": says the matter is settled, restates none of it
    if finite_verb(text, language):
        return True
    return any(len(_folded(piece).split()) >= 3 and not _nominals(piece, language)
               for item in _items(text) for piece in _dash_items(item))


def finite_verb(text: str, language: str) -> bool:
    """`has_finite_verb`, with Estonian nouns in "-us" that the dictionary has as such ("toetus", or a compound
    ending in one: "lapsetoetus") read as nouns, not as past forms of "-uma" verbs (toetuma): otherwise a topic
    list looks like a sentence ("Kokkuvõtteks: lapsetoetus, toetus, üks vanem.", blind round 16)."""
    if not has_finite_verb(text, language):
        return False
    if language != "et" or sentence_language(text, language) != "et" or copula_dash(text):
        return True
    return any(t.is_word and et_finite(t.text) and not _us_noun(t.text.lower()) for t in tx.tokenize(text))


def _us_noun(low: str) -> bool:
    from trainer.text.lexicon import dictionary_lemmas

    return low.endswith("us") and any(tx.fold(low[k:]) in {tx.fold(lem) for lem in dictionary_lemmas(low[k:], "et")}
                                      for k in [0, *range(3, len(low) - 4)])


# speech fillers a topic string may carry («ну вот итак пособие ... вот»)
_FILLER_WORDS = frozenset("ну вот вон это значит итак так".split())


def _nominals(piece: str, language: str) -> bool:
    """Is the verbless Russian piece only nouns and adjectives in the nominative, no number or preposition
    («детское пособие многодетное пособие самообслуживание»)? Speech strings topic names without commas; a
    run of them says nothing about any (blind round 16). «пенсия 712,90 евро», «новый номер счёта» say something."""
    if language != "ru" or any(ch.isdigit() for ch in piece):
        return False
    words = [t.text.lower() for t in tx.tokenize_cached(piece) if t.is_word]
    words = [w for w in words if tx.fold(w) not in _FILLER_WORDS]
    if len(words) < 3:
        return False
    for w in words:
        parses = tx.ru_parse(w)[:2]
        if not parses or not any({"NOUN", "ADJF"} & set(p.tag.grammemes) and "nomn" in p.tag.grammemes
                                 and "Name" not in p.tag.grammemes for p in parses):
            return False
    return True


# a dash, slash or arrow between words: one joins a topic to what is said of it ("toetus – 450 eurot"), two or
# more in a row string topics together ("hooldajatoetus – omavalitsus – taotlus – iseteenindus")
_DASH = re.compile(r"\s[–—-]+\s|\s/\s|(?<=[^\W\d])/(?=[^\W\d])|\s*→\s*")


def _dash_items(item: str) -> list[str]:
    """The pieces of a list item joined by two or more dashes, slashes or arrows; the item itself otherwise."""
    pieces = _DASH.split(item)
    return pieces if len(pieces) >= 3 else [item]


def topic_list(text: str, language: str) -> bool:
    """Is the text a list of three or more bare topics that states no point ("✔ vaie ✔ uus ekspertiisitaotlus ✔
    30 päeva", «возражение, новое ходатайство, 30 дней»)? Labels strung together restate nothing (blind round 14);
    two ("суд и 14 дней") may still be the answer said back in brief."""
    items = [piece for item in _items(text) for piece in _dash_items(item) if _folded(piece)]
    return len(items) >= _LIST_ITEMS and not states_point(text, language)


_LIST_ITEMS = 3


_ONE_DASH = re.compile(r"\s[–—-]\s")


def dash_statements(text: str, language: str) -> bool:
    """Do two or more items (split at commas and semicolons) each join a topic to what is said of it with one dash
    («пособие по трудоспособности – в Кассу, пенсия по старости – к нам», "vaie – 30 päeva jooksul, uus taotlus –
    iseteeninduses")? Each dash stands for the verb of its own item (`copula_dash` reads one per sentence), unlike
    topics strung by dashes ("vaie – iseteenindus – kokkuvõte"); what follows it has syntax: a number, a
    preposition or an inflected word ("vaie – iseteenindus, kokkuvõte – aitäh" says nothing of either)."""
    from trainer.text.keywords import LINKERS, bare

    items = [item for item in re.split(r"[,;]", text) if any(t.is_word for t in tx.tokenize_cached(item))]
    if len(items) < 2:
        return False
    for item in items:
        parts = _ONE_DASH.split(item)
        if len(parts) != 2:
            return False
        left = [t for t in tx.tokenize_cached(parts[0]) if t.is_word]
        right = [t for t in tx.tokenize_cached(parts[1]) if t.is_word or t.text[:1].isdigit()]
        if not left or not right:
            return False
        if not (any(t.text[:1].isdigit() for t in right) or right[0].norm in LINKERS or not bare(right[0].text)):
            return False
    return True


def gives_step(text: str, language: str) -> bool:
    """Does the text tell the client a next step: an imperative ("palun vaadake pangast üle", «проверьте счёт
    завтра»)? After a connector ("..., nii et palun vaadake ...") it recaps what to do next."""
    from trainer.text.lexicon import ru_parse
    from trainer.text.verb_forms import et_imperative

    words = [t.text for t in tx.tokenize_cached(text) if t.is_word]
    if language == "et":
        return any(et_imperative(w) for w in words)
    if language == "ru":
        return any(w.lower().endswith(("те", "тесь")) and (p := ru_parse(w.lower())) and "impr" in p[0].tag
                   for w in words)
    return False


@lru_cache(maxsize=16_384)  # a pure function of the sentence
def restates_question(sentence: str, language: str) -> bool:
    """Is the sentence the client's question said back ("Nii et Teie küsimus oli, kuhu pöörduda",
    «Итак: Вы хотите узнать, положено ли Вам пособие»), with no answer after a colon or semicolon?"""
    pattern = _ASKED.get(language)
    if not pattern:
        return False
    parts = [p for p in re.split(r"[:;]", sentence) if p.strip()]
    bare = _ASKED_BARE[language]
    asked = [p for p in parts if pattern.search(_folded(p)) or bare.search(_folded(p))]
    return bool(asked) and all(p in asked or explicit_cue(p, language) or not states_point(p, language)
                               for p in parts)


# a "no" that opens the reply as its own sentence ("Ei. Küsin mujalt.", «Нет. Спрошу в другом месте.»), or
# followed by "not quite" or "I asked about ..." («нет ну не совсем ...», "Ei, ma küsisin ..."); not with a word
# of understanding or thanks after it («Нет, всё понятно, спасибо»: no further questions)
_NO_OPENING = {
    "et": re.compile(r"^\s*ei\s*(?:[.!]|[\s,]+(?:(?:no|noh|ma|mina)\s+)*(?:kusisin|kusin|mitte\s+paris|paris\s+mitte|ei\s+paris))|"
                     r"\b(?:mitte|ei)\s+paris\s+(?:selge|arusaadav|nii|seda)\b|"
                     # "Mitte päris." as its own sentence, "Päris ei vasta." (blind round 13), or conceded: "no mitte
                     # päris aga olgu ..." (blind round 15)
                     r"^\s*(?:(?:no|noh|ei)[\s,]+)?(?:mitte|ei)\s+paris\s*(?:[.!]|$|[\s,]+(?:aga|kuid)\b)|^\s*paris\s+(?:ei|pole)\s+(?:vasta|selge)|"
                     # "not really" opening the reply: "mitte eriti aus olla", "no mitte eriti aga ok" (blind round 14)
                     r"^\s*(?:(?:no|noh|ei|ausalt|tegelikult)[\s,]+)*(?:mitte|ei)\s+(?:eriti|vist)\b"),
    "ru": re.compile(r"^\s*нет\s*(?:[.!]|[\s,]+(?:(?:ну|я|же)\s+)*(?:не\s+совсем|спрашива\w*|спросил\w*|не\s+то))|"
                     r"\bне\s+совсем\s+(?:понятно|ясно|понял\w*|так|то|ответил\w*)\b|"
                     # «Не совсем.» as its own sentence (blind round 13)
                     r"^\s*(?:(?:ну|нет)[\s,]+)?не\s+совсем\s*(?:[.!]|\.\.|$|[\s,]+(?:но|а)\b)|"
                     # «не особо, если честно», «ну не очень» opening the reply (blind round 14)
                     r"^\s*(?:(?:ну|нет|честно\s+говоря|если\s+честно)[\s,]+)*не\s+(?:особо|очень|особенно|то\s+чтобы)\b"),
}
# "not really" to a check, an adverb before the bare negation: "Ei, tegelikult mitte.", "Kahjuks mitte.", «Нет, на
# самом деле нет.» (fresh blind run: «Нет, не ответили» was read, "Ei, tegelikult mitte." was not); read by the closing
_NOT_REALLY = {
    "et": re.compile(r"^\s*(?:(?:no|noh|ei)[\s,.!]+)?(?:(?:tegelikult|kahjuks|pariselt|ausalt(?:\s+oeldes)?)[\s,]+)+"
                     r"(?:mitte|ei)\s*(?:[.!]|$|[\s,]+(?:aga|kuid)\b)"),
    "ru": re.compile(r"^\s*(?:(?:ну|нет)[\s,.!]+)?(?:(?:на\s+самом\s+деле|вообще-?то|к\s+сожалению|честно\s+говоря|"
                     r"если\s+честно|по\s+правде\s+говоря)[\s,]+)+нет\s*(?:[.!]|$|[\s,]+(?:но|а)\b)"),
}
_UNDERSTOOD = re.compile(r"\b(?:selge|arusaadav|sain\s+aru|aitah|tanan|понятно|ясно|понял\w*|спасибо|благодарю)\b")


@lru_cache(maxsize=16_384)  # a pure function of the reply: every summary check asks it of each reply
def rejects(client_text: str, language: str) -> bool:
    """Does the client's reply say the check failed ("Ei vastanud.", «Нет, не ответили», "Ei.", "Ei. Küsin
    mujalt.", «нет ну не совсем ...», "Ei, ma küsisin ...")?"""
    pattern = _NO.get(language)
    return bool(pattern and pattern.search(tx.fold(client_text.lower()))) or says_no(client_text, language)


@lru_cache(maxsize=16_384)  # a pure function of the reply
def says_no(client_text: str, language: str) -> bool:
    """Does the client's reply open with a plain "no" to a check ("Ei. Küsin mujalt.", «Нет, не совсем ...»,
    "Ei, ma küsisin ..."), with no word of understanding or thanks after it?"""
    folded = tx.fold(client_text.lower())
    opening = _NO_OPENING.get(language)
    return bool(opening and opening.search(folded)) and not _UNDERSTOOD.search(folded)


def says_not_really(client_text: str, language: str) -> bool:
    """Does the client's reply say "not really" to a check ("Ei, tegelikult mitte.", «К сожалению, нет.»)?"""
    pattern = _NOT_REALLY.get(language)
    return bool(pattern and pattern.search(tx.fold(client_text.lower())))


# a request to the agent in speech, without a question word ("te saate selle ise maha arvata", «вы можете сами
# удержать»): the client asks for something, as with a question
_REQUEST = {
    "et": re.compile(r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?(?:saate|saaksite|voite|voiksite|suudate)\s+(?!aru\b)\w+"),
    "ru": re.compile(r"\bвы\s+(?:\w+\s+){0,2}?(?:можете|могли\s+бы|сможете|не\s+могли\s+бы)\s+\w+"),
}


def requests(client_text: str, language: str) -> bool:
    """Does the client ask the agent to do something, in words without a question mark ("te saate selle ise
    pensionist maha arvata", «вы можете сами удержать из пенсии»)?"""
    pattern = _REQUEST.get(language)
    return bool(pattern and pattern.search(tx.fold(client_text.lower())))


def says_yes(client_text: str, language: str) -> bool:
    """Does the client's reply open with a yes or a word of understanding ("Jah, aga ...", «Понятно, а ...»)?"""
    pattern = _YES.get(language)
    return bool(pattern and pattern.search(tx.fold(client_text.lower()))) and not rejects(client_text, language)


def confirms(client_text: str, language: str) -> bool:
    """Does the client's reply confirm a check ("Jah, sain aru. Aitäh!", «Понятно, спасибо») and ask nothing
    more (not "Jah, aga kuhu ma taotluse saadan?")?"""
    pattern = _YES.get(language)
    folded = tx.fold(client_text.lower())
    return bool(pattern and pattern.search(folded)) and not rejects(client_text, language) \
        and "?" not in client_text and not tx.is_question(client_text, language)


def cue_in_every_reply(an, cue: str, least: int) -> bool:
    """Is the summary cue said in ``least`` or more agent replies and missing from at most one of them (a
    verbal tic opening every turn, «подводя итог ...», or a footer under each message: "Anna | ДСС | итог")?
    Said everywhere, it announces nothing; a cue said now and then still may."""
    replies = [i for i in an.agent_indexes if any(t.is_word for t in tx.tokenize_cached(an.turns[i].text))]
    with_cue = sum(1 for i in replies if an.matches(i, [cue]))
    return with_cue >= least and with_cue >= len(replies) - 1


_RUN = 5  # words in a row copied from an earlier reply: a paste, not a sentence said anew


def repastes_after_no(an, i: int, a: int, b: int) -> bool:
    """Is the cue sentence [a, b) of agent unit i the reply to a client's "no" («вы не поняли, я спрашиваю
    ...», "te ei vastanud") whose words are mostly copied from earlier replies? The client said the answer
    missed; the same text again after the cue sums up no answer given."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None or not rejects(an.turns[client].text, an.language):
        return False
    words = _folded(an.turns[i].text[a:b]).split()
    earlier = " " + " ".join(_folded(an.turns[j].text) for j in an.agent_indexes if j < i) + " "
    runs = [k for k in range(len(words) - _RUN + 1) if " " + " ".join(words[k:k + _RUN]) + " " in earlier]
    copied = {k + d for k in runs for d in range(_RUN)}
    return len(words) >= _RUN and 3 * len(copied) >= len(words)


def common_tail(a: str, b: str) -> int:
    """How many characters a and b share at their ends."""
    if not a or not b or a[-1] != b[-1]:
        return 0  # most pairs differ in the last character
    # equal endings of n characters mean equal endings of every shorter length: search n by halves
    lo, hi = 1, min(len(a), len(b))
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:] == b[lb - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def footer_start(an, i: int) -> int:
    """Where the footer of agent unit i starts: the words (three or more) its text ends with word for word
    as two or more other agent messages do ("——— Анна | ДСС | ... · итог · спасибо за обращение"), a
    signature pasted under each message that restates nothing; the text's length when there is none."""
    text = an.turns[i].text
    shared = []
    for j in an.agent_indexes:
        other = an.turns[j].text
        if j == i or not other:
            continue
        shared.append(common_tail(text, other))
    if len(shared) < 2:
        return len(text)
    n = sorted(shared)[-2]
    start = len(text) - n
    while 0 < start < len(text) and text[start - 1].isalnum():
        start += 1  # a whole word only
    words = [t for t in tx.tokenize_cached(text[start:]) if t.is_word]
    return start if len(words) >= 3 else len(text)


# a pointer back to the earlier replies in place of a recap (folded text): «всё необходимое я Вам написала выше», «см.
# выше», «как я уже писала ранее», "kõik vajaliku kirjutasin Teile juba eespool", "vaadake ülevalt"
_POINTS_BACK = re.compile(
    r"(?<!\w)(?:написал\w*|писал\w*|сказал\w*|объяснил\w*|изложил\w*|указал\w*|перечислил\w*|ответил\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:выше|ранее|раньше)(?!\w)|(?<!\w)(?:выше|ранее)\s+(?:\w+\s+){0,2}?(?:написал\w*|сказал\w*|"
    r"объяснил\w*|изложил\w*|указал\w*|перечислил\w*)|(?<!\w)(?:см|смотрите|посмотрите)\.?\s+(?:\w+\s+)?выше(?!\w)|"
    r"(?<!\w)(?:kirjutasin|utlesin|selgitasin|vastasin|loetlesin|kirjutatud|kirjas|oeldud|selgitatud)\s+(?:\w+\s+){0,2}?"
    r"(?:eespool|ulal|uleval|varem|enne)(?!\w)|(?<!\w)(?:eespool|ulal|uleval)\s+(?:\w+\s+){0,2}?(?:kirjutasin|utlesin|"
    r"selgitasin|kirjas|kirjutatud|oeldud)(?!\w)|(?<!\w)vaadake\s+(?:\w+\s+)?(?:ulevalt|eespoolt)(?!\w)")
_POINTER_WORDS = 10


def points_back(text: str) -> bool:
    """Is the text only a pointer back to the earlier replies («всё необходимое я Вам написала выше», "kõik vajaliku
    kirjutasin juba eespool"): short, it recaps nothing?"""
    return bool(_POINTS_BACK.search(tx.fold(text.lower()))) \
        and sum(t.is_word for t in tx.tokenize_cached(text)) <= _POINTER_WORDS
