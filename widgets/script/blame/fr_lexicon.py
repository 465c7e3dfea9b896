"""French word classes the blame rules are built from, over folded text (see ``text.fold``).

Folded text has no accents: "déçu" is read "decu", "n'êtes" is read "n'etes", "à" is read
"a". Blame is a fault or a judgement aimed at the client: who is spoken of (the client, their
people, their things) and what is said of them (a fault, a judgement, an absolute) in the
same clause. Each class below is one of those two halves, or an exception for our own
conduct, or a marker that blames on its own (exasperation, sarcasm, implication).
"""

from __future__ import annotations

from widgets.script.blame.rules import one_of, word

# A word as the rules read it; elided articles and pronouns stay attached ("n'avez").
W = r"[\w'-]+"

# Ourselves as the subject: a clause about "nous" or "notre équipe" speaks of our conduct.
FIRST_PERSON = word(r"nous", r"je", r"j'", r"on", r"notre", r"nos", r"mon", r"ma", r"mes")
# Words after which "vous" is an object or follows a preposition ("nous vous remettrons",
# "grâce à vous"), or opens a condition ("si vous avez des questions"): not the actor.
_OBJECT_BEFORE = (
    "nous",
    "je",
    "j'",
    "on",
    "il",
    "elle",
    "ils",
    "elles",
    "ne",
    "n'",
    "pour",
    "avec",
    "a",
    "de",
    "chez",
    "par",
    "sans",
    "envers",
    "qui",
    "si",
    "s'",
    "aupres de",
    "entre",
    "vers",
    "contre",
    "pres de",
)
# "vous" or "tu" as the one who acts.
VOUS = (
    r"\b(?=(?:vous|tu)\b)"
    + "".join(
        f"(?<!{before})" if before.endswith("'") else f"(?<!\\b{before} )"
        for before in _OBJECT_BEFORE
    )
    + r"(?:vous|tu)\b"
)
# "votre", "vos", "ton", "ta", "tes": what makes a person or a thing the client's. "ton" is
# also the noun "tone" ("sur ce ton"), which a determiner before it gives away.
VOTRE = r"\b(?:votre|vos|ta|tes|(?<!\bce )(?<!\ble )(?<!\bun )(?<!\bvotre )(?<!\bdu )ton)\b"
# The client's feelings, spoken of with sympathy ("votre agacement face à nos retards"): they
# never head a phrase about the client's faults.
EMPATHY = word(
    r"agacement",
    r"frustration",
    r"patience",
    r"comprehension",
    r"deception",
    r"confiance",
    r"fidelite",
    r"soutien",
    r"aide",
    r"inquietudes?",
    r"mecontentement",
    r"colere",
    r"mots",
    r"gentillesse",
)
# Words a phrase about the client does not reach across: prepositions that attach another
# party, conjunctions that open another clause, ourselves as the subject, negations, and the
# future and modals of announcements ("vous recevrez", "vous pourrez").
_STOP = one_of(
    word(r"je", r"j'", r"on", r"notre", r"nos", r"mon", r"ma", r"mes"),
    word(
        r"avec",
        r"pour",
        r"envers",
        r"face",
        r"aupres",
        r"vers",
        r"contre",
        r"mais",
        r"car",
        r"donc",
        r"qui",
        r"que",
        r"qu'\w*",
        r"si",
        r"ne",
        r"n'\w*",
        r"pas",
        r"aucun\w*",
        r"rien",
        r"\w+(?:rez|riez|ront|rait|raient)",
        r"sera",
        r"aura",
        r"pourra",
        r"devra",
        r"fera",
        r"ira",
        r"va",
        r"vont",
        r"allez",
        r"pouvez",
        r"pourrez",
        r"pourriez",
        r"peut",
        r"peuvent",
        r"devez",
        r"devriez",
    ),
    EMPATHY,
)
# The client's thing or person: "votre équipe", "votre service juridique", "ton PDG".
VOTRE_PHRASE = VOTRE + r"(?:\s+(?!" + _STOP + r")" + W + r"){1,3}?"
# Up to ``n`` words that keep the clause going: object pronouns, auxiliaries, adverbs.
GAP = r"(?:\s+(?!" + _STOP + r")" + W + r"){0,%d}?"

