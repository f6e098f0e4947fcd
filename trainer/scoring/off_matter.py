"""Questions off the client's matter (criterion "needs"): a question of generic words only ("Kas Teie küsimus
puudutab toetust?", «Хотите получить информацию?»: `empty_question`), an offer of the call's own service (the
transcript, a talk later: `offers_transcript`, `offers_postponement`), and a question that arranges the
identification (whose code was read, a name read back, whether the person whose data it is is at hand:
`arranges_identification`). They ask nothing a reply could clarify the matter by.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.echoes import client_words
from trainer.scoring.needs_acts import repairs_code


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


# the words of a question that names no matter: the question, information, a benefit in general, importance
_GENERIC = frozenset(tx.fold(w) for w in """kas te teie teil teile teid see seda on oleks küsimus küsimuse küsimust
    küsimusega küsimuses puudutab puudutavad soovite tahate sooviksite tahaksite teavet teave infot info
    informatsiooni toetus toetust toetuse toetusi hüvitis hüvitist hüvitise abi oluline olulise tähtis täpsustada
    saada kohta mure teema asja asi midagi ikka veel
    ли ваш ваша вашем вопрос вопроса касается вы вас вам хотите хотели бы получить информацию информация
    информации пособие пособия пособий выплата выплаты выплат помощь помощи важен важно важный для уточнить
    это у есть о об по поводу тема дело
    palun täpsustage öelge kirjutage пожалуйста уточните скажите напишите""".split())


# the offer of the chat's transcript ("Kas soovite vestluse ärakirja?", «Хотите копию переписки?»): the chat's own
# service, nothing of the client's matter asked (a copy of the decision, "otsuse koopia", is the matter)
_TRANSCRIPT = re.compile(r"\barakir\w*|\bvestluse\s+(?:koopia|teksti?)\w*|"
                         r"\bкопи\w*\s+(?:этого\s+|нашего\s+|всей\s+)?(?:чат|переписк|разговор|диалог)\w*|"
                         r"\bстенограмм\w*")


def offers_transcript(sentence: str) -> bool:
    """Does the question offer the conversation's transcript (not a copy of a document)?"""
    return bool(_TRANSCRIPT.search(tx.fold(sentence.lower())))


_OFFER_WORDS = 3  # words of the offer's clause before and after the transcript's word ("прислать копию чата на почту?")


def before_transcript_offer(sentence: str) -> str:
    """The statement before a transcript offer run into it in one lower-case chat line ("итого: квартира – управа,
    200 € – от нас в окт. прислать копию чата?", "kokku: pension 8. kp, tõend pangast, ärakiri saata?"; new-user
    batch 60): the text up to the stop or comma that opens the offer's clause, when the sentence is a question by that
    closing clause alone (a few words around the transcript's word, then "?"); else ""."""
    folded = tx.fold(sentence.lower())
    if len(folded) != len(sentence) or not sentence.rstrip().endswith("?"):
        return ""
    found = list(_TRANSCRIPT.finditer(folded))
    if not found:
        return ""
    m = found[-1]
    cut = max(folded.rfind(c, 0, m.start()) for c in ".,;")
    if cut <= 0 or len(re.findall(r"\w+", folded[m.end():])) > _OFFER_WORDS \
            or len(re.findall(r"\w+", folded[cut + 1:m.start()])) > _OFFER_WORDS:
        return ""
    head = sentence[:cut + 1]
    return head if re.search(r"\w", head) else ""


# an offer to put the matter off ("Kas soovite, et räägime sellest hiljem, kui olete valmis?", «Может, поговорим об
# этом позже?"): the call's own pace, nothing of the client's matter asked (folded text)
_POSTPONE = re.compile(
    r"\b(?:raagime|arutame|jatkame|vaatame)\s+(?:(?:sellest|seda|selle|asjast|asju|edasi|siis|koos|uuesti)\s+){0,3}"
    r"(?:hiljem|teine\s+kord|moni\s+teine\s+kord|homme)\b"
    r"|\b(?:поговорим|вернемся|обсудим|продолжим|разберемся)\s+(?:(?:об|к|с|этом|этому|это|вами|всем)\s+){0,3}"
    r"(?:позже|потом|в\s+другой\s+раз|завтра)\b")


def offers_postponement(sentence: str) -> bool:
    """Does the question offer to take the matter up later (not now) rather than ask about it?"""
    return bool(_POSTPONE.search(tx.fold(sentence.lower())))


def empty_question(sentence: str) -> bool:
    """Is the question made only of generic words ("Kas Teie küsimus puudutab toetust?", "Kas soovite teavet?",
    «Вопрос для Вас важен?», «Хотите получить информацию?», a bare «уточните, пожалуйста», "palun täpsustage")?
    It names nothing of the client's matter and asks nothing a reply could clarify it by; a question word ("Millise toetuse kohta?") or a word of the
    matter ("Kas toetus on määratud?", «... родительской компенсации или детского пособия?») asks."""
    words = _words(sentence)
    return bool(words) and all(w in _GENERIC for w in words)


