import type { AreaDefinition } from "../../engine/types";

const CHANGE_VERB =
  "(modify|modifies|update|updates|change|changes|replace|replaces|discontinue|discontinues|deprecate|deprecates|retire|retires|retrain|retrains|withdraw|withdraws|alter|alters|substitute|substitutes|sunset|upgrade|upgrades|swap)";
const CHANGED =
  "(modified|updated|changed|replaced|discontinued|deprecated|retired|retrained|withdrawn|altered|substituted|sunset|upgraded|swapped)";
const OBJECT =
  "({model}|{system}|feature|features|functionality|functionalities|version|versions|behavior|behaviour|capabilities|product|products)";
const CHANGE_NOUN = "(change|changes|update|updates|modification|modifications|replacement|deprecation|discontinuation|retirement|withdrawal|upgrade|upgrades)";

/**
 * The licensor changes the model or service: "Provider may replace any model", "the Model may be updated".
 * The licensor is named in the phrase rather than found by the actor check, which reads "the model used
 * by Customer" as passive drafting by Customer.
 */
const CHANGES = [
  `{licensor} ...8 ${CHANGE_VERB} ...8 ${OBJECT}`,
  `{licensor} ...8 (make|makes) ...3 ${CHANGE_NOUN} ...3 (to|of|in) ...3 ${OBJECT}`,
  `${OBJECT} ...8 ${CHANGED}`,
];
/** Changes the licensee makes, or is allowed to make. */
const LICENSEE_CHANGES = [`${CHANGED} ...3 by ...1 {licensee}`, `(grant|grants|permit|permits|allow|allows|authorise|authorises|authorize|authorizes) ...6 ${CHANGE_VERB}`];

/** Notice given in advance: the opposite of an at-will change. */
const NOTICE_GIVEN = [
  "days ...4 (notice|notification|in advance|prior)",
  "(upon|on|with|after|giving|give|gives|provide|provides|providing) ...4 (notice|notification)",
  "(notify|notifies|inform|informs) ...6 (in advance|before|prior to)",
];

