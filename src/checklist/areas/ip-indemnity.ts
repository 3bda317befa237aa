import type { AreaDefinition } from "../../engine/types";

const INFRINGE = ["infring*", "misappropriat*", "intellectual property", "violat* ...4 rights"];

// Who answers when the AI "commits" an infringement: the indemnity for the system
// and its outputs, and the carve-outs for what the licensee itself supplied (its
// data, prompts, rules and training material).
export const ipIndemnity: AreaDefinition = {
  id: "ip-indemnity",
  title: "Infringement by the AI: indemnity and carve-outs",
  severity: "high",
  why:
    "A model can reproduce protected material it was trained on. Whoever gives the indemnity answers for that; carve-outs decide " +
    "whether claims caused by the licensee's own inputs, prompts, rules or training data stay with the licensee.",
  addressedBy: ["indemnif* ...10 (infring*|intellectual property|claim*)", "defend ...10 claim*", "third-party claim* ...8 infring*"],
  rules: [
    {
      id: "output-excluded-from-indemnity",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{output} is excluded from {licensor's} infringement indemnity, so claims about what the AI produced stay with {licensee}.",
      expected: "{licensor} defends and indemnifies claims that the {system} or unmodified {output}, used as permitted, infringes.",
      match: {
        all: [
          ["no obligation", "not apply", "not cover*", "no liability", "not be liable", "not responsible", "exclude|excludes|excluded|excluding", "shall not extend", "will not extend", "does not extend"],
          ["claim*", "indemn*", "defen*", "section", "clause", "obligation*"],
          ["{output}"],
        ],
        // Carve-outs for outputs the licensee itself modified or combined are fair, not a hollowing-out.
        none: ["not excluded", "including any {output}", "including {output}", "modification|modifications of ...3 {output}", "{output} ...4 modified", "modified ...3 {output}"],
        inDefinitions: false,
        polarity: "any",
      },
    },
    {
      id: "licensee-indemnifies-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must indemnify {licensor} for {output} or its use of the {system}.",
      expected: "{licensee} indemnifies only for its own inputs, data and knowing misuse.",
      match: {
        all: [["{licensee} ...10 (indemnif*|defend|hold harmless)"], ["{output}", "use of the {system}", "use of {system}", "use of any {output}"]],
        actor: "licensee",
      },
    },
    {
      id: "no-output-non-infringement-warranty",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} gives no warranty that {output} does not infringe third-party rights.",
      expected: "{licensor} warrants that the {system} and {output}, used as permitted, do not infringe.",
      match: {
        all: [["{output}"], INFRINGE, ["representation", "warranty", "warrant|warrants", "represent|represents", "guarantee*", "assurance"]],
        polarity: "negated",
        scope: "sentence",
      },
    },
    {
      id: "disclaims-output-non-infringement",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} disclaims non-infringement for {output}.",
      expected: "{licensor} warrants that the {system} and {output}, used as permitted, do not infringe.",
      match: { all: [["disclaim*"], ["non-infringement", "noninfringement", "infring*"], ["{output}"]], polarity: "any", scope: "sentence" },
    },
    {
      id: "knowledge-qualified-indemnity",
      effect: { licensee: "risk", licensor: "protection" },
      severity: "medium",
      message: "{licensor's} indemnity applies only to infringement it knew of, which hollows it out.",
      expected: "The indemnity applies whatever {licensor} knew.",
      match: { all: [["indemn*", "defend"], ["to {licensor's} knowledge", "to the knowledge of {licensor}", "knowingly", "actual knowledge"]], scope: "sentence" },
    },
    {
      id: "licensor-indemnifies",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} defends and indemnifies {licensee} against third-party infringement claims.",
      match: { all: [["{licensor} ...10 (defend|indemnif*|hold harmless)"], INFRINGE.concat(["claim*"])], actor: "licensor", scope: "sentence" },
    },
    {
      id: "outputs-covered",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor's} infringement protection extends to {output}.",
      expected: "Any indemnity for {output} applies only with filters on and to {output} used as permitted, with carve-outs for {licensee's} inputs and modifications, under a separate cap.",
      match: {
        all: [["{output}"], ["not excluded", "shall not infringe", "will not infringe", "does not infringe", "do not infringe", "includes any {output}", "including any {output}"]],
        none: ["to {licensor's} knowledge", "to the knowledge of", "actual knowledge", "no representation", "does not provide any", "makes no", "not warrant"],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "uncapped-indemnity",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor's} indemnity is not subject to any cap.",
      expected: "{licensor's} indemnity is subject to a separate, defined cap.",
      match: {
        all: [["indemn*", "defence obligations", "defense obligations"], ["unlimited", "uncapped", "not be subject to ...4 cap|limit*", "not subject to ...4 cap|limit*", "excluded from ...4 cap|limit*", "shall not limit|apply ...8 indemn*", "will not limit|apply ...8 indemn*"]],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "separate-cap",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor's} indemnity is subject to a separate cap.",
      match: { all: [["indemn*", "obligations under"], ["separate cap", "separate limit", "capped at", "super cap", "super-cap"]], polarity: "any", scope: "sentence" },
    },
    {
      id: "licensee-input-carve-out",
      effect: { licensee: "mention", licensor: "protection" },
      message: "Claims arising from {licensee's} own {input}, data or modifications are carved out of {licensor's} indemnity, or indemnified by {licensee}.",
      match: {
        all: [["claim*", "indemn*", "obligation"], ["(arising from|arise from|caused by|based on) ...6 {input}|{customerData}|modification*|combination*"]],
        polarity: "any",
        scope: "sentence",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "ip-indemnity/le-1",
        title: "{licensor} indemnifies for the {system} and unmodified {output}",
        text:
          "{licensor} will defend {licensee}, its affiliates and their personnel against any claim by a third party alleging that the {system}, or any {output} used by {licensee} in accordance with this {agreement}, infringes or misappropriates that third party's intellectual property rights, and will pay all damages, costs and settlement amounts finally awarded or agreed in respect of that claim. {licensor's} obligations under this clause do not apply to the extent a claim arises from {input} or {customerData} supplied by {licensee} that {licensee} had no right to use, or from {licensee's} modification of {output} where the unmodified {output} would not have infringed. These obligations are not subject to any limitation or exclusion of liability in this {agreement}.",
        note: "Opening position: indemnity covers outputs, carve-outs limited to what the customer supplied or changed, outside the cap.",
      },
      {
        id: "ip-indemnity/le-2",
        title: "Output indemnity conditional on using the {system} as documented",
        text:
          "{licensor} will defend and indemnify {licensee} against third-party claims that any {output} infringes intellectual property rights, provided that {licensee} used the {system} in accordance with the {documentation}, did not disable any content filter or safeguard that {licensor} provides, and did not knowingly submit {input} designed to reproduce third-party material. This indemnity is subject to a separate cap of not less than three times the fees paid or payable in the twelve months before the claim.",
        note: "Offer where the provider resists an uncapped output indemnity: conditions mirror the market-standard vendor programmes.",
      },
      {
        id: "ip-indemnity/le-3",
        title: "Non-infringement warranty for {output} with a remedy",
        text:
          "{licensor} warrants that, to its knowledge after reasonable enquiry, the {system} has not been designed or trained to reproduce third-party material and that {output} generated in normal use will not infringe any third party's intellectual property rights. If any {output} is alleged to infringe, {licensor} will, at its cost, promptly provide a non-infringing replacement and reimburse {licensee's} reasonable costs of withdrawing the affected {output}.",
        note: "Last resort where no indemnity for outputs can be had: a warranty with a remedy is better than silence.",
      },
    ],
    licensor: [
      {
        id: "ip-indemnity/lr-1",
        title: "Indemnity for the {system} only, with carve-outs",
        text:
          "{licensor} will defend {licensee} against any third-party claim that the {system}, as provided by {licensor}, infringes that third party's intellectual property rights. {licensor} has no obligation for any claim arising from (a) {output}, (b) {input}, {customerData} or other materials supplied by {licensee}, (c) any modification of the {system} or {output} not made by {licensor}, (d) the combination of the {system} or {output} with anything not provided by {licensor}, or (e) use of the {system} in breach of this {agreement}. {licensor} controls the defence and settlement of any claim it defends.",
        note: "Opening position: the provider answers for its system, not for what the model generates or what the customer feeds it.",
      },
      {
        id: "ip-indemnity/lr-2",
        title: "Output indemnity on conditions, with a separate cap",
        text:
          "{licensor} will defend {licensee} against third-party claims that {output} infringes intellectual property rights only where {licensee} (a) used the {system} in accordance with the {documentation} with all content filters enabled, (b) had all rights needed in the {input} that produced the {output}, and (c) did not modify the {output} or combine it with other material. {licensor's} total liability under this clause is capped at the fees paid by {licensee} in the twelve months before the claim, separately from any other cap in this {agreement}.",
        note: "Offer where the customer requires output cover: conditions keep the risk tied to proper use; a separate cap bounds it.",
      },
      {
        id: "ip-indemnity/lr-3",
        title: "Mutual indemnity for each party's contributions",
        text:
          "Each party will defend the other against third-party claims to the extent arising from materials it supplied: {licensor} for the {system} as provided, and {licensee} for its {input}, {customerData}, prompts, rules and training materials and for any use of {output} in breach of this {agreement}. The indemnifying party controls the defence, and the indemnified party will give prompt notice and reasonable cooperation.",
        note: "Fallback that allocates by source: persuasive where the customer supplies its own rules, data or training material.",
      },
    ],
  },
};
