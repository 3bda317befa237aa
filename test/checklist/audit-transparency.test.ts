import { ruleTests } from "./ruleTable";

const SECOND_PERSON = [
  'These Terms are an agreement between Brightline Labs Inc. ("Brightline", "we", "us") and you.',
  "Brightline grants you a licence to use the assistant. You must follow these terms. Your use of the assistant is at your own risk.",
];

ruleTests("audit-transparency", {
  "incident-notice": {
    fires: [
      { description: "notice of security incidents", text: "Provider will notify Customer within 48 hours after becoming aware of any security incident affecting Customer Data." },
      { description: "long deadline between verb and event", text: "Provider shall inform Customer without undue delay, and in any event within seventy-two (72) hours, after confirming any unauthorised access to Customer Data." },
      { description: "passive, customer named first", text: "Customer will be notified promptly of any data breach involving Input." },
      { description: "safety and bias issues", text: "Provider shall notify Customer in writing of any material defect, vulnerability or bias issue in the AI Features." },
      { description: "second person", text: "We will notify you of any security breach affecting your data.", preamble: SECOND_PERSON },
    ],
    quiet: [
      { description: "customer's duty to report misuse", text: "Customer shall notify Provider promptly of any unauthorised use of its account." },
      { description: "termination notice for breach", text: "Either party may terminate this Agreement on written notice if the other party commits a material breach." },
      { description: "defects notified by the customer", text: "Provider will correct defects notified by Customer within ten days." },
    ],
  },
  "attestation-reports": {
    fires: [
      { description: "SOC 2 report on request", text: "Upon written request, not more than once in any twelve-month period, Provider will provide Customer with its most recent SOC 2 Type II report." },
      { description: "ISO certification maintained", text: "Provider shall maintain ISO/IEC 27001 certification for the Services." },
      { description: "independent audit reports made available", text: "Provider will make available to Customer the reports of independent audits of its security controls." },
    ],
    quiet: [
      { description: "no obligation to provide", text: "Provider has no obligation to provide any audit report." },
      { description: "customer's certification", text: "Customer shall provide Provider with evidence of its ISO 27001 certification." },
    ],
  },
  "performance-bias-reports": {
    fires: [
      { description: "quarterly accuracy and bias report", text: "Provider shall deliver to Customer each quarter a written report on the accuracy and bias of the AI Features." },
      { description: "bias testing", text: "Provider will test the AI Features for bias and discriminatory outcomes at least annually." },
      { description: "evaluation results published", text: "Provider will publish the results of its fairness evaluations of each model." },
    ],
    quiet: [
      { description: "customer verifies accuracy", text: "Customer shall test each Output for accuracy before use." },
      { description: "accuracy disclaimer", text: "Provider does not warrant the accuracy of any Output." },
    ],
  },
  "documentation-transparency": {
    fires: [
      { description: "documentation describes limitations", text: "Provider will describe in the Documentation the intended uses and known limitations of the AI Features." },
      { description: "model card", text: "The model card shall set out the evaluation results and the sources of data used to train the model." },
    ],
    quiet: [
      { description: "use in accordance with the documentation", text: "Customer shall use the Services in accordance with the Documentation and for their intended purpose." },
      { description: "performance warranty against documentation", text: "Provider warrants that the Services will perform materially in accordance with the Documentation." },
    ],
  },
  "logs-retained": {
    fires: [
      { description: "provider keeps logs", text: "Provider shall keep complete and accurate logs of the operation of the AI Features." },
      { description: "maintains an audit trail", text: "Provider will maintain an audit trail of each request and the model version used." },
    ],
    quiet: [
      { description: "licensee keeps access logs", text: "Customer shall keep access logs for the model weights." },
      { description: "log files in a definition", text: '"Usage Data" means log files and statistics relating to use of the Services.' },
    ],
  },
  "logs-accessible": {
    fires: [
      { description: "administrators export logs", text: "Customer administrators may view and export activity logs through the console." },
      { description: "logs made available", text: "Provider will make the logs of Customer's use available to Customer on request." },
    ],
    quiet: [
      { description: "restricting access to weights", text: "Customer shall restrict access to the weights to named personnel." },
      { description: "deletion of logs", text: "Provider will delete all logs within thirty days after termination." },
    ],
  },
  "audit-right": {
    fires: [
      { description: "customer audits provider's compliance", text: "Customer or its auditors may audit Provider's compliance with this Agreement on reasonable notice." },
      { description: "limited audit right", text: "Customer may, not more than once in any twelve-month period, inspect Provider's records relating to the Services." },
      { description: "right to audit", text: "Customer shall have the right to audit the processing of Customer Data." },
    ],
    quiet: [
      { description: "provider audits the customer", text: "Provider may audit Customer's use of the Services to verify compliance." },
      { description: "customer cooperates with an audit by the provider", text: "Customer shall cooperate with any audit of its records by Provider." },
      { description: "no audit right", text: "Customer shall have no right to audit Provider's systems or premises." },
    ],
  },
  "audit-excluded": {
    fires: [
      { description: "no right to audit", text: "Customer shall have no right to audit Provider's systems or premises." },
      { description: "not subject to audit by the customer", text: "Provider is not subject to any audit or inspection by Customer." },
    ],
    quiet: [
      { description: "audit right", text: "Customer may audit Provider's compliance on reasonable notice." },
      { description: "frequency limit, not an exclusion", text: "Customer may not audit Provider more than once in any twelve-month period." },
      { description: "provider may not audit the customer", text: "Provider shall not audit Customer's premises." },
    ],
  },
  "on-site-audit": {
    fires: [
      { description: "on-site inspection of premises", text: "Customer may audit Provider's compliance, including by on-site inspection of Provider's premises, systems and personnel." },
      { description: "visits to data centres", text: "Customer and its regulators may inspect Provider's facilities and data centres on reasonable notice." },
    ],
    quiet: [
      { description: "bounded on-site audit", text: "Customer may conduct an on-site audit once per calendar year, during business hours and at Customer's expense." },
      { description: "no on-site audits", text: "Customer shall not conduct any on-site audit of Provider." },
      { description: "provider inspects customer's premises", text: "Provider may inspect Customer's premises where the model is installed." },
    ],
  },
  "unlimited-audit": {
    fires: [
      { description: "any time, no frequency limit", text: "Customer may audit Provider at any time and without limit as to frequency." },
      { description: "as often as it wishes", text: "Customer may inspect Provider's records as often as it reasonably requires." },
    ],
    quiet: [
      { description: "annual audit", text: "Customer may audit Provider once per year on thirty days' notice." },
      { description: "provider audits at any time", text: "Provider may audit Customer's use of the Services at any time." },
    ],
  },
  "internals-access": {
    fires: [
      { description: "inspection of source code and weights", text: "Customer may inspect the source code and model weights of the AI Features." },
      { description: "access to training data", text: "Customer shall be given access to the training data used for the models." },
    ],
    quiet: [
      { description: "ban on extraction", text: "Customer shall not attempt to inspect or extract the model weights." },
      { description: "provider reviews customer code", text: "Provider may review Customer's source code integrations." },
    ],
  },
  "transparency-excluded": {
    fires: [
      { description: "no obligation to provide logs or reports", text: "Provider shall not be required to provide any logs or reports to Customer." },
      { description: "no disclosure of training data", text: "Provider will not disclose any information about its models or their training data." },
    ],
    quiet: [
      { description: "logs provided", text: "Provider will provide logs to Customer on request." },
      { description: "frequency limit", text: "Provider will not provide reports more than once per year." },
      { description: "no disclosure to third parties", text: "Provider will not disclose reports about Customer to third parties." },
    ],
  },
});
