import { SUPPLIER, YOU, ruleTests } from "./ruleTable";

ruleTests("license-scope", {
  "personal-grant": {
    fires: [
      { description: "personal licence in the grant", text: "Provider grants Customer a personal, non-transferable licence to use the Software." },
      { description: "second person, non-commercial use", text: "We grant you a limited licence to access the Services for your non-commercial use.", preamble: YOU },
      { description: "personal use only", text: "The licence is granted for Customer's personal use only." },
      { description: "licence personal to the licensee", text: "This license is personal to Customer and may not be assigned." },
    ],
    quiet: [
      { description: "business grant", text: "Provider grants Customer a non-exclusive licence to use the Services for its business purposes." },
      { description: "personal data, not a personal grant", text: "Provider will process personal data under the licence granted in the Data Processing Addendum." },
      { description: "prohibition on personal use", text: "Customer may not use the Services for personal, non-commercial purposes." },
    ],
  },
  "revocable-at-will": {
    fires: [
      { description: "revoke in sole discretion", text: "Provider may revoke the licence at any time in its sole discretion." },
      { description: "second person, terminate access for any reason", text: "We may terminate your access to the Services at any time, for any reason or no reason.", preamble: YOU },
      { description: "passive with the licensor named", text: "The licence granted in Section 2 may be revoked by Provider for convenience." },
      { description: "supplier withdraws the licence without notice", text: "The Supplier may withdraw the licence without notice.", preamble: SUPPLIER },
      { description: "licensor's termination for convenience", text: "Provider may terminate this Agreement or any Order Form for convenience on thirty days' notice." },
      { description: "discontinue the service in its discretion", text: "Provider may discontinue the Services at any time in its sole discretion." },
    ],
    quiet: [
      { description: "the licensee's own termination", text: "Customer may terminate this licence at any time on written notice." },
      { description: "the licensee's termination for convenience", text: "Customer may terminate this Agreement for convenience." },
      { description: "revocation only for uncured breach", text: "Provider may terminate the licence only if Customer fails to cure a material breach within thirty days." },
      { description: "negated", text: "Provider may not revoke the licence at any time during the Term." },
    ],
  },
  "revocable-grant": {
    fires: [
      { description: "revocable licence", text: "Provider grants Customer a revocable, non-exclusive licence to use the Platform." },
      { description: "licence is revocable", text: "The licence granted under this Section is revocable." },
    ],
    quiet: [
      { description: "irrevocable", text: "The licence is irrevocable except for termination for breach." },
      { description: "not revocable", text: "The licence is not revocable during the Term." },
    ],
  },
  "scale-threshold": {
    fires: [
      {
        description: "revenue cliff in a condition",
        text: "If Customer's annual revenue exceeds USD 50 million, the licence granted under this Agreement will lapse unless the parties agree new fees.",
      },
      {
        description: "second person, active-user threshold",
        text: "If the monthly active users of the products you make available are greater than ten million, you must request a license from us.",
        preamble: YOU,
      },
      { description: "seat threshold ends the rights", text: "The rights granted in Section 2 terminate once the number of seats used is more than the number purchased." },
    ],
    quiet: [
      { description: "overage is invoiced, licence continues", text: "If Customer's use exceeds the purchased volume, Provider may invoice the excess at the rates in the Order Form." },
      { description: "non-payment, not a scale threshold", text: "The licence terminates if any fees remain unpaid for more than sixty days." },
    ],
  },
  "ends-on-litigation": {
    fires: [
      {
        description: "patent litigation ends the licence",
        text: "If Customer institutes patent litigation against Provider alleging that the Model infringes, all licenses granted to Customer under this Agreement terminate on the date the litigation is filed.",
      },
      { description: "second person, suing the vendor", text: "If you sue us over any intellectual property in the Model, your license ends automatically.", preamble: YOU },
    ],
    quiet: [
      { description: "ordinary enforcement", text: "Either party may bring an action to enforce this Agreement." },
      { description: "a claim does not end the licence", text: "If Customer brings a claim against Provider, Provider will not terminate the licence." },
    ],
  },
  "affiliates-excluded": {
    fires: [
      { description: "no affiliates or contractors", text: "Customer may not permit its affiliates or contractors to access the Services." },
      { description: "affiliates not permitted to use", text: "Customer's Affiliates are not permitted to use the Software." },
    ],
    quiet: [
      { description: "affiliates permitted", text: "Customer may permit its affiliates to use the Services." },
      { description: "the licensor's own affiliates", text: "Provider will not permit its affiliates to access Customer Data." },
    ],
  },
  "affiliates-and-contractors": {
    fires: [
      { description: "affiliates and outsourcers", text: "The Client may authorise its Affiliates and outsourcing providers to use the Services on its behalf.", preamble: SUPPLIER },
      { description: "affiliates may use", text: "Customer's Affiliates may use the Platform under Customer's account." },
    ],
    quiet: [
      { description: "negated", text: "Customer may not permit its contractors to use the Services." },
      { description: "the licensor's subcontractors", text: "Provider may permit its subcontractors to host the Platform." },
    ],
  },
  "business-wide-grant": {
    fires: [{ description: "group business purposes", text: "Provider grants Customer a worldwide licence to use the Services for the business purposes of Customer and its Affiliates." }],
    quiet: [{ description: "internal purposes only", text: "Provider grants Customer a licence to use the Services for the internal business purposes of Customer." }],
  },
  "internal-purposes-grant": {
    fires: [
      { description: "right to use for internal operations", text: "Provider grants Customer a right to use the AI Features solely for its internal business operations." },
      { description: "licence for internal use", text: "We grant you a licence to use the Services for your internal use.", preamble: YOU },
    ],
    quiet: [{ description: "internal analysis of outputs, no grant", text: "Customer may analyse Output for its internal purposes." }],
  },
  "limited-grant": {
    fires: [{ description: "non-exclusive, non-transferable right", text: "Provider hereby grants to Customer a non-exclusive, non-transferable right to access the Services." }],
    quiet: [{ description: "a data licence to the provider", text: "Customer grants Provider a non-exclusive licence to host Customer Data." }],
  },
  "perpetual-grant": {
    fires: [
      { description: "perpetual, irrevocable licence to the model", text: "Provider grants Customer a perpetual, irrevocable licence to use the Model." },
      { description: "licence is perpetual", text: "The licence granted to Customer under Section 2 is perpetual." },
    ],
    quiet: [
      { description: "a perpetual licence to the licensor", text: "Customer grants Provider a perpetual licence to use Feedback." },
      { description: "perpetual licence to outputs belongs to output ownership", text: "Provider grants Customer a perpetual licence to the Output." },
    ],
  },
  "no-revocation": {
    fires: [
      { description: "licensor may not revoke", text: "Provider shall not suspend or revoke the licence during the Term." },
      { description: "supplier shall not withdraw", text: "The Supplier shall not withdraw the licence granted in clause 3 save on expiry of this Agreement.", preamble: SUPPLIER },
    ],
    quiet: [
      { description: "breach carve-out", text: "Provider shall not revoke the licence except for Customer's uncured material breach." },
      { description: "the licensee's undertaking", text: "Customer shall not terminate the licence before the end of the Initial Term." },
    ],
  },
  "revocation-for-breach-only": {
    fires: [{ description: "uncured breach", text: "Provider may revoke the licence only if Customer materially breaches this Agreement and fails to cure within 30 days." }],
    quiet: [{ description: "revocation at will", text: "Provider may revoke the licence at any time." }],
  },
  "licensor-termination-limited": {
    fires: [
      { description: "termination only for non-payment", text: "Provider may terminate this Agreement only if Customer fails to pay undisputed fees within sixty days after notice." },
      { description: "supplier terminates only for non-payment", text: "The Supplier may terminate only for non-payment of the Charges.", preamble: SUPPLIER },
    ],
    quiet: [{ description: "termination for breach", text: "Provider may terminate this Agreement for material breach." }],
  },
  sublicensing: {
    fires: [
      { description: "sublicensable grant", text: "Provider grants Customer a transferable, sublicensable licence to use the Platform." },
      { description: "may sublicense", text: "Customer may sublicense its rights under this Agreement to any third party." },
    ],
    quiet: [
      { description: "prohibition", text: "Customer may not sublicense the Platform." },
      { description: "consent required", text: "Customer may sublicense its rights only with Provider's prior written consent." },
      { description: "a data licence to the provider", text: "Customer grants Provider a sublicensable licence to Customer Data." },
    ],
  },
  "no-sublicensing": {
    fires: [
      { description: "restriction list", text: ["Customer will not:", "(a) resell, lease or sublicense the Services to any third party;"] },
      { description: "second person", text: "You may not rent or sublicense the Services.", preamble: YOU },
    ],
    quiet: [
      { description: "the licensor's own sublicensing", text: "Provider shall not sublicense its rights in Customer Data." },
      { description: "sublicensing allowed", text: "Customer may sublicense its rights to its Affiliates." },
    ],
  },
  "modify-or-derive-model": {
    fires: [
      { description: "modify and create derivative works", text: "Customer may modify the Model and create derivative works of it." },
      { description: "second person, fine-tune and distribute weights", text: "You may fine-tune the model and distribute the resulting weights.", preamble: YOU },
    ],
    quiet: [
      { description: "prohibition", text: "Customer shall not modify the Model." },
      { description: "the licensor changes its own service", text: "Provider may modify the Services at any time." },
      { description: "editing outputs", text: "Customer may modify Output before publishing it." },
    ],
  },
});
