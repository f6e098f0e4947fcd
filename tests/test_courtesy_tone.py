"""Courtesy, blind round 10 (`trainer.scoring.courtesy_tone`): counting one's repeats, "you will manage
yourself", a duty put on the client with "ju" / «же», the client's counterfactual past as the cause; a bare
"look it up there", replies that only point to a source, recycled text, cutting the client off. Must-nots: a
redirect with an offer of help, a duty explained without reproach, a curt reply that answers."""

import pytest
from scoring_support import OPENING, courtesy_of

from trainer.scoring.transcript import Turn

ASK = {"ru": "Я получила письмо про переплату пенсии, что мне теперь делать?",
       "et": "Sain kirja pensioni enammakse kohta, mida ma nüüd tegema pean?"}
ANSWER = {"ru": "Переплату можно вернуть частями, для этого подайте заявление в самообслуживании.",
          "et": "Enammakse saab tagasi maksta osade kaupa, selleks esitage avaldus iseteeninduses."}
THANKS = {"ru": "Спасибо, понятно.", "et": "Aitäh, selge."}
BYE = {"ru": "Пожалуйста, всего доброго!", "et": "Palun, head päeva!"}


def _courtesy(lang, reply, answer=True):
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=ASK[lang]),
             Turn(role="agent", text=f"{reply} {ANSWER[lang]}" if answer else reply),
             Turn(role="client", text=THANKS[lang]), Turn(role="agent", text=BYE[lang])]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Я же Вам уже три раза говорила, что заявление нужно."),
    ("ru", "я вам уже дважды объясняла это"),
    ("et", "Ma olen seda Teile juba kolm korda öelnud."),
    ("et", "ütlesin ju juba kaks korda et avaldus on vaja"),
    ("et", "Küll Te sealt ise hakkama saate."),
    ("ru", "Ничего, сами разберётесь."),
    ("et", "Teavitamiskohustus oli ju Teil endal."),
    ("ru", "Вы же обязаны были сообщить нам об этом."),
    ("et", "Kui Te oleksite meile kohe kirjutanud, poleks võlga tekkinud."),
    ("ru", "Если бы вы сообщили вовремя, переплаты не было бы."),
])
def test_reproach_in_any_wording_is_rude(lang, reply):
    assert _courtesy(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "Повторю ещё раз, это не сложно."),
    ("ru", "Я уже два раза отправила Вам письмо, проверьте почту."),
    ("et", "Ütlen veel kord rahulikult üle."),
    ("et", "Pension tõusis sel aastal kaks korda."),
    ("et", "Kui Te ise hakkama ei saa, helistage, aitan hea meelega."),
    ("ru", "Если сами не разберётесь, звоните, я помогу."),
    ("et", "Kas saate iseteeninduses ise hakkama?"),
    # a duty explained without reproach: a rule, or said to be no reproach
    ("et", "Toetuse saajal on ise kohustus teatada, kui midagi muutub."),
    ("et", "Teil on kohustus muudatustest teatada, ma ei ütle seda etteheitena."),
    ("ru", "Получатель пособия обязан сообщать об изменениях, это общее правило."),
    ("ru", "У вас была обязанность сообщить, но это не упрёк, я просто объясняю."),
    ("et", "Isegi kui Te oleksite varem teatanud, poleks summa muutunud."),
    ("ru", "Даже если бы Вы раньше сообщили, переплата всё равно возникла бы."),
])
def test_polite_lookalikes_stay_polite(lang, reply):
    assert _courtesy(lang, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vaadake kodulehelt."),
    ("et", "Vt iseteenindusest."),
    ("ru", "Смотрите в самообслуживании."),
    ("ru", "см. сайт"),
])
def test_bare_look_there_is_a_brush_off(lang, reply):
    assert _courtesy(lang, reply, answer=False) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vaadake iseteenindusest, ja kui midagi jääb segaseks, helistage, aitan hea meelega."),
    ("ru", "Посмотрите в самообслуживании, а если что-то непонятно, я помогу."),
    ("et", "Enammakse saab tasuda osade kaupa, tähtaeg on märgitud otsuses."),
    ("ru", "Да, частями можно, срок указан в решении."),
])
def test_pointer_with_offer_or_answer_is_polite(lang, reply):
    assert _courtesy(lang, reply, answer=False) == "pass"


