// The one fetch wrapper: same-origin cookie session, JSON in and out, and the server's error
// shape turned into an ApiError that names the fields it refused.
export interface FieldError { field: string; reason: string }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly requestId = '',
  ) {
    super(message)
  }
}

// Parses a non-2xx reply body into an ApiError (bodies that are not the error shape too).
export function toApiError(status: number, bodyText: string): ApiError {
  try {
    const body = JSON.parse(bodyText)
    const e = body?.error
    if (e && typeof e.code === 'string') {
      return new ApiError(status, e.code, String(e.message ?? e.code), Array.isArray(e.fields) ? e.fields : [],
        String(e.request_id ?? ''))
    }
  } catch {
    // fall through: not JSON
  }
  return new ApiError(status, 'http_' + status, `服务器返回错误（HTTP ${status}）`)
}

let unauthenticatedHandler: ((error: ApiError) => void) | null = null
// The router installs this: a 401 anywhere sends the user back to the sign-in page.
export function onUnauthenticated(handler: (error: ApiError) => void) {
  unauthenticatedHandler = handler
}

export async function request<T>(method: string, path: string, body?: unknown,
                                 options: { quiet401?: boolean } = {}): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } }
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' }
    init.body = JSON.stringify(body)
  }
  let response: Response
  try {
    response = await fetch(path, init)
  } catch {
    throw new ApiError(0, 'network_error', '无法连接服务器，请检查网络')
  }
  if (response.status === 204) return undefined as T
  const text = await response.text()
  if (!response.ok) {
    const error = toApiError(response.status, text)
    if (response.status === 401 && !options.quiet401 && unauthenticatedHandler) unauthenticatedHandler(error)
    throw error
  }
  return JSON.parse(text) as T
}

// A query string from defined values only.
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v))
  const s = search.toString()
  return s ? '?' + s : ''
}

export interface Page<T> { items: T[]; next_after: number | null }
