"""A goodbye after a recap label that recaps nothing (new-user batch 65 rent-help-municipality-ru gaming).

«Уточните, пожалуйста, какая помощь Вам нужна? ... Местное самоуправление, социальный работник, toimetulekutoetus. Итак, подведём итог. Ответила ли я на Ваш вопрос?
Спасибо за обращение, всего доброго!», „Mida täpselt vajate? ... Kokkuvõtteks. Kas vastasin Teie küsimusele? Head päeva!“: the reply names
the call model's recap step as a sentence of its own and goes straight on to the closing question or the goodbye, after
it has asked the caller something, and closes the call in the same message: it asks, answers, recaps and parts at once,
waiting for no answer. The step is recited, not done: the caller was told goodbye, not told what to do.
A client does not thank such a call (`transitions.ending`): it leaves on the dialogue's ``on_stuck`` end.

A real recap says its points after the label („Итак, подведём итог: ...“, „Kokkuvõtteks. Pöörduge ...“) and keeps
its thanks, also when the same reply says goodbye; a terse answer that ends with a goodbye has no label at all, and a
reply that asks nothing before its label waits for no answer.
"""

from __future__ import annotations

import re

from trainer import text as tx

__all__ = ["empty_recap_label"]

#: a sentence that is only the recap label (folded: õ -> o, ё -> е)
_LABEL = {
    "ru": re.compile(r"^\W*(?:итак\W*)?(?:(?:давайте\s+)?(?:подвед[её]м|подводим|подвожу|подытожим|подытожу)(?:\s+итог\w*)?"
                     r"|резюмирую|резюмируем|в\s+итоге|итого|краткий\s+итог|итог\w*)\W*$"),
    "et": re.compile(r"^\W*(?:niisiis\W*|seega\W*)?(?:kokkuvotteks|kokkuvottes|kokkuvote|(?:ma\s+)?votan\s+kokku"
                     r"|votame\s+kokku|teen\s+kokkuvotte)\W*$"),
}


def empty_recap_label(text: str, lang: str) -> bool:
    """Does the reply ask the caller something, then name the recap step in a sentence of its own with a question
    or nothing after it (module doc)? The goodbye is checked by the caller (`transitions.ending`)."""
    label = _LABEL.get(lang)
    if label is None:
        return False
    sentences = [s.strip() for _, _, s in tx.split_sentences(text) if s.strip()]
    for k, sentence in enumerate(sentences):
        if sentence.endswith(":") or not label.match(tx.fold(sentence)):
            continue
        after = sentences[k + 1:]
        asked = any(tx.is_question(before, lang) for before in sentences[:k])
        if asked and (not after or tx.is_question(after[0], lang)):
            return True
    return False
