import { describe, expect, it } from 'vitest';
import { analyzeTitle, type Role } from '@jdlint/core';

/**
 * Titles in the forms job boards use, written for this test (no posting's title is copied), with
 * the role each claims under the title policy of docs/rules/title-duty-mismatch.md: the role noun
 * decides; a generic noun (Engineer, Developer, Entwickler) takes its qualifier's role; a combined
 * title accepts each role it names; seniority, level, team, location, contract and company parts
 * are not the claim.
 */
const FORMS: Array<[string, Role[]]> = [
  // Level and ladder suffixes.
  ['Senior Staff ML Engineer II', ['ml-engineer']],
  ['Software Engineer (L5)', ['software-engineer']],
  ['Data Engineer III', ['data-engineer']],
  ['Research Scientist, Level 4', ['research-scientist']],
  ['Sr. Data Scientist (IC4)', ['data-scientist']],
  ['ML Engineer 2 – Search Relevance', ['ml-engineer']],
  ['Principal AI Engineer (E6)', ['ai-engineer']],
  ['Distinguished Engineer', ['software-engineer']],
  // Team suffixes after a comma or dash: a specific noun keeps its role.
  ['Machine Learning Engineer, Ads Ranking', ['ml-engineer']],
  ['Data Scientist – Growth', ['data-scientist']],
  ['Principal Data Engineer — Lakehouse', ['data-engineer']],
  ['AI Engineer III, Support Automation', ['ai-engineer']],
  ['Staff Software Engineer, Payments Infrastructure', ['software-engineer']],
  ['Data Engineer, ML Platform', ['data-engineer']],
  ['ML Engineer, Data Platform', ['ml-engineer']],
  ['Data Scientist, Machine Learning', ['data-scientist']],
  ['Applied Scientist II, LLM Alignment', ['ml-engineer']],
  ['Senior Data Analyst – Marketing Analytics', ['other']],
  // A generic noun takes its qualifier's role, before or after it.
  ['Software Engineer, Machine Learning', ['ml-engineer']],
  ['Backend Engineer - AI Products', ['ai-engineer']],
  ['Staff Eng, ML Platform', ['mlops']],
  ['Engineer, Machine Learning Infrastructure', ['mlops']],
  ['Sr Software Engr - GenAI', ['ai-engineer']],
  ['Full-Stack Engineer (AI products) | Remote', ['ai-engineer']],
  ['Software Engineer - Data Mining/Machine Learning', ['ml-engineer']],
  ['Performance Engineer, Accelerators', ['software-engineer']],
  // Parts separated by "|", "—", "–", " - " or " / ": the company and place are not the role.
  ['Acme | Senior AI Engineer | Remote (EU)', ['ai-engineer']],
  ['AI Labs | Backend Engineer | NYC', ['software-engineer']],
  ['Deep Learning Dynamics | Data Engineer | Onsite', ['data-engineer']],
  ['Brightpath — Machine Learning Engineer — Berlin', ['ml-engineer']],
  ['Orbit Analytics / Data Scientist / Hybrid', ['data-scientist']],
  ['Copperleaf Robotics - Perception Engineer - Munich', ['ml-engineer']],
  ['Data Engineer | Remote | Contract | 6-month', ['data-engineer']],
  ['GenAI Studio | Platform Engineer | London | Hybrid', ['software-engineer']],
  ['LLM Engineer | Stealth Startup | SF', ['ai-engineer']],
  ['Remote - MLOps Engineer - Full-time', ['mlops']],
  ['Berlin | Senior Data Scientist (m/w/d)', ['data-scientist']],
  ['Vector AI – Senior Frontend Developer – Remote, Europe', ['software-engineer']],
  ['Neural Forge / ML Engineer / Toronto', ['ml-engineer']],
  ['Kite Data | Senior Software Engineer, Payments | Full-time | www.kitedata.example', ['software-engineer']],
  ['AI Labs / Backend Engineer / NYC', ['software-engineer']],
  ['[Nimbus AI] Backend Engineer', ['software-engineer']],
  ['Backend Engineer at Nimbus AI', ['software-engineer']],
  ['Senior Engineer @ DeepGraph AI (Remote)', ['software-engineer']],
  ['Nimbus AI: Senior Frontend Developer', ['software-engineer']],
  ['Software Engineer: GenAI Assistants', ['ai-engineer']],
  ['Software Engineer - Des Moines, IA', ['software-engineer']],
  ['Senior Software Engineer / AI', ['ai-engineer']],
  ['Backend Engineer | Nimbus AI | Remote', ['software-engineer']],
  ['Entwicklungsingenieur (m/w/d)', ['software-engineer']],
  // Commas between the role, a city and contract terms.
  ['Senior Frontend Engineer, Lisbon, Full-time', ['software-engineer']],
  ['Software Engineer, New York (Hybrid)', ['software-engineer']],
  ['Part-time Data Analyst, Toronto', ['other']],
  ['Platform Engineer, Des Moines, IA', ['software-engineer']],
  // Locations, contract terms and gender tags.
  ['Machine Learning Engineer (Contract, 6-month)', ['ml-engineer']],
  ['AI Engineer - Hybrid - Berlin', ['ai-engineer']],
  ['Data Engineer (f/m/d) Full-time', ['data-engineer']],
  ['Data Scientist H/F', ['data-scientist']],
  ['Senior Backend Developer (m/w/d) in Vollzeit', ['software-engineer']],
  ['Freelance Prompt Engineer – 3 months', ['ai-engineer']],
  ['MLOps Engineer – Contract to Hire – Remote (US)', ['mlops']],
  ['Computer Vision Engineer (m/f/d)', ['ml-engineer']],
  ['NLP Research Scientist – Zurich', ['research-scientist']],
  // German, with compounds and KI for AI.
  ['Senior Datenwissenschaftler (m/w/d)', ['data-scientist']],
  ['Datenwissenschaftlerin', ['data-scientist']],
  ['KI-Ingenieur (m/w/d)', ['ai-engineer']],
  ['KI Entwickler (w/m/d) – Remote', ['ai-engineer']],
  ['Entwickler für KI-Anwendungen', ['ai-engineer']],
  ['Softwareentwickler Java (m/w/d)', ['software-engineer']],
  ['Machine Learning Ingenieur (w/m/d)', ['ml-engineer']],
  ['Dateningenieur (m/w/d) in Teilzeit', ['data-engineer']],
  ['Datenanalyst (m/w/d)', ['other']],
  ['Werkstudent Data Science (m/w/d)', ['data-scientist']],
  // French.
  ['Ingénieur en apprentissage automatique H/F', ['ml-engineer']],
  ['Développeur Full Stack (H/F) - CDI', ['software-engineer']],
  ['Scientifique des données senior', ['data-scientist']],
  ['Ingénieur IA générative – CDI', ['ai-engineer']],
  ['Ingénieur Données (F/H)', ['data-engineer']],
  ['Analyste de données - Stage', ['other']],
  // Spanish and Portuguese.
  ['Ingeniero de Datos Senior', ['data-engineer']],
  ['Científico de Datos – Remoto', ['data-scientist']],
  ['Científica de Datos', ['data-scientist']],
  ['Ingeniero de Aprendizaje Automático', ['ml-engineer']],
  ['Ingeniera de IA', ['ai-engineer']],
  ['Desarrollador de IA Generativa', ['ai-engineer']],
  ['Analista de Datos', ['other']],
  ['Engenheiro de Dados Pleno', ['data-engineer']],
  ['Cientista de Dados Sênior', ['data-scientist']],
  ['Engenheiro de Machine Learning', ['ml-engineer']],
  ['Desenvolvedor Back-end Júnior', ['software-engineer']],
  ['Engenheira de Inteligência Artificial', ['ai-engineer']],
  ['Cientista de Dados / Engenheiro de Machine Learning', ['data-scientist', 'ml-engineer']],
  // Casing and abbreviations.
  ['SENIOR MACHINE LEARNING ENGINEER - REMOTE', ['ml-engineer']],
  ['mAchine lEarning engineer', ['ml-engineer']],
  ['Data engineer', ['data-engineer']],
  ['Jr. Data Engineer', ['data-engineer']],
  ['Snr AI Engineer', ['ai-engineer']],
  ['Senior ML Eng.', ['ml-engineer']],
  ['Sr. ML Eng., Ads', ['ml-engineer']],
  ['SWE II, Infrastructure', ['software-engineer']],
  ['Senior MLE, Recommendations', ['ml-engineer']],
  ['Senior DS, Experimentation', ['data-scientist']],
  ['DS Intern – Pricing', ['data-scientist']],
  ['Gen AI Engineer', ['ai-engineer']],
  ['GenAI Developer', ['ai-engineer']],
  ['LLM ENGINEER (REMOTE)', ['ai-engineer']],
  ['AI INFRASTRUCTURE ENGINEER', ['mlops']],
  ['Machine Learning Ops Engineer', ['mlops']],
  ['ML Systems Engineer, Training', ['ml-engineer']],
  ['Machine Learning Intern', ['ml-engineer']],
  // Plural nouns (a board hiring several people) and "Dev".
  ['Backend Engineers | Remote (EU)', ['software-engineer']],
  ['Northwind - Senior ML ENGINEERS - Hybrid', ['ml-engineer']],
  ['Data Scientists, Growth', ['data-scientist']],
  ['Staff Software Dev – Payments', ['software-engineer']],
  ['Python Devs (contract)', ['software-engineer']],
  ['Fabrikam | Jr/Senior Data Engineers | Lisbon', ['data-engineer']],
  ['Research Scientists – Alignment', ['research-scientist']],
  // Member of Technical Staff names no work alone; a qualifier decides, as for Engineer.
  ['Member of Technical Staff', ['other']],
  ['Member of Technical Staff, Inference Platform', ['software-engineer']],
  ['Contoso Labs - MTS, Machine Learning - SF', ['ml-engineer']],
  // A domain's lead or trainee in a title of parts names the practitioner.
  ['Tailspin - Remote - NLP Leader - Full-time', ['ml-engineer']],
  ['Woodgrove | Data Platform Lead | Remote', ['data-engineer']],
  ['Litware - Machine Learning Trainee - Munich', ['ml-engineer']],
  // Qualifiers either side of an "or" are two variants of the title, each with its role.
  ['Product Engineer (frontend or GenAI)', ['software-engineer', 'ai-engineer']],
  ['Engineer – Data Platform or MLOps', ['data-engineer', 'mlops']],
  ['Software Engineer, Rust or Go', ['software-engineer']],
  ['Software Engineer, AI (Austin or Remote)', ['ai-engineer']],
  // Combined titles accept each role; two titles of one role are one role.
  ['AI/ML Engineer', ['ai-engineer', 'ml-engineer']],
  ['AI / ML Engineer', ['ai-engineer', 'ml-engineer']],
  ['Data Scientist / ML Engineer', ['data-scientist', 'ml-engineer']],
  ['Senior Data Engineer / Analytics Engineer', ['data-engineer']],
  ['MLOps or ML Engineer', ['mlops', 'ml-engineer']],
  // Titles that name no engineering role.
  ['Head of AI', ['other']],
  ['Data Science Manager', ['other']],
  ['VP, Machine Learning', ['other']],
  ['Engineering Manager, ML Platform', ['other']],
  ['Technical Recruiter, Machine Learning', ['other']],
  ['Regional Sales Lead', ['other']],
  ['Developer Advocate, AI Tools', ['other']],
  ['Data Scientist/Engineer', ['data-scientist', 'data-engineer']],
];

