import type { AreaDefinition } from "../../engine/types";

/** What the licensee puts in and gets out. */
const LICENSEE_MATERIAL = ["{customerData}", "{input}", "{output}"];
/** The licensee's confidential information, named. */
const LICENSEE_CI = ["{licensee} {confidentialInformation}", "{confidentialInformation} of ...2 {licensee}", "confidential to ...2 {licensee}"];
/** The licensor's confidential information, named. */
const LICENSOR_CI = ["{licensor} {confidentialInformation}", "{confidentialInformation} of ...2 {licensor}", "confidential to ...2 {licensor}"];
/** The model and its internals, which the licensor needs to keep secret. */
const INTERNALS = "{model}|{system}|weights|parameters|prompts|architecture|code|algorithm|algorithms|methods";
/** Building a model from the licensed model or its outputs. */
const BUILD_MODEL = [
  "train|trains|training|retrain*|fine-tune|fine-tuning|distil*|develop|developing|build|building|create|creating|improve|improving ...6 model|models|{model}|llm|llms|algorithm|algorithms",
  "train|trains|training|develop|developing|build|building|improve|improving ...6 intelligence|learning",
  "distil*",
];
/** A model-building ban limited to models that compete with the licensor's. */
const COMPETING_ONLY = ["compet* ...4 model|models|{model}|llm|foundation|language", "compete|competes with", "competitive ...4 model|models|{model}"];
/** Extracting the model's internals. */
const EXTRACTION = [
  "extract*|reconstruct*|reverse-engineer*|decompil*|disassembl*|replicat*|derive|discover|exfiltrat* ...10 {model}|weights|parameters|prompts|architecture|code|algorithm*|{system}",
  "model extraction",
  "distil* ...6 {model}|model|models|{system}",
];

