// Generic words for each concept, matched beside the document's own defined terms
// (a draft that defines "Deliverables" still says "generated content" somewhere),
// and the neutral words fallback clauses use where a draft defines no term.

import type { ChecklistDefinition } from "../engine/types";

export const vocabulary: ChecklistDefinition["vocabulary"] = {
  licensor: ["licensor", "provider", "vendor", "supplier", "service provider"],
  licensee: ["licensee", "customer", "client", "subscriber", "buyer"],
  output: [
    "output", "outputs", "generated content", "generated output", "ai output", "ai-generated content", "completions",
    "responses", "results generated", "generations", "deliverables",
  ],
  input: ["input", "inputs", "prompt", "prompts", "queries", "instructions"],
  customerData: [
    "customer data", "customer content", "client data", "licensee data", "user content", "your content", "your data",
    "content you submit", "data you provide",
  ],
  usageData: ["usage data", "telemetry", "service data", "usage information", "analytics data", "metadata", "log data", "aggregated data", "aggregate data"],
  feedback: ["feedback", "suggestions"],
  system: ["ai system", "ai systems", "ai service", "ai services", "ai features", "ai feature", "ai tool", "ai tools", "service", "services", "platform", "software", "solution"],
  model: ["model", "models", "foundation model", "language model", "large language model", "weights", "model weights", "ai model", "ai models"],
  improvement: ["improvements", "enhancements", "modifications", "derivative works", "derivatives", "fine-tuned model", "fine-tuned models", "customized model"],
  documentation: ["documentation"],
  aup: ["acceptable use policy", "acceptable use policies", "usage policy", "usage policies", "use policy", "use policies", "aup"],
  confidentialInformation: ["confidential information"],
  agreement: ["agreement", "terms"],
};

export const neutralTerms: ChecklistDefinition["neutralTerms"] = {
  licensor: "Provider",
  licensee: "Customer",
  output: "Output",
  input: "Input",
  customerData: "Customer Data",
  usageData: "Usage Data",
  feedback: "Feedback",
  system: "AI System",
  model: "Model",
  improvement: "Improvements",
  documentation: "Documentation",
  aup: "Acceptable Use Policy",
  confidentialInformation: "Confidential Information",
  agreement: "Agreement",
};
