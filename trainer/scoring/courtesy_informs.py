"""What an agent reply tells, for courtesy: informing sentences, formulas blanked, answer shapes, places."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.formulas import SOCIAL_CONCEPTS
from trainer.scoring.phrase_matches import phrase_set

# an address the client can use: a web or e-mail address, a phone number
ADDRESS_RE = re.compile(r"(?i)@|\bwww\.|\b[\w-]+\.(?:ee|eu|com|org|net|ru)\b|\d{4,}|\d{2,}\s\d{2,}")


# the agent introducing themselves ("Mari kuuleb", «меня зовут Мария», «на связи»): no answer to anything
SELF_INTRO = re.compile(r"(?i)\b(?:меня\s+зовут|на\s+связи|слушаю(?:\s+вас)?|вам\s+пишет|teid\s+teenindab|"
                         r"kuuleb|kuulab|teenindab|on\s+telefonil|"
                         # the tail of a thanks formula: "Aitäh, et helistasite!", «Спасибо, что обратились»
                         r"et\s+(?:helistasite|pöördusite|poordusite|kirjutasite|ühendust\s+võtsite)"
                         r"(?:\s+(?:meile|meie\s+poole|\w+ametisse|\w+ameti\s+poole))?|"
                         r"что\s+(?:обратились|позвонили|написали)|"
                         # the verb of a wish before its formula: "soovin Teile head päeva", «желаю Вам всего доброго»
                         r"(?:soovin|soovime|желаю|желаем)(?:\s+(?:teile|teid|вам))?(?=\W+(?:head|ilusat|kena|toredat|"
                         r"kõike|koike|edu|jõudu|joudu|palju|хорошего|всего|удачи|здоровья|приятного|доброго)\b))\b")


# a "where" question, and a named place on the website that answers it ("rubriigist „Vormid“",
# "abivahendite lehel", «в разделе контактов», «на странице «Пособия»»)
# (a place near the client is asked where too: «какая ближе ко мне», "kas lähemal on mõni")
WHERE = re.compile(r"(?i)\b(?:kus|kust|kuhu|где|куда|откуда|(?:по)?ближе|ближайш\w*|поблизости|рядом\s+с|"
                    r"lähim\w*|lähemal|lähedal|läheduses)\b")
# (or where the places' addresses are shown: «список на сайте, там видно адреса», "seal on aadressid näha"; a bare
# «список фирм на сайте» names no more than the website)
NAMED_PAGE = re.compile(r"(?i)\b(?:rubriig\w*|jaotis\w*|alajaotis\w*|\w+\s+lehel|lehekülje\w*|раздел\w*|"
                         r"страниц\w*|вкладк\w*|aadress\w*|адрес\w*)|[„«“\"]")

# an elliptical answer: a yes or no first, or a number ("Да, 100 евро.", "112. Lasteabi 116 111.")
ANSWER_SHAPE = re.compile(r"(?i)^\W*(?:jah|jaa|ei|да|нет)\b|\d|\b(?:jaanuar|veebruar|märts|aprill|juuni|juuli|august|"
                           r"september|oktoober|november|detsember|январ|феврал|марта|апрел|ма[яй]\b|июн|июл|август|"
                           r"сентябр|октябр|ноябр|декабр)")


def sentence_informs(an: TranscriptAnalysis, sentence: str, extra: tuple[str, ...] = ()) -> bool:
    """A sentence that tells the client something: no question, a finite verb left when the social
    formulas, summary cues and understanding checks are taken out."""
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    names = SOCIAL_CONCEPTS + ("further_help", "understanding_check", "summary") + extra
    return _informs_past(sentence, an.language, an._phrases_for(names, None, an.language))


@lru_cache(maxsize=16_384)  # a pure function of the sentence and the phrases blanked (the same sentences recur)
def _informs_past(sentence: str, language: str, phrases: tuple[str, ...]) -> bool:
    """`sentence_informs` with the phrases of the formulas to take out."""
    from trainer.scoring.finite_verbs import has_finite_verb

    if tx.is_question(sentence, language) or not has_finite_verb(sentence, language):
        return False
    return has_finite_verb(_blanked(SELF_INTRO.sub(" ", sentence), phrases, language), language)


def without(an: TranscriptAnalysis, text: str, names: tuple[str, ...]) -> str:
    """The text with every phrase of the named concepts blanked out."""
    return _blanked(text, an._phrases_for(tuple(names), None, an.language), an.language)


@lru_cache(maxsize=16_384)  # a pure function of the text and the phrases (the same sentences recur)
def _blanked(text: str, phrases: tuple[str, ...], language: str) -> str:
    return without_phrases(text, phrase_set(phrases, language))


def without_phrases(text: str, phrases) -> str:
    """The text with the matches of a phrase set blanked out."""
    for m in phrases.find_all(text):
        text = text.replace(m.quote, " ")
    return text


def only_social(an: TranscriptAnalysis, text: str) -> bool:
    """Is the text nothing but social formulas (a greeting, thanks, a goodbye)?"""
    from trainer.scoring.formulas import SOCIAL_CONCEPTS

    return not any(t.is_word for t in tx.tokenize_cached(without(an, text, SOCIAL_CONCEPTS)))


CUES = SOCIAL_CONCEPTS + ("understanding_check", "summary", "further_help")


# what the thanks is for («Спасибо за обращение!», "Aitäh pöördumise eest!"): part of the formula
THANKS_TAIL = re.compile(r"(?i)\bза\s+(?:ваше\s+)?(?:обращение|звонок|вопрос|терпение|ожидание)\b|"
                          r"\b(?:p[oö]ördumise|k[oõ]ne|k[uü]simuse|ootamise|kannatlikkuse)\s+eest\b|"
                          r"\bза\s+(?:доставленные\s+)?неудобства\b")
SOCIAL_ONLY = SOCIAL_CONCEPTS + ("appreciation",)
