// Entry point of `npm run cli`: only hands the arguments to main() and sets the
// exit code it returns (process.exitCode, not process.exit, so stdout drains).
import { main } from "./main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
