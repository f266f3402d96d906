import { Migration20261123100000_programs } from './Migration20261123100000_programs.js';
import { Migration20261123110000_program_imports } from './Migration20261123110000_program_imports.js';

/** Every migration of the programs schema, oldest first. */
export const programsMigrations = [Migration20261123100000_programs, Migration20261123110000_program_imports];
