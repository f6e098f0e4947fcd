"""The word patterns of the promise finder (`promises.is_promise`), per language, on folded text: certainty and
assurance markers, outcomes and decisions, hedges and refusals, rules, deadlines, dates, future predicates,
conditional openings and advice. Kept apart so the finder itself stays short."""

from __future__ import annotations

from trainer.scoring.promise_days import MONTHS as _MONTHS

__all__ = ["HELP_ACT", "CERTAIN", "ASSURE", "WILL", "OUTCOME", "DECISION", "HEDGE", "USUALLY", "REFUSED", "RULE", "DEADLINE", "DATED", "FUTURE", "ANTECEDENT", "MODAL", "PROCESSED", "OWN_ACT", "FEELING", "PAST", "NOT_PAST", "DECIDED"]

CERTAIN = {
    "et": r"kindlasti|kindlalt|garanteeri\w*|luban|lubame|100\s?%|sada\s+protsenti|kahtlemata|"
          r"(?:voite|vois|olge|ole|olla)\s+(?:(?:selles|kindlalt|ka|taiesti)\s+)?kindel|kindel,?\s+et|"
          r"kullap|kull\s+(?:see|ta|raha|otsus)|ilmselt\s+(?:on|juba)|vist\s+(?:on|juba)|"  # "peaks" (should) hedges
          # no doubt about it (new-user batch 31: "selles ei ole vaja kahelda", the Estonian «не сомневайтесь»)
          r"(?:ei\s+ole|pole)\s+(?:\w+\s+)?(?:vaja|pohjust)\s+kahelda|arge\s+kahelge|kahtlus(?:t|teta)?\s+(?:ei\s+ole|pole)|"
          r"ilma\s+kahtluseta|"
          # the agent's own certainty in the first person (new-user batch 67 crisis-suicidal-et wrong: "kui Te vaide
          # esitate, siis puue taastatakse ..., selles olen ma kindel"); "ma ei ole kindel" has no "olen"
          r"(?:olen|oleme)\s+(?:(?:ma|me|mina|meie|selles|ses|sellest|taiesti|taitsa|ju|ka)\s+){0,3}kindel",
    "ru": r"гарантир\w*|обещаю|обещаем|точно|обязательно|наверняка|сто\s+процентов|100\s?%|без\s+сомнени\w*|"
          r"не\s+сомневайтесь|однозначно|непременно|уверя\w*|можете\s+быть\s+уверен\w*|будьте\s+уверен\w*|"
          # «я уверена», «в этом я уверен», «уверена, что ...»; «я не уверена» is no certainty
          r"(?:я|мы)\s+(?:(?:в\s+этом|абсолютно|полностью|совершенно|точно)\s+){0,2}уверен\w*|"
          r"в\s+этом\s+(?:я\s+|мы\s+)?(?:абсолютно\s+|полностью\s+|совершенно\s+)?уверен\w*|"
          r"(?<!не\s)(?<!\w)уверен(?:а|ы)?(?:,?\s+что|\W*$)|"
          r"наверное\s+уже|скорее\s+всего\s+уже|должно\s+быть\s+уже",
}
# an assurance ("Võin Teid kinnitada, et ...", «могу Вас заверить»): it confirms a present fact ("Kinnitan, et Teie
# pension on 745 eurot"), but a future outcome after it is promised (batch 16: "Võin Teid kinnitada: kui saadate
# määruse, hakkab toetus järgmise kuu 5. kuupäeval laekuma")
ASSURE = {
    "et": r"(?:voin|voime|saan|saame)\s+(?:teid|teile)\s+(?:\w+\s+)?kinnitada|voin\s+kinnitada|"
          r"kinnitan\s+(?:teile|teid)|kinnitan,?\s+et",
    "ru": r"завер(?:яю|яем)|(?:могу|можем)\s+(?:вас\s+|вам\s+)?(?:заверить|подтвердить)|подтверждаю",
}
WILL = {"et": r"hakka\w*", "ru": r"станет|станут|начн\w+"}
# outcomes of the client's case (money and a decision alike)
OUTCOME = {
    "et": r"otsus\w*|vastus\w*|vastame|rahulda\w*|muude\w*|muudetakse|makst\w*|makse\w*|tagasta\w*|kanta\w*|laeku\w*|"
          r"joua\w*|tuleb|tulevad|tulema|lahend\w*|korras|kinnita\w*|positiiv\w*|raha|\w*toetus\w*|pension\w*|"
          r"hakka\w*\s+(?:\w+\s+)?saama|"  # "ta hakkab saama ka puudetoetust" (new-user batch 31)
          r"huvitis\w*|puue|puude|puuet|maara\w*|tuhista\w*|kustuta\w*|taasta\w*|saate|saab|kaes|kontol|"
          r"\w+(?:takse|dakse)",  # an impersonal present is a future outcome: "kindlasti taastatakse"
    "ru": r"решени\w*|ответ\w*|одобр\w*|измен\w*|получите|получит|получат|придут|придет|придёт|доплат\w*|"
          r"заплат\w*|перечисл\w*|верн\w*|поступ\w*|выплат\w*|будет|будут|решат|деньги|пенси\w*|пособи\w*|"
          r"компенсаци\w*|инвалидност\w*|установ\w*|назнач\w*|отмен\w*|спиш\w*|готов\w*|восстанов\w*|"
          r"\w{3,}(?:ут|ют|ят)",  # «Вам точно помогут»
}
# outcomes that rest on a decision: tied to a specific day they are a promise even without a certainty word
DECISION = {
    "et": r"otsus\w*|vastus\w*|vastame|vastatakse|rahulda\w*|puue|puude|puuet|puudeg\w*|maaratakse|maarame|tuhista\w*|kustuta\w*|"
          r"huvitis\w*",
    "ru": r"решени\w*|ответ\w*|одобр\w*|инвалидност\w*|установят|назначат|отмен\w*|спишут|компенсаци\w*",
}
HEDGE = {
    "et": r"uldjuhul|tavaliselt|reeglina|enamasti|harilikult|otsuse\s+teeb|otsustab|oleneb|soltub|"
          r"(?:niipea\s+)?kui\s+(?:otsus|see|ta)\s+(?:on\s+)?(?:tehtud|valmis)|"
          r"ei\s+saa\s+(?:lubada|garanteerida|ette\s+oelda|oelda)|ei\s+oska\s+oelda|ei\s+tea|"
          r"(?:lubada|garanteerida|oelda)\s+(?:ma\s+|me\s+)?(?:kahjuks\s+)?ei\s+(?:saa|oska)|"
          # the infinitive put first with its complement ("lubada, et nõue tühistatakse, ma ei saa"; new-user batch 46)
          r"(?:lubada|garanteerida|oelda)\s*,?\s+et\s[^.!?]{0,80}?,\s*(?:ma\s+|me\s+)?(?:kahjuks\s+)?ei\s+(?:saa|oska)",
    "ru": r"обычно|как\s+правило|в\s+среднем|зависит|решение\s+принимает|решает|"
          r"(?:как\s+только|когда|после\s+того\s+как)\s+(?:оно|решение|его)\s+(?:будет\s+)?(?:принят\w*|готов\w*)|"
          r"не\s+могу\s+(?:обещать|гарантировать|сказать)|не\s+знаю|"
          r"(?:обещать|гарантировать|сказать)\s+(?:я\s+|мы\s+)?не\s+мо\w+|"
          # «заранее обещать, что требование отменят, я не могу» (new-user batch 46 overpayment-recovery-ru good)
          r"(?:обещать|гарантировать|сказать)\s*,?\s+что\s[^.!?]{0,80}?,\s*(?:я\s+|мы\s+)?(?:к\s+сожалению,?\s+)?не\s+мо\w+",
}
# "usually" hedges its own clause and what follows it, not a certainty said in a later clause ("see on
# tavaliselt meie viga, nii et pension taastatakse kindlasti", «обычно это наша ошибка, так что пенсию точно вернут»)
USUALLY = {"et": r"uldjuhul|tavaliselt|reeglina|enamasti|harilikult", "ru": r"обычно|как\s+правило|в\s+среднем"}
# a refusal to promise with words between ("ei saa ma Teile otsuse kindlat kuupäeva lubada", «не могу Вам обещать
# точную дату»; new-user batch 48 refuses-code-et good) hedges as "usually" does: a certainty said in a later clause
# ("..., aga pension määratakse Teile kindlasti") is still a promise
REFUSED = {
    "et": r"ei\s+saa\s+(?:\w+\s+){1,6}?(?:lubada|garanteerida)|(?:lubada|garanteerida)\s+(?:\w+\s+){1,3}?ei\s+saa",
    "ru": r"не\s+(?:могу|можем)\s+(?:\w+\s+){1,4}?(?:обещать|гарантировать)|"
          r"(?:обещать|гарантировать)\s+(?:\w+\s+){1,4}?не\s+(?:могу|можем)",
}
# a rule, not a date: a duration or a recurring day
RULE = {
    "et": r"(?<!tunni\s)(?<!\sh\s)(?<!oopaeva\s)jooksul|kuni\s+\d+|\d+\.?\s+kuupaeval|iga\s+kuu|igal\s+kuul",
    "ru": r"в\s+течение(?!\s+(?:\S+\s+)?(?:час|сут))|до\s+\d+\s+(?:рабоч\w+\s+)?(?:дн|недел|месяц)\w*|числа\s+каждого|"
          r"каждого\s+месяца|каждый\s+месяц",
}
# "at the latest" or "the deadline is" makes the day a deadline (a rule's, right or wrong), not a promise;
# a wrong deadline is a content criterion's business
DEADLINE = {"et": r"hiljemalt|hiljem\s+kui|tahtaeg\w*|tahtpaev\w*", "ru": r"позднее|позже|срок\w*"}
# a decision tied to a day needs a present or future predicate ("vastuse saate", «решение будет»): "otsus 24.
# novembrist", «решение от 18 ноября» are dated documents
DATED = {"et": r"\d{1,2}\.?\s*(?:" + _MONTHS["et"] + r")\w*st", "ru": r"от\s+\d{1,2}\s+\w+"}
FUTURE = {
    "et": r"saate|saad|saab|tuleb|tulevad|tuleks|kaes|tehakse|joua\w*|valmi\w*|maaratakse|vastatakse|vastame|antakse|"
          r"saadetakse|rahuldatakse|tuhistatakse|laekub|on\s+valmis",
    "ru": r"будет|будут|получите|получит|придёт|придет|придут|примут|установят|назначат|вынесут|готов\w*|пришлют|ответим|"
          r"ответят|рассмотрят|отменят|спишут",
}
# the conditional or interrogative opening of a clause (its antecedent is no statement)
# (a hedge above catches "once the decision is made, ..." : it promises nothing about the decision)
ANTECEDENT = {"et": r"(?:ja\s+|et\s+)?(?:niipea\s+kui|kui|kas)\b",
               "ru": r"(?:и\s+|а\s+)?(?:если|ли|как\s+только|когда|после\s+того\s+как)\b"}
