// The engine's public surface. Pure: imports nothing outside src/engine.
export * from "./types";
export { analyze, prepare, review, reviewFor, type Analysis, type Match } from "./review";
export { fillTemplate, termsForFilling } from "./fill";
export { compilePattern, PatternError, WorkLimitExceeded, type WorkCounter } from "./patterns";
export { splitSentences, tokenize } from "./text";
export { extractTerms } from "./terms";
export { compareReviews, type AreaChange } from "./compare";
