import type { AreaDefinition } from "../../engine/types";

const LAW = ["law|laws|legislation|regulation|regulations|regulatory|statute|statutes|statutory|gdpr|hipaa|ccpa", "legal requirements", "ai act"];
const COMPLY = ["comply|complies|complying|compliance|compliant"];
const CHANGE_IN_LAW = [
  "(change|changes|amendment|amendments) (in|to|of) ...3 law|laws|legislation|regulation|regulations|applicable|ai",
  "new ...3 law|laws|legislation|regulation|regulations",
];
const REGULATORY = "(assessment|assessments|regulator|regulators|regulatory|supervisory|authority|authorities|deployer|deployers|ai act|conformity|technical documentation|instructions for use|2024|high-risk)";
const COOPERATE = "(cooperate|cooperates|co-operate|co-operates|cooperation|co-operation|assist|assists|assistance)";
const PROVIDE = "(provide|provides|make available|makes available|supply|supplies|furnish|furnishes|deliver|delivers)";
// A verb, so that a heading ("Compliance with Laws") is no finding.
const VERB = ["shall", "will", "must", "should", "may", "is", "are", "be", "agrees", "agree", "ensure", "ensures", "ensuring", "acknowledges", "represents", "warrants", "undertakes"];
// A compliance duty split by role is the balanced position, not a red flag.
const ROLE_SPLIT = ["as a deployer", "as deployer", "in its capacity as", "in their capacity as", "nothing ...10 responsible"];

