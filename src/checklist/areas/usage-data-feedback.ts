import type { AreaDefinition } from "../../engine/types";

// Usage data, telemetry and feedback: what the vendor learns from how the system is
// used. Harmless when it is content-free metrics; a back door around the training
// and confidentiality terms when "usage data" reaches prompt or output content, or
// when a feedback licence can sweep in confidential information.

/** Usage data reaching content: inputs, outputs, customer data, or anything derived from them. */
const CONTENT = ["{input}", "{output}", "{customerData}", "content of", "prompts"];
/** Wording that keeps usage data or feedback clear of content or confidential information. */
const CONTENT_EXCLUDED = [
  "exclud* ...6 {customerData}|{input}|{output}|content|personal",
  "not include ...6 {customerData}|{input}|{output}|content|personal",
  "does|do|will|shall not contain ...6 {customerData}|{input}|{output}|content|personal",
  "contain|contains no ...4 {customerData}|{input}|{output}|content|personal",
  "content-free",
  "other than {customerData}|{input}|{output}",
];
const CONFIDENTIAL_EXCLUDED = [
  "exclud* ...8 {confidentialInformation}|confidential",
  "not include ...6 {confidentialInformation}|confidential",
  "other than ...4 {confidentialInformation}|confidential",
  "not ...4 disclose|identify ...6 {licensee}|{confidentialInformation}|confidential|source",
  "without identifying",
  "subject to ...6 confidentiality|{confidentialInformation}",
];
const ANY_PURPOSE = [
  "any purpose|purposes",
  "any lawful|business|commercial purpose|purposes",
  "any reason",
  "its own purposes",
  "without restriction",
  "unrestricted",
  "sell|sells|monetize|monetise|commercialize|commercialise",
];

