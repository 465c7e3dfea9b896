"""English blame rules and topics, tried in order: the first rule to claim words keeps them.

The rules pair who is spoken of with what is said of them (see ``en_lexicon``): the client as
the one who acts, or the client's people and things, with a fault, a judgement or an absolute
in the same clause. Markers of exasperation, sarcasm and implication blame on their own.
"""

from __future__ import annotations

from widgets.script.blame.en_lexicon import (
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
    NEGATION,
    NOBODY_THERE,
    OWN_FAULT,
    PEOPLE,
    POSITIVE,
    THE_CLIENT,
    VIRTUE,
    YOU,
    YOUR,
    YOUR_PHRASE,
    W,
)
from widgets.script.blame.rules import BlameRule, Topic, one_of, word

# The client, or one of their people or things, as the subject of a clause.
CLIENT = one_of(YOU, YOUR_PHRASE, THE_CLIENT)
# The client's people as a subject: "your accounts team", "everyone on your side".
CLIENT_PEOPLE = one_of(
    YOU,
    YOUR + r"(?:\s+" + W + r"){0,2}?\s+" + PEOPLE,
    THE_CLIENT,
    r"\b(?:everyone|everybody|anyone|anybody|someone|somebody|people)\s+(?:on|at|in|from)\s+"
    r"(?:your|ur)\s+" + W,
)
# We or I, before an absolute: "we have never worked on a project this size" is about us.
_WE_ABSOLUTE = (
    FIRST_PERSON
    + r"(?:\s+(?:have|had|has|are|were|am|was|do|did|will|would|just|also|really|truly))*\s+"
    + ABSOLUTE
)
# Feelings the client may have, spoken of with sympathy: "this was frustrating for you".
_FOR_THE_CLIENT = r"(?!\s+(?:for|to)\s+(?:you|your)\b)"

