"""French blame rules and topics, tried in order: the first rule to claim words keeps them.

The rules pair who is spoken of with what is said of them (see ``fr_lexicon``): the client as
the one who acts, or the client's people and things, with a fault, a judgement or an absolute
in the same clause. Markers of exasperation, sarcasm and implication blame on their own.
Patterns read folded text: "déçu" is written "decu", "n'êtes" is written "n'etes".
"""

from __future__ import annotations

from widgets.script.blame.fr_lexicon import (
    ABSOLUTE,
    ABSOLUTE_ADJECTIVE,
    COOPERATION,
    FAULT,
    FAULT_NOUN,
    FAULT_VERB,
    FIRST_PERSON,
    GAP,
    JUDGEMENT,
    LOADED,
    MILD_JUDGEMENT,
    NO_NEED,
    NOBODY_THERE,
    OWN_FAULT,
    PEOPLE,
    PERSON_FAULT_VERB,
    POSITIVE,
    THE_CLIENT,
    VOTRE,
    VOTRE_PHRASE,
    VOUS,
    W,
)
from widgets.script.blame.rules import BlameRule, Topic, one_of, word

# The client, or one of their people or things, as the subject of a clause.
CLIENT = one_of(VOUS, VOTRE_PHRASE, THE_CLIENT)
# The client's people as a subject: "votre service comptable", "le client".
CLIENT_PEOPLE = one_of(VOTRE + r"(?:\s+" + W + r"){0,2}?\s+" + PEOPLE, THE_CLIENT)
# The client's things or people, in the third person: "vos paiements", "le client".
CLIENT_THIRD = one_of(VOTRE_PHRASE, THE_CLIENT)
# Object pronouns and auxiliaries between the subject and its verb ("vous nous avez encore").
_CLITICS = r"(?:\s+(?:nous|me|m'|te|t'|les|l'|leur|lui|y|en|vous))*"
# A negation before the verb: "ne", "n'", with object pronouns ("ne nous", "n'y").
_NE = r"\s+(?:ne\s+|n')(?:(?:nous|me|m'|les|l'|leur|lui|y|en|vous)\s+)*"
# "ne" or "n'" with the auxiliary it is elided into, when the subject is "vous": "vous ne",
# "vous n'avez", never a future ("vous n'aurez jamais à...") nor a modal.
_VOUS_NE = r"(?:\s+ne|\s+n'(?!\w+(?:rez|ront|rait|raient)\b)\w+)?"
# We or I, before an absolute: "nous n'avons jamais mené de projet de cette taille".
_WE_ABSOLUTE = (
    FIRST_PERSON
    + r"(?:\s+(?:ne|n'\w+|avons|avions|ai|avais|sommes|etions|suis|etais|[\w']+ons))*\s+"
    + ABSOLUTE
)

