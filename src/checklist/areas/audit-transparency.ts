import type { AreaDefinition } from "../../engine/types";

/** Auditing or inspecting, as a verb or a noun. */
const AUDIT = "audit|audits|audited|auditing|inspect|inspects|inspected|inspecting|inspection|inspections";
/** What an audit of the licensor looks at. */
const AUDIT_OBJECT = "{licensor}|records|books|premises|facilities|systems|compliance|operations|controls|security|processing|personnel";
/** Events the licensor should report. */
const INCIDENT = [
  "incident|incidents",
  "security|data ...2 breach|breaches",
  "breach ...2 security",
  "unauthorised|unauthorized",
  "malfunction*",
  "vulnerabilit*",
  "defect|defects",
  "safety|bias ...2 issue|issues|risk|risks|concern|concerns|event|events",
  "compromise|compromised",
];
/** Third-party attestations of the licensor's controls. */
const ATTESTATION = [
  "soc 1|2|3",
  "soc1|soc2|soc3",
  "iso ...2 27001|27701|42001",
  "audit ...2 report|reports",
  "attestation|attestations",
  "penetration ...2 test|tests|testing",
  "independent|third-party ...3 audit|audits|assessment|assessments|certification|certifications",
];
/** Limits that make an on-site audit acceptable to a licensor. */
const AUDIT_LIMITS = [
  "once ...3 year|years|period|twelve|12|annually|calendar",
  "once annually",
  "business hours",
  "{licensee} ...4 cost|expense",
  "{licensee's} ...3 cost|expense",
  "thirty|30|sixty|60 ...3 days ...4 notice",
  "only if", "only where", "only to the extent",
];