export const usageDataFeedback: AreaDefinition = {
  id: "usage-data-feedback",
  title: "Usage data, telemetry and feedback",
  severity: "medium",
  why:
    "Vendors keep broad rights in usage data and feedback. Content-free metrics are harmless, but a definition that reaches " +
    "prompts or outputs, or a feedback licence without limits, lets the vendor use what the training and confidentiality terms protect.",
  addressedBy: [
    "{usageData} ...4 use|uses|used|collect|collects|collected|analy*|own|owns|means|includes|aggregate*",
    "{feedback} ...4 use|uses|used|licen*|assign|assigns|own|owns|exploit*|incorporat*|means",
    "collect|collects ...8 {usageData}",
  ],
  rules: [
    {
      id: "usage-data-includes-content",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{usageData} reaches the content of {input}, {output} or {customerData}, so the usage-data terms can bypass the protections for that content.",
      expected: "{usageData} means content-free metrics about the operation and use of the {system} and excludes {input}, {output} and {customerData}.",
      match: {
        all: [["{usageData} ...3 means|includes|include|including|comprises|consists|refers", "{usageData} ...6 derived|based from|on"], CONTENT],
        none: [...CONTENT_EXCLUDED, "but not"],
      },
    },
    {
      id: "usage-collection-reaches-content",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The usage information collected by {licensor:object} includes {input}, prompts or {output}.",
      expected: "{licensor} will collect only content-free {usageData}; {input} and {output} are handled only as {customerData}.",
      match: {
        all: [["collect|collects|gather|gathers|record|records|log|logs ...12 {usageData}", "{usageData} ...6 collect|collects|collected"], ["{input}", "{output}", "prompts", "content of"]],
        none: CONTENT_EXCLUDED,
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "usage-data-any-purpose",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may use {usageData} for any purpose, unlimited in purpose and time.",
      expected: "{licensor} may use {usageData} only to provide, secure and improve the {system}, and only in aggregated form that does not identify {licensee}.",
      // The purpose comes first so that the actor is whoever may use the data ("we may use it for any purpose"),
      // not whoever generated it ("information about how you use the Services").
      match: { all: [ANY_PURPOSE, ["{usageData}"]], actor: "licensor", inDefinitions: false },
    },
    {
      id: "feedback-unrestricted",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may use {feedback} without restriction, which can sweep in {licensee's} confidential information.",
      expected: "{licensor} may use {feedback} to improve the {system}, but {feedback} excludes {licensee's} {confidentialInformation} and {licensor} will not identify {licensee} as its source.",
      match: {
        // "If you send us feedback, we may use it without restriction": the feedback is named in the
        // condition and the grant follows it, so the breadth comes first (it names the actor) and
        // polarity is not judged; a licensor's self-restriction ("not ... other than") is vetoed.
        all: [
          [
            "without restriction",
            "without ...3 obligation|obligations|compensation|attribution|payment|accounting|restriction|restrictions",
            "any purpose|purposes",
            "perpetual",
            "irrevocable",
            "unrestricted",
            "freely",
          ],
          ["{feedback}"],
        ],
        none: [...CONFIDENTIAL_EXCLUDED, "other than", "not use|exploit"],
        actor: "licensor",
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "feedback-assigned",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{feedback} is assigned to or owned by {licensor:object}, with no carve-out for {licensee's} confidential information.",
      expected: "{feedback} is licensed, not assigned, and excludes {licensee's} {confidentialInformation}.",
      match: {
        all: [["assign|assigns|assignment ...8 {feedback}", "{feedback} ...10 property|owned|vest|vests|vested|belong|belongs of|by|in|to ...2 {licensor}", "{licensor} ...4 own|owns ...6 {feedback}"]],
        none: CONFIDENTIAL_EXCLUDED,
      },
    },
    {
      id: "feedback-not-confidential",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{feedback} is declared not to be confidential, so anything said by {licensee} about the {system} loses protection.",
      expected: "{feedback} that contains {licensee's} {confidentialInformation} stays confidential.",
      match: {
        all: [["{feedback} ...6 not ...4 {confidentialInformation}|confidential", "{feedback} ...8 non-confidential", "{feedback} ...8 without ...4 confidentiality"]],
        polarity: "any",
      },
    },
    {
      id: "feedback-excludes-confidential",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{feedback} excludes {licensee's} confidential information, or is used without identifying {licensee}.",
      match: { all: [["{feedback}"], CONFIDENTIAL_EXCLUDED], polarity: "any", scope: "sentence" },
    },
    {
      id: "usage-data-content-free",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{usageData} is limited to content-free or de-identified aggregate information.",
      match: {
        all: [
          ["{usageData}"],
          CONTENT_EXCLUDED.concat([
            "aggregated|aggregate ...3 de-identified|deidentified|anonymised|anonymized",
            "de-identified|deidentified|anonymised|anonymized ...3 aggregated|aggregate",
            "does|do not identify",
          ]),
        ],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "usage-data-retention-limited",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{usageData} is kept only for a limited period.",
      // "no longer than" reads as a negation to the engine; the phrase itself is the limit.
      match: { all: [["{usageData}"], ["no longer than", "delete|deleted|aggregate|aggregated ...6 after|within"]], actor: "licensor", polarity: "any", inDefinitions: false },
    },
    {
      id: "usage-data-only-to-provide",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} may use {usageData} or {feedback} only to provide the {system}, which rules out any use to improve the {system}.",
      expected: "{licensor} may use content-free {usageData} and {feedback} to provide, secure, support and improve {licensor's} products.",
      match: {
        all: [["{usageData}", "{feedback}"], ["solely|only|exclusively ...4 provide|perform|support|operate|deliver|maintain"]],
        none: ["improve*", "develop*"],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "usage-data-use-barred",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} may not use {usageData} or {feedback}, not even content-free metrics.",
      expected: "{licensor} may collect and use content-free {usageData} and {feedback} to operate and improve the {system}.",
      match: {
        all: [
          [
            "use|uses|exploit|exploits|analyse|analyze|collect|collects|process|monetize|monetise ...6 {usageData}|{feedback}",
            "{usageData}|{feedback} will|shall|may|must|is|are|cannot ...3 used|exploited|analysed|analyzed|collected|processed",
          ],
        ],
        actor: "licensor",
        polarity: "negated",
        inDefinitions: false,
      },
    },
    {
      id: "licensor-uses-usage-data",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} may collect and use {usageData} or {feedback} to run and improve the {system}.",
      match: {
        all: [
          [
            "use|uses|collect|collects|exploit|exploits|incorporate|incorporates|analyse|analyze ...6 {usageData}|{feedback}",
            "{usageData}|{feedback} ...10 improve*|develop*|enhance*|analyse|analyze|benchmark*|monitor*",
          ],
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "licensor-owns-usage-data",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{usageData} belongs to {licensor:object}.",
      match: { all: [["{licensor} ...6 own|owns|retains ...15 {usageData}", "{usageData} is|are|shall|will ...3 property|owned of|by ...3 {licensor}"]] },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "usage-data-feedback/le-1",
        title: "{usageData} is content-free and used only for the {system}",
        text:
          "\"{usageData}\" means information about the operation, performance and configuration of the {system} and the volume and pattern of its use, such as feature use counts, latency and error rates, and excludes any {input}, {output} or {customerData} and any information derived from their content. {licensor} may use {usageData} only to provide, secure, support and improve the {system}, will not disclose it to any third party except in aggregated form that does not identify {licensee} or any individual, and will not use it to train any model.",
        note: "Opening position: closes the definitional back door to content and ties use to running and improving the service.",
      },
      {
        id: "usage-data-feedback/le-2",
        title: "{feedback} licence that excludes {confidentialInformation}",
        text:
          "{licensor} may use {feedback} under a non-exclusive, royalty-free licence, solely to improve {licensor's} products. {feedback} does not include, and this licence does not extend to, any {confidentialInformation}, {customerData}, {input} or {output} of {licensee}, and {licensor} will not identify {licensee} as the source of any {feedback} without {licensee's} prior written consent.",
        note: "Offer where the vendor insists on a feedback licence: lets it use ideas while keeping confidential material out.",
      },
      {
        id: "usage-data-feedback/le-3",
        title: "Aggregated, de-identified {usageData} only",
        text:
          "{licensor} may retain and use {usageData} after the term only in aggregated and de-identified form, combined with data of other customers so that neither {licensee} nor any individual can be identified, and will not attempt to re-identify it or use it to derive any {customerData}.",
        note: "Last resort where broad usage data rights stay: limits what survives the term to de-identified aggregates.",
      },
    ],
    licensor: [
      {
        id: "usage-data-feedback/lr-1",
        title: "Broad rights in content-free {usageData}",
        text:
          "{licensor} may collect {usageData} and may use it during and after the term to provide, maintain, secure, analyse and improve {licensor's} products and services and for statistical and benchmarking purposes, provided that {licensor} will not disclose {usageData} to any third party in a form that identifies {licensee} or any individual. {usageData} does not include {input} or {output}.",
        note: "Opening position: keeps the telemetry the service needs, with a de-identification promise customers routinely accept.",
      },
      {
        id: "usage-data-feedback/lr-2",
        title: "Perpetual, royalty-free licence to {feedback}",
        text:
          "Any {feedback} provided by {licensee} may be used, modified and incorporated by {licensor:object} under a worldwide, perpetual, irrevocable and royalty-free licence into {licensor's} products and services without restriction, attribution or payment. {licensor} will not disclose {licensee's} {confidentialInformation} that is identified as such when provided.",
        note: "Offer when the customer questions the feedback licence: keeps it broad while answering the confidentiality concern.",
      },
      {
        id: "usage-data-feedback/lr-3",
        title: "{usageData} for operation and improvement only",
        text:
          "{licensor} may use {usageData} to operate, secure, support and improve the {system} and to develop new features, and for no other purpose. {licensor} will not sell {usageData} or use it to target advertising.",
        note: "Fallback where the customer resists any-purpose language: preserves operation and product improvement, the uses that matter.",
      },
    ],
  },
};
