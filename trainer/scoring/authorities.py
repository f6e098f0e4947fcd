"""Who does what: a service named together with an authority that does not provide it.

The call model's `right_authority` gate holds the table (service concept -> the authorities that provide
it, from knowledge/redirects.yaml and other-institutions.yaml): subsistence benefit and home care from the
municipality, health insurance from Tervisekassa (or through Töötukassa), unemployment and work ability
from Töötukassa, ID-card PIN codes from the police and border board, the tax return from the tax board,
the second pillar from Pensionikeskus and the bank, the state pension and its calculation from the Board (the
bank only as the account it is paid into), medical rehabilitation from the doctor and Tervisekassa.

A clause (cut at , ; : – and at contrastive "aga, kuid, mitte" / «а, но») that names a service and an
authority is wrong when none of its authorities provides any service it names: "toimetulekutoetust saate
taotleda meilt", «PIN-коды выдают в наших бюро обслуживания». A clause with a negation ("meilt ei saa",
«мы не выдаём») is a denial and is not read; naming the right authority beside a wrong one is not wrong
(«Департамент полиции» also names «Департамент»). A clause that names a service and no authority but points
back ("seal", «там», «они») is read with the authorities of the clause before it: «позвоните в Кассу по
безработице, там назовут сумму пенсии» (new-user batch 19).
"""

from __future__ import annotations

import re

_CUT = re.compile(r"[,;:–—]|\s(?:aga|kuid|mitte|а|но|зато)\s", re.IGNORECASE)
# a word pointing back to the authority of the previous clause: "seal öeldakse", «там назовут», «они скажут»
# one authority pointed back to in the singular (new-user batch 81 language-switch-ru wrong: «обратитесь в Налоговый и
# таможенный департамент (Maksu- ja Tolliamet) – индексацию пенсий рассчитывает он»; «в Кассу по безработице, она ...»)
_POINTER = re.compile(r"(?<!\w)(?:seal|sealt|nemad|nad|tema|там|туда|оттуда|они|он|она|оно)(?!\w)", re.IGNORECASE)
# a benefit named again by a demonstrative ("selle toetuse taotlus esitatakse vallale", «это пособие оформляет
# управа»): the service is the one named just before, in the sentence or the one before it (new-user batch 42);
# a top-up named again too («Заявление на эту доплату подаётся в Кассу по безработице», "selle juurdemakse",
# new-user batch 78 family-finland-ru wrong)
_BACK_REFERENCE = re.compile(r"(?<!\w)(?:selle|seda|see|sellele|sama)\s+(?:toetus|pension|h[uü]vitis|juurdemakse|"
                             r"vahe(?:summa)?)\w*|"
                             r"(?<!\w)(?:эт|данн|так)\w*\s+(?:пособи|пенси|выплат|доплат)\w*", re.IGNORECASE)
# a frame of the agent's understanding that opens the sentence: the clause after it restates the client's situation
# ("Saan aru, et Teil on vaja arsti juurde minna ja ravikindlustus on lõppenud", «Понимаю, что Вам нужно к врачу»),
# it gives no service to anyone (new-user batch 48 health-insurance-redirect-chat-et good)
_UNDERSTOOD = re.compile(r"^\W*(?:(?:jah|selge|hea|mhm|да|хорошо|ясно)\W+)?(?:(?:ma|mina|я)\s+)?"
                         r"(?:(?:saan|sain)\s+(?:(?:täiesti|hästi|väga\s+hästi)\s+)?aru|m[õo]istan|m[õo]istsin|понимаю|поняла|понял)"
                         r"(?:\s+(?:teid|вас))?(?P<rest>\W*(?:(?:et|что)\b.*)?)$", re.IGNORECASE | re.DOTALL)
# a clause that opens with a bare demonstrative for the service a clause before it named, even a denied one ("Ohvriabi
# ei ole meie teenus – seda korraldab Politsei- ja Piirivalveamet", «Помощь жертвам – не наша услуга, этим занимается
# полиция», new-user batch 82 victim-support-et wrong): the service given to that clause's authority
_PRONOUN_OPENING = re.compile(r"^\W*(?:(?:aga|kuid|а|но)\s+)?(?:seda|see|sellega|selle|sellest|это|этим|этого|этой|её|ее|его)"
                              r"(?!\w)(?!\s+(?:toetus|pension|h[uü]vitis|пособи|пенси|выплат)\w*)", re.IGNORECASE)
_THAT = re.compile(r"^\W*(?:et|что)\b", re.IGNORECASE)
_NEGATION = re.compile(r"(?<!\w)(?:ei|pole|ega|mitte|ära|arge|ärge|не|нет|ни|нельзя)(?!\w)", re.IGNORECASE)


def _clauses(sentence: str, finite=None) -> list[tuple[int, int]]:
    out, start = [], 0
    cuts = list(_CUT.finditer(sentence))
    for n, m in enumerate(cuts):
        if finite is not None and _particle_aga(sentence, m, cuts[n + 1].start() if n + 1 < len(cuts) else len(sentence),
                                                finite):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    return [(a, b) for a, b in out if sentence[a:b].strip()]


