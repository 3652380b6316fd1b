// ECharts with only what the dashboards draw (bars and maps on a canvas), to keep the bundle small.
import { BarChart, MapChart } from 'echarts/charts'
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, MapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export { echarts }
