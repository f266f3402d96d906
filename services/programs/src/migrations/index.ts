import { Migration20261123100000_programs } from './Migration20261123100000_programs.js';

/** Every migration of the programs schema, oldest first. */
export const programsMigrations = [Migration20261123100000_programs];
