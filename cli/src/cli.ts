// The program: `coalition-widgets <command> …`. Setting the exit code, not calling process.exit(),
// lets a large output drain to a pipe before Node exits.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
