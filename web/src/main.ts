import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import * as Icons from '@element-plus/icons-vue'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'

const app = createApp(App)
for (const [name, component] of Object.entries(Icons)) app.component(name, component)
app.use(createPinia()).use(i18n).use(router).use(ElementPlus, { locale: zhCn }).mount('#app')
