package com.tierflow.classification.internal.persistence;

import java.math.BigDecimal;

/** A customer and a value (category with its amount, or channel code with 0). */
public record CustomerValueRow(long customerId, String item, BigDecimal amount) {
}
