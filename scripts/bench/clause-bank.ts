// The benchmark's bank of clause templates, drafted for this project (no text is taken
// from any real agreement). Each template is one sentence without its final period:
//   [a|b|c]     one of the alternatives (they nest)
//   {P} {C}     the licensor's and the licensee's defined names; {P's} {C's} possessive
//   {PN} {CN}   their legal names
//   {Data} {Input} {Output} {Usage} {Svc} {Model} {Docs} {AUP} {CI} {Impr} {Feedback}
//   {Agr} {Users} {Order}   the agreement's defined terms, chosen per agreement
//   {days} {months} {money} {pct} {sec} {n} {year} {hours}   numbers and references, drawn fresh each time
// Every area of the checklist has clauses both ways (risky and protective), so the
// review does the work it does on real drafts: most rules find candidates, some fire.

export interface SectionBank {
  /** Checklist area id, or "general" for boilerplate. */
  area: string;
  headings: string[];
  clauses: string[];
  /** Lead-ins ending in ":" followed by list items "(a) ...;". */
  lists?: { leadIns: string[]; items: string[] };
}

/** Openings put before some sentences; they change how a sentence reads, never which area it is about. */
export const PREFIXES = [
  "For the avoidance of doubt, ",
  "Subject to Section {sec}, ",
  "Without limiting Section {sec}, ",
  "Save as provided in Section {sec}, ",
  "Subject to Sections {sec} and {sec}, ",
  "Except as expressly set out in [this {Agr}|Section {sec}|Schedule {n}], ",
  "During the Subscription Term, ",
  "To the extent permitted by applicable law, ",
  "Unless the {Order} states otherwise, ",
  "Unless [Order|{Order}] number {n} states otherwise, ",
  "As between the parties, ",
  "With effect from the Effective Date, ",
  "From the [date|day] falling {days} after the Effective Date, ",
  "In relation to each {Order} signed after {date}, ",
  "In addition to [its obligations|the obligations] under Section {sec}, ",
];

/** Endings appended to some sentences before the period. */
export const SUFFIXES = [
  ", in accordance with Section {sec}",
  " as further described in [paragraph|section] {n} of the {Docs}",
  ", in each case acting reasonably and in good faith",
  " within {days} after a written request",
  " at no additional charge to {C}",
  ", subject to the limitations in Section {sec}",
  ", subject to Sections {sec} and {sec}",
  " in the manner agreed in [the applicable {Order}|{Order} number {n}]",
  " and as required by applicable law",
  " throughout the Subscription Term and any renewal of it",
  " as set out in Schedule {n}",
  ", except as provided in Section {sec}",
  " [from|with effect from] {date}",
  " for the {scope}",
  " in respect of [each|any] {Order} [entered into|signed] after {date}",
];

