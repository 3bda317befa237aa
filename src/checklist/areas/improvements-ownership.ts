import type { AreaDefinition } from "../../engine/types";

// Who owns what is built on top of the licensed AI: fine-tuned models, adapters,
// embeddings and indexes made from the licensee's data, and improvements to the
// base model or platform. The licensee needs the customer-specific artefacts; the
// licensor needs the base model and every general improvement.

/** Improvements, derivatives and customer-specific artefacts, however a draft names them. */
const IMPROVEMENTS = [
  "{improvement}",
  "improvement|enhancement|modification",
  "derivative|derivatives",
  "derived model|models",
  "fine-tuned|fine-tunes|trained|retrained|customized|customised|custom ...3 model|models|version|versions|weights",
  "client-specific|customer-specific|licensee-specific|tenant-specific ...2 model|models",
  "adapter|adapters",
];
const CUSTOM_ARTEFACTS = [
  "client-specific|customer-specific|licensee-specific|tenant-specific ...2 model|models|artefacts|artifacts",
  "prompt library|libraries",
  "weights|parameters ...4 created|trained|developed ...3 for|solely|exclusively|using|with",
  "fine-tuned|fine-tunes|customized|customised|custom ...3 model|models|version|versions|weights",
  "adapter|adapters",
  "embedding|embeddings",
  "derived model|models",
];
const OWNED_BY_LICENSOR = [
  "{licensor} ...4 own|owns",
  "{licensor} ...6 ownership|owner|owners|proprietor",
  "{licensor} ...4 retain|retains|reserve|reserves ...3 ownership|title|right|rights",
  "property of ...3 {licensor}",
  "owned|vested|held ...3 by|in ...2 {licensor}",
  "vest|vests ...3 in ...2 {licensor}",
  "belong|belongs ...3 to ...2 {licensor}",
  "assign|assigns|assigned ...3 to ...2 {licensor}",
];
const OWNED_BY_LICENSEE = [
  "{licensee} ...4 own|owns",
  "{licensee} ...6 ownership|owner|owners",
  "{licensee} ...4 retain|retains ...3 ownership|title|right|rights",
  "property of ...3 {licensee}",
  "owned|vested|held ...3 by|in ...2 {licensee}",
  "vest|vests ...3 in ...2 {licensee}",
  "belong|belongs ...3 to ...2 {licensee}",
  "assign|assigns|assigned ...3 to ...2 {licensee}",
];
/** Improvements only of general application, containing no customer data: the licensee's accepted carve-out. */
const GENERAL_ONLY = ["general improvement|improvements", "of general application", "generally applicable", "do not contain", "does not contain", "contain no"];
/** "Own" as an adjective: "at its own cost". */
const NOT_OWNERSHIP = ["own cost", "own expense", "own account", "own risk"];
/** The licensor's ownership is only a carve-out for the base model ("subject to Licensor's ownership of the Base Model"). */
const BASE_MODEL_CARVE_OUT = [
  "ownership of ...3 base|underlying",
  "base|underlying model|models ...6 remain|remains ...4 property|owned",
  "subject to ...3 {licensor} ...2 ownership|title|rights",
];

