"""Compose the generated part of the labelled corpus from the hand-written segments in segments.py.

    python tests/corpus/build.py            # (re)writes tests/corpus/{main,heldout}/gen-*.yaml (+ .labels.yaml)

Labels follow from construction: every choice below (opening, clarifying question, identification,
empathy, summary, closing, informal line, discourteous line, gaming) sets the verdict of the criterion
it decides, with a one-line reason; everything else is filler that decides nothing. The scorer is never
called here. Deterministic: the same seed gives the same files.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numwords  # noqa: E402
import segments as S  # noqa: E402

CRITERIA = ["greeting", "identification", "needs", "summary", "closing", "formal_address", "empathy",
            "data_protection", "courtesy"]
PENALTY = {"greeting": 1, "identification": 1, "needs": 1, "summary": 1, "closing": 1, "formal_address": 1,
           "empathy": 1, "data_protection": 0, "courtesy": 2}
FILLERS = {"et": ["ee", "öö", "mhm", "nii-öelda", "noh"], "ru": ["ну", "вот", "эээ", "так"]}
DIACRITICS = str.maketrans("õäöüÕÄÖÜšžŠŽ", "oaouOAOUszSZ")
ET_DATES = [("7. detsembril", "seitsmendal detsembril"), ("8. detsembril", "kaheksandal detsembril")]
RU_DATES = [("7 декабря", "седьмого декабря"), ("8 декабря", "восьмого декабря")]
AMOUNTS = ["812,40", "645,21", "694,80", "903,15", "758,60", "1034,75", "527,30", "980", "866,05", "712,90",
           "1120,40", "599,99"]


def isikukood(rng: random.Random, year: int | None = None) -> str:
    """A personal code with a valid check digit (format GYYMMDDSSSC), synthetic."""
    year = year or rng.randint(1940, 1961)
    g = (3 if year < 2000 else 5) + rng.randint(0, 1)
    body = f"{g}{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    d = [int(c) for c in body]
    c = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        c = 0 if c == 10 else c
    return body + str(c)


def valid_isikukood(code: str) -> bool:
    """True when an 11-digit code has a correct check digit."""
    if not re.fullmatch(r"\d{11}", code):
        return False
    return isikukood_check(code[:10]) == int(code[10])


def isikukood_check(body: str) -> int:
    d = [int(c) for c in body]
    c = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        c = 0 if c == 10 else c
    return c


class Builder:
    """One conversation under construction: turns, context and the labels the choices imply."""

    def __init__(self, rng: random.Random, lang: str, channel: str, style: str, heldout: bool):
        self.rng, self.lang, self.channel, self.style, self.heldout = rng, lang, channel, style, heldout
        self.turns: list[dict] = []
        self.labels: dict[str, tuple[str, str]] = {}
        self.name = rng.choice(S.AGENT_NAMES[lang])
        self.vars: dict[str, str] = {}
        self.b2 = lang == "ru" and rng.random() < 0.3

    # --- picking
    def pick(self, items: list):
        """Held-out conversations use held-out wording where a list has some; the main corpus never does."""
        hold = [i for i in items if isinstance(i, dict) and i.get("h")]
        if self.heldout and hold:
            return self.rng.choice(hold)
        return self.rng.choice([i for i in items if not (isinstance(i, dict) and i.get("h"))] or items)

    def render(self, seg, agent: bool = True) -> str:
        if isinstance(seg, str):
            text = seg
        elif self.style == "speech":
            text = seg.get("speech") or re.sub(r"[^\w\s-]", "", seg["text"]).lower()
        else:
            text = seg["text"]
        text = text.format(name=self.name, lname=self.name.lower(), **self.vars)
        if agent and self.b2:
            for good, slip in S.B2_RU.items():
                text = text.replace(good, slip)
        if agent and self.style == "speech" and self.rng.random() < 0.25:
            text = f"{self.rng.choice(FILLERS[self.lang])} {text}"
        if agent and self.style == "typed" and self.rng.random() < 0.5:
            text = text[:1].lower() + text[1:]
            if self.rng.random() < 0.5:
                text = text.translate(DIACRITICS)
        return text

    def client_text(self, text: str) -> str:
        if self.style == "typed":
            if self.rng.random() < 0.3:
                text = typo(self.rng, text)
            if self.rng.random() < 0.4:
                text = text.translate(DIACRITICS)
        elif self.style == "speech":
            text = re.sub(r"[^\w\s-]", "", text).lower()
            if self.rng.random() < 0.3:
                text = f"{self.rng.choice(FILLERS[self.lang])} {text}"
        return text

    # --- adding turns
    def agent(self, seg) -> None:
        self.turns.append({"role": "agent", "text": self.render(seg)})

    def client(self, text: str, splittable: bool = True) -> None:
        text = self.client_text(text)
        words = text.split()
        if splittable and self.style == "typed" and len(words) >= 6 and self.rng.random() < 0.3:
            cut = self.rng.randint(2, len(words) - 2)
            self.turns.append({"role": "client", "text": " ".join(words[:cut])})
            self.turns.append({"role": "client", "text": " ".join(words[cut:])})
        else:
            self.turns.append({"role": "client", "text": text})

    def label(self, crit: str, verdict: str, reason: str) -> None:
        self.labels[crit] = (verdict, reason)


def typo(rng: random.Random, text: str) -> str:
    """Swap two neighbouring letters in one longer word (a fast-typing slip)."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 6]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def choose_profile(rng: random.Random, topic: dict, channel: str) -> tuple[str, dict]:
    """kind (excellent/good/mistake/gaming) and the choice for each deciding slot."""
    private, upset = topic["private"], topic["upset"]
    p = {"opening": "pass", "needs": "clarify", "ident": "ok", "empathy": "yes", "summary": rng.choice(["cue", "recap", "check"]),
         "closing": "pass", "informal": False, "rude": False, "gaming": None}
    roll = rng.random()
    if roll < 0.30:
        return "excellent", p
    if roll < 0.52:
        minor = ["opening", "needs_none", "summary_none", "closing_palun", "needs_hold"] + (["no_empathy"] if upset else [])
        flaws = [rng.choice(minor)]
        kind = "good"
    elif roll < 0.90:
        pool = ["opening", "informal", "summary_none", "rude", "closing_open", "cue_q", "needs_after", "closing_none"]
        if upset:
            pool.append("no_empathy")
        if private:
            pool += ["leak"] * 5
        flaws = rng.sample(pool, rng.choice([1, 1, 2, 2, 3]))
        kind = "mistake"
    else:
        p["gaming"] = rng.choice(["stuffed", "keywords"] + ([] if private else ["paste"]))
        return "gaming", p
    for f in flaws:
        if f == "opening":
            p["opening"] = "fail"
        elif f == "needs_none":
            p["needs"] = "none"
        elif f == "needs_hold":
            p["needs"] = "hold_only"
        elif f == "needs_after":
            p["needs"] = "after_answer"
        elif f == "cue_q":
            p["needs"], p["summary"] = "cue_q", "none"
        elif f == "summary_none":
            p["summary"] = "none"
        elif f == "closing_palun":
            p["closing"] = "palun"
        elif f == "closing_open":
            p["closing"] = "open_q"
        elif f == "closing_none":
            p["closing"] = "none"
        elif f == "no_empathy":
            p["empathy"] = "no"
        elif f == "informal":
            p["informal"] = True
        elif f == "rude":
            p["rude"] = True
        elif f == "leak":
            p["ident"] = rng.choice(["leak_before", "no_ask_leak"])
    if p["needs"] == "cue_q":
        p["summary"] = "none"
    return kind, p