// What a licensee relies on can change under it: a model retrained or replaced
// behaves differently. The contract decides whether changes come with notice, an old
// version to fall back on, and a way out if performance drops.
export const modelChanges: AreaDefinition = {
  id: "model-changes",
  title: "Model changes, versions and deprecation",
  severity: "medium",
  why:
    "A retrained, replaced or withdrawn model can change results overnight and break what the licensee built on it. " +
    "The licensee needs notice, a transition period on the old version and an exit if performance drops; the licensor needs room to update for security, law and progress.",
  addressedBy: [
    "model version|versions",
    "version pinning",
    "(new|updated|prior|previous|current|older|earlier) (version|versions) of ...3 {model}|{system}",
    "deprecat*",
    "end-of-life",
    "backward* compatib*",
  ],
  rules: [
    {
      id: "licensor-may-change-at-will",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may change, replace or withdraw the {model} or the {system} at will, without notice to {licensee}.",
      expected: "{licensor} gives at least thirty days' written notice of any material change and keeps the previous version available for a transition period.",
      match: {
        all: [
          CHANGES,
          ["at any time", "without ...3 (notice|notification|notifying|informing|consent|liability)", "from time to time", "(sole|absolute|own) discretion", "in its discretion", "for any reason"],
        ],
        none: [...NOTICE_GIVEN, ...LICENSEE_CHANGES],
        inDefinitions: false,
      },
    },
    {
      id: "licensor-may-discontinue",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may discontinue or withdraw the {model}, a version or a feature of the {system}.",
      expected: "{licensor} may deprecate a version only on at least ninety days' notice, with a comparable replacement and a right for {licensee} to terminate with a refund.",
      match: {
        all: [
          [
            `{licensor} ...8 (discontinue|discontinues|deprecate|deprecates|retire|retires|sunset|sunsets|withdraw|withdraws|end-of-life) ...6 ${OBJECT}`,
            `{licensor} ...8 (cease|stop) (to provide|providing|offering|to offer|supporting|to support|to make) ...6 ${OBJECT}`,
            `${OBJECT} ...6 (discontinued|deprecated|retired|withdrawn|sunset)`,
          ],
        ],
        none: [...NOTICE_GIVEN, ...LICENSEE_CHANGES],
        inDefinitions: false,
      },
    },
    {
      id: "no-version-guarantee",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} does not commit to keep any particular {model} or version available.",
      expected: "{licensor} keeps each version available for at least six months after announcing its replacement.",
      match: {
        all: [
          ["version|versions", "{model}"],
          ["(remain|continue|be) ...3 (available|supported|accessible|maintained)", "(maintain|support|keep|retain) ...4 (version|versions|{model})", "backward* compatib*"],
          ["guarantee|guarantees|guaranteed", "warrant|warrants", "commit|commits|commitment", "obligation|obligations|obliged|obligated", "promise|promises", "assure|assures|assurance", "undertake|undertakes|undertaking", "required"],
        ],
        polarity: "negated",
        inDefinitions: false,
      },
    },
    {
      id: "changes-need-consent",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} needs {licensee's} consent to change the {system} or the {model}, which can freeze the service.",
      expected: "{licensor} may make changes on notice; only changes that materially reduce functionality need {licensee's} agreement, and security and legal changes take effect immediately.",
      match: {
        all: [
          [`${CHANGE_VERB}`, `${CHANGE_NOUN}`],
          [`${OBJECT}`],
          [
            "without ...4 {licensee's} ...3 (consent|approval|agreement|authorisation|authorization)",
            "without ...3 (consent|approval|agreement) of ...1 {licensee}",
            "(subject to|with|requires|require|requiring) ...2 {licensee's} ...3 (consent|approval|agreement)",
            "(consent|approval) of ...1 {licensee}",
          ],
        ],
        // Consent to retraining on the customer's data is the training area's business, not a frozen model.
        none: ["train|retrain|fine-tune ...8 {customerData}|{input}|{output}", "{customerData}|{input}|{output} ...8 train|retrain|fine-tune"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "model-frozen",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} may not change the {model} or the {system} at all.",
      expected: "{licensor} may update the {model} on notice, and immediately where needed for security or to comply with law.",
      match: {
        all: [[`{licensor} (shall|will|must|may) not ...4 (modify|change|update|alter|replace|retrain|upgrade) ...8 ${OBJECT}`]],
        none: ["without ...6 (notice|notification|notifying|informing|consent|approval|agreement)", "unless ...8 (notice|notif*|consent|approval|agree*)", "(except|save|other than) ...8 (notice|consent|accordance|approval)", "would|could|might|may ...6 (reduce|decrease|degrade|impair)"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "change-notice",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} gives notice of changes to the {model} or the {system}.",
      match: {
        all: [
          [
            `(notice|notification) of ...4 ${CHANGE_NOUN}`,
            `{licensor} ...6 (notify|notifies|inform|informs) ...6 ${CHANGE_NOUN}`,
            `{licensor} ...6 (notify|notifies|inform|informs) ...6 (before|prior to|in advance) ...4 ${CHANGE_VERB}`,
            `{licensor} ...6 (notify|notifies|inform|informs) ...8 ${CHANGED}`,
            `{licensee} ...4 (be|being) (notified|informed) ...6 ${CHANGE_NOUN}`,
          ],
          [OBJECT],
        ],
        // Notice the licensee gives is no protection for it.
        none: ["without ...3 (notice|notification|notifying|informing)", "{licensee} ...4 (notify|notifies|inform|informs|give|gives|provide|provides)"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "version-retention",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} keeps earlier versions of the {model} available for a period after a change.",
      match: {
        all: [
          [
            "(continue|continues) to (make|provide|support|offer) ...6 (version|versions|{model})",
            "(maintain|support|keep|retain|preserve) ...4 (version|versions|prior|previous|existing) ...6 available",
            "(version|versions) ...8 (remain|continue) ...3 available",
            "(pin|pinning|pinned) ...4 (version|versions|{model})",
            "{licensor} ...4 (maintain|maintains|support|supports) ...3 (each|every|all|any|the|prior|previous) ...3 (version|versions)",
          ],
        ],
        inDefinitions: false,
      },
    },
    {
      id: "no-degradation",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} commits not to reduce the functionality or performance of the {system} through changes.",
      match: {
        all: [["not ...4 (decrease|decreases|reduce|reduces|degrade|degrades|diminish|diminishes|impair|impairs|lessen) ...6 (functionality|functionalities|performance|accuracy|features|capabilities|security|quality)"]],
        none: ["{licensee} (shall|will|must|may) not"],
        polarity: "any",
        inDefinitions: false,
      },
    },
    {
      id: "termination-for-adverse-change",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} may terminate if a change to the {system} or the {model} adversely affects it.",
      match: {
        all: [
          ["terminat*"],
          [
            `${CHANGE_NOUN} ...6 (adverse|adversely|materially|degrade|degrades|degradation|reduce|reduces|reduction|decrease|decreases)`,
            `(adverse|material) ${CHANGE_NOUN}`,
          ],
          [OBJECT],
        ],
        polarity: "any",
        inDefinitions: false,
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "model-changes/le-1",
        title: "Notice, version pinning and an exit for material changes",
        text:
          "{licensor} will give {licensee:object} at least ninety days' written notice of any material change to the {system}, including any change to, retraining of or replacement of the {model} used to provide it, describing the change and its expected effect on {output}. {licensor} will keep the version in use before the change available to {licensee:object} for at least six months after that notice. If a change materially reduces the performance, accuracy or functionality of the {system} for {licensee}, {licensee} may terminate the affected services on notice and {licensor} will refund all prepaid fees for the period after termination.",
        note: "Opening position where the customer has built workflows or validated outputs on a specific model: notice, a fallback version and a way out.",
      },
      {
        id: "model-changes/le-2",
        title: "Thirty days' notice and a transition period",
        text:
          "{licensor} will give {licensee:object} at least thirty days' written notice before it modifies, replaces or discontinues the {model} or any material feature of the {system}, and will continue to provide the existing version for a transition period of at least ninety days after the change takes effect.",
        note: "Offer when the provider refuses long notice periods: shorter notice, but a transition period so that the customer can test before switching.",
      },
      {
        id: "model-changes/le-3",
        title: "No material reduction in functionality",
        text:
          "{licensor} will not make any change to the {system} or the {model} that materially reduces its overall functionality, performance or security during the term. {licensor} will notify {licensee:object} promptly of any change that may affect {output}, and will maintain release notes that identify the {model} version used to produce {output}.",
        note: "Last resort where the provider keeps the right to change models freely: a floor on quality and visibility of what changed.",
      },
    ],
    licensor: [
      {
        id: "model-changes/lr-1",
        title: "Freedom to update, with notice only of materially adverse changes",
        text:
          "{licensor} may update, retrain, replace or modify the {model} and the {system} from time to time. {licensor} will give {licensee:object} at least thirty days' notice of any change that it reasonably expects to materially reduce the overall functionality of the {system}. Changes needed to address a security risk, to comply with law or to respond to a change by a third-party model provider may take effect immediately, with notice as soon as reasonably practicable.",
        note: "Opening position: keeps the provider free to improve the service, with notice limited to changes that hurt.",
      },
      {
        id: "model-changes/lr-2",
        title: "Deprecation policy with a fixed transition period",
        text:
          "{licensor} may deprecate any version of the {model} on ninety days' notice, during which the deprecated version remains available. {licensor} has no obligation to maintain any version after that period, and {licensee's} sole remedy if it objects to a change is to terminate the affected services on notice before the change takes effect.",
        note: "Offer when the customer asks for version pinning: a predictable transition period instead of an indefinite commitment.",
      },
      {
        id: "model-changes/lr-3",
        title: "No material decrease in functionality, no freeze",
        text:
          "{licensor} will not materially decrease the overall functionality of the {system} during the then-current term. Subject to that commitment, {licensor} may change the {model} and the {system} without {licensee's} consent, and no change requires {licensee's} approval.",
        note: "Fallback when the customer demands consent rights over changes: trade a functionality floor for freedom from a consent requirement.",
      },
    ],
  },
};
