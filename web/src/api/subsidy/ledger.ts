import { type Page, query, request } from '../http'

// Disbursement (拨付) and the double-entry ledger (R-F1, R-F2; docs/subsidy-claims.md): the
// province budgets and allocates; a city turns a payable notice into a payment batch and
// records the bank's reference. Amounts are integer fen.
export interface CityLedger {
  city_code: string; allocated_fen: number; available_fen: number; committed_fen: number; paid_fen: number
  receivable_fen: number
}
export interface Ledger { budget_fen: number; fund_fen: number; cities: CityLedger[]; balanced: boolean }
export interface Payment {
  id: number; notice_id: number; city_code: string; status: 'committed' | 'paid'; lines: number; amount_fen: number
  created_by: string; created_at: string; paid_reference: string | null; paid_on: string | null; paid_by: string | null
}

export const getLedger = () => request<Ledger>('GET', '/api/v1/ledger')
export const addBudget = (amountFen: number, reference: string) =>
  request<Ledger>('POST', '/api/v1/ledger/budget', { amount_fen: amountFen, reference })
export const allocate = (cityCode: string, amountFen: number, reference: string) =>
  request<Ledger>('POST', '/api/v1/ledger/allocations', { city_code: cityCode, amount_fen: amountFen, reference })
export const listPayments = (after?: number | null, limit = 50) =>
  request<Page<Payment>>('GET', '/api/v1/payments' + query({ after, limit }))
export const createPayment = (noticeId: number) => request<Payment>('POST', '/api/v1/payments', { notice_id: noticeId })
export const markPaid = (id: number, reference: string, paidOn: string) =>
  request<Payment>('POST', `/api/v1/payments/${id}/actions/pay`, { reference, paid_on: paidOn })


// A batch's payees (GET /api/v1/payments/{id}/payees): accounts masked; once paid, the accounts paid into.
export interface MaskedAccount {
  bank_name: string; account_name: string; account_number_masked: string; updated_by: string; updated_at: string
}
export interface PaymentPayee {
  payee: string; payee_name: string; lines: number; amount_fen: number; account: MaskedAccount | null
  account_changed_after_batch: boolean
}
export interface PaymentPayees { payment_id: number; status: 'committed' | 'paid'; payees: PaymentPayee[] }
export const getPaymentPayees = (id: number) => request<PaymentPayees>('GET', `/api/v1/payments/${id}/payees`)
// The payment file with full accounts (a plain link: the session cookie goes with it; audited).
export const paymentFileUrl = (id: number, format: 'xlsx' | 'csv') => `/api/v1/payments/${id}/file.${format}`

// The caller's own account (institution or enterprise): GET/PUT /api/v1/bank-account.
export interface BankAccount { payee: string; payee_name: string; account: MaskedAccount | null }
export interface BankAccountInput { bank_name: string; account_name: string; account_number: string }
export const getBankAccount = () => request<BankAccount>('GET', '/api/v1/bank-account')
export const setBankAccount = (input: BankAccountInput) => request<BankAccount>('PUT', '/api/v1/bank-account', input)

// Money moved by city and month (GET /api/v1/ledger/months), for the dashboards.
export interface CityMonth {
  city_code: string; month: string; allocated_fen: number; committed_fen: number; released_fen: number
  paid_fen: number; recovered_fen: number; repaid_fen: number
}
export const listLedgerMonths = (from?: string, to?: string) =>
  request<{ items: CityMonth[] }>('GET', '/api/v1/ledger/months' + query({ from, to }))
// GET /api/v1/ledger/export.xlsx: the journal (a plain link).
export const ledgerExportUrl = '/api/v1/ledger/export.xlsx'