# whose code was read: "kas see on teie kood või teie ema oma", «это ваш код или код вашего отца»
_WHOSE_CODE = re.compile(
    r"(?i)(?<!\w)(?:(?:teie|tema|sinu|minu|kelle)\s+(?:(?!pin|puk)\w+\s+)?(?:isiku)?kood\w*"
    r"|(?:ваш|её|ее|его|чей|мой|твой)\w*\s+(?:(?!pin|puk|пин|пук)\w+\s+)?код\w*"
    r"|код\w*\s+(?:ваш\w*|её|ее|его|чей)(?!\w))")
# where the person whose data it is is: "kas ema on praegu teie kõrval", «он сейчас рядом с вами»
_PRESENCE = re.compile(
    r"(?i)(?<!\w)(?:kõrval|korval|juures|lähedal|lahedal|läheduses|laheduses|kodus|telefoni\w*"
    r"|рядом|поблизости|дома|телефон\w*|трубк\w*)(?!\w)")
# (round 30) whether the person the call is about is beside the caller, with or without a word of the power of attorney
# before it: "kas teie ema on ise praegu seal kõrval", «а мама сейчас рядом с Вами?»; not where she lives ("kas ema
# elab teie juures", «мама живёт рядом?»: the household is the matter), and not an either-or (below)
_THIRD_AT_HAND = re.compile(r"(?i)(?<!\w)(?:kõrval|korval|lähedal|lahedal|läheduses|laheduses|рядом|поблизости)(?!\w)")
_THIRD_PERSON = re.compile(
    r"(?i)(?<!\w)(?:ema|isa|poeg|tütar|tutar|abikaasa|vanaema|vanaisa|vend|õde|ode|mees|naine|tema|ta"
    r"|мама|мать|папа|отец|сын|дочь|дочка|муж|жена|бабушка|дедушка|брат|сестра|он|она)(?!\w)")
# an either-or asks whose matter it is and for whom the caller speaks («рядом с вами или вы за неё звоните»): it asks
_OR = re.compile(r"(?i)(?<!\w)(?:või|voi|или|либо)(?!\w)")
_LIVES = re.compile(r"(?i)(?<!\w)(?:ela\w*|живет|живёт|живут|жив[её]шь|проживает)(?!\w)")
# the agent may not tell the data to the caller: a power of attorney, «не могу сообщить Ваши данные»
_DATA_GUARD = re.compile(
    r"(?i)(?<!\w)(?:volikir\w*|volitus\w*|доверенност\w*"
    r"|(?:ei\s+tohi|ei\s+saa|не\s+могу|не\s+имею\s+права)[^.?!]{0,40}(?:andme\w*|данн\w*|öelda|oelda|сообщ\w*))")


# around a name read back: «спасибо ... правильно», "aitäh ... on see õige"
_NAME_FRAME = frozenset(tx.fold(w) for w in """спасибо правильно верно так да ли это вы вас зовут
    aitah tanan oige on see te teie kas jah nii""".split())


def _reads_name_back(an, i: int, sentence: str) -> bool:
    """Is the question a name read back from the register for the caller to confirm («спасибо соколов виктор
    правильно», "aitäh, Mari Tamm, on see õige?"): names the client did not say, and only frame words?"""
    from trainer.text.names import is_first_name, is_surname

    said = {w for msg in client_words(an, i) for w in msg}
    rest = [w for w in _words(sentence) if w not in _NAME_FRAME]
    return bool(rest) and any(is_first_name(w) for w in rest) and all(
        (is_first_name(w) or is_surname(w)) and w not in said for w in rest)


def arranges_identification(an, i: int, start: int, sentence: str) -> bool:
    """Does the question of agent unit i (at ``start``) arrange identification, not ask about the matter? Whose
    code was read ("kas see on teie kood või teie ema oma", «это ваш код или код вашего отца»), or, said where
    the agent may not tell the caller the data (no power of attorney), whether the person whose data it is is
    at hand ("... ilma volikirjata ... kas ema on praegu teie kõrval", «без доверенности ... он сейчас рядом с
    вами»): the client is identified through it, the matter is not clarified."""
    if _WHOSE_CODE.search(sentence) or _reads_name_back(an, i, sentence) or repairs_code(an, i, start, sentence):
        return True  # also the digits of a code found wrong, repaired (blind round 18)
    if not _PRESENCE.search(sentence):
        return False
    if _THIRD_AT_HAND.search(sentence) and _THIRD_PERSON.search(sentence) and not _LIVES.search(sentence) \
            and not _OR.search(sentence):
        return True  # "kas teie ema on praegu seal kõrval", «мама сейчас рядом с вами?» (round 30): consent at hand
    earlier = [j for j in an.agent_indexes if j < i][-1:]
    said = an.turns[i].text[:start] + " " + " ".join(an.turns[j].text for j in earlier)
    return bool(_DATA_GUARD.search(said) or _DATA_GUARD.search(sentence))
