import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBundledData, formatProblem, jsonSchemaText } from '../../src/build/dataBuild';
import { repoRoot } from './helpers';

describe('build-time data step', () => {
  it('a bad bundled file fails the build with file, line, column and the rule broken', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-data-'));
    try {
      for (const f of fs.readdirSync(path.join(repoRoot, 'data'))) fs.copyFileSync(path.join(repoRoot, 'data', f), path.join(dir, f));
      const teams = path.join(dir, 'teams.yaml');
      fs.writeFileSync(teams, fs.readFileSync(teams, 'utf8').replace('  - id: product\n    name: "Product"', '  - id: product\n    nmae: "Product"'));
      const result = buildBundledData(dir);
      assert.equal(result.handbook, undefined, 'no data for the bundle');
      const lines = result.problems.map(formatProblem);
      const line = fs.readFileSync(teams, 'utf8').split('\n').findIndex((l) => l.includes('nmae:')) + 1;
      assert.ok(lines.some((l) => l.endsWith(`teams.yaml:${line}:5: error: Unknown property "nmae". Check its spelling; allowed here: id, name, source, valueToTeam, valueToCe, collaboration, routes, hidden. [schema]`)), lines.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the shipped JSON Schema describes the data files, with descriptions for the editor', () => {
    const schema = JSON.parse(jsonSchemaText());
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'sources', 'teams', 'procedures', 'templates', 'meetings', 'channels', 'userGroups', 'guides', 'customers']);
    const team = schema.properties.teams.items;
    assert.equal(team.additionalProperties, false);
    assert.deepEqual(team.required, ['id'], 'a file may patch any field of an entry by id');
    assert.match(team.properties.valueToTeam.description, /How CE adds value/);
    assert.match(schema.properties.meetings.items.properties.cadence.properties.frequency.description, /bi-weekly/);
    // Customers: the editor completes and explains them like every collection; links are https only.
    const customer = schema.properties.customers.items;
    assert.deepEqual(customer.required, ['id']);
    assert.deepEqual(Object.keys(customer.properties.links.properties), ['crm', 'zendesk', 'github', 'docs']);
    assert.equal(customer.properties.links.properties.crm.pattern, '^https://[^\\s]+$');
    assert.deepEqual(Object.keys(customer.properties.accountTeam.properties), ['ae', 'ce', 'sdr']);
  });
});
