import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  'These Terms are an agreement between Brightline Labs Inc. ("Brightline", "we", "us") and you.',
  "Brightline grants you a licence to use the assistant. You must follow these terms. Your use of the assistant is at your own risk.",
];

const MODEL_LICENCE = [
  'This Model Licence is made between Kestrel AI GmbH ("Licensor") and Alder Health Inc. ("Licensee").',
  '"Licensee Data" means all data that Licensee processes using the Model, including prompts and Outputs.',
  '"Fine-Tuned Model" means any model parameters created by Licensee by training the Model on Licensee Data.',
  '"Model" means the Kestrel 7B model, including its weights.',
];

ruleTests("exit-data-deletion", {
  "no-unlearning": {
    fires: [
      { description: "no obligation to remove data from trained models", text: "Provider has no obligation to remove Customer Data from any model already trained on it." },
      { description: "no duty to delete models trained before an opt-out", text: "An opt-out does not require Provider to delete any model trained before the opt-out takes effect." },
      { description: "second person", text: "We are not required to remove your data from models trained on it.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "unlearning duty", text: "Provider shall remove the influence of Customer Data from any model trained on it." },
      { description: "training ban (training area)", text: "Provider shall not use Customer Data to train, retrain or fine-tune any model." },
      { description: "model changes", text: "Provider may not retrain or replace the model without notice." },
    ],
  },
  "unlearning-infeasible": {
    fires: [
      { description: "acknowledgement that data cannot be removed", text: "Customer acknowledges that Input incorporated into the models cannot be removed or unlearned." },
      { description: "not technically feasible", text: "It is not technically feasible to remove individual records from a trained model." },
    ],
    quiet: [
      { description: "unlearning duty", text: "Provider shall remove Customer Data from any model trained on it." },
      { description: "notices shall not be removed from the model", text: "Customer shall not remove any proprietary notice from the model." },
    ],
  },
  "unlearning-required": {
    fires: [
      { description: "remove influence from the model", text: "Provider shall at its own cost remove the influence of Customer Data from the model by retraining it from an earlier checkpoint." },
      { description: "delete models trained on the data", text: "On termination Provider will delete every model fine-tuned on Customer Data." },
      { description: "unlearn after breach", text: "Where Customer Data has been used for training in breach of this Agreement, Provider shall unlearn that Customer Data." },
    ],
    quiet: [
      { description: "no obligation", text: "Provider has no obligation to remove Customer Data from any model already trained on it." },
      { description: "model update, not unlearning", text: "Provider may retrain or replace the models underlying the AI Features at any time." },
      { description: "heading", text: "17. Exit, deletion and unlearning" },
    ],
  },
  "backup-retention-open": {
    fires: [
      { description: "until overwritten in the ordinary course", text: "Provider may retain copies of Customer Data in backup archives until they are overwritten in the ordinary course." },
      { description: "retention policies", text: "Backups containing Customer Data are kept in accordance with Provider's standard retention policies." },
      { description: "no obligation to purge backups", text: "Provider has no obligation to purge Customer Data from its disaster recovery systems." },
    ],
    quiet: [
      { description: "bounded backup retention", text: "Customer Data held in backups will be overwritten within ninety days after termination." },
      { description: "production deletion bounded, backups overwritten within a period", text: "Provider will delete Customer Data within 30 days, and backup copies will be deleted no later than 90 days after termination." },
    ],
  },
  "backup-deletion-bounded": {
    fires: [
      { description: "backups deleted within a period", text: "Customer Data held on backup media shall be deleted no later than ninety days after the end of the term." },
      { description: "archives purged", text: "Provider will purge archived copies of Input within sixty days after termination." },
      { description: "retained in backups for a capped period", text: "Provider may retain Customer Data in backups for up to ninety days after termination." },
    ],
    quiet: [
      { description: "open-ended", text: "Provider may keep backup copies until they are overwritten in the ordinary course." },
      { description: "backups made during the term", text: "Provider will back up Customer Data daily." },
    ],
  },
  "retention-after-termination": {
    fires: [
      { description: "provider retains data after termination", text: "Provider may retain Customer Data after termination for its internal business purposes." },
      { description: "use continues after expiry", text: "Provider may continue to use Input and Output following expiration of this Agreement." },
    ],
    quiet: [
      { description: "legal hold", text: "Provider may retain Customer Data after termination only as required by applicable law." },
      { description: "capped period", text: "Provider may retain Customer Data for up to thirty days after termination to allow export." },
      { description: "customer keeps outputs", text: "Customer may retain and continue to use Output after termination." },
      { description: "negated", text: "Provider shall not retain Customer Data after termination." },
    ],
  },
  "derived-data-kept": {
    fires: [
      { description: "usage data after the term", text: "Provider may use Usage Data for any lawful purpose during and after the term of this Agreement." },
      { description: "de-identified data kept perpetually", text: "Provider may retain de-identified data derived from Customer Data perpetually." },
    ],
    quiet: [
      { description: "usage data during the term", text: "Provider may use Usage Data to operate the Services." },
      { description: "deleted at termination", text: "Provider shall not retain aggregated data after termination." },
    ],
  },
  "deletion-excluded": {
    fires: [
      { description: "no obligation to delete", text: "Provider has no obligation to delete Customer Data or Usage Data." },
      { description: "not required to return data", text: "Provider is not required to return any Output to Customer." },
    ],
    quiet: [
      { description: "deletion duty", text: "Provider will delete all Customer Data within thirty days after termination." },
      { description: "customer's ownership", text: "Customer is not required to provide any Input." },
    ],
  },
  "immediate-deletion": {
    fires: [
      { description: "immediate deletion on termination", text: "Upon termination Provider may delete all Customer Data immediately." },
      { description: "immediately purge", text: "On expiry of the subscription Provider will immediately purge all Customer Data." },
    ],
    quiet: [
      { description: "export window", text: "On termination Provider will delete Customer Data immediately after the export period ends, once Customer has had the chance to export it." },
      { description: "no exit context", text: "Provider will immediately delete any Input that contains malware." },
    ],
  },
  "licensee-loses-custom-models": {
    fires: [
      { description: "licensee deletes its fine-tuned models", text: ["Upon termination:", "(b) Licensee shall permanently delete the Model and all Fine-Tuned Models."], preamble: MODEL_LICENCE },
      { description: "destroys adapters", text: "On expiry Licensee will destroy all adapters and embeddings created with the Model.", preamble: MODEL_LICENCE },
    ],
    quiet: [
      { description: "licensor deletes customer-specific models", text: "On termination Licensor shall delete each Fine-Tuned Model it holds.", preamble: MODEL_LICENCE },
      { description: "export first", text: "Licensee may export and then delete its Fine-Tuned Models.", preamble: MODEL_LICENCE },
    ],
  },
  "licensee-returns-model": {
    fires: [
      { description: "licensee deletes the model on termination", text: "Upon termination Licensee shall delete all copies of the Model, including the weights.", preamble: MODEL_LICENCE },
      { description: "returns confidential information", text: "On expiry, Customer will return or destroy all Confidential Information of Provider." },
    ],
    quiet: [
      { description: "provider returns data", text: ["Within thirty days after termination, Provider shall:", "(a) return to Customer all Customer Data and copies of Output;"] },
      { description: "no exit context", text: "Licensee shall delete any copy of the Model that it no longer needs.", preamble: MODEL_LICENCE },
    ],
  },
  "export-available": {
    fires: [
      { description: "export window after termination", text: "For thirty days after expiration or termination, Provider will make Customer Data available for export in a standard format." },
      { description: "self-service export", text: "Customer may export all Customer Data and Output at any time through the console." },
      { description: "second person, temporal lead-in", text: "After termination, you may download your data for sixty days.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "international transfer", text: "Provider may export Customer Data to its subprocessors outside the European Economic Area." },
      { description: "export control", text: "Customer shall not export Output in breach of export control laws." },
    ],
  },
  "return-on-exit": {
    fires: [
      { description: "return in a list", text: ["Within thirty days after termination, Provider shall:", "(a) return to Customer all Customer Data, logs and customer-specific models;"] },
      { description: "return on expiry", text: "On expiry Provider will return all Input and Output to Customer." },
    ],
    quiet: [
      { description: "return during the term", text: "The AI Features return Output in response to Input." },
      { description: "customer returns provider materials", text: "On termination Customer shall return to Provider all copies of Output delivered under the pilot." },
    ],
  },
  "deletion-on-exit": {
    fires: [
      { description: "provider deletes data", text: "Thereafter Provider will delete Customer Data from its production systems." },
      { description: "passive", text: "Customer Data held by Provider shall be deleted within thirty days after termination." },
      { description: "licensor deletes data in its possession", text: "Licensor shall delete any Licensee Data in its possession.", preamble: MODEL_LICENCE },
    ],
    quiet: [
      { description: "right to delete", text: "Provider may delete Customer Data if Customer fails to pay." },
      { description: "customer deletes its own data", text: "Customer may delete Input from its account at any time." },
    ],
  },
  "deletion-certified": {
    fires: [
      { description: "certify deletion", text: "Provider shall delete all Customer Data and certify the deletion in writing." },
      { description: "certificate of destruction", text: "Provider will deliver a certificate of destruction signed by an officer." },
    ],
    quiet: [
      { description: "licensee certifies", text: "Licensee shall delete the Model and certify the deletion in writing.", preamble: MODEL_LICENCE },
      { description: "security certification", text: "Provider will maintain ISO 27001 certification." },
    ],
  },
  "transition-assistance": {
    fires: [
      { description: "exit assistance", text: "On expiry or termination, Provider shall provide the exit assistance described in Schedule 1." },
      { description: "orderly transition", text: "Provider will cooperate in the orderly transition of the Services to a replacement supplier." },
    ],
    quiet: [
      { description: "a defined exit period only", text: "Backups will be deleted within ninety days after the end of the Exit Period." },
      { description: "model transition period (model changes)", text: "Provider will keep the previous model version available for a transition period." },
    ],
  },
});

ruleTests("exit-data-deletion", {
  "backup-retention-open": {
    fires: [
      {
        description: "backups deleted on the provider's own schedule, with no limit",
        text: "On termination Provider will delete Customer Data within 90 days, except copies kept in backups, which are deleted on Provider's normal schedule.",
      },
    ],
    quiet: [],
  },
});
