/** Customers across channels: who they are, every key that leads to them, and what they ordered and spent. */
package com.tierflow.customer;
