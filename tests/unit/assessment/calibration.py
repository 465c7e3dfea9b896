"""Situations written from the playbook's own text, with the verdict the playbook gives.

Each situation quotes the sentence of the playbook it comes from, in both languages, with
the page it is on, so that the table cannot drift from the text: a test finds each quote
in its page. ``verdict`` and ``first_step`` are what a reader of that sentence expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TRIED: dict[str, Any] = {"tried_reset_expectations": True, "tried_frank_talk": True}
# Part 1, step 4: two partners or colleagues consulted, both find it beyond saving.
AGREED: dict[str, Any] = {"consulted": 2, "agree_unsalvageable": 2}
HALF_RATE: dict[str, Any] = {"annual_revenue": 12_000, "hours_per_month": 20, "standard_rate": 100}


@dataclass(frozen=True)
class Situation:
    """One situation: where the playbook says it, the answers, and what it advises."""

    name: str
    page: str
    quote_en: str
    quote_fr: str
    verdict: str
    first_step: str
    answers: dict[str, Any] = field(default_factory=dict)


SITUATIONS: tuple[Situation, ...] = (
    # Part 1, step 1: judge on facts.
    Situation(
        "only_demanding",
        "decide",
        "A demanding, even bossy client is often still a good client.",
        "Un client exigeant, voire autoritaire, reste souvent un bon client.",
        "keep",
        "set_expectations",
        {"only_demanding": True},
    ),
    Situation(
        "one_bad_meeting",
        "decide",
        "let a client go only when the facts call for it, not because one meeting went badly "
        "or one exchange got on your nerves.",
        "ne laissez partir un client que lorsque les faits l'exigent, et non parce qu'une "
        "réunion s'est mal passée ou qu'un échange vous a agacé.",
        "keep",
        "set_expectations",
        {"disrespect": "sometimes"},
    ),
    Situation(
        "nothing_written_down",
        "decide",
        "If, reread with a cool head, the list comes down to a feeling or a mood, it is "
        "probably too early to decide.",
        "Si, relue à froid, la liste ne tient qu'à une impression ou à une question d'humeur, "
        "il est probablement trop tôt pour décider.",
        "keep",
        "set_expectations",
        {},
    ),
    Situation(
        "demanding_with_minor_friction",
        "tips",
        "A demanding or bossy client isn't necessarily a client to drop.",
        "Un client exigeant ou autoritaire n'est pas, pour autant, un client à quitter.",
        "keep",
        "set_expectations",
        {"only_demanding": True, "late_payments": "sometimes", "unpaid_extras": "sometimes"},
    ),
    # Part 1, step 2: reset expectations first.
    Situation(
        "two_often_nothing_tried",
        "decide",
        "So before considering a split, try to reset those expectations.",
        "Avant d'envisager la rupture, essayez donc de recadrer ces attentes.",
        "fix_first",
        "reset_expectations",
        {"unpaid_extras": "often", "unrealistic_expectations": "often"},
    ),
    Situation(
        "extras_persist_after_reset",
        "decide",
        "If, despite that effort, the requests keep going beyond what was agreed, you will at "
        "least know you tried to save the relationship, and you will be able to say so.",
        "Si, malgré cet effort, les demandes continuent de dépasser ce qui a été convenu, vous "
        "saurez au moins que vous avez tenté de sauver la relation, et vous pourrez le dire.",
        "exit",
        "prepare_explanation",
        {"unpaid_extras": "always", "tried_reset_expectations": True, **AGREED},
    ),
    Situation(
        "expectations_persist_without_the_talk",
        "decide",
        "Unrealistic expectations almost always lead to unreasonable demands.",
        "Des attentes irréalistes mènent presque toujours à des exigences déraisonnables.",
        "exit",
        "prepare_explanation",
        {
            "unrealistic_expectations": "often",
            "not_worth_fee": "often",
            "tried_reset_expectations": True,
            **AGREED,
        },
    ),
    # Part 1, step 3: the frank talk.
    Situation(
        "always_late_inputs_no_talk",
        "decide",
        "Deal with this kind of problem head-on, and early.",
        "Ce genre de difficulté se traite de front, et tôt.",
        "fix_first",
        "frank_talk",
        {"late_inputs": "always"},
    ),
    Situation(
        "always_late_payments_no_talk",
        "decide",
        "you rely on them for specific things: material delivered on time, sign-offs, "
        "information, payments.",
        "vous attendez de lui des choses précises : des contenus livrés à temps, des "
        "validations, des informations, des paiements.",
        "fix_first",
        "frank_talk",
        {"late_payments": "always"},
    ),
    Situation(
        "three_occasional_problems",
        "decide",
        "The longer you wait, the more likely the split becomes bitter and unavoidable.",
        "Plus vous attendez, plus la séparation risque de devenir amère et inévitable.",
        "fix_first",
        "frank_talk",
        {"late_payments": "sometimes", "late_inputs": "sometimes", "disrespect": "sometimes"},
    ),
    Situation(
        "late_payments_persist_after_talk",
        "decide",
        "if not, it gives you a clear, documented basis should ending the relationship become "
        "necessary.",
        "sinon, elle constituera une base claire et documentée si la rupture devient nécessaire.",
        "exit_with_care",
        "prepare_explanation",
        {"late_payments": "often", "tried_frank_talk": True, **AGREED},
    ),
    Situation(
        "remedies_before_a_partner",
        "tips",
        "Reset what you can and will do, and tell the client frankly what they aren't "
        "delivering and what it costs you, before the split turns bitter.",
        "Recadrez ce que vous pouvez et voulez faire, et dites franchement au client ce qu'il "
        "ne fournit pas et ce que cela vous coûte, avant que la séparation ne devienne amère.",
        "fix_first",
        "reset_expectations",
        {"late_inputs": "often", "unpaid_extras": "often", "partner_wants_client": True},
    ),
    # Part 1, step 4: a second opinion, and the money.
    Situation(
        "every_check_met",
        "decide",
        "If the numbers alone justify ending the relationship, or changing it (new rate, new "
        "scope), that is an objective reason, and an easy one to explain.",
        "Si les chiffres suffisent à justifier de mettre fin à la relation, ou de la modifier "
        "(nouveau tarif, nouveau périmètre), c'est une raison objective et facile à expliquer.",
        "exit",
        "prepare_explanation",
        {
            "unpaid_extras": "often",
            "late_inputs": "often",
            **TRIED,
            **AGREED,
            **HALF_RATE,
            "revenue_share": 5,
            "connections": 1,
        },
    ),
    Situation(
        "nobody_consulted",
        "decide",
        "Because your reputation is at stake, the decision shouldn't rest on your opinion alone.",
        "Parce que votre réputation est en jeu, la décision ne doit pas reposer sur votre seul "
        "avis.",
        "exit_with_care",
        "ask_second_opinion",
        {"late_inputs": "always", "unpaid_extras": "often", **TRIED},
    ),
    Situation(
        "they_see_a_way_out",
        "decide",
        "They may see changes that could turn an unacceptable situation around.",
        "Ils verront peut-être ce qui pourrait changer pour redresser une situation devenue "
        "inacceptable.",
        "exit_with_care",
        "hear_objections",
        {"late_inputs": "always", **TRIED, "consulted": 3, "agree_unsalvageable": 1},
    ),
    Situation(
        "partner_takes_over",
        "decide",
        "a partner or associate may want to take the client on themselves.",
        "un associé ou un partenaire souhaitera peut-être reprendre ce client à son compte.",
        "hand_over",
        "agree_with_partner",
        {"late_inputs": "always", **TRIED, **AGREED, "partner_wants_client": True},
    ),
    Situation(
        "the_partner_is_the_second_opinion",
        "tips",
        "They may confirm your judgement, suggest a fix, or even want to take the client on "
        "themselves.",
        "Ils confirmeront votre jugement, proposeront une solution, ou voudront peut-être "
        "reprendre le client eux-mêmes.",
        "hand_over",
        "agree_with_partner",
        {"late_payments": "always", **TRIED, "partner_wants_client": True},
    ),
    Situation(
        "half_rate_nothing_tried",
        "tips",
        "Insufficient revenue is an objective reason to end the relationship, or to change it.",
        "Un revenu insuffisant est une raison objective de mettre fin à la relation, ou de la "
        "modifier.",
        "fix_first",
        "reset_expectations",
        dict(HALF_RATE),
    ),
    Situation(
        "half_rate_after_reset",
        "decide",
        "Sometimes a client simply doesn't bring in enough to justify the difficulties that "
        "come with them.",
        "Il arrive qu'un client ne rapporte tout simplement pas assez pour justifier les "
        "difficultés qu'il entraîne.",
        "exit",
        "prepare_explanation",
        {**HALF_RATE, "tried_reset_expectations": True, **AGREED},
    ),
    # Part 1, step 5: influence.
    Situation(
        "well_connected",
        "decide",
        "Handled badly, ending the relationship can set off a chain reaction",
        "Si la rupture est mal menée, elle peut déclencher une réaction en chaîne",
        "exit_with_care",
        "plan_for_reactions",
        {"late_inputs": "always", **TRIED, **AGREED, "connections": 8},
    ),
    Situation(
        "highly_visible",
        "decide",
        "A well-connected client will talk about the split, and their version will get around "
        "before yours does.",
        "Un client bien introduit parlera de la séparation, et sa version circulera avant la "
        "vôtre.",
        "exit_with_care",
        "plan_for_reactions",
        {"unpaid_extras": "always", **TRIED, **AGREED, "visibility": "high"},
    ),
    Situation(
        "several_moderate_risks",
        "decide",
        "This doesn't mean keeping an influential client at any price; it means that with them, "
        "the way you part ways matters even more.",
        "Cela ne signifie pas qu'il faut garder à tout prix un client influent, mais qu'avec "
        "lui, la manière de se séparer compte encore davantage.",
        "exit_with_care",
        "prepare_explanation",
        {
            "late_inputs": "always",
            **TRIED,
            **AGREED,
            "connections": 3,
            "visibility": "medium",
            "revenue_share": 20,
        },
    ),
    Situation(
        "large_share_of_revenue",
        "decide",
        "What you thought was a one-off decision can end up shaking a large part of your business.",
        "Ce que vous pensiez être une décision isolée peut alors ébranler une bonne partie de "
        "votre activité.",
        "exit_with_care",
        "replace_revenue",
        {"late_payments": "always", **TRIED, **AGREED, "revenue_share": 40},
    ),
    # Part 2: a stake, disrespect, deal-breakers.
    Situation(
        "stake_in_your_company",
        "do-it",
        "If the client holds a stake in your company, always get professional advice (a "
        "lawyer, an accountant) before doing anything",
        "Si le client détient une participation dans votre entreprise, faites-vous toujours "
        "conseiller par un professionnel (avocat, expert-comptable) avant d'engager quoi que ce "
        "soit",
        "exit_with_care",
        "get_professional_advice",
        {"late_inputs": "always", **TRIED, **AGREED, "holds_stake": True},
    ),
    Situation(
        "stake_and_a_partner",
        "tips",
        "If the client holds a stake in your company, get professional advice.",
        "Si le client détient une participation dans votre entreprise, faites-vous conseiller "
        "par un professionnel.",
        "hand_over",
        "get_professional_advice",
        {
            "late_inputs": "always",
            **TRIED,
            **AGREED,
            "holds_stake": True,
            "partner_wants_client": True,
        },
    ),
    Situation(
        "rude_client_no_talk",
        "do-it",
        "Lack of respect is a common reason for ending a relationship, and the trickiest one to "
        "raise.",
        "Le manque de respect est une cause fréquente de rupture, et aussi la plus délicate à "
        "aborder.",
        "fix_first",
        "frank_talk",
        {"disrespect": "always"},
    ),
    Situation(
        "rude_client_after_talk",
        "do-it",
        "These are perfectly legitimate reasons to end the relationship.",
        "Ce sont des raisons tout à fait légitimes de mettre fin à la relation.",
        "exit",
        "prepare_explanation",
        {"disrespect": "always", "tried_frank_talk": True, **AGREED},
    ),
    Situation(
        "deal_breaker_checked",
        "do-it",
        "the client behaviours so damaging to the health of your business that they would, on "
        "their own, justify ending the relationship.",
        "les comportements de clients si préjudiciables à la bonne marche de votre entreprise "
        "qu'ils justifieraient, à eux seuls, de mettre fin à la relation.",
        "exit",
        "prepare_explanation",
        {"deal_breakers_hit": ("Threatens our staff",), **AGREED},
    ),
    Situation(
        "deal_breaker_unchecked",
        "decide",
        "If you think you need to end the relationship, first make a few discreet enquiries to "
        "check whether others also see it as beyond saving.",
        "Si vous pensez devoir mettre fin à la relation, menez d'abord une petite enquête "
        "discrète pour vérifier que d'autres la jugent, eux aussi, irrécupérable.",
        "exit_with_care",
        "ask_second_opinion",
        {"deal_breakers_hit": ("Threatens our staff",)},
    ),
)