export const SECTIONS: SectionBank[] = [
  {
    area: "license-scope",
    headings: ["Licence Grant", "Access and Use", "Scope of Use", "Rights Granted"],
    clauses: [
      "Subject to payment of the Fees, {P} [hereby grants|grants] {C} a [non-exclusive|non-exclusive and non-transferable|limited, non-exclusive, non-sublicensable] [right|licence] during the Subscription Term to [access and use|use] the {Svc} for [its internal business purposes|the internal operations of {C} and its Affiliates|the purposes stated in the {Order}]",
      "{C} may permit [its Affiliates|its Affiliates and contractors|up to {n} named contractors] to use the {Svc} on {C's} behalf, and {C} remains responsible for [their compliance with this {Agr}|any act or omission of them]",
      "The number of {Users} may not exceed {n} [at any time|in any calendar month] unless {C} purchases additional [seats|subscriptions|capacity] under a new {Order}",
      "{C} may [integrate|embed] the {Svc} into [its own products|its customer-facing applications|internal tools] [provided that|so long as] {C} does not [resell|sublicense|make available] the {Svc} [on a stand-alone basis|as a competing offering]",
      "All rights not expressly granted in this {Agr} are reserved by {P} and its licensors, and no [implied licence|licence by estoppel] arises under this {Agr}",
      "The licence in this Section [extends to|covers] [access through the published application programming interfaces|use on mobile devices|use in the {n} territories listed in the {Order}] [and to|as well as] the {Docs}",
      "{P} grants {C} a [perpetual|{months}] licence to [copy|reproduce] the {Docs} [solely|only] as needed to support [its use of the {Svc}|its {Users}]",
    ],
    lists: {
      leadIns: [
        "{C} shall not, and shall not permit any third party to:",
        "Except as [this {Agr}|Section {sec}|the {Order}] expressly permits, {C} will not:",
        "{C} shall not directly or indirectly, [in connection with the {scope}|during the Subscription Term|at any time]:",
        "Without limiting Section {sec}, {C} [shall not|will not|must not]:",
      ],
      items: [
        "reverse engineer, decompile or disassemble any {Model} or any part of the {Svc}",
        "use any {Output} to [develop|train|build] a [competing model|competing product|model that competes with the {Svc}]",
        "remove or obscure any proprietary notice shown in the {Svc} or the {Docs}",
        "access the {Svc} through automated means other than the [published interfaces|application programming interfaces described in the {Docs}]",
        "exceed the [rate limits|usage limits|quotas] stated in the {Order} for more than {n} consecutive days",
        "sublicense, resell, lease or otherwise make the {Svc} available to any person other than its {Users}",
        "attempt to extract the weights, parameters or training data of any {Model}",
        "use the {Svc} to [build a benchmark for publication|publish comparative performance data] without {P's} prior written consent",
      ],
    },
  },
  {
    area: "output-ownership",
    headings: ["Ownership of Output", "Outputs", "Rights in Generated Content"],
    clauses: [
      "As between the parties, {C} [owns|shall own|will own] all [right, title and interest in and to|rights in] the {Output} generated for it[| by the {Svc}]",
      "{P} hereby assigns to {C} all of its right, title and interest, if any, in and to [the {Output}|any {Output}|all {Output}]",
      "{P} [retains|shall retain] all right, title and interest in and to the {Svc}, the {Model} and [any {Output}|all {Output} that is not specific to {C}|templates used to produce {Output}]",
      "{C} acknowledges that [similar|identical or similar] {Output} may be generated for other customers of {P}, and [nothing in this {Agr}|no provision of this {Agr}] restricts {P} from providing such {Output} to them",
      "{P} does not [warrant|represent] that any {Output} is [protectable by copyright|capable of ownership|original], and [ownership of|rights in] {Output} exist only to the extent applicable law recognises them",
      "{C} grants {P} a [limited|non-exclusive, royalty-free] licence to [use|host and display] the {Output} [solely|only] to provide the {Svc} to {C}",
      "[All|Any] {Output} [shall be|will be|is] the property of {P}, and {C} receives a [licence|non-exclusive licence] to use it for [its internal purposes|the Subscription Term]",
    ],
  },
  {
    area: "improvements-ownership",
    headings: ["Improvements", "Feedback and Improvements", "Derivative Works"],
    clauses: [
      "{P} [owns|shall own|retains ownership of] all {Impr} to the {Svc} and the {Model}, including any {Impr} [made using|derived from|that result from] {C's} use of the {Svc}",
      "Any fine-tuned [model|version of a {Model}] created [exclusively|solely] with {Data} [is|shall be] [owned by {C}|the property of {C}] and [will|shall] not be made available to any other customer",
      "{C} [owns|shall own] any [adapter|embedding|custom model] it trains on its own {Data} through the {Svc}, and {P} [acquires no rights in it|shall not use it for any other customer]",
      "{P} may incorporate any {Impr} [into the {Svc}|into its general offering|into any of its products] without [obligation|payment or attribution] to {C}",
      "To the extent {C} acquires any right in an {Impr}, {C} [hereby assigns|assigns] that right to {P}[| on creation]",
      "Nothing in this {Agr} [transfers|assigns] to {P} any right in {C's} [pre-existing materials|prompt libraries|workflows] or in any model [weights|parameters] created [solely|exclusively] for {C}",
    ],
  },
  {
    area: "training-on-customer-data",
    headings: ["Use of Customer Data", "Training", "Data Use Restrictions", "Model Training"],
    clauses: [
      "{P} [shall not|will not|may not] use {Data}, {Input} or {Output} to [train|retrain|fine-tune] [any {Model}|any machine learning model|models made available to other customers] [without {C's} prior written consent|unless {C} opts in in writing]",
      "{P} may use {Data}[, {Input}| and {Input}] [and {Output}|] to [train, retrain and improve|improve and develop|fine-tune and otherwise improve] the [{Model}|{Svc}|models underlying the {Svc}], unless {C} [opts out by written notice|disables training in the administrative console]",
      "{P} may process {Data} [solely|only|exclusively] to [provide the {Svc} to {C}|perform its obligations under this {Agr}|respond to {C's} requests] and for no other purpose",
      "{C} may at any time [opt out of|object to] the use of its {Input} for [model training|service improvement] by [written notice|changing its account settings], and {P} shall give effect to [the opt-out|the objection] within {days}",
      "[Where|If] {C} [has approved|approves] in writing the use of [specific|designated] {Data} for [training|fine-tuning], {P} shall use it [only|solely] for the [model|purpose] identified in that approval",
      "{P} shall not use [de-identified|aggregated|anonymised] {Data} to train [any {Model}|any model made available to third parties] unless {C} [expressly agrees|agrees in the {Order}]",
      "{P} [is prohibited from using|shall not use] any {Input} submitted through the {Svc} to [develop|improve|enhance] [its {Model}|models|algorithms], [except that|save that] {P} may [use|process] {Usage} to [monitor|secure] the {Svc}",
      "[Any|All] use of {Data} for machine learning [requires|is subject to] {C's} prior [written consent|opt-in], which {C} may [withdraw|revoke] at any time on {days} notice",
    ],
  },
  {
    area: "usage-data-feedback",
    headings: ["Usage Data", "Feedback", "Service Data and Feedback"],
    clauses: [
      "{P} may collect and use {Usage} to [operate, secure and improve|maintain and improve|monitor and support] the {Svc}[, provided that {Usage} does not identify {C} or any individual|]",
      "[If|Where] {C} [provides|submits] [suggestions|feedback|ideas] about the {Svc}, {P} may use [that {Feedback}|them] [without restriction|for any purpose] and without [obligation|compensation] to {C}",
      "{Usage} [does not include|excludes] {Data}, {Input} or {Output}, and {P} shall not [combine|link] {Usage} with {Data} [in any way that identifies {C}|to identify any {Users}]",
      "{P} may [publish|disclose] [aggregated|statistical] {Usage} [provided that|so long as] it [does not identify|cannot reasonably be used to identify] {C}, its {Users} or its customers",
      "{P} shall retain {Usage} for no longer than {months}, after which it [shall delete|will delete or aggregate] it",
      "{C} grants {P} a [perpetual, irrevocable|worldwide, royalty-free] licence to use any {Feedback} [to improve the {Svc}|for any lawful purpose]",
    ],
  },
  {
    area: "training-data-provenance",
    headings: ["Training Data", "Provenance of Training Data", "Data Sources"],
    clauses: [
      "{P} represents that it has [obtained|secured] all [rights|licences, consents and permissions] needed to use the data on which the {Model} was trained",
      "{P} shall, on request, [provide|make available to] {C} a [summary|description] of the [categories|sources] of data used to train [the {Model}|each {Model}]",
      "{P} does not represent or warrant that the [training data|data used to train the {Model}] [is free of|excludes] [copyrighted material|personal data|third-party content]",
      "{P} [shall not|will not] knowingly [train|fine-tune] the {Model} on data [obtained in breach of|collected in violation of] [website terms|applicable law|any third party's rights]",
      "{P} shall [maintain|keep] records of the [provenance|origin and licence terms] of [the datasets|all datasets] used to train the {Model} for at least {months}",
    ],
  },
  {
    area: "ip-indemnity",
    headings: ["Indemnification", "Intellectual Property Indemnity", "Third-Party Claims"],
    clauses: [
      "{P} shall [defend|defend, indemnify and hold harmless] {C} [against|from] any third-party claim alleging that the {Svc}[, the {Model}|] [or any {Output}|] [infringes|misappropriates] [any intellectual property right|that third party's intellectual property rights]",
      "{P's} obligations under Section {sec} do not apply to any claim arising from [{Output}|{Input}|the combination of the {Svc} with anything not supplied by {P}|{C's} modification of any {Output}]",
      "{C} shall indemnify {P} against any claim arising from [{Data}|{C's} use of {Output}|{C's} breach of Section {sec}|{Input} that {C} submits]",
      "The indemnity in this Section [extends to|covers] {Output} [only where|provided that] {C} [used the {Svc} in accordance with the {Docs}|did not disable the content filters|did not knowingly prompt for infringing content]",
      "[If|Should] the {Svc} [becomes|is likely to become] the subject of an infringement claim, {P} may [procure the right for {C} to continue using it|modify it to be non-infringing|terminate the affected {Order} and refund prepaid Fees]",
      "{P's} [aggregate liability|total liability] under the indemnity in Section {sec} [shall not exceed|is limited to] {money}",
      "[This Section|Section {sec}] states {P's} [sole|entire] liability and {C's} exclusive remedy for [infringement claims|any claim of infringement]",
    ],
  },
  {
    area: "liability-cap",
    headings: ["Limitation of Liability", "Liability", "Exclusions and Limits"],
    clauses: [
      "IN NO EVENT [WILL|SHALL] EITHER PARTY BE LIABLE FOR ANY [INDIRECT|INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL] DAMAGES, OR FOR [LOSS OF PROFITS|LOSS OF REVENUE, DATA OR GOODWILL], [ARISING OUT OF|IN CONNECTION WITH] THIS {Agr}",
      "EACH PARTY'S TOTAL LIABILITY [ARISING OUT OF|UNDER] THIS {Agr} [WILL NOT|SHALL NOT] EXCEED [THE FEES PAID BY {C} IN THE {months} BEFORE THE EVENT GIVING RISE TO LIABILITY|{money}|{pct} OF THE FEES PAYABLE IN THE THEN-CURRENT YEAR]",
      "The limits in Section {sec} do not apply to [{P's} indemnity obligations|breach of Section {sec}|a party's gross negligence or wilful misconduct|{P's} breach of its data protection obligations]",
      "{P} shall not be liable for any [decision|action] taken by {C} [in reliance on|based on] any {Output}[, and {C} bears all risk of such reliance|]",
      "[Neither party|No party] limits its liability for [death or personal injury caused by negligence|fraud or fraudulent misrepresentation|any liability that cannot be limited by law]",
      "{P's} liability for [loss of|corruption of] {Data} [is limited to|shall be limited to] [restoring it from the latest backup|the cost of restoring it], [except where|unless] the loss results from {P's} breach of Section {sec}",
    ],
  },
  {
    area: "accuracy-warranty",
    headings: ["Warranties", "Performance Warranty", "Disclaimers"],
    clauses: [
      "{P} warrants that the {Svc} will perform [materially|substantially] in accordance with the {Docs} [during the Subscription Term|for {days} after delivery]",
      "THE {Svc} AND ALL {Output} ARE PROVIDED \"AS IS\" AND {P} DISCLAIMS ALL [OTHER|IMPLIED] WARRANTIES, INCLUDING [ANY WARRANTY OF ACCURACY|WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE]",
      "{C} acknowledges that {Output} [may be inaccurate|may contain errors|may be incomplete or misleading] and that {C} is responsible for [reviewing|verifying] {Output} before [relying on it|using it]",
      "{P} shall [use commercially reasonable efforts to|] maintain an accuracy of at least {pct} on the [evaluation set|benchmark] described in the {Docs}, measured [quarterly|monthly]",
      "[If|Where] the {Svc} fails to meet the warranty in Section {sec}, {P} shall [correct the failure|re-perform the affected services] within {days} or, failing that, refund the Fees for the affected period",
      "{P} does not warrant that the {Svc} will be [uninterrupted or error-free|free of bias|suitable for {C's} purposes]",
    ],
  },
  {
    area: "autonomy-human-oversight",
    headings: ["Human Oversight", "Automated Decisions", "Autonomous Actions"],
    clauses: [
      "{C} shall ensure that a [qualified|trained] individual reviews any {Output} before it is used to make a decision that [has legal effect on|significantly affects] an individual",
      "The {Svc} [shall not|will not] take any action [on {C's} systems|outside the {Svc}|that commits {C} to a payment] without [confirmation by|the approval of] one of {C's} {Users}",
      "{P} shall provide {C} with the means to [pause|stop|override] any automated [workflow|agent|action] of the {Svc} [at any time|promptly]",
      "{C} is [solely|entirely] responsible for [decisions made|actions taken] using the {Svc}, [including|whether or not] any action the {Svc} takes [autonomously|on {C's} behalf]",
      "{P} shall [log|record] each action the {Svc} takes on {C's} behalf and [make those logs available|provide the logs] to {C} for at least {months}",
    ],
  },
  {
    area: "confidentiality-trade-secrets",
    headings: ["Confidentiality", "Confidential Information", "Protection of Information"],
    clauses: [
      "Each party shall [protect|keep confidential] the other party's {CI} [using at least reasonable care|with the same care it uses for its own] and use it [only|solely] to perform this {Agr}",
      "{Input}, {Output} and {Data} [are|constitute] {C's} {CI}[, whether or not marked as confidential|]",
      "{P} shall not disclose {C's} {CI} to [any third party|any person] other than its [employees and subcontractors|personnel] who need to know it and are bound by [written|equivalent] confidentiality obligations",
      "The obligations in this Section survive [termination|expiry] of this {Agr} for {months}, and [for trade secrets|in respect of trade secrets] for as long as they remain trade secrets",
      "{C} acknowledges that {Input} [may be processed by|is transmitted to] [{P's} subprocessors|third-party model providers], and [such processing|such transmission] [does not breach|is not a breach of] this Section",
      "{P} shall notify {C} [without undue delay|within {hours} hours] after becoming aware of any unauthorised [access to|disclosure of] {C's} {CI}",
    ],
    lists: {
      leadIns: [
        "{P} shall, [in relation to {C's} {CI}|in relation to {Data} and {Input}|for the {scope}]:",
        "[Without limiting Section {sec}|In addition to Section {sec}], {P} [shall|will]:",
      ],
      items: [
        "[encrypt|protect] it [in transit and at rest|using industry-standard encryption]",
        "limit access to [personnel|those of its personnel] who need it to provide the {Svc}",
        "not [disclose|transfer] it to any third party except as Section {sec} permits",
        "keep [records|a log] of [each|every] disclosure to a subprocessor for at least {months}",
        "[return|delete] it within {days} after {C's} written request",
        "not [use|copy] it for any purpose other than [performing this {Agr}|providing the {Svc}]",
      ],
    },
  },
  {
    area: "regulatory-compliance",
    headings: ["Compliance with Laws", "Regulatory Matters", "AI Regulation"],
    clauses: [
      "Each party shall comply with all [laws|laws and regulations] applicable to it [in connection with|in its performance of] this {Agr}, including laws on [artificial intelligence|data protection|automated decision-making]",
      "{C} is solely responsible for ensuring that its use of the {Svc} and of any {Output} complies with [all applicable laws|applicable law], including [the EU AI Act|sector-specific regulations|employment and consumer protection laws]",
      "{P} shall provide {C} with [the information|technical documentation] reasonably needed for {C} to meet its obligations as a [deployer|user] of [an AI system|the {Svc}] under applicable law",
      "[If|Where] a change in law [requires|makes it necessary for] {P} to modify the {Svc}, {P} may do so [on {days} notice|after notifying {C}], and {C} may terminate the affected {Order} [if the change is material|without penalty]",
      "{P} shall cooperate with {C} in [responding to|handling] any [inquiry|request] from a regulator about {C's} use of the {Svc}[ at {P's} expense|]",
      "The parties shall enter into the data processing addendum [attached as Schedule {n}|referenced in the {Order}] before any personal data is processed through the {Svc}",
    ],
  },
  {
    area: "model-changes",
    headings: ["Changes to the Service", "Model Updates", "Versions and Deprecation"],
    clauses: [
      "{P} may [modify, update, replace or discontinue|update or replace] any {Model} or feature of the {Svc} [at any time|from time to time] [without notice to {C}|in its sole discretion]",
      "{P} shall give {C} at least {days} written notice of any change to the {Model} that [could materially affect|is likely to degrade] {Output}",
      "{P} shall [keep|maintain] each [major version|version] of the {Model} available for at least {months} after [release|announcing its deprecation]",
      "[If|Where] a change to the {Svc} materially reduces its functionality, {C} may terminate the affected {Order} and receive a [pro rata|proportionate] refund of prepaid Fees",
      "{C} may [pin|select] a specific version of the {Model} through the {Svc} [for the Subscription Term|for up to {months}]",
      "{P} shall [test|evaluate] each new version of the {Model} against the [acceptance criteria|performance benchmarks] in the {Order} before [deploying it|making it the default] for {C}",
    ],
  },
  {
    area: "third-party-models",
    headings: ["Third-Party Models", "Subprocessors and Model Providers", "Third-Party Components"],
    clauses: [
      "The {Svc} [may use|uses] models [provided|licensed] by third parties, and [those models|such third-party models] are [provided subject to their providers' terms|governed by the terms listed in the {Docs}]",
      "{P} shall [not|not knowingly] transmit {Input} to any third-party model provider [unless that provider is bound by obligations at least as protective as this {Agr}|without {C's} prior written consent]",
      "{P} shall maintain a list of the third-party [model providers|subprocessors] it uses [to provide the {Svc}|for {C}] and notify {C} at least {days} before adding [one|a new provider]",
      "{P} remains [responsible|liable] for the acts and omissions of its third-party [model providers|subprocessors] as if they were its own",
      "{P} [is not responsible|shall have no liability] for [third-party models|any model supplied by a third party], [which|and such models] [are provided|is provided] \"as is\"",
    ],
  },
  {
    area: "audit-transparency",
    headings: ["Audit", "Transparency and Records", "Reports and Audits"],
    clauses: [
      "{C} may, [on {days} notice|once in any {months} period], audit {P's} compliance with [Section {sec}|this {Agr}] [itself|through an independent auditor bound by confidentiality]",
      "{P} shall provide {C} [annually|on request] with a copy of its [SOC 2 Type II report|ISO 27001 certificate|most recent independent security assessment]",
      "{P} shall [publish|make available] a model card for each {Model} describing its [intended uses, limitations and known risks|training approach, evaluation results and limitations]",
      "{P} shall keep [complete and accurate|accurate] records of its processing of {Data} and make them available to {C} [on request|within {days} of a request]",
      "{P} shall notify {C} [promptly|within {days}] of any [material incident|serious incident] involving the {Model} that affects {C}",
      "[Audits|Any audit] under this Section [shall be|will be] conducted during normal business hours and at {C's} expense, [unless|except where] the audit reveals a material breach",
    ],
  },
  {
    area: "exit-data-deletion",
    headings: ["Term and Termination", "Effect of Termination", "Return and Deletion of Data"],
    clauses: [
      "Within {days} after [termination or expiry|termination] of this {Agr}, {P} shall make {Data} available for export [in a standard format|through the {Svc}] and shall then delete {Data} [from its systems|and all copies of it]",
      "{P} may retain [copies of {Data} in its backups|de-identified data] [until they are overwritten in the ordinary course|for up to {months}|indefinitely]",
      "{P} shall certify the deletion of {Data} [in writing|by an officer's certificate] [on request|within {days} after deletion]",
      "Deletion under this Section [extends to|includes] any [fine-tuned model|adapter|embedding] trained on {Data}[, and {P} shall not retain any copy of it|]",
      "This {Agr} [starts|commences] on the Effective Date and continues for the Subscription Term stated in the {Order}, [renewing|and renews] for successive periods of {months} unless either party gives at least {days} notice of non-renewal",
      "Either party may terminate this {Agr} by written notice if the other party commits a material breach and fails to cure it within {days} after receiving notice of it",
      "{P} shall provide reasonable [transition assistance|exit assistance] for up to {days} after termination [at its then-current rates|at no charge]",
    ],
  },
  {
    area: "acceptable-use-suspension",
    headings: ["Acceptable Use", "Suspension", "Use Restrictions"],
    clauses: [
      "{C} shall use the {Svc} in accordance with [{P's} {AUP}|the {AUP}][ at https://{domain}/aup|], which {P} may update [from time to time|on {days} notice]",
      "{P} may suspend {C's} access to the {Svc} [at any time in its sole discretion|immediately and without notice] if {P} believes that {C's} use [creates a risk|poses a security risk] to the {Svc} or to any third party",
      "{P} may suspend [the affected part of|access to] the {Svc} only to the extent [reasonably necessary|strictly necessary] to prevent [imminent harm|a security threat], and shall give {C} [prior notice|notice] where [practicable|lawful]",
      "{P} shall restore {C's} access [promptly|within {hours} hours] once the cause of [a suspension|the suspension] has been [resolved|remedied]",
      "Changes to the {AUP} [that materially reduce {C's} rights|that are material] [take effect|apply] only after {days} written notice to {C}",
      "{C} shall not use the {Svc} to [generate unlawful content|create malware|infringe any person's rights|make high-risk decisions without human review]",
    ],
    lists: {
      leadIns: [
        "{C} shall not use the {Svc}[ or any {Output}|] to:",
        "Subject to Section {sec}, {C} [will not|shall not] [use|permit its {Users} to use] the {Svc} to:",
      ],
      items: [
        "generate [content that is unlawful, defamatory or harassing|unlawful content|content that infringes any person's rights]",
        "[create|distribute] malware or [probe|test] the security of any system without authorisation",
        "make decisions about [employment|credit|housing|insurance|access to education] without [meaningful human review|review by a qualified individual]",
        "impersonate any person or [misrepresent|conceal] that {Output} was generated by [an AI system|the {Svc}]",
        "process special categories of personal data [unless the {Order} permits it|except as Section {sec} permits]",
        "circumvent any [safety filter|usage limit|content filter] of the {Svc}",
      ],
    },
  },
  {
    area: "general",
    headings: ["Fees and Payment", "General", "Notices", "Governing Law", "Assignment", "Force Majeure", "Insurance", "Support and Service Levels"],
    clauses: [
      "{C} shall pay the Fees [stated in|set out in] each {Order} within {days} after the date of [{P's} invoice|each invoice], [in|and in] [US dollars|euros|pounds sterling]",
      "Late payments bear interest at [{pct}|the lower of {pct} per month and the maximum rate permitted by law] from the due date until paid",
      "{P} may increase the Fees on renewal by no more than {pct} [above|over] the Fees for the preceding [year|term]",
      "This {Agr} is governed by the laws of [England and Wales|the State of New York|Ireland|the State of Delaware|Ontario], and the courts of [London|New York County|Dublin|Wilmington|Toronto] have exclusive jurisdiction over any dispute arising out of it",
      "Neither party may assign this {Agr} without the other party's prior written consent, except to a successor to all or substantially all of its [business|assets]",
      "Notices under this {Agr} must be in writing and are effective when delivered [by hand|by courier|by email with confirmation of receipt] to the address stated in the {Order}",
      "Neither party is liable for delay caused by events beyond its reasonable control, [provided that|so long as] it [notifies the other party promptly|uses reasonable efforts to mitigate the delay] and the delay lasts less than {days}",
      "{P} shall maintain [professional indemnity|cyber liability|errors and omissions] insurance of at least {money} [per claim|in the aggregate] during the Subscription Term",
      "{P} shall make the {Svc} available at least {pct} of the time in each calendar month, excluding scheduled maintenance notified {hours} hours in advance",
      "[If|Where] availability falls below the level in Section {sec}, {C} is entitled to a service credit of {pct} of the monthly Fees for each [full|] {pct} shortfall",
      "This {Agr}, together with each {Order}, is the entire agreement between the parties [about its subject matter|on its subject] and supersedes all prior [proposals|negotiations and understandings]",
      "[No|Any] failure or delay in exercising a right under this {Agr} [operates as|shall operate as] a waiver of it, and [no|a] single exercise of a right does not preclude its further exercise",
      "{P} shall respond to [priority 1|critical] support requests within {hours} hours and to all other requests within {n} business days",
      "Each party is an independent contractor, and nothing in this {Agr} creates a partnership, joint venture or agency between the parties",
      "{P} may [identify|name] {C} as a customer in its marketing materials [only with|subject to] {C's} prior written consent",
      "If any provision of this {Agr} is held invalid, the remaining provisions [remain|shall remain] in full force and effect",
    ],
  },
];

