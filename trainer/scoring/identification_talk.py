"""Identification talk that answers nothing: sending the client to an authenticated channel (the self-service or
the info line), saying that the client must be identified first, and the warning not to type the personal code
into an open channel."""

from __future__ import annotations

import re

from trainer.scoring.verified import SELF_SERVICE_LOGIN

# saying that the client must be identified first ("Enne pean Teid tuvastama.", «Чтобы посмотреть Ваше заявление,
# мне нужно Вас идентифицировать.»): the identification act, not the answer ("puude tuvastamine" is a matter)
IDENTIFY_ACT = re.compile(
    r"\b(?:teid|teie\s+isikut?|isiku|teie)\s+tuvasta\w*|\btuvasta\w*\s+(?:teid|teie\s+isiku\w*)\b"
    r"|\bkellega\s+(?:ma\s+)?r[aä]{2}gin\b|\bveendu\w*,?\s+et\s+(?:ma\s+)?r[aä]{2}gin\b"
    r"|\bубедиться,?\s+что\s+(?:я\s+)?говорю\b|\bс\s+кем\s+(?:я\s+)?говорю\b"
    r"|\bидентифицир\w*\s+(?:вас|вашу\s+личность)\b|\bвас\s+идентифицир\w*|\bдля\s+(?:вашей\s+)?идентификации\b"
    r"|\bустанов\w*\s+(?:вашу\s+)?личность\b")


# a warning not to type the personal code into an open channel (a data protection act, no answer)
CODE_WARNING = re.compile(
    r"\b(?:ärge|arge)\b[^.?!]{0,40}\b(?:isikukood|ik\b)|\b(?:isikukood\w*|ik)\b[^.?!]{0,40}\b(?:ärge|arge|mitte)\b"
    r"|\bне\s+(?:пишите|указывайте|отправляйте|присылайте|вводите|публикуйте)\b[^.?!]{0,40}\b(?:личн\w*\s+)?код"
    r"|\bличн\w*\s+код\w*[^.?!]{0,40}\bне\s+(?:пишите|указывайте|отправляйте|присылайте|вводите|публикуйте)\b"
    # "the code is not needed here", "better not to type it": the same warning
    r"|\bличн\w*\s+код\w*[^.?!]{0,40}\bне\s+(?:нуж\w*|требуется)|\b(?:лучше|прошу)\s+не\s+(?:писать|указывать|отправлять)"
    r"|\bisikukood\w*[^.?!]{0,40}\b(?:pole|ei\s+ole)\s+vaja\b")


# an open web chat identifies by sending the client to an authenticated channel: the self-service (ID card,
# Mobiil-ID, Smart-ID) or the info line
AUTHENTICATED_CHANNEL = re.compile(
    rf"(?<!\w)(?:{SELF_SERVICE_LOGIN}|16106|infotelefon\w*|helista\w*|инфотелефон\w*|позвонит\w*|звонит\w*)",
    re.IGNORECASE)
