import type { AreaDefinition } from "../../engine/types";

// Most AI services run on someone else's model: a foundation-model API, an
// embedding model, open-source weights. The licensee needs to know who they are,
// not to be bound by terms it has not seen, and a vendor that answers for them;
// the licensor cannot warrant what it does not control.

/** Third-party and open-source models and components, and the providers behind them. */
const THIRD_PARTY = [
  "third-party ...2 model|models|llm|llms|ai|component|components|software|provider|providers|licensor|licensors|technology|technologies|tools|weights|subprocessor|subprocessors|sub-processor|sub-processors|service|services",
  "model|models|llm|llms|component|components|software ...3 by|from ...2 third parties|party",
  "{model} ...2 provider|providers|supplier|suppliers|vendor|vendors|developer|developers|licensor|licensors",
  "llm|llms provider|providers|supplier|suppliers|vendor|vendors",
  "open-source ...3 software|component|components|model|models|code|weights",
  "upstream ...2 provider|providers|model|models|licensor|licensors|terms",
];
const NO_RESPONSIBILITY = [
  "no liability|responsibility",
  "not ...4 liable|responsible",
  "disclaim|disclaims ...6 liability|responsibility|warranty|warranties|all",
  "no ...3 obligation|obligations",
  "no warranty|warranties|representation|representations",
  "not warrant|warrants|represent|represents",
  "as is",
];
const PROVIDERS_CARVED_OUT = ["save|except|excluding ...3 provider|providers|third-party|{model}", "other than ...3 provider|providers|third-party|{model}"];
const WARRANTS = ["warrant|warrants|represent|represents|guarantee|guarantees|undertake|undertakes"];

