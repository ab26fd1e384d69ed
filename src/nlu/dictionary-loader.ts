// How the tokenizer gets kuromoji's IPADIC files. Runtimes differ in where the bytes live (node:fs on
// Node, bundled assets on Workers), so the core only asks for a file by name and does the gunzip itself
// with DecompressionStream, which Node 20 and workerd both provide.

export interface DictionaryLoader {
  /** The raw bytes of one dictionary file as shipped, e.g. `base.dat.gz` (still gzip-compressed). */
  load(name: string): Promise<ArrayBuffer | Uint8Array>
}

export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Decompresses gzip bytes with the web-standard stream API; returns an ArrayBuffer of exact length. */
export const gunzip = async (bytes: Uint8Array): Promise<ArrayBuffer> => {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
  return new Response(stream).arrayBuffer()
}

/** Adapts a DictionaryLoader to the `loadArrayBuffer` shape @patdx/kuromoji expects. */
export const toKuromojiLoader = (loader: DictionaryLoader) => ({
  async loadArrayBuffer(name: string): Promise<ArrayBuffer> {
    const raw = await loader.load(name)
    const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw)
    if (isGzip(bytes)) return gunzip(bytes)
    // Already decompressed (a loader that serves plain files): copy to an exactly sized buffer.
    return bytes.slice().buffer
  },
})
