// Generated from packages/core/data/technologies.yml by scripts/generate.ts — do not edit.
import type { TechnologyEntry, TechnologyKind } from './types.js';

export const technologyKinds: readonly TechnologyKind[] = [
  {
    "id": "llm-api",
    "label": "LLM APIs and models",
    "competing": false,
    "tool": true
  },
  {
    "id": "llm-framework",
    "label": "LLM application frameworks",
    "competing": true,
    "tool": true
  },
  {
    "id": "agent-framework",
    "label": "agent frameworks",
    "competing": true,
    "tool": true
  },
  {
    "id": "vector-database",
    "label": "vector databases",
    "competing": true,
    "tool": true
  },
  {
    "id": "dl-framework",
    "label": "deep-learning frameworks",
    "competing": true,
    "tool": true
  },
  {
    "id": "ml-library",
    "label": "ML libraries",
    "competing": false,
    "tool": true
  },
  {
    "id": "gbm",
    "label": "gradient-boosting libraries",
    "competing": false,
    "tool": true
  },
  {
    "id": "experiment-tracking",
    "label": "experiment trackers",
    "competing": true,
    "tool": true
  },
  {
    "id": "ml-platform",
    "label": "managed ML platforms",
    "competing": true,
    "tool": true
  },
  {
    "id": "cloud",
    "label": "cloud providers",
    "competing": true,
    "tool": true
  },
  {
    "id": "orchestration",
    "label": "workflow orchestrators",
    "competing": true,
    "tool": true
  },
  {
    "id": "warehouse",
    "label": "data warehouses",
    "competing": true,
    "tool": true
  },
  {
    "id": "serving",
    "label": "model-serving runtimes",
    "competing": true,
    "tool": true
  },
  {
    "id": "llm-observability",
    "label": "LLM observability tools",
    "competing": true,
    "tool": true
  },
  {
    "id": "llm-evaluation",
    "label": "LLM evaluation tools",
    "competing": true,
    "tool": true
  },
  {
    "id": "guardrails",
    "label": "guardrail libraries",
    "competing": false,
    "tool": true
  },
  {
    "id": "fine-tuning",
    "label": "fine-tuning libraries",
    "competing": false,
    "tool": true
  },
  {
    "id": "web-framework",
    "label": "Python web frameworks",
    "competing": true,
    "tool": true
  },
  {
    "id": "language",
    "label": "programming languages",
    "competing": false,
    "tool": true
  },
  {
    "id": "infrastructure",
    "label": "infrastructure tools",
    "competing": false,
    "tool": true
  },
  {
    "id": "data-processing",
    "label": "data-processing engines",
    "competing": false,
    "tool": true
  },
  {
    "id": "database",
    "label": "databases",
    "competing": false,
    "tool": true
  },
  {
    "id": "feature-store",
    "label": "feature stores",
    "competing": true,
    "tool": true
  },
  {
    "id": "ml-monitoring",
    "label": "ML monitoring tools",
    "competing": true,
    "tool": true
  },
  {
    "id": "technique",
    "label": "techniques",
    "competing": false,
    "tool": false
  }
];

