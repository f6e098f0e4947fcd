"""Blind round 17: polite-sounding brush-offs and blame hidden in advice (own dialogues, et and ru).

- a reply that, besides social formulas, says only where the answer is ("see on otsuses kirjas", «причина указана
  в решении», a bare link), an empty formula («в установленном порядке», "vastavalt kehtivale korrale") or "not my
  decision, all questions to the department that made it" is a brush-off even once, when the client asked a question
  in that turn that it does not answer; a pointer with the answer told, a pointer to "where / how do I see it", and a
  real referral to the competent authority with what to ask there are fine;
- advice about what the client should watch in future "so that the problem would not arise" ("soovitan edaspidi ise
  jälgida ..., siis sellist probleemi ei teki", «впредь следите сами, тогда такой проблемы не будет») puts the blame
  on her; neutral advice about next steps ("edaspidi saate muudatusi ise iseteeninduses vaadata") does not;
- someone of the client's "should have" done it ("Teie poeg oleks pidanud sellest teatama", «ваш сын должен был
  сообщить») blames her family; the agency's own "should have" does not;
- a checklist of the call's steps sent once to a client who says her question is not answered, and the client's own
  words given back in quotes as a "summary" after she said twice that nothing was answered, are brush-offs.
"""

from scoring_support import verdicts

GREET_ET = ("agent", "Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?")
GREET_RU = ("agent", "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?")


def result(lang, turns, criterion="courtesy", channel="chat"):
    return verdicts(lang, turns, channel=channel)[criterion]


# -- a pointer given instead of the answer to the question of the turn --------------------------------------------

def test_in_the_decision_instead_of_how_et():
    assert result("et", [
        GREET_ET,
        ("client", "Mulle tuli otsus, et puudetoetust ei määrata. Kuidas ma saan selle otsuse edasi kaevata?"),
        ("agent", "Vaidlustamise võimalused on otsuses kirjas."),
        ("client", "Hästi."),
        ("agent", "Aitäh pöördumise eest, head päeva!"),
    ]) == "fail"


def test_reason_in_the_decision_instead_of_why_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему мне отказали в пособии по уходу? Я же всё приложила."),
        ("agent", "Основания отказа указаны в решении."),
        ("client", "Ясно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "fail"


def test_bare_link_and_website_instead_of_answer_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Сколько дней дают на подачу возражения?"),
        ("agent", "https://www.sotsiaalkindlustusamet.ee"),
        ("client", "Хорошо, посмотрю."),
        ("agent", "Всего доброго!"),
    ]) == "fail"


def test_empty_formula_instead_of_answer_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Нужно ли мне каждый год присылать справку о том, что я жив, если я живу в Германии?"),
        ("agent", "Понимаю Ваше беспокойство. Такие справки представляются в установленном порядке."),
        ("client", "Понятно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "fail"


def test_empty_formula_instead_of_answer_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas ma pean elukohatõendi igal aastal ise saatma, kui elan Soomes?"),
        ("agent", "Tõendid esitatakse vastavalt kehtivale korrale. Lisainfo on meie kodulehel."),
        ("client", "Selge."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "fail"


def test_not_my_decision_all_questions_elsewhere_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Мне пришло решение вернуть 300 евро. Почему я должна платить, если это ваша ошибка?"),
        ("agent", "Это решение принимал не я. Все вопросы по решению – к специалисту, который его принял."),
        ("client", "Ладно."),
        ("agent", "Хорошего дня!"),
    ]) == "fail"


def test_not_my_decision_all_questions_elsewhere_et():
    assert result("et", [
        GREET_ET,
        ("client", "Miks mu hooldajatoetus lõpetati? Ma ei saa sellest otsusest aru."),
        ("agent", "Mina seda otsust ei teinud. Kõik küsimused otsuse kohta palun osakonnale, kes otsuse tegi."),
        ("client", "Hästi."),
        ("agent", "Head päeva!"),
    ]) == "fail"


def test_pointer_with_the_answer_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kuidas ma saan otsuse vaidlustada?"),
        ("agent", "Saate esitada vaide 30 päeva jooksul iseteeninduses või e-kirjaga. See on ka otsuses kirjas."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh pöördumise eest, head päeva!"),
    ]) == "pass"


def test_pointer_with_the_answer_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему мне отказали в пособии?"),
        ("agent", "Потому что по регистру Вы с мая живёте не одна. Это же указано в решении."),
        ("client", "Понятно, спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "pass"


def test_pointer_to_how_do_i_see_it_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "А как мне посмотреть, на каком этапе моё заявление?"),
        ("agent", "Статус заявления виден в среде самообслуживания."),
        ("client", "Спасибо, нашла."),
        ("agent", "Всего доброго!"),
    ]) == "pass"


def test_how_to_apply_answered_with_the_place_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kuidas ma hooldajatoetust taotlen?"),
        ("agent", "Avalduse saab esitada iseteeninduses."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


def test_referral_to_the_competent_authority_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kas ma saan töötuna ka töötushüvitist?"),
        ("agent", "Töötushüvitist maksab Töötukassa, see ei ole meie otsustada. Pöörduge Töötukassasse ja küsige "
                  "töötuskindlustuse hüvitise kohta, seal vaadatakse Teie tööstaaž üle."),
        ("client", "Selge, aitäh."),
        ("agent", "Head päeva!"),
    ]) == "pass"


