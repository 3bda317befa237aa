import type { AreaDefinition } from "../../engine/types";

// The grant itself: who may use the AI system, for what, for how long, and what
// ends it. A licensee needs an enterprise-wide grant that survives growth and can
// only be taken away for an uncured breach; a licensor needs a grant that stays
// internal, personal to the licensee, and revocable for misuse.

const LICENCE = "license|licence|licenses|licences";
const REVOKE = "revoke|revokes|revocation|withdraw|withdraws|terminate|terminates|cancel|cancels";
const REVOKED = "revoked|withdrawn|terminated|cancelled|canceled";
/** Ways a grant is made to end: "the license ... shall automatically terminate", "you must request a license". */
const GRANT_ENDS = [
  `${LICENCE}|rights ...10 terminate|terminates|lapse|lapses|expire|expires|cease|ceases|end|ends|${REVOKED}|void`,
  `terminate|terminates|lapse|lapses ...4 ${LICENCE}`,
  `request|obtain|purchase a|an ...3 ${LICENCE}`,
];
const AT_WILL = [
  "at any time",
  "sole discretion",
  "absolute discretion",
  "for any reason",
  "any or no reason",
  "without cause",
  "for convenience",
  "without notice",
  "at will",
];
const THIRD_PARTY_USERS = "affiliate*|contractor*|subsidiar*|outsourc*|consultant*|advisers|advisors";