export const thirdPartyModels: AreaDefinition = {
  id: "third-party-models",
  title: "Third-party and open-source components",
  severity: "medium",
  why:
    "AI services are often built on another company's model or on open-source weights. The licensee needs to know who they are, " +
    "to avoid being bound by terms it has never seen, and to have the vendor answer for them; the vendor cannot warrant what it does not control.",
  addressedBy: [
    "third-party ...2 model|models|llm|llms|ai|component|components",
    "open-source ...3 software|component|components|model|models|code|weights|licence|license|licences|licenses",
    "model|llm provider|providers",
    "upstream ...2 provider|providers|model|models",
  ],
  rules: [
    {
      id: "bound-by-third-party-terms",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must follow the terms of third-party model providers, which were not negotiated with {licensee:object} and may change.",
      expected: "Any third-party terms that bind {licensee} are attached to the {agreement}, and changes bind {licensee} only after notice and a right to terminate.",
      match: {
        all: [
          THIRD_PARTY,
          [
            "subject to ...6 terms|licence|license|licences|licenses|policies|conditions",
            "comply with ...6 terms|licence|license|licences|licenses|policies|conditions",
            "bound by ...6 terms|licence|license|licences|licenses|policies|conditions",
            "governed by ...6 terms|licence|license|licences|licenses|policies",
          ],
        ],
        none: ["attached", "annexed", "open-source"],
      },
    },
    {
      id: "no-responsibility-for-providers",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} will take no responsibility for the third-party models or providers behind the {system}.",
      expected: "{licensor} will be responsible for {licensor's} model providers as for {licensor's} own subcontractors.",
      match: { all: [NO_RESPONSIBILITY, THIRD_PARTY], polarity: "any" },
    },
    {
      id: "provider-exclusion-carved-out",
      effect: { licensee: "mention", licensor: "risk" },
      severity: "medium",
      message: "{licensor's} exclusion for third-party model providers yields to another clause, so {licensor} may still answer for upstream providers there.",
      expected: "{licensor's} exclusion for third-party providers applies without exception, or any remaining liability for them is capped.",
      match: {
        all: [["save|except as ...4 clause|section|article|paragraph|schedule", "subject to ...4 clause|section|article|paragraph|schedule"], NO_RESPONSIBILITY, THIRD_PARTY],
        polarity: "any",
      },
    },
    {
      id: "responsible-for-providers",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} will be responsible for the acts of {licensor's} third-party model providers.",
      expected: "The providers' own terms are passed through, and {licensor} will not be liable for their acts beyond the cap.",
      match: {
        all: [["responsible|liable|liability ...8 acts|omissions|performance|conduct|breach|breaches|failure|failures", "responsible|liable for ...4 {model}|provider|providers"], THIRD_PARTY],
        none: PROVIDERS_CARVED_OUT,
        actor: "licensor",
      },
    },
    {
      id: "responsible-for-subcontractors",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will remain responsible for {licensor's} subcontractors, which covers subcontracted models.",
      match: {
        all: [["responsible|liable ...8 acts|omissions ...4 subcontractor*|sub-contractor*|sub-processor*|subprocessor*", "subcontractor*|sub-contractor*|sub-processor*|subprocessor* ...8 as if ...4 own"]],
        none: PROVIDERS_CARVED_OUT,
        actor: "licensor",
      },
    },
    {
      id: "providers-carved-out",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Model providers are carved out of {licensor's} responsibility for {licensor's} subcontractors.",
      expected: "{licensor} will be responsible for {licensor's} model providers as for {licensor's} own subcontractors.",
      match: {
        all: [["responsible|liable ...8 acts|omissions|subcontractor*|sub-contractor*"], PROVIDERS_CARVED_OUT],
        actor: "licensor",
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "providers-disclosed",
      effect: { licensee: "protection", licensor: "mention" },
      message: "The third-party models or providers used are disclosed.",
      match: {
        all: [
          THIRD_PARTY,
          [
            "listed|identified|disclosed|named|specified|described ...6 schedule|exhibit|annex|appendix|{documentation}|order|below|website|page",
            "set out|forth ...6 schedule|exhibit|annex|appendix|{documentation}|order|below|website|page",
            "list of",
            "list|lists|identify|identifies|disclose|discloses|name|names",
          ],
        ],
      },
    },
    {
      id: "providers-not-disclosed",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} need not disclose the third-party models or providers behind the {system}.",
      expected: "{licensor} will identify each third-party model and model provider in the {documentation} and keep the list current.",
      match: {
        all: [THIRD_PARTY, ["list|identify|disclose|name|reveal ...8 provider|providers|{model}|model|models|third-party|subprocessor*", "disclose|identify|reveal|disclosed|identified|revealed"]],
        // "shall not disclose Customer Data to model providers" is confidentiality, not secrecy about providers.
        none: ["{customerData}", "{input}", "{output}", "{confidentialInformation}", "personal data"],
        polarity: "negated",
      },
    },
    {
      id: "provider-change-without-notice",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may replace or add third-party models or providers without notice to {licensee}.",
      expected: "{licensor} will give {licensee:object} at least thirty days' notice of a new or replaced model provider, and {licensee} may terminate on a reasonable objection.",
      match: {
        all: [
          ["replace|change|substitute|switch|add|withdraw ...6 {model}|model|models|provider|providers|subprocessor*"],
          THIRD_PARTY,
          ["without notice", "at any time", "sole discretion", "without ...3 consent"],
        ],
        actor: "licensor",
      },
    },
    {
      id: "provider-change-notice",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will give notice of changes to the third-party models or providers behind the {system}.",
      match: {
        all: [["notify|notice|inform ...12 change|changes|replace|replacement|replaced|add|addition|new"], THIRD_PARTY],
        scope: "sentence",
      },
    },
    {
      id: "licensor-warrants-third-party",
      effect: { licensee: "protection", licensor: "risk" },
      message: "Third-party models or components outside {licensor's} control are warranted by {licensor:object}.",
      expected: "{licensor} will pass on the benefit of any warranty received from the provider and will give none of {licensor's} own for third-party models.",
      match: {
        all: [THIRD_PARTY, WARRANTS],
        none: ["pass-through", "passes through", "benefit of any warranty", "benefit of such warranty"],
        actor: "licensor",
      },
    },
    {
      id: "providers-bound-by-flow-down",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} must bind {licensor's} model providers to equivalent obligations.",
      match: {
        all: [
          [
            "ensure|ensures|procure|procures|require|requires|oblige|obliges ...6 provider|providers|subprocessor*|subcontractor*",
            "bound by ...6 obligations|terms|restrictions",
            "at least|no less as|than protective",
            "prior ...2 consent",
          ],
          THIRD_PARTY,
        ],
        actor: "licensor",
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "open-source-terms",
      effect: { licensee: "mention", licensor: "protection" },
      message: "Open-source components are provided under their own licences.",
      match: {
        all: [["open-source ...3 software|component|components|model|models|code|weights"], ["subject to", "governed by", "licensed under", "provided under", "terms"]],
        polarity: "any",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "third-party-models/le-1",
        title: "Providers disclosed, {licensor} responsible for them",
        text:
          "{licensor} will list in the {documentation} each third-party model and model provider used to provide the {system} and will keep that list current. {licensor} will be responsible for the acts and omissions of each such provider as if they were {licensor's} own, and will ensure that each provider is bound by obligations on confidentiality, security, data use and deletion at least as protective of {licensee} as those in this {agreement}. No third-party terms will bind {licensee} unless they are attached to this {agreement}.",
        note: "Opening position: transparency, full responsibility and flow-down of the data terms, with no hidden terms binding the customer.",
      },
      {
        id: "third-party-models/le-2",
        title: "Notice of provider changes and a right to exit",
        text:
          "{licensor} will give {licensee:object} at least thirty days' written notice before adding or replacing any third-party model or model provider used to process {customerData}. If {licensee} reasonably objects, the parties will discuss the change in good faith and, failing agreement within the notice period, {licensee} may terminate the affected part of this {agreement} without penalty and recover any prepaid fees for the period after termination.",
        note: "Offer where the provider needs freedom to switch models: keeps it, with notice and a way out for the customer.",
      },
      {
        id: "third-party-models/le-3",
        title: "Third-party terms only on notice, with remedies passed on",
        text:
          "{licensee} will be bound by the terms of a third-party provider only to the extent those terms have been provided to {licensee:object} before signature, and any later change will bind {licensee} only after thirty days' notice. {licensor} will enforce for {licensee's} benefit any warranty, indemnity or remedy available to {licensor:object} against the provider in respect of the {system}.",
        note: "Last resort where pass-through terms stay: the customer sees them first and keeps the benefit of the provider's promises.",
      },
    ],
    licensor: [
      {
        id: "third-party-models/lr-1",
        title: "Upstream terms passed through; no warranty for third-party models",
        text:
          "Parts of the {system} use models and software provided by third parties, which are made available under their providers' terms as identified in the {documentation}, and {licensee} will comply with those terms. No warranty is given by {licensor:object} for any third-party model or component, and {licensor} will have no liability for the acts or omissions of those providers, except that {licensor} will pass on to {licensee} the benefit of any warranty or remedy received from them.",
        note: "Opening position: upstream risk stays upstream, with the provider's own remedies passed on.",
      },
      {
        id: "third-party-models/lr-2",
        title: "Responsibility for providers within the cap",
        text:
          "{licensor} will be responsible for {licensor's} third-party model providers to the same extent as for {licensor's} own performance of this {agreement}, subject in every case to the limitations and exclusions of liability in this {agreement}. {licensor} may change those providers on notice to {licensee}, provided the change does not materially reduce the functionality of the {system}.",
        note: "Offer when the customer insists on responsibility for providers: accepts it, but only within the agreed cap.",
      },
      {
        id: "third-party-models/lr-3",
        title: "Open-source components under their own licences",
        text:
          "The {system} may include open-source software and open-weight models that are licensed under their own licences, which {licensor} will identify in the {documentation} on request. Those licences govern {licensee's} use of those components to the extent they conflict with this {agreement}, and nothing in this {agreement} restricts the rights those licences give {licensee:object}.",
        note: "Fallback for open-source components: discloses them and defers to their licences, without any extra warranty.",
      },
    ],
  },
};
