package com.tierflow.intake.internal.batch;

import com.tierflow.intake.ProblemReason;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.MergeCounts;
import com.tierflow.intake.internal.persistence.MergeMapper;
import com.tierflow.intake.internal.persistence.MergeSlice;
import com.tierflow.intake.internal.persistence.OrderCheckRow;
import com.tierflow.intake.internal.persistence.OutcomeRow;
import com.tierflow.intake.internal.persistence.BulkMergePlanner;
import com.tierflow.intake.internal.persistence.StagedRow;
import com.tierflow.intake.internal.read.RowProblem;
import com.tierflow.intake.internal.read.StagedLine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Merges the staged lines into orders, one range of slices per transaction. The next slice is kept in the
 * step's execution context, which Spring Batch commits with the slice, so a restart continues where it stopped.
 */
class OrderMergeTasklet implements Tasklet {

    static final String NEXT_SLICE = "merge.nextSlice";
    static final String SLICES_PER_RUN = "merge.slicesPerRun";
    private static final int PROBLEMS_PER_STATEMENT = 500;
    private static final int ORDERS_PER_STATEMENT = 1000;

    private final ImportTarget target;
    private final MergeMapper merge;
    private final BulkMergePlanner planner;
    private final ImportMapper imports;
    private final Clock clock;

