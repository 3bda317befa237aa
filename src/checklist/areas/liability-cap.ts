import type { AreaDefinition } from "../../engine/types";

const LIABILITY = ["liability", "liabilities", "liable"];

// A cap measured by the fees themselves, with no multiplier in front ("two times the
// fees" and "150% of the Charges" do not match: the word after the cap verb must be an
// article or the fee word itself).
const CAP_AT_FEES = [
  "exceed|exceeding|exceeds|than the|all|any ...2 fees|fee|charges|amounts|amount|sums|price|consideration",
  "exceed|exceeding|exceeds fees|charges|amounts|sums",
  "excess of the|all|any ...2 fees|fee|charges|amounts|amount|sums|price",
  "limited|restricted|capped|up|equal|equivalent|limit to|at the|all|any ...2 fees|fee|charges|amounts|amount|sums|price",
  "exceed|exceeding (in the aggregate|in aggregate|in total|cumulatively) the|all|any ...2 fees|fee|charges|amounts|amount|sums|price",
  // The lesser of a sum and the fees is never more than the fees.
  "(lesser|lower) of ...6 (fees|fee|charges|amounts|amount|sums|price)",
];
// A nominal fixed cap ("shall not exceed $100", "one hundred dollars").
const NOMINAL_CAP = [
  "(exceed|exceeding|than|limited to|capped at) 5|10|20|25|50|100|200|250|500",
  "(exceed|exceeding|than|limited to|capped at) (usd|us|eur|gbp) 5|10|20|25|50|100|200|250|500",
  "(exceed|exceeding|than|limited to|capped at) ...2 (ten|twenty|fifty|one hundred|two hundred|five hundred) (dollars|euros|pounds|us dollars)",
  // "the greater of fifty dollars or the amount you paid": a nominal floor under a fees cap.
  "(greater|higher) of ...3 5|10|20|25|50|100|200|250|500",
  "(greater|higher) of ...3 (ten|twenty|fifty|one hundred|two hundred|five hundred) (dollars|euros|pounds|us dollars)",
];
const FEE_WORDS = ["fees", "fee", "charges", "paid", "payable", "price", "received"];

// What the AI produced and what the licensee did with it.
const OUTPUT_RELIANCE = [
  "{output}",
  "reliance on|upon ...4 {output}|{system}|{model}|results|information|content|recommendation*|advice|analysis",
  "rely|relies|relying|relied on|upon ...4 {output}|{system}|{model}|results|information|content|recommendation*",
  "decision|decisions ...8 {output}|{system}|{model}|results|recommendation*",
  "decision|decisions made|taken ...3 (reliance|based|using|on the basis)",
  "actions taken ...6 {output}|{system}|{model}",
  "(content|information|material|materials|text|results|recommendations) (generated|produced) by ...3 ({system}|{model}|ai)",
];

const NO_LIABILITY = "(liable|liability|liabilities|not be responsible|not responsible|no responsibility|responsibility)";

