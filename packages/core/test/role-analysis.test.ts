import { describe, expect, it } from 'vitest';
import { analyze, ConfigError, resolveLexicon, type JdlintConfig } from '@jdlint/core';

const md = (...lines: string[]) => `${lines.join('\n')}\n`;
/** An ML Engineer posting whose duties are `duties`, one list item each. */
const mlePosting = (duties: string[]) => md('# Machine Learning Engineer', '', '## What you will do', '', ...duties.map((d) => `- ${d}`));

function mentionsOf(source: string, config?: JdlintConfig) {
  return analyze(source, config ? { config } : {}).mentions;
}

describe('negation', () => {
  it('continues across a list after the negated verb, and stops at a contrast', () => {
    const source = md(
      '# MLOps Engineer',
      '',
      '## What you will do',
      '',
      '- This role will not be involved in building, developing or training any machine learning models, but you will deploy models to production',
    );
    const mentions = mentionsOf(source);
    const training = mentions.filter((m) => m.roles['ml-engineer'] === 'strong');
    expect(training.length).toBeGreaterThan(0);
    expect(training.every((m) => m.negated)).toBe(true);
    expect(mentions.find((m) => m.id === 'deploy-model')?.negated).toBe(false);
  });

  it('counts negated duties against their role and says so in the profile', () => {
    const { profile } = analyze(
      md(
        '# AI Engineer',
        '',
        '## Responsibilities',
        '',
        '- Build a support assistant on the Anthropic API with retrieval over our help center',
        '- Write and version prompt templates',
        '- We do not train our own models',
      ),
    );
    expect(profile.dutyRole).toBe('ai-engineer');
    expect(profile.evidence.some((e) => e.role === 'ml-engineer' && e.negated && e.weight < 0)).toBe(true);
  });

  it('does not read "including but not limited to" as a negation', () => {
    const mentions = mentionsOf(md('# Data Scientist', '', '## Requirements', '', '- Experience including but not limited to A/B testing and causal inference'));
    expect(mentions.filter((m) => m.roles['data-scientist']).every((m) => !m.negated)).toBe(true);
  });

  it('reads a heading that says what the job is not as a negation of its items', () => {
    const mentions = mentionsOf(md('# ML Engineer', '', "## This role isn't for you if", '', '- You want to publish research papers at NeurIPS'));
    const research = mentions.filter((m) => m.roles['research-scientist']);
    expect(research.length).toBeGreaterThan(0);
    expect(research.every((m) => m.negated)).toBe(true);
  });
});

