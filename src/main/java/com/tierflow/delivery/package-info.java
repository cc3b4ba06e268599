/**
 * Unified delivery after approval: delivery batches and their files, shipment files pushed back by channels or
 * warehouses, automatic completion of shipped orders, returns with refunds and bulk modification of orders.
 */
package com.tierflow.delivery;