/** Sections every agreement starts from, by area id, in the order a draft usually has them. */
export const MAIN_ORDER = [
  "license-scope",
  "acceptable-use-suspension",
  "training-on-customer-data",
  "usage-data-feedback",
  "output-ownership",
  "improvements-ownership",
  "confidentiality-trade-secrets",
  "third-party-models",
  "model-changes",
  "training-data-provenance",
  "accuracy-warranty",
  "autonomy-human-oversight",
  "ip-indemnity",
  "liability-cap",
  "regulatory-compliance",
  "audit-transparency",
  "exit-data-deletion",
  "general",
];

/** Definitions of the agreement's terms; `{Term}` is the term being defined. */
export const DEFINITIONS: Record<string, string[]> = {
  Data: [
    "means all [data and content|data, content and materials] that {C} or its {Users} [submit|upload|provide] to the {Svc}, including {Input}[, and all data derived from it that identifies {C}|]",
    "means any [information|data] [provided by|supplied by] {C} [or on its behalf|] for processing by the {Svc}, [including|together with] personal data",
  ],
  Input: [
    "means any [prompt|prompt, instruction, document or file|query or instruction] [submitted to|entered into] the {Svc} by or for {C}",
    "means [the prompts and other material|all material] that {C} [provides|sends] to the {Model} through the {Svc}",
  ],
  Output: [
    "means any [text|text, summary, classification, code or other content] [generated by|produced by] the {Svc} in response to {Input}",
    "means [the content|all content, data and results] [returned by|generated by] the {Model} for {C}",
  ],
  Usage: [
    "means information about the [operation and use|performance and use] of the {Svc}, such as [feature usage, request volumes, latency and error logs|request counts, response times and diagnostic data]",
  ],
  Svc: [
    "means the [hosted|cloud-based] [platform|service] described in the {Order}, [its application programming interfaces|its interfaces] and the {Model} made available through it",
  ],
  Model: [
    "means any machine learning model, including any large language model, that {P} uses to provide the {Svc}, whether developed by {P} or licensed from a third party",
  ],
  Impr: [
    "means any modification, enhancement, derivative work, fine-tuned version, adapter or other improvement of the {Svc} or any {Model}",
  ],
  Docs: ["means {P's} [user guides|user guides and technical specifications] for the {Svc}, as updated by {P} from time to time"],
  AUP: ["means {P's} policy on [permitted and prohibited uses|acceptable use] of the {Svc}, [as updated from time to time|in the form attached to the {Order}]"],
  CI: ["means any [non-public information|information that is marked or reasonably understood to be confidential] disclosed by one party to the other under this {Agr}"],
  Users: ["means the [employees and contractors|employees and individual contractors] of {C} and its Affiliates whom {C} authorises to use the {Svc}"],
  Order: ["means [each order form|an ordering document] [signed by both parties|agreed in writing] that refers to this {Agr}"],
  Feedback: ["means [suggestions, comments and ideas|any suggestion or idea] for improving the {Svc} that {C} [gives|communicates] to {P}"],
};

