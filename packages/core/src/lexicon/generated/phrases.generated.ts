// Generated from packages/core/data/phrases.yml by scripts/generate.ts — do not edit.
import type { QualityPhraseEntry } from '../types.js';

export const qualityPhrases: readonly QualityPhraseEntry[] = [
  {
    "id": "ability-to-generic",
    "rule": "no-vague-requirement",
    "phrases": [
      "ability to work independently",
      "ability to multitask",
      "ability to work under pressure",
      "ability to learn quickly",
      "ability to think creatively",
      "ability to think outside the box",
      "ability to wear many hats",
      "with minimal supervision",
      "with minimal direction",
      "with little supervision",
      "with minimal guidance",
      "minimal supervision",
      "sound judgment",
      "sound judgement",
      "good judgment",
      "good judgement",
      "excellent judgment",
      "excellent judgement"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the situation the person must handle, as a task",
    "suggest": [
      "You will plan your own two-week milestones with a monthly review"
    ],
    "note": "Generic ability statements apply to every job; they give candidates nothing to judge their fit by.",
    "source": "[DP-JARGON]; [UMD-ADA]"
  },
  {
    "id": "above-and-beyond",
    "rule": "no-cliche",
    "phrases": [
      "above and beyond",
      "go the extra mile",
      "roll up your sleeves",
      "rolls up their sleeves",
      "get your hands dirty",
      "getting your hands dirty",
      "jack of all trades",
      "no task too small",
      "no job too small",
      "think on your feet"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "what the job actually asks of the person, and how often",
    "suggest": [
      "You will also handle one support escalation a week"
    ],
    "note": "Stock phrases about doing more than the job hint at unpaid extra work and unclear scope without saying what the work is.",
    "source": "[BMD]; [DP-JARGON]; [AN]"
  },
  {
    "id": "and-more",
    "rule": "no-open-ended-duties",
    "phrases": [
      "and more",
      "and much more",
      "among others",
      "and the like"
    ],
    "pattern": null,
    "object": false,
    "end": true,
    "person": false,
    "notAfter": [],
    "instead": "the complete list, or \"one of\" the tools you name",
    "suggest": [
      "Python and SQL (both used daily)",
      "One of PostgreSQL or MySQL"
    ],
    "note": "An open list leaves candidates guessing what else the job involves or requires.",
    "source": "[NEWF]; [AN]"
  },
  {
    "id": "as-needed",
    "rule": "no-open-ended-duties",
    "phrases": [
      "as needed",
      "as and when needed",
      "as and when required",
      "whatever it takes",
      "whatever is needed",
      "whatever needs to be done",
      "ad-hoc requests",
      "ad-hoc tasks",
      "various tasks",
      "various other tasks",
      "and other projects"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [
      "up",
      "down",
      "scale",
      "scales",
      "scaled",
      "scaling",
      "autoscale",
      "autoscales",
      "autoscaling",
      "elastically"
    ],
    "instead": "how often and for whom the duty happens",
    "suggest": [
      "Join two customer calls a month to review integration problems"
    ],
    "note": "Open-ended duties let the job grow without limit and do not identify essential functions.",
    "source": "[VIG]; [NEWF]"
  },
  {
    "id": "badass",
    "rule": "no-buzzword-title",
    "phrases": [
      "badass",
      "badasses",
      "bad ass",
      "bamf"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Security Engineer (cloud infrastructure)"
    ],
    "note": "Slang personas read as unprofessional and bro-coded; they say nothing about the work.",
    "source": "[JL]"
  },
  {
    "id": "cutting-edge",
    "rule": "no-cliche",
    "phrases": [
      "cutting-edge",
      "leading-edge",
      "bleeding-edge",
      "at the forefront",
      "on the forefront",
      "forefront of"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the technology by name and what you do with it",
    "suggest": [
      "We serve Llama 3 with vLLM on our own GPUs and fine-tune it with LoRA"
    ],
    "note": "\"Cutting-edge\" is competitive jargon; naming the actual tools and problems is both more honest and more attractive to the people who know them.",
    "source": "[JL]; [DP-JARGON]"
  },
  {
    "id": "drive-results",
    "rule": "no-cliche",
    "phrases": [
      "drive for results",
      "drive to succeed"
    ],
    "pattern": {
      "first": [
        "drive",
        "driving",
        "drives"
      ],
      "then": [
        "result",
        "results",
        "growth",
        "innovation",
        "value",
        "success",
        "excellence",
        "impact",
        "business outcomes",
        "transformation"
      ],
      "gap": 2,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the result, with a number or an owner",
    "suggest": [
      "Cut checkout latency from 900 ms to 300 ms this year"
    ],
    "note": "\"Drive results/growth/value\" is jargon without an object: it names no result anyone could check.",
    "source": "[BMD]; [DP-JARGON]"
  },
  {
    "id": "etc",
    "rule": "no-open-ended-duties",
    "phrases": [
      "etc",
      "etc.",
      "et cetera",
      "and so on",
      "and so forth",
      "among other things"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the complete list, or \"one of\" the tools you name",
    "suggest": [
      "Python and SQL (both used daily)",
      "One of PostgreSQL or MySQL"
    ],
    "note": "An open list leaves candidates guessing what else the job involves or requires.",
    "source": "[NEWF]; [AN]"
  },
  {
    "id": "exciting-opportunity",
    "rule": "no-cliche",
    "phrases": [
      "unique opportunity",
      "exciting opportunity",
      "once-in-a-lifetime opportunity",
      "amazing opportunity",
      "incredible opportunity",
      "rare opportunity"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "what the opportunity is, as a fact",
    "suggest": [
      "You will be the second ML engineer and choose our serving stack"
    ],
    "note": "Calling the job an \"exciting opportunity\" is filler; the facts of the job do the persuading.",
    "source": "[DP-JARGON]; [BMD]"
  },
  {
    "id": "extensive-experience",
    "rule": "no-unquantified-experience",
    "phrases": [],
    "pattern": {
      "first": [
        "extensive",
        "significant",
        "substantial",
        "considerable",
        "deep",
        "rich",
        "broad",
        "solid",
        "strong",
        "proven",
        "demonstrated",
        "demonstrable",
        "ample",
        "vast",
        "wide",
        "seasoned",
        "sufficient",
        "relevant",
        "lots of",
        "plenty of",
        "wealth of",
        "many years of",
        "several years of",
        "years of"
      ],
      "then": [
        "experience",
        "expertise",
        "background"
      ],
      "gap": 3,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the scope, what the candidate has done and at what scale",
    "suggest": [
      "You have shipped at least one LLM-backed feature to production users and can explain how you evaluated it"
    ],
    "note": "The amount of prior experience barely predicts performance (meta-analysis, r = .06); a task and a scope say what you really need.",
    "source": "[VI19]; [MOHR]"
  },
  {
    "id": "familiarity-with",
    "rule": "no-vague-requirement",
    "phrases": [
      "familiarity with",
      "familiar with",
      "exposure to",
      "awareness of",
      "acquaintance with",
      "aptitude for",
      "basic understanding of",
      "general understanding of",
      "basic knowledge of",
      "general knowledge of"
    ],
    "pattern": null,
    "object": true,
    "end": false,
    "person": false,
    "notAfter": [
      "become",
      "becoming",
      "get",
      "getting",
      "gain",
      "gaining",
      "give",
      "giving",
      "provide",
      "providing",
      "offer",
      "offers",
      "raise",
      "raising",
      "build",
      "building",
      "our",
      "your"
    ],
    "instead": "the task the candidate has done, and how deeply",
    "suggest": [
      "You have deployed at least one service with Docker and can debug a failing container"
    ],
    "note": "\"Familiarity\" sets no level: strong candidates cannot judge their fit, and many (especially women) read listed requirements literally and do not apply.",
    "source": "[MOHR]; [LI-GENDER]; [VI19]"
  },
  {
    "id": "fast-paced",
    "rule": "no-cliche",
    "phrases": [
      "fast-paced",
      "fast-moving",
      "face-paced",
      "high-paced"
    ],
    "pattern": {
      "first": [
        "fast-paced",
        "fast-moving",
        "dynamic",
        "high-energy",
        "high-pressure",
        "ever-changing",
        "rapidly changing"
      ],
      "then": [
        "environment",
        "environments",
        "setting",
        "settings",
        "organization",
        "organisation",
        "company",
        "startup",
        "team",
        "culture",
        "world",
        "workplace"
      ],
      "gap": 3,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "how often you ship and what one person owns",
    "suggest": [
      "We release to production daily; you will own one model-serving service"
    ],
    "note": "\"Fast-paced\" is the most common job-ad cliché: it confuses and deters qualified and unqualified job seekers alike, and with \"self-starter\" and \"ownership\" it narrows the applicant pool.",
    "source": "[DP-JARGON]; [BMD]; [SCREEN]"
  },
  {
    "id": "guru",
    "rule": "no-buzzword-title",
    "phrases": [
      "guru",
      "gurus"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the level you need",
    "suggest": [
      "Staff Data Engineer"
    ],
    "note": "A persona instead of a job devalues the work, reads as unprofessional and can be an immediate turn-off; it also says nothing a candidate can check.",
    "source": "[JL]"
  },
  {
    "id": "hero",
    "rule": "no-buzzword-title",
    "phrases": [
      "hero",
      "heroes",
      "superhero",
      "superheroes"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and what the person will own",
    "suggest": [
      "Site Reliability Engineer who owns the on-call rotation for the payments API"
    ],
    "note": "Hero language devalues the work and hints at a culture that runs on individual heroics rather than a sustainable process.",
    "source": "[JL]"
  },
  {
    "id": "hit-the-ground-running",
    "rule": "no-cliche",
    "phrases": [
      "hit the ground running",
      "hits the ground running",
      "hitting the ground running",
      "hit the ground running from day one"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "what the first weeks of the job look like",
    "suggest": [
      "First 30 days: onboarding on our feature store and shadowing on-call"
    ],
    "note": "It tells candidates nothing about the work and signals that the writer has not planned how a new starter gets up to speed.",
    "source": "[JL]; [DP-JARGON]"
  },
  {
    "id": "including-but-not-limited-to",
    "rule": "no-open-ended-duties",
    "phrases": [
      "including but not limited to",
      "including, but not limited to",
      "but not limited to",
      "including without limitation",
      "without limitation"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the complete list of what the job involves",
    "suggest": [
      "Metric design, A/B testing and forecasting"
    ],
    "note": "A legal hedge in a duty or skill list tells candidates the list is not the job.",
    "source": "[VIG]; [NEWF]"
  },
  {
    "id": "jedi",
    "rule": "no-buzzword-title",
    "phrases": [
      "jedi",
      "jedis"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Platform Engineer (Kubernetes, Terraform)"
    ],
    "note": "A fantasy persona instead of a title hides the job from candidates who search by title and says nothing a candidate can check.",
    "source": "[AN]; [JL]"
  },
  {
    "id": "juggle",
    "rule": "no-cliche",
    "phrases": [
      "juggle",
      "juggling",
      "juggles"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the work streams and how they are prioritised",
    "suggest": [
      "You split your time between the billing API (~60%) and internal tooling (~40%)"
    ],
    "note": "\"Juggling\" promises overload without saying what the work is.",
    "source": "[JL]"
  },
  {
    "id": "knowledge-of",
    "rule": "no-vague-requirement",
    "phrases": [
      "knowledge of",
      "understanding of",
      "grasp of",
      "command of",
      "knowledge in",
      "understanding in"
    ],
    "pattern": {
      "first": [
        "strong",
        "solid",
        "deep",
        "thorough",
        "good",
        "excellent",
        "comprehensive",
        "in-depth",
        "broad",
        "advanced",
        "sound",
        "firm",
        "extensive",
        "great",
        "very good",
        "working",
        "theoretical",
        "practical"
      ],
      "then": [
        "knowledge",
        "understanding",
        "grasp",
        "command"
      ],
      "gap": 2,
      "loose": false
    },
    "object": true,
    "end": false,
    "person": false,
    "notAfter": [
      "share",
      "sharing",
      "shares",
      "build",
      "building",
      "deepen",
      "deepening",
      "expand",
      "expanding",
      "grow",
      "growing",
      "gain",
      "gaining",
      "broaden",
      "your",
      "our"
    ],
    "instead": "what the candidate should be able to do with it",
    "suggest": [
      "You can explain why a model overfits and fix it (regularisation, more data, early stopping)"
    ],
    "note": "\"Knowledge of X\" names a topic but no level or task; candidates cannot judge their fit and the requirement cannot be checked in an interview.",
    "source": "[VI19]; [MOHR]; [AN]"
  },
  {
    "id": "many-hats",
    "rule": "no-cliche",
    "phrases": [
      "wear a lot of hats",
      "wears a lot of hats",
      "wearing a lot of hats"
    ],
    "pattern": {
      "first": [
        "wear",
        "wearing",
        "wears"
      ],
      "then": [
        "hat",
        "hats"
      ],
      "gap": 2,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the distinct responsibilities, with a rough share of time",
    "suggest": [
      "~50% backend features, ~30% data pipelines, ~20% on-call"
    ],
    "note": "\"Wear many hats\" admits the job is several jobs without saying which; candidates cannot judge their fit.",
    "source": "[BMD]; [NEWF]"
  },
  {
    "id": "move-fast",
    "rule": "no-cliche",
    "phrases": [
      "move fast and break things",
      "moves fast",
      "move fast",
      "moving fast",
      "think big",
      "thinks big"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "how decisions and releases are made",
    "suggest": [
      "Small changes ship the same day after one review"
    ],
    "note": "Startup slogans say nothing checkable about the job.",
    "source": "[BMD]"
  },
  {
    "id": "next-generation",
    "rule": "no-cliche",
    "phrases": [
      "next-generation",
      "next-gen",
      "groundbreaking",
      "ground-breaking",
      "game-changing",
      "game-changer",
      "revolutionary",
      "revolutionize",
      "revolutionise",
      "revolutionizing",
      "disruptive",
      "paradigm shift",
      "world-changing"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "what the product does today and for whom",
    "suggest": [
      "Our assistant answers 40% of support tickets for 2,000 small businesses"
    ],
    "note": "Hype words promise novelty without a fact; candidates cannot tell what the product is.",
    "source": "[DP-JARGON]; [JL]; [AN]"
  },
  {
    "id": "ninja",
    "rule": "no-buzzword-title",
    "phrases": [
      "ninja",
      "ninjas"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Frontend Engineer (React, accessibility)"
    ],
    "note": "A persona instead of a job devalues the work, reads as unprofessional and can be an immediate turn-off; it also says nothing a candidate can check.",
    "source": "[JL]"
  },
  {
    "id": "other-duties",
    "rule": "no-open-ended-duties",
    "phrases": [
      "other duties as assigned",
      "other duties",
      "other responsibilities",
      "other tasks as assigned",
      "other tasks",
      "other projects as assigned",
      "duties as assigned",
      "tasks as assigned",
      "as assigned",
      "and other duties",
      "any other duties"
    ],
    "pattern": {
      "first": [
        "other",
        "additional",
        "any"
      ],
      "then": [
        "as assigned",
        "as needed",
        "as required",
        "as directed",
        "as requested"
      ],
      "gap": 4,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the recurring responsibilities, with a rough share of time",
    "suggest": [
      "~40% building retrieval and evaluation for the support assistant; ~20% on-call for the LLM gateway"
    ],
    "note": "A catch-all clause does little to establish essential functions; one court let a jury decide whether unlisted work was essential despite it.",
    "source": "[VIG]; [NEWF]"
  },
  {
    "id": "outside-the-box",
    "rule": "no-cliche",
    "phrases": [
      "think outside the box",
      "thinking outside the box",
      "outside the box",
      "out-of-the-box thinker",
      "out-of-the-box thinking"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "a problem the person will solve",
    "suggest": [
      "Find a cheaper way to serve our recommendation model than one GPU per region"
    ],
    "note": "Corporate jargon that any candidate can claim and no one can check.",
    "source": "[BMD]; [DP-JARGON]"
  },
  {
    "id": "ownership-mentality",
    "rule": "no-cliche",
    "phrases": [
      "ownership mentality",
      "ownership mindset",
      "owner mindset",
      "owner mentality",
      "founder mentality",
      "founder mindset",
      "growth mindset",
      "startup mindset",
      "builder mindset",
      "ai-first mindset",
      "entrepreneurial mindset",
      "entrepreneurial spirit",
      "collaborative mindset",
      "hacker mindset",
      "can-do attitude"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "what the person will own or decide",
    "suggest": [
      "You own the alerting for the ingestion service, from design to on-call"
    ],
    "note": "Mindset slogans are soft-skill filler; they muddy what is required and everyone can claim them.",
    "source": "[DP-JARGON]; [SCREEN]"
  },
  {
    "id": "passion",
    "rule": "no-cliche",
    "phrases": [
      "passion",
      "passions",
      "passionate",
      "genuine passion",
      "enthusiasm for",
      "enthusiastic about",
      "enthusiast",
      "enthusiasts"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the interest shown as work, or nothing",
    "suggest": [
      "You have built something with LLMs outside of work (a side project or an open-source contribution)"
    ],
    "note": "\"Passion\" is soft-skill filler that every applicant claims; it muddies what is actually required.",
    "source": "[DP-JARGON]; [AN]"
  },
  {
    "id": "proven-ability",
    "rule": "no-unquantified-experience",
    "phrases": [],
    "pattern": {
      "first": [
        "proven",
        "demonstrated",
        "demonstrable"
      ],
      "then": [
        "ability",
        "abilities",
        "capability",
        "capabilities"
      ],
      "gap": 1,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the outcome that shows the ability, with a scope",
    "suggest": [
      "You have reduced a service's p99 latency and can show how you measured it"
    ],
    "note": "A \"proven\" ability without the proof says nothing a candidate can check themselves against.",
    "source": "[VI19]; [AN]"
  },
  {
    "id": "rockstar",
    "rule": "no-buzzword-title",
    "phrases": [
      "rockstar",
      "rockstars",
      "rock star",
      "rock stars"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Senior Backend Engineer (Go, payments)"
    ],
    "note": "A persona instead of a job devalues the work, reads as unprofessional and can be an immediate turn-off; it also says nothing a candidate can check.",
    "source": "[JL]"
  },
  {
    "id": "seasoned",
    "rule": "no-unquantified-experience",
    "phrases": [
      "seasoned",
      "highly experienced",
      "very experienced",
      "expert-level",
      "in a similar role",
      "in a similar position",
      "several years",
      "many years",
      "a number of years",
      "years of experience"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the tasks and the scale the person has handled",
    "suggest": [
      "You have run a Kafka cluster handling over 10k messages per second"
    ],
    "note": "Seniority adjectives without a scope set a bar candidates cannot measure; years alone barely predict performance (r = .06).",
    "source": "[VI19]; [MOHR]"
  },
  {
    "id": "self-starter",
    "rule": "no-cliche",
    "phrases": [
      "self-starter",
      "self-starters",
      "self-start",
      "self-starting"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "how much direction the person will get",
    "suggest": [
      "You will set your own weekly priorities with a monthly check-in on goals"
    ],
    "note": "\"Self-starter\" is a stock cliché; combined with \"fast-paced\" and \"ownership\" it is cited as narrowing the applicant pool.",
    "source": "[BMD]; [SCREEN]; [DP-JARGON]"
  },
  {
    "id": "sense-of-urgency",
    "rule": "no-cliche",
    "phrases": [
      "sense of urgency",
      "results-oriented",
      "results-driven",
      "go-getter"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the pace of the work, as facts",
    "suggest": [
      "Customer-reported bugs are triaged within one business day"
    ],
    "note": "Stock phrases about drive and urgency are clichés that everyone can claim; they read as a warning about pressure rather than a description of the job.",
    "source": "[DP-JARGON]; [BMD]"
  },
  {
    "id": "shape-the-future",
    "rule": "no-cliche",
    "phrases": [
      "shape the future",
      "shaping the future",
      "shapes the future",
      "change the world",
      "changing the world",
      "push the boundaries",
      "pushing the boundaries",
      "push the envelope",
      "pushing the envelope",
      "make a dent in the universe"
    ],
    "pattern": {
      "first": [
        "make",
        "making",
        "makes"
      ],
      "then": [
        "difference",
        "dent"
      ],
      "gap": 3,
      "loose": true
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the concrete outcome of the job",
    "suggest": [
      "Your models decide which 3% of payments are held for review"
    ],
    "note": "Mission slogans say nothing about the work; a concrete outcome is both checkable and more motivating.",
    "source": "[DP-JARGON]; [AN]"
  },
  {
    "id": "soft-skill-filler",
    "rule": "no-vague-requirement",
    "phrases": [
      "team player",
      "team players",
      "problem solver",
      "problem solvers",
      "strategic thinker",
      "critical thinker",
      "creative thinker",
      "fast learner",
      "quick learner",
      "learn quickly",
      "learns quickly",
      "think creatively",
      "think strategically",
      "think critically",
      "detail-oriented",
      "attention to detail",
      "highly motivated",
      "self-motivated",
      "strong work ethic",
      "work ethic",
      "good communicator",
      "great communicator",
      "excellent communicator",
      "strong communicator",
      "people person"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the behaviour the job needs, as a task",
    "suggest": [
      "Answer customer-facing incidents within one hour during your on-call week"
    ],
    "note": "Soft-skill filler (about a quarter of tech job posts had a high level of it) muddies what is actually required; everyone claims it and no one can check it.",
    "source": "[DP-JARGON]"
  },
  {
    "id": "soft-skills",
    "rule": "no-vague-requirement",
    "phrases": [],
    "pattern": {
      "first": [
        "communication",
        "communicative",
        "interpersonal",
        "problem solving",
        "analytical",
        "analytic",
        "collaboration",
        "collaborative",
        "organizational",
        "organisational",
        "presentation",
        "people",
        "teamwork",
        "leadership",
        "critical thinking",
        "time management",
        "verbal",
        "written",
        "soft",
        "social",
        "multitasking",
        "multi-tasking",
        "prioritization"
      ],
      "then": [
        "skills",
        "skill",
        "abilities",
        "ability",
        "skillset"
      ],
      "gap": 5,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the communication or analysis the job needs, as a task",
    "suggest": [
      "Explain retrieval failures to support staff in a weekly review"
    ],
    "note": "Generic soft-skill requirements muddy what is required; generic criteria can also screen out people with disabilities unless tied to an essential function.",
    "source": "[DP-JARGON]; [UMD-ADA]"
  },
  {
    "id": "stress-free",
    "rule": "no-cliche",
    "phrases": [
      "stress-free",
      "drama-free",
      "meritocracy",
      "meritocratic",
      "hardcore",
      "hella",
      "skillz",
      "crush it",
      "crushing it",
      "make it rain",
      "hustle",
      "hustler",
      "hustlers"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "plain facts about how the team works",
    "suggest": [
      "Promotion criteria are written down and reviewed twice a year"
    ],
    "note": "These words either over-reassure (\"drama-free\"), claim fairness without evidence (\"meritocracy\") or read as bro culture.",
    "source": "[JL]"
  },
  {
    "id": "strong-skills",
    "rule": "no-vague-requirement",
    "phrases": [],
    "pattern": {
      "first": [
        "strong",
        "excellent",
        "exceptional",
        "outstanding",
        "superb",
        "great",
        "good",
        "solid",
        "effective",
        "very strong",
        "superior",
        "impeccable",
        "top-notch",
        "first-class"
      ],
      "then": [
        "skills",
        "skill",
        "skillset",
        "skill set",
        "abilities",
        "ability",
        "capabilities"
      ],
      "gap": 6,
      "loose": false
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the task the skill is needed for",
    "suggest": [
      "Write design docs and present model results to product managers every sprint"
    ],
    "note": "An adjective on a skill sets no level anyone can check; name the work the skill serves.",
    "source": "[DP-JARGON]; [UMD-ADA]; [AN]"
  },
  {
    "id": "superstar",
    "rule": "no-buzzword-title",
    "phrases": [
      "superstar",
      "superstars"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Senior Data Scientist (experimentation)"
    ],
    "note": "Competitive superlatives about the person devalue the work and put off candidates who do not see themselves as stars.",
    "source": "[JL]"
  },
  {
    "id": "synergy",
    "rule": "no-cliche",
    "phrases": [
      "synergy",
      "synergies",
      "synergize",
      "blue-sky thinking",
      "visionary",
      "move the needle",
      "moves the needle",
      "low-hanging fruit",
      "value-add",
      "actionable insights",
      "actionable insight",
      "culture of innovation",
      "mission-driven"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "plain words for the actual work",
    "suggest": [
      "Report weekly which campaigns to stop, with the test results behind it"
    ],
    "note": "Corporate jargon confuses readers and deters qualified job seekers; about 18% of tech job posts carried a high level of it.",
    "source": "[DP-JARGON]; [JL]"
  },
  {
    "id": "ten-x",
    "rule": "no-buzzword-title",
    "phrases": [
      "10x engineer",
      "10x engineers",
      "10x developer",
      "10x developers",
      "10x programmer"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the output you expect, stated as work",
    "suggest": [
      "Ships one production service per quarter with its monitoring and runbook"
    ],
    "note": "The \"10x engineer\" myth tells candidates to expect heroics and says nothing they can check themselves against.",
    "source": "[AN]; [JL]"
  },
  {
    "id": "thrive-in",
    "rule": "no-cliche",
    "phrases": [],
    "pattern": {
      "first": [
        "thrive",
        "thrives",
        "thriving"
      ],
      "then": [
        "environment",
        "environments",
        "setting",
        "settings",
        "ambiguity",
        "culture",
        "pace",
        "chaos",
        "startup",
        "pressure",
        "organization"
      ],
      "gap": 6,
      "loose": true
    },
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the working conditions as facts",
    "suggest": [
      "Priorities are set every two weeks with your manager; some projects start without a spec"
    ],
    "note": "Telling candidates they must \"thrive\" in an environment describes a feeling, not the job; it reads as a warning about pressure.",
    "source": "[DP-JARGON]; [BMD]; [SCREEN]"
  },
  {
    "id": "thrive-in-ambiguity",
    "rule": "no-cliche",
    "phrases": [
      "comfortable with ambiguity",
      "embrace ambiguity",
      "embraces ambiguity",
      "navigate ambiguity",
      "deal with ambiguity"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "which decisions the person will make without a spec",
    "suggest": [
      "You will write the first design doc for a product that has no spec yet"
    ],
    "note": "\"Ambiguity\" slogans describe a feeling, not the job; say what is undecided and who decides it.",
    "source": "[DP-JARGON]; [SCREEN]"
  },
  {
    "id": "tight-deadlines",
    "rule": "no-cliche",
    "phrases": [
      "tight deadline",
      "tight deadlines",
      "tight timelines"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the release cadence",
    "suggest": [
      "We release every two weeks"
    ],
    "note": "Advertising pressure instead of cadence deters careful candidates and says nothing checkable.",
    "source": "[JL]"
  },
  {
    "id": "track-record",
    "rule": "no-unquantified-experience",
    "phrases": [
      "proven track record",
      "track record",
      "proven history",
      "history of success",
      "history of successfully",
      "record of success",
      "proven success",
      "proven results"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the outcome you expect, with a scope",
    "suggest": [
      "You have led a project of 3+ engineers from design to production"
    ],
    "note": "\"Proven track record\" names no outcome and no scope; the amount of prior experience barely predicts performance (r = .06).",
    "source": "[VI19]; [AN]"
  },
  {
    "id": "unicorn",
    "rule": "no-buzzword-title",
    "phrases": [
      "unicorn",
      "unicorns"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "one role with a ranked list of must-haves",
    "suggest": [
      "Split the posting: a Data Engineer and a Data Scientist"
    ],
    "note": "Asking for a \"unicorn\" admits the posting wants several jobs in one person; candidates who meet most of it will not apply.",
    "source": "[AN]; [MOHR]"
  },
  {
    "id": "we-are-a-family",
    "rule": "no-cliche",
    "phrases": [
      "we are a family",
      "we're a family",
      "like a family",
      "one big family",
      "one big happy family",
      "like family"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "how the team actually works together",
    "suggest": [
      "Teams of five with a weekly demo and a blameless incident review"
    ],
    "note": "Calling a workplace a family blurs the line between work and private life and is a stock cliché.",
    "source": "[BMD]"
  },
  {
    "id": "wizard",
    "rule": "no-buzzword-title",
    "phrases": [
      "wizard",
      "wizards"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": true,
    "notAfter": [],
    "instead": "the real title and the skills the job needs",
    "suggest": [
      "Data Engineer (Spark, Airflow)"
    ],
    "note": "A fantasy persona instead of a title hides the job from candidates who search by title and says nothing a candidate can check.",
    "source": "[AN]; [JL]"
  },
  {
    "id": "work-hard-play-hard",
    "rule": "no-cliche",
    "phrases": [
      "work hard play hard",
      "work hard, play hard",
      "work hard and play hard",
      "work hard and have fun"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the working hours and the actual perks",
    "suggest": [
      "Core hours 10:00–16:00, no on-call outside your rotation"
    ],
    "note": "A well-known cliché that signals long hours and a drinking culture to many candidates.",
    "source": "[BMD]; [DP-JARGON]"
  },
  {
    "id": "world-class",
    "rule": "no-cliche",
    "phrases": [
      "world-class",
      "best-in-class",
      "best-of-breed",
      "a-players",
      "top talent",
      "top-notch"
    ],
    "pattern": null,
    "object": false,
    "end": false,
    "person": false,
    "notAfter": [],
    "instead": "the fact behind the claim",
    "suggest": [
      "Our search serves 20 million queries a day with a 99.95% uptime target"
    ],
    "note": "Self-praise superlatives are corporate jargon; they cannot be checked and deter candidates who do not see themselves as \"the best\".",
    "source": "[DP-JARGON]; [JL]"
  }
];
