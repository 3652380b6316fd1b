import { type Page, query, request } from '../http'
import type { CreateUserBody, User } from './types'

// GET /api/v1/users
export const listUsers = (after?: number | null, limit = 50) =>
  request<Page<User>>('GET', '/api/v1/users' + query({ after, limit }))

// POST /api/v1/users
export const createUser = (body: CreateUserBody) => request<User>('POST', '/api/v1/users', body)

// POST /api/v1/users/{id}/actions/unlock
export const unlockUser = (id: number) => request<User>('POST', `/api/v1/users/${id}/actions/unlock`)
