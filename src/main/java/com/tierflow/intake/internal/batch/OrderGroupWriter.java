package com.tierflow.intake.internal.batch;

import com.tierflow.intake.ProblemReason;
import com.tierflow.intake.internal.merge.CustomerPlan;
import com.tierflow.intake.internal.merge.CustomerPlan.NewCustomer;
import com.tierflow.intake.internal.merge.NewOrder;
import com.tierflow.intake.internal.merge.OrderCheck;
import com.tierflow.intake.internal.merge.OrderCheck.Refusal;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.MergeCounts;
import com.tierflow.intake.internal.persistence.OrderTables;
import com.tierflow.intake.internal.persistence.OrderTables.KnownOrder;
import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.RowProblem;
import com.tierflow.intake.internal.read.StagedLine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Merges a chunk of orders into the order tables in the chunk's transaction: refuses orders whose rows disagree or do
 * not add up, tells known orders (same content: duplicate; other content: conflict) from new ones, finds or creates
 * their customers and writes orders, lines and ledger entries. Counters and problems commit with the chunk, so a
 * crash loses the whole chunk or none of it, and a restart goes on after the last committed one.
 */
class OrderGroupWriter implements ItemWriter<OrderGroup>, StepExecutionListener {

    /** Exit status of a file whose orders are not contiguous: it is imported again through the staging table. */
    static final String RECURRING_ORDERS = "RECURRING_ORDERS";
    static final String RECURRING_KEY = "orderImport.recurringOrders";
    private static final int PROBLEMS_PER_STATEMENT = 500;
    private static final int ATTEMPTS = 3;
    // about 40 MB at most: a file's repeat customers are found in memory, the first look-up of each in the database
    private static final int MAX_KNOWN_KEYS = 300_000;

    private final ImportTarget target;
    private final OrderTables tables;
    private final ImportMapper imports;
    private final DataSource dataSource;
    private final Clock clock;
    private final boolean rowsCountedBefore;
    // a key never moves to another customer nor goes away, so what the database said of it holds for the whole step
    private final Map<String, Long> knownKeys = new HashMap<>();
    private StepExecution stepExecution;

    /** @param rowsCountedBefore whether the rows were counted as read already (by staging) */
    OrderGroupWriter(ImportTarget target, OrderTables tables, ImportMapper imports, DataSource dataSource, Clock clock,
            boolean rowsCountedBefore) {
        this.target = target;
        this.tables = tables;
        this.imports = imports;
        this.dataSource = dataSource;
        this.clock = clock;
        this.rowsCountedBefore = rowsCountedBefore;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return stepExecution.getExecutionContext().containsKey(RECURRING_KEY) && stepExecution.getExitStatus().getExitCode()
                .equals(ExitStatus.COMPLETED.getExitCode()) ? new ExitStatus(RECURRING_ORDERS) : null;
    }

    @Override
    public void write(Chunk<? extends OrderGroup> chunk) {
        Instant now = Instant.now(clock);
        tables.prepareChunk();
        List<RowProblem> problems = new ArrayList<>();
        List<OrderGroup> sound = new ArrayList<>(chunk.size());
        long rowsRead = 0;
        long badRows = 0;
        long refusedRows = 0;
        for (OrderGroup group : chunk) {
            if (group.recurring()) {
                startOver();
                return;
            }
            problems.addAll(group.rowProblems());
            rowsRead += group.rowsRead();
            badRows += group.badRows();
            if (!group.hasOrder()) {
                continue;
            }
            Refusal refusal = OrderCheck.refusal(group);
            if (refusal == null) {
                sound.add(group);
            } else {
                problems.addAll(problemsOf(group, refusal));
                refusedRows += group.lineCount();
            }
        }
        Outcome outcome = mergeWithRetry(sound.stream().map(NewOrder::of).toList(), now);
        problems.addAll(outcome.problems());
        for (int from = 0; from < problems.size(); from += PROBLEMS_PER_STATEMENT) {
            imports.insertProblems(target.importId(), problems.subList(from, Math.min(problems.size(), from + PROBLEMS_PER_STATEMENT)));
        }
        if (!rowsCountedBefore) {
            imports.addProgress(target.importId(), rowsRead, badRows, now);
        }
        imports.addMergeCounts(target.importId(), new MergeCounts(outcome.importedLines(), refusedRows,
                outcome.duplicateLines(), outcome.conflictLines(), outcome.imported(), outcome.duplicates(),
                outcome.conflicts()), now);
    }

    /** Another import may write one of these orders between our look-up and our insert; look again, then write. */
    private Outcome mergeWithRetry(List<NewOrder> orders, Instant now) {
        for (int attempt = 1; ; attempt++) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            Savepoint savepoint = null;
            try {
                savepoint = connection.setSavepoint();
                Outcome outcome = merge(orders, now);
                connection.releaseSavepoint(savepoint);
                return outcome;
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                rollback(connection, savepoint);
            } catch (SQLException e) {
                throw new IllegalStateException("Savepoint handling failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Rolling back to a savepoint failed: " + e.getMessage(), e);
        }
    }