def build_conversation(rng: random.Random, lang: str, heldout: bool) -> tuple[dict, dict]:
    channel = "phone" if rng.random() < 0.55 else "chat"
    topic_id = rng.choice(sorted(S.TOPICS[lang]))
    topic = S.TOPICS[lang][topic_id]
    kind, p = choose_profile(rng, topic, channel)
    private = topic["private"]
    if channel == "chat" and private and p["ident"] not in ("leak_before", "no_ask_leak") and kind != "gaming":
        # in an open web chat identifiers are not collected (ska-facts): private topics go by phone
        channel = "phone"
    if channel == "chat" and private and p["ident"] == "leak_before":
        p["ident"] = "no_ask_leak"
    style = rng.choice(["speech", "speech", "tidy"]) if channel == "phone" else rng.choice(["typed", "typed", "tidy"])
    b = Builder(rng, lang, channel, style, heldout)
    upset = topic["upset"]
    dates = ET_DATES if lang == "et" else RU_DATES
    amount = rng.choice(AMOUNTS)
    date, date_w = rng.choice(dates)
    b.vars = {"amount": amount, "amount_w": numwords.amount(amount, lang), "date": date, "date_w": date_w}
    code = isikukood(rng)
    context = {"identification_required": private, "client_upset": upset}
    if private:
        context["private_facts"] = [amount, date]
    switch = lang == "ru" and channel == "phone" and rng.random() < 0.25
    request = b.pick(topic["request"][style])

    # ---- gaming runs
    if p["gaming"]:
        return finish_gaming(b, p, topic, request, context, kind, topic_id, False)

    # ---- opening
    if channel == "chat":
        b.client(request)
    open_lang = "et" if switch else lang
    if p["opening"] == "pass":
        seg = b.pick(S.OPEN_PASS[open_lang])
        if switch:
            b.name = b.rng.choice(S.AGENT_NAMES["et"])
        b.label("greeting", "pass", S.OPEN_PASS_REASON["greeting"][1])
    else:
        seg = b.pick(S.OPEN_FAIL[open_lang])
        b.label("greeting", "fail", seg["reason"])
    if channel == "chat" and style == "typed" and p["opening"] == "pass" and rng.random() < 0.15:
        # the opening typed as two quick messages: still the opening
        full = b.render(seg)
        parts = re.split(r"(?<=[.!,])\s+", full, maxsplit=1)
        for part in parts:
            b.turns.append({"role": "agent", "text": part})
        if len(parts) == 2:
            b.labels["greeting"] = ("pass", "greeting, institution and own first name in the opening (typed as two messages)")
    else:
        b.agent(seg)
    if switch:
        b.client(rng.choice(S.SWITCH_CLIENT), splittable=False)
        b.agent(rng.choice(S.SWITCH_AGENT))
    if channel == "phone":
        b.client(request)
    if rng.random() < 0.3:
        c, a = rng.choice(S.SMALLTALK[lang])
        b.client(c, splittable=False)
        b.agent(a)
    if rng.random() < 0.3:
        for story in rng.sample(S.STORY[lang], rng.randint(2, 6)):
            b.client(story, splittable=False)
            b.agent(rng.choice(S.ACK[lang]))

    # ---- empathy + clarifying question (needs)
    lead = ""
    if upset:
        if p["empathy"] == "yes":
            emp = b.pick(S.EMPATHY[lang])
            lead = b.render(emp) + " "
            b.label("empathy", "pass", "acknowledged the upset client right after the complaint")
        else:
            b.label("empathy", "fail", "the client was upset and the agent never acknowledged or apologised")
    else:
        b.label("empathy", "n_a", "the client is not upset")
    needs = p["needs"]
    if needs == "clarify":
        b.turns.append({"role": "agent", "text": lead + b.render(topic["clarify"])})
        b.client(rng.choice(topic["confirm"]), splittable=False)
        why = "clarifying question about the client's matter before the answer"
        if style == "speech":
            why += " (spoken, no question mark)"
        b.label("needs", "pass", why)
    elif needs == "cue_q":
        b.turns.append({"role": "agent", "text": lead + b.render(topic["clarify_cue"])})
        b.client(rng.choice(topic["confirm"]), splittable=False)
        b.label("needs", "pass", "clarifying question ('ehk / то есть ...?') about the matter before the answer")
    elif needs == "hold_only":
        hold, replies = S.HOLD[lang][0]
        b.turns.append({"role": "agent", "text": lead + b.render(hold)})
        b.client(rng.choice(replies), splittable=False)
        b.label("needs", "fail", "the only question before the answer was a hold request, not about the matter")
    else:
        if lead:
            b.turns.append({"role": "agent", "text": lead.strip()})
            b.client(rng.choice(["jah", "no jah"] if lang == "et" else ["да", "ну да"]), splittable=False)
        b.label("needs", "fail", "no clarifying question about the client's matter"
                + (" before the answer (asked only afterwards)" if needs == "after_answer" else ""))

    # ---- identification and the main answer
    leak = False
    if private:
        ident = p["ident"]
        if ident in ("ok",):
            b.agent(b.pick(S.ID_ASK[lang]))
            give_code(b, code)
            if p["informal"]:
                add_informal(b)
            b.agent(topic["answer"])
            b.label("identification", "pass", "asked for the personal code and gave data only after a valid code")
            b.label("data_protection", "pass", "private data only after the client gave a valid personal code")
        elif ident == "leak_before":
            if p["informal"]:
                add_informal(b)
            b.agent(topic["leak_answer"])
            b.client(rng.choice(topic["followup"]["client"]), splittable=False)
            b.agent(b.pick(S.ID_ASK[lang]))
            give_code(b, code)
            b.agent(topic["followup"]["agent"])
            leak = True
            b.label("identification", "fail", "private data (amount/date) given before the client gave the code")
            b.label("data_protection", "fail", "amount and date disclosed before identification")
        else:
            if p["informal"]:
                add_informal(b)
            b.agent(topic["leak_answer"] if rng.random() < 0.5 else topic["answer"])
            leak = True
            b.label("identification", "fail", "never asked for the personal code")
            b.label("data_protection", "fail", "private amount/date disclosed to an unidentified caller")
    else:
        if p["informal"]:
            add_informal(b)
        b.agent(topic["answer"])
        b.label("identification", "n_a", "general information only, no personal data needed")
        b.label("data_protection", "pass", "no personal data disclosed")
    if needs == "after_answer":
        b.agent(topic["clarify"])
        b.client(rng.choice(topic["confirm"]), splittable=False)

    # ---- middle: follow-up, repeat (+ rude), hold
    if rng.random() < 0.6 and not (private and p["ident"] == "leak_before"):
        b.client(rng.choice(topic["followup"]["client"]))
        if rng.random() < 0.3:
            hold, replies = rng.choice(S.HOLD[lang][1:])
            b.agent(hold)
            b.client(rng.choice(replies), splittable=False)
        b.agent(topic["followup"]["agent"])
    if p["rude"]:
        b.client(rng.choice(topic["repeat"]))
        b.agent(b.pick(S.RUDE[lang]))
        b.label("courtesy", "fail", "condescending / blaming reply to the client's repeated question")
    else:
        b.label("courtesy", "pass", "polite throughout, no blame or condescension")
    if p["informal"]:
        b.label("formal_address", "fail", "informal address (sina/ты, informal imperative)")
    else:
        b.label("formal_address", "pass", "formal Te/Вы throughout")
    while len(b.turns) < 6:
        c, a = rng.choice(S.SMALLTALK[lang])
        b.client(c, splittable=False)
        b.agent(a)

    # ---- summary
    summary = p["summary"]
    if summary == "cue":
        b.agent(topic["cue_summary"])
        b.label("summary", "pass", "summary after the answer with a check of understanding")
    elif summary == "recap":
        text = b.render(topic["recap"])
        if rng.random() < 0.5:
            text += " " + b.render(b.pick(S.CHECK_ONLY[lang]))
        b.turns.append({"role": "agent", "text": text})
        b.label("summary", "pass", "recap of the answer's key points / next steps after the answer (no cue word)")
    elif summary == "check":
        b.agent(b.pick(S.CHECK_ONLY[lang]))
        b.label("summary", "pass", "checked understanding after the answer")
    elif needs == "cue_q":
        b.label("summary", "fail", "the only cue word was inside the clarifying question before the answer; no recap or check")
    else:
        b.label("summary", "fail", "no recap and no check of understanding after the answer")

    # ---- closing
    closing = p["closing"]
    if closing == "pass":
        b.client(rng.choice(S.CLIENT_THANKS[lang]), splittable=False)
        b.agent(b.pick(S.CLOSE_PASS[lang]))
        if rng.random() < 0.4:
            b.client(rng.choice(S.CLIENT_BYE[lang]), splittable=False)
        b.label("closing", "pass", "thanked / wished well in the last turn, nothing left open")
    elif closing == "palun":
        b.client(rng.choice(S.CLIENT_THANKS[lang]), splittable=False)
        b.agent(S.BARE_PALUN[lang])
        b.label("closing", "fail", "a bare 'Palun / Пожалуйста' is neither thanks nor a farewell")
    elif closing == "open_q":
        b.client(rng.choice(S.OPEN_LAST_Q[lang]), splittable=False)
        b.agent(b.pick(S.HASTY_BYE[lang]))
        b.label("closing", "fail", "said goodbye with the client's last question unanswered")
    else:
        b.client(rng.choice(S.CLIENT_BYE[lang]), splittable=False)
        b.label("closing", "fail", "the agent's last turn has no thanks or farewell")

    return finish(b, context, kind, topic_id, leak, switch)


