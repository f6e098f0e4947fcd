"""Honest terse answers read as non-answers (new-user batch 51, branch b51ans).

1. data-request-police-et good: the closing summary restates in the third person what the agent had told the
   caller ("Kokkuvõtteks: telefonis andmeid ei väljastata, sest helistajat ... ei saa kontrollida; ...") and was read
   as knowledge text. A summary whose words were mostly said before in replies that counted is a recap. (Counting
   the "we" verb "vastame" as the first person would have let the service standard read aloud in the agency's
   voice through: batch 51 assistive-device-rehab-et gaming, "anname teavet ... pakume kliendile ...".)
2. child-allowance-et terse: "palju ja millal?" answered in chat notes ("80 EUR/kuu, makse iga kuu 8. kp.") was read
   as a keyword chain: an amount for "palju?", a day of the month for "millal?" is the elliptical answer itself.
3. disability-or-workability-chat-et terse: a table of sums under its heading ("Puudetoetus tööealisele kuus:
   sügav 100 €, raske 50 €, keskmine 29–42 €.") beside real sentences was read as a stuffed item list.

Must-nots: third-person knowledge text without any "we" or "you", bare keyword chains, a sum followed by call-model
cue words, mixed keyword lists with a few sums among them.
"""

from __future__ import annotations

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.item_list import item_list
from trainer.scoring.transcript import Transcript
from trainer.scoring.unaddressed import not_addressed
from trainer.simulation.library import load_library

# 1. a third-person summary: (language, earlier reply, summary reply, found third person)
EARLIER = {
    "et": "Tere! Telefonis ma kellegi andmeid anda ei saa, sest ma ei saa kontrollida helistaja isikut ega tema "
          "õigust neile andmetele. Saatke palun kirjalik päring koos õigusliku aluse ja menetluse numbriga "
          "digiallkirjaga meie üldaadressile, vastame Teile kirjalikult.",
    "ru": "Здравствуйте! По телефону я ничьи данные дать не могу, потому что не могу проверить личность звонящего и "
          "его право на эти данные. Пришлите, пожалуйста, письменный запрос с правовым основанием и номером "
          "производства с цифровой подписью на наш общий адрес, мы ответим Вам письменно.",
}
THIRD_PERSON = [
    ("et", "Lühidalt: telefonis andmeid ei anta, kuna helistaja isikut ja õigust andmetele kontrollida ei saa; "
           "kirjalik digiallkirjaga päring õigusliku aluse ja menetluse numbriga. Kas see vastas Teie küsimusele?",
     False),
    ("ru", "Итак: по телефону данные не выдаются, так как личность звонящего и его право на данные проверить нельзя; "
           "письменный запрос с цифровой подписью, правовым основанием и номером производства. Понятно?", False),
    # must-nots: a third-person text with things not said before, under a summary label or not; knowledge text
    ("et", "Kokkuvõtteks: kliendi pöördumine registreeritakse ja helistajale saadetakse vastus 30 päeva jooksul "
           "dokumendiregistri kaudu.", True),
    ("et", "Helistajale andmeid telefonis ei väljastata, sest helistaja isikut ja õigust andmetele kontrollida ei saa.",
     True),
    ("ru", "Итог: обращение клиента регистрируется, звонящему отправляется ответ через регистр документов в течение "
           "30 дней.", True),
]


def _summary_found(concepts, lang: str, reply: str) -> bool:
    question = {"et": "Kuidas ma need andmed siis saan?", "ru": "И как же мне получить эти данные?"}[lang]
    transcript = Transcript(turns=[{"role": "client", "text": question}, {"role": "agent", "text": EARLIER[lang]},
                                   {"role": "client", "text": {"et": "Selge. Aitäh.", "ru": "Ясно. Спасибо."}[lang]},
                                   {"role": "agent", "text": reply}])
    acts = find_non_answers(transcript, concepts[lang], lang)
    return any(f.turn == 3 and f.kind == "third_person" for f in acts.findings)


@pytest.mark.parametrize(("lang", "reply", "found"), THIRD_PERSON)
def test_third_person_summary_restates(concepts, lang, reply, found):
    assert _summary_found(concepts, lang, reply) is found


def test_pasted_text_restated_is_no_summary(concepts):
    """Knowledge text pasted before earned nothing: said again under a summary label it is still pasted."""
    pasted = "Helistajale andmeid telefonis ei väljastata, sest helistaja isikut ja õigust andmetele kontrollida ei saa."
    transcript = Transcript(turns=[{"role": "client", "text": "Kuidas ma need andmed saan?"},
                                   {"role": "agent", "text": pasted},
                                   {"role": "client", "text": "Selge. Aitäh."},
                                   {"role": "agent", "text": "Kokkuvõtteks: " + pasted[0].lower() + pasted[1:]}])
    acts = find_non_answers(transcript, concepts["et"], "et")
    assert {f.turn for f in acts.findings if f.kind == "third_person"} == {1, 3}


