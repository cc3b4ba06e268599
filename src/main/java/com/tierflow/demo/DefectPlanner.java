package com.tierflow.demo;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Decides which rows to break. It draws from its own random stream, so changing {@code badRowShare}
 * breaks different rows but never changes the underlying orders.
 */
final class DefectPlanner {

    private static final Defect[] LINE_DEFECTS = Defect.values();
    private static final BigDecimal ONE_YUAN = new BigDecimal("1.00");
    /** About one bad case in five misstates a whole order's total instead of breaking one line. */
    private static final double WHOLE_ORDER_SHARE = 0.2;

    /** A misstated total breaks all rows of its order, so one bad case costs this many bad rows on average. */
    private static final double BAD_ROWS_PER_CASE =
            (1 - WHOLE_ORDER_SHARE) + WHOLE_ORDER_SHARE * OrderComposer.MEAN_LINES_OF_ORDER_HOLDING_A_ROW;

    private final SplittableRandom random;
    /** Chance that a row starts a bad case, scaled down so that about {@code badRowShare} of all rows end up bad. */
    private final double caseShare;

    DefectPlanner(SplittableRandom random, double badRowShare) {
        this.random = random;
        this.caseShare = Math.min(1, badRowShare / BAD_ROWS_PER_CASE);
    }

    void plan(int lineCount, BigDecimal orderTotal, DefectPlan plan) {
        plan.reset();
        if (caseShare == 0) {
            return;
        }
        boolean misstateTotal = false;
        for (int line = 0; line < lineCount; line++) {
            if (random.nextDouble() >= caseShare) {
                continue;
            }
            if (random.nextDouble() < WHOLE_ORDER_SHARE) {
                misstateTotal = true;
            } else {
                plan.breakLine(line, LINE_DEFECTS[random.nextInt(LINE_DEFECTS.length)]);
            }
        }
        if (misstateTotal) {
            // each bad row breaks exactly one thing: a misstated order keeps all its lines intact
            plan.reset();
            boolean roomBelow = orderTotal.compareTo(ONE_YUAN) >= 0;
            plan.misstateTotal(roomBelow && random.nextBoolean() ? ONE_YUAN.negate() : ONE_YUAN);
        }
    }
}
