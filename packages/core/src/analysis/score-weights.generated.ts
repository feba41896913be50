// Generated from packages/core/data/score-weights.yml by scripts/generate.ts — do not edit.
import type { ScoreWeights } from './score.js';

export const scoreWeights: ScoreWeights = {
  "severity": {
    "error": {
      "factor": 1.5,
      "reason": "An error is a defect a candidate notices at once (a wrong title, an impossible demand), so it costs half again."
    },
    "warning": {
      "factor": 1,
      "reason": "The points of each rule are set for a warning, the default severity of most rules."
    },
    "info": {
      "factor": 0.4,
      "reason": "Informational findings are judgment calls; they cost a little so that fixing them still shows."
    }
  },
  "categories": [
    {
      "id": "role-clarity",
      "name": "Role clarity",
      "weight": 30,
      "reason": "Whether the title names the job the duties describe is the first thing a candidate decides on, and jdlint's main finding.",
      "rules": [
        {
          "rule": "ambiguous-title",
          "points": 20,
          "cap": 30,
          "reason": "A title that commits to no role hides a clear job behind a vague name; cheaper than a wrong title."
        },
        {
          "rule": "mixed-role",
          "points": 30,
          "cap": 45,
          "reason": "Duties spread over two or three roles describe several jobs, which few candidates can judge themselves against."
        },
        {
          "rule": "no-open-ended-duties",
          "points": 5,
          "cap": 15,
          "reason": "Each \"other duties as assigned\" leaves the scope of the job open; small, and capped since postings repeat it."
        },
        {
          "rule": "title-duty-mismatch",
          "points": 40,
          "cap": 60,
          "reason": "A title that claims another role sends the posting to the wrong candidates; one mismatch is the largest single cost."
        }
      ]
    },
    {
      "id": "requirements-realism",
      "name": "Requirements realism",
      "weight": 25,
      "reason": "Requirements decide who applies; vague or impossible ones turn away qualified candidates and say nothing checkable.",
      "rules": [
        {
          "rule": "no-unquantified-experience",
          "points": 4,
          "cap": 16,
          "reason": "Each experience claim with no scope (\"extensive experience\") costs a little; capped below vague requirements as it is rarer."
        },
        {
          "rule": "no-vague-requirement",
          "points": 4,
          "cap": 24,
          "reason": "Each requirement with nothing to check (\"strong skills\", \"familiarity with\") costs a little; capped since postings have many."
        },
        {
          "rule": "seniority-years-conflict",
          "points": 20,
          "cap": 30,
          "reason": "A junior title with senior years (or the reverse) leaves the level of the job unclear."
        },
        {
          "rule": "too-many-requirements",
          "points": 15,
          "cap": 25,
          "reason": "A long must-have list deters candidates who meet most of it; one finding per list, so a moderate cost."
        },
        {
          "rule": "years-exceed-technology-age",
          "points": 20,
          "cap": 40,
          "reason": "Asking for more years of a tool than it has existed is a demand nobody meets and a sign the list was not read."
        }
      ]
    },
    {
      "id": "inclusive-language",
      "name": "Inclusive language",
      "weight": 15,
      "reason": "Gendered words, persona titles and hype narrow the pool of applicants without saying anything about the job.",
      "rules": [
        {
          "rule": "gendered-language",
          "points": 15,
          "cap": 45,
          "reason": "A gendered term or pronoun for the candidate addresses only some readers; each one costs."
        },
        {
          "rule": "no-buzzword-title",
          "points": 25,
          "cap": 40,
          "reason": "A rockstar or ninja in the title is the most visible hype in a posting and is known to put candidates off."
        },
        {
          "rule": "no-cliche",
          "points": 3,
          "cap": 30,
          "reason": "Each cliché tells candidates nothing; many postings have several, so each is cheap and the rule is capped."
        }
      ]
    },
    {
      "id": "pay-transparency",
      "name": "Pay transparency",
      "weight": 20,
      "reason": "A pay range is what candidates look for first, and several jurisdictions require it in the posting.",
      "rules": [
        {
          "rule": "salary-range",
          "points": 50,
          "cap": 75,
          "reason": "A posting with no range, or words standing in for one, withholds the figure candidates need; the cap leaves room for an error-level finding."
        }
      ]
    },
    {
      "id": "structure-and-length",
      "name": "Structure and length",
      "weight": 10,
      "reason": "A readable posting has its sections, a length that can be read, and names spelt as their projects spell them.",
      "rules": [
        {
          "rule": "markdown-limits",
          "points": 10,
          "cap": 20,
          "reason": "Markdown past the parser's limits is read as plain text, so the posting's structure is lost."
        },
        {
          "rule": "missing-section",
          "points": 25,
          "cap": 50,
          "reason": "A posting without a responsibilities or requirements section leaves out half of what a candidate reads it for."
        },
        {
          "rule": "posting-length",
          "points": 20,
          "cap": 30,
          "reason": "A posting far too short says too little, one far too long is not read; informational by default, so it costs 8."
        },
        {
          "rule": "tech-term-spelling",
          "points": 3,
          "cap": 15,
          "reason": "A misspelt technology name reads as carelessness to the engineers the posting is for; cheap and capped."
        },
        {
          "rule": "valid-front-matter",
          "points": 20,
          "cap": 30,
          "reason": "Broken front matter loses the title, location and pay fields the other checks read."
        }
      ]
    }
  ]
};