SIG = {"ru": "\n—\nОльга | Департамент социального страхования | Спасибо за обращение!",
       "et": "\n—\nKati | Sotsiaalkindlustusamet | Aitäh pöördumast!"}
POINTERS = {"ru": ["Вся информация есть на сайте www.sotsiaalkindlustusamet.ee.", "Сроки указаны в решении."],
            "et": ["Kogu info on kodulehel www.sotsiaalkindlustusamet.ee.", "Tähtajad on kirjas otsuses."]}
CLEAR = {"ru": ["Возражение можно подать в течение 30 дней.", "Справку из нового училища приложите."],
         "et": ["Vaide saab esitada 30 päeva jooksul.", "Lisage uue kooli tõend."]}
QUESTIONS = {"ru": ["Как оспорить решение и до какого числа?", "Какой срок? И справку прикладывать?"],
             "et": ["Kuidas otsust vaidlustada ja mis kuupäevani?", "Mis on tähtaeg? Kas tõend lisada?"]}


def _signed_chat(lang, replies):
    turns = [Turn(role="agent", text=OPENING[lang] + SIG[lang])]
    for q, r in zip(QUESTIONS[lang], replies, strict=True):
        turns += [Turn(role="client", text=q), Turn(role="agent", text=r + SIG[lang])]
    turns += [Turn(role="client", text=THANKS[lang]), Turn(role="agent", text=BYE[lang] + SIG[lang])]
    return courtesy_of(turns, lang)["result"]


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_two_source_pointers_under_a_signature_are_a_brush_off(lang):
    assert _signed_chat(lang, POINTERS[lang]) == "fail"
    assert _signed_chat(lang, CLEAR[lang]) == "pass"  # the same signature under answers
    assert _signed_chat(lang, [POINTERS[lang][0], CLEAR[lang][1]]) == "pass"  # one pointer among answers


RECYCLED = {
    "ru": ("Можно ли брать дни одновременно с женой?",
           ["отцовская компенсация тридцать дней её можно брать частями пока ребёнку не исполнится три года "
            "разделяемая компенсация четыреста семьдесят пять дней родители делят их между собой",
            "ну смотрите разделяемая компенсация четыреста семьдесят пять дней родители делят их между собой "
            "отцовская компенсация тридцать дней",
            "итак отцовская компенсация тридцать дней её можно брать частями пока ребёнку не исполнится три года"],
           ["вы не поняли я спрашиваю одновременно можно или нет", "ну то есть вы не знаете"]),
    "et": ("Kas ma saan päevi võtta samal ajal kui naine?",
           ["isa hüvitis on kolmkümmend päeva neid saab võtta osade kaupa kuni laps saab kolmeaastaseks "
            "jagatav hüvitis on nelisada seitsekümmend viis päeva vanemad jagavad need omavahel",
            "no vaadake jagatav hüvitis on nelisada seitsekümmend viis päeva vanemad jagavad need omavahel "
            "isa hüvitis on kolmkümmend päeva",
            "niisiis isa hüvitis on kolmkümmend päeva neid saab võtta osade kaupa kuni laps saab kolmeaastaseks"],
           ["seda ma tean aga ma küsisin kas samal ajal saab", "nii et te ei tea"]),
}


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_recycled_text_to_a_pushed_question_is_a_brush_off(lang):
    question, pastes, pushes = RECYCLED[lang]
    turns = [Turn(role="agent", text=OPENING[lang]), Turn(role="client", text=question),
             Turn(role="agent", text=pastes[0])]
    for push, paste in zip(pushes, pastes[1:], strict=True):
        turns += [Turn(role="client", text=push), Turn(role="agent", text=paste)]
    assert courtesy_of(turns, lang, channel="phone")["result"] == "fail"
    # the same pastes to a client who asks on about other things, without saying the reply missed: no brush-off
    calm = [t if t.role == "agent" else Turn(role="client", text=THANKS[lang]) for t in turns]
    assert courtesy_of(calm, lang, channel="phone")["result"] == "pass"


