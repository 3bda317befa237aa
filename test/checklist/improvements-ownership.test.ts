import { ruleTests } from "./ruleTable";

// Second-person drafting: "we" is the licensor, "you" the licensee.
const YOU = [
  'These Terms of Use (the "Terms") are an agreement between you and Skylark Labs, Inc. ("Skylark", "we", "us" or "our").',
  "By using the Services you accept these Terms; if you do not accept them, you may not use the Services.",
  '"Your Content" means the prompts, files and other content you submit to the Services.',
];
// A model licence with Licensor and Licensee.
const MODEL_LICENCE = [
  'This Model License Agreement is entered into by Fernhill AI GmbH ("Licensor") and Oakridge Clinics, Inc. ("Licensee").',
  '"Model" means the Fernhill Base 7B model, including its weights.',
  '"Licensee Data" means data that Licensee uses to fine-tune the Model.',
  '"Adapter" means any set of parameters created by Licensee by training the Model on Licensee Data.',
];

ruleTests("improvements-ownership", {
  "licensor-owns-improvements": {
    fires: [
      { description: "fine-tuned models owned by the provider", text: "Provider shall own all right, title and interest in any fine-tuned models, including those trained on Customer Data." },
      { description: "passive, owned exclusively by", text: "All Improvements shall be owned exclusively by Provider." },
      { description: "acknowledged to be the provider's property", text: "Customer acknowledges that all enhancements and derivative works of the Platform are the sole property of Provider." },
      { description: "second person", text: "We own all improvements to the Services, including those based on Your Content.", preamble: YOU },
      { description: "vesting in the licensor", text: "All modifications to the Model shall vest in Licensor on creation.", preamble: MODEL_LICENCE },
    ],
    quiet: [
      { description: "only general improvements", text: "Provider retains ownership of all general improvements that contain no Customer Data." },
      { description: "licensee owns the fine-tunes, base model carved out", text: "Licensee owns each Adapter, subject to Licensor's ownership of the underlying Model.", preamble: MODEL_LICENCE },
      { description: "own as an adjective", text: "Provider at its own cost will remove any fine-tuned model." },
      {
        description: "licensee owns its derivatives, subject to the licensor's ownership",
        text: "Subject to our ownership of the Model, you are and will be the owner of any derivative works of the Model that you make.",
        preamble: YOU,
      },
      { description: "ownership of the platform alone", text: "Provider owns the Platform and all intellectual property rights in it." },
    ],
  },
  "licensee-assigns-improvements": {
    fires: [
      { description: "assignment of modifications", text: "Customer agrees to assign to Provider all modifications to the Software made by Customer." },
      { description: "hereby assigns improvements", text: "Licensee hereby assigns to Licensor all right, title and interest in every improvement to the Model.", preamble: MODEL_LICENCE },
    ],
    quiet: [
      { description: "the licensor assigns", text: "Provider hereby assigns to Customer all rights in the Customer-Specific Models." },
      { description: "assignment of the agreement", text: "Customer may not assign this Agreement without Provider's consent." },
    ],
  },
  "custom-models-for-others": {
    fires: [{ description: "customer-specific model for other customers", text: "Provider may use any customer-specific model to provide services to its other customers." }],
    quiet: [
      { description: "negated", text: "Provider will not make any fine-tuned model trained on Customer Data available to any third parties." },
      { description: "training clause without derived models", text: "Provider may use Customer Data to improve the Services for all customers." },
    ],
  },
  "custom-models-exclusive": {
    fires: [
      { description: "no use for third parties", text: "Provider will not make any fine-tuned model trained on Customer Data available to any third parties." },
      { description: "not for the benefit of others", text: "The Supplier shall not use any client-specific model for the benefit of anyone other than the Client." },
    ],
    quiet: [{ description: "permission", text: "Provider may use any customer-specific model for other customers." }],
  },
  "custom-models-dedicated": {
    fires: [
      { description: "solely for the licensee", text: "Any fine-tuned model created with Customer Data will be used solely for Customer." },
      { description: "weights created for the licensee", text: "Nothing in this Agreement gives Provider any right in model weights created solely for Customer." },
    ],
    quiet: [{ description: "fine-tuned model with no exclusivity", text: "Provider may offer fine-tuned models at additional cost." }],
  },
  "licensee-owns-custom-artefacts": {
    fires: [
      { description: "fine-tunes, adapters and embeddings", text: "Customer will own all fine-tuned models, adapters and embeddings created using Customer Data." },
      { description: "belong to the licensee", text: "All customer-specific models shall belong to Customer from creation." },
      { description: "second person", text: "You own any custom model trained on Your Content.", preamble: YOU },
      { description: "owner after a long verb phrase", text: "Customer is and will remain the owner of every adapter it trains." },
    ],
    quiet: [
      { description: "ownership of outputs", text: "Customer owns all Output." },
      { description: "owned by the licensor", text: "All customer-specific models are the property of Provider." },
    ],
  },
  "licensee-owns-platform-improvements": {
    fires: [
      { description: "improvements to the model", text: "Customer shall own all improvements to the Model made by Customer." },
      { description: "enhancements of the platform vest in the licensee", text: "All enhancements of the Platform developed under a Statement of Work shall vest in Customer." },
    ],
    quiet: [
      { description: "customer-specific artefacts only", text: "Customer will own all adapters created using Customer Data." },
      { description: "the licensee's own fine-tunes of the model", text: "Customer owns all fine-tuned derivatives, subject to Provider's ownership of the Model." },
      { description: "the licensee's derivative works of the model", text: "Customer owns the derivative works of the Model that it creates." },
    ],
  },
  "licensor-keeps-base-model": {
    fires: [
      { description: "base model and general improvements", text: "Provider retains all rights in the base model and in any improvements of general application." },
      { description: "underlying model remains the licensor's", text: "Nothing in this clause transfers to Customer any right in the underlying model, which remains the property of Provider." },
    ],
    quiet: [{ description: "ownership of the platform without improvements or base model", text: "Provider owns the Platform." }],
  },
  "licensor-exploits-improvements": {
    fires: [{ description: "incorporate without obligation", text: "Provider may incorporate any Improvements into its products without payment or attribution to Customer." }],
    quiet: [{ description: "the licensee's use", text: "Customer may use the Improvements without payment during the Term." }],
  },
  "know-how-handover": {
    fires: [{ description: "assignment of know-how", text: "Provider shall assign to Customer all know-how developed in performing the Services." }],
    quiet: [
      { description: "residuals", text: "Provider is free to use the know-how and techniques it develops, and nothing requires it to disclose them." },
      { description: "the licensee's know-how", text: "Customer shall disclose to Provider the techniques it uses to label data." },
    ],
  },
  "residual-know-how": {
    fires: [{ description: "general skills and know-how", text: "Nothing in this Agreement restricts Provider from using the general skills and know-how acquired in performing the Services." }],
    quiet: [{ description: "no residuals clause", text: "Provider will keep Customer Data confidential." }],
  },
  "custom-artefacts-returned": {
    fires: [
      { description: "export on exit", text: "On termination, Provider will export to Customer all custom models trained for Customer." },
      { description: "return of embeddings", text: "Provider will return all embeddings and adapters created for Customer within thirty days." },
    ],
    quiet: [{ description: "the licensee deletes", text: "Licensee shall delete every Adapter on termination.", preamble: MODEL_LICENCE }],
  },
});
