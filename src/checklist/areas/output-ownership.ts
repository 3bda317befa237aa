import type { AreaDefinition } from "../../engine/types";

// Purely machine-generated material may not be protected by copyright at all, so
// who owns outputs must be allocated by contract and backed by an assignment of
// whatever rights exist. Assignment "if any" protects the licensor; an unqualified
// assignment or a promise of protectability exposes it.
export const outputOwnership: AreaDefinition = {
  id: "output-ownership",
  title: "Ownership and use of outputs",
  severity: "high",
  why:
    "Generated material may carry no copyright of its own, so ownership of outputs exists only as the contract allocates it. " +
    "A licensee that builds products on outputs needs to own them; a licensor must not promise rights it may not have.",
  addressedBy: [
    "{output} ... own*|ownership|title|property|vest*",
    "own*|ownership|title|property ...8 {output}",
    "rights ... in ... {output}",
  ],
  rules: [
    {
      id: "licensor-owns-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} keeps ownership of {output}; {licensee} does not own what the AI produces for it.",
      expected: "As between the parties, {licensee} owns all {output}.",
      match: {
        all: [
          [
            "{licensor} owns|retains",
            "{licensor} ...3 shall|will|exclusively|solely|to own|retain",
            "{licensor} ...4 owner|owners|property",
            "{output} ...8 (property of|owned by|vest in|vests in|vested in|belong to|belongs to) {licensor}",
          ],
          ["{output} ...12 right|rights|title|interest|ownership|property", "right|rights|title|interest|ownership|property ...12 {output}", "own ...4 {output}", "retain* ...4 {output}"],
        ],
        none: ["if any", "copies", "backup*"],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "licensor-licence-to-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} keeps a broad licence to {output}, so it can reuse what the AI produces for {licensee}.",
      expected: "{licensor} may use {output} only to provide the {system} to {licensee:object}.",
      match: {
        all: [
          ["perpetual", "irrevocable", "worldwide", "royalty-free", "sublicensable", "for any purpose"],
          ["licen* ...8 {output}", "right to use ...6 {output}"],
        ],
        none: ["solely to provide", "only to provide", "solely for the purpose of providing", "only as necessary"],
        actor: "licensor",
      },
    },
    {
      id: "licensee-only-licensed-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} only receives a licence to {output}, not ownership.",
      expected: "{licensee} owns {output} outright, not under a licence.",
      match: {
        all: [["{licensor} grants|hereby|shall|will ...8 licen* ...10 {output}", "{licensee} may use {output} ...8 under ...3 licen*"]],
        actor: "licensor",
      },
    },
    {
      id: "output-internal-use-only",
      effect: { licensee: "risk", licensor: "protection" },
      severity: "medium",
      message: "{output} may be used only internally, which rules out publishing or commercialising it.",
      expected: "{licensee} may use {output} for any lawful purpose.",
      match: { all: [["{output}"], ["solely|only|exclusively for ...6 internal", "internal ...3 purposes only"]] },
    },
    {
      id: "licensee-owns-output",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} owns {output}.",
      match: {
        all: [
          [
            "{licensee} ...4 own|owns|retain|retains|owner",
            "{output} ...8 (vest in|vests in|vested in|belong to|belongs to|property of|owned by) {licensee}",
          ],
          ["{output}"],
        ],
        actor: "licensee",
      },
    },
    {
      id: "assignment-if-any",
      effect: { licensee: "protection", licensor: "protection" },
      message: "{licensor} assigns whatever rights it has in {output} (if any), without promising that rights exist.",
      match: {
        all: [
          ["assign|assigns|assignment"],
          ["if any", "to the extent", "any rights", "such rights as", "whatever rights", "any right"],
          ["{output}"],
        ],
        actor: "licensor",
        scope: "sentence",
      },
    },
    {
      id: "unqualified-assignment",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} assigns rights in {output} without \"if any\", promising title it may not have.",
      expected: "{licensor} assigns only such rights as it has, if any, in {output}.",
      match: {
        all: [["assign|assigns|assignment|vest|vests"], ["{output}"]],
        none: ["if any", "to the extent", "any rights", "any right", "such rights as", "whatever rights", "no assignment", "may not assign", "not assign"],
        actor: "licensor",
        scope: "sentence",
      },
    },
    {
      id: "full-title-guarantee",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{output} is assigned with full title guarantee or by present assignment of future rights: an unqualified promise of title.",
      expected: "Assignment of such rights as exist, if any, without title guarantee.",
      match: { all: [["full title guarantee", "present assignment of future"]], polarity: "any" },
    },
    {
      id: "protectability-promised",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} promises that {output} is protectable, unique or exclusive.",
      expected: "No warranty that {output} is protectable, unique or exclusive to {licensee}.",
      match: {
        all: [["{output}"], ["protectable", "copyrightable", "unique", "exclusive to", "original"], ["warrant*", "represent*", "guarantee*"]],
        actor: "licensor",
      },
    },
    {
      id: "no-protectability-promise",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} makes no promise that {output} is protectable or unique.",
      match: {
        all: [["{output}"], ["protectable", "copyrightable", "unique", "similar", "same or similar", "intellectual property"], ["no representation", "not ...6 represent*|warrant*|protectable", "may not be", "might not be", "disclaim*"]],
        polarity: "any",
        scope: "sentence",
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "output-ownership/le-1",
        title: "{licensee} owns all {output}, with an assignment of {licensor's} rights",
        text:
          "As between the parties, {licensee} will own all right, title and interest in and to all {output}. {licensor} hereby assigns to {licensee:object} all right, title and interest that {licensor} may have, if any, in and to the {output}, and will execute such documents as {licensee} reasonably requests to perfect that assignment. {licensor} will not assert against {licensee:object} or its successors any right in any {output}.",
        note: "Opening position: ownership plus assignment plus a non-assertion promise, so the position holds even where no copyright subsists.",
      },
      {
        id: "output-ownership/le-2",
        title: "{licensee} owns {output}; {licensor} keeps a limited licence to provide the service",
        text:
          "As between the parties, {licensee} will own all {output}, and {licensor} hereby assigns to {licensee:object} its right, title and interest, if any, in the {output}. {licensee} grants {licensor:object} a non-exclusive licence to use {output} during the term solely to provide the {system} to {licensee:object}, and for no other purpose.",
        note: "Offer when the provider needs to process outputs to run the service; the licence back is limited to that purpose and ends with the agreement.",
      },
      {
        id: "output-ownership/le-3",
        title: "Exclusive, perpetual licence to {output}",
        text:
          "To the extent {licensor} holds any right in any {output}, {licensor} grants {licensee:object} an exclusive, perpetual, irrevocable, worldwide, royalty-free licence, with the right to sublicense, to use, reproduce, modify, publish and commercialise that {output} for any lawful purpose, and {licensor} will not use or license that {output} to any third party.",
        note: "Last resort where the provider will not assign: a licence that is exclusive and perpetual gives most of what ownership would.",
      },
    ],
    licensor: [
      {
        id: "output-ownership/lr-1",
        title: "Assignment of {licensor's} rights in {output}, if any, without warranty",
        text:
          "As between the parties, {licensor} assigns to {licensee:object} such right, title and interest as {licensor} may have, if any, in the {output}. {licensee} acknowledges that {output} is generated by automated means, may not be protectable by intellectual property rights, and may be identical or similar to output generated for other customers, and {licensor} makes no representation or warranty that any {output} is protectable, original, unique or exclusive to {licensee:object}.",
        note: "Opening position: gives the customer what the provider can give while disclaiming what it cannot promise.",
      },
      {
        id: "output-ownership/lr-2",
        title: "Assignment of {output} excluding similar output for others",
        text:
          "{licensor} assigns to {licensee:object} its right, title and interest, if any, in the {output}, except that nothing in this {agreement} restricts {licensor} from generating, using or licensing output that is identical or similar to any {output} for other customers, or from using its own models, prompts, know-how and materials that are embodied in any {output}.",
        note: "Offer when the customer insists on ownership language: keeps the provider free to serve other customers with similar results.",
      },
      {
        id: "output-ownership/lr-3",
        title: "{licensee} owns {output}; limited licence to operate the service",
        text:
          "As between the parties, {licensee} owns the {output}, to the extent any rights subsist in it. {licensee} grants {licensor:object} a non-exclusive, royalty-free licence to host, process and reproduce the {output} as needed to provide, secure and support the {system} during the term.",
        note: "Fallback when ownership must go to the customer: protects the provider's ability to run and secure the service.",
      },
    ],
  },
};