/** Endings for some list items: the items of a long agreement's lists are not all the same. */
export const ITEM_SUFFIXES = [
  " in connection with the {scope}",
  ", except as permitted by Section {sec}",
  " without {P's} prior written consent",
  " during the Subscription Term",
  " for more than {n} {Users}",
  " in breach of Section {sec}",
  " through any account created after {date}",
  " in any territory listed in Schedule {n}",
];

/** Statement-of-work openings for the schedules that make long agreements long. */
export const SCHEDULE_INTROS = [
  "This Statement of Work {n} is entered into under the {Agr} between {P} and {C} and describes the {project} engagement",
  "The parties agree the following terms for the {project} project, which [supplement|add to] the {Agr} for the [services|work] described below",
  "Unless this Schedule states otherwise, the terms of the {Agr} apply to the {project} [deployment|rollout|pilot]",
];

export const SCHEDULE_DEFINITIONS = [
  "\"{project} Deliverables\" means the [reports|models|prompt libraries|configurations] that {P} [prepares|delivers] for the {project} project, including any {Output} [included in them|they contain]",
  "\"{project} Materials\" means the [documents|datasets|templates] that {C} provides to {P} for the {project} project",
  "\"{project} Milestone\" means [each|any] milestone [listed|set out] in the timetable for the {project} project",
];

