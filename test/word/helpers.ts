// Shared set-up: a strict simulated Word and a port over it.

import { strict as assert } from "node:assert";
import { createSimulation, type Simulation, type SimulationOptions } from "../../src/preview/simulated-word";
import { createWordPort, type OfficeGlobals, type WordPortOptions } from "../../src/word/adapter";
import { type DocumentPort, type FindingLocation, WordAdapterError, type WordErrorCode } from "../../src/word/port";

export function setup(options: SimulationOptions, portOptions: WordPortOptions = {}): { sim: Simulation; port: DocumentPort } {
  const sim = createSimulation(options);
  const port = createWordPort({ globals: () => sim.globals as unknown as OfficeGlobals, ...portOptions });
  return { sim, port };
}

/** The finding the engine would report for `sentence` in paragraph `paragraph` of `paragraphs` (n-th occurrence, 0-based). */
export function finding(paragraphs: string[], paragraph: number, sentence: string, nth = 0): FindingLocation {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = paragraphs[paragraph].indexOf(sentence, at + 1);
    assert.ok(at >= 0, `fixture: occurrence ${nth} of the sentence is not in paragraph ${paragraph}`);
  }
  return { paragraph, start: at, end: at + sentence.length, text: sentence };
}

export async function rejectsWith(p: Promise<unknown>, code: WordErrorCode, message?: RegExp): Promise<WordAdapterError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof WordAdapterError, `expected a WordAdapterError, got ${String(e)}`);
    assert.equal(e.code, code, `expected code ${code}, got ${e.code}: ${e.message}`);
    if (message) assert.match(e.message, message);
    return e;
  }
  assert.fail(`expected a WordAdapterError "${code}"`);
}