RULES: tuple[BlameRule, ...] = (
    BlameRule(
        "fr-vos-incessants",
        "fr",
        "absolute",
        one_of(
            VOTRE + r"\s+" + ABSOLUTE_ADJECTIVE + r"(?:\s+" + W + r")?",
            VOTRE_PHRASE + r"\s+" + ABSOLUTE_ADJECTIVE,
        ),
        unless=POSITIVE,
    ),
    BlameRule(
        "fr-vos-fautes",
        "fr",
        "second_person",
        VOTRE + r"(?:\s+(?!" + FIRST_PERSON + r")" + W + r")?\s+" + FAULT_NOUN,
    ),
    BlameRule(
        "fr-vous-toujours-jamais",
        "fr",
        "second_person",
        VOUS
        + _VOUS_NE
        + _CLITICS
        + GAP % 2
        + r"\s+"
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
        unless=one_of(
            POSITIVE,
            NO_NEED,
            r"\btoujours\s+(?:la\s+possibilite|le\s+choix|le\s+droit|la\s+liberte)\b",
        ),
    ),
    BlameRule(
        "fr-vous-faites",
        "fr",
        "second_person",
        one_of(
            CLIENT + _CLITICS + GAP % 3 + r"\s+" + FAULT_VERB,
            one_of(VOUS, CLIENT_PEOPLE) + _CLITICS + GAP % 2 + r"\s+" + PERSON_FAULT_VERB,
        ),
    ),
    BlameRule(
        "fr-vous-ne-faites-pas",
        "fr",
        "second_person",
        VOUS
        + _NE
        + one_of(
            COOPERATION,
            W + r"\s+(?:meme\s+)?(?:jamais|pas|plus|guere)(?:\s+meme)?\s+"
            r"(?:une\s+seule\s+fois\s+)?(?:ete\s+)?(?:la\s+peine\s+de\s+)?" + COOPERATION,
            r"(?:avez|aviez|a|ont)\s+aucun\w*\s+(?:respect|egard|consideration|rigueur|idee|"
            r"notion|organisation|methode|parole|politesse)",
        ),
    ),
    BlameRule(
        "fr-votre-equipe-ne-fait-pas",
        "fr",
        "second_person",
        one_of(
            NOBODY_THERE + _NE + r"(?:\w+\s+)?(?:jamais|plus|" + COOPERATION + r")",
            r"\bpersonne" + _NE + COOPERATION,
            CLIENT_PEOPLE
            + _NE
            + r"(?!\w+(?:rez|ront|rait|raient)\b)"
            + W
            + r"\s+(?:plus\s+)?jamais",
            CLIENT_THIRD
            + _NE
            + one_of(
                COOPERATION,
                W + r"\s+(?:meme\s+)?(?:jamais|pas|plus|guere)(?:\s+meme)?\s+"
                r"(?:la\s+peine\s+de\s+)?" + COOPERATION,
                r"(?:a|ont)\s+aucun\w*\s+(?:respect|egard|consideration|rigueur|idee|notion|"
                r"organisation|methode|parole|politesse)",
            ),
        ),
        unless=NO_NEED,
    ),
    BlameRule(
        "fr-votre-conduite",
        "fr",
        "second_person",
        VOTRE_PHRASE
        + GAP % 3
        + r"\s+"
        + one_of(
            r"de\s+derniere\s+minute",
            r"en\s+retard",
            r"retard\w*",
            r"tard",
            r"exigeant\w*",
            r"flous?",
            r"impaye\w*",
            r"(?:une\s+)?eternite",
            r"excessi\w*",
            r"chang\w*\s+(?:(?:toutes|tous)\s+les\s+\w+|chaque\s+\w+|sans\s+(?:cesse|arret)|"
            r"constamment|encore|d'un\s+jour\s+a\s+l'autre)",
            r"nous\s+ont\s+use\w*",
            r"nous\s+a\s+coute\w*",
            r"(?:sont|est)\s+revenu\w*\s+impaye\w*",
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
        "fr-votre-juge",
        "fr",
        "insult",
        r"\b(?:votre|vos)\s+(?:[\w'-]+\s+){0,4}?" + JUDGEMENT + r"\b",
    ),
    BlameRule(
        "fr-vous-etes-juge",
        "fr",
        "insult",
        one_of(
            CLIENT + _CLITICS + GAP % 4 + r"\s+" + MILD_JUDGEMENT + r"\b",
            CLIENT + r"\s+(?:etes|etiez|avez\s+ete|es|etais)\s+(?:\w+\s+)?(?:le|la)\s+"
            r"(?:probleme|pire)\b",
            CLIENT + r"\s+n'(?:ont|a|avaient|avait)\s+jamais\s+ete\s+"
            r"(?:clair|stable|precis|coherent|fiable|ponctuel|serieu)\w*",
            CLIENT
            + r"\s+n'(?:etes|etiez|es|etais|est|etait|sont|etaient|avez|aviez|a|ont)\s+(?:\w+\s+)?"
            r"(?:pas|jamais)\s+(?:ete\s+)?"
            r"(?:\w+\s+)?(?:fiables?|capables?|serieu\w*|professionnel\w*|joignables?|clairs?|"
            r"a\s+la\s+hauteur|ponctuel\w*|polis?|respectueu\w*|organise\w*|corrects?)\b",
            r"(?:la\s+(?:facon|maniere)\s+dont\s+(?:vous|tu|vos|votre|ton|ta|tes)|"
            r"(?:votre|ta)\s+(?:facon|maniere)\s+de)"
            r"(?:\s+[\w'-]+){0,6}?\s+" + MILD_JUDGEMENT + r"\b",
        ),
    ),
    BlameRule(
        "fr-vous-chaque",
        "fr",
        "absolute",
        one_of(VOUS, VOTRE_PHRASE)
        + r"(?:\s+[\w'-]+){0,4}?\s+(?:chaque|(?:tous|toutes)\s+les)\s+[\w-]+",
        within=FAULT,
        unless=one_of(POSITIVE, OWN_FAULT),
    ),
    BlameRule(
        "fr-ironie",
        "fr",
        "sarcasm",
        word(
            r"merci\s+pour\s+rien",
            r"merci\s+(?:beaucoup\s+|bien\s+)?(?:de|d'|pour)\s+(?:nous\s+|m')?(?:avoir\s+)?"
            r"(?:fait\s+perdre|ignore|annule|oublie|gache|ruine|laisse\s+tomber|perdu)",
            r"merci\s+(?:beaucoup\s+|bien\s+)?pour\s+(?:les|vos|tes|ces)\s+(?:\w+\s+){1,3}?"
            r"(?:a|de)\s+(?:minuit|\d{1,2}\s*h)",
            r"quelle\s+(?:surprise|surprise\s+!)",
            r"comme\s+par\s+hasard",
            r"bon\s+courage\s+pour\s+(?:trouver|obtenir|recruter)",
            r"j'espere\s+que\s+(?:vous|tu)\s+trouver(?:ez|as)\s+(?:quelqu'un|un\s+autre|une\s+autre)",
            r"(?:visiblement|manifestement|apparemment|evidemment|de\s+toute\s+evidence)\s+"
            r"(?:[\w'-]+\s+){0,5}?(?:facultati\w*|optionnel\w*|en\s+option|une\s+simple\s+suggestion|"
            r"trop\s+demander)",
            r"(?:delais|factures|echeances|contrats|regles|paiements)\s+(?:sont|est)\s+"
            r"(?:donc\s+)?(?:facultati\w*|optionnel\w*|de\s+simples\s+suggestions)",
        ),
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
            r"si\s+(?:vous|tu)\s+(?:aviez|avais)\s+(?:seulement\s+|bien\s+voulu\s+|pris\s+la\s+peine\s+de\s+)?"
            r"(?:lu|ecoute|repondu|paye|respecte|envoye|suivi|\w+(?:e|i|u|is|it))",
            r"(?:vous|tu)\s+(?:auriez|aurais)\s+(?:pu|du)",
            r"au\s+lieu\s+de\s+nous\s+(?:faire|laisser)",
            r"ce\s+n'est\s+(?:pourtant\s+)?pas\s+(?:complique|sorcier|si\s+difficile|difficile)",
            r"pas\s+(?:de\s+)?notre\s+faute",
            r"(?:nous\s+avons|on\s+a|j'ai)\s+fait\s+(?:notre|ma)\s+part",
            r"(?:nous\s+avons|on\s+a|j'ai)\s+ete\s+(?:plus\s+que\s+|tres\s+|assez\s+|"
            r"suffisamment\s+|bien\s+)?patient\w*",
            r"(?:nous\s+ne\s+sommes|on\s+n'est|je\s+ne\s+suis)\s+pas\s+"
            r"(?:(?:vos|votre|ton|ta|tes)\s+[\w'-]+|des\s+(?:employes|domestiques|esclaves|larbins|"
            r"sous-traitants))",
            r"pour\s+la\s+(?:enieme|centieme|derniere|dixieme)\s+fois",
            r"sans\s+aucune\s+reconnaissance",
            r"rien\s+de\s+tout\s+cela\s+ne\s+serait",
            r"(?:nous\s+attendons|j'attends|on\s+attend)\s+toujours",
            r"(?:laisse|donne)\w*\s+toutes\s+(?:les|ses|vos)\s+chances",
            r"combat\s+permanent",
            r"(?:quelqu'un|un\s+client|des\s+clients|des\s+gens)\s+qui\s+(?:ne\s+|n')?"
            + one_of(FAULT_VERB, COOPERATION + r"\s+(?:pas|jamais|plus)"),
            r"certains\s+d'entre\s+nous",
            r"n'est\s+(?:visiblement\s+|clairement\s+|manifestement\s+)?pas\s+(?:votre|ta|une)\s+"
            r"priorite",
            r"pas\s+une\s+priorite\s+pour\s+(?:vous|toi)",
            r"(?:le\s+)?cadet\s+de\s+(?:vos|tes)\s+soucis",
            r"avec\s+tout\s+le\s+respect\s+que\s+je\s+(?:vous|te)\s+dois",
            r"sauf\s+(?:votre|ton)\s+respect",
            r"et\s+vous\s+le\s+savez",
            r"il\s+faut\s+(?:toujours\s+)?(?:tout\s+)?(?:vous|te)\s+(?:le\s+)?(?:repeter|redire|"
            r"rappeler|relancer|reclamer|courir\s+apres)",
            r"(?:la\s+)?meme\s+(?:chanson|rengaine|musique|refrain)",
            r"(?:se\s+faire|d'etre|etre)\s+(?:crier\s+dessus|hurler\s+dessus|insulter|humilier|"
            r"mener\s+en\s+bateau|balader|ignorer|mepriser|traiter\s+comme)",
            r"tout\s+est\s+(?:toujours\s+)?urgent",
            r"(?:et|puis)\s+(?:maintenant|soudain|tout\s+a\s+coup)\s+(?:vous|tu)\s+(?:[\w']+\s+){0,2}?"
            r"(?:voulez|veux|exigez|exiges|demandez|reclamez)",
            r"(?:facheuse|sale|mauvaise)\s+habitude",
            r"(?:on\s+nous\s+avait|vous\s+nous\s+aviez|vous\s+aviez)\s+promis",
            r"courir\s+apres\s+(?:vous|vos|votre|toi|tes|ton|ta)\b",
            r"(?:sera|serons|serai)\s+plus\s+(?:votre|vos|ton|ta|tes)\s+[\w'-]+",
            r"(?:n'est\s+plus|pas)\s+(?:mon|notre)\s+probleme",
            r"la\s+reputation\s+d",
            r"ne\s+devrai\w*\s+pas\s+etre\s+(?:si|aussi|tellement)\s+(?:complique|difficile|dur)",
            r"on\s+nous\s+(?:balade|mene\s+en\s+bateau|ment|ignore)",
            r"ne\s+(?:vous|t')\s*interess\w*\s+(?:pas|plus|guere)",
            r"(?:fallu|faut|faudra|fallait)\s+(?:\w+\s+)?relances",
            r"(?:deux|trois|quatre|cinq|six|plusieurs|multiples|innombrables|\d+)\s+relances\s+"
            r"(?:pour|avant)",
            r"plus\s+de\s+temps\s+(?:[\w'-]+\s+){0,4}?(?:vos|votre|vous)\b(?:\s+[\w'-]+){0,4}?\s+"
            r"qu(?:e|')",
            r"(?:nous|m')\s*(?:a|ont)\s+coute\w*\s+(?:une\s+fortune|cher|des\s+\w+|\w+\s+(?:semaines|mois|"
            r"jours))",
            r"(?:pas|jamais)\s+une\s+seule\s+(?:facture|fois)\s+(?:[\w'-]+\s+){0,3}?"
            r"(?:payee|reglee|a\s+temps|a\s+l'heure)",
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
            r"plein\s+le\s+dos",
            r"n'en\s+(?:peux|pouvons|peut|pouvais)\s+plus",
            r"(?:j'|je\s+)?en\s+peux\s+plus",
            r"(?:ne\s+|n')(?:support\w*|toler\w*)\s+plus",
            r"(?:n'accept\w*|ne\s+accept\w*)\s+plus\s+(?:vos|votre|ce|ces|tes|ton|d'etre|qu'on)",
            r"epuisant\w*",
            r"epuise\w*\s+(?:par|de)\b",
            r"(?:a|ont|avez)\s+epuise\w*",
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
            r"ca\s+commence\s+a\s+(?:bien\s+)?faire",
            r"trop,?\s+c'est\s+trop",
            r"goutte\s+d'eau",
            r"combien\s+de\s+fois",
            r"perdu\s+le\s+compte",
            r"(?:je\s+ne|nous\s+ne|on\s+ne)\s+compt\w*\s+plus",
            r"en\s+(?:ai|avons|a)\s+fini\s+(?:de|avec)",
            r"(?<!votre\s)(?<!vos\s)frustr\w*",
            r"(?<!votre\s)(?<!vos\s)agac\w*",
            r"penibles?",
            r"(?:notre|ma)\s+patience",
            r"perd\w*\s+patience",
            r"sur\s+les\s+nerfs",
            r"par-dessus\s+la\s+tete",
            r"(?:sidere|choque|scandalise|outre|indigne|consterne|atterre)\w*\s+(?:par|de|que|qu')",
            r"parler\s+a\s+un\s+mur",
            r"pisser\s+dans\s+un\s+violon",
            r"(?:s'|m')arracher\s+les\s+cheveux",
            r"(?:redout|detest|apprehend)\w*\s+(?:vos|votre|vous|tes|ton|ta)\b",
            r"(?:quelqu'un|personne)\s+(?:d'autre\s+)?qui\s+(?:supporte|tolere|accepte)",
        ),
    ),
    BlameRule(
        "fr-jugement",
        "fr",
        "insult",
        word(
            JUDGEMENT,
            r"(?:le|la)\s+pire\s+client\w*",
            r"client\w*\s+(?:aussi\s+|si\s+|tres\s+|trop\s+)?(?:difficile|exigeant|impossible|"
            r"penible|ingerable)\w*",
            r"impossible\s+(?:de\s+|d')(?:travailler|obtenir|joindre|discuter|raisonner|"
            r"satisfaire|vous|planifier)",
            r"manque\s+(?:d'organisation|de\s+(?:respect|rigueur|serieux|professionnalisme|"
            r"consideration|organisation))",
            r"aucun\s+respect",
        ),
    ),
    BlameRule(
        "fr-mot-charge",
        "fr",
        "loaded",
        LOADED,
    ),
    BlameRule(
        "fr-absolu",
        "fr",
        "absolute",
        one_of(
            r"\b" + ABSOLUTE + r"\b",
            r"\bencore\s+(?:un|une)\s+(?:[\w'-]+\s+){0,1}?" + FAULT,
        ),
        within=FAULT,
        unless=one_of(POSITIVE, OWN_FAULT, _WE_ABSOLUTE),
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