# The client's people and organisation, the subject of what they do.
PEOPLE = word(
    r"equipes?",
    r"services?",
    r"personnel",
    r"gens",
    r"directeurs?",
    r"directrices?",
    r"direction",
    r"responsables?",
    r"chefs?",
    r"cheffes?",
    r"daf",
    r"dg",
    r"pdg",
    r"patrons?",
    r"patronne",
    r"comptab\w*",
    r"acheteu\w*",
    r"juristes?",
    r"societe",
    r"entreprise",
    r"boite",
    r"structure",
    r"organisation",
    r"collaborat\w*",
    r"assistant\w*",
    r"stagiaires?",
    r"developpeu\w*",
    r"marketing",
    r"informatique",
    r"collegues?",
    r"associe\w*",
    r"conseil",
    r"dirigeant\w*",
    r"interlocut\w*",
    r"charge\w*",
    r"cote",
)
# "le client" in a reason typed about them.
THE_CLIENT = r"\b(?:le|ce|la|cette)\s+client(?:e)?\b"
# Nobody on the client's side: "personne chez vous ne répond".
NOBODY_THERE = (
    r"\bpersonne\s+(?:chez\s+(?:vous|toi)|de\s+(?:votre|ton)\s+cote|dans\s+(?:votre|ton|ta)\s+"
    + W
    + r")"
)

# What the client is reproached for doing: their acts as a fault.
FAULT_VERB = word(
    r"ignor\w*",
    r"neglig\w*",
    r"oubli\w*",
    r"ment(?:ez|ent|i|is|it)",
    r"hurl\w*",
    r"cri(?:e|ez|ent|ait|aient|er|es)\s+(?:sur|apres|dessus)",
    r"insult\w*",
    r"humili\w*",
    r"rabaiss\w*",
    r"mepris\w*",
    r"moqu\w*",
    r"denigr\w*",
    r"coup\w*\s+(?:sans\s+cesse\s+|constamment\s+|toujours\s+|tout\s+le\s+temps\s+)?la\s+parole",
    r"interromp\w*",
    r"contourn\w*",
    r"court-?circuit\w*",
    r"contest\w*",
    r"contredi\w*",
    r"sabot\w*",
    r"ruin\w*",
    r"gach\w*",
    r"epuis(?:e|ez|ent|ait|aient|er)",
    r"annul\w*",
    r"perd(?:s|ez|ent|u|us|ue|ues)?\b",
    r"montr\w*\s+du\s+doigt",
    r"egar\w*",
    r"refus\w*",
    r"reproch\w*",
    r"accus\w*",
    r"plaign\w*",
    r"ral(?:ez|e|ent)",
    r"harcel\w*",
    r"menac\w*",
    r"manipul\w*",
    r"trah\w*",
    r"dispar\w*",
    r"men\w*\s+en\s+bateau",
    r"fai\w*\s+(?:tout\s+)?(?:perdre|attendre|courir|refaire|trainer)",
    r"fait\s+(?:tout\s+)?(?:perdre|attendre|courir|refaire|trainer)",
    r"nous\s+dev(?:ez|iez)",
    r"chang\w*\s+(?:encore\s+|sans\s+cesse\s+|constamment\s+)?(?:d'avis|d'idee|de\s+cap|tout|"
    r"(?:le|les|la)\s+(?:cahier|brief|perimetre|planning|cap|regles?|priorites|objectifs))",
    r"deplac\w*\s+(?:sans\s+cesse\s+|encore\s+)?les\s+objectifs",
    r"pass\w*\s+par-dessus",
    r"pass\w*\s+(?:\w+\s+)?dans\s+(?:notre|mon)\s+dos",
    r"laiss\w*\s+tomber",
    r"abus\w*",
    r"profit\w*\s+de\s+nous",
    r"bacl\w*",
    r"train\w*\s+(?:les|des)\s+pieds",
    r"trait\w*\s+(?:[\w']+\s+){0,3}?comme",
    r"tard(?:ez|ent)\b",
    r"rat(?:ez|e|es|ent)\b",
    r"manqu(?:ez|e|es|ent|ee|ees)\b",
    r"(?:n')?en\s+fai\w*\s+qu'a\s+(?:votre|ta|sa|leur)\s+tete",
    r"croy\w*\s+tout\s+permis",
    r"croy(?:ez|iez)\s+que",
    r"sembl(?:ez|iez)\s+croire",
    r"pens(?:ez|iez)\s+que\s+nous",
    r"attend(?:ez|iez)\s+de\s+nous",
    r"bloqu\w*",
    r"vid(?:e|ez)\s+(?:mon|notre|nos|mes)\b",
    r"rend\w*\s+(?:[\w'-]+\s+){0,3}?(?:intenable|impossible|penible|infernal|invivable)\w*",
    r"(?:demand|exig|attend|voul)\w*\s+(?:des\s+)?miracles",
    r"(?:voul|exig|attend|demand)\w*\s+(?:[\w'-]+\s+){0,5}?au\s+prix\s+d(?:'un|'une|u)\b",
    r"pa[yi]\w*\s+(?:des\s+)?(?:miettes|clopinettes|cacahuetes)",
)
# Acts that blame only when the client's person does them: "vous exigez", "tu réclames".
# Said of the client's project ("votre projet exige"), they are only its needs.
PERSON_FAULT_VERB = word(
    r"exig(?:ez|e|es|ent|eait|iez)",
    r"reclam(?:ez|e|es|ent|iez)",
    r"demand(?:ez|e|es|ent)\s+(?:sans\s+cesse|sans\s+arret|toujours|constamment|encore)",
    r"promett\w*\s+(?:[\w'-]+\s+){0,3}?depuis",
)
# What the client is reproached for not doing, after "ne ... pas", "ne ... jamais".
COOPERATION = word(
    r"respect\w*",
    r"pa[yi]\w*",
    r"regl\w*",
    r"repond\w*",
    r"lu",
    r"lis\w*",
    r"lit",
    r"lire",
    r"ecout\w*",
    r"t(?:en|ien)(?:ez|u|nent|t|s)",
    r"fourni\w*",
    r"envo[yi]\w*",
    r"valid\w*",
    r"prev[ei]n\w*",
    r"pren\w*\s+(?:jamais\s+|pas\s+|meme\s+pas\s+)?la\s+peine",
    r"pris\s+la\s+peine",
    r"laiss\w*",
    r"content\w*",
    r"satisf\w*",
    r"honor\w*",
    r"sign\w*",
    r"rappel\w*",
    r"remerci\w*",
    r"sai[st]",
    r"savez",
    r"savent",
    r"test\w*",
    r"planifi\w*",
    r"decid\w*",
    r"confirm\w*",
    r"daign\w*",
    r"excus\w*",
    r"tenu\w*\s+compte",
)

