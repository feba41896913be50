/** Text the build inlines: the example posting, and the worker's bundled source. */
declare module '*.md' {
  const text: string;
  export default text;
}
declare module 'virtual:worker' {
  const source: string;
  export default source;
}
