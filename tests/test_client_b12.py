"""Issue #10, batch 12 client notes (tests/newuser/live12/README-r.md, README-s.md "Client oddities").

1. A rule told as a conditional with a main clause („А если станет плохо, звоните сразу 112.“, „Aga kui Teil on
   uusi andmeid, esitage uus taotlus.“) is a statement, not a question: the client hears it (and does not ask
   «А если ночью опять накатит?» right after). Typed without "?" and without such a main clause it is still a
   question.
2. A client who parted unhelped (the dialogue's `on_stuck` end) does not thank for a check or a summary after it.
3. Scenario lines: what was answered in the reply that leads into a step is not asked for again (guardian,
   pension indexation, disability); the abusive caller's address does not assume the agent's sex.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_client

from trainer import text as tx
from trainer.simulation.library import load_library
from trainer.simulation.reactions import AFTER_END, AFTER_END_UNHELPED

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. a conditional rule with a main clause is no question

@pytest.mark.parametrize("sentence,lang", [
    ("А если ночью станет тяжело, сразу звоните 112.", "ru"),
    ("И если денег не хватит, обратитесь к социальному работнику!", "ru"),
    ("Aga kui Teil on pärast otsust uusi arstiandmeid, esitage uus taotlus.", "et"),
    ("Ja kui pension ei ole kaheksandaks kontole jõudnud, helistage meile uuesti.", "et"),
])
def test_conditional_rule_is_a_statement(sentence, lang):
    assert not tx.is_question(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [   # must-nots: still questions
    ("А если у меня новые справки, что тогда делать.", "ru"),
    ("а если пенсия опять не придёт", "ru"),
    ("А если ночью опять накатит, что мне делать?", "ru"),
    ("aga kui mul raha ei ole, mis siis saab.", "et"),
    ("Aga kui ma ei jõua.", "et"),
    ("Ja kui ma selle kirjutan, kas otsus muutub?", "et"),
])
def test_conditional_question_stays_a_question(sentence, lang):
    assert tx.is_question(sentence, lang)


def test_crisis_caller_hears_112_said_in_a_conditional(library):
    sc = library.get("crisis-suicidal-ru")
    said, conv = play_client(library, sc, [
        "Здравствуйте, Департамент социального страхования, Ольга слушает.",
        "Мне очень жаль, что Вам так тяжело. Скажите прямо: Вы думаете о том, чтобы что-то с собой сделать?",
        "Спасибо, что сказали. С кем Вы могли бы поговорить завтра – с дочерью или семейным врачом? "
        "А если станет совсем плохо и страшно за себя, сразу звоните 112, и ночью тоже."], TODAY)
    assert conv.state["step"] != "at_night" and "ночью опять" not in said


# -- 2. no thanks from a client who parted unhelped

def test_unhelped_client_does_not_thank_for_a_summary(library):
    sc = library.get("guardian-for-ward-et")
    replies = ["Tere, Sotsiaalkindlustusamet, Mari.", "Selliseid andmeid ma anda ei saa.",
               "Andmeid antakse vastavalt korrale, rohkem ma öelda ei saa."]
    said, conv = play_client(library, sc, replies, TODAY)
    assert conv.state["step"] == sc.dialogue.on_stuck
    said, _ = play_client(library, sc, [*replies, "Kokkuvõtteks: andmeid antakse korra järgi. Kas see vastas Teie küsimusele?"],
                          TODAY)
    assert said == AFTER_END_UNHELPED["understood"]["et"]
    assert "Aitäh" not in said


def test_helped_client_still_thanks_for_the_check(library):   # must-not: a helped client is unchanged
    sc = library.get("guardian-for-ward-et")
    said, conv = play_client(library, sc, [
        "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
        "Saan aru. Palun öelge oma isikukood, siis kontrollin, kas eestkoste on meil kirjas.",
        "Aitäh, Tiina Lepp, eks? Palun oodake hetk, ma kontrollin.",
        "Aitäh ootamast. Eestkoste kohtumäärust meil veel ei ole, seepärast ei saa ma venna andmeid öelda. Saatke "
        "määruse koopia digiallkirjaga e-postiga või tooge klienditeenindusse.",
        "Kohus ei saada määrust meile ise, seega saatke see palun ise.",
        "Kokkuvõtteks: saatke määruse koopia, siis saame edasi. Kas see vastas Teie küsimusele?"], TODAY)
    assert conv.state["step"] == "wrap"
    assert said == AFTER_END["understood"]["et"]


# -- 3. scenario lines

def test_guardian_does_not_ask_what_to_do_when_told(library):
    sc = library.get("guardian-for-ward-et")
    said, conv = play_client(library, sc, [
        "tere sotsiaalkindlustusamet mari", "palun oelge oma isikukood, kontrollin kas eestkoste on meil kirjas",
        "tiina lepp eks? oodake hetk",
        "eestkoste maarust meil ei ole. saatke maaruse koopia digiallkirjaga e-postiga voi tooge teenindusse"], TODAY)
    assert conv.state["step"] == "not_on_file" and "Mis ma siis tegema pean" not in said
    said, _ = play_client(library, sc, [
        "tere sotsiaalkindlustusamet mari", "palun oelge oma isikukood, kontrollin kas eestkoste on meil kirjas",
        "tiina lepp eks? oodake hetk", "eestkoste maarust meil ei ole"], TODAY)
    assert "Mis ma siis tegema pean" in said          # must-not: nothing told, she asks


@pytest.mark.parametrize("rule", ["tõus ei ole kõigil sama summa, eurodes sõltub igaühe oma pensionist.",
                                  "Tõus eurodes sõltub igaühe enda pensioni suurusest."])
def test_indexation_rule_in_own_words_is_not_asked_again(library, rule):
    sc = library.get("pension-indexation-tax-et")
    said, _ = play_client(library, sc, [
        "Tere, Sotsiaalkindlustusamet, Mari.", "Palun öelge oma isikukood, siis vaatan Teie pensioni.",
        f"Aitäh, Maie Kuusk? Teie tõus oli 31,80 eurot. {rule}"], TODAY)
    assert "naabrinaine rohkem" not in said


def test_disability_refused_promise_is_heard(library):
    sc = library.get("disability-refusal-angry-et")
    conv_replies = [
        "Tere! Sotsiaalkindlustusamet, Mari kuuleb.",
        "Saan aru, et olete pahane. Palun öelge oma isikukood, et saaksin otsust vaadata.",
        "Aitäh. Palun öelge ka oma sünnikoht.",
        "Aitäh. Otsuse tegi ekspertarst dokumentide põhjal. Otsuse peale saate esitada vaide 30 päeva jooksul.",
        "Seda ma lubada ei saa – vaide vaatab amet läbi. Uute arstiandmete põhjal esitatakse uus taotlus."]
    said, conv = play_client(library, sc, conv_replies, TODAY)
    assert "kas otsus siis muudetakse" not in said
    assert "perearst" not in " ".join(t["text"] for t in conv.turns if t["role"] == "client")


@pytest.mark.parametrize("word", ["глухая", "девушка", "тупая,"])
def test_abusive_caller_does_not_assume_the_agent_is_a_woman(word):
    """The agent may be Sander or Riina: the caller's address is neutral (the persona is fixed, the agent is not)."""
    from pathlib import Path

    import yaml

    doc = yaml.safe_load((Path(__file__).parent.parent / "scenarios/abusive-caller-ru.yaml").read_text(encoding="utf-8"))
    lines = yaml.safe_dump(doc["dialogue"], allow_unicode=True)
    assert "начальника" in lines and word not in lines


