// UTF-16 surrogate halves, for the tokenizers and the feature extractor, which all walk strings by code
// unit and must treat a pair as one character (and a lone half as stock kuromoji does).

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
