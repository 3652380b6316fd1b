import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '../api/http'
import { baseField, fieldMessages, reasonText } from './fieldErrors'

// The state of a form sent to the server: busy while saving, the server's message, and its
// refusals per field (translated, for el-form-item :error) and raw (for logic on the reason).
export function useFormErrors() {
  const { t, te } = useI18n()
  const saving = ref(false)
  const formError = ref('')
  const errors = ref<Record<string, string>>({})
  const reasons = ref<Record<string, string>>({})

  function reset() {
    formError.value = ''
    errors.value = {}
    reasons.value = {}
  }

  // Runs `send`; on refusal fills the messages and resolves to undefined.
  async function submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    saving.value = true
    reset()
    try {
      return await send()
    } catch (e) {
      formError.value = e instanceof ApiError ? e.message : String(e)
      if (e instanceof ApiError) {
        errors.value = fieldMessages(e.fields, (reason, field) => reasonText(field, reason, t, (key) => te(key)))
        reasons.value = Object.fromEntries(e.fields.map((f) => [baseField(f.field), f.reason]))
      }
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { saving, formError, errors, reasons, reset, submit }
}