// The EU AI Act, privacy law and anti-discrimination rules attach to roles (provider,
// deployer) rather than to contract parties; the contract decides who carries the
// compliance work, who supplies the documentation, and who pays when the law changes.
export const regulatoryCompliance: AreaDefinition = {
  id: "regulatory-compliance",
  title: "Regulatory compliance: EU AI Act, privacy and bias",
  severity: "medium",
  why:
    "AI law places duties on providers and deployers that a deployer can only meet with the provider's documentation and cooperation. " +
    "A licensee must not carry the compliance of a system it cannot inspect; a licensor must not warrant the lawfulness of uses it does not control.",
  addressedBy: [
    "ai act",
    "artificial intelligence act",
    "2024 1689",
    "deployer|deployers",
    "high-risk ai|system|systems",
    "(conformity|impact) (assessment|assessments)",
    "data protection",
    "gdpr|ccpa|hipaa",
    "non-discrimination",
    "(algorithmic|unlawful) discrimination",
  ],
  rules: [
    {
      id: "licensee-solely-responsible-for-compliance",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} is solely responsible for the legal compliance of its use of the {system}, with no commitment from {licensor}.",
      expected: "{licensor} warrants that the {system} complies with the laws that apply to it as provider, and supplies the documentation and cooperation {licensee} needs as deployer.",
      match: {
        // The licensee is named in the phrase: "use of the Services provided by Provider" is no act of the provider's.
        all: [
          ["{licensee} ...4 (solely|exclusively|fully|entirely) (responsible|liable|accountable)", "(sole|exclusive) (responsibility|liability) of ...1 {licensee}"],
          ["comply|complies|compliance|compliant", "lawful*", "legal|law|laws", "regulat*"],
        ],
        none: [...ROLE_SPLIT, "not be solely", "not solely"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "licensee-bears-compliance",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} carries the compliance of its use of the {system} with applicable law; check that {licensor} commits to anything in return.",
      expected: "Compliance is split by role: {licensor} for the {system} as provider, {licensee} for its own deployment, with documentation and cooperation from {licensor}.",
      match: {
        all: [COMPLY.map((c) => `${c} with ...4 ${LAW[0]}`).concat(["in accordance with ...3 applicable law|laws|legislation|regulations"]), VERB],
        none: [...ROLE_SPLIT, "each party", "either party", "both parties", "the parties"],
        actor: "licensee",
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "licensee-not-solely-responsible",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} is not made solely responsible for the compliance of the {system}.",
      match: {
        all: [["nothing ...10 solely (responsible|liable)", "not be solely (responsible|liable)", "not solely (responsible|liable)"], ["comply|complies|compliance|compliant", "law|laws", "regulat*", "lawful*"]],
        polarity: "any",
      },
    },
    {
      id: "licensor-warrants-compliance",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} commits that the {system} or its own performance complies with applicable law.",
      match: {
        all: [["{licensor} ...4 (warrant|warrants|represent|represents|undertake|undertakes|shall|will|must|ensure|ensures) ...15 (comply|complies|compliance|compliant|conform|conforms|conformity) ...4 law|laws|legislation|regulation|regulations|legal|statutory|act"]],
        none: ["each party", "either party", "both parties", "the parties", "{licensee's} (use|uses|deployment)", "(use|deployment) by ...1 {licensee}"],
        inDefinitions: false,
      },
    },
    {
      id: "mutual-compliance",
      effect: { licensee: "mention", licensor: "mention" },
      message: "Each party undertakes to comply with applicable law.",
      match: { all: [["(each party|either party|both parties|the parties) ...6 (comply|complies|compliance)"], LAW], inDefinitions: false },
    },
    {
      id: "licensor-warrants-use-compliance",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} warrants that {licensee's} own use of the {system} will comply with the law, a use it does not control.",
      expected: "{licensor} warrants only the {system} as provided; {licensee} warrants that its intended purpose and deployment are lawful.",
      match: {
        all: [
          ["{licensor} ...4 (warrant|warrants|represent|represents|guarantee|guarantees|undertake|undertakes)"],
          [
            "{licensee's} (use|uses|deployment|purpose|purposes)",
            "(use|deployment) of ...4 by ...1 {licensee}",
            "{licensee's} (intended|proposed|permitted) (use|uses|purpose|purposes)",
          ],
          ["comply|complies|compliant|compliance|lawful"],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "change-in-law-at-licensor-cost",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} must change the {system} to keep it compliant whenever the law changes, with no limit on the work or its cost.",
      expected: "Changes required by a change in law are agreed through change control at {licensee's} cost, or either party may terminate the affected services.",
      match: {
        all: [
          // A duty, not a right ("may"); the modal is a group of its own so that it can sit in a list's lead-in.
          ["shall", "will", "must", "undertakes", "agrees", "required", "obliged"],
          [
            "(implement|make|adapt|modify|update|upgrade) ...6 (change|changes|modification|modifications|update|updates|adaptation|adaptations)",
            "(re-certify|recertify|re-certification|recertification)",
          ],
          ["comply|complies|compliance|compliant|conform|conformity"],
          CHANGE_IN_LAW,
        ],
        none: ["at {licensee's} (cost|expense)", "at the (cost|expense) of ...1 {licensee}", "{licensee} (shall|will) (pay|bear|reimburse)"],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "change-in-law-right",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} may change, suspend or terminate the {system} to respond to a change in law.",
      match: {
        all: [["{licensor} ...4 (may|entitled|reserves|right) ...6 (modify|change|update|suspend|terminate|discontinue|amend|adjust)"], CHANGE_IN_LAW],
        inDefinitions: false,
      },
    },
    {
      id: "licensor-regulatory-cooperation",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} supplies documentation or cooperates with {licensee's} regulatory and impact assessments.",
      match: {
        // One phrase from the licensor to the regulatory subject, so that it can start in a list's lead-in.
        all: [
          [
            `{licensor} ...8 ${COOPERATE} ...10 ${REGULATORY}`,
            "(information|documentation) ...12 (impact assessment|impact assessments|conformity assessment|conformity assessments|deployer|deployers|ai act|high-risk)",
            // "... and shall assist the Customer with any impact assessment": a duty whose subject is far back.
            `(shall|will|must) ${COOPERATE} ...10 ${REGULATORY}`,
          ],
        ],
        none: ["{licensee} ...2 (shall|will|must) ...2 (cooperate|co-operate|assist|provide|supply|furnish|make available)"],
        inDefinitions: false,
      },
    },
    {
      id: "licensor-supplies-documentation",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} supplies the technical documentation or instructions for use that AI regulation requires.",
      match: {
        all: [[PROVIDE], ["(technical documentation|instructions for use)"]],
        none: ["{licensee} ...2 (shall|will|must) ...2 (provide|supply|furnish|make available|deliver)"],
        inDefinitions: false,
      },
    },
    {
      id: "cooperation-at-licensee-cost",
      effect: { licensee: "mention", licensor: "protection" },
      message: "Regulatory cooperation from {licensor} is at {licensee's} cost.",
      match: {
        all: [
          ["cooperat*", "co-operat*", "assist*", "support"],
          ["at {licensee's} (cost|expense)", "at the (cost|expense) of ...1 {licensee}", "(professional services|time and materials) (rates|fees)", "{licensee} (shall|will) (pay|reimburse)"],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "data-protection-terms",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Data protection terms apply to personal data processed through the {system}.",
      match: {
        all: [
          [
            "data (processing|protection) (addendum|agreement|terms|schedule)",
            "{licensor's} ...3 obligations under ...3 data protection",
            "{licensor} ...6 (comply|complies|process|processes) ...8 data protection (law|laws|legislation|requirements)",
            "dpa",
            "business associate agreement",
            "standard contractual clauses",
            "(acts|act|acting) as ...3 (processor|sub-processor|subprocessor)",
            "gdpr",
          ],
        ],
        none: ["not apply", "no obligation", "no obligations", "not be subject"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "licensor-bias-testing",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} tests or evaluates the {system} for bias and discriminatory outcomes.",
      match: {
        all: [
          [
            "{licensor} ...8 (test|tests|evaluate|evaluates|assess|assesses|audit|audits|monitor|monitors|mitigate|mitigates) ...8 (bias|biases|biased|discriminatory|discrimination|fairness)",
            "{licensor's} ...2 (bias|fairness|discrimination) ...4 (evaluation|evaluations|testing|tests|assessment|assessments|audit|audits|results)",
            "(bias|fairness) (testing|evaluation|evaluations|audit|audits|assessment|assessments) ...8 by ...1 {licensor}",
          ],
        ],
        inDefinitions: false,
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "regulatory-compliance/le-1",
        title: "Provider compliance warranty, documentation and cooperation at {licensor's} cost",
        text:
          "{licensor} warrants that the {system} complies, and will throughout the term comply, with all laws that apply to {licensor} as its provider, including Regulation (EU) 2024/1689 where it applies. {licensor} will, at its own cost, (a) provide {licensee:object} with the technical documentation, instructions for use and other information {licensee} reasonably needs to meet its obligations as deployer, (b) cooperate with any impact, risk or conformity assessment carried out by or for {licensee} or requested by a regulator, and (c) notify {licensee:object} promptly if the {system} is, or is likely to become, classified as high-risk.",
        note: "Opening position for any system used in the EU or in a regulated sector: the provider carries its own compliance and equips the customer to carry its own.",
      },
      {
        id: "regulatory-compliance/le-2",
        title: "Data processing terms for {input} and {customerData}",
        text:
          "To the extent {input}, {output} or {customerData} contain personal data, {licensor} processes it as {licensee's} processor under the data processing terms attached to this {agreement}, which prevail over any conflicting provision. {licensor} will test the {system} for bias and discriminatory outcomes before each material change and will share the results with {licensee:object} on request.",
        note: "Offer wherever personal data may reach the system: brings inputs and outputs within the data processing terms and adds bias testing.",
      },
      {
        id: "regulatory-compliance/le-3",
        title: "Compliance split by role",
        text:
          "{licensor} is responsible for the compliance of the {system} as supplied with the laws applicable to it as provider, and {licensee} is responsible for the compliance of its own deployment of the {system}. Nothing in this {agreement} makes {licensee} solely responsible for the compliance of the {system}, and {licensor} will provide reasonable cooperation with {licensee's} compliance obligations.",
        note: "Last resort where the provider will not give a warranty: at least removes sole responsibility and secures cooperation.",
      },
    ],
    licensor: [
      {
        id: "regulatory-compliance/lr-1",
        title: "{licensee} warrants its intended purpose and deployment",
        text:
          "{licensee} warrants that it will use the {system} only for the intended purposes described in the {documentation}, and that its deployment of the {system}, including any use of {output} in decisions about individuals, will comply with all laws that apply to {licensee} as deployer. {licensor's} compliance commitments relate only to the {system} as supplied by {licensor} and not to any particular use case of {licensee}.",
        note: "Opening position: each party answers for what it controls, and the provider does not warrant the customer's use case.",
      },
      {
        id: "regulatory-compliance/lr-2",
        title: "Cooperation at {licensee's} cost",
        text:
          "{licensor} will provide reasonable cooperation and information to assist {licensee} with any impact, risk or conformity assessment relating to its deployment of the {system}, at {licensee's} cost at {licensor's} then-current professional services rates, and subject to {licensor's} obligations of confidentiality to third parties.",
        note: "Offer when the customer asks for regulatory cooperation: grant it, but priced and bounded.",
      },
      {
        id: "regulatory-compliance/lr-3",
        title: "Change-in-law clause",
        text:
          "If a change in applicable law after the date of this {agreement} requires a material change to the {system} or to the way it is provided, {licensor} may make that change on notice to {licensee:object}. Where the change would materially increase {licensor's} cost of providing the {system}, the parties will negotiate an adjustment to the fees in good faith, and if they do not agree within sixty days either party may terminate the affected services on thirty days' notice.",
        note: "Fallback when the customer wants the system kept compliant: the provider adapts, but does not absorb open-ended cost.",
      },
    ],
  },
};
