// The built-in AI-licensing checklist: seventeen areas, in the order of the domain
// brief. Area ids are a public contract (CLI JSON, labelled corpus, saved playbooks).

import type { ChecklistDefinition } from "../engine/types";
import { SCHEMA_VERSION } from "./schema";
import { neutralTerms, vocabulary } from "./vocabulary";
import { licenseScope } from "./areas/license-scope";
import { outputOwnership } from "./areas/output-ownership";
import { improvementsOwnership } from "./areas/improvements-ownership";
import { trainingOnCustomerData } from "./areas/training-on-customer-data";
import { usageDataFeedback } from "./areas/usage-data-feedback";
import { trainingDataProvenance } from "./areas/training-data-provenance";
import { ipIndemnity } from "./areas/ip-indemnity";
import { liabilityCap } from "./areas/liability-cap";
import { accuracyWarranty } from "./areas/accuracy-warranty";
import { autonomyHumanOversight } from "./areas/autonomy-human-oversight";
import { confidentialityTradeSecrets } from "./areas/confidentiality-trade-secrets";
import { regulatoryCompliance } from "./areas/regulatory-compliance";
import { modelChanges } from "./areas/model-changes";
import { thirdPartyModels } from "./areas/third-party-models";
import { auditTransparency } from "./areas/audit-transparency";
import { exitDataDeletion } from "./areas/exit-data-deletion";
import { acceptableUseSuspension } from "./areas/acceptable-use-suspension";

export const builtinChecklist: ChecklistDefinition = {
  schemaVersion: SCHEMA_VERSION,
  id: "ai-licensing",
  version: "1.0.0",
  title: "AI licensing checklist",
  strictness: "strict",
  vocabulary,
  neutralTerms,
  areas: [
    licenseScope,
    outputOwnership,
    improvementsOwnership,
    trainingOnCustomerData,
    usageDataFeedback,
    trainingDataProvenance,
    ipIndemnity,
    liabilityCap,
    accuracyWarranty,
    autonomyHumanOversight,
    confidentialityTradeSecrets,
    regulatoryCompliance,
    modelChanges,
    thirdPartyModels,
    auditTransparency,
    exitDataDeletion,
    acceptableUseSuspension,
  ],
};

export { checklistSchema, SCHEMA_VERSION, type Checklist } from "./schema";
export { parsePlaybook, parsePlaybookText, serializePlaybook, type PlaybookResult } from "./playbook";