export const improvementsOwnership: AreaDefinition = {
  id: "improvements-ownership",
  title: "Improvements, fine-tunes and derived models",
  severity: "high",
  why:
    "Fine-tuned models, adapters and indexes built from the licensee's data carry that data and its value. Whoever owns them " +
    "decides whether the licensee can take them on exit and whether they end up serving competitors; the licensor needs to keep " +
    "its base model and the general improvements it makes.",
  addressedBy: [
    "{improvement} ...10 own|owns|owned|ownership|property|title|vest|vests|belong|belongs|assign|assigns",
    "own|owns|owned|ownership|property|title|assign|assigns ...10 {improvement}",
    "client-specific|customer-specific|licensee-specific|fine-tuned|derived|custom ...2 model|models ...10 owns|owned|ownership|property|belong|belongs|exclusive*",
  ],
  rules: [
    {
      id: "licensor-owns-improvements",
      effect: { licensee: "risk", licensor: "protection" },
      message: "All improvements and derivatives, including those built with {licensee's} data, belong to {licensor:object}.",
      expected: "{licensee} will own the models, adapters and indexes made from {licensee's} data; {licensor} will keep only general improvements that contain none of that data.",
      match: { all: [IMPROVEMENTS, OWNED_BY_LICENSOR], none: [...GENERAL_ONLY, ...NOT_OWNERSHIP, ...BASE_MODEL_CARVE_OUT] },
    },
    {
      id: "licensee-assigns-improvements",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensee} must assign to {licensor:object} the improvements made by {licensee}, whatever data they were made with.",
      expected: "Anything built by {licensee} with {licensee's} own data stays with {licensee}, and nothing that contains that data is assigned.",
      match: { all: [["{licensee} ...4 assign|assigns|assignment"], ["{licensor}"], IMPROVEMENTS], actor: "licensee" },
    },
    {
      id: "custom-models-for-others",
      effect: { licensee: "risk", licensor: "protection" },
      message: "{licensor} may use models or improvements derived from {licensee's} data for other customers.",
      expected: "Models, adapters and indexes made with {licensee's} data are used only to serve {licensee}.",
      match: {
        all: [CUSTOM_ARTEFACTS.concat(["{improvement}"]), ["other customers", "other clients", "other licensees", "other users", "third parties", "any purpose", "any other customer"]],
        actor: "licensor",
      },
    },
    {
      id: "custom-models-exclusive",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Models derived from {licensee's} data may not be used for anyone else.",
      match: {
        all: [CUSTOM_ARTEFACTS, ["for the benefit of", "other customers", "other clients", "third parties", "any other person", "anyone"]],
        actor: "licensor",
        polarity: "negated",
      },
    },
    {
      id: "custom-models-dedicated",
      effect: { licensee: "protection", licensor: "mention" },
      message: "Models derived from {licensee's} data serve {licensee} alone.",
      match: {
        all: [CUSTOM_ARTEFACTS, ["solely|exclusively|only for ...4 {licensee}", "solely|exclusively|only for the benefit of", "exclusive to ...2 {licensee}", "exclusively available to"]],
      },
    },
    {
      id: "licensee-owns-custom-artefacts",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensee} will own the fine-tuned models, adapters or other artefacts made for {licensee:object}.",
      match: { all: [OWNED_BY_LICENSEE, CUSTOM_ARTEFACTS.concat(["{improvement}"])], none: NOT_OWNERSHIP },
    },
    {
      id: "licensee-owns-platform-improvements",
      effect: { licensee: "protection", licensor: "risk" },
      message: "{licensee} would own improvements to {licensor's} {model} or {system}.",
      expected: "{licensor} will own the base {model}, the {system} and all general improvements to them.",
      match: {
        all: [
          OWNED_BY_LICENSEE,
          // Improvements to the base model or platform, not the licensee's own fine-tunes or derivatives of it.
          [
            "improvement|improvements|enhancement|enhancements to|of|in ...4 {model}|{system}|platform|software",
            "improvement|improvements|enhancement|enhancements ...3 to|of ...4 {model}|{system}|platform|software",
          ],
        ],
      },
    },
    {
      id: "licensor-keeps-base-model",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} will keep the base model and the general improvements to it.",
      match: {
        all: [
          OWNED_BY_LICENSOR,
          ["general improvement|improvements", "of general application", "base model|models", "underlying ...2 {model}|model|models", "foundation model|models", "pre-trained|pretrained ...2 model|models"],
        ],
        none: NOT_OWNERSHIP,
        scope: "sentence",
      },
    },
    {
      id: "licensor-exploits-improvements",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} may incorporate improvements into {licensor's} products without obligation to {licensee:object}.",
      match: {
        all: [["incorporate|incorporates|use|uses|exploit|exploits|commercialise|commercialize ...6 {improvement}"], ["without ...3 obligation|payment|attribution|restriction|compensation|accounting"]],
        actor: "licensor",
      },
    },
    {
      id: "know-how-handover",
      effect: { licensee: "protection", licensor: "risk" },
      severity: "medium",
      message: "{licensor} must hand over or assign {licensor's} general know-how or techniques.",
      expected: "{licensor} will remain free to use the general know-how, skills and techniques developed in performing the {agreement}.",
      match: {
        all: [["assign|assigns|transfer|transfers|deliver|disclose ...10 know-how|knowhow|techniques|methodologies|methods"]],
        none: ["residual*", "free to use"],
        actor: "licensor",
      },
    },
    {
      id: "residual-know-how",
      effect: { licensee: "mention", licensor: "protection" },
      message: "{licensor} will stay free to use general know-how and skills gained under the {agreement}.",
      match: {
        all: [["residual|residuals", "know-how|knowhow", "general skills|knowledge|experience"], ["free to use", "may use", "restrict|restricts|prevent|prevents|preclude|precludes", "retain|retains"]],
        polarity: "any",
        scope: "sentence",
      },
    },
    {
      id: "custom-artefacts-returned",
      effect: { licensee: "protection", licensor: "mention" },
      message: "{licensor} will return or export the models and artefacts made for {licensee:object}.",
      match: { all: [["return|export|deliver|transfer ...8 client-specific|customer-specific|licensee-specific|fine-tuned|custom|customized|customised|adapter|adapters|embedding|embeddings"]], actor: "licensor" },
    },
  ],
  fallbacks: {
    licensee: [
      {
        id: "improvements-ownership/le-1",
        title: "Ownership of everything made from {licensee's} data, exportable on exit",
        text:
          "As between the parties, {licensee} will own every model, fine-tuned version, adapter, set of weights, embedding, index, prompt library and other artefact that is created by or for {licensee} using {customerData}, {input} or {output}, together with all intellectual property rights in them, and any right that {licensor} may have in them is hereby assigned to {licensee:object}. {licensor} will not use any of those artefacts except to provide the {system} to {licensee:object}, and will deliver them to {licensee:object} in a usable format on request and on termination of this {agreement}.",
        note: "Opening position for a licensee that funds customisation or supplies the training data: ownership, exclusivity and portability in one clause.",
      },
      {
        id: "improvements-ownership/le-2",
        title: "Only general improvements free of {customerData} stay with {licensor:object}",
        text:
          "{licensor} may own improvements to the {system} that are of general application, provided that they do not contain, embody or reproduce any {customerData}, {input} or {output} and cannot be used to derive any of it. Every other improvement, modification or derivative made using {customerData} is a customer-specific artefact that belongs to {licensee} and may be used solely for {licensee's} benefit.",
        note: "Offer where the licensor insists on owning improvements: draws the line at anything that carries the licensee's data.",
      },
      {
        id: "improvements-ownership/le-3",
        title: "Exclusive licence to customer-specific artefacts",
        text:
          "If title to any model, adapter or index created using {customerData} remains with {licensor:object}, {licensee} will have an exclusive, royalty-free licence to use it for the term and for any transition period, and {licensor} will not use it or make it available for the benefit of any other person, and will deliver it to {licensee:object} on request or otherwise permanently delete it when this {agreement} ends.",
        note: "Last resort where title stays with the licensor: exclusivity, no reuse for others and deletion give most of what ownership would.",
      },
    ],
    licensor: [
      {
        id: "improvements-ownership/lr-1",
        title: "Base model and all improvements stay with {licensor:object}",
        text:
          "As between the parties, {licensor} will own all right, title and interest in and to the {system}, each underlying {model}, and all improvements, enhancements, modifications and derivative works of any of them, by whomever made, including all intellectual property rights in them. Any right in any of them that vests in {licensee} is hereby assigned to {licensor:object}. Nothing in this {agreement} transfers to {licensee:object} any right in {licensor's} general know-how, methods or techniques.",
        note: "Opening position: keeps the model, the platform and everything that improves them with the licensor.",
      },
      {
        id: "improvements-ownership/lr-2",
        title: "Exclusive licence to artefacts trained only on {licensee's} data",
        text:
          "{licensor} will own the base {model} and all general improvements. For any adapter or fine-tuned version trained solely on {customerData}, {licensee} will have an exclusive licence for the term to use it with the {system}, and {licensor} will not use that artefact to serve any other customer; {licensor} may continue to use general learnings that contain no {customerData}.",
        note: "Offer when the customer asks to own its fine-tunes: exclusivity without transferring anything that would fork the base model.",
      },
      {
        id: "improvements-ownership/lr-3",
        title: "{licensee's} own artefacts, subject to the base model",
        text:
          "{licensee} will own the adapters and other parameters created by training the {model} solely on {customerData}, subject to {licensor's} ownership of the underlying {model}, which {licensee} may use with those artefacts only under the licence in this {agreement}. Improvements of general application to the {model} or the {system}, by whomever made, belong to {licensor:object}.",
        note: "Fallback when ownership of fine-tunes must go to the customer: the base model and general improvements stay with the licensor.",
      },
    ],
  },
};