# Judgements that blame wherever they stand, in every gender and number.
JUDGEMENT = one_of(
    r"deraisonnables?",
    r"grossi(?:er|ere|ers|eres|erete)",
    r"desorganis\w*",
    r"incompeten(?:t|te|ts|tes|ce)",
    r"malhonnete\w*",
    r"impoli\w*",
    r"irrespectueu\w*",
    r"mepris(?:ant|ante|ants|antes)",
    r"arrogan\w*",
    r"condescendan\w*",
    r"agressi(?:f|fs|ve|ves|vite)",
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
    r"injoignables?",
    r"intenables?",
    r"infernal\w*",
    r"invivables?",
    r"imbuvables?",
    r"minables?",
    r"amateuris\w*",
    r"desinvolt\w*",
    r"irresponsables?",
    r"mal\s+eleve\w*",
    r"hypocrites?",
    r"mesquin\w*",
    r"radin\w*",
    r"de\s+mauvaise\s+foi",
    r"(?:un|une)\s+cauchemar",
    r"tyranni\w*",
    r"retard\s+chronique",
    r"(?:un|le)\s+fouillis",
    r"(?:un|le)\s+(?:vrai\s+|beau\s+)?desordre",
    r"(?:un|le)\s+(?:vrai\s+|beau\s+)?(?:chaos|bazar|foutoir|bordel|cirque)",
    r"(?:une|la)\s+(?:vraie\s+|belle\s+)?(?:pagaille|plaisanterie|blague|farce|mascarade)",
    r"laiss\w*\s+(?:beaucoup\s+|fortement\s+|serieusement\s+)?a\s+desirer",
    r"depass\w*\s+les\s+bornes",
    r"franchi\s+la\s+ligne",
    r"a\s+cote\s+de\s+la\s+plaque",
)
# Words that judge only when said of the client: "votre brief était flou", "vous êtes lents".
MILD_JUDGEMENT = one_of(
    JUDGEMENT,
    r"difficiles?",
    r"exigeant\w*",
    r"impossibles?",
    r"penibles?",
    r"lent(?:s|e|es)?",
    r"lenteur",
    r"en\s+retard",
    r"flou\w*",
    r"confus\w*",
    r"brouillon(?:s|ne|nes)?",
    r"depasse(?:s|e|es)?",
    r"absent\w*",
    r"incapables?",
    r"epuisant\w*",
    r"usant\w*",
    r"excessi\w*",
    r"nul(?:le|s|les)?",
    r"catastrophiques?",
    r"deplace(?:s|e|es)?",
    r"une\s+(?:catastrophe|galere|corvee|bataille|lutte|epreuve)",
    r"un\s+(?:calvaire|enfer|casse-tete|probleme|desastre)",
    r"(?:le|la)\s+pire",
    r"(?:le|la)\s+(?:\w+\s+)?(?:plus|moins)\s+(?:difficile|exigeant\w*|penible|desorganise\w*|"
    r"serieu\w*|fiable)",
)
# Words that pass judgement on a situation, with no person named.
LOADED = word(
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
    r"sans\s+(?:aucune\s+|la\s+moindre\s+)?raison",
)

