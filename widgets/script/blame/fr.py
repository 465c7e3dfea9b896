"""French blame rules and topics, tried in order: the first rule to claim words keeps them.

Patterns read folded text: "déçu" is written "decu", "n'êtes" is written "n'etes".
"""

from __future__ import annotations

from widgets.script.blame.rules import BlameRule, Topic, one_of, word

# "vous" as the one who acts, not as an object pronoun ("nous vous remettrons") or after a
# preposition ("grâce à vous").
VOUS = (
    r"(?<!nous )(?<!je )(?<!j')(?<!on )(?<!il )(?<!elle )(?<!ils )(?<!elles )(?<!ne )"
    r"(?<!n')(?<!pour )(?<!avec )(?<!a )(?<!de )(?<!chez )(?<!par )(?<!sans )(?<!envers )"
    r"(?<!qui )\b(?:vous|tu)"
)
# "votre équipe", "vos services": the client's people or things as the subject.
VOTRE = r"\b(?:votre|vos|ta|tes)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
# Object pronouns and auxiliaries between "vous" and the verb ("vous nous avez encore...").
_AUX = (
    r"(?:\s+(?:nous|me|m'|les|l'|leur|lui|y|en|avez|aviez|etes|ete|encore|deja|meme|aussi|"
    r"toujours|constamment|systematiquement))*"
)
_ABSOLUTES = one_of(
    r"toujours",
    r"jamais",
    r"sans\s+cesse",
    r"sans\s+arret",
    r"constamment",
    r"continuel\w*",
    r"systematiquement",
    r"en\s+permanence",
    r"tout\s+le\s+temps",
    r"a\s+chaque\s+fois",
    r"chaque\s+fois",
    r"sans\s+exception",
    r"encore\s+et\s+encore",
    r"une\s+fois\s+de\s+plus",
    r"encore\s+une\s+fois",
    r"comme\s+d'habitude",
    r"comme\s+toujours",
    r"(?:toutes\s+les|chaque)\s+semaines?",
    r"(?:tous\s+les|chaque)\s+(?:jours?|mois)",
    r"perpetuel\w*",
    r"incessant\w*",
    r"eternel\w*",
    r"une\s+eternite",
)
# Judgements of a person or a team, in every gender and number.
_JUDGEMENTS = one_of(
    r"deraisonnables?",
    r"grossi(?:er|ere|ers|eres|erete)",
    r"desorganis\w*",
    r"incompeten(?:t|te|ts|tes|ce)",
    r"malhonnete\w*",
    r"impoli\w*",
    r"irrespectueu\w*",
    r"mepris\w*",
    r"arrogan\w*",
    r"condescendan\w*",
    r"agressi\w*",
    r"hostiles?",
    r"negligen\w*",
    r"chaotiques?",
    r"irrealistes?",
    r"incoherent\w*",
    r"contradictoires?",
    r"peu\s+fiables?",
    r"pas\s+fiables?",
    r"menteu\w*",
    r"paresseu\w*",
    r"odieu\w*",
    r"toxiques?",
    r"ingrat\w*",
    r"insultant\w*",
    r"injurieu\w*",
    r"desagreables?",
    r"insupportables?",
    r"ingerables?",
    r"(?:un|une)\s+cauchemar",
    r"tyranni\w*",
    r"retard\s+chronique",
    r"(?:un|le)\s+fouillis",
    r"(?:un|le)\s+(?:vrai\s+|beau\s+)?desordre",
)
# What a client is reproached for doing (verbs conjugated with "vous").
_CONDUCT = one_of(
    r"ignor\w*",
    r"oubli\w*",
    r"refus\w*",
    r"manque[sz]?",
    r"manquent",
    r"ment(?:ez|i|ent)",
    r"rat(?:ez|e|ent)",
    r"annul(?:ez|e|ent)",
    r"ruin\w*",
    r"perd(?:s|ez|ent|u)?",
    r"montr\w*\s+du\s+doigt",
    r"gach\w*",
    r"sembl(?:ez|iez)\s+croire",
    r"interromp\w*",
    r"cri(?:ez|e)\s+sur",
    r"hurl\w*",
    r"insult\w*",
    r"reproch\w*",
    r"exig(?:ez|e)",
    r"reclam(?:ez|e)",
    r"trait(?:ez|e)\s+(?:[\w']+\s+){0,3}?comme",
    r"fait\s+perdre",
    r"devez",
    r"deplac(?:ez|e)",
    r"plaign\w*",
    r"moqu\w*",
    r"croy(?:ez|iez)\s+que",
    r"pens(?:ez|iez)\s+que\s+nous",
    r"attend(?:ez|iez)\s+de\s+nous",
    r"chang(?:ez|e)\s+(?:d'avis|sans|tout|constamment|encore|a\s+chaque)",
    r"demand(?:ez|e)\s+(?:sans\s+cesse|sans\s+arret|toujours|constamment|encore)",
    r"(?:arrivez|etes|payez|reglez|livrez|repondez)\s+(?:\w+\s+)?en\s+retard",
)
# What a client is reproached for not doing, after "vous ne", "vous n'avez pas"...
_NOT_DONE = one_of(
    r"respect\w*",
    r"pa[yi]\w*",
    r"regl\w*",
    r"repond\w*",
    r"lu",
    r"lis\w*",
    r"lire",
    r"ecout\w*",
    r"t(?:en|ien)(?:ez|u|nent)",
    r"fourni\w*",
    r"envo[yi]\w*",
    r"valid\w*",
    r"prev[ei]n\w*",
    r"pren(?:ez|nent)\s+(?:jamais\s+|pas\s+|meme\s+pas\s+)?la\s+peine",
    r"pris\s+la\s+peine",
    r"laiss\w*",
    r"content\w*",
    r"satisf\w*",
    r"honor\w*",
    r"sign\w*",
    r"rappel\w*",
    r"remerci\w*",
)
# What an absolute must come with to blame the client.
_FAULTS = word(
    r"retard\w*",
    r"tard",
    r"impaye\w*",
    r"relanc\w*",
    r"oubli\w*",
    r"chang\w*",
    r"demand\w*",
    r"reclam\w*",
    r"plain\w*",
    r"annul\w*",
    r"ignor\w*",
    r"manque[sz]?",
    r"erreurs?",
    r"problemes?",
    r"meme\s+(?:histoire|chose|probleme)",
    r"excuses?",
    r"redire",
    r"derniere\s+minute",
    r"raison\s+de\s+ne\s+pas",
    r"rien",
)
# "Vous n'aurez jamais à vous soucier...": never having to is no reproach.
_NO_NEED = r"\bn'(?:aurez|avez|aurons|aviez)\s+jamais\s+(?:a|besoin)\b"
# Thanks and praise: "vous avez toujours payé à temps, et nous vous en remercions".
_POSITIVE = word(
    r"merci",
    r"remerci\w*",
    r"plaisir",
    r"fidel\w*",
    r"bienvenu\w*",
    r"compter\s+sur",
    r"reconnaissan\w*",
    r"apprec\w*",
    r"ravi\w*",
    r"heureu\w*",
)

