import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  "These terms govern your use of Quill, an AI drafting service.",
  "Larkspur Labs grants you a limited licence to use the service. We may update these terms, and you agree to review them.",
  '"Outputs" means text that the service generates for you.',
];

ruleTests("regulatory-compliance", {
  "licensee-solely-responsible-for-compliance": {
    fires: [
      {
        description: "solely responsible for lawful use",
        text: "Customer is solely responsible for ensuring that its use of the AI Features provided by Provider complies with all applicable laws.",
      },
      { description: "passive drafting", text: "Compliance of the AI Features with the EU AI Act is the sole responsibility of Customer." },
    ],
    quiet: [
      { description: "nothing makes the customer solely responsible", text: "Nothing in this Agreement makes Customer solely responsible for the compliance of the AI Features with law." },
      {
        description: "compliance split by role",
        text: "Customer is solely responsible for ensuring that its own deployment complies with the laws applicable to it as a deployer.",
      },
      { description: "verification of accuracy is not legal compliance", text: "Customer is solely responsible for evaluating the completeness of Output." },
    ],
  },
  "licensee-bears-compliance": {
    fires: [
      { description: "second person: use must comply with laws", text: "Your use of the service must comply with all applicable laws and regulations.", preamble: SECOND_PERSON },
      { description: "customer covenant", text: "Customer shall use the AI Features in compliance with all applicable laws." },
      {
        description: "restriction on regulated use without compliance",
        text: "Customer will not use the AI Features in a regulated activity except in compliance with applicable law and professional rules.",
      },
    ],
    quiet: [
      { description: "mutual covenant", text: "Each party shall comply with all laws applicable to it in performing this Agreement." },
      { description: "role split", text: "Customer shall ensure that its deployment complies with the laws applicable to Customer as a deployer." },
      { description: "provider covenant", text: "Provider shall provide the Services in compliance with all applicable laws." },
      { description: "a heading", text: "Compliance with Laws" },
    ],
  },
  "licensee-not-solely-responsible": {
    fires: [{ description: "nothing makes the customer solely responsible", text: "Nothing in this Agreement shall make Customer solely responsible for the compliance of the Services with law." }],
    quiet: [{ description: "solely responsible", text: "Customer is solely responsible for compliance with law." }],
  },
  "licensor-warrants-compliance": {
    fires: [
      { description: "warranty that the model complies", text: "Provider warrants that the AI Features, as delivered, comply with the laws applicable to Provider as their provider." },
      {
        description: "warranty despite a use by the customer",
        text: "Provider represents that the AI Features, when used by Customer in accordance with the Documentation, conform to applicable legislation.",
      },
      { description: "list after a lead-in", text: ["Provider warrants that:", "(d) it will perform its obligations in compliance with all applicable laws;"] },
    ],
    quiet: [
      { description: "customer warranty", text: "Customer warrants that its use of Output will comply with applicable law." },
      { description: "mutual covenant", text: "Each party shall comply with all applicable laws." },
    ],
  },
  "mutual-compliance": {
    fires: [{ description: "each party complies", text: "Each party shall comply with all laws and regulations applicable to it." }],
    quiet: [{ description: "one party", text: "Customer shall comply with all applicable laws." }],
  },
  "licensor-warrants-use-compliance": {
    fires: [
      { description: "warranty of the customer's use", text: "Provider warrants that Customer's use of the AI Features for the purposes in the Order Form will comply with all applicable AI law." },
      { description: "use by the customer", text: "Provider represents that use of the AI Features by Customer will be lawful." },
    ],
    quiet: [
      { description: "no warranty of the customer's use", text: "Provider does not warrant that Customer's use of the AI Features will comply with law." },
      { description: "warranty of the system only", text: "Provider warrants that the AI Features comply with the laws applicable to Provider." },
    ],
  },
  "change-in-law-at-licensor-cost": {
    fires: [
      {
        description: "open-ended duty to keep compliant",
        text: "Provider shall implement any changes to the AI Features required to keep them compliant following any change in applicable law.",
      },
      {
        description: "list after a lead-in",
        text: ["Provider shall, at its own cost:", "(e) make all modifications needed for the AI Features to comply with any new AI regulation;"],
      },
    ],
    quiet: [
      { description: "a right, not a duty", text: "Provider may make changes to the AI Features to comply with changes in law." },
      {
        description: "at the customer's cost",
        text: "Provider shall implement changes required to comply with a change in law at Customer's cost under the change control procedure.",
      },
    ],
  },
  "change-in-law-right": {
    fires: [{ description: "may modify for change in law", text: "Provider may modify or suspend the AI Features to the extent required by a change in applicable law." }],
    quiet: [{ description: "customer's right", text: "Customer may terminate this Agreement if a change in law makes the AI Features unlawful for it to use." }],
  },
  "licensor-regulatory-cooperation": {
    fires: [
      { description: "cooperation with impact assessments", text: "Provider will cooperate with any data protection impact assessment conducted by Customer." },
      { description: "list after a lead-in", text: ["Provider shall:", "(b) provide reasonable assistance with any conformity assessment requested by a regulator;"] },
      {
        description: "coordinated duty far from its subject",
        text: "Provider shall ensure that the AI Features comply with applicable law and shall assist Customer in conducting any fundamental rights impact assessment.",
      },
    ],
    quiet: [
      { description: "ordinary support", text: "Provider will provide support by email during business hours." },
      { description: "customer cooperation", text: "Customer will cooperate with Provider's security assessments." },
      { description: "customer cooperation with regulators", text: "Customer shall cooperate with any regulator investigating the use of the AI Features." },
    ],
  },
  "licensor-supplies-documentation": {
    fires: [
      { description: "technical documentation for a deployer", text: "Provider shall provide Customer with the technical documentation and instructions for use required of a provider under the AI Act." },
      { description: "list after a lead-in", text: ["Provider shall:", "(a) make available to Customer the technical documentation for the Model;"] },
    ],
    quiet: [{ description: "customer supplies documentation", text: "Customer shall provide Provider with the technical documentation of its own systems." }],
  },
  "cooperation-at-licensee-cost": {
    fires: [{ description: "assistance at customer's cost", text: "Provider will provide reasonable assistance with impact assessments at Customer's expense." }],
    quiet: [{ description: "at provider's cost", text: "Provider will provide reasonable assistance with impact assessments at its own cost." }],
  },
  "data-protection-terms": {
    fires: [
      { description: "DPA incorporated", text: "The Data Processing Addendum forms part of this Agreement and governs Provider's processing of personal data." },
      { description: "processor role", text: "In respect of personal data contained in Input, Provider acts as a processor on behalf of Customer." },
      { description: "licensor's statutory obligations preserved", text: "Nothing in this Addendum reduces Provider's obligations under applicable data protection laws." },
    ],
    quiet: [
      { description: "a definition", text: '"Personal Data" has the meaning given in the GDPR.' },
      { description: "disapplied", text: "The data processing terms do not apply to Output." },
      { description: "laws named in a compliance covenant", text: "Customer shall use the AI Features in accordance with applicable laws, including data protection laws." },
    ],
  },
  "licensor-bias-testing": {
    fires: [
      { description: "tests for bias", text: "Provider shall test the AI Features for bias and discriminatory outcomes before each release deployed by Customer." },
      { description: "results of bias evaluations", text: "The Documentation includes the results of Provider's bias and fairness evaluations." },
    ],
    quiet: [{ description: "customer must not discriminate", text: "Customer shall not use the AI Features to discriminate unlawfully against any person." }],
  },
});