// What the licensee can see of the system: documentation of limits, reports on
// accuracy and bias, logs, incident notices and an audit right. The licensor wants
// attestations rather than auditors on its premises, and its model internals kept out
// of reach.
export const auditTransparency: AreaDefinition = {
  id: "audit-transparency",
  title: "Audit, documentation, transparency and incidents",
  severity: "low",
  why:
    "A licensee answers to customers and regulators for a system it cannot see inside: it needs documentation of limits, reports on accuracy and bias, logs and prompt notice of incidents. " +
    "A licensor needs those rights bounded, with attestations in place of open-ended audits of its premises and model internals.",
  addressedBy: [
    "audit|audits|audited|auditing",
    "audit ...2 rights|right",
    "soc 1|2|3",
    "soc2",
    "iso ...2 27001|42001",
    "attestation|attestations",
    "security|data ...2 incident|incidents|breach|breaches",
    "transparency ...2 report|reports|obligations|information",
    "logs ...8 available|export|exported|retained|kept|maintained",
  ],
  rules: [
    {
      id: "incident-notice",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} must notify {licensee:object} of security incidents, malfunctions or safety issues.",
      match: {
        all: [
          [
            "notify|notifies|inform|informs|alert|alerts",
            "notice|notification ...4 of ...4 incident|incidents|breach|breaches|unauthorised|unauthorized|malfunction*|vulnerabilit*|defect|defects",
            "{licensee} will|shall|must|would ...2 notified|informed|alerted",
          ],
          INCIDENT,
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "attestation-reports",
      effect: { licensee: "protection", licensor: "protection" },
      message: "{licensor} will provide independent audit reports or certifications (such as SOC 2 or ISO 27001).",
      match: {
        // polarity any: "not more than once a year, Provider will provide its SOC 2 report" reads as negated.
        all: [["provide|provides|deliver|delivers|furnish|furnishes|share|shares|supply|supplies|maintain|maintains|obtain|obtains", "make|makes ...4 available"], ATTESTATION],
        none: ["not ...3 provide|deliver|furnish|share|supply|obliged|obligated|required", "no obligation"],
        actor: "licensor",
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "performance-bias-reports",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will report on or test the {system's} accuracy, performance or bias.",
      match: {
        // The first group is the verb, so the actor is the party that delivers, tests or reports.
        all: [
          ["deliver|delivers|provide|provides|publish|publishes|share|shares|furnish|furnishes|make|makes|include|includes|report|reports|test|tests|evaluate|evaluates|assess|assesses|audit|audits|monitor|monitors"],
          [
            "report|reports|reporting ...8 accuracy|bias|fairness|performance|errors|hallucination*|drift",
            "results ...6 bias|fairness|accuracy|evaluation|evaluations|testing|benchmark*",
            "test|tests|evaluate|evaluates|assess|assesses|audit|audits|monitor|monitors ...6 bias|fairness|discriminat*|accuracy",
            "accuracy|bias|fairness ...6 report|reports|results|metrics|evaluation|evaluations",
          ],
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "documentation-transparency",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The {documentation} or model card describes the {system's} intended uses, limitations, evaluations or training data.",
      match: {
        all: [
          ["{documentation}", "model|system ...2 card|cards", "technical documentation", "instructions for use", "transparency ...2 report|reports|information|notice"],
          ["describe|describes|describing|include|includes|including|state|states|disclose|discloses|identify|identifies|explain|explains|document|documents|specify|specifies|contain|contains", "set|sets out"],
          [
            "intended ...2 use|uses|purpose|purposes",
            "limitation|limitations",
            "capabilities",
            "evaluation|evaluations",
            "benchmark*",
            "known risks",
            "training data",
            "data used to train",
            "sources of data",
          ],
        ],
      },
    },
    {
      id: "logs-retained",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will keep logs or records of the {system's} operation.",
      match: {
        all: [["keep|keeps|maintain|maintains|record|records ...6 log|logs|logging|trail|trails"]],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "logs-accessible",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} can view or obtain logs of the {system's} use.",
      match: {
        all: [
          [
            "view|export|download|retrieve|inspect|review ...6 log|logs|trail|trails",
            "access to ...4 log|logs|trail|trails",
            "log|logs|trail|trails ...10 available to ...3 {licensee}",
            "make|makes|made ...4 log|logs ...6 available",
            "provide|provides|deliver|delivers ...4 {licensee} ...4 log|logs",
          ],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "audit-right",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} may audit or inspect {licensor's} compliance.",
      match: {
        // polarity any: "not more than once a year, Customer may audit" reads as negated; outright bans are vetoed.
        all: [[`${AUDIT} ...6 ${AUDIT_OBJECT}`, "right ...2 to audit|inspect", "audit ...2 right|rights"]],
        none: ["no right ...4 audit|inspect", "not ...4 entitled|permitted|allowed|right ...4 audit|inspect", "shall|will|may|must not ...2 audit|inspect", "not subject ...3 audit|audits|inspection|inspections"],
        actor: "licensee",
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "audit-excluded",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} may not audit or inspect {licensor:object}.",
      expected: "{licensee} may audit {licensor's} compliance on reasonable notice, or rely on current independent audit reports.",
      match: {
        all: [[AUDIT, "audit ...2 right|rights"]],
        none: [...AUDIT_LIMITS, "more than once", "{licensor} shall|will|may not", "except", "unless", "other than"],
        actor: "licensee",
        polarity: "negated",
        inDefinitions: false,
      },
    },
    {
      id: "on-site-audit",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} may audit {licensor:object} on site, without limits on frequency, timing or cost.",
      expected: "Audit by independent reports first; any on-site audit at most once a year, on thirty days' notice, during business hours and at {licensee's} cost.",
      match: {
        all: [["on-site|onsite ...4 audit*|inspect*|visit*|access", `${AUDIT} ...8 premises|facilities|personnel|centre|centres|center|centers`]],
        none: AUDIT_LIMITS,
        actor: "licensee",
        inDefinitions: false,
      },
    },
    {
      id: "unlimited-audit",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee's} audit right has no limit on frequency or timing.",
      expected: "At most one audit in any twelve-month period, on thirty days' notice, unless a regulator requires more.",
      match: {
        all: [[AUDIT], ["at any time", "any time", "without limit", "without limitation as to", "unlimited", "as often as", "without ...2 notice", "limit as to frequency"]],
        none: AUDIT_LIMITS,
        actor: "licensee",
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "internals-access",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} may inspect {licensor's} source code, model weights or training data.",
      expected: "{licensee} will receive {documentation} and independent reports; the {model}, its weights, source code and training data stay {licensor's} {confidentialInformation}.",
      match: {
        all: [
          [
            `${AUDIT}|examine|review ...10 code|weights|parameters|internals|algorithm|algorithms|prompts`,
            `${AUDIT}|examine|review ...10 training data`,
            "access to ...4 code|weights|internals|algorithm|algorithms",
            "access to ...4 training data",
          ],
        ],
        actor: "licensee",
        inDefinitions: false,
      },
    },
    {
      id: "transparency-excluded",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} need not provide logs, reports, documentation or information about how the {system} works.",
      expected: "{licensor} will provide {documentation}, periodic reports on accuracy and bias, and logs of {licensee's} use.",
      match: {
        all: [
          ["disclose|provide|share|reveal|explain|furnish|deliver", "make ...4 available"],
          ["log|logs", "report|reports", "{documentation}", "training data", "test results", "explanation|explanations", "information about ...4 {model}|{system}|training"],
        ],
        none: ["once", "more than", "third party|parties", "{licensee} shall|will|may|must"],
        actor: "licensor",
        polarity: "negated",
        inDefinitions: false,
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "audit-transparency/le-1",
        title: "Documentation, reports, logs, incident notice and audit",
        text:
          "{licensor} will (a) maintain {documentation} that describes the intended uses, known limitations, evaluation results and categories of training data of the {system}; (b) deliver to {licensee:object} each quarter a written report on the accuracy, bias testing results and incidents of the {system}; (c) retain logs of {licensee's} use of the {system}, including the model version used, for at least twelve months and make them available to {licensee:object} on request and on exit; (d) notify {licensee:object} without undue delay, and in any event within forty-eight hours, after becoming aware of any security incident affecting {customerData} or any malfunction of the {system} that could affect {output}; and (e) permit {licensee:object}, {licensee's} auditors and any regulator with jurisdiction over {licensee:object} to audit {licensor's} compliance with this {agreement} on reasonable notice.",
        note: "Opening position for regulated licensees, which must be able to show a regulator how the system behaves and what went wrong.",
      },
      {
        id: "audit-transparency/le-2",
        title: "Independent reports, with an audit right where they fall short",
        text:
          "{licensor} will provide {licensee:object} on request, not more than once a year, with {licensor's} most recent independent audit report (such as a SOC 2 Type II report) and a summary of {licensor's} most recent accuracy and bias evaluations of the {system}. If those documents do not reasonably answer {licensee's} questions, or after a security incident affecting {customerData}, {licensee} may audit {licensor's} relevant controls on thirty days' notice.",
        note: "Offer when the provider refuses open audits: reports come first, and the audit right survives for the cases that matter.",
      },
      {
        id: "audit-transparency/le-3",
        title: "Incident notice and model documentation",
        text:
          "{licensor} will notify {licensee:object} within seventy-two hours after becoming aware of any unauthorised access to {customerData} or any defect, vulnerability or bias issue in the {system} that is reasonably likely to affect {licensee:object}, and will describe in the {documentation} the intended uses and known limitations of the {system} and keep that description current.",
        note: "Minimum position: the licensee must at least learn of incidents and know the limits it is deploying within.",
      },
    ],
    licensor: [
      {
        id: "audit-transparency/lr-1",
        title: "Third-party attestation in place of audit",
        text:
          "{licensor} will maintain an annual SOC 2 Type II report or ISO/IEC 27001 certification covering the {system} and will provide a copy to {licensee:object} on written request, not more than once in any twelve-month period. That report will be {licensor's} {confidentialInformation} and will satisfy any right {licensee} may have under this {agreement} to audit or inspect {licensor:object}, except where a regulator with jurisdiction over {licensee:object} requires a direct audit.",
        note: "Opening position: independent attestations answer the customer's assurance needs without auditors on the provider's premises.",
      },
      {
        id: "audit-transparency/lr-2",
        title: "Limited audit: once a year, on notice, at {licensee's} cost",
        text:
          "{licensee} may, at {licensee's} own cost and not more than once in any twelve-month period, on at least thirty days' written notice, audit {licensor's} compliance with this {agreement} through an independent auditor bound by confidentiality obligations, during normal business hours and without unreasonable disruption to {licensor's} operations. No audit extends to the {model}, its weights, source code, system prompts or training data, or to information of {licensor's} other customers.",
        note: "Offer when the customer insists on an audit right: bounds frequency, timing and cost and keeps the model internals out of scope.",
      },
      {
        id: "audit-transparency/lr-3",
        title: "Documentation and incident notice only",
        text:
          "{licensor} will make the {documentation} available to {licensee:object}, including a description of the intended uses and known limitations of the {system}, and will notify {licensee:object} without undue delay after confirming a security incident that affects {customerData}. {licensor} will have no other obligation to disclose information about the {model}, its training or its internal operation.",
        note: "Fallback for low-risk deployments: gives the customer what it needs to use the system responsibly and nothing that exposes internals.",
      },
    ],
  },
};