RULES: tuple[BlameRule, ...] = (
    BlameRule(
        "fr-vous-toujours-jamais",
        "fr",
        "second_person",
        VOUS
        + r"(?:\s+[\w']+){0,3}?\s+"
        + one_of(
            r"toujours",
            r"jamais",
            r"sans\s+cesse",
            r"sans\s+arret",
            r"constamment",
            r"continuellement",
            r"systematiquement",
            r"en\s+permanence",
            r"tout\s+le\s+temps",
        )
        + r"\b",
        unless=one_of(_POSITIVE, _NO_NEED),
    ),
    BlameRule(
        "fr-vous-faites",
        "fr",
        "second_person",
        VOUS + _AUX + r"\s+" + _CONDUCT + r"\b",
    ),
    BlameRule(
        "fr-vous-ne-faites-pas",
        "fr",
        "second_person",
        VOUS
        + r"\s+"
        + one_of(
            r"(?:ne\s+|n')(?:nous\s+|me\s+|m'|les\s+|l'|leur\s+)?" + _NOT_DONE,
            r"n'(?:avez|aviez|etes|etiez)\s+(?:meme\s+)?(?:pas|jamais|plus|aucunement)\s+"
            r"(?:meme\s+|une\s+seule\s+fois\s+)?(?:ete\s+)?" + _NOT_DONE,
            r"n'(?:avez|aviez)\s+aucun\s+(?:respect|egard|consideration)",
        )
        + r"\b",
    ),
    BlameRule(
        "fr-votre-equipe-ne-fait-pas",
        "fr",
        "second_person",
        VOTRE
        + r"\s+(?:ne\s+|n')(?:nous\s+|me\s+|m'|les\s+|l'|leur\s+)?"
        + one_of(_NOT_DONE, r"[\w']+\s+(?:jamais|pas|plus)\s+(?:meme\s+)?" + _NOT_DONE)
        + r"\b",
    ),
    BlameRule(
        "fr-votre-conduite",
        "fr",
        "second_person",
        r"\b(?:votre|vos)\s+(?:[\w'-]+\s+){0,4}?"
        + one_of(
            _CONDUCT,
            r"de\s+derniere\s+minute",
            r"en\s+retard",
            r"retard\w*",
            r"tard",
            r"exigeant\w*",
            r"flous?",
            r"impaye\w*",
            r"ignor(?:e|ent)",
            r"crie\w*\s+sur",
            r"hurl\w*",
            r"insult\w*",
            r"(?:une\s+)?eternite",
            r"excessi\w*",
            r"chang\w*\s+(?:(?:toutes|tous)\s+les\s+\w+|chaque\s+\w+|sans\s+(?:cesse|arret)|constamment|encore)",
            r"nous\s+ont\s+use\w*",
            r"nous\s+a\s+coute\w*",
        )
        + r"\b",
    ),
    BlameRule(
        "fr-a-cause-de-vous",
        "fr",
        "second_person",
        word(
            r"a\s+cause\s+de\s+(?:vous|toi)",
            r"(?:de\s+|par\s+)?(?:votre|ta)\s+faute",
            r"dans\s+(?:notre|mon)\s+dos",
        ),
    ),
    BlameRule(
        "fr-vous-etes-juge",
        "fr",
        "insult",
        VOUS
        + r"\s+"
        + one_of(
            r"etes",
            r"etiez",
            r"avez\s+ete",
            r"aviez\s+ete",
            r"n'etes\s+pas",
            r"n'avez\s+pas\s+ete",
        )
        + r"\s+(?:[\w']+\s+){0,2}?"
        + one_of(
            _JUDGEMENTS,
            r"difficiles?",
            r"exigeant\w*",
            r"impossibles?",
            r"penibles?",
            r"incapables?",
            r"capables?",
            r"fiables?",
            r"serieu\w*",
            r"le\s+probleme",
            r"(?:le|la)\s+pire",
            r"d'une\s+(?:grossierete|mauvaise\s+foi|impolitesse|arrogance|negligence|exigence|"
            r"lenteur)",
        )
        + r"\b",
    ),
    BlameRule(
        "fr-votre-juge",
        "fr",
        "insult",
        r"\b(?:votre|vos)\s+(?:[\w'-]+\s+){0,4}?" + _JUDGEMENTS + r"\b",
    ),
    BlameRule(
        "fr-vous-chaque",
        "fr",
        "absolute",
        one_of(VOUS, VOTRE) + r"(?:\s+[\w'-]+){0,4}?\s+(?:chaque|(?:tous|toutes)\s+les)\s+[\w-]+",
        within=_FAULTS,
        unless=_POSITIVE,
    ),
    BlameRule(
        "fr-implicite",
        "fr",
        "implication",
        word(
            r"rien\s+de\s+ce\s+que\s+(?:nous|je|j'|on)\s*(?:[\w']+\s+){1,3}?"
            r"(?:n'est\s+(?:jamais\s+)?(?:assez|suffisa\w*)|ne\s+vous\s+"
            r"(?:convient|plait|satisfait|va))",
            r"quoi\s+que\s+(?:nous|je|l'on|on)\s+(?:fassions|fasse|livrions|livre|proposions|"
            r"propose|envoyions|disions)",
            r"(?:plie\w*|plier)\s+en\s+quatre",
            r"(?:nous\s+avons|on\s+a|j'ai)\s+tout\s+(?:fait|essaye|tente)",
            r"malgre\s+tous\s+nos\s+efforts",
            r"apres\s+tout\s+ce\s+que\s+(?:nous\s+avons|on\s+a|j'ai)\s+fait",
            r"nos\s+autres\s+clients",
            r"contrairement\s+a\s+(?:nos|vos|d')\s*autres",
            r"comme\s+(?:nous\s+vous\s+l'avons|je\s+vous\s+l'ai)\s+deja\s+"
            r"(?:dit|repete|explique|ecrit|rappele)",
            r"(?:dit|repete|explique|rappele)\s+(?:plusieurs|mille|cent|maintes|"
            r"de\s+nombreuses)\s+fois",
            r"si\s+vous\s+aviez\s+(?:seulement\s+)?(?:lu|ecoute|repondu|paye|respecte|envoye|"
            r"suivi)",
            r"ce\s+n'est\s+(?:pourtant\s+)?pas\s+(?:complique|sorcier|si\s+difficile|difficile)",
            r"pas\s+(?:de\s+)?notre\s+faute",
            r"(?:nous\s+avons|on\s+a|j'ai)\s+fait\s+(?:notre|ma)\s+part",
            r"(?:nous\s+avons|on\s+a|j'ai)\s+ete\s+(?:plus\s+que\s+|tres\s+|assez\s+|"
            r"suffisamment\s+|bien\s+)?patient\w*",
            r"nous\s+ne\s+sommes\s+pas\s+(?:vos|des)\s+(?:employes|domestiques|esclaves|"
            r"larbins|sous-traitants)",
            r"pour\s+la\s+(?:enieme|centieme|derniere|dixieme)\s+fois",
            r"sans\s+aucune\s+reconnaissance",
            r"rien\s+de\s+tout\s+cela\s+ne\s+serait",
            r"(?:nous\s+attendons|j'attends|on\s+attend)\s+toujours",
            r"(?:laisse|donne)\w*\s+toutes\s+(?:les|ses|vos)\s+chances",
            r"combat\s+permanent",
        ),
    ),
    BlameRule(
        "fr-exasperation",
        "fr",
        "exasperation",
        word(
            r"en\s+(?:ai|as|a|avons|avez|ont|avoir|avions|avais)\s+"
            r"(?:(?:vraiment|bien|franchement|tellement)\s+|plus\s+qu')?assez",
            r"marre",
            r"ras[\s-]le[\s-]bol",
            r"n'en\s+(?:peux|pouvons|peut|pouvais)\s+plus",
            r"(?:ne\s+|n')(?:supporte|supportons|supportent|supportais|tolere|tolerons)\s+plus",
            r"epuisant\w*",
            r"(?:je\s+suis|nous\s+sommes|on\s+est)\s+(?:\w+\s+)?epuise\w*",
            r"usant\w*",
            r"(?:nous|m')\s*ont\s+use\w*",
            r"lass(?:e|es|ee|ees)?(?=\s+d(?:e\b|'))",
            r"las(?=\s+d(?:e\b|'))",
            r"lassant\w*",
            r"fatigue\w*(?=\s+d(?:e\b|'))",
            r"fatigant\w*",
            r"excede\w*",
            r"exasper\w*",
            r"a\s+bout",
            r"ca\s+suffit",
            r"trop\s+c'est\s+trop",
            r"goutte\s+d'eau",
            r"combien\s+de\s+fois",
            r"perdu\s+le\s+compte",
            r"en\s+(?:ai|avons|a)\s+fini\s+de",
            r"frustr\w*",
            r"agac\w*",
            r"penibles?",
            r"(?:notre|ma)\s+patience",
        ),
    ),
    BlameRule(
        "fr-jugement",
        "fr",
        "insult",
        word(
            _JUDGEMENTS,
            r"(?:le|la)\s+pire\s+client\w*",
            r"client\w*\s+(?:aussi\s+|si\s+|tres\s+|trop\s+)?(?:difficile|exigeant|impossible|"
            r"penible|ingerable)\w*",
            r"impossible\s+(?:de\s+|d')(?:travailler|obtenir|joindre|discuter|raisonner|"
            r"satisfaire|vous)",
            r"manque\s+(?:d'organisation|de\s+(?:respect|rigueur|serieux|professionnalisme|"
            r"consideration|organisation))",
            r"aucun\s+respect",
        ),
    ),
    BlameRule(
        "fr-mot-charge",
        "fr",
        "loaded",
        word(
            r"inacceptables?",
            r"inadmissibles?",
            r"scandaleu\w*",
            r"ridicules?",
            r"honteu\w*",
            r"intolerables?",
            r"inexcusables?",
            r"absurdes?",
            r"lamentables?",
            r"deplorables?",
            r"pitoyables?",
            r"n'importe\s+quoi",
            r"pretendument",
            r"soi-disant",
        ),
    ),
    BlameRule(
        "fr-absolu",
        "fr",
        "absolute",
        r"\b" + _ABSOLUTES + r"\b",
        within=_FAULTS,
        unless=_POSITIVE,
    ),
)