export const technologies: readonly TechnologyEntry[] = [
  {
    "id": "airflow",
    "name": "Airflow",
    "kind": "orchestration",
    "terms": [
      "airflow",
      "apache airflow"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (no verified date, §3.7)"
  },
  {
    "id": "amazon-bedrock",
    "name": "Amazon Bedrock",
    "kind": "ml-platform",
    "terms": [
      "amazon bedrock",
      "aws bedrock"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 (no verified date, §3.7)"
  },
  {
    "id": "argo-workflows",
    "name": "Argo Workflows",
    "kind": "orchestration",
    "terms": [
      "argo workflows"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (orchestration)"
  },
  {
    "id": "arize",
    "name": "Arize",
    "kind": "llm-observability",
    "terms": [
      "arize",
      "arize phoenix",
      "arize ai"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 (LLM observability)"
  },
  {
    "id": "autogen",
    "name": "AutoGen",
    "kind": "agent-framework",
    "terms": [
      "autogen",
      "microsoft autogen",
      "ag2"
    ],
    "caseSensitive": [],
    "released": "2023-09-19",
    "evidence": "first tag v0.1.0rc1 (the repository's history starts in 2020 as FLAML)",
    "source": "domain §3.7 (git history of microsoft/autogen)"
  },
  {
    "id": "aws",
    "name": "AWS",
    "kind": "cloud",
    "terms": [
      "aws",
      "amazon web services"
    ],
    "caseSensitive": [],
    "source": "domain §3.6 (\"AWS, GCP and Azure\")"
  },
  {
    "id": "azure",
    "name": "Azure",
    "kind": "cloud",
    "terms": [
      "azure",
      "microsoft azure"
    ],
    "caseSensitive": [],
    "source": "domain §3.6 (\"AWS, GCP and Azure\")"
  },
  {
    "id": "azure-ml",
    "name": "Azure Machine Learning",
    "kind": "ml-platform",
    "terms": [
      "azure machine learning",
      "azure ml"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (managed ML platforms)"
  },
  {
    "id": "azure-openai",
    "name": "Azure OpenAI",
    "kind": "llm-api",
    "terms": [
      "azure openai",
      "azure openai service"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 (no verified date, §3.7)"
  },
  {
    "id": "bentoml",
    "name": "BentoML",
    "kind": "serving",
    "terms": [
      "bentoml",
      "bento ml"
    ],
    "caseSensitive": [],
    "released": "2019-04-01",
    "evidence": "bentoml/BentoML repository",
    "source": "domain §3.7 (git history of bentoml/BentoML)"
  },
  {
    "id": "bigquery",
    "name": "BigQuery",
    "kind": "warehouse",
    "terms": [
      "bigquery",
      "big query",
      "google bigquery"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (warehouses)"
  },
  {
    "id": "catboost",
    "name": "CatBoost",
    "kind": "gbm",
    "terms": [
      "catboost"
    ],
    "caseSensitive": [],
    "source": "domain §1.2 (no verified date, §3.7)"
  },
  {
    "id": "chatgpt",
    "name": "ChatGPT",
    "kind": "llm-api",
    "terms": [
      "chatgpt",
      "chat gpt"
    ],
    "caseSensitive": [],
    "released": "2022-11-30",
    "evidence": "product launch",
    "source": "domain §3.7; [CHATGPT]"
  },
  {
    "id": "chroma",
    "name": "Chroma",
    "kind": "vector-database",
    "terms": [
      "chromadb",
      "chroma db"
    ],
    "caseSensitive": [
      "Chroma"
    ],
    "released": "2022-10-05",
    "evidence": "chroma-core/chroma repository (tag 0.0.1 on 2022-10-15)",
    "source": "domain §3.7 (git history of chroma-core/chroma)"
  },
  {
    "id": "claude",
    "name": "Claude / the Anthropic API",
    "kind": "llm-api",
    "terms": [
      "claude",
      "claude api",
      "anthropic",
      "anthropic api",
      "anthropic sdk"
    ],
    "caseSensitive": [],
    "released": "2023-01-23",
    "evidence": "anthropic-sdk-python first commit (tag v0.2.1 on 2023-01-30)",
    "source": "domain §3.7 (git history of anthropics/anthropic-sdk-python)"
  },
  {
    "id": "claude-2",
    "name": "Claude 2",
    "kind": "llm-api",
    "terms": [
      "claude 2",
      "claude 2.1"
    ],
    "caseSensitive": [],
    "released": "2023-07",
    "evidence": "Claude 2 and the public claude.ai chatbot, July 2023",
    "source": "Anthropic, Claude 2, July 2023, https://www.anthropic.com/news/claude-2; https://zapier.com/blog/claude-ai/; https://time.com/6295523/claude-2-anthropic-chatgpt/"
  },
  {
    "id": "claude-3",
    "name": "Claude 3",
    "kind": "llm-api",
    "terms": [
      "claude 3",
      "claude 3 opus",
      "claude 3 sonnet",
      "claude 3 haiku"
    ],
    "caseSensitive": [],
    "released": "2024-03-04",
    "evidence": "the Claude 3 family (Haiku, Sonnet, Opus) announced 4 March 2024; Opus and Sonnet in the API that day",
    "source": "Anthropic, Introducing the next generation of Claude, 4 March 2024, https://www.anthropic.com/news/claude-3-family; https://aiwiki.ai/wiki/claude_3"
  },
  {
    "id": "claude-3-5",
    "name": "Claude 3.5",
    "kind": "llm-api",
    "terms": [
      "claude 3.5",
      "claude 3.5 sonnet",
      "claude 3.5 haiku"
    ],
    "caseSensitive": [],
    "released": "2024-06-20",
    "evidence": "Claude 3.5 Sonnet, the first 3.5 model, released 20 June 2024",
    "source": "Anthropic, Claude 3.5 Sonnet, 20 June 2024, https://www.anthropic.com/news/claude-3-5-sonnet; https://veronica-7.pages.dev/transformer-era/2024/claude-3"
  },
  {
    "id": "cohere",
    "name": "Cohere",
    "kind": "llm-api",
    "terms": [
      "cohere",
      "cohere api"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 B24"
  },
  {
    "id": "comet",
    "name": "Comet",
    "kind": "experiment-tracking",
    "terms": [
      "comet ml",
      "comet.ml",
      "cometml"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (experiment tracking)"
  },
  {
    "id": "cpp",
    "name": "C++",
    "kind": "language",
    "terms": [
      "c++",
      "cpp"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "crewai",
    "name": "CrewAI",
    "kind": "agent-framework",
    "terms": [
      "crewai",
      "crew ai"
    ],
    "caseSensitive": [],
    "released": "2023-10-27",
    "evidence": "crewAIInc/crewAI repository (tag v0.1.0 on 2023-11-14)",
    "source": "domain §3.7 (git history of crewAIInc/crewAI)"
  },
  {
    "id": "dagster",
    "name": "Dagster",
    "kind": "orchestration",
    "terms": [
      "dagster"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (orchestration)"
  },
  {
    "id": "databricks",
    "name": "Databricks",
    "kind": "warehouse",
    "terms": [
      "databricks"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (lakehouse platforms)"
  },
  {
    "id": "dbt",
    "name": "dbt",
    "kind": "data-processing",
    "terms": [
      "dbt core",
      "dbt cloud",
      "dbt labs"
    ],
    "caseSensitive": [
      "dbt"
    ],
    "released": "2016-03-09",
    "evidence": "dbt-labs/dbt-core repository",
    "source": "domain §3.7 (git history of dbt-labs/dbt-core)"
  },
  {
    "id": "deepeval",
    "name": "DeepEval",
    "kind": "llm-evaluation",
    "terms": [
      "deepeval"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 (LLM evaluation)"
  },
  {
    "id": "deepspeed",
    "name": "DeepSpeed",
    "kind": "fine-tuning",
    "terms": [
      "deepspeed",
      "deep speed"
    ],
    "caseSensitive": [],
    "released": "2020-01-23",
    "evidence": "deepspeedai/DeepSpeed repository (v0.1.0 on 2020-05-18)",
    "source": "domain §3.7 (git history of deepspeedai/DeepSpeed)"
  },
  {
    "id": "django",
    "name": "Django",
    "kind": "web-framework",
    "terms": [
      "django"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (Python web frameworks)"
  },
  {
    "id": "docker",
    "name": "Docker",
    "kind": "infrastructure",
    "terms": [
      "docker"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (containers)"
  },
  {
    "id": "dspy",
    "name": "DSPy",
    "kind": "llm-framework",
    "terms": [
      "dspy"
    ],
    "caseSensitive": [],
    "released": "2023-01-22",
    "evidence": "stanfordnlp/dspy first commit",
    "source": "domain §3.7 (git history of stanfordnlp/dspy)"
  },
  {
    "id": "dvc",
    "name": "DVC",
    "kind": "infrastructure",
    "terms": [
      "data version control"
    ],
    "caseSensitive": [
      "DVC"
    ],
    "released": "2017-03-04",
    "evidence": "iterative/dvc repository",
    "source": "domain §3.7 (git history of iterative/dvc)"
  },
  {
    "id": "elasticsearch",
    "name": "Elasticsearch",
    "kind": "database",
    "terms": [
      "elasticsearch",
      "elastic search",
      "opensearch"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 A11 (search engines)"
  },
  {
    "id": "evidently",
    "name": "Evidently",
    "kind": "ml-monitoring",
    "terms": [
      "evidently ai",
      "evidentlyai"
    ],
    "caseSensitive": [
      "Evidently"
    ],
    "released": "2020-11-25",
    "evidence": "evidentlyai/evidently repository",
    "source": "domain §3.7 (git history of evidentlyai/evidently)"
  },
  {
    "id": "faiss",
    "name": "FAISS",
    "kind": "vector-database",
    "terms": [
      "faiss"
    ],
    "caseSensitive": [],
    "released": "2017-02-22",
    "evidence": "facebookresearch/faiss repository",
    "source": "domain §3.7 (git history of facebookresearch/faiss)"
  },
  {
    "id": "fastapi",
    "name": "FastAPI",
    "kind": "web-framework",
    "terms": [
      "fastapi",
      "fast api"
    ],
    "caseSensitive": [],
    "released": "2018-12-05",
    "evidence": "fastapi/fastapi repository (a posting once asked 4+ years of it about 1.5 years after its creation)",
    "source": "domain §3.7; [FASTAPI]"
  },
  {
    "id": "feast",
    "name": "Feast",
    "kind": "feature-store",
    "terms": [
      "feast feature store"
    ],
    "caseSensitive": [
      "Feast"
    ],
    "released": "2018-12-10",
    "evidence": "feast-dev/feast repository",
    "source": "domain §3.7 (git history of feast-dev/feast)"
  },
  {
    "id": "flask",
    "name": "Flask",
    "kind": "web-framework",
    "terms": [],
    "caseSensitive": [
      "Flask"
    ],
    "source": "domain §1.7 (Python web frameworks)"
  },
  {
    "id": "flink",
    "name": "Flink",
    "kind": "data-processing",
    "terms": [
      "flink",
      "apache flink"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (streaming)"
  },
  {
    "id": "gcp",
    "name": "GCP",
    "kind": "cloud",
    "terms": [
      "gcp",
      "google cloud",
      "google cloud platform"
    ],
    "caseSensitive": [],
    "source": "domain §3.6 (\"AWS, GCP and Azure\")"
  },
  {
    "id": "gemini",
    "name": "Gemini",
    "kind": "llm-api",
    "terms": [
      "gemini",
      "gemini api",
      "google gemini"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 B23 (no verified date, §3.7)"
  },
  {
    "id": "gemini-1-0",
    "name": "Gemini 1.0",
    "kind": "llm-api",
    "terms": [
      "gemini 1.0",
      "gemini 1.0 pro",
      "gemini 1.0 ultra",
      "gemini pro 1.0",
      "gemini ultra 1.0"
    ],
    "caseSensitive": [],
    "released": "2023-12-06",
    "evidence": "the Gemini family (Ultra, Pro, Nano) announced 6 December 2023",
    "source": "Google, Introducing Gemini, 6 December 2023, https://blog.google/technology/ai/google-gemini-ai/; Wikipedia, Gemini (language model), initial release 6 December 2023; https://aiwiki.ai/wiki/gemini_1_0"
  },
  {
    "id": "gemini-1-5",
    "name": "Gemini 1.5",
    "kind": "llm-api",
    "terms": [
      "gemini 1.5",
      "gemini 1.5 pro",
      "gemini 1.5 flash",
      "gemini pro 1.5"
    ],
    "caseSensitive": [],
    "released": "2024-02-15",
    "evidence": "Gemini 1.5 Pro announced and offered in private preview, 15 February 2024",
    "source": "Google, Our next-generation model: Gemini 1.5, 15 February 2024, https://blog.google/technology/ai/google-gemini-next-generation-model-february-2024/; https://www.xda-developers.com/gemini-1-5-announced/"
  },
  {
    "id": "git",
    "name": "Git",
    "kind": "infrastructure",
    "terms": [
      "git"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (software-engineering tools)"
  },
  {
    "id": "go",
    "name": "Go",
    "kind": "language",
    "terms": [
      "golang"
    ],
    "caseSensitive": [
      "Go"
    ],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "gpt-3-5",
    "name": "GPT-3.5",
    "kind": "llm-api",
    "terms": [
      "gpt-3.5",
      "gpt3.5"
    ],
    "caseSensitive": [],
    "released": "2022",
    "evidence": "the GPT-3.5 series finished training in early 2022 and its first models (text-davinci-002, code-davinci-002) were offered in the API that year; read as 1 January 2022, the earliest it can have been used",
    "source": "OpenAI, Introducing ChatGPT, 30 November 2022 (\"fine-tuned from a model in the GPT-3.5 series, which finished training in early 2022\"), https://openai.com/index/chatgpt/; OpenAI model documentation (GPT-3.5 models), via https://chatgptplus.blog/gpt-3-5-model/"
  },
  {
    "id": "gpt-3-5-turbo",
    "name": "GPT-3.5 Turbo",
    "kind": "llm-api",
    "terms": [
      "gpt-3.5-turbo"
    ],
    "caseSensitive": [],
    "released": "2023-03-01",
    "evidence": "ChatGPT API launch; the first snapshot is gpt-3.5-turbo-0301, \"from March 1st 2023\"",
    "source": "OpenAI, Introducing ChatGPT and Whisper APIs, 1 March 2023; OpenAI model documentation as quoted at https://nagomi-informal.net/archives/1626"
  },
  {
    "id": "gpt-4",
    "name": "GPT-4",
    "kind": "llm-api",
    "terms": [
      "gpt-4",
      "gpt4"
    ],
    "caseSensitive": [],
    "released": "2023-03",
    "evidence": "GPT-4 release, March 2023",
    "source": "domain §3.7; [CHATGPT2]"
  },
  {
    "id": "gpt-4-turbo",
    "name": "GPT-4 Turbo",
    "kind": "llm-api",
    "terms": [
      "gpt-4 turbo",
      "gpt4 turbo"
    ],
    "caseSensitive": [],
    "released": "2023-11-06",
    "evidence": "announced and offered as a preview to paying API developers at OpenAI DevDay, 6 November 2023",
    "source": "OpenAI, New models and developer products announced at DevDay, 6 November 2023; https://vercel.com/ai-gateway/models/gpt-4-turbo/about; https://aiwiki.ai/wiki/gpt_4_turbo"
  },
  {
    "id": "gpt-4o",
    "name": "GPT-4o",
    "kind": "llm-api",
    "terms": [
      "gpt-4o",
      "gpt4o"
    ],
    "caseSensitive": [],
    "released": "2024-05-13",
    "evidence": "announced at OpenAI's Spring Update, 13 May 2024",
    "source": "OpenAI, Hello GPT-4o, 13 May 2024, https://openai.com/index/hello-gpt-4o/; GPT-4o System Card, arXiv 2410.21276; https://centerconsulting.com/ai-library/milestones/2024-gpt-4o"
  },
  {
    "id": "gpt-4o-mini",
    "name": "GPT-4o mini",
    "kind": "llm-api",
    "terms": [
      "gpt-4o mini",
      "gpt4o mini"
    ],
    "caseSensitive": [],
    "released": "2024-07-18",
    "evidence": "launch in the API and ChatGPT, 18 July 2024 (first snapshot gpt-4o-mini-2024-07-18)",
    "source": "OpenAI, GPT-4o mini: advancing cost-efficient intelligence, 18 July 2024, https://openai.com/index/gpt-4o-mini-advancing-cost-efficient-intelligence/; https://ai-tldr.dev/models/gpt-4o-mini/"
  },
  {
    "id": "guardrails-ai",
    "name": "Guardrails AI",
    "kind": "guardrails",
    "terms": [
      "guardrails ai"
    ],
    "caseSensitive": [],
    "released": "2023-01-28",
    "evidence": "guardrails-ai/guardrails repository",
    "source": "domain §3.7 (git history of guardrails-ai/guardrails)"
  },
  {
    "id": "haystack",
    "name": "Haystack",
    "kind": "llm-framework",
    "terms": [
      "deepset haystack",
      "haystack framework"
    ],
    "caseSensitive": [
      "Haystack"
    ],
    "released": "2019-11-14",
    "evidence": "deepset-ai/haystack repository",
    "source": "domain §3.7 (git history of deepset-ai/haystack)"
  },
  {
    "id": "hf-transformers",
    "name": "Hugging Face Transformers",
    "kind": "ml-library",
    "terms": [
      "hugging face transformers",
      "huggingface transformers",
      "hf transformers",
      "transformers library"
    ],
    "caseSensitive": [],
    "released": "2018",
    "evidence": "library paper arXiv 1910.03771 (October 2019); earlier as pytorch-pretrained-bert in 2018 (not verified), so only the year 2018 is used",
    "source": "domain §3.7; [HFT]"
  },
  {
    "id": "java",
    "name": "Java",
    "kind": "language",
    "terms": [],
    "caseSensitive": [
      "Java"
    ],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "javascript",
    "name": "JavaScript",
    "kind": "language",
    "terms": [
      "javascript"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "jax",
    "name": "JAX",
    "kind": "dl-framework",
    "terms": [
      "google jax"
    ],
    "caseSensitive": [
      "JAX"
    ],
    "released": "2018-11-17",
    "evidence": "jax-ml/jax repository",
    "source": "domain §3.7 (git history of jax-ml/jax)"
  },
  {
    "id": "kafka",
    "name": "Kafka",
    "kind": "data-processing",
    "terms": [
      "kafka",
      "apache kafka"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (streaming)"
  },
  {
    "id": "keras",
    "name": "Keras",
    "kind": "dl-framework",
    "terms": [
      "keras"
    ],
    "caseSensitive": [],
    "released": "2015-03-27",
    "evidence": "keras-team/keras repository",
    "source": "domain §3.7 (git history of keras-team/keras)"
  },
  {
    "id": "kserve",
    "name": "KServe",
    "kind": "serving",
    "terms": [
      "kserve",
      "kfserving"
    ],
    "caseSensitive": [],
    "released": "2019-03-27",
    "evidence": "kserve/kserve repository",
    "source": "domain §3.7 (git history of kserve/kserve)"
  },
  {
    "id": "kubeflow",
    "name": "Kubeflow",
    "kind": "ml-platform",
    "terms": [
      "kubeflow",
      "kubeflow pipelines"
    ],
    "caseSensitive": [],
    "released": "2017-11-30",
    "evidence": "kubeflow/kubeflow repository",
    "source": "domain §3.7 (git history of kubeflow/kubeflow)"
  },
  {
    "id": "kubernetes",
    "name": "Kubernetes",
    "kind": "infrastructure",
    "terms": [
      "kubernetes",
      "k8s"
    ],
    "caseSensitive": [],
    "released": "2014-06-07",
    "evidence": "first GitHub upload",
    "source": "domain §3.7; [K8S]"
  },
  {
    "id": "lancedb",
    "name": "LanceDB",
    "kind": "vector-database",
    "terms": [
      "lancedb",
      "lance db"
    ],
    "caseSensitive": [],
    "released": "2023-03-17",
    "evidence": "lancedb/lancedb repository",
    "source": "domain §3.7 (git history of lancedb/lancedb)"
  },
  {
    "id": "langchain",
    "name": "LangChain",
    "kind": "llm-framework",
    "terms": [
      "langchain",
      "lang chain",
      "langchain.js",
      "langchainjs"
    ],
    "caseSensitive": [],
    "released": "2022-10",
    "evidence": "created in October 2022 by Harrison Chase",
    "source": "domain §3.7; [LC-DATE]"
  },
  {
    "id": "langfuse",
    "name": "Langfuse",
    "kind": "llm-observability",
    "terms": [
      "langfuse"
    ],
    "caseSensitive": [],
    "released": "2023-05-18",
    "evidence": "langfuse/langfuse repository",
    "source": "domain §3.7 (git history of langfuse/langfuse)"
  },
  {
    "id": "langgraph",
    "name": "LangGraph",
    "kind": "agent-framework",
    "terms": [
      "langgraph",
      "lang graph"
    ],
    "caseSensitive": [],
    "released": "2023-08-09",
    "evidence": "langchain-ai/langgraph first commit (first tag 2023-10-05)",
    "source": "domain §3.7 (git history of langchain-ai/langgraph)"
  },
  {
    "id": "langsmith",
    "name": "LangSmith",
    "kind": "llm-observability",
    "terms": [
      "langsmith"
    ],
    "caseSensitive": [],
    "released": "2023-05-30",
    "evidence": "langchain-ai/langsmith-sdk repository",
    "source": "domain §3.7 (git history of langchain-ai/langsmith-sdk)"
  },
  {
    "id": "large-language-models",
    "name": "LLMs",
    "kind": "technique",
    "terms": [
      "llm",
      "llms",
      "large language model",
      "large language models",
      "gpt"
    ],
    "caseSensitive": [],
    "released": "2018-06",
    "evidence": "OpenAI's first generative pre-trained transformer (GPT), June 2018; earlier language models were not tools one gains \"LLM experience\" with",
    "source": "domain §3.7 (\"10+ years of LLM experience\"); Radford et al., Improving Language Understanding by Generative Pre-Training, OpenAI 2018"
  },
  {
    "id": "lightgbm",
    "name": "LightGBM",
    "kind": "gbm",
    "terms": [
      "lightgbm"
    ],
    "caseSensitive": [],
    "released": "2016-08-05",
    "evidence": "microsoft/LightGBM repository",
    "source": "domain §3.7 (git history of microsoft/LightGBM)"
  },
  {
    "id": "llama",
    "name": "LLaMA",
    "kind": "llm-api",
    "terms": [
      "llama",
      "llama models"
    ],
    "caseSensitive": [],
    "released": "2023-02-24",
    "evidence": "LLaMA announcement",
    "source": "domain §3.7; [LLAMA]"
  },
  {
    "id": "llama-2",
    "name": "Llama 2",
    "kind": "llm-api",
    "terms": [
      "llama 2",
      "llama2"
    ],
    "caseSensitive": [],
    "released": "2023-07-18",
    "evidence": "Llama 2 release",
    "source": "domain §3.7; [LLAMA2]"
  },
  {
    "id": "llama-3",
    "name": "Llama 3",
    "kind": "llm-api",
    "terms": [
      "llama 3",
      "llama3",
      "meta llama 3"
    ],
    "caseSensitive": [],
    "released": "2024-04-18",
    "evidence": "Llama 3 (8B and 70B) released 18 April 2024",
    "source": "Meta, Introducing Meta Llama 3, 18 April 2024, https://ai.meta.com/blog/meta-llama-3/; https://reasonedinsights.com/meta-releases-llama-3"
  },
  {
    "id": "llama-3-1",
    "name": "Llama 3.1",
    "kind": "llm-api",
    "terms": [
      "llama 3.1",
      "llama3.1"
    ],
    "caseSensitive": [],
    "released": "2024-07-23",
    "evidence": "Llama 3.1 (8B, 70B and 405B) announced 23 July 2024",
    "source": "Meta, Introducing Llama 3.1, 23 July 2024, https://ai.meta.com/blog/meta-llama-3-1/; https://www.datacamp.com/blog/llama-3-1-405b-meta-ai"
  },
  {
    "id": "llama-cpp",
    "name": "llama.cpp",
    "kind": "serving",
    "terms": [
      "llama.cpp",
      "llamacpp",
      "llama cpp"
    ],
    "caseSensitive": [],
    "released": "2023-03",
    "evidence": "created March 2023",
    "source": "domain §3.7; [LCPP]"
  },
  {
    "id": "llamaindex",
    "name": "LlamaIndex",
    "kind": "llm-framework",
    "terms": [
      "llamaindex",
      "llama index",
      "gpt index",
      "gpt_index"
    ],
    "caseSensitive": [],
    "released": "2022-11-01",
    "evidence": "first commit of GPT Index (history kept in the ajndkr/gpt_index fork); renamed LlamaIndex in February 2023",
    "source": "domain §3.7; [GPTI]"
  },
  {
    "id": "milvus",
    "name": "Milvus",
    "kind": "vector-database",
    "terms": [
      "milvus",
      "zilliz"
    ],
    "caseSensitive": [],
    "released": "2019-05-31",
    "evidence": "CHANGELOG 0.2.0; open-sourced under Apache-2.0 in 0.5.0 (2019-10-21)",
    "source": "domain §3.7; [MILVUS]"
  },
  {
    "id": "mistral",
    "name": "Mistral",
    "kind": "llm-api",
    "terms": [
      "mistral ai",
      "mistral api"
    ],
    "caseSensitive": [
      "Mistral"
    ],
    "source": "domain §1.1 B24 (no verified date, §3.7)"
  },
  {
    "id": "mlflow",
    "name": "MLflow",
    "kind": "experiment-tracking",
    "terms": [
      "mlflow",
      "ml flow"
    ],
    "caseSensitive": [],
    "released": "2018-06-05",
    "evidence": "CHANGELOG \"0.1.0 … Initial version\"",
    "source": "domain §3.7; [MLF]"
  },
  {
    "id": "model-context-protocol",
    "name": "Model Context Protocol",
    "kind": "technique",
    "terms": [
      "model context protocol"
    ],
    "caseSensitive": [
      "MCP"
    ],
    "released": "2024-09-24",
    "evidence": "spec repository first commit (public launch 2024-11-25)",
    "source": "domain §3.7; [MCP]"
  },
  {
    "id": "mongodb",
    "name": "MongoDB",
    "kind": "database",
    "terms": [
      "mongodb",
      "mongo db"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (databases)"
  },
  {
    "id": "mxnet",
    "name": "MXNet",
    "kind": "dl-framework",
    "terms": [
      "mxnet",
      "apache mxnet"
    ],
    "caseSensitive": [],
    "source": "domain §3.6 (competing frameworks)"
  },
  {
    "id": "nemo-guardrails",
    "name": "NeMo Guardrails",
    "kind": "guardrails",
    "terms": [
      "nemo guardrails"
    ],
    "caseSensitive": [],
    "released": "2023-04-25",
    "evidence": "NVIDIA/NeMo-Guardrails repository",
    "source": "domain §3.7 (git history of NVIDIA/NeMo-Guardrails)"
  },
  {
    "id": "neptune",
    "name": "Neptune",
    "kind": "experiment-tracking",
    "terms": [
      "neptune.ai",
      "neptune ai"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (experiment tracking)"
  },
  {
    "id": "numpy",
    "name": "NumPy",
    "kind": "ml-library",
    "terms": [
      "numpy"
    ],
    "caseSensitive": [],
    "source": "domain §1.3 (data-science tools)"
  },
  {
    "id": "ollama",
    "name": "Ollama",
    "kind": "serving",
    "terms": [
      "ollama"
    ],
    "caseSensitive": [],
    "released": "2023-06-22",
    "evidence": "ollama/ollama repository (tag v0.0.1 on 2023-07-08)",
    "source": "domain §3.7 (git history of ollama/ollama)"
  },
  {
    "id": "onnx",
    "name": "ONNX",
    "kind": "ml-library",
    "terms": [
      "onnx",
      "onnx runtime",
      "onnxruntime"
    ],
    "caseSensitive": [],
    "released": "2017-09-06",
    "evidence": "onnx/onnx repository",
    "source": "domain §3.7 (git history of onnx/onnx)"
  },
  {
    "id": "openai-agents-sdk",
    "name": "the OpenAI Agents SDK",
    "kind": "agent-framework",
    "terms": [
      "openai agents sdk",
      "agents sdk"
    ],
    "caseSensitive": [],
    "released": "2025-03-11",
    "evidence": "openai/openai-agents-python repository and first tag, same day",
    "source": "domain §3.7 (git history of openai/openai-agents-python)"
  },
  {
    "id": "openai-api",
    "name": "the OpenAI API",
    "kind": "llm-api",
    "terms": [
      "openai",
      "openai api",
      "openai apis",
      "openai sdk",
      "gpt-3",
      "gpt3"
    ],
    "caseSensitive": [],
    "released": "2020-06",
    "evidence": "GPT-3 API launch, June 2020",
    "source": "domain §3.7; [GPT3]"
  },
  {
    "id": "pandas",
    "name": "pandas",
    "kind": "ml-library",
    "terms": [
      "pandas"
    ],
    "caseSensitive": [],
    "source": "domain §1.3 (data-science tools)"
  },
  {
    "id": "peft",
    "name": "PEFT",
    "kind": "fine-tuning",
    "terms": [
      "peft",
      "hugging face peft"
    ],
    "caseSensitive": [],
    "released": "2022-11-25",
    "evidence": "huggingface/peft repository (tag v0.0.1 on 2023-01-19)",
    "source": "domain §3.7 (git history of huggingface/peft)"
  },
  {
    "id": "pgvector",
    "name": "pgvector",
    "kind": "vector-database",
    "terms": [
      "pgvector",
      "pg_vector"
    ],
    "caseSensitive": [],
    "released": "2021-04-20",
    "evidence": "pgvector/pgvector repository and v0.1.0, same day",
    "source": "domain §3.7 (git history of pgvector/pgvector)"
  },
  {
    "id": "pinecone",
    "name": "Pinecone",
    "kind": "vector-database",
    "terms": [
      "pinecone"
    ],
    "caseSensitive": [],
    "released": "2019",
    "evidence": "company founded in 2019 (only the year is known)",
    "source": "domain §3.7; [PINE]"
  },
  {
    "id": "postgresql",
    "name": "PostgreSQL",
    "kind": "database",
    "terms": [
      "postgresql",
      "postgres"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (databases)"
  },
  {
    "id": "prefect",
    "name": "Prefect",
    "kind": "orchestration",
    "terms": [],
    "caseSensitive": [
      "Prefect"
    ],
    "source": "domain §1.4 (orchestration)"
  },
  {
    "id": "promptfoo",
    "name": "promptfoo",
    "kind": "llm-evaluation",
    "terms": [
      "promptfoo"
    ],
    "caseSensitive": [],
    "source": "domain §1.1 (no verified date, §3.7)"
  },
  {
    "id": "pydantic-ai",
    "name": "Pydantic AI",
    "kind": "agent-framework",
    "terms": [
      "pydantic ai",
      "pydanticai"
    ],
    "caseSensitive": [],
    "released": "2024-06-14",
    "evidence": "pydantic/pydantic-ai repository (tag v0.0.1 on 2024-10-29)",
    "source": "domain §3.7 (git history of pydantic/pydantic-ai)"
  },
  {
    "id": "python",
    "name": "Python",
    "kind": "language",
    "terms": [
      "python"
    ],
    "caseSensitive": [],
    "source": "domain §1.8 (shared terms)"
  },
  {
    "id": "pytorch",
    "name": "PyTorch",
    "kind": "dl-framework",
    "terms": [
      "pytorch",
      "torch"
    ],
    "caseSensitive": [],
    "released": "2016-09",
    "evidence": "v0.1 in September 2016 (public announcement January 2017)",
    "source": "domain §3.7; [PYTORCH]"
  },
  {
    "id": "pytorch-lightning",
    "name": "PyTorch Lightning",
    "kind": "ml-library",
    "terms": [
      "pytorch lightning",
      "lightning ai"
    ],
    "caseSensitive": [],
    "released": "2019-03-30",
    "evidence": "Lightning-AI/pytorch-lightning repository",
    "source": "domain §3.7 (git history of Lightning-AI/pytorch-lightning)"
  },
  {
    "id": "qdrant",
    "name": "Qdrant",
    "kind": "vector-database",
    "terms": [
      "qdrant"
    ],
    "caseSensitive": [],
    "released": "2020-05-30",
    "evidence": "qdrant/qdrant repository (tag v0.2.0 on 2021-04-06)",
    "source": "domain §3.7 (git history of qdrant/qdrant)"
  },
  {
    "id": "rag",
    "name": "RAG",
    "kind": "technique",
    "terms": [
      "retrieval-augmented generation"
    ],
    "caseSensitive": [
      "RAG"
    ],
    "released": "2020-05-22",
    "evidence": "Lewis et al., arXiv 2005.11401, named the technique",
    "source": "domain §3.7; [LEWIS]"
  },
  {
    "id": "ragas",
    "name": "Ragas",
    "kind": "llm-evaluation",
    "terms": [
      "ragas"
    ],
    "caseSensitive": [],
    "released": "2023-05-08",
    "evidence": "explodinggradients/ragas repository",
    "source": "domain §3.7 (git history of explodinggradients/ragas)"
  },
  {
    "id": "ray",
    "name": "Ray",
    "kind": "data-processing",
    "terms": [],
    "caseSensitive": [
      "Ray"
    ],
    "source": "domain §1.5 (no verified date, §3.7)"
  },
  {
    "id": "ray-serve",
    "name": "Ray Serve",
    "kind": "serving",
    "terms": [
      "ray serve"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (model serving)"
  },
  {
    "id": "redis",
    "name": "Redis",
    "kind": "database",
    "terms": [
      "redis"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (databases)"
  },
  {
    "id": "redshift",
    "name": "Redshift",
    "kind": "warehouse",
    "terms": [
      "redshift",
      "amazon redshift",
      "aws redshift"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (warehouses)"
  },
  {
    "id": "rust",
    "name": "Rust",
    "kind": "language",
    "terms": [],
    "caseSensitive": [
      "Rust"
    ],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "sagemaker",
    "name": "SageMaker",
    "kind": "ml-platform",
    "terms": [
      "sagemaker",
      "amazon sagemaker",
      "aws sagemaker"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (no verified date, §3.7)"
  },
  {
    "id": "scala",
    "name": "Scala",
    "kind": "language",
    "terms": [
      "scala"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (data-engineering languages)"
  },
  {
    "id": "scikit-learn",
    "name": "scikit-learn",
    "kind": "ml-library",
    "terms": [
      "scikit-learn",
      "sklearn"
    ],
    "caseSensitive": [],
    "source": "domain §1.2 (no verified date, §3.7)"
  },
  {
    "id": "seldon",
    "name": "Seldon",
    "kind": "serving",
    "terms": [
      "seldon",
      "seldon core"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (model serving)"
  },
  {
    "id": "semantic-kernel",
    "name": "Semantic Kernel",
    "kind": "llm-framework",
    "terms": [
      "semantic kernel"
    ],
    "caseSensitive": [],
    "released": "2023-02-24",
    "evidence": "microsoft/semantic-kernel repository",
    "source": "domain §3.7 (git history of microsoft/semantic-kernel)"
  },
  {
    "id": "sentence-transformers",
    "name": "Sentence-Transformers",
    "kind": "ml-library",
    "terms": [
      "sentence-transformers",
      "sbert"
    ],
    "caseSensitive": [],
    "released": "2019-07-25",
    "evidence": "UKPLab/sentence-transformers repository",
    "source": "domain §3.7 (git history of UKPLab/sentence-transformers)"
  },
  {
    "id": "smolagents",
    "name": "smolagents",
    "kind": "agent-framework",
    "terms": [
      "smolagents"
    ],
    "caseSensitive": [],
    "released": "2024-12-05",
    "evidence": "huggingface/smolagents repository",
    "source": "domain §3.7 (git history of huggingface/smolagents)"
  },
  {
    "id": "snowflake",
    "name": "Snowflake",
    "kind": "warehouse",
    "terms": [],
    "caseSensitive": [
      "Snowflake"
    ],
    "source": "domain §1.4 (warehouses)"
  },
  {
    "id": "spark",
    "name": "Spark",
    "kind": "data-processing",
    "terms": [
      "apache spark",
      "pyspark",
      "spark sql"
    ],
    "caseSensitive": [
      "Spark"
    ],
    "source": "domain §1.4 (no verified date, §3.7)"
  },
  {
    "id": "sql",
    "name": "SQL",
    "kind": "language",
    "terms": [
      "sql"
    ],
    "caseSensitive": [],
    "source": "domain §1.8 (shared terms)"
  },
  {
    "id": "streamlit",
    "name": "Streamlit",
    "kind": "infrastructure",
    "terms": [
      "streamlit"
    ],
    "caseSensitive": [],
    "released": "2018-01-09",
    "evidence": "streamlit/streamlit first commit (public launch later)",
    "source": "domain §3.7 (git history of streamlit/streamlit)"
  },
  {
    "id": "synapse",
    "name": "Azure Synapse",
    "kind": "warehouse",
    "terms": [
      "azure synapse"
    ],
    "caseSensitive": [],
    "source": "domain §1.4 (warehouses)"
  },
  {
    "id": "tecton",
    "name": "Tecton",
    "kind": "feature-store",
    "terms": [],
    "caseSensitive": [
      "Tecton"
    ],
    "source": "domain §1.5 (feature stores)"
  },
  {
    "id": "tensorflow",
    "name": "TensorFlow",
    "kind": "dl-framework",
    "terms": [
      "tensorflow",
      "tensor flow",
      "tf2"
    ],
    "caseSensitive": [],
    "released": "2015-11-09",
    "evidence": "open-source release",
    "source": "domain §3.7; [TF]"
  },
  {
    "id": "terraform",
    "name": "Terraform",
    "kind": "infrastructure",
    "terms": [
      "terraform"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (infrastructure as code)"
  },
  {
    "id": "text-generation-inference",
    "name": "Text Generation Inference",
    "kind": "serving",
    "terms": [
      "text generation inference"
    ],
    "caseSensitive": [
      "TGI"
    ],
    "released": "2022-10-08",
    "evidence": "huggingface/text-generation-inference repository (tag v0.2.0 on 2023-02-03)",
    "source": "domain §3.7 (git history of huggingface/text-generation-inference)"
  },
  {
    "id": "tf-serving",
    "name": "TensorFlow Serving",
    "kind": "serving",
    "terms": [
      "tensorflow serving",
      "tf serving"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (model serving)"
  },
  {
    "id": "torchserve",
    "name": "TorchServe",
    "kind": "serving",
    "terms": [
      "torchserve"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (model serving)"
  },
  {
    "id": "triton",
    "name": "Triton Inference Server",
    "kind": "serving",
    "terms": [
      "triton inference server",
      "nvidia triton"
    ],
    "caseSensitive": [
      "Triton"
    ],
    "source": "domain §1.5 (model serving)"
  },
  {
    "id": "trl",
    "name": "TRL",
    "kind": "fine-tuning",
    "terms": [
      "hugging face trl"
    ],
    "caseSensitive": [
      "TRL"
    ],
    "source": "domain §1.2 (fine-tuning libraries)"
  },
  {
    "id": "typescript",
    "name": "TypeScript",
    "kind": "language",
    "terms": [
      "typescript"
    ],
    "caseSensitive": [],
    "source": "domain §1.7 (software-engineering languages)"
  },
  {
    "id": "unsloth",
    "name": "Unsloth",
    "kind": "fine-tuning",
    "terms": [
      "unsloth"
    ],
    "caseSensitive": [],
    "released": "2023-11-30",
    "evidence": "unslothai/unsloth repository",
    "source": "domain §3.7 (git history of unslothai/unsloth)"
  },
  {
    "id": "vertex-ai",
    "name": "Vertex AI",
    "kind": "ml-platform",
    "terms": [
      "vertex ai",
      "google vertex ai"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (no verified date, §3.7)"
  },
  {
    "id": "vllm",
    "name": "vLLM",
    "kind": "serving",
    "terms": [
      "vllm"
    ],
    "caseSensitive": [],
    "released": "2023",
    "evidence": "v0.1.x releases by August 2023 (PR 846, 2023-08-25); the June 2023 launch is not verified, so only the year is used",
    "source": "domain §3.7; [VLLM]"
  },
  {
    "id": "weaviate",
    "name": "Weaviate",
    "kind": "vector-database",
    "terms": [
      "weaviate"
    ],
    "caseSensitive": [],
    "released": "2016-03-30",
    "evidence": "weaviate/weaviate first commit",
    "source": "domain §3.7 (git history of weaviate/weaviate)"
  },
  {
    "id": "weights-and-biases",
    "name": "Weights & Biases",
    "kind": "experiment-tracking",
    "terms": [
      "weights & biases",
      "weights and biases",
      "wandb",
      "w&b"
    ],
    "caseSensitive": [],
    "released": "2017-02-20",
    "evidence": "wandb/wandb repository",
    "source": "domain §3.7 (git history of wandb/wandb)"
  },
  {
    "id": "whisper",
    "name": "Whisper",
    "kind": "ml-library",
    "terms": [
      "openai whisper"
    ],
    "caseSensitive": [
      "Whisper"
    ],
    "released": "2022-09-22",
    "evidence": "openai/whisper repository",
    "source": "domain §3.7 (git history of openai/whisper)"
  },
  {
    "id": "whylabs",
    "name": "WhyLabs",
    "kind": "ml-monitoring",
    "terms": [
      "whylabs",
      "whylogs"
    ],
    "caseSensitive": [],
    "source": "domain §1.5 (ML monitoring)"
  },
  {
    "id": "xgboost",
    "name": "XGBoost",
    "kind": "gbm",
    "terms": [
      "xgboost"
    ],
    "caseSensitive": [],
    "released": "2014-02-06",
    "evidence": "dmlc/xgboost repository",
    "source": "domain §3.7 (git history of dmlc/xgboost)"
  }
];
