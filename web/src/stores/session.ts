import { defineStore } from 'pinia'
import { fetchMe, signIn, signOut } from '../api/auth/sessions'
import type { Me } from '../api/auth/types'
import { hasPermission } from '../auth/permissions'

// Who is signed in. The session itself is the HttpOnly cookie; this only caches /me.
export const useSessionStore = defineStore('session', {
  state: () => ({ user: null as Me | null, loaded: false }),
  getters: {
    signedIn: (s) => s.user !== null,
    permissions: (s) => s.user?.permissions ?? [],
  },
  actions: {
    async load() {
      try {
        this.user = await fetchMe()
      } catch {
        this.user = null
      }
      this.loaded = true
    },
    async signIn(username: string, password: string) {
      this.user = (await signIn(username, password)).user
      this.loaded = true
    },
    async signOut() {
      try {
        await signOut()
      } finally {
        this.user = null
      }
    },
    forget() {
      this.user = null
    },
    can(permission?: string) {
      return hasPermission(this.user?.permissions, permission)
    },
  },
})
