import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  "These terms govern your use of Quill, an AI drafting service.",
  "Larkspur Labs grants you a limited licence to use the service. We may update these terms, and you agree to review them.",
  '"Outputs" means text that the service generates for you.',
];

ruleTests("model-changes", {
  "licensor-may-change-at-will": {
    fires: [
      { description: "modify or replace models at any time", text: "Provider may modify, retrain or replace the models underlying the AI Features at any time without notice." },
      { description: "second person, sole discretion", text: "We may change or update the service in our sole discretion.", preamble: SECOND_PERSON },
      { description: "passive drafting", text: "The AI Features may be updated or replaced from time to time." },
      { description: "the model used by the customer", text: "Provider may replace any model version used by Customer at any time." },
      { description: "changes to the platform", text: "Provider reserves the right to make changes to the Services at any time." },
    ],
    quiet: [
      { description: "change on notice", text: "Provider may modify the AI Features at any time on thirty days' prior written notice to Customer." },
      { description: "prohibited", text: "Provider shall not modify the AI Features at any time without Customer's consent." },
      { description: "the customer's change", text: "Customer may modify its configuration of the AI Features at any time." },
      { description: "a licence to the customer to modify", text: "Provider grants Customer the right to modify the Model at any time during the Term." },
      { description: "updates to the acceptable use policy", text: "Provider may update the Acceptable Use Policy from time to time." },
    ],
  },
  "licensor-may-discontinue": {
    fires: [
      { description: "discontinue a feature", text: "Provider may discontinue any feature of the AI Features." },
      { description: "deprecate model versions", text: "Provider may deprecate older model versions." },
      { description: "second person, cease to offer", text: "We may cease to offer the service in your region.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "no discontinuation during the term", text: "Provider shall not discontinue the AI Features during the Term." },
      { description: "discontinuation on notice", text: "Provider may discontinue a model version on ninety days' notice to Customer." },
      { description: "customer stops using a feature", text: "Customer may discontinue its use of any feature on written notice." },
    ],
  },
  "no-version-guarantee": {
    fires: [
      { description: "no guarantee a version remains available", text: "Provider does not guarantee that any particular model version will remain available." },
      { description: "no obligation to maintain versions", text: "Provider has no obligation to maintain or support any prior version of the Model." },
    ],
    quiet: [
      { description: "commitment to keep versions", text: "Provider commits that each model version will remain available for twelve months." },
      { description: "no guarantee of uptime", text: "Provider does not guarantee that the Services will be available without interruption." },
    ],
  },
  "changes-need-consent": {
    fires: [
      {
        description: "no adverse change without consent",
        text: "Provider shall not make any change to the AI Features that would reduce their accuracy without Customer's prior written consent.",
      },
      { description: "updates subject to approval", text: "Any update to the Model is subject to Customer's prior approval." },
      {
        description: "approval of the customer, UK style",
        text: "The Supplier shall not modify the AI System without the prior written approval of the Customer.",
        preamble: ['This Contract is made between Elmsford Council (the "Customer") and Quantia Analytics B.V. (the "Supplier").'],
      },
    ],
    quiet: [
      { description: "consent of the licensor", text: "Customer shall not modify the Model without Provider's prior written consent." },
      { description: "assignment needs consent", text: "Provider may not assign this Agreement without Customer's prior written consent." },
    ],
  },
  "model-frozen": {
    fires: [{ description: "no changes to the model", text: "Provider shall not modify, retrain or replace the Model during the Term." }],
    quiet: [
      { description: "no changes without notice", text: "Provider shall not modify the Model without giving Customer thirty days' notice." },
      { description: "customer restriction", text: "Customer shall not modify the Model." },
    ],
  },
  "change-notice": {
    fires: [
      {
        description: "written notice of material changes",
        text: "Provider shall give Customer at least sixty days' written notice of any material change to the AI Features, including any change of model.",
      },
      { description: "second person: we will notify you", text: "We will notify you before we retire a model version.", preamble: SECOND_PERSON },
      { description: "customer will be notified", text: "Customer will be notified of any deprecation of a model version." },
    ],
    quiet: [
      { description: "without notice", text: "Provider may replace the Model at any time without notice of the change." },
      { description: "notice given by the customer", text: "Customer shall give Provider notice of any change to the AI Features configuration." },
    ],
  },
  "version-retention": {
    fires: [
      { description: "previous version kept available", text: "Provider shall continue to make each model version available for six months after its replacement." },
      { description: "version pinning", text: "Customer may pin a specific model version, which Provider will keep available for the Term." },
      { description: "maintain each version", text: "Provider will maintain each major version of the AI Features for twelve months after release of its successor." },
    ],
    quiet: [{ description: "no guarantee", text: "Provider does not guarantee that any model version will remain available." }],
  },
  "no-degradation": {
    fires: [
      { description: "no material decrease in functionality", text: "Provider will not materially decrease the overall functionality of the Services used by Customer." },
    ],
    quiet: [{ description: "customer's obligation", text: "Customer shall not degrade the performance of the Services through excessive requests." }],
  },
  "termination-for-adverse-change": {
    fires: [
      {
        description: "exit for an adverse change",
        text: "If a change to the Model materially degrades the accuracy of Output, Customer may terminate the affected Order Form and receive a refund.",
      },
    ],
    quiet: [{ description: "termination for breach", text: "Either party may terminate this Agreement for material breach." }],
  },
});

ruleTests("model-changes", {
  "changes-need-consent": {
    fires: [],
    quiet: [
      {
        description: "consent to training on the customer's data is not consent to model changes",
        text: "Provider shall not use Customer Data to train, retrain or improve any model, except with Customer's prior written consent.",
      },
    ],
  },
});
