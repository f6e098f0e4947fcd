"""What a role page renders for: the store, the scenario library, the signed-in user and the UI language.

Role pages take a :class:`PageContext` in ``render(ctx)``, so a test can render them for any user and
language; :func:`page_context` builds it from the running app.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.i18n import Messages
from trainer.simulation.library import Library
from trainer.storage import Store, UserInfo


@dataclass(frozen=True)
class PageContext:
    """The store, library, signed-in user and UI language a page renders for."""

    store: Store
    library: Library
    user: UserInfo
    lang: str

    def messages(self, section: str) -> Messages:
        """The catalogue section ``section`` (``trainer/locales``) in the page's language."""
        return Messages(section, self.lang)


def page_context() -> PageContext:
    """The context of the running app: its store and library, the signed-in user (or stop) and language."""
    from trainer.app.common import get_library, get_store, lang, require_user

    return PageContext(store=get_store(), library=get_library(), user=require_user(), lang=lang())