def test_referral_to_the_competent_authority_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Могу ли я получить пособие по безработице?"),
        ("agent", "Пособие по безработице назначает Касса по безработице, не мы. Обратитесь туда и спросите про "
                  "страховое пособие, там проверят Ваш стаж."),
        ("client", "Поняла, спасибо."),
        ("agent", "Всего доброго!"),
    ]) == "pass"


# -- blame hidden in advice ------------------------------------------------------------------------------------------

def test_advice_so_the_problem_would_not_arise_et():
    assert result("et", [
        GREET_ET,
        ("client", "Miks mul tekkis enammakse? Ma ei teinud midagi valesti."),
        ("agent", "Teie elukoht muutus ja toetus maksti edasi. Soovitan edaspidi ise kontrollida oma andmeid "
                  "rahvastikuregistris, siis sellist võlga ei teki."),
        ("client", "Hästi."),
        ("agent", "Aitäh, head päeva!"),
    ], channel="phone") == "fail"


def test_advice_so_the_problem_would_not_arise_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему у меня переплата? Я ничего не нарушала."),
        ("agent", "Вы переехали, а пособие продолжало выплачиваться. Советую впредь самой следить за данными в "
                  "регистре, тогда такой проблемы не возникнет."),
        ("client", "Ясно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "fail"


def test_neutral_advice_about_next_steps_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Kus ma näen, kas mu pension muutus?"),
        ("agent", "Pension tõusis aprillist 25 euro võrra. Edaspidi saate muudatusi ise iseteeninduses vaadata."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


def test_agency_promise_about_the_future_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему мне второй раз пришло письмо о переплате?"),
        ("agent", "Это была ошибка системы, мы её исправили. Впредь мы будем проверять данные сами, и такой "
                  "проблемы не возникнет."),
        ("client", "Хорошо, спасибо."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "pass"


def test_relative_should_have_et():
    assert result("et", [
        GREET_ET,
        ("client", "Miks mu toetus lõpetati? Poeg ainult kirjutas end minu juurde sisse."),
        ("agent", "Toetus on ainult üksi elavale inimesele. Teie poeg oleks pidanud sellele mõtlema, kui ta end "
                  "sisse kirjutas."),
        ("client", "No hästi."),
        ("agent", "Aitäh, head päeva!"),
    ], channel="phone") == "fail"


def test_relative_should_have_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Почему мне прекратили пособие? Дочь просто прописалась у меня."),
        ("agent", "Пособие платится только одиноко живущим. Ваша дочь должна была подумать об этом, когда "
                  "прописывалась."),
        ("client", "Ну ладно."),
        ("agent", "Спасибо за обращение, всего доброго!"),
    ]) == "fail"


def test_agency_should_have_passes_et():
    assert result("et", [
        GREET_ET,
        ("client", "Miks ma teatest midagi ei teadnud?"),
        ("agent", "Vabandan, meie spetsialist oleks pidanud Teile sellest teatama. Vaide saate esitada 30 päeva "
                  "jooksul."),
        ("client", "Selge, aitäh."),
        ("agent", "Aitäh, head päeva!"),
    ]) == "pass"


# -- a checklist once, quoted words back ----------------------------------------------------------------------------

def test_step_checklist_to_a_client_asking_for_the_answer_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Мне положена надбавка к пенсии за детей?"),
        ("agent", "Уточните, пожалуйста: сколько у Вас детей?"),
        ("client", "Трое. Так положена или нет? Вы ответите?"),
        ("agent", "✔ приветствие ✔ уточнение потребности ✔ итог: у клиента трое детей ✔ благодарность: спасибо "
                  "за обращение!"),
        ("client", "Что это? Мне нужно знать про надбавку."),
    ]) == "fail"


def test_quoted_words_back_after_complaints_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Сколько обычно рассматривают заявление на пособие по инвалидности?"),
        ("agent", "Понимаю Вас. Итак, резюмирую: «сколько обычно рассматривают заявление на пособие по "
                  "инвалидности». Я ответила?"),
        ("client", "Нет, Вы ничего не ответили."),
        ("agent", "Понимаю Вас. Итак, резюмирую: «нет, Вы ничего не ответили». Я ответила?"),
        ("client", "Вы робот? Мне нужен срок, а не повтор моих слов."),
        ("agent", "Понимаю Вас. Итак, резюмирую: «мне нужен срок, а не повтор моих слов». Всего доброго!"),
        ("client", "Кошмар. Тогда позвоню на 612 3000."),
        ("agent", "Понимаю Вас. Итак, резюмирую: «кошмар. Тогда позвоню на 612 3000». Всего доброго!"),
    ]) == "fail"


def test_quoting_the_client_then_answering_passes_ru():
    assert result("ru", [
        GREET_RU,
        ("client", "Сколько рассматривают заявление на пособие по инвалидности?"),
        ("agent", "Вы спрашиваете: «сколько рассматривают заявление». Я уточню, одну минуту."),
        ("client", "Вы не ответили, сколько?"),
        ("agent", "Извините. Решение принимают в течение 30 рабочих дней, после экспертизы врача."),
        ("client", "А можно быстрее? Вы опять не ответили."),
        ("agent", "Ускорить экспертизу нельзя, но если у Вас есть свежие медицинские документы, приложите их "
                  "сразу, тогда врачу не придётся их запрашивать."),
        ("client", "Хорошо, спасибо."),
        ("agent", "Всего доброго!"),
    ]) == "pass"
