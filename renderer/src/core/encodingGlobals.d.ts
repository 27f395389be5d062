/**
 * The few globals core/ may use beyond ECMAScript: the WHATWG Encoding API, which browsers,
 * workers and Node all provide. Only the core-only project (tsconfig.json beside this file) reads this
 * file; the other projects get the same names from their DOM or Node types.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  decode(input?: Uint8Array): string;
}

declare const TextDecoder: {
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface TextEncoder {
  encode(input?: string): Uint8Array;
}

declare const TextEncoder: {
  new (): TextEncoder;
};
