import type { AreaDefinition } from "../../engine/types";

const DATA = ["{customerData}", "{input}", "{output}", "{usageData}"];
const USE = ["use|uses|used|using", "process|processes|processed|processing", "exploit*", "analy*", "leverage*", "learn from", "access and use"];
const TRAINING = [
  "train|trains|training|trained|retrain*",
  "fine-tun*",
  "fine tun*",
  "machine learning",
  "develop|developing|improve|improving|enhance|enhancing|create|build ...5 model|models|algorithm|algorithms|{model}",
  "improve|improving|enhance|enhancing|develop|developing ...5 {system}|products|services|offerings|technology",
];

// Whether the vendor may train on what the customer puts in and gets out. Silence
// is reported as missing: for a licensee, an agreement that never says is a risk
// of its own, since the vendor's general licence to process data may cover training.
export const trainingOnCustomerData: AreaDefinition = {
  id: "training-on-customer-data",
  title: "Training on inputs, outputs and customer data",
  severity: "high",
  why:
    "Training on a customer's inputs and outputs can expose its confidential information to other customers through the model, " +
    "and cannot be undone by deleting the data later. The licensee needs an opt-in; the licensor needs room for safety and service improvement.",
  addressedBy: ["train|training|trained ...6 model*|data", "fine-tun*", "machine learning ...6 data", "{customerData} ...10 improve|improving|develop"],
  rules: [
    {
      id: "licensor-may-train",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may use {customerData}, inputs or outputs to train or improve models or services.",
      expected: "{licensor} does not use {customerData}, {input} or {output} to train or improve any model without {licensee's} prior written opt-in.",
      match: {
        all: [USE, DATA, TRAINING],
        actor: "licensor",
        none: ["solely for the benefit of", "exclusively for {licensee}", "only for {licensee}"],
        inDefinitions: false,
      },
    },
    {
      id: "opt-out-only",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Use of {licensee's} data for training is on by default; {licensee} can only opt out.",
      expected: "No training unless {licensee} opts in in writing.",
      match: { all: [["opt out", "opt-out", "opting out", "object to such use", "disable ...4 training", "turn off ...4 training", "(turn off|switch off|disable|deactivate) ...3 (this|such|that) use", "(turn off|switch off|disable) ...6 (setting|settings|toggle)"], ["use", "training", "train", ...DATA]], polarity: "any", scope: "sentence" },
    },
    {
      id: "training-banned",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} may not use {customerData}, inputs or outputs to train models.",
      match: { all: [USE, DATA, TRAINING], actor: "licensor", polarity: "negated" },
    },
    {
      id: "ban-covers-de-identified",
      effect: { licensee: "protection", licensor: "risk" },
      severity: "medium",
      message: "The training ban extends even to de-identified or aggregated data, leaving {licensor} no room for service improvement.",
      expected: "{licensor} may use de-identified data aggregated across customers to improve the {system}.",
      match: { all: [USE, DATA, ["de-identified", "deidentified", "anonymi*", "aggregated", "aggregate"], TRAINING], actor: "licensor", polarity: "negated" },
    },
    {
      id: "use-only-to-provide",
      effect: { licensee: "protection", licensor: "risk" },
      severity: "medium",
      message: "{licensor} may use {input} and {output} solely to provide the service, which excludes any improvement use.",
      expected: "{licensor} may also use data for security, abuse monitoring and de-identified service improvement.",
      match: {
        all: [USE, DATA, ["solely|only|exclusively ...6 provide|perform|respond|deliver", "solely|only|exclusively as necessary", "for no other purpose"]],
        none: TRAINING,
        actor: "licensor",
      },
    },
    {
      id: "opt-in-required",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Training on {licensee's} data requires its prior consent or opt-in.",
      match: {
        all: [
          ["opt in", "opt-in", "opts in", "prior written consent", "express* consent", "has approved", "approves", "expressly agreed", "written authori*", "cover page permits", "identifies training"],
          ["train*", "fine-tun*", "fine tun*", "machine learning"],
        ],
        polarity: "any",
        scope: "sentence",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "training-on-customer-data/le-1",
        title: "No training on {customerData}, {input} or {output} without opt-in",
        text:
          "{licensor} will not use, and will not permit any subcontractor or third-party model provider to use, any {customerData}, {input} or {output}, whether in identifiable, de-identified or aggregated form, to train, retrain, fine-tune, evaluate or otherwise improve any model, product or service, unless {licensee} has first opted in to that use in a signed writing that describes the data and the purpose.",
        note: "Opening position for any licensee whose data is confidential or regulated; flows the restriction down to sub-processors and model providers.",
      },
      {
        id: "training-on-customer-data/le-2",
        title: "Training only for {licensee's} own instance",
        text:
          "{licensor} may use {customerData}, {input} and {output} to train or fine-tune a model only where {licensee} has approved that training in writing, and any model, adapter or weights so produced will be used solely to provide the {system} to {licensee:object}, will not be made available to any other customer, and will be deleted at the end of the term.",
        note: "Offer where customisation on the customer's own data is part of the value; keeps the result exclusive to the customer.",
      },
      {
        id: "training-on-customer-data/le-3",
        title: "De-identified aggregate use only, with an opt-out at any time",
        text:
          "{licensor} may use {customerData} to improve the {system} only after removing all information that identifies {licensee}, its users or any individual, and only in aggregate with data of other customers; {licensor} will not use {input} or {output} verbatim for training. {licensee} may withdraw this permission at any time on written notice, and {licensor} will cease that use for data received after the notice within thirty days.",
        note: "Last resort where the provider's model improves across its customer base: limits the use to de-identified aggregates and keeps a way out.",
      },
    ],
    licensor: [
      {
        id: "training-on-customer-data/lr-1",
        title: "De-identified aggregate improvement permitted",
        text:
          "{licensor} may use {customerData}, {input} and {output} in de-identified form, aggregated with data of other customers, to maintain, secure and improve the {system}, provided that {licensor} does not disclose any {customerData} to third parties and no {output} that identifies {licensee} is made available to any other customer.",
        note: "Opening position: preserves the provider's improvement cycle while giving the customer a confidentiality assurance.",
      },
      {
        id: "training-on-customer-data/lr-2",
        title: "No training, but debugging, safety and abuse monitoring permitted",
        text:
          "{licensor} will not use {customerData}, {input} or {output} to train any generally available model without {licensee's} prior written consent. Nothing in this {agreement} prevents {licensor} from processing {customerData}, {input} and {output} to provide and support the {system}, to detect, prevent and investigate abuse, security incidents and violations of this {agreement}, and to comply with law.",
        note: "Offer when the customer insists on a training ban: keeps the non-training uses the provider needs to run the service safely.",
      },
      {
        id: "training-on-customer-data/lr-3",
        title: "Training ban limited to identifiable data",
        text:
          "{licensor} will not use {customerData} that identifies {licensee} or any individual to train any model made available to other customers. {licensor} may derive statistical and performance metrics that contain no {customerData} and use them for any purpose.",
        note: "Fallback where the customer wants a ban: narrows it to identifiable data and preserves content-free metrics.",
      },
    ],
  },
};
