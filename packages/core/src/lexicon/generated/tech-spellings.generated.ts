// Generated from packages/core/data/tech-spellings.yml by scripts/generate.ts — do not edit.
import type { TechSpellingEntry } from '../types.js';

export const techSpellings: readonly TechSpellingEntry[] = [
  {
    "id": "airflow",
    "correct": "Airflow",
    "wrong": [
      "AirFlow",
      "Air Flow"
    ],
    "source": "https://airflow.apache.org/"
  },
  {
    "id": "bigquery",
    "correct": "BigQuery",
    "wrong": [
      "Bigquery",
      "bigquery",
      "Big Query",
      "BigQuerry"
    ],
    "source": "https://cloud.google.com/bigquery"
  },
  {
    "id": "chatgpt",
    "correct": "ChatGPT",
    "wrong": [
      "Chat GPT",
      "ChatGpt",
      "Chatgpt",
      "chatgpt",
      "chatGPT",
      "Chat-GPT"
    ],
    "source": "https://openai.com/chatgpt/"
  },
  {
    "id": "cuda",
    "correct": "CUDA",
    "wrong": [
      "Cuda"
    ],
    "source": "https://developer.nvidia.com/cuda-toolkit"
  },
  {
    "id": "databricks",
    "correct": "Databricks",
    "wrong": [
      "DataBricks",
      "Data Bricks",
      "Data bricks"
    ],
    "source": "https://www.databricks.com/"
  },
  {
    "id": "dynamodb",
    "correct": "DynamoDB",
    "wrong": [
      "DynamoDb",
      "Dynamodb",
      "dynamodb",
      "Dynamo DB"
    ],
    "source": "https://aws.amazon.com/dynamodb/"
  },
  {
    "id": "elasticsearch",
    "correct": "Elasticsearch",
    "wrong": [
      "ElasticSearch",
      "Elastic Search",
      "elasticsearch",
      "ElasticSerach"
    ],
    "source": "https://www.elastic.co/elasticsearch"
  },
  {
    "id": "fastapi",
    "correct": "FastAPI",
    "wrong": [
      "Fast API",
      "FastApi",
      "Fastapi",
      "fastAPI",
      "Fast Api"
    ],
    "source": "https://fastapi.tiangolo.com/"
  },
  {
    "id": "github",
    "correct": "GitHub",
    "wrong": [
      "Github",
      "github",
      "GIT HUB",
      "Git Hub",
      "Git hub"
    ],
    "source": "https://github.com/about"
  },
  {
    "id": "gitlab",
    "correct": "GitLab",
    "wrong": [
      "Gitlab",
      "gitlab",
      "Git Lab"
    ],
    "source": "https://about.gitlab.com/"
  },
  {
    "id": "graphql",
    "correct": "GraphQL",
    "wrong": [
      "Graphql",
      "GraphQl",
      "graphql",
      "Graph QL"
    ],
    "source": "https://graphql.org/"
  },
  {
    "id": "grpc",
    "correct": "gRPC",
    "wrong": [
      "GRPC",
      "Grpc"
    ],
    "source": "https://grpc.io/"
  },
  {
    "id": "hugging-face",
    "correct": "Hugging Face",
    "wrong": [
      "HuggingFace",
      "Huggingface",
      "huggingface",
      "Hugging face",
      "HugginFace",
      "Hugginface"
    ],
    "source": "https://huggingface.co/"
  },
  {
    "id": "javascript",
    "correct": "JavaScript",
    "wrong": [
      "Javascript",
      "javascript",
      "JAVASCRIPT",
      "Java Script",
      "Java script",
      "JavaScipt",
      "Javscript"
    ],
    "source": "https://developer.mozilla.org/en-US/docs/Web/JavaScript"
  },
  {
    "id": "jupyter-notebook",
    "correct": "Jupyter Notebook",
    "wrong": [
      "Jupiter notebook",
      "Jupiter Notebook",
      "jupiter notebook"
    ],
    "source": "https://jupyter.org/"
  },
  {
    "id": "jupyter-notebooks",
    "correct": "Jupyter notebooks",
    "wrong": [
      "Jupiter notebooks",
      "Jupiter Notebooks",
      "jupiter notebooks"
    ],
    "source": "https://jupyter.org/"
  },
  {
    "id": "kubeflow",
    "correct": "Kubeflow",
    "wrong": [
      "KubeFlow",
      "Kube Flow"
    ],
    "source": "https://www.kubeflow.org/"
  },
  {
    "id": "kubernetes",
    "correct": "Kubernetes",
    "wrong": [
      "Kubernates",
      "Kubernets",
      "Kuberentes",
      "Kubernetis",
      "Kubenetes",
      "Kubernete",
      "KUBERNETES"
    ],
    "source": "https://kubernetes.io/"
  },
  {
    "id": "langchain",
    "correct": "LangChain",
    "wrong": [
      "Langchain",
      "langchain",
      "Lang Chain",
      "Lang chain",
      "LangChian",
      "LANGCHAIN"
    ],
    "source": "https://www.langchain.com/"
  },
  {
    "id": "langgraph",
    "correct": "LangGraph",
    "wrong": [
      "Langgraph",
      "langgraph",
      "Lang Graph"
    ],
    "source": "https://www.langchain.com/langgraph"
  },
  {
    "id": "langsmith",
    "correct": "LangSmith",
    "wrong": [
      "Langsmith",
      "langsmith",
      "Lang Smith"
    ],
    "source": "https://www.langchain.com/langsmith"
  },
  {
    "id": "lightgbm",
    "correct": "LightGBM",
    "wrong": [
      "LightGbm",
      "Lightgbm",
      "lightGBM",
      "Light GBM"
    ],
    "source": "https://lightgbm.readthedocs.io/"
  },
  {
    "id": "llamaindex",
    "correct": "LlamaIndex",
    "wrong": [
      "Llama Index",
      "Llama index",
      "Llamaindex",
      "llamaindex",
      "LLamaIndex",
      "LLAMAIndex",
      "LlamaIndx",
      "Llama-Index"
    ],
    "source": "https://www.llamaindex.ai/"
  },
  {
    "id": "mlflow",
    "correct": "MLflow",
    "wrong": [
      "MLFlow",
      "Mlflow",
      "MLFLOW",
      "ML Flow"
    ],
    "source": "https://mlflow.org/"
  },
  {
    "id": "mongodb",
    "correct": "MongoDB",
    "wrong": [
      "Mongodb",
      "MongoDb",
      "mongodb",
      "Mongo DB"
    ],
    "source": "https://www.mongodb.com/"
  },
  {
    "id": "mysql",
    "correct": "MySQL",
    "wrong": [
      "Mysql",
      "MySql",
      "mysql",
      "MYSQL"
    ],
    "source": "https://www.mysql.com/"
  },
  {
    "id": "nextjs",
    "correct": "Next.js",
    "wrong": [
      "NextJS",
      "NextJs",
      "Nextjs",
      "nextjs",
      "Next.JS"
    ],
    "source": "https://nextjs.org/"
  },
  {
    "id": "nodejs",
    "correct": "Node.js",
    "wrong": [
      "NodeJS",
      "NodeJs",
      "Nodejs",
      "nodejs",
      "Node.JS",
      "node.js",
      "Node JS",
      "Node Js"
    ],
    "source": "https://nodejs.org/"
  },
  {
    "id": "numpy",
    "correct": "NumPy",
    "wrong": [
      "Numpy",
      "NUMPY",
      "Num Py"
    ],
    "source": "https://numpy.org/"
  },
  {
    "id": "openai",
    "correct": "OpenAI",
    "wrong": [
      "Open AI",
      "Open Ai",
      "OpenAi",
      "Openai",
      "openai",
      "openAI",
      "Open-AI"
    ],
    "source": "https://openai.com/"
  },
  {
    "id": "opentelemetry",
    "correct": "OpenTelemetry",
    "wrong": [
      "Open Telemetry",
      "Opentelemetry",
      "OpenTelemtry"
    ],
    "source": "https://opentelemetry.io/"
  },
  {
    "id": "pgvector",
    "correct": "pgvector",
    "wrong": [
      "PGVector",
      "PgVector",
      "Pgvector",
      "PGvector",
      "pgVector"
    ],
    "source": "https://github.com/pgvector/pgvector"
  },
  {
    "id": "postgresql",
    "correct": "PostgreSQL",
    "wrong": [
      "Postgresql",
      "postgresql",
      "PostgresSQL",
      "PostgresQL",
      "Postgre SQL",
      "PostGreSQL",
      "PostgreSql",
      "PostgreSQl",
      "Postgress"
    ],
    "source": "https://www.postgresql.org/about/"
  },
  {
    "id": "powerbi",
    "correct": "Power BI",
    "wrong": [
      "PowerBI",
      "PowerBi",
      "Power Bi",
      "powerbi"
    ],
    "source": "https://www.microsoft.com/power-platform/products/power-bi"
  },
  {
    "id": "pyspark",
    "correct": "PySpark",
    "wrong": [
      "Pyspark",
      "pySpark",
      "PYSPARK",
      "Py Spark"
    ],
    "source": "https://spark.apache.org/docs/latest/api/python/"
  },
  {
    "id": "pytorch",
    "correct": "PyTorch",
    "wrong": [
      "Pytorch",
      "pytorch",
      "PyTorsh",
      "Py Torch",
      "PYTORCH"
    ],
    "source": "https://pytorch.org/"
  },
  {
    "id": "qdrant",
    "correct": "Qdrant",
    "wrong": [
      "QDrant",
      "QDRANT"
    ],
    "source": "https://qdrant.tech/"
  },
  {
    "id": "rabbitmq",
    "correct": "RabbitMQ",
    "wrong": [
      "RabbitMq",
      "Rabbitmq",
      "rabbitmq",
      "Rabbit MQ"
    ],
    "source": "https://www.rabbitmq.com/"
  },
  {
    "id": "sagemaker",
    "correct": "SageMaker",
    "wrong": [
      "Sagemaker",
      "sagemaker",
      "Sage Maker"
    ],
    "source": "https://aws.amazon.com/sagemaker/"
  },
  {
    "id": "scikit-learn",
    "correct": "scikit-learn",
    "wrong": [
      "scikit learn",
      "Scikit learn",
      "SciKit-Learn",
      "SciKit Learn",
      "Scikit Learn",
      "ScikitLearn",
      "scikitlearn",
      "Sci-kit learn",
      "Sci-kit Learn",
      "sci-kit learn",
      "SkLearn",
      "SKLearn",
      "Sklearn"
    ],
    "source": "https://scikit-learn.org/"
  },
  {
    "id": "scipy",
    "correct": "SciPy",
    "wrong": [
      "Scipy",
      "SCIPY"
    ],
    "source": "https://scipy.org/"
  },
  {
    "id": "tensorflow",
    "correct": "TensorFlow",
    "wrong": [
      "Tensorflow",
      "tensorflow",
      "Tensor Flow",
      "Tensor flow",
      "TensorFLow",
      "TENSORFLOW"
    ],
    "source": "https://www.tensorflow.org/"
  },
  {
    "id": "terraform",
    "correct": "Terraform",
    "wrong": [
      "TerraForm",
      "Terra Form"
    ],
    "source": "https://www.terraform.io/"
  },
  {
    "id": "typescript",
    "correct": "TypeScript",
    "wrong": [
      "Typescript",
      "typescript",
      "Type Script",
      "TypeScipt"
    ],
    "source": "https://www.typescriptlang.org/"
  },
  {
    "id": "vllm",
    "correct": "vLLM",
    "wrong": [
      "VLLM",
      "Vllm",
      "VLlm"
    ],
    "source": "https://docs.vllm.ai/"
  },
  {
    "id": "webassembly",
    "correct": "WebAssembly",
    "wrong": [
      "Webassembly",
      "Web Assembly",
      "WebAssemby"
    ],
    "source": "https://webassembly.org/"
  },
  {
    "id": "xgboost",
    "correct": "XGBoost",
    "wrong": [
      "Xgboost",
      "XGboost",
      "XgBoost",
      "XG Boost",
      "XGBOOST"
    ],
    "source": "https://xgboost.ai/"
  }
];
