import { strict as assert } from "node:assert";
import { firedRules, ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  'These Terms are an agreement between Brightline Labs Inc. ("Brightline", "we", "us") and you.',
  "Brightline grants you a licence to use the assistant. You must follow these terms. Your use of the assistant is at your own risk.",
];

const MODEL_LICENCE = [
  'This Model Licence is made between Kestrel AI GmbH ("Licensor") and Alder Health Inc. ("Licensee").',
  '"Model" means the Kestrel 7B model, including its weights.',
];

ruleTests("acceptable-use-suspension", {
  "aup-changeable": {
    fires: [
      { description: "policy updated in the provider's discretion", text: "Customer shall comply with the Acceptable Use Policy, which Provider may update from time to time in its discretion." },
      { description: "modified at any time", text: "Provider may modify the Acceptable Use Policy at any time." },
      { description: "passive, effective on posting", text: "The usage policy may be amended and amendments take effect when posted." },
      { description: "second person", text: "We may change our Acceptable Use Policy at any time without notice.", preamble: SECOND_PERSON },
      { description: "plural usage policies", text: "We may change these Usage Policies at any time.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "changes only on notice", text: "Provider may not modify the Acceptable Use Policy at any time without thirty days' notice." },
      { description: "customer updates its own policies", text: "Customer may update its internal use policy from time to time." },
      { description: "model changes (other area)", text: "Provider may update the models from time to time." },
    ],
  },
  "aup-by-reference": {
    fires: [
      { description: "policy at a URL", text: "Customer's use of the Services is subject to Provider's Acceptable Use Policy at https://example.com/aup." },
      { description: "then-current policy", text: "Customer will comply with Provider's then-current Acceptable Use Policy." },
      { description: "as updated", text: "Customer shall comply with the Acceptable Use Policy as updated by Provider." },
    ],
    quiet: [
      { description: "attached policy", text: "Customer shall comply with the Acceptable Use Policy attached as Exhibit B." },
      { description: "fixed version", text: "The Acceptable Use Policy at https://example.com/aup in the version dated 1 March 2025 applies." },
    ],
  },
  "licensor-policies-apply": {
    fires: [
      { description: "policies published by the provider", text: "Customer's use of the Services must comply with all guidelines and policies published by Provider." },
      { description: "second person, our policies", text: "You must comply with our policies when using the assistant.", preamble: SECOND_PERSON },
      { description: "our usage policies", text: "You must comply with our Usage Policies.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "provider complies with its own security policies", text: "Provider will comply with Provider policies on information security." },
      { description: "attached policies", text: "Customer shall comply with the policies published by Provider and attached as Schedule 3." },
      { description: "heading", text: "Compliance with Laws and Provider Policies" },
    ],
  },
  "suspension-without-notice": {
    fires: [
      { description: "immediately and without notice", text: "Provider may suspend access to the Services by Customer or any user immediately and without notice if Provider believes the Acceptable Use Policy has been breached." },
      { description: "sole discretion", text: "Provider reserves the right to suspend Customer's account at any time in its sole discretion." },
      { description: "passive", text: "Customer's access to the AI Features may be suspended without prior notice." },
      { description: "second person", text: "We may suspend your account immediately for any reason.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "suspension on notice", text: "Provider may suspend access to the Services on ten days' written notice if Customer fails to cure a material breach." },
      { description: "emergency only", text: "Provider may suspend access immediately only where necessary to address an emergency security threat." },
      { description: "customer suspends its use", text: "Customer may suspend its use of the Services at any time." },
      { description: "termination, not suspension", text: "Provider may terminate this Agreement immediately by written notice." },
    ],
  },
  "suspension-on-notice": {
    fires: [
      { description: "written notice and suspension pending investigation", text: "If Provider reasonably believes a prohibited use is occurring, Provider may give written notice, and Customer shall suspend that use pending investigation." },
      { description: "prior notice and cure", text: "Provider may suspend the Services after prior written notice if Customer fails to cure the breach within ten days." },
    ],
    quiet: [
      { description: "without notice", text: "Provider may suspend the Services without notice." },
      { description: "notice of termination", text: "Either party may terminate on written notice." },
    ],
  },
  "suspension-right": {
    fires: [
      { description: "provider may suspend access", text: "Provider may suspend Customer's access to the Services if Customer breaches the Acceptable Use Policy." },
      { description: "passive", text: "Accounts may be suspended for non-payment." },
    ],
    quiet: [
      { description: "heading", text: "14. Acceptable Use and Suspension" },
      { description: "customer's right", text: "Customer may suspend payment of disputed fees." },
      { description: "negated", text: "Provider shall not suspend access to the Services during a good-faith dispute." },
    ],
  },
  "remote-disable": {
    fires: [
      { description: "remote disablement", text: "Licensor may remotely disable the Model if Licensee breaches this Agreement.", preamble: MODEL_LICENCE },
      { description: "licence key", text: "The Model includes a licence key that will disable it on expiry of the Term.", preamble: MODEL_LICENCE },
      { description: "kill switch", text: "The Services include a kill switch operated by Provider." },
    ],
    quiet: [
      { description: "no remote mechanism", text: "The Model contains no mechanism that enables Licensor to disable or restrict it remotely.", preamble: MODEL_LICENCE },
      { description: "customer's stop control (oversight)", text: "Customer may stop any automated workflow at any time." },
    ],
  },
  "no-remote-disable": {
    fires: [
      { description: "no remote mechanism", text: "The Model contains no mechanism that enables Licensor to disable or restrict it remotely.", preamble: MODEL_LICENCE },
      { description: "no disabling code", text: "Licensor warrants that the Model does not contain any disabling code.", preamble: MODEL_LICENCE },
    ],
    quiet: [{ description: "remote disablement", text: "Licensor may remotely disable the Model.", preamble: MODEL_LICENCE }],
  },
  "aup-fixed": {
    fires: [
      { description: "prohibited uses amended only by agreement", text: "The prohibited uses in this Section may be amended only by a written agreement signed by both parties." },
      { description: "attached policy", text: "The Acceptable Use Policy is attached as Exhibit C." },
      { description: "not unilaterally", text: "Provider may not unilaterally change the Acceptable Use Policy." },
    ],
    quiet: [
      { description: "policy carved out of the amendment clause", text: "No amendment is effective unless signed by both parties, except for changes to the Acceptable Use Policy made by Provider." },
      { description: "general amendment clause", text: "This Agreement may be amended only by a written agreement signed by both parties." },
    ],
  },
  "aup-change-notice": {
    fires: [
      { description: "thirty days' notice of changes", text: "Provider will give Customer at least thirty days' notice before any change to the Acceptable Use Policy takes effect." },
      { description: "prior notice", text: "Updates to the usage policy require prior written notice to Customer." },
    ],
    quiet: [
      { description: "without notice", text: "Provider may change the Acceptable Use Policy without notice." },
      { description: "rate-limit notice (not a policy)", text: "If a rate limit is changed, Customer will receive notice of that change." },
    ],
  },
  "use-restrictions": {
    fires: [
      { description: "negated lead-in with prohibited purposes", text: "Customer will not (and will not allow anyone else to): (a) use the AI Features to violate the rights of others; or (b) use the Services for any unlawful purpose." },
      { description: "list split over paragraphs", text: ["Licensee shall not use the Model or any Output:", "(a) for any purpose that is unlawful under applicable law;"], preamble: MODEL_LICENCE },
      { description: "second person", text: "You may not use the assistant or its Output for any illegal or abusive activity.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "provider's restriction", text: "Provider shall not use Customer Data for any unlawful purpose." },
      { description: "indemnity wording", text: "Provider will defend Customer against claims that use of the Services in accordance with this Agreement infringes a patent." },
      { description: "permission", text: "Customer may use Output for any lawful purpose." },
    ],
  },
  "aup-applies": {
    fires: [
      { description: "use subject to the policy", text: "Customer's use of the Services is subject to the Acceptable Use Policy." },
      { description: "violation of the policy", text: "You may not use the assistant to violate our Acceptable Use Policy.", preamble: SECOND_PERSON },
    ],
    quiet: [{ description: "privacy policy", text: "Customer's use of the Services is subject to Provider's Privacy Policy." }],
  },
});

describe("acceptable-use-suspension: restrictions without a right to suspend", () => {
  const restriction = "Customer will not use the Services to violate any applicable law.";
  it("fires where the agreement restricts use and never lets the provider suspend it", () => {
    assert.ok(firedRules("acceptable-use-suspension", { description: "", text: restriction }).includes("restrictions-without-suspension"));
  });
  it("is answered by a suspension right elsewhere in the agreement", () => {
    const fired = firedRules("acceptable-use-suspension", {
      description: "",
      text: [restriction, "Provider may suspend Customer's access to the Services if Customer breaches this section, on written notice to Customer."],
    });
    assert.ok(!fired.includes("restrictions-without-suspension"), fired.join(", "));
  });
});
