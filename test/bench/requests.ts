/** The sensor bench's two requests (test/bench/run.ts), shared with the in-process micro-benchmarks that measure them. */
export const BENCH_GET_PATH = '/api/products/4711'
export const BENCH_POST_PATH = '/api/orders'
/** a 4,096-byte JSON body */
export const BENCH_POST_BODY = Buffer.from(JSON.stringify({ data: 'x'.repeat(4096 - 11) }))
if (BENCH_POST_BODY.length !== 4096) throw new Error(`POST body is ${BENCH_POST_BODY.length} bytes, not 4096`)
