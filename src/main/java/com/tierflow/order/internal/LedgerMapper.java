package com.tierflow.order.internal;

import com.tierflow.order.ChannelLedger;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LedgerMapper {

    List<ChannelLedger> reconcile(@Param("channelCode") String channelCode, @Param("from") Instant from,
            @Param("to") Instant to);
}
