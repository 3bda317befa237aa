import type { AreaDefinition } from "../../engine/types";

// How the model was trained: whether the data it learned from was lawfully obtained,
// with the rights and consents needed. Defects there (scraped copyright works,
// personal data without a legal basis) flow to everyone who deploys the model.
// Silence is reported as missing, which for a licensee is a gap to close.

/** The data the model was trained on (not the customer's data: that is training-on-customer-data). */
const TRAINING_DATA = [
  "training data|dataset|datasets|corpus|corpora",
  "data|datasets|content|materials|works|information used|utilized|utilised ...3 to|for|in ...3 train|training|pre-train|pretrain|pre-training|pretraining|fine-tune|fine-tuning|develop|developing|build|create",
  "trained ...3 on|using ...4 publicly|public|third-party|licensed|proprietary|web|internet|scraped|datasets|data",
  "data|datasets|content|materials|works on|with which ...4 trained|developed",
  "sources of ...4 data|datasets|training",
  "provenance",
];
const LAWFUL = [
  "lawful|lawfully|legally",
  "obtained|collected|sourced|acquired|used ...6 compliance|accordance|rights|consent|consents|licences|licenses|permission|permissions",
  "all ...3 rights|licences|licenses|consents|permissions|authorisations|authorizations",
  "necessary|required ...3 rights|licences|licenses|consents|permissions",
  "in compliance with",
  "properly licensed",
  "infringe|infringes|infringing|misappropriat*",
];
const WARRANTS = [
  "warrant|warrants|warranty|warranties|represent|represents|representation|representations|undertake|undertakes|guarantee|guarantees|covenant|covenants",
];
const KNOWLEDGE = ["knowledge", "aware", "awareness", "belief", "believes", "reasonable efforts", "commercially reasonable", "reasonable enquiry|inquiry"];
/** The customer's own data used for training is another area's concern. */
const CUSTOMER_DATA = ["{customerData}", "{input}"];
const DISCLAIMS = [
  "no ...3 representation|representations|warranty|warranties|assurance|assurances",
  "not ...4 represent|represents|warrant|warrants|guarantee|guarantees",
  "not provide|make|give any ...2 representation|warranty|warranties|assurance",
  "disclaim|disclaims|disclaimed",
  "makes no",
  "without ...3 warranty|warranties|representation",
];
const OTHERS_MATERIAL = [
  "materials|data|content|works|information of others",
  "of third parties",
  "third-party content|data|material|materials|works",
  "incorporate|incorporates|reflect|reflects|reproduce|reproduces|contain|contains|include|includes ...8 of others",
  "copyrighted ...2 material|materials|works|content",
  "publicly available ...2 data|content|information|sources",
];

