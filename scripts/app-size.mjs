// The app's size budget: the release wasm, as a host sends it (brotli at quality 11), may not
// grow past what it was before the search before the app and the first reveal came (issue 27:
// 215.2 KiB), so that a reader's first use of the app never waits for more. Page history and
// the viewing figures fit in it since search left the app for the engine and the data's structs
// are read as lists (see "The app's size" in docs/benchmarks.md). scripts/finish-dist.mjs checks
// every release build against it, so `make build` and `make test` fail when the app grows past
// it; README and docs/benchmarks.md say what it is made of.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The most the app's wasm may weigh, brotli at quality 11, in KiB (1,024 bytes). */
export const APP_WASM_BUDGET_KIB = 215.2;

/** The app's wasm in `dir` (trunk names it `<crate>-<hash>_bg.wasm`): its name, raw and brotli bytes. */
export async function appSize(dir) {
  // Named by its content's hash, unlike the search engine's (search_engine_bg.wasm).
  const wasm = (await readdir(dir)).filter((f) => /-[0-9a-f]+_bg\.wasm$/.test(f));
  if (wasm.length !== 1) throw new Error(`app-size: expected one <crate>-<hash>_bg.wasm in ${dir}, found ${wasm.length}`);
  const bytes = await readFile(join(dir, wasm[0]));
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { file: wasm[0], raw: bytes.length, brotli };
}

/** Throws when the app's wasm in `dir` is over `budgetKib`; returns its size otherwise. */
export async function checkAppSize(dir, budgetKib = APP_WASM_BUDGET_KIB) {
  const size = await appSize(dir);
  const kib = (size.brotli / 1024).toFixed(1);
  if (size.brotli > budgetKib * 1024) {
    throw new Error(`app-size: ${size.file} is ${kib} KiB brotli (${size.brotli} bytes), over the budget of ${budgetKib} KiB: see "The app's size" in docs/benchmarks.md`);
  }
  return size;
}
