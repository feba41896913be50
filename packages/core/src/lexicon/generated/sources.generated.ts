// Generated from packages/core/data/sources.yml by scripts/generate.ts — do not edit.
import type { SourceCitation } from '../types.js';

export const sourceCitations: readonly SourceCitation[] = [
  {
    "code": "JL",
    "cite": "joblint rules (Rowan Manning, rowanmanning/joblint lib/rules.js, MIT)"
  },
  {
    "code": "JL-README",
    "cite": "joblint README, which calls its own matching \"very naïve\""
  },
  {
    "code": "GFK",
    "cite": "Gaucher, Friesen & Kay (2011), \"Evidence that gendered wording in job advertisements exists and sustains gender inequality\", JPSP 101(1):109–128, Appendix A"
  },
  {
    "code": "GD",
    "cite": "Gender Decoder word lists (Kat Matfield, lovedaybrooke/gender-decoder, MIT)"
  },
  {
    "code": "CR23",
    "cite": "Castilla & Rho (2023), \"The gendering of job postings in the online recruitment process\", Management Science 69(11):6912–6939"
  },
  {
    "code": "DP-JARGON",
    "cite": "Datapeople, \"Skip corporate jargon, corporate clichés and soft skills\" (10,000+ US employers)"
  },
  {
    "code": "BMD",
    "cite": "Business Management Daily, \"10 clichés that taint your job ads\""
  },
  {
    "code": "SCREEN",
    "cite": "The Screening Room, \"Your job descriptions are costing you qualified candidates\""
  },
  {
    "code": "VI19",
    "cite": "Van Iddekinge, Arnold, Frieder & Roth (2019), meta-analysis of pre-hire work experience and performance, Personnel Psychology"
  },
  {
    "code": "MOHR",
    "cite": "Tara Sophia Mohr (2014), \"Why women don't apply for jobs unless they're 100% qualified\", Harvard Business Review"
  },
  {
    "code": "LI-GENDER",
    "cite": "LinkedIn Gender Insights report (2019)"
  },
  {
    "code": "LI-TIPS",
    "cite": "LinkedIn Talent Solutions, \"7 tips for writing job posts\""
  },
  {
    "code": "UMD-ADA",
    "cite": "University of Minnesota Duluth HR, ADA guidance on essential functions in job descriptions"
  },
  {
    "code": "VIG",
    "cite": "Vigilant, \"Catch-all language in a job description is not much help in an ADA defense\" (Conklin v. Hawbaker Engineering, M.D. Pa. 2019)"
  },
  {
    "code": "NEWF",
    "cite": "NEWF, \"ADA essential duties documentation guide\""
  },
  {
    "code": "ALEX",
    "cite": "alex / retext-equality word lists (unified collective, MIT)"
  },
  {
    "code": "AN",
    "cite": "jdlint domain notes §3 (maintainers' analysis of job-ad wording)"
  }
];
