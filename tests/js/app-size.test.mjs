// The app's size guard (scripts/app-size.mjs), which every release build runs: it must fail a
// build whose wasm is over the budget and pass one within it.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_WASM_BUDGET_KIB, appSize, checkAppSize } from '../../scripts/app-size.mjs';

/** A build directory whose wasm is `bytes` random bytes, which brotli cannot shrink. */
async function buildWith(bytes) {
  const dir = await mkdtemp(join(tmpdir(), 'app-size-'));
  await writeFile(join(dir, 'imperfects-wiki-0123456789abcdef_bg.wasm'), randomBytes(bytes));
  return dir;
}

it('fails a build whose wasm is over the budget, and passes one within it', async () => {
  const budget = APP_WASM_BUDGET_KIB * 1024;
  const over = await buildWith(Math.ceil(budget));
  assert.ok((await appSize(over)).brotli > budget);
  await assert.rejects(checkAppSize(over), { message: new RegExp(`over the budget of ${APP_WASM_BUDGET_KIB} KiB`) });
  const within = await buildWith(Math.floor(budget) - 1024);
  assert.ok((await appSize(within)).brotli <= budget);
  await checkAppSize(within);
});

it('measures the wasm as a host sends it, not its raw bytes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'app-size-'));
  await writeFile(join(dir, 'imperfects-wiki-0123456789abcdef_bg.wasm'), Buffer.alloc(400 * 1024));
  const size = await appSize(dir);
  assert.equal(size.raw, 400 * 1024);
  assert.ok(size.brotli < 1024);
  await checkAppSize(dir);
});