@pytest.mark.parametrize("lang, client, answers", [
    ("ru", ["индексация когда бывает", "а индексация значит в апреле говорите", "в апреле значит да"],
     ["индексация проводится каждый год первого апреля", "да индексация проводится каждый год первого апреля",
      "да первого апреля каждый год"]),
    ("et", ["millal indekseeritakse", "nii et aprillis te ütlesite", "aprillis siis jah"],
     ["pensione indekseeritakse igal aastal esimesel aprillil", "jah pensione indekseeritakse igal aastal aprillis",
      "jah esimesel aprillil igal aastal"]),
])
def test_the_same_answer_to_a_repeated_question_is_polite(lang, client, answers):
    turns = [Turn(role="agent", text=OPENING[lang])]
    for c, a in zip(client, answers, strict=True):
        turns += [Turn(role="client", text=c), Turn(role="agent", text=a)]
    turns += [Turn(role="client", text=THANKS[lang]), Turn(role="agent", text=BYE[lang])]
    assert courtesy_of(turns, lang, channel="phone")["result"] == "pass"


CUT = {
    "ru": ["а сколько рассматривают", "Латвия решает сама. Всего доброго!", "погодите а мне самому писать или ждать",
           "Ждите. Всего доброго!", "алло а сколько ждать"],
    "et": ["kui kaua nad menetlevad", "Läti otsustab ise. Head päeva!", "oodake aga kas ma pean ise kirjutama",
           "Oodake. Head päeva!", "hallo kui kaua ootama peab"],
}


@pytest.mark.parametrize("lang", ["ru", "et"])
def test_cutting_the_client_off_twice_is_a_brush_off(lang):
    turns = [Turn(role="agent", text=OPENING[lang])] + [
        Turn(role="client" if k % 2 == 0 else "agent", text=t) for k, t in enumerate(CUT[lang])]
    assert courtesy_of(turns, lang)["result"] == "fail"
    # the forgotten question after a goodbye, answered: polite
    answered = turns[:4] + [Turn(role="agent", text="Ei, kirjutama ei pea, Läti saadab otsuse ise. Head päeva!"
                                 if lang == "et" else "Нет, писать не нужно, Латвия пришлёт решение сама. Всего доброго!"),
                            Turn(role="client", text=THANKS[lang])]
    assert courtesy_of(answered, lang)["result"] == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("ru", "#ответ Пока Вы живёте в доме престарелых, пособие не положено."),
    ("et", "#vastus Hooldekodus elades toetust ei maksta."),
])
def test_curt_tagged_answers_then_thanks_is_polite(lang, reply):
    turns = [Turn(role="agent", text=OPENING[lang]),
             Turn(role="client", text="Почему мне не пришло пособие?" if lang == "ru" else "Miks toetust ei tulnud?"),
             Turn(role="agent", text="#уточнение #правильно_ли_я_понимаю" if lang == "ru" else "#täpsustus #kas_sain_õigesti_aru"),
             Turn(role="client", text="Не поняла. Вы мне ответите?" if lang == "ru" else "Ei saanud aru. Kas vastate?"),
             Turn(role="agent", text=reply),
             Turn(role="client", text="Хорошо, спасибо." if lang == "ru" else "Hea küll, aitäh."),
             Turn(role="agent", text="#итог #спасибо_за_обращение #всего_доброго" if lang == "ru"
                  else "#kokkuvõte #aitäh_pöördumast #head_päeva")]
    assert courtesy_of(turns, lang)["result"] == "pass"