describe('context of a mention', () => {
  it('hedges "… is a plus" and "familiarity with …" down to nice-to-have weight', () => {
    const mentions = mentionsOf(md('# AI Engineer', '', '## Requirements', '', '- Experience with PyTorch is a plus', '- Familiarity with Kubeflow', '- Strong Python'));
    expect(mentions.find((m) => m.text === 'PyTorch')?.hedged).toBe(true);
    expect(mentions.find((m) => m.text === 'Kubeflow')?.hedged).toBe(true);
  });

  it('marks text in parentheses as an aside', () => {
    const mentions = mentionsOf(md('# AI Engineer', '', '## Requirements', '', '- Experience with ML frameworks (PyTorch, TensorFlow)'));
    expect(mentions.find((m) => m.text === 'PyTorch')?.parenthetical).toBe(true);
  });

  it('counts a duty list pasted twice once', () => {
    const list = ['- Train ranking models in PyTorch', '- Engineer features from click logs'];
    const { mentions } = analyze(md('# ML Engineer', '', '## Overview', '', ...list, '', '## Overview', '', ...list));
    const pytorch = mentions.filter((m) => m.text === 'PyTorch');
    expect(pytorch.map((m) => m.repeated)).toEqual([false, true]);
  });

  it('keeps the duties of a posting pasted as one paragraph, and drops only its legal sentences', () => {
    const source = md(
      '# Software Engineer - MLOps',
      '',
      'We sell used cars online. **As an MLOps engineer, you will:** deploy machine learning models with SageMaker and MLflow, and build CI/CD for machine learning. ' +
        'We are an equal opportunity employer and consider all applicants without regard to race, color, religion, sex or national origin. ' +
        'We also offer a four-day week in summer.',
    );
    const { profile, mentions } = analyze(source);
    expect(profile.dutyRole).toBe('mlops');
    expect(mentions.find((m) => m.text === 'MLflow')?.legal).toBe(false);
    expect(mentions.find((m) => m.text === 'MLflow')?.section).toBe('responsibilities');
  });

  it('lets a verb decide an ambiguous noun: deploying models is not building them', () => {
    const { profile } = analyze(
      md(
        '# Machine Learning Engineer',
        '',
        '## Responsibilities',
        '',
        '- Deploy pre-trained machine learning models to production',
        '- Monitor model drift and maintain models in production',
        '- Operate our model serving infrastructure on Kubernetes',
      ),
    );
    expect(profile.dutyRole).toBe('mlops');
    expect(profile.mismatch).toBe(true);
  });

  it('does not find a phrase inside a hyphenated word or a noun phrase in a verb phrase', () => {
    const mentions = mentionsOf(md('# Engineer', '', '- Ship cutting-edge AI to customers', '- Review the tools used by the team'));
    expect(mentions.some((m) => m.text.toLowerCase() === 'edge ai')).toBe(false);
    expect(mentions.some((m) => m.id === 'function-calling')).toBe(false);
  });

  it('reads the company blurb before the duty headings as weak evidence', () => {
    const { profile } = analyze(
      md(
        '# Data Engineer',
        '',
        'We are an AI company: our LLM agents, RAG pipelines and copilots power thousands of support teams.',
        '',
        '## What you will do',
        '',
        '- Build and maintain ETL pipelines into Snowflake',
        '- Orchestrate jobs with Airflow and write dbt models',
      ),
    );
    expect(profile.dutyRole).toBe('data-engineer');
    expect(profile.mismatch).toBe(false);
  });
});

describe('the end of the description', () => {
  it('weighs untitled sections after pay and benefits as company text', () => {
    const body = (closing: string) =>
      md(
        '# Data Engineer',
        '',
        '## What you will do',
        '',
        '- Build and maintain ETL pipelines into the warehouse',
        '- Orchestrate batch jobs with Airflow',
        '',
        '## Salary',
        '',
        'USD 120,000 to 150,000.',
        '',
        closing,
        '',
        'Our research teams publish at NeurIPS and ICML on interpretability and scaling laws.',
      );
    const profile = analyze(body('## How we work')).profile;
    const research = profile.evidence.filter((e) => e.role === 'research-scientist');
    expect(research.length).toBeGreaterThan(0);
    // At most the blurb's weight (0.3) times the strongest lexicon weight.
    for (const e of research) expect(e.weight).toBeLessThanOrEqual(0.9);
    expect(profile.dutyRole).toBe('data-engineer');
  });
});

