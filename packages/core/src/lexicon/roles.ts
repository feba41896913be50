/** The one role vocabulary used everywhere: lexicons, titles, profiles, JSON output. */
export const ROLES = [
  'ai-engineer',
  'ml-engineer',
  'data-scientist',
  'data-engineer',
  'mlops',
  'research-scientist',
  'software-engineer',
  'other',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  'ai-engineer': 'AI Engineer',
  'ml-engineer': 'Machine Learning Engineer',
  'data-scientist': 'Data Scientist',
  'data-engineer': 'Data Engineer',
  mlops: 'MLOps Engineer',
  'research-scientist': 'Research Scientist',
  'software-engineer': 'Software Engineer',
  other: 'another role',
};

/** One line on what each role does, used in messages and the analyze report. */
export const ROLE_SUMMARIES: Record<Role, string> = {
  'ai-engineer': 'builds products on existing models (LLM apps, RAG, prompts, agents, model APIs)',
  'ml-engineer': 'trains and develops custom models (training, features, evaluation, PyTorch/TensorFlow)',
  'data-scientist': 'turns data into decisions (statistics, experiments, causal inference, insight)',
  'data-engineer': 'builds data pipelines, warehouses and ETL',
  mlops: 'deploys, serves, monitors and scales models and ML platforms',
  'research-scientist': 'invents new methods and publishes',
  'software-engineer': 'builds applications and services where ML/AI is peripheral',
  other: 'work outside the engineering and data roles jdlint models',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** "a Data Scientist", "an AI Engineer", "an MLOps Engineer". */
export function withArticle(name: string): string {
  return `${/^(?:[AEIOU]|ML)/.test(name) ? 'an' : 'a'} ${name}`;
}
