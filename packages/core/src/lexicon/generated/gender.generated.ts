// Generated from packages/core/data/gender-coded.yml by scripts/generate.ts — do not edit.
import type { GenderLexicon } from '../types.js';

export const genderLexicon: GenderLexicon = {
  "gendered": [
    {
      "id": "brogrammer",
      "phrases": [
        "brogrammer",
        "brogrammers",
        "brotherhood",
        "bro culture"
      ],
      "pronoun": false,
      "replace": [
        "engineers",
        "team"
      ],
      "note": "Bro-culture words signal a male-only workplace.",
      "source": "[JL]"
    },
    {
      "id": "chairman",
      "phrases": [
        "chairman",
        "chairmen"
      ],
      "pronoun": false,
      "replace": [
        "chair",
        "chairperson"
      ],
      "note": "Male-default job words describe the holder as a man.",
      "source": "[ALEX]"
    },
    {
      "id": "craftsman",
      "phrases": [
        "craftsman",
        "craftsmen",
        "workman",
        "workmen",
        "repairman",
        "repairmen",
        "cameraman",
        "cameramen",
        "businessman",
        "businessmen",
        "spokesman",
        "middleman"
      ],
      "pronoun": false,
      "replace": [
        "craftsperson",
        "worker",
        "technician",
        "camera operator",
        "businessperson",
        "spokesperson",
        "intermediary"
      ],
      "note": "Male-default job words describe the holder as a man.",
      "source": "[ALEX]"
    },
    {
      "id": "facial-hair",
      "phrases": [
        "beard",
        "beards",
        "bearded",
        "beardy",
        "grizzled"
      ],
      "pronoun": false,
      "replace": [
        "experienced",
        "senior"
      ],
      "note": "Facial-hair imagery (\"grizzled\", \"bearded\" veterans) assumes the candidate is an older man.",
      "source": "[JL]"
    },
    {
      "id": "foreman",
      "phrases": [
        "foreman",
        "foremen"
      ],
      "pronoun": false,
      "replace": [
        "supervisor",
        "lead"
      ],
      "note": "Male-default job words describe the holder as a man.",
      "source": "[ALEX]"
    },
    {
      "id": "guys",
      "phrases": [
        "guy",
        "guys",
        "you guys",
        "dudes",
        "dude",
        "bros",
        "bro",
        "chicks",
        "fellas"
      ],
      "pronoun": false,
      "replace": [
        "everyone",
        "folks",
        "people",
        "the team"
      ],
      "note": "Addressing the reader as \"guys\" or \"bros\" assumes a male audience and reads as bro culture.",
      "source": "[JL]; [ALEX]"
    },
    {
      "id": "he-or-she",
      "phrases": [
        "he or she",
        "she or he",
        "he/she",
        "she/he",
        "s/he",
        "his or her",
        "her or his",
        "his/her",
        "her/his",
        "him or her",
        "her or him",
        "him/her",
        "himself or herself"
      ],
      "pronoun": false,
      "replace": [
        "they",
        "you"
      ],
      "note": "Binary pronoun pairs exclude non-binary people and read awkwardly; address the candidate as \"you\" or use singular \"they\".",
      "source": "[ALEX]; [JL]"
    },
    {
      "id": "ladies-gentlemen",
      "phrases": [
        "ladies",
        "gentlemen",
        "ladies and gentlemen",
        "gentleman"
      ],
      "pronoun": false,
      "replace": [
        "everyone",
        "people",
        "colleagues"
      ],
      "note": "Gendered forms of address exclude people they do not name.",
      "source": "[JL]; [ALEX]"
    },
    {
      "id": "man-hours",
      "phrases": [
        "man-hours",
        "man-hour",
        "man-days",
        "man-day",
        "man-months",
        "man-month"
      ],
      "pronoun": false,
      "replace": [
        "person-hours",
        "engineer-days",
        "work-months"
      ],
      "note": "Male-default compounds describe the people in a job as men.",
      "source": "[ALEX]"
    },
    {
      "id": "mankind",
      "phrases": [
        "mankind"
      ],
      "pronoun": false,
      "replace": [
        "humanity",
        "people"
      ],
      "note": "Male-default words describe people in general as men.",
      "source": "[ALEX]"
    },
    {
      "id": "manpower",
      "phrases": [
        "manpower"
      ],
      "pronoun": false,
      "replace": [
        "staffing",
        "workforce",
        "people"
      ],
      "note": "Male-default compounds describe the people in a job as men.",
      "source": "[ALEX]"
    },
    {
      "id": "pronoun",
      "phrases": [
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself"
      ],
      "pronoun": true,
      "replace": [
        "you",
        "they"
      ],
      "note": "A gendered pronoun for the future hire tells everyone else the job is not meant for them; address the candidate as \"you\" or use singular \"they\".",
      "source": "[JL]; [ALEX]"
    },
    {
      "id": "salesman",
      "phrases": [
        "salesman",
        "salesmen"
      ],
      "pronoun": false,
      "replace": [
        "salesperson",
        "salespeople",
        "sales representative"
      ],
      "note": "Male-default job words describe the holder as a man.",
      "source": "[ALEX]"
    },
    {
      "id": "sexualised",
      "phrases": [
        "sexy",
        "hawt"
      ],
      "pronoun": false,
      "replace": [
        "appealing",
        "interesting"
      ],
      "note": "Sexualised words in a job ad are unprofessional and signal a hostile culture.",
      "source": "[JL]"
    }
  ],
  "coded": [
    {
      "id": "gfk-masculine",
      "gender": "masculine",
      "words": [
        "active",
        "adventurous",
        "aggress*",
        "ambitio*",
        "analy*",
        "assert*",
        "athlet*",
        "autonom*",
        "boast*",
        "challeng*",
        "compet*",
        "confident",
        "courag*",
        "decide",
        "decisive",
        "decision*",
        "determin*",
        "dominant",
        "domina*",
        "force*",
        "greedy",
        "headstrong",
        "hierarch*",
        "hostil*",
        "impulsive",
        "independen*",
        "individual*",
        "intellect*",
        "lead*",
        "logic",
        "masculine",
        "objective",
        "opinion",
        "outspoken",
        "persist",
        "principle*",
        "reckless",
        "stubborn",
        "superior",
        "self-confiden*",
        "self-sufficien*",
        "self-relian*"
      ],
      "source": "[GFK]"
    },
    {
      "id": "gd-masculine",
      "gender": "masculine",
      "words": [
        "battle*",
        "champion*",
        "defend*",
        "driven*",
        "fearless*",
        "fight*"
      ],
      "source": "[GD]"
    },
    {
      "id": "gfk-feminine",
      "gender": "feminine",
      "words": [
        "affectionate",
        "child*",
        "cheer*",
        "commit*",
        "communal",
        "compassion*",
        "connect*",
        "considerate",
        "cooperat*",
        "depend*",
        "emotiona*",
        "empath*",
        "feminine",
        "flatterable",
        "gentle",
        "honest",
        "interdependen*",
        "interpersona*",
        "kind",
        "kinship",
        "loyal*",
        "modesty",
        "nag",
        "nurtur*",
        "pleasant*",
        "polite",
        "quiet*",
        "respon*",
        "sensitiv*",
        "submissive",
        "support*",
        "sympath*",
        "tender*",
        "together*",
        "trust*",
        "understand*",
        "warm*",
        "whin*",
        "yield*"
      ],
      "source": "[GFK]"
    },
    {
      "id": "gd-feminine",
      "gender": "feminine",
      "words": [
        "agree*",
        "collab*",
        "enthusias*",
        "inclusive*",
        "share*",
        "sharin*",
        "co-operat*",
        "inter-dependen*",
        "inter-personal*"
      ],
      "source": "[GD]"
    }
  ],
  "alternatives": [
    {
      "id": "aggressive",
      "words": [
        "aggress*"
      ],
      "suggest": [
        "bold",
        "energetic"
      ],
      "source": "[AN]"
    },
    {
      "id": "ambitious",
      "words": [
        "ambitio*"
      ],
      "suggest": [
        "motivated",
        "eager to grow"
      ],
      "source": "[AN]"
    },
    {
      "id": "assertive",
      "words": [
        "assert*"
      ],
      "suggest": [
        "direct",
        "clear"
      ],
      "source": "[AN]"
    },
    {
      "id": "competitive",
      "words": [
        "compet*"
      ],
      "suggest": [
        "high-achieving",
        "strong"
      ],
      "source": "[AN]"
    },
    {
      "id": "dominant",
      "words": [
        "dominant",
        "domina*"
      ],
      "suggest": [
        "well-known",
        "established"
      ],
      "source": "[AN]"
    },
    {
      "id": "fearless",
      "words": [
        "fearless*"
      ],
      "suggest": [
        "bold",
        "willing to try new approaches"
      ],
      "source": "[AN]"
    },
    {
      "id": "headstrong",
      "words": [
        "headstrong",
        "stubborn"
      ],
      "suggest": [
        "persistent in the face of setbacks"
      ],
      "source": "[AN]"
    },
    {
      "id": "nurturing",
      "words": [
        "nurtur*"
      ],
      "suggest": [
        "develop",
        "grow"
      ],
      "source": "[AN]"
    },
    {
      "id": "supportive",
      "words": [
        "support*"
      ],
      "suggest": [
        "help",
        "work with"
      ],
      "source": "[AN]"
    }
  ],
  "exceptions": [
    {
      "id": "active-learning",
      "words": [],
      "phrases": [
        "active learning",
        "active directory",
        "active active",
        "active passive",
        "active users",
        "active user",
        "active customers",
        "monthly active",
        "daily active"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "agreement",
      "words": [
        "agreement",
        "agreements"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "analysis",
      "words": [
        "analytics",
        "analysis",
        "analyses",
        "analyst",
        "analysts",
        "analyze",
        "analyzes",
        "analyzed",
        "analyzing",
        "analyse",
        "analysed",
        "analysing",
        "analyzer",
        "analyzers",
        "analyser"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "autonomous-systems",
      "words": [],
      "phrases": [
        "autonomous vehicle",
        "autonomous vehicles",
        "autonomous driving",
        "autonomous agent",
        "autonomous agents",
        "autonomous system",
        "autonomous systems",
        "autonomous robots"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "battle-tested",
      "words": [],
      "phrases": [
        "battle-tested"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "child-process",
      "words": [],
      "phrases": [
        "child process",
        "child processes",
        "child node",
        "child nodes",
        "child element",
        "child elements",
        "child class",
        "child classes"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "commit",
      "words": [
        "commit",
        "commits",
        "committer",
        "committers"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "competency",
      "words": [
        "competency",
        "competencies",
        "competence",
        "competences"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "connector",
      "words": [
        "connector",
        "connectors",
        "connection",
        "connections",
        "connectivity"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "decision-tree",
      "words": [],
      "phrases": [
        "decision tree",
        "decision trees",
        "decision forest",
        "decision forests",
        "decision boundary",
        "decision boundaries",
        "decision stump",
        "decision stumps"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "dependency",
      "words": [
        "dependency",
        "dependencies",
        "depending",
        "depends",
        "dependabot"
      ],
      "phrases": [
        "dependent variable",
        "dependent variables"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "deterministic",
      "words": [
        "deterministic",
        "nondeterministic",
        "non-deterministic",
        "determinism"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "force",
      "words": [],
      "phrases": [
        "brute force",
        "air force",
        "task force",
        "labor force",
        "labour force",
        "force push"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "hierarchical-models",
      "words": [],
      "phrases": [
        "hierarchical clustering",
        "hierarchical model",
        "hierarchical models",
        "hierarchical data",
        "hierarchical bayesian",
        "hierarchical forecasting"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "independent-variable",
      "words": [],
      "phrases": [
        "independent variable",
        "independent variables",
        "independent and identically distributed",
        "independent component analysis"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "individual-contributor",
      "words": [],
      "phrases": [
        "individual contributor",
        "individual contributors"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "intellectual-property",
      "words": [],
      "phrases": [
        "intellectual property"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "kind-of",
      "words": [],
      "phrases": [
        "kind of",
        "of a kind",
        "of its kind",
        "any kind",
        "every kind",
        "this kind",
        "that kind",
        "what kind",
        "some kind",
        "the kind",
        "in kind"
      ],
      "caseSensitive": [
        "KinD"
      ],
      "source": "[AN]"
    },
    {
      "id": "lead-role",
      "words": [],
      "phrases": [
        "tech lead",
        "team lead",
        "technical lead",
        "engineering lead",
        "project lead",
        "product lead",
        "design lead",
        "squad lead",
        "lead engineer",
        "lead developer",
        "lead scientist",
        "lead data scientist",
        "lead data engineer",
        "lead ml engineer",
        "lead machine learning engineer",
        "lead ai engineer",
        "lead architect",
        "lead software engineer",
        "lead time",
        "lead times",
        "lead generation",
        "sales leads",
        "lead scoring"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "logic-code",
      "words": [],
      "phrases": [
        "business logic",
        "application logic",
        "fuzzy logic",
        "logic gate",
        "logic gates",
        "control logic",
        "retry logic",
        "program logic",
        "logic programming"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "objective-function",
      "words": [],
      "phrases": [
        "objective function",
        "objective functions",
        "training objective",
        "optimization objective",
        "optimisation objective",
        "loss objective"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "principles",
      "words": [],
      "phrases": [
        "design principles",
        "first principles",
        "solid principles",
        "engineering principles",
        "architecture principles",
        "architectural principles",
        "security principles",
        "privacy principles",
        "principle of least privilege",
        "least privilege principle"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "response",
      "words": [
        "responsibilities",
        "responsibility",
        "response",
        "responses",
        "responsive",
        "responsiveness",
        "responder",
        "responders"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "sensitive-data",
      "words": [],
      "phrases": [
        "sensitive data",
        "sensitive information",
        "sensitivity analysis",
        "sensitivity and specificity",
        "price sensitivity",
        "case sensitive",
        "case sensitivity"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "sharepoint",
      "words": [
        "sharepoint",
        "shareholder",
        "shareholders",
        "shared"
      ],
      "phrases": [],
      "caseSensitive": [],
      "source": "[GD]; [AN]"
    },
    {
      "id": "support-technical",
      "words": [
        "supports",
        "supported"
      ],
      "phrases": [
        "support vector",
        "support vector machine",
        "support vector machines",
        "customer support",
        "technical support",
        "tech support",
        "support engineer",
        "support engineers",
        "support team",
        "support tickets",
        "support ticket",
        "support staff",
        "support agent",
        "support agents",
        "support queue",
        "product support",
        "production support",
        "it support",
        "support rotation"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "together-ai",
      "words": [],
      "phrases": [],
      "caseSensitive": [
        "Together AI",
        "Together.ai"
      ],
      "source": "[AN]"
    },
    {
      "id": "trust-safety",
      "words": [],
      "phrases": [
        "trust and safety",
        "trust & safety",
        "zero trust",
        "trusted execution",
        "trust boundary",
        "trust boundaries"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "warm-start",
      "words": [],
      "phrases": [
        "warm start",
        "warm starts",
        "warm up",
        "warmup",
        "warm pool",
        "warm standby",
        "warm cache",
        "warm storage",
        "warm tier"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    },
    {
      "id": "yield-curve",
      "words": [],
      "phrases": [
        "yield curve",
        "yield curves"
      ],
      "caseSensitive": [],
      "source": "[AN]"
    }
  ]
};
