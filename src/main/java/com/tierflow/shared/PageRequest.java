package com.tierflow.shared;

import java.util.List;

/** A checked page request: pages count from 0, and no page holds more than {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new RejectedRequestException("The page number must be 0 or more; pages count from 0.");
        }
        if (size < 1) {
            throw new RejectedRequestException("The page size must be at least 1.");
        }
        // a larger page is served, just capped, so that a client asking for "everything" still gets an answer
        size = Math.min(size, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> PageResult<T> result(List<T> items, long total) {
        return new PageResult<>(items, total, page, size);
    }
}