describe('the other outcome', () => {
  it('calls reporting and BI work under a data-science title analytics, not data science', () => {
    const { profile } = analyze(
      md(
        '# Data Scientist',
        '',
        '## What you will do',
        '',
        '- Build dashboards in Looker for the sales team',
        '- Own weekly KPI reporting and metric design',
        '- Set up event tracking with product engineers',
      ),
    );
    expect(profile.dutyRole).toBe('other');
    expect(profile.mismatch).toBe(true);
    expect(profile.recommendation.title).toBe('Data Analyst');
  });

  it('keeps dashboards with experiments and statistics as data science', () => {
    const { profile } = analyze(
      md(
        '# Data Scientist',
        '',
        '## What you will do',
        '',
        '- Design and analyze A/B tests for the checkout funnel',
        '- Use causal inference and hypothesis testing to size the effect of pricing changes',
        '- Build dashboards that track the experiment results',
      ),
    );
    expect(profile.dutyRole).toBe('data-scientist');
    expect(profile.mismatch).toBe(false);
  });

  it("reads management duties under a manager's title as management, and the same duties under an engineer's title as the work", () => {
    const duties = [
      '## What you will do',
      '',
      '- Manage a team of eight machine learning engineers and grow the team',
      '- People management: career development, performance reviews and direct reports',
      '- Own the roadmap for our ranking models with product leadership',
      '- Review the training and evaluation of ranking models',
    ];
    const manager = analyze(md('# Engineering Manager, Ranking', '', ...duties)).profile;
    expect(manager.dutyRole).toBe('other');
    expect(manager.mismatch).toBe(false);
    const engineer = analyze(md('# Machine Learning Engineer', '', ...duties.slice(0, 2), '- Train and evaluate ranking models', '- Build features for the ranking models')).profile;
    expect(engineer.dutyRole).toBe('ml-engineer');
  });

  it('reads deploying, serving and monitoring models as MLOps when the posting builds none', () => {
    const { profile } = analyze(
      md(
        '# Machine Learning Engineer',
        '',
        '## Responsibilities',
        '',
        '- Deploy models to production behind low-latency inference endpoints',
        '- Monitor model drift and alert on degradation',
        '- Build and operate the ML platform on Kubernetes',
      ),
    );
    expect(profile.dutyRole).toBe('mlops');
    expect(profile.mismatch).toBe(true);
  });

  it('cannot tell the role from a posting without duties', () => {
    const { profile } = analyze(md('# Machine Learning Engineer', '', 'Join our friendly team and grow with us.'));
    expect(profile.confidence).toBe('none');
    expect(profile.mismatch).toBe(false);
    expect(profile.recommendation).toMatchObject({ role: null, title: null });
    expect(profile.recommendation.text).toMatch(/^Cannot tell which role to hire/);
  });
});

describe('hiring questions', () => {
  const product = md(
    '# AI Engineer',
    '',
    '## What you will do',
    '',
    '- Build a support assistant for end users on the OpenAI API',
    '- Index our knowledge base and help-center articles for retrieval-augmented generation',
    '- Ship fast: prototype, measure and iterate quickly with product managers',
  );

  it('answers model or product, training or retrieval, speed or precision with located phrases', () => {
    const { profile } = analyze(product);
    const byId = Object.fromEntries(profile.questions.map((q) => [q.id, q]));
    expect(byId['model-or-product']).toMatchObject({ answer: 'product', role: 'ai-engineer' });
    expect(byId['training-or-retrieval-data']).toMatchObject({ answer: 'retrieval', role: 'ai-engineer' });
    expect(byId['speed-or-precision']).toMatchObject({ answer: 'speed', role: 'ai-engineer' });
    const phrase = byId['training-or-retrieval-data']!.evidence.find((e) => e.text === 'Index our knowledge base');
    expect(phrase).toMatchObject({ side: 'retrieval', line: 6, column: 3 });
    expect(profile.recommendation.role).toBe('ai-engineer');
    expect(profile.recommendation.text).toMatch(/^Hire an AI Engineer/);
    expect(profile.recommendation.text).toMatch(/its data is retrieved as context/);
  });

  it('answers the other side for model work, and says when the posting is silent', () => {
    const { profile } = analyze(
      md(
        '# Machine Learning Engineer',
        '',
        '## What you will do',
        '',
        '- Train fraud-detection models on historical transactions and engineer features',
        '- Improve precision and recall, and reduce false positives on the review queue',
      ),
    );
    const byId = Object.fromEntries(profile.questions.map((q) => [q.id, q]));
    expect(byId['model-or-product']?.answer).toBe('model');
    expect(byId['training-or-retrieval-data']?.answer).toBe('training');
    expect(byId['speed-or-precision']?.answer).toBe('precision');
    const silent = analyze(md('# Data Engineer', '', '## Duties', '', '- Build ETL pipelines in Airflow and dbt into BigQuery'));
    expect(silent.profile.questions.every((q) => q.answer === 'not-applicable')).toBe(true);
  });

  it('recommends splitting a posting that is two jobs', () => {
    const { profile } = analyze(
      md(
        '# Machine Learning Engineer',
        '',
        '## Responsibilities',
        '',
        '- Train and evaluate churn models in PyTorch',
        '- Engineer features and tune hyperparameters',
        '- Build ETL pipelines in Airflow and dbt',
        '- Own the data warehouse in Snowflake',
      ),
    );
    expect(profile.recommendation.split.sort()).toEqual(['data-engineer', 'ml-engineer']);
    expect(profile.recommendation.text).toMatch(/^Hire for two roles, or rank them/);
  });
});

