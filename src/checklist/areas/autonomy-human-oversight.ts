import type { AreaDefinition } from "../../engine/types";

// A person between the system and the consequence of what it does.
const HUMAN_OVERSIGHT = [
  "human|humans oversight|review|reviewer|reviewers|intervention|involvement|approval|judgment|judgement|supervision|control|decision-maker|decision-makers",
  "human-in-the-loop",
  "meaningful ...3 human|humans|person|individual",
  "(reviewed|approved|checked|overseen|supervised) by ...6 human|person|individual|qualified|licensed|competent|trained|professional|clinician|clinicians|employee|personnel",
  "substitute for ...3 human|humans|professional|oversight|judgment|judgement|advice|expertise",
  "replace ...4 judgment|judgement|oversight|professional|clinician|clinicians",
  "sole basis",
  "professional judgment|judgement",
  "(ability|means|mechanism|capability|procedures) ...4 (stop|halt|pause|override|disable|intervene|interrupt|shut down|switch off)",
  "(review|approval|sign-off|oversight|supervision) by ...4 (human|person|individual|qualified|licensed|competent|trained|professional|professionals|employee|personnel|clinician|clinicians|adjuster|physician|officer)",
  "solely on the basis of ...4 ({output}|{system}|{model}|automated)",
  "(based|relying|relies|rely) solely on ...4 ({output}|{system}|{model}|automated)",
];

// Decisions or actions taken with no person in between.
const WITHOUT_HUMAN =
  "without ...3 (human|humans|manual) ...3 (review|intervention|involvement|oversight|approval|input|confirmation|judgment|judgement|decision-making)";

// A verb, so that a heading ("Human Oversight", "Responsibility for Decisions") is no finding.
const VERB = ["shall", "will", "must", "should", "may", "is", "are", "be", "agrees", "agree", "acknowledges", "accepts", "assumes", "remains", "bears", "ensure", "ensures", "maintain", "maintains"];

// Tools that let the deployer see and stop what the system does. Each phrase starts at its
// distinctive word (a phrase starting at every mention of the licensor is costly); tools the
// licensee must keep itself are vetoed below and reported as its oversight duty.
const TOOL = "(ability|abilities|means|mechanism|mechanisms|functionality|function|tool|tools|control|controls|capability|capabilities|option|feature|features|switch|button)";
const STOP = "(stop|halt|pause|override|interrupt|disable|deactivate|intervene|reverse|roll back|veto|approve|shut down|switch off)";
const CONTROL_TOOLS = [
  `${TOOL} ...4 ${STOP}`,
  "(kill switch|kill-switch|emergency stop|stop button)",
  "(overseen|overseeable|supervised|overridden) by ...3 (natural persons|natural person|humans|human|people|persons|a person)",
  "(log|logs|logging|record|records|audit trail) ...8 (decision|decisions|action|actions) ...6 (taken|made|performed|executed) ...4 (by|through|using) ...3 ({system}|{model}|agent|agents)",
  "(log|logs|logging|record|records|audit trail) ...8 (automated|autonomous) ...2 (decision|decisions|action|actions)",
];
const LICENSEE_KEEPS = "{licensee} ...6 (maintain|maintains|retain|retains|keep|keeps|ensure|ensures|implement|implements|establish|establishes)";