def give_code(b: Builder, code: str) -> None:
    rng = b.rng
    intro = rng.choice(S.CODE_INTRO[b.lang])
    if b.style == "speech" and rng.random() < 0.75:
        b.turns.append({"role": "client", "text": intro + numwords.digits(code, b.lang)})
    elif b.style == "typed" and rng.random() < 0.3:
        b.turns.append({"role": "client", "text": code[:6]})
        b.turns.append({"role": "client", "text": code[6:]})
    elif rng.random() < 0.3:
        b.turns.append({"role": "client", "text": f"{intro}{code[:3]} {code[3:7]} {code[7:]}"})
    else:
        b.turns.append({"role": "client", "text": intro + code})


def add_informal(b: Builder) -> None:
    b.agent(b.pick(S.INFORMAL[b.lang]))


def finish_gaming(b: Builder, p: dict, topic: dict, request: str, context: dict, kind: str, topic_id: str,
                  switch: bool) -> tuple[dict, dict]:
    rng, lang = b.rng, b.lang
    game = p["gaming"]
    if b.channel == "chat":
        b.client(request)
    if game == "stuffed":
        b.turns.append({"role": "agent", "text": S.STUFFED[lang].format(name=b.name)})
        b.label("greeting", "pass", "greeting, institution and own name are in the (cue-stuffed) first message")
    else:
        b.agent(b.pick(S.OPEN_PASS[lang]))
        b.label("greeting", "pass", "real opening with greeting, institution and own name")
    if b.channel == "phone":
        b.client(request)
    for i in range(3):
        if game == "stuffed":
            b.agent(rng.choice(S.NON_ANSWER[lang]))
        elif game == "keywords":
            b.turns.append({"role": "agent", "text": S.KEYWORDS[lang][i]})
        else:
            b.turns.append({"role": "agent", "text": S.PASTE[lang]})
        if i < 2:
            b.client(S.CLIENT_PUZZLED[lang][i], splittable=False)
    what = {"stuffed": "cue words stuffed into the first message", "keywords": "keyword lists",
            "paste": "pasted reference text"}[game]
    if topic["private"]:
        b.label("identification", "fail", f"{what}; the code was never actually requested")
    else:
        b.label("identification", "n_a", "general question, no personal data needed")
    b.label("needs", "fail", f"{what}; no real question about the client's matter")
    b.label("summary", "fail", f"{what}; nothing was answered, so nothing was summarised")
    b.label("closing", "fail", "the client's question is still open at the end")
    b.label("formal_address", "pass", "no informal address")
    if topic["upset"]:
        b.label("empathy", "fail", f"{what}; empathy words not in response to anything the client said")
    else:
        b.label("empathy", "n_a", "the client is not upset")
    b.label("data_protection", "pass", "no personal data disclosed")
    # the call model's "brush-offs" as the blind labellers read them (33 of their 37 gaming runs): the
    # client's question and "you did not answer" ignored to the end with the same paste, keyword chains or
    # bare words (label convention since the seventh session; before it only pastes failed courtesy)
    b.label("courtesy", "fail", {
        "paste": "brush-off: the client's question is met twice more with the same pasted text",
        "keywords": "brush-off: the client's question and complaints are met with keyword chains to the end",
        "stuffed": "brush-off: the client's question and complaints are met with bare words to the end"}[game])
    return finish(b, context, kind, topic_id, False, switch, game=game)