describe('company lexicon (config lexicon.terms)', () => {
  const posting = md('# Software Engineer', '', '## What you will do', '', '- Extend Forgewright and Ledgerline for our customer teams', '- Keep Forgewright pipelines fast');
  const config: JdlintConfig = {
    lexicon: {
      terms: [
        { id: 'forgewright', terms: ['Forgewright'], roles: { 'ai-engineer': 'strong' }, source: 'Acme platform wiki' },
        { id: 'ledgerline', terms: ['ledgerline'], roles: { 'ai-engineer': 'medium' } },
      ],
    },
  };

  it('adds a company’s own terms as role evidence, with their source', () => {
    expect(analyze(posting).profile.confidence).toBe('none');
    const { profile, mentions } = analyze(posting, { config });
    expect(mentions.filter((m) => m.id === 'forgewright')).toHaveLength(2);
    expect(profile.dutyRole).toBe('ai-engineer');
    expect(profile.mismatch).toBe(true);
  });

  it('keeps matchers apart per config, and the default path unchanged', () => {
    const other: JdlintConfig = { lexicon: { terms: [{ id: 'forgewright', terms: ['forgewright'], roles: { 'data-engineer': 'strong' } }] } };
    expect(analyze(posting, { config: other }).profile.scores['data-engineer']).toBeGreaterThan(0.5);
    expect(analyze(posting, { config }).profile.scores['ai-engineer']).toBeGreaterThan(0.5);
    expect(analyze(posting).mentions.some((m) => m.id === 'forgewright')).toBe(false);
  });

  it('rejects a bad entry with a ConfigError that names it', () => {
    const bad = (terms: unknown) => () => resolveLexicon({ lexicon: { terms } } as JdlintConfig);
    expect(bad([{ id: 'forge', terms: ['forge'], roles: { 'ai-enginer': 'strong' } }])).toThrow(ConfigError);
    expect(bad([{ id: 'forge', terms: ['forge'], roles: { 'ai-enginer': 'strong' } }])).toThrow(/Lexicon entry "forge" \(lexicon.terms\[0\]\): unknown role "ai-enginer"/);
    expect(bad([{ id: 'forge', terms: [], roles: { 'ai-engineer': 'strong' } }])).toThrow(/"forge".*non-empty list/);
    expect(bad([{ id: 'forge', terms: ['forge'], roles: { 'ai-engineer': 'loud' } }])).toThrow(/"forge".*strong, medium or weak/);
    expect(bad([{ id: 'Forge Tool', terms: ['forge'], roles: {} }])).toThrow(/lexicon.terms\[0\]: "id" must be a kebab-case string/);
    expect(bad([{ id: 'a', terms: ['x'], roles: { mlops: 'weak' } }, { id: 'a', terms: ['y'], roles: { mlops: 'weak' } }])).toThrow(/"a" \(lexicon.terms\[1\]\): the id is used twice/);
    expect(bad('forge')).toThrow(/"lexicon.terms" must be a list/);
    expect(() => analyze(posting, { config: { lexicon: { terms: [{ id: 'x', terms: ['x'], roles: { nobody: 'strong' } }] } } as unknown as JdlintConfig })).toThrow(
      /Lexicon entry "x"/,
    );
  });
});

