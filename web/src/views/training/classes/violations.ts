import { useI18n } from 'vue-i18n'
import { reasonText } from '../../../utils/fieldErrors'

// Words a refusal of a class: a policy violation by its own wording, any other reason as the
// forms word it; the numbers behind a policy refusal follow in brackets.
export function useViolationText() {
  const { t, te } = useI18n()
  return (reason: string, field: string, detail?: string): string => {
    const key = `classes.violations.${reason}`
    const text = te(key) ? t(key) : reasonText(field, reason, t, (k) => te(k))
    return detail ? `${text}（${detail}）` : text
  }
}
