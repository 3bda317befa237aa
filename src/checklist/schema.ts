// The checklist schema: one zod definition validates user playbooks (with
// field-precise messages such as "areas[3].fallbacks.licensee[1].text: required")
// and gives the TypeScript type of a checklist. The engine declares the shape it
// consumes in src/engine/types.ts; the assertions at the bottom make the compiler
// prove that the two agree, so neither can drift.

import { z } from "zod";
import { compilePattern, PatternError } from "../engine/patterns";
import { CONCEPTS, type ChecklistDefinition } from "../engine/types";

/** The playbook file format version this build writes. Older versions are migrated on load. */
export const SCHEMA_VERSION = 1;

/** The most patterns a playbook may hold (the built-in checklist has about a thousand). */
export const MAX_PATTERNS = 5000;

const nonEmpty = (what: string) => z.string({ error: (i) => (i.input === undefined ? "required" : `${what} must be text`) }).trim().min(1, "required");
const id = z
  .string({ error: (i) => (i.input === undefined ? "required" : "must be text") })
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens (e.g. output-ownership)");
const severity = z.enum(["high", "medium", "low"], { error: 'must be "high", "medium" or "low"' });
const kind = z.enum(["risk", "protection", "mention"], { error: 'must be "risk", "protection" or "mention"' });
const side = z.enum(["licensee", "licensor"], { error: 'must be "licensee" or "licensor"' });

/** A phrase pattern; compiled here so that a playbook with a bad pattern is rejected on import, not mid-review. */
const pattern = z
  .string({ error: (i) => (i.input === undefined ? "required" : "must be text") })
  .max(1000, "must be at most 1000 characters")
  .superRefine((value, ctx) => {
    try {
      compilePattern(value);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      ctx.addIssue({ code: "custom", message: e.message });
    }
  });

const matchSchema = z.strictObject({
  all: z.array(z.array(pattern).min(1, "needs at least one pattern").max(200)).min(1, "needs at least one group").max(8, "at most 8 groups"),
  none: z.array(pattern).max(200).optional(),
  actor: side.optional(),
  polarity: z.enum(["affirmative", "negated", "any"], { error: 'must be "affirmative", "negated" or "any"' }).optional(),
  scope: z.enum(["clause", "sentence"], { error: 'must be "clause" or "sentence"' }).optional(),
  inDefinitions: z.boolean({ error: "must be true or false" }).optional(),
});

const ruleSchema = z.strictObject({
  id,
  effect: z.strictObject({ licensee: kind.optional(), licensor: kind.optional() }),
  severity: severity.optional(),
  message: nonEmpty("message"),
  expected: z.string().optional(),
  match: matchSchema,
  unlessElsewhere: z.array(id).max(50).optional(),
});

const fallbackSchema = z.strictObject({
  id: z.string({ error: (i) => (i.input === undefined ? "required" : "must be text") }).min(1, "required"),
  title: nonEmpty("title"),
  text: nonEmpty("text").pipe(z.string().max(5000, "must be at most 5000 characters")),
  note: z.string({ error: (i) => (i.input === undefined ? "required" : "must be text") }),
});

const areaSchema = z.strictObject({
  id,
  title: nonEmpty("title"),
  severity,
  why: z.string({ error: (i) => (i.input === undefined ? "required" : "must be text") }),
  enabled: z.boolean({ error: "must be true or false" }).optional(),
  addressedBy: z.array(pattern).max(500),
  clearedBy: z.array(pattern).max(500).optional(),
  rules: z.array(ruleSchema).max(200),
  fallbacks: z.strictObject({ licensee: z.array(fallbackSchema).max(50), licensor: z.array(fallbackSchema).max(50) }),
});

const conceptEnum = z.enum(CONCEPTS);

export const checklistSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
    id: z.string().min(1, "required"),
    version: z.string().min(1, "required"),
    title: nonEmpty("title"),
    strictness: z.enum(["pragmatic", "balanced", "strict"], { error: 'must be "pragmatic", "balanced" or "strict"' }).optional(),
    vocabulary: z.partialRecord(conceptEnum, z.array(z.string().min(1).max(100)).max(200)),
    neutralTerms: z.partialRecord(conceptEnum, z.string().min(1).max(100)),
    areas: z.array(areaSchema).min(1, "needs at least one area").max(100),
  })
  .superRefine((c, ctx) => {
    // Patterns are phrases with bounded gaps, so each costs bounded work per word of a
    // document; capping their number caps the work of a review with any valid playbook.
    let patterns = 0;
    for (const area of c.areas) {
      patterns += area.addressedBy.length + (area.clearedBy?.length ?? 0);
      for (const rule of area.rules) patterns += rule.match.all.reduce((n, g) => n + g.length, 0) + (rule.match.none?.length ?? 0);
    }
    if (patterns > MAX_PATTERNS) ctx.addIssue({ code: "custom", path: ["areas"], message: `has ${patterns} patterns; at most ${MAX_PATTERNS} are allowed` });
    const areaIds = new Set<string>();
    c.areas.forEach((area, a) => {
      if (areaIds.has(area.id)) ctx.addIssue({ code: "custom", path: ["areas", a, "id"], message: `duplicate area id "${area.id}"` });
      areaIds.add(area.id);
      const ruleIds = new Set<string>();
      area.rules.forEach((rule, r) => {
        if (ruleIds.has(rule.id)) ctx.addIssue({ code: "custom", path: ["areas", a, "rules", r, "id"], message: `duplicate rule id "${rule.id}"` });
        ruleIds.add(rule.id);
      });
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;

// Compile-time proof that a validated playbook is what the engine consumes, and back.
type Assert<T extends true> = T;
export type _SchemaMatchesEngine = Assert<Checklist extends ChecklistDefinition ? true : false>;
export type _EngineMatchesSchema = Assert<ChecklistDefinition extends Omit<Checklist, "schemaVersion"> & { schemaVersion: number } ? true : false>;

/** "areas[3].fallbacks.licensee[1].text" from zod's path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out || "(playbook)";
}
