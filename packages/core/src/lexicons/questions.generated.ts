// Generated from packages/core/data/questions.yml by scripts/generate.ts — do not edit.
import type { QuestionCueEntry, QuestionEntry } from './types.js';

export const questions: readonly QuestionEntry[] = [
  {
    "id": "model-or-product",
    "question": "Are you building a model or a product?",
    "sides": {
      "model": {
        "label": "a model",
        "role": "ml-engineer",
        "answer": "A model — the duties train, tune and evaluate models of your own.",
        "because": "it builds models of its own"
      },
      "product": {
        "label": "a product",
        "role": "ai-engineer",
        "answer": "A product — the duties build features for users on top of existing models.",
        "because": "it builds a product on existing models"
      }
    },
    "unclear": "The posting does not say whether the work is a model or a product; name what the hire will ship.",
    "ask": "name what the hire will ship.",
    "both": "Both — the duties build models and the product around them; say which comes first.",
    "source": "domain §4.1; [GT]; [N23]; [UD]; [SWYX-POD]"
  },
  {
    "id": "training-or-retrieval-data",
    "question": "Is your proprietary data for training or for retrieval?",
    "sides": {
      "training": {
        "label": "training",
        "role": "ml-engineer",
        "answer": "For training — the data is labelled, featurised and used to fit models.",
        "because": "its data trains models"
      },
      "retrieval": {
        "label": "retrieval",
        "role": "ai-engineer",
        "answer": "For retrieval — the data is indexed, embedded and retrieved as context for existing models.",
        "because": "its data is retrieved as context for existing models"
      }
    },
    "unclear": "The posting does not say what the data is for; say whether models learn from it or look it up.",
    "ask": "say whether models learn from the data or look it up.",
    "both": "Both — the data trains models and also feeds retrieval; say which matters more.",
    "source": "domain §4.2; [GT]; [N23]; [RM-AI]"
  },
  {
    "id": "speed-or-precision",
    "question": "What matters more, speed of delivery or model-level precision?",
    "sides": {
      "speed": {
        "label": "speed",
        "role": "ai-engineer",
        "answer": "Speed — the posting stresses shipping, prototyping and iterating quickly.",
        "because": "it values delivery speed"
      },
      "precision": {
        "label": "precision",
        "role": "ml-engineer",
        "answer": "Precision — the posting stresses model metrics, accuracy and optimisation.",
        "because": "it values model-level precision"
      }
    },
    "unclear": "The posting does not say whether delivery speed or model precision matters more.",
    "ask": "say whether delivery speed or model precision matters more.",
    "both": "Both — the posting asks for fast delivery and model-level precision; rank them.",
    "source": "domain §4.3; [UD]; [SWYX-POD]; [N23]"
  }
];

