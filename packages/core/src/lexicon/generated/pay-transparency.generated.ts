// Generated from packages/core/data/pay-transparency.yml by scripts/generate.ts — do not edit.
import type { JurisdictionEntry, VaguePayEntry } from '../types.js';

export const jurisdictions: readonly JurisdictionEntry[] = [
  {
    "id": "austria",
    "name": "Austria",
    "law": "the Austrian Equal Treatment Act (Gleichbehandlungsgesetz, § 9 (2))",
    "effective": "2011-03-01",
    "who": "every specific job ad; the collective-agreement minimum with its time unit, and any willingness to pay more",
    "places": [
      "austria",
      "österreich",
      "vienna",
      "wien",
      "graz",
      "linz",
      "salzburg",
      "innsbruck"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "AT"
    ],
    "source": "domain §3.9; [AT], [AT2]"
  },
  {
    "id": "british-columbia",
    "name": "British Columbia",
    "law": "the British Columbia Pay Transparency Act",
    "effective": "2023-11-01",
    "who": "all publicly advertised postings; the range must be bounded (no \"$25 and up\")",
    "places": [
      "british columbia",
      "vancouver",
      "burnaby"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "BC"
    ],
    "source": "domain §3.9; [BC]"
  },
  {
    "id": "california",
    "name": "California",
    "law": "California SB 1162 (Labor Code § 432.3)",
    "effective": "2023-01-01",
    "who": "employers with 15 or more employees",
    "places": [
      "california",
      "san francisco",
      "sf bay area",
      "bay area",
      "silicon valley",
      "los angeles",
      "san diego",
      "san jose",
      "palo alto",
      "mountain view",
      "sunnyvale",
      "santa clara",
      "menlo park",
      "cupertino",
      "oakland",
      "berkeley",
      "sacramento",
      "irvine",
      "santa monica",
      "redwood city",
      "san mateo"
    ],
    "placesCaseSensitive": [
      "SF"
    ],
    "codes": [
      "CA"
    ],
    "source": "domain §3.9; [TCW], [BI-PAY]"
  },
  {
    "id": "cleveland",
    "name": "Cleveland",
    "law": "Cleveland Ordinance No. 104-2025",
    "effective": "2025-10-27",
    "who": "employers with 15 or more employees in Cleveland",
    "places": [
      "cleveland"
    ],
    "placesCaseSensitive": [],
    "codes": [],
    "source": "domain §3.9; [CLE]"
  },
  {
    "id": "colorado",
    "name": "Colorado",
    "law": "the Colorado Equal Pay for Equal Work Act",
    "effective": "2021-01-01",
    "who": "employers with at least one employee in Colorado, including remote jobs that could be done there; a general description of benefits too",
    "places": [
      "colorado",
      "denver",
      "boulder",
      "colorado springs",
      "fort collins"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "CO"
    ],
    "source": "domain §3.9; [BURK], [BARTKO]"
  },
  {
    "id": "delaware",
    "name": "Delaware",
    "law": "Delaware HB 105 of 2025",
    "effective": "2027-09-26",
    "who": "employers with 26 or more employees",
    "places": [
      "delaware"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "DE"
    ],
    "source": "domain §3.9; [DE], [VORYS]"
  },
  {
    "id": "district-of-columbia",
    "name": "the District of Columbia",
    "law": "the D.C. Wage Transparency Omnibus Amendment Act of 2023",
    "effective": "2024-06-30",
    "who": "all employers, internal postings too",
    "places": [
      "district of columbia",
      "washington dc",
      "washington d.c.",
      "washington, dc",
      "washington, d.c."
    ],
    "placesCaseSensitive": [],
    "codes": [
      "DC"
    ],
    "source": "domain §3.9; [MANATT]"
  },
  {
    "id": "hawaii",
    "name": "Hawaii",
    "law": "Hawaii Act 203 of 2023 (SB 1057)",
    "effective": "2024-01-01",
    "who": "employers with 50 or more employees",
    "places": [
      "hawaii",
      "honolulu"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "HI"
    ],
    "source": "domain §3.9; [HI]"
  },
  {
    "id": "illinois",
    "name": "Illinois",
    "law": "the Illinois Equal Pay Act as amended by HB 3129",
    "effective": "2025-01-01",
    "who": "employers with 15 or more employees, for jobs performed in Illinois or reporting there; benefits too",
    "places": [
      "illinois",
      "chicago"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "IL"
    ],
    "source": "domain §3.9; [OGL]"
  },
  {
    "id": "jersey-city",
    "name": "Jersey City",
    "law": "Jersey City Ordinance 22-026",
    "effective": "2022",
    "who": "employers with 5 or more employees and their principal place of business in Jersey City",
    "places": [
      "jersey city"
    ],
    "placesCaseSensitive": [],
    "codes": [],
    "within": "new-jersey",
    "source": "domain §3.9 (\"in force\"; only the year is known); [GAP]; ADP compliance bulletin on Ordinance 22-026"
  },
  {
    "id": "maryland",
    "name": "Maryland",
    "law": "Maryland SB 525 of 2024 (the Wage Range Transparency Act)",
    "effective": "2024-10-01",
    "who": "all employers",
    "places": [
      "maryland",
      "baltimore",
      "bethesda",
      "rockville"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "MD"
    ],
    "source": "domain §3.9; [MANATT], [EBG]"
  },
  {
    "id": "massachusetts",
    "name": "Massachusetts",
    "law": "the Massachusetts Act relative to salary range transparency (Chapter 141 of the Acts of 2024)",
    "effective": "2025-10-29",
    "who": "employers with 25 or more employees in Massachusetts",
    "places": [
      "massachusetts",
      "boston"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "MA"
    ],
    "source": "domain §3.9; [MORSE], [GTLAW]"
  },
  {
    "id": "minnesota",
    "name": "Minnesota",
    "law": "Minnesota Statutes § 181.173",
    "effective": "2025-01-01",
    "who": "employers with 30 or more employees",
    "places": [
      "minnesota",
      "minneapolis"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "MN"
    ],
    "source": "domain §3.9; [MANATT2]"
  },
  {
    "id": "new-jersey",
    "name": "New Jersey",
    "law": "New Jersey S2310 (P.L. 2024, c. 91)",
    "effective": "2025-06-01",
    "who": "employers with 10 or more employees",
    "places": [
      "new jersey",
      "newark",
      "hoboken",
      "princeton"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "NJ"
    ],
    "source": "domain §3.9; [PEA]"
  },
  {
    "id": "new-york-city",
    "name": "New York City",
    "law": "New York City's pay-transparency law (Local Law 32 of 2022, Admin. Code § 8-107(32))",
    "effective": "2022-11-01",
    "who": "jobs, promotions and transfers performed in New York City; a good-faith minimum and maximum",
    "places": [
      "new york city",
      "nyc",
      "new york, ny",
      "manhattan",
      "brooklyn"
    ],
    "placesCaseSensitive": [],
    "codes": [],
    "within": "new-york-state",
    "source": "domain §3.9; [COOLEY]"
  },
  {
    "id": "new-york-state",
    "name": "New York State",
    "law": "New York Labor Law § 194-b",
    "effective": "2023-09-17",
    "who": "employers with 4 or more employees, for jobs performed in New York or reporting to a supervisor there",
    "places": [
      "new york state",
      "state of new york",
      "new york",
      "albany",
      "buffalo"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "NY"
    ],
    "source": "domain §3.9; [COOLEY]"
  },
  {
    "id": "ontario",
    "name": "Ontario",
    "law": "the Ontario Employment Standards Act, 2000 as amended by the Working for Workers Four Act, 2024",
    "effective": "2026-01-01",
    "who": "employers with 25 or more employees",
    "places": [
      "ontario",
      "toronto",
      "ottawa",
      "mississauga"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "ON"
    ],
    "source": "domain §3.9; [ONT]"
  },
  {
    "id": "prince-edward-island",
    "name": "Prince Edward Island",
    "law": "the Prince Edward Island Employment Standards Act (pay-range amendment of 2022)",
    "effective": "2022-06-01",
    "who": "publicly advertised postings",
    "places": [
      "prince edward island",
      "charlottetown"
    ],
    "placesCaseSensitive": [
      "PEI"
    ],
    "codes": [
      "PE"
    ],
    "source": "domain §3.9; [CAN]"
  },
  {
    "id": "vermont",
    "name": "Vermont",
    "law": "Vermont Act 155 of 2024 (21 V.S.A. § 495o)",
    "effective": "2025-07-01",
    "who": "employers with 5 or more employees",
    "places": [
      "vermont",
      "montpelier"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "VT"
    ],
    "source": "domain §3.9; [MANATT2]"
  },
  {
    "id": "washington",
    "name": "Washington State",
    "law": "the Washington Equal Pay and Opportunities Act (RCW 49.58.110)",
    "effective": "2023-01-01",
    "who": "employers with 15 or more employees; a general description of benefits too",
    "places": [
      "washington state",
      "state of washington",
      "seattle",
      "bellevue",
      "redmond",
      "tacoma",
      "spokane",
      "olympia",
      "kirkland"
    ],
    "placesCaseSensitive": [],
    "codes": [
      "WA"
    ],
    "source": "domain §3.9; [BI-PAY]"
  }
];

