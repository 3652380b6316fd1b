import { request } from '../http'
import type { Level } from './sittings'

// Certificates (docs/certificates.md): read and revoke in scope; the public check needs no sign-in.
export interface PublicCertificate {
  number: string; certificate_type: 'skill_level' | 'special_ability' | 'training_completion'; holder: string
  occupation_name: string; level: Level | null; issuer_name: string; issued_on: string
  status: 'valid' | 'revoked'; revoked_on: string | null
}

// GET /api/v1/public/certificates/{number}?name=... (404 for a wrong number or name alike)
export const checkCertificate = (number: string, name: string) =>
  request<PublicCertificate>('GET', `/api/v1/public/certificates/${encodeURIComponent(number)}?name=${encodeURIComponent(name)}`)

// The PDF of a certificate, opened by the browser with the session cookie.
export const certificatePdfUrl = (number: string) => `/api/v1/certificates/${encodeURIComponent(number)}.pdf`

export const revokeCertificate = (number: string, reason: string) =>
  request<unknown>('POST', `/api/v1/certificates/${encodeURIComponent(number)}/actions/revoke`, { reason })

// A number as typed: spaces gone, letters in capitals (S/Y, ZX, PX and an ID-style X).
export function normaliseNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase()
}
