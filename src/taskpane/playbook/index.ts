// The user's playbook, without React: edits as pure functions, validation by the checklist
// schema after every change, and persistence in the add-in's own browser storage.
export * from "./edits";
export * from "./errors";
export * from "./messages";
export { phraseToPattern, slugOf } from "./phrases";
export * from "./state";
export * from "./storage";
