import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { ElMessage } from 'element-plus'
import { onUnauthenticated } from '../api/http'
import { Permission } from '../auth/permissions'
import { useSessionStore } from '../stores/session'
import { i18n } from '../i18n'
import AppLayout from '../layout/AppLayout.vue'

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../views/auth/login/index.vue'), meta: { public: true } },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', name: 'home', component: () => import('../views/home/index.vue') },
      { path: 'regions', name: 'regions', component: () => import('../views/registry/regions/index.vue'),
        meta: { permission: Permission.regionRead } },
      { path: 'occupations', name: 'occupations', component: () => import('../views/registry/occupations/index.vue'),
        meta: { permission: Permission.occupationRead } },
      { path: 'projects', name: 'projects', component: () => import('../views/registry/projects/index.vue'),
        meta: { permission: Permission.projectRead } },
      { path: 'institutions', name: 'institutions', component: () => import('../views/registry/institutions/index.vue'),
        meta: { permission: Permission.institutionRead } },
      { path: 'trainees', name: 'trainees', component: () => import('../views/registry/trainees/index.vue'),
        meta: { permission: Permission.traineeRead } },
      // One page serves the three organisation registers; `kind` chooses the API and wording.
      { path: 'enterprises', name: 'enterprises', component: () => import('../views/registry/organisations/index.vue'),
        props: { kind: 'enterprise' }, meta: { permission: Permission.enterpriseRead } },
      { path: 'evaluation-bodies', name: 'evaluation-bodies', component: () => import('../views/registry/organisations/index.vue'),
        props: { kind: 'evaluation_body' }, meta: { permission: Permission.evaluationBodyRead } },
      { path: 'auditors', name: 'auditors', component: () => import('../views/registry/organisations/index.vue'),
        props: { kind: 'auditor' }, meta: { permission: Permission.auditorRead } },
      { path: 'classes', name: 'classes', component: () => import('../views/training/classes/index.vue'),
        meta: { permission: Permission.classRead } },
      { path: 'trainees/:id/trail', name: 'trail', component: () => import('../views/training/trail/index.vue'),
        meta: { permission: Permission.classRead } },
      { path: 'exceptions', name: 'exceptions', component: () => import('../views/supervision/exceptions/index.vue'),
        meta: { permission: Permission.exceptionRead } },
      { path: 'spot-checks', name: 'spot-checks', component: () => import('../views/inspection/draws/index.vue'),
        meta: { permission: Permission.drawRead } },
      { path: 'spot-checks/:drawId/classes/:classId/inspection', name: 'inspection',
        component: () => import('../views/inspection/inspections/index.vue'), meta: { permission: Permission.inspectionRead } },
      { path: 'assessments', name: 'assessments', component: () => import('../views/assessment/sittings/index.vue'),
        meta: { permission: Permission.sittingRead } },
      { path: 'assessment-outcomes', name: 'assessment-outcomes', component: () => import('../views/assessment/outcomes/index.vue'),
        meta: { permission: Permission.outcomeRead } },
      { path: 'assessment-overdue', name: 'assessment-overdue', component: () => import('../views/assessment/overdue/index.vue'),
        meta: { permission: Permission.overdueRead } },
      { path: 'terminals', name: 'terminals', component: () => import('../views/training/terminals/index.vue'),
        meta: { permission: Permission.terminalRead } },
      { path: 'claims', name: 'claims', component: () => import('../views/subsidy/claims/index.vue'),
        meta: { permission: Permission.claimRead } },
      { path: 'notices', name: 'notices', component: () => import('../views/subsidy/notices/index.vue'),
        meta: { permission: Permission.noticeRead } },
      { path: 'ledger', name: 'ledger', component: () => import('../views/subsidy/ledger/index.vue'),
        meta: { permission: Permission.ledgerRead } },
      { path: 'claim-audits', name: 'claim-audits', component: () => import('../views/subsidy/audits/index.vue'),
        meta: { permission: Permission.claimAuditRead } },
      { path: 'risk-alerts', name: 'risk-alerts', component: () => import('../views/risk/alerts/index.vue'),
        meta: { permission: Permission.riskAlertRead } },
      { path: 'risk-cases', name: 'risk-cases', component: () => import('../views/risk/cases/index.vue'),
        meta: { permission: Permission.riskCaseRead } },
      { path: 'recoveries', name: 'recoveries', component: () => import('../views/subsidy/recoveries/index.vue'),
        meta: { permission: Permission.recoveryRead } },
      { path: 'bank-account', name: 'bank-account', component: () => import('../views/subsidy/account/index.vue'),
        meta: { permission: Permission.bankAccountRead } },
      { path: 'subsidy-history', name: 'subsidy-history', component: () => import('../views/subsidy/history/index.vue'),
        meta: { permission: Permission.historyImport } },
      { path: 'users', name: 'users', component: () => import('../views/auth/users/index.vue'),
        meta: { permission: Permission.userRead } },
      { path: 'audit', name: 'audit', component: () => import('../views/audit/records/index.vue'),
        meta: { permission: Permission.auditRecordRead } },
      // Refusals and unknown pages keep the header and menu, so the way back is in view.
      { path: '403', name: 'forbidden', component: () => import('../views/errors/Forbidden.vue') },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('../views/errors/NotFound.vue'),
        meta: { public: true } },
    ],
  },
  // The page a certificate's QR code opens: anyone checks it by number and name.
  { path: '/public/certificates/:number?', name: 'public-certificates', component: () => import('../views/public/certificates/index.vue'),
    meta: { public: true } },
  // 补贴公示: anyone reads the published claims and objects to a line.
  { path: '/public/notices/:id?', name: 'public-notices', component: () => import('../views/public/notices/index.vue'),
    meta: { public: true } },
  { path: '/public/institutions', name: 'public-institutions', component: () => import('../views/public/institutions/index.vue'),
    meta: { public: true } },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (!session.loaded) await session.load()
  if (to.name === 'not-found') return true
  if (to.meta.public) return to.name === 'login' && session.signedIn ? { path: '/' } : true
  if (!session.signedIn) return { name: 'login', query: { redirect: to.fullPath } }
  const needed = to.meta.permission as string | undefined
  if (!session.can(needed)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

onUnauthenticated(() => {
  const session = useSessionStore()
  if (!session.signedIn) return
  session.forget()
  ElMessage.warning(i18n.global.t('login.expired'))
  router.push({ name: 'login', query: { redirect: router.currentRoute.value.fullPath } })
})