/** Word stems for invented names of parties and projects: nothing here names a real company. */
export const NAME_PARTS = {
  first: ["Lumen", "Harbour", "Quill", "Brisk", "Cobalt", "Fern", "Orrin", "Tally", "Vesper", "Kestrel", "Marlow", "Junip", "Sable", "Wren", "Ostra", "Pellin", "Drift", "Cairn", "Thistle", "Amber"],
  second: ["fold", "line", "stone", "gate", "field", "mark", "wick", "brook", "crest", "haven", "ridge", "ward", "vale", "bright", "works", "spire"],
  kind: ["Systems", "Analytics", "Logistics", "Labs", "Health", "Capital", "Robotics", "Media", "Software", "Retail", "Insurance", "Energy"],
  suffix: ["Inc.", "Ltd", "LLC", "GmbH", "plc", "B.V.", "Corp."],
  place: ["a Delaware corporation", "a company registered in England and Wales", "a New York limited liability company", "a company incorporated in Ireland", "an Ontario corporation", "a German limited liability company"],
  street: ["Quarry Lane", "Wharf Street", "Harbour Road", "Mill Yard", "Orchard Way", "Foundry Row", "King Street", "Canal Walk"],
  city: ["Austin, Texas", "Bristol", "Dublin", "Toronto", "Leeds", "Rotterdam", "Boston, Massachusetts", "Munich"],
  project: ["Atlas", "Beacon", "Cinder", "Delta", "Ember", "Falcon", "Granite", "Heron", "Iris", "Juniper", "Kite", "Lantern", "Meridian", "Nimbus", "Onyx", "Prism", "Quartz", "Rowan", "Summit", "Tidal"],
};

/** Defined-term choices per agreement. */
export const TERM_CHOICES = {
  parties: [
    ["Provider", "Customer"],
    ["Licensor", "Licensee"],
    ["Vendor", "Client"],
    ["Supplier", "Subscriber"],
    ["Provider", "Client"],
    ["Supplier", "Customer"],
  ],
  Data: ["{C} Data", "{C} Content", "{C} Materials"],
  Input: ["Input", "Inputs", "Prompts"],
  Output: ["Output", "Outputs", "Generated Content", "Results"],
  Usage: ["Usage Data", "Service Data", "Telemetry Data"],
  Svc: ["AI Services", "Platform", "Services", "AI Platform", "Solution"],
  Model: ["Model", "Models", "Foundation Model"],
  Impr: ["Improvements", "Enhancements"],
  Docs: ["Documentation"],
  AUP: ["Acceptable Use Policy", "Usage Policy"],
  CI: ["Confidential Information"],
  Users: ["Users", "Authorised Users", "Permitted Users"],
  Order: ["Order Form", "Order", "Statement of Work"],
  Feedback: ["Feedback", "Suggestions"],
  Agr: ["Agreement"],
};
