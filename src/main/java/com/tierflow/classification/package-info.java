/**
 * Customer classification (metrics, RFM, BG/NBD and Gamma-Gamma, CLV, lifecycle stage, tags, history) and the care
 * and promotion tasks it leads to. Other modules read a customer's tier through
 * {@link com.tierflow.classification.ClassificationService#current(long)} (table {@code current_classification}).
 */
package com.tierflow.classification;
