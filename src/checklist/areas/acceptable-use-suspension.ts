import type { AreaDefinition } from "../../engine/types";

/** The acceptable-use policy or a list of prohibited uses. */
const AUP = [
  "{aup}",
  "acceptable use",
  "prohibited ...2 use|uses",
  "use ...2 restrictions",
  "usage|use ...2 policies|rules|guidelines",
  "content ...2 policy|policies",
  "community guidelines",
];
/** Changing a policy. */
const CHANGE = "update|updates|updated|modify|modifies|modified|amend|amends|amended|change|changes|changed|revise|revises|revised|supplement|supplements|replace|replaces";
/** Changes at the licensor's will. */
const AT_WILL = [
  "from time to time",
  "at any time",
  "discretion",
  "without ...3 notice",
  "when|once|upon|on ...2 posted|posting|publication|published",
  "effective ...3 posted|posting|publication",
];
/** Suspending or cutting off access, by either party. */
const SUSPEND = [
  "suspend|suspends|suspended|suspension",
  "deactivate|deactivates|deactivated",
  "disable|disables|block|blocks|terminate|terminates|restrict|restricts|limit|limits ...4 access|account|accounts",
];
/**
 * The licensor suspending access. The licensor is named in the pattern rather than
 * checked as the actor: in "Provider may suspend access to the Platform by Customer"
 * the engine reads "by Customer" as a passive agent.
 */
const LICENSOR_SUSPENDS = [
  "{licensor} ...10 suspend|suspends|deactivate|deactivates",
  "{licensor} ...10 disable|disables|block|blocks|terminate|terminates|restrict|restricts|limit|limits ...4 access|account|accounts",
  "access|account|accounts|{system} ...6 suspended|deactivated|disabled|blocked",
];
/** Acting on the system from afar. */
const REMOTE = [
  "remote|remotely ...6 disable|disables|deactivate|deactivates|restrict|restricts|shut|lock|locks|terminate|suspend|throttle|limit|limits|stop",
  "disable|disables|deactivate|deactivates|restrict|restricts|shut|lock|locks|terminate|suspend|throttle|stop ...8 remote|remotely",
  "kill-switch",
  "licen* ...2 key|keys ...8 disable|disables|deactivate|deactivates|expire|expires|stop|stops",
];
/** Uses that an acceptable-use policy forbids. */
const PROHIBITED =
  "unlawful|illegal|harmful|abusive|fraudulent|deceptive|misleading|defamatory|obscene|malicious|infringe|infringes|infringing|misappropriate|violate|violates|violation|weapon|weapons|surveillance|spam|malware|harass|harassment|discriminate|discriminatory|decision-making|impersonate|manipulate|terrorism|terrorist";