# advice, necessity and possibility: a modal with an infinitive, or an imperative
MODAL = {
    "et": r"soovita\w*|tuleb|tuleks|peate|peaksite|voite|saate|saab|voib|tasub|palun|on\s+vaja|vajate",
    "ru": r"можете|можно|нужно|надо|следует|должны|советую|рекомендую|стоит|лучше|придётся|придется|необходимо|важно",
}
# the agent's own commitment: first person acts, no outcome of the case
# the Board's duty to handle a filed appeal or application ("vaie vaadatakse kindlasti läbi", «возражение
# обязательно рассмотрят») or to answer a written request ("kirjalikule päringule vastatakse kindlasti", «на
# письменный запрос обязательно ответим»; batch 20) is procedure, not an outcome: with no day tied to it, it
# promises nothing; what the answer says ("vastatakse positiivselt") still does
PROCESSED = {
    "et": r"(?:labi|ule)\s+vaada\w*|vaada\w*(?=\s+(?:(?:kindlasti|kindlalt|ka)\s+)?(?:labi|ule)\b)|menetle\w*|"
          r"vastatakse|vastame",
    "ru": r"рассмотр\w*|рассматрива\w*|ответим",  # «ответят» is a said-where act (OWN_ACT)
}
# how a decision goes, said after "who decides": the outcome itself, not who decides it
_NOT_HOW = {"et": r"(?![^.!?,;]*\b(?:kasuks|positiivselt|soodsalt)\b)",
            "ru": r"(?![^.!?,;]*(?:\bв\s+ваш\w*\s+польз|\bположительно\b|\bбез\s+проблем))"}
