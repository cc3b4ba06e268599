package com.tierflow.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Bulk modification (批量修改) of one channel's orders. Each entry is applied in its own transaction, whole or not at
 * all; a refused entry is reported and the others still apply (the batch as a whole is not all-or-nothing).
 */
public interface OrderChanges {

    List<ChangeResult> apply(String channelCode, List<OrderChange> changes, String actor);

    /**
     * The same from a CSV file with the columns order_no, action, reason, line_no, quantity, province, city, address
     * (or their Chinese names); a row that cannot be read is reported with its row number.
     */
    List<ChangeResult> applyFile(String channelCode, InputStream content, String actor) throws IOException;
}
