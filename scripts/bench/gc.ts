// A full garbage collection between timed runs, so that each run starts from the same heap
// and does not pay for the garbage of the run before it. `npm run bench` runs under tsx
// without --expose-gc, so the flag is set at run time; when that is refused the runs go
// without (and the report says so).

import v8 from "node:v8";
import vm from "node:vm";

let gc: (() => void) | undefined;
try {
  v8.setFlagsFromString("--expose-gc");
  gc = vm.runInNewContext("gc") as () => void;
} catch {
  gc = undefined;
}

export const canCollect = typeof gc === "function";

export function collect(): void {
  gc?.();
}
