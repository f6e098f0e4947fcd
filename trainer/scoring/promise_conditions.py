"""Which condition makes a decided outcome a rule, for `promises.is_promise` (new-user batch 47).

A case decision said in the future ("puue taastatakse", «инвалидность восстановят») is a rule, not a promise,
when the sentence ties it to a condition ("kui", «если»). But a status that an expert assesses (a disability,
its degree, the work ability) or an appeal's outcome is not decided by the client's own circumstances or
steps: "kui Teil on töö kaotatud ja tervis sama, siis vaide peale puue taastatakse", «если у Вас состояние не
изменилось, то после возражения инвалидность восстановят» promise the outcome on a condition. A condition on the
decision itself ("kui vaie rahuldatakse", "kui ekspert leiab", «если возражение удовлетворят») or one that names
the assessed status ("kui Teil on puue, määratakse puudetoetus") keeps the sentence a rule; so does every other
condition word (automatically, from the day the right arises, indexation: see `promises._CONDITION`).
"""

from __future__ import annotations

import re

__all__ = ["rule_condition"]

# the plain conditionals whose antecedent is read here; other condition words always make a rule
_IF = {"et": r"kui|juhul|tingimusel", "ru": r"если|в\s+случае|при\s+условии"}
# the antecedent: up to a comma or dash, or "siis" / «то» closing it in speech without commas
_ANTECEDENT_END = {"et": r"[,;:–—.!?]|\s(?=siis\s)", "ru": r"[,;:–—.!?]|\s(?=то\s)"}
# an outcome that an expert assesses or an appeal decides (in exact word forms: "puudetoetus" is a benefit
# paid by a rule once the disability is there)
_ASSESSED = {
    "et": r"puue|puude|puuet|puudega|raskusast\w*|toovoime\w*|vaie|vaide|vaidega|vaidele|"
          r"vaide\s+peale",
    "ru": r"инвалидност\w*|степен\w*\s+(?:тяжести|инвалидност)\w*|трудоспособност\w*|возражени\w*",
}
# the antecedent decides the outcome itself (or names the assessed status): a rule on the decision
_DECIDING = {
    "et": r"rahulda\w*|otsus\w*|ekspert\w*|arst\w*\s+(?:leiab|leidis|kinnita\w*)|leia\w*|leitakse|leiab|hinda\w*|"
          r"hinnang\w*|hinnatakse|tuvasta\w*|kinnita\w*|pohjendatu\w*|noustu\w*|(?:labi|ule)\s+vaada\w*|"
          r"puue|puude\w*|puuet|toovoime\w*|raskusast\w*|oigus\w*",
    "ru": r"удовлетвор\w*|решени\w*|реш(?:ат|ит|ено|ится)|эксперт\w*|призна\w*|сочт\w*|оцен\w*|установ\w*|"
          r"обоснован\w*|одобр\w*|рассмотр\w*|согласят\w*|инвалидност\w*|трудоспособн\w*|степен\w*|прав[оа]\b",
}


def _rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


def _antecedent(folded: str, end: int, lang: str) -> str:
    stop = re.compile(_ANTECEDENT_END[lang]).search(folded, end)
    return folded[end:stop.start() if stop else len(folded)]


def rule_condition(folded: str, lang: str, condition: str) -> bool:
    """Does a condition of the (folded) sentence make its decided outcome a rule? ``condition`` is the
    pattern of condition words (`promises._CONDITION`); a plain "if" on the client's circumstances before an
    assessed outcome does not (module docstring)."""
    hits = list(_rx(condition).finditer(folded))
    if not hits:
        return False
    if lang not in _IF or not _rx(_ASSESSED[lang]).search(folded):
        return True
    plain = _rx(_IF[lang])
    return any(not plain.fullmatch(m.group()) or _rx(_DECIDING[lang]).search(_antecedent(folded, m.end(), lang))
               for m in hits)

