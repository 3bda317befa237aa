import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  "These terms govern your use of Scribe, an AI writing assistant.",
  "Kestrel grants you a limited licence to use Scribe. We may update these terms, and you agree to check them.",
  '"Outputs" means text that Scribe generates for you.',
];

ruleTests("output-ownership", {
  "licensor-owns-output": {
    fires: [
      { description: "licensor retains title to output", text: "Provider retains all right, title and interest in and to all Output." },
      { description: "output is the property of the licensor", text: "All Output shall be the sole and exclusive property of Provider." },
      { description: "licensor shall own output", text: "As between the parties, Provider shall own all Output and all rights in it." },
    ],
    quiet: [
      { description: "the customer owns output", text: "As between the parties, Customer owns all Output." },
      { description: "retention of backup copies is not ownership", text: "Provider may retain copies of Customer Data, including Output, in its backups for thirty days." },
      { description: "at its own cost is not ownership", text: "Provider shall at its own cost correct any Output that fails to meet the specification." },
      { description: "a definition describes, it grants nothing", text: '"Provider Materials" means materials that Provider owns, other than Output.' },
    ],
  },
  "licensor-licence-to-output": {
    fires: [
      { description: "perpetual licence retained", text: "Kestrel retains a perpetual, irrevocable licence to use such Outputs.", preamble: SECOND_PERSON },
      { description: "customer grants a worldwide licence to output", text: "Customer grants Provider a worldwide, royalty-free licence to use, copy and modify Output." },
    ],
    quiet: [
      { description: "licence limited to providing the service", text: "Customer grants Provider a worldwide, royalty-free licence to use Output solely to provide the Services." },
    ],
  },
  "licensee-owns-output": {
    fires: [
      { description: "as between the parties", text: "As between the parties, Customer owns all Output." },
      { description: "output vests in the customer", text: "All Output shall vest in Customer upon creation." },
    ],
    quiet: [{ description: "licensor owns", text: "Provider owns all Output." }],
  },
  "assignment-if-any": {
    fires: [
      { description: "assignment of rights, if any", text: "Provider hereby assigns to Customer all of its right, title and interest, if any, in and to the Output." },
      { description: "second-person assignment of any rights", text: "We hereby assign to you any rights, title and interest we may have in the Outputs.", preamble: SECOND_PERSON },
    ],
    quiet: [{ description: "unqualified assignment", text: "Provider hereby assigns to Customer all right, title and interest in the Output." }],
  },
  "unqualified-assignment": {
    fires: [{ description: "assignment without if any", text: "Provider hereby assigns to Customer all right, title and interest in the Output." }],
    quiet: [{ description: "assignment to the extent rights exist", text: "To the extent Provider has any right in any Output, Provider hereby assigns that right to Customer." }],
  },
  "full-title-guarantee": {
    fires: [{ description: "present assignment of future rights", text: "Provider assigns to Customer by way of present assignment of future rights all rights in the Output." }],
    quiet: [{ description: "plain assignment", text: "Provider assigns to Customer its rights, if any, in the Output." }],
  },
  "protectability-promised": {
    fires: [{ description: "warranty that output is original", text: "Provider warrants that all Output will be original and protectable by copyright." }],
    quiet: [{ description: "no representation of protectability", text: "Provider makes no representation that any Output is protectable." }],
  },
});

ruleTests("output-ownership", {
  "licensor-owns-output": {
    fires: [
      {
        description: "ownership kept, with only a licence to use granted back",
        text: "As between the parties, Provider owns all right, title and interest in and to the Output, and grants Customer a non-exclusive licence to use the Output.",
      },
    ],
    quiet: [],
  },
});