describe('analyzeTitle on board-form titles', () => {
  it.each(FORMS)('%s → %j', (title, roles) => {
    const result = analyzeTitle(title);
    expect([...result.roles].sort()).toEqual([...roles].sort());
    expect(result.combined).toBe(roles.length > 1);
  });

  it('holds at least 80 titles, every role among them', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(80);
    const seen = new Set(FORMS.flatMap(([, roles]) => roles));
    for (const role of ['ai-engineer', 'ml-engineer', 'data-scientist', 'data-engineer', 'mlops', 'research-scientist', 'software-engineer', 'other']) {
      expect(seen.has(role as Role)).toBe(true);
    }
  });

  it.each([
    ['Acme | Senior AI Engineer | Remote (EU)', ['senior']],
    ['Sr. Staff ML Engineer II', ['sr', 'staff', 'ii']],
    ['Cientista de Dados Sênior', ['sênior']],
    ['Snr AI Engineer', ['snr']],
  ] as const)('keeps the seniority of %s', (title, seniority) => {
    expect(analyzeTitle(title).seniority).toEqual(seniority);
  });

  it.each([
    ['AI Labs | Backend Engineer | NYC', false],
    ['Founding Engineer | Remote', true],
    ['KI Spezialist (m/w/d)', true],
    ['Datenwissenschaftler (m/w/d)', false],
    ['Platform Engineer, Des Moines, IA', false],
    ['Member of Technical Staff, ML Systems', true],
    ['Senior Software Devs | Remote', false],
  ] as const)('%s is vague: %s', (title, vague) => {
    expect(analyzeTitle(title).vague).toBe(vague);
  });

  it.each([
    ['Tailspin - Remote - NLP Leader - Full-time', ['NLP Leader'], 'NLP Leader'],
    ['Litware - Machine Learning Trainee - Munich', ['Machine Learning Trainee'], 'Machine Learning Trainee'],
    ['Northwind - Senior ML ENGINEERS - Hybrid', ['ML ENGINEERS'], 'ML ENGINEERS'],
  ] as const)('reports the words of %s as written', (title, matched, core) => {
    const result = analyzeTitle(title);
    expect(result.matched).toEqual(matched);
    expect(result.core).toBe(core);
  });

  it('makes only a noun singular: "Systems" of "ML Systems Engineers" stays a word of the noun', () => {
    expect(analyzeTitle('ML Systems Engineers').roles).toEqual(['ml-engineer']);
    expect(analyzeTitle('ML Systems Engineers').matched).toEqual(['ML Systems Engineers']);
    expect(analyzeTitle('Sales Engineers').roles).toEqual(['software-engineer']);
    expect(analyzeTitle('Developers Relations Manager').roles).toEqual(['other']);
  });
});