export const trainingDataProvenance: AreaDefinition = {
  id: "training-data-provenance",
  title: "Rights in the training data",
  severity: "high",
  why:
    "A model trained on material taken without a licence or consent carries that defect to everyone who deploys it: infringement " +
    "and privacy claims follow the model downstream. The licensee needs a statement that the training data was lawfully obtained; " +
    "the licensor must not promise more than it can know.",
  addressedBy: [
    "training data|dataset|datasets|corpus ...12 lawful*|obtained|collected|sourced|licensed|rights|consents|infring*|provenance|sources",
    "data used to train|pre-train|pretrain",
    "sources of ...4 data|datasets|training",
    "provenance ...6 data|model|models|datasets",
    "trained ...2 on|using ...4 publicly|public|third-party|licensed|proprietary|web|internet|scraped|datasets",
  ],
  rules: [
    {
      id: "training-data-warranty",
      effect: { licensee: "protection", licensor: "risk" },
      message: "An unqualified warranty is given by {licensor:object} that the training data was lawfully obtained and used with all rights and consents.",
      expected: "A warranty limited to {licensor's} knowledge after reasonable enquiry that the training data was lawfully obtained, with notice of material claims.",
      match: { all: [TRAINING_DATA, LAWFUL, WARRANTS], none: [...KNOWLEDGE, ...CUSTOMER_DATA, "disclaim*"], actor: "licensor", scope: "sentence" },
    },
    {
      id: "knowledge-qualified-warranty",
      effect: { licensee: "protection", licensor: "protection" },
      message: "To the best of {licensor's} knowledge, the training data was lawfully obtained, as warranted by {licensor:object}.",
      // "To Provider's knowledge, the data used to train ..." is a representation even where the word "warrants" sits elsewhere.
      match: { all: [TRAINING_DATA, LAWFUL, KNOWLEDGE], none: [...CUSTOMER_DATA, "disclaim*"], actor: "licensor", scope: "sentence" },
    },
    {
      id: "no-third-party-material-warranty",
      effect: { licensee: "protection", licensor: "risk" },
      message: "The {model} or {output} is warranted by {licensor:object} to contain no third-party or protected material, which no vendor can verify.",
      expected: "No warranty that the {model} or {output} contains no third-party material; a knowledge-qualified warranty about how the training data was obtained instead.",
      match: {
        all: [
          [
            "{model}|{system}|{output} ...8 not contain|include|incorporate|reproduce|embody ...6 third-party|third|copyrighted|infringing|personal|protected",
            "{model}|{system}|{output} ...6 contains|includes no ...4 third-party|third|copyrighted|personal|protected",
            "{model}|{system}|{output} ...6 free from|of ...4 third-party|third|copyrighted|infringing",
          ],
          WARRANTS,
        ],
        none: KNOWLEDGE,
        actor: "licensor",
        scope: "sentence",
      },
    },
    {
      id: "training-data-disclaimer",
      effect: { licensee: "risk", licensor: "protection" },
      message: "No assurance is given by {licensor:object} about the data the {model} was trained on, or that {output} does not reflect others' material.",
      expected: "{licensor} will ensure that the data used to train the {model} was collected and used lawfully, with all rights and consents required.",
      match: {
        all: [DISCLAIMS, TRAINING_DATA.concat(OTHERS_MATERIAL), ["{model}", "{output}", "train*", "generat*"]],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "third-party-content-acknowledged",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The {model} is acknowledged to be trained on, or to reproduce, third-party or publicly available material, with no assurance about rights in it.",
      expected: "The rights needed for the material the {model} was trained on are warranted by {licensor:object}.",
      match: {
        all: [
          [
            "trained ...4 on|using ...4 publicly|scraped|internet|web|third-party|third|copyrighted",
            "{model}|{output} ...6 may|might|can ...3 contain|include|reflect|reproduce|incorporate ...6 third-party|third|copyrighted|protected|others",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "no-unlawful-training",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will not train the {model} on data obtained unlawfully or without the rights needed.",
      match: {
        all: [
          ["train|fine-tune|retrain ...4 on|using|with ...3 data|datasets|content|material|materials|works|information"],
          ["obtained|collected|scraped|acquired ...4 breach|violation|infring*|unlawful*", "unlawfully|illegally", "without ...3 consent|consents|licence|license|permission|authorisation|authorization"],
        ],
        none: CUSTOMER_DATA,
        actor: "licensor",
        polarity: "negated",
      },
    },
    {
      id: "training-sources-documented",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The sources of the training data are documented or disclosed.",
      match: {
        all: [
          [
            "sources|categories|origin ...6 data|datasets|training",
            "provenance",
            "datasheet|datasheets",
            "describe|describes|disclose|discloses|document|documents|identify|identifies|summary|summarise|summarize|description|records ...8 training data|datasets",
            "describe|describes|disclose|discloses|document|documents|identify|identifies|summary|description|records ...8 data used to train",
            "summary|description|overview ...6 content|data|datasets ...4 train|training|pre-training|pretraining",
          ],
        ],
        none: CUSTOMER_DATA,
      },
    },
    {
      id: "no-training-data-disclosure",
      effect: { licensee: "risk", licensor: "protection" },
      severity: "medium",
      message: "{licensor} need not disclose what the {model} was trained on.",
      expected: "{licensor} will document the categories and sources of the training data.",
      match: {
        all: [
          [
            "disclose|identify|provide|reveal|describe|document ...8 training data|datasets",
            "disclose|identify|provide|reveal|describe|document ...8 datasets|sources|provenance",
            "disclose|identify|provide|reveal|describe ...8 data used to train",
          ],
        ],
        none: CUSTOMER_DATA,
        polarity: "negated",
      },
    },
    {
      id: "training-data-claims-notice",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will notify {licensee} of claims about the training data.",
      match: {
        all: [["notify|notifies|notice ...12 claim|claims|allegation|allegations|complaint|complaints|proceedings"], TRAINING_DATA],
        none: CUSTOMER_DATA,
        scope: "sentence",
      },
    },
    {
      id: "training-data-indemnity",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will defend and indemnify claims arising from the data used to train the {model}.",
      match: {
        all: [["indemnify|indemnifies|defend|defends", "hold harmless"], TRAINING_DATA],
        none: CUSTOMER_DATA,
        actor: "licensor",
        scope: "sentence",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "training-data-provenance/le-1",
        title: "Warranty that the training data was lawfully obtained",
        text:
          "{licensor} will ensure that all data used to train, fine-tune or evaluate each {model} used to provide the {system} has been collected and used in compliance with applicable law, including laws on intellectual property, privacy and data protection, and with all rights, licences and consents required for that use, and any failure to do so will be a breach of warranty. {licensor} will notify {licensee} promptly of any claim, complaint or regulatory inquiry alleging otherwise.",
        note: "Opening position: an unqualified warranty plus notice of claims, so the licensee hears of a defect before it is sued on it.",
      },
      {
        id: "training-data-provenance/le-2",
        title: "Documented sources and notice of claims",
        text:
          "{licensor} will describe in the {documentation} the categories and sources of the data used to train each {model}, including whether any of it was obtained from public websites, licensed from third parties or generated synthetically, will update that description when a {model} is retrained, and will notify {licensee} within ten business days after becoming aware of any material claim that the training of a {model} infringed the rights of any person.",
        note: "Offer where the provider will not warrant outright: transparency about sources lets the licensee assess the risk itself.",
      },
      {
        id: "training-data-provenance/le-3",
        title: "Knowledge-qualified warranty with a remedy",
        text:
          "To the best of {licensor's} knowledge after reasonable enquiry, the data used to train each {model} was obtained lawfully and with the rights needed for that training, and {licensor} will be bound by this statement as a warranty. If a court or regulator finds that a {model} was trained in breach of this warranty, {licensor} will at {licensor's} cost replace the {model} with one that complies, or, if that cannot be done within a reasonable time, {licensee} may terminate the affected part of this {agreement} and recover the prepaid fees for it.",
        note: "Last resort: accepts the knowledge qualifier but ties it to a concrete remedy.",
      },
    ],
    licensor: [
      {
        id: "training-data-provenance/lr-1",
        title: "Warranty limited to {licensor's} knowledge",
        text:
          "{licensor} will be in breach of warranty only if, to {licensor's} actual knowledge, data was used to train the {model} in breach of applicable law or of the licence under which that data was obtained. No other representation or warranty is given by {licensor:object} about the data used to train the {model} or about the content of any {output}.",
        note: "Opening position: a warranty the provider can stand behind, without promising the unknowable about web-scale data.",
      },
      {
        id: "training-data-provenance/lr-2",
        title: "Notice of material claims only",
        text:
          "{licensor} will notify {licensee} if a written claim is made against {licensor:object}, in litigation or by a regulator, that the training of the {model} infringed the rights of a third party, and that claim is reasonably likely to affect {licensee's} use of the {system}. {licensor} will not otherwise be required to disclose information about the data used to train the {model}, which is {licensor's} {confidentialInformation}.",
        note: "Offer when the customer asks for transparency: gives warning of what matters while keeping dataset details confidential.",
      },
      {
        id: "training-data-provenance/lr-3",
        title: "Process warranty for {licensor's} own data practices",
        text:
          "{licensor} will maintain and follow documented procedures designed to respect applicable copyright opt-outs and data protection requirements when collecting data to train {licensor's} models. No warranty is given by {licensor:object} for third-party models or for datasets licensed from others, except that {licensor} will pass on to {licensee} the benefit of any warranty received from their providers.",
        note: "Fallback where the customer wants more than knowledge: a warranty about process, not about every item of data.",
      },
    ],
  },
};