RULES: tuple[BlameRule, ...] = (
    BlameRule(
        "en-your-constant",
        "en",
        "absolute",
        YOUR + r"\s+(?:\w+\s+)?" + ABSOLUTE_ADJECTIVE + r"(?:\s+" + W + r")?",
        unless=POSITIVE,
    ),
    BlameRule(
        "en-your-faults",
        "en",
        "second_person",
        YOUR + r"(?:\s+(?!" + FIRST_PERSON + r")" + W + r")?\s+" + FAULT_NOUN,
    ),
    BlameRule(
        "en-you-always-never",
        "en",
        "second_person",
        YOU
        + GAP % 2
        + r"\s+"
        + one_of(
            r"never\b(?!\s+(?:have|has|need|needs|had)\s+to\b)",
            r"always\b",
            r"constantly\b",
            r"continually\b",
            r"repeatedly\b",
            r"(?:keeps?|kept)\s+\w+ing\b",
        ),
        unless=one_of(
            POSITIVE,
            r"\balways\s+(?:have|had)\s+the\s+(?:option|choice|right|possibility|freedom)\b",
            r"\bnever\s+(?:been\s+)?anything\s+but\b",
        ),
    ),
    BlameRule(
        "en-your-people-never",
        "en",
        "second_person",
        one_of(
            one_of(CLIENT_PEOPLE, NOBODY_THERE)
            + GAP % 2
            + r"\s+"
            + one_of(
                r"never\b(?!\s+(?:have|has|need|needs|had)\s+to\b)",
                r"constantly\b",
                r"continually\b",
                r"repeatedly\b",
                r"(?:keeps?|kept)\s+\w+ing\b",
            ),
            YOUR_PHRASE
            + GAP % 1
            + r"\s+(?:constantly|continually|repeatedly|(?:keeps?|kept)\s+\w+ing)\b",
            NOBODY_THERE + r"\s+(?:ever|even|bothers?|cares?)\b",
            r"\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+|even\s+|actually\s+|really\s+)?"
            + COOPERATION,
        ),
        unless=one_of(POSITIVE, r"\bnever\s+(?:been\s+)?anything\s+but\b"),
    ),
    BlameRule(
        "en-you-did",
        "en",
        "second_person",
        CLIENT + GAP % 4 + r"\s+" + FAULT_VERB,
    ),
    BlameRule(
        "en-you-did-not",
        "en",
        "second_person",
        one_of(CLIENT + r"(?:\s+\w+ly)?", NOBODY_THERE)
        + r"\s+"
        + NEGATION
        + r"(?:\s+(?:even|ever|bother\w*\s+to|seem\s+to|care\s+to|once|actually|really|always))*\s+"
        + COOPERATION,
    ),
    BlameRule(
        "en-your-conduct",
        "en",
        "second_person",
        YOUR_PHRASE
        + GAP % 3
        + r"\s+"
        + word(
            r"late",
            r"overdue",
            r"unpaid",
            r"last[\s-]minute",
            r"takes?\s+forever",
            r"took\s+forever",
            r"cost\s+us",
            r"costs\s+us",
            r"never\s+(?:stops?|ends?|arrives?|comes?)",
        ),
    ),
    BlameRule(
        "en-because-of-you",
        "en",
        "second_person",
        word(
            r"because\s+of\s+you",
            r"your\s+(?:own\s+)?fault",
            r"you(?:'re|\s+are)\s+to\s+blame",
            r"you(?:'re|\s+are|\s+were)\s+the\s+reason",
            r"behind\s+(?:our|my)\s+backs?",
        ),
    ),
    BlameRule(
        "en-you-are-judged",
        "en",
        "insult",
        CLIENT
        + GAP % 4
        + r"\s+"
        + one_of(
            MILD_JUDGEMENT,
            r"(?:is|are|was|were|'re|'s|been)\s+the\s+(?:problem|worst)",
            r"(?:(?:is|are|was|were|been)(?:n't|\s+not|\s+never)|never\s+been)\s+(?:\w+\s+)?"
            r"(?:reliable|capable|serious|professional|reachable|organi[sz]ed|clear|punctual|polite|"
            r"respectful|fair|up\s+to\s+\w+)",
            r"(?:have|has|had|show\w*)\s+(?:no|zero|little|not\s+the\s+slightest)\s+" + VIRTUE,
        )
        + r"\b"
        + _FOR_THE_CLIENT,
    ),
    BlameRule(
        "en-you-every",
        "en",
        "absolute",
        one_of(YOU, YOUR) + r"(?:\s+[\w'-]+){0,4}?\s+(?:every|each)\s+(?:single\s+)?[\w-]+",
        within=FAULT,
        unless=one_of(POSITIVE, OWN_FAULT),
    ),
    BlameRule(
        "en-sarcasm",
        "en",
        "sarcasm",
        word(
            r"thanks?(?:\s+you)?(?:\s+(?:so|very))?(?:\s+much|\s+a\s+lot|\s+again)?\s+for\s+"
            + one_of(
                r"nothing",
                r"(?:wasting|ignoring|cancell?ing|ghosting|losing|delaying|missing|forgetting|"
                r"ruining|yelling|shouting)",
                r"(?:making|keeping)\s+(?:us|me)\s+wait\w*",
                r"(?:all\s+)?(?:the|your|those|these)\s+(?:\w+\s+){0,2}?"
                r"(?:midnight|\d{1,2}\s*a\.?\s?m|late-night|last-minute|weekend)",
            ),
            r"what\s+a\s+(?:surprise|shock)",
            r"surprise,?\s+surprise",
            r"who\s+(?:would|could)(?:'ve|\s+have)\s+(?:thought|guessed)",
            r"who\s+knew",
            r"how\s+convenient",
            r"conveniently",
            r"go\s+figure",
            r"good\s+luck\s+(?:finding|getting|with\s+that)",
            r"hope\s+you\s+find\s+(?:someone|somebody|anyone|another\s+\w+)\s+(?:else\s+)?(?:who|that)",
            r"(?:apparently|evidently|obviously|clearly|seemingly)\s+(?:[\w'-]+\s+){0,4}?"
            r"(?:optional|(?:just\s+)?a\s+suggestion|too\s+much\s+to\s+ask)",
            r"(?:deadlines?|invoices?|payments?|contracts?|rules|agreements?)\s+(?:are|is)\s+"
            r"(?:just\s+|merely\s+|only\s+)?(?:optional|suggestions?|a\s+suggestion)",
        ),
    ),
    BlameRule(
        "en-implication",
        "en",
        "implication",
        word(
            r"nothing\s+(?:we|i)\s+(?:[\w']+\s+){0,2}?(?:is\s+)?(?:ever\s+)?"
            r"(?:good\s+enough|enough|right|satisf\w*|pleases?)",
            r"no\s+matter\s+(?:what|how\s+\w+)\s+(?:we|i)",
            r"whatever\s+(?:we|i)\s+(?:do|did|deliver|send|propose)",
            r"(?:bend|bent|bending)\s+over\s+backwards",
            r"(?:we|i)(?:'ve|\s+have)?\s+(?:done|tried)\s+everything",
            r"despite\s+(?:all\s+)?(?:our|my)\s+(?:best\s+)?efforts",
            r"after\s+(?:all|everything)\s+(?:that\s+)?(?:we|i)(?:'ve|\s+have)?\s+done",
            r"other\s+clients\s+(?:manage|are\s+able|pay|have\s+no|don't|do\s+not|never|"
            r"always|respect|understand)",
            r"unlike\s+(?:our\s+)?other\s+clients",
            r"as\s+(?:we|i)(?:\s+have|'ve)?\s+(?:already\s+(?:told|said|explained)|repeated)",
            r"(?:told|said|explained|asked|reminded)\s+(?:you\s+)?(?:this\s+)?"
            r"(?:many|several|countless|multiple|so\s+many|a\s+hundred)\s+times",
            r"if\s+(?:only\s+)?you(?:'d|\s+had)\s+(?:only\s+|just\s+|actually\s+|bothered\s+to\s+)?"
            r"(?:read|listened|answered|replied|paid|respected|sent|followed|told|checked|asked|"
            r"called|warned|signed|approved|planned)",
            r"if\s+(?:only\s+)?you\s+had\s+(?:only\s+|just\s+|actually\s+)?\w+ed",
            r"had\s+you\s+(?:read|listened|answered|replied|paid|respected|sent|followed)",
            r"you\s+could(?:'ve|\s+have)",
            r"you\s+(?:should|might)(?:'ve|\s+have)\s+(?:told|warned|said|asked|read|checked|"
            r"paid|answered|informed|called|replied|listened|let\s+us\s+know)",
            r"(?:it|this)(?:'s|\s+is|\s+was)(?:n't|\s+not)\s+(?:rocket\s+science|that\s+hard|"
            r"complicated)",
            r"shouldn't\s+be\s+(?:that\s+|so\s+|this\s+)?(?:hard|difficult)",
            r"(?:we|i)\s+(?:were|was)\s+promised",
            r"(?:won't|will\s+not|refuse\s+to|no\s+longer)\s+be\s+your\s+\w+",
            r"not\s+(?:my|our)\s+problem",
            r"a\s+reputation\s+for",
            r"chas\w*\s+(?:after\s+)?(?:you|your|ur)\b",
            r"clean\w*\s+up\s+(?:your|the\s+client's)\s+mess",
            r"(?:took|takes|needed|it\s+takes)\s+(?:\w+\s+)?(?:reminders|chasers|follow-ups|emails|calls)"
            r"\s+to\s+get\s+(?:paid|an\s+answer|a\s+reply)",
            r"(?:two|three|four|five|six|several|multiple|countless|\d+)\s+(?:reminders|chasers)\s+"
            r"(?:to|before|for)",
            r"more\s+time\s+(?:[\w'-]+\s+){0,4}?(?:your|you)\b(?:\s+[\w'-]+){0,4}?\s+than",
            r"cost\s+us\s+(?:a\s+fortune|dearly|weeks|months|(?:\w+\s+)?(?:weeks|months|days))",
            r"the\s+way\s+(?:you|your\s+[\w'-]+)\s+(?:[\w'-]+\s+){0,6}?(?:is|was|has\s+been)\s+"
            r"(?:\w+\s+)?(?:unacceptable|degrading|demeaning|humiliating|rude|insulting|appalling|"
            r"out\s+of\s+line|disrespectful)",
            r"(?:never|not\s+once|not\s+a\s+single\s+\w+)\s+(?:[\w'-]+\s+){0,8}?"
            r"(?:paid|answered|approved|signed|delivered|sent)\s+on\s+time",
            r"not\s+our\s+fault",
            r"we(?:'re|\s+are)\s+not\s+to\s+blame",
            r"(?:we|i)\s+(?:did|have\s+done|'ve\s+done)\s+(?:our|my)\s+part",
            r"(?:we|i)(?:'ve|\s+have)\s+been\s+(?:more\s+than\s+|very\s+|extremely\s+)?patient",
            r"(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:your\s+\w+|a\s+charity|"
            r"(?:your\s+)?(?:employees|servants|slaves))",
            r"(?:got|get|received)\s+nothing\s+(?:in\s+return|back)",
            r"for\s+the\s+(?:hundredth|umpteenth|last|tenth)\s+time",
            r"none\s+of\s+this\s+would\s+have\s+happened",
            r"(?:we|i)(?:'re|'m|\s+are|\s+am)\s+still\s+waiting",
            r"(?:given|gave|give)\s+you\s+every\s+chance",
            r"constant\s+(?:battle|fight|struggle)",
            r"wast\w*\s+(?:[\w'-]+\s+){0,4}?(?:our|my)\s+(?:time|weekends?|evenings?)",
            r"(?:someone|somebody|anyone|people|a\s+client|clients)\s+(?:who|that)(?:'s|\s+is)?\s+"
            + one_of(FAULT_VERB, NEGATION + r"\s+" + COOPERATION),
            r"some\s+of\s+us\s+(?:actually|still|do|have\s+to|need\s+to|have\s+other)",
            r"(?:is|are)(?:n't|\s+not)\s+(?:exactly\s+)?(?:a|your|their)\s+(?:top\s+|high\s+)?priority",
            r"last\s+thing\s+on\s+(?:your|their)\s+mind",
            r"with\s+(?:all\s+)?due\s+respect",
            r"and\s+you\s+know\s+it",
            r"(?:being|been|be|get|gets|got|getting)\s+(?:yelled|shouted|screamed|sworn|snapped|"
            r"lied|talked\s+down|spoken\s+down|insulted|humiliated|belittled|messed\s+around|"
            r"jerked\s+around|strung\s+along|taken\s+for\s+granted|kept\s+waiting|"
            r"left\s+hanging|left\s+in\s+the\s+dark|blamed|ghosted|treated\s+(?:like|as))",
            r"(?:always|everything(?:'s|\s+is)(?:\s+always)?|it'?s\s+all)\s+(?:so\s+)?urgent",
            r"and\s+(?:now|then\s+suddenly|suddenly)\s+(?:you\s+)?(?:\w+\s+)?(?:want|wants|expect|expects|"
            r"demand|demands|need)\s+(?:it|everything|them)\b",
        ),
    ),
    BlameRule(
        "en-exasperation",
        "en",
        "exasperation",
        word(
            r"fed\s+up",
            r"tired\s+of",
            r"sick\s+(?:and\s+tired\s+|to\s+death\s+)?of",
            r"had\s+enough",
            r"enough\s+is\s+enough",
            r"had\s+it\s+(?:with|up\s+to)",
            r"exhausting",
            r"exhausted\s+(?:by|with|from|of)",
            r"draining",
            r"drained",
            r"(?<!\byour )(?<!\btheir )frustrat\w+" + _FOR_THE_CLIENT,
            r"exasperat\w+",
            r"wits'?\s+end",
            r"end\s+of\s+(?:my|our)\s+(?:rope|tether)",
            r"(?:can't|cannot|can\s+not)\s+(?:take\s+(?:it|this|that|any\s*more|much\s+more)|"
            r"(?:stand|bear)(?!\s+by))",
            r"(?:won't|will\s+not|can't|cannot|refuse\s+to|not\s+going\s+to|no\s+longer)\s+"
            r"(?:\w+\s+)?(?:put\s+up\s+with|tolerate|stand\s+for|accept\s+(?:your|this|that|being))",
            r"(?:done|finished)\s+(?:with\s+(?:you|this|your)|putting\s+up|being)",
            r"(?:anyone|someone|nobody)\s+(?:else\s+)?(?:who(?:'ll|\s+will|\s+would)?\s+)?"
            r"(?:tolerate|put\s+up\s+with|stand)",
            r"last\s+straw",
            r"wore\s+(?:us|me)\s+(?:down|out)",
            r"worn\s+(?:us|me)\s+(?:down|out)",
            r"i\s+give\s+up",
            r"(?:losing|lost)\s+(?:my|our)\s+patience",
            r"(?:our|my)\s+patience",
            r"annoy\w*",
            r"irritat\w*",
            r"a\s+misery",
            r"how\s+many\s+times",
            r"lost\s+count",
            r"(?:i'm|i\s+am|we're|we\s+are)\s+done\s+\w+ing",
            r"drives?\s+(?:me|us)\s+(?:mad|crazy|nuts|up\s+the\s+wall)",
            r"had\s+it\s+up\s+to\s+here",
            r"bang\w*\s+(?:my|our)\s+heads?\s+against",
            r"like\s+pulling\s+teeth",
            r"herding\s+cats",
            r"(?:like\s+)?talking\s+to\s+a\s+(?:brick\s+)?wall",
            r"(?:shocked|appalled|disgusted|horrified|outraged|stunned|dismayed|offended)\s+"
            r"(?:by|at|that|how|with)",
            r"(?:hate|hates|loathe|despise|resent|dread|fear)s?\s+(?:your|you)\b",
        ),
    ),
    BlameRule(
        "en-judgement",
        "en",
        "insult",
        word(
            JUDGEMENT,
            r"impossible\s+to\s+(?:work|deal|reach|get|talk|reason|please|satisfy|plan)",
            r"the\s+worst\s+client",
            r"(?:difficult|demanding|impossible|awful|terrible|bad|toxic)\s+"
            r"(?:client|customer|person|people)",
            r"(?:difficult|hard|a\s+pain|painful|exhausting|a\s+nightmare)\s+to\s+(?:work|deal)\s+with",
            r"(?:your\s+)?(?:complete\s+|total\s+)?lack\s+of\s+\w+",
            r"no\s+respect",
        ),
    ),
    BlameRule(
        "en-loaded",
        "en",
        "loaded",
        LOADED,
    ),
    BlameRule(
        "en-absolute",
        "en",
        "absolute",
        one_of(
            r"\b" + ABSOLUTE + r"\b",
            r"\b(?:yet\s+)?another\s+(?:[\w'-]+\s+){0,1}?" + FAULT,
        ),
        within=FAULT,
        unless=one_of(POSITIVE, OWN_FAULT, _WE_ABSOLUTE),
    ),
)

