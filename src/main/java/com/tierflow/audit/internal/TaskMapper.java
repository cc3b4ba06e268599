package com.tierflow.audit.internal;

import com.tierflow.audit.TaskFilter;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Open order-approval tasks from approval_task, with the order's current status. */
@Mapper
interface TaskMapper {

    long count(@Param("user") String user, @Param("groups") List<String> groups, @Param("f") TaskFilter filter,
            @Param("createdBefore") Instant createdBefore, @Param("createdAfter") Instant createdAfter);

    List<TaskRow> find(@Param("user") String user, @Param("groups") List<String> groups, @Param("f") TaskFilter filter,
            @Param("createdBefore") Instant createdBefore, @Param("createdAfter") Instant createdAfter,
            @Param("offset") long offset, @Param("limit") int limit);

    List<TaskRow> findByIds(@Param("taskIds") List<String> taskIds);
}