    OrderMergeTasklet(ImportTarget target, MergeMapper merge, BulkMergePlanner planner, ImportMapper imports, Clock clock) {
        this.target = target;
        this.merge = merge;
        this.planner = planner;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        int from = context.getInt(NEXT_SLICE, 0);
        if (!context.containsKey(SLICES_PER_RUN)) {
            context.putInt(SLICES_PER_RUN, slicesPerRun(merge.countStaged(target.importId()), planner.rowsPerTransaction()));
        }
        int to = Math.min(StagedLine.SLICES, from + context.getInt(SLICES_PER_RUN)) - 1;
        planner.prepareTransaction();
        MergeCounts counts = mergeSlice(new MergeSlice(target.importId(), target.channel().id(), from, to));
        imports.addMergeCounts(target.importId(), counts, Instant.now(clock));
        contribution.incrementWriteCount(counts.rowsImported());
        context.putInt(NEXT_SLICE, to + 1);
        return to + 1 >= StagedLine.SLICES ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    private static int slicesPerRun(long stagedRows, long rowsPerTransaction) {
        if (stagedRows <= rowsPerTransaction) {
            return StagedLine.SLICES;
        }
        return (int) Math.max(1, StagedLine.SLICES * rowsPerTransaction / stagedRows);
    }

    MergeCounts mergeSlice(MergeSlice slice) {
        long rejectedRows = rejectInconsistentOrders(slice);
        Instant now = Instant.now(clock);
        resolveCustomers(slice, now);
        merge.insertOrders(slice, now);
        Map<String, OutcomeRow> outcomes = new HashMap<>();
        merge.countOutcomes(slice).forEach(row -> outcomes.put(row.outcome(), row));
        OutcomeRow imported = outcomes.getOrDefault("IMPORTED", new OutcomeRow("IMPORTED", 0, 0));
        OutcomeRow duplicate = outcomes.getOrDefault("DUPLICATE", new OutcomeRow("DUPLICATE", 0, 0));
        OutcomeRow conflict = outcomes.getOrDefault("CONFLICT", new OutcomeRow("CONFLICT", 0, 0));
        if (conflict.orders() > 0) {
            reportConflicts(slice);
        }
        merge.insertLines(slice);
        merge.insertLedgerEntries(slice);
        int staged = merge.deleteStaged(slice);
        long accounted = rejectedRows + imported.lines() + duplicate.lines() + conflict.lines();
        if (accounted != staged) {
            // a row that is neither imported nor reported would be lost silently: refuse to commit that
            throw new IllegalStateException("Merge of import " + slice.importId() + " slices " + slice.fromSlice() + "-"
                    + slice.toSlice() + " accounted for " + accounted + " of " + staged + " staged rows.");
        }
        return new MergeCounts(imported.lines(), rejectedRows, duplicate.lines(), conflict.lines(),
                imported.orders(), duplicate.orders(), conflict.orders());
    }

    /**
     * Phone first, then e-mail, then the channel's own id: keys that lead to a known customer are attached first,
     * new customers are created only for keys no row of the slice ties to a stronger one, and whatever is still
     * unknown after that becomes a customer of its own.
     */
    private void resolveCustomers(MergeSlice slice, Instant now) {
        attachSecondaryIdentities(slice);
        merge.insertCustomers(slice, now, true);
        merge.insertPrimaryIdentities(slice);
        attachSecondaryIdentities(slice);
        merge.insertCustomers(slice, now, false);
        merge.insertPrimaryIdentities(slice);
    }

    private void attachSecondaryIdentities(MergeSlice slice) {
        // chains (alias → e-mail → phone) resolve one link per pass
        for (int pass = 0; pass < 4; pass++) {
            if (merge.insertSecondaryIdentities(slice) == 0) {
                return;
            }
        }
    }

    private long rejectInconsistentOrders(MergeSlice slice) {
        List<OrderCheckRow> bad = merge.findInconsistentOrders(slice);
        if (bad.isEmpty()) {
            return 0;
        }
        Map<String, String> reasons = new HashMap<>();
        Map<String, ProblemReason> codes = new HashMap<>();
        for (OrderCheckRow order : bad) {
            reasons.put(order.orderNo(), describe(order));
            codes.put(order.orderNo(), isTotalProblem(order) ? ProblemReason.TOTAL_MISMATCH : ProblemReason.INCONSISTENT_ORDER);
        }
        List<String> orderNos = new ArrayList<>(reasons.keySet());
        for (int i = 0; i < orderNos.size(); i += ORDERS_PER_STATEMENT) {
            merge.rejectOrders(slice, orderNos.subList(i, Math.min(orderNos.size(), i + ORDERS_PER_STATEMENT)));
        }
        List<RowProblem> problems = new ArrayList<>();
        for (StagedRow row : merge.findRejectedLines(slice)) {
            ProblemReason code = codes.get(row.channelOrderNo());
            problems.add(new RowProblem(row.rowNo(), code == ProblemReason.TOTAL_MISMATCH ? "order_total" : "order_no",
                    code, reasons.get(row.channelOrderNo()), row.describe()));
        }
        insertProblems(problems);
        return problems.size();
    }

    private static boolean isTotalProblem(OrderCheckRow order) {
        return !order.timesDiffer() && !order.customersDiffer() && !order.orderDiscountsDiffer()
                && !order.shippingFeesDiffer() && !order.declaredTotalsDiffer() && order.lineCount() <= 10_000;
    }

    private static String describe(OrderCheckRow order) {
        String prefix = "Order " + order.orderNo() + " (" + order.lineCount() + " rows): ";
        if (order.timesDiffer()) {
            return prefix + "its rows give different order times.";
        }
        if (order.customersDiffer()) {
            return prefix + "its rows name different customers.";
        }
        if (order.orderDiscountsDiffer() || order.shippingFeesDiffer() || order.declaredTotalsDiffer()) {
            return prefix + "its rows give different order discounts, shipping fees or order totals.";
        }
        if (order.lineCount() > 10_000) {
            return prefix + "an order may have at most 10,000 lines.";
        }
        if (order.computedTotal().signum() < 0) {
            return prefix + "the discounts exceed the value of the goods.";
        }
        return prefix + "lines − discounts + shipping = " + order.computedTotal() + ", but the declared order total is "
                + order.declaredTotal() + ".";
    }

    private void reportConflicts(MergeSlice slice) {
        List<RowProblem> problems = new ArrayList<>();
        for (StagedRow row : merge.findConflictingLines(slice)) {
            problems.add(new RowProblem(row.rowNo(), "order_no", ProblemReason.ORDER_CONFLICT,
                    "Order " + row.channelOrderNo() + " was imported before (import #" + row.ownerImportId()
                            + ") with different content; this version was not applied. Correct the order through a "
                            + "bulk modification or ask the channel which version is right.", row.describe()));
        }
        insertProblems(problems);
    }

    private void insertProblems(List<RowProblem> problems) {
        for (int i = 0; i < problems.size(); i += PROBLEMS_PER_STATEMENT) {
            imports.insertProblems(target.importId(), problems.subList(i, Math.min(problems.size(), i + PROBLEMS_PER_STATEMENT)));
        }
    }
}