# The first topic whose pattern is in the sentence chooses the rewrite; "general" otherwise.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "payment",
        "en",
        word(
            r"pay\w*",
            r"paid",
            r"invoices?",
            r"bills?",
            r"fees?",
            r"owe[ds]?",
            r"discounts?",
            r"budget",
            r"money",
        ),
    ),
    Topic(
        "respect",
        "en",
        word(
            r"rude\w*",
            r"disrespect\w*",
            r"no\s+respect",
            r"shout\w*",
            r"yell\w*",
            r"insult\w*",
            r"treat\w*",
            r"tone",
            r"hostile",
            r"aggressive",
            r"behaviou?r",
            r"attitude",
            r"condescending",
            r"arrogant",
            r"staff",
            r"colleagues?",
            r"designers?",
            r"manager",
        ),
    ),
    Topic(
        "deadline",
        "en",
        word(
            r"deadlines?",
            r"late",
            r"delay\w*",
            r"on\s+time",
            r"schedule\w*",
            r"approv\w*",
            r"feedback",
            r"wait\w*",
            r"forever",
            r"slow\w*",
            r"last[\s-]minute",
            r"overdue",
            r"hours",
        ),
    ),
    Topic(
        "scope",
        "en",
        word(
            r"brief",
            r"scope",
            r"chang\w*",
            r"revisions?",
            r"requests?",
            r"demand\w*",
            r"extra",
            r"goal\s*posts?",
            r"mind",
            r"expectations?",
            r"free",
        ),
    ),
    Topic(
        "communication",
        "en",
        word(
            r"answer\w*",
            r"repl\w*",
            r"respond\w*",
            r"e-?mails?",
            r"calls?",
            r"meetings?",
            r"listen\w*",
            r"read",
            r"proposal",
            r"reports?",
            r"information",
        ),
    ),
)
