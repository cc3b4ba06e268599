package com.tierflow.demo;

import java.math.BigDecimal;
import java.util.Arrays;

/** Which rows of one order are broken; reused from order to order. */
final class DefectPlan {

    private final Defect[] lineDefects = new Defect[OrderComposer.MAX_LINES_PER_ORDER];
    private BigDecimal totalError = BigDecimal.ZERO;

    void reset() {
        Arrays.fill(lineDefects, null);
        totalError = BigDecimal.ZERO;
    }

    void breakLine(int line, Defect defect) {
        lineDefects[line] = defect;
    }

    void misstateTotal(BigDecimal error) {
        totalError = error;
    }

    /** The defect of a line, or null when the line is written as generated. */
    Defect defectOf(int line) {
        return lineDefects[line];
    }

    boolean totalMisstated() {
        return totalError.signum() != 0;
    }

    BigDecimal totalError() {
        return totalError;
    }

    boolean isLineBad(int line) {
        return totalMisstated() || lineDefects[line] != null;
    }

    boolean isOrderBad(int lineCount) {
        for (int line = 0; line < lineCount; line++) {
            if (isLineBad(line)) {
                return true;
            }
        }
        return false;
    }
}
