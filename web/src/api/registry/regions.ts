import { request } from '../http'

export interface Region { code: string; name: string; level: 'province' | 'prefecture' | 'county'; parent_code: string | null }

// GET /api/v1/regions (within the caller's scope)
export const listRegions = () => request<{ items: Region[] }>('GET', '/api/v1/regions')
