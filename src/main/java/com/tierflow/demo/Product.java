package com.tierflow.demo;

import java.math.BigDecimal;

/**
 * One SKU; its price is the same in every channel and every file.
 *
 * @param unitPriceText the price as written to files, e.g. {@code 39.90}, kept to avoid formatting it per row
 */
record Product(String sku, String name, String category, BigDecimal unitPrice, String unitPriceText) {
}
