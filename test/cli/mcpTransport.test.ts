/**
 * `ce-playbook mcp` at the edges of its transport: it never ends silently (a message over the
 * transport's limit is written to stderr and the exit code is 1), and a resource URI whose
 * percent-encoding is malformed is "not found", not an internal error.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

describe('ce-playbook mcp: transport and URIs', () => {
  it('a resource URI with malformed percent-encoding is "not found", and the server keeps serving', async () => {
    const client = new Client({ name: 'ce-playbook-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], stderr: 'pipe' }));
    try {
      await assert.rejects(client.readResource({ uri: 'playbook://team/%E0%A4%A' }), (error: unknown) => {
        assert.ok(error instanceof McpError);
        assert.equal(error.code, -32002);
        assert.match(error.message, /There is no team "%E0%A4%A": its percent-encoding is malformed/);
        return true;
      });
      const team = await client.readResource({ uri: 'playbook://team/sales' });
      assert.equal(team.contents.length, 2);
    } finally {
      await client.close();
    }
  });

  it('a message over the transport\'s limit: the reason on stderr, exit code 1', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => undefined); // the server may stop reading before the write ends
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' })}\n`);
    // 11 MB without a line break: more than the transport buffers (10 MB).
    child.stdin.write(`{"jsonrpc":"2.0","id":2,"method":"ping","params":{"x":"${'x'.repeat(11 * 1024 * 1024)}`);
    const code = await exited;
    assert.equal(code, 1, stderr);
    assert.match(stderr, /ce-playbook mcp: transport error: ReadBuffer exceeded maximum size/);
    assert.match(stderr, /the transport closed after: ReadBuffer exceeded maximum size of \d+ bytes; stopping\./);
  });
});
