import { ruleTests } from "./ruleTable";

// Second-person drafting: "we" is the licensor, "you" the licensee.
const YOU = [
  'These Terms of Use (the "Terms") are an agreement between you and Skylark Labs, Inc. ("Skylark", "we", "us" or "our").',
  "By using the Services you accept these Terms; if you do not accept them, you may not use the Services.",
  '"Your Content" means the prompts, files and other content you submit to the Services.',
];

ruleTests("usage-data-feedback", {
  "usage-data-includes-content": {
    fires: [
      { description: "definition reaching prompts and outputs", text: '"Service Data" means data relating to the operation of the Services, including prompts and outputs.' },
      { description: "aggregated data derived from customer data", text: "Provider may use aggregated data derived from Customer Data to improve its products." },
      { description: "telemetry includes input", text: "Telemetry includes the Input submitted to the AI Features and the time of each request." },
    ],
    quiet: [
      { description: "definition excluding content", text: '"Usage Data" means metrics about use of the Services and does not include Customer Data, Input or Output.' },
      { description: "usage data used in an improvement clause, not defined", text: "All improvements developed using Customer Data or Usage Data are the property of Provider." },
    ],
  },
  "usage-collection-reaches-content": {
    fires: [
      {
        description: "second person, telemetry including prompts",
        text: "We automatically collect information about how you use the Services, including log data and the prompts you submit.",
        preamble: YOU,
      },
      { description: "logs of outputs", text: "Provider records usage information such as the Output returned for each request." },
    ],
    quiet: [
      { description: "content excluded", text: "Provider collects telemetry that does not contain any Input or Output." },
      { description: "the licensee's logging", text: "Customer may collect usage information, including prompts, through the administrator console." },
    ],
  },
  "usage-data-any-purpose": {
    fires: [
      { description: "any purpose", text: "Provider may collect telemetry and use it for any purpose." },
      { description: "second person, sell usage information", text: "We may sell usage information to our partners.", preamble: YOU },
      {
        description: "second person, data about the user's use",
        text: "We collect information about how you use the Services, including log data, and we may use this information for any purpose.",
        preamble: YOU,
      },
    ],
    quiet: [
      { description: "limited purpose", text: "Provider may use Usage Data to operate and improve the Services." },
      { description: "the licensee's own use", text: "Customer may use the usage data available in its console for any purpose." },
    ],
  },
  "feedback-unrestricted": {
    fires: [
      { description: "without restriction", text: "Provider may use and exploit Feedback without restriction or obligation to Customer." },
      { description: "perpetual licence granted to the licensor", text: "Customer grants Provider a perpetual, irrevocable, royalty-free licence to use and incorporate any Feedback into its products." },
      { description: "second person", text: "We may use your Feedback freely, without any compensation to you.", preamble: YOU },
      { description: "feedback named in a leading condition", text: "If you send us feedback about the Services, we may use it without any obligation to you.", preamble: YOU },
    ],
    quiet: [
      { description: "confidential information carved out", text: "Provider may use Feedback without restriction, excluding any Confidential Information of Customer." },
      { description: "a definition", text: '"Feedback" means any suggestion about the Services that Customer provides without restriction.' },
      { description: "the licensor restricts itself", text: "Provider shall not use Feedback for any purpose other than improving the Services." },
    ],
  },
  "feedback-assigned": {
    fires: [
      { description: "assignment", text: "Customer hereby assigns to Provider all right, title and interest in Feedback." },
      { description: "property of the licensor", text: "All Feedback shall be the sole property of Provider." },
    ],
    quiet: [{ description: "licence only, confidential information excluded", text: "Customer grants Provider a licence to use Feedback other than Customer's Confidential Information." }],
  },
  "feedback-not-confidential": {
    fires: [
      { description: "not confidential information", text: "Feedback shall not be considered Customer's Confidential Information." },
      { description: "non-confidential", text: "Any Feedback you provide is non-confidential.", preamble: YOU },
    ],
    quiet: [{ description: "feedback kept confidential", text: "Feedback that contains Customer's Confidential Information remains subject to Section 7." }],
  },
  "feedback-excludes-confidential": {
    fires: [
      { description: "excludes confidential information", text: "Provider may use Feedback, excluding any Confidential Information of Customer, to improve the Services." },
      { description: "source not identified", text: "Provider may use Feedback but will not identify Customer as its source." },
    ],
    quiet: [{ description: "unrestricted feedback", text: "Provider may use Feedback without restriction." }],
  },
  "usage-data-content-free": {
    fires: [
      { description: "definition excludes content", text: '"Usage Data" means metrics about use of the Services and does not include Customer Data, Input or Output.' },
      { description: "aggregated and de-identified", text: "Provider may use Usage Data only in aggregated, de-identified form." },
    ],
    quiet: [{ description: "broad definition", text: '"Usage Data" means all information about Customer\'s use of the Services, including Input.' }],
  },
  "usage-data-retention-limited": {
    fires: [
      { description: "no longer than", text: "Provider shall retain Usage Data for no longer than twelve months." },
      { description: "delete after", text: "Provider will delete telemetry within ninety days after it is collected." },
    ],
    quiet: [{ description: "retention without a limit", text: "Provider may retain Usage Data indefinitely." }],
  },
  "usage-data-only-to-provide": {
    fires: [{ description: "solely to provide", text: "Provider may use Usage Data solely to provide and support the Services." }],
    quiet: [
      { description: "improvement also allowed", text: "Provider may use Usage Data solely to provide, support and improve the Services." },
      { description: "customer data, not usage data", text: "Provider may use Customer Data solely to provide the Services." },
    ],
  },
  "usage-data-use-barred": {
    fires: [
      { description: "shall not use", text: "Provider shall not use Usage Data for any purpose other than providing the Services." },
      { description: "passive", text: "Telemetry will not be collected or used by Provider." },
    ],
    quiet: [
      { description: "permission", text: "Provider may collect and analyse usage information to improve the Services." },
      { description: "service data in a list, not a prohibition on usage data", text: "Provider has no obligation for any claim arising from a combination with any product, service, data or process not provided by Provider." },
    ],
  },
  "licensor-uses-usage-data": {
    fires: [
      { description: "collect and analyse to improve", text: "Provider may collect and analyse usage information to improve the Services." },
      { description: "second person", text: "We collect telemetry to monitor the performance of the Services.", preamble: YOU },
    ],
    quiet: [
      { description: "negated", text: "Provider shall not use Usage Data." },
      { description: "definition", text: '"Usage Data" means data about the use and performance of the Services.' },
    ],
  },
  "licensor-owns-usage-data": {
    fires: [
      { description: "licensor owns usage data", text: "Provider owns all Usage Data." },
      { description: "usage data is the licensor's property", text: "Usage Data is the property of Provider." },
    ],
    quiet: [{ description: "licensee owns", text: "Customer owns all Usage Data generated by its account." }],
  },
});