export const licenseScope: AreaDefinition = {
  id: "license-scope",
  title: "Rights granted in the AI system",
  severity: "high",
  why:
    "The grant decides who may use the AI system, for what and for how long. A grant that is personal, revocable at will or " +
    "lost above a usage threshold can stop a business mid-term; a perpetual or sublicensable grant with rights to modify " +
    "the model gives away more than the licensor is paid for.",
  addressedBy: [
    `${LICENCE}|right|rights to ...3 access|use|install|run|deploy|operate ...6 {system}|{model}`,
    `grant|grants|granted ...12 ${LICENCE} ...12 {system}|{model}`,
    `${LICENCE} ...3 granted ...4 under|in|by this|section|clause`,
  ],
  rules: [
    {
      id: "personal-grant",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The grant is personal or non-commercial, too narrow for use across {licensee's} business.",
      expected: "{licensee} and {licensee's} affiliates may use the {system} for their business purposes.",
      match: {
        all: [
          [`personal ...4 ${LICENCE}|right|rights|use|access`, `non-commercial|noncommercial ...4 ${LICENCE}|use|purpose|purposes`, `${LICENCE} ...3 is|are personal`],
        ],
        none: ["personal data", "personal information", "personal injury", "personal liability"],
        actor: "licensee",
      },
    },
    {
      id: "revocable-at-will",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may revoke or end the licence at any time or in {licensor's} discretion, without a breach by {licensee}.",
      expected: "{licensor} may terminate the licence only for a material breach by {licensee} that remains uncured thirty days after notice.",
      match: {
        all: [
          [
            `${REVOKE} ...8 ${LICENCE}|right|rights|access`,
            `${LICENCE} ...8 ${REVOKED}`,
            "terminate|terminates|cancel|cancels ...4 {agreement}|subscription|subscriptions",
            "discontinue|discontinues ...2 {system}|access",
          ],
          AT_WILL,
        ],
        actor: "licensor",
      },
    },
    {
      id: "revocable-grant",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The licence is expressly revocable.",
      expected: "The licence is irrevocable during the term except for termination for uncured material breach.",
      match: { all: [[`revocable ...4 ${LICENCE}|right|rights`, `${LICENCE} ...4 is|are|be|remains revocable`]] },
    },
    {
      id: "scale-threshold",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The licence ends, or must be renegotiated, once {licensee's} use passes a user, revenue or usage threshold.",
      expected: "Growth beyond any threshold is priced under the {agreement} and never ends the licence.",
      match: {
        all: [
          ["exceed|exceeds|exceeded|exceeding", "surpass*", "greater than", "more than", "in excess of", "threshold"],
          ["user|users", "revenue*", "turnover", "employees", "seats", "threshold", "active", "devices", "instances"],
          GRANT_ENDS,
        ],
        // The threshold or the claim is usually the condition ("If ... exceeds ..., the license terminates").
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "ends-on-litigation",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The licence ends on any claim by {licensee} against {licensor:object}, so every dispute puts the use of the {system} at stake.",
      expected: "A claim brought in good faith by {licensee} never ends the licence.",
      match: {
        all: [
          ["institute|institutes|commence|commences|initiate|initiates|bring|brings|file|files ...6 litigation|lawsuit|proceeding|proceedings|action|suit|claim", "sue|sues"],
          ["against", "alleging", "patent*", "{licensor}"],
          GRANT_ENDS,
        ],
        none: ["not ...4 terminate|terminates|lapse|lapses|end|ends|affect|revoke"],
        // The threshold or the claim is usually the condition ("If ... exceeds ..., the license terminates").
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "affiliates-excluded",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The affiliates and contractors of {licensee} may not use the {system}.",
      expected: "The affiliates of {licensee}, and the contractors of each, may use the {system} on {licensee's} behalf.",
      match: {
        all: [[`permit|allow|authorise|authorize|extend ...4 ${THIRD_PARTY_USERS}`, `${THIRD_PARTY_USERS} ...4 may|shall|will|are|is ...3 use|access|exercise`]],
        actor: "licensee",
        polarity: "negated",
      },
    },
    {
      id: "affiliates-and-contractors",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee's} affiliates and contractors may use the {system}.",
      match: {
        all: [[`permit|allow|authorise|authorize|extend ...4 ${THIRD_PARTY_USERS}`, `affiliate*|subsidiar* ...3 may|shall|will|can ...3 use|access|exercise`]],
        actor: "licensee",
      },
    },
    {
      id: "business-wide-grant",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The grant covers the business purposes of {licensee} and {licensee's} group.",
      match: {
        all: [
          ["business purposes|operations ...4 of|including ...4 {licensee}|affiliate*|group|member|members", "enterprise-wide", "group-wide", "company-wide"],
          [`grant|grants|granted|${LICENCE}|right|rights`],
        ],
        none: ["internal"],
        actor: "licensee",
        scope: "sentence",
      },
    },
    {
      id: "internal-purposes-grant",
      effect: { licensee: "mention", licensor: "protection" },
      message: "The grant is limited to {licensee's} internal purposes.",
      match: {
        all: [["internal ...3 business|use|purposes|operations"], [`grant|grants|granted|${LICENCE}`, "right|rights to ...2 use|access"]],
        none: ["property of", "owned by", "owns|own all right|rights|title"],
        actor: "licensee",
        scope: "sentence",
      },
    },
    {
      id: "limited-grant",
      effect: { licensee: "mention", licensor: "protection" },
      message: "The grant is non-exclusive and non-transferable.",
      match: {
        all: [[`non-exclusive|nonexclusive|non-transferable|nontransferable|non-sublicensable ...10 ${LICENCE}|right|rights`]],
        none: [`${LICENCE}|right|rights to|in ...3 {output}|{feedback}|{customerData}|{input}|{documentation}`, "property of", "owned by", "owns|own all right|rights|title"],
        actor: "licensee",
      },
    },
    {
      id: "perpetual-grant",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee's} licence is perpetual or irrevocable, so {licensor} cannot end it even for misuse.",
      expected: "The licence lasts for the term and {licensor} may terminate it for uncured breach.",
      match: {
        all: [[`perpetual|irrevocable|non-revocable|nonrevocable ...6 ${LICENCE}|right|rights`, `${LICENCE} ...8 is|are|be perpetual|irrevocable`]],
        none: [`${LICENCE}|right|rights to|in ...3 {output}|{feedback}|{customerData}|{input}|{documentation}`, "property of", "owned by", "owns|own all right|rights|title"],
        actor: "licensee",
      },
    },
    {
      id: "no-revocation",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} may not revoke the licence, with no exception for {licensee's} breach or misuse.",
      expected: "{licensor} may revoke the licence for a material breach by {licensee} that remains uncured thirty days after notice.",
      match: {
        all: [[`revoke|withdraw|terminate|suspend ...6 ${LICENCE}`, `${LICENCE} ...6 ${REVOKED}`]],
        none: ["breach*"],
        actor: "licensor",
        polarity: "negated",
      },
    },
    {
      id: "revocation-for-breach-only",
      effect: { licensee: "protection", licensor: "protection" },
      message: "The licence can be revoked only for breach.",
      match: {
        all: [
          [`${REVOKE} ...8 ${LICENCE}|rights`, `${LICENCE} ...8 ${REVOKED}|revocable`],
          ["only ...6 breach*", "except ...6 breach*", "unless ...8 breach*", "save ...6 breach*", "other than ...6 breach*", "uncured", "fails to cure", "fail to cure"],
        ],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "licensor-termination-limited",
      effect: { licensee: "protection", licensor: "risk" },
      severity: "medium",
      message: "{licensor} may end the {agreement} only for non-payment, so {licensor} cannot withdraw the licence for misuse.",
      expected: "{licensor} may terminate or suspend the licence for uncured material breach and immediately for unlawful or harmful use.",
      match: {
        all: [
          ["{licensor} ...4 terminate|suspend|revoke"],
          ["only|solely ...10 non-payment|nonpayment|unpaid|insolvency", "only|solely ...10 fail|fails|failure to pay"],
        ],
        actor: "licensor",
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "sublicensing",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} may sublicense {licensee's} rights in the {system} without {licensor's} consent.",
      expected: "{licensee} may not sublicense without {licensor's} prior written consent.",
      match: {
        all: [
          [
            "sublicensable",
            "sub-licensable",
            "right to sublicense|sub-license|sublicence|sub-licence",
            "may sublicense|sub-license|sublicence|sub-licence",
            "grant sublicenses|sub-licenses|sublicences|sub-licences",
          ],
        ],
        none: [
          "without ...4 sublicense|sub-license|sublicence|sub-licence",
          "non-sublicensable",
          "consent",
          "only to ...3 affiliate*|contractor*",
          "solely to ...3 affiliate*|contractor*",
        ],
        actor: "licensee",
      },
    },
    {
      id: "no-sublicensing",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensee} may not sublicense, resell or otherwise make the {system} available to others.",
      match: { all: [["sublicense|sub-license|sublicence|sub-licence|resell|rent|lease"]], actor: "licensee", polarity: "negated" },
    },
    {
      id: "modify-or-derive-model",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} may modify, fine-tune, distribute or create derivatives of the {model}.",
      expected: "{licensee} may use the {system} as provided and may not modify, distribute or create derivative models of it.",
      match: {
        all: [
          [
            "modify|adapt|fine-tune|retrain|distill ...6 {model}|{system}",
            "create|make|develop|prepare ...4 derivative|derivatives|{improvement}",
            "distribute|redistribute ...6 {model}|weights",
          ],
        ],
        actor: "licensee",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "license-scope/le-1",
        title: "Enterprise-wide grant for the term, revocable only for uncured breach",
        text:
          "{licensee} and {licensee's} affiliates may access and use the {system} and the {documentation} throughout the world for their business purposes for the term, under a non-exclusive licence granted by {licensor:object}. The contractors and professional advisers of each of them may exercise that licence on their behalf, and {licensee} will remain responsible for their compliance with this {agreement}. {licensor} may suspend or terminate this licence only for a material breach of this {agreement} by {licensee} that remains uncured thirty days after written notice describing it is given to {licensee:object}.",
        note: "Opening position: covers the whole group and its contractors and takes away any right to revoke except for an uncured material breach.",
      },
      {
        id: "license-scope/le-2",
        title: "Growth priced, never a cliff",
        text:
          "No increase in the number of {licensee's} users, in the volume of {licensee's} use of the {system} or in {licensee's} revenue will end, suspend or restrict the licence granted in this {agreement}. If {licensee's} use exceeds a volume stated in the order, the parties will agree additional fees in good faith at rates no higher than those in the order, and until they do {licensee} may continue to use the {system} on the existing terms.",
        note: "Offer where the licensor insists on usage tiers: keeps the tier as a pricing matter rather than a reason for the licence to lapse.",
      },
      {
        id: "license-scope/le-3",
        title: "Notice and transition before any withdrawal",
        text:
          "Where {licensor} may terminate or withdraw the licence other than for {licensee's} uncured material breach, {licensor} will give {licensee:object} at least ninety days' written notice, will continue to provide the {system} during that period, and will refund any fees paid for the period after the licence ends. No claim brought in good faith by {licensee} against {licensor:object} will end the licence.",
        note: "Last resort where a discretionary right to withdraw stays: buys time to migrate and removes the penalty for bringing a claim.",
      },
    ],
    licensor: [
      {
        id: "license-scope/lr-1",
        title: "Internal, non-transferable grant for the term",
        text:
          "Subject to {licensee's} compliance with this {agreement} and payment of the fees, {licensee} may access and use the {system} during the term solely for {licensee's} internal business purposes and in accordance with the {documentation}, under a non-exclusive, non-transferable and non-sublicensable licence granted by {licensor:object}. {licensee} will not modify, adapt, distribute or create derivative works or derivative models of the {system} or any {model}, except as this {agreement} expressly permits. All rights not expressly granted are reserved to {licensor:object}.",
        note: "Opening position: the grant ends with the term, stays inside the licensee's business and gives no rights in the model itself.",
      },
      {
        id: "license-scope/lr-2",
        title: "Affiliates and contractors only with consent and responsibility",
        text:
          "{licensee} may permit {licensee's} affiliates and contractors to use the {system} on {licensee's} behalf only with {licensor's} prior written consent, which {licensor} will not unreasonably withhold, and {licensee} will be responsible for every act and omission of those persons as if they were {licensee's} own. {licensee} may not otherwise sublicense, resell or make the {system} available to any third party.",
        note: "Offer when the customer needs group or outsourced use: allows it under control while keeping one accountable licensee.",
      },
      {
        id: "license-scope/lr-3",
        title: "Termination on breach after notice, immediately for misuse",
        text:
          "{licensor} may terminate the licence granted in this {agreement} by written notice for any material breach by {licensee} that remains uncured thirty days after notice of it, and may suspend or terminate it immediately where the {system} is used unlawfully, in breach of the {aup}, or in a way that threatens the security or integrity of the {system}.",
        note: "Fallback where the customer resists revocation at will: a cure period for ordinary breaches, with an immediate exit for misuse.",
      },
    ],
  },
};