describe('model work done by others with what the hire builds', () => {

  it('counts training that researchers do on the hire\'s systems for MLOps, not for the ML engineer', () => {
    const { profile, mentions } = analyze(
      mlePosting([
        'Build and run the distributed training platform our researchers use to train large models',
        'Make the fine-tuning systems faster and easier to use, so that researchers train models with RLHF without waiting on jobs',
        'Keep the GPU scheduler, job queues and checkpoint storage reliable for our research teams',
      ]),
    );
    const training = mentions.filter((m) => m.id === 'train-model' || m.id === 'rlhf-preference');
    expect(training.length).toBeGreaterThan(0);
    expect(training.every((m) => m.roles.mlops !== undefined && m.roles['ml-engineer'] === undefined)).toBe(true);
    expect(profile.dutyRole).toBe('mlops');
  });

  it('reads the inflected cue ("allows researchers", "lets researchers") like its base form', () => {
    const { mentions } = analyze(
      mlePosting([
        'Write tooling that allows researchers to tune hyperparameters across many runs',
        'Build a dashboard that lets researchers compare ablation studies side by side',
      ]),
    );
    const modelWork = mentions.filter((m) => m.id === 'tune-hyperparameters' || m.id === 'ablation-studies');
    expect(modelWork.length).toBe(2);
    expect(modelWork.every((m) => m.roles.mlops !== undefined && m.roles['ml-engineer'] === undefined && m.roles['research-scientist'] === undefined)).toBe(true);
  });

  it('keeps training that the hire does for the ML engineer, even beside researchers', () => {
    const { profile, mentions } = analyze(
      mlePosting([
        'Train and evaluate ranking models in PyTorch with our researchers',
        'Engineer features from click logs and tune hyperparameters',
        'Fine-tune transformer models for search relevance',
      ]),
    );
    expect(mentions.some((m) => m.id === 'train-model' && m.roles['ml-engineer'] === 'strong')).toBe(true);
    expect(profile.dutyRole).toBe('ml-engineer');
  });
});

describe('the systems training runs on are platform work', () => {

  it('reads training named as what infrastructure is for, or as the modifier of a systems noun, as MLOps', () => {
    const { profile, mentions } = analyze(
      mlePosting([
        'Run the training infrastructure: the GPU fleet, the job scheduler and the checkpoint store',
        'Build tooling for large-scale distributed training and keep pretraining and fine-tuning clusters healthy',
        'Raise the throughput and reliability of the pretraining platform',
        'Write tooling for profiling and debugging slow steps in multi-node training',
        'Operate the cluster that hosts large-scale training',
      ]),
    );
    const training = mentions.filter((m) => m.id === 'distributed-training' || m.id === 'llm-pretraining');
    expect(training.length).toBe(5);
    expect(training.every((m) => m.roles.mlops === 'strong' && m.roles['ml-engineer'] === undefined)).toBe(true);
    expect(profile.dutyRole).toBe('mlops');
    expect(profile.mismatch).toBe(true);
  });

  it('keeps training pipelines and distributed training that the hire runs for the ML engineer', () => {
    const { profile, mentions } = analyze(
      mlePosting([
        'Train and evaluate ranking models in PyTorch',
        'Build training pipelines and run distributed training with FSDP',
        'Tune hyperparameters and compare model architectures offline',
      ]),
    );
    expect(mentions.some((m) => m.id === 'model-training' && m.roles['ml-engineer'] === 'strong')).toBe(true);
    expect(mentions.filter((m) => m.id === 'distributed-training').every((m) => m.roles['ml-engineer'] === 'strong' && m.roles.mlops === undefined)).toBe(true);
    expect(profile.dutyRole).toBe('ml-engineer');
    expect(profile.mismatch).toBe(false);
  });
});

