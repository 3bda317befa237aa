import { SUPPLIER, YOU, ruleTests } from "./ruleTable";

ruleTests("third-party-models", {
  "bound-by-third-party-terms": {
    fires: [
      {
        description: "second person, changeable provider terms",
        text: "Your use of third-party models is subject to the applicable provider's terms of service, which may change from time to time.",
        preamble: YOU,
      },
      { description: "comply with upstream terms", text: "The Client shall comply with the terms of each third-party model provider.", preamble: SUPPLIER },
      { description: "third-party services governed by their providers' terms", text: "Your use of third-party services is governed by those providers' terms.", preamble: YOU },
    ],
    quiet: [
      { description: "terms attached to the agreement", text: "Customer's use of third-party models is subject to the provider terms attached as Exhibit C." },
      { description: "open-source licences", text: "Open-source components are subject to their own licences." },
      { description: "no third-party component", text: "Customer's use of the Services is subject to the Acceptable Use Policy." },
    ],
  },
  "no-responsibility-for-providers": {
    fires: [
      { description: "not responsible", text: "Provider is not responsible for any third-party AI services integrated with the Platform." },
      { description: "upper-case as-is disclaimer", text: "THIRD-PARTY COMPONENTS ARE PROVIDED AS IS AND PROVIDER DISCLAIMS ALL WARRANTIES FOR THEM." },
      { description: "no liability for model providers", text: "The Supplier shall have no liability for any act or omission of a third-party model provider.", preamble: SUPPLIER },
      { description: "models supplied by a third party", text: "Provider is not responsible for any model supplied by a third party." },
    ],
    quiet: [
      { description: "responsibility accepted", text: "Provider is responsible for its third-party model providers." },
      { description: "third-party rights, not components", text: "Provider is not liable for claims that Output infringes third-party rights." },
    ],
  },
  "provider-exclusion-carved-out": {
    fires: [
      { description: "exclusion subject to a section", text: "Except as set out in Section 11, Provider has no liability for the acts or omissions of its model providers." },
      { description: "save as in clause", text: "Save as provided in clause 12, the Supplier is not liable for any third-party model.", preamble: SUPPLIER },
    ],
    quiet: [
      { description: "unqualified exclusion", text: "Provider has no liability for the acts or omissions of its model providers." },
      { description: "general reservation, no clause", text: "Except as expressly set out in this Agreement, Provider has no liability for third-party models." },
    ],
  },
  "responsible-for-providers": {
    fires: [
      { description: "as if its own", text: "Provider shall be responsible for the acts and omissions of its third-party model providers as if they were its own." },
      { description: "liable for model providers", text: "We are liable for the performance of our model providers.", preamble: YOU },
    ],
    quiet: [
      { description: "negated", text: "Provider is not responsible for the acts of its third-party model providers." },
      { description: "the licensee's responsibility", text: "Customer is responsible for the acts of any third-party software provider it engages." },
    ],
  },
  "responsible-for-subcontractors": {
    fires: [{ description: "subcontractors as its own", text: "Provider remains responsible for its subcontractors and sub-processors as if they were its own acts." }],
    quiet: [
      {
        description: "model providers carved out",
        text: "Provider remains responsible for the acts and omissions of its subcontractors, save for providers of third-party models.",
      },
    ],
  },
  "providers-carved-out": {
    fires: [
      {
        description: "subcontractor responsibility except model providers",
        text: "Provider remains responsible for the acts and omissions of its subcontractors, save for providers of third-party models.",
      },
    ],
    quiet: [{ description: "no carve-out", text: "Provider remains responsible for the acts and omissions of its subcontractors." }],
  },
  "providers-disclosed": {
    fires: [
      { description: "listed in a schedule", text: "The Services incorporate the third-party models listed in Schedule 3.", preamble: SUPPLIER },
      { description: "listed in the documentation", text: "Provider will list all third-party models used in the Services in the Documentation." },
    ],
    quiet: [{ description: "not disclosed", text: "Provider is not required to disclose the identity of its third-party model providers." }],
  },
  "providers-not-disclosed": {
    fires: [
      { description: "not required to disclose", text: "Provider is not required to disclose the identity of its third-party model providers." },
      { description: "need not identify", text: "Provider may use third-party models, which it need not identify." },
    ],
    quiet: [
      { description: "confidentiality towards providers", text: "Provider shall not disclose Customer Data to third-party model providers." },
      { description: "disclosure promised", text: "Provider will disclose each third-party model provider on request." },
    ],
  },
  "provider-change-without-notice": {
    fires: [
      { description: "change at any time", text: "Provider may change the underlying model providers at any time without notice." },
      { description: "supplier replaces a third-party model", text: "The Supplier may replace any third-party model at its sole discretion.", preamble: SUPPLIER },
    ],
    quiet: [
      { description: "own model changes (model-changes area)", text: "Provider may replace any model underlying the AI Features at any time." },
      { description: "the licensee switches", text: "Customer may switch third-party model providers at any time in its settings." },
    ],
  },
  "provider-change-notice": {
    fires: [{ description: "notice before a new provider", text: "Provider will notify Customer at least 30 days before adding a new model provider." }],
    quiet: [{ description: "notice of a model update without third parties", text: "Provider will notify Customer before any change to the Services." }],
  },
  "licensor-warrants-third-party": {
    fires: [{ description: "warranty of licences for third-party models", text: "Provider warrants that it has all licences needed for the third-party models used in the Services." }],
    quiet: [
      { description: "no warranty", text: "Provider does not warrant any third-party model." },
      { description: "pass-through of provider warranties", text: "Provider will pass through to Customer the benefit of any warranty it receives for third-party models." },
    ],
  },
  "providers-bound-by-flow-down": {
    fires: [
      { description: "ensure model providers are bound", text: "Provider will ensure that its model providers are bound by confidentiality obligations no less protective than these." },
      { description: "procure deletion by each provider", text: "The Supplier shall procure that each provider of a third-party model deletes any Client Data it holds.", preamble: SUPPLIER },
      { description: "no transfer unless bound", text: "Provider shall not send Input to any third-party model provider unless that provider is bound by obligations at least as protective as these." },
    ],
    quiet: [{ description: "no third-party provider", text: "Provider will ensure that its employees are bound by confidentiality obligations." }],
  },
  "open-source-terms": {
    fires: [{ description: "own licences", text: "The Software includes open-source components that are licensed under their own open source licenses." }],
    quiet: [{ description: "proprietary components", text: "The Software includes components licensed from Provider's affiliates." }],
  },
});
