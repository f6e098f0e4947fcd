"""A verb said with its own subject is a clause, not a list item: «направляет врач», «оплачивает Касса здоровья».

New-user batch 25 (assistive-device-rehab-ru): "Восстановительное лечение, например физиотерапия после операции, —
медицинская услуга: направляет врач, оплачивает Касса здоровья." says who does what; its comma-separated parts are
no stuffed keyword list. A bare verb ("не можем заменить", "возобновились") stays an item. Russian only: a subject
is a noun whose every reading is nominative (not «лечение», which may be an object)."""

from __future__ import annotations

from trainer import text as tx


def verb_with_subject(part: str, lang: str) -> bool:
    """Has this fragment a finite verb and a noun that can only be its subject (nominative in every reading)?"""
    if lang != "ru":
        return False
    from trainer.text.lexicon import ru_parse

    verb = subject = False
    for token in tx.tokenize(part):
        if not token.is_word:
            continue
        parses = ru_parse(token.norm)
        if not parses:
            continue
        if parses[0].tag.POS == "VERB":
            verb = True
        elif all(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses):
            subject = True
    return verb and subject