export const vaguePay: readonly VaguePayEntry[] = [
  {
    "id": "attractive-pay",
    "terms": [
      "attractive salary",
      "attractive compensation",
      "attractive package",
      "attractive remuneration",
      "generous salary",
      "generous compensation",
      "excellent salary",
      "excellent compensation",
      "great pay",
      "great salary",
      "top-tier compensation",
      "top of market compensation",
      "market rate salary",
      "market-rate compensation",
      "salary adequate",
      "adequate salary",
      "fair salary",
      "fair compensation"
    ],
    "caseSensitive": [],
    "payContext": false,
    "source": "domain §3.9 (a claim about pay that gives no number); [LI-TIPS]"
  },
  {
    "id": "competitive-pay",
    "terms": [
      "competitive salary",
      "competitive salaries",
      "competitive pay",
      "competitive compensation",
      "competitive base",
      "competitive base salary",
      "competitive base pay",
      "competitive wage",
      "competitive wages",
      "competitive remuneration",
      "competitive rate",
      "competitive rates",
      "competitive hourly rate",
      "competitive package",
      "competitive compensation package",
      "competitive total compensation",
      "competitive total rewards",
      "competitive pay package"
    ],
    "caseSensitive": [],
    "payContext": false,
    "source": "domain §3.9 (\"competitive salary\" is not a range); [BC]"
  },
  {
    "id": "depends-on-experience",
    "terms": [
      "depending on experience",
      "depends on experience",
      "dependent on experience",
      "commensurate with experience",
      "commensurate with skills",
      "commensurate with qualifications",
      "based on experience",
      "salary negotiable",
      "negotiable salary",
      "negotiable"
    ],
    "caseSensitive": [
      "DOE",
      "DOQ"
    ],
    "payContext": true,
    "source": "domain §3.9 (\"DOE\" is not a range); [BC]"
  }
];
