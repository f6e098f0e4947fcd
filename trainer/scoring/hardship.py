"""The client's hardship beyond her matter, and whether the agent answered it (criterion "empathy", blind rounds 21-22).

A client may tell of more than her matter: a want of money ("rahad on otsas", «на эстонскую не хватает ни на что»,
concept client_money_trouble), her distress (tears, shock, hurt, despair: "ta nuttis terve õhtu", «я в шоке»,
concept client_distress) or a death in her family ("mu mees suri", concept client_loss). A vague formula glued to
the next step ("saan aru et see on teile oluline palun öelge isikukood", «Понимаю ваши эмоции. Решение принимает
врач-эксперт ...») answers none of these (`empathy.vague_formula`). The agent who names the want or the distress
anywhere ("näen, et jäite sel kuul ilma rahata", «понимаю, вы остались без денег») has answered it. A want of money
counts only when told before the formula: asked after it («а на что мне жить пока?»), the answer about the matter
takes it up (project corpus, labelled so).
"""

from __future__ import annotations

from dataclasses import dataclass

MONEY, DISTRESS, LOSS = "client_money_trouble", "client_distress", "client_loss"


@dataclass(frozen=True)
class Hardship:
    """What the client told of, over the whole conversation: a want of money, her distress, a death in the family."""

    money: bool = False
    distress: bool = False
    loss: bool = False

    @property
    def any(self) -> bool:
        """Did the client tell of any hardship at all?"""
        return self.money or self.distress or self.loss

    @property
    def only_money(self) -> bool:
        """Was a want of money all she told of (no distress, no loss)?"""
        return self.money and not (self.distress or self.loss)


def unanswered_hardship(an, i: int) -> Hardship:
    """The hardships the client told of that no agent unit names, as they stand for the agent's unit i: her distress
    and a death in her family told anywhere in the conversation, a want of money told before unit i (asked later,
    «а на что мне жить пока?», it is a question the answer about the matter takes up). An agent unit with a phrase of
    client_money_trouble or client_distress after her telling names hers ("jäite ilma rahata", «вы в шоке»); a death
    is answered by a condolence, which is empathy of its own."""
    raw = getattr(an, "raw", an)
    told = raw.__dict__.get("_hardship_told")
    if told is None:
        told = raw.__dict__["_hardship_told"] = {
            name: [j for j, t in enumerate(raw.turns) if t.role == "client" and raw.matches(j, [name])]
            for name in (MONEY, DISTRESS, LOSS)}

    def unanswered(name: str, before: int | None = None) -> bool:
        units = [j for j in told[name] if before is None or j < before]
        return bool(units) and (name == LOSS or not any(k > units[0] and raw.matches(k, [name])
                                                        for k in raw.agent_indexes))

    return Hardship(money=unanswered(MONEY, i), distress=unanswered(DISTRESS), loss=unanswered(LOSS))
