// NLP.js ships no type declarations; just what the benchmark uses.
declare module '@nlpjs/core' {
  export const containerBootstrap: () => Promise<{ use(plugin: unknown): void; get(name: string): unknown }>
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown
}
declare module '@nlpjs/lang-ja' {
  export const LangJa: unknown
}