// Inputs and outputs carry the licensee's business secrets; the model, its weights
// and its system prompts carry the licensor's. The licensee needs its material to be
// its confidential information and room to analyse outputs; the licensor needs its
// internals protected and a ban on extraction and distillation.
export const confidentialityTradeSecrets: AreaDefinition = {
  id: "confidentiality-trade-secrets",
  title: "Confidentiality of inputs, outputs and models",
  severity: "medium",
  why:
    "Prompts and outputs often contain a licensee's most sensitive business information, while the model's weights and system prompts are the licensor's trade secrets. " +
    "Each side needs its own material expressly treated as confidential, without a ban so broad that normal use of outputs breaches it.",
  addressedBy: [
    "{confidentialInformation} means|includes|shall|will|does",
    "confidentiality ...4 obligation*|undertaking*|terms|clause|agreement",
    "keep|hold|treat|maintain|protect ...6 confidential|confidence",
    "non-disclosure|nondisclosure",
    "trade secret|secrets ...3 of|belonging|owned ...3 {licensor}",
    "constitute*|embod*|contain* ...4 trade secret*",
    "reverse engineer*|reverse-engineer*|decompil*|disassembl*",
  ],
  rules: [
    {
      id: "licensee-material-confidential",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{customerData}, {input} or {output} are {licensee's} {confidentialInformation}.",
      match: {
        // Anchored on the rarer confidentiality phrase; polarity is judged at the data word, last.
        all: [LICENSEE_CI, LICENSEE_MATERIAL],
      },
    },
    {
      id: "licensor-keeps-material-confidential",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} must keep {customerData}, {input} or {output} confidential.",
      match: {
        all: [
          [
            "treat|treats|hold|holds|keep|keeps|maintain|maintains|protect|protects ...10 {customerData}|{input}|{output} ...8 confidential|confidence|{confidentialInformation}",
            "treat|treats|hold|holds|keep|keeps|maintain|maintains ...4 confidential ...4 {customerData}|{input}|{output}",
          ],
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "licensee-material-not-confidential",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{customerData}, {input} or {output} are expressly not {licensee's} {confidentialInformation}.",
      expected: "{input}, {output} and {customerData} are {licensee's} {confidentialInformation}.",
      match: {
        all: [
          LICENSEE_MATERIAL,
          [
            "non-confidential|nonconfidential",
            "not ...3 be|been|constitute|constitutes|deemed|considered|treated|regarded ...3 confidential|{confidentialInformation}",
            "not confidential|{confidentialInformation}",
            "{confidentialInformation} ...4 not ...2 include|includes ...6 {customerData}|{input}|{output}",
            "{confidentialInformation} ...4 exclude|excludes|excluding ...6 {customerData}|{input}|{output}",
            "no ...3 obligation|obligations|duty|duties ...3 confidentiality|confidence",
          ],
        ],
        none: ["{feedback}"],
        polarity: "any",
      },
    },
    {
      id: "output-licensor-confidential",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{output} is {licensor's} {confidentialInformation}, which restricts what {licensee} may do with what the AI produces for {licensee:object}.",
      expected: "{output} is {licensee's} {confidentialInformation}.",
      match: {
        all: [LICENSOR_CI, ["{output}"]],
        none: ["{licensee} {confidentialInformation}", "{confidentialInformation} of ...2 {licensee}"],
      },
    },
    {
      id: "output-model-ban",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} may not use {output} to build or improve any model at all, not only a model that competes with the {system}.",
      expected: "{licensee} may not use {output} to develop a foundation model that competes with the {system}; any other use of {output} is permitted.",
      match: {
        // Actor and polarity are both judged at the model-building verb: "Customer shall not use Output to train".
        all: [BUILD_MODEL, ["{output}"], BUILD_MODEL],
        none: [...COMPETING_ONLY, "nothing in"],
        actor: "licensee",
        polarity: "negated",
      },
    },
    {
      id: "competing-model-ban",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensee} may not use the {system} or {output} to build a model that competes with the {system}.",
      match: {
        all: [BUILD_MODEL, COMPETING_ONLY],
        actor: "licensee",
        polarity: "negated",
      },
    },
    {
      id: "output-analysis-ban",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The reverse-engineering ban reaches {output}, so normal analysis or benchmarking of what the AI produces may be a breach.",
      expected: "Nothing restricts {licensee:object} from analysing, testing or benchmarking {output} for {licensee's} own purposes.",
      match: {
        all: [["reverse-engineer*|decompil*|disassembl* ...8 {output}", "analy*|benchmark*|study|probe ...4 {output}"]],
        none: ["nothing in", "nothing ...6 restrict*|prevent*|prohibit*|limit*"],
        actor: "licensee",
        polarity: "negated",
      },
    },
    {
      id: "output-analysis-permitted",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} may still analyse, test or benchmark {output}.",
      match: {
        all: [
          ["nothing ...8 restrict|restricts|prevent|prevents|prohibit|prohibits|limit|limits|preclude|precludes", "{licensee} may|can", "{licensee} is|remains ...2 free|entitled|permitted"],
          ["analy*|test|testing|benchmark*|evaluat* ...8 {output}"],
        ],
        polarity: "any",
      },
    },
    {
      id: "licensor-internals-confidential",
      effect: { licensee: "mention", licensor: "protection" },
      message: "The {model}, its weights, system prompts or other internals are {licensor's} {confidentialInformation} or trade secrets.",
      match: {
        all: [[...LICENSOR_CI, "{licensor} trade secret|secrets", "trade secret|secrets ...3 of|belonging|owned ...3 {licensor}"], [INTERNALS]],
        none: ["{licensee} {confidentialInformation}"],
      },
    },
    {
      id: "extraction-banned",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensee} may not extract, reverse engineer, reconstruct or distil the {model}, its weights or its system prompts.",
      match: { all: [EXTRACTION], actor: "licensee", polarity: "negated" },
    },
    {
      id: "extraction-permitted",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} may reverse engineer, extract or distil the {model}, or use {output} to build {licensee's} own models, which exposes {licensor's} trade secrets.",
      expected: "{licensee} will not extract, reverse engineer or distil the {model}, nor use {output} to develop a competing model.",
      match: {
        all: [
          ["{licensee} may|can", "{licensee} is|are ...2 permitted|entitled|free", "{licensee} retains|has ...2 right"],
          [
            ...EXTRACTION,
            "{output} ...6 to|for ...3 train|training|develop|developing|build|building|improve|improving|create|creating ...4 model|models|{model}|intelligence|learning",
          ],
        ],
        none: ["extent ...8 law|permitted|required", "by law", "competing model"],
      },
    },
    {
      id: "confidentiality-term-limited",
      effect: { licensee: "mention", licensor: "risk" },
      message: "Confidentiality obligations end after a fixed period, with no continuing protection for the {model}, its weights or other trade secrets.",
      expected: "Obligations for trade secrets, including the {model}, its weights and system prompts, continue for as long as they remain trade secrets.",
      match: {
        all: [
          ["{confidentialInformation}", "confidentiality", "confidential"],
          [
            "for ...6 years|months ...6 after|following|from ...3 termination|expiration|expiry|disclosure",
            "survive|survives ...6 for ...6 years|months",
          ],
        ],
        none: ["indefinite*", "trade secret", "trade secrets", "long as", "weights", "perpetual*", "{model}"],
        polarity: "any",
        scope: "sentence",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "confidentiality-trade-secrets/le-1",
        title: "{input}, {output} and {customerData} are {licensee's} {confidentialInformation}",
        text:
          "All {input}, {output} and {customerData}, and any prompt, template or instruction created by or for {licensee:object}, are {licensee's} {confidentialInformation}. {licensor} will use them only to provide the {system} to {licensee:object}, will protect them with at least reasonable care and no less care than {licensor} would apply to {licensor's} own most sensitive information, and will not disclose them to any third party other than a subprocessor bound by written obligations at least as protective as this clause.",
        note: "Opening position for any licensee whose prompts or outputs reveal its business: puts its material expressly inside the confidentiality regime.",
      },
      {
        id: "confidentiality-trade-secrets/le-2",
        title: "Competing-model ban limited to foundation models",
        text:
          "{licensee} will not use the {system} or any {output} to train a general-purpose foundation model that is offered to third parties in competition with the {system}. Nothing in this {agreement} restricts {licensee:object} from using {output} for any other purpose, including to build, train or improve {licensee's} own applications, classifiers or domain-specific models.",
        note: "Offer when the draft bans using outputs to build any model: confines the restriction to the provider's real concern, a competing model.",
      },
      {
        id: "confidentiality-trade-secrets/le-3",
        title: "Analysis of {output} is not reverse engineering",
        text:
          "The restrictions on reverse engineering in this {agreement} apply to the {system} and its underlying models only. They do not restrict {licensee:object} from reviewing, analysing, testing, evaluating or benchmarking {output} or the behaviour of the {system} for {licensee's} own internal purposes, including for quality assurance, security, bias and regulatory assessments.",
        note: "Fallback where the provider keeps a broad reverse-engineering clause: preserves the testing the licensee needs for quality and compliance.",
      },
    ],
    licensor: [
      {
        id: "confidentiality-trade-secrets/lr-1",
        title: "The {model}, weights and system prompts are {licensor's} trade secrets",
        text:
          "The {system}, the {model}, its weights, parameters, architecture, system prompts, training methods and non-public {documentation} are {licensor's} {confidentialInformation} and trade secrets. {licensee's} obligations in respect of them continue for as long as they remain trade secrets under applicable law, notwithstanding any shorter period stated elsewhere in this {agreement}.",
        note: "Opening position: names the model internals expressly and keeps their protection alive beyond the ordinary confidentiality period.",
      },
      {
        id: "confidentiality-trade-secrets/lr-2",
        title: "No extraction, distillation or reverse engineering",
        text:
          "{licensee} will not, and will not permit any third party to, (a) reverse engineer, decompile or disassemble the {system}, (b) attempt to extract, reconstruct or infer the {model}, its weights, parameters or system prompts, or (c) use the {system} or any {output} to train, distil or otherwise develop a model that competes with the {system}, except to the extent applicable law expressly permits despite this restriction.",
        note: "Offer in every deal: the extraction and distillation ban is the provider's core protection against replication of its model.",
      },
      {
        id: "confidentiality-trade-secrets/lr-3",
        title: "Security of delivered weights",
        text:
          "Where the {model} or its weights are delivered to {licensee:object}, {licensee} will store them only in encrypted form on systems under {licensee's} control, limit access to named personnel who need it, keep records of that access, and notify {licensor:object} within forty-eight hours after becoming aware of any actual or suspected unauthorised access to or copying of them.",
        note: "Add for on-premises or self-hosted deployments, where the weights leave the provider's control.",
      },
    ],
  },
};
