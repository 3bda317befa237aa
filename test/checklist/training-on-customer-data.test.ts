import { ruleTests } from "./ruleTable";

ruleTests("training-on-customer-data", {
  "licensor-may-train": {
    fires: [
      { description: "plain permission to train", text: "Provider may use Customer Data to train and improve its machine learning models." },
      { description: "licence granted by the customer to improve the services", text: "Customer grants Provider a worldwide licence to use Input to improve the Services." },
      { description: "exception revives the flag", text: "Provider will not use Customer Data to train any model, except that Provider may use Input to improve the AI Features." },
      { description: "passive drafting", text: "Output may be used to fine-tune the models that power the Services." },
      {
        description: "provision split over two paragraphs",
        text: ["Provider may use Customer Data for the following purposes:", "(a) to train and retrain its models;"],
      },
    ],
    quiet: [
      { description: "negated permission", text: "Provider shall not use Customer Data to train any model." },
      { description: "may not ... without consent", text: "Provider may not use Input or Output to train models without Customer's prior written consent." },
      { description: "the other side's act", text: "Customer may use Output to train its own models." },
      { description: "use only to provide the service", text: "Provider may use Input solely to provide the AI Features to Customer." },
      { description: "negation in a list lead-in governs the items", text: "Provider will not: (a) sell Customer Data; or (b) use Customer Data to train any model." },
    ],
  },
  "training-banned": {
    fires: [
      { description: "shall not use to train", text: "Provider shall not use Customer Data to train any model." },
      { description: "ban with consent exception", text: "Provider may not use Input or Output to train models without Customer's prior written consent." },
    ],
    quiet: [{ description: "permission", text: "Provider may use Customer Data to train its models." }],
  },
  "opt-out-only": {
    fires: [{ description: "opt-out of training use", text: "Customer may opt out of such use by written notice to Provider." }],
    quiet: [{ description: "opt-in", text: "Provider will train on Customer Data only if Customer opts in." }],
  },
  "ban-covers-de-identified": {
    fires: [{ description: "ban incl. de-identified data", text: "Provider shall not use Customer Data, whether in identifiable, de-identified or aggregated form, to train or improve any model." }],
    quiet: [{ description: "plain ban", text: "Provider shall not use Customer Data to train any model." }],
  },
});

ruleTests("training-on-customer-data", {
  "opt-out-only": {
    fires: [{ description: "a setting to turn the use off", text: "Provider may use Input to train its models. Customer can turn off this use at any time in its account settings." }],
    quiet: [],
  },
});