// What the licensee may not do with the system and what the licensor may do about it:
// the acceptable-use policy (fixed, or changeable at will), suspension (after notice,
// or at once), and any remote means to restrict or disable the system.
export const acceptableUseSuspension: AreaDefinition = {
  id: "acceptable-use-suspension",
  title: "Acceptable use, suspension and remote restriction",
  severity: "medium",
  why:
    "An acceptable-use policy the licensor can rewrite at will, and a right to suspend without notice, let the licensor switch off a system the licensee's business depends on. " +
    "The licensor, for its part, answers for harmful use of its system and needs clear limits and a way to stop abuse quickly.",
  addressedBy: [
    "{aup}",
    "acceptable use",
    "usage|use ...2 policies",
    "prohibited ...2 use|uses",
    "suspend|suspends|suspension ...6 access|account|{system}|services|use|licence|license",
    "use ...2 restrictions",
    "kill-switch",
  ],
  rules: [
    {
      id: "aup-changeable",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may change the {aup} at will, and the changes bind {licensee:object}.",
      expected: "The {aup} is fixed at the version attached to the {agreement}, or changes only on thirty days' notice and never to restrict {licensee's} agreed use.",
      match: {
        // The change verb comes first so that the actor is the party that changes the policy.
        all: [[CHANGE], AUP, AT_WILL],
        actor: "licensor",
      },
    },
    {
      id: "aup-by-reference",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The {aup} is incorporated from a website or as \"then-current\", so it can change without {licensee's} agreement.",
      expected: "The {aup} is attached to the {agreement} at a fixed version; later changes need {licensee's} written agreement or thirty days' notice.",
      match: {
        all: [
          [
            "{aup} ...3 http*|www|website|site|url|link",
            "then-current ...3 {aup}",
            "{aup} ...3 as ...2 updated|amended|modified|revised",
          ],
        ],
        none: ["version", "attached", "exhibit|schedule|appendix|annex", "dated", "in effect on|at", "effective date"],
        polarity: "any",
      },
    },
    {
      id: "licensor-policies-apply",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must follow whatever policies or guidelines {licensor} may publish, which {licensor} can change alone.",
      expected: "{licensee} need comply only with the policies attached to the {agreement}; new policies bind {licensee:object} only after notice and with {licensee's} agreement.",
      match: {
        all: [
          ["comply|complies|abide|abides|adhere|adheres|follow|follows|conform|conforms", "subject to"],
          [
            "guidelines|policies|rules|requirements ...4 published|posted|issued|notified|established|adopted|provided ...2 by {licensor}",
            "{licensor} ...2 policies|guidelines|rules",
          ],
        ],
        // No actor check: "comply with the policies published by Provider" reads "by Provider" as a passive agent.
        none: ["attached", "exhibit|schedule|appendix|annex", "version", "privacy", "{licensor} shall|will|must|agrees ...4 comply|adhere|follow|abide"],
        polarity: "any",
      },
    },
    {
      id: "suspension-without-notice",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may suspend {licensee's} access immediately or without notice.",
      expected: "{licensor} may suspend only the affected use, after written notice and a chance to cure, except where needed to prevent imminent harm.",
      match: {
        all: [LICENSOR_SUSPENDS, ["without ...3 notice", "immediately", "at any time", "sole discretion", "for any reason", "without warning"]],
        none: ["imminent", "emergency"],
      },
    },
    {
      id: "suspension-on-notice",
      effect: { licensee: "protection", licensor: "protection" },
      message: "Suspension follows notice, a chance to cure or an investigation.",
      match: {
        all: [
          SUSPEND,
          [
            "prior ...2 notice",
            "written notice",
            "notice ...6 describing|specifying|identifying|stating",
            "after ...3 notice",
            "opportunity to cure|remedy",
            "cure ...2 period",
            "fails ...2 cure|remedy",
            "pending ...2 investigation",
          ],
        ],
        none: ["without ...3 notice"],
      },
    },
    {
      id: "suspension-right",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} may suspend access to the {system}.",
      match: {
        all: [
          [
            "{licensor} ...10 suspend|suspends|deactivate|deactivates ...6 access|account|accounts|{system}|services|use|performance|licence|license",
            "access|account|accounts|{system} ...6 suspended|deactivated",
          ],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "remote-disable",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} can disable or restrict the {system} remotely.",
      expected: "The {system} contains no mechanism by which {licensor} can disable or restrict it remotely.",
      match: { all: [REMOTE], inDefinitions: false },
    },
    {
      id: "no-remote-disable",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The {system} contains no means for {licensor:object} to disable or restrict it remotely.",
      match: { all: [[...REMOTE, "disabling ...2 code|device|devices|mechanism|mechanisms|feature|features"]], polarity: "negated" },
    },
    {
      id: "aup-fixed",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The {aup} or list of prohibited uses can change only by agreement or is fixed at a version.",
      match: {
        all: [
          AUP,
          [
            "only by|through|with ...4 written|mutual|signed|agreement|amendment|consent",
            "signed by ...2 both|each",
            "not ...4 unilaterally",
            "version ...3 dated|attached|effect",
            "attached ...3 exhibit|schedule|appendix|annex|hereto",
          ],
        ],
        // "No amendment is effective unless signed by both parties, except for changes to the Acceptable Use Policy" carves the policy out.
        none: [
          "except|excluding ...6 change|changes|update|updates|amendment|amendments|modification|modifications ...8 {aup}",
          "other than ...6 change|changes|update|updates|amendment|amendments|modification|modifications ...8 {aup}",
        ],
        polarity: "any",
      },
    },
    {
      id: "aup-change-notice",
      effect: { licensee: "protection", licensor: "protection" },
      message: "Changes to the {aup} take effect only after notice.",
      match: {
        all: [AUP, [CHANGE], ["days ...3 notice", "prior ...2 notice", "advance notice", "notify|notifies ...8 before|prior|advance"]],
        none: ["without ...3 notice"],
        polarity: "any",
      },
    },
    {
      id: "use-restrictions",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensee} may not use the {system} or {output} for unlawful, harmful or other prohibited purposes.",
      match: {
        all: [[`use|using|access|exploit|deploy|employ ...10 for|to|in ...5 ${PROHIBITED}`]],
        actor: "licensee",
        polarity: "negated",
      },
    },
    {
      id: "restrictions-without-suspension",
      effect: { licensee: "mention", licensor: "risk" },
      message: "{licensee's} use is restricted, but the {agreement} has no acceptable use policy and nothing lets {licensor} suspend harmful or unlawful use.",
      expected: "{licensor} may suspend use that is unlawful or threatens the {system} or others, at once where the harm is imminent.",
      match: {
        all: [[`use|using|access|exploit|deploy|employ ...10 for|to|in ...5 ${PROHIBITED}`]],
        actor: "licensee",
        polarity: "negated",
      },
      // A policy or a suspension right anywhere answers it.
      unlessElsewhere: [
        "suspension-without-notice", "suspension-on-notice", "suspension-right", "remote-disable",
        "aup-applies", "aup-by-reference", "licensor-policies-apply", "aup-changeable", "aup-fixed", "aup-change-notice",
      ],
    },
    {
      id: "aup-applies",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensee's} use is subject to the {aup}.",
      match: {
        all: [["subject to ...6 {aup}", "comply|complies|compliance|accordance|adhere|adheres ...6 {aup}", "{aup} ...6 applies|apply|governs|govern|incorporated", "violat*|breach ...6 {aup}"]],
        polarity: "any",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "acceptable-use-suspension/le-1",
        title: "Fixed policy; narrow suspension after notice and cure",
        text:
          "{licensee's} use of the {system} is subject only to the {aup} in the form attached to this {agreement}, which may be amended only by a written agreement signed by both parties. {licensor} may suspend access to the {system} only to the extent reasonably necessary to address a material breach of the {aup}, only after giving {licensee:object} written notice describing the breach and ten business days to cure it, and only for as long as the breach continues. The {system} contains no mechanism that enables {licensor:object} to disable or restrict it remotely, other than that suspension.",
        note: "Opening position for a licensee whose operations depend on the system: no moving policy, no switch-off without due process.",
      },
      {
        id: "acceptable-use-suspension/le-2",
        title: "Policy changes on notice; immediate suspension only for imminent harm",
        text:
          "{licensor} may update the {aup} by giving {licensee:object} at least thirty days' written notice, and no update will prohibit a use described in this {agreement} or an order. {licensor} may suspend access without prior notice only where necessary to prevent imminent harm to the {system}, to other customers or to third parties, in which case {licensor} will limit the suspension to the affected users or features, notify {licensee:object} promptly with the reasons, and restore access as soon as the harm is addressed.",
        note: "Offer when the provider insists on a policy it can update: notice, no retroactive narrowing of the agreed use, and emergency-only immediate suspension.",
      },
      {
        id: "acceptable-use-suspension/le-3",
        title: "Termination right and fee relief if the policy changes",
        text:
          "If an update to the {aup} materially restricts {licensee's} use of the {system}, {licensee} may terminate the affected order on written notice within sixty days after the update and receive a refund of prepaid fees for the remainder of the term. Fees are reduced pro rata for any period of suspension that was not caused by {licensee's} material breach.",
        note: "Fallback where the provider keeps control of its policy: gives the customer a way out and stops paying for a switched-off service.",
      },
    ],
    licensor: [
      {
        id: "acceptable-use-suspension/lr-1",
        title: "Policy by reference; immediate suspension for harmful or unlawful use",
        text:
          "{licensee's} use of the {system} and of {output} is subject to the {aup}, which {licensor} may update on notice to {licensee:object}. {licensor} may suspend access to the {system}, in whole or in part, immediately and without liability if, in {licensor's} reasonable opinion, the {aup} has been breached by {licensee:object} or any of {licensee's} users, or their use is unlawful or presents a security risk or a risk of harm to {licensor:object}, {licensor's} other customers or any third party, and will restore access once the cause has been addressed.",
        note: "Opening position: keeps the provider able to respond to abuse at once while committing to restore access.",
      },
      {
        id: "acceptable-use-suspension/lr-2",
        title: "Prohibited uses in the {agreement}, with notice before suspension",
        text:
          "{licensee} will not use the {system} or any {output} (a) for any unlawful, fraudulent or harmful purpose, (b) to infringe or misappropriate the rights of others, (c) to make decisions with legal or similarly significant effects on individuals without human review, or (d) to represent that {output} was created by a person. If, in {licensor's} reasonable opinion, a prohibited use is occurring, {licensor} may give {licensee:object} written notice, {licensee} will suspend that use pending investigation, and {licensor} may suspend access if the use has not ceased within five business days.",
        note: "Offer when the customer rejects a policy by URL: a fixed list in the contract with a short notice-and-suspend mechanism.",
      },
      {
        id: "acceptable-use-suspension/lr-3",
        title: "Suspension for security and legal risk",
        text:
          "Notwithstanding any other provision of this {agreement}, {licensor} may suspend any part of the {system} without prior notice where required by law or by a competent authority, or where necessary to prevent an imminent security threat or serious harm, provided that {licensor} will notify {licensee:object} as soon as practicable and will lift the suspension when the cause ends.",
        note: "Minimum position when the customer obtains notice-and-cure suspension: preserves an emergency brake for legal and security events.",
      },
    ],
  },
};