# the agent's own help with the client's question, in the first person ("aitan Teid kindlasti selle küsimusega",
# «я обязательно помогу с вопросом о пособии», «мы обязательно поможем»; new-user batch 76 crisis-violence-ru good): a
# commitment to take the question up, no outcome of the case; unless the help is to get the money or the decision
# ("aitame Teil toetuse kindlasti kätte saada", «помогу Вам получить пособие»: the result promised through the help)
HELP_ACT = {
    "et": r"(?:aitan|aitame)\b(?![^.!?]*\b(?:katte\s+saa\w*|saa(?:da|ma)\s+(?:\w+\s+){0,2}?"
          r"(?:toetus|pension|huvitis|raha|puue|puude|otsus)\w*|(?:toetus|pension|huvitis|raha|puue|puude)\w*\s+"
          r"(?:\w+\s+){0,2}?(?:saa(?:da|ma)|katte))\b)",
    "ru": r"(?:помогу|поможем)\b(?![^.!?]*\b(?:получ\w*|добить\w*|добиться|вернуть|выбить|назнач\w*|восстанов\w*|"
          r"отмен\w*|списа\w*)\b)",
}
OWN_ACT = {
    "et": r"helistan|helistame|saadan|saadame|edastan|edastame|kirjutan|kirjutame|vaatan|vaatame|uurin|uurime|"
          r"kontrollin|kontrollime|annan|anname|raagime|arutame|tegeleme|"
          # telling the client something, here or where they are sent: "seal öeldakse täpselt", no outcome
          r"utlevad|oeldakse|selgitavad|selgitatakse|vastavad|noustavad|"
          # one body as the subject: "täpselt vastab deklaratsiooni kohta Maksu- ja Tolliamet" (new-user batch 45)
          r"utleb|selgitab|vastab|noustab|"
          # who can tell: "täpselt oskavad vastata nemad" ("exactly", not "certainly")
          r"(?:vastata|oelda|selgitada)\s+(?:\w+\s+){0,4}?(?:oskavad|saavad|voivad)\b|"
          r"(?:oskavad|saavad|voivad)\s+(?:\w+\s+){0,3}?(?:vastata|oelda|selgitada)\b|"
          # who decides, named with its subject ("täpselt otsustavad selle mõlemad riigid"; new-user batch 50
          # family-finland-ru good «Точно это решают обе страны по Вашим документам»): "exactly", no outcome promised,
          # unless the clause says how it is decided ("Teie kasuks", «в Вашу пользу», «положительно»)
          r"(?:otsusta(?:b|vad)|(?:teeb|teevad)\s+(?:\w+\s+)?otsuse)\b" + _NOT_HOW["et"] + "|" + HELP_ACT["et"],
    "ru": r"перезвоню|перезвоним|отправлю|отправим|передам|передадим|напишу|напишем|посмотрю|посмотрим|"
          r"проверю|проверим|уточню|уточним|поговорим|обсудим|разберёмся|разберемся|займёмся|займемся|"
          r"скажут|подскажут|расскажут|объяснят|ответят|проконсультируют|"
          # one body as the subject: «точно про декларацию ответит Налогово-таможенный департамент» (new-user
          # batch 45): who will tell, not what the outcome is
          r"скажет|подскажет|расскажет|объяснит|ответит|проконсультирует|"
          # who can tell: «точно ответить про декларацию могут они» ("exactly", not "certainly")
          r"(?:ответить|сказать|подсказать|объяснить|рассказать)\s+(?:\w+\s+){0,4}?(?:могут|смогут)\b|"
          r"(?:могут|смогут)\s+(?:\w+\s+){0,3}?(?:ответить|сказать|подсказать|объяснить|рассказать)\b|"
          r"(?:реша(?:ет|ют)|принима(?:ет|ют)\s+(?:\w+\s+)?решени\w*)\b" + _NOT_HOW["ru"] + "|" + HELP_ACT["ru"],
}
# a feeling named with certainty is empathy: "see otsus on kindlasti pettumus", «это точно обидно»
FEELING = {
    "et": r"pettumus\w*|pettunud|raske(?!\s+puu)|rasket|ebameeldiv\w*|kurb\w*|kurva\w*|tuutu|arritav\w*|"
          r"keeruli\w*|valus\w*|sokk|sokeeriv\w*|hirmus\w*|murelik\w*|mure\w*|stress\w*|ebaoiglane|"
          r"ebaoiglas\w*|segadus\w*|vaevarik\w*|kurnav\w*|hirmutav\w*|kohutav\w*|"
          r"hakkama",  # coping said with certainty is encouragement: "olen kindel, et saate sellega hakkama"
    "ru": r"разочаров\w*|тяжел\w*(?!\s+(?:инвалид|степен|форм))|тяжёл\w*(?!\s+(?:инвалид|степен|форм))|неприятн\w*|обидн\w*|груст\w*|"
          r"сложн\w*|трудн\w*|больно|шок\w*|стресс\w*|тревож\w*|волн\w*|несправедлив\w*|досадн\w*|"
          r"страшн\w*|изматыва\w*|ужасн\w*",
}
PAST = {
    "et": r"tehti|tegime|oli|olid|saadeti|saatsime|tuli|tulid|maksti|laekus|\w+tud|\w+nud",
    "ru": r"было|была|был|были|пришл\w*|пришёл|пришел|принят\w*|отправлен\w*|поступил\w*|вчера",
}
# a participle that is no past: after a present form of "saama" or «быть» in the future it is the future passive
# ("pension saab juba täna arvutatud", «решение будет принято сегодня»), and after a possessive it is an attribute
# ("Teie soovitud summas", "oma esitatud taotlus"); new-user batch 30 abusive-caller-et wrong: "Ma luban Teile, et
# Teie pension saab juba täna arvutatud ja makstakse välja Teie soovitud summas" was read as a past fact
NOT_PAST = {
    "et": r"(?:(?:saab|saavad|saate|saame|saan)\s+(?:\w+\s+){0,3}?|(?:teie|tema|minu|meie|sinu|nende|oma)\s+)"
          r"(?:\w+tud|\w+nud)",
    "ru": r"(?:будет|будут|буду|будем|будете)\s+(?:\w+\s+){0,3}?(?:принят\w*|отправлен\w*)",
}
# A case decision said in the future as a plain fact, with no certainty word: recalculating the pension, paying the
# difference or back, assigning, cancelling, restoring, approving («руководитель сам пересчитает Вам пенсию, и
# разница будет выплачена», "meeskonnajuht arvutab Teie pensioni ümber", "Ekspert määrab Teile puude"). The indicative
# future of a decision nobody has made yet is certainty about the outcome. Read only when the client's case is named
# (Teile/Teie, Вам/Ваш, the difference) and the sentence has no condition ("kui", «если», «только после»), no
# automatic rule ("automaatselt", "iseenesest", «автоматически», «само») and no indexation; the imperfective rule («пенсию
# пересчитывают», "makstakse iga kuu") and the negated verb are no promise.
DECIDED = {
    "et": r"arvuta(?:b|vad|me)\s+(?:\w+\s+){0,3}umber|arvutatakse\s+(?:\w+\s+){0,3}umber|"
          r"maksa(?:b|vad|me)\s+(?:\w+\s+){0,3}(?:vahe|tagasi|juurde)|makstakse\s+(?:\w+\s+){0,3}(?:tagasi|juurde)|"
          r"vahe\s+(?:\w+\s+){0,2}(?:makstakse|maksab|maksame)|"
          r"(?:maara|huvita|tuhista|taasta|rahulda|kustuta)(?:b|vad|me|takse)|"
          # the outcome through a third person or as a favour (new-user batch 44 abusive-caller-ru wrong: «руководитель
          # распорядится пересчитать Вам пенсию ... пересчёт будет сделан в Вашу пользу»): "juht korraldab, et Teie
          # pension arvutatakse ümber", "laseb Teie pensioni ümber arvutada", "otsus tehakse Teie kasuks"
          r"(?:korralda(?:b|vad)|laseb|lasevad|hoolitse(?:b|vad))\s+(?:\w+\s+){0,4}?(?:umber|maksta|maarata|tuhistada|"
          r"taastada)\b|(?:teh(?:akse|tav)|tuleb|lahe(?:b|vad)|otsusta\w*|lahend\w*)\s+(?:\w+\s+){0,3}?teie\s+kasuks|"
          r"teie\s+kasuks\s+(?:\w+\s+){0,2}?(?:teh(?:akse|tav)|tuleb|otsusta\w*|lahend\w*)",
    "ru": r"(?:пере|рас|перерас)счита(?:ют|ет|ем)|доплат(?:ит|ят|им)|назнач(?:ит|ат|им)|"
          r"отмен(?:ит|ят|им)|спиш(?:ет|ут|ем)|восстанов(?:ит|ят|им)|одобр(?:ит|ят|им)|компенсиру(?:ет|ют|ем)|"
          r"верн(?:ет|ут|ем)|выплат(?:ит|ят|им)\s+(?:\w+\s+){0,2}(?:разниц|долг|недоплат|доплат)\w*|"
          r"буд(?:ет|ут)\s+(?:\w+\s+)?(?:пересчитан|доплачен|назначен|отменен|списан|восстановлен|одобрен|"
          r"компенсирован)\w*|"
          # a payment is an outcome only as the difference or a debt («разница будет выплачена»); «пенсия будет
          # выплачена со дня возникновения права» is the rule of back pay
          r"(?:разниц|недоплат|доплат|долг)\w*\s+(?:\w+\s+){0,2}буд(?:ет|ут)\s+(?:\w+\s+)?"
          r"(?:выплачен|возвращен|начислен|перечислен)\w*|"
          r"буд(?:ет|ут)\s+(?:\w+\s+)?(?:выплачен|возвращен|начислен|перечислен)\w*\s+(?:\w+\s+){0,2}"
          r"(?:разниц|недоплат|доплат|долг)\w*|"
          # a third person will have the decision made, or it will be made in the client's favour (new-user batch 44)
          r"(?:распоряд|поруч|прикаж|добь[её]т|проследит|позаботит)\w*\s+(?:\w+\s+){0,3}?(?:чтобы\s+)?(?:\w+\s+){0,2}?"
          r"(?:пере|рас|перерас)?(?:считать|считали|доплатить|доплатили|назначить|назначили|отменить|отменили|вернуть|вернули|восстановить|"
          r"одобрить|компенсировать)|"
          r"(?:буд(?:ет|ут)|реш(?:ат|ится)|приму?т|сделают)\s+(?:\w+\s+){0,3}?в\s+ваш[уеа]?\s+польз\w*|"
          r"в\s+ваш[уеа]?\s+польз\w*\s+(?:\w+\s+){0,2}?(?:буд(?:ет|ут)|реш(?:ат|ится)|приму?т|сделают)",
}
