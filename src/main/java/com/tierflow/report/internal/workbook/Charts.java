package com.tierflow.report.internal.workbook;

import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel charts (XDDF) over a table's cells. SXSSF has no chart API of its own, so the chart goes on the drawing of
 * the sheet's XSSF template; its series reference the cells and carry their values as a cache for viewers that do not
 * recalculate.
 */
public final class Charts {

    /** A chart series: its name, its values and the cells they come from. */
    public record Series(String title, Number[] values, String range) {
    }

    /** Where a chart sits: first column and row, width and height in cells. */
    public record Place(int column, int row, int width, int height) {
    }

    private Charts() {
    }

    public static void line(TableSheet on, Place place, String title, String[] categories, String categoryRange,
            List<Series> series) {
        XSSFChart chart = chart(on, place, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        for (Series s : series) {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(x,
                    XDDFDataSourcesFactory.fromArray(s.values(), s.range()));
            line.setTitle(s.title(), null);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.NONE);
        }
        chart.plot(data);
    }

    public static void bar(TableSheet on, Place place, String title, String[] categories, String categoryRange,
            List<Series> series) {
        XSSFChart chart = chart(on, place, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        for (Series s : series) {
            data.addSeries(x, XDDFDataSourcesFactory.fromArray(s.values(), s.range())).setTitle(s.title(), null);
        }
        chart.plot(data);
    }

    public static void pie(TableSheet on, Place place, String title, String[] categories, String categoryRange,
            Series series) {
        XSSFChart chart = chart(on, place, title);
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        data.addSeries(XDDFDataSourcesFactory.fromArray(categories, categoryRange),
                XDDFDataSourcesFactory.fromArray(series.values(), series.range())).setTitle(series.title(), null);
        chart.plot(data);
    }

    private static XSSFChart chart(TableSheet on, Place place, String title) {
        XSSFDrawing drawing = on.sheet().getWorkbook().getXSSFWorkbook()
                .getSheet(on.sheet().getSheetName()).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(),
                place.column() + place.width(), place.row() + place.height());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }
}
