import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  "These terms govern your use of Quill, an AI drafting service.",
  "Larkspur Labs grants you a limited licence to use the service. We may update these terms, and you agree to review them.",
  '"Outputs" means text that the service generates for you.',
];

ruleTests("autonomy-human-oversight", {
  "licensee-responsible-for-decisions": {
    fires: [
      { description: "solely responsible for all decisions and actions", text: "Customer shall be solely responsible for all decisions made and actions taken using the AI Features." },
      { description: "second person: all activities", text: "You are responsible for all activities carried out through your account.", preamble: SECOND_PERSON },
      { description: "decisions made by the customer", text: "Customer accepts full responsibility for all hiring decisions made by Customer with the assistance of Output." },
      { description: "passive drafting", text: "All decisions taken on the basis of Output are the sole responsibility of Customer." },
    ],
    quiet: [
      { description: "the provider is responsible", text: "Provider is responsible for all actions taken by the AI Features outside the limits configured by Customer." },
      { description: "nothing makes the customer solely responsible", text: "Nothing in this Agreement makes Customer solely responsible for decisions taken by the AI Features." },
      { description: "a heading", text: "Responsibility for Decisions" },
      { description: "responsibility for users' compliance", text: "Customer remains responsible for each user's compliance with this Agreement." },
    ],
  },
  "licensee-oversight-duty": {
    fires: [
      { description: "human review before acting", text: "Customer shall ensure that each Output is reviewed by a qualified person before any action is taken on it." },
      { description: "not a substitute for human judgment", text: "The AI Features are not a substitute for human judgment." },
      { description: "ability to stop automated processes", text: ["Customer shall:", "(c) maintain the ability to stop any automated process that uses the AI Features;"] },
      { description: "no decision solely on the basis of output", text: "Customer will ensure that no application is rejected solely on the basis of Output without review by a licensed underwriter." },
    ],
    quiet: [
      { description: "a heading", text: "Human Oversight" },
      { description: "the licensor's remote disable mechanism", text: "The Model contains no mechanism that enables Provider to disable it remotely." },
      { description: "the provider's own review", text: "Provider shall ensure that its support personnel apply human review to escalated tickets." },
      { description: "a permission to act without human intervention", text: "The AI Features may route claims automatically without human intervention." },
    ],
  },
  "no-decisions-without-human-review": {
    fires: [
      { description: "prohibition on decisions without oversight", text: "Customer will not use the AI Features to make credit decisions without meaningful human review." },
      { description: "list under a negative lead-in", text: ["Customer shall not use any Output:", "(b) to make a final determination about an individual without human review;"] },
    ],
    quiet: [
      { description: "a permission", text: "The AI Features may approve refunds without human approval." },
      { description: "change control, not oversight", text: "Provider shall not modify the AI Features without the prior written approval of Customer." },
    ],
  },
  "licensee-reviews-output": {
    fires: [
      { description: "second person: should review outputs", text: "You should review any Outputs to assess whether they suit your purpose.", preamble: SECOND_PERSON },
      { description: "passive: output must be reviewed", text: "All Output must be reviewed before it is sent to a consumer." },
    ],
    quiet: [
      { description: "checking accuracy is the accuracy area", text: "Customer must review all Output for accuracy before use." },
      { description: "the provider reviews", text: "Output will be reviewed by Provider for harmful content." },
    ],
  },
  "automated-decisions-permitted": {
    fires: [
      { description: "actions without human approval", text: "The AI Features may execute purchase orders on Customer's behalf without prior human approval." },
      { description: "autonomous mode", text: "Customer may configure the AI Features to operate autonomously." },
      { description: "automatic rejection", text: "The AI Features will automatically reject applications that fall below the configured score." },
    ],
    quiet: [
      { description: "prohibited without human review", text: "Customer shall not use Output to make any decision about an individual without human review." },
      { description: "a definition", text: '"Autonomous Mode" means the setting in which the AI Features act autonomously.' },
    ],
  },
  "licensor-responsible-for-decisions": {
    fires: [
      { description: "provider liable for out-of-bounds actions", text: "Provider shall be liable for any loss caused by an action the AI Features take outside the limits configured by Customer." },
      { description: "provider responsible for decisions", text: "Provider is responsible for the decisions generated by the AI Features." },
    ],
    quiet: [
      { description: "provider not responsible", text: "Provider shall not be responsible for any decisions made using the AI Features." },
      { description: "customer responsible", text: "Customer is responsible for all actions taken by the AI Features within its configuration." },
    ],
  },
  "licensor-provides-controls": {
    fires: [
      { description: "provider supplies a stop control", text: "Provider will provide Customer with the ability to pause or stop the AI Features at any time." },
      { description: "the system includes a kill switch", text: "The AI Features include a kill switch that halts all pending actions." },
      { description: "logs of actions", text: "Provider shall keep logs of all actions taken by the AI Features for twelve months." },
      {
        description: "designed for oversight with a stop button",
        text: "Provider shall ensure that the AI Features can be effectively overseen by natural persons, including by providing a stop button.",
      },
    ],
    quiet: [
      { description: "customer maintains the ability", text: "Customer shall maintain the ability to stop any automated workflow." },
      { description: "remote disablement by the licensor", text: "Provider may provide a mechanism to disable the Model remotely." },
      { description: "operational logs", text: "Provider shall keep complete logs of the operation of the Services." },
    ],
  },
});
