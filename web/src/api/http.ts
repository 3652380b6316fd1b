// The one fetch wrapper: same-origin cookie session, JSON in and out, and the server's error
// shape turned into an ApiError that names the fields it refused.
// `row` and `column` are set on import refusals: the file's row (header = 1) and its column name;
// `detail` on policy refusals: the numbers behind the reason ("planned 150 h, standard 120 h ± 20%").
export interface FieldError { field: string; reason: string; row?: number; column?: string; detail?: string }
// When `fields` holds only the first refusals (a large import): how many there were, per column and reason.
export interface ErrorCount { field: string; column: string; reason: string; count: number }
export interface ErrorSummary { total: number; counts: ErrorCount[] }

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly requestId = '',
    readonly summary: ErrorSummary | null = null,
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
      const summary = Array.isArray(e.counts) ? { total: Number(e.fields_total ?? 0), counts: e.counts as ErrorCount[] } : null
      return new ApiError(status, e.code, String(e.message ?? e.code), Array.isArray(e.fields) ? e.fields : [],
        String(e.request_id ?? ''), summary)
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
  return send<T>(path, init, options)
}

// Sends a body that is not JSON (a CSV file as the user picked it, or text made in the browser)
// with its own content type; the answer is JSON like any other.
export function upload<T>(path: string, contentType: string, body: Blob | string): Promise<T> {
  return send<T>(path, {
    method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'Content-Type': contentType }, body,
  }, {})
}

async function send<T>(path: string, init: RequestInit, options: { quiet401?: boolean }): Promise<T> {
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

// Keyset pages. Older lists continue after a numeric id; sorted lists hand out an opaque string
// cursor that is only ever sent back as it came (it carries the sort key of the last row).
export type Cursor = string | number
export interface Page<T, C extends Cursor = number> { items: T[]; next_after: C | null }
// A list that counts what its filter selects: exactly, or (total_exact false) at least `total`
// when counting stopped at the server's cap.
export interface Counted { total: number; total_exact: boolean }
// A sorted list: `sort` is a column ("name") or its descending form ("-name").
export type SortedPage<T> = Page<T, string> & Counted

// The count as a list shows it: "1,234", or "1,000+" when the server stopped counting.
export function totalLabel(total: number, exact: boolean): string {
  return total.toLocaleString('en-US') + (exact ? '' : '+')
}