# -- 4. bodies listed for the client to pick from are no redirect (no grateful wrap for a shotgun list)

@pytest.mark.parametrize("scenario_id,greeting,shotgun", [
    ("redirects-pillar-tax-pin-et", "Tere, Sotsiaalkindlustusamet, Mari.",
     "Need on teiste asutuste küsimused: Pensionikeskus, Politsei- ja Piirivalveamet või Maksu- ja Tolliamet."),
    ("redirects-pillar-tax-pin-et", "Tere, Sotsiaalkindlustusamet, Mari.",
     "Pöörduge Pensionikeskusesse, PPA-sse ja Maksu- ja Tolliametisse, mõni neist kindlasti aitab."),
    ("redirects-pillar-tax-pin-ru", "Здравствуйте, Департамент социального страхования, Ольга.",
     "Обратитесь в Пенсионный центр, полицию или Налогово-таможенный департамент, кто-нибудь из них поможет."),
])
def test_a_list_to_pick_from_is_no_answer(library, scenario_id, greeting, shotgun):
    sc = library.get(scenario_id)
    said, conv = play_client(library, sc, [greeting, shotgun], TODAY)
    assert conv.state["step"] == "confused"
    said, conv = play_client(library, sc, [greeting, shotgun, shotgun], TODAY)
    assert conv.state["step"] == sc.dialogue.on_stuck


@pytest.mark.parametrize("scenario_id,greeting,answer", [   # must-nots: each body with its own matter
    ("redirects-pillar-tax-pin-et", "Tere, Sotsiaalkindlustusamet, Mari.",
     "Teise samba raha küsige Pensionikeskusest, uued PIN-koodid saate Politsei- ja Piirivalveametist."),
    ("redirects-pillar-tax-pin-ru", "Здравствуйте, Департамент социального страхования, Ольга.",
     "Деньги второй ступени – в Пенсионном центре, а новые PIN-коды выдаёт Департамент полиции и погранохраны."),
])
def test_each_body_with_its_matter_is_an_answer(library, scenario_id, greeting, answer):
    said, conv = play_client(library, library.get(scenario_id), [greeting, answer], TODAY)
    assert conv.state["step"] == "tax_q"


@pytest.mark.parametrize("scenario_id,lang,sentence", [   # must-nots: "one of them" about logins, not bodies
    ("redirects-pillar-tax-pin-ru", "ru", "В самообслуживание можно войти и с Mobiil-ID или Smart-ID. Есть ли у Вас один из них?"),
    ("redirects-pillar-tax-pin-et", "et", "Iseteenindusse saab ka Mobiil-ID või Smart-ID-ga. Kas Teil on mõni neist olemas?"),
])
def test_a_choice_of_logins_is_no_list_of_bodies(library, scenario_id, lang, sentence):
    sc = library.get(scenario_id)
    assert not list(tx.PhraseSet(tuple(sc.dialogue.hears["guessed_body"]), lang).find_all(sentence))


@pytest.mark.parametrize("sentence,lang", [   # must-nots: a caller's own plan after „ja kui“ keeps its old reading
    ("Ja kui siis ka midagi ei tule, helistan uuesti.", "et"),
    ("А если опять не придёт, позвоню ещё раз.", "ru"),
])
def test_only_an_instruction_makes_the_conditional_a_statement(sentence, lang):
    assert tx.is_question(sentence, lang)
