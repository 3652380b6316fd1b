import { request } from '../http'
import type { Me, SignInResult } from './types'

// POST /api/v1/sessions: the server sets the HttpOnly cookie; the app never keeps the token.
export const signIn = (username: string, password: string) =>
  request<SignInResult>('POST', '/api/v1/sessions', { username, password }, { quiet401: true })

// DELETE /api/v1/sessions/current
export const signOut = () => request<void>('DELETE', '/api/v1/sessions/current', undefined, { quiet401: true })

// GET /api/v1/me
export const fetchMe = () => request<Me>('GET', '/api/v1/me', undefined, { quiet401: true })