@pytest.mark.parametrize("sentence", [
    "Ameti teeninduse kokkulepete järgi anname teavet selgelt ja pakume kliendile parima lahenduse.",
    "Kokkuvõtteks: hea teeninduse järgi lähtume kliendi vajadustest ja kontrollime, kas klient sai aru.",
])
def test_standard_in_agency_voice_unchanged(sentence):
    """The service standard read aloud in the agency's voice stays knowledge text (batch 51 assistive-device gaming)."""
    assert not_addressed(sentence, "et") == "third_person"


@pytest.fixture(scope="module")
def concepts():
    library = load_library()
    return {"et": library.concepts_for(library.get("child-allowance-et")),
            "ru": library.concepts_for(library.get("child-allowance-ru"))}


def _chain(concepts, lang: str, question: str, reply: str) -> bool:
    """Is the reply to the client's question found a whole-reply keyword chain?"""
    opening = {"et": "Tere! Kati, Sotsiaalkindlustusamet. Lapsetoetust ei pea eraldi taotlema.",
               "ru": "Здравствуйте! Департамент социального страхования, Анна. Пособие отдельно просить не нужно."}[lang]
    first = {"et": "Tere, laps sündis eelmisel kuul. Kuidas ma toetuse saan?",
             "ru": "Здравствуйте, ребёнок родился в прошлом месяце. Как получить пособие?"}[lang]
    transcript = Transcript(turns=[{"role": "client", "text": first}, {"role": "agent", "text": opening},
                                   {"role": "client", "text": question}, {"role": "agent", "text": reply}])
    acts = find_non_answers(transcript, concepts[lang], lang)
    return any(f.turn == 3 and f.kind == "keyword_chain" and f.whole_reply for f in acts.findings)


# 2. verbless answers to "how much / when": (language, question, reply, a keyword chain)
ELLIPTICAL = [
    ("et", "selge. aga kui palju seda makstakse ja millal?", "100 EUR/kuu (alates 3. lapsest), väljamakse iga kuu "
           "8. kp. Sünnitoetus lisaks, ka automaatselt.", False),
    ("et", "ja millal raha kontole jõuab?", "Iga kuu 8. kuupäeval, esimest korda juba järgmisel kuul.", False),
    ("ru", "а сколько это в месяц и когда приходит?", "80 евро/мес., с 3-го ребёнка 100 евро, выплата 8-го числа. "
           "Плюс единовременное пособие при рождении, тоже предложением.", False),
    # must-nots: a sum followed by call-model cue words, bare keywords, a sum nobody asked about
    ("et", "kui palju seda makstakse?", "80 eurot. Iseteenindus. Kokkuvõtteks.", True),
    ("et", "kui palju seda makstakse?", "Iseteenindus. Pakkumine. Rahvastikuregister.", True),
    ("et", "kuhu ma pean avalduse saatma?", "80 eurot. Pakkumine. Rahvastikuregister.", True),
    ("ru", "сколько платят?", "80 евро. Самообслуживание. Итог.", True),
]


@pytest.mark.parametrize(("lang", "question", "reply", "chain"), ELLIPTICAL)
def test_elliptical_amount_or_day(concepts, lang, question, reply, chain):
    assert _chain(concepts, lang, question, reply) is chain


# 3. a table of sums under its heading beside real sentences: (language, sentence, an item list)
TABLES = [
    ("et", "Lapsetoetus kuus: esimene laps 80 €, teine 80 €, kolmas 100 €.", False),
    ("et", "Puudetoetus lapsele kuus: keskmine 80 €, raske 270 €, sügav 300 €.", False),
    ("et", "Vanaduspensioni baasosa ja staažiosa: baasosa 300 eurot, staažiosa 9 eurot, kokku 309 eurot.", False),
    ("ru", "Пособие по инвалидности в месяц: глубокая 100 €, тяжёлая 50 €, средняя 29–42 €.", False),
    # must-nots: keywords with a few sums among them, no heading, a keyword label
    ("et", "Töötukassa 15501, ühistaotlus, perearst, ekspertarst, sügav 100 €, raske 50 €.", True),
    ("et", "Toetus: ekspertarst, sügav 100 €, perearst, raske 50 €, iseteenindus.", True),
    ("et", "Märksõnad: sügav 100 €, raske 50 €, keskmine 29 €, ekspertarst.", True),
    ("ru", "Пособие: эксперт, глубокая 100 €, семейный врач, тяжёлая 50 €, самообслуживание.", True),
]


@pytest.mark.parametrize(("lang", "sentence", "listed"), TABLES)
def test_table_of_sums(lang, sentence, listed):
    assert item_list(sentence, lang, (), frozenset(), set(), "", semicolons=True) is listed
