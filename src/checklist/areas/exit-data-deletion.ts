import type { AreaDefinition } from "../../engine/types";

/** The licensee's material. */
const DATA = "{customerData}|{input}|{output}";
/** De-identified or aggregate data derived from the licensee's material. */
const DERIVED = "{usageData}|de-identified|deidentified|anonymised|anonymized|anonymous|aggregated|aggregate";
/** The end of the relationship. */
const EXIT = ["terminat*", "expir*", "exit", "expiry", "end of the term", "cessation", "wind-down"];
/** Taking data back out of a trained model. */
const REMOVE_FROM_MODEL = [
  "remove|delete|purge|erase|expunge ...8 from ...4 model|models|{model}|weights|embeddings",
  `unlearn* ...6 ${DATA}`,
  `${DATA} ...8 unlearn*`,
  "remove|delete|purge|erase|eliminate ...4 influence|effect|effects|traces",
  "delete|destroy|purge ...6 model|models|{model} ...4 trained|fine-tuned",
];
/** Artefacts made for the licensee from its data. */
const CUSTOM_ARTEFACTS = [
  "{improvement}",
  "fine-tun*",
  "adapter|adapters",
  "embedding|embeddings",
  "customer-specific|client-specific|licensee-specific",
  "custom ...2 model|models",
];
/** Backups and archives. */
const BACKUP = ["backup*", "back-up*", "archive|archives|archived|archival", "disaster recovery"];

