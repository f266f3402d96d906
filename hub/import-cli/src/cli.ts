import path from 'node:path';
import { databaseLocationFromEnv, describeLocation, openEmbeddedDatabase, type DatabaseConnection } from '@housing-hub/database';
import {
  exitCodeOf,
  formatReport,
  type HelpRequest,
  type ImportCommand,
  ImportFileError,
  parseImportArgs,
  runImport,
  USAGE,
  UsageError,
} from './import-command.js';

let command: ImportCommand | HelpRequest;
try {
  command = parseImportArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  throw error;
}
if ('help' in command) {
  console.log(USAGE);
  process.exit(0);
}

const location = databaseLocationFromEnv();
// The embedded database belongs to one process at a time: stop `npm start` first, or use the import mutation.
const connection: DatabaseConnection =
  location.kind === 'postgresql' ? location : { kind: 'pglite', pglite: await openEmbeddedDatabase(location.dataDir) };
console.error(
  `importing ${command.dataset} from ${path.basename(command.file)} into ${describeLocation(location)}${command.dryRun ? ' (dry run)' : ''}`,
);
try {
  const report = await runImport(command, connection);
  console.log(formatReport(report, path.basename(command.file)));
  process.exitCode = exitCodeOf(report);
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  if (connection.kind === 'pglite') await connection.pglite.close();
}
