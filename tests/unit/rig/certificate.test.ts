import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate, positiveInteger } from '@/rig/certificate';

const hex = (bytes: number[]) => positiveInteger(Buffer.from(bytes)).toString('hex');

describe('the e2e server certificate', () => {
  // A random serial may start with zero bytes or with the sign bit set: DER wants the minimal
  // two's-complement form, which once broke one run in 256. The byte cases, tested directly:
  it('encodes a positive INTEGER in its minimal DER form', () => {
    expect(hex([0x02])).toBe('020102');
    expect(hex([0x00])).toBe('020100');
    expect(hex([0x00, 0x00, 0x00])).toBe('020100');
    expect(hex([0x00, 0x12, 0x34])).toBe('02021234');
    expect(hex([0x00, 0x00, 0x7f])).toBe('02017f');
    expect(hex([0x80])).toBe('02020080');
    expect(hex([0x00, 0x80, 0x01])).toBe('0203008001');
    expect(hex([0x00, 0x00, 0xff, 0xee])).toBe('020300ffee');
    expect(hex([0x7f, 0xff])).toBe('02027fff');
  });

  it('makes a certificate that parses, names the hosts and verifies with its own key', () => {
    const cert = createSelfSignedCertificate(['www.163.com', 'www.sohu.com']);
    const x509 = new X509Certificate(cert.certPem);
    expect(x509.subjectAltName).toBe('DNS:www.163.com, DNS:www.sohu.com');
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(cert.keyPem).toContain('BEGIN PRIVATE KEY');
    expect(cert.spkiSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
