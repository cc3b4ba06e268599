package com.tierflow.intake.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The set-based merge of staged lines into customers, orders, order lines and ledger entries. It is the one
 * place that writes those tables in bulk: one statement per table and slice keeps a 1,000,000-line file within
 * a small multiple of COPY, and every insert skips what exists, so a replayed slice changes nothing.
 */
@Mapper
public interface MergeMapper {

    long countStaged(@Param("importId") long importId);

    List<OrderCheckRow> findInconsistentOrders(@Param("s") MergeSlice slice);

    int rejectOrders(@Param("s") MergeSlice slice, @Param("orderNos") List<String> orderNos);

    List<StagedRow> findRejectedLines(@Param("s") MergeSlice slice);

    /** With spareProvided, identities that another row brings as a secondary key wait for that row's customer. */
    int insertCustomers(@Param("s") MergeSlice slice, @Param("now") Instant now, @Param("spareProvided") boolean spareProvided);

    int insertPrimaryIdentities(@Param("s") MergeSlice slice);

    int insertSecondaryIdentities(@Param("s") MergeSlice slice);

    int insertOrders(@Param("s") MergeSlice slice, @Param("now") Instant now);

    List<OutcomeRow> countOutcomes(@Param("s") MergeSlice slice);

    List<StagedRow> findConflictingLines(@Param("s") MergeSlice slice);

    int insertLines(@Param("s") MergeSlice slice);

    int insertLedgerEntries(@Param("s") MergeSlice slice);

    int deleteStaged(@Param("s") MergeSlice slice);

    int deleteAllStaged(@Param("importId") long importId);
}