# The first topic whose pattern is in the sentence chooses the rewrite; "general" otherwise.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "payment",
        "fr",
        word(
            r"pai\w*",
            r"pay\w*",
            r"factur\w*",
            r"regl\w*",
            r"honoraires?",
            r"remises?",
            r"budget",
            r"argent",
            r"devez",
            r"impaye\w*",
            r"comptab\w*",
        ),
    ),
    Topic(
        "respect",
        "fr",
        word(
            r"grossi\w*",
            r"irrespect\w*",
            r"(?:aucun|manque\s+de)\s+respect",
            r"crie\w*",
            r"hurl\w*",
            r"insult\w*",
            r"trait\w*",
            r"ton",
            r"hostiles?",
            r"agressi\w*",
            r"comportement",
            r"attitude",
            r"mepris\w*",
            r"arrogan\w*",
            r"collaborat\w*",
            r"collegues?",
            r"personnel",
            r"employes?",
        ),
    ),
    Topic(
        "deadline",
        "fr",
        word(
            r"delais?",
            r"retard\w*",
            r"echeances?",
            r"planning",
            r"a\s+temps",
            r"valid\w*",
            r"retours?",
            r"attendre",
            r"(?:une\s+)?eternite",
            r"lent\w*",
            r"derniere\s+minute",
            r"dernier\s+moment",
            r"horaires?",
            r"minuit",
            r"rendez-vous",
        ),
    ),
    Topic(
        "scope",
        "fr",
        word(
            r"brief",
            r"cahier",
            r"perimetre",
            r"chang\w*",
            r"modifi\w*",
            r"demandes?",
            r"demandez",
            r"exigen\w*",
            r"avis",
            r"hors\s+contrat",
            r"objectifs?",
            r"attentes?",
            r"gratuit\w*",
            r"travaux",
        ),
    ),
    Topic(
        "communication",
        "fr",
        word(
            r"repon\w*",
            r"repond\w*",
            r"courriels?",
            r"e-?mails?",
            r"appels?",
            r"reunions?",
            r"ecout\w*",
            r"lu",
            r"lire",
            r"relanc\w*",
            r"informations?",
            r"proposition",
            r"conseils?",
            r"rapports?",
        ),
    ),
)