export const questionCues: readonly QuestionCueEntry[] = [
  {
    "id": "model-duties",
    "question": "model-or-product",
    "side": "model",
    "entries": [
      "train-model",
      "build-ml-model",
      "build-model",
      "evaluate-model",
      "tune-hyperparameters",
      "improve-model-metrics",
      "engineer-features",
      "model-training",
      "model-architecture",
      "feature-engineering",
      "hyperparameter-tuning",
      "optimisation-internals",
      "llm-pretraining",
      "dl-architectures"
    ],
    "terms": [],
    "source": "domain §4.1 (train/develop/design/optimize/evaluate + model, features, hyperparameters, loss); [N23]; [RM-AI vs]"
  },
  {
    "id": "model-phrases",
    "question": "model-or-product",
    "side": "model",
    "entries": [],
    "terms": [
      "from scratch",
      "our own models",
      "in-house models",
      "proprietary models"
    ],
    "source": "domain §4.1 ('model performance', 'from scratch'), §4.4 ('train our own models')"
  },
  {
    "id": "precision-metrics",
    "question": "speed-or-precision",
    "side": "precision",
    "entries": [
      "ml-metrics",
      "f1",
      "improve-model-metrics",
      "model-performance",
      "model-evaluation",
      "model-compression",
      "compress-model",
      "inference-optimization",
      "optimize-inference",
      "hyperparameter-tuning",
      "tune-hyperparameters"
    ],
    "terms": [],
    "source": "domain §4.3 (accuracy/precision/recall/AUC, quantization, rigorous offline evaluation); [N23]"
  },
  {
    "id": "precision-phrases",
    "question": "speed-or-precision",
    "side": "precision",
    "entries": [],
    "terms": [
      "reduce false positives",
      "false positives",
      "false negatives",
      "prediction accuracy",
      "state-of-the-art accuracy",
      "rigorous evaluation",
      "statistical rigor",
      "statistical rigour",
      "high precision",
      "error rates",
      "error rate"
    ],
    "source": "domain §4.3 (reduce false positives, rigorous offline evaluation; metric context required for 'precision')"
  },
  {
    "id": "product-audience",
    "question": "model-or-product",
    "side": "product",
    "entries": [],
    "terms": [
      "end users",
      "user-facing",
      "customer-facing",
      "user experience",
      "product managers",
      "product manager",
      "designers",
      "mvp",
      "minimum viable product",
      "product features",
      "ship features",
      "in-product",
      "product experience",
      "product experiences"
    ],
    "source": "domain §4.1 ('user-facing', 'end users', 'customers', 'product managers/designers', 'MVP', '0→1'); [SWYX-POD]"
  },
  {
    "id": "product-duties",
    "question": "model-or-product",
    "side": "product",
    "entries": [
      "build-ai-product",
      "integrate-llm",
      "use-existing-models",
      "write-prompts",
      "evaluate-llm",
      "llm-applications",
      "ai-features",
      "copilots",
      "chatbots",
      "build-on-foundation-models",
      "llm-api-integration",
      "openai-api",
      "anthropic-api",
      "langchain",
      "llamaindex",
      "ai-agents",
      "function-calling",
      "prompt-engineering"
    ],
    "terms": [],
    "source": "domain §4.1 (build/ship/integrate + feature, assistant, agent; model APIs); [GT]; [UD]"
  },
  {
    "id": "retrieval-data-kinds",
    "question": "training-or-retrieval-data",
    "side": "retrieval",
    "entries": [],
    "terms": [
      "knowledge base",
      "knowledge bases",
      "internal documents",
      "internal documentation",
      "company documents",
      "confluence",
      "notion",
      "sharepoint",
      "google drive",
      "help center articles",
      "support tickets",
      "ticket history",
      "private data",
      "your own data"
    ],
    "source": "domain §4.2 (internal documents, knowledge base, PDFs, Confluence/Notion/SharePoint/Google Drive, ticket history); [GT]"
  },
  {
    "id": "retrieval-data-use",
    "question": "training-or-retrieval-data",
    "side": "retrieval",
    "entries": [
      "rag",
      "vector-database",
      "vector-db-products",
      "chunking",
      "index-documents",
      "document-ingestion-llm",
      "docs-question-answering",
      "semantic-search",
      "embedding-models",
      "retrieval-systems",
      "ground-llm",
      "hybrid-search",
      "reranking"
    ],
    "terms": [],
    "source": "domain §4.2 (ingest/index/chunk/embed/retrieve); [GT]; [RM-AI]"
  },
  {
    "id": "speed-llm-tradeoffs",
    "question": "speed-or-precision",
    "side": "speed",
    "entries": [
      "llm-cost-latency",
      "ai-gateway"
    ],
    "terms": [],
    "source": "domain §4.3 (latency and token-cost trade-offs of API calls)"
  },
  {
    "id": "speed-phrases",
    "question": "speed-or-precision",
    "side": "speed",
    "entries": [
      "speed-cues"
    ],
    "terms": [
      "ship fast",
      "ship quickly",
      "move fast",
      "iterate quickly",
      "iterate fast",
      "rapid iteration",
      "fast iteration",
      "quick iteration",
      "time to market",
      "rapid prototypes",
      "rapidly prototype",
      "prototype quickly",
      "quick prototypes",
      "weekly releases",
      "ship weekly",
      "fast feedback loops",
      "short feedback loops",
      "bias for action"
    ],
    "source": "domain §4.3 (ship fast, rapid prototyping, iterate quickly, time to market); [UD]; [SWYX-POD]"
  },
  {
    "id": "training-data-kinds",
    "question": "training-or-retrieval-data",
    "side": "training",
    "entries": [],
    "terms": [
      "historical data",
      "historical transactions",
      "transaction data",
      "clickstream data",
      "sensor data",
      "event data",
      "large datasets",
      "datasets that do not fit in memory",
      "training examples",
      "behavioral data",
      "behavioural data"
    ],
    "source": "domain §4.2 (historical transactions, clickstream, sensor data; data that does not fit in memory); [N23]"
  },
  {
    "id": "training-data-use",
    "question": "training-or-retrieval-data",
    "side": "training",
    "entries": [
      "training-data",
      "label-data",
      "engineer-features",
      "feature-engineering",
      "feature-store",
      "data-preprocessing",
      "prepare-data",
      "distributed-training"
    ],
    "terms": [],
    "source": "domain §4.2 (labelled datasets, annotation, feature store, training set, ground truth); [N23]"
  }
];
