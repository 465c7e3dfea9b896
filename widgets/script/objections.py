"""Reactions to rehearse before the conversation, each with a calm reply.

The article (part 2, step 3): listen, do not argue, stay polite and firm.
"""

from __future__ import annotations

from widgets.i18n import t
from widgets.script.model import Objection

OBJECTION_IDS = ("anger", "bargaining", "guilt", "reputation", "cannot_do_this")


# Replies that change when the reasons given speak of terms the client could meet: "my
# decision does not depend on the terms" would then contradict them.
TERMS_REPLIES = frozenset({"bargaining"})


def objections(lang: str, terms: bool = False) -> tuple[Objection, ...]:
    """Every objection with its reply, in ``lang``; ``terms`` when a reason given names terms."""
    return tuple(
        Objection(
            id=item,
            label=t(lang, f"script.objections.{item}.label"),
            example=t(lang, f"script.objections.{item}.example"),
            reply=t(
                lang,
                f"script.objections.{item}.reply_terms"
                if terms and item in TERMS_REPLIES
                else f"script.objections.{item}.reply",
            ),
        )
        for item in OBJECTION_IDS
    )