def finish(b: Builder, context: dict, kind: str, topic_id: str, leak: bool, switch: bool,
           game: str | None = None) -> tuple[dict, dict]:
    while len(b.turns) < 8:  # pad with neutral small talk before the end (decides nothing)
        c, a = b.rng.choice(S.SMALLTALK[b.lang])
        b.turns.insert(2, {"role": "agent", "text": b.render(a)})
        b.turns.insert(2, {"role": "client", "text": b.client_text(c)})
    transcript = {"language": b.lang, "channel": b.channel, "context": context, "turns": b.turns}
    if kind == "gaming" or leak:
        grade = 1
    else:
        penalty = sum(PENALTY[c] for c, (v, _) in b.labels.items() if v == "fail")
        grade = 5 if penalty == 0 else max(2, 5 - penalty)
    labels = {
        "origin": "generated",
        "kind": kind,
        "gaming": game,
        "style": b.style,
        "topic": topic_id,
        "language_switch": switch,
        "b2_agent": b.b2,
        "grade": grade,
        "leak": leak,
        "criteria": {c: [b.labels[c][0], b.labels[c][1]] for c in CRITERIA},
    }
    return transcript, labels


class _Flow(list):
    """A list written on one line ([verdict, reason])."""


yaml.SafeDumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def dump(path: Path, data: dict) -> None:
    """Write YAML as the corpus stores it: block style, criteria labels one per line."""
    if "criteria" in data:
        data = {**data, "criteria": {k: _Flow(v) for k, v in data["criteria"].items()}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def main(n_main: int = 122, n_heldout: int = 38) -> None:
    for folder, n, seed0, heldout in (("main", n_main, 1000, False), ("heldout", n_heldout, 9000, True)):
        out = HERE / folder
        out.mkdir(exist_ok=True)
        for old in out.glob("gen-*.yaml"):
            old.unlink()
        for i in range(n):
            rng = random.Random(seed0 + i)
            lang = "et" if i % 2 == 0 else "ru"
            transcript, labels = build_conversation(rng, lang, heldout)
            cid = f"gen-{lang}-{transcript['channel']}-{i + 1:03d}"
            labels = {"id": cid, **labels}
            dump(out / f"{cid}.yaml", transcript)
            dump(out / f"{cid}.labels.yaml", labels)
    print(f"wrote {n_main} main and {n_heldout} held-out generated conversations")


if __name__ == "__main__":
    main()
