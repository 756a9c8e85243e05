// A SHA-256 of text, as lower-case hex. Core stays pure, so the hash comes from the platform through
// this port: Node's crypto in Node (src/node/sha256.ts), Web Crypto in the browser
// (src/adapters/crypto/webSha256.ts). Nothing else hashes (tests/architecture.test.ts checks).
export type Sha256Hex = (text: string) => Promise<string>;
