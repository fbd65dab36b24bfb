/**
 * The subcommands of `ce-playbook`, in the order `--help` lists them. Each module exports a
 * `define(program)` that adds its command (options, help text, action).
 */
import type { Command } from 'commander';
import { defineDiff } from './diff';
import { defineImport } from './import';
import { defineImportCustomers } from './importCustomers';
import { defineSearch, defineShow } from './searchShow';
import { defineMcp } from './mcp';
import { defineValidate } from './validate';

export type DefineSubcommand = (program: Command) => void;

export const CLI_SUBCOMMANDS: DefineSubcommand[] = [defineValidate, defineImport, defineImportCustomers, defineDiff, defineSearch, defineShow, defineMcp];
