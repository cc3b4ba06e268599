/**
 * Manager reports: Excel workbooks generated asynchronously into an archive, on request or on a schedule. The reports
 * read the business tables (orders, customers and their classification, audit results and order history, care and
 * promotion tasks, imports) read-only through their own queries, as a reporting read side.
 */
package com.tierflow.report;