const LICENSOR_UNCAPPED_HEADS = [
  "{licensor's} ...3 liability|liabilities|obligations ...3 under|pursuant ...2 clause|clauses|section|sections|article|paragraph|schedule",
  "{licensor's} ...3 indemnit*|indemnification|defence|defense",
  "{licensor's} ...3 liability|liabilities ...3 indemnif*|confidential*|data|security|privacy|infring*",
  "{licensor's} ...3 breach ...2 clause|clauses|section|sections|article|articles|confidential*|data|security|privacy",
  "{licensor's} ...2 (liability|liabilities) ...10 (unlimited|uncapped)",
  "liability|liabilities|obligations of ...1 {licensor} ...3 under|for ...2 clause|section|article|indemnif*|confidential*|data",
];
const LICENSEE_UNCAPPED_HEADS = LICENSOR_UNCAPPED_HEADS.map((p) => p.replace(/\{licensor('s)?\}/g, (_m, s: string | undefined) => `{licensee${s ?? ""}}`));

// Words that take a liability out of the cap.
const UNCAPPED = [
  "nothing in ...6 limit|limits|limiting|exclude|excludes|excluding|restrict|restricts ...4 liability|liabilities",
  "not apply to",
  "shall|will|does|do not limit",
  "not be subject to",
  "not subject to",
  "excluded from ...4 limit*|cap|caps",
  "unlimited",
  "uncapped",
  "no limit|limitation on",
];

// The actor check reads "a decision made by Customer" as passive drafting by Customer, so
// exclusions that must belong to the licensor veto the licensee's own exclusions instead.
const LICENSEE_EXCLUSION = [
  "{licensee} (shall|will|is|are|has|have|must) ...2 (not|no) ...3 (liable|liability|responsible|responsibility)",
  "{licensee} ...3 (disclaim|disclaims|waive|waives|exclude|excludes)",
];

const CONSEQUENTIAL = [
  "indirect",
  "consequential",
  "incidental",
  "special damages|loss|losses",
  "punitive",
  "exemplary",
  "lost profits",
  "loss of profit|profits|revenue|revenues|goodwill|business",
];

// How far each party can be made to pay when the AI gets it wrong: the cap, the
// exclusions, and what sits outside them. A licensee needs data, confidentiality and
// indemnity outside a fees-based cap; a licensor needs a cap and no liability for
// decisions the licensee takes on outputs.
export const liabilityCap: AreaDefinition = {
  id: "liability-cap",
  title: "Limitation of liability for AI errors",
  severity: "high",
  why:
    "An AI error can cost far more than the fees paid for the system, so the cap and its carve-outs decide who bears the loss. " +
    "The licensee needs data, confidentiality and indemnity claims outside a fees-based cap; the licensor needs a cap and no liability for decisions taken on outputs.",
  addressedBy: [
    "limitation|limitations|limit|limits of|on liability",
    "liability ...12 exceed|exceeds",
    "aggregate|total|cumulative|maximum liability",
    "consequential damages|loss|losses",
    "in no event ...8 liable|liability",
    "under no circumstances ...8 liable|liability",
  ],
  rules: [
    {
      id: "cap-at-fees",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Liability is capped at the fees paid, which is small beside the loss an AI error can cause.",
      expected:
        "A cap of a multiple of the annual fees with a fixed monetary floor, and a separate higher cap for data, confidentiality and training breaches.",
      match: {
        all: [LIABILITY, CAP_AT_FEES, FEE_WORDS],
        none: [
          "{licensee's} total|aggregate|cumulative|entire|maximum|overall liability",
          "total|aggregate|cumulative|entire|maximum liability of ...1 {licensee}",
          "twenty-four",
          "thirty-six",
          "24|36 months",
        ],
        polarity: "any",
      },
    },
    {
      id: "nominal-cap",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Liability is capped at a nominal fixed sum.",
      expected: "A cap of a multiple of the annual fees with a meaningful fixed monetary floor.",
      match: {
        all: [LIABILITY, NOMINAL_CAP],
        none: [
          // "USD 5,000,000" is read as 5 followed by 000.
          "(5|10|20|25|50|100|200|250|500) (000|thousand|million|billion|m|k)",
          "{licensee's} total|aggregate|cumulative|entire|maximum|overall liability",
          "total|aggregate|cumulative|entire|maximum liability of ...1 {licensee}",
        ],
        polarity: "any",
      },
    },
    {
      id: "cap-covers-data-indemnity",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The fees-based cap expressly extends to other provisions, such as indemnities, confidentiality or data obligations.",
      expected: "Indemnities uncapped, and breaches of data, confidentiality and training restrictions under a separate higher cap.",
      match: {
        all: [
          LIABILITY,
          CAP_AT_FEES,
          [
            "including|includes ...4 under|for ...3 section|sections|clause|clauses|article|articles",
            "including|includes ...6 (indemnif*|indemnit*|confidential*|data protection|data breach|data breaches|privacy)",
            "whether ...8 indemnit*|indemnif*",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "no-liability-for-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} excludes liability for {output} or for decisions taken in reliance on it, so the cost of AI errors stays with {licensee}.",
      expected: "{licensor} remains liable where {output} fails to conform to this {agreement} or the {documentation}.",
      match: {
        // One phrase from the liability word to what the AI produced, so that a list of recoverable losses after
        // "save that" does not count; "not responsible" as a phrase, since "Provider gives no warranty ..., and
        // Customer is solely responsible" excludes nothing.
        all: [OUTPUT_RELIANCE.map((p) => `${NO_LIABILITY} ...15 ${p}`)],
        none: ["exceed", "excess of", ...LICENSEE_EXCLUSION],
        polarity: "negated",
      },
    },
    {
      id: "disclaims-liability-for-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} disclaims liability for {output} or for decisions taken on it.",
      expected: "{licensor} remains liable where {output} fails to conform to this {agreement} or the {documentation}.",
      match: {
        all: [["disclaim* ...6 liability|liabilities|responsibility|responsibilities"], OUTPUT_RELIANCE],
        none: LICENSEE_EXCLUSION,
        polarity: "any",
      },
    },
    {
      id: "licensee-assumes-output-risk",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} assumes all risk and liability for its use of {output}.",
      expected: "Each party bears the loss it causes; {licensor} answers for {output} that does not conform to this {agreement}.",
      match: {
        all: [
          [
            "{licensee} ...4 (assume|assumes|bear|bears|accept|accepts) ...4 (risk|risks|liability|responsibility)",
            // "You are solely responsible for ... and assume any risks associated with your use of ... any output"
            "and (assume|assumes|bear|bears) ...2 (all|any|the) ...2 (risk|risks)",
          ],
          OUTPUT_RELIANCE,
        ],
        none: ["{licensor} ...4 (assume|assumes|bear|bears|accept|accepts)"],
      },
    },
    {
      id: "total-exclusion",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} excludes liability for any damages at all, not only indirect loss.",
      expected: "Only indirect and consequential loss is excluded; direct loss is recoverable up to the cap.",
      match: {
        all: [
          LIABILITY,
          [
            "damages|damage|loss|losses|liability|claims ...3 whatsoever",
            "damages|damage|loss|losses|liability of any kind|nature",
            "damages|damage|loss|losses ...8 this|these {agreement}",
            "damages|damage|loss|losses ...8 (use of|inability to use) ...3 {system}|{output}|{model}",
          ],
        ],
        none: [
          ...CONSEQUENTIAL,
          "exceed*",
          "excess of",
          "death",
          "personal injury",
          "fraud*",
          "force majeure",
          "beyond ...4 control",
          "delay*",
          ...LICENSEE_EXCLUSION,
        ],
        polarity: "negated",
      },
    },
    {
      id: "consequential-excluded",
      effect: { licensee: "mention", licensor: "protection" },
      message: "Indirect and consequential loss is excluded.",
      match: { all: [CONSEQUENTIAL, ["liable", "liability", "responsible"]], none: LICENSEE_EXCLUSION, polarity: "negated" },
    },
    {
      id: "consequential-waived",
      effect: { licensee: "mention", licensor: "protection" },
      message: "Indirect and consequential loss is excluded or waived.",
      match: {
        all: [["exclude|excludes|excluded|excluding|waive|waives|waived|disclaim|disclaims ...6 liability|damages|loss|losses|claims|claim"], CONSEQUENTIAL],
        none: ["nothing in", ...LICENSEE_EXCLUSION],
      },
    },
    {
      id: "losses-deemed-direct",
      effect: { licensee: "protection", licensor: "risk" },
      message: "Certain losses are recoverable as direct loss whatever their nature, which widens {licensor's} exposure.",
      expected: "No category of loss is deemed direct; regulatory fines and third-party costs fall under the exclusion or a defined cap.",
      match: {
        all: [
          [
            "recoverable ...6 direct",
            "deemed|treated|regarded|considered ...4 direct loss|losses|damages",
            "constitute ...3 direct loss|losses|damages",
            "as direct loss|losses|damages",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "licensor-liable-for-consequential",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} is liable for indirect or consequential loss.",
      expected: "Neither party is liable for indirect or consequential loss.",
      match: { all: [["{licensor} ...6 (liable|liability)", "(liability|liable) of ...1 {licensor}"], CONSEQUENTIAL], none: ["exceed", "excess of"] },
    },
    {
      id: "licensor-liability-uncapped",
      effect: { licensee: "protection", licensor: "risk" },
      message: "Part of {licensor's} liability, such as its indemnity or its data and confidentiality obligations, sits outside the cap.",
      expected: "Every liability of {licensor} is subject to a cap, with at most a separate defined cap for indemnities and data breaches.",
      match: { all: [UNCAPPED, LICENSOR_UNCAPPED_HEADS], polarity: "any" },
    },
    {
      id: "licensee-liability-uncapped",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Part of {licensee's} liability, such as its indemnity, sits outside the cap.",
      expected: "The cap applies to {licensee} as it applies to {licensor}, apart from payment of fees.",
      match: { all: [UNCAPPED, LICENSEE_UNCAPPED_HEADS], polarity: "any" },
    },
    {
      id: "mutual-liability-uncapped",
      effect: { licensee: "mention", licensor: "risk" },
      message: "Each party's indemnity or data and confidentiality liability sits outside the cap, exposing {licensor} without limit.",
      expected: "Indemnities and data breaches are subject to a separate, defined cap.",
      match: {
        all: [
          UNCAPPED,
          [
            "each|either|both party|parties ...3 indemnit*|indemnification",
            "each|either|both party|parties ...3 liability|liabilities|obligations ...3 under|pursuant ...2 clause|clauses|section|sections|article",
            "each|either|both party|parties ...3 breach ...2 confidential*|data|security|privacy",
            "a party ...3 (indemnit*|indemnification|breach)",
            "breach of ...3 (confidential*|data protection|security obligations|privacy)",
            "(indemnification|indemnity) obligations",
          ],
        ],
        // A carve-out naming one party is that party's rule.
        none: ["{licensee's} ...3 (indemnit*|indemnification|liability|liabilities|obligations|breach)", "{licensor's} ...3 (indemnit*|indemnification|liability|liabilities|obligations|breach)"],
        polarity: "any",
      },
    },
    {
      id: "separate-higher-cap",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Some liabilities have their own cap, separate from and in addition to the general cap.",
      match: {
        all: [
          [
            "separate from and in addition to",
            "in addition to the ...3 limit|limits|cap|caps|limitation",
            "separate ...3 cap|limit|limitation",
            "(super cap|supercap|super-cap)",
            "separately capped",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "licensor-liable-for-decisions",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} accepts liability for {output} or for decisions {licensee} takes on it.",
      expected: "{licensor} is not liable for decisions {licensee} takes in reliance on {output}.",
      match: {
        all: [["{licensor} shall|will|must|agrees|is|are|remains|remain|accepts ...4 liable|responsible|accountable|liability|responsibility ...8 decision|decisions|{output}|actions"]],
        none: ["exceed", "excess of", "limited to"],
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "liability-cap/le-1",
        title: "Higher cap with a floor; indemnities and data breaches uncapped",
        text:
          "{licensor's} total liability arising out of or in connection with this {agreement} will not exceed the greater of (a) three times the fees paid or payable by {licensee} in the twelve months before the event giving rise to the claim and (b) [amount]. That limit does not apply to {licensor's} obligations to defend and indemnify {licensee:object}, to {licensor's} breach of its confidentiality, security or data protection obligations or of any restriction on its use of {customerData}, {input} or {output}, or to loss caused by {licensor's} gross negligence, wilful misconduct or fraud.",
        note: "Opening position where the system handles sensitive data or drives material decisions: the cap scales with the fees, cannot fall below a fixed sum, and leaves the AI-specific breaches uncapped.",
      },
      {
        id: "liability-cap/le-2",
        title: "Separate higher cap for data, confidentiality and training breaches",
        text:
          "{licensor's} total liability for breach of its obligations concerning {customerData}, confidentiality, security, data protection and the use of {customerData}, {input} or {output} to train or improve any model will not exceed five times the fees paid or payable by {licensee} in the twelve months before the event giving rise to the claim. This limit is separate from and in addition to the general limit in this clause, and neither limit applies to {licensor's} indemnification obligations.",
        note: "Offer when the provider will not lift the general cap: a dedicated, larger cap for the breaches that hurt most in an AI deal, with indemnities outside both.",
      },
      {
        id: "liability-cap/le-3",
        title: "No exclusion for non-conforming {output}",
        text:
          "Nothing in this {agreement} excludes or limits {licensor's} liability for loss caused by the {system} or any {output} failing to conform to this {agreement} or the {documentation}, other than under the limit of liability in this clause. {licensor's} liability under this {agreement} will be no less than [amount] in aggregate, whatever the fees paid.",
        note: "Last resort where the provider keeps a low cap: at least removes any outright exclusion for outputs and sets a monetary floor below which the cap cannot fall.",
      },
    ],
    licensor: [
      {
        id: "liability-cap/lr-1",
        title: "Mutual cap at twelve months' fees, with consequential loss excluded",
        text:
          "Neither party will be liable for any indirect, incidental, special or consequential loss, or for any loss of profits, revenue, goodwill or data, however arising. Each party's total liability arising out of or in connection with this {agreement} will not exceed the fees paid or payable by {licensee} under this {agreement} in the twelve months before the event giving rise to the claim. These limits do not apply to {licensee's} obligation to pay fees or to liability that cannot be limited by law.",
        note: "Opening position: market-standard mutual cap and exclusion, with only the carve-outs the law requires.",
      },
      {
        id: "liability-cap/lr-2",
        title: "No liability for decisions taken on {output}",
        text:
          "{licensee} is responsible for every decision it takes and every action it performs in reliance on {output}. {licensor} will have no liability for any loss arising from such a decision or action, except to the extent the loss results from {licensor's} breach of this {agreement} or from {output} that materially fails to conform to the {documentation}.",
        note: "Offer with any AI system used for decisions: keeps the provider out of the customer's business judgment while answering for its own breach.",
      },
      {
        id: "liability-cap/lr-3",
        title: "Separate, defined cap for indemnities and data breaches",
        text:
          "{licensor's} total liability under its indemnification obligations and for breach of its confidentiality and data protection obligations will not exceed two times the fees paid or payable by {licensee} in the twelve months before the event giving rise to the claim. This limit is separate from the general limit in this clause and is the sole limit on those liabilities.",
        note: "Fallback when the customer insists on carving indemnities and data breaches out of the cap: concede a larger limit, never an unlimited one.",
      },
    ],
  },
};
