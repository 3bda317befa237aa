import type { AreaDefinition } from "../../engine/types";

// What the AI produced, in the draft's words or generically.
const OUTPUT_STRICT = ["{output}", "information|content|material|materials|text|answers|recommendations generated|produced by"];
const OUTPUT = [...OUTPUT_STRICT, "results"];

const QUALITY = [
  "accurate",
  "accuracy",
  "error-free",
  "free from|of error|errors|defects",
  "complete",
  "completeness",
  "reliable",
  "reliability",
  "correct",
  "correctness",
  "truthful",
  "up-to-date",
  "particular result|results|outcome|outcomes",
  "fit for",
  "fitness for",
  "suitable for",
  "suitability",
  "meet ...3 requirements|needs|expectations",
];

const PROMISE = ["warrant|warrants|warranted|warranty|warranties", "represent|represents|representation|representations", "guarantee|guarantees|guaranteed", "assurance|assurances", "promise|promises"];

// "as-is" matches "as is" and "AS-IS"; the phrase is only taken after a verb of supply
// or beside "as available", since "as is" is also ordinary English ("as is necessary").
const AS_IS = [
  "provided|furnished|offered|supplied|delivered|licensed|licenced|available|provides|provide|providing|offers ...4 as-is",
  "as-is and|or as available",
  "as-is basis",
  "as available basis",
  "provided|furnished|offered|supplied ...4 as available",
  "with all faults",
];

