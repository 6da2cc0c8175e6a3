/**
 * A throwaway self-signed TLS certificate, made in memory at every run with node's crypto:
 * no openssl needed on the CI machine and no private key ever written to disk or committed.
 * Node can sign but not build X.509, so the few DER structures a certificate needs are encoded here.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';

export interface TlsCertificate {
  keyPem: string;
  certPem: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiSha256: string;
}

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);

function objectId(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let v = arc >> 7; v > 0; v >>= 7) base128.unshift((v & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return der(0x06, Buffer.from(bytes));
}

/**
 * A positive INTEGER in DER's minimal form: leading zero bytes dropped (a random serial may start
 * with some, and parsers reject that padding), then one zero byte back if the sign bit is set.
 */
export function positiveInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const minimal = bytes.subarray(start);
  return der(0x02, minimal[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal);
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'; // YYMMDDHHMMSSZ
  return der(0x17, Buffer.from(text, 'ascii'));
}

const commonName = (cn: string) => sequence(der(0x31, sequence(objectId('2.5.4.3'), der(0x0c, Buffer.from(cn)))));

export function createSelfSignedCertificate(hostnames: readonly string[]): TlsCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const ecdsaWithSha256 = sequence(objectId('1.2.840.10045.4.3.2'));
  const subject = commonName('Stargate Brief e2e');
  const now = Date.now();
  const subjectAltNames = sequence(objectId('2.5.29.17'), der(0x04, sequence(...hostnames.map((h) => der(0x82, Buffer.from(h))))));
  const toBeSigned = sequence(
    der(0xa0, positiveInteger(Buffer.from([2]))), // v3
    positiveInteger(randomBytes(12)),
    ecdsaWithSha256,
    subject,
    sequence(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 30 * 86_400_000))),
    subject,
    spki,
    der(0xa3, sequence(subjectAltNames)),
  );
  const signature = sign('sha256', toBeSigned, { key: privateKey, dsaEncoding: 'der' });
  const certificate = sequence(toBeSigned, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  const base64Lines = certificate.toString('base64').match(/.{1,64}/g) ?? [];
  const certPem = `-----BEGIN CERTIFICATE-----\n${base64Lines.join('\n')}\n-----END CERTIFICATE-----\n`;
  if (!new X509Certificate(certPem).verify(publicKey)) throw new Error('self-signed certificate does not verify');
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem,
    spkiSha256: createHash('sha256').update(spki).digest('base64'),
  };
}