// Semi-autonomous and autonomous systems act without a person in between: who answers
// for what they do, who must keep a human in the loop, and whether the licensee gets
// the tools to watch and stop them.
export const autonomyHumanOversight: AreaDefinition = {
  id: "autonomy-human-oversight",
  title: "Autonomous decisions and human oversight",
  severity: "medium",
  why:
    "A system that decides or acts without a person in between moves the consequences of its errors onto whoever the contract names. " +
    "A licensee needs override, stop and logging tools before it accepts responsibility for the system's actions; a licensor needs the licensee to keep a human in the loop.",
  addressedBy: [
    "automated decision|decisions|decision-making",
    "autonomously|agentic",
    "autonomous agent|agents|action|actions|decision|decisions|mode",
    "human-in-the-loop",
    "human|humans oversight|intervention",
    "decision support",
    "(kill switch|kill-switch)",
  ],
  rules: [
    {
      id: "licensee-responsible-for-decisions",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} bears sole responsibility for all decisions and actions taken with the {system}, whatever the system did.",
      expected: "{licensor} is responsible where the {system} acts outside the limits {licensee} configured or fails to follow its {documentation}.",
      match: {
        all: [
          // The licensee is named in the phrase ("decisions made by Customer" would otherwise read as passive drafting).
          [
            "{licensee} ...6 (responsible|liable|accountable|responsibility|liability) for ...6 (decision|decisions|action|actions|activities|activity)",
            "{licensee} ...4 (bear|bears|assume|assumes|accept|accepts) ...4 (responsibility|liability|risk|risks) ...6 (decision|decisions|action|actions|activities)",
            "(decision|decisions|action|actions|activities) ...10 (responsibility|liability) of ...1 {licensee}",
          ],
        ],
        none: ["not be responsible", "not responsible", "not be solely responsible", "not solely responsible", "nothing ...8 solely responsible"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "licensee-oversight-duty",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Human oversight of the {system} rests on {licensee}, with no matching override, stop or logging tools from {licensor}.",
      expected: "{licensor} supplies override, stop and logging tools, and answers where the {system} acts outside the limits {licensee} configured.",
      // "without human review" is judged by its polarity in the two rules below: a prohibition or a permission.
      match: { all: [HUMAN_OVERSIGHT, VERB], none: ["remote*", WITHOUT_HUMAN], actor: "licensee", polarity: "any", inDefinitions: false },
    },
    {
      id: "no-decisions-without-human-review",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} may not use the {system} for decisions without human review, and must supply that review itself.",
      expected: "{licensor} supplies the review, override and logging tools {licensee} needs to keep a human in the loop.",
      match: { all: [[WITHOUT_HUMAN]], polarity: "negated", inDefinitions: false },
    },
    {
      id: "licensee-reviews-output",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must review {output} before acting on it: the human in the loop is {licensee's} own.",
      expected: "{licensor} supports review with explanations, confidence indicators and logs of what the {system} did.",
      match: {
        all: [["{licensee} ...4 (should|must|shall|will|agrees|agree|required) ...3 review ...4 {output}", "{output} ...6 (must|should|shall|will) be reviewed"]],
        // Checking outputs for accuracy is the accuracy area; this is review before acting.
        none: ["accura*", "inaccura*", "error*", "verif*", "reviewed by ...1 {licensor}"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "automated-decisions-permitted",
      effect: { licensee: "risk", licensor: "risk" },
      message: "The {system} may decide or act without human review, and the agreement does not say who answers for what it does.",
      expected: "Decisions with legal or similarly significant effects require meaningful human review, and the agreement allocates responsibility for autonomous actions.",
      match: {
        all: [
          [
            WITHOUT_HUMAN,
            "(fully automated|solely automated|solely on automated|autonomously|autonomous mode)",
            "automatically ...4 (execute|executes|approve|approves|reject|rejects|deny|denies|decide|decides|take action|takes action|transact|transacts|purchase|purchases)",
          ],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "licensor-responsible-for-decisions",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} answers for decisions or actions taken by the {system}.",
      expected: "{licensee} is responsible for decisions it takes using the {system}; {licensor} answers only where the {system} fails to perform as documented.",
      match: {
        all: [
          [
            "{licensor} ...4 (liable|responsible|accountable|bear|bears|assume|assumes) ...10 decision|decisions|action|actions|acts|conduct|behaviour|behavior",
            "{licensor} ...6 (liable|responsible|accountable) ...15 (outside|beyond|exceeds|exceed|contrary to) ...4 (limits|parameters|configuration|configured|instructions|authorisations|authorizations|permissions|guardrails)",
          ],
        ],
        none: ["exceed ...3 fees|amount|amounts"],
        inDefinitions: false,
      },
    },
    {
      id: "licensor-provides-controls",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} provides tools to override, stop or log what the {system} does.",
      match: {
        all: [CONTROL_TOOLS],
        none: ["remote*", LICENSEE_KEEPS],
        inDefinitions: false,
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "autonomy-human-oversight/le-1",
        title: "Override, stop and logging tools, with {licensor} answering for actions outside configured limits",
        text:
          "{licensor} will provide, as part of the {system} and at no additional charge, the means for {licensee} to (a) set limits on the actions the {system} may take, (b) review and approve any action before it takes effect where {licensee} so elects, (c) stop or suspend the {system} immediately, and (d) obtain a complete log of the inputs, outputs and actions of the {system}. {licensor} will be responsible for any loss caused by an action of the {system} that falls outside the limits configured by {licensee} or that results from a failure of any of those means.",
        note: "Opening position for agentic or decision-making systems: the customer can watch, limit and stop the system, and the provider answers when its own controls fail.",
      },
      {
        id: "autonomy-human-oversight/le-2",
        title: "Shared responsibility for automated decisions",
        text:
          "{licensee} is responsible for decisions it makes after reviewing {output}. {licensor} is responsible for the {system} operating in accordance with the {documentation}, including any configured limits, and for any loss to the extent caused by the {system} taking an action or producing a decision that {licensee} did not authorise.",
        note: "Offer when the provider resists an override commitment: splits responsibility by who controlled the step that went wrong.",
      },
      {
        id: "autonomy-human-oversight/le-3",
        title: "Logging and notice of autonomous behaviour",
        text:
          "{licensor} will retain, for at least twelve months, records of each decision and action taken by the {system} for {licensee}, will make them available to {licensee:object} on request, and will notify {licensee:object} without undue delay on becoming aware that the {system} has acted outside its configured limits or {documentation}.",
        note: "Last resort: without control tools, the customer at least gets the records it needs to reconstruct and contest what the system did.",
      },
    ],
    licensor: [
      {
        id: "autonomy-human-oversight/lr-1",
        title: "Meaningful human review for significant decisions",
        text:
          "{licensee} will ensure that any decision producing legal or similarly significant effects for an individual that is based in whole or in part on {output} is reviewed by a suitably qualified person with the authority and competence to change it before it takes effect, and will not use the {system} to make such decisions on a solely automated basis.",
        note: "Opening position for any system used in hiring, lending, health, insurance or similar decisions: keeps the human in the loop on the customer's side.",
      },
      {
        id: "autonomy-human-oversight/lr-2",
        title: "{licensee} responsible for its decisions and configuration",
        text:
          "{licensee} is responsible for how it configures and deploys the {system}, for the limits it sets on the actions the {system} may take, and for the decisions it makes using {output}. {licensor} is not responsible for any action of the {system} taken within the configuration selected by {licensee}.",
        note: "Offer with agentic features: allocates responsibility to the party that sets the system's permissions.",
      },
      {
        id: "autonomy-human-oversight/lr-3",
        title: "Decision support only",
        text:
          "The {system} is designed to support, not replace, the judgment of {licensee's} personnel. {licensee} will train its users on the intended use and known limitations of the {system} described in the {documentation} and will maintain the ability to stop any automated process that uses the {system} promptly on becoming aware of a risk.",
        note: "Fallback where the customer will not accept a full review duty: a statement of intended use plus training and a stop capability.",
      },
    ],
  },
};
