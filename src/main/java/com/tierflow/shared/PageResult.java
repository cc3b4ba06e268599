package com.tierflow.shared;

import java.util.List;

/** One page of a list and the size of the whole list; pages count from 0. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public PageResult {
        items = List.copyOf(items);
    }
}
