#!/usr/bin/env node
// A small signing client for check-in terminals and the online-learning platform: signs a
// request body the way the server verifies it (docs/device-signatures.md) and prints the headers,
// or sends the request. Node 18+ only, no packages: integrators can copy it as it is.
//
//   node tools/sign-request.mjs --seed-hex <64 hex> --key-id <id> --path /api/v1/checkins/batches \
//        --body batch.json [--timestamp <unix ms>] [--send http://127.0.0.1:8080]
//   node tools/sign-request.mjs ... --method PUT --path /api/v1/photos/<sha256> --body photo.jpg \
//        --content-type image/jpeg --send http://127.0.0.1:8080
//   node tools/sign-request.mjs ... --method GET --path '/api/v1/terminal/schedule?from=2026-12-03&to=2026-12-03' \
//        --send http://127.0.0.1:8080   (a signed download: no body)
//   node tools/sign-request.mjs --seed-hex <64 hex> --public-key   (the key to register)
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

// An Ed25519 private key from its 32-byte seed: the fixed PKCS#8 prefix, then the seed.
export function keyFromSeed(seedHex) {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seedHex, 'hex')])
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
}

export function publicKeyBase64(privateKey) {
  // The raw 32 bytes are the last 32 of the SPKI encoding.
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64')
}

export function signedText(timestamp, method, path, body) {
  const digest = createHash('sha256').update(body).digest('hex')
  return `SUNSHINE-ED25519-V1\n${timestamp}\n${method} ${path}\n${digest}`
}

export function signRequest(privateKey, timestamp, method, path, body) {
  return sign(null, Buffer.from(signedText(timestamp, method, path, body)), privateKey).toString('base64')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: args } = parseArgs({
    options: {
      'seed-hex': { type: 'string' }, 'key-id': { type: 'string' }, path: { type: 'string' },
      body: { type: 'string' }, method: { type: 'string', default: 'POST' }, timestamp: { type: 'string' },
      send: { type: 'string' }, 'public-key': { type: 'boolean', default: false },
      'content-type': { type: 'string', default: 'application/json' },
    },
  })
  if (!args['seed-hex'] || args['seed-hex'].length !== 64) throw new Error('--seed-hex: 64 hex characters')
  const key = keyFromSeed(args['seed-hex'])
  if (args['public-key']) {
    console.log(publicKeyBase64(key))
  } else {
    const body = args.body ? readFileSync(args.body) : Buffer.alloc(0)  // a GET signs no body
    const timestamp = args.timestamp ?? String(Date.now())
    const headers = {
      'Content-Type': args['content-type'],
      'X-Key-Id': args['key-id'],
      'X-Timestamp': timestamp,
      'X-Signature': signRequest(key, timestamp, args.method, args.path, body),
    }
    if (!args.send) {
      for (const [name, value] of Object.entries(headers)) console.log(`${name}: ${value}`)
    } else {
      const reply = await fetch(args.send + args.path,
        { method: args.method, headers, body: args.method === 'GET' ? undefined : body })
      console.log(reply.status, await reply.text())
    }
  }
}
