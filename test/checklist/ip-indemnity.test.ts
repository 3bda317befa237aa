import { ruleTests } from "./ruleTable";

ruleTests("ip-indemnity", {
  "output-excluded-from-indemnity": {
    fires: [
      { description: "no obligation for claims arising from output", text: "Provider has no obligation under this Section for claims arising from any Output." },
      {
        description: "exclusion list after a lead-in",
        text: ["Provider's obligations under Section 9.1 shall not apply to any claim arising from:", "(a) any Output or Customer's use of any Output;"],
      },
      { description: "indemnity does not extend to output", text: "The indemnity in Section 9.1 does not extend to Output." },
    ],
    quiet: [
      { description: "outputs expressly not excluded", text: "For the avoidance of doubt, Output is not excluded from Provider's indemnity." },
      { description: "carve-out for output the customer modified", text: "Provider has no obligation for claims arising from any modification of Output made by Customer." },
    ],
  },
  "licensee-indemnifies-output": {
    fires: [
      { description: "customer indemnifies for use of output", text: "Customer shall defend and indemnify Provider against any claim arising from Customer's use of any Output." },
    ],
    quiet: [
      { description: "provider indemnifies", text: "Provider shall defend and indemnify Customer against any claim that the Output infringes." },
    ],
  },
  "no-output-non-infringement-warranty": {
    fires: [{ description: "no warranty that output does not infringe", text: "Provider does not warrant that Output will not infringe the intellectual property rights of any third party." }],
    quiet: [{ description: "a positive warranty", text: "Provider warrants that Output will not infringe the intellectual property rights of any third party." }],
  },
  "licensor-indemnifies": {
    fires: [{ description: "provider defends infringement claims", text: "Provider will defend Customer against any third-party claim that the Services infringe a patent or copyright." }],
    quiet: [{ description: "customer defends", text: "Customer will defend Provider against any third-party claim arising from Customer Data." }],
  },
  "outputs-covered": {
    fires: [{ description: "warranty that outputs shall not infringe", text: "The Services and the Output, when used in accordance with this Agreement, shall not infringe any third-party right." }],
    quiet: [{ description: "a disclaimer", text: "Provider makes no representation that Output does not infringe any third-party right." }],
  },
  "uncapped-indemnity": {
    fires: [{ description: "indemnity outside the cap", text: "Provider's indemnity obligations are not subject to any cap or limitation of liability." }],
    quiet: [{ description: "indemnity within a separate cap", text: "Provider's indemnity obligations are subject to a separate cap equal to twice the fees." }],
  },
});

ruleTests("ip-indemnity", {
  "output-excluded-from-indemnity": {
    fires: [
      {
        description: "an exclusion list that also carves out combinations still excludes Output",
        text: "Provider's obligations under Section 9.1 do not apply to any claim arising from Output, from Input, or from the combination of the Services with anything not supplied by Provider.",
      },
    ],
    quiet: [],
  },
});
