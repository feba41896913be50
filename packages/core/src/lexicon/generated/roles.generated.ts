// Generated from packages/core/data/roles.yml by scripts/generate.ts — do not edit.
import type { RoleTermEntry } from '../types.js';

export const roleTerms: readonly RoleTermEntry[] = [
  {
    "id": "ab-testing",
    "terms": [
      "a/b testing",
      "a/b test",
      "a/b tests",
      "a/b experiments",
      "a/b experimentation",
      "ab testing",
      "ab tests",
      "split testing",
      "multivariate testing",
      "experiment design",
      "experimental design",
      "online experiments",
      "online experimentation",
      "controlled experiments",
      "experimentation platform",
      "experimentation platforms"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [RM-DS]; [EY]; [ONET-DS]"
  },
  {
    "id": "ablation-studies",
    "terms": [
      "ablation study",
      "ablation studies",
      "ablations"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 B16"
  },
  {
    "id": "accelerators",
    "terms": [
      "gpu",
      "gpus",
      "tpu",
      "tpus",
      "trainium",
      "inferentia"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.2 D37"
  },
  {
    "id": "agent-frameworks",
    "terms": [
      "autogen",
      "microsoft autogen",
      "ag2",
      "crewai",
      "crew ai",
      "openai agents sdk",
      "agents sdk",
      "openai swarm",
      "google adk",
      "agent development kit",
      "vertex ai agent builder",
      "smolagents",
      "pydantic ai",
      "pydanticai",
      "vercel ai sdk",
      "ai sdk"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D48–D54; [RM-AI]"
  },
  {
    "id": "agent-memory",
    "terms": [
      "agent memory",
      "conversation memory",
      "conversational memory",
      "long-term memory",
      "external memory"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 E59; [RM-AI]"
  },
  {
    "id": "agent-planning",
    "terms": [
      "plan-and-execute",
      "react agent",
      "react agents",
      "react loop"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 E60; [RM-AI]"
  },
  {
    "id": "agent2agent",
    "terms": [
      "agent2agent",
      "a2a protocol",
      "agent-to-agent protocol"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 E58"
  },
  {
    "id": "agents-llm-context",
    "terms": [
      "agents"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "tool",
      "tools",
      "prompt",
      "prompts",
      "rag",
      "langchain",
      "langgraph",
      "mcp",
      "autonomous",
      "orchestration",
      "orchestrate",
      "gpt",
      "claude",
      "openai",
      "anthropic",
      "genai",
      "agentic",
      "reasoning"
    ],
    "note": "Plural 'agents' only next to LLM vocabulary (not support/insurance agents).",
    "source": "domain §1.1 E56, §1.8 (agents), §1.9"
  },
  {
    "id": "ai-agents",
    "terms": [
      "ai agent",
      "ai agents",
      "llm agent",
      "llm agents",
      "agentic",
      "agentic ai",
      "agentic workflow",
      "agentic workflows",
      "agentic system",
      "agentic systems",
      "agentic applications",
      "autonomous agents",
      "multi-agent",
      "multi-agent system",
      "multi-agent systems",
      "agent orchestration",
      "tool-using agents",
      "agent framework",
      "agent frameworks",
      "agent architectures",
      "agent workflows"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "note": "Excludes RL agents, support/sales agents and 'user agent' (bare 'agent' is resolved by duty patterns).",
    "source": "domain §1.1 E56; [RM-AI]; [LS]"
  },
  {
    "id": "ai-applications",
    "terms": [
      "ai application",
      "ai applications",
      "ai-powered applications",
      "ai apps",
      "ai products",
      "ai-powered products"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Also company marketing; weak on its own.",
    "source": "domain §1.1 F70, §4.1"
  },
  {
    "id": "ai-coding-tools",
    "terms": [
      "github copilot",
      "claude code",
      "codex",
      "cursor ide",
      "cursor ai",
      "ai coding tools",
      "ai coding assistant",
      "ai coding assistants",
      "ai code editors",
      "code completion tools",
      "ai-assisted development",
      "ai-assisted coding"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Used by all engineers; weak.",
    "source": "domain §1.1 I89; [RM-AI]"
  },
  {
    "id": "ai-features",
    "terms": [
      "ai feature",
      "ai features",
      "ai-powered feature",
      "ai-powered features",
      "generative features",
      "genai features",
      "genai feature",
      "llm-powered features",
      "ai capabilities",
      "ai-powered capabilities"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Product features built on models (§4.1 'product' side).",
    "source": "domain §1.1 F64, F70, §4.1; [GT]"
  },
  {
    "id": "ai-gateway",
    "terms": [
      "litellm",
      "portkey",
      "openrouter",
      "model router",
      "model routing",
      "llm router",
      "llm routing",
      "provider fallback",
      "ai gateway",
      "llm gateway"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B31, G78"
  },
  {
    "id": "ai-platform",
    "terms": [
      "ai platform",
      "ai infrastructure",
      "ai infra"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium"
    },
    "context": [
      "ml",
      "model",
      "models",
      "training",
      "serving",
      "inference",
      "kubernetes",
      "gpu",
      "gpus",
      "deployment",
      "mlops",
      "pipelines",
      "compute"
    ],
    "note": "\"Our AI platform\" is often product marketing; needs ML-infrastructure vocabulary.",
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "amazon-bedrock",
    "terms": [
      "amazon bedrock",
      "aws bedrock",
      "bedrock agents",
      "bedrock knowledge bases"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B25"
  },
  {
    "id": "analytics-reporting",
    "terms": [
      "reporting",
      "automated reporting",
      "standardized reporting",
      "standardised reporting",
      "ad hoc reporting",
      "kpi reporting",
      "bi reporting",
      "business intelligence",
      "bi tool",
      "bi tools",
      "self-serve analytics",
      "self-service analytics",
      "analytics-ready",
      "analytics-ready tables",
      "business analytics",
      "descriptive analytics",
      "standardized analytics",
      "event tracking",
      "tracking plan",
      "tracking plans",
      "data fluency",
      "data literacy",
      "metric design",
      "metrics design",
      "metrics layer",
      "semantic layer"
    ],
    "caseSensitive": [],
    "roles": {
      "other": "medium",
      "data-scientist": "weak"
    },
    "context": [],
    "note": "Reporting and BI work: what an analyst does. It is data science only next to statistics, experiments or modelling, so on its own it is evidence for `other` (analytics), not for a data-scientist role.",
    "source": "domain §1.3 (data visualisation & BI), §0 ([EY]: analyst-like product-analytics roles); DESIGN §2 (role `other`)"
  },
  {
    "id": "anthropic-api",
    "terms": [
      "anthropic api",
      "claude api",
      "anthropic sdk",
      "claude agent sdk",
      "anthropic claude"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B22; [RM-AI]"
  },
  {
    "id": "apache-spark",
    "terms": [
      "apache spark",
      "pyspark",
      "spark sql",
      "spark mllib",
      "mllib",
      "spark jobs"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong",
      "ml-engineer": "medium"
    },
    "context": [],
    "note": "§1.8 — ≈0 for AI-vs-ML.",
    "source": "domain §1.4, §1.2 E49, §1.8; [RM-DE]; [RM-MLOPS]"
  },
  {
    "id": "apis-services",
    "terms": [
      "rest api",
      "rest apis",
      "restful",
      "restful apis",
      "restful services",
      "graphql",
      "grpc",
      "microservice",
      "microservices",
      "microservice architecture",
      "microservices architecture",
      "api design",
      "api development",
      "web services",
      "openapi",
      "service-oriented architecture",
      "application programming interface",
      "application programming interfaces"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.7 (APIs & services); [ONET-SD]"
  },
  {
    "id": "assistants-llm-context",
    "terms": [
      "assistant",
      "assistants"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "gpt",
      "chatgpt",
      "genai",
      "rag",
      "openai",
      "anthropic",
      "claude",
      "gemini",
      "conversational",
      "copilot",
      "copilots",
      "chat",
      "voice",
      "prompt",
      "prompts",
      "agentic"
    ],
    "note": "\"Administrative assistant\" is not evidence; needs LLM/chat vocabulary in the sentence.",
    "source": "domain §1.1 F61, §1.9"
  },
  {
    "id": "automl",
    "terms": [
      "automl",
      "h2o",
      "h2o.ai",
      "datarobot",
      "autogluon",
      "vertex automl"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 E48"
  },
  {
    "id": "autoscaling",
    "terms": [
      "autoscaling",
      "auto-scaling",
      "gpu autoscaling"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.5 (serving infrastructure)"
  },
  {
    "id": "azure-ai",
    "terms": [
      "azure ai",
      "azure ai services",
      "azure cognitive services"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "§1.8 rates the umbrella 'Azure AI' ≈0; kept weak.",
    "source": "domain §1.1 B24, §1.8; [RM-AI]"
  },
  {
    "id": "azure-openai",
    "terms": [
      "azure openai",
      "azure openai service",
      "azure ai foundry",
      "azure ai studio"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B24; [RM-AI]"
  },
  {
    "id": "backend",
    "terms": [
      "backend",
      "back-end",
      "backend development",
      "backend services",
      "backend systems",
      "server-side"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.7; [ONET-SD]"
  },
  {
    "id": "bedrock",
    "terms": [],
    "caseSensitive": [
      "Bedrock"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "aws",
      "amazon",
      "llm",
      "llms",
      "claude",
      "anthropic",
      "sagemaker",
      "genai",
      "model",
      "models",
      "agents",
      "titan",
      "rag"
    ],
    "note": "\"bedrock\" is a common English word.",
    "source": "domain §1.1 B25, §1.9"
  },
  {
    "id": "big-data",
    "terms": [
      "big data",
      "big data technologies",
      "large-scale data processing",
      "distributed data processing"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.4"
  },
  {
    "id": "big-data-processing",
    "terms": [
      "hadoop",
      "hdfs",
      "mapreduce",
      "hive",
      "apache hive",
      "apache beam",
      "google dataflow",
      "cloud dataflow",
      "dataflow",
      "dataproc",
      "aws glue",
      "glue etl",
      "glue jobs",
      "azure data factory",
      "data factory",
      "presto",
      "trino",
      "amazon athena",
      "aws athena",
      "amazon emr",
      "aws emr"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4 (big-data processing); [RM-DE]"
  },
  {
    "id": "build-on-foundation-models",
    "terms": [
      "on top of foundation models",
      "on top of llms",
      "on top of large language models",
      "user-facing ai",
      "user-facing ai features"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 F70, §4.1; [LS]; [GT]; [SWYX-POD]"
  },
  {
    "id": "business-insights",
    "terms": [
      "business insights",
      "data-driven decisions",
      "data-driven decision-making",
      "business metrics",
      "product metrics",
      "stakeholder presentations"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "other": "medium"
    },
    "context": [],
    "note": "Also company boilerplate ('we make data-driven decisions'), hence medium.",
    "source": "domain §1.3; [ONET-DS]; [EY]"
  },
  {
    "id": "causal-inference",
    "terms": [
      "causal inference",
      "causal modeling",
      "causal modelling",
      "causal analysis",
      "causal ml",
      "econometrics",
      "econometric",
      "difference-in-differences",
      "diff-in-diff",
      "instrumental variables",
      "regression discontinuity",
      "synthetic control",
      "uplift modeling",
      "uplift modelling",
      "uplift models",
      "propensity score matching",
      "treatment effects",
      "heterogeneous treatment effects"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [RM-DS]"
  },
  {
    "id": "cdc",
    "terms": [],
    "caseSensitive": [
      "CDC"
    ],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [
      "pipelines",
      "pipeline",
      "replication",
      "streaming",
      "kafka",
      "debezium",
      "database",
      "databases",
      "ingestion",
      "etl",
      "warehouse",
      "lake",
      "lakehouse"
    ],
    "note": "CDC is also the Centers for Disease Control.",
    "source": "domain §1.4 (streaming)"
  },
  {
    "id": "chatbots",
    "terms": [
      "chatbot",
      "chatbots",
      "chat bot",
      "chat bots",
      "conversational ai",
      "conversational agent",
      "conversational agents",
      "conversational assistant",
      "conversational assistants",
      "virtual assistant",
      "virtual assistants",
      "ai assistant",
      "ai assistants",
      "support bot",
      "support bots",
      "voice agent",
      "voice agents",
      "voice assistant",
      "voice assistants",
      "voice ai"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Strong when the verb is build/integrate/ship (duty pattern build-ai-product).",
    "source": "domain §1.1 F61, §1.8 (chatbot); [RM-AI vs]"
  },
  {
    "id": "chatgpt",
    "terms": [
      "chatgpt"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Often a consumer tool mention rather than an API integration.",
    "source": "domain §1.1 B21, B27"
  },
  {
    "id": "chroma",
    "terms": [
      "chroma"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "vector",
      "vectors",
      "database",
      "databases",
      "db",
      "embeddings",
      "rag",
      "retrieval",
      "llm",
      "llms",
      "pinecone",
      "weaviate",
      "qdrant",
      "faiss",
      "milvus",
      "langchain",
      "llamaindex"
    ],
    "note": "Chroma is also a colour term; counts only next to vector/LLM vocabulary.",
    "source": "domain §1.1 A5, §1.9; [RM-AI]"
  },
  {
    "id": "chunking",
    "terms": [
      "chunking",
      "chunk size",
      "chunk sizes",
      "chunk overlap",
      "chunking strategy",
      "chunking strategies",
      "text splitting",
      "text splitter",
      "text splitters",
      "document chunking"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 A17; [RM-AI]"
  },
  {
    "id": "churn-propensity",
    "terms": [
      "churn prediction",
      "churn model",
      "churn models",
      "churn modeling",
      "churn modelling",
      "attrition prediction",
      "propensity model",
      "propensity models",
      "propensity modeling",
      "propensity modelling",
      "ltv prediction",
      "clv prediction",
      "lifetime value prediction",
      "customer lifetime value"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 C29; [ONET-DS]"
  },
  {
    "id": "ci-cd",
    "terms": [
      "ci/cd",
      "ci/cd pipelines",
      "continuous integration",
      "continuous delivery",
      "continuous deployment"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "weak",
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.7 (engineering practice), §1.5"
  },
  {
    "id": "ci-cd-for-ml",
    "terms": [
      "ci/cd for ml",
      "ci/cd for machine learning",
      "ml ci/cd",
      "model ci/cd",
      "continuous training"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong"
    },
    "context": [],
    "source": "domain §1.5 (CI/CD for ML); [RM-MLOPS]"
  },
  {
    "id": "ci-cd-tools",
    "terms": [
      "github actions",
      "jenkins",
      "gitlab ci",
      "gitlab ci/cd",
      "circleci",
      "argo cd",
      "argocd"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak",
      "software-engineer": "weak"
    },
    "context": [],
    "note": "§1.5 lists them under CI/CD for ML (strong), but alone they are generic DevOps tools.",
    "source": "domain §1.5, §1.7; [RM-MLOPS]"
  },
  {
    "id": "classic-ml-algorithms",
    "terms": [
      "linear regression",
      "logistic regression",
      "polynomial regression",
      "decision tree",
      "decision trees",
      "random forest",
      "random forests",
      "knn",
      "k-nearest neighbors",
      "k-nearest neighbours",
      "svm",
      "svms",
      "support vector machine",
      "support vector machines",
      "naive bayes",
      "naïve bayes"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 B23; [RM-ML]"
  },
  {
    "id": "cloud-ai-apis",
    "terms": [
      "google cloud vision",
      "cloud vision api",
      "aws rekognition",
      "amazon rekognition",
      "rekognition",
      "azure ai vision",
      "azure computer vision",
      "amazon comprehend",
      "aws comprehend",
      "google natural language api",
      "azure ai language",
      "amazon textract",
      "aws textract",
      "textract",
      "google document ai",
      "azure form recognizer",
      "azure document intelligence"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 F65; [RM-AI]"
  },
  {
    "id": "cloud-ml-platforms",
    "terms": [
      "sagemaker",
      "amazon sagemaker",
      "aws sagemaker",
      "vertex ai",
      "google vertex ai",
      "azure machine learning",
      "azure ml",
      "databricks ml",
      "databricks machine learning"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak",
      "mlops": "weak",
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Both roadmaps list them; §1.8 rates them ≈0 for AI-vs-ML, so the three roles get the same weak weight.",
    "source": "domain §1.2 E44, §1.8; [RM-MLOPS]; [RM-AI]"
  },
  {
    "id": "clustering-dim-reduction",
    "terms": [
      "k-means",
      "kmeans",
      "hierarchical clustering",
      "dbscan",
      "pca",
      "principal component analysis",
      "t-sne",
      "tsne",
      "umap",
      "dimensionality reduction",
      "clustering algorithms",
      "clustering techniques"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 B24; [RM-ML]"
  },
  {
    "id": "cohere",
    "terms": [
      "cohere"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "api",
      "apis",
      "openai",
      "anthropic",
      "embeddings",
      "rerank",
      "model",
      "models",
      "embed",
      "gemini"
    ],
    "note": "\"cohere\" is also a verb.",
    "source": "domain §1.1 B26, §1.9; [RM-AI]"
  },
  {
    "id": "compilers",
    "terms": [
      "compiler",
      "compilers",
      "compiler toolchain",
      "compiler toolchains",
      "toolchain",
      "toolchains",
      "compiler optimizations",
      "compiler optimization",
      "graph passes",
      "compiler engineering"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "note": "Compiler engineering is software work (O*NET 15-1252); an ML compiler serves ML, but ML words beside it name the domain, not the job.",
    "source": "domain §0, §1.7 (software engineer; [ONET-SD]); analysis"
  },
  {
    "id": "computer-vision",
    "terms": [
      "computer vision"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Model training (YOLO, segmentation) vs calling vision APIs; resolved by method words.",
    "source": "domain §1.8 (computer vision)"
  },
  {
    "id": "containers",
    "terms": [
      "docker",
      "kubernetes",
      "k8s",
      "helm",
      "helm charts",
      "eks",
      "gke",
      "aks",
      "openshift",
      "containerization",
      "container orchestration",
      "docker compose"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak",
      "software-engineer": "weak"
    },
    "context": [],
    "note": "§1.8 — ≈0 for AI-vs-ML; MLOps only with ML serving context.",
    "source": "domain §1.5, §1.8 (Docker / Kubernetes); [RM-MLOPS]"
  },
  {
    "id": "context-engineering",
    "terms": [
      "context engineering",
      "context window",
      "context windows",
      "context window management",
      "context compaction",
      "context isolation",
      "long-context",
      "long-context handling"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C36; [RM-AI]"
  },
  {
    "id": "copilot",
    "terms": [
      "copilot",
      "co-pilot"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "gpt",
      "genai",
      "rag",
      "prompt",
      "prompts",
      "agents",
      "agentic",
      "assistant",
      "assistants",
      "openai",
      "anthropic",
      "claude",
      "chatbot",
      "chatbots"
    ],
    "note": "Microsoft 365 Copilot as an office skill is not evidence; needs LLM vocabulary.",
    "source": "domain §1.1 F62, §1.9"
  },
  {
    "id": "copilots",
    "terms": [
      "ai copilot",
      "ai copilots",
      "copilots",
      "in-app assistant",
      "in-app assistants",
      "in-product assistant",
      "in-product copilot"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 F62; [LS]"
  },
  {
    "id": "cursor-windsurf",
    "terms": [
      "cursor",
      "windsurf"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [
      "copilot",
      "claude",
      "codex",
      "ai",
      "ide",
      "ides",
      "editor",
      "editors",
      "llm",
      "llms",
      "coding"
    ],
    "note": "\"cursor\" is also a database cursor.",
    "source": "domain §1.1 I89, §1.9"
  },
  {
    "id": "cv-models",
    "terms": [
      "object detection",
      "image segmentation",
      "semantic segmentation",
      "instance segmentation",
      "image classification",
      "pose estimation",
      "depth estimation",
      "object tracking",
      "image recognition",
      "video recognition",
      "yolo",
      "yolov5",
      "yolov8",
      "resnet",
      "detectron2",
      "u-net",
      "unet"
    ],
    "caseSensitive": [
      "ViT",
      "ViTs"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 C32; [RM-ML]"
  },
  {
    "id": "dashboards",
    "terms": [
      "dashboard",
      "dashboards",
      "dashboarding",
      "bi dashboards",
      "kpi dashboards"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "other": "medium"
    },
    "context": [],
    "note": "§1.3 strong; lowered because monitoring/admin dashboards are common in engineering postings, and shared with analytics.",
    "source": "domain §1.3, §0; [ONET-DS]; [EY]"
  },
  {
    "id": "dask-polars",
    "terms": [
      "dask",
      "polars",
      "modin",
      "anyscale"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 E49"
  },
  {
    "id": "data-architecture",
    "terms": [
      "data architecture",
      "data mesh",
      "data fabric",
      "data hub",
      "cap theorem",
      "distributed file system",
      "distributed file systems",
      "data platform",
      "data platforms",
      "data infrastructure",
      "modern data stack",
      "data engineering"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.4 (data architecture); [RM-DE]; [RM-DE vs]"
  },
  {
    "id": "data-modeling",
    "terms": [
      "data modeling",
      "data modelling",
      "dimensional modeling",
      "dimensional modelling",
      "dimensional models",
      "star schema",
      "star schemas",
      "snowflake schema",
      "kimball",
      "data vault",
      "database normalization",
      "slowly changing dimensions",
      "fact tables",
      "dimension tables"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4 (data modelling); [RM-DE]; [ONET-DBA]"
  },
  {
    "id": "data-pipelines",
    "terms": [
      "data pipeline",
      "data pipelines",
      "batch pipelines",
      "streaming pipelines",
      "streaming data pipelines",
      "real-time data pipelines",
      "data processing pipelines",
      "batch processing",
      "stream processing",
      "data integration",
      "data integrations"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4, §1.8 (pipeline); [RM-DE]; [RM-MLOPS]"
  },
  {
    "id": "data-preprocessing",
    "terms": [
      "data preprocessing",
      "data pre-processing",
      "preprocessing",
      "pre-processing",
      "data cleaning",
      "data cleansing",
      "data wrangling",
      "data munging",
      "data preparation",
      "data prep",
      "feature scaling",
      "imputation",
      "missing-value imputation"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 B13; [RM-ML]"
  },
  {
    "id": "data-quality-governance",
    "terms": [
      "data quality",
      "great expectations",
      "data lineage",
      "data catalog",
      "data catalogs",
      "data masking",
      "data obfuscation",
      "data governance",
      "data contracts",
      "data observability",
      "data stewardship",
      "metadata management",
      "openlineage",
      "amundsen",
      "collibra",
      "alation"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "medium"
    },
    "context": [],
    "note": "GDPR / EU AI Act are left out (privacy-notice boilerplate).",
    "source": "domain §1.4 (data quality & governance); [RM-DE]"
  },
  {
    "id": "data-science",
    "terms": [
      "data science",
      "data analysis",
      "data analyses"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "weak"
    },
    "context": [],
    "note": "Umbrella terms; ML and AI postings mention them too.",
    "source": "domain §0, §1.3; [ONET-DS]"
  },
  {
    "id": "data-versioning",
    "terms": [
      "dvc",
      "data versioning",
      "dataset versioning",
      "data version control",
      "lakefs"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "data-visualization",
    "terms": [
      "data visualization",
      "data visualisation",
      "data visualizations",
      "tableau",
      "power bi",
      "powerbi",
      "looker",
      "looker studio",
      "superset",
      "apache superset",
      "metabase",
      "qlik"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "other": "medium"
    },
    "context": [],
    "note": "BI tools serve data scientists and analysts alike; shared, they follow the posting's other evidence (statistics and experiments → data science; reporting alone → analytics, `other`).",
    "source": "domain §1.3, §0 ([EY]: product-analytics data scientists are analyst-like); [ONET-DS]"
  },
  {
    "id": "data-warehouses",
    "terms": [
      "snowflake",
      "bigquery",
      "google bigquery",
      "redshift",
      "amazon redshift",
      "aws redshift",
      "azure synapse",
      "clickhouse",
      "teradata",
      "data warehouse",
      "data warehouses",
      "data warehousing",
      "enterprise data warehouse",
      "data mart",
      "data marts"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4 (warehouses); [RM-DE]"
  },
  {
    "id": "databases",
    "terms": [
      "postgresql",
      "postgres",
      "mysql",
      "mariadb",
      "sqlite",
      "redis",
      "mongodb",
      "sql server",
      "relational database",
      "relational databases",
      "rdbms"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.7 (databases); [ONET-SD]"
  },
  {
    "id": "databricks",
    "terms": [
      "databricks"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "medium",
      "ml-engineer": "weak",
      "data-scientist": "weak"
    },
    "context": [],
    "note": "§1.4 strong for data engineering, §1.8 ≈0 for AI-vs-ML; used by DS/ML teams too.",
    "source": "domain §1.4, §1.8; [RM-DE]"
  },
  {
    "id": "dbt",
    "terms": [
      "dbt",
      "dbt core",
      "dbt cloud",
      "dbt labs"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4; [RM-DE]"
  },
  {
    "id": "deep-learning",
    "terms": [
      "deep learning"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.8 (deep learning)"
  },
  {
    "id": "deepset-haystack",
    "terms": [
      "deepset",
      "deepset haystack"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D45; [RM-AI]"
  },
  {
    "id": "demo-ui-frameworks",
    "terms": [
      "streamlit",
      "gradio",
      "chainlit"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.1 I87"
  },
  {
    "id": "developer-relations",
    "terms": [
      "developer relations",
      "devrel",
      "developer advocacy",
      "developer advocate",
      "developer evangelism",
      "community building"
    ],
    "caseSensitive": [],
    "roles": {
      "other": "medium"
    },
    "context": [],
    "source": "DESIGN §2 (role `other`); domain §4.4; analysis"
  },
  {
    "id": "distributed-training",
    "terms": [
      "distributed training",
      "data parallelism",
      "model parallelism",
      "tensor parallelism",
      "pipeline parallelism",
      "data parallel",
      "model parallel",
      "ddp",
      "fsdp",
      "deepspeed",
      "horovod",
      "megatron",
      "megatron-lm",
      "multi-gpu",
      "multi-gpu training",
      "multi-node",
      "multi-node training",
      "large-scale training"
    ],
    "caseSensitive": [
      "ZeRO"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 D35, §4.4"
  },
  {
    "id": "dl-architectures",
    "terms": [
      "cnns",
      "convolutional neural network",
      "convolutional neural networks",
      "convolutional networks",
      "rnn",
      "rnns",
      "recurrent neural networks",
      "lstm",
      "lstms",
      "gru",
      "grus",
      "transformer architecture",
      "transformer architectures",
      "transformer model",
      "transformer models",
      "transformer-based models",
      "attention mechanism",
      "attention mechanisms",
      "self-attention",
      "multi-head attention",
      "autoencoder",
      "autoencoders",
      "variational autoencoders",
      "vaes",
      "generative adversarial networks",
      "diffusion model",
      "diffusion models",
      "gnn",
      "gnns",
      "graph neural networks",
      "seq2seq",
      "sequence-to-sequence",
      "encoder-decoder",
      "mixture of experts",
      "vision transformer",
      "vision transformers"
    ],
    "caseSensitive": [
      "CNN",
      "VAE",
      "GAN",
      "GANs"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "note": "CNN/GAN/VAE case-sensitive (CNN the broadcaster, Gan the surname).",
    "source": "domain §1.2 B20; [RM-ML]"
  },
  {
    "id": "docs-question-answering",
    "terms": [
      "document q&a",
      "document question answering",
      "question answering over documents",
      "chat with your docs",
      "chat with your documents",
      "chat with documents",
      "knowledge-base assistant",
      "knowledge assistant",
      "knowledge assistants",
      "internal knowledge assistant",
      "enterprise search assistant"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 A19, §4.2; [GT]"
  },
  {
    "id": "document-ingestion-llm",
    "terms": [
      "document loaders",
      "document loader",
      "document ingestion",
      "document parsing",
      "pdf parsing",
      "unstructured.io",
      "llamaparse"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 A18; [RM-AI]"
  },
  {
    "id": "dpo",
    "terms": [
      "dpo"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "research-scientist": "medium"
    },
    "context": [
      "rlhf",
      "preference",
      "alignment",
      "sft",
      "reward",
      "grpo",
      "llm",
      "llms",
      "tuning",
      "finetuning"
    ],
    "note": "DPO is also a data protection officer.",
    "source": "domain §1.1 J93, §1.9"
  },
  {
    "id": "dspy",
    "terms": [
      "dspy"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.1 D47"
  },
  {
    "id": "eda",
    "terms": [],
    "caseSensitive": [
      "EDA"
    ],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [
      "data",
      "analysis",
      "pandas",
      "python",
      "statistical",
      "dataset",
      "datasets",
      "notebooks",
      "visualization",
      "features",
      "modeling",
      "modelling",
      "sql"
    ],
    "note": "EDA is also electronic design automation.",
    "source": "domain §1.3"
  },
  {
    "id": "edge-ai-runtimes",
    "terms": [
      "vercel",
      "cloudflare workers",
      "cloudflare workers ai",
      "workers ai"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 I88"
  },
  {
    "id": "education-content",
    "terms": [
      "educational content",
      "education content",
      "training materials",
      "training content",
      "learning content",
      "course content",
      "courseware",
      "curriculum",
      "tutorials",
      "workshops",
      "user workshops",
      "customer workshops",
      "webinars",
      "customer education"
    ],
    "caseSensitive": [],
    "roles": {
      "other": "medium"
    },
    "context": [],
    "source": "DESIGN §2 (role `other`: solutions and education content); domain §4.4; analysis"
  },
  {
    "id": "embedding-models",
    "terms": [
      "embedding model",
      "embedding models",
      "text embeddings",
      "vector embeddings",
      "openai embeddings",
      "embeddings api",
      "text-embedding-ada-002",
      "text-embedding-3-small",
      "text-embedding-3-large",
      "cohere embed",
      "jina embeddings",
      "gemini embeddings",
      "sentence transformers",
      "sbert"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Training embeddings / representation learning is ML (see learning-paradigms).",
    "source": "domain §1.1 A13; [RM-AI]"
  },
  {
    "id": "embeddings",
    "terms": [
      "embeddings"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Bare 'embeddings' is shared with ML; singular 'embedding' is left out (verb sense, 'embedded').",
    "source": "domain §1.8 (embeddings, embedded)"
  },
  {
    "id": "engineering-practice",
    "terms": [
      "unit testing",
      "unit tests",
      "integration testing",
      "integration tests",
      "code review",
      "code reviews",
      "pair programming",
      "test-driven development",
      "tdd",
      "on-call",
      "sdlc",
      "software development lifecycle",
      "software development life cycle",
      "agile",
      "scrum",
      "object-oriented programming",
      "object-oriented design",
      "design patterns",
      "data structures",
      "data structures and algorithms",
      "clean code"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.7 (engineering practice)"
  },
  {
    "id": "etl-elt",
    "terms": [
      "etl",
      "elt",
      "etl pipeline",
      "etl pipelines",
      "elt pipeline",
      "elt pipelines",
      "etl processes",
      "etl jobs",
      "etl development",
      "etl tools",
      "extract-transform-load",
      "data ingestion",
      "ingestion pipelines",
      "reverse etl",
      "hightouch"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4; [RM-DE]"
  },
  {
    "id": "experiment-tracking",
    "terms": [
      "experiment tracking",
      "weights & biases",
      "weights and biases",
      "w&b",
      "wandb",
      "comet ml",
      "comet.ml",
      "neptune.ai",
      "tensorboard",
      "clearml"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.2 E42, §1.5; [RM-MLOPS]"
  },
  {
    "id": "experimentation",
    "terms": [
      "experimentation"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Also 'rapid experimentation' in ML/AI teams, so medium alone.",
    "source": "domain §1.3"
  },
  {
    "id": "explainability",
    "terms": [
      "explainable ai",
      "explainability",
      "model explainability",
      "model interpretability",
      "interpretable ml",
      "interpretable machine learning",
      "shap",
      "feature importance"
    ],
    "caseSensitive": [
      "XAI"
    ],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 B25; [RM-ML]; [RM-MLOPS]"
  },
  {
    "id": "exploratory-data-analysis",
    "terms": [
      "exploratory data analysis",
      "exploratory analysis",
      "exploratory analyses",
      "data exploration",
      "data understanding"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.3, §1.2 G61; [RM-DS]; [LC-MLE]"
  },
  {
    "id": "f1",
    "terms": [],
    "caseSensitive": [
      "F1"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [
      "precision",
      "recall",
      "auc",
      "score",
      "scores",
      "metric",
      "metrics",
      "accuracy",
      "roc"
    ],
    "source": "domain §1.2 B17"
  },
  {
    "id": "faiss",
    "terms": [
      "faiss",
      "faiss-cpu",
      "faiss-gpu"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 A12, §1.8; [RM-AI]"
  },
  {
    "id": "feature-engineering",
    "terms": [
      "feature engineering",
      "feature extraction",
      "feature selection",
      "feature pipeline",
      "feature pipelines",
      "feature transformation",
      "feature transformations",
      "feature generation",
      "feature vector",
      "feature vectors"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 B12, §1.8 (feature); [RM-ML]; [LC-MLE]; [ONET-DS]"
  },
  {
    "id": "feature-store",
    "terms": [
      "feature store",
      "feature stores",
      "tecton",
      "hopsworks",
      "databricks feature store",
      "vertex ai feature store",
      "sagemaker feature store"
    ],
    "caseSensitive": [
      "Feast"
    ],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 E45, §1.5, §4.2; [RM-MLOPS]"
  },
  {
    "id": "fine-tuning",
    "terms": [
      "fine-tuning",
      "finetuning",
      "fine-tune",
      "finetune",
      "fine-tuned",
      "finetuned"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Method words (LoRA, SFT, RLHF, provider API) decide; see §1.1 J.",
    "source": "domain §1.8 (fine-tuning), §1.1 J"
  },
  {
    "id": "forecasting",
    "terms": [
      "forecasting"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 C28"
  },
  {
    "id": "forecasting-models",
    "terms": [
      "time-series forecasting",
      "demand forecasting",
      "sales forecasting",
      "probabilistic forecasting",
      "forecasting model",
      "forecasting models",
      "time series models",
      "arima",
      "sarima",
      "deepar"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 C28; [RM-DS]"
  },
  {
    "id": "foundation-models",
    "terms": [
      "foundation models",
      "foundation model",
      "pre-trained models",
      "pre-trained model",
      "pretrained models",
      "pretrained model",
      "pre-trained llms",
      "pretrained llms",
      "off-the-shelf models",
      "frontier models",
      "open-weight models",
      "open-weights models",
      "open-source llms",
      "third-party models"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Strong only with use/leverage/integrate (duty pattern use-existing-models).",
    "source": "domain §1.1 B28; [RM-AI]; [LS]"
  },
  {
    "id": "fraud-risk",
    "terms": [
      "fraud detection",
      "fraud model",
      "fraud models",
      "anomaly detection",
      "outlier detection",
      "abuse detection",
      "spam detection",
      "risk scoring",
      "risk model",
      "risk models",
      "credit scoring",
      "credit risk models",
      "aml models"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "medium"
    },
    "context": [],
    "note": "[RM-AI] lists anomaly detection as an embeddings use case; method words decide.",
    "source": "domain §1.2 C30; [LS]; [UD]"
  },
  {
    "id": "frontend-fullstack",
    "terms": [
      "frontend",
      "front-end",
      "frontend development",
      "front-end development",
      "ui development",
      "ui engineering",
      "full-stack",
      "fullstack",
      "full-stack development"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "strong",
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "AI engineers often have front-end skills [SWYX-POD].",
    "source": "domain §1.7, §1.1 I85; [ONET-SD]; [SWYX-POD]"
  },
  {
    "id": "frontier-research",
    "terms": [
      "scaling laws",
      "pretraining research",
      "alignment research",
      "ai alignment",
      "llm alignment",
      "model alignment",
      "interpretability research",
      "mechanistic interpretability",
      "rlhf research",
      "ai safety research",
      "frontier research",
      "frontier ai research"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.6 (frontier-model research)"
  },
  {
    "id": "function-calling",
    "terms": [
      "function calling",
      "tool calling",
      "tool use",
      "tools api",
      "openai functions"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C39; [RM-AI]"
  },
  {
    "id": "gemini",
    "terms": [
      "gemini"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "gpt",
      "claude",
      "openai",
      "anthropic",
      "model",
      "models",
      "api",
      "apis",
      "genai",
      "google",
      "vertex",
      "prompt",
      "prompts",
      "multimodal",
      "mistral",
      "llama"
    ],
    "note": "Gemini is also a crypto exchange.",
    "source": "domain §1.1 B23, §1.9"
  },
  {
    "id": "gemini-api",
    "terms": [
      "gemini api",
      "google gemini",
      "google ai studio",
      "vertex ai gemini"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B23; [RM-AI]"
  },
  {
    "id": "generative-ai",
    "terms": [
      "generative ai",
      "genai",
      "gen ai"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Bare 'generative AI' names a field, not a duty: AI-application postings, generative-model training and GenAI-infrastructure postings all use it (§1.8), so it is weak; the verb decides (duty patterns build-ai-product, use-existing-models).",
    "source": "domain §1.1 F64, §1.8 (generative AI); [LC-GENAI]"
  },
  {
    "id": "generative-media-apis",
    "terms": [
      "dall-e",
      "dall·e",
      "dalle",
      "stable diffusion",
      "sdxl",
      "midjourney",
      "imagen",
      "image generation",
      "video generation",
      "text-to-image",
      "image understanding",
      "video understanding"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 F67; [RM-AI]"
  },
  {
    "id": "gpu-cluster-ops",
    "terms": [
      "gpu scheduling",
      "gpu cluster",
      "gpu clusters",
      "gpu infrastructure",
      "gpu utilization",
      "gpu orchestration",
      "gpu capacity",
      "slurm",
      "ray clusters",
      "kuberay",
      "nvidia drivers",
      "node pools"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.5 (GPU/cluster ops), §4.4"
  },
  {
    "id": "gpu-programming",
    "terms": [
      "cuda",
      "cudnn",
      "nccl",
      "openai triton",
      "triton kernels",
      "cuda kernels",
      "gpu kernels",
      "custom kernels",
      "kernel fusion",
      "flash attention",
      "flashattention"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.2 D36"
  },
  {
    "id": "gradient-boosting",
    "terms": [
      "xgboost",
      "lightgbm",
      "catboost",
      "gbdt",
      "gbm",
      "gbms",
      "gradient boosting",
      "gradient-boosted trees",
      "gradient boosted decision trees",
      "gradient boosting machines",
      "boosted trees"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 A6; [RM-ML]"
  },
  {
    "id": "guardrails",
    "terms": [
      "guardrails"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Also 'security/cost guardrails' in platform work, hence medium on its own.",
    "source": "domain §1.1 G75"
  },
  {
    "id": "guardrails-tools",
    "terms": [
      "nemo guardrails",
      "guardrails ai",
      "llama guard",
      "llm guardrails",
      "ai guardrails",
      "content moderation api",
      "content moderation apis",
      "moderation api",
      "moderation apis"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G75; [RM-AI]"
  },
  {
    "id": "hallucination",
    "terms": [
      "hallucination",
      "hallucinations",
      "hallucination mitigation",
      "hallucination detection",
      "grounded generation",
      "grounded responses",
      "grounded answers"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G77; [GT]"
  },
  {
    "id": "haystack",
    "terms": [
      "haystack"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "deepset",
      "llm",
      "llms",
      "rag",
      "retrieval",
      "langchain",
      "llamaindex",
      "pipelines",
      "nlp",
      "framework",
      "frameworks",
      "python"
    ],
    "note": "Idiom 'needle in a haystack'.",
    "source": "domain §1.1 D45, §1.9"
  },
  {
    "id": "hf-training-stack",
    "terms": [
      "hugging face transformers",
      "hf transformers",
      "transformers trainer",
      "hugging face accelerate",
      "hf accelerate",
      "trl",
      "hugging face datasets"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 A7, §1.8 (Hugging Face)"
  },
  {
    "id": "hugging-face",
    "terms": [
      "hugging face",
      "huggingface"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Hub/Inference (AI engineering) vs Trainer/Accelerate (ML); see hf-training-stack.",
    "source": "domain §1.8 (Hugging Face); [HFT]"
  },
  {
    "id": "hugging-face-hub",
    "terms": [
      "hugging face hub",
      "huggingface hub",
      "hf hub",
      "hugging face inference api",
      "hugging face inference endpoints"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 B30; [RM-AI]"
  },
  {
    "id": "hybrid-search",
    "terms": [
      "hybrid search",
      "hybrid retrieval",
      "bm25",
      "keyword and semantic search"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 A15"
  },
  {
    "id": "hyperparameter-tuning",
    "terms": [
      "hyperparameter",
      "hyperparameters",
      "hyperparameter tuning",
      "hyperparameter optimization",
      "hyperparameter optimisation",
      "hyperparameter search",
      "hyper-parameter tuning",
      "optuna",
      "ray tune",
      "hyperopt",
      "grid search",
      "random search",
      "bayesian optimization",
      "bayesian optimisation"
    ],
    "caseSensitive": [
      "HPO"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 B15, §4.1; [LC-MLE]; [N23]"
  },
  {
    "id": "hypothesis-testing",
    "terms": [
      "hypothesis testing",
      "hypothesis tests",
      "significance testing",
      "statistical significance",
      "p-value",
      "p-values",
      "confidence interval",
      "confidence intervals",
      "central limit theorem",
      "power analysis",
      "statistical power",
      "t-test",
      "t-tests",
      "chi-square",
      "anova"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [RM-DS]"
  },
  {
    "id": "inference",
    "terms": [
      "inference"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak",
      "ml-engineer": "weak"
    },
    "context": [
      "model",
      "models",
      "latency",
      "gpu",
      "gpus",
      "serving",
      "llm",
      "llms",
      "throughput",
      "realtime",
      "batch",
      "deployment",
      "endpoint",
      "endpoints",
      "production"
    ],
    "note": "Serving sense only; statistical inference is in statistical-analysis.",
    "source": "domain §1.8 (inference)"
  },
  {
    "id": "inference-optimization",
    "terms": [
      "inference latency",
      "inference optimization",
      "inference optimisation",
      "inference performance",
      "inference efficiency",
      "inference speed",
      "inference throughput",
      "inference cost",
      "inference costs"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.2 D40, §4.3; [N23]"
  },
  {
    "id": "inference-runtimes",
    "terms": [
      "onnx",
      "onnx runtime",
      "onnxruntime",
      "tensorrt",
      "openvino",
      "torchscript",
      "torch.compile",
      "tflite",
      "tensorflow lite",
      "litert",
      "coreml",
      "executorch",
      "edge ai",
      "on-device ml",
      "on-device inference",
      "on-device models",
      "edge inference"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "note": "\"Core ML\" with a space is left out (collides with \"core ML skills\").",
    "source": "domain §1.2 D39; [RM-MLOPS]"
  },
  {
    "id": "infrastructure-as-code",
    "terms": [
      "terraform",
      "pulumi",
      "cloudformation",
      "aws cdk",
      "infrastructure as code"
    ],
    "caseSensitive": [
      "IaC"
    ],
    "roles": {
      "mlops": "medium",
      "software-engineer": "weak"
    },
    "context": [],
    "note": "§1.5 strong for MLOps; lowered because IaC is shared with every platform/DevOps role.",
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "insights-storytelling",
    "terms": [
      "actionable insights",
      "data-driven insights",
      "data-driven recommendations",
      "data storytelling",
      "storytelling with data",
      "metric definition",
      "metrics definition",
      "kpi definition",
      "north star metric",
      "north star metrics"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong",
      "other": "strong"
    },
    "context": [],
    "note": "Insight is the output of data scientists and analysts alike; the method decides (statistics, experiments, modelling → data science; reporting → analytics), so the two roles share it.",
    "source": "domain §1.3; [ONET-DS]; [EY]"
  },
  {
    "id": "interpretability",
    "terms": [
      "interpretability"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.6, §1.2 B25"
  },
  {
    "id": "jax",
    "terms": [],
    "caseSensitive": [
      "JAX"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [
      "pytorch",
      "tensorflow",
      "flax",
      "python",
      "ml",
      "deep",
      "numpy",
      "model",
      "models",
      "training",
      "gpu",
      "gpus",
      "tpu",
      "tpus",
      "keras",
      "xla",
      "learning"
    ],
    "note": "JAX is also an airport code.",
    "source": "domain §1.2 A3, §1.9"
  },
  {
    "id": "jax-ecosystem",
    "terms": [
      "flax",
      "optax"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 A3"
  },
  {
    "id": "js-ts",
    "terms": [
      "typescript",
      "javascript",
      "node.js",
      "nodejs"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 I84, §1.7; [UD]; [ONET-SD]"
  },
  {
    "id": "kafka-pubsub",
    "terms": [
      "kafka",
      "apache kafka",
      "confluent",
      "kinesis",
      "amazon kinesis",
      "pub/sub",
      "google pub/sub"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong",
      "software-engineer": "weak"
    },
    "context": [],
    "note": "Also used by backend teams as message brokers.",
    "source": "domain §1.4 (streaming); [RM-DE]"
  },
  {
    "id": "keras",
    "terms": [
      "keras"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 A4; [RM-ML]"
  },
  {
    "id": "kubeflow",
    "terms": [
      "kubeflow",
      "kubeflow pipelines",
      "kfp",
      "katib"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "strong"
    },
    "context": [],
    "source": "domain §1.2 E43, §1.5; [RM-MLOPS]"
  },
  {
    "id": "lakehouse",
    "terms": [
      "data lake",
      "data lakes",
      "lakehouse",
      "data lakehouse",
      "delta lake",
      "delta live tables",
      "apache iceberg",
      "iceberg tables",
      "apache hudi",
      "hudi",
      "unity catalog"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4 (lakes & lakehouse); [RM-DE]"
  },
  {
    "id": "langchain",
    "terms": [
      "langchain",
      "lang chain",
      "langchain.js",
      "langchainjs",
      "lcel"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D41; [RM-AI]; [LS]; [LC-DATE]"
  },
  {
    "id": "langgraph",
    "terms": [
      "langgraph",
      "lang graph"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D42"
  },
  {
    "id": "languages-case-sensitive",
    "terms": [],
    "caseSensitive": [
      "Go",
      "Rust",
      "Swift"
    ],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [
      "java",
      "python",
      "golang",
      "kotlin",
      "typescript",
      "javascript",
      "ruby",
      "scala",
      "languages",
      "language",
      "backend",
      "services",
      "microservices",
      "programming",
      "ios",
      "android",
      "mobile",
      "swiftui",
      "xcode",
      "systems"
    ],
    "note": "Go/Rust/Swift are also English words (and SWIFT is a bank network).",
    "source": "domain §1.7 (languages)"
  },
  {
    "id": "learning-paradigms",
    "terms": [
      "supervised learning",
      "unsupervised learning",
      "semi-supervised learning",
      "self-supervised learning",
      "contrastive learning",
      "transfer learning",
      "representation learning",
      "metric learning",
      "multi-task learning",
      "few-shot learning"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 B21; [RM-ML]"
  },
  {
    "id": "legacy-bot-stacks",
    "terms": [
      "rasa",
      "dialogflow",
      "amazon lex",
      "aws lex",
      "bot framework",
      "microsoft bot framework"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 F61"
  },
  {
    "id": "legacy-dl-frameworks",
    "terms": [
      "mxnet",
      "caffe",
      "caffe2",
      "theano",
      "cntk",
      "torch7",
      "chainer"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 A8"
  },
  {
    "id": "lime",
    "terms": [
      "lime"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [
      "shap",
      "explainability",
      "interpretability",
      "explainable",
      "xai",
      "feature",
      "model",
      "models"
    ],
    "source": "domain §1.2 B25"
  },
  {
    "id": "llamaindex",
    "terms": [
      "llamaindex",
      "llama index",
      "llama_index",
      "gpt index",
      "gpt_index",
      "llamacloud"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D44; [RM-AI]; [LS]; [GPTI]"
  },
  {
    "id": "llm-api-integration",
    "terms": [
      "llm api",
      "llm apis",
      "foundation model api",
      "foundation model apis",
      "third-party model apis",
      "model apis",
      "llm integration",
      "llm integrations",
      "llm provider",
      "llm providers",
      "model providers",
      "ai apis",
      "genai apis",
      "generative ai apis"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B20; [LS]; [GT]; [UD]"
  },
  {
    "id": "llm-applications",
    "terms": [
      "llm application",
      "llm applications",
      "llm app",
      "llm apps",
      "llm-powered",
      "llm-based",
      "llm-driven",
      "llm-enabled",
      "llm-backed",
      "llm product",
      "llm products",
      "llm feature",
      "llm features",
      "llm solutions",
      "llm systems",
      "llm workflows"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 F63; [LS]"
  },
  {
    "id": "llm-benchmarks",
    "terms": [
      "mmlu",
      "lm-eval-harness",
      "lm-evaluation-harness",
      "benchmark design",
      "llm benchmarks",
      "benchmark datasets",
      "humaneval",
      "gsm8k",
      "big-bench",
      "swe-bench"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 F57, §1.6 (research artefacts)"
  },
  {
    "id": "llm-cost-latency",
    "terms": [
      "token cost",
      "token costs",
      "llm cost",
      "llm costs",
      "llm latency",
      "semantic caching",
      "semantic cache",
      "prompt caching",
      "streaming responses"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G78; [GT]"
  },
  {
    "id": "llm-eval-tools",
    "terms": [
      "ragas",
      "deepeval",
      "promptfoo",
      "trulens",
      "openai evals"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G73"
  },
  {
    "id": "llm-evals",
    "terms": [
      "evals",
      "llm evals",
      "llm evaluation",
      "llm evaluations",
      "llm-as-a-judge",
      "llm-as-judge",
      "llm judge",
      "llm judges",
      "offline evals",
      "online evals",
      "eval set",
      "eval sets",
      "eval suite",
      "eval suites",
      "golden set",
      "golden sets",
      "golden datasets",
      "prompt regression tests",
      "prompt regression testing"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G71, §4.3; [GT]"
  },
  {
    "id": "llm-extraction",
    "terms": [
      "llm extraction",
      "llm-based extraction",
      "llm classification",
      "llm-based classification",
      "llm summarization",
      "structured extraction"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 F69; [GT]"
  },
  {
    "id": "llm-inference-servers",
    "terms": [
      "tensorrt-llm",
      "sglang",
      "nvidia nim",
      "nim microservices"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 H82"
  },
  {
    "id": "llm-model-names",
    "terms": [
      "gpt",
      "gpt models",
      "gpt-3",
      "gpt-3.5",
      "gpt-4",
      "gpt4",
      "gpt-4o",
      "gpt4o",
      "gpt-4o-mini",
      "gpt-5",
      "claude sonnet",
      "claude opus",
      "claude haiku",
      "claude 3",
      "gemini pro",
      "gemini flash",
      "llama 2",
      "llama 3",
      "llama2",
      "llama3",
      "mistral",
      "mixtral",
      "qwen",
      "deepseek",
      "phi-3",
      "phi-4"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Ambiguous with ML/research when 'pretrain'/'train' is nearby (duty patterns decide).",
    "source": "domain §1.1 B27"
  },
  {
    "id": "llm-names-with-context",
    "terms": [
      "llama",
      "claude",
      "gemma"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [
      "llm",
      "llms",
      "gpt",
      "openai",
      "anthropic",
      "gemini",
      "mistral",
      "model",
      "models",
      "api",
      "apis",
      "prompt",
      "prompts",
      "weights",
      "inference",
      "meta",
      "sonnet",
      "opus",
      "qwen",
      "genai",
      "vllm",
      "ollama",
      "huggingface",
      "hugging",
      "finetuning",
      "tuning"
    ],
    "note": "Claude, Llama and Gemma are also personal names / an animal.",
    "source": "domain §1.1 B27, §1.9"
  },
  {
    "id": "llm-observability",
    "terms": [
      "langsmith",
      "langfuse",
      "arize phoenix",
      "helicone",
      "w&b weave",
      "llm tracing",
      "llm observability",
      "llm monitoring"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D43, G74"
  },
  {
    "id": "llm-pretraining",
    "terms": [
      "pretraining",
      "pre-training",
      "continued pretraining",
      "continual pretraining",
      "continued pre-training",
      "domain-adaptive pretraining",
      "llm pretraining",
      "foundation model training",
      "training from scratch",
      "train from scratch"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "research-scientist": "medium"
    },
    "context": [],
    "note": "[RM-AI intro]: AI engineers do not build models from scratch.",
    "source": "domain §1.1 J94, §1.2 F52–F53; [RM-AI intro]"
  },
  {
    "id": "llm-quality-metrics",
    "terms": [
      "faithfulness",
      "groundedness",
      "answer relevance",
      "answer relevancy",
      "answer correctness",
      "context precision",
      "context recall",
      "hallucination rate",
      "hallucination rates"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G72, §4.3"
  },
  {
    "id": "llm-serving",
    "terms": [
      "llm serving",
      "llm inference",
      "llm deployment",
      "llm hosting",
      "self-hosted llms",
      "serving llms"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.5 (LLMOps), §1.8 (vLLM/TGI)"
  },
  {
    "id": "llmops",
    "terms": [
      "llmops",
      "llm ops",
      "llm operations"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium",
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 H83, §1.5"
  },
  {
    "id": "local-llm-runtimes",
    "terms": [
      "ollama",
      "llama.cpp",
      "lm studio",
      "gguf",
      "local llm",
      "local llms",
      "transformers.js"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.1 B29, §1.8; [RM-AI]; [LCPP]"
  },
  {
    "id": "low-code-llm-builders",
    "terms": [
      "n8n",
      "flowise",
      "langflow",
      "dify",
      "copilot studio",
      "microsoft copilot studio"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 D55"
  },
  {
    "id": "machine-learning",
    "terms": [
      "machine learning"
    ],
    "caseSensitive": [
      "ML"
    ],
    "roles": {
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "AI-engineer and DS postings also ask for ML fundamentals.",
    "source": "domain §1.8 (machine learning alone)"
  },
  {
    "id": "managed-vector-search",
    "terms": [
      "supabase vector",
      "atlas vector search",
      "mongodb atlas vector search"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 A10; [RM-AI]"
  },
  {
    "id": "marketing-science",
    "terms": [
      "marketing mix modeling",
      "marketing mix modelling",
      "marketing mix models",
      "media mix modeling",
      "media mix modelling",
      "attribution modeling",
      "attribution modelling",
      "multi-touch attribution",
      "marketing attribution",
      "customer segmentation",
      "marketing science",
      "incrementality"
    ],
    "caseSensitive": [
      "MMM"
    ],
    "roles": {
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.3"
  },
  {
    "id": "mathematics",
    "terms": [
      "linear algebra",
      "calculus",
      "multivariable calculus",
      "probability theory",
      "probability and statistics",
      "eigenvalues",
      "bayes' theorem",
      "convex optimization",
      "numerical optimization"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak",
      "data-scientist": "weak",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 E51, §1.8 (statistics / math); [RM-ML]; [RM-DS]"
  },
  {
    "id": "mcp",
    "terms": [],
    "caseSensitive": [
      "MCP"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "server",
      "servers",
      "protocol",
      "agent",
      "agents",
      "tool",
      "tools",
      "llm",
      "llms",
      "client",
      "clients",
      "claude",
      "anthropic",
      "integration",
      "integrations"
    ],
    "note": "MCP is also Microsoft Certified Professional.",
    "source": "domain §1.1 E57, §1.9"
  },
  {
    "id": "mixed-precision",
    "terms": [
      "mixed precision",
      "fp16",
      "bf16",
      "fp8",
      "fp32",
      "int8",
      "int4"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 D38"
  },
  {
    "id": "ml-algorithms",
    "terms": [
      "machine learning algorithm",
      "machine learning algorithms",
      "ml algorithm",
      "ml algorithms",
      "learning algorithms",
      "deep learning algorithms"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 G59; [LC-MLE]"
  },
  {
    "id": "ml-governance",
    "terms": [
      "model card",
      "model cards",
      "model governance",
      "model risk management"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.5 (governance)"
  },
  {
    "id": "ml-lifecycle",
    "terms": [
      "ml lifecycle",
      "machine learning lifecycle",
      "model lifecycle",
      "model lifecycle management"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium",
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "ml-metrics",
    "terms": [
      "auc",
      "roc-auc",
      "auc-roc",
      "auroc",
      "roc curve",
      "roc curves",
      "pr-auc",
      "auprc",
      "log loss",
      "logloss",
      "cross-entropy loss",
      "confusion matrix",
      "confusion matrices",
      "rmse",
      "mape",
      "ndcg",
      "f1 score",
      "precision/recall",
      "precision and recall",
      "precision-recall",
      "recall@k",
      "precision@k",
      "map@k",
      "mean average precision",
      "mean squared error",
      "mean absolute error",
      "r-squared",
      "model calibration",
      "probability calibration",
      "false positive rate",
      "false positive rates"
    ],
    "caseSensitive": [
      "MAE"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "note": "Bare accuracy/precision/recall are everyday words and are left out.",
    "source": "domain §1.2 B17, §4.3; [RM-ML]"
  },
  {
    "id": "ml-models",
    "terms": [
      "ml model",
      "ml models",
      "machine learning model",
      "machine learning models",
      "deep learning model",
      "deep learning models"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 G58, §1.8 (model)"
  },
  {
    "id": "ml-pipeline-orchestrators",
    "terms": [
      "vertex ai pipelines",
      "sagemaker pipelines",
      "azure ml pipelines",
      "metaflow",
      "zenml",
      "flyte"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong"
    },
    "context": [],
    "source": "domain §1.5 (ML pipelines / orchestration); [RM-MLOPS]"
  },
  {
    "id": "ml-systems",
    "terms": [
      "ml system design",
      "machine learning system design",
      "ml systems",
      "machine learning systems",
      "ml pipeline",
      "ml pipelines",
      "machine learning pipelines",
      "end-to-end ml pipelines",
      "end-to-end ml systems"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.2 G63, §1.5 (ML pipelines)"
  },
  {
    "id": "mlflow",
    "terms": [
      "mlflow",
      "ml flow"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "strong"
    },
    "context": [],
    "source": "domain §1.2 E41, §1.5; [RM-MLOPS]; [MLF]"
  },
  {
    "id": "mlops",
    "terms": [
      "mlops",
      "ml ops",
      "machine learning operations",
      "ml platform",
      "ml platforms",
      "machine learning platform",
      "machine learning platforms",
      "ml infrastructure",
      "machine learning infrastructure",
      "ml infra",
      "ml platform engineering",
      "ml tooling"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong"
    },
    "context": [],
    "source": "domain §1.5, §1.8 (MLOps); [RM-MLOPS]; [EY]; [TENYKS]"
  },
  {
    "id": "model-architecture",
    "terms": [
      "model architecture",
      "model architectures",
      "neural network architecture",
      "neural network architectures",
      "neural architecture search",
      "architecture search"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 B19, §4.1; [N23]"
  },
  {
    "id": "model-choice",
    "terms": [
      "llm selection",
      "knowledge cutoff",
      "knowledge cut-off",
      "context length",
      "context lengths",
      "open vs closed models",
      "llm pricing"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B32, C40; [RM-AI]"
  },
  {
    "id": "model-compression",
    "terms": [
      "quantization",
      "quantisation",
      "quantization-aware training",
      "post-training quantization",
      "pruning",
      "knowledge distillation",
      "model distillation",
      "distillation",
      "model compression"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "mlops": "weak"
    },
    "context": [],
    "source": "domain §1.2 D39, §4.3; [N23]"
  },
  {
    "id": "model-context-protocol",
    "terms": [
      "model context protocol",
      "mcp server",
      "mcp servers",
      "mcp client",
      "mcp clients",
      "mcp host",
      "mcp tools"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 E57; [RM-AI]; [MCP]"
  },
  {
    "id": "model-evaluation",
    "terms": [
      "model evaluation",
      "offline evaluation",
      "model validation",
      "cross-validation",
      "k-fold",
      "loocv",
      "holdout set",
      "hold-out set",
      "holdout sets",
      "held-out data",
      "held-out test set",
      "train/test split",
      "train/validation/test split",
      "validation set",
      "validation sets",
      "test set",
      "backtesting"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "note": "wink keeps \"cross-validation\" as one token, so the spaced form is matched only if the matcher splits hyphens.",
    "source": "domain §1.2 B16; [RM-ML]; [RM-MLOPS]"
  },
  {
    "id": "model-monitoring",
    "terms": [
      "model monitoring",
      "model performance monitoring",
      "ml monitoring",
      "ml observability",
      "model observability",
      "drift detection",
      "data drift",
      "concept drift",
      "model drift",
      "prediction drift",
      "model decay",
      "training-serving skew",
      "evidently ai",
      "whylabs",
      "arize"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 E47, §1.5; [RM-MLOPS]"
  },
  {
    "id": "model-performance",
    "terms": [
      "model performance",
      "model accuracy",
      "model quality"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 D40, G60, §4.1; [N23]"
  },
  {
    "id": "model-provider-names",
    "terms": [
      "openai",
      "anthropic"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Provider names as used in 'OpenAI, Anthropic or open models'; training their models is ML/research.",
    "source": "domain §1.1 B21–B22, §4.4 (provider names); [RM-AI]"
  },
  {
    "id": "model-registry",
    "terms": [
      "model registry",
      "model registries",
      "model versioning",
      "model version control",
      "mlflow model registry",
      "w&b registry",
      "model lineage"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "model-serving",
    "terms": [
      "model serving",
      "model deployment",
      "model deployments",
      "serving infrastructure",
      "serving system",
      "serving systems",
      "serving stack",
      "serving engine",
      "serving engines",
      "inference system",
      "inference systems",
      "inference engine",
      "inference engines",
      "inference stack",
      "inference platform",
      "inference platforms",
      "ai serving",
      "real-time inference",
      "realtime inference",
      "online inference",
      "batch inference",
      "inference server",
      "inference servers",
      "inference service",
      "inference endpoints",
      "model endpoints",
      "prediction service",
      "prediction services",
      "torchserve",
      "tf serving",
      "tensorflow serving",
      "triton inference server",
      "kserve",
      "kfserving",
      "seldon",
      "seldon core",
      "bentoml",
      "ray serve",
      "shadow deployment",
      "shadow deployments"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "strong",
      "ml-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.2 E46, §1.5; [RM-MLOPS]"
  },
  {
    "id": "model-training",
    "terms": [
      "model training",
      "training pipeline",
      "training pipelines",
      "training loop",
      "training loops",
      "training run",
      "training runs",
      "training job",
      "training jobs",
      "custom model",
      "custom models",
      "models from scratch",
      "model development",
      "model building"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 B11, §4.1; [RM-AI vs]; [LS]; [LC-MLE]"
  },
  {
    "id": "multimodal",
    "terms": [
      "multimodal",
      "multi-modal"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 F68"
  },
  {
    "id": "multimodal-apps",
    "terms": [
      "multimodal applications",
      "multimodal apps",
      "multimodal llm",
      "multimodal llms",
      "gpt-4v",
      "gpt-4 vision",
      "vision-language models",
      "vision-language model",
      "vlm",
      "vlms"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 F68; [RM-AI]"
  },
  {
    "id": "neural-networks",
    "terms": [
      "neural network",
      "neural networks",
      "deep neural network",
      "deep neural networks",
      "dnn",
      "dnns",
      "neural net",
      "neural nets"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 B19–B20, §1.8 (deep learning)"
  },
  {
    "id": "nlp",
    "terms": [
      "nlp",
      "natural language processing",
      "natural language understanding",
      "nlu"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak",
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "Pre-2023 NLP meant training models; now also LLM apps.",
    "source": "domain §1.8 (NLP); [LC-NLP]"
  },
  {
    "id": "nlp-libraries",
    "terms": [
      "spacy",
      "nltk",
      "gensim",
      "topic modeling",
      "topic modelling",
      "sentiment analysis"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 A9"
  },
  {
    "id": "nlp-models",
    "terms": [
      "named entity recognition",
      "text classification",
      "sequence labeling",
      "sequence labelling",
      "machine translation",
      "roberta",
      "distilbert",
      "lemmatization",
      "part-of-speech tagging",
      "pos tagging",
      "language modeling",
      "language modelling"
    ],
    "caseSensitive": [
      "NER",
      "BERT"
    ],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 C33; [RM-ML]; [LC-NLP]"
  },
  {
    "id": "nosql-stores",
    "terms": [
      "nosql",
      "nosql databases",
      "cassandra",
      "apache cassandra",
      "dynamodb",
      "cosmos db",
      "cosmosdb",
      "bigtable",
      "hbase",
      "scylladb",
      "elasticsearch",
      "opensearch"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "medium",
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.4 (NoSQL & operational stores); [RM-DE]"
  },
  {
    "id": "novel-methods",
    "terms": [
      "novel algorithm",
      "novel algorithms",
      "novel method",
      "novel methods",
      "novel techniques",
      "novel approaches",
      "novel architectures",
      "advance the state of the art",
      "advancing the state of the art",
      "advance the field",
      "research agenda",
      "research agendas",
      "research directions",
      "fundamental research",
      "original research",
      "basic research",
      "open research problems"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.6 (novel methods); [EY]; [ONET-CIRS]"
  },
  {
    "id": "observability-stack",
    "terms": [
      "prometheus",
      "grafana"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak",
      "software-engineer": "weak"
    },
    "context": [],
    "note": "§1.5 strong for MLOps monitoring; lowered because they are generic SRE tools.",
    "source": "domain §1.5; [RM-MLOPS]"
  },
  {
    "id": "openai-api",
    "terms": [
      "openai api",
      "openai apis",
      "openai sdk",
      "openai-python",
      "chat completions",
      "chat completions api",
      "responses api",
      "assistants api",
      "gpt api",
      "gpt apis",
      "chatgpt api",
      "openai playground",
      "openai moderation api",
      "dall-e api",
      "whisper api"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 B21, G75; [RM-AI]"
  },
  {
    "id": "opencv",
    "terms": [
      "opencv"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 A10"
  },
  {
    "id": "optimisation-internals",
    "terms": [
      "loss function",
      "loss functions",
      "custom loss",
      "custom losses",
      "gradient descent",
      "stochastic gradient descent",
      "backpropagation",
      "back-propagation",
      "regularization",
      "regularisation",
      "l1/l2 regularization",
      "lasso",
      "elasticnet",
      "elastic net",
      "dropout",
      "weight decay",
      "learning rate",
      "learning rates",
      "learning rate schedules",
      "batch normalization",
      "layer normalization",
      "adamw",
      "rmsprop"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 B18, §4.1; [RM-ML]"
  },
  {
    "id": "other-model-providers",
    "terms": [
      "mistral ai",
      "together ai",
      "fireworks ai",
      "groq",
      "deepseek api",
      "perplexity api",
      "cohere api"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 B26; [RM-AI]"
  },
  {
    "id": "peft-lora",
    "terms": [
      "qlora",
      "peft",
      "parameter-efficient fine-tuning",
      "lora adapters",
      "lora fine-tuning",
      "unsloth",
      "axolotl",
      "prompt tuning",
      "adapter tuning"
    ],
    "caseSensitive": [
      "LoRA"
    ],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "medium"
    },
    "context": [],
    "note": "LoRA case-sensitive to avoid the LoRa radio protocol.",
    "source": "domain §1.1 J91, §1.2 A7"
  },
  {
    "id": "phd",
    "terms": [
      "phd",
      "ph.d.",
      "ph.d",
      "doctorate",
      "doctoral degree",
      "doctoral research",
      "postdoc",
      "postdoctoral",
      "postdoctoral research"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium"
    },
    "context": [],
    "note": "Also asked of senior ML engineers [LS]; medium.",
    "source": "domain §1.6 (PhD); [LS]"
  },
  {
    "id": "ppo",
    "terms": [
      "ppo"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "medium"
    },
    "context": [
      "reinforcement",
      "rl",
      "policy",
      "rlhf",
      "reward",
      "gradient",
      "agent",
      "agents",
      "grpo"
    ],
    "note": "PPO is also a health-insurance plan type in benefits text.",
    "source": "domain §1.2 B22, §1.1 J93"
  },
  {
    "id": "predictive-analytics",
    "terms": [
      "predictive analytics"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 C31, §1.3"
  },
  {
    "id": "predictive-modelling",
    "terms": [
      "predictive modeling",
      "predictive modelling",
      "predictive model",
      "predictive models",
      "classification model",
      "classification models",
      "regression model",
      "regression models",
      "scoring models"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 C31; [EY]; [ONET-DS]"
  },
  {
    "id": "product-analytics",
    "terms": [
      "product analytics",
      "funnel analysis",
      "funnel analyses",
      "retention analysis",
      "cohort analysis",
      "cohort analyses",
      "user behavior analysis",
      "user behaviour analysis",
      "engagement analysis",
      "conversion analysis",
      "clickstream analysis",
      "mixpanel"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.3; [EY]"
  },
  {
    "id": "production-ml",
    "terms": [
      "production ml",
      "production machine learning",
      "ml in production",
      "machine learning in production",
      "models in production",
      "productionization",
      "productionisation"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.2 G62; [RM-ML vs]"
  },
  {
    "id": "programming-languages",
    "terms": [
      "java",
      "golang",
      "c++",
      "c#",
      "kotlin",
      "ruby",
      "php",
      "objective-c"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.7 (languages); [ONET-SD]"
  },
  {
    "id": "prompt-engineering",
    "terms": [
      "prompt engineering",
      "prompt design",
      "prompt crafting",
      "prompt template",
      "prompt templates",
      "writing prompts",
      "prompt engineer",
      "prompt engineers",
      "prompt optimization",
      "prompt chaining",
      "prompt chains",
      "prompt iteration",
      "prompt development"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C33; [RM-AI]; [LS]; [PE-STUDY]"
  },
  {
    "id": "prompt-injection",
    "terms": [
      "prompt injection",
      "prompt injections",
      "prompt injection attacks",
      "prompt attacks",
      "adversarial prompts",
      "adversarial prompting",
      "jailbreak",
      "jailbreaks",
      "jailbreaking",
      "llm security",
      "owasp top 10 for llm",
      "owasp llm top 10"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 G76; [RM-AI]"
  },
  {
    "id": "prompt-management",
    "terms": [
      "prompt management",
      "prompt versioning",
      "prompt registry",
      "prompt library",
      "prompt libraries",
      "promptops"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C37"
  },
  {
    "id": "prompting",
    "terms": [
      "prompting"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "llm",
      "llms",
      "gpt",
      "model",
      "models",
      "rag",
      "chain",
      "techniques",
      "strategies",
      "genai",
      "agents",
      "prompts",
      "shot",
      "evaluation",
      "engineering"
    ],
    "note": "Needs LLM vocabulary ('works without prompting' is a soft-skill phrase).",
    "source": "domain §1.1 C33; [RM-AI]"
  },
  {
    "id": "prompting-techniques",
    "terms": [
      "few-shot",
      "zero-shot",
      "in-context learning",
      "chain-of-thought",
      "react prompting",
      "self-consistency",
      "tree-of-thought"
    ],
    "caseSensitive": [
      "CoT"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C34; [RM-AI]"
  },
  {
    "id": "prompts",
    "terms": [
      "prompts"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Plural noun only; singular 'prompt' is also an adjective.",
    "source": "domain §1.1 C33"
  },
  {
    "id": "provider-fine-tuning",
    "terms": [
      "fine-tuning api",
      "fine-tuning apis",
      "openai fine-tuning",
      "openai fine-tuning api",
      "bedrock custom models",
      "vertex ai tuning"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 J90; [RM-AI ft]"
  },
  {
    "id": "publications",
    "terms": [
      "publications",
      "publication record",
      "publication track record",
      "track record of publications",
      "first-author",
      "first-author papers",
      "first-author publications",
      "peer-reviewed",
      "peer-reviewed publications",
      "peer-reviewed papers",
      "published research",
      "conference papers",
      "journal papers",
      "academic publications",
      "research publications",
      "top-tier conferences",
      "top-tier venues",
      "top-tier publications",
      "top conferences"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.6 (publications); [EY]"
  },
  {
    "id": "python-api-frameworks",
    "terms": [
      "fastapi",
      "flask"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 I86"
  },
  {
    "id": "pytorch",
    "terms": [
      "pytorch",
      "pytorch lightning",
      "lightning ai",
      "torchvision",
      "torchaudio",
      "libtorch"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 A1; [RM-MLOPS]; [RM-ML]; [LS]; [PYTORCH]"
  },
  {
    "id": "r-ecosystem",
    "terms": [
      "tidyverse",
      "rstudio",
      "ggplot2",
      "dplyr",
      "r shiny",
      "r programming",
      "r markdown",
      "stata",
      "spss"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.3"
  },
  {
    "id": "r-language",
    "terms": [],
    "caseSensitive": [
      "R"
    ],
    "roles": {
      "data-scientist": "medium"
    },
    "context": [
      "python",
      "statistical",
      "statistics",
      "sql",
      "programming",
      "tidyverse",
      "language",
      "languages",
      "stata",
      "matlab",
      "julia",
      "scala",
      "pandas",
      "rstudio",
      "shiny",
      "spss"
    ],
    "note": "Single-letter R only next to language/statistics words (R&D, R² are not evidence).",
    "source": "domain §1.3"
  },
  {
    "id": "rag",
    "terms": [
      "retrieval-augmented generation",
      "retrieval-augmented",
      "rag pipeline",
      "rag pipelines",
      "rag system",
      "rag systems",
      "rag architecture",
      "rag architectures",
      "rag application",
      "rag applications",
      "rag-based",
      "agentic rag",
      "hybrid rag",
      "graphrag",
      "graph rag"
    ],
    "caseSensitive": [
      "RAG"
    ],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "note": "RAG only as an upper-case whole word (rag, drag, storage).",
    "source": "domain §1.1 A1; [RM-AI]; [LEWIS]"
  },
  {
    "id": "ranking",
    "terms": [
      "learning to rank",
      "search ranking",
      "ranking model",
      "ranking models",
      "ranking systems",
      "ranking algorithms",
      "relevance models",
      "relevance modeling",
      "ctr prediction",
      "click-through rate prediction"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 C27; [EY]"
  },
  {
    "id": "ray",
    "terms": [],
    "caseSensitive": [
      "Ray"
    ],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "weak"
    },
    "context": [
      "distributed",
      "cluster",
      "clusters",
      "serve",
      "tune",
      "training",
      "python",
      "spark",
      "dask",
      "gpu",
      "gpus",
      "anyscale",
      "pytorch",
      "data",
      "scaling",
      "rllib"
    ],
    "note": "Ray is also a name and a common word.",
    "source": "domain §1.2 E49, §1.9"
  },
  {
    "id": "react-next",
    "terms": [
      "react.js",
      "reactjs",
      "next.js",
      "nextjs",
      "react native"
    ],
    "caseSensitive": [
      "React"
    ],
    "roles": {
      "software-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "note": "React only capitalised ('react to feedback' is a verb).",
    "source": "domain §1.1 I85, §1.7; [SWYX-POD]"
  },
  {
    "id": "recommender-systems",
    "terms": [
      "recommendation system",
      "recommendation systems",
      "recommender system",
      "recommender systems",
      "recommendation engine",
      "recommendation engines",
      "recommendation models",
      "recommendation algorithms",
      "recommenders",
      "recsys",
      "collaborative filtering",
      "content-based filtering",
      "matrix factorization",
      "two-tower",
      "two-tower models",
      "candidate generation",
      "personalization models"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "note": "[RM-AI] also lists recommendations as an embeddings use case; method words decide.",
    "source": "domain §1.2 C26; [LS]; [UD]; [RM-AI]"
  },
  {
    "id": "regression-time-series",
    "terms": [
      "regression analysis",
      "time series",
      "time series analysis",
      "distribution fitting",
      "fitting distributions"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.3; [RM-DS]"
  },
  {
    "id": "reinforcement-learning",
    "terms": [
      "reinforcement learning",
      "deep reinforcement learning",
      "deep q-network",
      "deep q-networks",
      "dqn",
      "q-learning",
      "policy gradient",
      "policy gradients",
      "actor-critic",
      "proximal policy optimization",
      "multi-armed bandit",
      "multi-armed bandits",
      "contextual bandits",
      "bandit algorithms",
      "rllib"
    ],
    "caseSensitive": [
      "RL"
    ],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 B22; [RM-ML]"
  },
  {
    "id": "reproducibility",
    "terms": [
      "reproducibility",
      "reproducible experiments",
      "reproducible pipelines"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "medium",
      "ml-engineer": "weak",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.5 (data/versioning & lineage)"
  },
  {
    "id": "reranking",
    "terms": [
      "reranking",
      "re-ranking",
      "reranker",
      "rerankers",
      "re-ranker",
      "re-rankers",
      "cross-encoder",
      "cross-encoders",
      "cohere rerank"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Re-ranking is also a stage of recommender pipelines.",
    "source": "domain §1.1 A16"
  },
  {
    "id": "research-artefacts",
    "terms": [
      "arxiv",
      "preprints",
      "research code",
      "open-source research code",
      "research prototypes",
      "research artifacts",
      "research artefacts"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.6 (research artefacts)"
  },
  {
    "id": "research-papers",
    "terms": [
      "research paper",
      "research papers",
      "academic papers"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium",
      "ml-engineer": "medium"
    },
    "context": [],
    "note": "\"Read and implement\" → ML; \"publish\" → research (duty patterns).",
    "source": "domain §1.2 G64, §1.6; [N23]"
  },
  {
    "id": "research-venues",
    "terms": [
      "neurips",
      "nips",
      "icml",
      "iclr",
      "cvpr",
      "iccv",
      "eccv",
      "emnlp",
      "naacl",
      "eacl",
      "coling",
      "kdd",
      "aaai",
      "ijcai",
      "sigir",
      "wsdm",
      "icassp",
      "interspeech",
      "aistats",
      "jmlr",
      "tmlr"
    ],
    "caseSensitive": [
      "ACL",
      "COLT",
      "UAI"
    ],
    "roles": {
      "research-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.6 (venues; analysis)"
  },
  {
    "id": "responsible-ai",
    "terms": [
      "responsible ai",
      "ai ethics",
      "ai safety",
      "bias and fairness"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "research-scientist": "weak"
    },
    "context": [],
    "note": "Medium in §1.1 G79 but also company boilerplate and safety research; kept weak.",
    "source": "domain §1.1 G79, §1.6; [RM-AI]"
  },
  {
    "id": "retraining",
    "terms": [
      "retraining",
      "model retraining"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "source": "domain §1.2 E47"
  },
  {
    "id": "retrieval-systems",
    "terms": [
      "retrieval system",
      "retrieval systems",
      "retrieval pipeline",
      "retrieval pipelines",
      "retrieval layer",
      "retrieval quality",
      "context retrieval",
      "document retrieval"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Retrieval for RAG (§1.1 A); also the recall stage of search and recommender systems.",
    "source": "domain §1.1 A1, A14, §1.2 C26; [RM-AI]"
  },
  {
    "id": "rlhf-preference",
    "terms": [
      "rlhf",
      "rlaif",
      "grpo",
      "direct preference optimization",
      "preference optimization",
      "preference tuning",
      "preference data",
      "reward modeling",
      "reward modelling",
      "reward model",
      "reward models"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "research-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.1 J93, §1.2 F54"
  },
  {
    "id": "sampling-surveys",
    "terms": [
      "sampling techniques",
      "sampling methods",
      "sampling design",
      "sampling strategies",
      "stratified sampling",
      "survey design",
      "survey data",
      "survey analysis",
      "opinion polls"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [ONET-DS]; [RM-DS]"
  },
  {
    "id": "scala",
    "terms": [
      "scala"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "weak",
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.4, §1.7"
  },
  {
    "id": "scientific-python",
    "terms": [
      "numpy",
      "pandas",
      "scipy",
      "matplotlib",
      "seaborn",
      "plotly",
      "jupyter",
      "jupyter notebooks"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak",
      "data-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 E50, §1.8; [RM-ML]"
  },
  {
    "id": "scikit-learn",
    "terms": [
      "scikit-learn",
      "sklearn",
      "scikit"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "data-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 A5; [RM-MLOPS]"
  },
  {
    "id": "search-engine-vector-features",
    "terms": [
      "elasticsearch knn",
      "elasticsearch k-nn",
      "dense_vector",
      "opensearch knn",
      "opensearch k-nn",
      "redis vector search",
      "azure ai search",
      "azure cognitive search",
      "vertex ai vector search",
      "vertex ai matching engine"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Ambiguous between AI engineering, data engineering and search teams.",
    "source": "domain §1.1 A11"
  },
  {
    "id": "semantic-kernel",
    "terms": [
      "semantic kernel"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 D46"
  },
  {
    "id": "semantic-search",
    "terms": [
      "semantic search",
      "neural search",
      "dense retrieval",
      "similarity search",
      "semantic retrieval"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 A14; [RM-AI]"
  },
  {
    "id": "sft-instruction-tuning",
    "terms": [
      "supervised fine-tuning",
      "instruction tuning",
      "instruction fine-tuning",
      "full fine-tuning",
      "domain adaptation"
    ],
    "caseSensitive": [
      "SFT"
    ],
    "roles": {
      "ml-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 J92, §1.2 F53, F55"
  },
  {
    "id": "sgd-adam",
    "terms": [
      "sgd",
      "adam"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [
      "optimizer",
      "optimizers",
      "gradient",
      "descent",
      "learning",
      "rate",
      "loss",
      "momentum",
      "training",
      "adamw",
      "backpropagation"
    ],
    "note": "SGD is also the Singapore dollar; Adam a name.",
    "source": "domain §1.2 B18"
  },
  {
    "id": "software-engineering",
    "terms": [
      "software engineering",
      "software development"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "weak"
    },
    "context": [],
    "source": "domain §0, §1.7; [ONET-SD]"
  },
  {
    "id": "software-libraries",
    "terms": [
      "software libraries",
      "software library",
      "developer tools",
      "development tools",
      "developer tooling",
      "software packages",
      "client libraries"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §0, §1.7 ([ONET-SD]: research, design, develop software); analysis"
  },
  {
    "id": "solution-templates",
    "terms": [
      "project templates",
      "project template",
      "solution templates",
      "solution template",
      "reusable content",
      "demo projects",
      "sample projects",
      "reference projects",
      "starter projects",
      "starter kits",
      "customer-facing content",
      "technical content"
    ],
    "caseSensitive": [],
    "roles": {
      "other": "medium"
    },
    "context": [],
    "note": "Templates and demo projects for customers use the vocabulary of the roles they illustrate; they are evidence that the job produces material, not that it does the work.",
    "source": "DESIGN §2 (role `other`: solutions and education content); domain §4.4 (who consumes the output); analysis"
  },
  {
    "id": "solutions-engineering",
    "terms": [
      "solutions engineering",
      "solution engineering",
      "pre-sales",
      "presales",
      "customer success",
      "technical account management",
      "customer onboarding"
    ],
    "caseSensitive": [],
    "roles": {
      "other": "medium"
    },
    "context": [],
    "source": "DESIGN §2 (role `other`); domain §4.4; analysis"
  },
  {
    "id": "sota",
    "terms": [
      "sota"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "\"Use SOTA models\" also appears in applied postings.",
    "source": "domain §1.6 (novel methods)"
  },
  {
    "id": "spark",
    "terms": [
      "spark"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong",
      "ml-engineer": "medium"
    },
    "context": [
      "data",
      "pyspark",
      "hadoop",
      "sql",
      "pipelines",
      "pipeline",
      "databricks",
      "scala",
      "kafka",
      "etl",
      "big",
      "distributed",
      "processing",
      "hive",
      "airflow",
      "python",
      "streaming",
      "dask",
      "emr",
      "glue",
      "jobs",
      "cluster",
      "clusters"
    ],
    "note": "\"spark\" is a common word; counts only next to data-processing vocabulary.",
    "source": "domain §1.4, §1.2 E49, §1.9"
  },
  {
    "id": "speech-apis",
    "terms": [
      "speech-to-text",
      "text-to-speech",
      "speech api",
      "speech apis",
      "elevenlabs",
      "deepgram",
      "assemblyai",
      "azure speech"
    ],
    "caseSensitive": [
      "STT",
      "TTS"
    ],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "Training ASR models is ML (speech-models).",
    "source": "domain §1.1 F66; [RM-AI]"
  },
  {
    "id": "speech-models",
    "terms": [
      "asr",
      "automatic speech recognition",
      "acoustic model",
      "acoustic models",
      "acoustic modeling",
      "wav2vec",
      "wav2vec2",
      "speaker recognition",
      "speaker diarization",
      "diarization",
      "speech enhancement",
      "keyword spotting"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 C34"
  },
  {
    "id": "speech-recognition",
    "terms": [
      "speech recognition",
      "speech synthesis"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.2 C34, §1.1 F66"
  },
  {
    "id": "speed-cues",
    "terms": [
      "rapid prototyping",
      "zero-to-one",
      "0-to-1",
      "prototype to production"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 F70, §4.3; [UD]; [SWYX-POD]"
  },
  {
    "id": "statistical-analysis",
    "terms": [
      "statistical analysis",
      "statistical analyses",
      "statistical modeling",
      "statistical modelling",
      "statistical model",
      "statistical models",
      "statistical methods",
      "statistical techniques",
      "statistical software",
      "applied statistics",
      "statistical inference",
      "bayesian statistics",
      "bayesian inference",
      "bayesian modeling",
      "bayesian methods",
      "generalized linear models",
      "mixed-effects models",
      "survival analysis"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [ONET-DS]; [RM-DS]"
  },
  {
    "id": "statistics",
    "terms": [
      "statistics",
      "statistical"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.3, §1.8 (statistics / math)"
  },
  {
    "id": "storage-formats",
    "terms": [
      "parquet",
      "avro",
      "apache avro",
      "schema evolution",
      "columnar storage",
      "columnar format",
      "columnar formats",
      "data partitioning"
    ],
    "caseSensitive": [
      "ORC"
    ],
    "roles": {
      "data-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.4 (storage formats); [RM-ML]"
  },
  {
    "id": "streaming-platforms",
    "terms": [
      "flink",
      "apache flink",
      "spark streaming",
      "kafka streams",
      "change data capture",
      "debezium",
      "event streaming",
      "redpanda"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.4 (streaming); [RM-DE]; [RM-MLOPS]"
  },
  {
    "id": "structured-output-libraries",
    "terms": [
      "instructor",
      "outlines"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [
      "llm",
      "llms",
      "pydantic",
      "structured",
      "json",
      "openai",
      "generation",
      "outputs",
      "schema",
      "schemas"
    ],
    "note": "Instructor and Outlines are common words; count only next to LLM/structured-output vocabulary.",
    "source": "domain §1.1 C38"
  },
  {
    "id": "structured-outputs",
    "terms": [
      "structured outputs",
      "structured output",
      "json mode",
      "constrained decoding",
      "constrained generation",
      "constrained outputs",
      "output parser",
      "output parsers",
      "output parsing"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C38; [RM-AI]"
  },
  {
    "id": "summarization",
    "terms": [
      "summarization",
      "summarisation",
      "text summarization",
      "document summarization"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "source": "domain §1.1 F69"
  },
  {
    "id": "system-design",
    "terms": [
      "system design",
      "systems design",
      "distributed systems",
      "distributed system",
      "high availability",
      "fault tolerance",
      "fault-tolerant",
      "scalable systems",
      "large-scale systems",
      "low-latency systems",
      "software architecture",
      "event-driven architecture"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.7 (system design & distributed systems)"
  },
  {
    "id": "system-prompts",
    "terms": [
      "system prompt",
      "system prompts"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.1 C35"
  },
  {
    "id": "systems-programming",
    "terms": [
      "runtime systems",
      "operating systems",
      "device drivers",
      "firmware",
      "embedded software",
      "embedded systems",
      "hardware-software co-design",
      "systems programming",
      "low-level programming"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "note": "\"embedded\" is not \"embeddings\" (§1.8).",
    "source": "domain §0, §1.7, §1.8 (embedded); [ONET-SD]"
  },
  {
    "id": "tensorflow",
    "terms": [
      "tensorflow",
      "tf2",
      "tf.keras",
      "tfx",
      "tensorflow extended"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 A2; [RM-MLOPS]; [TF]"
  },
  {
    "id": "test-sensitivity",
    "terms": [
      "cuped",
      "variance reduction",
      "delta method",
      "ratio metrics",
      "sequential testing",
      "test sensitivity",
      "minimum detectable effect"
    ],
    "caseSensitive": [],
    "roles": {
      "data-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.3; [RM-DS]"
  },
  {
    "id": "text-to-sql",
    "terms": [
      "text-to-sql",
      "nl2sql",
      "natural language to sql",
      "natural language querying"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium"
    },
    "context": [],
    "note": "\"Query data in plain English\" product cue.",
    "source": "domain §4.1, §4.2; [GT]"
  },
  {
    "id": "tf-abbreviation",
    "terms": [],
    "caseSensitive": [
      "TF"
    ],
    "roles": {
      "ml-engineer": "medium"
    },
    "context": [
      "pytorch",
      "keras",
      "jax",
      "torch",
      "deep",
      "neural",
      "tensorflow",
      "ml",
      "models",
      "model"
    ],
    "note": "Bare TF is also Terraform.",
    "source": "domain §1.2 A2, §1.9"
  },
  {
    "id": "theory",
    "terms": [
      "theoretical analysis",
      "learning theory",
      "statistical learning theory",
      "theoretical foundations",
      "theoretical research",
      "theoretical computer science",
      "mathematical proofs"
    ],
    "caseSensitive": [],
    "roles": {
      "research-scientist": "strong"
    },
    "context": [],
    "source": "domain §1.6 (theory); [ONET-CIRS]"
  },
  {
    "id": "token-management",
    "terms": [
      "token counting",
      "token usage",
      "tiktoken",
      "token budget",
      "token budgets",
      "token limit",
      "token limits",
      "max tokens",
      "maximum tokens",
      "cost per token",
      "tokens per second"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 C40; [RM-AI]"
  },
  {
    "id": "tokenizer-training",
    "terms": [
      "tokenizer training",
      "bpe",
      "byte-pair encoding",
      "sentencepiece",
      "wordpiece"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong",
      "research-scientist": "medium"
    },
    "context": [],
    "source": "domain §1.2 F56"
  },
  {
    "id": "tokenizers",
    "terms": [
      "tokenizer",
      "tokenizers"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "medium",
      "research-scientist": "weak"
    },
    "context": [],
    "source": "domain §1.2 F56"
  },
  {
    "id": "torch",
    "terms": [
      "torch"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [
      "pytorch",
      "tensorflow",
      "jax",
      "python",
      "numpy",
      "model",
      "models",
      "deep",
      "training",
      "cuda",
      "gpu",
      "gpus",
      "keras",
      "neural"
    ],
    "source": "domain §1.2 A1"
  },
  {
    "id": "training-data",
    "terms": [
      "training data",
      "training dataset",
      "training datasets",
      "training set",
      "training sets",
      "labeled data",
      "labelled data",
      "labeled datasets",
      "labelled datasets",
      "labeled examples",
      "annotated data",
      "annotated datasets",
      "data labeling",
      "data labelling",
      "data annotation",
      "human annotation",
      "annotation guidelines",
      "annotation pipelines",
      "labeling pipelines",
      "ground truth",
      "dataset curation",
      "data curation",
      "data augmentation"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.2 B14, §4.2; [N23]"
  },
  {
    "id": "transformers",
    "terms": [
      "transformer",
      "transformers"
    ],
    "caseSensitive": [],
    "roles": {
      "ml-engineer": "weak",
      "ai-engineer": "weak"
    },
    "context": [
      "model",
      "models",
      "attention",
      "nlp",
      "llm",
      "llms",
      "pytorch",
      "bert",
      "gpt",
      "architecture",
      "architectures",
      "deep",
      "neural",
      "hugging",
      "huggingface",
      "encoder",
      "decoder",
      "vision",
      "language"
    ],
    "note": "Architecture (ML) vs Hugging Face library (both) vs electrical equipment.",
    "source": "domain §1.8 (transformers)"
  },
  {
    "id": "triton",
    "terms": [
      "triton"
    ],
    "caseSensitive": [],
    "roles": {
      "mlops": "weak",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Inference server (MLOps) or kernel language (ML); the full names are in model-serving / gpu-programming.",
    "source": "domain §1.1 H82, §1.2 D36"
  },
  {
    "id": "vector-database",
    "terms": [
      "vector database",
      "vector databases",
      "vector db",
      "vector dbs",
      "vectordb",
      "vectordbs",
      "vector store",
      "vector stores",
      "vectorstore",
      "vectorstores",
      "vector index",
      "vector indexes",
      "vector indices"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "source": "domain §1.1 A2; [RM-AI]"
  },
  {
    "id": "vector-db-products",
    "terms": [
      "pinecone",
      "weaviate",
      "qdrant",
      "milvus",
      "zilliz",
      "pgvector",
      "pg_vector",
      "lancedb",
      "chromadb",
      "chroma db"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "strong"
    },
    "context": [],
    "note": "Milvus is also used by search/ML teams but is listed strong by the research.",
    "source": "domain §1.1 A3–A9; [RM-AI]; [LS]; [PGV]"
  },
  {
    "id": "vector-search",
    "terms": [
      "vector search",
      "vector similarity search",
      "ann index",
      "ann indexes",
      "approximate nearest neighbor search",
      "approximate nearest neighbour search"
    ],
    "caseSensitive": [],
    "roles": {
      "ai-engineer": "medium",
      "ml-engineer": "weak"
    },
    "context": [],
    "note": "Also the candidate-retrieval stage of search/recommender systems (§1.2 C26 caveat), so medium.",
    "source": "domain §1.1 A2, A11, §1.2 C26; [RM-AI]"
  },
  {
    "id": "vllm-tgi",
    "terms": [
      "vllm",
      "text-generation-inference"
    ],
    "caseSensitive": [
      "TGI"
    ],
    "roles": {
      "ai-engineer": "medium",
      "mlops": "medium"
    },
    "context": [],
    "note": "use/prototype → AI engineer; deploy/operate/scale → MLOps (duty patterns).",
    "source": "domain §1.1 H80–H81, §1.8; [VLLM]"
  },
  {
    "id": "web-mobile-apps",
    "terms": [
      "web application",
      "web applications",
      "web apps",
      "web development",
      "mobile development",
      "mobile application",
      "mobile applications",
      "mobile apps"
    ],
    "caseSensitive": [],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.7; [ONET-SD]"
  },
  {
    "id": "web-mobile-frameworks",
    "terms": [
      "vue",
      "vue.js",
      "vuejs",
      "svelte",
      "spring boot",
      "spring framework",
      "django",
      "ruby on rails",
      "express.js",
      "nestjs",
      "laravel",
      "asp.net",
      "ios",
      "android",
      "swiftui",
      "jetpack compose",
      "flutter"
    ],
    "caseSensitive": [
      "Angular"
    ],
    "roles": {
      "software-engineer": "medium"
    },
    "context": [],
    "source": "domain §1.7 (web/mobile frameworks)"
  },
  {
    "id": "workflow-orchestration",
    "terms": [
      "airflow",
      "apache airflow",
      "dagster",
      "prefect",
      "argo workflows",
      "cloud composer",
      "mwaa"
    ],
    "caseSensitive": [],
    "roles": {
      "data-engineer": "strong",
      "mlops": "medium"
    },
    "context": [],
    "note": "§1.5 also lists Airflow/Argo for ML pipelines.",
    "source": "domain §1.4 (orchestration), §1.5, §1.8; [RM-DE]; [RM-MLOPS]"
  }
];