// Deleting a database does not remove data from weights, embeddings, logs or backups.
// The licensee needs its data and customer-specific artefacts back, then deleted
// everywhere within a set time; the licensor cannot unwind what an aggregate model
// has already learned.
export const exitDataDeletion: AreaDefinition = {
  id: "exit-data-deletion",
  title: "Termination, deletion and unlearning",
  severity: "medium",
  why:
    "At the end of the deal the licensee needs its data, logs and customer-specific models back and then deleted, including from embeddings and backups; data already absorbed into a model's weights is not removed by deleting the database. " +
    "The licensor needs deletion limited to what it can actually delete.",
  addressedBy: [
    `delete|deletes|deleted|deletion|destroy|destruction|erase|erasure|purge ...10 ${DATA}`,
    `${DATA} ...10 deleted|destroyed|erased|purged|returned`,
    `return|export ...6 ${DATA}`,
    "unlearn*",
    "data portability",
    "upon|on|after|following ...3 termination|expiration|expiry ...12 delete|deletion|return|destroy|export",
  ],
  rules: [
    {
      id: "no-unlearning",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} need not remove {licensee's} data from models already trained on it.",
      expected: "{licensor} will remove {licensee's} data from any model trained on it, or delete that model, within a set period after termination.",
      match: {
        all: [REMOVE_FROM_MODEL],
        actor: "licensor",
        polarity: "negated",
      },
    },
    {
      id: "unlearning-infeasible",
      effect: { licensee: "risk", licensor: "protection" },
      message: "The {agreement} records that data absorbed into a model cannot be removed from it.",
      expected: "{licensor} will remove {licensee's} data from any model trained on it, or delete that model, within a set period after termination.",
      match: {
        // Usually an acknowledgement by the licensee, so no actor: "Customer acknowledges that Input used for training cannot be removed".
        all: [
          [
            "model|models|{model}|weights|trained|training ...10 cannot|impossible|infeasible ...4 removed|deleted|extracted|unlearned|reversed|undone|unwound|remove|delete|extract|unlearn|reverse|undo|unwind",
            "not ...2 possible|feasible|practicable ...4 remove|delete|extract|unlearn|undo|unwind ...8 model|models|{model}|weights",
            "cannot|impossible|infeasible ...4 remove|delete|extract|unlearn|undo|unwind ...8 model|models|{model}|weights",
          ],
        ],
        polarity: "any",
      },
    },
    {
      id: "unlearning-required",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensor} must remove {licensee's} data from models already trained on it.",
      expected: "{licensor} will delete stored {customerData}; de-identified learning already aggregated into a general model cannot be unwound.",
      match: { all: [REMOVE_FROM_MODEL], actor: "licensor", inDefinitions: false },
    },
    {
      id: "backup-retention-open",
      effect: { licensee: "risk", licensor: "protection" },
      message: "Copies in backups or archives may be kept without a time limit.",
      expected: "Backup copies are deleted or overwritten within a fixed period (for example ninety days) after termination.",
      match: {
        all: [
          BACKUP,
          [
            "ordinary course",
            "retention ...2 policy|policies|schedule|schedules|practices",
            "normal|usual|standard|regular|routine ...2 schedule|schedules|cycle|cycles|course|practice|practices",
            "indefinite*",
            "long as",
            "until ...4 overwritten|rotated",
            "no obligation ...6 delete|purge|erase|remove|destroy",
            "not ...3 required|obliged|obligated ...4 delete|purge|erase|remove|destroy",
          ],
        ],
        none: ["backup*|back-up*|archive|archives ...12 within|later ...4 days|months|weeks"],
        polarity: "any",
      },
    },
    {
      id: "backup-deletion-bounded",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Backup copies are deleted within a fixed period.",
      match: {
        all: [
          BACKUP,
          ["delete*|deletion|purge*|erase*|overwrit*|destroy*|retain*|retention|kept|keep|stored|held"],
          ["within ...4 days|months|weeks", "later than ...4 days|months|weeks", "up to ...4 days|months|weeks", "longer than ...4 days|months|weeks", "maximum ...3 days|months|weeks"],
        ],
      },
    },
    {
      id: "retention-after-termination",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may keep or use {licensee's} data after the agreement ends.",
      expected: "{licensor} will return and then delete all {customerData} within thirty days after termination, except as law requires.",
      match: {
        all: [[`retain|retains|keep|keeps|store|stores|use|process ...8 ${DATA} ...8 after|following|beyond|survive|survives ...3 termination|expiration|expiry|end`]],
        none: [
          "required by ...2 law|applicable",
          "legal ...2 hold|obligation|obligations",
          "comply with ...3 law|laws",
          "up to|within ...4 days|months|weeks",
          "longer than ...4 days|months|weeks",
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "derived-data-kept",
      effect: { licensee: "risk", licensor: "protection" },
      message: "De-identified, aggregate or usage data derived from {licensee's} material may be kept and used after the agreement ends.",
      expected: "Data derived from {customerData} is deleted at termination unless it is aggregated so that neither {licensee} nor any individual can be identified.",
      match: {
        all: [
          [
            `${DERIVED} ...15 after|following|beyond|survive|survives ...4 termination|expiration|expiry|term`,
            `${DERIVED} ...10 perpetual|perpetually|indefinite*|forever`,
          ],
        ],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "deletion-excluded",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} need not delete or return {licensee's} data.",
      expected: "{licensor} will return and then delete all {customerData}, including derived and de-identified copies, within thirty days after termination.",
      match: {
        all: [
          ["no obligation", "not ...3 required|obliged|obligated|responsible"],
          [`delete|destroy|purge|erase|remove|return ...6 ${DATA}|${DERIVED}`],
        ],
        polarity: "any",
      },
    },
    {
      id: "immediate-deletion",
      effect: { licensee: "risk", licensor: "mention" },
      message: "{licensor} may delete {licensee's} data immediately on termination, with no window to export it.",
      expected: "{licensee} may export {licensee's} data for at least thirty days after termination before it is deleted.",
      match: {
        all: [[`delete|purge|erase|destroy ...10 ${DATA} ...6 immediately`, `immediately ...4 delete|purge|erase|destroy ...6 ${DATA}`], EXIT],
        none: ["export*", "retriev*", "download*"],
        actor: "licensor",
      },
    },
    {
      id: "licensee-loses-custom-models",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must delete or hand back the models, fine-tunes or other artefacts built from {licensee's} own data.",
      expected: "{licensee} may keep or export the customer-specific models and artefacts built from {licensee's} data.",
      match: {
        all: [["delete|deletes|destroy|destroys|erase|erases|purge|purges|surrender|surrenders|cease|ceases"], CUSTOM_ARTEFACTS],
        none: ["export*"],
        actor: "licensee",
      },
    },
    {
      id: "licensee-returns-model",
      effect: { licensee: "mention", licensor: "protection" },
      message: "On exit {licensee} must delete or return the {model}, the {system} or {licensor's} materials.",
      match: {
        // The verb comes first so that the actor is the party that deletes or returns.
        all: [
          ["delete|deletes|destroy|destroys|erase|erases|return|returns|purge|purges|uninstall|uninstalls ...10 {model}|{system}|weights|software|{documentation}|{confidentialInformation}|copies"],
          EXIT,
        ],
        actor: "licensee",
      },
    },
    {
      id: "export-available",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} can export or download {licensee's} data, logs or customer-specific models.",
      match: {
        all: [
          [
            `export|exports|retrieve|retrieves|download|downloads ...6 ${DATA}|logs|embeddings|{improvement}`,
            `${DATA} ...10 available ...3 export|download|retrieval`,
            "data portability",
          ],
        ],
        none: ["outside", "country|countries", "jurisdiction|jurisdictions", "export ...2 control|controls|laws|regulations", "transfer*"],
      },
    },
    {
      id: "return-on-exit",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will return {licensee's} data, logs or customer-specific models at the end.",
      match: {
        all: [[`return|returns|hand|hands|deliver|delivers ...10 ${DATA}|logs|embeddings|{improvement}`], EXIT],
        actor: "licensor",
      },
    },
    {
      id: "deletion-on-exit",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} must delete {licensee's} data.",
      match: {
        all: [[`delete|deletes|destroy|destroys|erase|erases|purge|purges|dispose ...10 ${DATA}`, `${DATA} ...10 deleted|destroyed|erased|purged`]],
        none: ["may ...2 delete|destroy|erase|purge", "right to delete"],
        actor: "licensor",
        inDefinitions: false,
      },
    },
    {
      id: "deletion-certified",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} must certify the deletion.",
      match: {
        all: [["certif* ...8 delet*|destruct*|destroy*|erasure", "delet*|destruct*|erasure ...8 certif*"]],
        actor: "licensor",
      },
    },
    {
      id: "transition-assistance",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will provide exit or transition assistance.",
      match: {
        all: [["exit|transition|migration ...2 assistance|services|plan|support", "orderly transition", "transition ...4 successor|replacement"]],
        inDefinitions: false,
      },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "exit-data-deletion/le-1",
        title: "Return, certified deletion everywhere, and unlearning",
        text:
          "Within thirty days after termination or expiry, {licensor} will return to {licensee:object} all {customerData}, {input}, {output}, logs and customer-specific models, adapters and embeddings in a machine-readable format, and will then delete all copies of them from {licensor's} systems, including embeddings, indexes, caches and logs, and procure the same from {licensor's} subprocessors. Copies in backups will be deleted within ninety days. Where {customerData} has been used to train any model other than a customer-specific model, {licensor} will, at {licensor's} own cost, remove the influence of that {customerData} from that model. An officer of {licensor} will certify completion in writing.",
        note: "Opening position: covers every place data lives in an AI stack, not only the production database.",
      },
      {
        id: "exit-data-deletion/le-2",
        title: "Export window, transition assistance and bounded backup retention",
        text:
          "For sixty days after termination or expiry, {licensor} will make all {customerData} and customer-specific models available for export in a standard format and provide reasonable transition assistance at {licensor's} then-current rates. After that period {licensor} will delete the {customerData} from its production systems and will delete or overwrite backup copies within ninety days, keeping them isolated from any further processing in the meantime.",
        note: "Offer when the provider resists unlearning: secures the data and the artefacts and puts a clock on backups.",
      },
      {
        id: "exit-data-deletion/le-3",
        title: "No retention of derived data that identifies {licensee}",
        text:
          "{licensor} will not retain after termination any {customerData} or any data derived from it, except data that has been aggregated with data of other customers so that neither {licensee}, {licensee's} users nor any individual can be identified, and except copies that applicable law requires {licensor} to keep, which {licensor} will keep confidential and delete when the legal requirement ends.",
        note: "Fallback: allows the provider its aggregate statistics and legal holds while closing off identifiable retention.",
      },
    ],
    licensor: [
      {
        id: "exit-data-deletion/lr-1",
        title: "Deletion of stored data; aggregate learning cannot be unwound",
        text:
          "Within sixty days after termination or expiry, {licensor} will delete the {customerData} stored in {licensor's} production systems, and backup copies will be deleted in the ordinary course within one hundred and eighty days. The parties acknowledge that information learned by a model from de-identified data aggregated across customers cannot be extracted from that model, and {licensor} will have no obligation to retrain, modify or delete any model trained before termination in accordance with this {agreement}.",
        note: "Opening position: deletion the provider can actually perform, with an express statement that aggregate learning stays.",
      },
      {
        id: "exit-data-deletion/lr-2",
        title: "Export window at {licensee's} request",
        text:
          "On {licensee's} written request made within thirty days after termination or expiry, {licensor} will make the {customerData} available for export in {licensor's} standard format for a further thirty days, after which {licensor} may delete it. Transition assistance beyond that export is available at {licensor's} then-current professional services rates.",
        note: "Offer when the customer asks for export: a short window and paid assistance rather than an open-ended duty.",
      },
      {
        id: "exit-data-deletion/lr-3",
        title: "Return or destruction of the {model} by {licensee}",
        text:
          "On termination or expiry {licensee} will cease all use of the {system} and the {model}, delete all copies of the {model}, its weights and the {documentation} in {licensee's} possession or control, and certify that deletion in writing within thirty days. {licensee} may keep {output} generated before termination.",
        note: "Add where the model or weights were delivered to the customer's infrastructure.",
      },
    ],
  },
};