    private Outcome merge(List<NewOrder> orders, Instant now) {
        long channelId = target.channel().id();
        Map<String, KnownOrder> known = tables.findOrders(channelId, orders.stream().map(NewOrder::orderNo).toList());
        List<NewOrder> fresh = new ArrayList<>(orders.size());
        List<RowProblem> problems = new ArrayList<>();
        long duplicates = 0;
        long duplicateLines = 0;
        long conflicts = 0;
        long conflictLines = 0;
        for (NewOrder order : orders) {
            KnownOrder before = known.get(order.orderNo());
            if (before == null) {
                fresh.add(order);
            } else if (before.importId() == target.importId()) {
                throw new IllegalStateException("Order " + order.orderNo() + " was merged twice by import " + target.importId() + ".");
            } else if (before.contentHash() == order.contentHash()) {
                duplicates++;
                duplicateLines += order.lines().size();
            } else {
                conflicts++;
                conflictLines += order.lines().size();
                problems.addAll(conflictProblems(order, before));
            }
        }
        long[] customerIds = customersOf(fresh, now);
        tables.insertOrders(channelId, target.importId(), fresh, customerIds, now);
        long importedLines = fresh.stream().mapToLong(order -> order.lines().size()).sum();
        return new Outcome(fresh.size(), importedLines, duplicates, duplicateLines, conflicts, conflictLines, problems);
    }

    private long[] customersOf(List<NewOrder> orders, Instant now) {
        CustomerPlan plan = CustomerPlan.plan(orders, ownersOf(CustomerPlan.keysOf(orders)));
        Map<String, Long> created = tables.insertCustomers(plan.newCustomers(), now);
        Map<Long, Long> placeholderIds = new HashMap<>();
        for (NewCustomer customer : plan.newCustomers()) {
            placeholderIds.put(customer.placeholder(), created.get(customer.primaryIdentity()));
        }
        List<Map.Entry<String, Long>> keys = plan.keysToAdd(placeholderIds);
        boolean allAdded = tables.insertIdentities(keys) == keys.size();
        // when another node added one of the keys first, its owner is the truth
        Map<String, Long> owners = allAdded ? Map.of()
                : tables.findIdentities(orders.stream().map(NewOrder::customerIdentity).distinct().toList());
        long[] ids = new long[orders.size()];
        for (int i = 0; i < ids.length; i++) {
            NewOrder order = orders.get(i);
            ids[i] = allAdded ? plan.customerOf(order, placeholderIds) : owners.get(order.customerIdentity());
        }
        return ids;
    }

    /**
     * The customers these keys lead to: from memory for keys an earlier chunk found, else from the database. Only
     * what the database returns before this chunk writes is remembered: it was committed, so no rollback undoes it.
     */
    private Map<String, Long> ownersOf(Set<String> keys) {
        Map<String, Long> owners = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            Long owner = knownKeys.get(key);
            if (owner == null) {
                unknown.add(key);
            } else {
                owners.put(key, owner);
            }
        }
        Map<String, Long> found = tables.findIdentities(unknown);
        owners.putAll(found);
        if (knownKeys.size() + found.size() <= MAX_KNOWN_KEYS) {
            knownKeys.putAll(found);
        }
        return owners;
    }

    /** Takes back what this import wrote so far and leaves the step, which sends the file through the staging table. */
    private void startOver() {
        tables.deleteOrdersOf(target.importId());
        imports.deleteProblems(target.importId());
        imports.resetCounts(target.importId(), Instant.now(clock));
        stepExecution.getExecutionContext().put(RECURRING_KEY, true);
    }

    private static List<RowProblem> problemsOf(OrderGroup group, Refusal refusal) {
        List<RowProblem> problems = new ArrayList<>(group.lineCount());
        for (StagedLine line : group.lines()) {
            problems.add(new RowProblem(line.rowNumber(), refusal.column(), refusal.reason(), refusal.message(), line.describe()));
        }
        for (long row : group.extraRowNumbers()) {
            problems.add(new RowProblem(row, refusal.column(), refusal.reason(), refusal.message(), "order_no=" + group.orderNo()));
        }
        return problems;
    }

    private static List<RowProblem> conflictProblems(NewOrder order, KnownOrder before) {
        String message = "Order " + order.orderNo() + " was imported before (import #" + before.importId()
                + ") with different content; this version was not applied. Correct the order through a "
                + "bulk modification or ask the channel which version is right.";
        return order.lines().stream()
                .map(line -> new RowProblem(line.rowNumber(), "order_no", ProblemReason.ORDER_CONFLICT, message, line.describe()))
                .toList();
    }

    private record Outcome(long imported, long importedLines, long duplicates, long duplicateLines, long conflicts,
                           long conflictLines, List<RowProblem> problems) {
    }
}
