// Generated from packages/core/data/duty-patterns.yml by scripts/generate.ts — do not edit.
import type { DutyPatternEntry } from '../types.js';

export const dutyPatterns: readonly DutyPatternEntry[] = [
  {
    "id": "advance-state-of-the-art",
    "verbs": [
      "advance",
      "push",
      "extend",
      "define",
      "shape"
    ],
    "objects": [
      "state of the art",
      "frontier",
      "sota",
      "research agenda",
      "research direction"
    ],
    "roles": {
      "research-scientist": "strong"
    },
    "note": "Hyphenated \"state-of-the-art\" is covered by the roles.yml term.",
    "source": "domain §1.6 (novel methods); [EY]; [ONET-CIRS]"
  },
  {
    "id": "analyze-data",
    "verbs": [
      "analyze",
      "analyse",
      "analyzes",
      "investigate",
      "explore",
      "mine",
      "mined",
      "interpret",
      "query"
    ],
    "objects": [
      "data",
      "dataset",
      "datasets",
      "trend",
      "user behavior",
      "user behaviour",
      "customer behavior",
      "funnel",
      "cohort",
      "metric",
      "kpi",
      "product usage",
      "kpis"
    ],
    "roles": {
      "data-scientist": "medium"
    },
    "source": "domain §1.3, §0 (data scientist); [ONET-DS]; [EY]"
  },
  {
    "id": "build-ai-product",
    "verbs": [
      "build",
      "building",
      "ship",
      "launch",
      "develop",
      "deliver",
      "create",
      "design",
      "deploy",
      "implement",
      "architect",
      "architected",
      "prototype",
      "prototyped",
      "prototyping"
    ],
    "objects": [
      "chatbot",
      "chatbots",
      "chat bot",
      "assistant",
      "agent",
      "copilot",
      "copilots",
      "ai agent",
      "ai assistant",
      "conversational agent",
      "voice agent",
      "llm application",
      "llm app",
      "llm-based application",
      "llm-powered application",
      "llm-based system",
      "rag",
      "rag pipeline",
      "rag system",
      "ai feature",
      "ai-powered feature",
      "ai-powered capability",
      "genai feature",
      "genai application",
      "generative ai application",
      "ai application",
      "agentic workflow",
      "agentic system",
      "semantic search",
      "knowledge assistant",
      "llm apps",
      "retrieval system",
      "retrieval pipeline"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "note": "build/ship + assistant/agent/copilot is the 'product' side of §4.1.",
    "source": "domain §1.1 F61–F63, §1.8 (agents, chatbot), §4.1; [GT]; [UD]; [SWYX-POD]"
  },
  {
    "id": "build-api-service",
    "verbs": [
      "build",
      "building",
      "maintain",
      "design",
      "develop",
      "implement",
      "own",
      "scale",
      "architect",
      "architected"
    ],
    "objects": [
      "api",
      "apis",
      "service",
      "endpoint"
    ],
    "roles": {
      "software-engineer": "weak"
    },
    "note": "AI engineers also build APIs around models; weak.",
    "source": "domain §1.7 (APIs & services); [ONET-SD]"
  },
  {
    "id": "build-dashboard",
    "verbs": [
      "build",
      "building",
      "design",
      "create",
      "develop",
      "maintain",
      "own",
      "define",
      "automate",
      "track",
      "standardize",
      "standardise"
    ],
    "objects": [
      "dashboard",
      "report",
      "visualization",
      "visualisation",
      "kpi",
      "metric",
      "north star metric",
      "kpis",
      "reporting",
      "success metric"
    ],
    "roles": {
      "data-scientist": "medium",
      "other": "medium"
    },
    "note": "Shared with analytics (`other`); statistics and experiments elsewhere in the posting decide.",
    "source": "domain §1.3 (data visualisation & BI, insight & storytelling); [ONET-DS]; [EY]"
  },
  {
    "id": "build-data-pipeline",
    "verbs": [
      "build",
      "building",
      "maintain",
      "design",
      "develop",
      "orchestrate",
      "orchestrated",
      "own",
      "architect",
      "architected",
      "scale",
      "optimize",
      "optimise",
      "operate",
      "implement",
      "automate",
      "manage",
      "migrate"
    ],
    "objects": [
      "data pipeline",
      "etl",
      "elt",
      "etl pipeline",
      "elt pipeline",
      "data warehouse",
      "data lake",
      "lakehouse",
      "data platform",
      "data infrastructure",
      "data ingestion",
      "ingestion",
      "dag",
      "dags",
      "data mart",
      "data model",
      "dimensional model",
      "semantic model",
      "star schema",
      "streaming pipeline",
      "batch pipeline",
      "data integration",
      "data stack",
      "lakehouses"
    ],
    "roles": {
      "data-engineer": "strong"
    },
    "source": "domain §1.4, §0 (data engineer); [RM-DE]; [RM-DE vs]; [ONET-DBA]"
  },
  {
    "id": "build-ml-model",
    "verbs": [
      "build",
      "building",
      "develop",
      "design",
      "create",
      "architect",
      "architected",
      "implement",
      "prototype",
      "prototyped",
      "prototyping"
    ],
    "objects": [
      "classifier",
      "predictor",
      "ranker",
      "recommender",
      "detector",
      "regressor",
      "ml model",
      "machine learning model",
      "predictive model",
      "neural network",
      "ranking model",
      "forecasting model",
      "recommendation model",
      "classification model",
      "deep learning model",
      "recommendation system",
      "recommender system",
      "recommenders",
      "regressors"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "source": "domain §1.2 C26–C32, G58–G59, §4.1; [LC-MLE]; [N23]"
  },
  {
    "id": "build-ml-platform",
    "verbs": [
      "build",
      "building",
      "maintain",
      "operate",
      "design",
      "scale",
      "develop",
      "own",
      "run",
      "manage",
      "architect",
      "architected",
      "automate",
      "provision"
    ],
    "objects": [
      "ml platform",
      "ml infrastructure",
      "machine learning platform",
      "machine learning infrastructure",
      "mlops platform",
      "training infrastructure",
      "inference infrastructure",
      "serving infrastructure",
      "gpu cluster",
      "compute cluster",
      "ml tooling",
      "ai infrastructure"
    ],
    "roles": {
      "mlops": "strong"
    },
    "source": "domain §1.5, §4.4 (consumers: other ML teams → mlops); [RM-MLOPS]; [EY]"
  },
  {
    "id": "build-ml-system",
    "verbs": [
      "build",
      "building",
      "develop",
      "design",
      "create",
      "architect",
      "architected",
      "implement",
      "own",
      "ship",
      "improve"
    ],
    "objects": [
      "ml system",
      "ml systems",
      "machine learning system",
      "ml pipeline",
      "ml pipelines",
      "machine learning pipeline",
      "ml solution",
      "machine learning solution",
      "ml product",
      "ml feature",
      "ml-powered feature",
      "search system",
      "ranking system",
      "recommendation engine",
      "personalization system"
    ],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "weak"
    },
    "note": "Building ML systems end to end is ML-engineer work (§1.2 G63); running them in production leans MLOps.",
    "source": "domain §1.2 G62–G63, C26–C27; [EY]"
  },
  {
    "id": "build-model",
    "verbs": [
      "build",
      "building",
      "develop",
      "design",
      "create",
      "architect",
      "architected"
    ],
    "objects": [
      "model"
    ],
    "roles": {
      "ml-engineer": "medium"
    },
    "note": "Mostly ML; 'data model' / 'business model' also match, hence medium.",
    "source": "domain §1.8 (model), §4.1; [N23]"
  },
  {
    "id": "build-software",
    "verbs": [
      "build",
      "building",
      "maintain",
      "design",
      "develop",
      "implement",
      "own",
      "scale",
      "architect",
      "architected",
      "write",
      "ship",
      "create"
    ],
    "objects": [
      "microservice",
      "backend",
      "frontend",
      "back end",
      "front end",
      "web application",
      "web app",
      "mobile app",
      "user interface",
      "rest api",
      "graphql api",
      "backend service",
      "web service",
      "sdk",
      "ui component",
      "distributed system",
      "scalable system",
      "backend system",
      "low-latency system",
      "system architecture",
      "microservices",
      "backends",
      "frontends",
      "web apps",
      "mobile apps",
      "sdks",
      "software library",
      "software libraries",
      "compiler",
      "compilers",
      "toolchain",
      "compiler toolchain",
      "development tool",
      "development tools",
      "developer tool",
      "software package",
      "software packages"
    ],
    "roles": {
      "software-engineer": "medium"
    },
    "source": "domain §1.7 (backend/frontend, APIs, system design), §0 (software engineer); [ONET-SD]"
  },
  {
    "id": "compress-model",
    "verbs": [
      "quantize",
      "quantized",
      "quantise",
      "prune",
      "distill",
      "distil",
      "compress",
      "accelerate"
    ],
    "objects": [
      "model",
      "network",
      "llm",
      "llms",
      "transformer",
      "inference"
    ],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "weak"
    },
    "source": "domain §1.2 D39, §4.3; [N23]"
  },
  {
    "id": "conduct-research",
    "verbs": [
      "conduct",
      "lead",
      "pursue",
      "perform",
      "drive",
      "carry"
    ],
    "objects": [
      "research",
      "fundamental research",
      "original research",
      "applied research",
      "research project"
    ],
    "roles": {
      "research-scientist": "medium"
    },
    "source": "domain §1.6; [ONET-CIRS]"
  },
  {
    "id": "deploy-model",
    "verbs": [
      "deploy",
      "serve",
      "productionize",
      "productionizing",
      "productionise",
      "productionising",
      "operationalize",
      "operationalizing",
      "operationalise",
      "host",
      "containerize",
      "ship"
    ],
    "objects": [
      "model",
      "ml model",
      "machine learning model",
      "classifier",
      "inference",
      "model server",
      "inference service",
      "prediction service",
      "inference endpoint",
      "model endpoint",
      "ml system",
      "machine learning system"
    ],
    "roles": {
      "mlops": "medium",
      "ml-engineer": "weak"
    },
    "source": "domain §1.2 E46, G62, §1.5, §1.8 (vLLM/TGI); [RM-MLOPS]; [RM-ML vs]"
  },
  {
    "id": "detect-fraud",
    "verbs": [
      "detect",
      "prevent",
      "flag",
      "identify",
      "classify",
      "classified",
      "score",
      "catch"
    ],
    "objects": [
      "fraud",
      "anomaly",
      "anomalies",
      "abuse",
      "spam",
      "outlier",
      "fraudulent transaction"
    ],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "weak"
    },
    "source": "domain §1.2 C30; [LS]; [UD]"
  },
  {
    "id": "engineer-features",
    "verbs": [
      "engineer",
      "engineered",
      "extract",
      "select",
      "derive",
      "compute"
    ],
    "objects": [
      "feature",
      "feature set",
      "feature vector"
    ],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "weak"
    },
    "note": "build/design + feature is a product feature, so those verbs are not listed.",
    "source": "domain §1.2 B12, §1.8 (feature), §1.9"
  },
  {
    "id": "evaluate-llm",
    "verbs": [
      "evaluate",
      "test",
      "benchmark",
      "benchmarked",
      "score",
      "grade",
      "graded",
      "measure",
      "monitor",
      "assess",
      "validate",
      "trace"
    ],
    "objects": [
      "llm",
      "llms",
      "prompt",
      "prompts",
      "llm output",
      "agent",
      "chatbot",
      "chatbots",
      "rag",
      "rag pipeline",
      "rag system",
      "hallucination",
      "hallucinations",
      "assistant"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "source": "domain §1.1 G71–G77, §1.8 (evaluation), §4.3; [GT]"
  },
  {
    "id": "evaluate-model",
    "verbs": [
      "evaluate",
      "validate",
      "benchmark",
      "benchmarked",
      "assess",
      "test",
      "compare",
      "calibrate",
      "backtest"
    ],
    "objects": [
      "model",
      "classifier",
      "predictor",
      "ranker",
      "ml model",
      "model performance"
    ],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "weak"
    },
    "note": "O*NET data scientists also 'compare models using loss functions'.",
    "source": "domain §1.2 B16, G58, §4.1; [RM-MLOPS]; [ONET-DS]"
  },
  {
    "id": "evaluate-outputs",
    "verbs": [
      "evaluate",
      "grade",
      "graded",
      "score",
      "judge"
    ],
    "objects": [
      "output",
      "response",
      "completion",
      "generation",
      "answer"
    ],
    "roles": {
      "ai-engineer": "medium"
    },
    "source": "domain §1.1 G71, §4.3"
  },
  {
    "id": "fine-tune-model",
    "verbs": [
      "tune",
      "tuned",
      "tuning",
      "finetune",
      "finetuned",
      "finetuning",
      "customize",
      "customise"
    ],
    "objects": [
      "model",
      "llm",
      "llms",
      "language model",
      "foundation model",
      "open-source model",
      "pre-trained model",
      "pretrained model",
      "bert",
      "transformer",
      "embedding model"
    ],
    "roles": {
      "ml-engineer": "medium",
      "ai-engineer": "weak"
    },
    "note": "Catches 'fine-tune' (wink splits it into fine / - / tune); the method words in roles.yml decide the lean.",
    "source": "domain §1.1 J, §1.8 (fine-tuning)"
  },
  {
    "id": "forecast-outcomes",
    "verbs": [
      "forecast",
      "forecasting",
      "predict",
      "estimate"
    ],
    "objects": [
      "demand",
      "churn",
      "revenue",
      "sales",
      "risk",
      "fraud",
      "conversion",
      "retention",
      "lifetime value",
      "ltv",
      "clv",
      "propensity",
      "default"
    ],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "source": "domain §1.2 C28–C31, §1.3; [ONET-DS]"
  },
  {
    "id": "ground-llm",
    "verbs": [
      "ground",
      "grounded",
      "grounding"
    ],
    "objects": [
      "response",
      "answer",
      "output",
      "generation",
      "llm",
      "llms",
      "model output"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "source": "domain §1.1 A1, G77; [GT]"
  },
  {
    "id": "implement-papers",
    "verbs": [
      "read",
      "implement",
      "reproduce",
      "replicate",
      "prototype"
    ],
    "objects": [
      "paper",
      "research paper",
      "latest research",
      "publication"
    ],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "weak"
    },
    "source": "domain §1.2 G64, §4.1; [N23]"
  },
  {
    "id": "improve-model-metrics",
    "verbs": [
      "optimize",
      "optimise",
      "improve",
      "increase",
      "enhance",
      "maximize",
      "maximise"
    ],
    "objects": [
      "model",
      "model performance",
      "model accuracy",
      "model quality",
      "accuracy",
      "precision",
      "recall",
      "auc",
      "f1",
      "ndcg",
      "rmse",
      "classifier"
    ],
    "roles": {
      "ml-engineer": "medium"
    },
    "note": "\"Improve model accuracy\" is a precision/optimization cue.",
    "source": "domain §1.2 D40, G60, §4.3; [N23]"
  },
  {
    "id": "index-documents",
    "verbs": [
      "index",
      "indexing",
      "embed",
      "chunk",
      "chunking",
      "retrieve",
      "ingest",
      "vectorize",
      "vectorized",
      "vectorizing",
      "vectorise"
    ],
    "objects": [
      "document",
      "knowledge base",
      "pdf",
      "pdfs",
      "passage",
      "internal documentation",
      "unstructured data"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "note": "§4.2: ingest/index/chunk/embed/retrieve + documents → retrieval data, not training data.",
    "source": "domain §1.1 A17–A19, §4.2; [GT]; [RM-AI]"
  },
  {
    "id": "integrate-llm",
    "verbs": [
      "integrate",
      "orchestrate",
      "orchestrated",
      "prompt",
      "wire",
      "connect",
      "call",
      "chain",
      "invoke",
      "embed",
      "plug"
    ],
    "objects": [
      "llm",
      "llms",
      "llm api",
      "model api",
      "openai",
      "anthropic",
      "gpt",
      "claude",
      "gemini",
      "language model",
      "large language model",
      "foundation model",
      "chatgpt",
      "genai",
      "generative ai",
      "llm apis",
      "model apis"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "source": "domain §1.1 B20, §1.8 (LLM), §1.9, §4.1; [LS]; [GT]; [SWYX-POD]"
  },
  {
    "id": "invent-new-methods",
    "verbs": [
      "propose",
      "invent",
      "devise",
      "develop",
      "design"
    ],
    "objects": [
      "new method",
      "new algorithm",
      "new technique",
      "new architecture"
    ],
    "roles": {
      "research-scientist": "medium",
      "ml-engineer": "weak"
    },
    "source": "domain §1.6, §1.2 G59; [EY]"
  },
  {
    "id": "invent-novel-methods",
    "verbs": [
      "propose",
      "invent",
      "develop",
      "design",
      "devise",
      "create",
      "discover",
      "pioneer"
    ],
    "objects": [
      "novel method",
      "novel algorithm",
      "novel approach",
      "novel technique",
      "novel architecture"
    ],
    "roles": {
      "research-scientist": "strong"
    },
    "source": "domain §1.6 (novel methods); [EY]; [ONET-CIRS]"
  },
  {
    "id": "label-data",
    "verbs": [
      "label",
      "labeled",
      "labelled",
      "annotate",
      "curate",
      "curated",
      "augment",
      "augmented",
      "relabel"
    ],
    "objects": [
      "data",
      "dataset",
      "datasets",
      "example",
      "image",
      "sample",
      "training data",
      "text",
      "corpus",
      "ground truth"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "source": "domain §1.2 B14, §1.9, §4.2; [N23]"
  },
  {
    "id": "monitor-model",
    "verbs": [
      "monitor",
      "track",
      "observe",
      "detect",
      "alert",
      "audit",
      "maintain",
      "support",
      "operate"
    ],
    "objects": [
      "model",
      "model performance",
      "model quality",
      "drift",
      "data drift",
      "model drift",
      "concept drift",
      "prediction",
      "degradation"
    ],
    "roles": {
      "mlops": "medium",
      "ml-engineer": "weak"
    },
    "source": "domain §1.2 E47, §1.5 (monitoring & observability); [RM-MLOPS]"
  },
  {
    "id": "move-data",
    "verbs": [
      "ingest",
      "load",
      "stream",
      "replicate",
      "land",
      "migrate"
    ],
    "objects": [
      "data",
      "event",
      "log",
      "record",
      "table",
      "source data",
      "raw data"
    ],
    "roles": {
      "data-engineer": "medium"
    },
    "source": "domain §1.4 (ETL / ELT, streaming); [RM-DE]"
  },
  {
    "id": "optimize-inference",
    "verbs": [
      "optimize",
      "optimise",
      "reduce",
      "lower",
      "improve",
      "scale",
      "accelerate"
    ],
    "objects": [
      "inference",
      "inference latency",
      "inference cost",
      "inference throughput",
      "serving latency",
      "gpu utilization"
    ],
    "roles": {
      "mlops": "medium",
      "ml-engineer": "medium"
    },
    "source": "domain §1.2 D40, §4.3; [N23]"
  },
  {
    "id": "prepare-data",
    "verbs": [
      "clean",
      "cleanse",
      "preprocess",
      "preprocessed",
      "preprocessing",
      "pre-process",
      "wrangle",
      "prepare",
      "collect"
    ],
    "objects": [
      "data",
      "dataset",
      "datasets",
      "training data",
      "raw data"
    ],
    "roles": {
      "ml-engineer": "weak",
      "data-scientist": "weak"
    },
    "source": "domain §1.2 B13, G61; [LC-MLE]"
  },
  {
    "id": "present-insights",
    "verbs": [
      "present",
      "communicate",
      "translate",
      "deliver",
      "surface",
      "generate",
      "uncover",
      "derive",
      "distill",
      "synthesize"
    ],
    "objects": [
      "finding",
      "insight",
      "actionable insight",
      "data-driven recommendation"
    ],
    "roles": {
      "data-scientist": "strong",
      "other": "strong"
    },
    "note": "Shared with analytics (`other`); the posting's methods decide.",
    "source": "domain §1.3 (insight & storytelling), §4.4 (internal decisions → data scientist); [ONET-DS]; [EY]"
  },
  {
    "id": "pretrain-llm",
    "verbs": [
      "train",
      "trains",
      "training",
      "pretrain",
      "pretrained",
      "pretraining",
      "pre-train"
    ],
    "objects": [
      "llm",
      "llms",
      "language model",
      "large language model",
      "foundation model",
      "reward model",
      "tokenizer",
      "tokenizers"
    ],
    "roles": {
      "ml-engineer": "strong",
      "research-scientist": "medium"
    },
    "source": "domain §1.1 J94, §1.2 F52, §1.8 (LLM); [RM-AI intro]"
  },
  {
    "id": "publish-research",
    "verbs": [
      "publish",
      "published",
      "publishing",
      "author",
      "co-author",
      "co-authored",
      "coauthor",
      "submit",
      "present"
    ],
    "objects": [
      "paper",
      "research paper",
      "publication",
      "research"
    ],
    "roles": {
      "research-scientist": "strong"
    },
    "note": "\"write\" is not listed (write white papers).",
    "source": "domain §1.6 (publications), §4.4; [EY]"
  },
  {
    "id": "rank-personalize",
    "verbs": [
      "rank",
      "rerank",
      "re-rank",
      "personalize",
      "personalized",
      "personalise"
    ],
    "objects": [
      "item",
      "content",
      "product",
      "result",
      "candidate",
      "ad",
      "search result",
      "listing",
      "feed",
      "recommendation"
    ],
    "roles": {
      "ml-engineer": "medium"
    },
    "source": "domain §1.2 C26–C27; [EY]"
  },
  {
    "id": "run-ab-test",
    "verbs": [
      "design",
      "run",
      "analyze",
      "analyse",
      "analyzes",
      "conduct",
      "launch",
      "interpret",
      "evaluate",
      "plan",
      "read",
      "size"
    ],
    "objects": [
      "a/b test",
      "a / b test",
      "ab test",
      "a/b experiment",
      "a / b experiment",
      "split test",
      "online experiment",
      "controlled experiment",
      "experiment result"
    ],
    "roles": {
      "data-scientist": "strong"
    },
    "note": "Both \"a/b\" and \"a / b\" are listed so the object matches whether or not the matcher tokenizes objects.",
    "source": "domain §1.3 (A/B testing), §0 (data scientist); [RM-DS]; [EY]; [ONET-DS]"
  },
  {
    "id": "run-experiment",
    "verbs": [
      "design",
      "run",
      "analyze",
      "analyse",
      "analyzes",
      "conduct",
      "interpret"
    ],
    "objects": [
      "experiment"
    ],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "note": "ML teams also 'run experiments', hence medium.",
    "source": "domain §1.3"
  },
  {
    "id": "summarize-with-llm",
    "verbs": [
      "summarize",
      "summarise",
      "triage",
      "triaged",
      "classify",
      "classified",
      "extract"
    ],
    "objects": [
      "ticket",
      "support ticket",
      "transcript",
      "call transcript",
      "conversation",
      "invoice",
      "contract",
      "document"
    ],
    "roles": {
      "ai-engineer": "medium"
    },
    "note": "\"Summarize support tickets\" is the research's example AI-engineer task.",
    "source": "domain §1.1 F69, §4.1; [GT]"
  },
  {
    "id": "train-model",
    "verbs": [
      "train",
      "trains",
      "training",
      "retrain",
      "retraining",
      "re-train",
      "pretrain",
      "pretrained",
      "pretraining",
      "pre-train"
    ],
    "objects": [
      "model",
      "classifier",
      "predictor",
      "ranker",
      "recommender",
      "detector",
      "regressor",
      "estimator",
      "neural network",
      "ranking model",
      "forecasting model",
      "embedding",
      "embeddings",
      "transformer",
      "recommenders",
      "regressors"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "note": "\"Training models\" is the core ML-engineer duty; AI engineers rarely train from scratch.",
    "source": "domain §1.2 B11, G58, §1.9, §4.1; [N23]; [RM-AI vs]; [LC-MLE]"
  },
  {
    "id": "tune-hyperparameters",
    "verbs": [
      "tune",
      "tuned",
      "tuning",
      "optimize",
      "optimise",
      "search",
      "sweep",
      "select",
      "calibrate"
    ],
    "objects": [
      "hyperparameter",
      "hyperparameters",
      "learning rate",
      "loss",
      "loss function",
      "objective function",
      "regularization"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "source": "domain §1.2 B15, B18, §1.9, §4.1; [LC-MLE]"
  },
  {
    "id": "use-existing-models",
    "verbs": [
      "leverage",
      "use",
      "utilize",
      "utilise",
      "apply",
      "adopt",
      "harness",
      "consume"
    ],
    "objects": [
      "llm",
      "llms",
      "llm api",
      "foundation model",
      "pre-trained model",
      "pretrained model",
      "third-party model",
      "openai",
      "genai",
      "generative ai",
      "language model",
      "large language model",
      "gpt",
      "claude",
      "gemini",
      "llm apis"
    ],
    "roles": {
      "ai-engineer": "medium"
    },
    "source": "domain §1.1 B28, §4.4 (build vs buy); [RM-AI intro]; [LS]"
  },
  {
    "id": "write-code",
    "verbs": [
      "write",
      "review",
      "refactor",
      "refactored",
      "debug",
      "test",
      "maintain"
    ],
    "objects": [
      "code",
      "codebase",
      "production code",
      "unit test",
      "test",
      "software",
      "codebases"
    ],
    "roles": {
      "software-engineer": "weak"
    },
    "source": "domain §1.7 (engineering practice); [ONET-SD]"
  },
  {
    "id": "write-prompts",
    "verbs": [
      "write",
      "design",
      "craft",
      "iterate",
      "refine",
      "optimize",
      "optimise",
      "engineer",
      "engineered",
      "version",
      "versioned",
      "author",
      "develop",
      "manage",
      "tune",
      "tuned",
      "tuning"
    ],
    "objects": [
      "prompt",
      "prompts",
      "system prompt",
      "prompt template",
      "prompt chain"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "source": "domain §1.1 C33–C37; [RM-AI]"
  }
];
