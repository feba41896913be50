const t0 = performance.now();
await import('unified'); const t1 = performance.now();
await import('remark-parse'); const t2 = performance.now();
await import('wink-nlp'); const t3 = performance.now();
await import('wink-eng-lite-web-model'); const t4 = performance.now();
await import('@jdlint/core'); const t5 = performance.now();
console.log({ unified: t1 - t0, remarkParse: t2 - t1, wink: t3 - t2, model: t4 - t3, core: t5 - t4 });