describe('a title whose role makes models as part of its own work', () => {
  it('reads model training under a research title as the research when the posting gives research work of its own', () => {
    const { profile, diagnostics } = analyze(
      md(
        '# Research Scientist, Robustness',
        '',
        '## What you will do',
        '',
        '- Publish research papers on adversarial robustness at NeurIPS and ICML',
        '- Train and evaluate deep learning models in PyTorch on large GPU clusters',
        '- Fine-tune transformer models and run ablation studies',
        '- Build training pipelines and evaluate model performance',
      ),
    );
    // The ML engineer's evidence leads, but a third of it is the research's own.
    expect(profile.scores['ml-engineer']).toBeGreaterThan(profile.scores['research-scientist']);
    expect(profile.scores['research-scientist']).toBeGreaterThanOrEqual(0.3);
    expect(profile.dutyRole).toBe('research-scientist');
    expect(profile.confidence).toBe('low');
    expect(profile.mismatch).toBe(false);
    expect(diagnostics.some((d) => d.ruleId === 'title-duty-mismatch')).toBe(false);
  });

  it('still finds the mismatch when the research title gives no research work', () => {
    const { profile } = analyze(
      md(
        '# Research Scientist',
        '',
        '## What you will do',
        '',
        '- Train and evaluate ranking models in PyTorch',
        '- Engineer features from click logs and tune hyperparameters',
        '- Deploy and monitor the models in production with MLflow',
        '- Fine-tune transformer models for search relevance',
      ),
    );
    expect(profile.dutyRole).toBe('ml-engineer');
    expect(profile.mismatch).toBe(true);
  });
});

describe('a data tool is not a data-engineering duty', () => {
  it('reads a data scientist who works in Hadoop and Kafka by the statistics, not the tools', () => {
    const { profile } = analyze(
      md(
        '# Data Scientist',
        '',
        '## What you will do',
        '',
        '- Design A/B tests and analyse their results with causal inference',
        '- Build forecasting models of demand with statistical modelling',
        '',
        '## What you bring',
        '',
        '- Hadoop, Hive, MapReduce and Kafka',
      ),
    );
    const tools = profile.evidence.filter((e) => /hadoop|hive|mapreduce|kafka/i.test(e.text) && e.role === 'data-engineer');
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((e) => e.weight <= 1)).toBe(true);
    expect(profile.dutyRole).toBe('data-scientist');
  });

  it('still reads a data engineer from the pipelines the duties build on that stack', () => {
    const { profile } = analyze(
      md(
        '# Data Engineer',
        '',
        '## What you will do',
        '',
        '- Build and maintain ETL pipelines on Hadoop and Hive',
        '- Design the data warehouse and the streaming ingestion from Kafka',
        '- Orchestrate batch pipelines with Airflow',
      ),
    );
    expect(profile.dutyRole).toBe('data-engineer');
  });
});

describe("the employer's name is not the hire's tool", () => {
  const duties = ['- Build ETL pipelines that load the sales data into the warehouse', '- Write SQL for the monthly reports'];
  const warehouseEvidence = (source: string) =>
    analyze(source).profile.evidence.filter((e) => /teradata/i.test(e.text));

  it('drops a term that is the company named in the front matter', () => {
    const body = ['# Software Engineer', '', '## What you will do', '', ...duties, '- Join the Teradata platform group'];
    expect(warehouseEvidence(md(...body)).length).toBeGreaterThan(0);
    expect(warehouseEvidence(md('---', 'company: Teradata, Data Platform', '---', ...body))).toEqual([]);
  });

  it('drops a term that is the employer part of a title of parts', () => {
    const source = md('# Acme (Power BI) | Senior Engineer | Remote', '', '## What you will do', '', '- Ship features of Power BI to enterprise users', '- Write TypeScript services');
    expect(analyze(source).profile.evidence.filter((e) => /power bi/i.test(e.text))).toEqual([]);
    const other = md('# Senior Engineer | Remote', '', '## What you will do', '', '- Build dashboards in Power BI for the finance team');
    expect(analyze(other).profile.evidence.some((e) => /power bi/i.test(e.text))).toBe(true);
  });

  it('keeps a domain word of the employer name, which says what the employer works on', () => {
    const source = md('# Backend Engineer at Recurse Machine Learning', '', '## What you will do', '', '- Train machine learning models for ranking', '- Evaluate the models offline');
    expect(analyze(source).profile.evidence.some((e) => /machine learning/i.test(e.text))).toBe(true);
  });
});