// Whether the licensee can rely on what the system produces: "as is" disclaimers,
// warnings that outputs may be wrong, duties to verify, and any performance warranty
// with a remedy behind it.
export const accuracyWarranty: AreaDefinition = {
  id: "accuracy-warranty",
  title: "Accuracy, performance and \"as is\" disclaimers",
  severity: "medium",
  why:
    "Generative systems produce plausible but wrong answers, so the contract decides who carries the cost of an inaccurate output. " +
    "A licensee needs at least a performance warranty with a remedy; a licensor must not promise that probabilistic outputs will be correct.",
  addressedBy: [
    "accuracy|accurate|inaccurate|inaccuracy|inaccuracies ...8 {output}",
    "{output} ...8 accuracy|accurate|inaccurate|inaccuracies|errors|hallucinat*",
    "hallucinat*",
    "merchantability",
    "fitness for a particular purpose",
    "perform ...3 materially|substantially in accordance",
  ],
  rules: [
    {
      id: "as-is",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The {system} or {output} is provided \"as is\", without any commitment that it works or is accurate.",
      expected: "{licensor} warrants that the {system} performs materially in accordance with the {documentation}, with a remedy if it does not.",
      match: {
        all: [AS_IS],
        none: ["nothing in ...12 as-is", "nothing in ...12 as available", "construed ...6 as-is"],
        polarity: "any",
      },
    },
    {
      id: "output-may-be-inaccurate",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{output} may be inaccurate, incomplete or wrong, and nothing says what {licensee} can do about it.",
      expected: "{licensor} corrects material errors in {output} caused by a defect in the {system}, and re-performs at no charge.",
      match: {
        all: [
          [...OUTPUT, "{system}", "{model}"],
          [
            "may|might|can|could|occasionally|sometimes be|contain|include|produce|generate|return|reflect ...4 incorrect|inaccurate|inaccuracies|inaccuracy|erroneous|errors|incomplete|misleading|wrong|false|outdated|out-of-date|unreliable|biased",
            "may|might|can|could be|become out of date",
            "hallucinat*",
            "not always ...3 accurate|correct|complete|reliable",
          ],
        ],
      },
    },
    {
      id: "licensee-must-verify",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must verify {output} itself before using it.",
      expected: "{licensee} reviews {output} as a matter of good practice, while {licensor} remains responsible for the {system} performing as documented.",
      match: {
        all: [
          [
            "responsible|responsibility|liable|accountable for ...6 verify*|verifi*|evaluat*|review*|check*|validat*|assess*|confirm*|test*",
            "should|must|shall|will|agrees|agree|required|needs|need ...3 verify|review|evaluate|check|validate|assess|confirm|independently",
          ],
          OUTPUT_STRICT,
        ],
        none: [
          "not be solely responsible",
          "not solely responsible",
          "not be responsible for verify*|verifi*|evaluat*|review*|check*",
          "not responsible for verify*|verifi*|evaluat*|review*|check*",
          "not required to verify|review|evaluate|check",
        ],
        actor: "licensee",
        polarity: "any",
      },
    },
    {
      id: "no-reliance-on-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} is told not to rely on {output}.",
      expected: "{licensee} may rely on {output} produced by the {system} operating in accordance with the {documentation}.",
      match: { all: [["rely|relying|relied|reliance ...3 on|upon ...4 {output}|{system}|results"]], actor: "licensee", polarity: "negated" },
    },
    {
      id: "no-accuracy-warranty",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} gives no warranty that {output} is accurate, complete or fit for purpose.",
      expected: "{licensor} warrants that the {system} performs materially in accordance with the {documentation} and agreed accuracy metrics.",
      match: { all: [[...OUTPUT, "{system}", "{model}"], QUALITY, PROMISE], polarity: "negated", scope: "sentence" },
    },
    {
      id: "accuracy-disclaimed",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} disclaims any warranty of accuracy, reliability or fitness for purpose.",
      expected: "{licensor} warrants that the {system} performs materially in accordance with the {documentation}.",
      match: {
        all: [["disclaim|disclaims|disclaimed|excludes|excluded ...12 accura*|error-free|reliab*|completeness|correctness"]],
        polarity: "any",
      },
    },
    {
      id: "all-warranties-disclaimed",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} disclaims every warranty, express or implied, leaving no performance commitment at all.",
      expected: "{licensor} warrants that the {system} performs materially in accordance with the {documentation}, with a remedy if it does not.",
      match: {
        all: [
          ["(disclaim|disclaims|disclaimed|makes no|make no|gives no|give no|provides no|without)"],
          ["warranties|warranty|representations ...6 express", "express ...4 warranties", "warranties|warranty|representations of any kind", "any kind", "whatsoever"],
        ],
        none: ["except", "other than", "save as", "all other", "any other", "no other", "otherwise", "further", "additional"],
        polarity: "any",
      },
    },
    {
      id: "ai-excluded-from-warranty",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The performance warranty leaves out the AI functionality or {output}.",
      expected: "The performance warranty covers the AI functionality of the {system}, measured against the {documentation}.",
      match: {
        all: [
          ["warrant*", "warranty", "warranties"],
          [
            "(excluding|excludes|except|except for|exclusive of|other than) ...3 ai|{output}|{model}|generat*|machine|artificial",
            "not apply|extend to ...3 ai|{output}|{model}|generat*|machine|artificial",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "output-accuracy-warranted",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} warrants that {output} will be accurate, complete, reliable or fit for purpose, a promise a probabilistic system cannot keep.",
      expected: "{licensor} warrants only that the {system} was built and tested per documented practices; {output} is probabilistic and must be reviewed.",
      match: {
        all: [["warrant|warrants|guarantee|guarantees|represents|undertakes|ensure|ensures ...12 {output}|results"], QUALITY],
        none: ["knowledge", "does not", "no warranty", "not warrant", "not guarantee"],
        actor: "licensor",
      },
    },
    {
      id: "performance-warranty",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} warrants that the {system} performs in accordance with its documentation or specification.",
      match: {
        all: [
          [
            "warrant|warrants|undertakes|represents|guarantees ...15 perform|performs|operate|operates|conform|conforms|function ...4 materially|substantially|accordance",
            "perform|performs|operate|operates|function|functions materially|substantially in accordance|conformity",
          ],
        ],
        actor: "licensor",
      },
    },
    {
      id: "warranty-remedy",
      effect: { licensee: "protection", licensor: "mention" },
      message: "A failure of the warranty must be corrected, failing which {licensee} may terminate or obtain a refund.",
      match: {
        all: [
          ["correct|remedy|remediate|repair|fix|re-perform ...3 non-conformity|nonconformity|non-conformance|failure|defect|defects|error|errors"],
          ["terminat*", "refund*", "credit*", "re-perform*"],
        ],
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "accuracy-warranty/le-1",
        title: "Performance warranty covering the AI functionality, with agreed metrics",
        text:
          "{licensor} warrants that throughout the term the {system}, including its AI functionality, will perform materially in accordance with the {documentation} and will meet the accuracy and performance metrics agreed in writing by the parties. If the {system} does not, {licensor} will at its own cost correct the failure within thirty days of notice; if it does not, {licensee} may terminate the affected services and {licensor} will refund all prepaid fees for the period after termination.",
        note: "Opening position where the system supports business-critical work: a measurable commitment that reaches the AI itself, backed by a remedy ladder.",
      },
      {
        id: "accuracy-warranty/le-2",
        title: "Documented performance with remediation and exit",
        text:
          "{licensor} warrants that the {system} will perform materially in accordance with the {documentation}. {licensor} will correct any reproducible error in {output} that results from a defect in the {system}, and if {licensor} cannot do so within a reasonable period, {licensee} may terminate this {agreement} on notice and receive a refund of prepaid fees for the remainder of the term.",
        note: "Offer when the provider will not accept accuracy metrics: ties the warranty to the provider's own documentation and keeps a way out.",
      },
      {
        id: "accuracy-warranty/le-3",
        title: "Disclaimer balanced by a process warranty",
        text:
          "{licensee} acknowledges that {output} is generated by probabilistic methods and may contain errors. {licensor} warrants that it has designed, trained and tested the {system} in accordance with good industry practice and its documented procedures, and that it will promptly notify {licensee:object} of any known defect that materially affects the accuracy of {output}.",
        note: "Last resort where the provider insists on disclaiming output accuracy: the customer still gets a process commitment and notice of known defects.",
      },
    ],
    licensor: [
      {
        id: "accuracy-warranty/lr-1",
        title: "Process warranty only; outputs are probabilistic",
        text:
          "{licensor} warrants that it has developed and tested the {system} in accordance with its documented development and testing practices. {licensee} acknowledges that {output} is generated by probabilistic methods, may be inaccurate, incomplete or inappropriate, and must be reviewed by {licensee} before it is relied on. Except as stated in this clause, {licensor} makes no warranty as to the accuracy, completeness or fitness for purpose of any {output}.",
        note: "Opening position: commits to how the system was built, never to what a given output says.",
      },
      {
        id: "accuracy-warranty/lr-2",
        title: "Performance warranty with an exclusive remedy",
        text:
          "{licensor} warrants that the {system} will perform materially in accordance with the {documentation} for ninety days after {licensee} first has access to it. {licensee's} sole remedy for breach of this warranty is for {licensor}, at its option, to correct the non-conformity or to terminate the affected services and refund the fees prepaid for the period after termination. This warranty does not extend to the content of any {output}.",
        note: "Offer when the customer wants a performance commitment: time-limited, measured against the provider's own documentation, with a capped remedy.",
      },
      {
        id: "accuracy-warranty/lr-3",
        title: "Warranty disclaimer for {output}",
        text:
          "{licensor} does not warrant that any {output} will be accurate, complete, current or suitable for any particular purpose, or that the {system} will operate without interruption or error. {licensee} is responsible for evaluating {output} before using it and for the decisions it makes on the basis of {output}.",
        note: "Fallback to keep in any version of the agreement: a clear statement that output accuracy is not warranted.",
      },
    ],
  },
};