# the word before an Estonian "aga" in the verb-second slot: "PIN-koodid saate aga kätte ..."
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _particle_aga(sentence: str, cut: re.Match, stop: int, finite) -> bool:
    """Is the Estonian "aga" at ``cut`` the discourse particle ("however") right after the finite verb, not the
    conjunction that opens a clause: "Uued PIN-koodid saate aga kätte meie klienditeenindusest" (new-user batch 40
    redirects-pillar-tax-pin-et wrong) is one clause, the service and its authority on either side of "aga". A
    conjunction opens a clause with a verb of its own ("pensioni maksame meie, aga PIN-koodid annab PPA"); after a
    word that is no verb ("pension meilt aga PIN-koodid PPA-st") it joins two clauses as before."""
    if cut.group().strip().lower() != "aga":
        return False
    word = _WORD_BEFORE.search(sentence[:cut.start()])
    return word is not None and finite(word.group(1)) and not finite(sentence[cut.end():stop])


def wrong_clauses(sentence: str, services: dict[str, list[str]], authorities: set[str],
                  spans: dict[str, list[tuple[int, int]]], finite=None, carried: frozenset[str] = frozenset(),
                  denied: dict[str, list[tuple[int, int]]] | None = None) -> list[str]:
    """The clauses of `sentence` that give a service to an authority that does not provide it.

    ``services``: service concept -> the authority concepts that provide it; ``authorities``: every
    authority concept; ``spans``: (start, end) of each concept's matches in the sentence; ``finite`` (text ->
    has it a finite verb) tells the particle "aga" from the conjunction (`_particle_aga`); ``carried``: the
    services the sentence before named, for a clause that names the benefit again by a demonstrative
    (`_BACK_REFERENCE`); ``denied``: the spans of services named under a negation ("Ohvriabi pole meie teenus"), for a
    clause after it that opens with a demonstrative (`_PRONOUN_OPENING`). Returns the quoted clauses (stripped)."""
    spans = _outer_authorities(spans, authorities)
    out = []
    before: set[str] = set()  # the authorities of the previous clause (none after a negated one)
    prev = 0  # where the previous clause starts
    last_said = [s for s in services if s in carried]  # the services named last, here or in the sentence before
    restated = _restated(sentence, _clauses(sentence, finite))
    named_here: list[str] = []  # the services named before a denial ("Ohvriabi pole meie teenus", «Помощь жертвам – не ...»)
    was_denied = False  # a negated clause came right before
    for a, b in _clauses(sentence, finite):
        clause = sentence[a:b]
        if b <= restated:
            before, prev = set(), a
            continue
        named = {name for name, hits in spans.items() if any(a <= s < b for s, _ in hits)}
        said = [s for s in services if s in named]
        if _NEGATION.search(clause):
            before, prev = set(), a
            named_here = said or [s for s in services if any(a <= x < b for x, _ in (denied or {}).get(s, ()))] \
                or named_here
            was_denied = True
            continue
        if not said and named_here and was_denied and named & authorities and _PRONOUN_OPENING.match(clause):
            said = named_here  # "Ohvriabi ei ole meie teenus – seda korraldab PPA"
        # a pronoun points back only across a denial ("это другое ..." after a right answer is no such clause)
        named_here, was_denied = ([] if named & authorities else said), False
        by = named & authorities
        quote = clause
        if said and not by and before and _POINTER.search(clause):
            by = before  # "helistage Töötukassasse, seal öeldakse pensioni suurus": quoted with the clause before
            quote = sentence[prev:b]
        if by and not said and last_said and _BACK_REFERENCE.search(clause):
            said = last_said  # "Toitjakaotustoetust saab tütar. Selle toetuse taotlus esitatakse valda."
        if said and by and not any(auth in by for s in said for auth in services[s]):
            out.append(quote.strip())
        before, prev = named & authorities, a
        last_said = said or last_said
    return out


def _restated(sentence: str, clauses: list[tuple[int, int]]) -> int:
    """Where the restatement after an opening frame of understanding ends (`_UNDERSTOOD`): the frame's clause and, when
    the frame stands alone, the "et"/«что» clause right after it; 0 when the sentence opens with no such frame. A
    contrast ("..., aga ...", «..., но ...») starts a clause of its own and is read."""
    if not clauses or not _UNDERSTOOD.match(sentence[clauses[0][0]:clauses[0][1]]):
        return 0
    a, b = clauses[0]
    if not _UNDERSTOOD.match(sentence[a:b]).group("rest").strip(" ,") and len(clauses) > 1 \
            and _THAT.match(sentence[clauses[1][0]:clauses[1][1]]):
        return clauses[1][1]
    return b


def services_named(services: dict[str, list[str]], spans: dict[str, list[tuple[int, int]]]) -> frozenset[str]:
    """The services with a match in a sentence's ``spans`` (what a later sentence may name again by a demonstrative)."""
    return frozenset(s for s in services if spans.get(s))


def _outer_authorities(spans: dict[str, list[tuple[int, int]]], authorities: set[str]) -> dict[str, list[tuple[int, int]]]:
    """The spans without an authority's hit that lies inside a longer hit of another authority: «департамент» in
    «Налогово-таможенный департамент» or «Департамент полиции» names that authority, not the Board (new-user batch
    36 language-switch-ru: «обратитесь в Налогово-таможенный департамент: пересчёт пенсий делают они»)."""
    hits = [(name, a, b) for name in authorities for a, b in spans.get(name, ())]

    def inside(name: str, a: int, b: int) -> bool:
        return any(other != name and x <= a and b <= y and (y - x) > (b - a) for other, x, y in hits)

    return {name: [(a, b) for a, b in found if not (name in authorities and inside(name, a, b))]
            for name, found in spans.items()}