# Generalisations: how often, said of a fault.
ABSOLUTE = one_of(
    r"toujours",
    r"jamais",
    r"sans\s+cesse",
    r"sans\s+arret",
    r"sans\s+fin",
    r"constamment",
    r"continuel\w*",
    r"systematiquement",
    r"en\s+permanence",
    r"en\s+boucle",
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
    r"jour\s+apres\s+jour",
    r"(?:semaine|mois)\s+apres\s+(?:semaine|mois)",
    r"une?\s+\w+\s+apres\s+l'autre",
    r"a\s+longueur\s+de\s+(?:temps|journee|semaine|annee)",
    r"perpetuel\w*",
    r"permanent\w*",
    r"incessant\w*",
    r"eternel\w*",
    r"une\s+eternite",
    r"(?:deux|trois|quatre|cinq|six|dix|\d+)\s+fois\s+(?:ce|cette|par|en\s+un|dans\s+l[ea])\s+"
    r"[\w-]+",
)
# What the client's things are said to be always or never: "vos plaintes continuelles".
ABSOLUTE_ADJECTIVE = word(
    r"constant\w*",
    r"continuel\w*",
    r"incessant\w*",
    r"perpetuel\w*",
    r"eternel\w*",
    r"interminables?",
    r"sempiternel\w*",
    r"habituel\w*",
    r"permanent\w*",
    r"innombrables?",
    r"sans\s+fin",
    r"a\s+repetition",
)
# Faults an absolute must come with to blame the client.
FAULT = word(
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
    r"meme\s+(?:histoire|chose|probleme|chanson|rengaine|musique|refrain)",
    r"excuses?",
    r"redire",
    r"repet\w*",
    r"derniere\s+minute",
    r"dernier\s+moment",
    r"raison\s+de\s+ne\s+pas",
    r"rien",
    r"crises?",
    r"chaos",
    r"bazar",
    r"urgences?",
    r"batailles?",
    r"combats?",
    r"galeres?",
    r"contredi\w*",
    r"minuit",
    r"sans\s+nouvelles?",
    r"n'arriv\w*\s+jamais",
)
# Our own faults, owned and apologised for: an absolute beside them speaks of us.
OWN_FAULT = one_of(
    r"\b(?:notre|nos|mon|ma|mes)\s+(?:propres?\s+)?(?:\w+\s+)?(?:retards?|erreurs?|faute)\b",
    r"\bde\s+notre\s+(?:cote|part|fait)\b",
    r"\bexcus\w*",
    r"\bdesole\w*",
    r"\bregrett\w*",
    r"\bpardon\b",
    r"\b(?:nous|je|j'|on)\s*(?:avons\s+|ai\s+|a\s+|etions\s+|etais\s+)?(?:ete\s+)?" + FAULT,
)
# Thanks and praise: "vous avez toujours payé à temps, et nous vous en remercions".
POSITIVE = word(
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
# "Vous n'aurez jamais à vous soucier...": never having to is no reproach.
NO_NEED = r"\bn'(?:aurez|avez|aurons|aviez)\s+jamais\s+(?:a|besoin)\b"
