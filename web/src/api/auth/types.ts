export interface Scope { kind: 'region' | 'organisation' | 'none'; code: string | null; name: string | null }
export interface User {
  id: number
  username: string
  display_name: string
  role: string
  scope: Scope
  scope_code: string | null
  locked: boolean
  created_at: string
}
export interface Me extends User { permissions: string[] }
export interface SignInResult { token: string; expires_at: string; user: Me }
export interface CreateUserBody {
  username: string
  display_name: string
  role: string
  scope_code: string | null
  password: string
}
